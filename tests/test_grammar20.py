"""grammar20 (noticed in the lead's audits): a house or flat number follows the noun of an
address ("кв. 12", "квартира 7"), but an amount right after that noun is what was paid for it
("заплатил за квартиру 3 млн рублей", "за дом 500 тыс. долларов"), a figure. Sentences written
for these tests."""

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
