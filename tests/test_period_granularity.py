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


@pytest.mark.parametrize("text, quote", [
    # a yearly flow reached by a year is the flow of that year
    ("В 2001 году приток инвестиций составлял $110 млн, а к 2009 году вырос до $2,5 млрд.",
     "$2,5 млрд."),
])
def test_flow_reached_by_a_year_keeps_the_year(rules, text, quote):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == (date(2009, 1, 1), date(2009, 12, 31))


def test_share_at_the_end_of_a_year_is_a_point(rules):
    facts = extract_text("К концу 2016 года ячейки были на 70% предприятий.", rules=rules).facts
    assert _period(_figure(facts, "70%")) == (date(2016, 12, 31), date(2016, 12, 31))


def test_change_of_a_stock_to_the_end_of_a_year_is_a_point(rules):
    # annotation §6.5 (b): a change of a stock is dated by the later point
    facts = extract_text("К концу 2015 года объём кредитов сократился на 40%.", rules=rules).facts
    assert _period(_figure(facts, "40%")) == (date(2015, 12, 31), date(2015, 12, 31))


@pytest.mark.parametrize("text, quote, expected", [
    # a bracket that holds only a period dates the clause it stands in
    ("В первую волну (июль–сентябрь 1941 года) из города вывезли более 400 тыс. человек.",
     "более 400 тыс. человек", (date(1941, 7, 1), date(1941, 9, 30))),
    ("На момент создания армии (1992 год) в стране оставались четыре воздушные армии.",
     "четыре", (date(1992, 1, 1), date(1992, 12, 31))),
])
def test_period_alone_in_brackets_dates_its_clause(rules, text, quote, expected):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == expected


def test_bracket_with_a_figure_is_still_a_base(rules):
    # a bracket holding a figure and its year is another figure's, not this one's period
    facts = extract_text("В 2016 году безработица составила 5% (в 2015 году — 6%).",
                         rules=rules).facts
    assert _period(_figure(facts, "5%")) == (date(2016, 1, 1), date(2016, 12, 31))


@pytest.mark.parametrize("text, quote, year", [
    # "в <year>" with its noun left out before a spaced dash: a year of a series
    ("В 2015 году курс упал на 6%, в 2016 - на 6,7%.", "6,7%", 2016),
    ("Если в 2015 году выделили 3,8 млн рублей, то в 2018 - чуть больше 7 млн рублей.",
     "чуть больше 7 млн рублей", 2018),
])
def test_year_after_preposition_before_a_spaced_dash(rules, text, quote, year):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == (date(year, 1, 1), date(year, 12, 31))


def test_year_range_with_a_hyphen_is_no_single_year(rules):
    facts = extract_text("В 2015 - 2016 годах выпуск вырос на 6%.", rules=rules).facts
    assert _period(_figure(facts, "6%")) == (date(2015, 1, 1), date(2016, 12, 31))


def test_results_of_a_month_are_that_month(rules):
    # "по итогам сентября 2017 года" names the month, as "за сентябрь 2017 года" does
    facts = extract_text("По итогам сентября 2017 года картель увеличил добычу на 88,5 тыс. "
                         "баррелей в сутки. Рост в Ливии составил 53,9 тыс. баррелей.",
                         rules=rules).facts
    for quote in ("88,5 тыс. баррелей", "53,9 тыс. баррелей"):
        assert _period(_figure(facts, quote)) == (date(2017, 9, 1), date(2017, 9, 30))
