"""Period granularity: a point, a year or a span, as the words around the period say. Sentences
written for these tests, not taken from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from migextract.pipeline import extract_text

from .test_period_rules import _figure, _period


@pytest.mark.parametrize("text, quote, point", [
    # 'к' + a year in a report in the past tense: the level reached by the start of that year
    ("К 2016 году число жителей сократилось до 622 тыс., к 2017 году – до 546 тыс.",
     "622 тыс.", date(2016, 1, 1)),
    ("К 2016 году число жителей сократилось до 622 тыс., к 2017 году – до 546 тыс.",
     "546 тыс.", date(2017, 1, 1)),
    ("В 2012 году в районе работали 800 врачей, но к 2016 году их число упало до 640.",
     "640", date(2016, 1, 1)),
])
def test_level_reached_by_a_year_is_a_point(rules, text, quote, point):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == (point, point)


@pytest.mark.parametrize("text, quote", [
    # a forecast keeps its year (part G NOTES 3)
    ("К 2030 году население области вырастет до 700 тыс. человек.", "700 тыс. человек"),
    # the amount of a change is no level reached
    ("К 2016 году число жителей сократилось на 12%.", "12%"),
])
def test_forecast_or_change_by_a_year_keeps_the_year(rules, text, quote):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote))[1] == date(int(text.split()[1]), 12, 31)


def test_change_to_the_end_of_a_year_is_over_the_year(rules):
    facts = extract_text("Реальная зарплата снизится к концу 2015 года на 9,6%, а доходы – на "
                         "6,3%.", rules=rules).facts
    for quote in ("9,6%", "6,3%"):
        assert _period(_figure(facts, quote)) == (date(2015, 1, 1), date(2015, 12, 31))


def test_level_at_the_end_of_a_year_stays_a_point(rules):
    facts = extract_text("К концу 2015 года число безработных выросло до 20 тыс. человек.",
                         rules=rules).facts
    assert _period(_figure(facts, "20 тыс. человек")) == (date(2015, 12, 31), date(2015, 12, 31))
