"""Indicator definitions, fourth pass: wordings of the size of a sex or age group and of
average money incomes that the phrases did not cover (docs/annotation.md §4, "Indicator:
which figures get one", rules 6 and 7). Sentences written for these tests."""

from __future__ import annotations

import pytest

from migextract.indicators import IndicatorIndex, lemma_key
from migextract.pipeline import extract_text
from migextract.rules import load_rules


@pytest.fixture(scope="module")
def index() -> IndicatorIndex:
    return load_rules().indicators


def _id(index: IndicatorIndex, phrase: str, head: int | None = None) -> str | None:
    found = index.by_phrase(lemma_key(phrase), head)
    return found.id if found else None


@pytest.mark.parametrize("phrase", [
    "численность женщин в возрасте 15–49 лет",
    "число женщин детородного возраста",
    "количество мужчин трудоспособного возраста",
    "численность молодёжи в возрасте 15–19 лет",
])
def test_the_size_of_a_sex_or_age_group_is_the_population(index, phrase):
    # §4 rule 6: the level or change of a category is population.total, the category as breakdown
    assert _id(index, phrase) == "population.total"


def test_a_share_of_women_is_no_population(index):
    assert _id(index, "доля женщин в возрасте 15–49 лет") is None


def test_a_percent_change_of_incomes_is_the_real_change(index):
    assert index.for_unit("income.per_capita", "percent") == "income.real_disposable"
    assert index.for_unit("income.per_capita", "RUB") == "income.per_capita"


def test_in_sentences():
    facts = extract_text("В 2023 году численность женщин в возрасте 15–49 лет сократилась до "
                         "34,4 млн человек. Доходы населения за год снизились на 2,5%.").facts
    assert [f.context.indicator for f in facts if f.quantity.unit != "year"] == [
        "population.total", "income.real_disposable"]


@pytest.mark.parametrize("sentence", [
    "За год цена свинины выросла на 7,2%.",     # "свинины" is lemmatized "свинин"
    "Стоимость курицы за год выросла на 5%.",   # "курицы" is lemmatized "кура"
])
def test_a_context_word_in_an_oblique_case(sentence):
    # the food named after "цена" counts in whatever case the lemmatizer reads it
    facts = extract_text(sentence).facts
    assert [f.context.indicator for f in facts] == ["prices.food"]


def test_context_words_keep_their_oblique_lemmas(index):
    food = next(i for i in index.indicators if i.id == "prices.food")
    assert {"свинина", "свинин", "кура"} <= food.context_words
