"""Which noun phrase a figure's subject is: the topic before a dash, the antecedent of a
relative or personal pronoun, the thing a change noun changes.

Each sentence is written for this test on a construction seen in news; the expected subject is
that of the figure whose span is given (the first figure when none is)."""

from __future__ import annotations

import pytest

from .conftest import subject_of as _subject


@pytest.mark.parametrize("text, span, subject", [
    # a clause without a verb: the nominative noun phrase before the dash, with its
    # prepositional attributes, is what the figure after the dash measures
    ("В Литве средняя плата за ЖКУ — 12 тыс. рублей.", None, "средняя плата за ЖКУ"),
    ("В Эстонии сумма пособия по безработице — $180 в месяц.", None,
     "сумма пособия по безработице"),
    ("Предлагается установить ежемесячное пособие в фиксированном размере — 5 тыс. рублей.",
     None, "ежемесячное пособие в фиксированном размере"),
    ("Кассовое исполнение программы в 2018 году - 64,5%.", None, "кассовое исполнение программы"),
    # the subject of an intransitive verb before the dash, not the agent of a transitive one
    ("Работодателям предоставляется субсидия на создание рабочих мест - до 30 тыс. рублей.",
     None, "субсидия на создание рабочих мест"),
    ("Миграционный прирост составил 90 тыс. человек. Наибольший прирост обеспечил обмен с "
     "Узбекистаном – 41,3 тыс. человек.", "41,3 тыс. человек", "миграционный прирост"),
    # a share of a group after the figure is the share's, not the topic's
    ("В тройку вошли Магаданская область и Камчатский край — 43% опрошенных пенсионеров.",
     "43%", "доля опрошенных пенсионеров"),
])
def test_topic_before_a_dash(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # the relative pronoun is the subject of its clause: the verb is said of the noun it
    # agrees with, in gender and number, before the comma
    ("Сохраняется низкий уровень младенческой смертности, которая за полгода снизилась "
     "на 8,2%.", None, "младенческая смертность"),
    ("Нагрузка ляжет на налог на добавленную стоимость (НДС), который увеличится с 18 до 20%.",
     "20%", "налог на добавленную стоимость"),
    ("Выросли налоговые поступления, которые составили 308 млн рублей.", None,
     "налоговые поступления"),
    # a verb that acts on the figure says nothing of the antecedent
])
def test_antecedent_of_a_relative_pronoun(text, span, subject):
    assert _subject(text, span) == subject


def test_no_antecedent_for_a_verb_acting_on_the_figure():
    # a verb that acts on the figure says nothing of the antecedent
    assert _subject("Решение принял фонд, который выделил колледжу $500 тыс.") != "фонд"


@pytest.mark.parametrize("text, span, subject", [
    # a personal pronoun as the subject of a figure-stating verb: the nearest earlier noun that
    # agrees with it — in the sentence before ...
    ("Продолжилось снижение реальных доходов населения. За январь–ноябрь они упали на 1,4%.",
     None, "реальные доходы населения"),
    ("Численность безработных снижается. За год она сократилась почти на 6%.", None,
     "численность безработных"),
    # ... or before the pronoun in its own sentence, in any case not after a preposition
    ("Первые три года имущество не будет облагаться налогом, а затем он составит 1,1%.",
     "1,1%", "налог"),
    # a noun counted by a figure is not the antecedent
    ("Спад доходов перестал быть всеобщим: в 16 регионах они выросли на 4%.", "4%", "доходы"),
])
def test_antecedent_of_a_personal_pronoun(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # a change noun before "с N до M" or "до M": the figures are levels of what it changes
    ("Обсуждается снижение совокупной ставки страховых взносов с 30 до 22%.", "30",
     "совокупная ставка страховых взносов"),
    ("Обсуждается снижение совокупной ставки страховых взносов с 30 до 22%.", "22%",
     "совокупная ставка страховых взносов"),
    ("Среди целей повышение продолжительности жизни до 80 лет к 2030 году.", "80 лет",
     "продолжительность жизни"),
    ("Планируется повышение средней зарплаты учителей до 45 тыс. рублей.", None,
     "средняя зарплата учителей"),
])
def test_change_noun_from_to(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # money a verb of the sentence allots, with a purpose "на" + accusative in its own clause,
    # is the funds for that purpose, whether the purpose comes before or after the figure ...
    ("Около 2,1 млрд рублей в 2020 году направят на строительство и ремонт больниц в крае.",
     None, "средства на строительство и ремонт больниц"),
    # (a short participle keeps its own style: the verb with its complements)
    ("На ремонт сельских дорог выделено 310 млн рублей.", None,
     "выделено на ремонт сельских дорог"),
    ("Власти намерены направить 3,6 млрд рублей на ремонт дорог в 2020 году, сообщил министр.",
     None, "средства, направленные на ремонт дорог"),
    # ... with a quoted name and a "по" attribute kept
    ("Около 640 млн рублей запланировано на реализацию нацпроекта \"Экология\", 48 млн - на "
     "проект \"Культура\".", "48 млн", "средства на проект \"Культура\""),
    ("Колледжу выделено $650 тыс. на инициативы по изучению языков.", None,
     "выделено колледжу на инициативы по изучению языков"),
    # a duration between the purpose and the money does not bound the clause
    ("Проект позволит направить на развитие медицины в течение трех лет 5,2 млрд рублей.",
     "5,2 млрд рублей", "средства на развитие медицины"),
    # a period after "на" is no purpose, and a noun phrase the verb states the figure of wins
    ("На 2020 год выделено 520 млн рублей.", None, "выделено"),
    ("Расходы на образование составят 31 млрд рублей.", None, "расходы на образование"),
])
def test_money_for_a_purpose(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # an analytic passive: the subject stands before the auxiliary "быть"
    ("Размер компенсации за счет сертификата был увеличен с 20% до 40%.", "20%",
     "размер компенсации"),
    ("Размер пособия будет увеличен на 12%.", None, "размер пособия"),
    # an aside opened by "как" between the subject and its verb
    ("Объем доходов, как ожидается, составит 64,2 млрд рублей.", None, "объём доходов"),
])
def test_subject_before_an_auxiliary_or_aside(text, span, subject):
    assert _subject(text, span) == subject


def test_people_counted_are_no_measure_of_the_passive_subject():
    assert _subject("Такая помощь была оказана более чем 18 тыс. жителей региона.") != "помощь"
