"""Where a subject phrase ends (docs/annotation.md §4: "the noun phrase the figure is predicated
of"; "Place, period and breakdown words are not part of the subject"). The head noun keeps its
attributes; a place, a period, a sentence adverbial or a word that only looks coordinated ends
it, and what led to the cut word goes with it.

Every sentence here was written for the test."""

from __future__ import annotations

import pytest

from .conftest import subject_of as _subject


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


@pytest.mark.parametrize("text, span, subject", [
    # a conjunct joins the noun of the prepositional phrase, over its genitive
    ("Объем услуг в сфере туризма и смежных отраслях вырос на 9%.", "9%",
     "объём услуг в сфере туризма и смежных отраслях"),
    # a place between a participle and its noun is skipped, the noun kept
    ("Доля выявленных в регионе поддельных купюр составила 4%.", "4%",
     "доля выявленных поддельных купюр"),
])
def test_the_phrase_goes_on_over_what_only_looks_like_its_end(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # a relative clause between the head and its verb restricts the head
    ("Число нарушений, которые выявили камеры, выросло на 20%.", "20%",
     "число нарушений, которые выявили камеры"),
    ("Доля семей, у которых есть автомобиль, достигла 60%.", "60%",
     "доля семей, у которых есть автомобиль"),
])
def test_a_relative_clause_before_the_verb_belongs_to_the_subject(text, span, subject):
    assert _subject(text, span) == subject


def test_a_relative_clause_not_before_the_verb_is_not_crossed():
    """'… директор компании, которая отвечает за сеть, в день фиксируется 900 обращений':
    the clause is followed by an adverbial, not the verb; the head is not the subject."""
    subject = _subject("По словам Ивана Петрова - директора компании, которая отвечает за "
                       "сеть, в день фиксируется порядка 900 обращений.", "порядка 900 обращений")
    assert subject is None or "директор" not in subject
