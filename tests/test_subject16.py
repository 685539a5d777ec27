"""Subject rules of pass subj16: a framing phrase ("в зависимости от …", "на фоне …", "под
влиянием …") and a cause ("в связи с …") say what a figure depends on or is set against, so
neither they nor the noun phrase they govern is taken for what it measures; a framing phrase
ends a subject phrase and is no purpose of a payment. An item of a list after a colon ("по
районам: в северных районах — 43%") is the figure's category, not what it measures. The
sentences are ours."""
from __future__ import annotations

import pytest

from migextract.ruleload import RuleError
from migextract.rules import load_rules

from .conftest import broken_rules, facts_of, figure_by_span


def _subject(rules, text: str, span: str) -> str | None:
    return figure_by_span(facts_of(rules, text), span).context.subject


@pytest.mark.parametrize(("text", "span", "framing"), [
    ("Заметим, что 3000 рублей по курсу — это 40 долларов, и в связи с этим возникли вопросы.",
     "3000 рублей", "связь"),
    ("Кто оплатит ещё 20 млн кв. м в год на фоне долгого падения зарплат?", "20 млн кв. м",
     "фон"),
])
def test_a_framing_or_cause_noun_is_never_the_subject(rules, text, span, framing):
    subject = _subject(rules, text, span)
    assert not subject or not subject.startswith(framing)


def test_the_noun_a_framing_phrase_governs_is_not_the_subject(rules):
    text = "Под влиянием высоких цен продажи квартир в городе составили 40 тысяч."
    assert _subject(rules, text, "40 тысяч") == "продажа квартир"


def test_a_framing_phrase_ends_the_subject_phrase(rules):
    text = "Выплата в зависимости от стажа составит 9 тысяч рублей."
    assert _subject(rules, text, "9 тысяч рублей") == "выплата"


@pytest.mark.parametrize(("text", "span", "subject"), [
    # the same nouns outside a framing phrase are subjects as before
    ("Связь с дальними селами обошлась бюджету в 5 млн рублей.", "5 млн рублей",
     "связь с дальними селами"),
    ("В зависимости от стажа выплата составит 9 тысяч рублей.", "9 тысяч рублей", "выплата"),
])
def test_limits_of_framing(rules, text, span, subject):
    assert _subject(rules, text, span) == subject


def test_a_bad_framing_phrase_names_file_line_and_key(tmp_path):
    rules_dir, lines = broken_rules(tmp_path, "context.yaml",
                                    "framing_phrases: 'в\\s+зависимости",
                                    "framing_phrases: '(в\\s+зависимости")
    line = next(n for n, s in enumerate(lines, 1) if s.startswith("framing_phrases:"))
    with pytest.raises(RuleError, match=rf"context\.yaml:{line}: key 'framing_phrases': invalid"):
        load_rules(rules_dir)


@pytest.mark.parametrize("span", ["43,6%", "30%"])
def test_a_list_items_category_is_not_the_subject(rules, span):
    text = "Нехватка учителей по районам: в северных районах — 43,6%, в южных — 30%."
    subject = _subject(rules, text, span)
    assert subject and subject.startswith("нехватка учителей")


def test_an_item_that_leaves_out_its_noun_takes_the_noun_before_the_colon(rules):
    text = ("Нехватка учителей остается острой. Она отмечается в северных и горных районах: "
            "Ивановском — 43,6%, Петровском — 40,0%.")
    assert _subject(rules, text, "43,6%") != "горные районы"


def test_a_list_of_clauses_after_a_colon_keeps_its_counted_things(rules):
    # a verb after the colon makes the items clauses: the item may name what is counted
    text = "Итоги года: в Ивановском районе построено 40 домов, в Петровском — 30 домов."
    assert _subject(rules, text, "30 домов") == "построенные дома"


def test_living_beings_listed_after_a_colon_are_whom_the_sum_is_for(rules):
    text = "Выплату при переезде увеличат: врачи — миллион рублей, фельдшеры — 500 тыс. рублей."
    assert _subject(rules, text, "миллион рублей") == "выплата при переезде"
    assert _subject(rules, text, "500 тыс. рублей") == "выплата при переезде"


@pytest.mark.parametrize(("text", "span", "subject"), [
    # an item naming a measure, or headed by a thing with a living being's genitive, measures
    ("У машины небольшие габариты: длина — 2,95 м, ширина — 1,9 м.", "1,9 м", "ширина"),
    ("Все относительно: средняя масса мозга китов — 7 килограммов.", "7 килограммов",
     "средняя масса мозга китов"),
    # the item's period is not its category
    ("Параметры бюджета такие: в 2030 году доходы — 55,7 млрд рублей.", "55,7 млрд рублей",
     "доходы"),
])
def test_an_item_that_names_a_measure_stays_the_subject(rules, text, span, subject):
    assert _subject(rules, text, span) == subject


@pytest.mark.parametrize(("text", "span", "subject"), [
    ("Водителя оштрафовали на 5 тысяч рублей в связи с превышением скорости.",
     "5 тысяч рублей", "штраф"),
    # limit: a purpose of the payment stays
    ("Сосед заплатил 480 тыс. рублей за замену крыши.", "480 тыс. рублей",
     "плата за замену крыши"),
])
def test_a_cause_is_not_what_money_is_paid_for(rules, text, span, subject):
    assert _subject(rules, text, span) == subject
