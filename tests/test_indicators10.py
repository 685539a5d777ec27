"""Indicators, tenth pass (audit of fresh TASS, RT and NG news): the other words of budget
spending ("выделение", "заложено", "израсходовано", "потрачено", "обойдется казне", "субсидии",
"общий объём расходов"). Sentences written for these tests (docs/annotation.md §4 "Indicator:
which figures get one", rule 3)."""

from __future__ import annotations

import pytest

from .conftest import indicator_of


@pytest.mark.parametrize("text, span, expected", [
    # an allocation named by its noun, or by a verb of spending, with a budget or a
    # government named nearby, is the budget's spending (§4 rule 3)
    ("Бюджетом города на следующий год предусмотрено выделение на ремонт школ 120 млн рублей.",
     "120 млн рублей", "budget.spending"),
    ("В областном бюджете на 2020 год заложено 45 млн рублей на ремонт дорог.",
     "45 млн рублей", "budget.spending"),
    ("Минфин сообщил, что на поддержку экспорта в прошлом году было израсходовано 12 млрд "
     "рублей.", "12 млрд рублей", "budget.spending"),
    ("Бюджет области на 2020 год утвержден. На ремонт школы потрачено 5 млн рублей.",
     "5 млн рублей", "budget.spending"),
    ("Новая трасса построена за год. Это обойдется казне в 300 млн рублей.",
     "300 млн рублей", "budget.spending"),
    ("Из регионального бюджета районам были предоставлены субсидии на общую сумму 40 млн "
     "рублей.", "40 млн рублей", "budget.spending"),
    ("Бюджет региона принят. Общий объем расходов составит 70 млрд рублей.",
     "70 млрд рублей", "budget.spending"),
    ("Бюджет области на 2020 год утвержден. Общий объем финансирования составит 3 млрд рублей.",
     "3 млрд рублей", "budget.spending"),
])
def test_words_of_budget_spending(text, span, expected):
    assert indicator_of(text, span) == expected


@pytest.mark.parametrize("text, span", [
    # the same words with no budget or government in sight are anybody's money (§4 rule 3,
    # "Not"): a school's, a company's, a family's, tourists'
    ("На ремонт школы потрачено 5 млн рублей, сообщил директор.", "5 млн рублей"),
    ("Компания израсходовала на рекламу 20 млн рублей.", "20 млн рублей"),
    ("Это обойдется покупателям в 300 рублей.", "300 рублей"),
    ("Туристы из Китая потратили в магазинах 3 млрд рублей.", "3 млрд рублей"),
    ("Субсидии фермерам банк выдал на 10 млн рублей.", "10 млн рублей"),
])
def test_spending_words_need_a_budget(text, span):
    assert indicator_of(text, span) is None


@pytest.mark.parametrize("text, span, expected", [
    # minutes, seconds, power and energy measure no level of an indicator that does not list
    # them (§4 rule 1): a time span, a capacity
    ("Промышленное производство в регионе остановилось на 40 минут.", "40 минут", None),
    ("Инвестиции в основной капитал, по словам министра, окупаются за 15 секунд.",
     "15 секунд", None),
    ("Экспорт электроэнергии из региона вырос на 120 МВт.", "120 МВт", None),
    ("Теперь можно будет переехать мост за три минуты.", "три минуты", None),
    # an indicator that lists the unit keeps it: electricity exported is an export volume
    ("Экспорт электроэнергии составил 5 млрд кВт·ч.", "5 млрд кВт·ч", "trade.exports"),
    ("Экспорт электроэнергии вырос на 5%.", "5%", "trade.exports"),
])
def test_minutes_power_and_energy_are_no_level(text, span, expected):
    assert indicator_of(text, span) == expected


@pytest.mark.parametrize("text, span, expected", [
    # children born, named by the passive participle or by "появившиеся на свет", are the
    # births
    ("В 2017 году число рожденных детей в стране сократилось на 10,7%.", "10,7%",
     "population.births"),
    ("Общее число рожденных детей составило 1690 тыс. человек.", "1690 тыс. человек",
     "population.births"),
    ("Младенцев, появившихся на свет в области, стало больше на 3%.", "3%",
     "population.births"),
    # a share of the born is no count of births (§4 rule 1), nor one person's birth date
    ("Доля детей, появившихся на свет вне брака, составила 20%.", "20%", None),
])
def test_children_born_are_births(text, span, expected):
    assert indicator_of(text, span) == expected
