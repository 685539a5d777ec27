"""The places of a whole document: every mention the context stage may use, which of them are
trusted, and the place the document is about (its home). Read once per document, before the
walk, so that each sentence's place rules work from the same list and the same home."""

from __future__ import annotations

from collections import Counter

import regex

from ..entities import keep_case
from ..places import (
    Place,
    PlaceMention,
    find_admin_units,
    find_elliptical,
    find_places,
    find_regions,
    find_towns,
    names_currency,
    near_place,
)
from ..records import Sentence
from ..rules import Rules
from .tokens import _PREPS, Tok, _inside, tokenize


def _unlisted_place_name(tok: Tok) -> bool:
    """A capitalized word pymorphy3's dictionary lists as geographical ("в Хьюстоне",
    "Сан-Франциско"): a place the gazetteer does not list. Read from the dictionary rather than
    the NER model, so that no sentence needs the model for its places; guesses from the ending
    are not trusted (they make a place of the surname "Падован")."""
    return tok.word and tok.text[:1].isupper() and not tok.text.isupper() \
        and tok.info.known and "Geox" in tok.info.tag and tok.pos == "NOUN"


def _unlisted_mentions(toks: list[Tok], known: list[PlaceMention]) -> list[PlaceMention]:
    """Mentions of the places of `toks` the gazetteer does not list (_unlisted_place_name)
    and no mention in `known` covers."""
    out = []
    for i, tok in enumerate(toks):
        if _unlisted_place_name(tok) and not any(m.start < tok.end and tok.start < m.end
                                                 for m in known):
            name = keep_case(tok.text, tok.lemma)
            place = Place(name, name, None, "unknown", None, frozenset())
            before = toks[i - 1].text.lower() if i else None
            out.append(PlaceMention(tok.start, tok.end, place, before if before in _PREPS else None))
    return out


def all_places(text: str, rules: Rules, offset: int = 0) -> list[PlaceMention]:
    """Gazetteer names, plus administrative units and towns ("г. Судогда") the gazetteer does
    not list; names in a dateline ("Астана, 14 февраля."), names that only locate an object
    ("завод в районе пос. Электрик") and issuers of a currency ("долларов США") are left out.
    Weak names ("РК") are kept: see _trusted."""
    datelines = [(m.start(), m.end()) for m in rules.context.dateline.finditer(text)]
    mentions = [m for m in find_places(text, rules.gazetteer, offset)
                if not any(s <= m.start - offset < e for s, e in datelines)]
    words = rules.gazetteer.words
    local = find_admin_units(text, rules.context.admin_nouns, rules.context.admin_inner, offset,
                             words.before_name)
    local += find_towns(text, words, offset)
    local += find_elliptical(text, rules.gazetteer, offset)
    local += find_regions(text, words, offset)
    for unit in local:
        if not any(m.start < unit.end and unit.start < m.end for m in mentions):
            mentions.append(unit)
    names = _quoted_names(text)
    return sorted((m for m in mentions if not near_place(text, m.start - offset, rules.gazetteer)
                   and not names_currency(text, m.start - offset, rules.gazetteer)
                   and not _inside(m.start - offset, names)),
                  key=lambda m: m.start)


_QUOTED = regex.compile(r'["«“„][^"«»“”„\n]{1,80}["»”“]')
_NAME_WORDS = 6  # a quoted stretch this short is a name ("Дети Азии", "Единая Россия")


def _quoted_names(text: str) -> list[tuple[int, int]]:
    """Spans of short quoted names ("…", «…»): a place named inside one names a party, a
    festival or a firm ("Альтернатива для Германии"), not where a figure is; quoted speech is
    longer and keeps its places."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)
            if len(m.group().split()) <= _NAME_WORDS]


def document_places(text_mentions: list[PlaceMention], title: str | None, rules: Rules,
                    sentences: list[Sentence] = ()) -> tuple[Place | None, frozenset[str]]:
    """The place the document is about, and the places it names unambiguously, from the
    place mentions of its text (all_places), its title and its lead (the first of
    `sentences` that names a place)."""
    title_mentions = all_places(title or "", rules)
    # "В Шахтах завершился фестиваль": a title's unlisted town is what the news is about;
    # "на Байкале" names a lake or a mountain, not a territory that has news
    title_mentions += [m for m in _unlisted_mentions(tokenize(title or "", 0, len(title or "")),
                                                     title_mentions)
                       if m.preposition in ("в", "во")
                       and not _inside(m.start, _quoted_names(title or ""))]
    confirmed = _confirmed(title_mentions + text_mentions, rules)
    lead = _lead_places(text_mentions, sentences, confirmed)
    return _home(title_mentions, text_mentions, confirmed, rules, lead), confirmed


def _lead_places(mentions: list[PlaceMention], sentences: list[Sentence],
                 confirmed: frozenset[str]) -> frozenset[str]:
    """Ids of the places named in the lead: the first sentence that names a place ("Власти
    Якутии отмечают, что …"). A dateline's name is not a mention (all_places)."""
    trusted = [m for m in mentions if _trusted(m, confirmed)]
    if not trusted or not sentences:
        return frozenset()
    first = trusted[0].start
    sentence = next((s for s in sentences if s.start <= first < s.end), None)
    if sentence is None:
        return frozenset()
    return frozenset(m.place.id for m in trusted if sentence.start <= m.start < sentence.end)


def _trusted(mention: PlaceMention, confirmed: frozenset[str]) -> bool:
    """A weak name ("РК") counts only for a place the document names some other way."""
    return not mention.weak or mention.place.id in confirmed


def _confirmed(mentions: list[PlaceMention], rules: Rules) -> frozenset[str]:
    """Places named unambiguously, with the places they lie in: "Алматы" confirms Kazakhstan,
    so a weak "РК" in the same document means Kazakhstan."""
    confirmed: set[str] = set()
    for mention in mentions:
        place = mention.place
        while not mention.weak and place.id not in confirmed:
            confirmed.add(place.id)
            if not place.parent or place.parent not in rules.gazetteer.places:
                break
            place = rules.gazetteer.places[place.parent]
    return frozenset(confirmed)


def _home(title_mentions: list[PlaceMention], text_mentions: list[PlaceMention],
          confirmed: frozenset[str], rules: Rules, lead: frozenset[str] = frozenset()
          ) -> Place | None:
    """The place a document is mostly about (figures that name no place get it): the
    administrative district or town the gazetteer does not list named most often, if at least
    twice, the title names no other place, and it is the first place named or no listed place
    is named more (a town's programme names its district, region and country too); else a country
    named with three or more of its parts (a national release by region); else the most
    mentioned place, the earliest on ties — and when that is a country, its most mentioned part
    named at least twice (regional news names "РФ" in passing). Title mentions count three
    times; groups of countries and unconfirmed weak names do not count."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    places: dict[str, Place] = {}
    for mentions, weight, base in ((title_mentions, 3, -1), (text_mentions, 1, 0)):
        for mention in mentions:
            if mention.place.kind == "group" and mention.place.parent is None \
                    or not _trusted(mention, confirmed):
                continue
            counts[mention.place.id] += weight
            first.setdefault(mention.place.id, base * 10**9 + mention.start)
            places[mention.place.id] = mention.place
    if not counts:
        return None
    titled = {m.place.id for m in title_mentions if m.place.id in counts}
    # a title that names a listed place and no local unit says what the news is about
    # ("Бурятия подала заявку…" naming Гусиноозерск twice in the text)
    others_titled = any(not _is_local(places[pid]) for pid in titled)
    listed = max((n for pid, n in counts.items() if not _is_local(places[pid])), default=0)
    opening = min(first, key=first.get)
    # the text's heading or intro names it, or no listed place is named more: a town's
    # programme cites its region's laws, but news from a country names a town in passing
    local = [pid for pid in counts if _is_local(places[pid]) and counts[pid] >= 2
             and (pid in titled or not others_titled)
             and (pid == opening or counts[pid] >= listed)]
    if local:
        return places[max(local, key=lambda pid: (counts[pid], -first[pid]))]
    national = _reported_country(counts, places, titled, lead, rules)
    if national is not None:
        return national
    top = places[max(counts, key=lambda pid: (counts[pid], -first[pid]))]
    if top.kind == "country":  # "Ульяновская область" twice beside "РФ" three times: the region;
        # but "Москва" twice beside "Россия" thirty times is named in passing (a ministry, a
        # diaspora "в Москве") in news on the country
        parts = [pid for pid in counts if pid != top.id and counts[pid] >= 2
                 and counts[pid] * _PASSING >= counts[top.id] and places[pid].kind != "group"
                 and pid in rules.gazetteer.places
                 and rules.gazetteer.country_of(places[pid]) == top]
        if parts:
            return places[max(parts, key=lambda pid: (counts[pid], -first[pid]))]
    return top


_PASSING = 3  # a part named under a third as often as its country is named in passing


def _is_local(place: Place) -> bool:
    """A district or town found by its marker word ("Сапожковский район", "г. Судогда"), not a
    gazetteer entry: local documents name such places, national ones rarely do."""
    return place.kind == "district" or place.id.startswith("town:")


def _reported_country(counts: Counter[str], places: dict[str, Place], titled: set[str],
                      lead: frozenset[str], rules: Rules) -> Place | None:
    """A country named together with three or more of its regions or cities (a national
    release broken down by region) is what the document reports on — unless the title names
    one of those parts and not the country ("В Якутии стартовал проект", naming Тюмень and
    Петербург in passing, is Yakutia's news), or the lead does, for a part the text names
    more often than the country ("Власти Якутии отмечают, что …")."""
    named = []
    for cid in counts:
        parts = [pid for pid in counts if _part_of(places[pid], cid, rules)]
        framed = titled & set(parts) and cid not in titled
        framed = framed or cid not in lead and any(
            counts[pid] > counts[cid] for pid in lead & set(parts))
        if len(parts) >= 3 and not framed:
            named.append((len(parts), counts[cid], cid))
    return places[max(named)[2]] if named else None


def _part_of(place: Place, country_id: str, rules: Rules) -> bool:
    """A region or city of the country `country_id` (not the country itself)."""
    if place.id not in rules.gazetteer.places or place.id == country_id:
        return False
    country = rules.gazetteer.country_of(place)
    return country is not None and country.id == country_id
