"""Subject rules of pass subj18, on counts of people: people counted as the subject of an
intransitive verb keep what the verb says of them even when its only complements are a place
or a time ("в республике проживало 171 тыс. русских" → "русские, проживавшие"), and people
counted after a verb people do to things are its subject, with the lifeless noun put before
the verb as its object ("ярмарки посетили 600 соискателей" → "соискатели, посетившие
ярмарки"), unlike an organization acting on people ("власти депортировали 300 мигрантов").
The sentences are ours."""
from __future__ import annotations

import pytest

from .conftest import facts_of, figure_by_span


def _subject(rules, text: str, span: str) -> str | None:
    return figure_by_span(facts_of(rules, text), span).context.subject


def _lemmas(rules, phrase: str | None) -> set[str]:
    from migextract.evaluate import lemmas
    return set(lemmas(phrase or ""))


@pytest.mark.parametrize(("text", "span", "verb"), [
    ("В республике проживало 171 тыс. русских.", "171 тыс. русских", "проживать"),
    ("По данным переписи, в Москве проживает около 30 тыс. литовцев.", "около 30 тыс. литовцев",
     "проживать"),
    ("В прошлом году в России работали 40 тыс. китайцев.", "40 тыс. китайцев", "работать"),
    ("Официально трудились в России 6 тыс. граждан этой страны.", "6 тыс. граждан",
     "трудиться"),
])
def test_people_keep_the_verb_whose_complements_were_place_and_time(rules, text, span, verb):
    subject = _subject(rules, text, span)
    assert verb in _lemmas(rules, subject), subject
    assert "россия" not in (subject or "").lower() and "москв" not in (subject or "").lower()


def test_only_people_keep_a_bare_participle(rules):
    """Lifeless things gain nothing measured from a bare participle ("станки, работавшие")."""
    people = _subject(rules, "В цехах днем работали 12 тыс. рабочих.", "12 тыс. рабочих") or ""
    things = _subject(rules, "В цехах днем работали 12 станков.", "12 станков") or ""
    assert "работавшие" in people and "работавшие" not in things, (people, things)


@pytest.mark.parametrize(("text", "span", "participle", "thing"), [
    ("Ярмарки вакансий посетили около 600 соискателей.", "около 600 соискателей",
     "посетившие", "ярмарки"),
    ("Паспорта получили более 14 тыс. жителей.", "более 14 тыс. жителей", "получившие",
     "паспорта"),
    ("Новые квартиры получили 300 переселенцев.", "300 переселенцев", "получившие",
     "квартиры"),
])
def test_people_after_a_verb_people_do_are_its_subject(rules, text, span, participle, thing):
    subject = _subject(rules, text, span) or ""
    assert participle in subject and thing in subject, subject


def test_only_a_verb_people_do_to_things_turns_the_order(rules):
    """The same order with a verb an organization does to people keeps the agent."""
    people = _subject(rules, "Выставки посетили 200 мигрантов.", "200 мигрантов") or ""
    agent = _subject(rules, "Власти депортировали 300 мигрантов.", "300 мигрантов") or ""
    assert "посетившие" in people and "депортировавшие" not in agent, (people, agent)


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("Компания выплатила работникам завода 15 млн рублей.", "15 млн рублей",
     "выплата работникам завода"),
    ("Семья заплатила за его лечение 90 тыс. рублей.", "90 тыс. рублей", "плата за лечение"),
])
def test_money_after_a_paying_verb_and_its_complement_is_the_payment(rules, text, span,
                                                                     expected):
    """A recipient or a purpose between a verb of paying and its money is not what the money
    measures: the payment is, with them."""
    assert _subject(rules, text, span) == expected


def test_a_cause_of_what_people_did_is_not_part_of_their_subject(rules):
    text = "Благодаря льготам и субсидиям в районе поселились 200 переселенцев."
    subject = _subject(rules, text, "200 переселенцев") or ""
    assert "поселившиеся" in subject and "льгот" not in subject and "субсид" not in subject, \
        subject


def test_an_item_of_a_list_of_pay_is_the_pay_of_its_worker(rules):
    text = ("В Москве бухгалтер получает в среднем от 40 тыс. руб. до 50 тыс. руб., "
            "специалист по анализу рисков - 80 тыс., а финансовый аналитик - до 110 тыс.")
    facts = facts_of(rules, text)
    assert figure_by_span(facts, "80 тыс.").context.subject \
        == "зарплата специалиста по анализу рисков"
    assert figure_by_span(facts, "до 110 тыс.").context.subject == "зарплата финансового аналитика"
