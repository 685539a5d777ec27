"""Figure grammar, pass 11: elided units after a clause that ends at a comma, a change followed by
its new level, the bare "л" of litres, and program code left in a scraped page (sentences and code
written for the tests)."""

from __future__ import annotations

from migextract.boilerplate import find_boilerplate
from migextract.normalize import normalize_text
from migextract.pipeline import extract_text


def _units(text: str, rules) -> list[tuple[str, float, str | None]]:
    return [(f.span, f.quantity.value, f.quantity.unit)
            for f in extract_text(text, rules=rules).facts]


def test_a_bare_figure_after_the_verb_of_a_parallel_clause_takes_the_unit(rules):
    facts = _units("В аварии 14 пассажиров погибли, более 30 получили ранения.", rules)
    assert facts == [("14 пассажиров", 14.0, "person"), ("более 30", 30.0, "person")]


def test_list_items_after_a_rate_and_its_denominator_take_the_rate(rules):
    text = ("Смертность в районе составила 4,1 на 1000 родившихся живыми, в соседнем районе — "
            "5,2, в областном центре — 3,3.")
    units = [unit for _, _, unit in _units(text, rules)]
    assert units == ["per_mille", "person", "per_mille", "per_mille"]


def test_parts_after_a_total_and_its_description_take_its_unit(rules):
    text = ("На 1000 работающих приходится 640 пенсионеров, из них 410 – получатели страховых "
            "пенсий, 230 – прочие.")
    facts = _units(text, rules)
    assert [unit for _, _, unit in facts[1:]] == ["person", "person", "person"]


def test_a_level_after_a_change_and_than_keeps_its_own_reading(rules):
    # "на 20% меньше, чем в 2019 году (5140)": the bracketed level is no percentage
    text = "Патенты оформили 4200 человек, что на 20% меньше, чем в 2019 году (5140)."
    facts = _units(text, rules)
    assert facts[-1][0] == "5140" and facts[-1][2] != "percent"


def test_a_change_coordinated_with_its_new_level_takes_its_unit(rules):
    text = "Число студентов за год увеличилось на 12 тыс. и составило 310 тыс. человек."
    assert _units(text, rules) == [("12 тыс.", 12000.0, "person"),
                                   ("310 тыс. человек", 310000.0, "person")]


def test_a_bare_l_after_a_number_is_litres(rules):
    text = "Потребление снизилось на 0,3 л, а бутылка объемом 0,7 л подорожала."
    assert [(span, unit) for span, _, unit in _units(text, rules)] == [("0,3 л", "l"),
                                                                       ("0,7 л", "l")]


def test_lines_of_program_code_are_boilerplate(rules):
    text = ("В городе прибыло 250 человек.\n"
            ' player.key="abc123==";\n'
            " player(\"media-7\").setup({ width: \"100%\", ads: (function() {\n"
            " if(window.location.pathname.indexOf('/x/') + 1 > 0) { return {}; }\n"
            " // title: \"\\u041F\\x20\"\n"
            " }());\n"
            "Выбыло 40 человек.")
    dropped = find_boilerplate(normalize_text(text), rules.boilerplate)
    assert {d.marker for d in dropped} == {"bp.script_code"} and len(dropped) == 5
    assert [span for span, _, _ in _units(text, rules)] == ["250 человек", "40 человек"]


def test_prose_with_a_semicolon_or_a_colon_is_no_code(rules):
    text = "Итоги года: прибыло 250 человек; выбыло 40 человек (данные Росстата)."
    assert find_boilerplate(normalize_text(text), rules.boilerplate) == []


def test_numbers_that_name_a_channel_a_design_or_a_service_are_no_figures(rules):
    text = ("Холдинг владеет телеканалом «2+2» и заказал два катера проекта 22160 «Шторм» "
            "за 91 млн рублей; о пожаре жители сообщили в службу 112.")
    assert [span for span, _, _ in _units(text, rules)] == ["два катера", "91 млн рублей"]


def test_an_amount_after_project_stays_a_figure(rules):
    text = "Стоимость проекта 500 млн рублей, в службу занятости обратились 112 человек."
    assert [span for span, _, _ in _units(text, rules)] == ["500 млн рублей", "112 человек"]


def test_a_paragraph_of_a_law_is_a_label(rules):
    text = "Абзац 4 пункта 2 исключается, а в 3 абзаце штраф повышен до 5 тыс. рублей."
    assert [span for span, _, _ in _units(text, rules)] == ["5 тыс. рублей"]


def test_a_call_of_a_page_widget_is_boilerplate(rules):
    text = ("Власти выделили 40 млн рублей.\n"
            'Widgets.Post("post_-1234567_89", -1234567, 89, \'Xyz\');\n'
            "На объекте работают 90 человек.")
    dropped = find_boilerplate(normalize_text(text), rules.boilerplate)
    assert [d.marker for d in dropped] == ["bp.script_code"]
    assert [span for span, _, _ in _units(text, rules)] == ["40 млн рублей", "90 человек"]


def test_a_partitive_after_a_scaled_volume_takes_its_unit(rules):
    text = ("Объем заготовки составил 27,7 тыс. кубометров, а в прошлом году - уже 52,6 тыс. "
            "В 2018 году по трубе прокачали 55 млрд кубометров газа. Более 13 млрд ушло в Китай.")
    assert [unit for _, _, unit in _units(text, rules)] == ["m3", "m3", "m3", "m3"]


def test_a_level_after_already_takes_the_unit_of_the_list(rules):
    text = "Если в 2017 году школы посещали 42 287 человек, то в 2018-м - уже 44 302."
    assert [unit for _, _, unit in _units(text, rules)] == ["person", "person"]


def test_a_fraction_of_a_cardinal_and_an_ordinal_is_a_share(rules):
    text = ("Штраф составит не более одной пятой выручки, две пятых опрошенных недовольны, а "
            "инфляция выросла на три десятых процента.")
    facts = _units(text, rules)
    assert [(span, unit) for span, _, unit in facts] == [
        ("не более одной пятой", "percent"), ("две пятых", "percent"),
        ("три десятых процента", "percent")]
    assert [round(value, 6) for _, value, _ in facts] == [20.0, 40.0, 0.3]


def test_a_fraction_of_a_second_is_no_share(rules):
    facts = _units("Гонщик проиграл две десятых секунды.", rules)
    assert all(unit != "percent" for _, _, unit in facts)


def test_a_comma_list_of_three_numbers_states_its_unit_once(rules):
    facts = _units("Участки выделяли по 2, 6, 15 гектаров на семью.", rules)
    assert [unit for _, _, unit in facts] == ["ha", "ha", "ha"]
    facts = _units("Доля выросла в 5, 10% регионов.", rules)
    assert facts[0][2] is None  # two numbers and a comma: no list
