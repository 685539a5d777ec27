"""Indicators, seventh pass: a figure in money measures only an indicator that lists money, size
nouns (объём, размер, уровень, величина) frame the quantity after them, oil production, defence
spending, foreign direct investment. Sentences written for these tests (docs/annotation.md §4
"Indicator: which figures get one", rules 1 and 3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from migextract.indicators import IndicatorIndex, lemma_key

from .conftest import indicator_of

RULES = Path(__file__).resolve().parents[1] / "rules" / "indicators"


@pytest.fixture(scope="module")
def index() -> IndicatorIndex:
    return IndicatorIndex.load(RULES)


@pytest.mark.parametrize("text, span, expected", [
    # size nouns frame the quantity after them
    ("Объём производства нефти в стране вырос на 3%.", "3%", "industry.oil"),
    ("Объём добычи нефти в Казахстане составил 90 млн тонн.", "90 млн тонн", "industry.oil"),
    ("Размер прямых иностранных инвестиций в экономику страны достиг 24 млрд долларов.",
     "24 млрд долларов", "investment.fdi"),
    ("Величина прожиточного минимума в регионе составила 14 тыс. рублей.", "14 тыс. рублей",
     "wages.subsistence_minimum"),
    ("Уровень безработицы в стране составил 4,5%.", "4,5%", "labour.unemployment_rate"),
    # bare "добыча" is oil's when oil is named nearby
    ("Страны ОПЕК+ договорились о сокращении добычи нефти. Добыча в Саудовской Аравии "
     "сократится на 500 тыс. баррелей в сутки.", "500 тыс. баррелей", "industry.oil"),
    # defence spending is a state budget's
    ("Военные расходы Германии в 2024 году достигнут 90 млрд евро.", "90 млрд евро",
     "budget.spending"),
    ("Расходы Польши на оборону составят 35 млрд долларов.", "35 млрд долларов",
     "budget.spending"),
    ("Расходы на оборону в прошлом году выросли до 72 млрд долларов.", "72 млрд долларов",
     "budget.spending"),
    ("Оборонные расходы страны увеличились на 12%.", "12%", "budget.spending"),
    ("Расходы на национальную оборону в проекте бюджета составят 3,5 трлн рублей.",
     "3,5 трлн рублей", "budget.spending"),
    # foreign direct investment
    ("Приток прямых иностранных инвестиций в Казахстан составил 28 млрд долларов.",
     "28 млрд долларов", "investment.fdi"),
    ("Объём ПИИ в Узбекистан в прошлом году составил 8 млрд долларов.", "8 млрд долларов",
     "investment.fdi"),
    ("Иностранные инвестиции в экономику Казахстана выросли на 12%.", "12%", "investment.fdi"),
    ("Инвестиции в экономику области составили 120 млрд рублей.", "120 млрд рублей",
     "investment.fixed_capital"),
    # a percent of the indicator is untouched by the money check
    ("Цены на непродовольственные товары выросли на 3,2%.", "3,2%", "prices.nonfood"),
])
def test_indicator_of_a_figure(text, span, expected):
    assert indicator_of(text, span) == expected


@pytest.mark.parametrize("text, span", [
    # a price of oil in dollars is no consumer price level (§4 rule 1)
    ("Уровень цен в 55 долларов за баррель устраивает большинство участников сделки.",
     "55 долларов"),
    # other minerals are no oil, even after a frame noun
    ("Добыча угля в Кузбассе выросла на 3%.", "3%"),
    ("В прошлом году добыча газа выросла на 7%, а экспорт нефти сократился.", "7%"),
    # spending of the population is no budget's, a defence word nearby or not
    ("Расходы населения на продукты выросли на 5%, сообщил военный эксперт.", "5%"),
])
def test_no_indicator(text, span):
    assert indicator_of(text, span) is None


def test_money_measures_only_an_indicator_that_lists_money(index):
    assert index.for_unit("prices.inflation", "USD") is None
    assert index.for_unit("labour.unemployment_rate", "RUB") is None
    assert index.for_unit("prices.nonfood", "RUB") == "prices.nonfood"
    assert index.for_unit("budget.spending", "EUR") == "budget.spending"
    # by_unit first: money of GDP growth is the nominal GDP, which lists money
    assert index.for_unit("gdp.growth", "RUB") == "gdp.nominal"
    assert index.for_unit("prices.inflation", "percent") == "prices.inflation"


def test_every_by_unit_money_target_lists_money(index):
    """Otherwise for_unit would send money to an indicator and null it in the same step."""
    for indicator in index.indicators:
        target = dict(indicator.by_unit).get("money")
        if target:
            assert "money" in index.units_by_id[target], indicator.id


@pytest.mark.parametrize("phrase, expected", [
    ("объём производства нефти", "industry.oil"),
    ("уровень безработицы", "labour.unemployment_rate"),
    ("объём ВВП", "gdp.nominal"),  # a phrase with the frame noun itself still matches
])
def test_frame_nouns_of_size(index, phrase, expected):
    assert {"объем", "размер", "уровень", "величина"} <= index.frame_nouns
    found = index.by_phrase(lemma_key(phrase), 0)
    assert found is not None and found.id == expected


def test_bare_extraction_needs_oil_nearby(index):
    def near_oil(words):
        return "нефть" in words

    found = index.by_context_phrase(lemma_key("объём добычи"), near_oil)
    assert found is not None and found.id == "industry.oil"
    assert index.by_context_phrase(lemma_key("добыча"), lambda words: False) is None
    assert index.by_context_phrase(lemma_key("добыча газа"), near_oil) is None
