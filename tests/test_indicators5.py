"""Indicators, fifth pass: the item priced after a measure noun, more foods, the exchange rate
named by its currency, the foreign-trade deficit, промпроизводство, the arrivals themselves.
Sentences written for these tests (docs/annotation.md §4 "Indicator: which figures get one")."""

from __future__ import annotations

import pytest

from migextract.indicators import _open_after, lemma_key
from migextract.rules import load_rules

from .conftest import indicator_of


@pytest.mark.parametrize("text, span, indicator", [
    # a measure noun stands between the price and the item priced (rule 11)
    ("В городе средняя цена за литр бензина выросла до 52 рублей, а продукты подешевели.",
     "52 рублей", "prices.fuel"),
    ("Цена килограмма говядины в магазинах области достигла 480 рублей.", "480 рублей",
     "prices.food"),
    ("Цена буханки ржаного хлеба поднялась до 35 рублей.", "35 рублей", "prices.food"),
    # foods the list of context words did not know
    ("За полгода цена сала выросла на 12%.", "12%", "prices.food"),
    ("Стоимость творога в регионе поднялась на 8%.", "8%", "prices.food"),
])
def test_the_item_priced_decides_the_price_index(text, span, indicator):
    assert indicator_of(text, span) == indicator


def test_a_measure_noun_followed_by_another_item_closes_the_price_phrase():
    index = load_rules().indicators
    measures = index.measure_nouns
    food = next(i for i in index.indicators if i.id == "prices.food").context_words
    assert _open_after(lemma_key("за литр бензина"), food, measures) is None
    assert _open_after(lemma_key("кубометра воды"), food, measures) is None
    assert _open_after(lemma_key("килограмма картофеля"), food, measures) is True
    assert _open_after(lemma_key("за литр"), food, measures) is False


@pytest.mark.parametrize("text, span, indicator", [
    ("Правительство заложило в бюджет среднегодовой курс 68 рублей за доллар.", "68 рублей",
     "finance.exchange_rate"),
    ("Аналитики ждут, что курс российской валюты к лету составит 90 рублей за доллар.",
     "90 рублей", "finance.exchange_rate"),
    ("Дефицит внешней торговли США в 2016 году составил 500 млрд долларов.",
     "500 млрд долларов",
     "trade.balance"),
    ("Промпроизводство в регионе за девять месяцев выросло на 3,4%.", "3,4%",
     "industry.output"),
])
def test_synonyms_added_in_the_fifth_pass(text, span, indicator):
    assert indicator_of(text, span) == indicator


def test_a_course_of_treatment_is_no_exchange_rate():
    assert indicator_of("Курс лечения обходится пациенту в 40 тыс. рублей.", "40 тыс. рублей") \
        is None


def test_money_the_ministry_of_finance_spends_is_budget_spending():
    # §4 rule 3: a government body allocates it; "Министерство финансов" is the Минфин
    text = ("Министерство финансов подготовило проект. Расходы на содержание армии вырастут на "
            "15% и составят 40 млрд рублей.")
    assert indicator_of(text, "15%") == "budget.spending"
    assert indicator_of(text, "40 млрд рублей") == "budget.spending"


@pytest.mark.parametrize("text, span, indicator", [
    ("Зимой оплата ЖКХ за квартиру составляет около 4 тыс. рублей в месяц.",
     "около 4 тыс. рублей",
     "prices.services"),
    ("За год продуктовая корзина подорожала на 9%, говорится в отчёте.", "9%", "prices.food"),
])
def test_what_a_household_pays_for_housing_services_and_its_food_basket(text, span, indicator):
    assert indicator_of(text, span) == indicator


def test_a_length_area_or_mass_measures_no_price_wage_or_population():
    index = load_rules().indicators
    assert index.for_unit("prices.services", "m2") is None
    assert index.for_unit("population.total", "km") is None
    assert index.for_unit("population.total", "kg") is None
    # an indicator that lists the unit keeps it; tonnes and money are not affected
    assert index.for_unit("prices.housing", "RUB") == "prices.housing"
    assert index.for_unit("agriculture.output", "t") == "agriculture.output"
    housing_area = next(i for i in index.indicators if "m2" in i.units)
    assert index.for_unit(housing_area.id, "m2") == housing_area.id
