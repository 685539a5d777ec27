"""Which noun phrase of the sentence a figure measures (docs/annotation.md §4: the subject is
"the noun phrase the figure is predicated of"): the genitive noun phrase after a measured amount,
and the subject of every verb of change, including the less common ones.

Every sentence here was written for the test."""

from __future__ import annotations

import pytest

from .conftest import subject_of as _subject


@pytest.mark.parametrize("text, span, subject", [
    # "N кв. м многоквартирного жилья": the genitive after an amount keeps its adjectives
    ("К 2030 году в области построят около 12 млн кв. м многоквартирного жилья.",
     "около 12 млн кв. м", "многоквартирное жильё"),
    ("Хозяйства края собрали 5,2 млн тонн озимой пшеницы.", "5,2 млн тонн",
     "озимая пшеница"),
    ("Новый терминал принесет порту около 300 млн рублей дополнительных доходов.",
     "около 300 млн рублей", "дополнительные доходы"),
])
def test_genitive_after_an_amount_keeps_its_adjectives(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # "дорасти до", "дойти до", "прирасти на": verbs of change predicate the figure of their
    # subject like "вырасти"
    ("Средняя пенсия в регионе дорастёт до 18 тыс. рублей.", "18 тыс. рублей",
     "средняя пенсия"),
    ("Уровень безработицы дошел до 7,5%.", "7,5%", "уровень безработицы"),
    ("Объем экспорта зерна прирастет на 12%.", "12%", "объём экспорта зерна"),
])
def test_rarer_verbs_of_change_predicate_the_figure(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # "оказаться" is a copula like "быть", "стать": "X оказалось ниже на N"
    ("Средняя зарплата в районе оказалась выше на 12%, чем годом ранее.", "12%",
     "средняя зарплата"),
    ("Число безработных в прошлом году оказалось ниже на 4%.", "4%",
     "число безработных"),
])
def test_a_copula_of_appearance_predicates_the_figure(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # "X, который …, <adverbials> <verb> N": a relative clause and a time adverbial between
    # the subject and its verb
    ("Число пенсионеров, которые продолжают работать, за пять лет уменьшилось на 8%.", "8%",
     "число пенсионеров"),
    ("Объём зерна, который край отправил на экспорт, в 2016 году составил 2,1 млн тонн.",
     "2,1 млн тонн", "объём зерна"),
])
def test_subject_before_a_relative_clause_and_adverbials(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span", [
    # the relative pronoun is itself the verb's subject, with an aside after it: not the
    # noun phrase before the clause
    ("Эксперты связывают падение цен с избытком сырья, который, по оценкам аналитиков, в "
     "этом году составит 150 тыс. тонн.", "150 тыс. тонн"),
])
def test_a_relative_pronoun_with_an_aside_is_its_own_subject(text, span):
    assert _subject(text, span) != "падение цен"


@pytest.mark.parametrize("text, span, subject", [
    # "X, который <a period with digits or number words> составил N": the antecedent of the
    # relative pronoun, as without the period
    ("Власти хотят сократить торговый дефицит, который в 2016 году составил около $40 млрд.",
     "около $40 млрд.", "торговый дефицит"),
    ("В докладе отмечен рост безработицы, которая за восемь месяцев увеличилась на 1,2%.",
     "1,2%", "безработица"),
])
def test_relative_antecedent_across_a_period(text, span, subject):
    assert _subject(text, span) == subject
