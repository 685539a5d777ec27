"""Paragraphs and sentences of the article text that survives boilerplate removal."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import regex
from razdel import sentenize

from .boilerplate import Dropped
from .records import Sentence
from .ruleload import RuleError, need_pattern, need_str_list, read_yaml

_PARAGRAPH = regex.compile(r"[^\n]+")

# razdel ends a sentence after some abbreviations (rules/segmentation.yaml) that never end one
# when the next word is lower-case, a digit or an opening bracket or currency sign, or a unit of
# power written with a capital ("76 тыс. МВт", "1,5 млн. Вт")
_GOES_ON = regex.compile(r"[a-zа-яё$€£¥%,;:]|[(\[]\s*[a-zа-яё\d$€£¥]|[МГТП]?Вт(?!\w)")
# an editor's note closing a bracket: "(за баррель нефти. - "НГ")", "(FTC. - Ред.)"
_NOTE_CLOSE = regex.compile(r"\.?\s*-\s+[^()]{1,30}?\s*\)")
# "на 6 п.п. Ни одна экономика…": after percentage points a capitalized word begins a sentence
_POINTS_THEN_CAPITAL = regex.compile(r"(?<=\d\s?п\.\s?п\.)\s+(?=[А-ЯЁ][а-яё])")
# a line that does not end a sentence and the line after it that goes on with a lower-case word:
# a link or a line break inside a sentence ("Сам Центробанк\nна фоне роста … \nожидает …")
_OPEN_LINE_END = regex.compile(r"[\w,\-(]$")
_CONTINUATION = regex.compile(r"[а-яё]")
# no paragraph begins with a closing bracket or a punctuation mark that ends or divides the
# sentence before it: a link line inside a sentence ("… к США\n. Напомним", "… чиновника\n: …")
_CLOSING = regex.compile(r"[),;:!?]|\.(?!\.)")
# a link inside a sentence that ends a line before a figure ("инфляция \nсоставила\n 3%."): a line
# that itself goes on with a sentence (begins in lower case) and has no final punctuation goes on
# on the next line when that line begins with a number or a currency sign
_FIGURE_START = regex.compile(r"[\d$€£₽]")
# "снизил ставку на 25 пунктов\n — до 7,5%", "если кто\n-то": a dash before a lower-case word or a
# number goes on with an open line (a dialogue line begins with a capital after its dash)
_DASH_GOES_ON = regex.compile(r"-\s*[а-яё\d]")
# "(… на юге России. - \nRT\n)", "(около $130 млн. \n- RT\n)": an editor's note in brackets
_NOTE_DASH = regex.compile(r"\s-$")
_NOTE_LINE = regex.compile(r"\.?\s*-\s")
# the minutes of a glued time that end their sentence: "в 10. 00. Итоги подведут завтра."
_MINUTES_THEN_CAPITAL = regex.compile(r"(\d\d\.)\s+(?=[А-ЯЁA-Z])")


@dataclass(frozen=True)
class SegmentRules:
    """The abbreviations of rules/segmentation.yaml, compiled: each pattern matches one of them
    with its final period at the end of a sentence razdel has cut."""

    abbreviation_end: regex.Pattern[str]  # "тыс." before a lower-case word goes on
    reference_end: regex.Pattern[str]  # "табл." before a number goes on
    currency_country: regex.Pattern[str]  # "долл." before "США"
    country_after: regex.Pattern[str]
    time_hour_end: regex.Pattern[str]  # "в 08." before the minutes "00"
    time_minutes_start: regex.Pattern[str]


def _alternation(doc, key: str) -> str:
    items = need_str_list(doc, key)
    if not items:
        raise doc.fail(key, "expected a non-empty list of abbreviations")
    for item in items:
        try:
            regex.compile(item)
        except regex.error as err:
            raise doc.fail(key, f"invalid regular expression {item!r}: {err}") from err
    return "|".join(items)


def load_segment_rules(path: Path) -> SegmentRules:
    doc = read_yaml(path)
    if doc is None or not hasattr(doc, "fail"):
        raise RuleError(f"{path}: expected a mapping at the top level")
    flags = regex.IGNORECASE
    return SegmentRules(
        abbreviation_end=regex.compile(
            rf"(?:^|[\s(\[\"/])(?:{_alternation(doc, 'abbreviations')})\.\s*$", flags),
        reference_end=regex.compile(
            rf"(?:^|[\s(\[])(?:{_alternation(doc, 'references')})\.\s*$", flags),
        currency_country=regex.compile(
            rf"(?:^|\s)(?:{_alternation(doc, 'currencies')})\.\s*$", flags),
        country_after=regex.compile(rf"(?:{_alternation(doc, 'currency_countries')})\b"),
        time_hour_end=need_pattern(doc, "time_hour_end"),
        time_minutes_start=need_pattern(doc, "time_minutes_start"),
    )


@lru_cache(maxsize=1)
def _default_rules() -> SegmentRules:
    from .rules import default_rules_dir

    return load_segment_rules(default_rules_dir() / "segmentation.yaml")


def split_sentences(text: str, dropped: list[Dropped],
                    rules: SegmentRules | None = None) -> list[Sentence]:
    """Sentences of `text` (normalized), skipping dropped ranges; a line break ends a paragraph
    unless the next line goes on with the sentence (a lower-case word after a line with no
    final punctuation).

    Scraped articles put one paragraph per line and headlines without a final period, so razdel
    runs inside each paragraph, never across them.
    """
    rules = rules or _default_rules()
    sentences: list[Sentence] = []
    for paragraph_index, start, end in _joined(_kept_paragraphs(text, dropped), text):
        for part_start, part_end in _sentence_spans(text, start, end, rules):
            sentences.append(Sentence(len(sentences), paragraph_index, part_start, part_end))
    return sentences


def _sentence_spans(text: str, start: int, end: int,
                    rules: SegmentRules) -> list[tuple[int, int]]:
    """razdel's sentences of text[start:end], glued after an abbreviation that cannot end a
    sentence and split after "п.п." before a capitalized word."""
    spans: list[list[int]] = []
    for part in sentenize(text[start:end]):
        if not part.text.strip():
            continue
        a, b = start + part.start, start + part.stop
        if spans and _glue(text[spans[-1][0]:spans[-1][1]], text[a:b], rules):
            ends = _MINUTES_THEN_CAPITAL.match(text, a, b)
            if ends is not None:  # "в 10. 00. Итоги …": the time ends the sentence
                spans[-1][1] = a + len(ends.group(1))
                spans.append([ends.end(), b])
            else:
                spans[-1][1] = b
        else:
            spans.append([a, b])
    out: list[tuple[int, int]] = []
    for a, b in spans:
        # one split per sentence is all that occurs; the rest stays whole
        chunk = text[a:b]
        gap = _POINTS_THEN_CAPITAL.search(chunk) if "п." in chunk else None
        if gap is not None:
            out.append((a, a + gap.start()))
            a += gap.end()
        out.append((a, b))
    return out


def _glue(before: str, after: str, rules: SegmentRules) -> bool:
    tail = max(0, len(before) - 16)  # an abbreviation ends the part: look at its end only
    if rules.abbreviation_end.search(before, tail) and _GOES_ON.match(after):
        return True
    if after[:1].isdigit() and rules.reference_end.search(before, tail):
        return True
    if rules.currency_country.search(before, tail) and rules.country_after.match(after):
        return True
    if after[:1].isdigit() and rules.time_hour_end.search(before, max(0, len(before) - 30)) \
            and rules.time_minutes_start.match(after):
        return True
    return before.count("(") > before.count(")") and bool(_NOTE_CLOSE.match(after))


def _joined(paragraphs: list[tuple[int, int, int]], text: str) -> list[tuple[int, int, int]]:
    """Consecutive lines glued into one paragraph where a line break falls inside a sentence;
    the paragraphs are numbered again in order, a dropped block still holding its place."""
    out: list[list[int]] = []
    shift = 0
    last_index = None
    line_start = 0
    for index, start, end in paragraphs:
        if out and last_index == index - 1 \
                and _goes_on(text, out[-1][1], out[-1][2], start, line_start):
            out[-1][2] = end
            shift += 1
        else:
            out.append([index - shift, start, end])
        last_index = index
        line_start = start
    return [(i, s, e) for i, s, e in out]


def _goes_on(text: str, start: int, end: int, next_start: int, line_start: int) -> bool:
    """Whether the line at `next_start` goes on with the sentence of text[start:end], whose last
    line begins at `line_start`."""
    if _CLOSING.match(text, next_start):
        return True
    if _OPEN_LINE_END.search(text[end - 1]):
        if _CONTINUATION.match(text[next_start]) or _DASH_GOES_ON.match(text, next_start):
            return True
        if _FIGURE_START.match(text[next_start]) and _CONTINUATION.match(text[line_start]):
            return True
    paragraph = text[start:end]
    # inside an open bracket, the dash of a note and its author on the next lines
    return paragraph.count("(") > paragraph.count(")") and bool(
        _NOTE_DASH.search(paragraph) or _NOTE_LINE.match(text, next_start))


def _kept_paragraphs(text: str, dropped: list[Dropped]) -> list[tuple[int, int, int]]:
    """(paragraph index, start, end) of the kept lines; the lines of a dropped block inside the
    text (a link to another article) keep their place in the numbering, so the paragraph after
    the block does not read as the one right after the text before it."""
    kept = []
    index = 0
    for match in _PARAGRAPH.finditer(text):
        start, end = match.start(), match.end()
        around = next((d for d in dropped if d.start <= start and end <= d.end), None)
        if around is not None:
            index += around.holds_place
            continue
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if start < end:
            kept.append((index, start, end))
            index += 1
    return kept
