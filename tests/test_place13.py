"""Place rules of the thirteenth place pass (place13): capitals on the other side of a payment or
a purchase, money for another country's purpose, court seats, the venue of a speech, sellers,
"в этих странах … соответственно", "округ Колумбия", attacking forces, "на планете". The cases
of each rule failed before it was added; the others guard its limits. The sentences are ours."""

from __future__ import annotations

import pytest

from migextract.places import load_gazetteer
from migextract.ruleload import RuleError

from .conftest import broken_rules, context_of
from .test_place_rules import place_of

_US = "США наращивают экспорт. Экономика США растёт. США ищут рынки сбыта.\n"
_UKRAINE = "Украина ищет кредиты. Экономика Украины растёт. Украина ждёт инвесторов.\n"
_RUSSIA = "Россия наращивает экспорт. Экономика России растёт. Россия ищет рынки сбыта.\n"
_MOLDOVA = "Молдавия ищет кредиты. Экономика Молдавии растёт. Молдавия ждёт инвесторов.\n"
_SYRIA = "Сирия восстанавливается. Экономика Сирии растёт. Сирия ждёт беженцев.\n"


def _place_and_partner(rules, text: str, span: str) -> tuple[str | None, str | None]:
    context = context_of(rules, text, span)
    return context.place, context.partner


# a capital on the other side of a payment, a transfer or a purchase is its state


@pytest.mark.parametrize(("home", "expected"), [
    (_US, ("США", "Украина")),
    (_UKRAINE, ("Украина", "США")),
])
def test_a_capital_on_the_other_side_of_a_payment_is_its_state(rules, home, expected):
    text = home + "Вашингтон выделит Киеву 100 млн долларов."
    assert _place_and_partner(rules, text, "100 млн долларов") == expected


def test_a_capital_that_lends_is_its_state(rules):
    text = _UKRAINE + "Кредит был предоставлен Киеву Москвой под ставку 5% годовых."
    assert context_of(rules, text, "5%").partner == "Россия"


def test_a_capital_people_come_from_stays_the_city(rules):
    text = "Тверская область принимает переселенцев.\n" \
           "Из Москвы в Тверскую область прибыли 500 человек."
    assert context_of(rules, text, "500 человек").partner != "Россия"


# money a state gives for a purpose in another country


@pytest.mark.parametrize(("home", "expected"), [
    (_RUSSIA, ("США", "Молдова")),
    (_MOLDOVA, ("Молдова", None)),
])
def test_money_for_another_countrys_purpose(rules, home, expected):
    text = home + "Госдеп решил вложить 6 млн долларов в развитие медиасектора Молдавии."
    assert _place_and_partner(rules, text, "6 млн долларов") == expected


def test_a_capital_giving_for_a_purpose_abroad_is_its_state(rules):
    text = _RUSSIA + "Вашингтон выделяет на образовательные проекты в Японии 2,5 млн долларов."
    assert _place_and_partner(rules, text, "2,5 млн долларов") == ("США", "Япония")


def test_a_country_outside_the_clause_of_the_gift_is_no_receiver(rules):
    text = _US + "США поставили Канаде товаров на 50 млрд долларов, на третьем месте — Япония."
    assert context_of(rules, text, "50 млрд долларов").partner != "Япония"


# a court's seat is no place of the money it awards


@pytest.mark.parametrize("sentence", [
    "Стокгольмский арбитраж обязал «Газпром» выплатить «Нафтогазу» 2 млрд долларов.",
    "Британский суд обязал «Газпром» выплатить «Нафтогазу» 2 млрд долларов.",
    "Высокий суд Лондона обязал «Газпром» выплатить «Нафтогазу» 2 млрд долларов.",
    "Суд в Гааге обязал «Газпром» выплатить «Нафтогазу» 2 млрд долларов.",
])
def test_a_court_seat_gives_money_no_place(rules, sentence):
    assert place_of(rules, _UKRAINE + sentence, "2 млрд долларов") == "Украина"


def test_a_place_adjective_without_a_court_stays(rules):
    text = _UKRAINE + "Британский банк выплатил «Нафтогазу» 2 млрд долларов."
    assert place_of(rules, text, "2 млрд долларов") == "Великобритания"


def test_court_nouns_are_single_words(rules, tmp_path):
    rules_dir, _ = broken_rules(tmp_path, "places/words.yaml", "court_nouns: [суд,",
                                "court_nouns: [высокий суд,")
    with pytest.raises(RuleError, match="court_nouns"):
        load_gazetteer(rules_dir / "places")


# the venue of a speech is not the figure's place


@pytest.mark.parametrize("sentence", [
    "Выступая в Давосе, министр сказал, что ВВП вырос на 2%.",
    "Выступая на форуме в Давосе, министр сказал, что ВВП вырос на 2%.",
    "Министр, выступив в Лондоне, сказал, что ВВП вырос на 2%.",
])
def test_the_venue_of_a_speech_is_no_place(rules, sentence):
    assert place_of(rules, _RUSSIA + sentence, "2%") == "Россия"


def test_a_place_where_the_figure_is_stays(rules):
    text = _RUSSIA + "В Давосе цены на жильё выросли на 5%."
    assert place_of(rules, text, "5%") == "Давос"


# the seller of a purchase is the partner


@pytest.mark.parametrize(("text", "span", "expected"), [
    (_UKRAINE + "Ещё 119 тыс. тонн угля было закуплено у Польши.", "119 тыс. тонн",
     ("Украина", "Польша")),
    (_UKRAINE + "Турция купила у России четыре дивизиона на сумму 2,5 млрд долларов.",
     "2,5 млрд долларов", ("Турция", "Россия")),
    (_US + "Анкара приобрела у Москвы четыре дивизиона на сумму 2,5 млрд долларов.",
     "2,5 млрд долларов", ("Турция", "Россия")),
    (_UKRAINE + "Украина закупает газ у Польши в объёме 2 млрд кубометров.",
     "2 млрд кубометров", ("Украина", "Польша")),
])
def test_the_seller_is_the_partner(rules, text, span, expected):
    assert _place_and_partner(rules, text, span) == expected


def test_a_place_after_u_without_buying_stays(rules):
    text = _UKRAINE + "У Польши на вооружении 100 танков."
    assert place_of(rules, text, "100 танков") == "Польша"


def test_purchase_verbs_are_single_words(rules, tmp_path):
    rules_dir, _ = broken_rules(tmp_path, "places/words.yaml", "purchase_verbs: [купить,",
                                "purchase_verbs: [Купить,")
    with pytest.raises(RuleError, match="purchase_verbs"):
        load_gazetteer(rules_dir / "places")


# "из ЮАР в страну": the country word is not the origin


def test_the_country_word_is_not_the_origin_named_before_it(rules):
    text = _UKRAINE + "Из ЮАР в страну поступило 100 тыс. тонн угля."
    assert _place_and_partner(rules, text, "100 тыс. тонн") == ("Украина", "ЮАР")


def test_people_of_this_country_are_still_of_the_last_country(rules):
    text = _RUSSIA + "На третьей строчке выходцы из Вьетнама — 10 606 граждан этой страны " \
                     "получили разрешения на работу."
    assert context_of(rules, text, "10 606 граждан").partner == "Вьетнам"


# "в этих странах … соответственно": each figure its country of the sentence before


@pytest.mark.parametrize("sentence", [
    "Объём добычи в этих странах составляет 10 и 11 млн баррелей в сутки соответственно.",
    "По данным МИД РФ, доля этих стран составляет 10 и 11 млн баррелей соответственно.",
])
def test_these_countries_respectively(rules, sentence):
    text = _US + "Лидеры рынка — Саудовская Аравия и Россия.\n" + sentence
    assert place_of(rules, text, "10") in ("Саудовская Аравия",)
    assert place_of(rules, text, "11 млн баррелей") == "Россия"


def test_these_countries_without_respectively_pair_nothing(rules):
    text = _US + "Лидеры рынка — Саудовская Аравия и Россия.\n" \
                 "Объём добычи в этих странах составляет 10 и 11 млн баррелей в сутки."
    assert place_of(rules, text, "11 млн баррелей") != "Россия" \
        or place_of(rules, text, "10") != "Саудовская Аравия"


# "округ Колумбия" is Washington


def test_the_district_of_columbia_is_washington(rules):
    text = _US + "В округе Колумбия продано 5 тонн марихуаны."
    context = context_of(rules, text, "5 тонн")
    assert (context.place, context.place_code) == ("Вашингтон", "US-DC")


def test_colombia_stays_colombia(rules):
    text = _US + "В Колумбии инфляция составила 4%."
    assert place_of(rules, text, "4%") == "Колумбия"


# an attacking force's adjective is not where the figure is


@pytest.mark.parametrize("sentence", [
    "В результате удара российских ВКС погибли 15 человек.",
    "После авиаудара американских ВВС погибли 15 человек.",
])
def test_the_attackers_adjective_is_no_place(rules, sentence):
    assert place_of(rules, _SYRIA + sentence, "15 человек") == "Сирия"


def test_a_forces_adjective_without_an_attack_stays(rules):
    text = _SYRIA + "Расходы российской армии выросли на 5%."
    assert place_of(rules, text, "5%") == "Россия"


# "на планете" is the world


def test_on_the_planet_is_the_world(rules):
    text = _RUSSIA + "По данным WWF, на планете обитает около 4 тыс. особей."
    assert place_of(rules, text, "около 4 тыс. особей") == "мир"


# a share of a place's residents is that place's


@pytest.mark.parametrize(("sentence", "span", "place"), [
    ("По данным опроса, против санкций США выступают 83% жителей Германии.", "83%", "Германия"),
    ("Против реформы во Франции выступают 40% всех жителей Испании.", "40%", "Испания"),
])
def test_a_share_of_residents_is_their_places(rules, sentence, span, place):
    assert place_of(rules, _RUSSIA + sentence, span) == place


def test_a_count_of_residents_abroad_keeps_its_host(rules):
    text = _RUSSIA + "В Пермском крае работают 20 тыс. жителей Таджикистана."
    assert place_of(rules, text, "20 тыс. жителей") == "Пермский край"


# a first name is no town


@pytest.mark.parametrize(("sentence", "span"), [
    ("Итальянцы Манила Фламини и Джорджо Минисини опередили россиян на 0,03 балла.",
     "0,03 балла"),
    ("Её соперницей станет чешка Каролина Плишкова, отдавшая всего два гейма.", "два гейма"),
])
def test_a_first_name_before_a_surname_is_no_town(rules, sentence, span):
    assert place_of(rules, _RUSSIA + sentence, span) == "Россия"


def test_a_town_before_a_name_after_a_preposition_stays(rules):
    text = _RUSSIA + "В Хьюстоне Иван Петров купил 5 квартир."
    assert place_of(rules, text, "5 квартир") == "Хьюстон"


def test_a_town_in_the_genitive_before_a_name_stays(rules):
    text = _RUSSIA + "Мэр Хьюстона Сильвестр Тернер получил 5 млн долларов."
    assert place_of(rules, text, "5 млн долларов") == "Хьюстон"


# "обязан" is a predicate only a state has


def test_a_capital_that_is_obliged_is_its_state(rules):
    text = "Иран развивает атомную энергетику. Экономика Ирана растёт.\n" \
           "Тегеран обязан сократить запасы урана до 300 кг."
    assert place_of(rules, text, "300 кг.") == "Иран"


# the world as the field of a superlative is no place


@pytest.mark.parametrize(("sentence", "span"), [
    ("Потребление алюминия в России растёт быстрее, чем где бы то ни было в мире, и вырастет "
     "ещё на 9%.", "9%"),
    ("В музее хранится крупнейшее в мире собрание его работ — 416 картин.", "416 картин"),
])
def test_the_world_as_a_field_is_no_place(rules, sentence, span):
    assert place_of(rules, _RUSSIA + sentence, span) == "Россия"


def test_the_world_compared_with_keeps_its_figure(rules):
    text = _RUSSIA + "Инфляция в России выше, чем в мире (5%)."
    assert place_of(rules, text, "5%") == "мир"
