"""Place rules of the fourteenth place pass (place14): figures of the world named by a world noun
after a noun of what a territory has ("население мира", "в 23 странах мира", "жителей Земли")
are the world's (annotation §6.4), in news on any country; capitals named for their states
(Эр-Рияд, Пхеньян, Сеул …) count for them. The cases failed before the rule was added; the
others guard its limits. The sentences are ours."""

from __future__ import annotations

import pytest

from .conftest import context_of
from .test_place_rules import place_of

_RUSSIA = "Россия наращивает экспорт. Экономика России растёт. Россия ищет рынки сбыта.\n"


@pytest.mark.parametrize(("sentence", "span"), [
    ("По оценке ООН, население мира достигнет 9,8 млрд человек к 2050 году.", "9,8 млрд человек"),
    ("Численность населения планеты составляет 7,6 млрд человек.", "7,6 млрд человек"),
    ("Около трети жителей Земли страдают от нехватки пресной воды.", "Около трети"),
    ("Опрос провели в 23 странах мира.", "23 странах"),
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


# capitals the press names for their states: Riyadh, Pyongyang, Seoul … (capitals.yaml)


@pytest.mark.parametrize(("text", "span", "place"), [
    ("Саудовская Аравия и США обсуждают поставки оружия.\n"
     "Эр-Рияд готов закупить системы ПВО. Вашингтон их продаст, заявил Эр-Рияд.\n"
     "Военные расходы в прошлом году составили $69 млрд в год.", "$69 млрд", "Саудовская Аравия"),
    ("КНДР и США обменялись угрозами.\n"
     "Пхеньян провёл испытание ракеты. Вашингтон ответил санкциями, а Пхеньян — новым пуском.\n"
     "Дальность полёта ракеты составила 1000 км по прямой.", "1000 км", "КНДР"),
])
def test_a_capital_named_after_the_lead_counts_for_its_state(rules, text, span, place):
    assert place_of(rules, text, span) == place


def test_a_listed_capital_has_its_code(rules):
    context = context_of(rules, "В Сеуле цены на жильё выросли на 5%.", "5%")
    assert (context.place, context.place_code) == ("Сеул", "KR-11")
