"""A sentence's own time anchor that names no period of the text, or names one by reference
(branch period8, annotation §6.1, §6.12): the period carried from before must not take its
place. The sentences are ours."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from migextract.periods import find_periods, load_period_rules
from migextract.pipeline import extract_text

from .test_period_rules import _period

RULES = load_period_rules(Path(__file__).resolve().parent.parent / "rules" / "periods.yaml")


def _figure(facts, span: str):
    """The figure whose span is `span` or begins with it ("2,8 млн" of "2,8 млн человек")."""
    return next(f for f in sorted(facts, key=lambda f: f.span != span)
                if f.span == span or f.span.startswith(span + " "))


def _mentions(sentence: str) -> list[tuple[str, str, date | None, date | None]]:
    return [(m.text, m.kind, m.period_start, m.period_end)
            for m in find_periods(sentence, RULES, 0, 2018, None)]


# "тогда", "в те годы", "на тот момент": the time named last before it in the sentence

def test_then_takes_the_base_year_named_before_it(rules):
    text = ("В прошлом году фонд выделил на проекты $9,4 млн. Эта сумма выросла вдвое по "
            "сравнению с 2015 годом: тогда фонд направил $4,7 млн на 70 проектов.")
    facts = extract_text(text, date="2017-03-01", rules=rules).facts
    assert _period(_figure(facts, "$4,7 млн")) == (date(2015, 1, 1), date(2015, 12, 31))
    assert _period(_figure(facts, "70 проектов")) == (date(2015, 1, 1), date(2015, 12, 31))
    # the growth before "тогда" is of the year in force
    assert _period(_figure(facts, "вдвое")) == (date(2016, 1, 1), date(2016, 12, 31))


def test_then_takes_the_onset_year_named_before_it(rules):
    text = ("Население области сокращается с 1995 года, тогда в ней проживало 2,8 млн "
            "человек.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "2,8 млн")) == (date(1995, 1, 1), date(1995, 12, 31))


@pytest.mark.parametrize("sentence", [
    "Если цены вырастут на 5%, тогда доходы упадут.",  # a consequence, not a time
    "В 2016 году цены выросли на 4%, тогда как зарплаты упали на 2%.",  # whereas
    "В то время как цены выросли на 4%, зарплаты упали на 2%.",
])
def test_then_as_a_conjunction_is_no_period(sentence):
    assert not any(text.lower().startswith(("тогда", "в то время")) for text, *_ in
                   _mentions(sentence))


def test_then_with_nothing_before_it_leaves_the_carry_alone(rules):
    text = "Весной 2016 года был разрушен квартал. Тогда без крова остались 150 человек."
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "150 человек")) == (date(2016, 3, 1), date(2016, 5, 31))


# "спустя два года": that many years on from the year named before

def test_years_later_shifts_the_year_in_force(rules):
    text = ("В 2012 году партия получила в парламенте 199 мест. Однако спустя два года она "
            "нарастила число своих депутатов в Европарламенте с 3 до 24.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "24")) == (date(2014, 1, 1), date(2014, 12, 31))


def test_years_later_in_a_sentence(rules):
    assert ("спустя пять лет", "explicit", date(2015, 1, 1), date(2015, 12, 31)) in _mentions(
        "В 2010 году завод выпускал 10 тыс. машин, а спустя пять лет — 25 тыс.")


# the recent past, the life of a thing, "с тех пор": no period the text gives

@pytest.mark.parametrize("anchor", [
    "в последние три года", "в последние годы", "в последнее время", "до недавнего времени",
    "за минувшее десятилетие", "за всю историю работы", "с тех пор",
])
def test_recent_past_is_undated(anchor):
    mentions = _mentions(f"Доход на душу населения {anchor} сократился с $23 500 до $16 500.")
    assert [kind for _, kind, _, _ in mentions] == ["undated"]


def test_last_months_of_a_named_year_stay_a_period():
    assert all(kind != "undated" for _, kind, _, _ in
               _mentions("В последние месяцы 2017 года цены выросли на 3%."))


def test_recent_past_ends_the_period_carried_onto_it(rules):
    text = ("В 2015 году средний доход в Китае составил $8 100.\n"
            "В Южной Корее доход на душу населения в последние три года сократился с $23 500 "
            "до $16 500.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "$16 500")) == (None, None)
    assert _period(_figure(facts, "$23 500")) == (None, None)


def test_since_then_ends_the_month_of_the_event(rules):
    text = ("Система заработала в январе 2016 года. С тех пор через неё было получено более "
            "800 сообщений об авариях.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "более 800 сообщений")) == (None, None)


# a half of a decade is no half-year; a reminder of earlier news with a named speaker

@pytest.mark.parametrize("phrase, start, end", [
    ("Во второй половине 1940-х годов", date(1945, 1, 1), date(1949, 12, 31)),
    ("В первой половине 1990-х", date(1990, 1, 1), date(1994, 12, 31)),
])
def test_half_of_a_decade_is_five_years_not_a_half_year(phrase, start, end):
    mentions = _mentions(f"{phrase} из зоны вывезли 3 тыс. заводов.")
    assert [(s, e) for _, kind, s, e in mentions if kind == "explicit"] == [(start, end)]


def test_earlier_news_with_a_named_speaker_takes_no_carried_period(rules):
    text = ("В 2018 году доходы бюджета вырастут на 5%.\n"
            "Ранее глава Минфина заявил, что в кодексе было заложено два суверенных фонда.")
    facts = extract_text(text, date="2017-10-01", rules=rules).facts
    assert _period(_figure(facts, "два")) == (None, None)


# a present-tense paragraph after a period stated by past speech only; a count at a point date

def test_general_present_after_a_period_told_by_past_speech_only(rules):
    text = ("Она напомнила, что на референдуме в июне 2016 года 62% жителей заявили о желании "
            "остаться в союзе.\n"
            "Партия занимает 63 места из 129 в парламенте региона.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "62%")) == (date(2016, 6, 1), date(2016, 6, 30))
    assert _period(_figure(facts, "63 места")) == (None, None)


def test_present_of_the_running_year_after_past_speech_goes_on(rules):
    text = ("Глава ведомства сообщил, что в текущем году возбуждено более 29 тыс. дел.\n"
            "«Исполняемость таких решений составляет 72%, но платить торопятся не все», — "
            "сказал он.")
    facts = extract_text(text, date="2018-12-17", rules=rules).facts
    assert _period(_figure(facts, "72%")) == (date(2018, 1, 1), date(2018, 12, 31))


def test_counts_in_the_present_after_a_point_date_go_on(rules):
    text = ("По данным на 1 января 2017 года, число многодетных семей выросло до 1,6 млн.\n"
            "Троих детей в стране воспитывают 1,2 млн семей, а пятерых и более — 95 тыс.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "1,2 млн семей")) == (date(2017, 1, 1), date(2017, 1, 1))
    assert _period(_figure(facts, "95 тыс.")) == (date(2017, 1, 1), date(2017, 1, 1))


def test_a_rate_in_the_present_after_a_point_date_is_general(rules):
    text = ("На 1 февраля 2017 года на учете состояли 40 тыс. безработных.\n"
            "Пособие по безработице составляет $10 в месяц, а получают его лишь 30% "
            "безработных.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "$10")) == (None, None)


def test_the_date_a_claim_was_filed_is_an_event(rules):
    text = ("В 2013 году транзит составил 86 млрд кубометров.\n"
            "Суд рассмотрит иск компании, который был подан в октябре 2014 года. По условиям "
            "контракта транзит должен составлять не менее 110 млрд кубометров газа в год. "
            "Сумма претензий составляет около $12 млрд.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "не менее 110 млрд кубометров")) == (None, None)
    assert _period(_figure(facts, "около $12 млрд.")) == (None, None)


def test_a_flow_over_the_period_from_one_month_to_another(rules):
    text = ("Экспорт региона за период с сентября 2015 года по сентябрь 2016 года упал на 7,3%. "
            "Основными покупателями были Нидерланды (₤3 млрд, падение на 20%).")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "7,3%")) == (date(2015, 9, 1), date(2016, 9, 30))
    assert _period(_figure(facts, "3 млрд")) == (date(2015, 9, 1), date(2016, 9, 30))


def test_a_change_between_two_monthly_counts_keeps_its_points():
    mentions = _mentions("С января 2016-го по январь 2017 года число выросло на 923.")
    assert ("С января 2016-го по январь 2017 года", "explicit", date(2016, 1, 1),
            date(2017, 1, 1)) in mentions


def test_the_year_a_report_came_out_is_an_event(rules):
    text = ("В 2000 году министерство опубликовало отчёт, согласно которому страна вывезла "
            "продукцию на $15,8 млрд.\n"
            "Учитывая договорённость о доле, соседняя страна получила как минимум $2,37 млрд.")
    facts = extract_text(text, rules=rules).facts
    assert _period(_figure(facts, "$15,8 млрд.")) == (None, None)
    assert _period(_figure(facts, "как минимум $2,37 млрд.")) == (None, None)
