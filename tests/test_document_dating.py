"""The year of a text without a date (branch dating): comparison bases and onsets read as such,
a horizon already reached, a verb of expectation, a plan made in the past.
The sentences are ours."""
from __future__ import annotations

from datetime import date

import pytest

from migextract.context import reference_year
from migextract.normalize import normalize_text
from migextract.periods import find_periods
from migextract.pipeline import extract_text

from .test_period_rules import _figure, _period


@pytest.mark.parametrize("text, year", [
    # "по сравнению с 2017 годом" is the base of a comparison, not the time of its clause
    ("В январе 2018 года цена нефти превысила $70. Потребление в 2018 году вырастет на 1,6 млн "
     "баррелей в сутки по сравнению с 2017 годом.", 2018),
    # "после февраля 2016 года … не могут" is an onset that still holds, not the text's year;
    # "к концу 2017 года переселились" is a horizon already reached
    ("После февраля 2016 года переселенцы не могут получить разрешение. К концу 2017 года в "
     "Россию переселились более 700 тыс. человек.", 2018),
    # "в 2018 году не исключает" speaks of the future, like a verb of plan
    ("В 2018 году глава ЦБ не исключает снижения ставки до 7%. В августе 2017 года цены "
     "снизились на 0,5%.", 2017),
    # "должны были быть готовы в 2018 году": a plan made in the past tells nothing of 2018
    ("Заграждения должны были быть готовы в 2018 году. В 2016 году на проект выделили 200 млн "
     "гривен.", 2017),
    # a dated stock in the present ("на 1 мая 2016 года составляет") weighs less than a dated
    # past event of the next year
    ("По состоянию на 1 мая 2016 года очередь в ясли составляет 190 тыс. детей. В начале 2017 "
     "года число многодетных семей составило 1,5 млн.", 2017),
    # a horizon inside a clause with another year is the term of a plan, not a reached date
    ("В 2012 году правительство заложило в программу создание к 2020 году 25 млн рабочих мест.",
     2013),
])
def test_year_of_an_undated_text(rules, text, year):
    assert reference_year(None, text, rules.periods, rules.context.speech) == year


def test_no_year_when_the_text_names_none(rules):
    assert reference_year(None, "Сейчас в городе живут 40 тыс. человек.", rules.periods,
                          rules.context.speech) is None


@pytest.mark.parametrize("phrase, start, end", [
    ("за последний месяц прошлого года", date(2023, 12, 1), date(2023, 12, 31)),
    ("в последнем квартале 2019 года", date(2019, 10, 1), date(2019, 12, 31)),
    ("за последнее полугодие 2021 года", date(2021, 7, 1), date(2021, 12, 31)),
])
def test_the_last_part_of_a_named_year(rules, phrase, start, end):
    mentions = find_periods(normalize_text(phrase), rules.periods, 0, 2024, None)
    assert [(m.period_start, m.period_end) for m in mentions] == [(start, end)]


def test_the_last_months_of_a_year_are_not_its_last_month(rules):
    mentions = find_periods("за последние месяцы 2019 года", rules.periods, 0, 2024, None)
    assert [(m.period_start, m.period_end) for m in mentions] == [(date(2019, 1, 1),
                                                                  date(2019, 12, 31))]


def test_the_last_month_without_a_year_stays_undated(rules):
    mentions = find_periods("За последний месяц цены выросли на 5%.", rules.periods, 0, 2024, None)
    assert [m.kind for m in mentions] == ["undated"]


def test_a_relative_year_counts_from_the_year_the_text_gives(rules):
    # the text is of 2018 (January 2018 is past, "в 2018 году … вырастет"): "в этом году" is 2018
    text = ("В январе 2018 года цена нефти превысила $70. Потребление в 2018 году вырастет по "
            "сравнению с 2017 годом. В этом году добыча составит 11 млн баррелей в сутки.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "11 млн баррелей")) == (date(2018, 1, 1), date(2018, 12, 31))


def test_teper_gives_no_period(rules):
    # "теперь" is "сейчас": a level now, with no date to give (part I NOTES, §6.1)
    text = ("По данным ассоциации, в марте 2019 года молоко подорожало на 3% и теперь в среднем "
            "стоит 60 рублей за литр.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "3%")) == (date(2019, 3, 1), date(2019, 3, 31))
    assert _period(_figure(facts, "60 рублей")) == (None, None)


def test_each_quarter_of_a_year_dates_the_figure_before_it(rules):
    text = ("Теперь банк каждый месяц продаёт облигации на $5 млрд и планирует продавать ещё "
            "$7 млрд в каждом квартале 2020 года.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "$7 млрд")) == (date(2020, 1, 1), date(2020, 12, 31))
