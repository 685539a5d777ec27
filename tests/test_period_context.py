"""Periods of figures in texts without a date and across sentences: sentences written for these
tests (not taken from the corpus)."""

from __future__ import annotations

from datetime import date

import pytest

from migextract.context import reference_year
from migextract.pipeline import extract_text

from .test_period_rules import _figure, _period


def _year(year):
    return date(year, 1, 1), date(year, 12, 31)


@pytest.mark.parametrize("text, year", [
    # a whole year reported in the past: the text is of a later year
    ("В 2020 году в город приехали 4 тыс. человек. В прошлом году их было больше.", 2021),
    ("По итогам 2015 года выпуск упал. Завод закрыли.", 2016),
    # a month of the year reported in the past: the year is still running
    ("В конце марта 2022 года хлеб стоил 50 рублей.", 2022),
    ("В начале 2019 года в городе прошли протесты.", 2019),
    ("За первый квартал 2023 года в область прибыли 2 тыс. человек.", 2023),
    # a statistic in the present tense: that year
    ("На 1 июля 2017 года долг составляет 3 млн рублей. В 2016 году его погасили наполовину.",
     2017),
    # the future, or a plan in the present tense: no later than that year
    ("В 2014 году доходы составят 5 млрд рублей, в 2015 году - 6 млрд рублей.", 2014),
    ("Открытие школы планируется в 2026 году. В 2024 году здесь построили дорогу.", 2025),
    # nothing to read the tense from: the year named most often
    ("Программа 2011 года. Отчет за 2011 год, план на 2012 год.", 2011),
])
def test_year_of_a_text_without_a_date(rules, text, year):
    assert reference_year(None, text, rules.periods) == year


def test_document_date_comes_first(rules):
    assert reference_year(date(2030, 5, 1), "В 2020 году приехали 4 тыс. человек.",
                          rules.periods) == 2030


def test_last_year_after_a_past_year_is_that_year(rules):
    text = ("В 2020 году в область приехали 4 тыс. мигрантов, на 5% меньше, чем в 2019 году.\n"
            "Больше всего приезжих в прошлом году было из Таджикистана - 1,2 тыс. человек.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "1,2 тыс. человек")) == _year(2020)


def test_past_period_does_not_carry_onto_a_present_statement(rules):
    text = ("В 1980-е годы в поселке жили 12 тыс. человек.\n"
            "Сейчас до райцентра можно доехать за 5 часов, билет стоит 900 рублей.\n"
            "Средняя зарплата в поселке составляет 30 тыс. рублей.")
    facts = extract_text(text, date="2019-05-01", rules=rules).facts
    assert _period(_figure(facts, "12 тыс. человек")) == (date(1980, 1, 1), date(1989, 12, 31))
    assert _period(_figure(facts, "30 тыс. рублей")) == (None, None)


def test_past_period_does_not_carry_onto_a_future_figure(rules):
    text = ("В 2015 году центр принял 300 переселенцев.\n"
            "На ремонт здания центр получит 25 млн рублей.")
    facts = extract_text(text, date="2018-03-01", rules=rules).facts
    assert _period(_figure(facts, "25 млн рублей")) == (None, None)


def test_past_period_carries_onto_past_and_verbless_sentences(rules):
    text = ("В 2015 году центр принял 300 переселенцев.\n"
            "Из них 120 человек получили жилье.\n"
            "Больше всего - из Сирии: 200 человек.")
    facts = extract_text(text, date="2018-03-01", rules=rules).facts
    for span in ("120 человек", "200 человек"):
        assert _period(_figure(facts, span)) == _year(2015)


def test_period_stated_in_the_present_carries_onto_the_present(rules):
    text = ("По данным за 2016 год, каждый пятый житель области работает в торговле.\n"
            "Их доля в городах достигает 25%.")
    facts = extract_text(text, date="2018-03-01", rules=rules).facts
    assert _period(_figure(facts, "25%")) == _year(2016)


def test_current_period_carries_onto_the_present(rules):
    text = ("В 2018 году в область приехали 5 тыс. мигрантов.\n"
            "Большинство из них работает на стройках, их доля составляет 60%.")
    facts = extract_text(text, date="2018-11-01", rules=rules).facts
    assert _period(_figure(facts, "60%")) == _year(2018)


def test_a_forecast_year_does_not_carry_into_the_next_paragraph(rules):
    text = ("По оценке института, в 2030 году население области составит 1,2 млн человек. "
            "Доля пенсионеров тоже вырастет до 30%.\n"
            "Область отстает от соседей по зарплатам в 1,5 раза.")
    facts = extract_text(text, date="2020-06-01", rules=rules).facts
    assert _period(_figure(facts, "30%")) == _year(2030)
    assert _period(_figure(facts, "в 1,5 раза")) == (None, None)


def test_a_reported_year_carries_into_the_next_paragraph(rules):
    text = ("В 2019 году население области составило 1,2 млн человек.\n"
            "Доля пенсионеров достигла 30%.")
    facts = extract_text(text, date="2020-06-01", rules=rules).facts
    assert _period(_figure(facts, "30%")) == _year(2019)


def test_since_a_year_in_a_past_report_runs_to_the_last_year(rules):
    text = "С 2010 года в районе построили 12 школ, сообщил глава района."
    facts = extract_text(text, date="2019-02-10", rules=rules).facts
    assert _period(_figure(facts, "12 школ")) == (date(2010, 1, 1), date(2018, 12, 31))


@pytest.mark.parametrize("text, span", [
    ("С 2021 года налог на имущество вводится для 300 компаний.", "300 компаний"),  # a new rule
    ("С 2015 года безработица снизилась на 2%.", "2%"),  # the base of a change
])
def test_since_a_year_is_not_a_span_for_a_rule_or_a_change(rules, text, span):
    facts = extract_text(text, date="2019-02-10", rules=rules).facts
    assert _period(_figure(facts, span)) == (None, None)


def test_old_and_new_levels_over_a_span_take_its_first_and_last_year(rules):
    text = ("С 2012 по 2017 год зарплата учителей выросла на 40% до 35 тыс. рублей.\n"
            "За это время безработица снизилась с 5% до 1,2%.")
    facts = extract_text(text, date="2018-04-01", rules=rules).facts
    assert _period(_figure(facts, "40%")) == (date(2012, 1, 1), date(2017, 12, 31))
    assert _period(_figure(facts, "35 тыс. рублей")) == _year(2017)
    assert _period(_figure(facts, "5%")) == _year(2012)
    assert _period(_figure(facts, "1,2%")) == _year(2017)


def test_a_bound_over_a_span_keeps_the_span(rules):
    text = "В 2012-2017 годах зарплата в отрасли была до 35 тыс. рублей."
    facts = extract_text(text, date="2018-04-01", rules=rules).facts
    assert _period(_figure(facts, "до 35 тыс. рублей")) == (date(2012, 1, 1), date(2017, 12, 31))


def test_a_comparison_base_with_a_count_of_months_or_a_pronoun_is_not_the_period(rules):
    text = ("За январь-сентябрь 2020 года число вакансий в области выросло на 12% по сравнению "
            "с 9 месяцами 2019 года. За январь-сентябрь 2020-го по отношению к тому же периоду "
            "2019-го безработица снизилась на 3%.")
    facts = extract_text(text, date="2020-11-02", rules=rules).facts
    nine_months = (date(2020, 1, 1), date(2020, 9, 30))
    assert _period(_figure(facts, "12%")) == nine_months
    assert _figure(facts, "12%").context.comparison == "9 месяцев 2019 года"
    assert _period(_figure(facts, "3%")) == nine_months


def test_a_period_in_the_bracket_of_the_only_figure_carries_on(rules):
    text = ("Выпуск стали в стране падает (–2,1% за январь–май 2021 года), но в ряде областей "
            "он вырос. В Тульской области рост составил 4%.")
    facts = extract_text(text, date="2021-07-01", rules=rules).facts
    assert _period(_figure(facts, "4%")) == (date(2021, 1, 1), date(2021, 5, 31))


def test_an_average_duration_takes_the_period_but_an_age_does_not(rules):
    text = ("В 2018 году средняя продолжительность жизни в области составила 71,3 года. "
            "Пенсионный возраст здесь 60 лет.")
    facts = extract_text(text, date="2019-03-01", rules=rules).facts
    assert _period(_figure(facts, "71,3 года")) == _year(2018)
    assert _period(_figure(facts, "60 лет")) == (None, None)


def test_the_leads_first_figures_take_the_period_the_lead_states_after_them(rules):
    text = ("Средняя зарплата в крае впервые превысила 40 тыс. рублей.\n"
            "\"По данным статистики за пять месяцев текущего года, она выросла на 8%\", - "
            "сказал министр.")
    facts = extract_text(text, date="2019-07-10", rules=rules).facts
    five_months = (date(2019, 1, 1), date(2019, 5, 31))
    assert _period(_figure(facts, "40 тыс. рублей")) == five_months
    assert _period(_figure(facts, "8%")) == five_months
    one_sentence = "Три школы и больницу на 200 коек построят в районе в 2024 году."
    facts = extract_text(one_sentence, date="2023-12-01", rules=rules).facts
    assert _period(_figure(facts, "Три школы")) == _year(2024)


def test_a_plan_does_not_take_the_period_of_the_leads_next_sentence(rules):
    text = ("Власти города планируют открыть пять центров занятости.\n"
            "С их помощью к концу мая 2020 года планируется трудоустроить 2 тыс. человек.")
    facts = extract_text(text, date="2019-11-01", rules=rules).facts
    assert _period(_figure(facts, "пять центров")) == (None, None)


def test_a_budget_year_carries_onto_what_was_done_for_it_in_the_next_paragraph(rules):
    text = ("Депутаты приняли бюджет области. В 2021 году расходы на школы составят 3 млрд "
            "рублей.\n"
            "При доработке доходы бюджета увеличились на 1,5 млрд рублей.\n"
            "В районе должно быть построено 40 домов, на них уже выделили землю.")
    facts = extract_text(text, date="2020-12-10", rules=rules).facts
    assert _period(_figure(facts, "1,5 млрд рублей")) == _year(2021)
    assert _period(_figure(facts, "40 домов")) == (None, None)


def test_over_the_last_decades_gives_no_period(rules):
    text = ("В 2019 году в республику переехали 300 человек. За последние три десятилетия "
            "сюда вернулись около 5 тыс. семей.")
    facts = extract_text(text, date="2020-02-01", rules=rules).facts
    assert _period(_figure(facts, "около 5 тыс. семей")) == (None, None)


def test_a_reported_year_does_not_carry_onto_a_plan_in_the_next_paragraph(rules):
    text = ("В 2019 году область получила из федерального бюджета 7 млрд рублей, сообщил "
            "министр.\n"
            "Также правительство обсудит выделение 12 млрд рублей на дороги. Еще 400 млн "
            "рублей планируется направить на мосты.")
    facts = extract_text(text, date="2019-12-10", rules=rules).facts
    assert _period(_figure(facts, "7 млрд рублей")) == _year(2019)
    assert _period(_figure(facts, "12 млрд рублей")) == (None, None)
    assert _period(_figure(facts, "400 млн рублей")) == (None, None)


def test_the_term_of_a_plan_carries_onto_the_plans_figures(rules):
    text = ("Депутаты приняли бюджет на 2021 год, доходы составят 50 млрд рублей.\n"
            "На поддержку экономики будет направлено 9 млрд рублей.")
    facts = extract_text(text, date="2020-12-10", rules=rules).facts
    assert _period(_figure(facts, "9 млрд рублей")) == _year(2021)


@pytest.mark.parametrize("carried, expected", [
    ("В 2014-2016 годах цены росли на 5, 6 и 7% соответственно.", (None, None)),  # §6.5 (c)
    ("В 2015 году цены выросли на 9%.", _year(2015)),  # §6.5 (a): the year carried
])
def test_over_a_year_is_the_year_in_force_or_no_period(rules, carried, expected):
    text = carried + "\nСтавка по вкладам снизилась за год с 12 до 8%."
    facts = extract_text(text, date="2017-01-20", rules=rules).facts
    assert _period(_figure(facts, "8%")) == expected


def test_a_link_to_another_article_does_not_change_the_period(rules):
    text = ("В 2019 году в области родились 12 тыс. детей.\n"
            "Также по теме\n"
            "Другой регион отчитался о рождаемости\n"
            "За май 2018 года в соседней области родились...\n"
            "Доля третьих детей составила 20%.")
    facts = extract_text(text, date="2020-02-01", rules=rules).facts
    assert _period(_figure(facts, "20%")) == _year(2019)


def test_over_a_year_takes_the_year_in_force_beside_a_today_of_another_clause(rules):
    text = ("В 2018 году долги по зарплате в крае снизили на 300 млн рублей.\n"
            "\"Это для нас самое главное сегодня: минус 300 млн рублей за год. Это 20% от "
            "всего долга\", - сказал прокурор.")
    facts = extract_text(text, date="2019-02-12", rules=rules).facts
    assert _period(_figure(facts, "минус 300 млн рублей")) == _year(2018)
    assert _period(_figure(facts, "20%")) == _year(2018)


def test_earlier_news_does_not_take_the_period_in_force(rules):
    text = ("В 2018 году долги по зарплате в крае снизили на 300 млн рублей.\n"
            "Ранее сообщалось, что завод продал с аукциона склады на 70 млн рублей.")
    facts = extract_text(text, date="2019-02-12", rules=rules).facts
    assert _period(_figure(facts, "70 млн рублей")) == (None, None)


def test_a_change_between_two_points_spans_them_and_the_level_is_at_the_later(rules):
    text = ("С марта 2020 года по март 2021 года число приезжих врачей в области выросло на "
            "120 человек и достигло 3400 человек.\n"
            "Из них 2 тыс. работают в больницах.")
    facts = extract_text(text, date="2021-05-10", rules=rules).facts
    later = (date(2021, 3, 1), date(2021, 3, 1))
    assert _period(_figure(facts, "120 человек")) == (date(2020, 3, 1), date(2021, 3, 1))
    assert _period(_figure(facts, "3400 человек")) == later
    assert _period(_figure(facts, "2 тыс.")) == later


def test_months_of_two_years_that_differ_are_no_two_points(rules):
    text = "С января 2020 года по март 2021 года в город приехали 5 тыс. человек."
    facts = extract_text(text, date="2021-05-10", rules=rules).facts
    assert _period(_figure(facts, "5 тыс. человек")) != (date(2020, 1, 1), date(2021, 3, 1))


def test_that_year_is_the_calendar_year_of_the_period_in_force(rules):
    text = ("К концу 2019 года в край переселились 40 тыс. человек. В том году на программу "
            "выделили 300 млн рублей.")
    facts = extract_text(text, date="2020-06-01", rules=rules).facts
    assert _period(_figure(facts, "40 тыс. человек")) == (date(2019, 12, 31), date(2019, 12, 31))
    assert _period(_figure(facts, "300 млн рублей")) == _year(2019)


def test_after_a_general_statement_the_old_period_holds_only_for_the_past_tense(rules):
    text = ("В 1995 году доля приезжих среди жителей города составляла 7%.\n"
            "В городе насчитывается 300 кварталов. В 40 из них сосредоточена половина "
            "приезжих.\n"
            "В некоторых кварталах каждый третий житель - из семьи приезжих.\n"
            "Тогда в город переехали 12 тыс. человек.")
    facts = extract_text(text, date="2019-05-01", rules=rules).facts
    assert _period(_figure(facts, "7%")) == _year(1995)
    assert _period(_figure(facts, "40")) == (None, None)
    assert _period(_figure(facts, "каждый третий")) == (None, None)
    assert _period(_figure(facts, "12 тыс. человек")) == _year(1995)


def test_in_one_years_change_the_old_level_is_of_the_year_before(rules):
    text = "В 2020 году средняя стипендия в области выросла на 10%, с 5 до 5,5 тыс. рублей."
    facts = extract_text(text, date="2021-03-01", rules=rules).facts
    assert _period(_figure(facts, "10%")) == _year(2020)
    assert _period(_figure(facts, "5,5 тыс. рублей")) == _year(2020)
    assert _period(_figure(facts, "5")) == _year(2019)


def test_a_series_of_years_sets_no_period_to_carry(rules):
    text = ("В области растет безработица: в 2018 году она составила 5,1%, в 2019 году - 6,3%. "
            "Средняя зарплата в области - около 30 тыс. рублей.")
    facts = extract_text(text, date="2020-04-01", rules=rules).facts
    assert _period(_figure(facts, "5,1%")) == _year(2018)
    assert _period(_figure(facts, "6,3%")) == _year(2019)
    assert _period(_figure(facts, "около 30 тыс. рублей")) == (None, None)
