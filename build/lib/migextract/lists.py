"""Lists of parts under a total: a document-level pass after the per-sentence context.

Statistical releases and programme documents break a total down line by line:

    Объем финансирования Программы составляет 32753,9 тыс. рублей :
    - городской бюджет – 27028,9 тыс. рублей ;
    в 2016 году – 7129,1 тыс. рублей :
    - городской бюджет – 6234,1 тыс. рублей ;

A line ending with ":" opens a list; the lines after it that read "label – figure" are its items.
Each item measures what the total measures (its subject), is part of it (parent figure), and its
label is the breakdown category ("городской бюджет") or, when it is a period ("в 2016 году"), only
fixes the period, which the sentence pass already did. An item line ending with ":" opens a
nested list; items written in the same style as an open nested header (both bulleted or both not)
close it. Any other non-empty line closes every open list. Figures in brackets on an item line
("84 тыс. руб. ( бюджет района 31 тыс. руб. , внебюджетные средства 53 тыс. руб. )") are parts of
the item's figure.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import regex

from .records import Context, Quantity
from .rules import Rules

_BULLET = regex.compile(r"^\s*[-–—•*·]\s*")
_ITEM = regex.compile(r"\s*(?:[-–—•*·]\s*)?(?P<label>[^\s–—:][^–—:\n]{0,80}?)\s+[-–—]\s*$")
_LABEL_LINE = regex.compile(r"\s*(?:[-–—•*·]\s*)?[^\s–—:][^–—:\n]{0,80}?\s+[-–—]\s")
_BRACKET_LABEL = regex.compile(r"[(,;]\s*(?P<label>[^\W\d][^()\d,;:]{0,60}?)\s*$")


@dataclass
class _Header:
    index: int | None  # document index of the total figure, if the header line holds one
    subject: str | None
    indicator: str | None
    bulleted: bool
    is_item: bool  # the header line is itself an item of an outer list


_WORD_CHAR = regex.compile(r"\w")


def structure_lists(text: str, quantities: list[Quantity], contexts: list[Context],
                    rules: Rules) -> list[Context]:
    """`contexts` (one per quantity, document order) with list items tied to their totals."""
    out = list(contexts)
    by_line = _quantities_by_line(text, quantities)
    stack: list[_Header] = []
    for line_start, line_end, members in _lines(text, by_line):
        line = text[line_start:line_end]
        if not _WORD_CHAR.search(line):
            continue  # blank, or a footnote mark alone: "*"
        label = _item_label(text, line_start, quantities, members)
        bulleted = bool(_BULLET.match(line))
        if label is None:
            if members or not (line.rstrip().endswith(":") or _LABEL_LINE.match(line)):
                stack.clear()  # "2014 год – финансирования не требуется" keeps the list open
        else:
            while stack and stack[-1].is_item and stack[-1].bulleted == bulleted:
                stack.pop()
            if stack:
                _tie_item(text, out, members, stack[-1], label, quantities, rules)
        if line.rstrip().endswith(":"):
            stack.append(_open(out, members, stack, label is not None, bulleted))
    return out


def _quantities_by_line(text: str, quantities: list[Quantity]) -> dict[int, list[int]]:
    by_line: dict[int, list[int]] = {}
    for index, q in enumerate(quantities):
        by_line.setdefault(text.rfind("\n", 0, q.start) + 1, []).append(index)
    return by_line


def _lines(text: str, by_line: dict[int, list[int]]):
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield start, end, by_line.get(start, [])
        start = end + 1


def _item_label(text: str, line_start: int, quantities: list[Quantity], members: list[int]
                ) -> str | None:
    """'городской бюджет' for '- городской бюджет – 27028,9 тыс. рублей ;', else None."""
    if not members:
        return None
    match = _ITEM.match(text, line_start, quantities[members[0]].start)
    return match.group("label").strip() if match else None


def _open(out: list[Context], members: list[int], stack: list[_Header], is_item: bool,
          bulleted: bool) -> _Header:
    if members:
        total = members[0]
        ctx = out[total]
        return _Header(total, ctx.subject, ctx.indicator, bulleted, is_item)
    outer = stack[-1] if stack else None  # "В том числе по срокам исполнения :"
    if outer is not None:
        return _Header(outer.index, outer.subject, outer.indicator, bulleted, is_item)
    return _Header(None, None, None, bulleted, is_item)


def _tie_item(text: str, out: list[Context], members: list[int], header: _Header, label: str,
              quantities: list[Quantity], rules: Rules) -> None:
    first = members[0]
    out[first] = _as_part(out[first], header.index, header.subject, header.indicator, label, rules)
    for index in members[1:]:
        inner = _bracket_label(text, quantities[first], quantities[index])
        if inner is not None:
            ctx = replace(out[index], breakdown=out[index].breakdown or inner)
            out[index] = _as_part(ctx, first, out[first].subject, out[first].indicator, None, rules)


def _bracket_label(text: str, first: Quantity, q: Quantity) -> str | None:
    """'бюджет района' for '84 тыс. руб. ( бюджет района 31 тыс. руб.': a part in brackets."""
    between = text[first.end:q.start]
    if "(" not in between or ")" in between:
        return None
    match = _BRACKET_LABEL.search(between)
    return match.group("label").strip() if match else None


def _as_part(ctx: Context, parent: int | None, subject: str | None, indicator: str | None,
             label: str | None, rules: Rules) -> Context:
    if subject is None:
        return ctx
    breakdown = ctx.breakdown
    if "ctx.subject_adjacent_np" in ctx.rules and ctx.subject and not _is_total(ctx.subject, rules):
        breakdown = breakdown or ctx.subject  # the item's label: "городской бюджет"
    if label is not None and _is_total(label, rules):
        parent = None  # "Всего – 245 тыс. руб." restates the total
    return replace(ctx, subject=subject, indicator=indicator or ctx.indicator, breakdown=breakdown,
                   parent_index=parent if ctx.parent_index is None else ctx.parent_index,
                   rules=ctx.rules + ("ctx.list_item",))


def _is_total(label: str, rules: Rules) -> bool:
    return bool(rules.context.total_labels.fullmatch(label.strip().lower()))
