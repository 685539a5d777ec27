"""False periods from words that are not time expressions: a word that begins with the letters
of a month ("в майну", "в майском указе"), and a person's years of life in brackets after the
name ("Марины Цветаевой (1892–1941)"). Sentences written for these tests, and one quote read
from the corpus at test time."""

from __future__ import annotations

from pathlib import Path

import pytest

from migextract.pipeline import extract_text

from .test_period_rules import _figure, _period

_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news" / "tass" / "articles"
_BAIKAL = "На_Байкале_нашли_затонувший_катер_Скорпион,_тела_погибших_не_обнаружены.txt"


@pytest.mark.parametrize("text, quote", [
    # a word that begins with a month's letters names no month: "майна" (a hole in the ice),
    # "майский указ", "августейший", "маршрут"
    ("В 2018 году на озере работали спасатели. Водолазы спустились в майну на глубину 40 м.",
     "40 м"),
    ("В 2019 году стартовали нацпроекты. Реализация 12 национальных проектов обозначена в "
     "майском указе президента.", "12"),
    ("В 2017 году город принял гостей. На приёме в августейшем присутствии побывали 300 "
     "человек.",
     "300 человек"),
])
def test_word_with_a_months_letters_names_no_month(rules, text, quote):
    start, end = _period(_figure(extract_text(text, rules=rules).facts, quote))
    assert start is None or (end - start).days > 31  # not the month its letters begin


@pytest.mark.parametrize("text, quote", [
    ("Поэтесса много писала о Марине Цветаевой (1892–1941). В её музее побывали 20 тыс. "
     "человек.", "20 тыс. человек"),
    ("Памятник Сталину (1878—1953) стоит в городе, где живут 20 тыс. человек.",
     "20 тыс. человек"),
    ("В музее Ивана Бунина (1870–1953 гг.) побывали 5 тыс. человек.", "5 тыс. человек"),
    ("Годы жизни поэта: 1892–1941. Его книги прочли 2 млн человек.", "2 млн человек"),
])
def test_years_of_a_life_in_brackets_are_no_period(rules, text, quote):
    assert _period(_figure(extract_text(text, rules=rules).facts, quote)) == (None, None)


def test_corpus_hole_in_the_ice_is_no_may(rules):
    path = _CORPUS / _BAIKAL
    if not path.exists():
        pytest.skip("corpus not available")
    text = path.read_text(encoding="utf-8")
    fact = _figure(extract_text(text, rules=rules).facts, "215 м")
    assert fact.context.period_start is None or fact.context.period_start.month != 5
