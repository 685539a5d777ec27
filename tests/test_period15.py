"""Period rules of the audit pass period15 (unseen TASS, RT and NG news): a month named with its
year and no preposition ("Январь 2018 года стал …"), spans that end at a month ("с 2015 года по
март 2018 года", "2016 — сентябрь 2018 года"), decades ("1960–1980-е годы", "в 90-е годы"),
counts of quarters ("за три квартала 2018 года") and deadlines without a year ("продлили до 1
марта"). The sentences are ours."""
from __future__ import annotations

from datetime import date

import pytest

from migextract.context import reference_year
from migextract.pipeline import extract_text

from .conftest import facts_of, figure_by_span
from .test_period_rules import _period

NONE = (None, None)


def _period_of(rules, text: str, span: str):
    return _period(figure_by_span(facts_of(rules, text), span))


# a month with its year and no preposition ------------------------------------------------------

@pytest.mark.parametrize("text, span, expected", [
    ("Январь 2018 года стал рекордным: в область прибыли 5 тыс. человек.", "5 тыс. человек",
     (date(2018, 1, 1), date(2018, 1, 31))),
    ("Показатель декабря 2017 года составил 12 тыс. человек.", "12 тыс. человек",
     (date(2017, 12, 1), date(2017, 12, 31))),
    ("Итоги марта 2019 года: безработица составила 4,7%.", "4,7%",
     (date(2019, 3, 1), date(2019, 3, 31))),
])
def test_a_month_with_its_year_is_that_month(rules, text, span, expected):
    assert _period_of(rules, text, span) == expected


def test_a_day_written_as_a_word_is_no_month_of_figures(rules):
    text = "Шестого февраля 2019 года комиссия установила сговор 13 компаний."
    assert _period_of(rules, text, "13 компаний") == (date(2019, 1, 1), date(2019, 12, 31))


def test_an_adjective_of_a_month_is_no_month(rules):
    # "майских" is no form of the month's noun: the year alone dates the figure
    text = "После майских праздников 2018 года в город вернулись 40 тыс. жителей."
    assert _period_of(rules, text, "40 тыс. жителей") == (date(2018, 1, 1), date(2018, 12, 31))


def test_a_month_after_a_comparative_stays_a_base(rules):
    text = "В январе 2019 года выработка составила 14 млрд кВт-ч, на 5% больше показателей января 2018 года."
    assert _period_of(rules, text, "5%") == (date(2019, 1, 1), date(2019, 1, 31))


# spans that end at a month -----------------------------------------------------------------

@pytest.mark.parametrize("text, span, expected", [
    ("С 2015 года по март 2018 года в регион переехали 40 тыс. человек.", "40 тыс. человек",
     (date(2015, 1, 1), date(2018, 3, 31))),
    ("С мая 2015 года по февраль 2016-го ледник сместился на 140 метров.", "140 метров",
     (date(2015, 5, 1), date(2016, 2, 29))),
    ("Всего с 4 апреля 1948 года по декабрь 1951-го выделено около 13 млрд долларов.",
     "около 13 млрд долларов", (date(1948, 4, 4), date(1951, 12, 31))),
    ("За 2016 — сентябрь 2018 года в регион переехали 40 тыс. человек.", "40 тыс. человек",
     (date(2016, 1, 1), date(2018, 9, 30))),
])
def test_a_span_ending_at_a_month(rules, text, span, expected):
    assert _period_of(rules, text, span) == expected


@pytest.mark.parametrize("text, span, expected", [
    ("С 2015 года до середины 2017-го город покинули 500 тыс. жителей.", "500 тыс. жителей",
     (date(2015, 1, 1), date(2017, 6, 30))),
    ("С марта 2015 года до конца 2017 года город покинули 500 тыс. жителей.", "500 тыс. жителей",
     (date(2015, 3, 1), date(2017, 12, 31))),
    ("С 2015 года по конец марта 2018 года город покинули 500 тыс. жителей.", "500 тыс. жителей",
     (date(2015, 1, 1), date(2018, 3, 31))),
])
def test_a_span_to_the_middle_or_end_of_a_later_year(rules, text, span, expected):
    assert _period_of(rules, text, span) == expected


def test_the_end_of_a_year_alone_stays_a_point(rules):
    text = "До конца 2017 года долг вырос до 5 млрд рублей."
    assert _period_of(rules, text, "5 млрд рублей") == (date(2017, 12, 31), date(2017, 12, 31))


def test_one_month_in_two_years_stays_two_points(rules):
    # the same month in both years is a change between two counts (period.month_points)
    text = "С января 2016 года по январь 2017 года число мигрантов увеличилось на 923 человека."
    assert _period_of(rules, text, "923 человека") == (date(2016, 1, 1), date(2017, 1, 1))


def test_a_span_of_months_of_one_year_is_unchanged(rules):
    text = "С января по октябрь 2018 года в регион переехали 40 тыс. человек."
    assert _period_of(rules, text, "40 тыс. человек") == (date(2018, 1, 1), date(2018, 10, 31))


# decades -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, span, expected", [
    ("В 1960–1980-е годы население области выросло на 20%.", "20%",
     (date(1960, 1, 1), date(1989, 12, 31))),
    ("В 90-е годы население области сократилось на 20%.", "20%",
     (date(1990, 1, 1), date(1999, 12, 31))),
    ("В 90-х население области сократилось на 20%.", "20%",
     (date(1990, 1, 1), date(1999, 12, 31))),
    ("В 1990-х население области сократилось на 20%.", "20%",
     (date(1990, 1, 1), date(1999, 12, 31))),
])
def test_decades(rules, text, span, expected):
    assert _period_of(rules, text, span) == expected


def test_days_of_a_month_are_no_decade(rules):
    assert _period_of(rules, "В 20-х числах марта выпало 30 мм осадков.", "30 мм") == NONE


def test_a_bare_decade_without_a_preposition_or_years_is_not_read(rules):
    assert _period_of(rules, "Лихие 90-е оставили городу 300 заброшенных домов.",
                      "300") == NONE


# counts of quarters ------------------------------------------------------------------------

@pytest.mark.parametrize("text, span, expected", [
    ("За три квартала 2018 года ВВП вырос на 1,5%.", "1,5%", (date(2018, 1, 1), date(2018, 9, 30))),
    ("По итогам трёх кварталов 2018 года товарооборот вырос на 12%.", "12%",
     (date(2018, 1, 1), date(2018, 9, 30))),
    ("За первые два квартала 2017 года выдано кредитов на 772 млрд рублей.", "772 млрд рублей",
     (date(2017, 1, 1), date(2017, 6, 30))),
    ("Выручка компании за два квартала 2019 года составила 5 млрд рублей.", "5 млрд рублей",
     (date(2019, 1, 1), date(2019, 6, 30))),
])
def test_a_count_of_quarters_runs_from_the_first(rules, text, span, expected):
    assert _period_of(rules, text, span) == expected


@pytest.mark.parametrize("text, span, expected", [
    ("В третьем квартале 2018 года ВВП вырос на 1,5%.", "1,5%", (date(2018, 7, 1), date(2018, 9, 30))),
    ("За 3 квартал 2018 года ВВП вырос на 1,5%.", "1,5%", (date(2018, 7, 1), date(2018, 9, 30))),
])
def test_an_ordinal_quarter_is_one_quarter(rules, text, span, expected):
    assert _period_of(rules, text, span) == expected


def test_city_blocks_are_no_quarters(rules):
    text = "В 2018 году в городе построили три квартала на 5 млрд рублей."
    assert _period_of(rules, text, "5 млрд рублей") == (date(2018, 1, 1), date(2018, 12, 31))


# deadlines ---------------------------------------------------------------------------------

def test_a_deadline_without_a_year_is_no_event_day(rules):
    text = "В 2017 году срок подачи заявлений продлили до 1 марта, заявки подали 300 человек."
    assert _period_of(rules, text, "300 человек") == (date(2017, 1, 1), date(2017, 12, 31))


def test_the_day_of_an_event_still_ends_the_period(rules):
    text = "В 2017 году доходы выросли на 5%. 1 марта заявления подали 300 человек."
    assert _period_of(rules, text, "300 человек") == NONE


# a horizon far ahead does not date a report in the past tense -----------------------------

def test_a_far_horizon_does_not_reach_a_past_report(rules):
    text = ("Добыча на шельфе выросла. Цель в том, чтобы к 2050 году добыча на шельфе составляла "
            "30% от общего объема. Ранее на платформе при аварии погибли 12 человек.")
    result = extract_text(text, date="2018-03-20", rules=rules)
    assert _period(figure_by_span(result.facts, "30%")) == (date(2050, 1, 1), date(2050, 12, 31))
    assert _period(figure_by_span(result.facts, "12 человек")) == NONE


def test_the_next_year_still_reaches_a_past_report(rules):
    # a budget for the next year, then what was done to it: the year goes on
    text = ("ТАСС, 11 декабря. Депутаты приняли бюджет на 2019 год. Доходы составят 80 млрд рублей. "
            "При доработке расходы увеличились на 2 млрд рублей.")
    assert _period_of(rules, text, "2 млрд рублей") == (date(2019, 1, 1), date(2019, 12, 31))


# a bracket with nothing but a period labels the figure before it -------------------------

def test_a_bracketed_year_after_a_figure_labels_it(rules):
    text = ("Экспорт принес более 46 млрд долларов доходов (2010 год), а валютные резервы "
            "достигли 182 млрд долларов (2012 год).")
    assert _period_of(rules, text, "182 млрд долларов") == (date(2012, 1, 1), date(2012, 12, 31))
    text = "Доля горожан увеличилась с 10% (1926 год) до 21,5% (1989 год)."
    assert _period_of(rules, text, "21,5%") == (date(1989, 1, 1), date(1989, 12, 31))


def test_a_bracket_after_a_clause_boundary_labels_nothing(rules):
    text = "В 2010 году резервы составили 46 млрд долларов, что стало рекордом (2012 год — 182 млрд)."
    assert _period_of(rules, text, "46 млрд долларов") == (date(2010, 1, 1), date(2010, 12, 31))


# lists of years --------------------------------------------------------------------------

def test_a_list_of_years_with_respectively_is_one_year_each(rules):
    text = "В 2016, 2017 и 2018 годах доля составила 5%, 6% и 7% соответственно."
    assert _period_of(rules, text, "5%") == (date(2016, 1, 1), date(2016, 12, 31))
    assert _period_of(rules, text, "6%") == (date(2017, 1, 1), date(2017, 12, 31))
    assert _period_of(rules, text, "7%") == (date(2018, 1, 1), date(2018, 12, 31))


def test_a_list_of_years_is_no_period_to_carry(rules):
    text = "Такое было в 2003, 2009, 2013 годах. За неделю зарегистрировано свыше 10 тыс. случаев гриппа."
    assert _period_of(rules, text, "свыше 10 тыс. случаев") == NONE


def test_two_years_with_respectively_are_unchanged(rules):
    text = "В 2019 и 2020 годах доля составит 5% и 6% соответственно."
    assert _period_of(rules, text, "5%") == (date(2019, 1, 1), date(2019, 12, 31))
    assert _period_of(rules, text, "6%") == (date(2020, 1, 1), date(2020, 12, 31))


# a past form after "чтобы" or "бы" is no report of the past ------------------------------

def test_a_wish_does_not_date_the_text(rules):
    text = ("В 2018 году добыча составила 10 млн тонн. Цель в том, чтобы к 2050 году добыча "
            "составляла 30% от общего объема.")
    assert reference_year(None, text, rules.periods, rules.context.speech) == 2019


def test_a_horizon_reached_in_the_past_still_dates_the_text(rules):
    text = "К концу 2017 года в регион переселились 5 тыс. человек."
    assert reference_year(None, text, rules.periods, rules.context.speech) == 2018
