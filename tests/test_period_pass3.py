"""Periods, third pass: sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from migextract.pipeline import extract_text

from .test_period_rules import _figure, _period


@pytest.mark.parametrize("text, quote", [
    # a span named by the life of a thing, not by the calendar: no date to give, and the year
    # said before does not carry onto it
    ("Программа началась в 2006 году. За период действия программы в область переехали "
     "более 30 тыс. человек.", "более 30 тыс. человек"),
    ("В 2015 году фонд выдал 120 кредитов. За десять лет существования фонда предприниматели "
     "получили 4 млрд рублей.", "4 млрд рублей"),
    ("Центр открылся в 2012 году. За всё время работы центра помощь получили около 9 тыс. "
     "семей.", "около 9 тыс. семей"),
])
def test_span_of_a_programme_life_gives_no_period(rules, text, quote):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == (None, None)


def test_span_of_a_programme_life_ends_the_period_in_force(rules):
    # the span is the figure's own period even when a year is said later in the sentence, and
    # "за это время" after it does not take the year
    text = ("Выплата появилась в 2007 году. За десять лет действия закона она выросла на 60% и "
            "составила в 2017 году 400 тыс. рублей. За это время её получили 7 млн семей.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "60%")) == (None, None)
    assert _period(_figure(facts, "7 млн семей")) == (None, None)


def test_span_of_a_programme_life_is_no_subject(rules):
    text = "За время действия программы переселения 40 тыс. соотечественников получили жильё."
    facts = extract_text(text, rules=rules).facts
    subject = _figure(facts, "40 тыс. соотечественников").context.subject or ""
    assert "программ" not in subject


@pytest.mark.parametrize("text, quote, year", [
    # "превысив уровень 1940 года": a year after "уровень" (nominative) is a base, as after
    # "уровня", "уровню"
    ("Смертность в 1942 году выросла, превысив уровень 1940 года в 1,8 раза.", "в 1,8 раза", 1942),
    ("В 2016 году выпуск превысил уровень 2013 года на 12%.", "12%", 2016),
    ("Зарплата в 2017 году достигла 40 тыс. рублей, превысив уровень 2014 года.", "40 тыс. рублей",
     2017),
])
def test_year_after_uroven_is_a_base(rules, text, quote, year):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == (date(year, 1, 1), date(year, 12, 31))


@pytest.mark.parametrize("text, quote, year", [
    # "с A в Y1 до B в Y2": the new level after "до" has the period after it, even with words of
    # its unit in between ("ВВП", "на человека")
    ("Расходы на оборону сократятся с 4,7% ВВП в 2016 году до 3% ВВП в 2018-м.", "3%", 2018),
    ("Потребление вырастет с 4,4 кг на человека в 2015 году до 5,8 кг на человека к 2030 году.",
     "5,8 кг", 2030),
    ("Потребление вырастет с 4,4 кг на человека в 2015 году до 5,8 кг на человека к 2030 году.",
     "4,4 кг", 2015),
    ("Число членов клуба выросло с 12 тыс. человек в 2010 году до 19 тыс. в 2016 году.", "19 тыс.",
     2016),
])
def test_new_level_takes_the_period_after_it(rules, text, quote, year):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == (date(year, 1, 1), date(year, 12, 31))


def test_level_without_from_construction_keeps_the_period_before(rules):
    # no old level after "с": the year after a later noun is not the figure's
    text = "В 2016 году доля выросла до 5% населения в возрасте до 30 лет в 2017 году."
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "5%")) == (date(2016, 1, 1), date(2016, 12, 31))


@pytest.mark.parametrize("text, quote, start, end", [
    # a change followed by its old level in one year and its new level in another: the span
    ("Число школ сократилось на 12,5% (с 1600 в 2008-м до 1400 в 2016 году).", "12,5%", 2008, 2016),
    ("Выпуск вырастет почти в три раза — с 20 тыс. штук в 2017 году до 58 тыс. в 2025 году.",
     "почти в три раза", 2017, 2025),
    # the levels keep their own years
    ("Число школ сократилось на 12,5% (с 1600 в 2008-м до 1400 в 2016 году).", "1600", 2008, 2008),
    ("Число школ сократилось на 12,5% (с 1600 в 2008-м до 1400 в 2016 году).", "1400", 2016, 2016),
])
def test_change_before_levels_of_two_years_is_for_the_span(rules, text, quote, start, end):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == (date(start, 1, 1), date(end, 12, 31))


def test_change_with_levels_without_years_keeps_its_year(rules):
    text = "В 2016 году доходы выросли на 5%, с 10 тыс. до 11 тыс. рублей."
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "5%")) == (date(2016, 1, 1), date(2016, 12, 31))
