"""Find every figure in a sentence: number, sign, scale, range, qualifier and unit.

Works on normalized text (see normalize.py). Language knowledge comes from `Grammar`
(rules/quantities.yaml); this module only knows how the pieces of a figure fit together.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from functools import lru_cache

import regex

from .grammar import Grammar, UnitRule
from .morph import WORD, WORDS_REMEMBERED, WordInfo, all_lemmas, analyzer, lemma, word_info
from .records import DURATION_UNITS, Quantity, Rejection, is_currency

REGEX_TIMEOUT = 1.0  # seconds; no sentence may make a pattern run away
# (_DIGITS and morph.WORD run without it: they cannot backtrack far, and `regex` restarts the
# clock at every match, which makes a scan of a sentence's words about three times slower)

_DIGITS = regex.compile(
    r"(?<![\w.,]|\d[.,])"
    r"(?:\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?"  # 1.844.036.360,12
    r"|\d{1,3}(?:\.\d{3})+,\d+"  # 12.345,6
    r"|\d{1,3}(?: \d{3})+(?![\d])(?:[,.]\d+)?"  # 1 234 567, 1 234,5, 1 234.5
    r"|\d+(?:[.,]\d+)?)"
    r"(?![\d])"
)
_RANGE_DASH = regex.compile(r" ?- ?(?=[\d+])")
# "13%-18%", "$290-$310 млрд", "$13 600- $14 500": the unit sign written at both ends of a range
_RANGE_DASH_SIGNED = regex.compile(r"(?P<pct> ?%)? ?- ?(?P<sign>[^\w\s\d%+-])? ?(?=\d)")
_RANGE_DO = regex.compile(r"\s+(?:и\s+)?до\s+(?=\d|[^\W\d_]|[$€£₽₸₹]\s?\d|[+-]\s?\d)",
                          regex.IGNORECASE)  # "от 17 и до 60 лет", "от $150 до $200 млрд"
# "от $150 до": the lower end of a range with its currency sign
_OT_SIGN = regex.compile(r"(?<![\w-])от\s+(?P<sign>[$€£₽₸₹])\s?$", regex.IGNORECASE)
_OT = regex.compile(r"(?<![\w-])от\s+$", regex.IGNORECASE)
_NA_BEFORE = regex.compile(r"(?<![\w-])на\s+$", regex.IGNORECASE)
_V_PREFIX = regex.compile(r"(?<![\w-])в\s+$", regex.IGNORECASE)
# "в 2 и 3 раза", "в 1,5, 2 или 3 раза": the "в" of the first number of a coordination
_V_COORDINATED = regex.compile(r"(?<![\w-])в\s+\d[\d,.]*(?:\s*,\s*\d[\d,.]*)*\s*(?:,|и|или)\s+$",
                               regex.IGNORECASE)
_WORD_SIGN = regex.compile(r"(?<![\w-])(минус|плюс)\s+$", regex.IGNORECASE)
# the sign of the upper end of a range: "от минус 5 до минус 12", "от -3 до -8", "до +5"
_SECOND_SIGN = regex.compile(r"(?:(?P<word>минус|плюс)\s+|(?P<symbol>[+-])\s?)(?=\d|[^\W\d_])",
                             regex.IGNORECASE)
# a dash or dots before a signed upper end, after a signed lower end: "минус 15 - минус 20
# градусов", "-5...-10 градусов", "+3…+5" (weather reports write temperature ranges this way)
_SIGNED_UPPER_JOINER = regex.compile(r" ?(?:-|\.{2,3}|…) ?(?=(?:минус|плюс)\s|[+-] ?\d)",
                                     regex.IGNORECASE)
_PAREN_MINUS = regex.compile(r"\(-\)\s?$")
_HALF = regex.compile(r"\s+с\s+половиной(?![\w])", regex.IGNORECASE)


_BOUNDS = frozenset({"gt", "ge", "lt", "le"})


@dataclass
class _Draft:
    """A figure under construction; frozen into a Quantity when done."""

    start: int
    end: int
    number_start: int
    number_end: int
    value: float
    is_integer_literal: bool
    rules: list[str]
    scaled: bool = False
    factor: float = 1.0  # the digit scale read after the number ("тыс." → 1000)
    sign: int = 1
    unit: str | None = None
    counted: str | None = None
    qualifier: str = "exact"
    high: float | None = None  # upper end of a range
    low_unit: str | None = None  # the unit said after the lower end ("от двух месяцев до …")
    counted_word: str | None = None  # the counted noun, when it follows the number directly
    counted_end: int = 0  # the end of the counted noun, also after adjectives ("1508 … семьях")

    def freeze(self) -> Quantity:
        low = self.sign * self.value
        if self.high is not None:
            high = self.sign * self.high
            qualifier = self.qualifier if self.qualifier in _BOUNDS else "range"
            value_min = None if qualifier in ("le", "lt") else min(low, high)
            value_max = None if qualifier in ("ge", "gt") else max(low, high)
            return Quantity(self.start, self.end, (low + high) / 2, value_min, value_max,
                            qualifier, self.unit, self.counted, tuple(self.rules),
                            self.number_start, self.number_end)
        bounds = {"gt": (low, None), "ge": (low, None), "lt": (None, low), "le": (None, low)}
        value_min, value_max = bounds.get(self.qualifier, (low, low))
        return Quantity(self.start, self.end, low, value_min, value_max, self.qualifier,
                        self.unit, self.counted, tuple(self.rules), self.number_start,
                        self.number_end)


def find_quantities(text: str, grammar: Grammar, offset: int = 0
                    ) -> tuple[list[Quantity], list[Rejection]]:
    """Figures in `text` (one normalized sentence); offsets are shifted by `offset`."""
    candidates = sorted(_numbers(text, grammar), key=lambda d: d.start)
    if not candidates:
        return [], []
    blocked = _blocked_ranges(text, grammar)
    drafts: list[_Draft] = []
    rejections: list[Rejection] = []
    bare_words: list[_Draft] = []
    taken_until = 0
    for draft in candidates:
        if draft.start < taken_until:
            continue
        rule = _blocking_rule(draft, blocked)
        if rule is None:
            draft = _read_right(text, draft, grammar)
            draft = _read_left(text, draft, grammar)
            _read_rate(text, draft, grammar)
            rule = _bare_year_rule(draft, grammar) or _ordinal_agreement_rule(draft, grammar) \
                or _grade_range_rule(text, draft, grammar)
            if rule is None and draft.unit is None:
                _read_inverted_approximation(text, draft, grammar)
            if rule is None and draft.unit is None and _TIME_REFERENCE.match(text, draft.end):
                rule = "excl.time_reference"  # "10 тыс. лет назад": when, not how much
            if rule is None and _bare_word_rule(draft, text):
                bare_words.append(draft)  # kept only if a listed figure lends it a unit
        if rule == "excl.ordinal_agreement" and drafts and _label_partner(text, drafts[-1], draft):
            label = drafts.pop()  # "7 и 8 подъезды", "с 5 по 8 подъезды": both are labels
            rejections.append(Rejection(offset + label.number_start, offset + label.number_end,
                                        rule))
        if rule:
            rejections.append(Rejection(offset + draft.number_start, offset + draft.number_end, rule))
            if draft.high is not None:
                taken_until = draft.end  # "1817-1864": the upper end goes with the range
            continue
        drafts.append(draft)
        taken_until = draft.end
    _rate_denominators(text, drafts, grammar)
    _inherit_units(text, drafts, grammar)
    _parallel_items_scale(text, drafts)
    for draft in bare_words:
        if _LABEL_DASH.match(text, draft.end) or (
                not _listed_count(draft, text) and not _changed_from_to(draft, text, grammar)):
            drafts.remove(draft)
            rejections.append(Rejection(offset + draft.number_start, offset + draft.number_end,
                                        "excl.bare_number_word"))
    _ratios_listed(text, drafts)
    _introduced_counted(text, drafts, grammar)
    _their_number(text, drafts, grammar)
    _earlier_levels(text, drafts, grammar)
    _new_levels_after_changes(text, drafts, grammar)
    quantities = [_shift(d.freeze(), offset) for d in drafts]
    return quantities, rejections


# a time reference after a number the unit rules left without a unit: "10 тыс. лет назад",
# "542 млн лет спустя" (like "5 лет назад", it dates an event and is no figure)
_TIME_REFERENCE = regex.compile(
    r"\s*(?:лет|год\w*|месяц\w*|недел\w*|дн\w*|дней|сут\w*)\s+(?:тому\s+)?(?:назад|спустя)\b",
    regex.IGNORECASE)


# Approximation by inversion: a unit or count noun in the genitive plural put before a bare
# number ("человек 20", "лет 50", "раз 50", "штук 15"), also with the number's preposition between
# them ("лет через 30", "лет в 11-12"), makes the number approximate; the noun is its unit.
# The noun after another number is that number's ("более 100 человек 20 погибли").
_NUMBER_BEFORE = regex.compile(r"(?:\d|тыс\.?|млн\.?|млрд\.?)\s*$")
# numerals before the noun make it theirs ("пять лет 20 …"); other words of quantity are in rules
_QUANTITY_BEFORE = frozenset({"NUMR"})


def _read_inverted_approximation(text: str, draft: _Draft, grammar: Grammar) -> None:
    """'случалась раз 50', 'ближайшие лет 50': the noun before a bare whole number below 1000
    is its unit, and the number is approximate (span from the noun)."""
    if draft.start != draft.number_start or draft.end != draft.number_end \
            or draft.scaled or draft.value >= 1000 or draft.value % 1 or draft.start < 4:
        return
    if grammar.inverted_noun is None:
        return
    match = grammar.inverted_noun.search(text, max(0, draft.start - 40), draft.start)
    if match is None:
        return
    if _NUMBER_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return  # "более 100 человек 20 погибли": the noun is the number's before it
    before = match.group("before")
    if before is not None and (before.lower() in grammar.inverted_quantity_words
                               or word_info(before).pos in _QUANTITY_BEFORE):
        return
    unit, counted = grammar.inverted_units[match.group("noun").lower()]
    draft.unit, draft.counted = unit, counted
    draft.start = match.start("noun")
    draft.rules.append("unit.inverted_noun")
    if draft.high is None:  # an approximate range stays a range (docs/annotation.md §3)
        draft.qualifier = "approx"
        draft.rules.append("qual.inverted_approx")


def _shift(q: Quantity, offset: int) -> Quantity:
    return replace(q, start=q.start + offset, end=q.end + offset,
                   number_start=q.number_start + offset, number_end=q.number_end + offset)


# --- numbers -------------------------------------------------------------------------------

def _numbers(text: str, grammar: Grammar) -> list[_Draft]:
    return _digit_numbers(text, grammar) + _word_numbers(text, grammar) + \
        _every_nth_numbers(text, grammar) + _scale_adjective_words(text, grammar)


# "стотысячный город", "двухсоттысячное войско", "полуторатысячная группировка": a compound
# adjective of a number word in the genitive (or "сто") and a scale (annotation §1 further
# cases 3 and 7), sizing the noun it qualifies like "120-тысячное войско"
_ADJECTIVE_FACTORS = {"тысячн": 1e3, "миллионн": 1e6, "миллиардн": 1e9}
_SCALE_STEMS = "|".join(_ADJECTIVE_FACTORS)
_SCALE_ADJECTIVE_WORD = regex.compile(
    rf"(?<![\w-])(?P<number>[а-яё]{{3,}}?)(?P<scale>{_SCALE_STEMS})[а-яё]+(?![\w-])",
    regex.IGNORECASE)


def _scale_adjective_words(text: str, grammar: Grammar) -> list[_Draft]:
    lowered = text.lower()
    if not any(stem in lowered for stem in _ADJECTIVE_FACTORS):
        return []
    out = []
    for match in _SCALE_ADJECTIVE_WORD.finditer(text):
        value = _number_prefix(match.group("number").lower(), grammar)
        info = _noun_after_adjectives(text, match.end(), most=2)
        if value is None or info is None or info.lemma in grammar.not_counted:
            continue  # "многотысячный", "в двухтысячные годы"
        factor = _ADJECTIVE_FACTORS[match.group("scale").lower()]
        draft = _Draft(match.start(), match.end(), match.start(), match.end(), value * factor,
                       False, ["num.words", "unit.number_adjective_scale"], scaled=True,
                       factor=factor)
        if info.lemma in grammar.settlements:
            draft.unit = "person"
        else:
            draft.unit, draft.counted = "item", info.lemma
        out.append(draft)
    return out


def _number_prefix(prefix: str, grammar: Grammar) -> float | None:
    """'двухсот' → 200, 'сто' → 100, 'двадцатипяти' → 25: one or two number words written
    together, the last of them a unit, ten or hundred."""
    for cut in range(len(prefix), 2, -1):
        head = grammar.number_word_forms.get(prefix[:cut])
        if head is None or head.kind not in _RANGE_ENDS:
            continue
        if cut == len(prefix):
            return head.value
        tail = grammar.number_word_forms.get(prefix[cut:])
        if tail is not None and tail.kind in _RANGE_ENDS and tail.value < head.value:
            return head.value + tail.value
    return None


def _every_nth_numbers(text: str, grammar: Grammar) -> list[_Draft]:
    """'почти каждый третий' → a share of 100/3 %; 'каждого четвертого или пятого' → 20-25 %."""
    if grammar.every_nth is None or "кажд" not in text.lower():
        return []
    out = []
    for match in grammar.every_nth.finditer(text, timeout=REGEX_TIMEOUT):
        first = grammar.every_nth_ordinals.get(word_info(match.group("first")).lemma)
        if first is None:
            continue
        second = grammar.every_nth_ordinals.get(word_info(match.group("second")).lemma) \
            if match.group("second") else None
        end = match.end() if second else match.end("first")
        draft = _Draft(match.start(), end, match.start(), end, 100 / first, False,
                       ["num.words", grammar.every_nth_id], unit="percent")
        if second:
            draft.value, draft.high = sorted((100 / first, 100 / second))
        out.append(draft)
    return out


def _digit_numbers(text: str, grammar: Grammar) -> list[_Draft]:
    out = []
    for match in _DIGITS.finditer(text):
        literal = match.group()
        try:
            value = parse_digits(literal)
        except ValueError:  # a digit of a script newer than Python's Unicode tables ("𑯰")
            continue
        draft = _Draft(match.start(), match.end(), match.start(), match.end(), value,
                       literal.isdigit(), ["num.digits"])
        ending = _case_ending(text, match.end(), grammar)
        if ending:  # "более 260-ти", "4-х миллионов": a case ending of the cardinal
            draft.end = ending.end()
            draft.rules.append(grammar.cardinal_ending_id)
        _read_slash_fraction(text, draft)
        out.append(draft)
    return out


def _case_ending(text: str, pos: int, grammar: Grammar) -> regex.Match[str] | None:
    """The case ending written after a cardinal's digits at `pos` ("-ти", "-х")."""
    if grammar.cardinal_ending is None or text[pos:pos + 2].lstrip(" ")[:1] != "-":
        return None
    return grammar.cardinal_ending.match(text, pos)


_SLASH_DENOMINATOR = regex.compile(r"/(\d{1,2})(?![\d/.,])")


def _read_slash_fraction(text: str, draft: _Draft) -> None:
    """'примерно 2/3 жителей', '1/4 бюджета': a simple fraction is a share, in percent
    ("21/21", "24/7" are labels, not fractions)."""
    denominator = _SLASH_DENOMINATOR.match(text, draft.end)
    if denominator is None or not draft.is_integer_literal:
        return
    below = int(denominator.group(1))
    if 0 < draft.value < below <= 10:
        draft.value = 100 * draft.value / below
        draft.end = draft.number_end = denominator.end()
        draft.unit = "percent"
        draft.rules.append("unit.fraction_slash")


def parse_digits(literal: str) -> float:
    """'1 234,5' → 1234.5; '1.844.036.360,12' → 1844036360.12; '8.5' → 8.5."""
    compact = literal.replace(" ", "")
    if compact.count(".") >= 2 or "." in compact and "," in compact:
        compact = compact.replace(".", "")
    return float(compact.replace(",", "."))


def _word_numbers(text: str, grammar: Grammar) -> list[_Draft]:
    out: list[_Draft] = []
    run: list[tuple[regex.Match[str], object]] = []
    for match in _hinted_words(text, grammar):
        entry = _number_word(match.group(), grammar)
        if entry is None:  # most words: the run, if any, ends here
            if run:
                out.extend(_word_run(text, run, grammar))
                run = []
            if "-" in match.group():
                out.extend(_hyphenated_range(text, match, grammar))
            continue
        joined = bool(run) and text[run[-1][0].end():match.start()].strip() == ""
        if (not run or joined) and not _is_capitalized_name(text, match):
            run.append((match, entry))
            continue
        if run:
            out.extend(_word_run(text, run, grammar))
        run = [(match, entry)]
    if run:
        out.extend(_word_run(text, run, grammar))
    return out


def _hinted_words(text: str, grammar: Grammar):
    """The words of `text` (morph.WORD) that begin where Grammar.number_word_hint matches:
    every number word does, and so does the first part of "один-два". The other words need no
    reading: a run of number words ends at any of them just as it ends at any mark between
    two number words (_word_numbers), so skipping them changes nothing. A hint right after a
    hyphen that follows a letter is inside a word ("год-полтора"), not at its start."""
    for hint in grammar.number_word_hint.finditer(text):
        start = hint.start()
        if start >= 2 and text[start - 1] == "-" and _LETTER.match(text, start - 2):
            continue
        match = WORD.match(text, start)
        if match is not None:
            yield match


_LETTER = regex.compile(r"[^\W\d_]")  # a letter, as morph.WORD reads one


_WORD_PART = regex.compile(r"[^\W\d_]+")
_RANGE_ENDS = frozenset({"unit", "ten", "hundred"})


def _hyphenated_range(text: str, match: regex.Match[str], grammar: Grammar) -> list[_Draft]:
    """'один-два дня', 'шести-восьми тысяч рублей': two number words joined by a hyphen are a
    range; a scale after the upper end scales the lower end too."""
    parts = list(_WORD_PART.finditer(text, match.start(), match.end()))
    if len(parts) != 2:
        return []
    low = _number_word(parts[0].group(), grammar)
    high = _number_word(parts[1].group(), grammar)
    if low is None or high is None or low.kind not in _RANGE_ENDS \
            or high.kind not in _RANGE_ENDS or high.value <= low.value:
        return []
    upper = _second_words(text, parts[1].start(), grammar)
    factor = upper.value / upper.raw if upper.raw else 1.0
    return [_Draft(match.start(), upper.end, match.start(), upper.number_end,
                   low.value * factor, False, ["num.words", "range.words_hyphen"],
                   scaled=upper.scaled, high=upper.value)]


def _is_capitalized_name(text: str, match: regex.Match[str]) -> bool:
    """'Семь' starting a sentence is a number; 'Сорока' mid-sentence is a surname."""
    word = match.group()
    before = text[:match.start()].rstrip()
    return word[:1].isupper() and bool(before) and before[-1] not in '.!?:;"(-'


def _number_word(word: str, grammar: Grammar):
    entry = grammar.number_word_forms.get(word.lower())
    if entry is None:
        return None
    if entry.lemma not in all_lemmas(word):
        return None  # a form listed for the numeral that pymorphy3 never reads as it
    if entry.kind == "fraction" and word_info(word).lemma != entry.lemma:
        return None  # "третью операцию": the ordinal третий, not the noun треть
    return entry


def _compose(entries) -> float:
    """'сто двадцать пять тысяч' → 125000: sums, multiplied at each scale word."""
    total, current = 0.0, 0.0
    chunk, chunk_scale = 0.0, 0.0
    for entry in entries:
        if entry.kind == "scale":
            if not current and chunk and entry.value > chunk_scale:
                total += chunk * (entry.value - 1)  # "две сотни тысяч": 200 × 1000
                chunk *= entry.value
            else:
                chunk = (current or 1.0) * entry.value
                total += chunk
            chunk_scale = entry.value
            current = 0.0
        elif entry.kind == "fraction" and current:
            current *= entry.value  # "две трети" → 2/3, "три четверти" → 3/4
        else:
            current += entry.value
    return total + current


def _word_run(text: str, run, grammar: Grammar) -> list[_Draft]:
    kinds = [entry.kind for _match, entry in run]
    value = _compose(entry for _match, entry in run)
    start, end = run[0][0].start(), run[-1][0].end()
    half = _HALF.match(text, end)
    if half and kinds[-1] != "scale":
        value += 0.5
        end = half.end()
        scale = _word_scale_after(text, end, grammar)
        if scale:
            value *= scale[0]
            end = scale[1]
            kinds.append("scale")
    if run[0][1].lemma in _COLLECTIVE_NOUNS:
        if not _collective_noun_counts(text, run[0][0]):
            return []  # "сотни предприятий", "десятки тысяч": vague plurals
    elif kinds == ["scale"] and run[0][1].value in _ROUND_SCALES \
            and (word_info(run[0][0].group()).number == "plur" or _vague_plural(text, run[0][0])):
        return []  # "тысячи людей": a vague plural, not a figure ("полтысячи", "полсотни" are
        # never plurals: half a scale is a number)
    if kinds == ["fraction"] and _after_ordinal(text, start):
        return []  # "во второй половине 1950-х", "в первой половине года": a period
    if kinds[0] in _NAME_NUMERAL_KINDS and _inside_name(text, run[0][0]):
        return []  # "Движение пяти звёзд", "Союз трёх императоров": part of a name
    denominator = _ordinal_denominator(text, run, kinds, end, grammar)
    if denominator is not None:  # "одна пятая", "не более одной пятой", "две пятых": a share
        n, end = denominator
        draft = _Draft(start, end, start, end, value * 100 / n, False,
                       ["num.words", "unit.ordinal_fraction"], unit="percent")
        of_percent = _OF_PERCENT.match(text, end)
        if of_percent:  # "три десятых процента": 0.3 %
            draft.value, draft.end = value / n, of_percent.end()
            draft.rules.append("unit.fraction_of_percent")
        return [draft]
    inverted = _inverted_scale(run, kinds)
    if inverted is not None:  # "тысяч пять человек": about 5000, not 1005
        return [_Draft(start, end, start, end, inverted, False,
                       ["num.words", "qual.inverted_scale"], scaled=True, qualifier="approx")]
    draft = _Draft(start, end, start, end, value, False, ["num.words"], scaled="scale" in kinds)
    extra = _WITH_EXTRA.match(text, end)
    if extra:  # "в три с лишним раза": more than three
        draft.end = extra.end()
        draft.qualifier = "gt"
        draft.rules.append("qual.with_extra")
    if kinds == ["multiplier"]:
        draft.unit = "times"
        draft.rules.append("unit.multiplier_word")
    elif kinds == ["collective"]:
        draft.rules.append("unit.collective_numeral")  # person, unless a noun says otherwise
    elif kinds[-1] == "fraction" and set(kinds) <= {"unit", "ten", "fraction"}:
        _read_fraction(text, draft, value, end)
    return [draft]


def _inverted_scale(run, kinds: list[str]) -> float | None:
    """A scale word in the genitive plural before the number it scales ("тысяч пять человек",
    "миллионов десять рублей"): the spoken approximation by inversion, as "человек 20" is for
    a noun; the value is the number times the scale. None when the run is not so written
    ("тысяча пятьсот" opens with a nominative singular and is 1500)."""
    if len(run) < 2 or kinds[0] != "scale" or run[0][1].value not in _ROUND_SCALES \
            or not set(kinds[1:]) <= {"unit", "ten", "hundred"}:
        return None
    info = word_info(run[0][0].group())
    if info.number != "plur" or "gent" not in info.cases:
        return None
    return _compose(entry for _match, entry in run[1:]) * run[0][1].value


# a fraction written as a cardinal and an ordinal: "одна пятая" (feminine one and a singular
# ordinal in the same case: "одной пятой", "одну пятую"), "две пятых", "три десятых" (2 to 9
# and an ordinal in the genitive plural), in percent; a part of a unit of measure ("две
# десятых секунды") is left as it was read
_ORDINAL_AFTER = regex.compile(r"\s+(?P<word>[^\W\d_]+)(?![\w-])")


def _ordinal_denominator(text: str, run, kinds: list[str], end: int, grammar: Grammar
                         ) -> tuple[int, int] | None:
    if kinds != ["unit"] or not grammar.every_nth_ordinals:
        return None
    match = _ORDINAL_AFTER.match(text, end)
    if match is None:
        return None
    word = match.group("word").lower()
    numerator = run[0][0].group().lower()
    if numerator in grammar.feminine_one:
        if not regex.fullmatch(r"[^\W\d_]+(?:ая|ой|ую|ою)", word):
            return None
    elif not (run[0][1].value >= 2 and regex.fullmatch(r"[^\W\d_]+(?:ых|их)", word)):
        return None
    n = grammar.every_nth_ordinals.get(word_info(word).lemma)
    if n is None or n < 3:
        return None  # "одна вторая" is not said; "две вторых" is no fraction
    if grammar.measure_after_fraction is not None \
            and grammar.measure_after_fraction.match(text, match.end()):
        return None  # "две десятых секунды", "трёх сотых балла": a part of a unit, no share
    return n, match.end()


_NAME_NUMERAL_KINDS = frozenset({"unit", "ten", "hundred"})
_WORD_BEFORE = regex.compile(r"(?P<word>[^\W\d_]+)\s+$")
_NOT_A_COMMON_NOUN = ("Name", "Surn", "Patr", "Geox", "Orgn", "Abbr", "Trad")


def _inside_name(text: str, match: regex.Match[str]) -> bool:
    """'а Движение пяти звёзд планирует', 'партия «Союз трёх»': a cardinal in the genitive right
    after a capitalized common noun inside a sentence (not a place, person or organization
    name, and not the sentence's first word) belongs to the name that noun opens; an amount
    ("доходы пяти компаний") follows a word in lower case."""
    before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
    if before is None or not before.group("word")[:1].isupper():
        return False
    head = text[:before.start()].rstrip()
    if not head or head[-1] in ".!?\n":
        return False
    noun, numeral = word_info(before.group("word")), word_info(match.group())
    tag = str(noun.tag)
    return noun.pos == "NOUN" and "sing" in tag and "inan" in tag \
        and not any(mark in tag for mark in _NOT_A_COMMON_NOUN) and "gent" in str(numeral.tag)


def _read_fraction(text: str, draft: _Draft, value: float, end: int) -> None:
    """'треть', 'две трети': a share, in percent; 'на треть процента': a part of one percent;
    'четверть века': 25 years, not a share."""
    century = _CENTURY_AFTER.match(text, end)
    if century:
        draft.value, draft.end, draft.unit = value * 100, century.end(), "year"
        draft.rules.append("unit.part_of_century")
        return
    draft.value = value * 100
    draft.unit = "percent"
    draft.rules.append("unit.fraction_word")
    of_percent = _OF_PERCENT.match(text, end)
    if of_percent:
        draft.value, draft.end = value, of_percent.end()
        draft.rules.append("unit.fraction_of_percent")


_WITH_EXTRA = regex.compile(r"\s+с\s+(?:лишним|небольшим|гаком)(?![\w])", regex.IGNORECASE)
_CENTURY_AFTER = regex.compile(r"\s+(?:века|столетия)(?![\w])", regex.IGNORECASE)
_OF_PERCENT = regex.compile(r"\s+процент(?:а|ов)?(?![\w])", regex.IGNORECASE)
# what may govern the genitive singular of a lone scale word: "около тысячи", "более миллиона"
_SCALE_GOVERNOR = regex.compile(
    r"(?:^|\W)(?:около|порядка|более|свыше|менее|почти|примерно|до|от|из|для|без|с|со|чем|"
    r"больше|меньше|приблизительно|у|с\s+лишним|достиг\w*|достичь|достигнуть)\s+$", regex.IGNORECASE)


def _vague_plural(text: str, match: regex.Match[str]) -> bool:
    """'обеспечить тысячи людей' (plural) vs 'около тысячи человек' (genitive singular): a lone
    'тысячи'/'миллиона'… with no word before it that governs the genitive is the plural."""
    word = match.group().lower()
    if not word.endswith(("и", "ы")):
        return False
    return not _SCALE_GOVERNOR.search(text, max(0, match.start() - 20), match.start())


# nouns of a round number: a singular is a number ("сотня", "два десятка", "около сотни"), a plural
# without a numeral before it is vague ("сотни предприятий", "десятки тысяч", "несколько сотен")
_COLLECTIVE_NOUNS = frozenset({"сотня", "десяток"})
# the scale words whose plural is vague ("тысячи", "миллионы"); half of one is not ("полтысячи")
_ROUND_SCALES = frozenset({1e3, 1e6, 1e9, 1e12})
# a lone "десяток" ("десяток яиц стоит 90 рублей") is the basis of a price far more often than a
# figure (an optional line at most, docs/annotation.md §1 further case 6): only "два десятка",
# "около десятка" are read
_COLLECTIVE_SINGULAR = frozenset({"сотня", "сотню", "сотней", "сотнею"})
_COLLECTIVE_GENITIVE = frozenset({"сотни", "десятка"})  # also the plural or "десятка" (top ten)


def _collective_noun_counts(text: str, match: regex.Match[str]) -> bool:
    """Whether a run that opens with "сотня"/"десяток" is a number: an unambiguous singular not
    after an ordinal ("первую сотню"), or a genitive singular after a word that governs it
    ("около сотни", "достигло сотни предприятий")."""
    word = match.group().lower()
    if _after_ordinal(text, match.start()):
        return False
    if word in _COLLECTIVE_SINGULAR:
        return True
    return word in _COLLECTIVE_GENITIVE and \
        _SCALE_GOVERNOR.search(text, max(0, match.start() - 20), match.start()) is not None


def _after_ordinal(text: str, pos: int) -> bool:
    words = WORD.findall(text[max(0, pos - 30):pos])
    if not words:
        return False
    info = word_info(words[-1])
    return "Anum" in info.tag or info.lemma == "последний"


def _word_scale_after(text: str, pos: int, grammar: Grammar) -> tuple[float, int] | None:
    match = WORD.match(text, pos + len(text[pos:]) - len(text[pos:].lstrip()))
    if match:
        entry = _number_word(match.group(), grammar)
        if entry is not None and entry.kind == "scale":
            return entry.value, match.end()
    return None


# --- exclusions ----------------------------------------------------------------------------

def _blocked_ranges(text: str, grammar: Grammar) -> list[tuple[int, int, str]]:
    lowered = text.lower()
    blocked: list[tuple[int, int, str]] = []
    add = blocked.append  # about forty exclusions per sentence with a number: kept lean
    for exclusion in grammar.exclusions:
        if exclusion.requires is None or exclusion.requires.search(lowered) is not None:
            for m in exclusion.pattern.finditer(text, timeout=REGEX_TIMEOUT):
                if exclusion.id == _QUOTED_TITLE and _has_verb(m.group()):
                    continue  # '"Фермеры получили 300 грантов", - рассказал он': a quotation
                add((m.start(), m.end(), exclusion.id))
    blocked.sort()
    return blocked


_QUOTED_TITLE = "excl.quoted_title"
_VERB_TAGS = frozenset({"VERB", "INFN", "PRTS"})


def _has_verb(quoted: str) -> bool:
    """A title names a thing ("Миллион деревьев", "Россия 24"); a quoted clause with a verb
    is what someone said, and its figures count."""
    return any(word_info(w).pos in _VERB_TAGS for w in WORD.findall(quoted))


def _blocking_rule(draft: _Draft, blocked: list[tuple[int, int, str]]) -> str | None:
    for start, end, rule in blocked:
        if start < draft.number_end and draft.number_start < end:
            return rule
    return None


def _bare_word_rule(draft: _Draft, text: str) -> str | None:
    """A number written in words with no unit, scale or qualifier ("сорока", "три из", "один
    из") is almost never a statistical figure; "… — ноль." is."""
    if draft.rules[0] == "num.words" and draft.unit is None and not draft.scaled \
            and draft.qualifier == "exact" \
            and (draft.high is None or "range.words_hyphen" in draft.rules
                 or "range.ot_do" in draft.rules):
        if "unit.collective_numeral" in draft.rules:
            draft.unit = "person"
            return None
        if draft.value == 0 and text[:draft.start].rstrip().endswith(("-", ":")):
            return None
        return "excl.bare_number_word"
    return None


# "четверых детей — 233 тыс. семей, а от пяти до семи — 95 тыс.": a number word with no unit of
# its own before a dash and a figure in digits is the label of that list item, not a figure
_LABEL_DASH = regex.compile(r"\s*-\s*[$€£₽₸₹]?\d")


def _changed_from_to(draft: _Draft, text: str, grammar: Grammar) -> bool:
    """'число машин увеличено с пяти до шести': both ends of a change "с X до Y" after a verb or
    noun of change are figures, though written as bare number words."""
    before = text[max(0, draft.start - 40):draft.start]
    after = text[draft.end:draft.end + 40]
    opening = _FROM_BEFORE.search(before)
    if opening and _TO_NUMBER_AFTER.match(after):
        start = draft.start - len(opening.group())
    else:
        pair = _FROM_NUMBER_TO_BEFORE.search(before)
        if pair is None:
            return False
        start = draft.start - len(pair.group())
    words = WORD.findall(text, max(0, start - 80), start)[-6:]
    return any(word_info(w).lemma in grammar.change_verbs for w in words)


_FROM_BEFORE = regex.compile(r"(?<![\w-])со?\s+$", regex.IGNORECASE)
_TO_NUMBER_AFTER = regex.compile(r"\s+до\s+(?:\d|[^\W\d_]+\b)", regex.IGNORECASE)
_FROM_NUMBER_TO_BEFORE = regex.compile(r"(?<![\w-])со?\s+(?:\d[\d,]*|[^\W\d_]+)\s+до\s+$",
                                       regex.IGNORECASE)
_OF_AFTER = regex.compile(r"\s+из(?![\w])", regex.IGNORECASE)
_EACH_BEFORE = regex.compile(r"(?<![\w-])по\s+$", regex.IGNORECASE)


def _listed_count(draft: _Draft, text: str) -> bool:
    """'шесть центров: один в Киргизии и пять в Таджикистане': a number word that a list lends
    the counted noun of the figure before it is an item of that count; "один из", "по одной в
    каждом" and "почти в ноль" never are."""
    if "unit.part_of_whole" in draft.rules:
        return True  # "четырех из семи реакторов": a part of a counted whole
    return "unit.inherited" in draft.rules and draft.counted is not None and draft.value > 0 \
        and not _OF_AFTER.match(text, draft.end) \
        and not _EACH_BEFORE.search(text, max(0, draft.start - 5), draft.start)


_LABEL_LINK = regex.compile(r"\s*(?:,|-|и|или|по)\s*", regex.IGNORECASE)


def _label_partner(text: str, previous: _Draft, label: _Draft) -> bool:
    """A bare integer joined to an ordinal label by "и", "или", "по", a comma or a dash labels
    the same kind of thing."""
    return previous.is_integer_literal and not previous.scaled and previous.high is None \
        and previous.counted_word is None and previous.qualifier == "exact" \
        and _LABEL_LINK.fullmatch(text, previous.end, label.start) is not None


def _ordinal_agreement_rule(draft: _Draft, grammar: Grammar) -> str | None:
    """'занял 26 место', 'на 59 месте', 'ученики 8 класса', 'во 2 туре': an integer followed by
    a noun that numbers may label (grammar.ordinal_nouns), in a singular form that no cardinal of
    that number governs, is an ordinal written without its ending. A cardinal ending in 1 (not
    11) takes any singular case; one ending in 2-4 (not 12-14) the genitive singular; every
    other, and every oblique case, the plural. A form with a plural or an instrumental reading
    ("13 побед, из них 11 нокаутом") is never taken for this. A form that can only be a
    nominative or accusative plural ("7 и 8 подъезды", "5 классы") follows no cardinal at all."""
    if draft.counted_word is None or draft.counted not in grammar.ordinal_nouns \
            or not draft.is_integer_literal or draft.scaled or draft.high is not None \
            or draft.sign != 1:
        return None
    readings = _noun_readings(draft.counted_word)
    if readings and all(number == "plur" and case in ("nomn", "accs") for number, case in readings):
        return "excl.ordinal_agreement"  # "7 и 8 подъезды": no cardinal takes a nominative plural
    if not readings or any(number != "sing" or case == "ablt" for number, case in readings):
        return None  # the instrumental is often adverbial: "13 побед, из них 11 нокаутом"
    if _governed_by_cardinal(int(draft.value), draft.counted_word):
        return None
    return "excl.ordinal_agreement"


_GRADE_RANGE_BEFORE = frozenset({"NOUN", "ADJF", "PRTF", "PREP"})


def _grade_range_rule(text: str, draft: _Draft, grammar: Grammar) -> str | None:
    """'уроки 1-6 классов', 'ученикам 1-9 классов', 'студенты 2-4 курсов', 'в 1-4 классах': a
    range of small integers (the years of a school or a course of study, 1 to 11) after a noun or
    a preposition, before a noun of such a year (grammar.grade_nouns), names grades, not a count
    ("открыли 5-7 классов" after a verb and "около 10-12 классов" after a qualifier stay counts);
    a nominative plural after the range ("не учатся 1-6 классы") is governed by no cardinal."""
    if draft.high is None or draft.counted not in grammar.grade_nouns \
            or not draft.is_integer_literal or draft.scaled or draft.sign != 1 \
            or draft.start != draft.number_start or not 1 <= draft.value < draft.high <= 11:
        return None
    readings = _noun_readings(draft.counted_word) if draft.counted_word else ()
    if readings and all(number == "plur" and case in ("nomn", "accs") for number, case in readings):
        return "excl.grade_range"  # "не учатся 1-6 классы": no cardinal takes a nominative
    before = _WORD_BEFORE.search(text, max(0, draft.start - 30), draft.start)
    if before is None or word_info(before.group(1)).pos not in _GRADE_RANGE_BEFORE:
        return None
    return "excl.grade_range"


@lru_cache(maxsize=WORDS_REMEMBERED)
def _noun_readings(word: str) -> tuple[tuple[str | None, str | None], ...]:
    """(number, case) of every noun reading pymorphy3 gives a word form."""
    return tuple((p.tag.number, p.tag.case) for p in analyzer().parse(word.lower())
                 if p.tag.POS == "NOUN")


def _bare_year_rule(draft: _Draft, grammar: Grammar) -> str | None:
    plain = (draft.is_integer_literal and draft.unit is None and not draft.scaled
             and draft.qualifier == "exact" and draft.high is None and draft.sign == 1)
    if plain and grammar.bare_year_min <= draft.value <= grammar.bare_year_max:
        return grammar.bare_year_id
    if draft.is_integer_literal and draft.unit is None and not draft.scaled \
            and draft.high is not None and draft.sign == 1 \
            and grammar.bare_year_min - 300 <= draft.value < draft.high <= grammar.bare_year_max:
        return grammar.bare_year_id  # "1817-1864": a span of years, not a range of figures
    if draft.is_integer_literal and draft.counted_word is not None and not draft.scaled \
            and draft.high is None and draft.sign == 1 \
            and grammar.bare_year_min <= draft.value <= grammar.bare_year_max \
            and not _governed_by_cardinal(int(draft.value), draft.counted_word):
        return grammar.bare_year_id  # "В 2016 цены выросли": a year, then the sentence's subject
    return None


def _governed_by_cardinal(n: int, word: str) -> bool:
    """Whether a noun form can follow the cardinal n: 1 (not 11) takes the singular, 2-4 (not
    12-14) the genitive singular in the direct cases, every other the genitive plural; any
    cardinal takes an oblique plural ("в 2016 семьях")."""
    last, last_two = n % 10, n % 100
    for number, case in _noun_readings(word):
        if number == "plur" and case not in ("nomn", "accs"):
            return True
        if last == 1 and last_two != 11 and number == "sing":
            return True
        if 2 <= last <= 4 and not 12 <= last_two <= 14 and (number, case) == ("sing", "gent"):
            return True
    return not _noun_readings(word)  # a word pymorphy3 reads as no noun: no evidence


def _subject_not_governed(text: str, draft: _Draft, word: str, end: int) -> bool:
    """A noun right after a whole number in digits that is only a nominative the number cannot
    govern, with a verb right after it ("только в 10 зарплата превысила 50 тыс."): the subject of
    a new clause, no counted noun. Typos in the number's own noun ("80 договор с …") and nouns
    in another case are left to the other rules."""
    if not draft.is_integer_literal or draft.scaled or draft.rules[0] != "num.digits":
        return False
    last = draft.high if draft.high is not None else draft.value
    readings = _noun_readings(word)
    if last % 1 or last < 0 or not readings or any(case != "nomn" for _n, case in readings):
        return False
    after = WORD.match(text, end + _spaces(text, end))
    if after is None or after.start() > end + 1 or word_info(after.group()).pos != "VERB":
        return False
    return not _governed_by_cardinal(int(last), word)


# --- right of the number: scale, compound parts, range, unit -------------------------------

def _read_right(text: str, draft: _Draft, grammar: Grammar) -> _Draft:
    if _NUMBER_ADJECTIVE.match(text, draft.end):
        _read_number_adjective(text, draft, grammar)
        return draft
    _read_scales(text, draft, grammar)
    _read_range(text, draft, grammar)
    _read_unit(text, draft, grammar)
    return draft


# A number inside a compound adjective, annotation §1 further cases 3 and 7: "4-процентный" is a
# percentage; "120-тысячное войско", "10-миллионный город" size the noun they qualify.
_NUMBER_ADJECTIVE = regex.compile(
    rf"\s?-\s?(?:(?P<percent>процентн)|(?P<scale>{_SCALE_STEMS}))[^\W\d_]*", regex.IGNORECASE)


def _read_number_adjective(text: str, draft: _Draft, grammar: Grammar) -> None:
    match = _NUMBER_ADJECTIVE.match(text, draft.end)
    draft.end = match.end()
    if match.group("percent"):
        draft.unit = "percent"
        draft.rules.append("unit.number_adjective_percent")
        return
    factor = _ADJECTIVE_FACTORS[match.group("scale").lower()]
    draft.value *= factor
    draft.scaled, draft.factor = True, factor
    draft.rules.append("unit.number_adjective_scale")
    info = _noun_after_adjectives(text, draft.end, most=2)  # "45-тысячным крытым стадионом"
    noun = info.lemma if info is not None else None
    if noun in grammar.settlements:  # "100-тысячный город" sizes its population
        draft.unit = "person"
    else:
        draft.unit, draft.counted = "item", noun


def _read_rate(text: str, draft: _Draft, grammar: Grammar) -> None:
    """'2,3 на 1000 родившихся', '12,7 умерших на 1000 человек': a rate per thousand."""
    rule = grammar.rate_per_thousand
    if rule is None or draft.unit not in (None, "person", "item"):
        return
    if rule.pattern.match(text, max(draft.end, draft.counted_end), timeout=REGEX_TIMEOUT):
        draft.unit, draft.counted = rule.unit, None
        draft.rules.append(rule.id)


def _rate_denominators(text: str, drafts: list[_Draft], grammar: Grammar) -> None:
    """The '1000' of '13,0 на 1000' is the rate's denominator: people when it names nothing."""
    for rate, following in zip(drafts, drafts[1:], strict=False):
        if grammar.rate_per_thousand and grammar.rate_per_thousand.id in rate.rules \
                and text[rate.end:following.start].strip(" (").lower() == "на":
            following.rules.append("unit.rate_denominator")
            if following.unit is None:
                following.unit = "person"


def _match_scale(text: str, pos: int, grammar: Grammar):
    for scale in grammar.scales:
        match = scale.pattern.match(text, pos, timeout=REGEX_TIMEOUT)
        if match:
            return scale, match
    return None


_GLUED_DOT = regex.compile(r"\.(?=[^\W\d_])")


def _read_scales(text: str, draft: _Draft, grammar: Grammar) -> None:
    found = _match_scale(text, draft.end, grammar)
    if not found:
        return
    scale, match = found
    draft.value *= scale.factor
    draft.end = match.end()
    if _GLUED_DOT.match(text, draft.end):
        draft.end += 1  # "2,2 тыс.семей", "3 млн.рублей": the dot of the abbreviation, no space
    draft.scaled = True
    draft.factor = scale.factor
    draft.rules.append(scale.id)
    _read_compound(text, draft, grammar, scale.factor)


def _read_compound(text: str, draft: _Draft, grammar: Grammar, last_factor: float) -> None:
    """'7 тыс. 177 человек' → 7177; '19 миллионов 765 тысяч 4 человека' → 19765004."""
    while True:
        match = _DIGITS.match(text, draft.end + _spaces(text, draft.end))
        if not match or match.start() == draft.end:
            return
        found = _match_scale(text, match.end(), grammar)
        if not match.group().isdigit() and not found:
            return  # a decimal part needs its own scale: "7 млрд 74 млн 110,5 тыс. рублей"
        part = parse_digits(match.group())
        factor = found[0].factor if found else 1.0
        if factor >= last_factor or part * factor >= last_factor:
            return
        draft.value += part * factor
        draft.end = found[1].end() if found else match.end()
        draft.number_end = match.end()
        draft.rules.append("num.compound")
        if not found:
            return
        last_factor = factor


def _spaces(text: str, pos: int) -> int:
    return len(text[pos:pos + 3]) - len(text[pos:pos + 3].lstrip(" "))


def _read_range(text: str, draft: _Draft, grammar: Grammar) -> None:
    has_ot = bool(_OT.search(text[max(0, draft.start - 6):draft.start]))
    low_sign = _sign_before(text, draft.start)
    if not has_ot and low_sign is not None \
            and _OT.search(text[max(0, low_sign[1] - 6):low_sign[1]]):
        has_ot = True  # "от минус 5 до минус 12 градусов": the sign goes with the lower end
        _take_sign(draft, low_sign)
    if not has_ot:
        signed = _OT_SIGN.search(text, max(0, draft.start - 8), draft.start)
        if signed and _signed_upper_end(text, draft, signed.group("sign"), grammar):
            return
    joiner = _RANGE_DASH.match(text, draft.end) or _signed_range_joiner(text, draft, grammar)
    if joiner is None and low_sign is not None:
        joiner = _SIGNED_UPPER_JOINER.match(text, draft.end)
    if joiner is not None and _looks_like_year(draft, grammar):
        return  # "2018 - 167,4 млн рублей": a year heading a value, not a range
    if joiner is not None and _CHAIN_BEFORE.search(text, 0, draft.start):
        return  # the middle of "16,36 – 18,07 – 19,79 %"
    if joiner is None and has_ot:
        joiner = _RANGE_DO.match(text, draft.end)
        _skip_unit_before_do(text, draft, grammar)
        joiner = _RANGE_DO.match(text, draft.end) or joiner
    if joiner is None:
        if has_ot and _DATED_TO.match(text, draft.end):
            return  # "от 12,6% в 1940 году до 2,1% в 1942 году": the level a change starts from
        if has_ot and draft.qualifier == "exact":
            draft.qualifier = "ge"  # "с населением от 10 тыс. человек": a lower bound
            draft.start -= len(_OT.search(text[:draft.start]).group())
            draft.rules.append("qual.from")
        return
    second = _second_number(text, joiner.end(), grammar)
    if second is None or (_RANGE_DASH.match(text, second.end) and not has_ot):
        return  # "16,36 – 18,07 – 19,79 %": a chain of values, not a range
    if joiner.re is _RANGE_DASH and draft.rules[0] == "num.words" \
            and _DIGITS.match(text, joiner.end()) and text[joiner.start():joiner.end()] != "-":
        return  # "от пяти до семи — 95 тыс.": a label and its figure, not a range
    if second.scaled and not draft.scaled:
        # the lower end takes the largest scale that keeps it below the upper end:
        # "от 3 до 5 тыс." → 3 тыс.; "от 600 до 1,5 млн" → 600 тыс.; "от 500 до 2 тыс." → 500
        factor = second.value / second.raw if second.raw else 1.0
        while factor > 1 and draft.value * factor > second.value:
            factor /= 1000
        draft.value *= max(factor, 1.0)
    _lower_end_in(text, draft, second.end, grammar)
    draft.high = second.value
    if second.signed:  # freeze() multiplies both ends by the lower end's sign
        draft.high *= low_sign[0] if low_sign else 1
        draft.rules.append("range.signed_ends")
    draft.end = second.end
    draft.number_end = second.number_end
    draft.scaled = draft.scaled or second.scaled
    draft.rules.append("range.dash_signed" if joiner.re is _RANGE_DASH_SIGNED
                       else "range.dash" if text[joiner.start():joiner.end()].strip() in
                       ("-", "...", "..", "…")
                       else "range.ot_do")
    if has_ot:
        draft.start = draft.start - len(_OT.search(text[:draft.start]).group())


def _signed_upper_end(text: str, draft: _Draft, sign: str, grammar: Grammar) -> bool:
    """'от $150 до $200 млрд': a range whose ends both carry the currency sign; the lower end
    takes the upper end's scale as in any "от … до" range. Returns whether it was read."""
    joiner = _RANGE_DO.match(text, draft.end)
    rule = grammar.currency_signs.get(sign)
    if joiner is None or rule is None or text[joiner.end():joiner.end() + 1] != sign:
        return False
    second = _second_number(text, joiner.end() + 1 + _spaces(text, joiner.end() + 1), grammar)
    if second is None:
        return False
    if second.scaled and not draft.scaled:
        factor = second.value / second.raw if second.raw else 1.0
        while factor > 1 and draft.value * factor > second.value:
            factor /= 1000
        draft.value *= max(factor, 1.0)
    draft.high, draft.end, draft.number_end = second.value, second.end, second.number_end
    draft.scaled = draft.scaled or second.scaled
    draft.unit = rule.unit
    draft.start = _OT_SIGN.search(text, 0, draft.start).start()
    draft.rules += [rule.id, "range.ot_do_signed"]
    return True


# the date of a level followed by "до": "от 12,6% в 1940 году до …", "от 3 тыс. в 2014-м до …"
_DATED_TO = regex.compile(r"(?:\s*(?:%|[^\W\d_]+\.?))?\s+(?:в|на)\s+(?:1[89]|20)\d{2}\s*(?:год\w*|г\.|-м\b)?"
                          r"\s+до\s", regex.IGNORECASE)
_CHAIN_BEFORE = regex.compile(r"\d ?- ?$")
_PERCENT_AFTER = regex.compile(r" ?%")


def _signed_range_joiner(text: str, draft: _Draft, grammar: Grammar):
    """The dash of a range whose unit sign is repeated at both ends: '13%-18%' (the upper
    end must be followed by '%' too) and '$8-$10 млрд' (the lower end must be preceded by the
    same currency sign); anything else at a dash is not a range."""
    match = _RANGE_DASH_SIGNED.match(text, draft.end)
    if match is None or bool(match.group("pct")) == bool(match.group("sign")):
        return None
    if match.group("pct"):
        second = _DIGITS.match(text, match.end())
        if second is None or not _PERCENT_AFTER.match(text, second.end()):
            return None
        return match
    sign = match.group("sign")
    before = text[:draft.start].rstrip(" ")
    if sign not in grammar.currency_signs or not before.endswith(sign):
        return None
    return match


def _looks_like_year(draft: _Draft, grammar: Grammar) -> bool:
    return draft.is_integer_literal and not draft.scaled and \
        grammar.bare_year_min <= draft.value <= grammar.bare_year_max


@dataclass
class _Second:
    value: float
    raw: float
    end: int
    number_end: int
    scaled: bool
    signed: bool = False  # the upper end carries a sign of its own ("до минус 12")


def _second_number(text: str, pos: int, grammar: Grammar) -> _Second | None:
    sign, signed = 1, False
    written = _SECOND_SIGN.match(text, pos)
    if written:
        minus = (written.group("word") or written.group("symbol")).lower() in ("минус", "-")
        sign, signed, pos = (-1 if minus else 1), True, written.end()
    match = _DIGITS.match(text, pos)
    if match is None:
        second = _second_words(text, pos, grammar)
        if second is not None and signed:
            second.value, second.raw, second.signed = sign * second.value, sign * second.raw, True
        return second
    raw = parse_digits(match.group()) * sign
    ending = _case_ending(text, match.end(), grammar)  # "2-3-х тысяч", "от 2-х до 3-х тысяч"
    number_end = ending.end() if ending else match.end()
    found = _match_scale(text, number_end, grammar)
    if found:
        return _Second(raw * found[0].factor, raw, found[1].end(), number_end, True, signed)
    return _Second(raw, raw, number_end, number_end, False, signed)


def _second_words(text: str, pos: int, grammar: Grammar) -> _Second | None:
    """The upper end of 'от двух до четырех недель', written in words."""
    entries, end = [], pos
    for match in WORD.finditer(text, pos):
        entry = _number_word(match.group(), grammar)
        if entry is None or text[end:match.start()].strip():
            break
        entries.append(entry)
        end = match.end()
    if not entries:
        return None
    value = _compose(entries)
    # "от четырех до пяти тысяч": the trailing scale scales the lower end too (raw = 5)
    raw = _compose(entries[:-1]) if len(entries) > 1 and entries[-1].kind == "scale" else value
    return _Second(value, raw, end, end, any(e.kind == "scale" for e in entries))


def _skip_unit_before_do(text: str, draft: _Draft, grammar: Grammar) -> None:
    """In 'от 3 тыс. рублей до 5 тыс. рублей' the first unit is read and passed over."""
    unit = _unit_at(text, draft.end, grammar, draft)
    if unit and _RANGE_DO.match(text, unit[1]):
        draft.end = unit[1]
        draft.low_unit = unit[0].unit


# days in each unit of time: "от двух месяцев до трёх лет" is 2/12 to 3 years
_DAYS_IN = {"day": 1.0, "week": 7.0, "month": 365.25 / 12, "year": 365.25}


def _lower_end_in(text: str, draft: _Draft, second_end: int, grammar: Grammar) -> None:
    """The lower end of a range said in another unit of time than the upper end is converted
    to the upper end's unit."""
    upper = _unit_at(text, second_end, grammar, draft)
    if draft.low_unit in _DAYS_IN and upper and upper[0].unit in _DAYS_IN \
            and upper[0].unit != draft.low_unit:
        draft.value *= _DAYS_IN[draft.low_unit] / _DAYS_IN[upper[0].unit]
        draft.rules.append("range.units_converted")


def _unit_at(text: str, pos: int, grammar: Grammar, draft: _Draft
             ) -> tuple[UnitRule, int] | None:
    rules = grammar.units + grammar.currencies
    if grammar.any_unit is not None:  # skip to the first rule that matches, in one call
        first = grammar.any_unit.match(text, pos, timeout=REGEX_TIMEOUT)
        if first is None:
            return None
        rules = rules[next(int(name[1:]) for name, value in first.groupdict().items()
                           if value is not None):]
    for rule in rules:
        match = rule.pattern.match(text, pos, timeout=REGEX_TIMEOUT)
        if not match:
            continue
        if rule.needs_prefix and not _V_PREFIX.search(text[max(0, draft.start - 12):draft.start]) \
                and not _V_COORDINATED.search(text[max(0, draft.start - 30):draft.start]):
            continue
        return rule, match.end()
    return None


def _read_unit(text: str, draft: _Draft, grammar: Grammar) -> None:
    if draft.unit is not None:
        if draft.unit == "times":
            _absorb_v_prefix(text, draft)
        return
    if _currency_sign_before(text, draft, grammar):
        return  # "$78 млн другому", "£30 млн дня": the sign is the unit
    found = _unit_at(text, draft.end, grammar, draft)
    if found and found[0].unit == "item" and grammar.times_rule is not None \
            and (draft.value % 1 or _after_change_noun(text, draft.start, grammar)):
        # "в целом по региону - 1,8 раза": repetitions are whole, a fraction is a ratio;
        # "рост зарплаты составил свыше двух раз": a growth or fall counted in times
        found = (grammar.times_rule, found[1])
        draft.rules.append("unit.times_without_v")
    if found:
        rule, end = found
        unit_from = draft.end
        draft.unit, draft.end = rule.unit, end
        draft.rules.append(rule.id)
        if rule.factor != 1.0:  # "57 копеек": 0.57 RUB, not 0.5700000000000001
            draft.value = round(draft.value * rule.factor, 10)
            if draft.high is not None:
                draft.high = round(draft.high * rule.factor, 10)
        if rule.unit == "times":
            _absorb_v_prefix(text, draft)
        elif rule.factor == 1.0 and draft.high is None and is_currency(rule.unit):
            _read_hundredths(text, draft, grammar, rule)
        elif rule.unit == "deg":
            _read_below_zero(text, draft, grammar, unit_from, end)
        return
    _read_counted(text, draft, grammar)
    if draft.unit is None:
        _read_quoted_name(text, draft)


# "62 "Тритона"", "в пяти "Пятерочках"": a name in quotes right after the number, its first
# word a noun (normalized text writes every quote as '"'); at most three words inside
_OBLIQUE = frozenset({"datv", "ablt", "loct", "loc2"})
_QUOTED_NAME = regex.compile(r' ?"(?P<word>[^\W\d_]{3,})(?:[ -][^\W\d_"]+){0,2}"')


def _read_quoted_name(text: str, draft: _Draft) -> None:
    """A count of named things: the name's first word, in a case a numeral governs or in the
    case of a preposition before it, is the counted item ("62 "Тритона"" = 62 items "тритон")."""
    match = _QUOTED_NAME.match(text, draft.end)
    if match is None or not match.group("word")[:1].isupper():
        return
    word = match.group("word")
    if any("Fixd" in p.tag for p in analyzer().parse(word.lower())):
        return  # "Лиге 1 "Монако"": an indeclinable name shows no case a numeral governs
    one = draft.value % 10 == 1 and draft.value % 100 != 11
    if not any(case in ("gent", "gen2") or one or number == "plur" and case in _OBLIQUE
               for number, case in _noun_readings(word)):
        return  # "5 "Спартак"": a name in the nominative after a number counts nothing
    draft.unit, draft.counted = "item", lemma(word).lower()
    draft.rules.append("unit.quoted_name")
    draft.end = draft.counted_end = match.end()


_HUNDREDTHS = regex.compile(r"\s+(\d{1,2})(?![\d.,])")


def _read_hundredths(text: str, draft: _Draft, grammar: Grammar, rule: UnitRule) -> None:
    """'1075 рублей 19 копеек', '3 доллара 50 центов': the hundredths of the currency named
    right after it belong to the same amount (one figure, 1075.19 RUB)."""
    number = _HUNDREDTHS.match(text, draft.end)
    if number is None:
        return
    found = _unit_at(text, number.end(), grammar, draft)
    if not found or found[0].unit != rule.unit or found[0].factor != 0.01:
        return
    draft.value = round(draft.value + int(number.group(1)) * 0.01, 10)
    draft.end = found[1]
    draft.rules.append("num.hundredths")


def _read_below_zero(text: str, draft: _Draft, grammar: Grammar, unit_from: int, unit_end: int
                     ) -> None:
    """'10 градусов мороза', 'около восьми мороза', 'четыре градуса ниже нуля': below zero.
    The words after the unit stay outside the span; a minus already read is kept."""
    if grammar.below_zero is None or draft.sign < 0:
        return
    if grammar.below_zero.match(text, unit_from) or grammar.below_zero.match(text, unit_end):
        draft.sign = -1
        draft.rules.append("sign.below_zero")
    elif grammar.frost_before is not None and grammar.frost_before.search(
            text, max(0, draft.start - 40), draft.start):
        draft.sign = -1  # "морозы до 9-11 градусов": frost named before the number
        draft.rules.append("sign.frost_before")


def _absorb_v_prefix(text: str, draft: _Draft) -> None:
    match = _V_PREFIX.search(text[max(0, draft.start - 12):draft.start])
    if match:
        draft.start -= len(match.group())


def _read_counted(text: str, draft: _Draft, grammar: Grammar) -> None:
    pos = draft.end
    if _read_counted_abbreviation(text, draft, grammar):
        return
    for hop in range(4):  # "60 тыс. новых высокопроизводительных рабочих мест"
        match = WORD.match(text, pos + _spaces(text, pos))
        if match is None or match.start() > pos + 2:
            return
        info = word_info(match.group())
        if info.pos in ("VERB", "ADJS"):
            info = _governed_noun(match.group()) or info
        if info.pos == "NOUN" and _attributive(text, match, info, grammar):
            pos = _after_coordinated_adjective(text, match.end(), _adjective_cases(match.group()))
            continue
        if info.pos in ("NOUN", "NPRO") \
                or _substantive(info, grammar, match.group(), text, match.end()) \
                and not _noun_follows(text, match.end(), info.cases):
            if info.lemma in grammar.not_counted or info.pos == "NPRO":
                return
            lemma = info.lemma if info.pos != "PRTF" else \
                _participle_nominative(match.group().lower()) or info.lemma
            if match.group()[:1].isupper() and lemma not in grammar.people \
                    and not _countable_abbreviation(match.group()):
                return
            if hop == 0 and info.pos == "NOUN" \
                    and _subject_not_governed(text, draft, match.group(), match.end()):
                return  # "только в 10 зарплата превысила …": the subject of the next verb
            draft.counted = lemma
            is_person = lemma in grammar.people or info.pos == "PRTF" or (
                info.animate and _animate_person(lemma, match.group(), grammar))
            draft.unit = "person" if is_person else "item"
            draft.rules.append("unit.people_noun" if is_person else "unit.counted_noun")
            draft.counted_end = match.end()
            if hop == 0:
                draft.end = match.end()
                draft.counted_word = match.group()
            return
        if info.pos is None and _countable_abbreviation(match.group()):
            _count_abbreviation(draft, match, hop)  # "один МФЦ", "пять ОЭЗ"
            return
        if info.pos == "ADVB" and _adverb_among_attributes(text, match.end(), hop, info.lemma):
            pos = match.end()
            continue
        if info.pos not in ("ADJF", "PRTF"):
            return
        pos = _after_coordinated_adjective(text, match.end(), info.cases)


# adverbs of degree, which qualify the adjective after them ("100 наиболее влиятельных
# политиков"); another adverb before a participle may govern its own words ("так называемых")
_DEGREE_ADVERBS = frozenset({"наиболее", "наименее", "очень", "крайне", "весьма", "особо"})


def _adverb_among_attributes(text: str, pos: int, hop: int, lemma: str | None) -> bool:
    """An adverb inside the attributes of the counted noun is passed over: an adverb of degree
    before an adjective, or any adverb between an adjective and the noun ("10 млн неизвестных
    пока видов"); any other adverb ends the figure ("набрал 15 очень быстро")."""
    match = WORD.match(text, pos + _spaces(text, pos))
    if match is None or match.start() > pos + 2:
        return False
    after = word_info(match.group()).pos
    if after in ("ADJF", "PRTF"):
        return lemma in _DEGREE_ADVERBS
    return hop > 0 and after == "NOUN"


def _read_counted_abbreviation(text: str, draft: _Draft, grammar: Grammar) -> bool:
    """"500 шт.", "300 чел.", "5 тыс. экз.": an abbreviated noun right after the number counts
    what its lemma names; its dot is inside the span (docs/annotation.md §2)."""
    if grammar.counted_abbreviation is None:
        return False
    pos = draft.end + _spaces(text, draft.end)
    if pos == draft.end and draft.end and text[draft.end - 1:draft.end] != ".":
        return False  # "5шт": glued to the digits, left to the word rules
    match = grammar.counted_abbreviation.match(text, pos)
    if match is None:
        return False
    lemma = grammar.counted_abbreviations[match.group("abbr").lower()]
    draft.counted = lemma
    is_person = lemma in grammar.people
    draft.unit = "person" if is_person else "item"
    draft.rules.append("unit.counted_abbreviation")
    draft.end = draft.counted_end = match.end()
    draft.counted_word = match.group()
    return True


# an abbreviation in capitals, with or without a case ending: "АЭС", "МФЦ", "ФАПов"
_ABBREVIATION = regex.compile(r"[А-ЯЁ]{2,6}[а-яё]{0,3}")


@lru_cache(maxsize=WORDS_REMEMBERED)
def _countable_abbreviation(word: str) -> bool:
    """An abbreviation of a common noun that has a plural ("две АЭС", "один МФЦ", "12 ФАПов"):
    not a name of one thing (a place, a country, a body that is singulare tantum: "РФ", "МВД",
    "ВВП", "ООН") and not a word pymorphy3 knows otherwise."""
    if not _ABBREVIATION.fullmatch(word):
        return False
    tag = analyzer().parse(word)[0].tag
    if tag.POS is None:
        # "МФЦ", "ОЭЗ": an abbreviation pymorphy3 does not know, all in capitals ("МВт" is a unit)
        return "UNKN" in tag and word.isupper()
    grammemes = set(str(tag).replace(" ", ",").split(","))
    if not word.isupper() and "Fixd" in grammemes:
        return False  # "МВт", "ГВт": a unit of measure, not an abbreviation with an ending
    return tag.POS == "NOUN" and not {"Sgtm", "Geox", "Name", "Surn"} & grammemes


def _count_abbreviation(draft: _Draft, match: regex.Match[str], hop: int) -> None:
    draft.unit, draft.counted = "item", match.group().lower()
    draft.rules.append("unit.counted_abbreviation")
    draft.counted_end = match.end()
    if hop == 0:
        draft.end = match.end()
        draft.counted_word = match.group()


_ADJECTIVE_LINK = regex.compile(r"\s*,\s*|\s+(?:и|или)\s+", regex.IGNORECASE)


def _after_coordinated_adjective(text: str, pos: int, cases: frozenset[str]) -> int:
    """Coordinated adjectives before the counted noun count as one: "9 авторских и
    экспериментальных лент", "более 100 командно-штабных, тактических и специальных учений".
    Past the links ("," "и" "или") to the last adjective of the chain when each next word is an
    adjective or participle in a case of the one before; else `pos` itself."""
    end = pos
    for _ in range(4):
        link = _ADJECTIVE_LINK.match(text, end)
        if link is None:
            break
        match = WORD.match(text, link.end())
        if match is None:
            break
        info = word_info(match.group())
        if info.pos not in ("ADJF", "PRTF") or not info.cases & cases:
            break
        end, cases = match.end(), info.cases
    return end


def _animate_person(lemma: str, word: str, grammar: Grammar) -> bool:
    """An animate counted noun names people unless it names an animal: one listed in
    `not_people`, the young of an animal ("двух лигрят", "семеро ежат": the suffix -онок/-ёнок
    outside `people`, whose "ребенок" stays a person), a compound with an animal ("малышей-енотов")
    or a form that is also a case of an animal noun read first as a surname ("девять волков")."""
    if lemma in grammar.not_people or grammar.young_animal is not None \
            and grammar.young_animal.search(lemma):
        return False
    if "-" in lemma and any(part in grammar.not_people for part in lemma.split("-")):
        return False
    return not any(parse.tag.POS == "NOUN" and parse.normal_form.replace("ё", "е")
                   in grammar.not_people for parse in analyzer().parse(word.lower()))


@lru_cache(maxsize=WORDS_REMEMBERED)
def _governed_noun(word: str) -> WordInfo | None:
    """A numeral governs the genitive of the noun after it, so a form whose likeliest reading is a
    verb or a short adjective but which can be a genitive plural noun is that noun there: "200 сел"
    (село, not сесть), "260 лотов" (лот, not лотовый). Only the genitive plural: a genitive
    singular reading is the verb far more often ("5 стали лидерами", "12 были задержаны").
    Asked only for a word after a number (and its adjectives: "пяти тысяч индийских сел") whose
    first reading is a verb or a short adjective."""
    for parse in analyzer().parse(word.lower()):
        if parse.tag.POS == "NOUN" and parse.tag.case == "gent" and parse.tag.number == "plur":
            return WordInfo(lemma=parse.normal_form.replace("ё", "е"), pos="NOUN",
                            tag=str(parse.tag), cases=frozenset({"gent"}),
                            animate=parse.tag.animacy == "anim", number=parse.tag.number)
    return None


def _substantive(info, grammar: Grammar, word: str = "", text: str = "",
                end: int | None = None) -> bool:
    """Adjectives and participles used as people nouns: безработных, прибывших, учащихся (a
    participle's lemma is its verb, so its masculine nominative is looked up)."""
    if info.pos == "PRTF" and word:
        # "четырех подозреваемых", "около 100 молящихся": a participle in the genitive plural
        # with no noun after it names people (the caller has checked that no noun follows)
        return _participle_nominative(word.lower()) in grammar.people \
            or info.number == "plur" and "gent" in info.cases and end is not None \
            and _no_head_noun_after(text, end)
    return info.pos in ("ADJF", "PRTF") and info.lemma in grammar.people


_CLAUSE_WORDS = regex.compile(r"\s*([^\W\d_]+)")


def _no_head_noun_after(text: str, pos: int) -> bool:
    """No noun the participle could qualify comes after it in its phrase: the words up to the
    next mark (at most five) hold no genitive plural noun ("девять летящих в Крым бортов": the
    boards are counted), and the participle is not the first of coordinated ones ("3 тыс.
    затонувших и брошенных судов")."""
    for hop in range(5):
        match = _CLAUSE_WORDS.match(text, pos)
        if match is None:
            return True
        word = match.group(1)
        if hop == 0 and word.lower() in ("и", "или"):
            return False
        if word_info(word).pos == "NOUN" and ("plur", "gent") in _noun_readings(word):
            return False
        pos = match.end()
    return True


@lru_cache(maxsize=WORDS_REMEMBERED)
def _participle_nominative(word: str) -> str | None:
    """'учащихся' → 'учащийся', 'прибывших' → 'прибывший'."""
    for parse in analyzer().parse(word):
        if parse.tag.POS == "PRTF":
            form = parse.inflect({"masc", "sing", "nomn"})
            return form.word.replace("ё", "е") if form else None
    return None


def _attributive(text: str, match: regex.Match[str], info: WordInfo, grammar: Grammar) -> bool:
    """"три военные базы", "50 мертвых собак": a substantivized adjective (a noun that is also a
    full adjective) before a noun it agrees with in case and number is that noun's adjective,
    not the counted noun. A people noun stays counted before an animate noun, its apposition
    ("911 тыс. безработных россиян"); "четырех ученых аэроквантума" does not agree in number."""
    readings = _adjective_readings(match.group())
    if not readings:
        return False
    after = WORD.match(text, match.end() + _spaces(text, match.end()))
    if after is None or after.start() > match.end() + 2 or after.group()[:1].isupper():
        return False
    following = word_info(after.group())
    if following.pos != "NOUN" or not set(readings) & set(_noun_readings(after.group())):
        return False  # "48 мастерских и лабораторий": a conjunction, not a noun
    return info.lemma not in grammar.people or not following.animate


@lru_cache(maxsize=WORDS_REMEMBERED)
def _adjective_readings(word: str) -> tuple[tuple[str | None, str | None], ...]:
    """(number, case) of the full-adjective readings of a word ("военные": plur nomn, plur
    accs), empty when it has none."""
    return tuple((p.tag.number, p.tag.case) for p in analyzer().parse(word.lower())
                 if p.tag.POS == "ADJF")


def _adjective_cases(word: str) -> frozenset[str]:
    return frozenset(case for _number, case in _adjective_readings(word) if case)


def _noun_follows(text: str, pos: int, cases: frozenset[str] = frozenset()) -> bool:
    """A noun right after, in a case of the adjective before it: the adjective is attributive
    ("50 тыс. рабочих мест"). A noun in another case is governed by the substantive, which is
    the counted word itself ("33 млн зараженных вирусом", "400 эвакуированных жителями"); so is a
    capitalized name ("30 военных США")."""
    match = WORD.match(text, pos + _spaces(text, pos))
    if match is None or match.start() > pos + 2 or match.group()[:1].isupper():
        return False
    info = word_info(match.group())
    return info.pos == "NOUN" and (not cases or not info.cases or bool(info.cases & cases))


# --- left of the number: sign, currency sign, qualifier ------------------------------------

def _read_left(text: str, draft: _Draft, grammar: Grammar) -> _Draft:
    _read_sign(text, draft)
    _read_currency_sign(text, draft, grammar)
    _read_qualifier(text, draft, grammar)
    return draft


def _sign_before(text: str, start: int) -> tuple[int, int, str] | None:
    """The sign written right before a number at `start`: (sign, where it starts, rule id)."""
    before = text[:start]
    paren = _PAREN_MINUS.search(before)
    if paren:
        return -1, paren.start(), "sign.paren_minus"
    if before[-1:] in "+-" and before[-1:] and (len(before) == 1 or before[-2] in ' ("\n:'):
        return (-1 if before[-1] == "-" else 1), start - 1, "sign.symbol"
    word = _WORD_SIGN.search(before[-8:])
    if word:
        return (-1 if word.group(1).lower() == "минус" else 1), start - len(word.group()), \
            "sign.word"
    return None


def _take_sign(draft: _Draft, found: tuple[int, int, str]) -> None:
    draft.sign, draft.start = found[0], found[1]
    draft.rules.append(found[2])


def _read_sign(text: str, draft: _Draft) -> None:
    found = _sign_before(text, draft.start)
    if found is not None:
        _take_sign(draft, found)


def _currency_sign_before(text: str, draft: _Draft, grammar: Grammar) -> bool:
    before = text[:draft.start].rstrip(" ")
    return bool(before) and before[-1] in grammar.currency_signs


def _read_currency_sign(text: str, draft: _Draft, grammar: Grammar) -> None:
    before = text[:draft.start].rstrip(" ")
    rule = grammar.currency_signs.get(before[-1:]) if before else None
    if rule is None:
        return
    if draft.unit is None:
        draft.unit = rule.unit
        draft.rules.append(rule.id)
    draft.start = len(before) - 1


def _read_qualifier(text: str, draft: _Draft, grammar: Grammar) -> None:
    window_start = max(0, draft.start - 30)
    before = text[window_start:draft.start]
    na = _NA_BEFORE.search(before)
    if na:
        before = before[:na.start()]  # "более чем на 40 %": the qualifier stands before "на"
    v_prep = None if na or draft.unit == "times" else _PREP_AFTER_QUALIFIER.search(before)
    if v_prep and draft.unit is None and _looks_like_year(draft, grammar) and draft.high is None:
        return  # "меньше, чем в 2017": a year compared with, not a bound (the year rule drops it)
    if v_prep:  # "примерно в 11%", "более чем с 50 млрд", "более чем о 300": the qualifier first
        before = before[:v_prep.start()]
    best = None
    for rule in grammar.qualifiers:
        match = rule.pattern.search(before, timeout=REGEX_TIMEOUT)
        if match and (best is None or len(match.group()) > len(best[1].group())):
            best = (rule, match)
    if best is None:
        exceed = _EXCEED_VERB.search(before)
        if exceed and not na and draft.high is None and draft.unit != "times":
            # "может превысить 360 тыс. человек": more than; "не превысил и 8%": at most
            draft.qualifier = "le" if exceed.group("neg") else "gt"
            draft.rules.append("qual.exceed_verb")
        return
    rule, match = best
    if na and _BARE_COMPARATIVE.fullmatch(match.group().strip()):
        return  # "ниже на 3%, чем годом ранее": the difference, not a bound
    if v_prep and (rule.id == "qual.upto" or _BARE_COMPARATIVE.fullmatch(match.group().strip())):
        return  # "до в", "выше в": "в" belongs to something else
    if rule.id == "qual.upto" and draft.high is None:
        approx = _approx_before(before[:match.start()], grammar)
        if approx is not None:  # "почти до 40 тыс. руб.": one approximate bound (§3)
            draft.qualifier = "approx"
            draft.start = window_start + approx.start()
            draft.rules.append(_APPROX_UPTO)
            return
    if draft.high is not None:
        if rule.id == "qual.upto" and _after_change_verb(text, window_start + match.start(),
                                                         grammar):
            return  # "увеличить до 90–92%": the new level is the range
        if rule.qualifier in _BOUNDS:  # "до 10-15%", "не менее 30-40%": a bound given as a
            draft.qualifier = rule.qualifier  # range of values; the midpoint, one open end
            draft.start = window_start + match.start()
            draft.rules.append(rule.id)
        elif rule.qualifier == "approx":  # "около 8-10%": a range, the word inside the span (§2)
            draft.start = window_start + match.start()
            draft.rules.append("qual.approx_range")
        return
    if rule.id == "qual.upto" and _after_change_verb(text, window_start + match.start(), grammar):
        draft.rules.append("qual.upto_new_level")
        return
    if na and rule.id == "qual.upto":
        return  # "до на" is not Russian; "до" belongs to something else
    draft.qualifier = rule.qualifier
    draft.start = window_start + match.start()
    draft.rules.append(rule.id)


# a verb of exceeding right before the figure bounds it, the verb outside the span: "превышает
# триллион рублей", "превышал отметку в 1%", "не должна превышать 40%", "не превысил и 8%"
_EXCEED_VERB = regex.compile(
    r"(?<![\w-])(?:(?P<neg>не)\s+(?:[^\W\d_]+\s+){0,2})?(?:превы[сш]|перевал)[^\W\d_]*\s+"
    r"(?:за\s+)?(?:и\s+|даже\s+)?(?:(?:отметку|уровень|планку|порог)\s+(?:в\s+)?)?$",
    regex.IGNORECASE)
_APPROX_UPTO = "qual.approx_upto"
# "примерно в 11%", "более чем с 50 млрд", "более чем о 300 случаях", "почти об 11 тыс.": the
# preposition of the figure after its qualifier
_PREP_AFTER_QUALIFIER = regex.compile(r"(?<![\w-])(?:в|с|со|о|об|обо)\s+$", regex.IGNORECASE)


def _approx_before(before: str, grammar: Grammar):
    """The approximation word right before "до" ("почти до", "примерно до"), or None."""
    for rule in grammar.qualifiers:
        if rule.qualifier == "approx":
            match = rule.pattern.search(before, timeout=REGEX_TIMEOUT)
            if match:
                return match
    return None


# a comparative with no "чем" before "на" states a difference ("выше на 5%", "меньше на 3 тыс.");
# "более чем на 40%" bounds it
_BARE_COMPARATIVE = regex.compile(r"выше|ниже|больше|меньше|старше|моложе|младше",
                                regex.IGNORECASE)


def _after_change_verb(text: str, pos: int, grammar: Grammar) -> bool:
    """"выросла до 5%", "повышение показателя до 208 единиц", "с 18 % до 17 %": the new level."""
    before = text[max(0, pos - 80):pos]
    if _FROM_FIGURE.search(before):
        return True
    words = WORD.findall(before)[-8:]
    return any(word_info(w).lemma in grammar.change_verbs for w in words)


def _after_change_noun(text: str, pos: int, grammar: Grammar) -> bool:
    """"рост зарплаты составил свыше двух раз": a noun of growth or fall among the words
    before the figure makes "N раз" a ratio, not a count of repetitions."""
    words = WORD.findall(text, max(0, pos - 80), pos)[-8:]
    return any(info.pos == "NOUN" and info.lemma in grammar.change_verbs
               for info in map(word_info, words))


# "с 18 % до", "с 1,12 млн человек в 2009 году до", "с 3,4% в январе до", "с 60 млрд руб. в
# 2014-м до", "с нынешних $1,2 млрд до", "с 68 млрд грн. ($2,5 млрд) до": the figure changed
# from, with its scale and unit word, the year or month it stood at and its conversion
_FROM_FIGURE = regex.compile(
    r"(?<![\w-])[сС]о?\s+(?:[^\W\d_]+(?:их|ых|ого|его)\s+)?[$€£₽₸₹]?\s?[+-]?\d[\d\s,.]*"
    r"(?:%|[^\W\d_]+\.?)?(?:\s+[^\W\d_]+\.?){0,2}"
    r"(?:,?\s+(?:в|на|за)\s+(?:(?:1[89]|20)\d{2}\s*(?:год\w*|г\.?|-м\b)"
    r"|(?:январ|феврал|март|апрел|ма[яе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*"
    r"(?:\s+(?:1[89]|20)\d{2}\s*(?:год\w*|г\.?)?)?)\s*,?)?(?:\s*\([^()]{0,40}\))?\s*$",
    regex.IGNORECASE)


# what may stand between a change and the "до" of its new level: a comma or a dash, and a
# conversion in brackets ("на 2,97 грн. ($0,11) — до 26,76 грн.", "в два раза, до $2,8 млрд")
_CHANGE_TO_LEVEL = regex.compile(r"\s*(?:\([^()]{0,40}\)\s*)?[,-]?\s*$")
# a gapped clause after a new level: ", для мужчин ", ", остальным жителям - ", ", Татарстан - "
_GAPPED_CLAUSE = regex.compile(r"\s*[,;]\s*(?:а\s+)?(?:[^\W\d_][\w.-]*\s+){0,4}-?\s*$",
                               regex.IGNORECASE)
_UPTO_AT = regex.compile(r"до\s+", regex.IGNORECASE)
# a bracket that opens a few words after the change and holds only its new level: "выросла на 5%
# по сравнению с прошлым годом (до 120 тыс.)", "проиндексированы на 7,5% (до 18 тыс. рублей)"
_BRACKET_AFTER_CHANGE = regex.compile(r"(?:\s+[^\W\d_][^().!?;\n]{0,60}?)?\s*\(\s*$")
_BRACKET_CLOSE = regex.compile(r"\s*\)")


def _new_levels_after_changes(text: str, drafts: list[_Draft], grammar: Grammar) -> None:
    """'выросла на 2,97 грн. — до 26,76 грн.', 'увеличит экспорт в два раза, до $2,8 млрд':
    "до" right after the amount of a change ("на N", "в N раз") states the new level, as after a
    verb of change; so does a "до" in a clause whose verb is gapped after such a level
    ("повышение возраста для женщин до 63 лет, для мужчин до 65 лет"), and a "до" that opens a
    bracket holding only the level a few words after the change ("выросла на 5% по сравнению с
    прошлым годом (до 120 тыс.)"). Exact, "до" outside."""
    level_seen = False
    for i, (previous, draft) in enumerate(zip(drafts, drafts[1:], strict=False)):
        previous_level = "qual.upto_new_level" in previous.rules or _APPROX_UPTO in previous.rules
        level_seen = level_seen or previous_level
        if "qual.upto" not in draft.rules or draft.high is not None:
            continue
        upto = _UPTO_AT.match(text, draft.start)
        if upto is None:
            continue
        # "на 2,90 грн. ($0,11), до 27,49 грн.": the change is the figure before the conversion
        previous = _before_conversion(text, drafts, i)
        gap = text[previous.end:draft.start]
        is_change = previous.unit == "times" or (
            _change_amount(text, previous)
            and (level_seen or _after_change_verb(text, previous.start, grammar)))
        after_change = is_change and (_CHANGE_TO_LEVEL.match(gap) is not None or (
            _BRACKET_AFTER_CHANGE.fullmatch(gap) is not None
            and _BRACKET_CLOSE.match(text, max(draft.end, draft.counted_end)) is not None))
        gapped = previous_level and _GAPPED_CLAUSE.match(gap) is not None \
            and not _verb_between(text, previous.end, draft.start)
        if after_change or gapped:
            draft.qualifier = "exact"
            draft.start = upto.end()
            draft.rules[draft.rules.index("qual.upto")] = "qual.upto_new_level"


def _change_amount(text: str, draft: _Draft) -> bool:
    """"на 25%", "более чем на 25%": the figure is the amount of a change ("на" before its
    number, before or after its qualifier)."""
    return _NA_BEFORE.search(text, max(0, draft.start - 4), draft.start) is not None \
        or _NA_BEFORE.search(text, draft.start, draft.number_start) is not None


def _before_conversion(text: str, drafts: list[_Draft], i: int) -> _Draft:
    """drafts[i], or, when it is a conversion in brackets right after a figure ("на 2,90 грн.
    ($0,11)"), the figure it converts."""
    draft = drafts[i]
    if i == 0 or not _OPEN_BRACKET_BEFORE.search(text, max(0, draft.start - 3), draft.start):
        return draft
    outer = drafts[i - 1]
    return outer if _BRACKET_GAP.fullmatch(text, outer.end, draft.start) else draft


_OPEN_BRACKET_BEFORE = regex.compile(r"\(\s*$")
_BRACKET_GAP = regex.compile(r"\s*\(\s*")


# between two items of a list of ratios: ", ", " и ", " - выплаты ветеранам, "
_RATIO_LIST_GAP = regex.compile(
    r"[\s,;]*(?:-\s*[^\W\d_][^\d,;.()]{0,40}?)?[\s,;]*(?:(?:и|или|а)\s+)?(?:в\s+)?",
    regex.IGNORECASE)


def _ratios_listed(text: str, drafts: list[_Draft]) -> None:
    """'подняли в два раза - выплаты ветеранам, от двух до пяти раз - пособия': "N раз" listed
    right after a ratio ("в N раз") is a ratio too, with "в" elided, not a count of occasions."""
    for previous, draft in zip(drafts, drafts[1:], strict=False):
        if previous.unit == "times" and "unit.repetitions" in draft.rules \
                and _RATIO_LIST_GAP.fullmatch(text, previous.end, draft.start):
            draft.unit, draft.counted = "times", None
            draft.rules[draft.rules.index("unit.repetitions")] = "unit.times_listed"


# --- elided units --------------------------------------------------------------------------

def _introduced_counted(text: str, drafts: list[_Draft], grammar: Grammar) -> None:
    """'Больше всего патентов получили граждане Узбекистана – 55,1 тыс.': 55,1 тыс. patents. An
    introducer in the group `same_clause` ("таких полётов было 107") needs the first figure after
    it in its own clause: "Таких мастеров, как …, подвинула молодёжь на 70 …" counts nothing."""
    found = []
    for match in grammar.counted_introducers.finditer(text):
        info = _noun_after_adjectives(text, match.start("noun")) \
            or _substantive_person(text, match, grammar)
        if info is None or info.lemma in grammar.not_counted:
            continue
        if match.groupdict().get("same_clause") is not None:
            first = next((d for d in drafts if d.start > match.end()), None)
            if first is None or _CLAUSE_BREAK.search(text, match.end(), first.start):
                continue
        found.append((match, info))
    # a later introducer with its own verb takes over the figures after it: "Количество погибших
    # достигло 30, число пострадавших составило 120" (120 пострадавших)
    introduced: set[int] = set()
    for match, info in found:
        is_person = info.lemma in grammar.people or (
            info.animate and _animate_person(info.lemma, info.lemma, grammar))
        for draft in drafts:
            if draft.start > match.end() and (draft.unit is None or id(draft) in introduced) \
                    and _verb_between(text, match.end(), draft.start):
                if id(draft) not in introduced:
                    draft.rules.append("unit.introduced_noun")
                introduced.add(id(draft))
                draft.unit, draft.counted = ("person" if is_person else "item"), info.lemma


def _substantive_person(text: str, match: regex.Match[str], grammar: Grammar):
    """'число заболевших превысило 1,2 тыс.', 'количество погибших достигло 30': a participle or
    adjective used as a noun of people (its nominative in people_lemmas), no noun after it."""
    word = match.group("noun")
    info = word_info(word)
    if info.pos not in ("PRTF", "ADJF") or _noun_follows(text, match.end("noun"), info.cases):
        return None
    lemma = _participle_nominative(word.lower()) if info.pos == "PRTF" else info.lemma
    if lemma not in grammar.people:
        return None
    return replace(info, pos="NOUN", lemma=lemma, animate=True)


# a mark that ends a clause (or opens an insertion) between an introducer and the figure
_CLAUSE_BREAK = regex.compile(r'[,;:()"!?]|\s-\s|\.\s')


def _their_number(text: str, drafts: list[_Draft], grammar: Grammar) -> None:
    """'Из Донбасса прибыли беженцы, их число составило 120': "их число" refers to the people
    named before it in the sentence (the nearest plural noun, when it names people); a bare
    figure after it and a predicate counts them. Other plural nouns are left alone ("в регионы
    прибыли мигранты" names places too)."""
    if grammar.their_number is None:
        return
    for match in grammar.their_number.finditer(text):
        info = _people_named_before(text, match.start(), grammar)
        if info is None:
            continue
        for draft in drafts:
            if draft.start > match.end() and draft.unit is None \
                    and _verb_between(text, match.end(), draft.start):
                draft.unit, draft.counted = "person", info.lemma
                draft.rules.append("unit.their_number")


def _people_named_before(text: str, pos: int, grammar: Grammar) -> WordInfo | None:
    """The nearest plural noun before `pos` (at most twelve words back), if it names people."""
    for word in reversed(WORD.findall(text, max(0, pos - 120), pos)[-12:]):
        info = word_info(word)
        if info.pos != "NOUN" or info.number != "plur":
            continue
        if info.lemma in grammar.people or (
                info.animate and _animate_person(info.lemma, word, grammar)):
            return info
        return None
    return None


def _verb_between(text: str, start: int, end: int) -> bool:
    """The noun is the subject of the figure only through a predicate ("Число мигрантов достигло
    174 438"); "Число случаев — ноль" names no counted thing for the bare number."""
    return any(word_info(word).pos in ("VERB", "PRTS")
               for word in WORD.findall(text, start, end))


def _noun_after_adjectives(text: str, pos: int, most: int = 3):
    """The reading of the first noun at `pos` after at most `most` adjectives or participles
    ("зафиксированных случаев"), or None. The counted noun is in the genitive ("число
    мигрантов"); after a participle, a noun with no genitive reading is the participle's own
    complement and is passed over ("количество выданных иностранцам патентов": патент)."""
    after_participle = False
    for _ in range(most + 1):
        match = WORD.match(text, pos + _spaces(text, pos))
        if match is None:
            return None
        info = word_info(match.group())
        if info.pos == "NOUN":
            if not after_participle or any(case == "gent" for _number, case
                                           in _noun_readings(match.group())):
                return info
        elif info.pos not in ("ADJF", "PRTF"):
            return None
        after_participle = after_participle or info.pos == "PRTF"
        pos = match.end()
    return None


# What may stand between a figure and a bare figure that takes its unit: a list item
# ("…, Алматы – 60 тыс."), a bracket ("(8,3 тыс.)"), a conjunction ("14 тыс. и 7 тыс."), and a
# restrictive or temporal particle before the bare figure ("поддержали 306 выборщиков, а его
# соперницу — только 232", "в 2016 году — 27,7 тыс. кубометров, а в 2018-м — уже 52,6 тыс.").
# an item name may stand in quotes before a dash or colon: '"Зенит" – 44 очка, "Спартак" – 42'
# (not a word in quotes before the number: 'пять часов "перегоняли" по 40-градусному морозу')
_LIST_GAP = regex.compile(
    r"[\s,;(]*(?:(?:и|или|а|против|в\s+т\.\s?ч\.|в\s+том\s+числе|из\s+них|тогда\s+как"
    r"|в\s+то\s+время\s+как)\s+)?"
    r"(?:(?:в|во|на|из|по|для|у)\s+)?(?:(?:[\w.]+(?:[\s-][\w.]+){0,3}\s*)?(?:-|:|\(|\s)"
    r"|\"[\w.]+(?:[\s-][\w.]+){0,3}\"\s*(?:-|:))"
    r"\s*(?:(?:только|лишь|всего|еще|ещё|уже)\s+)?(?:(?:на|до|в|во|по|около)\s+)?",
    regex.IGNORECASE)


def _list_neighbour(text: str, drafts: list[_Draft], i: int, previous: _Draft | None
                    ) -> tuple[_Draft | None, int]:
    """The figure a bare figure is listed with, and where the gap between them starts: the one
    before it, or, when that one sits in brackets closed before the bare figure ("1500 человек
    (в 2016 – 1600), осмотрено – 1540"), the one before the brackets."""
    if previous is None:
        return None, 0
    close = text.find(")", previous.end, drafts[i].start)
    opening = text.rfind("(", 0, previous.start)
    if close < 0 or opening < 0 or ")" in text[opening:previous.start]:
        return previous, max(previous.end, previous.counted_end)
    outside = next((d for d in reversed(drafts[:i]) if d.end <= opening), None)
    return outside, close + 1


# a share is never written with a scale word: "на 31,3% (с 1483 тыс. …)", "почти 60% (9 тысяч)"
# name a count, not thousands of percent
_SHARE_UNITS = frozenset({"percent", "pp", "bp", "per_mille"})
# nor a duration's: "за 1,5 года оно выросло с 42 тыс. до 50 тыс." counts no years


# an item of a parallel list: the figure, then a dash and a preposition that the next item
# repeats ("10 тыс. - за двухкомнатную и 13 - за трехкомнатную")
_ITEM_LABEL = regex.compile(r"\s*[-–—]\s*(за|в|во|на|по|для|из|у|с)\s", regex.IGNORECASE)
_ITEM_JOINT = regex.compile(r"[^\d,;.:()]{1,40}?(?:,\s*(?:а\s+|и\s+)?|\s+(?:и|а)\s+)")


def _parallel_items_scale(text: str, drafts: list[_Draft]) -> None:
    """'7 тыс. за однокомнатную, 10 тыс. - за двухкомнатную и 13 - за трехкомнатную': a bare
    item of a list whose items repeat the same dash and preposition after the figure takes the
    scale of the scaled item before it (13 тыс.), as a list states its scale once, when that
    puts the two within a factor of ten of each other."""
    for lender, draft in zip(drafts, drafts[1:], strict=False):
        if draft.scaled or not lender.scaled or draft.unit not in (None, lender.unit):
            continue
        label = _ITEM_LABEL.match(text, lender.end)
        own = _ITEM_LABEL.match(text, draft.end)
        if label is None or own is None or label.group(1).lower() != own.group(1).lower() \
                or not _ITEM_JOINT.fullmatch(text, label.end(), draft.start) \
                or not lender.value or not 0.1 <= draft.value * lender.factor / lender.value <= 10:
            continue  # "41,2 тыс. - в Астане, а 850 - в Шымкенте": no scale is sure
        _share_scale(draft, lender)
        if draft.scaled and draft.unit is None and lender.unit is not None:
            draft.unit, draft.counted = lender.unit, lender.counted


def _inherit_units(text: str, drafts: list[_Draft], grammar: Grammar) -> None:
    """'выбыло 5 281 человек, Алматы – 8 278': a bare figure takes the unit of the one before,
    when only a list item name, a bracket or a conjunction stands between them."""
    previous = None
    for i, draft in enumerate(drafts):
        lender, gap_start = _list_neighbour(text, drafts, i, previous)
        if lender is not None and "unit.rate_denominator" in lender.rules:
            lender = drafts[drafts.index(lender) - 1]  # "2,3 на 1000, в X — 2,9": the rate lends
        if i + 1 < len(drafts) and drafts[i + 1].unit is not None \
                and _from_to(text, draft, drafts[i + 1]):
            pass  # "за 30 лет с 13,3 тыс. до 3 тыс. жителей": the unit comes from "до …" below
        elif draft.unit is None and lender is not None and lender.unit is not None \
                and "unit.fraction_word" not in lender.rules and lender.unit != "times" \
                and not (draft.scaled and (lender.unit in _SHARE_UNITS or (
                    lender.unit in DURATION_UNITS and not lender.scaled))) \
                and _listed_after(text, lender, gap_start, draft.start) \
                and not _parameter_between(text, lender, draft):
            draft.unit, draft.counted = lender.unit, lender.counted
            draft.rules.append("unit.inherited")
            if _AGAINST.search(text, gap_start, draft.start):
                _share_scale(draft, lender)  # "5,2 тыс. долларов (против 4,1)": 4,1 тыс.
        elif draft.unit is None and draft.scaled:
            # "из 3 млрд рублей … освоено 2,1 млрд": a scaled bare figure takes the unit of
            # the nearest figure before it that counts people or money
            source = next((d for d in reversed(drafts[:i]) if d.unit == "person"
                           or is_currency(d.unit) or (d.scaled and d.unit in _AMOUNT_UNITS)),
                          None)
            if source is not None:
                draft.unit, draft.counted = source.unit, source.counted
                draft.rules.append("unit.inherited_scale")
            elif _after_population_noun(text, draft, grammar):
                draft.unit = "person"
                draft.rules.append("unit.population")
        previous = draft
    # "в 5, 10, 40 гектаров": a bare number after a bare number and a comma is inside a list of
    # three or more that states its unit once, after the last
    listed = {id(b) for a, b in zip(drafts, drafts[1:], strict=False)
              if a.unit is None and b.unit is None and _LIST_COMMA.fullmatch(text, a.end, b.start)}
    for draft, following in reversed(list(zip(drafts, drafts[1:], strict=False))):
        if draft.unit is None and following.unit != "times" \
                and _OUT_OF_GAP.fullmatch(text, draft.end, following.start):
            _share_scale(draft, following)  # "9 из 12,5 млн пенсионеров": 9 млн
        if draft.unit is None and following.unit is not None \
                and (_CHAIN_GAP.fullmatch(text, draft.end, following.start)
                     or _OUT_OF_GAP.fullmatch(text, draft.end, following.start)):
            draft.unit, draft.counted = following.unit, following.counted
            draft.rules.append("unit.chain")
            if following.counted is not None and 2 <= draft.value < following.value \
                    and _OUT_OF_GAP.fullmatch(text, draft.end, following.start):
                draft.rules.append("unit.part_of_whole")  # "четырех из семи реакторов"
        elif draft.unit is None and following.unit == "times" \
                and _V_PREFIX.search(text, max(0, draft.start - 12), draft.start) \
                and _coordinated(text, draft, following):
            draft.unit = "times"  # "в 2 и 3 раза": both are ratios
            draft.rules.append("unit.coordinated")
            _absorb_v_prefix(text, draft)
        elif draft.unit is None and following.unit is not None and following.unit != "times" \
                and _corrected(text, draft, following):
            _share_scale(draft, following)  # "не 5, а 7 млн рублей": 5 млн
            draft.unit, draft.counted = following.unit, following.counted
            draft.rules.append("unit.corrected")
        elif draft.unit is None and following.unit is not None and following.unit != "times" \
                and _change_then_level(text, draft, following):
            _share_scale(draft, following)  # "выросло на 25 тыс. и составило 149 тыс. человек"
            draft.unit, draft.counted = following.unit, following.counted
            draft.rules.append("unit.change_then_level")
        elif draft.unit is None and following.unit is not None and following.unit != "times" \
                and not following.scaled and _parallel_clauses(text, draft, following):
            draft.unit, draft.counted = following.unit, following.counted
            draft.rules.append("unit.parallel_clause")
        elif draft.unit is None and following.unit != "times" \
                and _coordinated(text, draft, following, id(draft) in listed):
            _share_scale(draft, following)  # "с 3,7 до 2,8 млн" → 3,7 млн, even with no unit
            if following.unit is not None:
                draft.unit, draft.counted = following.unit, following.counted
                draft.rules.append("unit.coordinated")


# the words that close the lender's clause before the comma of the list: "22 человека погибли,
# более 20 получили ранения", "2,3 на 1000 родившихся живыми, в Ивановской области — 2,9", "775
# нетрудоспособных, из них 320 – граждане моложе трудоспособного возраста, 455 – старше"
_CLAUSE_TAIL = regex.compile(r"(?:\s*[-:])?(?:\s+[^\W\d_]+){1,4}(?=\s*[,;])")


def _listed_after(text: str, lender: _Draft, gap_start: int, start: int) -> bool:
    """Only a list item name, a bracket or a conjunction stands between the lender and the bare
    figure, possibly after a few words that end the lender's clause at a comma. A change ("на
    20% меньше, чем в 2015 году (213 662)") lends nothing across its clause: the figure after it
    is a level."""
    if _LIST_GAP.fullmatch(text, gap_start, start):
        return True
    tail = _CLAUSE_TAIL.match(text, gap_start, start)
    return tail is not None and bool(_LIST_GAP.fullmatch(text, tail.end(), start)) \
        and not _NA_BEFORE.search(text, max(0, lender.start - 4), lender.start) \
        and not _THAN.search(text, gap_start, start)


_THAN = regex.compile(r"(?<![\w-])чем(?![\w-])", regex.IGNORECASE)


def _parameter_between(text: str, lender: _Draft, draft: _Draft) -> bool:
    """'двух землетрясений магнитудой 7 и 5,9', 'три судна водоизмещением 300': a number right
    after a common noun in the instrumental singular that follows the counted things is the
    value of that parameter of theirs, not one more item of their list."""
    match = _ONE_WORD_GAP.fullmatch(text, lender.end, draft.start)
    if match is None or not match.group(1)[:1].islower():
        return False
    info = word_info(match.group(1))
    return info.pos == "NOUN" and info.cases == frozenset({"ablt"}) and info.number == "sing"


_ONE_WORD_GAP = regex.compile(r"\s+([^\W\d_]+)\s+")


def _after_population_noun(text: str, draft: _Draft, grammar: Grammar) -> bool:
    """'население Литвы сократилось до 2,8 млн': a population named before the figure."""
    return any(lemma(word) in grammar.population for word in WORD.findall(text, 0, draft.start))


_CHAIN_GAP = regex.compile(r" ?- ?")
# "21 и 22% соответственно", "на 6,6 и 6,1 процента", "в 546 и 538 семьях": the unit after the
# last of coordinated numbers is said once for all; "6,1, 6,6 и 6,5%": a comma joins a number to
# the coordination after it.
_PAIR_GAP = regex.compile(r"\s+(?:и|или)\s+", regex.IGNORECASE)
_LIST_COMMA = regex.compile(r"\s*,\s*")
# "снизилась с 9,8 до 5,5%", "сократилось с 3,7 до 2,8 млн": the old and the new level share the
# unit (and the scale).
# up to two words may stand after "с" and after "до": "с ожидавшихся ранее 3,7 до 3,9%", "с 1,9
# до текущих 1,8%"
_FROM_TO_GAP = regex.compile(r"\s+до\s+(?:[^\W\d_]+\s+){0,2}", regex.IGNORECASE)
_FROM_BEFORE = regex.compile(r"(?<![\w-])со?\s+(?:[^\W\d_]+\s+){0,2}$", regex.IGNORECASE)
# "около шести из десяти жителей": the part counts what the whole counts.
_OUT_OF_GAP = regex.compile(r"\s+из\s+", regex.IGNORECASE)


def _coordinated(text: str, draft: _Draft, following: _Draft, in_list: bool = False) -> bool:
    """A bare number coordinated with the figure after it, which states the unit for both."""
    if _PAIR_GAP.fullmatch(text, draft.end, following.start):
        return True
    if _LIST_COMMA.fullmatch(text, draft.end, following.start):
        # "A, B и C%", "A, B, C гектаров" (three or more), not "в 5, 10%"
        return "unit.coordinated" in following.rules or in_list
    return _from_to(text, draft, following)


# "не 75, а 73 человека": a number denied and the one that corrects it measure the same thing
_NOT_BEFORE = regex.compile(r"(?<![\w-])не\s+$", regex.IGNORECASE)
_BUT_GAP = regex.compile(r"\s*,?\s*а\s+", regex.IGNORECASE)
# "5,2 тыс. долларов (против 4,1)": the figure compared with is the same measure, in its scale
_AGAINST = regex.compile(r"(?<![\w-])против(?![\w-])", regex.IGNORECASE)


def _corrected(text: str, draft: _Draft, following: _Draft) -> bool:
    """"погибли не 75, а 73 человека": the unit is said once, after the correction."""
    return _BUT_GAP.fullmatch(text, draft.end, following.start) is not None \
        and _NOT_BEFORE.search(text, max(0, draft.start - 5), draft.start) is not None


# "увеличилось на 25 тыс. и составило 149 тыс. человек": a change, then "и" and one verb that
# states the new level; both measure the same thing, the unit is said once, after the level
_AND_VERB_GAP = regex.compile(r"\s+и\s+([^\W\d_]+)\s+(?:(?:около|почти|более|свыше|примерно)\s+)?",
                              regex.IGNORECASE)


def _change_then_level(text: str, draft: _Draft, following: _Draft) -> bool:
    gap = _AND_VERB_GAP.fullmatch(text, draft.end, following.start)
    return gap is not None and _NA_BEFORE.search(text, max(0, draft.start - 4), draft.start) \
        is not None and word_info(gap.group(1)).pos == "VERB"


_PREDICATES = frozenset({"VERB", "PRTS"})


def _parallel_clauses(text: str, draft: _Draft, following: _Draft) -> bool:
    """"погибли 23 и ранены около 300 человек", "задержаны 5 и оштрафованы 12 водителей": two
    clauses joined by "и", each a verb (or a short participle) and its count, the counted noun
    said once, after the second count (§3 elided units); an unscaled count only."""
    gap = _AND_VERB_GAP.fullmatch(text, draft.end, following.start)
    if gap is None or word_info(gap.group(1)).pos not in _PREDICATES:
        return False
    before = _WORD_BEFORE.search(text, max(0, draft.start - 30), draft.start)
    return before is not None and word_info(before.group(1)).pos in _PREDICATES


def _from_to(text: str, draft: _Draft, following: _Draft) -> bool:
    """"с 9,8 до 5,5%": the old level before the new one."""
    return bool(_FROM_TO_GAP.fullmatch(text, draft.end, following.start)
                and _FROM_BEFORE.search(text, max(0, draft.start - 40), draft.start))


def _share_scale(draft: _Draft, following: _Draft) -> None:
    """"3 и 4 тыс. рублей", "с 3,7 до 2,8 млн": a bare number before a scaled one takes the scale
    that brings it nearest to it ("с 600 до 1,5 млн" → 600 тыс.)."""
    if draft.scaled or following.factor <= 1 or not following.value:
        return
    best, factor = 1.0, following.factor
    while factor > 1:
        if abs(math.log(draft.value * factor / following.value)) < \
                abs(math.log(draft.value * best / following.value)):
            best = factor
        factor /= 1000
    if best > 1 and draft.value > 0:
        draft.value *= best
        draft.factor, draft.scaled = best, True
        draft.rules.append("scale.shared")


def _earlier_levels(text: str, drafts: list[_Draft], grammar: Grammar) -> None:
    """'выдали 149 013 документов — на 30% меньше, чем в 2015 году (214 559)', '433 137 человек
    … (в 2015 году — 461 291)': a bare figure in brackets after a comparison period is the same
    measure in that period; it takes the unit of the nearest figure before it in the sentence
    that is not a change ("на 30%")."""
    if grammar.earlier_level is None:
        return
    for i, draft in enumerate(drafts):
        if draft.unit is not None or not _EARLIER_LEVEL_CLOSE.match(text, draft.end) \
                or not grammar.earlier_level.search(text, max(0, draft.start - 60), draft.start):
            continue
        lender = next((d for d in reversed(drafts[:i]) if d.unit is not None
                       and not _NA_BEFORE.search(text, max(0, d.start - 4), d.start)), None)
        if lender is not None:
            draft.unit, draft.counted = lender.unit, lender.counted
            draft.rules.append("unit.earlier_level")


_EARLIER_LEVEL_CLOSE = regex.compile(r"\s*\)")


# physical amounts that a scaled bare figure may take from a scaled figure before it, like people
# and money: "прокачали 55 млрд кубометров. Более 13 млрд ушло в Китай" (13 млрд m3)
_AMOUNT_UNITS = frozenset({"m3", "t", "kg", "l", "ha", "km", "km2", "m2"})


def inherit_across_sentences(sentences, per_sentence: list[list[Quantity]], text: str = ""
                             ) -> list[list[Quantity]]:
    """'… сложилось в Астане (+41,2 тыс. человек). Отрицательное – в Туркестанской (−14,6
    тыс.)': a scaled figure with no unit anywhere in its sentence takes the unit of the last
    figure of the sentence before, in the same paragraph, when that one counts people or money
    or is a scaled physical amount ("55 млрд кубометров. … Более 13 млрд").
    With the document `text`: 'В стране 2400 участков. Из них 13 закрыты', 'В 700 из них …': a
    part of the set the sentence before counted takes that set's unit (_PART_OF_SET)."""
    out = []
    previous: Quantity | None = None
    counted_set: Quantity | None = None
    previous_paragraph = None
    for sentence, found in zip(sentences, per_sentence, strict=True):
        if previous_paragraph != sentence.paragraph:
            previous = counted_set = None
        if previous is not None and not any(q.unit for q in found):
            found = [replace(q, unit=previous.unit, counted=previous.counted,
                             rules=q.rules + ("unit.inherited_sentence",))
                     if q.unit is None and _is_scaled(q) else q for q in found]
        if counted_set is not None and text and _part_of_set(text, sentence, found):
            found = [replace(q, unit=counted_set.unit, counted=counted_set.counted,
                             rules=q.rules + ("unit.part_of_set",))
                     if q.unit is None and (_is_scaled(q) or not _is_scaled(counted_set)) else q
                     for q in found]
        with_unit = [q for q in found if q.unit == "person" or is_currency(q.unit)
                     or (q.unit in _AMOUNT_UNITS and _is_scaled(q))]
        previous = with_unit[-1] if with_unit else (previous if not found else None)
        sets = [q for q in found if q.unit in _SET_UNITS or is_currency(q.unit)
                or q.unit in _AMOUNT_UNITS]
        counted_set = sets[-1] if sets else None
        previous_paragraph = sentence.paragraph
        out.append(found)
    return out


# what a set counted in one sentence and split in the next is counted in
_SET_UNITS = frozenset({"person", "item"})
# "Из них 13 …", "Среди них — 5 …", "А из этого числа около 40 …": a sentence that opens with a
# part of "them" (the set of the sentence before), up to three words before the number; or a
# number right before "из них" ("В 700 из них …") with no counted figure before it
_PART_OF_SET_OPENING = regex.compile(
    r"\W*(?:(?:а|и|но)\s+)?(?:из|среди)\s+(?:них|их\s+числа|этого\s+числа|этих)"
    r"(?:\s*[,:—–-]?\s*[^\W\d_]+){0,3}\s*[,:—–-]?\s*$", regex.IGNORECASE)
_PART_OF_SET_AFTER = regex.compile(r"\s+из\s+них(?![\w-])", regex.IGNORECASE)


def _part_of_set(text: str, sentence, found: list[Quantity]) -> bool:
    """The sentence's figures are parts of the set counted in the sentence before: its first
    figure has no unit and stands after an opening "Из них", or right before "из них"."""
    if not found or found[0].unit is not None:
        return False
    first = found[0]
    return bool(_PART_OF_SET_OPENING.fullmatch(text, sentence.start, first.start)
                or _PART_OF_SET_AFTER.match(text, first.end))


def _is_scaled(q: Quantity) -> bool:
    return any(rule.startswith("scale.") for rule in q.rules)
