"""Place rules of the fifth place pass (place5): the document's place in foreign and
multi-country stories, found on unannotated RT/НГ articles. Each case failed before its rule was
added. The sentences are ours."""

from __future__ import annotations

from .conftest import context_of

_UKRAINE = ("Украина ведёт переговоры с МВФ о новом кредите. Правительство Украины обещает "
            "провести реформы. Экономика Украины растёт медленно.\n")


def test_a_capital_acting_stands_for_its_government(rules):
    # "Киев намерен …": the country's government, in news on the country
    text = _UKRAINE + "Киев намерен подписать с Китаем соглашение о займе в $5 млрд на дороги."
    assert context_of(rules, text, "$5 млрд", title="Украина ищет деньги").place == "Украина"


def test_a_capital_that_cannot_will_is_the_city(rules):
    # "Москва заняла первое место": a ranking of cities, not the state's act
    text = ("Зарплаты в России растут. Росстат сравнил регионы России. Россия богатеет.\n"
            "Москва заняла первое место со средней зарплатой 95 тыс. рублей.")
    assert context_of(rules, text, "95 тыс. рублей", title="Зарплаты в России").place \
        == "Москва"


def test_a_capital_with_a_preposition_is_the_city(rules):
    text = _UKRAINE + "В Киеве цены на жильё выросли на 12%."
    assert context_of(rules, text, "12%", title="Украина ищет деньги").place == "Киев"


def test_a_capital_in_a_clause_of_its_own_is_the_city(rules):
    # "вытягивает Минск: зарплата в столице на 45% выше": the city itself, before a colon
    text = ("Экономика Белоруссии растёт. Власти Белоруссии довольны. Белоруссия ждёт кредит.\n"
            "Среднюю зарплату поднимает Минск: в столице она на 30% выше, чем по стране.")
    assert context_of(rules, text, "30%", title="Белоруссия и зарплаты").place == "Минск"


def test_a_world_adjective_opening_the_sentence_makes_the_world(rules):
    text = ("В Израиле растут вложения в стартапы. Израиль привлёк инвесторов. Израиль "
            "лидирует.\nМировой рынок программ вырастет до $200 млрд к 2021 году.")
    assert context_of(rules, text, "$200 млрд", title="Израиль и стартапы").place == "мир"


def test_a_country_adjective_is_what_strana_refers_to(rules):
    # "финские власти … жителей страны" in news on the US: the country of the adjective
    text = ("В США обсуждают базовый доход. Власти США спорят о нём. США не спешат.\n"
            "Финские власти запустили опыт: 2 тыс. жителей страны получают пособие.")
    assert context_of(rules, text, "2 тыс. жителей", title="США и базовый доход").place \
        == "Финляндия"


def test_a_share_of_a_whole_takes_the_whole_s_adjective(rules):
    # "Около 30% всех украинских врачей": whose doctors, in news on Poland
    text = ("Польша приглашает врачей. В Польше не хватает медиков. Польша платит больше.\n"
            "Около 30% всех украинских врачей уже достигли пенсионного возраста.")
    assert context_of(rules, text, "Около 30%", title="Польша и врачи").place == "Украина"
