"""Subjects, seventh pass: a percent of GDP is an amount on the economy's scale, so "ВВП" after
it is neither the subject nor a group the percent is a share of (docs/annotation.md §4
Indicator rule 5); a level after a time span keeps its subject's own indicator, and a time span
measures no indicator (§4 Indicator rule 1). Sentences written for these tests."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text
from migextract.rules import load_rules


def _context(text: str, span: str):
    facts = extract_text(text).facts
    return next(f for f in facts if f.span == span).context


@pytest.mark.parametrize("text, span, subject", [
    # the clause's subject is what is measured on the GDP scale
    ("Государственный долг страны достиг 70% ВВП.", "70%", "государственный долг страны"),
    ("Эти расходы составили 28,7% от ВВП.", "28,7%", "расходы"),
    # an amount restated as a percent of GDP, and a percent restated as an amount
    ("Власти потратили $90 млрд, или 18% ВВП, на помощь банкам.", "18%",
     "средства, потраченные"),
    ("Госдолг вырос до 169% от ВВП, или $18 трлн.", "$18 трлн.", "госдолг"),
    ("Государственный долг Италии составляет 132% ВВП (€2,256 трлн).", "€2,256 трлн",
     "государственный долг"),
    # a bracketed percent of GDP after the noun phrase it measures
    ("Меньше всего объемы теневого сектора в Дании (9,2% ВВП), Швеции (11,1%) и Норвегии "
     "(12,4%).", "9,2%", "объёмы теневого сектора"),
    ("Расходы на оборону в прошлом году были заметно выше (2,4% валового внутреннего "
     "продукта).", "2,4%", "расходы на оборону"),
])
def test_a_percent_of_gdp_measures_the_amount_not_gdp(text, span, subject):
    assert _context(text, span).subject == subject


@pytest.mark.parametrize("text, span", [
    ("Врачи требуют поднять финансирование хотя бы до 6,5% ВВП к 2025 году.", "6,5%"),
    ("Дефицит составил 0,4% к ВВП.", "0,4%"),
])
def test_gdp_after_a_percent_is_never_the_subject(text, span):
    subject = _context(text, span).subject
    assert subject is None or "ввп" not in subject.lower()


def test_gdp_itself_measured_stays_the_subject():
    context = _context("По итогам года ВВП вырос на 2,3%.", "2,3%")
    assert context.subject == "ВВП" and context.indicator == "gdp.growth"


def test_a_share_of_a_group_is_still_a_share():
    assert _context("Услугами водопровода пользуются 64% населения.", "64%").subject \
        .startswith("доля населения")


def test_a_time_span_measures_no_indicator_and_does_not_null_the_levels_after_it():
    text = "Население посёлка за почти 25 лет сократилось с 12,1 тыс. до менее 4 тыс. человек."
    assert _context(text, "почти 25 лет").indicator is None
    assert _context(text, "12,1 тыс.").indicator == "population.total"
    assert _context(text, "менее 4 тыс. человек").indicator == "population.total"


def test_for_unit_nulls_durations_unless_the_indicator_is_in_years():
    index = load_rules().indicators
    assert index.for_unit("population.total", "year") is None
    assert index.for_unit("population.total", "person") == "population.total"
    in_years = [i.id for i in index.indicators if "year" in i.units]
    assert in_years and all(index.for_unit(i, "year") == i for i in in_years)


def test_a_change_bracketed_after_a_time_span_keeps_its_indicator():
    text = "Экспорт зерна повышался последние три года (на 25%)."
    assert _context(text, "три года").indicator is None
    assert _context(text, "25%").indicator == "trade.exports"
