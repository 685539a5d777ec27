"""The place gazetteer (rules/places/*.yaml) and matching of place names in any case form."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import regex

from .morph import WORDS_REMEMBERED, all_lemmas, analyzer, surface_forms
from .ruleload import (
    Node,
    RuleError,
    entries,
    need,
    need_choice,
    need_str_list,
    need_words,
    read_yaml,
)

KINDS = {"country", "group", "region", "city", "district"}
_WORD = regex.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+")


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    code: str | None
    kind: str
    parent: str | None
    adjectives: frozenset[str]
    # nouns of its people: citizens ("казахстанец") and, for a country, the people named after
    # it ("украинец", `nationals`); they say where people counted come from (partner)
    people: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    place: Place
    preposition: str | None  # "в", "из", … right before the name, lower-case
    weak: bool = False  # an ambiguous short name ("РК"): trusted only if the document confirms it


@dataclass(frozen=True)
class PlaceWords:
    """Words about places that are not place names (rules/places/words.yaml)."""

    town_markers: frozenset[str] = frozenset()  # "г.", "город", "село"
    municipality_markers: frozenset[str] = frozenset()  # "округ", "поселение" + a nominative
    near_place: regex.Pattern[str] | None = None  # "в районе", "вблизи" right before a name
    home_words: dict[str, frozenset[str]] = field(default_factory=dict)  # "регион" → kinds
    destination_verbs: frozenset[str] = frozenset()  # "направиться": "в X" is where to
    before_name: frozenset[str] = frozenset()  # "город", "территория" between "в" and a name
    region_markers: frozenset[str] = frozenset()  # "штат", "провинция" before a region's name
    currency_nouns: frozenset[str] = frozenset()  # "доллар": "долларов США" is a unit
    respectively: frozenset[str] = frozenset()  # "соответственно": places pair with figures
    origin_nouns: frozenset[str] = frozenset()  # "граждане", "выходцы": a country after is origin
    world_price_units: frozenset[str] = frozenset()  # "баррель": a world price has no place
    here_words: frozenset[str] = frozenset()  # "здесь": the place named before
    world_adjectives: frozenset[str] = frozenset()  # "мировой": "мировой экономики" is the world's
    not_world_nouns: frozenset[str] = frozenset()  # "соглашение": "мировое соглашение" is no world's
    event_nouns: frozenset[str] = frozenset()  # "форум": "на форуме в Сочи" is a venue
    population_nouns: frozenset[str] = frozenset()  # "население": "населения РФ" is the territory
    currency_countries: dict[str, str] = field(default_factory=dict)  # "UAH" → "UA"
    currency_names: dict[str, str] = field(default_factory=dict)  # "гривна" → "UAH"
    union_seats: dict[str, str] = field(default_factory=dict)  # "Брюссель" → "EU"
    capitals: dict[str, str] = field(default_factory=dict)  # "GB" → "GB:london"
    state_bodies: dict[str, str] = field(default_factory=dict)  # "пентагон" → "US"
    rate_words: frozenset[str] = frozenset()  # "курс", "пара": a currency figure is a rate
    agent_predicates: frozenset[str] = frozenset()  # "намерен", "заявить": a capital as the state
    transfer_verbs: frozenset[str] = frozenset()  # "выплатить": a dative place after is the recipient
    transfer_nouns: frozenset[str] = frozenset()  # "поставки": likewise, the dative unambiguous
    world: regex.Pattern[str] | None = None  # "в мире", "во всем мире": a world figure
    # "70 государств, в том числе ": examples of a set of states end where a place name starts
    # (group "noun": the word before the marker, to be a plural of state_nouns)
    examples: regex.Pattern[str] | None = None
    state_nouns: frozenset[str] = frozenset()  # "страна", "государство": the set's noun
    # docs/annotation.md §6.24: world market prices, time zones, a capital as its state, and
    # counts of people from another country (single lower-case words, checked as such)
    world_market_goods: frozenset[str] = frozenset()  # "нефть", "brent": a world-priced good
    world_price_words: frozenset[str] = frozenset()  # "цена", "подорожать": its price
    world_market_words: frozenset[str] = frozenset()  # "мировой", "brent": a world market's
    time_zone_nouns: frozenset[str] = frozenset()  # "время": "по московскому времени"
    state_adjectives: frozenset[str] = frozenset()  # "официальный": "официальный Минск"
    migrant_nouns: frozenset[str] = frozenset()  # "мигрант": "мигрантов из Таджикистана"
    count_nouns: frozenset[str] = frozenset()  # "число": "число граждан Узбекистана"
    capital_nouns: frozenset[str] = frozenset()  # "столица": "британская столица" is London
    court_nouns: frozenset[str] = frozenset()  # "арбитраж": "Стокгольмский арбитраж" is no place
    purchase_verbs: frozenset[str] = frozenset()  # "закупить": "у Польши" after it is the seller
    venue_verbs: frozenset[str] = frozenset()  # "выступать": "выступая в Давосе" is a venue
    force_nouns: frozenset[str] = frozenset()  # "вкс": "удар российских ВКС" is the attacker's
    attack_nouns: frozenset[str] = frozenset()  # "удар": the attack noun before the force
    world_nouns: frozenset[str] = frozenset()  # "мир": "население мира" is the world's
    world_owner_nouns: frozenset[str] = frozenset()  # "население": the noun a world noun follows

    @cached_property
    def town_marker_forms(self) -> frozenset[str]:
        """Every form of a town or municipality marker: most words are none, and pymorphy3 is
        not asked about them."""
        return surface_forms(self.town_markers | self.municipality_markers)

    @cached_property
    def region_marker_forms(self) -> frozenset[str]:
        return surface_forms(self.region_markers)

    @cached_property
    def town_marker_starts(self) -> re.Pattern[str]:
        return _word_start_finder(self.town_marker_forms)

    @cached_property
    def region_marker_starts(self) -> re.Pattern[str]:
        return _word_start_finder(self.region_marker_forms)


@dataclass(frozen=True, eq=False)
class Gazetteer:
    places: dict[str, Place]
    by_first: dict[str, tuple[tuple[tuple[str, ...], Place, bool, bool], ...]]
    prefixes: frozenset[str]  # first letters of every first word: a cheap test before pymorphy3
    lower_prefixes: frozenset[str]  # the same for names that may start with a lower-case word
    words: PlaceWords = PlaceWords()

    @cached_property
    def name_starts(self) -> re.Pattern[str]:
        """Where a name may begin in a text as written (not lower-cased): find_places tests a
        capitalized word against `prefixes` and any other against the few `lower_prefixes`, so
        lower-case words that begin no such name are no hits (a finder blind to case finds
        about three times as many words, each one a turn of find_places' Python loop)."""
        return _name_start_finder(self.prefixes, self.lower_prefixes)

    @cached_property
    def stems(self) -> frozenset[str]:
        """The first letters (_STEM) of every form of every name's first word, as pymorphy3
        inflects it: a word that begins with none of them is the form of no first word, and
        find_places does not ask pymorphy3 for its lemmas. Most words that pass `prefixes` are
        of sentences without figures, which no other stage parses."""
        keys = frozenset(self.by_first)
        return frozenset(form[:_STEM].lower() for form in surface_forms(keys) | keys)

    def home_meaning(self, word: str, home: Place) -> Place | None:
        """What a home word ("регион", lemma) means in a document about `home`: `home` or the
        nearest place containing it of one of the word's kinds (see words.yaml)."""
        kinds = self.words.home_words.get(word)
        place, seen = home, set()
        while kinds and place is not None and place.id not in seen:
            seen.add(place.id)
            if place.kind in kinds or "named" in kinds and word in name_key(place.name):
                return place
            place = self.places.get(place.parent) if place.parent else None
        return None

    @cached_property
    def by_adjective(self) -> dict[str, Place]:
        """'российский' → Россия: the adjective lemmas of the gazetteer (each names one place)."""
        return {adjective: place for place in self.places.values()
                for adjective in place.adjectives}

    def country_with_code(self, code: str | None) -> Place | None:
        """The country whose ISO 3166-1 code is `code` (the first the gazetteer lists)."""
        return self._countries_by_code.get(code) if code else None

    @cached_property
    def _countries_by_code(self) -> dict[str, Place]:
        found: dict[str, Place] = {}
        for place in self.places.values():
            if place.kind == "country" and place.code:
                found.setdefault(place.code, place)
        return found

    @cached_property
    def by_people(self) -> dict[str, Place]:
        """'украинец' → Украина: the people nouns of the gazetteer's countries."""
        return {noun: place for place in self.places.values() if place.kind == "country"
                for noun in place.people}

    def country_of(self, place: Place) -> Place | None:
        seen = set()
        while place.kind != "country" and place.parent and place.id not in seen:
            seen.add(place.id)
            place = self.places[place.parent]
        return place if place.kind == "country" else None


def _word_start_finder(beginnings: frozenset[str]) -> re.Pattern[str]:
    """Where a word of a lower-cased text may begin with one of `beginnings` ("е" also as "ё").
    It finds more than the words themselves (the tail of "Северо-Казахстанская"); callers test
    each hit exactly, so the finder only spares them a Python loop over every word of a text.
    Grouped by first letter, the alternation runs several times faster in `re`; with each
    alternative opening with its letter (the test that no letter stands before it comes after),
    `re` skips every position that holds none of the first letters, another 1.3-2.5 times."""
    rests: dict[str, set[str]] = defaultdict(set)
    for beginning in beginnings:
        folded = beginning.lower().replace("ё", "е")
        rests[folded[:1]].add(folded[1:])
    alternatives = []
    for first, rest in sorted(rests.items()):
        tails = "|".join(sorted((_either_e(re.escape(t)) for t in rest), key=len, reverse=True))
        for letter in ("е", "ё") if first == "е" else (first,):
            alternatives.append(re.escape(letter) + _NO_LETTER_BEFORE
                                + ("" if "" in rest else f"(?:{tails})"))
    return re.compile("|".join(alternatives))


# after a word's first character: the character before that is no letter
_NO_LETTER_BEFORE = r"(?<![^\W\d_](?s:.))"


def _either_e(pattern: str) -> str:
    return pattern.replace("е", "[её]")


def _name_start_finder(prefixes: frozenset[str], lower_prefixes: frozenset[str]
                       ) -> re.Pattern[str]:
    """Finds, in a text as written, the start of every word whose `_prefix` is in `prefixes`
    if its first letter is upper-case (str.isupper), or in `lower_prefixes` if it is not; and
    some other words (callers test each hit exactly). The character classes are made from what
    str.lower does to each character, so they hold whatever lower-cases to a prefix's letter;
    a character it lower-cases to more than one, or one outside the Basic Multilingual Plane,
    is a hit whatever follows it."""
    seconds: dict[str, set[str]] = defaultdict(set)
    for prefix in lower_prefixes:
        seconds[prefix[:1]].add(prefix[1:2])
    firsts = {p[:1] for p in prefixes}
    wanted = firsts | seconds.keys() | {c for rest in seconds.values() for c in rest}
    # every character by what it lower-cases to, alone and after a letter ("Σ" is then "ς"):
    # one call to str.lower for all of them, "\0" between, is many times faster than one each
    chars = [chr(c) for c in range(1, 0x10000) if not 0xD800 <= c <= 0xDFFF]
    alone = "\0".join(chars).lower().split("\0")
    after = [low[1:] for low in "\0".join("x" + c for c in chars).lower().split("\0")]
    by_lower: dict[str, list[str]] = defaultdict(list)
    after_letter: dict[str, list[str]] = defaultdict(list)
    for c, low, low_after in zip(["\0", *chars], ["\0", *alone], ["\0", *after], strict=True):
        if low in wanted:
            by_lower[low].append(c)
        if low_after in wanted:
            after_letter[low_after].append(c)
    odd = [c for c, low in zip(chars, alone, strict=True) if len(low) != 1] + [_ASTRAL]
    heads = {first: [c for c in by_lower[first] if not c.isupper()] for first in seconds}
    anything = [c for first in sorted(firsts) for c in by_lower[first]
                if c.isupper()] + odd
    branches = []
    for first, rest in sorted(seconds.items()):
        if "" in rest:  # a one-letter prefix: a hit at the first letter, whatever follows it
            anything += heads[first]
            continue
        tails = [c for r in sorted(rest) for c in by_lower[r] + after_letter[r]] + odd
        branches.append(f"(?<=[{_chars(heads[first])}])[{_chars(tails)}]")
    starts = anything + [c for letters in heads.values() for c in letters]
    return re.compile(f"[{_chars(starts)}]" + _NO_LETTER_BEFORE + "(?:" +
                      "|".join([f"(?<=[{_chars(anything)}])", *branches]) + ")")


_ASTRAL = "\U00010000-\U0010ffff"  # a range, written as it goes into a character class


def _chars(chars) -> str:
    """Characters as the inside of a character class."""
    return "".join(c if c == _ASTRAL else re.escape(c) for c in dict.fromkeys(chars))


@lru_cache(maxsize=8)
def _words(text: str) -> tuple[tuple[regex.Match[str], ...], dict[int, int], str]:
    """The words of a text, each word's index by its start offset, and the lower-cased text:
    every finder of a document's places reads the same words."""
    words = tuple(_WORD.finditer(text))
    return words, {m.start(): i for i, m in enumerate(words)}, text.lower()


@lru_cache(maxsize=8)
def _starting(text: str, finder: re.Pattern[str]) -> tuple[int, ...]:
    """Indices of the words of `text` at which `finder` matches, in text order (remembered for
    the last few: administrative units and their elliptical mentions scan for the same nouns)."""
    words, index, lowered = _words(text)
    if len(lowered) != len(text):  # a letter whose lower case is longer: offsets would shift
        return tuple(range(len(words)))
    return tuple(index[hit.start()] for hit in finder.finditer(lowered) if hit.start() in index)


@lru_cache(maxsize=8)
def _name_starts(text: str, gazetteer: Gazetteer) -> tuple[int, ...]:
    """Indices of the words of `text` at which a gazetteer name may begin (Gazetteer.name_starts,
    which reads the text as written), in text order: find_places and find_elliptical read the
    same."""
    _words_, index, _lowered = _words(text)
    return tuple(index[hit.start()] for hit in gazetteer.name_starts.finditer(text)
                 if hit.start() in index)


_WORDS_FILE = "words.yaml"  # words about places, not places: town markers


def load_gazetteer(directory: Path) -> Gazetteer:
    places: dict[str, Place] = {}
    names: list[tuple[str, Place, bool]] = []
    for path in sorted(p for p in directory.glob("*.yaml") if p.name != _WORDS_FILE):
        for node in entries(read_yaml(path), path, "places"):
            place = _place(node)
            if place.id in places:
                raise node.fail("id", f"duplicate place id {place.id!r}")
            places[place.id] = place
            names.extend((name, place, False) for name in
                         [place.name, *need_str_list(node, "aliases", optional=True)])
            names.extend((name, place, True) for name in
                         need_str_list(node, "weak_aliases", optional=True))
    for place in places.values():
        if place.parent and place.parent not in places:
            raise RuleError(f"{directory}: place {place.id!r}: unknown parent {place.parent!r}")
    words = place_words(directory)
    for city, union in words.union_seats.items():
        if union not in places or places[union].kind != "group":
            raise RuleError(f"{directory / _WORDS_FILE}: union_seats: {city!r}: "
                            f"{union!r} is no group of the gazetteer")
    for country, city in words.capitals.items():
        if country not in places or places[country].kind != "country" or city not in places \
                or places[city].kind != "city" or places[city].parent != country:
            raise RuleError(f"{directory / _WORDS_FILE}: capitals: {country!r}: "
                            f"{city!r} is no city of that country in the gazetteer")
    for body, country in words.state_bodies.items():
        if country not in places or places[country].kind != "country":
            raise RuleError(f"{directory / _WORDS_FILE}: state_bodies: {body!r}: "
                            f"{country!r} is no country of the gazetteer")
    index: dict[str, list[tuple[tuple[str, ...], Place, bool, bool]]] = defaultdict(list)
    prefixes: set[str] = set()
    lower_prefixes: set[str] = set()
    for name, place, weak in names:
        key = name_key(name)
        if key:
            index[key[0]].append((key, place, name[:1].isupper(), weak))
            starts = {_prefix(key[0]), _prefix(_WORD.findall(name)[0])}
            prefixes.update(starts)
            if not name[:1].isupper():
                lower_prefixes.update(starts)
    return Gazetteer(places, {k: tuple(sorted(v, key=lambda e: -len(e[0])))
                              for k, v in index.items()}, frozenset(prefixes),
                     frozenset(lower_prefixes), words)


_ONE_WORD_KEYS = ("world_market_goods", "world_price_words", "world_market_words",
                  "time_zone_nouns", "state_adjectives", "migrant_nouns", "count_nouns",
                  "capital_nouns", "court_nouns", "purchase_verbs", "venue_verbs",
                  "force_nouns", "attack_nouns", "world_nouns", "world_owner_nouns")


@lru_cache(maxsize=8)
def place_words(directory: Path) -> PlaceWords:
    """The PlaceWords of a places directory's words.yaml (read once per directory)."""
    path = directory / _WORDS_FILE
    if not path.exists():
        return PlaceWords()
    doc = read_yaml(path)
    if not isinstance(doc, Node):
        raise RuleError(f"{path}: expected a mapping at the top level")
    near, world = _phrases(doc, "near_place"), _phrases(doc, "world_phrases")
    examples = _phrases(doc, "example_markers")
    return PlaceWords(
        # a proximity phrase ending where a place name starts (searched backwards: _LAST_WORD)
        near_place=regex.compile(rf"(?<![^\W\d_])(?:{near})\s+$",
                                 regex.IGNORECASE | regex.REVERSE)
        if near else None,
        world=regex.compile(rf"(?<![^\W\d_])(?:{world})(?![^\W\d_])", regex.IGNORECASE)
        if world else None,
        # the noun of the set, a comma or a bracket, the marker, "и", then at most a few listed
        # names ("США, страны ЕС, ") before the place: no digits, no end of a clause
        examples=regex.compile(rf"(?P<noun>\p{{L}}+)\s*[,(]\s*(?:{examples})"
                               rf"[ \t\xa0]+(?:и[ \t\xa0]+)?[\p{{L}} \t\xa0,-]{{0,40}}$",
                               regex.IGNORECASE) if examples else None,
        state_nouns=_lemma_set(doc, "state_nouns"),
        town_markers=_lemma_set(doc, "town_markers"),
        municipality_markers=_lemma_set(doc, "municipality_markers"),
        home_words=_home_words(need(doc, "home_words", dict, optional=True, default={})),
        destination_verbs=_lemma_set(doc, "destination_verbs"),
        before_name=_lemma_set(doc, "before_name"),
        region_markers=_lemma_set(doc, "region_markers"),
        currency_nouns=_lemma_set(doc, "currency_nouns"),
        respectively=_lemma_set(doc, "respectively"),
        origin_nouns=_lemma_set(doc, "origin_nouns"),
        world_price_units=_lemma_set(doc, "world_price_units"),
        here_words=_lemma_set(doc, "here_words"),
        world_adjectives=_lemma_set(doc, "world_adjectives"),
        not_world_nouns=_lemma_set(doc, "not_world_nouns"),
        event_nouns=_lemma_set(doc, "event_nouns"),
        population_nouns=_lemma_set(doc, "population_nouns"),
        rate_words=_lemma_set(doc, "rate_words"),
        agent_predicates=_lemma_set(doc, "agent_predicates"),
        transfer_verbs=_lemma_set(doc, "transfer_verbs"),
        transfer_nouns=_lemma_set(doc, "transfer_nouns"),
        currency_countries=_string_map(doc, "currency_countries"),
        currency_names=_currency_names(doc),
        union_seats=_string_map(doc, "union_seats"),
        capitals=_string_map(doc, "capitals"),
        state_bodies={k.replace("ё", "е"): v for k, v in _string_map(doc, "state_bodies").items()},
        **{key: frozenset(w.replace("ё", "е") for w in need_words(doc, key, optional=True))
           for key in _ONE_WORD_KEYS},
    )


WORLD = Place("world", "мир", None, "world", None, frozenset())  # docs/annotation.md §6.4


def _phrases(doc: Node, key: str) -> str:
    """The phrases of a list as one alternation, any spaces between their words; "" if none."""
    return "|".join(r"\s+".join(map(regex.escape, phrase.split()))
                    for phrase in need_str_list(doc, key, optional=True))


def _string_map(doc, key: str) -> dict[str, str]:
    """The optional mapping under `key`, its keys and values as strings."""
    return {str(k): str(v) for k, v in need(doc, key, dict, optional=True, default={}).items()}


def _currency_names(doc: Node) -> dict[str, str]:
    """words.yaml currency_names: a lemma per currency code, each code one of
    currency_countries."""
    names = need(doc, "currency_names", dict, optional=True, default={})
    countries = need(doc, "currency_countries", dict, optional=True, default={})
    for word, code in names.items():
        if str(code) not in {str(k) for k in countries}:
            raise names.fail(word, f"currency {code} is not in currency_countries")
    return {str(k).replace("ё", "е"): str(v) for k, v in names.items()}


def _lemma_set(doc: Node, key: str) -> frozenset[str]:
    return frozenset(w.replace("ё", "е") for w in need_str_list(doc, key, optional=True))


def _home_words(node: Node | dict) -> dict[str, frozenset[str]]:
    words = {}
    for word in node:
        kinds = frozenset(need_str_list(node, word))
        if not kinds <= KINDS | {"named"}:
            raise node.fail(word, f"unknown kinds {sorted(kinds - KINDS - {'named'})}")
        words[word.replace("ё", "е")] = kinds
    return words


# Searched backwards (REVERSE), as they can only match at the end: a forward search tries
# every word of the text before and is some fifty times slower; the match is the same.
_LAST_WORD = regex.compile(r"([^\W\d_]+)\.?\s*$", regex.REVERSE)
_LAST_WORD_SPACED = regex.compile(r"([^\W\d_]+)\.?\s+$", regex.REVERSE)


def names_currency(text: str, start: int, gazetteer: Gazetteer) -> bool:
    """'3 млрд долларов США': the name at `start` is the issuer of the currency before it."""
    before = _LAST_WORD_SPACED.search(text[max(0, start - 20):start])
    return before is not None and bool(all_lemmas(before.group(1)) & gazetteer.words.currency_nouns)


def near_place(text: str, start: int, gazetteer: Gazetteer) -> bool:
    """'в районе пос. Электрик', 'вблизи Алматы': the name at `start` locates an object. A town
    marker may stand between the phrase and the name."""
    words = gazetteer.words
    if words.near_place is None:
        return False
    before = text[max(0, start - 40):start]
    marker = _LAST_WORD.search(before)
    if marker and ({marker.group(1).lower()} | all_lemmas(marker.group(1))) & words.town_markers:
        before = before[:marker.start()]
    return words.near_place.search(before) is not None


_PREFIX = 2


def _prefix(word: str) -> str:
    return word[:_PREFIX].lower()


def _place(node: Node) -> Place:
    return Place(
        id=need(node, "id", str),
        name=need(node, "name", str),
        code=need(node, "code", str, optional=True),
        kind=need_choice(node, "kind", KINDS),
        parent=need(node, "parent", str, optional=True),
        adjectives=frozenset(need_str_list(node, "adjectives", optional=True)),
        people=frozenset(w.replace("ё", "е") for key in ("demonyms", "nationals")
                         for w in need_str_list(node, key, optional=True)),
    )


def name_key(name: str) -> tuple[str, ...]:
    """A name as the sequence of its words' lemmas; abbreviations stay as written."""
    return tuple(_word_key(w) for w in _WORD.findall(name))


def _word_key(word: str) -> str:
    """The lemma of a name word given in the nominative: the first nominative noun or adjective
    reading ("Мангистауская" is read first as a verb form), else the word itself."""
    if word.isupper() and len(word) > 1 or word.isdigit():
        return word
    for parse in analyzer().parse(word.lower()):
        if parse.tag.POS in ("NOUN", "ADJF", "PRTF") and parse.tag.case == "nomn":
            return parse.normal_form.replace("ё", "е")
    return word.lower()


_SHOUTED = 5  # a word in capitals this long is a word of a heading, not an abbreviation


@lru_cache(maxsize=WORDS_REMEMBERED)
def _candidates(word: str) -> frozenset[str]:
    """Keys a text word may match: an abbreviation as written; a word in capitals long enough
    to be part of a heading ("ПРОГРАММЫ ВЛАДИМИРСКОЙ ОБЛАСТИ") also by its lemmas."""
    if word.isupper() and len(word) > 1:
        return frozenset({word}) | (all_lemmas(word) if len(word) >= _SHOUTED else frozenset())
    return all_lemmas(word) | {word.lower()}


def find_places(text: str, gazetteer: Gazetteer, offset: int = 0) -> list[PlaceMention]:
    """Every gazetteer name in `text`, longest first, in text order."""
    words = _words(text)[0]
    mentions: list[PlaceMention] = []
    free = 0  # the first word not inside a name found already
    for i in _name_starts(text, gazetteer):
        first = words[i].group()
        starts = gazetteer.prefixes if first[:1].isupper() else gazetteer.lower_prefixes
        # most words: no name starts like this, and pymorphy3 is not asked
        found = _match_at(words, i, gazetteer) \
            if i >= free and _prefix(first) in starts and _may_be_named(first, gazetteer) \
            else None
        if found is None:
            continue
        length, place, weak = found
        start, end = words[i].start(), words[i + length - 1].end()
        mentions.append(PlaceMention(offset + start, offset + end, place,
                                     _preposition(words, i, text, gazetteer.words.before_name),
                                     weak))
        free = i + length
    return mentions


_STEM = 3
# pymorphy3 guesses the lemma of a word it does not know by its ending: a short word's guessed
# lemma may differ from it in the first letters, so short words always go to pymorphy3
_SHORT = 5


def _may_be_named(first: str, gazetteer: Gazetteer) -> bool:
    """Can a name begin with the word `first` (Gazetteer.stems)?"""
    return len(first) <= _SHORT or first[:_STEM].lower() in gazetteer.stems


def _match_at(words, i, gazetteer: Gazetteer) -> tuple[int, Place, bool] | None:
    """The longest gazetteer name starting at word i, over every reading of every word."""
    first = words[i].group()
    capital = first[:1].isupper()
    best: tuple[int, Place, bool] | None = None
    for key in _candidates(first):
        for name, place, needs_capital, weak in gazetteer.by_first.get(key, ()):
            if needs_capital and not capital or best and len(name) <= best[0]:
                continue
            if i + len(name) <= len(words) and all(
                name[k] in _candidates(words[i + k].group()) for k in range(1, len(name))
            ):
                best = (len(name), place, weak)
    return best


def _preposition(words, i, text, between: frozenset[str] = frozenset()) -> str | None:
    """The preposition right before word i, over up to two words of `between` (lemmas: "в г.
    Москве", "с территории Турции", "по всей территории Украины"; "весь" only after "по" and
    "на", the extent of a figure, not "во всём СНГ", the field of a superlative)."""
    j = i - 1
    whole = False
    for _ in range(2):
        if j >= 0 and ({words[j].group().lower()} | all_lemmas(words[j].group())) & between:
            whole = whole or "весь" in all_lemmas(words[j].group())
            j -= 1
    if j < 0:
        return None
    prep = words[j].group().lower()
    if whole and prep not in ("по", "на"):
        return None  # "самое низкое во всём СНГ": the field of a superlative, not the place
    return prep if prep in ("в", "во", "из", "на", "с", "со", "по", "до", "для", "из-за") else None


_ADMIN_HINT = re.compile(r"(?<![^\W\d_])(?:район|округ|поселени|област|кра[йяею]|сельсовет|улус|"
                        r"волост|аймак|наслег)")  # on lower-cased text


def find_admin_units(text: str, nouns: frozenset[str], inner: frozenset[str],
                     offset: int = 0, between: frozenset[str] = frozenset()) -> list[PlaceMention]:
    """'Сапожковского муниципального района' → place 'Сапожковский муниципальный район':
    capitalized adjectives, optional inner adjectives, an administrative noun."""
    words = _words(text)[0]
    mentions = []
    for i in _starting(text, _ADMIN_HINT):
        match = words[i]
        if not all_lemmas(match.group()) & nouns:
            continue
        j = i - 1
        while j >= 0 and all_lemmas(words[j].group()) & inner and words[j].group().islower():
            j -= 1
        first = j + 1
        if j >= 0 and words[j].group()[:1].isupper() and _is_adjective(words[j].group()):
            first = j  # one capitalized adjective: "Вежью Койгородского района" is a village too
        if first == i or not words[first].group()[:1].isupper():
            continue
        start, end = words[first].start(), match.end()
        name = _nominative(text[start:end])
        core = " ".join(w for w in name.split() if not all_lemmas(w) & inner)
        place = Place(f"admin:{core}", name, None, "district", None, frozenset())
        mentions.append(PlaceMention(offset + start, offset + end, place,
                                     _preposition(words, first, text, between)))
    return mentions


def find_elliptical_units(text: str, nouns: frozenset[str], offset: int = 0,
                          between: frozenset[str] = frozenset()) -> list[PlaceMention]:
    """'в Муезерском районе — 68 суток, в Лоухском — 40', 'в районах: Алданском — 53,6%,
    Аллаиховском — 50%': a capitalized adjective standing alone (no noun after it) later in the
    sentence of an administrative noun — after a named unit ("Муезерском районе") or a plural
    noun that opens a list with a colon — is the unit it names with that noun ("Лоухский
    район")."""
    words = _words(text)[0]
    mentions = []
    for i in _starting(text, _ADMIN_HINT):
        match = words[i]
        lemmas = all_lemmas(match.group()) & nouns
        if not lemmas:
            continue
        named = i and words[i - 1].group()[:1].isupper() and _is_adjective(words[i - 1].group())
        opens_list = text[match.end():match.end() + 2].lstrip()[:1] == ":" \
            and any(p.tag.number == "plur" and p.tag.POS == "NOUN"
                    for p in analyzer().parse(match.group().lower())[:1])
        if not named and not opens_list:
            continue
        noun = min(lemmas)
        end = _sentence_end(text, match.end())
        for j in range(i + 1, len(words)):
            word = words[j]
            if word.start() >= end or _ADMIN_HINT.match(word.group().lower()) \
                    and all_lemmas(word.group()) & nouns:
                break  # the next administrative noun names its own units
            before = words[j - 1].group().lower()
            listed = opens_list and (_LISTED_AFTER.search(text, words[j - 1].end(), word.start())
                                     or before in ("и", "или"))
            if not word.group()[:1].isupper() \
                    or not listed and before not in ("в", "во", "на", "по") \
                    or not _alone(text, words, j, listed) or not _adjective_of(word.group(), noun):
                continue  # "…, в Лоухском —", ": Алданском —"; not "сообщил Сергей Чернышевский."
            name = _nominative(f"{word.group()} {noun}")
            place = Place(f"admin:{name}", name, None, "district", None, frozenset())
            mentions.append(PlaceMention(offset + word.start(), offset + word.end(), place,
                                         _preposition(words, j, text, between)))
    return mentions


_LISTED_AFTER = regex.compile(r"[,:]\s*$")
_STANDS_ALONE = regex.compile(r"\s*[;:.–—-]")  # a stop or a dash right after the adjective


def _alone(text: str, words, j: int, listed: bool) -> bool:
    """No noun of its own follows the adjective: punctuation or a dash comes right after it, or,
    in a list, the run of names it ends ("Джидинского и Селенгинского.") is not followed by a
    lower-case word ("в Индустриальном и Мотовилихинском районах" names its noun)."""
    k = j + 1
    if k >= len(words):
        return True
    if not listed:  # "в Лоухском — на 18 дней": a dash or a stop right after it
        return bool(_STANDS_ALONE.match(text, words[j].end(), words[k].start()))
    while k < len(words) and (words[k].group()[:1].isupper()
                              or words[k].group().lower() in ("и", "или")) \
            and _LIST_GAP.fullmatch(text, words[k - 1].end(), words[k].start()):
        k += 1
    return k >= len(words) or not _LIST_GAP.fullmatch(text, words[k - 1].end(), words[k].start()) \
        or not words[k].group()[:1].islower()


_LIST_GAP = regex.compile(r"\s*,?\s*")


def _sentence_end(text: str, start: int) -> int:
    found = _SENTENCE_STOP.search(text, start)
    return found.start() if found else len(text)


_SENTENCE_STOP = regex.compile(r"[.!?;\n]")


def _is_adjective(word: str) -> bool:
    return any(p.tag.POS in ("ADJF", "PRTF") for p in analyzer().parse(word.lower())[:2])


def _nominative(phrase: str) -> str:
    out = []
    words = phrase.split()
    head = analyzer().parse(words[-1].lower())
    noun = next((p for p in head if p.tag.POS == "NOUN"), head[0])
    number = noun.tag.number or "sing"
    gender = noun.tag.gender
    for word in words[:-1]:
        parse = next((p for p in analyzer().parse(word.lower()) if p.tag.POS in ("ADJF", "PRTF")),
                     None)
        form = parse.inflect({"nomn", number} | ({gender} if number == "sing" and gender else set())) \
            if parse else None
        text = form.word if form else word.lower()
        out.append(text[:1].upper() + text[1:] if word[:1].isupper() else text)
    nominative = noun.inflect({"nomn", number})
    out.append(nominative.word if nominative else words[-1].lower())
    return " ".join(out)


def find_towns(text: str, place_words: PlaceWords, offset: int = 0) -> list[PlaceMention]:
    """'в г. Судогда', 'в городке Сан-Ладзаро-ди-Савена': the capitalized word after a town
    marker names a town, listed in the gazetteer or not. Once introduced so, the town's later
    mentions without a marker are mentions of it too ("бюджет Судогды")."""
    words = _words(text)[0]
    towns: dict[str, Place] = {}
    forms = place_words.town_marker_forms
    for i in (m + 1 for m in _starting(text, place_words.town_marker_starts)
              if m + 1 < len(words)):
        if _marker_form(words[i - 1], forms) and _after_town_marker(words, i, text, place_words):
            name = _town_name(words[i].group())
            towns.setdefault(name, Place(f"town:{name}", name, None, "city", None, frozenset()))
    starts = {name[:3] for name in towns}  # a cheap test before pymorphy3
    mentions = []
    for i, match in enumerate(words if towns else ()):
        word = match.group()
        if word[:1].isupper() and not word.isupper() and word[:3] in starts:
            place = towns.get(_town_name(word))
            if place is not None:
                at = i - 1 if i and _marker_form(words[i - 1], forms) \
                    and _after_town_marker(words, i, text, place_words) else i
                mentions.append(PlaceMention(offset + match.start(), offset + match.end(), place,
                                             _preposition(words, at, text,
                                                          place_words.before_name)))
    return mentions


_ABBREVIATION = 3  # "г.", "пос.", "пгт.": a marker this short may end with a dot


def _marker_form(match, forms: frozenset[str]) -> bool:
    return match.group().lower().replace("ё", "е") in forms


def _after_town_marker(words, i: int, text: str, place_words: PlaceWords) -> bool:
    """Word i is a capitalized name right after a town marker: "г. Судогда", not "2016 г. В"
    (a year) nor "города, Москва"; or a nominative name after a municipality marker. Callers
    test word i - 1 against PlaceWords.town_marker_forms first, which spares most words the
    pymorphy3 lookups here."""
    if i == 0:
        return False
    name, marker = words[i].group(), words[i - 1].group()
    if len(name) < 3 or not name[:1].isupper() or name.isupper():
        return False
    gap = text[words[i - 1].end():words[i].start()]
    if not gap.isspace() and not (len(marker) <= _ABBREVIATION and regex.fullmatch(r"\.\s*", gap)):
        return False  # "г. Судогда", but "в пределах города. Главным …" ends a sentence
    if i >= 2 and (words[i - 2].group().isdigit()
                   or len(marker) <= _ABBREVIATION and len(words[i - 2].group()) == 1):
        return False  # "2016 г.", "100 г." are a year and grams; "с.г." is "сего года"
    lemmas = {marker.lower()} | all_lemmas(marker)
    if not lemmas & (place_words.town_markers | place_words.municipality_markers):
        return False
    first = analyzer().parse(name.lower())[0]
    if first.is_known and first.tag.POS == "ADJF" and first.tag.case == "nomn":
        return True  # "поселок Депутатский", "город Мирный": an adjective in apposition
    if first.is_known and (first.tag.POS != "NOUN" or {"Name", "Surn", "Patr"} & first.tag.grammemes):
        return False  # "в родном городе Терезы", "и город Для режиссера …": no town's name
    return bool(lemmas & place_words.town_markers) or _nominative_name(name)


def _town_name(word: str) -> str:
    """The nominative of a town name pymorphy3 knows as geographical ("Судогде" → "Судогда");
    any other name as written (indeclinable foreign names: "Сан-Ладзаро-ди-Савена")."""
    parse = analyzer().parse(word.lower())[0]
    if not parse.is_known or "Geox" not in parse.tag:
        return word
    lemma, parts = parse.normal_form.replace("ё", "е"), word.split("-")
    if len(lemma.split("-")) != len(parts):
        return lemma[:1].upper() + lemma[1:]
    return "-".join(p[:1].upper() + p[1:] if m[:1].isupper() else p
                    for m, p in zip(parts, lemma.split("-"), strict=True))


def find_elliptical(text: str, gazetteer: Gazetteer, offset: int = 0) -> list[PlaceMention]:
    """'в Мангистауской области – 4,8 тыс., в Алматинской – 2,2 тыс.', 'в Туркестанской и
    Абайской областях': a capitalized adjective standing alone (no noun after it) is the
    two-word name it begins, when that name's noun is in the same paragraph and only one
    name fits."""
    words = _words(text)[0]
    mentions = []
    for i in _name_starts(text, gazetteer):
        match = words[i]
        word = match.group()
        if not word[:1].isupper() or word.isupper() or _prefix(word) not in gazetteer.prefixes:
            continue
        if i + 1 < len(words) and not _ends_phrase(text, match.end(), words[i + 1]):
            continue
        fits = {place.id: place for name, place in _two_word_names(word, gazetteer)
                if _adjective_of(word, name[1]) and _in_paragraph(text, match, name[1])}
        if len(fits) == 1:
            place = next(iter(fits.values()))
            mentions.append(PlaceMention(offset + match.start(), offset + match.end(), place,
                                         _preposition(words, i, text, gazetteer.words.before_name)))
    return mentions


def _ends_phrase(text: str, end: int, following) -> bool:
    """Nothing but punctuation or a conjunction follows: the adjective has no noun of its own."""
    between = text[end:following.start()]
    return bool(between.strip()) or following.group().lower() in ("и", "или")


def _two_word_names(word: str, gazetteer: Gazetteer):
    for key in _candidates(word):
        for name, place, _capital, weak in gazetteer.by_first.get(key, ()):
            if len(name) == 2 and not weak and place.kind == "region":
                yield name, place


def _adjective_of(word: str, noun: str) -> bool:
    """`word` is read first as an adjective, in the gender of `noun`: "Хабаровского (края)",
    not "Хабаровском" (the city) nor "Святого Димитрия Ростовского" (not of "область")."""
    parses = analyzer().parse(word.lower())
    gender = next((p.tag.gender for p in analyzer().parse(noun) if p.tag.POS == "NOUN"), None)
    return parses[0].tag.POS == "ADJF" and any(
        p.tag.POS == "ADJF" and p.tag.gender == gender for p in parses)


def _in_paragraph(text: str, match, noun: str) -> bool:
    start = text.rfind("\n", 0, match.start()) + 1
    end = text.find("\n", match.end())
    paragraph = text[start:end if end >= 0 else len(text)].lower()
    return any(form in paragraph for form in _noun_forms(noun))


@lru_cache(maxsize=256)
def _noun_forms(noun: str) -> frozenset[str]:
    return frozenset(regex.findall(r"\w+", " ".join(surface_forms(frozenset({noun})))))


_NAME_JOINER = regex.compile(r"[^\S\n]+|[^\S\n]*[–—-][^\S\n]*")  # "Северный Рейн — Вестфалия"
_MAX_NAME_WORDS = 4


def find_regions(text: str, place_words: PlaceWords, offset: int = 0) -> list[PlaceMention]:
    """'в штате Техас', 'в земле Мекленбург — Передняя Померания': a region named after its
    marker noun, in the nominative, whether the gazetteer lists it or not."""
    mentions = []
    words = _words(text)[0]
    for i in _starting(text, place_words.region_marker_starts):
        match = words[i]
        if i + 1 == len(words) or match.group().lower() not in place_words.region_marker_forms \
                or match.group()[:1].isupper() \
                or not all_lemmas(match.group()) & place_words.region_markers:
            continue
        if not _NAME_JOINER.fullmatch(text, match.end(), words[i + 1].start()) \
                or not _name_word(words[i + 1].group()) \
                or not _nominative_name(words[i + 1].group()):
            continue
        last = i + 1
        while last + 1 < len(words) and last - i < _MAX_NAME_WORDS \
                and _name_word(words[last + 1].group()) \
                and _NAME_JOINER.fullmatch(text, words[last].end(), words[last + 1].start()):
            last += 1
        start, end = words[i + 1].start(), words[last].end()
        place = Place(f"region:{text[start:end]}", text[start:end], None, "region", None,
                      frozenset())
        mentions.append(PlaceMention(offset + start, offset + end, place,
                                     _preposition(words, i, text, place_words.before_name)))
    return mentions


def _name_word(word: str) -> bool:
    """A capitalized word that may be part of a region's name: not an abbreviation ("ХДС") nor
    a person's name known to the dictionary ("в штате Нью-Йорк Джон Смит")."""
    if not word[:1].isupper() or word.isupper():
        return False
    first = analyzer().parse(word.lower())[0]
    return not (first.is_known and {"Name", "Surn", "Patr"} & first.tag.grammemes)


def _nominative_name(word: str) -> bool:
    """A name that is in the nominative, or does not decline: an apposition to its marker
    ("в штате Техас"; not "на земле Израиля", nor a pronoun "Он" after a lost full stop)."""
    first = analyzer().parse(word.lower())[0]
    return first.tag.POS in ("NOUN", "ADJF") and (first.tag.case == "nomn" or "Fixd" in first.tag)
