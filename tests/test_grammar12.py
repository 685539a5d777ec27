"""Figure grammar, pass 12: every exclusion pattern has a cheap precondition, and a sentence
where a pattern matches always meets it (sentences written for the tests)."""

from __future__ import annotations

import pytest

from migextract.grammar import _precondition
from migextract.pipeline import extract_text
from migextract.ruleload import Node

SENTENCES = [
    "Звоните по телефону 8 (800) 555-35-35 или 8 800 100-20-30 до 20:00.",
    "Заявление подано 11.05.2015, ответ пришёл 2015-05-12, а решение — 03/06/15.",
    "Совещание началось в 10.30 утра и закончилось к 18:45.",
    "С 5 по 12 мая и 1 сент. в городе прошли 3-го числа ярмарки.",
    "В 2019-2020 гг. и в 1990-х годах население сократилось; в 2021-м оно выросло.",
    "В марте 2023 года и в первом квартале 2024 было выдано 500 виз.",
    "В конце 2022 года и летом 2023 приток мигрантов вырос.",
    "В сезоне 2022/23 клуб провёл 40 матчей.",
    "Это 5-й раз за 10-летие, к 300-летнему юбилею города.",
    "Самолёт Ан-148 и вертолёт Ми8 доставили 12кг груза, SU-35 и 3D-принтер тоже.",
    "1. Первый пункт.\n2.1 Второй пункт.",
    "Индекс 010000 и счёт 0123 не являются показателями.",
    "Матч закончился со счётом 2:1.",
    "В 20—30-е годы и в 50-60-х годах рабочих стало на 5% больше.",
]


def test_every_exclusion_has_a_precondition(rules):
    missing = [e.id for e in rules.grammar.exclusions if e.requires is None]
    assert missing == []


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_pattern_matches_only_where_its_precondition_holds(rules, sentence):
    lowered = sentence.lower()
    for exclusion in rules.grammar.exclusions:
        if exclusion.pattern.search(sentence):
            assert exclusion.applies(lowered), (exclusion.id, sentence)


def test_the_sample_sentences_exercise_the_new_preconditions(rules):
    hit = {e.id for e in rules.grammar.exclusions for s in SENTENCES if e.pattern.search(s)}
    assert {"excl.phone", "excl.date_numeric", "excl.time", "excl.date_day_month",
            "excl.year_with_word", "excl.year_ordinal", "excl.month_year",
            "excl.year_after_time_noun", "excl.season", "excl.ordinal_suffix",
            "excl.model_code", "excl.age_of_anniversary", "excl.list_number",
            "excl.postcode_leading_zero", "excl.clock_score"} <= hit


def test_a_precondition_is_strings_or_a_pattern_not_both():
    node = Node({"requires": ["год"], "requires_pattern": r"\d"})
    node.path, node.line, node.key_lines = "quantities.yaml", 1, {}
    with pytest.raises(Exception, match="not both"):
        _precondition(node)
    node = Node({"requires_pattern": r"\d:\d"})
    node.path, node.line, node.key_lines = "quantities.yaml", 1, {}
    assert _precondition(node).search("счёт 2:1")


def _figures(text: str, rules) -> list[tuple[str, float, str | None, str | None]]:
    return [(f.span, f.quantity.value, f.quantity.unit, f.quantity.counted)
            for f in extract_text(text, rules=rules).facts]


def test_a_percent_inside_a_compound_adjective(rules):
    assert _figures("Инфляция опустилась ниже 4-процентного уровня.", rules) == [
        ("ниже 4-процентного", 4.0, "percent", None)]


def test_a_thousand_adjective_sizing_a_settlement_counts_people(rules):
    assert _figures("Мусор вывозят из 100-тысячного закрытого города.", rules) == [
        ("100-тысячного", 100000.0, "person", None)]


def test_a_million_adjective_sizing_another_noun_counts_that_noun(rules):
    assert _figures("Рядом построят 45-тысячный крытый стадион.", rules) == [
        ("45-тысячный", 45000.0, "item", "стадион")]


def test_a_figure_after_an_oblique_form_of_chislo_counts_its_noun(rules):
    text = ("Эксперты отметили рост числа многодетных семей — за два года оно выросло "
            "с 42 тыс. до 50 тыс.")
    assert [(u, c) for _, _, u, c in _figures(text, rules)] == [("item", "семья"),
                                                                ("item", "семья")]


def test_a_product_index_with_capitals_between_digits_is_no_figure(rules):
    text = "Флотилия выпустила 18 ракет 3М14, а ракета 9М729 осталась на складе."
    assert _figures(text, rules) == [("18 ракет", 18.0, "item", "ракета")]
