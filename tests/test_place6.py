"""Place rules of the sixth place pass (place6): place and partner in multi-place sentences of
foreign and multi-country stories ("соответственно" lists, several origins, departures, "там"),
found on unannotated RT/НГ articles. Each case failed before its rule was added. The sentences
are ours."""

from __future__ import annotations

from .conftest import context_of

_RUSSIA = ("Мигранты в России работают много. Число мигрантов в России растёт. Мигранты в России "
           "получают больше.\n")
_RUSSIA_TITLE = "Мигранты в России"
_WORLD = "Цифровая экономика растёт во всём мире. Страны вкладывают в неё всё больше.\n"
_POLAND = "Польша зовёт врачей. В Польше не хватает врачей. Польша платит врачам больше.\n"


def _of(rules, text, span, title=None):
    context = context_of(rules, text, span, title=title)
    return context.place, context.partner


def test_origins_listed_respectively_are_partners_one_by_one(rules):
    text = _RUSSIA + ("Уроженцы Таджикистана и Узбекистана реже всего говорят по-русски на работе – "
                      "54% и 53% соответственно.")
    assert _of(rules, text, "54%", _RUSSIA_TITLE) == ("Россия", "Таджикистан")
    assert _of(rules, text, "53%", _RUSSIA_TITLE) == ("Россия", "Узбекистан")


def test_a_preposition_of_origin_covers_a_list_of_three(rules):
    text = _RUSSIA + "Из Финляндии, Латвии и Эстонии приехали 12, 15 и 18 тыс. человек соответственно."
    assert _of(rules, text, "12", _RUSSIA_TITLE) == ("Россия", "Финляндия")
    assert _of(rules, text, "15", _RUSSIA_TITLE) == ("Россия", "Латвия")
    assert _of(rules, text, "18 тыс. человек", _RUSSIA_TITLE) == ("Россия", "Эстония")


def test_runs_of_figures_pair_with_the_places_at_their_position(rules):
    text = _WORLD + ("В Бразилии и Индии доля выросла с 2,4% и 5,7% в 2010 году до 6,2% и 8,2% "
                     "соответственно в 2016-м.")
    assert [context_of(rules, text, s).place for s in ("2,4%", "5,7%", "6,2%", "8,2%")] \
        == ["Бразилия", "Индия", "Бразилия", "Индия"]


def test_a_group_in_a_respective_list_is_a_place_not_a_partner(rules):
    text = _WORLD + ("За шесть лет выросли показатели Бразилии и ЕС — с 2,4% и 5,7% в 2010 году "
                     "до 6,2% и 8,2% соответственно в 2016-м.")
    assert [_of(rules, text, s) for s in ("2,4%", "5,7%", "8,2%")] \
        == [("Бразилия", None), ("Евросоюз", None), ("Евросоюз", None)]


def test_one_figure_for_several_origins_has_no_partner(rules):
    text = _RUSSIA + "Уроженцы Белоруссии, Молдавии и Грузии зарабатывают в России от 35 до 42 тыс. рублей."
    assert _of(rules, text, "от 35 до 42 тыс. рублей", _RUSSIA_TITLE) == ("Россия", None)


def test_one_origin_stays_the_partner(rules):
    text = _RUSSIA + "Уроженцы Грузии зарабатывают в России около 40 тыс. рублей."
    assert _of(rules, text, "около 40 тыс. рублей", _RUSSIA_TITLE) == ("Россия", "Грузия")


def test_the_country_people_leave_is_the_place_in_foreign_news(rules):
    text = _POLAND + "За прошлый год из Украины уехали около 10 тысяч врачей."
    assert _of(rules, text, "около 10 тысяч врачей", "Польша зовёт врачей") == ("Украина", None)


def test_a_move_into_the_home_country_keeps_its_origin_as_partner(rules):
    text = ("Миграция в России растёт. Россия принимает мигрантов. В России много мигрантов.\n"
            "За год в Россию из Украины переехали около 10 тысяч врачей.")
    assert _of(rules, text, "около 10 тысяч врачей", "Миграция в России") == ("Россия", "Украина")


def test_there_is_the_one_place_named_as_where_in_the_sentence_before(rules):
    text = ("Безработица в Европе растёт. Европа ищет работников. Европе нужны врачи.\n"
            "Больше всего вакансий открыто в Нидерландах. Там доля свободных мест достигла 4,1%.")
    assert context_of(rules, text, "4,1%", title="Безработица в Европе").place == "Нидерланды"


def test_there_after_several_places_is_none_of_them(rules):
    text = ("Переселенцы в России получают помощь. Россия помогает соотечественникам. Программа "
            "России работает.\nБольше всего денег уходит в Приморский край и Хабаровский край. "
            "Там переселенцы получают примерно 240 тыс. рублей.")
    assert context_of(rules, text, "примерно 240 тыс. рублей",
                      title="Переселенцы в России").place == "Россия"


def test_there_same_is_no_reference_back(rules):
    text = ("Безработица в Европе растёт. Европа ищет работников. Европе нужны врачи.\n"
            "Больше всего вакансий открыто в Нидерландах. Там же в Европе доля свободных мест "
            "достигла 4,1%.")
    assert context_of(rules, text, "4,1%", title="Безработица в Европе").place == "Европа"


_KYIV = "Рынок жилья в Киеве падает. В Киеве строят много. Киев растёт.\n"


def test_across_the_whole_country_is_the_country_in_a_citys_news(rules):
    text = _KYIV + "По всей Украине за тот же период построили около 6,9 млн кв. м жилья."
    assert context_of(rules, text, "около 6,9 млн кв. м", title="Рынок жилья Киева").place \
        == "Украина"


def test_across_the_whole_territory_is_the_country_in_a_citys_news(rules):
    text = _KYIV + "По всей территории Украины строительство ведётся на 200 площадках."
    assert context_of(rules, text, "200 площадках", title="Рынок жилья Киева").place == "Украина"


def test_the_field_of_a_superlative_is_not_the_place(rules):
    text = ("Безработица в Белоруссии растёт. Белоруссия сокращает заводы. Белоруссия ищет "
            "инвесторов.\nПособие по безработице в Белоруссии самое низкое во всём СНГ — чуть "
            "больше $10.")
    assert context_of(rules, text, "чуть больше $10", title="Безработица в Белоруссии").place \
        == "Беларусь"
