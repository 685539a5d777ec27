"""Find the page furniture around an article (navigation, "Читайте также" blocks) to drop it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import regex

from .ruleload import entries, need, need_choice, read_yaml, unique_ids

_LINE = regex.compile(r"[^\n]*\n?")


@dataclass(frozen=True)
class Marker:
    id: str
    action: str
    pattern: regex.Pattern[str]


def load_markers(path: Path) -> tuple[Marker, ...]:
    doc = read_yaml(path)
    items = entries(doc, path, "markers")
    unique_ids(items)
    out = []
    for item in items:
        source = need(item, "pattern", str)
        try:
            pattern = regex.compile(rf"\s*(?:{source})\s*", regex.IGNORECASE)
        except regex.error as err:
            raise item.fail("pattern", f"invalid regular expression: {err}") from err
        out.append(Marker(need(item, "id", str), need_choice(item, "action",
                          {"drop_line", "cut_rest"}), pattern))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Dropped:
    start: int
    end: int
    marker: str


def find_boilerplate(text: str, markers: tuple[Marker, ...]) -> list[Dropped]:
    """Character ranges of `text` (normalized) that are boilerplate, with the marker that fired."""
    dropped: list[Dropped] = []
    for line in _LINE.finditer(text):
        if line.start() == len(text):
            break
        content = line.group().rstrip("\n")
        for marker in markers:
            if marker.pattern.fullmatch(content):
                if marker.action == "cut_rest":
                    dropped.append(Dropped(line.start(), len(text), marker.id))
                    return dropped
                dropped.append(Dropped(line.start(), line.start() + len(content), marker.id))
                break
    return dropped
