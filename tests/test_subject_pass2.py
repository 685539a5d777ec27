"""Subjects, second pass: an object put before its verb, the object of a change verb after
the change, clauses whose verb is left out (gapping), and money people earn.

Each sentence is written for this test on a construction seen in news; the expected subject is
that of the figure whose span is given (the first figure when none is)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from migextract.rules import load_rules

from .conftest import ROOT, context_of
from .conftest import subject_of as _subject


@pytest.mark.parametrize("text, span, subject", [
    # a noun before a transitive verb that cannot be its subject (its number differs) is its
    # object put first; the count after the verb does the action
    ("Пшеницу в области выращивают 120 хозяйств.", None, "хозяйства, выращивающие пшеницу"),
    ("В Омской области газ получают 3700 потребителей.", None,
     "потребители, получающие газ"),
    ("Статус банкрота получили 30% предприятий отрасли.", None,
     "доля предприятий, получивших статус банкрота"),
    ("Жилой фонд в сумме 2 млн кв. м в 2019 году получат 12 тыс. семей.", "12 тыс. семей",
     "семьи, получившие жилой фонд"),
    # a noun that agrees with the verb stays its agent
    ("Российские власти выдали 149 тыс. разрешений.", None,
     "разрешения, выданные российской властью"),
    ("Компании уволили 500 сотрудников.", None, "сотрудники, уволенные компанией"),
])
def test_fronted_object(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # the object of a transitive change verb may follow the change
    ("С 1 января подняли на 3 тыс. рублей минимальную пенсию.", None, "минимальная пенсия"),
    ("Правительство повысило на 10% пособия многодетным семьям.", None,
     "пособия многодетным семьям"),
    # … and in the items that repeat the verb's frame after a dash, the noun after the dash
    ("Власти подняли на 3 тыс. рублей минимальную пенсию, в два раза — выплаты ветеранам.",
     "в два раза", "выплаты ветеранам"),
])
def test_changed_object_after_the_change(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # a clause with its verb left out: the nominative before the dash is its subject
    ("Реальные зарплаты упали почти на 9%, а средние доходы – на 3%.", "3%", "средние доходы"),
    ("Экспорт вырос на 5%, импорт — на 2%.", "2%", "импорт"),
    ("Реальная зарплата снизится на 9,6%, а доходы на 6,3%.", "6,3%", "доходы"),
    # a genitive before the dash left out the head of the subject before as well
    ("В реке содержание металлов снизилось на 5%, а нефтепродуктов - на 23%.", "23%",
     "содержание нефтепродуктов"),
    ("Число аварий снизилось на 5,7%, а погибших — на 18,4%.", "18,4%", "число погибших"),
    ("Ремонт кемеровского аэропорта оценивается в 11,1 млрд рублей, новокузнецкого - в 3,5 "
     "млрд рублей.", "3,5 млрд рублей", "ремонт новокузнецкого аэропорта"),
    # a period or a place before the dash is no subject: the item repeats the one before
    ("Зарплата выросла на 5% в 2017 году, а в 2018 году — на 3%.", "3%", "зарплата"),
    ("Число операций в Крыму выросло в 2,5 раза, в Севастополе — в 2,6 раза.", "в 2,6 раза",
     "число операций"),
])
def test_gapped_subject(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # money people regularly get or earn is their pay: the text's own word for it…
    ("Средняя зарплата в стране выросла. Ещё в 2014 году рабочие получали в среднем $500.",
     "$500", "зарплата"),
    ("Заработки на севере высоки: оленеводы получают около 40 тыс. рублей.", None, "заработок"),
    # … else the verb's noun
    ("Хороший инженер получает 150—200 тыс. рублей.", None, "зарплата"),
    ("Они работают два дня в неделю и зарабатывают 60—150 рублей в месяц.", "60—150 рублей",
     "заработок"),
    # … what it is paid for, when the verb says so
    ("Дворники за уборку двух домов получали 300 рублей в месяц.", "300 рублей",
     "оплата за уборку"),
    # … and the same pay for the next group after a dash
    ("Пастухи получали около 7 тыс. рублей, а доярки — чуть больше 3 тыс. рублей.",
     "чуть больше 3 тыс. рублей", "зарплата"),
])
def test_earnings(text, span, subject):
    assert _subject(text, span) == subject


def test_no_earnings_of_an_organisation():
    """Money an organisation receives is not pay: the rules find no subject for it (the
    subject ranker, rules/models/subject.yaml, may still name a phrase of the sentence, so
    the rules are asked without it)."""
    rules = replace(load_rules(ROOT / "rules"), subject_model=None)
    assert context_of(rules, "Каждый год фонд получает 5 млн рублей.").subject is None
