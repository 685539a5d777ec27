"""subj10: what a figure measures when the text leaves it out — an item of a list that leaves
out the head of the subject before it, "этот показатель" after the sentence before, and the
ranker's candidates. Sentences are ours."""

import pytest

from .conftest import subjects_by_span


@pytest.mark.parametrize("text, span, subject", [
    ("Доля мужчин в населении области — 48%, женщин — 52%.", "52%", "доля женщин"),
    ("Численность мужчин — 48 тыс. человек, женщин — 52 тыс. человек.", "52 тыс. человек",
     "численность женщин"),
    ("Доля городского населения — 60%, сельского — 40%.", "40%", "доля сельского населения"),
    ("Доля Сбербанка на рынке — 30%, ВТБ — 20%.", "20%", "доля ВТБ"),
    ("Доля занятых — 60%, безработных — 5%.", "5%", "доля безработных"),
    ("Число умерших — 100 человек, а погибших — 18 человек.", "18 человек", "число погибших"),
    # an adjective before the head, in the case it was written in
    ("Католических детсадов — 100, протестантских — 83.", "83", "протестантские детсады"),
    # an adjective item after a dash item stands for the adjective of a place item as well
    ("Зарплата в частном секторе — 50 тыс. рублей, государственном — 45 тыс. рублей.",
     "45 тыс. рублей", "зарплата в государственном секторе"),
])
def test_an_item_takes_the_head_it_leaves_out(rules, text, span, subject):
    assert subjects_by_span(rules, text)[span] == subject


@pytest.mark.parametrize("text, span, subject", [
    # the first item keeps its own subject
    ("Доля мужчин в населении области — 48%, женщин — 52%.", "48%",
     "доля мужчин в населении области"),
    # an adjective standing for a place ("в сельской [местности]") names no part of the subject
    ("Уровень безработицы в городах — 3%, сельской — 7%.", "7%", "уровень безработицы"),
    # an adjective that cannot agree with the noun of the adjective it would replace
    ("Доля работающих пенсионеров в городах — 30%, сельской — 20%.", "20%",
     "доля работающих пенсионеров"),
    ("Доля занятых в экономике в городах — 60%, сельской — 40%.", "40%",
     "доля занятых в экономике"),
    # a genitive after an oblique item parallels it: no head was left out
    ("Доля в импорте молока достигает 92%, кисломолочной продукции — 94%, творога — 99%.",
     "99%", "творог"),
    # after a place item, a noun that may be locative left out "в": no genitive of the subject
    ("Уровень безработицы составил в городах 3%, сельской местности — 7%.", "7%",
     "сельская местность"),
    # a place after a place is the figure's place, not a genitive of the subject
    ("Население Москвы — 13 млн человек, Петербурга — 5 млн человек.", "5 млн человек",
     "население"),
])
def test_what_is_no_left_out_head(rules, text, span, subject):
    assert subjects_by_span(rules, text)[span] == subject


def test_an_adjective_in_another_case_replaces_nothing(rules):
    # "итальянский", "французский" are the subjects themselves, not adjectives of "с отрывом"
    text = "Далее с большим отрывом идут итальянский – 5, французский – 4."
    assert subjects_by_span(rules, text)["4"] != "французский отрыв"


@pytest.mark.parametrize("text, span, subject", [
    # the measure the sentence right before names, with no figure of its own
    ("Уровень безработицы в области продолжает снижаться. Этот показатель составил 4,2%.",
     "4,2%", "уровень безработицы"),
    # two back when the sentence between names nothing measurable
    ("Объем производства вырос на 5%. Губернатор посетил завод. Этот показатель составил 4,2%.",
     "4,2%", "объём производства"),
    # the measure noun heading its phrase, not the genitive of another noun, the object of a verb
    ("Главной задачей властей остается снижение доли просроченных кредитов. Сейчас этот "
     "показатель составляет 8%.", "8%", "доля просроченных кредитов"),
    ("Губернатор поручил увеличить объем жилищного строительства в области. В прошлом году "
     "этот показатель составил 1,2 млн кв. м.", "1,2 млн кв. м.", "объём жилищного строительства"),
    # the subject of the figure of the sentence before
    ("Уровень безработицы в области составил 4,2%. Этот показатель оказался ниже, чем год "
     "назад, на 0,3 процентного пункта.", "0,3 процентного пункта", "уровень безработицы"),
])
def test_this_measure_is_the_measure_just_before(rules, text, span, subject):
    assert subjects_by_span(rules, text)[span] == subject


def test_a_level_reached_is_no_measure_named(rules):
    # "рекордных размеров" is the level the debt reached, not what "этот показатель" is
    text = "Долг компании достиг рекордных размеров. Этот показатель вырос на 20%."
    assert subjects_by_span(rules, text)["20%"] != "рекордные размеры"


def test_this_measure_does_not_reach_further_back(rules):
    text = ("Зарплата выросла до 50 тыс. рублей. Губернатор посетил завод. Открыта новая школа. "
            "Этот показатель составил 4,2%.")
    assert subjects_by_span(rules, text)["4,2%"] == "показатель"


def test_a_noun_only_inside_another_figure_is_no_candidate(rules):
    # "населения" stands only in the span of "10 тыс. населения": the ranker may not take it
    # for what the doctors' count measures
    text = ("Чаще всего врачей в Томской области, где на 10 тыс. населения приходится 90 врачей, "
            "и в Чукотском автономном округе — 85 врачей.")
    subjects = subjects_by_span(rules, text)
    assert subjects["90 врачей"] == "врачи на 10 тыс. населения"  # the rate's basis (subj14)
    assert subjects["85 врачей"] == "врачи на 10 тыс. населения"
