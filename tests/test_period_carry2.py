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
