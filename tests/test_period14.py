"""Period rules of the audit pass period14 (TASS regional news, undated): the year an undated text
is of ("завершающийся 2018 год", the first year of a planned span, a past plan, horizons and the
objects of verbs), comparison bases after a comparative ("в три раза больше суммы, потраченной в
2018 году"), "до конца года" after a year of its sentence, "за год" after a plan, horizons of a
later clause, days of an event, "Как ранее ТАСС рассказала". The sentences are ours."""
from __future__ import annotations

from datetime import date

import pytest

from migextract.context import reference_year

from .conftest import facts_of, figure_by_span
from .test_period_rules import _period

YEAR_2017 = (date(2017, 1, 1), date(2017, 12, 31))
YEAR_2018 = (date(2018, 1, 1), date(2018, 12, 31))
YEAR_2019 = (date(2019, 1, 1), date(2019, 12, 31))
NONE = (None, None)


def _year_of(rules, text: str) -> int | None:
    return reference_year(None, text, rules.periods, rules.context.speech)


# the year of an undated text ---------------------------------------------------------------

def test_a_year_named_as_ending_is_the_year_of_the_text(rules):
    text = ("САНКТ-ПЕТЕРБУРГ, 27 декабря. /ТАСС/. Завершающийся 2018 год стал самым сухим с 2000 "
            "года, за 12 месяцев выпало 534 мм осадков. По итогам текущего года средняя "
            "температура составит семь градусов.")
    assert _year_of(rules, text) == 2018
    assert _period(figure_by_span(facts_of(rules, text), "семь градусов")) == YEAR_2018


def test_a_planned_span_bounds_the_year_by_its_first_year(rules):
    text = ("МАЙКОП, 27 декабря. /ТАСС/. В строительство курорта с 2019 по 2025 годы вложат 20 "
            "млрд рублей. Число туристов в прошлом году составило 400 тыс.")
    assert _year_of(rules, text) == 2018
    assert _period(figure_by_span(facts_of(rules, text), "400 тыс.")) == YEAR_2017


def test_a_future_after_a_past_plan_is_no_bound(rules):
    text = ("АСТРАХАНЬ, 28 января. /ТАСС/. Планировалось, что в 2018 году проблема будет решена, "
            "но землю получили 1218 семей. На 1 января 2019 года в очереди стоят 3013 семей. "
            "В текущем году землю смогут получить более 2 тыс. семей.")
    assert _year_of(rules, text) == 2019
    assert _period(figure_by_span(facts_of(rules, text), "более 2 тыс.")) == YEAR_2019


def test_a_horizon_is_not_the_year_named_most_often(rules):
    text = ("ПСКОВ, 22 января. /ТАСС/. Вся территория области должна быть покрыта связью к 2024 "
            "году. К 2024 году доступ к интернету получат 97% домохозяйств.")
    assert _year_of(rules, text) is None


def test_a_year_after_a_verb_is_its_object(rules):
    text = ("ТУЛА, 7 января. /ТАСС/. В 2018 году статус столицы получила Тула. Рязань выиграла "
            "право провожать 2019 год и встречать 2020 год.")
    assert _year_of(rules, text) == 2019


# comparison bases -----------------------------------------------------------------------------

@pytest.mark.parametrize("base", [
    "Это в три раза больше суммы, потраченной в 2018 году.",
    "Это на 600 млн больше, чем было в 2018 году.",
])
def test_a_period_after_a_comparative_is_the_base(rules, base):
    text = f"Ремонт школ обойдется в 2019 году в 900 млн рублей. {base}"
    facts = facts_of(rules, text)
    figure = facts[-1]
    assert _period(figure) == YEAR_2019
    assert figure.context.comparison == "2018 год"


def test_a_time_ago_after_a_verb_of_exceeding_is_the_base(rules):
    text = ("Пассажиропоток по итогам 2018 года составил 270 тыс. человек. Это в 10 раз "
            "превышает показатель, который был зафиксирован шесть лет назад.")
    figure = figure_by_span(facts_of(rules, text), "в 10 раз")
    assert _period(figure) == YEAR_2018
    assert figure.context.comparison == "2013 год"  # back from 2019, the year of writing


# years of a sentence, plans, horizons, events ---------------------------------------------------

def test_end_of_year_takes_the_year_of_its_sentence(rules):
    text = ("В конце 2018 года выделено 53 млн рублей на жилье. В 2019 году также выделены "
            "деньги, которые позволят закупить до конца года еще 30 квартир.")
    assert _period(figure_by_span(facts_of(rules, text), "30 квартир")) == \
        (date(2019, 12, 31), date(2019, 12, 31))


def test_over_a_year_in_the_past_is_no_term_of_a_plan(rules):
    text = ("До 2021 года в области планируется строительство двух детских садов. Частные "
            "детсады тоже развиваются. За год средний размер субсидии составил 800 тыс. рублей.")
    assert _period(figure_by_span(facts_of(rules, text), "800 тыс. рублей")) == NONE


def test_a_horizon_of_a_later_clause_with_its_own_figure(rules):
    text = ("В 2018 году проект одобрили. Объем инвестиций составит 268 млрд рублей, будет создано "
            "3 тыс. рабочих мест, объем грузопотока к 2024 году составит 500 тыс. тонн.")
    facts = facts_of(rules, text)
    assert _period(figure_by_span(facts, "3 тыс.")) == NONE
    assert _period(figure_by_span(facts, "500 тыс. тонн"))[0] == date(2024, 1, 1)


def test_a_horizon_of_a_later_clause_without_a_figure_is_the_figures(rules):
    text = ("Компания планирует освободить около 1 млн кв. м территории, благодаря переносу "
            "линий под землю к 2022 году.")
    assert _period(facts_of(rules, text)[0])[0] == date(2022, 1, 1)


def test_days_of_one_month_without_a_year_date_an_event(rules):
    text = ("В январе 2019 года полуфиналы прошли во всех округах. Финал конкурса пройдет с 13 "
            "по 17 марта в Сочи. Все финалисты получат гранты в размере 1 млн рублей.")
    assert _period(figure_by_span(facts_of(rules, text), "1 млн рублей")) == NONE


def test_earlier_news_after_kak_does_not_take_the_period(rules):
    text = ("Квартиру для врача планируется закупить в первом квартале 2019 года. Как ранее ТАСС "
            "рассказала начальник отдела кадров, дефицит специалистов составляет более 400 "
            "человек.")
    assert _period(figure_by_span(facts_of(rules, text), "более 400 человек")) == NONE
