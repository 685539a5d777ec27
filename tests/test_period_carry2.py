"""Periods of the periodcarry2 pass (annotation §6.12 and §6.1). Sentences written for these
tests, not taken from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from migextract.pipeline import extract_text

from .test_period_rules import _figure, _period


@pytest.mark.parametrize("text, quote, point", [
    # "к <месяцу> <году>": the level reached by then is at the first day of that month (§6.12)
    ("К марту 2017-го число вакансий упало до 4,1 тыс.", "4,1 тыс.", date(2017, 3, 1)),
    ("Число переселенцев в край достигло 12 тыс. человек к ноябрю 2016 года.", "12 тыс. человек",
     date(2016, 11, 1)),
    ("По данным ведомства, к июню 2018 года на учет были поставлены 5200 мигрантов.",
     "5200 мигрантов", date(2018, 6, 1)),
])
def test_level_by_a_month_is_a_point(rules, text, quote, point):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == (point, point)


def test_level_by_a_month_carries_as_a_point(rules):
    facts = extract_text("К октябрю 2015 года в городе насчитывалось 340 тыс. жителей. Из них "
                         "пенсионеры составляли 30%.", rules=rules).facts
    assert _period(_figure(facts, "30%")) == (date(2015, 10, 1), date(2015, 10, 1))


def test_end_of_a_month_is_not_its_start(rules):
    # "к концу марта" stays the last day of the month (period.month_end)
    facts = extract_text("К концу марта 2017 года долг вырос до 3 млрд рублей.", rules=rules).facts
    assert _period(_figure(facts, "3 млрд рублей")) == (date(2017, 3, 31), date(2017, 3, 31))


@pytest.mark.parametrize("text, quote, period", [
    # "в ценах <года>" is the price base of a sum, not its period
    ("В 2008 году ущерб от наводнения в ценах 2016 года составил 40 млрд рублей.", "40 млрд рублей",
     (date(2008, 1, 1), date(2008, 12, 31))),
    ("Правительство обещало, что зарплата вырастет до 45 тыс. руб. в постоянных ценах 2012 года.",
     "45 тыс. руб.", (None, None)),
])
def test_year_of_prices_is_no_period(rules, text, quote, period):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == period


@pytest.mark.parametrize("text, quote, period", [
    # a part of a year named without its year, after a period with one in the same sentence
    ("Рост ВВП в четвертом квартале 2016 года составил 1,9% против 3,5% в третьем квартале.",
     "3,5%", (date(2016, 7, 1), date(2016, 9, 30))),
    ("В 2017 году выпуск упал на 2%. По мнению аналитика, к концу первого квартала 2019 года курс "
     "вернется к 60 рублям, а во второй половине года опустится до 55 рублей.", "55 рублей",
     (date(2019, 7, 1), date(2019, 12, 31))),
])
def test_part_of_year_takes_the_year_of_its_sentence(rules, text, quote, period):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == period


@pytest.mark.parametrize("text, quote", [
    # "Для сравнения: в <году> …" names a contrast period: it dates its own figures only
    ("В 2018 году клиники приняли 7 млн онлайн-пациентов. Для сравнения: в 2012 году их было "
     "344 тыс. Благодаря телемедицине число вызовов скорой сократилось на 800 тыс.",
     "800 тыс."),
    ("В 2017 году мировой ВВП составил $78 трлн. Для сравнения, в 2010 году он был равен $66 трлн. "
     "По данным банка, долг страны составляет 169% от ВВП.", "169%"),
])
def test_comparison_period_does_not_carry(rules, text, quote):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == (None, None)


def test_comparison_dates_its_own_figures(rules):
    facts = extract_text("В 2018 году клиники приняли 7 млн пациентов. Для сравнения: в 2012 году "
                         "их было 344 тыс.", rules=rules).facts
    assert _period(_figure(facts, "344 тыс.")) == (date(2012, 1, 1), date(2012, 12, 31))


def test_level_by_a_day_after_a_past_change(rules):
    # "К <дню>" in a past clause: the day a level was reached by, in the year of the text
    facts = extract_text("В 2019 году цены росли. К 20 октября литр молока подорожал до 60 рублей.",
                         rules=rules).facts
    assert _period(_figure(facts, "60 рублей")) == (date(2019, 10, 20), date(2019, 10, 20))


@pytest.mark.parametrize("text, quote", [
    # "к" + a day without its year, in a future or habitual clause: a due date, no period
    ("В 2019 году цены росли. Новый мост будет закончен к 1 мая, он обойдется в 3 млрд рублей.",
     "3 млрд рублей"),
    ("В 2019 году цены росли. «Отопление отключается ближе к 1 июня. За квартиру платят порядка "
     "6 тыс. рублей», — пояснил эксперт.", "порядка 6 тыс. рублей"),
])
def test_due_day_gives_no_period(rules, text, quote):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == (None, None)


def test_change_from_an_onset_to_a_day(rules):
    # "начал дорожать с <дня>. К <дню> … выросла на X — до Y": the change is for the span, the
    # level reached for its last day
    facts = extract_text("В конце октября 2019 года цены росли. Дизельное топливо начало дорожать с 3 "
                         "августа. "
                         "К 25 октября средняя цена литра выросла на 2,4 рубля — до 48,9 рубля.",
                         rules=rules).facts
    assert _period(_figure(facts, "2,4 рубля")) == (date(2019, 8, 3), date(2019, 10, 25))
    assert _period(_figure(facts, "48,9 рубля")) == (date(2019, 10, 25), date(2019, 10, 25))
