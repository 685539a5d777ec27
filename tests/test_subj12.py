"""subj12: what a figure measures, from an audit of RT economy news. Sentences are ours."""

import pytest

from .conftest import subjects_by_span


# money inside a prepositional phrase after a verb is not the verb's object: no "средства, …"
@pytest.mark.parametrize("text, span", [
    ("По прогнозу, национальная валюта девальвирует с нынешних 26,7 грн. до 30,1 грн. "
     "за доллар.", "26,7 грн."),
    ("Во вторник нефть марки Brent перевалила за отметку $50 за баррель.", "$50"),
])
def test_money_in_own_phrase_is_not_taken(rules, text, span):
    subject = subjects_by_span(rules, text)[span]
    assert subject is None or not subject.startswith("средства")


@pytest.mark.parametrize("text, span, subject", [
    # the object of a transitive verb keeps its participle and complements
    ("Фонд собрал для врачей 30 млн рублей.", "30 млн рублей", "средства, собранные для врачей"),
    ("Правительство получило от банков 5 млрд рублей.", "5 млрд рублей",
     "средства, полученные от банков"),
])
def test_money_taken_kept(rules, text, span, subject):
    assert subjects_by_span(rules, text)[span] == subject


def test_money_after_elided_phrase_is_still_taken(rules):
    # "из федерального и 570 млн": the phrase before "и" does not reach the figure
    text = "В этом году 2,3 млрд рублей выделят из федерального и 570 млн рублей из местного бюджета."
    assert subjects_by_span(rules, text)["570 млн рублей"].startswith("средства, выделенные")


def test_verb_phrase_stops_at_another_clause(rules):
    # the verb of the main clause is not what a figure of the "что" clause measures
    text = ("В докладе отмечается, что доля сельского хозяйства в экономике страны "
            "занимала 25,1%.")
    subject = subjects_by_span(rules, text)["25,1%"]
    assert subject is None or not subject.startswith("отмечалось")


@pytest.mark.parametrize("text, span, subject", [
    # a group named in the nominative after a share of another group is a share of its own
    ("Мужчины составляют 48% населения, женщины — 52%.", "52%", "доля женщин"),
    ("Среди мигрантов 60% составляют мужчины, а женщины — 40%.", "40%", "доля женщин"),
    ("Доля мужчин — 48%, женщины — 52%.", "52%", "доля женщин"),
    # a rate after a rate stays itself
    ("Безработица составила 5%, а инфляция — 3%.", "3%", "инфляция"),
])
def test_share_item(rules, text, span, subject):
    assert subjects_by_span(rules, text)[span] == subject


@pytest.mark.parametrize("text, span, subject", [
    # the verb has its own subject before it: the group is its object, no participle
    ("Леса занимают лишь 2% территории страны.", "2%", "доля территории"),
    ("Сельское хозяйство занимает 25% экономики страны.", "25%", "доля экономики"),
    # the group is the verb's subject: the participle stays
    ("Не имеют денег для жизни почти 24% населения.", "почти 24%",
     "доля населения, не имеющего денег для жизни"),
    ("За повышение налога высказались 23% опрошенных.", "23%",
     "доля опрошенных, высказавшихся за повышение налога"),
])
def test_share_object_of_another_subject(rules, text, span, subject):
    assert subjects_by_span(rules, text)[span] == subject


def test_share_after_opening_adverbial(rules):
    text = "Между тем леса занимают лишь 2% территории страны."
    assert subjects_by_span(rules, text)["2%"] == "доля территории"


@pytest.mark.parametrize("text, span, subject", [
    # "занимать" predicates a share of the noun phrase before it
    ("Доля сельского хозяйства в экономике занимает 25%, промышленности — 40%.", "25%",
     "доля сельского хозяйства в экономике"),
    # a verb with its own subject before it gives no verb phrase
    ("Строительство заняло два года.", "два года", "строительство"),
])
def test_occupy_predicate(rules, text, span, subject):
    assert subjects_by_span(rules, text)[span] == subject


@pytest.mark.parametrize("text, span, subject", [
    # a verb that gives or takes keeps the share's participle though a plural noun opens
    # the clause: the noun is its object ("субсидии получают" families)
    ("То есть субсидии получают около 60% украинских семей.", "около 60%",
     "доля украинских семей, получающих субсидии"),
    ("Субсидии получили 60% семей.", "60%", "доля семей, получивших субсидии"),
])
def test_share_of_doers_kept(rules, text, span, subject):
    assert subjects_by_span(rules, text)[span] == subject


@pytest.mark.parametrize("text, span, subject", [
    # "в коридоре", "в диапазоне" introduce the value like "на уровне"
    ("Эксперты прогнозируют цены на нефть в коридоре $60—70 за баррель.", "$60—70",
     "цены на нефть"),
    ("Курс рубля будет находиться в диапазоне 55—60 рублей за доллар.", "55—60 рублей",
     "курс рубля"),
])
def test_range_introducers(rules, text, span, subject):
    assert subjects_by_span(rules, text)[span] == subject


def test_no_verb_phrase_across_dash(rules):
    # the figures after the dash are items of what the places reached, not the verb's
    text = ("Второе и третье места заняли Курская область и Алтайский край — 40% и 35% "
            "работающих пенсионеров соответственно.")
    subject = subjects_by_span(rules, text)["40%"]
    assert subject is None or not subject.startswith("заняло")


@pytest.mark.parametrize("text, span, subject", [
    # a percent of a collective noun before a singular verb is the share of that group that
    # does what the verb says ("населения" is not a plural nominative subject here)
    ("54,6% населения проживает в городах.", "54,6%", "доля населения, проживающего в городах"),
    ("Около 30% населения страны живёт за чертой бедности.", "Около 30%",
     "доля населения, живущего за чертой бедности"),
    ("10% опрошенных поддерживают реформу.", "10%", "доля опрошенных, поддерживающих реформу"),
])
def test_share_of_collective_group(rules, text, span, subject):
    assert subjects_by_span(rules, text)[span] == subject
