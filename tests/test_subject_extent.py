"""Where a subject phrase ends (docs/annotation.md §4: "the noun phrase the figure is predicated
of"; "Place, period and breakdown words are not part of the subject"). The head noun keeps its
attributes; a place, a period, a sentence adverbial or a word that only looks coordinated ends
it, and what led to the cut word goes with it.

Every sentence here was written for the test."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text


def _subject(text: str, span: str) -> str | None:
    return next(f for f in extract_text(text).facts if f.span == span).context.subject


@pytest.mark.parametrize("text, span, subject", [
    # coordinated nouns share a case: "земли и осенью" is no pair, "центр" joins "цех"
    ("Компания выкупила около 6 га земли и осенью запустила склад.", "около 6 га", "земля"),
    ("Возведение и обустройство центра обойдется в 90 млн рублей.", "90 млн рублей",
     "возведение и обустройство центра"),
    # a common place noun after "в"/"на" says where, not what
    ("Компания располагает 25 филиалами в разных странах мира.", "25 филиалами", "филиалы"),
    ("Объем инвестиций в регионе вырос на 8%.", "8%", "объём инвестиций"),
    # … unless a genitive makes it a kind of place
    ("Доля переселенцев в регионы вселения достигла 40%.", "40%",
     "доля переселенцев в регионы вселения"),
    # a sentence adverbial is not an attribute
    ("Общая площадь парка в таком случае увеличится до 40 га.", "40 га",
     "общая площадь парка"),
])
def test_the_phrase_stops_at_place_adverbial_and_unlike_conjunct(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # a relative clause restricting the head keeps its words, not the period in it
    ("Из 300 тыс. нарушений, которые инспекторы выявили в 2023 году, 200 тыс. записали камеры.",
     "300 тыс. нарушений", "нарушения, которые инспекторы выявили"),
    # an adjective of a place cut off goes with it
    ("Построены 12 станций для обеспечения водой северного Крыма.", "12 станций",
     "построенные станции для обеспечения водой"),
])
def test_what_led_to_a_cut_word_goes_with_it(text, span, subject):
    assert _subject(text, span) == subject


def test_a_partitive_relative_is_no_modifier():
    """'объекты, ключевые из которых — …' names members; the head stands alone."""
    subject = _subject("В рамках программы создано 150 объектов, главные из которых - мост "
                       "и порт.", "150 объектов")
    assert subject is not None and "котор" not in subject
