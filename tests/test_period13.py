"""Period rules of the audit pass period13 (TASS regional news, first half of the dump): a text
with no date whose December dateline names a year only as the future ("бюджет на 2019 год … в
2019 году поступления увеличатся") is of the year before, so that its "в следующем году" and "в
этом году" resolve; datelines without slashes ("ТАСС, 11 декабря.") or with a correspondent
("/Корр. ТАСС …/") are datelines too. The sentences are ours."""
from __future__ import annotations

from datetime import date

import pytest

from migextract.context import reference_year
from migextract.pipeline import extract_text

from .conftest import facts_of, figure_by_span
from .test_period_rules import _period

YEAR_2018 = (date(2018, 1, 1), date(2018, 12, 31))
YEAR_2019 = (date(2019, 1, 1), date(2019, 12, 31))
YEAR_2020 = (date(2020, 1, 1), date(2020, 12, 31))

_BUDGET = ("{dateline} Депутаты областной думы приняли бюджет на 2019 год. В 2019 году "
           "безвозмездные поступления увеличатся до 5 млрд рублей. Доходы на следующий год "
           "составят 54,4 млрд рублей. В этом году, для сравнения, отремонтировали 8,4 км дорог.")


@pytest.mark.parametrize("dateline", [
    "БРЯНСК, 11 декабря. /ТАСС/.",
    "ТАСС, 11 декабря.",  # the agency's name and no slashes
    "ЧИТА, 25 декабря. /Корр. ТАСС Иван Петров/.",  # a correspondent between the slashes
])
def test_a_december_text_on_next_year_is_of_the_year_before(rules, dateline):
    facts = facts_of(rules, _BUDGET.format(dateline=dateline))
    assert _period(figure_by_span(facts, "5 млрд рублей")) == YEAR_2019
    assert _period(figure_by_span(facts, "54,4 млрд рублей")) == YEAR_2019
    assert _period(figure_by_span(facts, "8,4 км")) == YEAR_2018


@pytest.mark.parametrize("dateline", [
    "БРЯНСК, 11 февраля. /ТАСС/.",  # not December: the future year may be the year of writing
    "Брянск, 11 декабря, в среду.",  # no dateline
])
def test_other_openings_keep_the_future_year(rules, dateline):
    facts = facts_of(rules, _BUDGET.format(dateline=dateline))
    assert _period(figure_by_span(facts, "54,4 млрд рублей")) == YEAR_2020


def test_a_december_text_on_its_own_year_and_the_next(rules):
    # two years in the future: the first is the year of writing ("по итогам текущего года")
    text = ("ВОЛОГДА, 11 декабря. /ТАСС/. Доходы бюджета в 2018 году составят 60,6 млрд рублей. "
            "В 2019 году дефицит увеличится на 38%. Дефицит по итогам текущего года ожидается "
            "на уровне 941 млн рублей.")
    assert _period(figure_by_span(facts_of(rules, text), "941 млн рублей")) == YEAR_2018


@pytest.mark.parametrize(("text", "year"), [
    # a day or a month of the year still ahead in December: the year itself
    ("МОСКВА, 17 декабря. /ТАСС/. 22 декабря 2018 года истребители совершат перелёт.", 2018),
    # "с 2019 года" of a plan is already said before the year
    ("ТВЕРЬ, 13 декабря. /ТАСС/. Мы будем строить газопровод с 2019 года.", 2018),
    ("ТВЕРЬ, 13 декабря. /ТАСС/. В 2019 году область начнёт газификацию города.", 2018),
])
def test_the_year_of_a_december_text(rules, text, year):
    assert reference_year(None, text, rules.periods, rules.context.speech) == year


def test_the_next_year_of_a_december_text_carries_to_the_present(rules):
    # the budget adopted for the next year: "это объём расходов" speaks of it
    text = ("ВЛАДИМИР, 19 декабря. /ТАСС/. Депутаты приняли бюджет на 2019 год, согласно которому "
            "расходы составят 63,7 млрд рублей. \"63,8 млрд рублей - это объем расходной части, а "
            "около 2 млрд составляет дефицит\", - сказал он.")
    result = extract_text(text, rules=rules)
    assert _period(figure_by_span(result.facts, "63,8 млрд рублей")) == YEAR_2019


# --- "снижение к предыдущему году": a base after a noun of change and "к" ------------------------

@pytest.mark.parametrize(("text", "span"), [
    ("В 2018 году выявлено 92 преступления, снижение к предыдущему году на 39%.", "39%"),
    ("В 2018 году число мигрантов составило 92 тыс., прирост к 2017 году - 5%.", "5%"),
    ("В 2018 году доходы выросли на 12% к 2017 году.", "12%"),
])
def test_a_base_after_a_change_noun_is_no_period(rules, text, span):
    facts = facts_of(rules, text + " Из них 52 тыс. - мигранты из Узбекистана.")
    assert _period(figure_by_span(facts, span)) == YEAR_2018
    # the period in force goes on to the next sentence
    assert _period(figure_by_span(facts, "52 тыс.")) == YEAR_2018


def test_a_target_year_after_a_change_noun_stays(rules):
    # "рост к 2024 году" of a plan: the later year is the target's, not a base
    facts = facts_of(rules, "В 2018 году зарплата составила 40 тыс. рублей. Рост к 2024 году "
                          "составит 30%.")
    assert _period(figure_by_span(facts, "30%")) == (date(2024, 1, 1), date(2024, 12, 31))
    assert _period(figure_by_span(facts, "40 тыс. рублей")) == YEAR_2018


# --- "по итогам 2018" without "года" -------------------------------------------------------------

def test_a_bare_year_after_po_itogam(rules):
    facts = facts_of(rules, "В 2017 году турпоток составил около 1,4 млн человек. По итогам 2018 "
                          "турпоток составит порядка 1,53 млн человек.")
    assert _period(figure_by_span(facts, "порядка 1,53 млн человек")) == YEAR_2018
    assert _period(figure_by_span(facts, "около 1,4 млн человек")) == (date(2017, 1, 1), date(2017, 12, 31))
