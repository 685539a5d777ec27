"""grammar16: the bolívar (VES), list numbers "1)" inside a sentence, a qualifier before "о/об",
"до" in a bracket after a change (indexation included), and figures that take the unit of a
partner ("не 75, а 73 человека", "их число составило 120", "таких полётов было 107", "(против
4,1)")."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text


def _facts(text: str) -> dict[str, tuple]:
    return {f.span: (f.quantity.value, f.quantity.unit, f.quantity.counted, f.quantity.qualifier)
            for f in extract_text(text).facts}


@pytest.mark.parametrize("text,span,value", [
    ("Минимальная зарплата в Венесуэле составила 130 боливаров.", "130 боливаров", 130),
    ("Купюры в 100 боливаров выведут из обращения.", "100 боливаров", 100),
    ("За доллар на чёрном рынке давали 3,3 тысячи боливаров.", "3,3 тысячи боливаров", 3300),
    ("Цена хлеба дошла до 5 млн bolívares.", "5 млн bolívares", 5_000_000),
], ids=["genitive", "after_v", "scale_word", "spanish"])
def test_the_bolivar_is_money(text, span, value):
    assert _facts(text)[span][:3] == (value, "VES", None)


@pytest.mark.parametrize("text,kept", [
    ("Правительство решило: 1) выделить 300 млн рублей, 2) построить 15 школ.",
     {"300 млн рублей", "15 школ"}),
    ("Проект сводится к трем тезисам: 1) снизить расходы; 2) нанять 40 врачей.",
     {"трем тезисам", "40 врачей"}),
], ids=["after_colon_and_comma", "after_semicolon"])
def test_a_list_number_inside_a_sentence_is_no_figure(text, kept):
    assert set(_facts(text)) == kept


@pytest.mark.parametrize("text,span,value", [
    ("Расходы составили 15 тыс. рублей (против 12) в прошлом году.", "12", 12_000),
    ("Выбыло 3 человека (в 2016 году - 15) из района.", "15", 15),
], ids=["against", "earlier_level"])
def test_a_number_closing_a_bracket_stays_a_figure(text, span, value):
    assert _facts(text)[span][0] == value


@pytest.mark.parametrize("text,span,qualifier", [
    ("Поступили сведения более чем о 300 случаях заражения.", "более чем о 300 случаях", "gt"),
    ("Речь идёт примерно о 50 семьях.", "примерно о 50 семьях", "approx"),
    ("Инспекторы сообщили почти об 11 тыс. нарушений.", "почти об 11 тыс. нарушений", "approx"),
    ("Хакеры украли данные более чем о 4 млн избирателей.", "более чем о 4 млн избирателей",
     "gt"),
], ids=["more_than", "about", "ob_scaled", "people"])
def test_a_qualifier_before_o_bounds_the_figure(text, span, qualifier):
    assert _facts(text)[span][3] == qualifier


def test_o_without_a_qualifier_leaves_the_figure_exact():
    assert _facts("Журналисты писали о 300 случаях.")["300 случаях"][3] == "exact"


@pytest.mark.parametrize("text,span,value,unit", [
    ("Число туристов увеличилось на 8% (до 1,2 млн человек).", "1,2 млн человек", 1_200_000,
     "person"),
    ("Зарплаты выросли на 12% по сравнению с уровнем 2019 года (до 45 тыс. рублей).",
     "45 тыс. рублей", 45_000, "RUB"),
    ("Пенсии проиндексированы на 7,5% (до 18 тыс. рублей).", "18 тыс. рублей", 18_000, "RUB"),
    ("Пособие проиндексируют на 4% до 9 тыс. рублей.", "9 тыс. рублей", 9_000, "RUB"),
    ("Артиллерии стало больше в 3 раза (до 769 орудий).", "769 орудий", 769, "item"),
], ids=["bracket", "words_between", "indexed", "indexation_no_bracket", "times"])
def test_do_in_a_bracket_after_a_change_is_the_new_level(text, span, value, unit):
    got_value, got_unit, _counted, qualifier = _facts(text)[span]
    assert (got_value, got_unit, qualifier) == (value, unit, "exact")


def test_a_bracket_that_goes_on_after_the_level_keeps_its_bound():
    text = "Пенсии выросли на 5%. Штраф составит (до 10 тыс. рублей)."
    assert _facts(text)["до 10 тыс. рублей"][3] == "le"


@pytest.mark.parametrize("text,span,expected", [
    ("Погибли не 75, а 73 человека.", "75", (75, "person", "человек")),
    ("Бюджет составит не 5, а 7 млн рублей.", "5", (5_000_000, "RUB", None)),
    ("Ставка по ипотеке будет не 6, а 5%.", "6", (6, "percent", None)),
], ids=["people", "scale_carries", "percent"])
def test_a_denied_number_takes_the_unit_of_its_correction(text, span, expected):
    assert _facts(text)[span][:3] == expected


@pytest.mark.parametrize("text,span,counted", [
    ("Из Донбасса в Ростов прибыли беженцы, их число составило 120.", "120", "беженец"),
    ("Экстремисты контролировали север страны, а их численность составляла до 60 тыс.",
     "до 60 тыс.", "экстремист"),
], ids=["refugees", "scaled"])
def test_their_number_counts_the_people_named_before(text, span, counted):
    assert _facts(text)[span][1:3] == ("person", counted)


@pytest.mark.parametrize("text", [
    "В регионы привезли новые станки, их число составило 120.",
    "Эксперты назвали фаворитов, в их число входят 18.",
], ids=["things", "among_them"])
def test_their_number_counts_no_things_and_not_among_them(text):
    assert _facts(text)["120" if "120" in text else "18"][1:3] == (None, None)


@pytest.mark.parametrize("text,span,unit,counted", [
    ("В 90-х годах таких полётов было 107.", "107", "item", "полет"),
    ("В 2016 году таких преступников было 143.", "143", "person", "преступник"),
    ("За год таких выездов было совершено примерно 1500.", "примерно 1500", "item", "выезд"),
], ids=["flights", "people", "qualified"])
def test_such_and_a_noun_name_what_a_bare_figure_counts(text, span, unit, counted):
    assert _facts(text)[span][1:3] == (unit, counted)


@pytest.mark.parametrize("text,span", [
    ("Таких мастеров, как немец Хартинг, обошли 70.", "70"),
    ("В таких регионах открылось 5.", "5"),
], ids=["such_as", "after_preposition"])
def test_such_outside_the_figures_clause_names_nothing(text, span):
    assert _facts(text)[span][1:3] == (None, None)


@pytest.mark.parametrize("text,span,value,unit", [
    ("Рост ВВП на душу составил 5,2 тыс. долларов (против 4,1).", "4,1", 4_100, "USD"),
    ("Состав стоит 120 миллионов евро против 10.", "10", 10_000_000, "EUR"),
    ("Доля выросла до 5,2% (против 4,1).", "4,1", 4.1, "percent"),
    ("Доход составил 1,2 тыс. долларов (против 900).", "900", 900, "USD"),
], ids=["bracket", "no_bracket", "percent_no_scale", "already_whole"])
def test_a_figure_after_against_takes_the_unit_and_scale(text, span, value, unit):
    assert _facts(text)[span][:2] == (value, unit)
