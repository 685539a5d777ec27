"""Period carry: the year a forecast or a target is to be reached by ("к 2030 году", "до 2025
года") dates the figures of its own sentence and the forecast that goes on, not the statistics
that follow (annotation §6.1). Sentences written for these tests, not taken from the corpus."""

from __future__ import annotations

from datetime import date

import pytest

from migextract.pipeline import extract_text

from .test_period_rules import _figure, _period

_2030 = (date(2030, 1, 1), date(2030, 12, 31))
_2017 = (date(2017, 1, 1), date(2017, 12, 31))


@pytest.mark.parametrize("text, quote", [
    # a target year in the future tense, then a past decision or a present fact (annotation §6.1)
    ("К 2030 году в области построят 400 тыс. кв. м жилья. Губернатор поставил задачу увеличить "
     "строительство в полтора раза.", "в полтора раза"),
    ("До 2030 года население региона вырастет до 1,2 млн человек. Сейчас в городе живут 800 тыс. "
     "человек, а в Японии люди живут в среднем 83 года.", "83 года"),
    ("К 2030 году доля мигрантов составит 10%. В Германии этот показатель в три раза выше.",
     "в три раза"),
])
def test_target_year_does_not_carry(rules, text, quote):
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, quote)) == (None, None)


def test_target_year_dates_its_own_sentence(rules):
    facts = extract_text("К 2030 году в области построят 400 тыс. кв. м жилья.", rules=rules).facts
    assert _period(_figure(facts, "400 тыс. кв. м")) == _2030


def test_level_reached_by_a_past_year_carries(rules):
    # 'к' + a year in the past tense is a level already reached; it is the period of what follows
    facts = extract_text("К 2017 году население города сократилось до 600 тыс. человек. "
                         "Число рождений упало на 12%.", rules=rules).facts
    assert _period(_figure(facts, "12%")) == _2017


def test_target_year_opening_a_list_goes_on(rules):
    # "к 2030 году предполагается:" opens a list of targets, each for that year
    facts = extract_text("В результате программы к 2030 году предполагается:\n"
                         "рост рождаемости на 10% ;\n"
                         "снижение безработицы до 3 % .\n", rules=rules).facts
    assert _period(facts[-1]) == _2030
