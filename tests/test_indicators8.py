"""Indicators, eighth pass (audit of fresh news): a count of people measures only an indicator
that counts, a world oil price is no consumer price, "в связи с" names no service, borrowed
money is no spending, migrants who arrived are arrivals. Sentences written for these tests
(docs/annotation.md §4 "Indicator: which figures get one", rules 1 and 3)."""

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
    # a count of people is no spending, wage growth or price (§4 rule 1)
    ("Минобороны направило в район паводка 300 военнослужащих.", "300 военнослужащих", None),
    ("Военные расходы страны выросли, на учения Минобороны направило 1,2 тыс. военнослужащих.",
     "1,2 тыс. военнослужащих", None),
    # a count after a real wage's change is not that change ("затронул 2,3 млн человек")
    ("Реальная заработная плата в регионе снизилась на 4%. Как отмечают в ведомстве, это "
     "затронуло 2,3 млн человек.", "2,3 млн человек", None),
    # … while indicators that count keep their people
    ("Число безработных в области сократилось на 12 тыс. человек.", "12 тыс. человек",
     "labour.unemployed"),
    ("В прошлом году в республику прибыло 14 тыс. человек.", "14 тыс. человек",
     "migration.arrivals"),
    ("Численность населения с доходами ниже прожиточного минимума составила 16 млн человек.",
     "16 млн человек", "income.poverty"),
    # things are not filtered: barrels of oil are output
    ("Страны ОПЕК+ договорились о сокращении добычи нефти. Добыча в Саудовской Аравии "
     "сократится на 500 тыс. баррелей в сутки.", "500 тыс. баррелей", "industry.oil"),
    # migrants who arrived are the arrivals (a flow), not the stock of foreigners
    ("Число мигрантов, прибывших в страну за неделю, превысило 12 тыс. человек.",
     "12 тыс. человек", "migration.arrivals"),
    ("Число мигрантов в стране на 1 июля составило 2,1 млн человек.", "2,1 млн человек",
     "migration.foreigners"),
    # a world oil price is not a service, food or fuel price, whatever stands nearby
    ("Рубль укрепился в связи с ростом спроса. Цены на нефть держатся на отметке $54 за баррель.",
     "$54", None),
    ("В связи с санкциями цена нефти опустилась до 60 долларов за баррель.", "60 долларов",
     None),
    # "в связи с" is no communication service; a named service still is one
    ("В связи с праздниками цена билета на поезд выросла до 2 тыс. рублей.", "2 тыс. рублей",
     "prices.services"),
    ("Стоимость мобильной связи за год выросла на 8%.", "8%", "prices.services"),
    # a rate that counts people counts its people ("безработица — 1,2 млн человек")
    ("Безработица в стране выросла на 200 тыс. человек.", "200 тыс. человек",
     "labour.unemployed"),
    ("Уровень безработицы в области составил 4,1%.", "4,1%", "labour.unemployment_rate"),
])
def test_indicator_of_a_figure(text: str, span: str, expected: str | None) -> None:
    assert indicator_of(text, span) == expected


def test_count_of_people_only_for_counting_indicators(index: IndicatorIndex) -> None:
    assert index.for_unit("budget.spending", "person") is None
    assert index.for_unit("wages.real_growth", "person") is None
    assert index.for_unit("migration.work_permits", "person") == "migration.work_permits"
    assert index.for_unit("population.marriages", "person") == "population.marriages"
    assert index.for_unit("industry.oil", "item") == "industry.oil"
    assert index.for_unit("labour.unemployment_rate", "person") == "labour.unemployed"
    assert index.for_unit("labour.employment_rate", "person") == "labour.employed"


def test_oil_price_and_borrowing_are_neighbours(index: IndicatorIndex) -> None:
    assert index.by_context_phrase(lemma_key("цены на нефть"), lambda words: True) is None
    assert index.by_context_phrase(lemma_key("средства, занятые на внешнем рынке"),
                                   lambda words: True) is None
    spending = index.by_context_phrase(lemma_key("средства, выделенные"), lambda words: True)
    assert spending is not None and spending.id == "budget.spending"
