"""Speakers, pass 18, on sentences written for the test: a surname the dictionary does not know
before a speech verb ("Трутнев отметил, что …"), also after the words of a circumstance ("Во
время встречи Трутнев отметил"); a title after adjectives in "по словам российского
вице-премьера"; a title after a quote standing for the person the lead's source marker named
("Об этом сообщил губернатор … Максим Решетников. ¶ «…», - сказал глава региона")."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text
from migextract.ruleload import RuleError
from migextract.rules import load_rules

from .conftest import broken_rules


def _speakers(text: str) -> list[str | None]:
    return [f.context.speaker for f in extract_text(text).facts]


# "Трутнев", "Шмаргунов": surnames pymorphy3 does not know and guesses as another part of speech
@pytest.mark.parametrize("opening", ["Трутнев отметил", "Во время встречи Трутнев отметил",
                                     "На совещании Трутнев подчеркнул"])
def test_an_unknown_surname_before_a_speech_verb_speaks(opening):
    text = f"{opening}, что товарооборот с Кореей вырос на 17,5%."
    assert _speakers(text) == ["Трутнев"]


def test_an_unknown_surname_speaks_for_the_sentences_after_it():
    text = ("Во время встречи Трутнев отметил, что торговля растёт. В прошлом году товарооборот "
            "сократился на 17,5%, а в этом вырос почти на 50%.")
    assert _speakers(text) == ["Трутнев", "Трутнев"]


@pytest.mark.parametrize("opening", [
    "Во время встречи правительства КНР отметили",  # "КНР" owns the word before it
    "В ходе переговоров делегации отметили",  # no name at all
])
def test_no_name_after_a_circumstance_is_no_speaker(opening):
    assert _speakers(f"{opening}, что товарооборот вырос на 17,5%.") == [None]


def test_a_title_after_adjectives_is_the_person_who_spoke():
    text = ("«На Дальний Восток мы привлекли $55 млрд», — сообщил вице-премьер Юрий Трутнев.\n"
            "По словам российского вице-премьера, в первом полугодии экспорт вырос почти на 40%.")
    assert _speakers(text) == ["Юрий Трутнев", "Юрий Трутнев"]


_LEAD = ("ПЕРМЬ, 21 февраля. /ТАСС/. Власти края выделят более 40 млн рублей на ремонт музея. "
         "Об этом в четверг сообщил губернатор Пермского края Максим Решетников.\n")


def test_a_title_after_a_quote_is_the_person_the_lead_named():
    text = _LEAD + ("\"Музей посещают около 60 тыс. человек в год. В этом году направляем на "
                    "ремонт 11 млн рублей\", - сказал глава региона.")
    assert _speakers(text) == ["Максим Решетников"] * 3


def test_a_title_two_paragraphs_after_the_lead_is_described():
    text = _LEAD + ("Музей открылся в 1980 году.\n"
                    "\"Посетителей стало меньше на 10%\", - рассказал RT руководитель "
                    "туристической компании.")
    assert _speakers(text)[-1] == "руководитель туристической компании"


def test_a_person_named_later_stands_only_for_a_title_in_the_same_paragraph():
    text = ("ПЕРМЬ, 21 февраля. /ТАСС/. Музей деревянного зодчества откроют после ремонта.\n"
            "Стройка идёт.\n"
            "По словам министра культуры края Анны Ивановой, музей посещали 60 тыс. человек.\n"
            "\"Посетителей стало меньше на 10%\", - рассказала RT руководитель "
            "туристической компании.")
    assert _speakers(text) == ["Анна Иванова", "руководитель туристической компании"]


def test_a_person_named_later_stands_for_a_title_in_the_same_paragraph():
    text = ("ПЕРМЬ, 21 февраля. /ТАСС/. Музей деревянного зодчества откроют после ремонта.\n"
            "Стройка идёт.\n"
            "По словам министра культуры края Анны Ивановой, музей посещали 60 тыс. человек. "
            "\"Посетителей стало меньше на 10%\", - рассказала министр.")
    assert _speakers(text) == ["Анна Иванова", "Анна Иванова"]


def test_one_the_speaker_met_with_is_not_the_speaker():
    text = ("«Товарооборот вырос на 40%», — подчеркнул гость во время встречи с российским "
            "президентом Владимиром Путиным.")
    assert _speakers(text)[0] != "Владимир Путин"


def test_a_name_after_the_verb_in_the_nominative_still_speaks():
    text = "«Экспорт вырос на 40%», — сказал во время встречи с коллегами Владимир Путин."
    assert _speakers(text) == ["Владимир Путин"]


def test_the_body_at_whose_session_a_person_spoke_is_not_the_speaker():
    text = ("\"Доходы бюджета увеличатся на 25,8 млрд рублей. Дефицит составит 9,4 млрд "
            "рублей\", - сообщил на сессии Госсовета Татарстана министр финансов республики "
            "Радик Гайзатуллин.")
    assert _speakers(text) == ["Радик Гайзатуллин"] * 2


def test_a_body_alone_after_the_verb_still_speaks():
    text = "\"Доходы бюджета увеличатся на 25,8 млрд рублей\", - сообщили в Минфине Татарстана."
    assert _speakers(text) == ["Минфин Татарстана"]


def test_data_of_no_holder_have_no_speaker_and_end_the_carry():
    text = ("По данным Росгидромета, число опасных явлений выросло в четыре раза. Ущерб "
            "составил 100 млрд рублей.\n"
            "Газ копится. В 2013 году его содержание впервые превысило 400 ppm. По данным "
            "различных исследований, такого уровня не было 800 тыс. лет. Выбросы достигли "
            "53 млрд т.")
    assert _speakers(text) == ["Росгидромет", "Росгидромет", "Росгидромет", None, None]


@pytest.mark.parametrize(("marker", "source"), [
    ("По официальным данным", None),
    ("По данным независимых экспертов", None),
    ("По официальным данным Росстата", "Росстат"),  # a holder named after the words
    ("По данным опроса", "Росгидромет"),  # the report named before, referred back to
])
def test_a_data_marker_names_its_holder_or_none(marker, source):
    text = ("По данным Росгидромета, число опасных явлений выросло в четыре раза. "
            f"{marker}, ущерб составил 100 млрд рублей.")
    assert _speakers(text)[-1] == source


def test_a_paragraph_turning_to_another_subject_takes_no_data_from_before():
    text = ("По данным Росгидромета, число опасных явлений выросло в четыре раза.\n"
            "Что касается парниковых газов, то в 2013 году их содержание превысило 400 ppm.\n"
            "Ущерб составил 100 млрд рублей.")
    assert _speakers(text) == ["Росгидромет", None, None]


def test_a_paragraph_going_on_with_the_data_keeps_their_source():
    text = ("По данным Росгидромета, число опасных явлений выросло в четыре раза.\n"
            "В 2013 году их число превысило 400.")
    assert _speakers(text) == ["Росгидромет", "Росгидромет"]


def test_unheld_data_words_must_be_words(tmp_path):
    rules_dir, _lines = broken_rules(tmp_path, "context.yaml", "unheld_data_words: [различный",
                                     "unheld_data_words: [[различный]")
    with pytest.raises(RuleError, match=r"context.yaml:\d+: key 'unheld_data_words'"):
        load_rules(rules_dir)


@pytest.mark.parametrize(("opening", "source"), [
    ("В региональном минздраве добавили", "региональный минздрав"),
    ("В областном минтруде сообщили", "областной минтруд"),
    ("В пресс-службе минздрава добавили", "пресс-служба минздрава"),
    ("В минздраве уточнили", "минздрав"),
])
def test_an_office_in_lower_case_before_a_speech_verb_speaks(opening, source):
    assert _speakers(f"{opening}, что болезнь выявили у 30 человек.") == [source]


@pytest.mark.parametrize("opening", ["В Вашингтоне заявили", "В правлении заявили"])
def test_a_place_before_a_speech_verb_is_no_office(opening):
    assert _speakers(f"{opening}, что безработица снизилась до 3,1%.") == [None]


def test_a_lower_case_office_speaks_after_a_person_quoted_before():
    text = ("\"Отравились шесть человек\", - сказал главный врач больницы Антон Краснояров. В "
            "региональном минздраве добавили, что в 2018 году болезнь выявили у 30 человек.")
    assert _speakers(text) == ["Антон Краснояров", "региональный минздрав"]


def test_the_object_of_the_verb_is_no_part_of_a_described_title():
    text = ("«Товарооборот вырос на 40%», — прокомментировал эксперт сближение позиций двух "
            "стран.")
    assert _speakers(text)[0] != "эксперт сближение позиций двух стран"


def test_a_title_with_its_office_in_the_genitive_is_described_whole():
    text = "\"Посетителей стало меньше на 10%\", - рассказал RT руководитель туристической компании."
    assert _speakers(text) == ["руководитель туристической компании"]
