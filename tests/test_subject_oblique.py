"""The subject of a count in an oblique case (docs/annotation.md §4 and §6.20): "в 15
регионах", "по пяти направлениям", "86 сотрудникам", "для 120 семей" count what they name, so
the subject is the counted noun phrase in the nominative with its dependents, and what the
clause says of it as a relative clause ("регионы, в которых рост отмечен"), not the
grammatical subject of the clause. A count in the nominative or accusative ("на 366 квартир",
"в две очереди", "на 5 тыс. человек"), a flow verb, and a count that frames the figures after
it keep the rules they had.

Every sentence here was written for the test."""

from __future__ import annotations

import pytest

from .conftest import context_of, subject_of


@pytest.mark.parametrize("text, span, subject", [
    # prepositional case: "в", "на"
    ("Рост зарплат отмечен ещё в 12 регионах.", "12 регионах",
     "регионы, в которых рост зарплат отмечен"),
    ("Особый противопожарный режим объявлен в восьми муниципалитетах.", "восьми муниципалитетах",
     "муниципалитеты, в которых режим объявлен"),
    ("Новые контейнеры установлены на четырех площадках.", "четырех площадках",
     "площадки, на которых новые контейнеры установлены"),
    # dative: "по", and a bare dative
    ("Занятия проводятся по пяти направлениям.", "пяти направлениям",
     "направления, по которым занятия проводятся"),
    ("Долг по зарплате выплатили 86 сотрудникам завода.", "86 сотрудникам",
     "сотрудники завода, которым долг выплатили"),
    # genitive after a preposition that never takes the accusative, also after "тыс."
    ("В Бурятии экскурсии организовали для 120 семей.", "120 семей",
     "семьи, для которых экскурсии организовали"),
    ("Задолженность по зарплате сохраняется перед 60 тыс. работников.", "60 тыс. работников",
     "работники"),
    # singular after a number ending in one
    ("Беженцы проживают в 21 лагере.", "21 лагере", "лагеря, в которых беженцы проживают"),
])
def test_oblique_count_is_its_counted_phrase(text, span, subject):
    assert subject_of(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # a circumstance before the predicate is not what is said of the counted things
    ("По итогам ярмарок мы помогли найти работу 128 соискателям.", "128 соискателям",
     "соискатели, которым помогли найти работу"),
    ("По состоянию на 1 января 2019 года такая выплата назначена 1839 семьям.", "1839 семьям",
     "семьи, которым выплата назначена"),
    # a bare verb names nothing: the counted phrase alone
    ("В 16 регионах они выросли.", "16 регионах", "регионы"),
    # "речь идет о …" only presents what is counted
    ("Речь идет о 900 работниках.", "900 работниках", "работники"),
    # "из M": the whole a part is taken from, without what is said of the part
    ("Из 40 школ области только 12 перешли на новый стандарт.", "40 школ", "школы области"),
    # the partners of an act, in the instrumental, are not described by it
    ("Договоры заключены с 20 предприятиями.", "20 предприятиями", "предприятия"),
])
def test_what_the_clause_says_of_the_count(text, span, subject):
    assert subject_of(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # the accusative of a measure or a capacity is not an oblique count
    ("Численность населения выросла на 5 тыс. человек.", "5 тыс. человек",
     "численность населения"),
    ("Запуск движения по трассе будет осуществляться в две очереди.", "две очереди",
     "запуск движения по трассе"),
])
def test_nominative_and_accusative_counts_keep_their_subject(text, span, subject):
    assert subject_of(text, span) == subject


def test_flow_verb_names_the_figure():
    ctx = context_of(None, "Третий ребенок родился в 1508 семьях.", "1508 семьях")
    assert "ctx.subject_flow_verb" in ctx.rules


def test_count_framing_later_figures_keeps_the_clause_subject():
    text = "Реальные доходы населения снизились в 65 регионах, в Бурятии – на 7,6%."
    assert subject_of(text, "65 регионах") == "реальные доходы населения"
    assert subject_of(text, "7,6%") == "реальные доходы населения"
