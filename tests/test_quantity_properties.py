"""Property-based tests of the quantity grammar (hypothesis).

1. Any number rendered in any supported style — digits grouped by space / NBSP / narrow NBSP /
   dots, a decimal comma or point, a scale word, a sign, "%" or a unit after it, or spelled out
   in words — placed in a short Russian sentence is read back with the same value (and unit).
2. Any text, random Unicode included, never makes the pipeline fail, and every figure it reports
   lies inside the text with text[start:end] == span.
"""

from __future__ import annotations

import os
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from migextract.pipeline import extract_text

# MIGEXTRACT_HYPOTHESIS_EXAMPLES=5000 for a longer hunt; 200 keeps the suite fast
SETTINGS = settings(max_examples=int(os.environ.get("MIGEXTRACT_HYPOTHESIS_EXAMPLES", "200")),
                    deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

GROUPS = {"none": "", "space": " ", "nbsp": "\u00a0", "narrow": "\u202f", "thin": "\u2009",
          "dot": "."}
SCALES = {None: 1, "тыс.": 10**3, "тысяч": 10**3, "млн": 10**6, "миллиона": 10**6,
          "млрд": 10**9, "миллиардов": 10**9, "трлн": 10**12}
SIGNS = {"": 1, "+": 1, "-": -1, "\u2212": -1, "\u2013": -1, "минус ": -1, "плюс ": 1}
UNITS = {None: None, "%": "percent", " %": "percent", " процента": "percent",
         " человек": "person", " рублей": "RUB", " тенге": "KZT", " долларов": "USD"}
TEMPLATES = ["По данным ведомства, показатель составил {} по итогам периода.",
             "Сальдо за отчетный период – {}, сообщает ведомство.",
             "{} – таков итог прошлого периода.",
             "Итоговое значение составило {}."]


def _group(integer: int, separator: str) -> str:
    digits = str(integer)
    if not separator:
        return digits
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return separator.join(parts)


@st.composite
def rendered_figures(draw):
    integer = draw(st.integers(0, 999_999_999))
    places = draw(st.sampled_from([0, 1, 2]))
    fraction = draw(st.integers(0, 10**places - 1)) if places else 0
    group = draw(st.sampled_from(sorted(GROUPS)))
    separator = GROUPS[group] if integer >= 1000 else ""
    if group == "dot" and (integer < 1_000_000 and not places):
        separator = ""  # "1.234" alone reads as a decimal, never as 1234
    point = draw(st.sampled_from([",", "."])) if places else ""
    if separator == "." and point == ".":
        point = ","  # "1.234.567,5": the other mark is the decimal one
    unit = draw(st.sampled_from(list(UNITS)))
    scale = None if UNITS[unit] == "percent" else draw(st.sampled_from(list(SCALES)))
    sign = draw(st.sampled_from(list(SIGNS)))
    value = Decimal(integer) + (Decimal(fraction) / 10**places if places else 0)
    if value == 0:
        sign = ""
    literal = _group(integer, separator) + (f"{point}{fraction:0{places}d}" if places else "")
    is_year = not places and not scale and not unit and not sign and 1900 <= integer <= 2100
    assume(not is_year)  # a bare integer in 1900..2100 is a year, by design
    figure = sign + literal + (f" {scale}" if scale else "") + (unit or "")
    expected = float(SIGNS[sign] * value * SCALES[scale])
    return figure, expected, UNITS[unit]


_UNITS_WORDS = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"]
_TEENS = ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать",
          "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"]
_TENS = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят",
         "восемьдесят", "девяносто"]
_HUNDREDS = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот",
             "восемьсот", "девятьсот"]


def _words_below_1000(n: int, feminine: bool = False) -> list[str]:
    words = [_HUNDREDS[n // 100]]
    rest = n % 100
    if 10 <= rest < 20:
        words.append(_TEENS[rest - 10])
    else:
        words.append(_TENS[rest // 10])
        unit = _UNITS_WORDS[rest % 10]
        if feminine and rest % 10 in (1, 2):
            unit = {1: "одна", 2: "две"}[rest % 10]
        words.append(unit)
    return [w for w in words if w]


def in_words(n: int) -> str:
    """Nominative Russian for 1 ≤ n ≤ 999 999: 'сто двадцать пять тысяч триста'."""
    thousands, rest = divmod(n, 1000)
    words = []
    if thousands:
        words += _words_below_1000(thousands, feminine=True)
        last, last_two = thousands % 10, thousands % 100
        words.append("тысяч" if 11 <= last_two <= 14 or last not in (1, 2, 3, 4)
                     else "тысяча" if last == 1 else "тысячи")
    words += _words_below_1000(rest)
    return " ".join(words)


def _only_figure(text: str, start: int, end: int):
    result = extract_text(text)
    assert result.status == "ok", result.error
    hits = [f for f in result.facts if f.quantity.start < end and start < f.quantity.end]
    assert len(hits) == 1, (text, [(f.span, f.quantity.value) for f in result.facts])
    return hits[0].quantity


@SETTINGS
@given(rendered_figures(), st.sampled_from(TEMPLATES))
def test_digits_read_back(figure, template):
    rendered, expected, unit = figure
    text = template.format(rendered)
    start = text.index(rendered)
    q = _only_figure(text, start, start + len(rendered))
    assert q.value == pytest.approx(expected, rel=1e-9, abs=1e-9), text
    if unit is not None:
        assert q.unit == unit, text


@SETTINGS
@given(st.integers(1, 999_999), st.sampled_from(["человек", "процентов", "рублей"]),
       st.sampled_from(TEMPLATES))
def test_words_read_back(n, noun, template):
    words = in_words(n)
    text = template.format(f"{words} {noun}")
    start = text.index(words)
    q = _only_figure(text, start, start + len(words))
    assert q.value == n, text


def test_in_words_renderer():
    assert in_words(125_300) == "сто двадцать пять тысяч триста"
    assert in_words(21_001) == "двадцать одна тысяча один"
    assert in_words(2_000) == "две тысячи"
    assert in_words(11_000) == "одиннадцать тысяч"


_FIGURE_ALPHABET = st.sampled_from(list(
    "0123456789 0123456789,.-+%$₽€₸:;()/\"«»–—\u2212\u00a0\u202f\n"
    "тысмлнрдчеловкаоиуепзйгвбя ТЫСМЛНЧП") + ["тыс.", "млн", "млрд", "человек", "рублей",
                                             "более ", "около ", "от ", " до ", "минус ",
                                             "раза", " в ", "года", "2024", "января",
                                             "№", "ст.", "http://", "г.", "1 234,5"])


def _check_spans(text: str) -> None:
    result = extract_text(text)
    if not text.strip():
        assert result.status == "error" and result.error == "empty text"
        return
    assert result.status == "ok", result.error
    for fact in result.facts:
        q = fact.quantity
        assert 0 <= q.start < q.end <= len(text), (text, q)
        assert text[q.start:q.end] == fact.span, (text, q)
        assert q.start <= q.number_start < q.number_end <= q.end, (text, q)


@SETTINGS
@given(st.text(max_size=300))
def test_random_unicode_never_fails(text):
    _check_spans(text)


def test_letters_without_a_unicode_name():  # pymorphy3 calls unicodedata.name() on them
    _check_spans("0:\U00017000")
    _check_spans("Прибыло 5 \U00017000.")


@SETTINGS
@given(st.lists(_FIGURE_ALPHABET, max_size=120).map("".join))
def test_figure_like_noise_never_fails(text):
    _check_spans(text)


def test_a_digit_python_cannot_read_is_no_figure():
    """regex knows newer Unicode digits than Python's float() ("\U00011bf0", Unicode 15)."""
    facts = extract_text("Прибыло \U00011bf0 человек и 12 тыс. мигрантов.").facts
    assert [f.span for f in facts] == ["12 тыс. мигрантов"]
