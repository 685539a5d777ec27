"""Periods found wrong in an audit of unannotated news (RT economics articles): sentences written
for these tests, not taken from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from migextract.pipeline import extract_text

from .test_period_rules import _figure, _period


@pytest.mark.parametrize("text, quote, period", [
    # "с января до конца сентября": a span of months, as "с января по сентябрь"
    ("В 2017 году цены росли. С января до конца сентября масло подорожало на 4%.", "4%",
     (date(2017, 1, 1), date(2017, 9, 30))),
    # "с начала года (и) до конца марта": from January
    ("В 2017 году цены росли. С начала года и до конца марта цены выросли на 8%.", "8%",
     (date(2017, 1, 1), date(2017, 3, 31))),
    # "с конца сентября до конца декабря": from the first point to the second
    ("В 2016 году цены росли. С конца сентября до конца декабря молоко подорожало на 18,4%.",
     "18,4%", (date(2016, 9, 30), date(2016, 12, 31))),
])
def test_span_of_months_to_the_end_of_a_month(rules, text, quote, period):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == period


def test_level_reached_at_the_end_of_a_span_of_months(rules):
    text = "В 2017 году цены росли. С января до конца сентября сало подорожало на 15%, до 60 гривен."
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "15%")) == (date(2017, 1, 1), date(2017, 9, 30))
    assert _period(_figure(facts, "60 гривен")) == (date(2017, 9, 30), date(2017, 9, 30))
