"""Figure grammar, pass 14: age bounds, frost before a temperature, approximate ranges, weather
verbs of a new level, counts in parallel clauses, grades, young animals, flight adjectives
(sentences written for the tests)."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text
from migextract.ruleload import RuleError
from migextract.rules import load_rules

from .conftest import broken_rules


def _figures(text: str, rules) -> list[tuple]:
    return [(f.span, f.quantity.value, f.quantity.value_min, f.quantity.value_max,
             f.quantity.unit, f.quantity.qualifier) for f in extract_text(text, rules=rules).facts]


@pytest.mark.parametrize("text, figure", [
    ("Голосовать могут граждане старше 18 лет.", ("старше 18 лет", 18, 18, None, "year", "gt")),
    ("Пособие дают на детей не старше четырёх лет.",
     ("не старше четырёх лет", 4, None, 4, "year", "le")),
    ("Льготу получат специалисты моложе 35 лет.", ("моложе 35 лет", 35, None, 35, "year", "lt")),
    ("Водителем может стать человек не моложе 21 года.",
     ("не моложе 21 года", 21, 21, None, "year", "ge")),
    ("Ответ придёт не позднее 30 дней.", ("не позднее 30 дней", 30, None, 30, "day", "le")),
    ("Брат старше сестры на 5 лет.", ("5 лет", 5, 5, 5, "year", "exact")),
])
def test_an_age_or_time_bounded_by_a_comparative(rules, text, figure):
    assert figure in _figures(text, rules)


@pytest.mark.parametrize("text, figure", [
    ("В выходные морозы до 9-11 градусов.", ("до 9-11 градусов", -10, None, -9, "deg", "le")),
    ("Ночью мороз до 15 градусов.", ("до 15 градусов", -15, None, -15, "deg", "le")),
    ("Морозы 20 градусов ожидаются на севере.", ("20 градусов", -20, -20, -20, "deg", "exact")),
    ("Мороз в минус 30 градусов держался неделю.",
     ("минус 30 градусов", -30, -30, -30, "deg", "exact")),
    ("Летом жара 35 градусов.", ("35 градусов", 35, 35, 35, "deg", "exact")),
])
def test_frost_named_before_a_temperature_makes_it_negative(rules, text, figure):
    assert figure in _figures(text, rules)


@pytest.mark.parametrize("text, figure", [
    ("Около 8–10% семей живут в бедности.", ("Около 8–10%", 9, 8, 10, "percent", "range")),
    ("Цены выросли примерно в 4-5 раз.", ("примерно в 4-5 раз", 4.5, 4, 5, "times", "range")),
    ("Зарплата составит порядка шести-восьми тысяч рублей.",
     ("порядка шести-восьми тысяч рублей", 7000, 6000, 8000, "RUB", "range")),
])
def test_an_approximate_range_keeps_its_word_inside_the_span(rules, text, figure):
    assert figure in _figures(text, rules)


@pytest.mark.parametrize("text, figure", [
    ("Ночью воздух прогреется до минус семи-девяти градусов.",
     ("минус семи-девяти градусов", -8, -9, -7, "deg", "range")),
    ("Температура опускалась до минус 40 градусов.",
     ("минус 40 градусов", -40, -40, -40, "deg", "exact")),
    ("Днём потеплеет до минус 3 градусов.", ("минус 3 градусов", -3, -3, -3, "deg", "exact")),
    ("Столбик может опускаться до минус 26 градусов.",
     ("минус 26 градусов", -26, -26, -26, "deg", "exact")),
    ("Ночью ожидается до минус 15 градусов.",
     ("до минус 15 градусов", -15, None, -15, "deg", "le")),
])
def test_a_weather_verb_of_change_states_a_new_level(rules, text, figure):
    assert figure in _figures(text, rules)


@pytest.mark.parametrize("text, first", [
    ("В аварии погибли 23 и ранены около 300 человек.", ("23", 23, 23, 23, "person", "exact")),
    ("На трассе задержаны 5 и оштрафованы 12 водителей.", ("5", 5, 5, 5, "person", "exact")),
    ("Погибли 2 и пострадали 1,5 тыс. человек.", ("2", 2, 2, 2, None, "exact")),
])
def test_a_bare_count_in_a_clause_before_a_parallel_one_takes_its_noun(rules, text, first):
    assert first in _figures(text, rules)


@pytest.mark.parametrize("text, kept", [
    ("Из-за холодов отменены уроки 1-6 классов.", []),
    ("Ученикам 1-9 классов разрешили остаться дома.", []),
    ("Студенты 2-4 курсов уехали на практику.", []),
    ("В мороз не учатся 1-6 классы.", []),
    ("В школе открыли 5-7 классов.", ["5-7 классов"]),
    ("Всего около 10-12 классов.", ["около 10-12 классов"]),
])
def test_a_range_of_grades_is_no_count(rules, text, kept):
    assert [f[0] for f in _figures(text, rules)] == kept


@pytest.mark.parametrize("text, unit", [
    ("В зоопарке родились семеро ежат.", "item"),
    ("У львицы 30 львят.", "item"),
    ("Кошка выкормила двух малышей-енотов.", "item"),
    ("Охотники добыли девять волков.", "item"),
    ("В семье 3 ребенка.", "person"),
    ("В школе 40 учеников.", "person"),
])
def test_the_young_of_animals_are_no_people(rules, text, unit):
    assert [f[4] for f in _figures(text, rules)] == [unit]


def test_a_flight_adjective_is_no_age(rules):
    assert _figures("Случилось 9 лётных происшествий.", rules)[0][:2] == ("9", 9)
    assert _figures("Отметили 30-летие завода.", rules) == []


@pytest.mark.parametrize("text", [
    "Пострадали жители домов 10-12 по улице Ленина.",
    "Огонь охватил дома 5 и 7 на улице Мира.",
    "В домах 3, 5, 9 по ул. Садовой нет света.",
])
def test_house_numbers_before_a_street_are_no_figures(rules, text):
    assert _figures(text, rules) == []


@pytest.mark.parametrize("old, new, key", [
    ("grade_nouns: [класс,", "grade_nouns: [Класс 1,", "grade_nouns"),
    ("young_animal_ending: '[еоё]нок'", "young_animal_ending: '[еоё'", "young_animal_ending"),
    ("frost_before: '", "frost_before: '(", "frost_before"),
])
def test_a_bad_key_of_this_pass_names_file_line_and_key(tmp_path, old, new, key):
    rules_dir, lines = broken_rules(tmp_path, "quantities.yaml", old, new)
    line = next(n for n, s in enumerate(lines, 1) if s.startswith(f"{key}:"))
    with pytest.raises(RuleError, match=rf"quantities\.yaml:{line}: key '{key}'"):
        load_rules(rules_dir)


@pytest.mark.parametrize("text", [
    "Опубликовано World Chess Ноя 11 2016 в 3:18 PST",
    "Пост от Дек 5, 2017 собрал отклики.",
])
def test_a_date_with_an_abbreviated_month_is_no_figure(rules, text):
    assert _figures(text, rules) == []


def test_a_month_stem_before_a_count_keeps_the_count(rules):
    assert [f[0] for f in _figures("В марте продали 11 квартир.", rules)] == ["11 квартир"]
