"""A standing fact set against a past report (branch period10, annotation §6.1): a clause of
contrast or concession in the present tense ("притом что", "в то время как", "тогда как") states
what holds in general, even with a verb of measure, and the period reported before does not
carry onto it. A present-tense report that goes on with the same statistics keeps it. The
sentences are ours."""
from __future__ import annotations

from datetime import date

import pytest

from migextract.pipeline import extract_text

from .test_period_rules import _period


def _figure(facts, span: str):
    """The figure whose span is `span` or begins with it ("7 млн" of "7 млн рублей")."""
    return next(f for f in sorted(facts, key=lambda f: f.span != span)
                if f.span == span or f.span.startswith(span + " "))


YEAR_2016 = (date(2016, 1, 1), date(2016, 12, 31))


@pytest.mark.parametrize("background", [
    "И это притом, что минимальная пенсия в стране составляет 9 тыс. рублей.",
    "И это при том что минимальная пенсия в стране составляет 9 тыс. рублей.",
    "В то время как минимальная пенсия в стране составляет 9 тыс. рублей.",
    "Пенсии индексируют по инфляции, тогда как минимальная пенсия составляет 9 тыс. рублей.",
])
def test_a_clause_of_contrast_in_the_present_takes_no_period(rules, background):
    text = ("В 2016 году число пенсионеров выросло до 43 млн человек. " + background)
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "43 млн")) == YEAR_2016
    assert _period(_figure(facts, "9 тыс.")) == (None, None)


@pytest.mark.parametrize("sentence", [
    # the same report going on in the present tense, with no clause of contrast
    "Средний размер пенсии составляет 13 тыс. рублей.",
    # a contrast inside the report, in the past tense: the same period
    "В Москве пенсия выросла на 5%, в то время как в регионах она выросла на 3%.",
])
def test_a_report_going_on_keeps_the_period(rules, sentence):
    text = "В 2016 году число пенсионеров выросло до 43 млн человек. " + sentence
    facts = extract_text(text, rules=rules).facts
    figure = next(f for f in facts if f.span != "43 млн человек")
    assert _period(figure) == YEAR_2016


def test_a_plan_after_the_contrast_is_left_to_the_plan_rules(rules):
    text = ("В 2016 году число пенсионеров выросло до 43 млн человек. В то время как в "
            "будущем году пенсия может составить 10 тыс. рублей.")
    facts = extract_text(text, rules=rules).facts
    assert "ctx.period_background_present" not in _figure(facts, "10 тыс.").context.rules


def test_a_contrast_with_a_past_verb_is_not_a_standing_fact(rules):
    # the sentence still reports in the past: the rule asks for the present tense alone
    text = ("В 2016 году число пенсионеров выросло до 43 млн человек. Работающих пенсионеров "
            "стало меньше, тогда как неработающих насчитывается 33 млн.")
    facts = extract_text(text, rules=rules).facts
    assert "ctx.period_background_present" not in _figure(facts, "33 млн.").context.rules


# a target named as such right before the figure is a standing goal (annotation §6.1)

@pytest.mark.parametrize(("sentence", "span"), [
    ("Инфляция остаётся ниже таргета в 4%.", "4%"),
    ("Регулятору удалось опустить инфляцию ниже целевого уровня (4%).", "4%"),
    ("Рост цен по-прежнему ниже установленного регулятором таргета в 2%.", "2%"),
    ("Целевой показатель — 3%.", "3%"),
])
def test_a_named_target_takes_no_period_carried(rules, sentence, span):
    text = "В 2017 году инфляция замедлилась до 2,5%. " + sentence
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "2,5%")) == (date(2017, 1, 1), date(2017, 12, 31))
    assert _period(_figure(facts, span)) == (None, None)


def test_a_level_without_a_target_word_keeps_the_period(rules):
    text = "В 2017 году инфляция замедлилась до 2,5%. Базовая инфляция составила 2,1%."
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "2,1%")) == (date(2017, 1, 1), date(2017, 12, 31))


def test_a_target_with_its_own_year_keeps_it(rules):
    text = ("В 2016 году дефицит составил 3,4%. В 2017 году дефицит сократился до 2% ВВП "
            "против целевого показателя 3,2%.")
    facts = extract_text(text, rules=rules).facts
    assert "ctx.period_standing_target" not in _figure(facts, "3,2%").context.rules
