"""grammar20 (noticed in the lead's audits): a house or flat number follows the noun of an
address ("кв. 12", "квартира 7"), but an amount right after that noun is what was paid for it
("заплатил за квартиру 3 млн рублей", "за дом 500 тыс. долларов"), a figure. A bare item of a
parallel list takes the scale of the scaled item before it ("10 тыс. - за двухкомнатную и 13 -
за трехкомнатную"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text


def _spans(text: str) -> list[str]:
    return [f.span for f in extract_text(text).facts]


@pytest.mark.parametrize("text,span", [
    ("Он заплатил за квартиру 3 млн рублей.", "3 млн рублей"),
    ("Семья отдала за дом 500 тыс. долларов.", "500 тыс. долларов"),
    ("Аренда обходится в 40 тыс. тенге за квартиру, за дом 15% дохода.", "15%"),
    ("Налог за квартиру 2,5 тыс. рублей в год.", "2,5 тыс. рублей"),
])
def test_an_amount_after_a_dwelling_noun_is_a_figure(text, span):
    assert span in _spans(text)


@pytest.mark.parametrize("text", [
    "Офис находится по адресу: ул. Ленина, д. 5, кв. 12.",
    "Пожар начался в квартире 7 на третьем этаже.",
    "Жильцы дома 14 на улице Мира жалуются на отопление.",
])
def test_house_and_flat_numbers_stay_no_figures(text):
    assert _spans(text) == []


def _values(text: str) -> dict[str, float]:
    return {f.span: f.quantity.value for f in extract_text(text).facts}


@pytest.mark.parametrize("text,span,value", [
    ("Аренда стоит 7 тыс. в месяц за однокомнатную квартиру, 10 тыс. - за двухкомнатную и "
     "13 - за трехкомнатную.", "13", 13000),
    ("Средняя зарплата — 95 тыс. рублей - в Москве и 60 - в регионах.", "60", 60000),
    ("Продано 2 млн билетов - на концерты, 3 - на спектакли.", "3", 3e6),
])
def test_a_bare_item_of_a_parallel_list_takes_the_scale_of_the_item_before(text, span, value):
    assert _values(text)[span] == value


@pytest.mark.parametrize("text,span,value", [
    # a scale that would put the items more than tenfold apart is not sure
    ("В Астане прибыло 41,2 тыс. человек - в Алматы, а 850 - в Шымкент.", "850", 850),
    # items that do not repeat the dash and preposition are no parallel list
    ("Зарплата составила 95 тыс. рублей, а премия 60.", "60", 60),
])
def test_other_bare_figures_after_a_scaled_one_keep_their_value(text, span, value):
    assert _values(text)[span] == value
