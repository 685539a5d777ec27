"""subj14: rates per population keep their basis in the subject ("студенты на 10 тыс.
населения"), never the basis noun alone. Sentences are ours."""

import pytest

from .conftest import subjects_by_span


@pytest.mark.parametrize("text, span, subject", [
    # the basis right after the figure, with or without the counted noun in its span
    ("В регионе 283,2 личного автомобиля на 1000 жителей.", "283,2",
     "личный автомобиль на 1000 жителей"),
    ("В Туве учится 250 студентов на 10 тыс. населения.", "250 студентов",
     "студенты на 10 тыс. населения"),
    # fronted before "приходится"
    ("В Республике Алтай, где на 10 тыс. населения приходится 297 студентов, их больше всего.",
     "297 студентов", "студенты на 10 тыс. населения"),
    # fronted, the counted noun taken from the basis: the genitive after the number
    ("В 2018 году на 1000 лиц трудоспособного возраста будет приходиться 775 нетрудоспособных.",
     "775", "нетрудоспособные на 1000 лиц трудоспособного возраста"),
    # fronted, the rate restated in brackets: the basis noun is not what is counted
    ("Меньше всего учащихся в Еврейской автономной области — на 10 тыс. населения "
     "(183 студента).", "183 студента", "студенты на 10 тыс. населения"),
])
def test_a_rate_keeps_its_population_basis(rules, text, span, subject):
    assert subjects_by_span(rules, text)[span] == subject


@pytest.mark.parametrize("text, span, subject", [
    # the basis already in the subject is not written twice
    ("ВВП на душу населения составил 10 тыс. долларов на душу населения.", "10 тыс. долларов",
     "ВВП на душу населения"),
    # "на" of a change is no basis: the count is by how much the number grew
    ("Число врачей выросло на 10 тыс. человек (на 5%).", "5%", "число врачей"),
])
def test_no_basis_added(rules, text, span, subject):
    assert subjects_by_span(rules, text)[span] == subject


@pytest.mark.parametrize("text, span, subject", [
    # a percent in brackets after a quantifier of people is the share of its group
    ("Подавляющее большинство граждан (81%) считает задачи конкретными.", "81%",
     "доля граждан, считающих задачи конкретными"),
    ("Более половины респондентов (56%) поддерживают эту идею.", "56%",
     "доля респондентов, поддерживающих эту идею"),
    # past a participial phrase that says which of the group were asked
    ("Большинство граждан (81%), следивших за Посланием, считает задачи реальными.", "81%",
     "доля граждан, считающих задачи реальными"),
    # the group left out: the share of those the verb names, for the fraction and its percent
    ("У 60% респондентов Послание вызвало воодушевление. А почти каждый третий (30%) считает "
     "тезисы традиционными.", "30%", "доля считающих тезисы традиционными"),
    ("У 60% респондентов Послание вызвало воодушевление. А почти каждый третий (30%) считает "
     "тезисы традиционными.", "почти каждый третий", "доля считающих тезисы традиционными"),
])
def test_a_quantified_group_in_a_poll_is_a_share(rules, text, span, subject):
    assert subjects_by_span(rules, text)[span] == subject


@pytest.mark.parametrize("text, span, subject", [
    # a part of a sum, not of people
    ("Большая часть расходов бюджета (60%) идет на оборону.", "60%",
     "большая часть расходов бюджета, идущего на оборону"),
    ("Большинство из них (70%) уехали в Москву.", "70%", "большинство из них"),
])
def test_no_share_of_a_group_for_other_parts(rules, text, span, subject):
    assert subjects_by_span(rules, text)[span] == subject


@pytest.mark.parametrize("text, span, subject", [
    # a complement fronted before the percent belongs to the group's verb
    ("По данным ВЦИОМа, главным составляющим здоровья 82% россиян считают качество продуктов.",
     "82%", "доля россиян, считающих качество продуктов главным составляющим здоровья"),
    ("Лучшим выходом 40% государственных служащих назвали отставку.", "40%",
     "доля государственных служащих, назвавших отставку лучшим выходом"),
    # a nominative before the percent is its own subject
    ("Средняя зарплата 45% работников превышает 30 тыс. рублей.", "45%", "средняя зарплата"),
])
def test_a_fronted_complement_goes_with_the_groups_verb(rules, text, span, subject):
    assert subjects_by_span(rules, text)[span] == subject


@pytest.mark.parametrize("text, span, subject", [
    # a short adjective or participle is the group's predicate, in the full form
    ("40% иракцев уверены в том, что США хотят дестабилизировать обстановку.", "40%",
     "доля иракцев, уверенных в том, что США хотят дестабилизировать обстановку"),
    ("Треть граждан согласны с решением.", "Треть", "доля граждан, согласных с решением"),
    ("20% опрошенных не готовы отвечать.", "20%", "доля опрошенных, не готовых отвечать"),
])
def test_a_short_form_is_said_of_the_group(rules, text, span, subject):
    assert subjects_by_span(rules, text)[span] == subject


@pytest.mark.parametrize("text, span, subject", [
    # between dashes as in brackets
    ("Основная часть демократов — 82% — считает, что приезжие полезны.", "82%",
     "доля демократов, считающих, что приезжие полезны"),
    # a substantivized participle as the group
    ("Большинство опрошенных – 64% – поддерживают реформу.", "64%",
     "доля опрошенных, поддерживающих реформу"),
    ("Большинство опрошенных (64%) поддерживают реформу.", "64%",
     "доля опрошенных, поддерживающих реформу"),
])
def test_a_quantified_group_between_dashes(rules, text, span, subject):
    assert subjects_by_span(rules, text)[span] == subject


@pytest.mark.parametrize("text, span, subject", [
    # an answer item after a dash takes the doers' share with its own answer
    ("26% опрошенных отдали свои голоса Ле Пен, 24% — либерал-консерватору Франсуа Фийону.",
     "24%", "доля опрошенных, отдавших либерал-консерватору Франсуа Фийону"),
    ("45% россиян назвали медицину самой востребованной отраслью, 24% — социальные услуги, "
     "14% — торговлю.", "14%", "доля россиян, назвавших торговлю"),
    # a share of a group named in the nominative stays that group's (subj10)
    ("Доля мужчин — 48%, женщин — 52%.", "52%", "доля женщин"),
    # a bare short adjective with nothing after it says nothing to add
    ("Более 60% государственных предприятий убыточны.", "Более 60%",
     "доля государственных предприятий"),
])
def test_an_answer_item_takes_the_doers_share(rules, text, span, subject):
    assert subjects_by_span(rules, text)[span] == subject
