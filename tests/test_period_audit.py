"""Periods found wrong in an audit of unannotated news (RT economics articles): sentences written
for these tests, not taken from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from migextract.context import reference_year
from migextract.pipeline import extract_text

from .test_period_rules import _figure, _period


@pytest.mark.parametrize("text, quote, period", [
    # "с января до конца сентября": a span of months, as "с января по сентябрь"
    ("В 2017 году цены росли. С января до конца сентября масло подорожало на 4%.", "4%",
     (date(2017, 1, 1), date(2017, 9, 30))),
    # "с начала года (и) до конца марта": from January
    ("В 2017 году цены росли. С начала года и до конца марта цены выросли на 8%.", "8%",
     (date(2017, 1, 1), date(2017, 3, 31))),
    # "с конца сентября до конца декабря": from the first point to the second
    ("В 2016 году цены росли. С конца сентября до конца декабря молоко подорожало на 18,4%.",
     "18,4%", (date(2016, 9, 30), date(2016, 12, 31))),
])
def test_span_of_months_to_the_end_of_a_month(rules, text, quote, period):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == period


def test_level_reached_at_the_end_of_a_span_of_months(rules):
    text = "В 2017 году цены росли. С января до конца сентября сало подорожало на 15%, до 60 гривен."
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "15%")) == (date(2017, 1, 1), date(2017, 9, 30))
    assert _period(_figure(facts, "60 гривен")) == (date(2017, 9, 30), date(2017, 9, 30))


def test_year_of_an_utterance_does_not_date_the_figures_after_it(rules):
    text = ("На 1 января 2017 года в стране было 1,5 млн многодетных семей.\n"
            "В 2012 году президент сказал, что ориентиром должна стать многодетная семья. "
            "Поддержку таких семей нужно увеличить в пять раз.")
    facts = extract_text(text, date="2017-05-01", rules=rules).facts
    assert _period(_figure(facts, "в пять раз")) != (date(2012, 1, 1), date(2012, 12, 31))


@pytest.mark.parametrize("text, quote", [
    # "с марта 2016 года …": the month a change runs from (an onset), not the whole year 2016
    ("В 2017 году торги оживились. С марта 2016 года стоимость угля взлетела на 30%.", "30%"),
    ("Цены с января 2017 года выросли на 12%.", "12%"),
])
def test_month_after_since_is_an_onset(rules, text, quote):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == (None, None)


def test_month_after_since_still_opens_a_span_of_months(rules):
    facts = extract_text("В 2017 году цены выросли. С марта по май 2017 года хлеб подорожал на 3%.",
                         rules=rules).facts
    assert _period(_figure(facts, "3%")) == (date(2017, 3, 1), date(2017, 5, 31))


@pytest.mark.parametrize("text, quote, period", [
    # "N лет назад", "год назад": back from the time of writing, not from the period said last
    ("В 2014 году доллар стоил 97 кванз, а в 2017-м — уже 166. Три года назад за доллар давали "
     "162 найры, в этом году курс взлетел до 359.", "162 найры",
     (date(2014, 1, 1), date(2014, 12, 31))),
    ("К 2016 году страна вошла в тройку лидеров. По данным Евростата, год назад рост ВВП "
     "составил 5,2%.", "5,2%", (date(2016, 1, 1), date(2016, 12, 31))),
    # a period in force in the text's own year keeps its months
    ("В октябре 2017 года о задержках зарплат говорили 12% опрошенных. Шесть лет назад о них "
     "говорили 9% респондентов.", "9%", (date(2011, 10, 1), date(2011, 10, 31))),
])
def test_years_ago_count_back_from_the_time_of_writing(rules, text, quote, period):
    facts = extract_text(text, date="2017-11-20", rules=rules).facts
    assert _period(_figure(facts, quote)) == period


def test_years_ago_in_a_text_without_a_date(rules):
    text = ("В 2016 году долг вырос. Сейчас госдолг регионов составляет 2,1 трлн рублей, при этом "
            "ещё пять лет назад он составлял 1,2 трлн рублей.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "2,1 трлн рублей")) == (None, None)
    assert _period(_figure(facts, "1,2 трлн рублей")) == (date(2012, 1, 1), date(2012, 12, 31))


def test_figure_alone_in_brackets_restates_the_one_before(rules):
    text = ("Если в 2014 году жилец платил за тепло 300 грн. ($11) в месяц, то сейчас — почти "
            "2 тыс. грн. ($75).")
    facts = extract_text(text, date="2017-11-20", rules=rules).facts
    assert _period(_figure(facts, "$11")) == (date(2014, 1, 1), date(2014, 12, 31))
    assert _period(_figure(facts, "$75")) == (None, None)


def test_over_a_year_without_a_year_ends_the_period_in_force(rules):
    text = ("В марте 2017 года за чертой бедности жили 60% населения.\n"
            "За год число желающих уехать выросло на 5%. По данным исследования, 64% из них хотят "
            "улучшить условия жизни.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "60%")) == (date(2017, 3, 1), date(2017, 3, 31))
    assert _period(_figure(facts, "5%")) == (None, None)
    assert _period(_figure(facts, "64%")) == (None, None)


def test_day_without_its_year_after_a_day_with_one_is_of_that_year(rules):
    text = ("С января до конца сентября хлеб подорожал на 5%. По данным биржи, 18 января 2017 года "
            "бензин стоил 23,2 гривны за литр, а 18 октября — уже 25,9 гривны. За тот же период "
            "дизель подорожал до 24,1 гривны.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "23,2 гривны")) == (date(2017, 1, 18), date(2017, 1, 18))
    assert _period(_figure(facts, "25,9 гривны")) == (date(2017, 10, 18), date(2017, 10, 18))
    # the series of days ends the span said before it
    assert _period(_figure(facts, "24,1 гривны")) != (date(2017, 9, 30), date(2017, 9, 30))


def test_day_without_a_year_alone_is_still_an_event(rules):
    facts = extract_text("Национальный банк 26 января повысил ставку с 14,5% до 16%.",
                         rules=rules).facts
    assert _period(_figure(facts, "16%")) == (None, None)


@pytest.mark.parametrize("text, year", [
    # a text without a date that names its only year as the term of a plan is of the year before
    ("Министр рассказывал депутатам о бюджете на 2018 год. В следующем году доходы должны "
     "вырасти на 14%.", 2017),
    # a year named otherwise too is still the text's year
    ("В 2018 году доходы выросли. Министр рассказывал депутатам о бюджете на 2018 год.", 2019),
])
def test_year_named_only_as_a_plan_term(rules, text, year):
    assert reference_year(None, text, rules.periods, rules.context.speech) == year


def test_next_year_of_a_budget_text_without_a_date(rules):
    text = ("Министр рассказывал депутатам о бюджете на 2018 год. В следующем году доходы должны "
            "вырасти на 14%.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "14%")) == (date(2018, 1, 1), date(2018, 12, 31))


@pytest.mark.parametrize("text", [
    "В докладе Росстата за 2017 год говорится, что безработица снизилась. Ее уровень составил 5,2%.",
    "Росстат сообщил итоги 2017 года. Уровень безработицы составил 5,2%.",
])
def test_period_of_data_told_still_carries(rules, text):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "5,2%")) == (date(2017, 1, 1), date(2017, 12, 31))


def test_level_in_brackets_after_a_change_keeps_its_own_date(rules):
    facts = extract_text("С 2012 по 2017 год зарплата выросла на 65,6% (до 56,4 тыс. рублей).",
                         rules=rules).facts
    assert _period(_figure(facts, "56,4 тыс. рублей")) == (date(2017, 1, 1), date(2017, 12, 31))
