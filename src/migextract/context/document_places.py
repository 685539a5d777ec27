"""The places of a whole document: every mention the context stage may use, which of them are
trusted, and the place the document is about (its home). Read once per document, before the
walk, so that each sentence's place rules work from the same list and the same home."""

from __future__ import annotations

from collections import Counter
from functools import cache

import regex

from ..entities import keep_case
from ..morph import analyzer, word_info
from ..places import (
    Gazetteer,
    Place,
    PlaceMention,
    find_admin_units,
    find_elliptical,
    find_elliptical_units,
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
                                                 for m in known) \
                and not _route_toks(toks, i) \
                and not (i and toks[i - 1].word and _first_name(toks[i - 1].text)):
            name = keep_case(tok.text, tok.lemma)
            place = Place(name, name, None, "unknown", None, frozenset())
            before = toks[i - 1].text.lower() if i else None
            after = toks[i + 1] if i + 1 < len(toks) else None
            if before not in _PREPS and "nomn" in tok.info.cases and after is not None \
                    and after.start == tok.end + 1 and _person_name_word(after.text):
                continue  # "чешка Каролина Плишкова", "Манила Фламини": a first name
            out.append(PlaceMention(tok.start, tok.end, place, before if before in _PREPS else None))
    return out


_ROUTE_CONTEXT = 3  # tokens on each side of a name that may hold the rest of its route


def _route_toks(toks: list[Tok], i: int) -> bool:
    """_in_route for a name read from tokens ("Находка" of "дороги Владивосток — Находка"):
    the tokens around it, spaced, stand for the text."""
    around = toks[max(0, i - _ROUTE_CONTEXT):i + _ROUTE_CONTEXT + 1]
    before = " ".join(t.text for t in around[:around.index(toks[i])])
    start = len(before) + 1 if before else 0
    return _in_route(" ".join(t.text for t in around), start, start + len(toks[i].text))


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
    local += find_elliptical_units(text, rules.context.admin_nouns, offset, words.before_name)
    local += find_regions(text, words, offset)
    local = [_listed_region(unit, rules) for unit in local]
    for unit in local:
        if not any(m.start < unit.end and unit.start < m.end for m in mentions):
            mentions.append(unit)
    names = _quoted_names(text)
    return sorted((m for m in mentions if not near_place(text, m.start - offset, rules.gazetteer)
                   and not names_currency(text, m.start - offset, rules.gazetteer)
                   and not _inside(m.start - offset, names)
                   and not _in_route(text, m.start - offset, m.end - offset)
                   and not _after_first_name(text, m.start - offset)),
                  key=lambda m: m.start)


_WORD_BEFORE = regex.compile(r"(\p{Lu}\p{Ll}+)[ \t\xa0]+$")


def _first_name(word: str) -> bool:
    """A capitalized word pymorphy3 reads as a first name ("Игорь", "Венсана")."""
    return word[:1].isupper() and "Name" in word_info(word).tag


def _after_first_name(text: str, start: int) -> bool:
    """'губернатор Игорь Орлов', 'портрет актера Венсана Касселя': a name right after a first
    name is a surname, not the town it shares its form with."""
    found = _WORD_BEFORE.search(text, max(0, start - 30), start)
    return found is not None and _first_name(found.group(1))


def _person_name_word(word: str) -> bool:
    """A capitalized word pymorphy3 may read as a first name or a surname ("Плишкова",
    "Фламини"), in any of its readings."""
    return word[:1].isupper() and word[1:2].islower() and any(
        {"Name", "Surn"} & set(p.tag.grammemes) for p in analyzer().parses(word.lower()))


_DASH_AFTER = regex.compile(r"[ \t\xa0]*[–—-][ \t\xa0]*(\p{Lu}[\p{L}-]*)")
_DASH_BEFORE = regex.compile(r"(\p{Lu}[\p{L}-]*)[ \t\xa0]*[–—-][ \t\xa0]*$")


_NAME_WORD = regex.compile(r"[\p{L}-]+")

# "от Керчи до Симферополя", "от развязки под Симферополем до Белогорска", "между
# Благовещенском (Амурская область) и китайским городом Хэйхэ": the two ends of a stretch,
# each a capitalized name at most two words from its preposition; no figure inside
_W = r"[^\s\d.,;:!?()«»\"]+"
_ENDS = (("(?i:от)", "до"), ("(?i:между)", "и"))
_FIRST_END = [(regex.compile(rf"(?<!\p{{L}}){a}(?:\s+{_W}){{0,2}}\s+$"),
               regex.compile(rf"(?:\s*\([^()\d]{{0,40}}\))?(?:\s+{_W}){{0,2}}?\s+{b}"
                             rf"(?:\s+\p{{Ll}}{_W}){{0,2}}\s+\p{{Lu}}"))
              for a, b in _ENDS]
_SECOND_END = [regex.compile(rf"(?<!\p{{L}}){a}(?:\s+{_W}){{0,2}}\s+\p{{Lu}}{_W}?"
                             rf"(?:\s*\([^()\d]{{0,40}}\))?(?:\s+{_W}){{0,2}}?\s+{b}"
                             rf"(?:\s+\p{{Ll}}{_W}){{0,2}}(?:\s+\p{{Lu}}{_W}?)?\s+$")
               for a, b in _ENDS] + [  # "соединит мост с районами региона - вплоть до Севастополя"
    regex.compile(rf"(?<!\p{{L}})(?i:вплоть)\s+до(?:\s+\p{{Ll}}{_W}){{0,2}}\s+$")]
_STRETCH_REACH = 120  # characters before a name that may hold the start of its stretch


def _stretch_end(text: str, start: int, end: int) -> bool:
    """'на участке от Керчи до Симферополя', 'канатной дороги между Благовещенском и Хэйхэ':
    a name that ends a stretch (a road, a line, a border crossing) named by "от … до …",
    "между … и …" or "вплоть до …" says what the stretch joins, not where its figures are;
    they belong to the territory that holds it. The document still names the place (its home
    is read with it)."""
    window = max(0, start - _STRETCH_REACH)
    return any(before.search(text, window, start) and after.match(text, end)
               for before, after in _FIRST_END) \
        or any(before.search(text, window, start) for before in _SECOND_END)


def _in_route(text: str, start: int, end: int) -> bool:
    """'дороги Владивосток — Находка', 'рейсы Москва — Симферополь': two names in the
    nominative joined by a dash name a route (a road, a flight, a pipeline) between them; the
    name does not say where a figure is. A name in another case ("в Казахстане — 22%") or a
    figure after the dash is not a route."""
    others = [found.group(1) for found in (_DASH_AFTER.match(text, end),
                                            _DASH_BEFORE.search(text, max(0, start - 40), start))
              if found is not None]
    if not others:
        return False
    own = _NAME_WORD.findall(text, start, end)
    return bool(own) and "nomn" in word_info(own[-1]).cases \
        and any("nomn" in word_info(other).cases for other in others)


def _listed_region(unit: PlaceMention, rules: Rules) -> PlaceMention:
    """'в Чукотской автономной области' (for Чукотский автономный округ): an administrative
    unit the gazetteer does not list, named by the adjective of a listed region and a noun that
    ends the names of regions (область, край, округ), is that region under a wrong noun."""
    if not unit.place.id.startswith("admin:"):
        return unit
    words = unit.place.name.split()
    gazetteer = rules.gazetteer
    region = gazetteer.by_adjective.get(word_info(words[0]).lemma) if len(words) > 1 else None
    if region is None or region.kind != "region" \
            or word_info(words[-1]).lemma not in _region_nouns(gazetteer):
        return unit
    return PlaceMention(unit.start, unit.end, region, unit.preposition)


@cache
def _region_nouns(gazetteer) -> frozenset[str]:
    """The last words of the names of listed regions: "область", "край", "округ"."""
    return frozenset(word_info(p.name.split()[-1]).lemma for p in gazetteer.places.values()
                     if p.kind == "region" and len(p.name.split()) > 1
                     and p.name.split()[-1].islower())


_QUOTED = regex.compile(r'["«“„][^"«»“”„\n]{1,80}["»”“]')
_NAME_WORDS = 6  # a quoted stretch this short is a name ("Дети Азии", "Единая Россия")


def _quoted_names(text: str) -> list[tuple[int, int]]:
    """Spans of short quoted names ("…", «…»): a place named inside one names a party, a
    festival or a firm ("Альтернатива для Германии"), not where a figure is; quoted speech is
    longer and keeps its places."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)
            if len(m.group().split()) <= _NAME_WORDS]


def document_places(text_mentions: list[PlaceMention], title: str, rules: Rules,
                    sentences: list[Sentence] = (), text: str = ""
                    ) -> tuple[Place | None, frozenset[str]]:
    """The place the document is about, and the places it names unambiguously, from the
    place mentions of its text (all_places), its title and its lead (the first of
    `sentences` that names a place); a document that names no place is about the country
    whose people it names (_people_home). `title`: the record's title as the pipeline reads it ("_"
    of a file name read as a space), "" when it has none."""
    title_mentions = all_places(title, rules)
    title_toks = tokenize(title, 0, len(title))
    # "В Шахтах завершился фестиваль", "Мэр Таганрога назвал …": a title's unlisted town is
    # what the news is about; "на Байкале" names a lake or a mountain, not a territory that
    # has news
    title_mentions += [m for m in _unlisted_mentions(title_toks, title_mentions)
                       if (m.preposition in ("в", "во") or _of_a_noun(m, title_toks))
                       and not _inside(m.start, _quoted_names(title))]
    confirmed = _confirmed(title_mentions + text_mentions, rules)
    title_mentions = [m for m in title_mentions if not _venue(title, m.start, rules)]
    text_mentions = [m for m in text_mentions if not _venue(text, m.start, rules)]
    title_mentions = _as_states(title_mentions, title, [(0, len(title))], rules)
    text_mentions = _as_states(text_mentions, text, [(s.start, s.end) for s in sentences], rules)
    lead = _lead_places(text_mentions, sentences, confirmed)
    home = _union_home(title_mentions, text_mentions, title_toks, rules) \
        or _home(title_mentions, text_mentions, confirmed, rules, lead,
                 _opening_places(text_mentions, sentences))
    titled = _title_adjective(title_toks, rules) if not title_mentions else None
    if titled is not None and (home is None or home.kind == "country"
                               and rules.gazetteer.country_of(titled) == home):
        home = titled  # the country's news would name a place of its own in the title
    elif titled is None and not title_mentions:
        home = _title_currency(title_toks, rules) or home
    filed = _dateline_place(text, rules)
    if filed is not None and (home is None or home == rules.gazetteer.country_of(filed)):
        home = _filed_home(filed, home, title_mentions, text_mentions, confirmed) or home
    if home is None:
        kept = "\n".join(text[s.start:s.end] for s in sentences) if sentences else text
        home = _people_home(f"{title}\n{kept}", rules)
    return home, confirmed


# "В Киеве посчитали, что …", "в Пекине не считают, что …", "в США заявили о …": an
# indefinite-personal verb of speech or opinion (plural, no subject) after the place, then what
# is said ("что", a colon) or what about ("о")
_SAID_IN = regex.compile(r"[ \t\xa0]+(?:не[ \t\xa0]+)?(\p{L}+)(?:(?:[ \t\xa0]+\p{L}+){0,2}"
                      r"[ \t\xa0]*(?:,[ \t\xa0]*что|:)|[ \t\xa0]+об?[ \t\xa0])")


def _as_states(mentions: list[PlaceMention], text: str, spans: list[tuple[int, int]],
               rules: Rules) -> list[PlaceMention]:
    """A capital standing for its country's state is a mention of the country: named with no
    preposition in a sentence (of `spans`) that names another state (a foreign country, a group
    of countries or another country's city: "о проблемах Киева" beside "в США", "Россия
    рекомендовала Киеву"), or "в" + the capital before an indefinite-personal verb of what is
    said or thought ("В Киеве посчитали, что этого мало"). A capital's people ("жители Киева")
    stay the city's."""
    out = []
    for mention in mentions:
        country = state_of_capital(mention.place, rules.gazetteer)
        if country is None or not _speaks_for_state(mention, country, mentions, text, spans, rules):
            out.append(mention)
            continue
        out.append(PlaceMention(mention.start, mention.end, country, mention.preposition,
                                mention.weak))
    return out


def _speaks_for_state(mention: PlaceMention, country: Place, mentions: list[PlaceMention],
                      text: str, spans: list[tuple[int, int]], rules: Rules) -> bool:
    if official(text, mention, rules):
        return True
    if mention.preposition in ("в", "во"):
        return _said_in(text, mention)
    if mention.preposition is not None:
        return False
    before = _ANY_WORD_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if before is not None and word_info(before.group(1)).lemma \
            in rules.gazetteer.words.population_nouns:
        return False
    span = next(((a, b) for a, b in spans if a <= mention.start < b), None)
    if span is None:
        return False
    return any(other is not mention and span[0] <= other.start < span[1]
               and another_state(other.place, country, rules.gazetteer)
               and (other.preposition is None or other.preposition in ("в", "во")
                    and _said_in(text, other))
               for other in mentions)


def official(text: str, mention: PlaceMention, rules: Rules) -> bool:
    """'официальный Минск', 'позиция официального Киева': a capital right after an adjective
    of the state (words.yaml state_adjectives) is its government."""
    before = _ANY_WORD_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    return before is not None and word_info(before.group(1)).lemma \
        in rules.gazetteer.words.state_adjectives


def state_of_capital(place: Place, gazetteer: Gazetteer) -> Place | None:
    """The country a city directly under it can stand for (a capital or a federal city)."""
    country = gazetteer.places.get(place.parent) if place.kind == "city" and place.parent \
        else None
    return country if country is not None and country.kind == "country" else None


def another_state(place: Place, country: Place | None, gazetteer: Gazetteer) -> bool:
    """A group of countries, or a place of a country other than `country`."""
    return place.kind == "group" and place.parent is None \
        or gazetteer.country_of(place) not in (None, country)


def _said_in(text: str, mention: PlaceMention) -> bool:
    """'В Киеве посчитали, что …': the place is followed by an indefinite-personal verb (plural,
    no subject) and the clause of what is said or thought."""
    said = _SAID_IN.match(text, mention.end)
    if said is None:
        return False
    verb = word_info(said.group(1))
    return verb.pos == "VERB" and verb.number == "plur" and ("past" in verb.tag or "3per" in verb.tag)


_ANY_WORD_BEFORE = regex.compile(r"(\p{L}+)[ \t\xa0]*$")


def _dateline_place(text: str, rules: Rules) -> Place | None:
    """'СТАВРОПОЛЬ, 18 декабря. /ТАСС/.': the town a news item opening with a dateline was
    filed from, when it lies inside a region (a capital or a federal city files the national
    news as well)."""
    found = rules.context.dateline.match(text)
    if found is None:
        return None
    named = find_places(found.group(), rules.gazetteer)
    place = named[0].place if named and not named[0].weak else None
    parent = rules.gazetteer.places.get(place.parent) if place is not None and place.parent \
        else None
    if place is None or place.kind != "city" or parent is None or parent.kind != "region":
        return None
    return place


def _filed_home(filed: Place, home: Place | None, title_mentions: list[PlaceMention],
               text_mentions: list[PlaceMention], confirmed: frozenset[str]) -> Place | None:
    """'ВЛАДИКАВКАЗ, 7 января. /ТАСС/. … соединяет Россию с Южной Осетией … ГУ МЧС по Северной
    Осетии': news that names its country about as often as one region (not under a third as
    often) is the region's when the dateline's town is the region or lies in it; news that
    names no region or town at all is the dateline town's. A title naming another part of the
    country says otherwise."""
    parts = [m for m in title_mentions + text_mentions
             if m.place.kind not in ("country", "group") and _trusted(m, confirmed)]
    if not parts:
        return filed
    own = {filed.id, filed.parent}
    if any(m.place.id not in own for m in title_mentions if m in parts):
        return None
    counts = Counter(m.place.id for m in parts if m.place.id in own)
    if not counts:
        return None
    top = max(counts.values())
    country = sum(1 for m in title_mentions + text_mentions
                  if home is not None and m.place.id == home.id)
    if top * _PASSING < country:
        return None  # a national story filed from a regional town
    return next(m.place for m in parts if counts[m.place.id] == top)


_WORD = regex.compile(r"\p{L}+")
_VENUE = regex.compile(r"([\p{L}-]+)[ \t\xa0]+во?[ \t\xa0]+$", regex.IGNORECASE)


_SPOKEN_IN = regex.compile(r"([\p{L}-]+)[ \t\xa0]+(?:во?|на)[ \t\xa0]+$", regex.IGNORECASE)


def _venue(text: str, start: int, rules: Rules) -> bool:
    """'на Российском инвестиционном форуме в Сочи', 'на совещании в Черкесске', 'выступая в
    Давосе': a place right after a gathering (words.yaml event_nouns) and "в", or after the
    gerund of a verb of speaking in public (venue_verbs) and "в"/"на", is where something was
    said (place13); it is not what the document is about. (A court's seat, words.yaml
    court_nouns, is: "Приозерский городской суд Ленинградской области" homes the case.)"""
    words = rules.gazetteer.words
    found = _VENUE.search(text, max(0, start - 40), start)
    if found is not None and word_info(found.group(1)).lemma in words.event_nouns:
        return True
    found = _SPOKEN_IN.search(text, max(0, start - 40), start)
    info = found and word_info(found.group(1))
    return info is not None and info.pos == "GRND" and info.lemma in words.venue_verbs


_PEOPLE_STEM = 5  # "россиян", "россиянам": the people noun's forms share its first letters
_PEOPLE_TIMES = 2  # named once, a people may be a side remark ("как и россияне")


def _title_adjective(toks: list[Tok], rules: Rules) -> Place | None:
    """'Пассажиропоток кировского аэропорта сократился на 23%': a title that names no place but
    uses the adjective of a region or a city (gazetteer `adjectives`) is about that place when
    the text gives no place below the country. A country's adjective says whose goods or
    partners ("с израильским бизнесом"), and a title opening with an adjective the gazetteer
    lacks ("Рязанская корпорация …") names its own place: neither counts."""
    by_adjective = rules.gazetteer.by_adjective
    words = [t for t in toks if t.word]
    for i, tok in enumerate(words):
        if tok.pos != "ADJF" or not (tok.text.islower() or i == 0):
            continue
        place = by_adjective.get(tok.lemma)
        if place is None:
            if i == 0 and tok.lemma.endswith("ский"):
                return None
            continue
        if place.kind in ("region", "city"):
            return place
    return None


def _title_currency(toks: list[Tok], rules: Rules) -> Place | None:
    """'Евро показал рекордный за два месяца рост по отношению к рублю': a title that names no
    place and no place adjective but a national currency (words.yaml currency_names) is about
    the market of the currency's country, however often the text names the US whose sanctions
    or Fed move the rate. A place adjective before the currency ("белорусский рубль") is left
    to the title's adjective."""
    words = rules.gazetteer.words
    for i, tok in enumerate(toks):
        code = words.currency_names.get(tok.lemma) if tok.word else None
        if code is None:
            continue
        before = next((t for t in reversed(toks[:i]) if t.word), None)
        if before is not None and before.lemma in rules.gazetteer.by_adjective:
            return None
        return rules.gazetteer.country_with_code(words.currency_countries.get(code))
    return None


def _people_home(text: str, rules: Rules) -> Place | None:
    """'Около трети россиян …', 'россияне считают': an opinion poll or a release that names no
    place but counts a country's people (gazetteer `demonyms`, `nationals`) is about that
    country, when its people are named at least twice and more often than any other's.
    Words are read with pymorphy3 only when they begin like a people noun."""
    people = rules.gazetteer.by_people
    stems = {noun[:_PEOPLE_STEM] for noun in people}
    counts: Counter[str] = Counter()
    places: dict[str, Place] = {}
    for found in _WORD.finditer(text):
        word = found.group()
        if word[:_PEOPLE_STEM].lower() not in stems:
            continue
        place = people.get(word_info(word).lemma)
        if place is not None:
            counts[place.id] += 1
            places[place.id] = place
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < _PEOPLE_TIMES or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return places[ranked[0][0]]


def _of_a_noun(mention: PlaceMention, toks: list[Tok]) -> bool:
    """'Мэр Таганрога', 'Жители Шахт': a name in the genitive right after a noun (the town's
    officials, residents, budget), with no preposition."""
    at = next(i for i, t in enumerate(toks) if t.start == mention.start)
    name, before = toks[at], toks[at - 1] if at else None
    return mention.preposition is None and before is not None and before.word \
        and before.pos == "NOUN" and "gent" in name.info.cases


def _opening_places(mentions: list[PlaceMention], sentences: list[Sentence]) -> frozenset[str]:
    """Ids of the places named in the text's first paragraph."""
    if not sentences:
        return frozenset(m.place.id for m in mentions)
    paragraph = [s for s in sentences if s.paragraph == sentences[0].paragraph]
    end = paragraph[-1].end
    return frozenset(m.place.id for m in mentions if m.start < end)


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
          confirmed: frozenset[str], rules: Rules, lead: frozenset[str] = frozenset(),
          first_paragraph: frozenset[str] | None = None) -> Place | None:
    """The place a document is mostly about (figures that name no place get it): the
    administrative district or town the gazetteer does not list named most often, if at least
    twice, the title names no other place, and it is the first place named or no listed place
    is named more (a town's programme names its district, region and country too); else a country
    named with three or more of its parts (a national release by region); else the most
    mentioned place, the earliest on ties — and when that is a country, its most mentioned part
    named at least twice (regional news names "РФ" in passing). Title mentions count three
    times; groups of countries and unconfirmed weak names do not count; a capital or federal
    city that neither the title nor the first paragraph names counts for its country
    (_metonymic_city)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    places: dict[str, Place] = {}
    countries = _strong_countries(title_mentions + text_mentions, rules)
    for mentions, weight, base in ((title_mentions, 3, -1), (text_mentions, 1, 0)):
        for mention in mentions:
            if mention.place.kind == "group" and mention.place.parent is None \
                    or not _trusted(mention, confirmed) \
                    or mention.weak and len(countries) > 1:
                continue
            counts[mention.place.id] += weight
            first.setdefault(mention.place.id, base * 10**9 + mention.start)
            places[mention.place.id] = mention.place
    if not counts:
        return None
    titled = {m.place.id for m in title_mentions if m.place.id in counts}
    in_text = Counter(m.place.id for m in text_mentions if _trusted(m, confirmed))
    for pid in list(counts):
        framing = first_paragraph is None or pid in titled and not _titled_for_state(
            places[pid], in_text, rules) or pid in first_paragraph
        country = _metonymic_city(places[pid], framing, rules)
        if country is not None:  # "Москва" as the seat of government: the country's news
            counts[country.id] += counts.pop(pid)
            first.setdefault(country.id, first[pid])
            places[country.id] = country
            if pid in titled:
                titled.add(country.id)
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
                 and rules.gazetteer.country_of(places[pid]) == top
                 and not _capital_in_passing(places[pid], top, titled, lead)
                 and not _country_leads(places[pid], top, titled, lead)]
        if parts:
            return places[max(parts, key=lambda pid: (counts[pid], -first[pid]))]
    return top


def _strong_countries(mentions: list[PlaceMention], rules: Rules) -> set[str]:
    """The countries of the places a document names by names that are not weak. Where it names
    more than one, a weak name ("Штатам", "РК") counts for its sentence's figures but not for
    the document's place: "Штатам нужны базы" thrice in news on Russia's migrants does not make
    it the US's; "населения РК" in news naming no other country still homes it on Kazakhstan."""
    gazetteer = rules.gazetteer
    return {(gazetteer.country_of(m.place) or m.place).id for m in mentions
            if not m.weak and m.place.kind != "group"}


_UNION_TIMES = 5  # a group of countries named this often …
_UNION_LEAD = 2  # … and this many times as often as any one place frames the document


def _union_home(title_mentions: list[PlaceMention], text_mentions: list[PlaceMention],
                title_toks: list[Tok], rules: Rules) -> Place | None:
    """'Страшно выгодно: как европейский бизнес наживается на миграционном кризисе', naming
    "ЕС" a dozen times and Italy, Spain, Britain four times each: a group of countries (a union,
    a part of the world) named at least five times and more than twice as often as any one
    place is what the document reports on, its members being named as parts of it — unless the
    title names a country, its people or its adjective ("датские политики хотят запретить
    референдум о выходе из ЕС" is Denmark's news)."""
    groups: Counter[str] = Counter()
    others: Counter[str] = Counter()
    places: dict[str, Place] = {}
    for mentions, weight in ((title_mentions, 3), (text_mentions, 1)):
        for mention in mentions:
            if mention.weak:
                continue
            if mention.place.kind == "group" and mention.place.parent is None:
                groups[mention.place.id] += weight
                places[mention.place.id] = mention.place
            else:
                others[mention.place.id] += weight
    if not groups:
        return None
    gid, n = groups.most_common(1)[0]
    if n < _UNION_TIMES or n <= _UNION_LEAD * max(others.values(), default=0):
        return None
    gazetteer = rules.gazetteer
    if any(m.place.kind == "country" for m in title_mentions) or any(
            t.word and (t.lemma in gazetteer.by_people or t.lemma in gazetteer.by_adjective)
            for t in title_toks):
        return None
    return places[gid]


def _titled_for_state(place: Place, in_text: Counter[str], rules: Rules) -> bool:
    """'Чем Киев заплатит за новый транш', 'Осло наращивает военную мощь': a capital in the
    title stands for its state when the text names the country more often than the city;
    news on the city itself ("Москва потратит на дороги 10 млрд") names the city more."""
    parent = state_of_capital(place, rules.gazetteer)
    return parent is not None and in_text[parent.id] > in_text[place.id]


def _metonymic_city(place: Place, framing: bool, rules: Rules) -> Place | None:
    """The country a city directly under it stands for (a capital or a federal city:
    "Москва", "Астана"), when neither the title nor the text's first paragraph names the city:
    national news names its capital in passing, as the seat of government, an event place or a
    speaker's city; news on the city names it up front."""
    return None if framing else state_of_capital(place, rules.gazetteer)


_PASSING = 3  # a part named under a third as often as its country is named in passing


def _capital_in_passing(place: Place, country: Place, titled: set[str],
                        lead: frozenset[str]) -> bool:
    """'… в 24 областях Украины и Киеве …', then "Украина" a dozen times and "Киев" four:
    a city directly under its country (a capital) that the title does not name, and the lead
    names only beside its country, is the seat of government or one stop of a national story,
    not what the document is about."""
    return place.kind == "city" and place.parent == country.id and place.id not in titled \
        and (place.id not in lead or country.id in lead)


def _country_leads(place: Place, country: Place, titled: set[str], lead: frozenset[str]) -> bool:
    """'Реальные зарплаты упали в России почти на 9% … Так, жители Кемеровской области …': a
    lead that names the country and not its part, under a title that names neither, frames a
    national story; the part is an example of it."""
    return country.id in lead and place.id not in lead and place.id not in titled \
        and country.id not in titled


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
    more often than the country and at least as often as its other parts together ("Власти
    Якутии отмечают, что …"; a lead's example "в Крыму" in an article comparing ten regions
    does not frame it)."""
    named = []
    for cid in counts:
        parts = [pid for pid in counts if _part_of(places[pid], cid, rules)]
        framed = titled & set(parts) and cid not in titled
        framed = framed or cid not in lead and any(
            counts[pid] > counts[cid] and 2 * counts[pid] >= sum(counts[p] for p in parts)
            for pid in lead & set(parts))
        if len(parts) >= 3 and not framed:
            named.append((len(parts), counts[cid], cid))
    return places[max(named)[2]] if named else None


def _part_of(place: Place, country_id: str, rules: Rules) -> bool:
    """A region or city of the country `country_id` (not the country itself)."""
    if place.id not in rules.gazetteer.places or place.id == country_id:
        return False
    country = rules.gazetteer.country_of(place)
    return country is not None and country.id == country_id
