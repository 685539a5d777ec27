"""Money subjects (subj15): what an amount of money is the amount of.

Each case is a sentence written for this test; the subject expected is that of the figure
whose span is given."""

from __future__ import annotations

import pytest

from migextract.ruleload import RuleError
from migextract.rules import load_rules

from .conftest import broken_rules
from .conftest import subject_of as _subject


@pytest.mark.parametrize("text, span, subject", [
    # the nearest noun of money before "в размере", not the people the phrase begins with
    ("Власти требуют от фирм — поставщиков лекарств компенсации в размере 500 млн рублей.",
     "500 млн рублей", "компенсация"),
    ("Минфин провел встречу с держателями российских еврооблигаций на сумму около $2 млрд в Лондоне.",
     "около $2 млрд", "российские еврооблигации"),
    # a noun governed by a preposition keeps its words; a place after it is left out
    ("Закрытие завода приведет к финансовым потерям для бюджета в размере 425 млн долларов "
     "ежегодно.", "425 млн долларов", "финансовые потери для бюджета"),
    # the purpose after the figure joins a noun that has none
    ("Два университета получили гранты в размере $1 млн на исторические исследования.",
     "$1 млн", "гранты на исторические исследования"),
    # of two nouns of money, the genitive one is the other's attribute
    ("В проекте бюджета учтено поступление налогов от крупных заводов в объеме 28 млрд "
     "рублей.", "28 млрд рублей", "поступление налогов от крупных заводов"),
    # a bare "на" gives the amount of a contract or a loan
    ("Городская больница заключила с поставщиком договор на 15 млн рублей.", "15 млн рублей",
     "договор"),
    ("Банк выдал заводу кредит на 2 млрд рублей.", "2 млрд рублей", "кредит"),
])
def test_a_money_amount_is_the_amount_of_its_noun(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # the purpose the noun has stays; none is added from after the figure
    ("Регион получит субсидию на ремонт школ в размере 300 млн рублей на три года.",
     "300 млн рублей", "субсидия на ремонт школ"),
    # a bare "на" after another noun is a change, not a sum
    ("Расходы областного бюджета выросли на 2 млрд рублей.", "2 млрд рублей",
     "расходы областного бюджета"),
])
def test_limits_of_money_amounts(text, span, subject):
    assert _subject(text, span) == subject


def test_money_amount_nouns_must_be_single_lower_case_words(tmp_path):
    rules_dir, lines = broken_rules(tmp_path, "context.yaml", "money_amount_nouns: [средство,",
                                    "money_amount_nouns: [денежные средства,")
    line = next(n for n, s in enumerate(lines, 1) if s.startswith("money_amount_nouns:"))
    with pytest.raises(RuleError, match=rf"context\.yaml:{line}: key 'money_amount_nouns': "
                                        "expected one lower-case word"):
        load_rules(rules_dir)


def test_money_amount_markers_must_compile(tmp_path):
    rules_dir, lines = broken_rules(tmp_path, "context.yaml", "money_amount_markers: 'в",
                                    "money_amount_markers: '(в")
    line = next(n for n, s in enumerate(lines, 1) if s.startswith("money_amount_markers:"))
    with pytest.raises(RuleError, match=rf"context\.yaml:{line}: key 'money_amount_markers': "
                                        "invalid regular expression"):
        load_rules(rules_dir)


@pytest.mark.parametrize("text, span, subject", [
    # the phrase before the cost marker, prepositional phrases included, places left out
    ("Первый участок трассы от Москвы до Казани стоимостью более 600 млрд рублей откроют "
     "в 2024 году.", "более 600 млрд рублей", "стоимость первого участка трассы"),
    ("Министерство подписало контракт на поставку техники стоимостью 2 млрд рублей.",
     "2 млрд рублей", "стоимость контракта на поставку техники"),
    # the phrase wins over the verb of the clause; an adjective of the cost is the marker's
    ("Шлем пилота общей стоимостью $400 тыс. оказался слишком тяжелым.", "$400 тыс.",
     "стоимость шлема пилота"),
])
def test_a_cost_is_the_cost_of_the_phrase_before_it(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # a phrase after a preposition is not what costs
    ("Власти отобрали 150 проектов со сроками реализации до 2030 года общей стоимостью "
     "5 трлн рублей.", "5 трлн рублей", "общая стоимость"),
    # another measure in the instrumental keeps its own reading
    ("Линии мощностью 10 тыс. тонн запустят в мае.", "10 тыс. тонн", "мощность линии"),
])
def test_limits_of_costs(text, span, subject):
    assert _subject(text, span) == subject


def test_cost_markers_must_compile(tmp_path):
    rules_dir, lines = broken_rules(tmp_path, "context.yaml", "cost_markers: '(",
                                    "cost_markers: '((")
    line = next(n for n, s in enumerate(lines, 1) if s.startswith("cost_markers:"))
    with pytest.raises(RuleError, match=rf"context\.yaml:{line}: key 'cost_markers': "
                                        "invalid regular expression"):
        load_rules(rules_dir)


@pytest.mark.parametrize("text, span, subject", [
    # a fining verb's figure after "на" is the fine, not who is fined
    ("Бывший глава района оштрафован на 4,5 млн рублей.", "4,5 млн рублей", "штраф"),
    # what the money is paid for, after the figure
    ("Суд обязал его заплатить 480 тыс. рублей за ремонт двери.", "480 тыс. рублей",
     "плата за ремонт двери"),
    ("Депутаты предлагают штрафовать водителей на 30 тыс. рублей за каждое нарушение.",
     "30 тыс. рублей", "штраф за каждое нарушение"),
    # a purpose before the verb; its genitive attributes only, not the verb's subject
    ("В ближайшие три года в развитие порта государство вложит около 11 млрд рублей.",
     "около 11 млрд рублей", "вложения в развитие порта"),
    # the recipient in the dative
    ("Работникам завода выплатят 150 млн рублей до конца года.", "150 млн рублей",
     "выплата работникам завода"),
    # a name is no recipient
    ("По данным журнала, Алексей Миллер за прошлый год заработал 17 млн долларов.",
     "17 млн долларов", "заработок"),
])
def test_money_moved_by_a_verb_is_the_verbs_noun(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # a word of time is not what money is paid for
    ("С десятого нарушения за год водителей будут штрафовать на 30 тыс. рублей.",
     "30 тыс. рублей", "штраф"),
    # a figure after another preposition is not the verb's object
    ("Зарплаты работникам выплачивали по 20 тыс. рублей.", "20 тыс. рублей",
     "зарплата работникам"),
    # a noun of money right before the figure says what it is
    ("Им выплатили компенсацию 100 тыс. рублей.", "100 тыс. рублей", "компенсация"),
])
def test_limits_of_money_verbs(text, span, subject):
    assert _subject(text, span) == subject


def test_money_verb_nouns_are_pairs(tmp_path):
    rules_dir, lines = broken_rules(tmp_path, "context.yaml", "money_verb_nouns: [оштрафовать штраф,",
                                    "money_verb_nouns: [оштрафовать,")
    line = next(n for n, s in enumerate(lines, 1) if s.startswith("money_verb_nouns:"))
    with pytest.raises(RuleError, match=rf"context\.yaml:{line}: key 'money_verb_nouns': "
                                        "expected two words"):
        load_rules(rules_dir)


@pytest.mark.parametrize("text, span, subject", [
    # the object of an active verb of assessing, before its subject ...
    ("Годовую эксплуатацию электромобиля исследователи оценили в 900 долларов.",
     "900 долларов", "годовая эксплуатация электромобиля"),
    ("Стоимость ремонта школы подрядчик оценил в 40 млн рублей.", "40 млн рублей",
     "стоимость ремонта школы"),
    ("Общий объем вложений в трассу Москва - Казань Минтранс РФ оценивает в 1,7 трлн рублей.",
     "1,7 трлн рублей", "общий объём вложений в трассу"),
    # ... or after it
    ("Эксперты оценили потери бюджета от санкций в 500 млрд рублей.", "500 млрд рублей",
     "потери бюджета от санкций"),
])
def test_an_assessed_amount_is_of_what_is_assessed(text, span, subject):
    assert _subject(text, span) == subject


def test_an_assessed_amount_in_a_relative_clause_is_not_of_the_subject():
    # the relative pronoun stands for what is assessed, named before the comma
    assert _subject("Модернизация дорог, которую Вашингтон оценил в $1 трлн, начнется весной.",
                    "$1 трлн") != "Вашингтон"
