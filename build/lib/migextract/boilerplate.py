"""Find the page furniture around an article (navigation, "Читайте также" blocks) to drop it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import regex

from .ruleload import entries, need, need_choice, need_str_list, read_yaml, unique_ids

_LINE = regex.compile(r"[^\n]*\n?")


@dataclass(frozen=True)
class Marker:
    id: str
    action: str
    pattern: regex.Pattern[str]
    # drop_block: patterns for the lines after the marker line, in order; each line that
    # matches its pattern is dropped, and the block ends at the first that does not
    then: tuple[regex.Pattern[str], ...] = ()


def _compile(item, key: str, source: str) -> regex.Pattern[str]:
    try:
        return regex.compile(rf"\s*(?:{source})\s*", regex.IGNORECASE)
    except regex.error as err:
        raise item.fail(key, f"invalid regular expression: {err}") from err


def load_markers(path: Path) -> tuple[Marker, ...]:
    doc = read_yaml(path)
    items = entries(doc, path, "markers")
    unique_ids(items)
    out = []
    for item in items:
        pattern = _compile(item, "pattern", need(item, "pattern", str))
        action = need_choice(item, "action", {"drop_line", "cut_rest", "drop_block"})
        then = tuple(_compile(item, "then", source)
                     for source in need_str_list(item, "then", optional=True) or ())
        if action == "drop_block" and not then:
            raise item.fail("then", "a drop_block marker needs the patterns of its next lines")
        out.append(Marker(need(item, "id", str), action, pattern, then))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Dropped:
    start: int
    end: int
    marker: str
    holds_place: bool = False  # its lines count as paragraphs (see segment.split_sentences)


def find_boilerplate(text: str, markers: tuple[Marker, ...]) -> list[Dropped]:
    """Character ranges of `text` (normalized) that are boilerplate, with the marker that fired."""
    dropped: list[Dropped] = []
    lines = [line for line in _LINE.finditer(text) if line.start() < len(text)]
    skip_until = -1
    for index, line in enumerate(lines):
        if index <= skip_until:
            continue
        content = line.group().rstrip("\n")
        for marker in markers:
            if marker.pattern.fullmatch(content):
                if marker.action == "cut_rest":
                    dropped.append(Dropped(line.start(), len(text), marker.id))
                    return dropped
                block = 0  # drop_block: how many of the next lines match `then`, in order
                following = lines[index + 1:index + 1 + len(marker.then)]
                for pattern, next_line in zip(marker.then, following, strict=False):
                    if not pattern.fullmatch(next_line.group().rstrip("\n")):
                        break
                    block += 1
                if block:  # the marker line stays; the block's lines hold their place
                    last = lines[index + block]
                    dropped.append(Dropped(lines[index + 1].start(),
                                           last.start() + len(last.group().rstrip("\n")),
                                           marker.id, True))
                    skip_until = index + block
                else:
                    dropped.append(Dropped(line.start(), line.start() + len(content), marker.id))
                break
    return dropped
