"""Periods of the period4 pass: when a carried period stops (annotation §6.1). Sentences written
for these tests, not taken from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from migextract.pipeline import extract_text

from .test_period_rules import _figure, _period

_Y2030 = (date(2030, 1, 1), date(2030, 12, 31))


@pytest.mark.parametrize("text, quote", [
    # a year still to come (a forecast's or a plan's) does not carry onto a sentence in the
    # present tense: what is now is not of that year
    ("В 2017 году выпуск вырос на 3%. Власти рассчитывают, что в 2030 году турпоток составит "
     "2 млн человек. В музее работают 45 экскурсоводов.", "45 экскурсоводов"),
    ("В 2017 году выпуск вырос на 3%. К 2030 году в крае построят 60 ветряков. Угольная станция "
     "такой мощности выбрасывает 400 т углекислого газа в год.", "400 т"),
    ("В 2017 году выпуск вырос на 3%. В 2030 году население края составит 2 млн человек. Пока в "
     "крае доля приезжих составляет 7%.", "7%"),
])
def test_future_year_does_not_carry_onto_a_report(rules, text, quote):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == (None, None)


@pytest.mark.parametrize("text, quote", [
    # … but it goes on in the forecast or the plan itself
    ("В 2017 году выпуск вырос на 3%. К 2030 году в области построят 12 школ. Они примут 9 тыс. "
     "учеников.", "9 тыс. учеников"),
    ("В 2017 году выпуск вырос на 3%. В 2030 году население края составит 2 млн человек. Доля "
     "пенсионеров должна составить 30%.", "30%"),
])
def test_future_year_carries_within_the_forecast(rules, text, quote):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == _Y2030


_LAW = ("Закон позволяет коммунальным службам взыскивать долги через суд, а приставы вправе "
        "арестовать имущество должника и ограничить его выезд за границу, пока долг не погашен.")


def test_period_stops_at_a_paragraph_of_prose_without_figures(rules):
    text = ("В 2017 году долги жителей за коммунальные услуги выросли до 2 млрд рублей.\n"
            + _LAW + "\n"
            "Так, у одного жителя города арестовали дачу за долг в 90 тыс. рублей.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "2 млрд рублей"))[0] == date(2017, 1, 1)
    assert _period(_figure(facts, "90 тыс. рублей")) == (None, None)


@pytest.mark.parametrize("middle", [
    "Об этом сообщили в управлении.",  # a short line, not a paragraph of prose
    "Больше всего задолжали жители Заречного района: 400 млн рублей.",  # a paragraph of figures
])
def test_period_goes_on_past_short_lines_and_figures(rules, middle):
    text = ("В 2017 году долги жителей за коммунальные услуги выросли до 2 млрд рублей.\n"
            + middle + "\n"
            "Долги предприятий за тот же срок составили 5 млрд рублей.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "5 млрд рублей"))[0] == date(2017, 1, 1)
