"""grammar15: currencies shared by several countries ("крона", "франк", "лей"), a time written
"08. 00" (a dot and a space), and approximation by inversion ("человек 20", "лет 50")."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text
from migextract.segment import split_sentences


def _facts(text: str) -> dict[str, tuple]:
    return {f.span: (f.quantity.value, f.quantity.unit, f.quantity.counted, f.quantity.qualifier)
            for f in extract_text(text).facts}


@pytest.mark.parametrize("text,span,unit", [
    ("Бюджет Швеции в этом году составит 3,7 млрд крон.", "3,7 млрд крон", "SEK"),
    ("Фонд Норвегии вложил в акции 1,5 трлн крон.", "1,5 трлн крон", "NOK"),
    ("Средняя пенсия в Чехии составляет 15 тыс. крон.", "15 тыс. крон", "CZK"),
    ("Правительство Дании выделит 200 млн крон.", "200 млн крон", "DKK"),
    ("Компания заплатила штраф в 40 млн датских крон.", "40 млн датских крон", "DKK"),
    ("Турист потратил 90 тыс. исландских крон.", "90 тыс. исландских крон", "ISK"),
    ("Штраф за мусор составит 300 франков.", "300 франков", "CHF"),
    ("Средняя зарплата в Молдавии выросла до 9 тыс. лей.", "9 тыс. лей", "MDL"),
    ("Минимальная зарплата в Румынии составит 2,3 тыс. лей.", "2,3 тыс. лей", "RON"),
    ("Он получил 500 румынских леев.", "500 румынских леев", "RON"),
], ids=["sek", "nok", "czk", "dkk", "dkk_named", "isk", "chf", "mdl", "ron", "ron_named"])
def test_a_shared_currency_word_takes_the_country_of_the_figure(text, span, unit):
    assert _facts(text)[span][1] == unit


def test_a_krona_is_money_not_a_counted_item():
    value, unit, counted, _ = _facts("Продажи выросли до 12 млн крон.")["12 млн крон"]
    assert (value, unit, counted) == (12_000_000, "SEK", None)


def _sentences(text: str) -> list[str]:
    return [text[s.start:s.end] for s in split_sentences(text, [])]


def test_a_time_with_a_dot_and_a_space_does_not_end_a_sentence():
    text = ("Матч начнётся в 19. 30 по местному времени. Поезд прибудет в 08. 00. "
            "Билеты уже проданы.")
    assert _sentences(text) == ["Матч начнётся в 19. 30 по местному времени.",
                                "Поезд прибудет в 08. 00.", "Билеты уже проданы."]
    assert _facts(text) == {}


def test_a_number_ending_a_sentence_before_another_number_still_splits():
    text = "Рост составил 12. 30 человек уволены."
    assert _sentences(text) == ["Рост составил 12.", "30 человек уволены."]


@pytest.mark.parametrize("text,span,unit,counted", [
    ("Такие кризисы случались раз 20 за век.", "раз 20", "item", "раз"),
    ("Это останется недостижимым ещё лет 30.", "лет 30", "year", None),
    ("На собрание пришли человек 40, не больше.", "человек 40", "person", "человек"),
    ("Хватило бы штук 10 на месяц.", "штук 10", "item", "штука"),
], ids=["times", "years", "people", "pieces"])
def test_a_noun_before_a_bare_number_makes_it_approximate(text, span, unit, counted):
    value, got_unit, got_counted, qualifier = _facts(text)[span]
    assert (got_unit, got_counted, qualifier) == (unit, counted, "approx")


@pytest.mark.parametrize("text,span", [
    ("Из 300 человек 20 получили травмы.", "20"),
    ("За пять лет 40 предприятий закрылись.", "40 предприятий"),
    ("За несколько лет 40 выросло до 60.", "40"),
], ids=["after_number", "own_noun", "quantity_word"])
def test_a_noun_that_belongs_to_another_quantity_is_not_inverted(text, span):
    assert _facts(text)[span][3] == "exact"


@pytest.mark.parametrize("text,span,unit", [
    ("Второе место у лыжника, он отстал на 0,4 секунды.", "0,4 секунды", "s"),
    ("Она уступила сопернице всего 20 секунд.", "20 секунд", "s"),
    ("Отставание экипажей составило 1,24 и 1,50 секунды.", "1,24", "s"),
    ("Отклик датчика занимает 150 миллисекунд.", "150 миллисекунд", "ms"),
    ("Задержка сигнала выросла до 20 мс.", "20 мс", "ms"),
], ids=["seconds", "seconds_plural", "seconds_coordinated", "milliseconds", "ms"])
def test_seconds_are_a_physical_unit_not_a_counted_item(text, span, unit):
    assert _facts(text)[span][1:3] == (unit, None)


@pytest.mark.parametrize("text,span,qualifier", [
    ("Где вы видите себя лет через 30?", "лет через 30", "approx"),
    ("— Лет в 11-12.", "Лет в 11-12", "range"),
    ("Ремонт закончат лет за 10.", "лет за 10", "approx"),
], ids=["through", "range", "within"])
def test_an_inverted_noun_before_the_numbers_preposition(text, span, qualifier):
    assert _facts(text)[span][1] == "year"
    assert _facts(text)[span][3] == qualifier
