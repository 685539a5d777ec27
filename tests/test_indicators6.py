"""Indicators, sixth pass: targets ("довести до", "условие — рост хотя бы до"), spending on the
scale of GDP, budget money named by a budget word or allocated by a government body. Sentences written for
these tests (docs/annotation.md §4 "Indicator: which figures get one", rules 3, 5, 8 and 12)."""

from __future__ import annotations

import pytest

from migextract.rules import load_rules

from .conftest import indicator_of


@pytest.mark.parametrize("text, span", [
    # a demand governs the change (rule 8: "требуют поднять расходы до 6,8%")
    ("Профсоюз выдвинул кабинету министров условия: рост расходов на образование до 5% ВВП "
     "к 2027 году.", "5%"),
    # a floor of a wish
    ("«Наше главное условие — рост расходов на медицину хотя бы до 7% ВВП», — сказал он.",
     "7%"),
    # a law guarantees it
    ("Закон гарантирует рост расходов бюджета на науку до 2% ВВП до 2030 года.", "2%"),
    # a goal verb sets the level by itself
    ("Партия планирует довести к 2026 году оборонный бюджет страны до 4% ВВП.", "4%"),
])
def test_a_target_level_has_no_indicator(text, span):
    assert indicator_of(text, span) is None


@pytest.mark.parametrize("text, span, indicator", [
    # a change reported by a finite verb is the quantity's level (rule 8 keeps forecasts too)
    ("В прошлом году зарплату в районе довели до 45 тыс. рублей.", "45 тыс. рублей",
     "wages.average_nominal"),
    ("В 2019 году расходы бюджета на оборону выросли до 3,1% ВВП.", "3,1%",
     "budget.spending"),
])
def test_a_reported_change_keeps_its_indicator(text, span, indicator):
    assert indicator_of(text, span) == indicator


@pytest.mark.parametrize("text, span, indicator", [
    # rule 5: spending and a deficit in % of GDP are amounts on that scale
    ("Затраты на оборону в 2016 году составили 4,7% ВВП.", "4,7%", "budget.spending"),
    ("Расходы на здравоохранение составили 6,2% ВВП.", "6,2%", "budget.spending"),
    ("По итогам года дефицит составил 2,9% ВВП.", "2,9%", "budget.balance"),
])
def test_an_amount_in_percent_of_gdp_is_the_amount(text, span, indicator):
    assert indicator_of(text, span) == indicator


@pytest.mark.parametrize("text, span", [
    ("В 2018 году военный бюджет страны составил $700 млрд.", "$700 млрд."),
    ("Оборонный бюджет Франции превысит €40 млрд.", "€40 млрд."),
    ("Бюджетное финансирование стартапов в прошлом году достигло $30 млн.", "$30 млн."),
    # a government body allocates the money (rule 3, "When")
    ("В конце года Госдепартамент выделил $900 тыс. на поддержку независимых СМИ.",
     "$900 тыс."),
])
def test_budget_money_named_by_a_budget_word_or_a_government_body(text, span):
    assert indicator_of(text, span) == "budget.spending"


def test_is_target_needs_do_and_a_nonfinite_change():
    index = load_rules().indicators
    words = lambda *pairs: tuple(pairs)  # noqa: E731
    assert index.is_target(words(("призвать", "VERB"), ("увеличить", "INFN"),
                                 ("выпуск", "NOUN"), ("до", "PREP")))
    assert not index.is_target(words(("призвать", "VERB"), ("увеличить", "INFN"),
                                     ("выпуск", "NOUN"), ("на", "PREP")))
    assert not index.is_target(words(("условие", "NOUN"), ("выпуск", "NOUN"),
                                     ("вырасти", "VERB"), ("до", "PREP")))
    assert not index.is_target(words(("рост", "NOUN"), ("выпуск", "NOUN"), ("до", "PREP")))
