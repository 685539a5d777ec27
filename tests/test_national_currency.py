"""A currency word that names another currency in another country's news (rules/quantities.yaml
`in_country`): "рублей" in a figure about Belarus is BYN."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text


def _units(text: str) -> dict[str, str | None]:
    return {f.span: f.quantity.unit for f in extract_text(text).facts}


@pytest.mark.parametrize("text,span,unit", [
    ("Средняя зарплата в Белоруссии в марте составила 1200 рублей.", "1200 рублей", "BYN"),
    # the unit a bare figure inherits follows too
    ("В Белоруссии пенсия выросла до 600 рублей, пособие – до 250.", "250", "BYN"),
    ("Средняя зарплата в России в марте составила 70 тыс. рублей.", "70 тыс. рублей", "RUB"),
    # the text says which roubles
    ("Белорусские мигранты в Белоруссии получали 90 тыс. российских рублей.",
     "90 тыс. российских рублей", "RUB"),
    ("В Минске пособие составило 30 белорусских рублей.", "30 белорусских рублей", "BYN"),
], ids=["belarus", "inherited", "russia", "named_russian", "named_belarusian"])
def test_roubles_are_the_currency_of_the_figures_country(text, span, unit):
    assert _units(text)[span] == unit
