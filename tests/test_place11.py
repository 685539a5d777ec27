"""Place rules of the eleventh place pass (place11). The cases of each rule failed before it was
added; the others guard its limits. The sentences are ours."""

from __future__ import annotations

import pytest

from .conftest import context_of

_RUSSIA = "Россия наращивает экспорт. Экономика России растёт. Россия ищет рынки сбыта.\n"


def _place(rules, text, span, title="Экономика России"):
    return context_of(rules, text, span, title=title).place


# a place adjective of a currency noun names the currency another country's money prices


@pytest.mark.parametrize(("sentence", "span"), [
    ("Курс американской валюты снизился на 9 копеек — до 58,2 рубля.", "58,2 рубля"),
    ("Курс американской валюты снизился на 9 копеек — до 58,2 рубля.", "9 копеек"),
    ("Стоимость американского доллара достигла 61,5 рубля.", "61,5 рубля"),
    ("Стоимость европейской единой валюты достигла 70 рублей.", "70 рублей"),
])
def test_a_dollar_priced_in_roubles_is_russias(rules, sentence, span):
    assert _place(rules, _RUSSIA + sentence, span) == "Россия"


def test_a_currency_of_its_own_stays_its_countrys(rules):
    text = _RUSSIA + "Австралийский доллар потерял 0,5% к доллару США."
    assert _place(rules, text, "0,5%") == "Австралия"


def test_an_adjective_of_another_noun_stays_the_place(rules):
    text = _RUSSIA + "Американские компании заплатили 200 млн рублей."
    assert _place(rules, text, "200 млн рублей") == "США"
