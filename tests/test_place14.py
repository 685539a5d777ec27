"""Place rules of the fourteenth place pass (place14): figures of the world named by a world noun
after a noun of what a territory has ("население мира", "в 23 странах мира", "жителей Земли")
or by a phrase of scale ("в планетарном масштабе") are the world's (annotation §6.4), in news
on any country. The cases failed before the rule was added; the others guard its limits. The
sentences are ours."""

from __future__ import annotations

import pytest

from .test_place_rules import place_of

_RUSSIA = "Россия наращивает экспорт. Экономика России растёт. Россия ищет рынки сбыта.\n"


@pytest.mark.parametrize(("sentence", "span"), [
    ("По оценке ООН, население мира достигнет 9,8 млрд человек к 2050 году.", "9,8 млрд человек"),
    ("Численность населения планеты составляет 7,6 млрд человек.", "7,6 млрд человек"),
    ("Около трети жителей Земли страдают от нехватки пресной воды.", "Около трети"),
    ("Опрос провели в 23 странах мира.", "23 странах"),
    ("Потери воды в планетарном масштабе составляют 21%.", "21%"),
    ("В Германии беженцев стало меньше, а в глобальном масштабе их число выросло до 68 млн человек.",
     "68 млн человек"),
])
def test_a_figure_of_the_world_named_by_its_noun_is_the_worlds(rules, sentence, span):
    assert place_of(rules, _RUSSIA + sentence, span) == "мир"


@pytest.mark.parametrize(("sentence", "span", "place"), [
    # a ranking in the world names no territory: the sentence's own place stays
    ("Китай — вторая крупнейшая экономика мира, его ВВП вырос на 6,9%.", "6,9%", "Китай"),
    # a championship of the world and land are no world's territory
    ("Чемпионат мира посетили 3 млн человек.", "3 млн человек", "Россия"),
    ("Площадь земли под застройку составляет 10 га.", "10 га", "Россия"),
])
def test_a_world_noun_that_names_no_territory_gives_no_world(rules, sentence, span, place):
    assert place_of(rules, _RUSSIA + sentence, span) == place
