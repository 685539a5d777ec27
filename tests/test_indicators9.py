"""Indicators, ninth pass (audit of fresh TASS news): people who live in a place are its
population ("на Чукотке проживает около 49 тыс. человек"), unless the counted people are a
group (an ethnic group, "людей без гражданства"). Sentences written for these tests
(docs/annotation.md §4 "Indicator: which figures get one", rules 2 and 9)."""

from __future__ import annotations

import pytest

from migextract.indicators import IndicatorIndex

from .conftest import broken_rules, indicator_of


@pytest.mark.parametrize("text, span, expected", [
    # the residents of a place, counted as people in general, are its population
    ("По данным Росстата, в округе сейчас проживает около 49 тыс. человек.",
     "около 49 тыс. человек", "population.total"),
    ("В моногороде проживают почти 27 тыс. человек.", "почти 27 тыс. человек",
     "population.total"),
    ("При этом около 3 тыс. человек проживают в городе постоянно.", "около 3 тыс. человек",
     "population.total"),
    ("В поселке проживает 12 тыс. жителей.", "12 тыс. жителей", "population.total"),
    # an ethnic group is no population (§4 rule 9), nor people restricted by a modifier
    ("В республике проживало 171 100 русских.", "171 100 русских", None),
    ("Сегодня в стране проживает свыше 240 тыс. людей без гражданства.",
     "свыше 240 тыс. людей", None),
])
def test_residents_are_the_population(text, span, expected):
    assert indicator_of(text, span) == expected


def test_verb_counted_pairs_are_checked(tmp_path):
    rules_dir, _lines = broken_rules(tmp_path, "indicators/population.yaml",
                                     "verb_counted: [проживать человек,",
                                     "verb_counted: [проживать,")
    with pytest.raises(ValueError, match="verb_counted"):
        IndicatorIndex.load(rules_dir / "indicators")


@pytest.mark.parametrize("text, span, expected", [
    # the price of housing in the genitive is the housing price, as "цены на жильё"
    ("Цена жилья в крае превышает 100 тыс. рублей за квадратный метр.", "100 тыс. рублей",
     "prices.housing"),
    ("Стоимость жилой недвижимости в городе за год выросла на 7%.", "7%", "prices.housing"),
])
def test_housing_price_synonyms(text, span, expected):
    assert indicator_of(text, span) == expected


@pytest.mark.parametrize("text, span, expected", [
    # the pay of one office holder is one person's earnings (§4 rule 2)
    ("Зарплата губернатора области в следующем году не будет повышена на 4%.", "4%", None),
    ("Заработная плата мэра города составила 300 тыс. рублей.", "300 тыс. рублей", None),
    # a staff group's or a region's wage stays the average wage
    ("Зарплата врачей в области выросла на 10%.", "10%", "wages.average_nominal"),
    ("Средняя зарплата в регионе составила 40 тыс. рублей.", "40 тыс. рублей",
     "wages.average_nominal"),
])
def test_office_holder_pay_is_no_wage_statistic(text, span, expected):
    assert indicator_of(text, span) == expected
