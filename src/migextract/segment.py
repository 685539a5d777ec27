"""Paragraphs and sentences of the article text that survives boilerplate removal."""

from __future__ import annotations

import regex
from razdel import sentenize

from .boilerplate import Dropped
from .records import Sentence

_PARAGRAPH = regex.compile(r"[^\n]+")


def split_sentences(text: str, dropped: list[Dropped]) -> list[Sentence]:
    """Sentences of `text` (normalized), skipping dropped ranges; a line break ends a paragraph.

    Scraped articles put one paragraph per line and headlines without a final period, so razdel
    runs inside each line, never across lines.
    """
    sentences: list[Sentence] = []
    for paragraph_index, start, end in _kept_paragraphs(text, dropped):
        for part in sentenize(text[start:end]):
            if part.text.strip():
                sentences.append(Sentence(len(sentences), paragraph_index,
                                          start + part.start, start + part.stop))
    return sentences


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
