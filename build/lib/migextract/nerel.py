"""Recall of the quantity grammar on NEREL, a corpus of Russian news annotated by others.

    python -m migextract.nerel ../shared/corpus/nerel [--split train|dev|all] [--limit N]
                                                      [--json] [--misses N]

NEREL (brat standoff: ``*.txt`` + ``*.ann``; offsets are characters of the ``.txt`` read as
UTF-8 with ``newline=""``) marks NUMBER, PERCENT and MONEY spans, which are figures we must find,
and DATE and ORDINAL spans, which hold numbers we should not report as figures.

How a span is judged
--------------------
* Expected value. Each NUMBER/PERCENT/MONEY span gets a value from :func:`span_value`, a small
  parser written here independently of the grammar (digits with a decimal comma or point,
  thousands grouped by space / NBSP / narrow NBSP or by dots, the scale words тыс / млн / млрд /
  трлн and their spelled-out forms, simple number words in every case form, collective numerals,
  "дважды", a sign "минус" / "-", ranges "50-70", "от 3 до 5 тыс."). Qualifiers ("более",
  "около") and units ("%", "рублей", "$") are read past: the value of "более 90 %" is 90, the
  value of "8,1 млн долларов" is 8 100 000.
* A span with no numeral at all (MONEY "долларах", "евро") is *no figure*: it is listed, never
  counted. A span with a numeral the parser cannot value ("несколько десятков", "две трети",
  "восьмизначную") is *unparsed*: it counts as recalled when any figure overlaps it, and is
  reported apart from the recall on parsed spans.
* Recall. A parsed span is recalled when a figure we report overlaps it and has its value (a
  figure whose range has the value as one of its bounds counts too; a range span "50-70 млн"
  is recalled by a figure with those bounds, or by figures holding each bound). A figure that
  overlaps with another value is a *wrong value*; no overlapping figure is a *miss*.
* Nesting. NEREL nests entities: a NUMBER may stand inside a MONEY or PERCENT span (once in
  v1.1: "восьмизначную" in "восьмизначную сумму"). Such a NUMBER is not scored on its own: it is
  part of the figure it belongs to, and that figure is scored as the enclosing MONEY/PERCENT
  span. Should a NUMBER span stop before its scale word (NUMBER "5" of "5 млн человек"; v1.1
  has none), the scale word right after it is taken into its expected value: the figure is
  5 000 000, and that is what we must report.
* Kinds. Recall is given for PERCENT, MONEY, NUMBER written with digits (NUMBER-digits) and
  NUMBER written in words (NUMBER-words). NEREL's NUMBER covers every number, names included;
  a digit NUMBER that the text around it shows to be a label, not a count, is reported apart as
  NUMBER-not-figure (:func:`not_figure_reason`: a score "2:1", "№ 5", a code glued to letters
  "AR-15" / "SARS-CoV-2", a number after a Latin name "iPhone 4" or opening a quoted name
  "«112 Украина»", a house number, an ordinal "58-й", a compound word "10-летней"). The grammar
  refuses these on purpose
  (tests/cases/not_quantities.tsv); the split reads only the text, never what the grammar did.
* Precision against DATE/ORDINAL: the share of DATE and of ORDINAL spans that no figure
  overlaps. Figures that also overlap a NUMBER/PERCENT/MONEY span are ignored, because NEREL
  nests a DATE around a figure ("за два года" holds NUMBER "два" at times). DATE spans that are
  durations ("два года", "10 лет") are figures for us (a duration is a quantity in year/month/day
  units), so the DATE line is split into calendar dates and durations; the target is on the
  calendar ones and on ORDINAL.

Speed. The figures are those of :func:`migextract.pipeline.extract_document` (facts are its
quantities), computed by the same stages without NER and context: normalize → boilerplate →
sentences → quantities, through the pipeline's own ``find_document_quantities`` (:func:`figures`).
tests/test_nerel.py checks that both give the same figures.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import regex

from .pipeline import find_document_quantities
from .records import Quantity, Rejection
from .rules import Rules, load_rules

FIGURE_TYPES = ("NUMBER", "PERCENT", "MONEY")
NEGATIVE_TYPES = ("DATE", "ORDINAL")
KINDS = ("PERCENT", "MONEY", "NUMBER-digits", "NUMBER-words", "NUMBER-not-figure")
NEGATIVE_KINDS = ("DATE-calendar", "DATE-duration", "ORDINAL")
SPLITS = ("train", "dev", "all")


class CorpusError(Exception):
    """The corpus directory is missing or malformed; the message says what to do."""


# --- the corpus ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Span:
    id: str
    type: str
    start: int  # first character of the first fragment (in text order)
    end: int  # end of the last fragment
    text: str  # the annotated text (fragments joined by a space)


@dataclass(frozen=True)
class Doc:
    name: str  # "dev/119336_text"
    text: str
    spans: tuple[Span, ...]


def load_corpus(root: Path, split: str = "all", limit: int | None = None) -> list[Doc]:
    """The documents of `split` ("train", "dev" or "all"), sorted by name, at most `limit`."""
    root = Path(root)
    if not root.is_dir():
        raise CorpusError(f"NEREL corpus not found at {root} (expected a directory holding "
                          f"train/ and dev/ with brat .txt + .ann files)")
    parts = ("train", "dev") if split == "all" else (split,)
    paths = []
    for part in parts:
        folder = root / part
        if not folder.is_dir():
            raise CorpusError(f"{folder}: no such directory (is {root} the NEREL corpus?)")
        paths.extend(sorted(folder.glob("*.ann")))
    if not paths:
        raise CorpusError(f"{root}: no .ann files under {', '.join(parts)}/")
    docs = []
    for ann in paths[:limit] if limit is not None else paths:
        txt = ann.with_suffix(".txt")
        if not txt.is_file():
            raise CorpusError(f"{ann}: no matching {txt.name}")
        with open(txt, encoding="utf-8", newline="") as handle:
            text = handle.read()
        docs.append(Doc(f"{ann.parent.name}/{ann.stem}", text, _read_ann(ann, text)))
    return docs


def _read_ann(path: Path, text: str) -> tuple[Span, ...]:
    spans = []
    with open(path, encoding="utf-8", newline="") as handle:
        for line_no, line in enumerate(handle, 1):
            if not line.startswith("T"):
                continue
            try:
                tid, middle, shown = line.rstrip("\r\n").split("\t", 2)
                kind, offsets = middle.split(" ", 1)
                fragments = [tuple(map(int, f.split())) for f in offsets.split(";")]
            except ValueError as err:
                raise CorpusError(f"{path}:{line_no}: not a brat entity line ({err})") from None
            if kind not in FIGURE_TYPES + NEGATIVE_TYPES:
                continue
            fragments.sort()
            start, end = fragments[0][0], max(b for _a, b in fragments)
            if not 0 <= start < end <= len(text):
                raise CorpusError(f"{path}:{line_no}: offsets {start}-{end} outside the text")
            spans.append(Span(tid, kind, start, end,
                              " ".join(text[a:b] for a, b in fragments)))
    return tuple(spans)


# --- the figures, as the pipeline finds them -----------------------------------------------

def figures(text: str, rules: Rules) -> tuple[list[Quantity], list[Rejection]]:
    """The quantities `extract_document` reports for `text` (its facts' `quantity`), and the
    numbers the grammar refused: the pipeline's stages up to quantities, without NER."""
    _text, _sentences, per_sentence, rejections = find_document_quantities(text, rules)
    return [q for found in per_sentence for q in found], rejections


# --- the independent span-value parser -----------------------------------------------------

def _forms(table: dict[float, str]) -> dict[str, float]:
    return {form: value for value, forms in table.items() for form in forms.split()}


_TEEN_STEMS = {11: "одиннадцат", 12: "двенадцат", 13: "тринадцат", 14: "четырнадцат",
               15: "пятнадцат", 16: "шестнадцат", 17: "семнадцат", 18: "восемнадцат",
               19: "девятнадцат", 20: "двадцат", 30: "тридцат"}
_WORDS = _forms({
    0: "ноль нуль ноля нуля нолю нулю нолем нулем ноле нуле",
    1: "один одна одно одни одного одной одному одним одною одну одном одних",
    2: "два две двух двум двумя оба обе обоих обеих обоим обеим обоими обеими",
    3: "три трех трем тремя",
    4: "четыре четырех четырем четырьмя",
    5: "пять пяти пятью", 6: "шесть шести шестью", 7: "семь семи семью",
    8: "восемь восьми восемью восьмью", 9: "девять девяти девятью",
    10: "десять десяти десятью",
    40: "сорок сорока", 50: "пятьдесят пятидесяти пятьюдесятью",
    60: "шестьдесят шестидесяти шестьюдесятью", 70: "семьдесят семидесяти семьюдесятью",
    80: "восемьдесят восьмидесяти восемьюдесятью", 90: "девяносто девяноста",
    100: "сто ста", 200: "двести двухсот двумстам двумястами двухстах",
    300: "триста трехсот тремстам тремястами трехстах",
    400: "четыреста четырехсот четыремстам четырьмястами четырехстах",
    500: "пятьсот пятисот пятистам пятьюстами пятистах",
    600: "шестьсот шестисот шестистам шестьюстами шестистах",
    700: "семьсот семисот семистам семьюстами семистах",
    800: "восемьсот восьмисот восьмистам восемьюстами восьмьюстами восьмистах",
    900: "девятьсот девятисот девятистам девятьюстами девятистах",
    1.5: "полтора полторы полутора",
})
_WORDS.update({stem + ending: float(value) for value, stem in _TEEN_STEMS.items()
               for ending in ("ь", "и", "ью")})
_COLLECTIVE = _forms({2: "двое двоих двоим двоими", 3: "трое троих троим троими",
                      4: "четверо четверых четверым четверыми",
                      5: "пятеро пятерых пятерым пятерыми", 6: "шестеро шестерых шестерым",
                      7: "семеро семерых семерым", 8: "восьмеро восьмерых",
                      9: "девятеро девятерых", 10: "десятеро десятерых"})
_WORDS.update(_COLLECTIVE)
_WORDS.update(_forms({2: "дважды", 3: "трижды", 4: "четырежды"}))
_SCALE_WORDS = regex.compile(
    r"(?:тыс\.?|тысяч[аиуеы]?|тысячей|тысячью|тысячам[и]?|тысячах"
    r"|млн\.?|миллион(?:а|у|ом|е|ы|ов|ам|ами|ах)?"
    r"|млрд\.?|миллиард(?:а|у|ом|е|ы|ов|ам|ами|ах)?"
    r"|трлн\.?|триллион(?:а|у|ом|е|ы|ов|ам|ами|ах)?)(?![^\W\d_])", regex.IGNORECASE)
_SCALE_FACTORS = (("тыс", 1e3), ("млн", 1e6), ("миллион", 1e6), ("млрд", 1e9),
                  ("миллиард", 1e9), ("трлн", 1e12), ("триллион", 1e12))
# vague or fractional numerals: a figure, but not one this parser values
_VAGUE = regex.compile(r"^(?:несколь|десят(?:к|ок|оч)|сотн|сотен|сот$|дюжин|полдюжин|полсотн"
                       r"|полусотн|полтыс|полмилл|половин|трет(?:ь|и|ью|ей|ям)$|четверт(?:ь|и|ью|ей|ям)$"
                       r"|многи|\w+значн"
                       # compounds built on a numeral: "двухлетний", "трехкомнатную", "тройку",
                       # "полумиллиона", "полкилометра", "миллиардной"
                       r"|дву[хк]|двой|тр[её]х|трой|четыр[её]х|пяти|шести|семи|восьми|девяти"
                       r"|десяти|полу|пол[кмст]|миллиардн|миллионн|тысячн)", regex.IGNORECASE)
_TOKEN = regex.compile(
    r"(?P<num>\d{1,3}(?:[.]\d{3}){2,}(?:,\d+)?"
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?)"
    r"|(?P<word>[^\W\d_]+\.?)"
    r"|(?P<dash>[-\u2010-\u2015\u2212])"
    r"|(?P<other>\S)", regex.IGNORECASE)
_RANGE_WORDS = {"до", "по"}
_SINGULAR_SCALES = {"тысяча", "тысячу", "тысяче", "тысячей", "тысячью"} | {
    stem + ending for stem in ("миллион", "миллиард", "триллион")
    for ending in ("", "а", "у", "ом", "е")}


@dataclass(frozen=True)
class Expected:
    """The value of a span: `low` == `high` for one number, `low` < `high` for a range."""

    low: float
    high: float

    @property
    def is_range(self) -> bool:
        return self.low != self.high


def span_value(text: str) -> Expected | None:
    """The value of an annotated span, or None when it holds no number this parser reads.

    The first figure of the span is read: numbers and scale words in a row; words before it
    (qualifiers, "минус") and after it (units) are passed over; a dash, "до" or "по" between two
    figures makes a range; anything else after the figure ends it ("10 из 10" → 10).

    >>> span_value("8,1 млн долларов")
    Expected(low=8100000.0, high=8100000.0)
    >>> span_value("от 30 тыс. до 50 тыс. руб.")
    Expected(low=30000.0, high=50000.0)
    """
    tokens = list(_TOKEN.finditer(text.replace("&nbsp;", " ")))
    groups: list[list[tuple[str, float, str]]] = [[]]
    sign, closed, skip = 1.0, False, -1
    for i, match in enumerate(tokens):
        if i == skip:
            continue
        kind, token = match.lastgroup, match.group()
        word = token.lower().replace("ё", "е")
        piece = None
        if kind == "num":
            piece = ("n", _digits(token), word)
        elif kind == "word" and _scale(word):
            piece = ("s", _scale(word), word.rstrip("."))
        elif kind == "word" and word.rstrip(".") in _WORDS:
            piece = ("n", _WORDS[word.rstrip(".")], word)
        if piece is not None:
            if closed:
                break  # a second figure, not joined to the first as a range
            groups[-1].append(piece)
            continue
        if kind == "word" and _VAGUE.search(word):
            return None  # "несколько тысяч", "две трети": not a value we can check
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if kind == "dash" and groups[-1] and nxt is not None and nxt.lastgroup == "word" \
                and nxt.start() == match.end() and match.start() == tokens[i - 1].end() \
                and not _is_numeral(nxt.group()):
            skip = i + 1  # a case ending glued to a number: "4-х миллионов", "10-ти"
            continue
        starts_second = nxt is not None and (nxt.lastgroup == "num" or _is_numeral(nxt.group()))
        if (kind == "dash" or word in _RANGE_WORDS) and groups[-1] and len(groups) == 1 \
                and starts_second:
            groups.append([])
            closed = False
            continue
        if kind == "other" and token == "/" and groups[-1] and nxt is not None \
                and nxt.lastgroup == "num" and nxt.start() == match.end():
            return None  # "3/4": a fraction (or a code such as "16/1")
        if not any(groups):
            glued = i > 0 and tokens[i - 1].end() == match.start()
            if (kind == "dash" and not glued) or word == "минус":
                sign = -1.0
            continue
        closed = True  # a unit, a noun or a mark after the figure
    groups = [g for g in groups if g]
    if not groups:
        return None
    values = [_compose(g) for g in groups]
    if any(v is None for v in values):
        return None
    if len(values) == 1:
        return Expected(sign * values[0], sign * values[0])
    low, high = values
    last_scale = next((v for kind, v, _w in reversed(groups[1]) if kind == "s"), None)
    if last_scale and not any(kind == "s" for kind, _v, _w in groups[0]):
        low *= last_scale  # "50-70 млн", "от четырех до пяти тысяч": both ends are scaled
    return Expected(sign * low, sign * high)


def _is_numeral(token: str) -> bool:
    word = token.lower().replace("ё", "е")
    return bool(regex.fullmatch(r"\d.*", word) or _scale(word) or word.rstrip(".") in _WORDS)


def _digits(literal: str) -> float:
    compact = regex.sub(r"[ \u00a0\u202f\u2009]", "", literal)
    if compact.count(".") >= 2:
        compact = compact.replace(".", "")
    return float(compact.replace(",", "."))


def _scale(word: str) -> float | None:
    if not _SCALE_WORDS.fullmatch(word):
        return None
    return next(f for stem, f in _SCALE_FACTORS if word.startswith(stem))


def _compose(pieces: list[tuple[str, float, str]]) -> float | None:
    """Numbers and scales → one value: '2 млн 300 тыс.' → 2300000, 'сто двадцать' → 120.
    A scale word with no number is a value only in the singular ("миллион"), not "миллионы"."""
    total, current, seen_number = 0.0, 0.0, False
    for kind, value, word in pieces:
        if kind == "s":
            if not seen_number and word not in _SINGULAR_SCALES:
                return None
            total += (current if seen_number else 1.0) * value
            current, seen_number = 0.0, False
        else:
            current += value
            seen_number = True
    return total + current


def trailing_scale(text: str, end: int) -> float | None:
    """The factor of a scale word right after `end` ("5" of "5 млн человек"), if any."""
    match = regex.match(r"[ \u00a0\u202f\u2009]*([^\W\d_]+\.?)", text[end:end + 24])
    return _scale(match.group(1).lower()) if match else None


def has_numeral(text: str) -> bool:
    """Does a span hold any numeral, even one that `span_value` cannot value?"""
    return bool(regex.search(r"\d", text)) or any(
        _is_numeral(w) or _VAGUE.search(w.lower()) for w in regex.findall(r"[^\W\d_]+\.?", text))


# --- NUMBER spans that are not figures ----------------------------------------------------

# NEREL's NUMBER covers every number, identifiers included. These are not statistical figures
# (the grammar refuses them on purpose: tests/cases/not_quantities.tsv); they are told apart by
# the text around the span alone, never by what the grammar did.
_ORDINAL_ENDINGS = {"й", "го", "ого", "его", "м", "ом", "ем", "ым", "им", "ой", "ый", "ий", "ая",
                    "яя", "ое", "ее", "ые", "ие", "ую", "юю", "я", "е", "о"}
_CASE_ENDINGS = {"ти", "ми", "х", "ю", "ью", "и", "ух", "ех", "ох", "ем", "ум", "ям"}
_NOT_FIGURE_BEFORE = (
    ("score", regex.compile(r"\d\s?:\s?$")),
    ("number sign", regex.compile(r"(?:№|(?<![\w])N|No\.?|номер\w*)\s?$", regex.IGNORECASE)),
    ("code", regex.compile(r"[^\W\d_]-$")),  # AR-15, Ан-72, Союз ТМА-9, Формулы-1
    ("name", regex.compile(r"(?<![\w])(?!(?:USD|EUR|RUB)\b)[A-Za-z][\w]*\s$")),  # iPhone 4, Pier 39
    ("address", regex.compile(r"(?<![\w])(?:дом[ауе]?|д\.|корпус\w*|кв\.)\s?$|\d/$|"
                              r"(?:улиц\w*|ул\.|переул\w*|проспект\w*|шоссе),\s?$",
                              regex.IGNORECASE)),
)


def not_figure_reason(text: str, span: Span) -> str | None:
    """Why a NUMBER span written with digits names something rather than counts it (a score,
    "№ 5", a model code, an ordinal "58-й", "N-летний"), or None for a figure."""
    inner = span.text
    if regex.search(r"№|\d\s?:\s?\d|^\d+:$|[^\W\d_]-\d", inner):
        return "score" if ":" in inner else "number sign" if "№" in inner else "code"
    if regex.search(r"\d\.\d+\.\d", inner) or regex.match(r"\d+/\d", inner) and \
            not regex.match(r"\d\s?/\s?\d{1,2}(?!\d)", inner):
        return "code"
    before = text[max(0, span.start - 12):span.start]
    for reason, pattern in _NOT_FIGURE_BEFORE:
        if pattern.search(before):
            return reason
    after = text[span.end:span.end + 3]
    if regex.match(r"\s?:\s?\d", after):
        return "score"
    if regex.search(r"[«\"„]$", before) and regex.match(r"\s(?-i:[А-ЯЁA-Z])", after):
        return "name"  # a name in quotes that opens with a number: «112 Украина»
    glued = regex.search(r"\d\s?-\s?([^\W\d_]+)(?![^\W\d_])", inner) or (
        regex.search(r"\d$", inner) and
        regex.match(r"\s?-\s?([^\W\d_]+)", text[span.end:span.end + 30]))
    if glued:
        ending = glued.group(1).lower()
        if ending in _ORDINAL_ENDINGS:
            return "ordinal"
        if ending not in _CASE_ENDINGS:
            return "compound word"  # "10-летней", "30-дневный", "70-процентное"
    return None


# --- scoring -------------------------------------------------------------------------------

@dataclass
class Outcome:
    doc: str
    span: Span
    kind: str
    status: str  # recalled | wrong_value | missed | unparsed_hit | unparsed_miss | no_figure
    expected: Expected | None
    facts: list[Quantity]
    context: str
    refused: list[str]


@dataclass
class Report:
    docs: int = 0
    figures: int = 0
    outcomes: list[Outcome] = field(default_factory=list)
    negatives: dict[str, list[tuple[str, Span, list[Quantity], str]]] = field(
        default_factory=lambda: defaultdict(list))
    negative_totals: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def same(a: float, b: float | None) -> bool:
    return b is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def _holds(expected: Expected, facts: list[Quantity]) -> bool:
    if expected.is_range:
        if any(same(expected.low, q.value_min) and same(expected.high, q.value_max)
               for q in facts):
            return True
        return any(same(expected.low, q.value) for q in facts) and \
            any(same(expected.high, q.value) for q in facts)
    v = expected.low
    return any(same(v, q.value) or (q.qualifier == "range" and
                                    (same(v, q.value_min) or same(v, q.value_max)))
               for q in facts)


def kind_of(text: str, span: Span) -> str:
    if span.type != "NUMBER":
        return span.type
    if not regex.search(r"\d", span.text):
        return "NUMBER-words"
    return "NUMBER-not-figure" if not_figure_reason(text, span) else "NUMBER-digits"


_DURATION = regex.compile(r"(?:лет|год\w*|месяц\w*|недел\w*|д(?:ень|ня|ней|ням|нями|нях)|сут\w*"
                          r"|час\w*|минут\w*|секунд\w*|век\w*|десятилет\w*)\s*$", regex.IGNORECASE)
_CALENDAR = regex.compile(r"январ|феврал|март|апрел|ма[йяе]\b|июн|июл|август|сентябр|октябр"
                          r"|ноябр|декабр|\b(?:1[89]|20)\d\d\b|\d{1,2}[./]\d{1,2}", regex.IGNORECASE)


def negative_kind(span: Span) -> str:
    if span.type == "ORDINAL":
        return "ORDINAL"
    is_duration = _DURATION.search(span.text) and not _CALENDAR.search(span.text)
    return "DATE-duration" if is_duration else "DATE-calendar"


def score_doc(doc: Doc, found: list[Quantity], refused: list[Rejection], report: Report) -> None:
    report.docs += 1
    report.figures += len(found)
    figure_spans = [s for s in doc.spans if s.type in FIGURE_TYPES]
    enclosing = [s for s in figure_spans if s.type != "NUMBER"]

    def overlapping(start: int, end: int) -> list[Quantity]:
        return [q for q in found if q.start < end and start < q.end]

    for span in figure_spans:
        if span.type == "NUMBER" and any(e.start <= span.start and span.end <= e.end
                                         for e in enclosing):
            continue  # scored as the MONEY/PERCENT figure it belongs to
        facts = overlapping(span.start, span.end)
        expected = span_value(span.text)
        if expected is not None and span.type == "NUMBER":
            factor = trailing_scale(doc.text, span.end)
            if factor:
                expected = Expected(expected.low * factor, expected.high * factor)
        if expected is not None:
            status = "recalled" if _holds(expected, facts) else \
                "wrong_value" if facts else "missed"
        elif has_numeral(span.text):
            status = "unparsed_hit" if facts else "unparsed_miss"
        else:
            status = "no_figure"
        why = sorted({r.rule for r in refused if r.start < span.end and span.start < r.end})
        kind = kind_of(doc.text, span)
        if kind == "NUMBER-not-figure":
            why = [not_figure_reason(doc.text, span)] + why
        report.outcomes.append(Outcome(doc.name, span, kind, status, expected, facts,
                                       _context(doc.text, span.start, span.end), why))

    for span in doc.spans:
        if span.type not in NEGATIVE_TYPES:
            continue
        name = negative_kind(span)
        report.negative_totals[name] += 1
        facts = [q for q in overlapping(span.start, span.end)
                 if not any(q.start < s.end and s.start < q.end for s in figure_spans)]
        if facts:
            report.negatives[name].append((doc.name, span, facts,
                                           _context(doc.text, span.start, span.end)))


def _context(text: str, start: int, end: int, width: int = 45) -> str:
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    flat = f"{left}[{text[start:end]}]{right}"
    return regex.sub(r"\s+", " ", flat).strip()


def evaluate(docs: Sequence[Doc], rules: Rules | None = None) -> Report:
    rules = rules or load_rules()
    report = Report()
    for doc in docs:
        found, refused = figures(doc.text, rules)
        score_doc(doc, found, refused, report)
    return report


# --- the report ----------------------------------------------------------------------------

def summary(report: Report) -> dict:
    kinds = {}
    for kind in KINDS:
        outs = [o for o in report.outcomes if o.kind == kind]
        count = defaultdict(int)
        for o in outs:
            count[o.status] += 1
        parsed = count["recalled"] + count["wrong_value"] + count["missed"]
        unparsed = count["unparsed_hit"] + count["unparsed_miss"]
        kinds[kind] = {
            "spans": len(outs), "parsed": parsed, "recalled": count["recalled"],
            "wrong_value": count["wrong_value"], "missed": count["missed"],
            "recall": round(count["recalled"] / parsed, 4) if parsed else None,
            "unparsed": unparsed, "unparsed_overlapped": count["unparsed_hit"],
            "unparsed_overlap_recall": round(count["unparsed_hit"] / unparsed, 4)
            if unparsed else None,
            "no_figure": count["no_figure"],
        }
    negatives = {}
    for kind in NEGATIVE_KINDS:
        total = report.negative_totals.get(kind, 0)
        hit = len(report.negatives.get(kind, ()))
        negatives[kind] = {"spans": total, "overlapped_by_a_figure": hit,
                           "clean": round(1 - hit / total, 4) if total else None}
    return {"docs": report.docs, "figures_reported": report.figures, "recall": kinds,
            "precision_against": negatives}


def _num(value: float | None) -> str:
    if value is None:
        return "_"
    return f"{value:.10g}"


def _show_expected(e: Expected | None) -> str:
    if e is None:
        return "?"
    return _num(e.low) if not e.is_range else f"{_num(e.low)}..{_num(e.high)}"


def _show_fact(q: Quantity, text_of) -> str:
    bounds = f" [{_num(q.value_min)}..{_num(q.value_max)}]" if q.qualifier == "range" else ""
    return f"{text_of(q)!r}={_num(q.value)}{bounds} {q.unit or '_'} ({','.join(q.rules)})"


def miss_lines(report: Report, docs_text: dict[str, str], limit: int) -> list[str]:
    def text_of(doc: str):
        return lambda q: docs_text[doc][q.start:q.end]

    lines = []
    labels = {"missed": "missed", "wrong_value": "wrong value",
              "unparsed_miss": "unparsed, no figure overlaps"}
    for kind in KINDS:
        for status, label in labels.items():
            outs = [o for o in report.outcomes if o.kind == kind and o.status == status]
            if not outs or not limit:
                continue
            lines.append(f"\n{kind} {label} ({len(outs)}):")
            for o in outs[:limit]:
                got = "; ".join(_show_fact(q, text_of(o.doc)) for q in o.facts) or "-"
                why = f" refused by {','.join(o.refused)}" if o.refused else ""
                lines.append(f"  {o.doc} {o.span.id} {o.span.text!r} expected "
                             f"{_show_expected(o.expected)} got {got}{why}")
                lines.append(f"      … {o.context}")
    for kind in NEGATIVE_KINDS:
        hits = report.negatives.get(kind, [])
        if not hits or not limit:
            continue
        lines.append(f"\n{kind} spans overlapped by a figure ({len(hits)}):")
        for doc, span, facts, context in hits[:limit]:
            got = "; ".join(_show_fact(q, text_of(doc)) for q in facts)
            lines.append(f"  {doc} {span.id} {span.text!r} got {got}")
            lines.append(f"      … {context}")
    return lines


def format_report(report: Report, docs: Sequence[Doc], misses: int = 20,
                  as_json: bool = False) -> str:
    result = summary(report)
    texts = {d.name: d.text for d in docs}
    if as_json:
        result["misses"] = [
            {"doc": o.doc, "id": o.span.id, "kind": o.kind, "status": o.status,
             "span": o.span.text, "start": o.span.start, "end": o.span.end,
             "expected": None if o.expected is None else [o.expected.low, o.expected.high],
             "facts": [{"span": texts[o.doc][q.start:q.end], "value": q.value,
                        "value_min": q.value_min, "value_max": q.value_max, "unit": q.unit,
                        "rule": list(q.rules)} for q in o.facts],
             "refused_by": o.refused, "context": o.context}
            for o in report.outcomes if o.status in ("missed", "wrong_value", "unparsed_miss")]
        return json.dumps(result, ensure_ascii=False, indent=2)
    lines = [f"NEREL: {result['docs']} documents, {result['figures_reported']} figures reported",
             "",
             f"{'recall':<18}{'spans':>6}{'parsed':>7}{'hit':>6}{'wrong':>6}{'miss':>6}"
             f"{'recall':>8}   unparsed (overlapped)   no figure"]
    for kind, s in result["recall"].items():
        recall = "-" if s["recall"] is None else f"{s['recall']:.3f}"
        lines.append(f"{kind:<18}{s['spans']:>6}{s['parsed']:>7}{s['recalled']:>6}"
                     f"{s['wrong_value']:>6}{s['missed']:>6}{recall:>8}   "
                     f"{s['unparsed']:>3} ({s['unparsed_overlapped']:>3})"
                     f"{'':>14}{s['no_figure']:>3}")
    lines += ["", "precision against (share of spans no figure overlaps; figures that also "
                  "overlap a NUMBER/PERCENT/MONEY span ignored):"]
    for kind, s in result["precision_against"].items():
        clean = "-" if s["clean"] is None else f"{s['clean']:.3f}"
        lines.append(f"  {kind:<16}{s['spans']:>6} spans, {s['overlapped_by_a_figure']:>4} "
                     f"overlapped, clean {clean}")
    lines += miss_lines(report, texts, misses)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m migextract.nerel",
        description="Recall of NEREL's NUMBER/PERCENT/MONEY spans and precision against its "
                    "DATE/ORDINAL spans (see the module docstring for the matching rules).")
    parser.add_argument("corpus", type=Path, help="the NEREL directory (holds train/ and dev/)")
    parser.add_argument("--split", choices=SPLITS, default="all")
    parser.add_argument("--limit", type=int, metavar="N", help="only the first N documents")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--misses", type=int, default=20, metavar="N",
                        help="list at most N misses of each kind (default 20; 0: none)")
    parser.add_argument("--rules", type=Path, metavar="DIR", help="rules directory to use")
    args = parser.parse_args(argv)
    try:
        docs = load_corpus(args.corpus, args.split, args.limit)
        report = evaluate(docs, load_rules(args.rules) if args.rules else None)
    except CorpusError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(format_report(report, docs, args.misses, args.json))
    return 0


if __name__ == "__main__":
    sys.exit(main())
