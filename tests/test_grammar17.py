"""grammar17 (an audit of lenta.ru, RIA and KP dump articles): a comma before "чем" in a bound
("не более, чем на 5%"), ranges whose ends both carry a sign ("от минус 5 до минус 12 градусов",
"-5...-10"), the cardinal ending "-х" after 2, 3, 4 ("в 24-х областях"), and two false figures
(a channel "1+1" named without quotes, the bare minute of a goal in brackets). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text


def _facts(text: str) -> dict[str, tuple]:
    return {f.span: (f.quantity.value, f.quantity.value_min, f.quantity.value_max,
                     f.quantity.unit, f.quantity.qualifier)
            for f in extract_text(text).facts}


@pytest.mark.parametrize("text,span,expected", [
    ("Кандидат обгонит соперника не более, чем на 5%, считает политолог.",
     "не более, чем на 5%", (5, None, 5, "percent", "le")),
    ("В прошлом году разрыв составил более, чем 10%.",
     "более, чем 10%", (10, 10, None, "percent", "gt")),
    ("В поселке осталось менее, чем 200 человек.",
     "менее, чем 200 человек", (200, None, 200, "person", "lt")),
    ("На заводе работают не менее, чем 50 человек.",
     "не менее, чем 50 человек", (50, 50, None, "person", "ge")),
    ("Из бюджета выделили больше, чем 3 млрд рублей.",
     "больше, чем 3 млрд рублей", (3e9, 3e9, None, "RUB", "gt")),
], ids=["not_more", "more", "less", "not_less", "more_scaled"])
def test_a_comma_before_chem_keeps_the_bound(text, span, expected):
    assert _facts(text)[span] == expected


@pytest.mark.parametrize("text,span,expected", [
    ("Ночью температура составит от минус 5 до минус 12 градусов.",
     "от минус 5 до минус 12 градусов", (-8.5, -12, -5, "deg", "range")),
    ("Днем ожидается от -3 до -8 градусов.",
     "от -3 до -8 градусов", (-5.5, -8, -3, "deg", "range")),
    ("Синоптики обещают -5...-10 градусов.",
     "-5...-10 градусов", (-7.5, -10, -5, "deg", "range")),
    ("Ночью подморозит, минус 15 - минус 20 градусов.",
     "минус 15 - минус 20 градусов", (-17.5, -20, -15, "deg", "range")),
    ("Синоптики прогнозируют похолодание до минус восьми - минус 10 градусов.",
     "минус восьми - минус 10 градусов", (-9, -10, -8, "deg", "range")),
    ("Температура составит от минус 3 до плюс 2 градусов.",
     "от минус 3 до плюс 2 градусов", (-0.5, -3, 2, "deg", "range")),
    ("Утром будет минус 15-20 градусов.",
     "минус 15-20 градусов", (-17.5, -20, -15, "deg", "range")),
], ids=["ot_do_words", "ot_do_symbols", "dots", "dash_words", "number_word_low_end",
        "minus_to_plus", "one_sign_for_both"])
def test_a_range_with_signed_ends(text, span, expected):
    assert _facts(text)[span] == expected


@pytest.mark.parametrize("text,span,value,counted", [
    ("Опрос проводился в 24-х областях страны.", "24-х областях", 24, "область"),
    ("Премии получили 3-х сотрудников отдела.", "3-х сотрудников", 3, "сотрудник"),
    ("Погибли 4-х человек.", "4-х человек", 4, "человек"),
], ids=["twenty_four", "three", "four"])
def test_kh_after_two_three_four_is_a_cardinal_ending(text, span, value, counted):
    facts = {f.span: f.quantity for f in extract_text(text).facts}
    assert (facts[span].value, facts[span].counted) == (value, counted)


@pytest.mark.parametrize("text", [
    "Ученики 5-х классов вернулись с каникул.",
    "Это было в 90-х годах.",
    "Рядом стоит 2-х этажный дом.",
    "Ученики 12-х классов сдают экзамены.",
], ids=["five_is_ordinal", "decade", "before_adjective", "twelve"])
def test_kh_stays_an_ordinal(text):
    assert _facts(text) == {}


@pytest.mark.parametrize("text,kept", [
    ("Об этом она заявила в эфире телеканала 1+1 в воскресенье.", set()),
    ("Мультфильм покажут на канале 2x2 в 20 часов.", set()),
    ("Отличились Кисслинг (36-я минута), Дердийок (37) и Хююпя (40).", set()),
    ("Голы забили Иванов (12), Петров (55) и Сидоров (89-я минута).", set()),
    ("Клуб Кисслинга (36-я минута) продал 40 тыс. билетов (90%).",
     {"40 тыс. билетов", "90%"}),
], ids=["channel", "channel_x", "goal_minutes", "minute_word_last", "figures_kept"])
def test_names_and_minutes_are_no_figures(text, kept):
    assert set(_facts(text)) == kept


@pytest.mark.parametrize("text,span,value,unit", [
    ("На митинг пришли полтысячи человек.", "полтысячи человек", 500, "person"),
    ("Около полутысячи жителей остались без света.", "Около полутысячи жителей", 500, "person"),
    ("В пикете стояли полсотни активистов.", "полсотни активистов", 50, "person"),
    ("Свыше полусотни домов остались без света.", "Свыше полусотни домов", 50, "item"),
    ("Ремонт обошелся в полтысячи рублей.", "полтысячи рублей", 500, "RUB"),
], ids=["poltysyachi", "polutysyachi", "polsotni", "polusotni", "money"])
def test_half_a_thousand_or_a_hundred_is_a_number(text, span, value, unit):
    facts = {f.span: f.quantity for f in extract_text(text).facts}
    assert (facts[span].value, facts[span].unit) == (value, unit)


def test_thousands_without_a_numeral_stay_vague():
    assert _facts("Тысячи людей вышли на улицы, миллионы смотрели трансляцию.") == {}


@pytest.mark.parametrize("text,kept", [
    ("Трансляция начнется в 20 часов по московскому времени.", set()),
    ("Стадион откроют в восемь часов, матч начнется в 15 часов.", set()),
    ("Город находится в 3 часах езды от Москвы.", {"3 часах"}),
    ("Смена в 12 часов оплачивается вдвойне.", {"12 часов"}),
    ("Работников в 2018 году несколько меньше, чем в 2017.", set()),
    ("Таких случаев больше, чем в 2000 семьях.", {"больше, чем в 2000 семьях"}),
], ids=["clock_hour", "clock_hour_words", "distance_in_time", "length_of_a_shift",
        "year_compared", "count_after_chem_v"])
def test_a_time_of_day_and_a_compared_year_are_no_figures(text, kept):
    assert set(_facts(text)) == kept


@pytest.mark.parametrize("text,span,value,unit,counted", [
    ("На складе осталось 500 шт. масок.", "500 шт.", 500, "item", "штука"),
    ("На встречу пришли 300 чел. из соседних сел.", "300 чел.", 300, "person", "человек"),
    ("Книга вышла тиражом 5 тыс. экз.", "5 тыс. экз.", 5000, "item", "экземпляр"),
    ("Парк пополнили 40 ед. техники.", "40 ед.", 40, "item", "единица"),
], ids=["sht", "chel", "ekz_sentence_end", "ed"])
def test_an_abbreviated_counted_noun(text, span, value, unit, counted):
    facts = {f.span: f.quantity for f in extract_text(text).facts}
    assert (facts[span].value, facts[span].unit, facts[span].counted) == (value, unit, counted)


@pytest.mark.parametrize("text,span,counted", [
    ("По данным минздрава, число заболевших превысило 1,2 тыс.", "1,2 тыс.", "заболевший"),
    ("Количество погибших достигло 30.", "30", "погибший"),
    ("Количество погибших достигло 30, число пострадавших составило 120.", "120",
     "пострадавший"),
], ids=["participle", "participle_short", "next_introducer_takes_over"])
def test_a_participle_after_chislo_counts_people(text, span, counted):
    facts = {f.span: f.quantity for f in extract_text(text).facts}
    assert (facts[span].unit, facts[span].counted) == ("person", counted)


@pytest.mark.parametrize("text,span,counted", [
    ("Из 85 регионов только в 10 зарплата превысила 50 тыс. руб.", "10", "регион"),
    ("Договоров с юрлицами 20, и 80 договор с физлицами.", "80 договор", "договор"),
], ids=["subject_of_next_verb", "typo_in_own_noun"])
def test_a_nominative_subject_after_a_number_is_not_its_noun(text, span, counted):
    facts = {f.span: f.quantity for f in extract_text(text).facts}
    assert facts[span].counted == counted


@pytest.mark.parametrize("text,span,value", [
    ("Всего в регионе около 2 тыс человек, в т.ч. 500 детей.", "500 детей", 500),
    ("В регионе 2 тыс. человек, в т. ч. 500 детей.", "500 детей", 500),
], ids=["glued", "spaced"])
def test_v_tch_is_no_document_part(text, span, value):
    assert _facts(text)[span][0] == value


def test_a_part_of_an_article_stays_no_figure():
    assert set(_facts("По ч. 2 ст. 105 УК РФ ему грозит до 20 лет.")) == {"до 20 лет"}


@pytest.mark.parametrize("text,span,value,unit", [
    ("На площадь пришло тысяч пять человек.", "тысяч пять человек", 5000, "person"),
    ("Ущерб составил миллионов десять рублей.", "миллионов десять рублей", 10_000_000, "RUB"),
    ("Зарплаты выросли процентов на 10.", "процентов на 10", 10, "percent"),
], ids=["thousands_five", "millions_ten", "percent_na_10"])
def test_an_inverted_scale_or_unit_is_approximate(text, span, value, unit):
    fact = _facts(text)[span]
    assert (fact[0], fact[3], fact[4]) == (value, unit, "approx")


def test_a_thousand_then_hundreds_stays_exact():
    assert _facts("Остались тысяча пятьсот человек.")["тысяча пятьсот человек"] \
        == (1500, 1500, 1500, "person", "exact")
