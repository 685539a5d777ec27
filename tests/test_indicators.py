"""Indicators: which figures a definition in rules/indicators/*.yaml names (docs/annotation.md §4,
"Indicator: which figures get one"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from migextract.indicators import lemma_key
from migextract.pipeline import extract_text
from migextract.rules import load_rules


def _indicator(text: str, span: str | None = None) -> str | None:
    facts = extract_text(text).facts
    fact = next(f for f in facts if span is None or f.span == span)
    return fact.context.indicator


@pytest.mark.parametrize("text", [
    # a share of a group is not the group's count (rule 1)
    "Доля мигрантов в общей численности жителей области составляет около 7%.",
    "Доля беженцев, подавших прошения в Италии, выросла до 18%.",
    "Половина зарплаты уходит на оплату жилья, говорят горожане.",
])
def test_a_share_of_a_quantity_gets_no_indicator(text):
    assert _indicator(text) is None


def test_an_indicator_defined_as_a_share_keeps_its_phrase():
    assert _indicator("Доля безработных в области снизилась до 4,1%.") == \
        "labour.unemployment_rate"


def test_share_nouns_stop_the_phrase_search():
    index = load_rules().indicators
    assert index.by_phrase(lemma_key("доля мигрантов"), 1) is None
    assert index.by_phrase(lemma_key("число мигрантов"), 1) is not None


@pytest.mark.parametrize("text, indicator", [
    # the price of one food or service names it after "цена"/"стоимость"
    ("В магазинах посёлка цена картофеля выросла на 12%.", "prices.food"),
    ("Стоимость свежих огурцов в январе составила 180 рублей за килограмм.", "prices.food"),
    ("Цены на свежие яблоки за месяц выросли на 4%.", "prices.food"),
    ("Цена билета на самолёт до областного центра достигает 20 тыс. рублей.",
     "prices.services"),
    # ... and fuel keeps its own words
    ("Стоимость солярки за неделю выросла на 3%.", "prices.fuel"),
])
def test_the_price_of_one_good_names_its_group(text, indicator):
    assert _indicator(text) == indicator


def test_a_price_of_nothing_named_stays_null():
    assert _indicator("Стоимость жизни в городе выросла на 6%.") is None


@pytest.mark.parametrize("text", [
    # a government allocates the money (rule 3)
    "Правительство направит регионам средства на ремонт дорог. Средства, направленные на "
    "эти цели, составят 2,5 млрд рублей.",
    # co-financing from a named budget
    "Софинансирование из бюджета области составит 12 млн рублей.",
])
def test_money_a_budget_or_government_gives_is_budget_spending(text):
    assert _indicator(text) == "budget.spending"


def test_a_bare_rate_near_the_central_bank_is_the_policy_rate():
    assert _indicator("ЦБ сохранил ключевую ставку. Ставка останется на уровне 16% до весны.") \
        == "finance.policy_rate"


def test_bare_population_as_head_is_the_population():
    assert _indicator("Население посёлка за год выросло до 5,2 тыс. человек.") == \
        "population.total"


def test_wage_written_apart():
    assert _indicator("Средне месячная заработная плата в районе составила 31 тыс. рублей.") \
        == "wages.average_nominal"
