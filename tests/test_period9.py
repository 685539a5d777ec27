"""Dates of events and the figures after them (branch period9, annotation §6.1): the date of an
arrest, a dismissal or an appointment is no period of the sums the text goes on to report, and
the period in force before it does not reach past it. The sentences are ours."""
from __future__ import annotations

from datetime import date

import pytest

from migextract.pipeline import extract_text

from .test_period_rules import _period


def _figure(facts, span: str):
    """The figure whose span is `span` or begins with it ("7 млн" of "7 млн рублей")."""
    return next(f for f in sorted(facts, key=lambda f: f.span != span)
                if f.span == span or f.span.startswith(span + " "))


# verbs of what befalls a person in office or before the law, as short passive participles

@pytest.mark.parametrize("event", [
    "В апреле 2016 года от должности был отстранён мэр города.",
    "В апреле 2016 года был арестован бывший заместитель министра.",
    "В апреле 2016 года был уволен начальник управления.",
    "В апреле 2016 года губернатором была назначена бывший сенатор.",
])
def test_an_event_date_ends_the_period_in_force(rules, event):
    text = ("В 2015 году ущерб от коррупции составил 20 млрд рублей. " + event
            + " По данным следствия, он получил взятки на сумму 300 млн рублей.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "20 млрд")) == (date(2015, 1, 1), date(2015, 12, 31))
    assert _period(_figure(facts, "300 млн")) == (None, None)


def test_the_day_of_an_arrest_dates_no_sum_in_its_sentence(rules):
    text = ("Бывший чиновник был задержан 12 марта 2017 года по делу о взятке в размере "
            "5 млн рублей. При обыске у него изъяли ещё 40 млн рублей.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "5 млн")) == (None, None)
    assert _period(_figure(facts, "40 млн")) == (None, None)


@pytest.mark.parametrize(("text", "span", "period"), [
    # a count of people detained is a figure, not an event: neuter or plural, with a number
    ("В 2017 году было задержано 3 тыс. нарушителей.", "3 тыс.",
     (date(2017, 1, 1), date(2017, 12, 31))),
    ("В 2017 году полиция задержала 3 тыс. нарушителей.", "3 тыс.",
     (date(2017, 1, 1), date(2017, 12, 31))),
    # a day stated with a verb of measure is the figure's own point date
    ("Долг составил 5 млн рублей на 12 марта 2017 года.", "5 млн",
     (date(2017, 3, 12), date(2017, 3, 12))),
])
def test_counts_and_measures_keep_their_date(rules, text, span, period):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, span)) == period


# the level a forecast change starts from is today's, not the horizon's (annotation §6.1, §6.12)

@pytest.mark.parametrize(("text", "old", "new", "year"), [
    ("К 2030 году доля бедных в стране сократится с 40% до 25%.", "40%", "25%", 2030),
    ("По прогнозу, средняя зарплата вырастет до 90 тыс. рублей против нынешних 60 тыс. рублей "
     "к 2025 году, подсчитали аналитики.", "60 тыс.", "90 тыс.", 2025),
    ("В 2026 году число станций метро увеличится с 12 до 15.", "12", "15", 2026),
])
def test_the_old_level_of_a_forecast_has_no_period(rules, text, old, new, year):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, old)) == (None, None)
    assert _period(_figure(facts, new)) == (date(year, 1, 1), date(year, 12, 31))


@pytest.mark.parametrize(("text", "span", "period"), [
    # a base after "против" with a period of its own keeps it
    ("Доля доходов упала до 5,5% против 6,5% за 2016 год.", "6,5%",
     (date(2016, 1, 1), date(2016, 12, 31))),
])
def test_past_changes_and_dated_bases_keep_their_period(rules, text, span, period):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, span)) == period


def test_the_old_level_of_a_past_change_keeps_a_period(rules):
    facts = extract_text("В 2016 году доля бедных сократилась с 40% до 25%.", rules=rules).facts
    assert _period(_figure(facts, "40%")) != (None, None)
