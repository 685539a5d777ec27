"""Indicators, eleventh pass: a % change of the whole population is its growth, of a category
the population restricted to it (docs/annotation.md §4 rule 6); the bare "коэффициент
фертильности" is not the total fertility rate (§4 rule 1); the new level after a change of the
population is the population; "расходная часть" names a budget (§4 rule 3). Sentences written
for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from migextract.indicators import IndicatorIndex
from migextract.ruleload import RuleError

from .conftest import indicator_of

RULES = Path(__file__).resolve().parents[1] / "rules" / "indicators"


@pytest.fixture(scope="module")
def index() -> IndicatorIndex:
    return IndicatorIndex.load(RULES)


@pytest.mark.parametrize("text, span, expected", [
    # the whole population, with or without its place, changes by a percentage: growth
    ("По оценке экспертов, численность населения республики к 2030 году сократится на 6,2%.",
     "6,2%", "population.growth"),
    ("В Эстонии число жителей может уменьшиться на 25% за сорок лет.", "25%",
     "population.growth"),
    ("Население Киргизии за пять лет выросло на 9%.", "9%", "population.growth"),
    # a category's change stays the population restricted to it (§4 rule 6)
    ("Численность мужчин в районе сократилась на 3,5%.", "3,5%", "population.total"),
    ("Численность населения трудоспособного возраста уменьшится на 8%.", "8%",
     "population.total"),
    ("Сельское население страны сократилось на 11%.", "11%", "population.total"),
    # levels stay levels, the new level after a change too
    ("Население области составляет 1,3 млн человек.", "1,3 млн человек", "population.total"),
    ("Население района за десять лет сократилось на 12% — до 41 тыс. человек.", "12%",
     "population.growth"),
    ("Население района за десять лет сократилось на 12% — до 41 тыс. человек.",
     "41 тыс. человек", "population.total"),
    # the general fertility rate (births per 1000 women) is not the total fertility rate
    ("Коэффициент фертильности за год снизился на 4% — до 48 рождений на 1000 женщин.", "4%",
     None),
    ("Суммарный коэффициент фертильности в стране составил 1,6.", "1,6",
     "population.fertility_rate"),
])
def test_population_changes_and_fertility(text, span, expected):
    assert indicator_of(text, span) == expected


@pytest.mark.parametrize("subject, expected", [
    ("численность населения", "population.growth"),
    ("население Литвы", "population.growth"),
    ("численность населения страны", "population.growth"),
    ("численность женщин", "population.total"),
    ("численность населения в возрасте", "population.total"),
    ("городское население", "population.total"),
])
def test_percent_growth_only_for_the_whole_population(index, subject, expected):
    assert index.for_unit("population.total", "percent", subject) == expected


@pytest.mark.parametrize("text, span, expected", [
    # "расходная часть" is a budget's: money allocated after it is budget spending (§4 rule 3)
    ("Почти треть расходной части придется на образование. На строительство дорог выделяется "
     "3,1 млрд рублей.", "3,1 млрд рублей", "budget.spending"),
    # no budget named: no spending
    ("На строительство дорог выделяется 3,1 млрд рублей.", "3,1 млрд рублей", None),
    # money named by its budget level is that budget's
    ("В будущем году область получит 450 млн рублей федеральных средств на ремонт школ.",
     "450 млн рублей", "budget.spending"),
    ("На эти цели направят 120 млн областных средств.", "120 млн", "budget.spending"),
    # … not money of a company or a fund
    ("На эти цели компания направит 120 млн рублей собственных средств.", "120 млн рублей",
     None),
])
def test_the_expenditure_side_names_a_budget(text, span, expected):
    assert indicator_of(text, span) == expected


def test_a_level_of_a_change_is_its_levels_indicator(index):
    assert index.level_of("population.growth") == "population.total"
    assert index.level_of("gdp.growth") == "gdp.growth"
    assert index.level_of(None) is None


def test_level_must_name_a_defined_indicator(tmp_path):
    (tmp_path / "x.yaml").write_text(
        "indicators:\n"
        "  - id: a.b\n    name: а\n    description: а\n    phrases: [альфа]\n"
        "    level: c.d\n", encoding="utf-8")
    with pytest.raises(RuleError, match="level"):
        IndicatorIndex.load(tmp_path)


def test_without_a_subject_the_unit_alone_does_not_make_growth(index):
    assert index.for_unit("population.total", "percent") == "population.total"
    assert index.for_unit("population.total", "person", "население") == "population.total"


def test_by_unit_subjects_need_by_unit(tmp_path):
    (tmp_path / "x.yaml").write_text(
        "indicators:\n"
        "  - id: a.b\n    name: а\n    description: а\n    phrases: [альфа]\n"
        "    by_unit_subjects: [альфа]\n", encoding="utf-8")
    with pytest.raises(RuleError, match="by_unit_subjects"):
        IndicatorIndex.load(tmp_path)
