"""Subjects: the noun phrase a figure is predicated of, with what modifies it.

Each case is a sentence written for this test on a pattern seen in press releases, with the
subject expected for its first figure (or for the figure whose span is given)."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text


def _subject(text: str, span: str | None = None) -> str | None:
    facts = extract_text(text).facts
    fact = next(f for f in facts if span is None or f.span == span)
    return fact.context.subject


@pytest.mark.parametrize("text, subject", [
    # a participial phrase after the head belongs to the subject, whether the figure
    # follows it directly ...
    ("Общая площадь пастбищ, переданных фермерам в аренду 120 га.",
     "общая площадь пастбищ, переданных фермерам в аренду"),
    # ... or a verb does, with the phrase closed by a comma
    ("Доля выпускников, получивших диплом с отличием, составила 12% от общего числа.",
     "доля выпускников, получивших диплом с отличием"),
    # a place and a period between the closing comma and the verb are skipped
    ("Число иностранцев, задержанных за нарушение правил въезда, в Омске в 2023 году "
     "выросло на 14%.", "число иностранцев, задержанных за нарушение правил въезда"),
    # a postposed adjective with its complement
    ("Общее число обращений, связанных с выплатой пособий, сократилось на 8%.",
     "общее число обращений, связанных с выплатой пособий"),
])
def test_participial_phrase_after_the_head(text, subject):
    assert _subject(text) == subject

