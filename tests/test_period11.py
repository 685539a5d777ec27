"""Periods that do not reach a forecast, an estimate or an undated span (branch period11,
annotation §6.1): a figure whose governing verb is in the future tense takes no month, quarter or
span carried from before (a whole year still carries); an estimate named as its source ("по
оценкам экспертов") in a later paragraph, with no date of its own, takes none; "в последующие N
лет", "ближайшие N лет" without a preposition and "на протяжении N лет" give no period. The
sentences are ours."""
from __future__ import annotations

from datetime import date

import pytest

from migextract.pipeline import extract_text
from migextract.ruleload import RuleError
from migextract.rules import load_rules

from .conftest import broken_rules, facts_of, figure_by_span
from .test_period_rules import _period

NONE = (None, None)
JANUARY_2018 = (date(2018, 1, 1), date(2018, 1, 31))
YEAR_2017 = (date(2017, 1, 1), date(2017, 12, 31))


# --- a future-tense clause takes no carried month, quarter or span ---------------------------

@pytest.mark.parametrize(("sentence", "span"), [
    ("Тарифы вырастут на 5%.", "5%"),
    ("Рост тарифов составит 5%.", "5%"),
    ("Тарифы будут расти, и рост составит 5%.", "5%"),
    ("По словам министра, инфляция составит 4%.", "4%"),
])
def test_a_future_clause_takes_no_carried_month(rules, sentence, span):
    facts = facts_of(rules, "В январе 2018 года цены выросли на 2%. " + sentence)
    assert _period(figure_by_span(facts, "2%")) == JANUARY_2018
    figure = figure_by_span(facts, span)
    assert _period(figure) == NONE
    assert "ctx.period_not_carried_to_future" in figure.context.rules


def test_a_future_clause_takes_no_carried_quarter(rules):
    facts = facts_of(rules, "В первом квартале 2018 года ВВП вырос на 1,3%. Экспорт вырастет на 4%.")
    assert _period(figure_by_span(facts, "1,3%")) == (date(2018, 1, 1), date(2018, 3, 31))
    assert _period(figure_by_span(facts, "4%")) == NONE


def test_a_clause_without_a_verb_takes_the_tense_of_its_sentence(rules):
    facts = facts_of(rules, "В январе 2018 года цены выросли на 2%. Доля вырастет до 5%, а число "
                          "— до 10 млн человек.")
    assert _period(figure_by_span(facts, "5%")) == NONE
    assert _period(figure_by_span(facts, "10 млн")) == NONE


def test_the_past_clause_of_a_sentence_keeps_the_carried_month(rules):
    facts = facts_of(rules, "В январе 2018 года цены выросли на 2%. Тарифы выросли на 3%, а в "
                          "будущем вырастут еще на 5%.")
    assert _period(figure_by_span(facts, "3%")) == JANUARY_2018
    assert _period(figure_by_span(facts, "5%")) == NONE


def test_a_period_stated_by_a_forecast_carries_to_the_next_forecast(rules):
    facts = facts_of(rules, "В первом квартале 2019 года ВВП вырастет на 1%. Инфляция составит 4%.")
    assert _period(figure_by_span(facts, "4%")) == (date(2019, 1, 1), date(2019, 3, 31))


def test_a_carried_whole_year_still_reaches_a_forecast(rules):
    text = "Бюджет фонда на этот год составил 280 млрд рублей. Дефицит составит 40 млрд рублей."
    facts = extract_text(text, rules=rules, date="2017-05-01").facts
    assert _period(figure_by_span(facts, "40 млрд")) == YEAR_2017


def test_a_future_clause_with_its_own_period_keeps_it(rules):
    facts = facts_of(rules, "В январе 2018 года цены выросли на 2%. В феврале 2018 года тарифы "
                          "вырастут на 5%.")
    assert _period(figure_by_span(facts, "5%")) == (date(2018, 2, 1), date(2018, 2, 28))


# --- an estimate in a later paragraph is timeless --------------------------------------------

@pytest.mark.parametrize("lead", ["По оценкам экспертов,", "По оценке ООН,",
                                  "По некоторым оценкам,", "Согласно оценкам ООН,"])
def test_an_estimate_in_a_later_paragraph_takes_no_period(rules, lead):
    text = ("В январе 2018 года в город приехали 20 тыс. мигрантов.\n"
            f"{lead} число мигрантов составит 4 млн человек.")
    facts = facts_of(rules, text)
    assert _period(figure_by_span(facts, "20 тыс.")) == JANUARY_2018
    figure = figure_by_span(facts, "4 млн")
    assert _period(figure) == NONE
    assert "ctx.period_timeless_estimate" in figure.context.rules


def test_an_estimate_inside_the_sentence_takes_no_period(rules):
    text = ("В январе 2018 года в город приехали 20 тыс. мигрантов.\n"
            "Число мигрантов к тому же, по оценкам экспертов, составит 4 млн человек.")
    assert _period(figure_by_span(facts_of(rules, text), "4 млн")) == NONE


def test_an_estimate_of_the_year_in_the_same_paragraph_keeps_it(rules):
    text = ("В 2017 году доходы фонда составили 280 млрд рублей. По оценкам министра, дефицит "
            "составит 40 млрд рублей.")
    figure = figure_by_span(facts_of(rules, text), "40 млрд")
    assert "ctx.period_timeless_estimate" not in figure.context.rules


def test_an_estimate_reported_in_the_past_keeps_the_period(rules):
    text = "В 2017 году ВВП вырос на 1,5%.\nПо оценке ЦБ, инфляция составила 2,5%."
    assert _period(figure_by_span(facts_of(rules, text), "2,5%")) == YEAR_2017


def test_an_estimate_with_its_own_date_keeps_it(rules):
    text = ("В 2017 году ВВП вырос на 1,5%.\nПо предварительной оценке Росстата, в 2019 году он "
            "вырастет на 1,8%.")
    assert _period(figure_by_span(facts_of(rules, text), "1,8%")) == (date(2019, 1, 1), date(2019, 12, 31))


def test_an_invalid_estimate_lead_names_its_file_and_key(tmp_path):
    rules_dir, lines = broken_rules(tmp_path, "periods.yaml", "estimate_lead: '(?<!",
                                    "estimate_lead: '((?<!")
    line = next(n for n, s in enumerate(lines, 1) if s.startswith("estimate_lead:"))
    with pytest.raises(RuleError) as err:
        load_rules(rules_dir)
    assert f"periods.yaml:{line}" in str(err.value) and "estimate_lead" in str(err.value)


# --- undated spans ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "В последующие пять лет их число выросло на 15%.",
    "Ближайшие 10 лет население будет сокращаться на 15%.",
    "Следующие три года доходы росли на 15%.",
    "На протяжении пяти лет доходы росли на 15%.",
    "Доходы на протяжении трех лет росли на 15%.",
])
def test_a_span_counted_from_no_date_gives_no_period(rules, sentence):
    facts = facts_of(rules, "В 2017 году в город приехали 20 тыс. человек. " + sentence)
    assert _period(figure_by_span(facts, "20 тыс.")) == YEAR_2017
    figure = figure_by_span(facts, "15%")
    assert _period(figure) == NONE
    assert "ctx.period_undated" in figure.context.rules


def test_a_named_year_after_na_protyazhenii_keeps_it(rules):
    facts = facts_of(rules, "На протяжении всего 2017 года доходы росли на 2%.")
    assert _period(figure_by_span(facts, "2%")) == YEAR_2017
