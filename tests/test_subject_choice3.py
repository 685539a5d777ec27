"""Which noun phrase of the sentence a figure measures (docs/annotation.md §4), in lists of
"X – N" items: the noun phrase before the dash of one item does not run back over the comma
into the item before, when that item has a figure of its own and the new item repeats its head
noun (a row of genitives without figures is still one phrase).

Every sentence here was written for the test."""

from __future__ import annotations

import pytest

from .conftest import subject_of as _subject


@pytest.mark.parametrize("text, span, subject", [
    ("На ремонт школ направят 300 млн рублей, в том числе 40 млн рублей – средств районного "
     "фонда, средств бюджетов поселений – 7,5 млн рублей.", "7,5 млн рублей",
     "средства бюджетов поселений"),
    ("Средств областного бюджета выделено 90 млн рублей, в том числе 12 млн рублей – средств "
     "резервного фонда, средств бюджетов муниципальных образований – 2,4 млн рублей.",
     "2,4 млн рублей", "средства бюджетов муниципальных образований"),
])
def test_dash_item_does_not_reach_into_the_item_before(text, span, subject):
    assert _subject(text, span) == subject



@pytest.mark.parametrize("text, span, subject", [
    # a period with its own preposition between the verb's complement and the verb does not
    # swallow the complement
    ("От участия в конкурсе на сегодняшний день отказались 214 школ.", "214 школ",
     "школы, отказавшиеся от участия в конкурсе"),
    # a sentence adverbial before the count is not a noun the count depends on
    ("В общей сложности более 3 тыс. фермеров отказались от субсидий.",
     "более 3 тыс. фермеров", "фермеры, отказавшиеся от субсидий"),
    # adverbs joined by "или" do not end the clause before its verb
    ("Из них 1,2 млн семей частично или полностью погасили ипотеку.", "1,2 млн семей",
     "семьи, полностью погасившие ипотеку"),
])
def test_people_counted_with_what_their_verb_says(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # an inverted clause: verb, its prepositional phrases, "и" (also), then the subject; a
    # sentence before with a subject of its own does not take the figure
    ("Было рассмотрено 3,1 млн заявлений. Выросла за пять лет и средняя сумма штрафа – с "
     "2 тыс. рублей до 5 тыс. рублей.", "2 тыс. рублей", "средняя сумма штрафа"),
    ("В городе открыли 12 школ. Сократилась в прошлом году численность учителей – до 4,3 "
     "тыс. человек.", "4,3 тыс. человек", "численность учителей"),
])
def test_subject_of_an_inverted_clause_past_its_adverbials(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # a sentence adverbial between the subject and its verb is set aside, so the subject is
    # not carried from the sentence before
    ("Число выпускников сократилось на 4%. Но число поступивших в то же время выросло на 7%.",
     "7%", "число поступивших"),
    ("Расходы бюджета выросли на 3%. Доходы бюджета в целом увеличились на 5,2%.", "5,2%",
     "доходы бюджета"),
])
def test_sentence_adverbial_between_subject_and_verb(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # "N из них <short participle>": the part of a group is what the participle says of it
    ("За неделю в травмпункты обратились 640 человек, 58 из них госпитализированы.", "58",
     "госпитализировано"),
    ("На борту находились 30 пассажиров, четверо из них доставлены в больницу.", "четверо",
     "доставлено в больницу"),
])
def test_part_of_a_group_is_what_its_participle_says(text, span, subject):
    assert _subject(text, span) == subject


def test_part_of_a_group_with_another_subject_keeps_the_group():
    # the participle after "из них" has a subject of its own: not said of the figure
    text = "В стране 700 школьных округов, в 90 из них сосредоточены две трети учеников."
    assert _subject(text, "90") != "сосредоточено"
