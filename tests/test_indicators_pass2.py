"""Indicator definitions, second pass: modifier phrases (the poor, whatever the head), neighbour
quantities that are no indicator, the working-age population, the economy's growth, deaths from
one cause, and the unit table `by_unit` (docs/annotation.md §4, "Indicator: which figures get
one"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from migextract.indicators import IndicatorIndex, lemma_key
from migextract.pipeline import extract_text
from migextract.ruleload import RuleError
from migextract.rules import load_rules


@pytest.fixture(scope="module")
def index() -> IndicatorIndex:
    return load_rules().indicators


def _indicator(text: str, span: str | None = None) -> str | None:
    facts = extract_text(text).facts
    fact = next(f for f in facts if span is None or f.span == span)
    return fact.context.indicator


def _id(index: IndicatorIndex, phrase: str, head: int | None = None) -> str | None:
    found = index.by_phrase(lemma_key(phrase), head)
    return found.id if found else None


@pytest.mark.parametrize("phrase, head", [
    # a modifier that makes a group the poor names poverty after a share noun...
    ("доля населения за чертой бедности", 0),
    ("доля семей, живущих ниже черты бедности", 0),
    # ... and after the head noun, whatever the head is
    ("число пенсионеров с доходами ниже прожиточного минимума", 1),
    ("количество людей, имеющих доход ниже прожиточного минимума", 1),
    ("домохозяйства, оказавшиеся за порогом бедности", 0),
    ("малоимущие", 0),
])
def test_the_poor_are_poverty_whatever_the_head(index, phrase, head):
    assert _id(index, phrase, head) == "income.poverty"


def test_a_share_of_the_poor_in_a_sentence():
    assert _indicator("Доля жителей республики за чертой бедности снизилась до 12%.") \
        == "income.poverty"


def test_the_subsistence_budget_is_the_subsistence_minimum(index):
    assert _id(index, "бюджет прожиточного минимума", 0) == "wages.subsistence_minimum"


def test_a_minimum_pension_is_a_floor_not_the_average():
    assert _indicator("Минимальная пенсия в области составит 11 тыс. рублей.") is None
    assert _indicator("Средняя пенсия в области составит 19 тыс. рублей.") == \
        "wages.pension_average"


def test_neighbours_block_context_phrases_too(index):
    assert index.by_phrase(lemma_key("минимальный размер пенсии"), 2) is None
    assert index.by_context_phrase(lemma_key("минимальная пенсия"), lambda _w: True) is None


@pytest.mark.parametrize("phrase, head, indicator", [
    # the working-age population is a population (breakdown: the age), not the labour force
    ("численность населения трудоспособного возраста", 0, "population.total"),
    ("население в трудоспособном возрасте", 0, "population.total"),
    ("количество людей трудоспособного возраста", 1, "population.total"),
    # the head decides: deaths among the working-age population are deaths
    ("смертность населения трудоспособного возраста", 0, "population.deaths"),
    # the labour force keeps its own words
    ("численность экономически активного населения", 0, "labour.labour_force"),
])
def test_working_age_population(index, phrase, head, indicator):
    assert _id(index, phrase, head) == indicator


@pytest.mark.parametrize("text", [
    "По прогнозу министерства, экономика страны в этом году вырастет на 2,5%.",
    "Российская экономика в 2015 году сократилась на 3%.",
])
def test_the_economy_changing_is_its_growth(text):
    assert _indicator(text) == "gdp.growth"


def test_the_informal_economy_is_not_growth(index):
    assert _id(index, "теневая экономика", 1) is None


@pytest.mark.parametrize("phrase, head, indicator", [
    # deaths from one cause are deaths (§4 rule 2)
    ("погибшие дети", 1, "population.deaths"),
    ("число погибших", 1, "population.deaths"),
    ("погибло", 0, "population.deaths"),
    # evacuation is a departure, newcomers are arrivals
    ("общее число эвакуированных", 2, "migration.departures"),
    ("количество приезжих", 1, "migration.arrivals"),
    # all goods and services together are the consumer prices
    ("цены на товары и услуги", 0, "prices.inflation"),
])
def test_synonyms(index, phrase, head, indicator):
    assert _id(index, phrase, head) == indicator


@pytest.mark.parametrize("indicator, unit, expected", [
    ("gdp.nominal", "percent", "gdp.growth"),  # "ВВП вырос на 2%"
    ("gdp.nominal", "times", "gdp.growth"),
    ("gdp.nominal", "RUB", "gdp.nominal"),
    ("gdp.growth", "USD", "gdp.nominal"),  # "ВРП вырос до 435 млрд рублей"
    ("wages.real_growth", "USD", "wages.average_nominal"),  # "реальная зарплата — $600"
    ("wages.real_growth", "percent", "wages.real_growth"),
    ("income.poverty", "RUB", "wages.subsistence_minimum"),
    ("income.poverty", "person", "income.poverty"),
    ("prices.inflation", "percent", "prices.inflation"),
    (None, "percent", None),
    ("gdp.nominal", None, "gdp.nominal"),
])
def test_the_unit_chooses_between_close_indicators(index, indicator, unit, expected):
    assert index.for_unit(indicator, unit) == expected


def test_by_unit_must_name_a_defined_indicator(tmp_path):
    (tmp_path / "x.yaml").write_text(
        "indicators:\n"
        "  - id: a.b\n    name: а\n    description: а\n    phrases: [альфа]\n"
        "    by_unit: {percent: c.d}\n", encoding="utf-8")
    with pytest.raises(RuleError):
        IndicatorIndex.load(tmp_path)


@pytest.mark.parametrize("phrase, head, indicator", [
    # a participial clause restricts any group to the holders of a permit or the new citizens
    ("жители области, получившие российское гражданство", 0, "migration.citizenship"),
    ("граждане Узбекистана, получившие разрешения на работу", 0, "migration.work_permits"),
    ("получило разрешения на работу", 0, "migration.work_permits"),
    ("мигранты, получившие патенты", 0, "migration.work_permits"),
])
def test_participial_clauses_name_permits_and_citizenship(index, phrase, head, indicator):
    assert _id(index, phrase, head) == indicator


def test_a_share_of_permit_holders_stays_null(index):
    # after a share noun a modifier names the indicator only if it is defined as a share
    assert _id(index, "доля мигрантов, получивших патенты", 0) is None
    assert _id(index, "доля жителей, получивших гражданство", 0) is None
