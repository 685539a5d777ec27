"""subj11: what a figure measures in lists and growth rates found by an audit of TASS news —
an item of a list that repeats the preposition of the subject before it. Sentences are ours."""

import pytest

from .conftest import subjects_by_span


@pytest.mark.parametrize("text, span, subject", [
    ("Расходы на образование составили 5 млрд рублей, на здравоохранение — 3 млрд рублей.",
     "3 млрд рублей", "расходы на здравоохранение"),
    ("Расходы на образование составят 5 млрд рублей, на здравоохранение — 3 млрд рублей, "
     "на культуру — 1 млрд рублей.", "1 млрд рублей", "расходы на культуру"),
    ("На образование направят 5 млрд рублей, на здравоохранение — 3 млрд рублей.",
     "3 млрд рублей", "средства, направленные на здравоохранение"),
    # a name in quotes after the item's noun is left out, as the first item left it out
    ('Средства на национальный проект "Демография" составят 3,7 млрд рублей, на проект '
     '"Образование" - более 1 млрд рублей.', "более 1 млрд рублей", "средства на проект"),
    # the first item takes the noun before the verb; a bare item leaves out the preposition
    ("Наиболее крупные расходы предусмотрены на здравоохранение - около 40 млрд рублей, "
     "образование - почти 32 млрд рублей и на соцзащиту - почти 10,5 млрд рублей.",
     "около 40 млрд рублей", "расходы на здравоохранение"),
    ("Наиболее крупные расходы предусмотрены на здравоохранение - около 40 млрд рублей, "
     "образование - почти 32 млрд рублей и на соцзащиту - почти 10,5 млрд рублей.",
     "почти 32 млрд рублей", "расходы на образование"),
    ("Наиболее крупные расходы предусмотрены на здравоохранение - около 40 млрд рублей, "
     "образование - почти 32 млрд рублей и на соцзащиту - почти 10,5 млрд рублей.",
     "почти 10,5 млрд рублей", "расходы на соцзащиту"),
])
def test_a_prepositional_item_takes_the_head_before(rules, text, span, subject):
    assert subjects_by_span(rules, text)[span] == subject


@pytest.mark.parametrize("text, span, subject", [
    # a place item keeps the subject before, with no place in it
    ("Зарплата в Москве составила 80 тыс. рублей, в Подмосковье — 60 тыс. рублей.",
     "60 тыс. рублей", "зарплата"),
    ("Безработица в городах составила 3%, в сельской местности — 7%.", "7%", "безработица"),
    # a nominative item after a nominative subject is a subject of its own
    ("Доходы бюджета составят 104,8 млрд рублей, расходы - 107,1 млрд рублей.",
     "107,1 млрд рублей", "расходы"),
])
def test_a_place_item_is_no_prepositional_item(rules, text, span, subject):
    assert subjects_by_span(rules, text)[span] == subject


@pytest.mark.parametrize("text, span, subject", [
    ("Правительство обеспечит рост российской экономики выше 3% после 2021 года.", "выше 3%",
     "рост российской экономики"),
    ("Рост инвестиций в экономику Алтайского края ожидается в 7-10%.", "7-10%",
     "рост инвестиций в экономику"),
    ("Рост ВВП составит 2,1% в 2019 году.", "2,1%", "рост ВВП"),
    ("Мы прогнозируем рост цен на уровне 4%.", "4%", "рост цен"),
])
def test_a_growth_rate_keeps_its_change_noun(rules, text, span, subject):
    assert subjects_by_span(rules, text)[span] == subject


@pytest.mark.parametrize("text, span, subject", [
    # a change by an amount, or its ends, measure the changed thing
    ("Минэкономразвития ожидает роста экономики на 1,3% в этом году.", "1,3%", "экономика"),
    ("Предлагается снижение ставки с 30% до 22%.", "22%", "ставка"),
    # an item after a dash is no rate
    ("Чаще всего граждане называют рост цен – 78%.", "78%", "цены"),
])
def test_a_change_by_an_amount_drops_its_change_noun(rules, text, span, subject):
    assert subjects_by_span(rules, text)[span] == subject
