"""grammar19 (lead's audit of 12 RT articles, and period15's report): a cardinal in the genitive
or dative after a preposition of time, followed by "ночи"/"дня", is a time of day ("с трёх
ночи"), not a count of nights or days; durations keep their plural ("до трёх ночей") or have no
preposition ("три дня"). A range of decades with the suffix on the last one ("в 20—30-е годы")
is a time, not a range of amounts. Sentences written for these tests."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text


def _spans(text: str) -> list[str]:
    return [f.span for f in extract_text(text).facts]


@pytest.mark.parametrize("text", [
    "Запах держался с трёх ночи, а выбросы превысили норму в 2 раза.",
    "Магазин работает до пяти дня, выручка составила 2 раза больше.",
    "Очередь стояла с 3 ночи, в ней было 2 раза больше людей.",
    "Собрание продлилось до двух дня, пришли в 2 раза больше жителей.",
])
def test_a_time_of_day_after_a_preposition_is_no_figure(text):
    spans = _spans(text)
    assert len(spans) == 1 and spans[0].endswith("2 раза")


@pytest.mark.parametrize("text,span", [
    ("Поездка займёт до трёх ночей.", "до трёх ночей"),
    ("Туристы провели в отеле две ночи.", "две ночи"),
    ("Срок рассмотрения составит около одного дня.", "около одного дня"),
    ("Выплаты задерживают до 3 дней.", "до 3 дней"),
    ("Дождь шёл три дня.", "три дня"),
])
def test_durations_of_nights_and_days_stay_figures(text, span):
    assert span in _spans(text)


def test_an_ordinal_day_is_no_time_of_day():
    assert _spans("С третьего дня состояние улучшилось на 5%.") == ["5%"]


@pytest.mark.parametrize("text", [
    "В 20—30-е годы число рабочих выросло на 5%.",
    "В 50-60-х годах население росло на 5% в год.",
    "В 1960–1980-е годы население росло на 5% в год.",
])
def test_a_range_of_decades_is_no_figure(text):
    assert _spans(text) == ["5%"]


def test_a_range_of_thousands_with_a_case_ending_stays_a_figure():
    assert "2-3" in " ".join(_spans("Зарплата 2-3-х тысяч рублей в 90-х годах была нормой."))


@pytest.mark.parametrize(("text", "span", "low", "high", "unit"), [
    ("Зарплата 2-3-х тысяч рублей.", "2-3-х тысяч рублей", 2000, 3000, "RUB"),
    ("Штраф от 2-х до 3-х тысяч рублей.", "от 2-х до 3-х тысяч рублей", 2000, 3000, "RUB"),
    ("Их было 5-7-ми человек.", "5-7-ми человек", 5, 7, "person"),
], ids=["dash", "ot_do", "mi"])
def test_a_case_ending_on_a_range_end_keeps_its_scale_and_unit(text, span, low, high, unit):
    fact = next(f for f in extract_text(text).facts if f.span == span)
    q = fact.quantity
    assert (q.value_min, q.value_max, q.unit) == (low, high, unit)
