"""Periods of bracketed conversions and of forecast horizons counted in years or months
(docs/annotation.md §3, §6.1, §6.12): sentences written for these tests, not taken from the
corpus."""

from __future__ import annotations

from datetime import date

import pytest

from migextract.pipeline import extract_text

from .test_period_rules import _figure, _period


@pytest.mark.parametrize("text, quote, period", [
    # the dollars restate the rise over the span, not the level reached at its end
    ("С 8 сентября по 14 ноября дизельное топливо подорожало на 3,15 грн. ($0,12) — до "
     "25,40 грн. за литр ($0,96).", "$0,12", (date(2017, 9, 8), date(2017, 11, 14))),
    ("С 8 сентября по 14 ноября дизельное топливо подорожало на 3,15 грн. ($0,12) — до "
     "25,40 грн. за литр ($0,96).", "$0,96", None),
    # a point date: the conversion of the level is at the same point
    ("К 1 октября 2017 года средняя пенсия выросла на 150 руб. ($2,6), до 13,6 тыс. руб.",
     "$2,6", None),
])
def test_conversion_in_brackets_takes_the_period_of_its_figure(rules, text, quote, period):
    facts = extract_text(text, rules=rules, date="2017-11-20").facts
    main_quote = {"$0,12": "3,15 грн.", "$0,96": "25,40 грн.", "$2,6": "150 руб."}[quote]
    assert _period(_figure(facts, quote)) == _period(_figure(facts, main_quote))
    if period is not None:
        assert _period(_figure(facts, quote)) == period


@pytest.mark.parametrize("text, quote", [
    ("В 2019 году в страну въехали 2 млн человек. Аналитики ждут, что поток вырастет до "
     "5 млн человек в ближайшие 20 лет.", "5 млн человек"),
    ("По прогнозу на 2018 год экономика вырастет на 1,5%, а за предстоящие шесть лет рост "
     "должен составлять 4,1% в год.", "4,1%"),
    ("В 2020 году на программу потратили 3 млрд рублей. На следующие 5–7 лет на неё заложено "
     "40 млрд рублей.", "40 млрд рублей"),
    ("В 2021 году зарплаты выросли на 8%. В течение ближайших трёх лет они вырастут ещё на 12%.",
     "12%"),
])
def test_horizon_counted_from_an_unknown_day_has_no_period(rules, text, quote):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == (None, None)


def test_next_year_is_no_horizon(rules):
    """'на следующий год' names one calendar year, resolved from the document date."""
    facts = extract_text("На следующий год бюджет заложил 5 млрд рублей на переселение.",
                         rules=rules, date="2018-10-01").facts
    assert _period(_figure(facts, "5 млрд рублей")) == (date(2019, 1, 1), date(2019, 12, 31))


@pytest.mark.parametrize("text, quote", [
    # a forecast after a figure of a past year: the year does not carry onto it (§6.1)
    ("В 2015 году крупнейшее размещение акций принесло $21 млрд. Новое размещение будет "
     "стоить $60 млрд, что втрое превышает прежний рекорд.", "$60 млрд"),
    ("В 2016 году пособие составляло 40 рублей. Со следующего месяца его поднимут до "
     "60 рублей.", "60 рублей"),
])
def test_a_past_year_does_not_carry_onto_a_forecast(rules, text, quote):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == (None, None)


def test_this_year_carries_onto_its_forecast(rules):
    """'бюджет на этот год … дефицит составит': the year is the one the forecast is for."""
    facts = extract_text("Бюджет фонда на этот год составил 90 млрд рублей. По оценке министра, "
                         "дефицит составит около 30 млрд рублей.", rules=rules,
                         date="2017-03-01").facts
    assert _period(_figure(facts, "около 30 млрд рублей")) == (date(2017, 1, 1), date(2017, 12, 31))


def test_past_report_after_a_past_year_still_carries(rules):
    facts = extract_text("В 2015 году фонд выплатил 12 млрд рублей. Из них 3 млрд рублей "
                         "получили пенсионеры.", rules=rules).facts
    assert _period(_figure(facts, "3 млрд рублей")) == (date(2015, 1, 1), date(2015, 12, 31))
