"""The year of a text without a date (branch dating): the year fewest of its clauses contradict,
comparison bases and onsets read as such, a horizon already reached, a verb of expectation.
The sentences are ours."""
from __future__ import annotations

import pytest

from migextract.context import reference_year


@pytest.mark.parametrize("text, year", [
    # a stray clause (a forecast for a year that is over, in the future tense) does not outweigh
    # the past-tense clauses: the text is of the year after the results it reports
    ("В 2017 году экономика вошла в стадию роста. Во второй половине 2017 года цена нефти "
     "превысила $60. Рост ВВП по итогам 2017 года составит 2%, а в 2018 году — 1,7%.", 2018),
    # "по сравнению с 2017 годом" is the base of a comparison, not the time of its clause
    ("В январе 2018 года цена нефти превысила $70. Потребление в 2018 году вырастет на 1,6 млн "
     "баррелей в сутки по сравнению с 2017 годом.", 2018),
    # "после февраля 2016 года … не могут" is an onset that still holds, not the text's year;
    # "к концу 2017 года переселились" is a horizon already reached
    ("После февраля 2016 года переселенцы не могут получить разрешение. К концу 2017 года в "
     "Россию переселились более 700 тыс. человек.", 2018),
    # "в 2018 году не исключает" speaks of the future, like a verb of plan
    ("В 2018 году глава ЦБ не исключает снижения ставки до 7%. В августе 2017 года цены "
     "снизились на 0,5%.", 2017),
    # a horizon inside a clause with another year is the term of a plan, not a reached date
    ("В 2012 году правительство заложило в программу создание к 2020 году 25 млн рабочих мест.",
     2013),
])
def test_year_of_an_undated_text(rules, text, year):
    assert reference_year(None, text, rules.periods, rules.context.speech) == year


def test_no_year_when_the_text_names_none(rules):
    assert reference_year(None, "Сейчас в городе живут 40 тыс. человек.", rules.periods,
                          rules.context.speech) is None
