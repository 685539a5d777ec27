"""Period rules of the audit pass period12 (ODS Interfax and Izvestia dumps, dev misses): a year in
the genitive at the end of a person's title ("чемпион мира по борьбе 2014 года") is no period of
the sentence's figures; a bare "за аналогичный период", with no year after it and no comparison
before it, is the period in force itself, not the same period a year back. The sentences are
ours."""
from __future__ import annotations

from datetime import date

import pytest

from migextract.ruleload import RuleError
from migextract.rules import load_rules

from .conftest import broken_rules, facts_of, figure_by_span
from .test_period_rules import _period

NONE = (None, None)
YEAR_2014 = (date(2014, 1, 1), date(2014, 12, 31))
YEAR_2013 = (date(2013, 1, 1), date(2013, 12, 31))


# --- a year that ends a person's title --------------------------------------------------------

@pytest.mark.parametrize(("text", "span"), [
    ("Чемпион мира по греко-римской борьбе 2014 года дисквалифицирован на четыре года.",
     "четыре года"),
    ("Призёр Олимпиады 2016 года получил штраф в 300 тыс. рублей.", "300 тыс. рублей"),
    ("Лауреат премии 2019 года передал фонду 2 млн рублей.", "2 млн рублей"),
    ("Победительница конкурса красоты 2018 года получила 500 тыс. рублей.", "500 тыс. рублей"),
])
def test_a_year_of_a_title_is_no_period(rules, text, span):
    figure = figure_by_span(facts_of(rules, text), span)
    assert _period(figure) == NONE
    assert "ctx.period_in_sentence" not in figure.context.rules


def test_a_year_of_a_title_leaves_the_carried_period(rules):
    facts = facts_of(rules, "В 2013 году федерация получила 40 млн рублей. "
                          "Чемпион мира 2010 года получил из них 3 млн рублей.")
    assert _period(figure_by_span(facts, "40 млн рублей")) == YEAR_2013
    assert _period(figure_by_span(facts, "3 млн рублей")) == YEAR_2013


@pytest.mark.parametrize(("text", "span", "period"), [
    # a year in another case after a title is a period of its own
    ("Чемпион мира в 2014 году получил 3 млн рублей.", "3 млн рублей", YEAR_2014),
    # a year after a noun that is no title
    ("Доходы бюджета 2014 года составили 3 млрд рублей.", "3 млрд рублей", YEAR_2014),
    # a time word between the title and the year: the year dates the figure
    ("Победители получат по 100 тыс. рублей до конца 2014 года.", "100 тыс. рублей",
     (date(2014, 12, 31), date(2014, 12, 31))),
])
def test_a_year_not_of_a_title_still_dates(rules, text, span, period):
    assert _period(figure_by_span(facts_of(rules, text), span)) == period


def test_titled_year_is_validated(tmp_path):
    rules_dir, lines = broken_rules(tmp_path, "periods.yaml", "titled_year: '(?<!",
                                    "titled_year: '((?<!")
    line = next(n for n, s in enumerate(lines, 1) if s.startswith("titled_year:"))
    with pytest.raises(RuleError) as err:
        load_rules(rules_dir)
    assert f"periods.yaml:{line}" in str(err.value) and "titled_year" in str(err.value)


# --- "за аналогичный период" with no year after it ---------------------------------------------

def test_a_bare_same_period_is_the_period_in_force(rules):
    facts = facts_of(rules, "По данным за 2014 год, социальные расходы Литвы составили 14,7% ВВП. "
                          "В среднем по Евросоюзу эти расходы составили за аналогичный период "
                          "28,7% ВВП.")
    assert _period(figure_by_span(facts, "14,7%")) == YEAR_2014
    assert _period(figure_by_span(facts, "28,7%")) == YEAR_2014


def test_a_same_period_of_a_named_year_is_that_year(rules):
    facts = facts_of(rules, "В 2014 году экспорт составил 5 млрд долларов. За аналогичный период "
                          "прошлого года он составил 4 млрд долларов.")
    assert _period(figure_by_span(facts, "4 млрд долларов")) == YEAR_2013


def test_a_bare_same_period_after_a_comparison_is_a_year_back(rules):
    facts = facts_of(rules, "В 2014 году экспорт вырос на 5% по сравнению с аналогичным периодом.")
    figure = figure_by_span(facts, "5%")
    assert _period(figure) == YEAR_2014  # the base is not taken for the period in force
    assert figure.context.comparison == "аналогичный период"


# --- a span of years without "годы" --------------------------------------------------------------

@pytest.mark.parametrize(("text", "span", "period"), [
    ("В 2015–2016 число браков выросло на 5%.", "5%", (date(2015, 1, 1), date(2016, 12, 31))),
    ("За 2010-2015 население сократилось на 3 тыс. человек.", "3 тыс. человек",
     (date(2010, 1, 1), date(2015, 12, 31))),
    # with "гг." as before
    ("В 2015-2016 гг. население сократилось на 3 тыс. человек.", "3 тыс. человек",
     (date(2015, 1, 1), date(2016, 12, 31))),
    # a year's label is still one year
    ("Данные по годам: 2017 - 5 млн человек, 2018 - 7 млн человек.", "7 млн человек",
     (date(2018, 1, 1), date(2018, 12, 31))),
    # a school year gives no period (annotation §6.12), nor its first year alone
    ("В 2017-2018 учебном году в школы пришли 5 тыс. детей.", "5 тыс. детей", NONE),
])
def test_a_bare_span_of_years(rules, text, span, period):
    figure = figure_by_span(facts_of(rules, text), span)
    assert _period(figure) == period


# --- a December dateline: the year reported in the past may be the year of writing ----------------

_LATE = ("САНКТ-ПЕТЕРБУРГ, 28 декабря. /ТАСС/. По данным на 25 декабря о сокращении 900 работников "
         "уведомили 70 организаций. В целом за 2018 год были уволены почти 29,7 тыс. человек. "
         "В 2019 году планируется обучить свыше 3 тыс. безработных.")
DECEMBER_25_2018 = (date(2018, 12, 25), date(2018, 12, 25))


def test_a_december_dateline_dates_the_year_reported(rules):
    facts = facts_of(rules, _LATE)
    assert _period(figure_by_span(facts, "900 работников")) == DECEMBER_25_2018
    assert _period(figure_by_span(facts, "почти 29,7 тыс. человек")) == (date(2018, 1, 1), date(2018, 12, 31))


@pytest.mark.parametrize("dateline", [
    "САНКТ-ПЕТЕРБУРГ, 28 февраля. /ТАСС/.",  # not December: the results are of a past year
    "28 декабря.",  # no dateline of an agency
])
def test_other_openings_keep_the_year_after(rules, dateline):
    text = _LATE.replace("САНКТ-ПЕТЕРБУРГ, 28 декабря. /ТАСС/.", dateline) \
        .replace("25 декабря", "25 февраля")
    facts = facts_of(rules, text)
    assert _period(figure_by_span(facts, "900 работников")) == (date(2019, 2, 25), date(2019, 2, 25))


def test_a_december_dateline_with_a_plan_of_a_year_later(rules):
    # the past year and the plan's year leave room for the year between: it stays as it was
    text = ("ПЕРМЬ, 17 декабря. /ТАСС/. Центр откроют в 2019 году. В 2017 году в бюджет поступило "
            "358 млн рублей. По данным на 1 мая текущего года в крае находится 27 тыс. мигрантов.")
    facts = facts_of(rules, text)
    assert _period(figure_by_span(facts, "27 тыс. мигрантов")) == (date(2018, 5, 1), date(2018, 5, 1))


# --- "к концу <года>": a change over the year is the year (annotation §6.12) ---------------------

YEAR_2015 = (date(2015, 1, 1), date(2015, 12, 31))
END_2017 = (date(2017, 12, 31), date(2017, 12, 31))


@pytest.mark.parametrize(("text", "span", "period"), [
    ("Зарплата снизится к концу 2015 года на 9,6%, а доходы на 6,3%.", "9,6%", YEAR_2015),
    ("Зарплата снизится к концу 2015 года на 9,6%, а доходы на 6,3%.", "6,3%", YEAR_2015),
    ("По прогнозу, к концу 2015 года реальные доходы сократятся на 9,6%.", "9,6%", YEAR_2015),
    # a level reached by the end of the year is its last day
    ("К концу 2017 года инфляция снизилась до 4%.", "4%", END_2017),
    # a level compared with another, with no verb of change: the point
    ("На конец 2017 года расходы оставались на 10–12% ниже своих максимумов.", "10–12%", END_2017),
    # the change of a stock is dated by the later point (annotation §6.5 b)
    ("На конец 2017 года долг вырос в 2 раза.", "в 2 раза", END_2017),
])
def test_a_change_by_the_end_of_a_year(rules, text, span, period):
    assert _period(figure_by_span(facts_of(rules, text), span)) == period


def test_change_lemmas_are_a_list(tmp_path):
    rules_dir, lines = broken_rules(tmp_path, "periods.yaml", "change_lemmas: [", "change_lemmas: {")
    with pytest.raises(RuleError) as err:
        load_rules(rules_dir)
    assert "periods.yaml" in str(err.value)


# --- "до <месяца> <года>": the due date of an obligation gives no period (annotation §6.12) -------

@pytest.mark.parametrize(("text", "span", "period"), [
    ("Рабочим выплатят 153 млн рублей до января 2019 года, сообщил вице-губернатор.",
     "153 млн рублей", NONE),
    ("Долг в 5 млн рублей погасят до 1 марта 2019 года.", "5 млн рублей", NONE),
    # a horizon named by its year alone is that year
    ("Число мигрантов до 2025 года вырастет на 10%.", "10%",
     (date(2025, 1, 1), date(2025, 12, 31))),
    # in the past tense, the year as before
    ("Цены выросли на 5% до января 2019 года.", "5%", (date(2019, 1, 1), date(2019, 12, 31))),
])
def test_a_due_date(rules, text, span, period):
    assert _period(figure_by_span(facts_of(rules, text), span)) == period
