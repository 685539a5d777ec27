"""The extent of a counted or measured noun (docs/annotation.md §4: the subject is "the noun phrase
the figure is predicated of"): the phrase keeps the words that define what is counted —
coordinated attributes of its noun, the people a frame noun counts with their own attribute,
and a head that stands before a preposition's coordinated objects.

Every sentence here was written for the test."""

from __future__ import annotations

import pytest

from .conftest import subject_of as _subject


@pytest.mark.parametrize("text, span, subject", [
    # "X-ых и Y-ых N": coordinated adjectives of one noun are one attribute
    ("На 4,4% возросло число тяжких и особо тяжких преступлений.", "4,4%",
     "число тяжких и особо тяжких преступлений"),
    ("Торговый оборот между итальянскими и российскими компаниями вырос на 3-5%.", "3-5%",
     "торговый оборот между итальянскими и российскими компаниями"),
    ("Число малых и средних предприятий составило 1200.", "1200",
     "число малых и средних предприятий"),
    # … and the preposition before them governs their noun, which is then no head
    ("Расходы на культурные и спортивные мероприятия составили 40 млн рублей.", "40 млн рублей",
     "расходы на культурные и спортивные мероприятия"),
])
def test_coordinated_attributes_stay_in_the_phrase(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # "приём на программы магистратуры и аспирантуры": the second genitive is a conjunct of
    # the first, both attributes of the preposition's object, not the head
    ("Приём на программы магистратуры и аспирантуры сократился на 12,5%.", "12,5%",
     "приём на программы магистратуры и аспирантуры"),
    ("Спрос на услуги врачей и юристов вырос на 7%.", "7%", "спрос на услуги врачей и юристов"),
])
def test_a_coordinated_genitive_is_no_head(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # "человек" after a frame noun, with no number before it, is what is counted, and keeps
    # its own attribute
    ("Количество людей пенсионного возраста увеличилось на 2%.", "2%",
     "количество людей пенсионного возраста"),
    ("Число людей с высшим образованием выросло на 5%.", "5%",
     "число людей с высшим образованием"),
    ("Число людей, имеющих доход ниже прожиточного минимума, составило 15 млн.", "15 млн.",
     "число людей, имеющих доход ниже прожиточного минимума"),
    # a bare "людей" adds nothing; a place after it is cut as before
    ("Число людей в регионе выросло на 3%.", "3%", "число людей"),
])
def test_people_counted_by_a_frame_noun_keep_their_attribute(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # the counted noun's own clause says which are counted; the verb's participle is not
    # appended after it
    ("Квартиры получили 120 семей, проживающих в аварийных домах.", "120 семей",
     "семьи, проживающие в аварийных домах"),
    ("Область посетили более 32 тыс. туристов, которые бронировали места в отелях.",
     "более 32 тыс. туристов", "туристы, которые бронировали места в отелях"),
    # an adjective with its own noun after the comma opens a new phrase, not a modifier
    ("На экспорт работают 192 предприятия региона, большая часть из них - малые и средние.",
     "192 предприятия", "предприятия региона, работающие на экспорт"),
    ("Число преступлений, связанных с насилием, выросло на 3%.", "3%",
     "число преступлений, связанных с насилием"),
])
def test_a_counted_nouns_own_clause_is_kept_whole(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # the verb of a clause restricting the counted noun is not the figure's predicate
    ("Около 200 работников, которым не выплачена зарплата, обратились в суд.",
     "Около 200 работников", "работники, которым не выплачена зарплата"),
    ("Около 300 семей, получивших сертификаты, переехали в новые дома.", "Около 300 семей",
     "семьи, получившие сертификаты"),
])
def test_the_counted_nouns_clause_gives_no_predicate(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # a season in the instrumental says when, not what (§4: period words are not the subject)
    ("Курс доллара осенью вырос с 25,5 до 26,7 гривны.", "26,7 гривны", "курс доллара"),
    ("Число туристов летом выросло на 12%.", "12%", "число туристов"),
])
def test_a_season_ends_the_phrase(text, span, subject):
    assert _subject(text, span) == subject
