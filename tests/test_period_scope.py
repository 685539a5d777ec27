"""Period scope: where a period said before stops applying. Sentences written for these tests,
not taken from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from migextract.pipeline import extract_text

from .test_period_rules import _figure, _period

_2018 = (date(2018, 1, 1), date(2018, 12, 31))


@pytest.mark.parametrize("text, quote", [
    # a general statement in the present tense after a report of a past period: people live,
    # pay, earn; the period reported before does not carry onto it (annotation §6.1)
    ("В 2018 году безработица в области снизилась до 5%. Около 40% жителей проживает в "
     "областном центре.", "Около 40%"),
    ("За первый квартал 2018 года мигранты купили 20 тыс. патентов. Только около 60% мигрантов "
     "оплачивают патент весь год.", "около 60%"),
    ("В 2018 году пособие получили 3 тыс. человек. Многие работают два дня в неделю и "
     "зарабатывают 5 тыс. рублей в месяц.", "5 тыс. рублей"),
    ("В 2018 году в регион переехали 12 тыс. человек. Почти половина переселенцев приезжает "
     "из Казахстана.", "Почти половина"),
])
def test_general_present_statement_takes_no_carried_period(rules, text, quote):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == (None, None)


@pytest.mark.parametrize("text, quote", [
    # a present verb of measure goes on with the statistics of the period reported before
    ("В 2018 году безработица в области снизилась до 5%. В сельской местности этот показатель "
     "составляет 8%.", "8%"),
    ("В 2018 году смертность снизилась на 4%. Самое заметное снижение отмечается от болезней "
     "сердца (на 9%).", "9%"),
    # a part of the figures just reported ("из них") goes on with their period
    ("В 2018 году в регион переехали 12 тыс. человек. Из них 5 тыс. человек живут в "
     "областном центре.", "5 тыс. человек"),
    # a sentence in the past tense keeps the period
    ("В 2018 году в регион переехали 12 тыс. человек. Из Казахстана приехали 5 тыс. человек.",
     "5 тыс. человек"),
])
def test_present_measure_verb_keeps_the_carried_period(rules, text, quote):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == _2018


@pytest.mark.parametrize("text, quote", [
    # the date of a founding is an event: the text turns to the history of the thing, and
    # neither that date nor the period reported before carries onto the totals that follow
    ("В 2018 году резиденты зоны вложили 9 млрд рублей. Особая зона создана в 2005 году. С тех "
     "пор резиденты построили 22 завода.", "22 завода"),
    ("В 2018 году центр принял 500 переселенцев. Центр был основан в 1998 году. Там работают "
     "40 сотрудников.", "40 сотрудников"),
    ("Выплату получили 1800 семей в 2018 году. Областной капитал был введен в 2016 году. Его "
     "размер составляет 100 тыс. рублей.", "100 тыс. рублей"),
])
def test_founding_date_does_not_carry(rules, text, quote):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == (None, None)


def test_count_of_things_made_in_a_year_keeps_its_year(rules):
    # neuter, agreeing with a count: a figure of that year, not the founding of one thing
    text = "В 2018 году в области создано 3 тыс. рабочих мест. Из них 800 открыто на селе."
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "3 тыс.")) == _2018
    assert _period(_figure(facts, "800")) == _2018


@pytest.mark.parametrize("text, quote", [
    # the founding date is no period of the figures of its own sentence either
    ("Заповедник создан в мае 1989 года, его площадь составляет 38 тыс. га.", "38 тыс. га"),
    ("В 2017 году пенсии выросли на 4%. В марте был подписан указ о повышении социальных пенсий "
     "на 1,5%.", "1,5%"),
    # an active verb of founding about one thing, in a clause with no figure
    ("В мае 2018 года президент подписал указ о национальных целях. Области будет выделено "
     "28 млрд рублей.", "28 млрд рублей"),
])
def test_founding_date_is_no_period_of_its_sentence(rules, text, quote):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == (None, None)


def test_founding_sentence_keeps_a_period_of_its_own_figures(rules):
    text = ("Центр был основан в 1998 году, а в 2018 году он принял 500 переселенцев. Из них 200 "
            "получили жильё.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "500 переселенцев")) == _2018
    assert _period(_figure(facts, "200")) == _2018


def test_founding_clause_holds_a_name_in_quotes(rules):
    text = ('В 2015 году в зоне "Липецк" создан новый участок площадью около 1,3 тыс. га, там '
            'планируется разместить 46 резидентов.')
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "около 1,3 тыс. га")) == (None, None)
