"""Subject rules of pass subj13 (a counted head keeps the words that define it): the count of
the subject of an auxiliary's infinitive ("будут работать 340 врачей") takes the infinitive as
its participle; lifeless things counted after an indefinite-personal verb ("построят два
корпуса") are its object; a genitive count of the owners right after the counted noun ("ста
рабочих трех компаний") does not end its clause; a cause ("по причине …") and the
instrumental measure of another figure ("площадью 9,4 га") end the phrase. The sentences are
ours."""
from __future__ import annotations

import pytest

from migextract.ruleload import RuleError
from migextract.rules import load_rules

from .conftest import broken_rules, facts_of, figure_by_span


def _subject(rules, text: str, span: str) -> str | None:
    return figure_by_span(facts_of(rules, text), span).context.subject


def test_subject_of_an_auxiliary_infinitive_keeps_its_complements(rules):
    text = "В новом Центре ядерной медицины будут работать около 340 врачей."
    assert _subject(rules, text, "около 340 врачей") == \
        "врачи, работающие в новом центре ядерной медицины"


def test_a_modal_infinitive_with_a_bare_count_adds_nothing(rules):
    # no complement before the auxiliary: the bare participle says nothing of what is counted
    assert _subject(rules, "Там будут работать 40 врачей.", "40 врачей") == "врачи"


@pytest.mark.parametrize(("text", "span", "subject"), [
    ("В новом лагере построят два спальных корпуса.", "два", "спальные корпусы, построенные"),
    ("В районе откроют пять новых школ.", "пять", "новые школы, открытые"),
])
def test_lifeless_things_after_an_indefinite_personal_verb_are_its_object(rules, text, span,
                                                                          subject):
    assert _subject(rules, text, span) == subject


@pytest.mark.parametrize(("text", "span", "subject"), [
    # a speech verb: the organizations said it
    ("О сокращении заявят 90 организаций.", "90 организаций", "организации, заявившие о сокращении"),
    # a pronoun before the verb is its object: the machines serve
    ("Сейчас их обслуживают пять единиц техники.", "пять единиц", "техника"),
    # in the past the dictionary's transitive verb tells of things that moved themselves
    ("Над домом пролетели два истребителя.", "два истребителя",
     "истребители, пролетевшие над домом"),
])
def test_a_count_that_acts_stays_the_subject(rules, text, span, subject):
    assert _subject(rules, text, span) == subject


def test_a_genitive_count_of_owners_does_not_end_the_clause(rules):
    text = "Накануне около ста рабочих трех компаний получили зарплаты за октябрь."
    assert _subject(rules, text, "около ста рабочих") == "рабочие, получившие зарплаты"


@pytest.mark.parametrize(("text", "span", "subject"), [
    ("Завод объявил о высвобождении 325 сотрудников по причине оптимизации штата.",
     "325 сотрудников", "сотрудники"),
    ("Сокращены 40 работников завода в связи с закрытием цеха.", "40 работников",
     "сокращённые работники завода"),
])
def test_a_cause_ends_the_counted_phrase(rules, text, span, subject):
    assert _subject(rules, text, span) == subject


@pytest.mark.parametrize(("text", "span", "subject"), [
    ("Для школы выделены два земельных участка площадью 9,4 га.", "два",
     "выделенные земельные участки"),
    ("Сошли четыре снежные массы общим объемом 800 кубометров.", "четыре", "снежные массы"),
])
def test_an_instrumental_measure_before_a_figure_is_not_the_phrase(rules, text, span, subject):
    assert _subject(rules, text, span) == subject


def test_a_prepositions_instrumental_before_a_figure_stays(rules):
    text = "Погашена задолженность перед трудовыми коллективами 17 организаций."
    assert _subject(rules, text, "17 организаций") == \
        "погашенная задолженность перед трудовыми коллективами"


def test_a_bad_cause_phrase_names_file_line_and_key(tmp_path):
    rules_dir, lines = broken_rules(tmp_path, "context.yaml", "cause_phrases: 'по\\s+причине",
                                    "cause_phrases: '(по\\s+причине")
    line = next(n for n, s in enumerate(lines, 1) if s.startswith("cause_phrases:"))
    with pytest.raises(RuleError, match=rf"context\.yaml:{line}: key 'cause_phrases': invalid"):
        load_rules(rules_dir)


def test_a_speech_verbs_reported_clause_says_which_are_counted(rules):
    text = "Ещё 5 тыс. медиков заявили, что не будут продлевать договоры о сверхурочной работе."
    assert _subject(rules, text, "5 тыс. медиков") == \
        "медики, заявившие, что не будут продлевать договоры о сверхурочной работе"


def test_another_verbs_clause_after_a_comma_is_not_read(rules):
    text = "Около 300 жителей проголосовали, что стало рекордом."
    assert _subject(rules, text, "Около 300 жителей") == "жители"
