"""Figure grammar, pass 13: the word lists of ordinal fractions are rule keys (validated), and
the constructions this pass reads (sentences written for the tests)."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text
from migextract.ruleload import RuleError
from migextract.rules import load_rules

from .conftest import broken_rules


def test_fraction_word_lists_are_rule_keys(rules):
    grammar = rules.grammar
    assert {"одна", "одной", "одну", "одною"} == grammar.feminine_one
    assert grammar.measure_after_fraction.match(" секунды")
    assert grammar.measure_after_fraction.match(" балла")
    assert not grammar.measure_after_fraction.match(" опрошенных")


@pytest.mark.parametrize("old, new, key", [
    ("fraction_feminine_one: [одна,", "fraction_feminine_one: [одна 1,", "fraction_feminine_one"),
    ("fraction_measure_stems: [секунд,", "fraction_measure_stems: ['секунд|',",
     "fraction_measure_stems"),
    ("fraction_measure_stems: [секунд,", "fraction_measure_stems: [3,", "fraction_measure_stems"),
])
def test_a_bad_fraction_word_names_file_line_and_key(tmp_path, old, new, key):
    rules_dir, lines = broken_rules(tmp_path, "quantities.yaml", old, new)
    line = next(n for n, s in enumerate(lines, 1) if s.startswith(f"{key}:"))
    with pytest.raises(RuleError, match=rf"quantities\.yaml:{line}: key '{key}': expected"):
        load_rules(rules_dir)


def _figures(text: str, rules) -> list[tuple[str, float, str | None, str | None]]:
    return [(f.span, f.quantity.value, f.quantity.unit, f.quantity.counted)
            for f in extract_text(text, rules=rules).facts]


@pytest.mark.parametrize("text, part", [
    ("В области работают 2400 школ. Из них 13 закрыты на карантин.", ("13", "item", "школа")),
    ("На ярмарку пришли 574 безработных. Среди них — 188 молодых людей и 40 пенсионеров.",
     None),
    ("В городе 2400 школьных участков. В 700 из них учатся дети мигрантов.",
     ("700", "item", "участок")),
    ("Конкурс собрал 120 студентов. А из них около 45 получат гранты.",
     ("около 45", "person", "студент")),
])
def test_a_part_of_a_set_counted_in_the_sentence_before_takes_its_unit(rules, text, part):
    figures = _figures(text, rules)
    if part is None:  # the part names its own unit
        assert [u for _, _, u, _ in figures] == ["person", "person", "person"]
        return
    span, unit, counted = part
    assert (span, unit, counted) in [(s, u, c) for s, _, u, c in figures]


def test_a_part_of_a_set_needs_the_set_and_its_scale(rules):
    # a share before "Из них" is no set; an unscaled part of a scaled sum keeps no unit
    assert [u for _, _, u, _ in _figures("Выпуск вырос на 5%. Из них 13 закрыты.", rules)] == [
        "percent", None]
    figures = _figures("Фонд выделил 300 млн рублей. Из них около 40 получит столица.", rules)
    assert [u for _, _, u, _ in figures] == ["RUB", None]


@pytest.mark.parametrize("text, expected", [
    ("Погранслужба закупит 62 «Тритона» до конца года.", ("62 «Тритона»", 62.0, "item", "тритон")),
    ("Актёр выиграл 3 «Оскара».", ("3 «Оскара»", 3.0, "item", "оскар")),
    ("Сеть закрыла магазины в пяти «Пятёрочках» района.",
     ("пяти «Пятёрочках»", 5.0, "item", "пятерочка")),
])
def test_a_count_of_things_named_in_quotes(rules, text, expected):
    assert expected in _figures(text, rules)


def test_a_name_in_quotes_that_a_number_does_not_govern_is_not_counted(rules):
    # a nominative name after a number, an indeclinable one, a design number before a name
    assert ("5", 5.0, None, None) in _figures("Команда «Звезда» заняла 5 «Спартак» место.", rules)
    assert ("1", 1.0, None, None) in _figures("Во французской Лиге 1 «Монако» второй.", rules)
    assert _figures("Флот получит лодки проекта 636 «Варшавянка».", rules) == []


@pytest.mark.parametrize("text, expected", [
    ("Ночью будет минус 18 градусов.", ("минус 18 градусов", -18.0, "deg", None)),
    ("Днём ожидается около восьми мороза.", ("около восьми мороза", -8.0, "deg", None)),
    ("В пятницу будет 12 градусов мороза.", ("12 градусов", -12.0, "deg", None)),
    ("Утром было три градуса ниже нуля.", ("три градуса", -3.0, "deg", None)),
    ("Температура воды составила +24°C.", ("+24°C", 24.0, "deg", None)),
    ("Порывы ветра достигнут 20 м/с.", ("20 м/с", 20.0, "m_s", None)),
    ("Ветер дул со скоростью 7 метров в секунду.", ("7 метров в секунду", 7.0, "m_s", None)),
    ("Скорость на участке ограничат до 60 км/ч.", ("до 60 км/ч", 60.0, "km_h", None)),
])
def test_temperatures_and_speeds_have_their_units(rules, text, expected):
    assert expected in _figures(text, rules)


def test_metres_and_kilometres_stay_lengths(rules):
    figures = _figures("Мост длиной 35 м ведёт к трассе протяжённостью 90 км.", rules)
    assert [(u, v) for _, v, u, _ in figures] == [("m", 35.0), ("km", 90.0)]


@pytest.mark.parametrize("text, expected", [
    ("Набор услуг стоит 1075 рублей 19 копеек.", ("1075 рублей 19 копеек", 1075.19, "RUB", None)),
    ("Лекарства (828 рублей 14 копеек) входят в набор.",
     ("828 рублей 14 копеек", 828.14, "RUB", None)),
    ("Билет стоит 3 доллара 50 центов.", ("3 доллара 50 центов", 3.5, "USD", None)),
])
def test_hundredths_after_the_currency_are_one_amount_with_it(rules, text, expected):
    assert _figures(text, rules) == [expected]


def test_kopecks_of_another_clause_stay_apart(rules):
    figures = _figures("Цена выросла на 5 рублей, 20 копеек стоит коробок.", rules)
    assert [v for _, v, _, _ in figures] == [5.0, 0.2]


def _bounds(text: str, rules) -> list[tuple[str, float, float | None, float | None, str]]:
    return [(f.span, f.quantity.value, f.quantity.value_min, f.quantity.value_max,
             f.quantity.qualifier) for f in extract_text(text, rules=rules).facts]


@pytest.mark.parametrize("text, expected", [
    ("До 10—15% решений оказались ошибочными.", ("До 10—15%", 12.5, None, 15.0, "le")),
    ("Цены выросли не менее чем на 30—40%.", ("не менее чем на 30—40%", 35.0, 30.0, None, "ge")),
    ("Ставку подняли более чем на 2,5–3 п.п.", ("более чем на 2,5–3 п.п.", 2.75, 2.5, None, "gt")),
    ("Ожидаются порывы до 10-12 м/с.", ("до 10-12 м/с", 11.0, None, 12.0, "le")),
])
def test_a_bound_given_as_a_range_keeps_the_bound(rules, text, expected):
    assert _bounds(text, rules) == [expected]


def test_a_new_level_and_an_approximate_range_stay_ranges(rules):
    assert _bounds("Охват планируется увеличить до 90–92%.", rules)[0][1:] == (
        91.0, 90.0, 92.0, "range")
    assert _bounds("Уехали около 8–10% жителей.", rules)[0][1:] == (9.0, 8.0, 10.0, "range")


@pytest.mark.parametrize("text, expected", [
    ("Полиция задержала четырех подозреваемых в причастности к поджогу.",
     ("четырех подозреваемых", 4.0, "person", "подозреваемый")),
    ("В храме находились около 100 молящихся.", ("около 100 молящихся", 100.0, "person",
                                                "молящийся")),
    ("Санаторий принимает до 10 тыс. отдыхающих в год.",
     ("до 10 тыс. отдыхающих", 10000.0, "person", "отдыхающий")),
])
def test_a_participle_without_a_noun_after_a_number_counts_people(rules, text, expected):
    assert expected in _figures(text, rules)


def test_a_participle_before_its_noun_is_no_person(rules):
    figures = _figures("На дне лежат не менее 3 тыс. затонувших и брошенных судов.", rules)
    assert [(u, c) for _, _, u, c in figures] == [("item", "судно")]
    figures = _figures("Аэропорт принял девять летящих в Крым бортов.", rules)
    assert all(u != "person" for _, _, u, _ in figures)


def test_a_number_word_for_a_part_of_a_counted_whole_is_a_figure(rules):
    figures = _figures("Трещины нашли в корпусах четырех из семи реакторов.", rules)
    assert ("четырех", 4.0, "item", "реактор") in figures
    figures = _figures("Власти расторгли три из четырех контрактов.", rules)
    assert ("три", 3.0, "item", "контракт") in figures


def test_one_of_and_a_part_of_them_stay_no_figures(rules):
    assert [s for s, *_ in _figures("Три из них закрыты.", rules)] == []
    assert "Одна" not in [s for s, *_ in _figures("Одна из десяти компаний ушла.", rules)]


@pytest.mark.parametrize("text, expected", [
    ("Экологи требовали закрыть две бельгийские АЭС.", ("две", 2.0, "item", "аэс")),
    ("В каждом городе хотя бы один МФЦ выдаёт паспорта.", ("один МФЦ", 1.0, "item", "мфц")),
    ("В области действуют пять ОЭЗ.", ("пять ОЭЗ", 5.0, "item", "оэз")),
    ("В районе работают 12 ФАПов.", ("12 ФАПов", 12.0, "item", "фап")),
])
def test_a_counted_abbreviation_is_the_counted_noun(rules, text, expected):
    assert expected in _figures(text, rules)


def test_names_of_one_thing_and_units_are_not_counted_abbreviations(rules):
    assert [u for _, _, u, _ in _figures("Долг вырос на 5 трлн, это 1,8% ВВП.", rules)] == [
        None, "percent"]
    # a unit abbreviation is no counted "мвт": since grammar18 it is the power unit MW (§6.23)
    assert [u for _, _, u, _ in _figures("Мощность станции составит 440 МВт.", rules)] == ["MW"]


@pytest.mark.parametrize("text, expected", [
    ("Отряд выстоял против двухсоттысячного турецкого войска.",
     ("двухсоттысячного", 200000.0, "item", "войско")),
    ("Река угрожает двухмиллионному населению края.",
     ("двухмиллионному", 2000000.0, "person", None)),
    ("Страна держит полуторатысячную группировку.",
     ("полуторатысячную", 1500.0, "item", "группировка")),
    ("Открыт двадцатипятитысячный стадион.", ("двадцатипятитысячный", 25000.0, "item", "стадион")),
])
def test_a_scale_adjective_written_in_words_sizes_its_noun(rules, text, expected):
    assert expected in _figures(text, rules)


def test_vague_and_decade_scale_adjectives_are_no_figures(rules):
    assert _figures("Прошёл многотысячный митинг.", rules) == []
    assert _figures("В двухтысячные годы всё изменилось.", rules) == []
