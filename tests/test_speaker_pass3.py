"""Speaker constructions of the third speaker pass, each on sentences written for the test:
written words and other attributing verbs, the medium written in, a title standing for the
person named before."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(f.span, f.context.speaker) for f in extract_text(text).facts]


def test_written_words_are_attributed_like_spoken_ones():
    text = ('"С 1 марта пособие вырастет на 2 тысячи рублей", - написал губернатор области '
            "Игорь Семенов в своем блоге.")
    assert _speakers(text) == [("2 тысячи рублей", "Игорь Семенов")]


@pytest.mark.parametrize("verb", ["признает", "полагает", "прогнозирует"])
def test_a_leading_source_admitting_or_forecasting(verb):
    text = f"Павел Ильин {verb}, что безработица в регионе снизится до 4,5%."
    assert _speakers(text) == [("4,5%", "Павел Ильин")]


@pytest.mark.parametrize("medium", ["на своей странице в Instagram",
                                    "на своей странице в Facebook"])
def test_the_medium_written_in_is_not_the_speaker(medium):
    text = ("Об этом рассказал министр финансов края Олег Лаптев.\n"
            f'"Зарплаты учителей выросли на 6%", - написал он {medium}.')
    assert _speakers(text)[-1] == ("6%", "Олег Лаптев")


def test_a_title_with_its_office_is_the_person_named_before():
    text = ("Цены на нефть снизятся, сказал министру Ивану Горину журналист.\n"
            '"Бюджет сбалансирован при цене 60 долл. за баррель", - сообщил Горин.\n'
            '"В 2019 году это будет 40 долл.", - добавил глава Минфина.')
    assert _speakers(text)[-1] == ("40 долл.", "Иван Горин")


def test_a_source_standing_for_the_one_before_goes_on():
    text = ("Как сообщил Росстат, в январе цены выросли на 1,2%. По данным ведомства, "
            "за год они выросли на 5%.")
    assert [s for _, s in _speakers(text)] == ["Росстат", "Росстат"]


@pytest.mark.parametrize("title", ["Руководитель республики", "Глава Удмуртии"])
def test_a_leading_title_is_the_person_named_before(title):
    text = ('"Мы построили 40 км дорог", - сказал Александр Бречалов.\n'
            f"{title} подчеркнул, что госдолг сократился на 2 млрд рублей.")
    assert _speakers(text)[-1] == ("2 млрд рублей", "Александр Бречалов")


def test_a_title_assuring_after_a_quote():
    text = ('"Мы продали имущества на 268 млн рублей", - сказал Олег Кравцов.\n'
            '"Список включает 580 объектов", - заверил глава республики.')
    assert _speakers(text)[-1] == ("580 объектов", "Олег Кравцов")


def test_a_spokeswoman_of_a_named_office_stays_the_office():
    text = ('"В 2019 году продажи составят 3,98 млн кв. метров", - сказала ТАСС представитель '
            'пресс-службы компании "Северная Недвижимость".')
    assert _speakers(text)[-1][1] not in (None, "")


def test_a_title_is_not_an_office_attributed_before():
    text = ('"Проект оценивается в 665 млн рублей", - рассказал ТАСС директор Института '
            "экономики Коми научного центра.\n"
            "Директор института отметил, что центр создаст около 200 рабочих мест.")
    assert _speakers(text)[-1][1] != "Институт экономики Коми научного центра"


def test_a_press_service_opening_a_sentence_is_the_one_named_before():
    text = ('Об этом сообщила пресс-служба лагеря "Орленок".\n'
            "В пресс-службе уточнили, что в 2017 году лагерь принял более 39 тыс. детей.")
    assert _speakers(text)[-1] == ("более 39 тыс. детей", 'пресс-служба лагеря "Орленок"')


def test_a_press_service_of_an_office_opening_a_sentence_keeps_its_head_noun():
    text = "В пресс-службе Минздрава сообщили, что в регионе работают 120 больниц."
    assert _speakers(text) == [("120 больниц", "пресс-служба Минздрава")]


def test_a_hyphenated_place_in_the_name_before_a_leading_verb():
    text = ("Государственная жилищная инспекция Санкт-Петербурга сообщила, что возбуждено 74 "
            "дела.")
    assert "инспекция" in (_speakers(text)[-1][1] or "").lower()


def test_words_remembered_are_the_speaker_s():
    text = ('"Тогда в городе был всего один магазин для недоношенных детей, - вспоминает '
            'Марина Белова. - Теперь их три".')
    assert _speakers(text)[0] == ("один магазин", "Марина Белова")
