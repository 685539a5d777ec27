"""Reference year of an undated text (period6): evidence from a dated day in a clause without a
finite verb, from a clause whose only verb is a past verb of speech, and no evidence from the term
of a forecast or from the base year of a level."""
from __future__ import annotations

import pytest

from migextract.context import reference_year


@pytest.mark.parametrize("text, year", [
    # a dated day in a clause without a finite verb (a participle, a dateline): the day has come,
    # so the text is of that year or later ("в 2013 году писал" alone would give 2014)
    ("В 2013 году сенатор писал о климате. После выборов, прошедших 24 сентября 2017 года, "
     "число мест в парламенте составило 709.", 2017),
    ("В 2012 году бюджет вырос на 3%. Заявление опубликовано (18 сентября 2017 г.).", 2017),
    # the only verb is a verb of speech, and it is past: what was said has been said
    ("В 2011 году мост обошёлся в 40 млн долларов. Об этом говорил министр в начале 2016 года.",
     2016),
])
def test_evidence_of_a_past_day(rules, text, year):
    assert reference_year(None, text, rules.periods, rules.context.speech) == year


@pytest.mark.parametrize("text, year", [
    # "представили прогноз … по 2030 год": the term of a forecast made in the past, not an event
    # of 2030 (it would give 2031)
    ("Демографы представили прогноз численности молодёжи на период по 2030 год. В 2016 году "
     "студентов было 4,4 млн.", 2017),
    # "превысит значения 2005 года": the base of a comparison, not the time of the future verb
    # (it would give 2005)
    ("В 2016 году число подростков выросло на 2%. К 2030 году оно превысит значения 2005 года.",
     2017),
])
def test_no_evidence_from_a_forecast_or_a_base_level(rules, text, year):
    assert reference_year(None, text, rules.periods, rules.context.speech) == year


def test_a_planned_day_gives_no_lower_bound(rules):
    # a day still ahead ("предстоящих 24 сентября 2019 года") says nothing of the text's year
    text = ("В 2016 году явка составила 48%. На предстоящих 24 сентября 2019 года выборах "
            "ожидают рост.")
    assert reference_year(None, text, rules.periods, rules.context.speech) == 2017
