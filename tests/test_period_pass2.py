"""Periods, second audit pass (RT articles without a date): sentences written for these tests,
not taken from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from migextract.context import reference_year
from migextract.pipeline import extract_text

from .test_period_rules import _figure, _period


@pytest.mark.parametrize("text, quote", [
    # a habit is no report of one period: the year said before does not carry onto it
    ("В 2017 году из страны уехали 20 тыс. человек.\nКроме того, ежегодно страна теряет около "
     "800 тыс. работников.", "около 800 тыс. работников"),
    ("Закон о гражданстве приняли в 2014 году. По данным ведомства, каждый год около 3 тыс. "
     "жителей отказываются от паспорта.", "около 3 тыс. жителей"),
    # "на данный момент" is now, as "сейчас"
    ("В бюджете на 2017–2019 годы цена нефти заложена на уровне $40. На данный момент в стране "
     "добывается около 11 млн баррелей в сутки.", "около 11 млн баррелей"),
])
def test_habit_or_now_takes_no_period_in_force(rules, text, quote):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == (None, None)


@pytest.mark.parametrize("text, quote, period", [
    ("В 2011–2013 годах цены росли ежегодно на 6,1, 6,6 и 6,5% соответственно.", "6,6",
     (date(2012, 1, 1), date(2012, 12, 31))),
    ("К 2030 году по дороге будет ежегодно перевозиться до 70 млн тонн грузов.", "до 70 млн тонн",
     (date(2030, 1, 1), date(2030, 12, 31))),
])
def test_habit_keeps_the_period_of_its_own_sentence(rules, text, quote, period):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == period


def test_number_after_v_that_is_a_figure_is_no_year(rules):
    # "в 1864 пунктов": a level of an index with its unit, not the year 1864
    text = "Индекс вырос на 0,4% и достиг отметки в 1864 пунктов, а другой индекс подрос на 0,2%."
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "0,4%")) == (None, None)
    assert _period(_figure(facts, "0,2%")) == (None, None)


def test_year_after_v_without_year_word_still_dates(rules):
    text = "В 2016 цены выросли на 5,4%."
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "5,4%")) == (date(2016, 1, 1), date(2016, 12, 31))


@pytest.mark.parametrize("text, year", [
    # a year after "к"/"до" is the horizon of a plan or a forecast, even in a present or past
    # clause: it tells nothing of when the text was written
    ("Власти собираются нарастить мощности до 100 гигаватт к 2023 году. В 2016 году в стране "
     "ввели 20 новых станций. В прошлом году на это потратили $52 млрд.", 2017),
    ("В январе 2018 года страна сократила вложения в облигации. Банки спрогнозировали рост "
     "бумаг до конца 2018 года.", 2018),
    # "с 2015 года … происходит": since then and still so, the text is of that year or later
    ("С 2015 года в мире происходит спад финансирования. В 2016 году оно упало на 18%.", 2017),
])
def test_reference_year_ignores_horizons(rules, text, year):
    assert reference_year(None, text, rules.periods, rules.context.speech) == year


def test_the_stated_period_is_named_after_a_heading(rules):
    # "за указанный период" names the period the text stated, even across a heading
    text = ("С 2005 по 2015 год приём в вузы сократился на 38%.\n\nРегионы\n\n"
            "Больше всего студентов за указанный период было в Республике Алтай — 297 студентов "
            "на 10 тыс. населения.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "297 студентов")) == (date(2005, 1, 1), date(2015, 12, 31))


@pytest.mark.parametrize("text, quote, period", [
    # "к 2030 году" right after a figure is the year it is reached by, not the year said before
    ("Численность вырастет с 6596 тыс. человек в 2016 году до 8952 тыс. человек к 2030 году.",
     "8952 тыс. человек", (date(2030, 1, 1), date(2030, 12, 31))),
    ("Эксперты ждут падения индекса в 2018 году до 2000 пунктов к концу 2019 года.",
     "2000 пунктов", (date(2019, 12, 31), date(2019, 12, 31))),
])
def test_year_after_k_right_after_the_figure_is_its_own(rules, text, quote, period):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == period


def test_k_year_after_a_percent_of_a_change_stays_a_base(rules):
    # "на 12% к 2022 году" after a later period in force is the base of the change
    text = "В 2023 году выпуск сократился на 12% к 2022 году."
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "12%")) == (date(2023, 1, 1), date(2023, 12, 31))


def test_over_the_last_years_gives_no_period(rules):
    text = ("В ноябре 2017 года министр представил отчёт.\nВыполнение заказа на протяжении "
            "последних пяти лет сохраняется на уровне 90%.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "90%")) == (None, None)


def test_point_date_of_a_past_sentence_does_not_carry_onto_a_present_paragraph(rules):
    # a state reported in the past tense at a point date is over: a general statement in the
    # present tense in the next paragraph is not of that date (docs/annotation.md §6.1)
    text = ("В 2017 году армия будет сокращена. На начало 2017 года в армии было 2,3 млн "
            "человек.\n"
            "Однако в стране проживают более 1,3 млрд человек.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "2,3 млн человек")) == (date(2017, 1, 1), date(2017, 1, 1))
    assert _period(_figure(facts, "более 1,3 млрд человек")) == (None, None)
