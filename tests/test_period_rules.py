"""Period rules on short Russian sentences written for these tests: which period a figure gets,
and when a period stated earlier stops carrying over."""

from __future__ import annotations

from datetime import date

import pytest

from migextract.normalize import normalize_text
from migextract.periods import find_periods
from migextract.pipeline import extract_text


def _period(fact):
    return fact.context.period_start, fact.context.period_end


def _figure(facts, span):
    return next(f for f in facts if f.span == span)


@pytest.mark.parametrize("phrase, start, end", [
    ("в первой половине 2018 года", date(2018, 1, 1), date(2018, 6, 30)),
    ("во второй половине прошлого года", date(2023, 7, 1), date(2023, 12, 31)),
    ("в конце 2017", date(2017, 12, 31), date(2017, 12, 31)),
    ("на начало декабря прошлого года", date(2023, 12, 1), date(2023, 12, 1)),
    ("по итогам девяти месяцев 2018 года", date(2018, 1, 1), date(2018, 9, 30)),
    ("в декабре 2023 – январе 2024 года", date(2023, 12, 1), date(2024, 1, 31)),
    ("в конце декабря 2016 года", date(2016, 12, 31), date(2016, 12, 31)),
    ("в 2019-м", date(2019, 1, 1), date(2019, 12, 31)),
    ("в марте 2015-го", date(2015, 3, 1), date(2015, 3, 31)),
    ("в 1990-х годах", date(1990, 1, 1), date(1999, 12, 31)),
    ("в 2000-е", date(2000, 1, 1), date(2009, 12, 31)),
    ("до конца 2025 года", date(2025, 12, 31), date(2025, 12, 31)),
    ("по итогам года", date(2024, 1, 1), date(2024, 12, 31)),
    ("на октябрь 2021 года", date(2021, 10, 1), date(2021, 10, 31)),  # data as of a month
])
def test_period_phrases(rules, phrase, start, end):
    mentions = find_periods(normalize_text(phrase), rules.periods, 0, 2024, None)
    assert mentions, phrase
    assert (mentions[-1].period_start, mentions[-1].period_end) == (start, end)


def test_months_of_a_year_are_a_period_not_a_figure(rules):
    text = "По итогам шести месяцев 2021 года экспорт вырос на 12%."
    facts = extract_text(text, rules=rules).facts
    assert [f.span for f in facts] == ["12%"]
    assert _period(facts[0]) == (date(2021, 1, 1), date(2021, 6, 30))


def test_photo_credit_line_does_not_end_the_period(rules):
    text = ("В 2020 году в области родилось 9 тыс. детей.\n"
            "Reuters\n"
            "Смертность превысила 11 тыс. человек.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "11 тыс. человек")) == (date(2020, 1, 1), date(2020, 12, 31))


def test_section_heading_ends_the_period(rules):
    text = ("В 2020 году в области родилось 9 тыс. детей.\n"
            "Жилищное строительство\n"
            "Введено 300 тыс. кв. м жилья.")
    facts = extract_text(text, rules=rules).facts
    assert _period(facts[-1]) == (None, None)


def test_now_has_no_period_and_ends_the_carried_one(rules):
    text = ("В 2019 году средняя зарплата составила 40 тыс. рублей. "
            "Сейчас ставка по вкладам держится на уровне 6%. "
            "Банки ждут её снижения на 0,5 процентного пункта.")
    facts = extract_text(text, rules=rules).facts
    assert _period(facts[0]) == (date(2019, 1, 1), date(2019, 12, 31))
    assert _period(_figure(facts, "6%")) == (None, None)
    assert _period(facts[-1]) == (None, None)


def test_last_week_without_a_document_date_has_no_period(rules):
    text = ("В 2019 году в город переехали 12 тыс. человек. "
            "За прошлую неделю цены на овощи упали на 3%.")
    facts = extract_text(text, rules=rules).facts
    assert _period(facts[-1]) == (None, None)


def test_a_year_earlier_shifts_the_period_in_force_for_its_own_sentence(rules):
    text = ("На 1 мая 2021 года на учете состояли 310 тыс. безработных, тогда как годом ранее "
            "их было 420 тыс. Из них 150 тыс. получают пособие.")
    facts = extract_text(text, rules=rules).facts
    may = (date(2021, 5, 1), date(2021, 5, 1))
    assert _period(facts[0]) == may
    assert _period(_figure(facts, "420 тыс.")) == (date(2020, 5, 1), date(2020, 5, 1))
    assert _period(facts[-1]) == may


def test_a_total_over_yearly_parts_is_for_all_their_years(rules):
    text = ("Объем финансирования подпрограммы составит 600 тыс. рублей , в том числе по годам :\n"
            "2021 год - 200 тыс. рублей ;\n"
            "2022 год - 150 тыс. рублей ;\n"
            "2023 год - 250 тыс. рублей .\n"
            "Всего - 600 тыс. рублей ( областной бюджет 400 тыс. рублей , местный бюджет "
            "200 тыс. рублей )\n")
    facts = extract_text(text, rules=rules).facts
    span = (date(2021, 1, 1), date(2023, 12, 31))
    assert _period(facts[0]) == span
    assert _period(facts[2]) == (date(2022, 1, 1), date(2022, 12, 31))
    restated = facts[4]
    assert restated.quantity.start > facts[3].quantity.start and _period(restated) == span
    assert _period(facts[-1]) == span


def test_a_list_of_plans_is_not_dated_by_the_year_reported_before_it(rules):
    text = ("В 2022 году объем инвестиций вырос на 4%.\n"
            "Планируется :\n"
            "- строительство склада с объемом инвестиций 80 млн рублей ;\n"
            "- открытие цеха , где будут работать 40 человек .\n")
    facts = extract_text(text, rules=rules).facts
    assert _period(facts[0]) == (date(2022, 1, 1), date(2022, 12, 31))
    assert [_period(f) for f in facts[1:]] == [(None, None), (None, None)]


def test_a_plan_word_inside_a_report_does_not_end_its_period(rules):
    text = ("На 1 марта 2022 года о сокращении 900 работников уведомили 40 компаний. "
            "Треть работников, которых предполагается сократить, переведут на другие места.")
    facts = extract_text(text, rules=rules).facts
    assert _period(facts[-1]) == (date(2022, 3, 1), date(2022, 3, 1))


def test_a_poll_is_not_dated_by_the_statistics_before_it(rules):
    text = ("В 2021 году число краж выросло на 8%. "
            "Согласно опросу социологов, 61% жителей чувствуют себя в безопасности. "
            "Еще 25% затруднились ответить.")
    facts = extract_text(text, rules=rules).facts
    assert _period(facts[0]) == (date(2021, 1, 1), date(2021, 12, 31))
    assert [_period(f) for f in facts[1:]] == [(None, None), (None, None)]


# --- units ---------------------------------------------------------------------------------

def test_a_bare_figure_counts_the_noun_of_its_subject(rules):
    text = ("Число зарегистрированных беженцев в провинции достигло 35 210. "
            "Количество выданных лицензий превысило 12 тыс.")
    facts = extract_text(text, rules=rules).facts
    assert [(f.span, f.quantity.unit, f.quantity.counted) for f in facts] == [
        ("35 210", "person", "беженец"), ("12 тыс.", "item", "лицензия")]


def test_a_subject_noun_without_a_predicate_gives_no_unit(rules):
    facts = extract_text("Количество жалоб за месяц — 17.", rules=rules).facts
    assert [f.quantity.unit for f in facts] == [None]


def test_a_month_without_its_year_dates_only_its_own_sentence(rules):
    text = ("В марте министр посетил завод, где работают 900 человек. "
            "Предприятие выпускает 40 тыс. тонн стали.")
    facts = extract_text(text, date="2021-05-10", rules=rules).facts
    assert _period(facts[0]) == (date(2021, 3, 1), date(2021, 3, 31))
    assert _period(facts[1]) == (None, None)


def test_a_month_with_its_year_carries_on(rules):
    text = ("В марте 2021 года в регион прибыли 900 человек. Выбыли 700 человек.")
    facts = extract_text(text, rules=rules).facts
    assert _period(facts[1]) == (date(2021, 3, 1), date(2021, 3, 31))


def test_since_a_year_after_a_verb_of_change_is_a_base_not_a_new_period(rules):
    text = ("В 2022 году в районе родились 800 детей. "
            "Средняя зарплата выросла с 2021 года на 7% и составила 45 тыс. рублей.")
    facts = extract_text(text, rules=rules).facts
    year = (date(2022, 1, 1), date(2022, 12, 31))
    assert [_period(f) for f in facts] == [year, year, year]


def test_since_a_year_before_a_rule_change_still_ends_the_period(rules):
    text = ("В 2022 году в районе родились 800 детей. "
            "С 2023 года пособие составит 12 тыс. рублей.")
    facts = extract_text(text, rules=rules).facts
    assert _period(facts[-1]) == (None, None)


def test_the_base_of_a_comparison_is_not_the_figures_period(rules):
    text = ("Во II квартале 2023 года в область прибыли 5,2 тыс. человек, что на 8% больше, "
            "чем в I квартале 2023 года. Выбыли 4,1 тыс. человек, на 3% меньше, чем за "
            "аналогичный период прошлого года. Доходы выросли на 6% к II кварталу 2022 года.")
    facts = extract_text(text, rules=rules).facts
    q2 = (date(2023, 4, 1), date(2023, 6, 30))
    assert [(f.span, _period(f)) for f in facts] == [(f.span, q2) for f in facts]


def test_the_same_date_last_year_after_a_comparison_marker_is_a_base(rules):
    text = ("На 1 июля 2022 года на учете состояли 640 безработных. Их число снизилось по "
            "сравнению с данными на соответствующую дату прошлого года на 12%.")
    facts = extract_text(text, rules=rules).facts
    assert _period(facts[-1]) == (date(2022, 7, 1), date(2022, 7, 1))


def test_a_poll_paragraph_is_undated_before_the_word_poll(rules):
    text = ("В 2021 году число краж выросло на 8%.\n"
            "Большинство жителей (61%) чувствуют себя в безопасности. Таковы данные опроса, "
            "проведенного социологами.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "61%")) == (None, None)


def test_a_percent_sign_said_once_for_two_numbers(rules):
    facts = extract_text("Доля бедных в Тыве и на Алтае составляет 17 и 19% соответственно.",
                         rules=rules).facts
    assert [(f.span, f.quantity.unit) for f in facts] == [("17", "percent"), ("19%", "percent")]


def test_a_scale_said_once_is_shared_with_the_unit(rules):
    """"3 и 4 тыс. рублей": the bare 3 takes the unit only together with the scale (3 тыс.)."""
    facts = extract_text("Зарплата выросла с 3 и 4 тыс. рублей до 9 тыс. рублей.",
                         rules=rules).facts
    quantity = _figure(facts, "3").quantity
    assert (quantity.value, quantity.unit) == (3000, "RUB")


def test_months_of_an_activity_are_not_a_part_of_the_year(rules):
    text = ("К концу июня 2022 года биржа труда трудоустроила 300 человек. "
            "За три месяца работы программы обучение прошли 120 человек.")
    facts = extract_text(text, rules=rules).facts
    assert _period(facts[-1]) == (date(2022, 6, 30), date(2022, 6, 30))


def test_months_counted_from_the_start_of_the_year_are_a_period(rules):
    mentions = find_periods("За 9 месяцев прибыло 5 тыс. человек", rules.periods, 0, 2024, None)
    assert (mentions[0].period_start, mentions[0].period_end) == (
        date(2024, 1, 1), date(2024, 9, 30))


def test_repetitions_are_counted_items_and_a_ratio_needs_v(rules):
    facts = extract_text("Инспекторы проверили склад 12 раз, а число нарушений выросло в 3 раза.",
                         rules=rules).facts
    assert [(f.span, f.quantity.unit) for f in facts] == [("12 раз", "item"), ("в 3 раза", "times")]


def test_a_part_out_of_a_whole_counts_what_the_whole_counts(rules):
    facts = extract_text("Почти 7 из 10 выпускников нашли работу по специальности.",
                         rules=rules).facts
    assert [(f.span, f.quantity.unit) for f in facts][0] == ("Почти 7", "person")


def test_a_forecast_without_its_own_date_is_not_dated_by_the_report(rules):
    text = ("В 2022 году безработица составила 4,1%. "
            "По прогнозу министерства, она снизится до 3,9%.")
    facts = extract_text(text, rules=rules).facts
    assert _period(facts[-1]) == (None, None)


def test_a_school_year_is_not_the_calendar_year_it_starts(rules):
    assert find_periods(normalize_text("за 2022/2023 учебный год"), rules.periods, 0, 2024,
                        None) == []


def test_late_in_a_month_without_its_year_dates_an_event_not_a_statistic(rules):
    assert find_periods(normalize_text("в конце декабря в городе задержаны 35 человек"),
                        rules.periods, 0, 2024, None) == []


def test_a_fraction_before_raza_is_no_count_of_repetitions(rules):
    facts = extract_text("Рост опередил средние показатели (в 1,5 и 1,2 раза).", rules=rules).facts
    assert all(f.quantity.unit != "item" for f in facts)


def test_percent_to_a_later_year_is_a_target_not_a_base(rules):
    text = ("Программа рассчитана на 2021-2023 годы. "
            "Турпоток вырастет на 5% к 2023 году.")
    facts = extract_text(text, rules=rules).facts
    assert _period(facts[-1]) == (date(2023, 1, 1), date(2023, 12, 31))


def test_research_and_development_is_not_a_poll(rules):
    text = ("В результате реализации подпрограммы к 2025 году предполагается:\n"
            "увеличение доли инновационной продукции до 8 % ;\n"
            "повышение доли затрат на исследования и разработки до 0,4 % ВРП .\n")
    facts = extract_text(text, rules=rules).facts
    assert _period(facts[-1]) == (date(2025, 1, 1), date(2025, 12, 31))


@pytest.mark.parametrize("text", [
    "Еще одна проблема региона - нехватка врачей.",
    "С одной стороны, доходы растут, с другой - растут и цены.",
    "На одной чаше весов - бюджет, на другой - рабочие места.",
])
def test_one_in_a_figure_of_speech_is_no_figure(rules, text):
    assert extract_text(text, rules=rules).facts == ()


def test_a_bare_figure_after_brackets_is_listed_with_the_figure_before_them(rules):
    text = "Прививку получили 900 человек (в 2020 году - 750), отказались - 35."
    facts = extract_text(text, rules=rules).facts
    assert _figure(facts, "35").quantity.unit == "person"


def test_each_figure_in_brackets_takes_its_own_year(rules):
    text = ("В 2022 году выпуск снизился до 4,1% (после 6,3% в 2021 году и 2,9% в 2020 году), "
            "а доля экспорта упала до 12% (против 15% за 2021 год).")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "6,3%")) == (date(2021, 1, 1), date(2021, 12, 31))
    assert _period(_figure(facts, "2,9%")) == (date(2020, 1, 1), date(2020, 12, 31))
    assert _period(_figure(facts, "12%")) == (date(2022, 1, 1), date(2022, 12, 31))


@pytest.mark.parametrize("bracket", ["(на 7% больше 2021 года)", "(на 7% больше, чем в 2021 году)",
                                     "(103% к уровню 2021 года)"])
def test_a_base_year_in_brackets_is_not_the_figures_period(rules, bracket):
    text = f"В 2022 году на ремонт дорог направят 4 млрд рублей {bracket}."
    facts = extract_text(text, rules=rules).facts
    assert _period(facts[-1]) == (date(2022, 1, 1), date(2022, 12, 31))


def test_a_year_after_the_word_level_is_a_base(rules):
    text = "В 2020 году пенсии выросли на 6%. Они составили 93% от уровня 2015 года."
    facts = extract_text(text, rules=rules).facts
    assert _period(facts[-1]) == (date(2020, 1, 1), date(2020, 12, 31))


def test_a_year_said_as_an_ordinal_dates_its_figure(rules):
    text = "В 2021 году выручка выросла на 9% (после 4% в 2020-м и 2% в 2019-м)."
    facts = extract_text(text, rules=rules).facts
    assert [_period(f)[0].year for f in facts] == [2021, 2020, 2019]


def test_a_span_of_years_without_an_anchor_has_no_period(rules):
    text = ("В 2023 году область посетили 2 млн туристов. "
            "В течение трех лет турпоток планируют увеличить до 3 млн человек.")
    facts = extract_text(text, rules=rules).facts
    assert _period(facts[-1]) == (None, None)


def test_a_whole_year_in_force_is_not_undated(rules):
    text = "В 2023 году заключено 40 договоров. В течение года расторгнуто 3 договора."
    facts = extract_text(text, rules=rules).facts
    assert _period(facts[-1]) == (date(2023, 1, 1), date(2023, 12, 31))


def test_now_before_a_figure_wins_over_a_target_date_after_it(rules):
    text = ("В 2023 году в стране работали 800 тыс. мигрантов. На сегодняшний день их около "
            "900 тыс., а до конца года их число вырастет до 1 млн.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "около 900 тыс.")) == (None, None)
    assert _period(facts[-1]) == (date(2023, 12, 31), date(2023, 12, 31))


def test_the_day_of_an_event_without_its_year_gives_no_period(rules):
    text = ("В 2023 году цены выросли на 9%. Центробанк 14 марта повысил ставку с 12% до 13%.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "12%")) == (None, None)
    assert _period(facts[-1]) == (None, None)


def test_a_reference_day_with_na_still_dates_its_figures(rules):
    text = "В 2023 году программа продолжилась. На 1 марта в ней участвовали 300 семей."
    facts = extract_text(text, rules=rules).facts
    assert _period(facts[-1]) == (date(2023, 3, 1), date(2023, 3, 1))


def test_the_date_of_a_decree_is_not_a_period(rules):
    text = ("В 2022 году зарплаты выросли. Оклады работников, не упомянутых в указе от 2018 года, "
            "увеличены на 5%.")
    facts = extract_text(text, rules=rules).facts
    assert _period(facts[-1]) == (date(2022, 1, 1), date(2022, 12, 31))


def test_a_figure_in_brackets_after_a_base_is_the_bases(rules):
    text = ("В первом квартале 2023 года пособие получили 40 тыс. человек. Это на 5% меньше, "
            "чем за аналогичный период прошлого года (42 тыс. человек).")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "42 тыс. человек")) == (date(2022, 1, 1), date(2022, 3, 31))
    assert _period(_figure(facts, "40 тыс. человек")) == (date(2023, 1, 1), date(2023, 3, 31))


def test_a_month_after_a_years_results_is_in_the_next_year(rules):
    text = ("Безработица в феврале составила 4,1%. По итогам 2022 года она составляла 4,3%.")
    facts = extract_text(text, rules=rules).facts
    assert _period(facts[0]) == (date(2023, 2, 1), date(2023, 2, 28))


def test_a_month_in_the_clause_of_its_statistic_carries_on(rules):
    text = ("Безработица в марте составила 4,1%. Сильнее всего она выросла в Томской области, "
            "на 0,3%.")
    facts = extract_text(text, date="2023-04-20", rules=rules).facts
    assert _period(facts[-1]) == (date(2023, 3, 1), date(2023, 3, 31))


def test_a_recap_of_an_earlier_year_does_not_move_a_series_of_months(rules):
    text = ("Безработица в марте составила 4,1%. Напомним, по итогам 2022 года она составляла "
            "4,3%.\nВ апреле безработица снизилась до 4%.")
    facts = extract_text(text, rules=rules).facts
    assert _period(facts[-1]) == (date(2023, 4, 1), date(2023, 4, 30))


def test_a_month_after_a_whole_year_is_in_that_year(rules):
    text = "В 2022 году безработица выросла на 0,2%. В декабре она составила 4,3%."
    facts = extract_text(text, date="2023-03-01", rules=rules).facts
    assert _period(facts[-1]) == (date(2022, 12, 1), date(2022, 12, 31))


def test_a_line_broken_inside_its_sentence_is_no_heading(rules):
    text = ("Инфляция в январе составила 0,4%.\nВ марте \nбанк снизил ставку на 50 базисных "
            "пунктов\n — до 7%.")
    facts = extract_text(text, date="2021-04-10", rules=rules).facts
    march = (date(2021, 3, 1), date(2021, 3, 31))
    assert [_period(f) for f in facts[1:]] == [march, march]


def test_years_counted_back_from_the_year_in_force(rules):
    text = ("В 2020 году доходы упали на 2%. В целом за три года они снизились на 5%.")
    facts = extract_text(text, rules=rules).facts
    assert _period(facts[-1]) == (date(2018, 1, 1), date(2020, 12, 31))


def test_years_counted_from_an_undated_event_have_no_period(rules):
    text = "Соглашение действует давно. За два года в страну приняли 12 тыс. мигрантов."
    facts = extract_text(text, rules=rules).facts
    assert _period(facts[-1]) == (None, None)


@pytest.mark.parametrize("text", ["В 2023 году экспорт вырос на 12% к 2022 году.",
                                  "В 2023 году экспорт составил 5 млрд долларов, или 112% к 2022 году."])
def test_a_year_after_k_right_after_a_figure_is_not_its_period(rules, text):
    facts = extract_text(text, rules=rules).facts
    assert _period(facts[-1]) == (date(2023, 1, 1), date(2023, 12, 31))


def test_a_month_after_na_without_its_year_is_no_period(rules):
    facts = extract_text("Ярмарку перенесли на июнь, в ней участвуют 45 фермеров.",
                         rules=rules).facts
    assert _period(_figure(facts, "45 фермеров")) == (None, None)


@pytest.mark.parametrize("text, spans, years", [
    ("В 2021–2023 годах безработица в районе составляла 4,2, 4,0 и 3,8% соответственно.",
     ("4,2", "4,0", "3,8%"), (2021, 2022, 2023)),
    ("В 2015 и 2016 годах в край прибыли 12 и 14 тыс. человек соответственно.",
     ("12", "14 тыс. человек"), (2015, 2016)),
])
def test_respectively_gives_each_figure_its_year(rules, text, spans, years):
    facts = extract_text(text, rules=rules).facts
    for span, year in zip(spans, years, strict=True):
        assert _period(_figure(facts, span)) == (date(year, 1, 1), date(year, 12, 31)), span


def test_respectively_without_a_list_of_years_keeps_the_one_year(rules):
    text = "В 2010 году в Омске и Томске жили 1,1 и 0,5 млн человек соответственно."
    facts = extract_text(text, rules=rules).facts
    for span in ("1,1", "0,5 млн человек"):
        assert _period(_figure(facts, span)) == (date(2010, 1, 1), date(2010, 12, 31))


def test_the_years_of_a_respectively_list_carry_on(rules):
    text = ("В 2014–2015 годах цены росли на 11 и 13% соответственно.\n"
            "Реальные доходы упали на 4%.")
    facts = extract_text(text, date="2017-01-10", rules=rules).facts
    assert _period(_figure(facts, "4%")) == (date(2014, 1, 1), date(2015, 12, 31))


def test_a_year_earlier_after_than_is_the_comparison_base(rules):
    text = ("В 2019 году в область переехали 8 тыс. человек.\n"
            "Это на 15% больше, чем годом ранее.")
    fact = _figure(extract_text(text, rules=rules).facts, "15%")
    assert _period(fact) == (date(2019, 1, 1), date(2019, 12, 31))
    assert fact.context.comparison == "2018 год"


def test_a_year_earlier_without_than_is_the_figures_period(rules):
    text = "В 2019 году в область переехали 8 тыс. человек, годом ранее - 7 тыс."
    fact = _figure(extract_text(text, rules=rules).facts, "7 тыс.")
    assert _period(fact) == (date(2018, 1, 1), date(2018, 12, 31))
    assert fact.context.comparison is None


def test_a_year_after_than_is_the_comparison(rules):
    text = "В 2019 году вклады выросли на 9%, это больше, чем в 2017 году."
    fact = _figure(extract_text(text, rules=rules).facts, "9%")
    assert _period(fact) == (date(2019, 1, 1), date(2019, 12, 31))
    assert fact.context.comparison == "2017 год"


@pytest.mark.parametrize("phrase, found", [
    ("в этом году", True), ("прошлого года", True), ("в прошлые годы", False),
    ("за эти годы", False), ("в следующие годы", False),
])
def test_a_relative_year_is_one_year_not_several(rules, phrase, found):
    mentions = find_periods(normalize_text(phrase), rules.periods, 0, 2024, None)
    assert bool([m for m in mentions if m.period_start is not None]) is found
