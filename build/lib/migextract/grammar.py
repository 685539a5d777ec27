"""The quantity grammar loaded from rules/quantities.yaml into compiled, ready-to-run form."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import regex

from .ruleload import (
    ONE_WORD,
    Node,
    RuleError,
    entries,
    need,
    need_choice,
    need_list,
    need_pattern,
    need_str_list,
    need_words,
    read_yaml,
    unique_ids,
)

QUALIFIERS = {"exact", "approx", "gt", "ge", "lt", "le", "range"}
NUMBER_WORD_KINDS = {"unit", "ten", "hundred", "scale", "fraction", "collective", "multiplier"}
_FLAGS = regex.IGNORECASE | regex.VERSION0


@dataclass(frozen=True)
class Scale:
    id: str
    factor: float
    pattern: regex.Pattern[str]


@dataclass(frozen=True)
class UnitRule:
    id: str
    unit: str
    pattern: regex.Pattern[str]
    needs_prefix: str | None = None
    signs: str = ""
    # a currency word that means another currency in another country's news: "рублей" in a
    # figure about Belarus is BYN (ISO country code → currency code)
    in_country: tuple[tuple[str, str], ...] = ()
    # a fraction of the unit named by a word of its own: "9 копеек" is 0.09 RUB (factor 0.01)
    factor: float = 1.0


@dataclass(frozen=True)
class QualifierRule:
    id: str
    qualifier: str
    pattern: regex.Pattern[str]


def _precondition(node: Node) -> re.Pattern[str] | None:
    """What an exclusion needs in the lower-cased sentence before its pattern is tried: one of
    the plain strings in `requires`, or a match of the (standard library) `requires_pattern`,
    e.g. a digit next to a colon for clock times."""
    strings = need_str_list(node, "requires", optional=True)
    source = need(node, "requires_pattern", str, optional=True)
    if source is None:
        return any_of(strings)
    if strings:
        raise node.fail("requires_pattern", "give `requires` or `requires_pattern`, not both")
    try:
        return re.compile(source)
    except re.error as err:
        raise node.fail("requires_pattern", f"invalid regular expression: {err}") from err


@dataclass(frozen=True)
class NumberWord:
    lemma: str
    value: float
    kind: str


@dataclass(frozen=True)
class Exclusion:
    id: str
    description: str
    pattern: regex.Pattern[str]
    requires: re.Pattern[str] | None = None  # one of the `requires` strings, lower-cased

    def applies(self, lowered: str) -> bool:
        return self.requires is None or self.requires.search(lowered) is not None


def any_of(strings: list[str]) -> re.Pattern[str] | None:
    """One pattern for "contains one of these": a single scan instead of one per string (the
    standard library's engine scans literal alternatives about three times faster than
    `regex`)."""
    if not strings:
        return None
    return re.compile("|".join(re.escape(s.lower()) for s in sorted(strings, key=len,
                                                                    reverse=True)))


@dataclass(frozen=True)
class Grammar:
    scales: tuple[Scale, ...]
    number_words: dict[str, NumberWord]
    number_word_forms: dict[str, NumberWord]
    lone_words_ignored: frozenset[str]
    qualifiers: tuple[QualifierRule, ...]
    change_verbs: frozenset[str]
    units: tuple[UnitRule, ...]
    currencies: tuple[UnitRule, ...]
    people: frozenset[str]
    not_people: frozenset[str]
    population: frozenset[str]  # "население": a bare scaled figure after it counts people
    settlements: frozenset[str]  # "100-тысячный город": the adjective sizes a population
    # "одна пятая": the forms of feminine "одна" that open a fraction with an ordinal
    feminine_one: frozenset[str]
    not_counted: frozenset[str]
    ordinal_nouns: frozenset[str]
    counted_introducers: regex.Pattern[str]
    exclusions: tuple[Exclusion, ...]
    bare_year_id: str
    bare_year_min: int
    bare_year_max: int
    number_word_hint: regex.Pattern[str]  # a cheap test: may the text hold a number word?
    cardinal_ending_id: str = "num.case_ending"
    cardinal_ending: regex.Pattern[str] | None = None  # "-ти" of "260-ти", matched at its start
    # units then currencies as one alternation, group "u<i>" = rule i: one match call finds the
    # first rule that matches, in the order the rules are written
    any_unit: regex.Pattern[str] | None = None
    # "(в 2015 году — " before a bare figure: the same measure in an earlier period
    earlier_level: regex.Pattern[str] | None = None
    # "каждый третий": a share written as "every N-th"; the ordinal lemmas and their N
    every_nth_id: str = "unit.every_nth"
    every_nth: regex.Pattern[str] | None = None
    every_nth_ordinals: dict[str, int] = field(default_factory=dict)
    # "2,3 на 1000 родившихся": a rate per thousand, matched after the figure (and its noun)
    rate_per_thousand: UnitRule | None = None
    # "две десятых секунды": a unit of measure after an ordinal fraction (matched after it)
    measure_after_fraction: regex.Pattern[str] | None = None
    # "10 градусов мороза", "ниже нуля": a temperature below zero (matched at the unit word)
    below_zero: regex.Pattern[str] | None = None
    # "морозы до 20 градусов": the noun of frost before a temperature (ends where it starts)
    frost_before: regex.Pattern[str] | None = None
    # "лигренок", "медвежонок": the lemma ending of the young of an animal (no person)
    young_animal: regex.Pattern[str] | None = None
    # "уроки 1-6 классов": nouns of a year of study, numbered by a range of grades
    grade_nouns: frozenset[str] = frozenset()
    # "раз 50", "лет через 30": a noun before a bare number that is its unit (unit, counted)
    inverted_units: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    # the noun of inverted_units (group noun) and the word before it (group before)
    inverted_noun: regex.Pattern[str] | None = None
    inverted_quantity_words: frozenset[str] = frozenset()  # "несколько лет 20": not inverted
    # "их число составило 120": a bare figure counts the people named before "их число"
    their_number: regex.Pattern[str] | None = None
    # "500 шт.", "300 чел.", "5 тыс. экз.": an abbreviated counted noun and the lemma it stands
    # for; the pattern (group abbr) matches it with its dot right after the number
    counted_abbreviations: dict[str, str] = field(default_factory=dict)
    counted_abbreviation: regex.Pattern[str] | None = None

    @cached_property
    def national_currencies(self) -> dict[str, dict[str, str]]:
        """Currency code → {country code → the currency the same word means there}."""
        return {rule.unit: dict(rule.in_country) for rule in self.currencies if rule.in_country}

    @cached_property
    def times_rule(self) -> UnitRule | None:
        """The rule of "в N раз": a ratio, also when "в" is left out after a noun of change."""
        return next((rule for rule in self.units if rule.unit == "times"), None)

    @cached_property  # read for every number: built once
    def currency_signs(self) -> dict[str, UnitRule]:
        return {sign: rule for rule in self.currencies for sign in rule.signs}


def load_grammar(path: Path) -> Grammar:
    doc = read_yaml(path)
    scales = entries(doc, path, "scales")
    unique_ids(scales)
    qualifiers = entries(doc, path, "qualifiers")
    unique_ids(qualifiers)
    units = entries(doc, path, "units")
    currencies = entries(doc, path, "currencies")
    unique_ids(units + currencies)
    exclusions = entries(doc, path, "exclusions")
    unique_ids(exclusions)
    words = [_number_word(node) for node in entries(doc, path, "number_words")]
    bare = need(doc, "bare_year", Node)
    ending = need(doc, "cardinal_ending", Node, optional=True)
    excl = tuple(
        Exclusion(need(e, "id", str), need(e, "description", str), need_pattern(e, "pattern"),
                  _precondition(e))
        for e in exclusions
    )
    unit_rules = tuple(_unit(u, "unit") for u in units)
    currency_rules = tuple(_unit(c, "code") for c in currencies)
    lemma_words = {w.lemma: w for w, form in words if form is None}
    forms = _all_forms(lemma_words)
    forms.update({form: w for w, form in words if form is not None})
    return Grammar(
        scales=tuple(
            Scale(need(s, "id", str), need(s, "factor", float), _anchored(s)) for s in scales
        ),
        number_words=lemma_words,
        number_word_forms=forms,
        lone_words_ignored=frozenset(need_str_list(doc, "lone_number_words_ignored")),
        qualifiers=tuple(_qualifier(q) for q in qualifiers),
        change_verbs=frozenset(need_str_list(doc, "change_verb_lemmas")),
        units=unit_rules,
        currencies=currency_rules,
        people=frozenset(need_str_list(doc, "people_lemmas")),
        not_people=frozenset(need_str_list(doc, "not_people")),
        population=frozenset(need_str_list(doc, "population_lemmas", optional=True)),
        settlements=frozenset(need_str_list(doc, "settlement_lemmas", optional=True)),
        feminine_one=frozenset(need_words(doc, "fraction_feminine_one", optional=True)),
        not_counted=frozenset(need_str_list(doc, "not_counted")),
        ordinal_nouns=frozenset(need_str_list(doc, "ordinal_nouns", optional=True)),
        grade_nouns=frozenset(need_words(doc, "grade_nouns", optional=True)),
        counted_introducers=regex.compile(
            rf"(?<![\w-])(?:{need(doc, 'counted_introducers', str)})\s+(?P<noun>[^\W\d_]+)", _FLAGS),
        exclusions=excl,
        bare_year_id=need(bare, "id", str),
        bare_year_min=need(bare, "min", int),
        bare_year_max=need(bare, "max", int),
        number_word_hint=_hint(forms),
        cardinal_ending_id=need(ending, "id", str) if ending else "num.case_ending",
        cardinal_ending=need_pattern(ending, "pattern") if ending else None,
        any_unit=_union(unit_rules + currency_rules),
        earlier_level=_ending_pattern(doc, "earlier_level_before"),
        **_every_nth(need(doc, "every_nth", Node, optional=True)),
        rate_per_thousand=_optional_unit(doc, "rate_per_thousand"),
        measure_after_fraction=_word_starts(doc, "fraction_measure_stems"),
        below_zero=_optional_anchored(doc, "below_zero"),
        frost_before=_ending_pattern(doc, "frost_before"),
        young_animal=_lemma_ending(doc, "young_animal_ending"),
        their_number=need_pattern(doc, "their_number", optional=True),
        **_inversion(doc),
        **_abbreviations(doc),
    )


def _abbreviations(doc: Node) -> dict:
    """counted_abbreviations ("abbreviation lemma", both lower-case words); optional."""
    found: dict[str, str] = {}
    for entry in need_str_list(doc, "counted_abbreviations", optional=True):
        parts = entry.split()
        if len(parts) != 2 or not all(ONE_WORD.fullmatch(p) and p == p.lower() for p in parts):
            raise doc.fail("counted_abbreviations",
                           f"expected 'abbreviation lemma' in lower case, found {entry!r}")
        found[parts[0]] = parts[1]
    if not found:
        return {}
    words = "|".join(sorted(found, key=len, reverse=True))
    pattern = regex.compile(rf"(?P<abbr>{words})(?:\.|(?![^\W\d_]))", regex.IGNORECASE)
    return {"counted_abbreviations": found, "counted_abbreviation": pattern}


def _inversion(doc: Node) -> dict:
    """inverted_units ("noun unit counted", counted "-" for none) and the words of quantity that
    keep such a noun for themselves; both optional."""
    units: dict[str, tuple[str, str | None]] = {}
    for entry in need_str_list(doc, "inverted_units", optional=True):
        parts = entry.split()
        if len(parts) != 3 or not ONE_WORD.fullmatch(parts[0]) or parts[0] != parts[0].lower():
            raise doc.fail("inverted_units",
                           f"expected 'noun unit counted' with a lower-case noun, found {entry!r}")
        noun, unit, counted = parts
        units[noun] = (unit, None if counted == "-" else counted)
    if not units:
        return {}
    nouns = "|".join(sorted(units, key=len, reverse=True))
    noun = regex.compile(rf"(?<![\w.,-])(?:(?P<before>[^\W\d_]+)\s+)?(?P<noun>{nouns})"
                         r"\s+(?:(?:в|через|на|за|до|под)\s+)?$", regex.IGNORECASE)
    return {"inverted_units": units, "inverted_noun": noun,
            "inverted_quantity_words": frozenset(need_words(doc, "inverted_quantity_words", optional=True))}


def _word_starts(doc: Node, key: str) -> regex.Pattern[str] | None:
    """A word after spaces that starts with one of the stems listed under `key`."""
    stems = need_words(doc, key, optional=True)
    if not stems:
        return None
    return regex.compile(r"\s+(?:" + "|".join(stems) + r")\w*", regex.IGNORECASE)


def _optional_anchored(doc: Node, key: str) -> regex.Pattern[str] | None:
    return _anchored(doc, key) if need(doc, key, str, optional=True) is not None else None


def _optional_unit(doc: Node, key: str) -> UnitRule | None:
    node = need(doc, key, Node, optional=True)
    return _unit(node, "unit") if node is not None else None


def _every_nth(node: Node | None) -> dict:
    if node is None:
        return {}
    ordinals = {need(o, "lemma", str): need(o, "n", int) for o in need_list(node, "ordinals")}
    return {"every_nth_id": need(node, "id", str), "every_nth": need_pattern(node, "pattern"),
            "every_nth_ordinals": ordinals}


def _ending_pattern(doc: Node, key: str) -> regex.Pattern[str] | None:
    """An optional pattern that must end where the figure starts."""
    return _anchored_at_end(doc, key, r"\s*$")


def _lemma_ending(doc: Node, key: str) -> regex.Pattern[str] | None:
    """An optional pattern matched at the end of a lemma."""
    return _anchored_at_end(doc, key, "$")


def _anchored_at_end(doc: Node, key: str, end: str) -> regex.Pattern[str] | None:
    source = need(doc, key, str, optional=True)
    if source is None:
        return None
    need_pattern(doc, key)
    return regex.compile(rf"(?:{source}){end}", _FLAGS)


def _union(rules: tuple[UnitRule, ...]) -> regex.Pattern[str] | None:
    if not rules or len({r.pattern.flags for r in rules}) > 1:
        return None
    return regex.compile("|".join(f"(?P<u{i}>{r.pattern.pattern})" for i, r in enumerate(rules)),
                         rules[0].pattern.flags)


def _all_forms(words: dict[str, NumberWord]) -> dict[str, NumberWord]:
    """Every inflected form of every number word, so that matching is a dictionary lookup.

    Forms come from pymorphy3's lexemes of the lemma, restricted to parses whose normal form is
    the lemma itself (so "стали" never becomes a form of anything numeric)."""
    from .morph import analyzer

    forms: dict[str, NumberWord] = {}
    for lemma, word in words.items():
        forms[lemma] = word
        for parse in analyzer().parse(lemma):
            if parse.normal_form != lemma:
                continue
            for form in parse.lexeme:
                forms.setdefault(form.word.replace("ё", "е"), word)
    return forms


def _hint(forms: dict[str, NumberWord]) -> regex.Pattern[str]:
    stems = sorted({form[:3] for form in forms}, key=len, reverse=True)
    return regex.compile(r"(?<![^\W\d_])(?:" + "|".join(map(regex.escape, stems)) + ")",
                         regex.IGNORECASE)


def _anchored(node: Node, key: str = "pattern") -> regex.Pattern[str]:
    """A unit/scale pattern that must start right at the given position (after spaces)."""
    need_pattern(node, key)
    source = need(node, key, str)
    return regex.compile(rf"\s*(?:{source})(?![^\W\d_])", _FLAGS)


def _unit(node: Node, key: str) -> UnitRule:
    return UnitRule(
        id=need(node, "id", str),
        unit=need(node, key, str),
        pattern=_anchored(node),
        needs_prefix=need(node, "needs_prefix", str, optional=True),
        signs=need(node, "signs", str, optional=True, default=""),
        in_country=tuple((str(k), str(v)) for k, v in
                         need(node, "in_country", dict, optional=True, default={}).items()),
        factor=_positive(node, "factor"),
    )


def _positive(node: Node, key: str) -> float:
    value = need(node, key, float, optional=True, default=1.0)
    if value <= 0:
        raise node.fail(key, f"expected a positive number, got {value!r}")
    return value


def _qualifier(node: Node) -> QualifierRule:
    need_pattern(node, "pattern")
    source = need(node, "pattern", str)
    return QualifierRule(
        id=need(node, "id", str),
        qualifier=need_choice(node, "qualifier", QUALIFIERS),
        pattern=regex.compile(rf"(?<![\w-])(?:{source})\s*$", _FLAGS),
    )


def _number_word(node: Node) -> tuple[NumberWord, str | None]:
    kind = need_choice(node, "kind", NUMBER_WORD_KINDS)
    word = NumberWord(need(node, "lemma", str), need(node, "value", float), kind)
    return word, need(node, "form", str, optional=True)


__all__ = ["Grammar", "RuleError", "load_grammar"]
