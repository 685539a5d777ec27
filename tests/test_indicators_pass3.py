"""Indicator definitions, third pass: frame nouns ("прогноз", "пик", "риск", "ускорение") that
frame a quantity without being one, so the indicator is that of what follows them
(docs/annotation.md §4, "Indicator: which figures get one"). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from migextract.indicators import IndicatorIndex, lemma_key
from migextract.pipeline import extract_text
from migextract.rules import load_rules


@pytest.fixture(scope="module")
def index() -> IndicatorIndex:
    return load_rules().indicators


def _id(index: IndicatorIndex, phrase: str, head: int | None = 0) -> str | None:
    found = index.by_phrase(lemma_key(phrase), head)
    return found.id if found else None


@pytest.mark.parametrize("phrase, expected", [
    ("прогноз роста мировой экономики", "gdp.growth"),
    ("прогноз по росту экономики", "gdp.growth"),
    ("прогноз прироста ВВП", "gdp.growth"),
    ("ускорение темпов роста ВВП", "gdp.growth"),
    ("оценка темпов роста ВРП", "gdp.growth"),
    ("пик младенческой смертности", "population.infant_mortality"),
    ("пик безработицы", "labour.unemployment_rate"),
    ("прогноз по инфляции", "prices.inflation"),
])
def test_a_frame_noun_gives_way_to_what_it_frames(index, phrase, expected):
    assert _id(index, phrase) == expected


def test_after_the_frame_the_head_still_bounds_the_phrase(index):
    # what the frame is about is "задолженность", not the wage it is owed on
    assert _id(index, "прогноз задолженности по заработной плате") is None


def test_a_context_phrase_after_a_frame_noun(index):
    found = index.by_context_phrase(lemma_key("прогноз доходов"), lambda words: "бюджет" in words)
    assert found is not None and found.id == "budget.revenue"
    assert index.by_context_phrase(lemma_key("прогноз доходов"), lambda words: False) is None


def test_a_forecast_in_a_sentence():
    facts = extract_text("Министерство повысило прогноз роста мировой экономики на 2025 год "
                         "до 3,2%.").facts
    assert [f.context.indicator for f in facts] == ["gdp.growth"]
