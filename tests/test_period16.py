"""Period rules of the audit pass period16 (unseen TASS news): a year that dates a person or a
thing ("ребенок 2017 года рождения", "автомобиль 2014 года выпуска") is no period; a figure
of a lead followed by the horizon of a later clause's plan ("…, к 2050 году они могут вырасти
до …") does not take that horizon (annotation §6.27); "с 2015 года до марта 2018 года" is a
span; a month, a quarter or months without a year, reported in the past, that end after the
month of writing are of the year before ("15 января. … В декабре …"). The sentences are ours."""
from __future__ import annotations

from datetime import date

import pytest

from migextract.pipeline import extract_text

from .conftest import facts_of, figure_by_span
from .test_period_rules import _period

NONE = (None, None)


def _period_of(rules, text: str, span: str):
    return _period(figure_by_span(facts_of(rules, text), span))


# a year that dates a person or a thing ---------------------------------------------------------

@pytest.mark.parametrize("text, span", [
    ("ТАСС, 8 января. Из-под обломков спасли семь человек, двое госпитализированы, в том числе "
     "ребенок 2016 года рождения.", "двое"),
    ("На стоянке сгорели три автомобиля, один из них 2012 года выпуска.", "три автомобиля"),
    ("В аварийном доме 1958 года постройки проживают 120 человек.", "120 человек"),
])
def test_a_year_of_birth_or_making_is_no_period(rules, text, span):
    assert _period_of(rules, text, span) == NONE


# a lead figure before the horizon of a later clause's plan -------------------------------------

def test_a_lead_figure_does_not_take_a_later_clauses_horizon(rules):
    text = ("Министерство оценило объем вложений в проекты региона в 4,2 трлн рублей, к 2040 году "
            "они могут вырасти до 9,8 трлн рублей, сообщил министр.")
    assert _period_of(rules, text, "4,2 трлн рублей") == NONE
    assert _period_of(rules, text, "9,8 трлн рублей") == (date(2040, 1, 1), date(2040, 12, 31))


# a span "с … до …" that ends at a year or a month of a later year -------------------------------

@pytest.mark.parametrize("text, span, expected", [
    ("С 2015 года до марта 2018 года в область переехали 12 тыс. человек.", "12 тыс. человек",
     (date(2015, 1, 1), date(2018, 3, 31))),
    ("С января 2016 года до марта 2018 года в город вернулись 3 тыс. жителей.", "3 тыс. жителей",
     (date(2016, 1, 1), date(2018, 3, 31))),
    ("С 2014 до 2017 года население района сократилось на 8%.", "8%",
     (date(2014, 1, 1), date(2017, 12, 31))),
])
def test_a_span_up_to_a_later_year_or_month(rules, text, span, expected):
    assert _period_of(rules, text, span) == expected


# a month or a quarter reported in the past that ends after the text's own month -----------------

@pytest.mark.parametrize("text, day, span, expected", [
    ("МОСКВА, 15 января. /ТАСС/. В декабре в регион приехали 1,2 тыс. мигрантов.", "2019-01-15",
     "1,2 тыс. мигрантов", (date(2018, 12, 1), date(2018, 12, 31))),
    ("ОМСК, 20 февраля. /ТАСС/. В ноябре безработица в области составила 4,8%, сообщили в "
     "ведомстве.", "2019-02-20", "4,8%", (date(2018, 11, 1), date(2018, 11, 30))),
    ("КАЗАНЬ, 12 февраля. /ТАСС/. В январе - ноябре в республику переехали 9,4 тыс. человек.",
     "2019-02-12", "9,4 тыс. человек", (date(2018, 1, 1), date(2018, 11, 30))),
    ("КАЗАНЬ, 12 февраля. /ТАСС/. В четвертом квартале из республики выехали 2,1 тыс. человек.",
     "2019-02-12", "2,1 тыс. человек", (date(2018, 10, 1), date(2018, 12, 31))),
])
def test_a_past_month_after_the_month_of_writing_is_of_the_year_before(rules, text, day, span,
                                                                        expected):
    facts = extract_text(text, date=day, rules=rules).facts
    assert _period(figure_by_span(facts, span)) == expected
