"""Period carry-over across paragraphs (branch period7, annotation §6.1): a span that ended
before the year of the text is not the period of a present-tense sentence of a later paragraph,
whatever the tense it was stated in; a point date stated in the present goes on.
The sentences are ours."""
from __future__ import annotations

from datetime import date

from migextract.pipeline import extract_text

from .test_period_rules import _figure, _period


def test_ended_year_stated_in_present_does_not_reach_a_later_present_paragraph(rules):
    text = ("Обзор рынка опубликован в марте. Экспорт угля в 2017 году составляет 1400 млн т.\n"
            "По оценке экспертов, почти 80% экспорта обеспечивают пять стран.")
    facts = extract_text(text, date="2018-03-20", rules=rules).facts
    assert _period(_figure(facts, "1400 млн т.")) == (date(2017, 1, 1), date(2017, 12, 31))
    assert _period(_figure(facts, "почти 80%")) == (None, None)


def test_ended_year_goes_on_in_its_own_paragraph(rules):
    text = ("Экспорт угля в 2017 году составляет 1400 млн т. Почти 80% экспорта обеспечивают "
            "пять стран.")
    facts = extract_text(text, date="2018-03-20", rules=rules).facts
    assert _period(_figure(facts, "Почти 80%")) == (date(2017, 1, 1), date(2017, 12, 31))


def test_ended_year_goes_on_into_a_past_paragraph(rules):
    text = ("В 2017 году экспорт угля составляет 1400 млн т.\n"
            "Почти 80% экспорта обеспечили пять стран.")
    facts = extract_text(text, date="2018-03-20", rules=rules).facts
    assert _period(_figure(facts, "Почти 80%")) == (date(2017, 1, 1), date(2017, 12, 31))


def test_point_date_stated_in_present_goes_on(rules):
    text = ("На 1 января 2017 года в стране насчитывается 1,2 млн многодетных семей.\n"
            "Пятерых детей воспитывают 95 тыс. семей.")
    facts = extract_text(text, date="2018-03-20", rules=rules).facts
    assert _period(_figure(facts, "95 тыс. семей")) == (date(2017, 1, 1), date(2017, 1, 1))


def test_ended_year_goes_on_into_a_present_paragraph_that_refers_back(rules):
    text = ("Экспорт угля в 2017 году составляет 1400 млн т.\n"
            "Его доля в мировой добыче достигает 16%.")
    facts = extract_text(text, date="2018-03-20", rules=rules).facts
    assert _period(_figure(facts, "16%")) == (date(2017, 1, 1), date(2017, 12, 31))
