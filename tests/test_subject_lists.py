"""Subjects of list items (docs/annotation.md §4: "Place, period and breakdown words are not part
of the subject"): the items of a list are categories of one measured quantity, so an item goes to
`breakdown` and the quantity the sentence measures to `subject`.

Every sentence here was written for the test."""

from __future__ import annotations

import pytest

from .conftest import context_of


@pytest.mark.parametrize("text, span, subject, breakdown", [
    # "X (N), Y (M) и Z (K)": a noun phrase with its figure in brackets, coordinated with
    # another such item, is a category of what the sentence measures
    ("Львиная доля расходов пришлась на оборону (40%) и медицину (25%).",
     "25%", "львиная доля расходов", "медицина"),
    ("Основную часть экспорта составили станки (40%) и металлы (25%).",
     "25%", "основная часть экспорта", "металлы"),
    # a list after a colon: the noun phrase that opens it is what is measured
    ("Расходы бюджета распределены так: образование (35%), здравоохранение (20%), транспорт "
     "(10%).", "20%", "расходы бюджета", "здравоохранение"),
    # the first item after a figure with a verb: the items take the subject the clause gave
    ("На первом месте промышленность, за которую проголосовали 30% опрошенных; сельское "
     "хозяйство (21%) и транспорт (11%).", "11%", "доля опрошенных", "транспорт"),
    # "от X (на N%), от Y (на M%)": items whose brackets hold a change "на N%"
    ("Сильнее всего снизилась смертность от болезней сердца (на 12%), от гриппа (на 9%) и от "
     "туберкулёза (на 7%).", "7%", "смертность", "туберкулёз"),
])
def test_bracketed_list_item_is_a_breakdown(text, span, subject, breakdown):
    ctx = context_of(None, text, span)
    assert (ctx.subject, ctx.breakdown) == (subject, breakdown)


@pytest.mark.parametrize("text, span, subject", [
    # one noun phrase with a bracketed figure is no list: the group is what is measured
    ("Большинство жителей (64%) довольны работой транспорта.", "64%",
     "доля жителей, довольных работой транспорта"),
    # a price list names each item's own price; it is not read as a bracketed list
    ("Сильнее всего подорожали огурцы — на 9%, капуста (7%) и лук (6%).", "6%", "лук"),
])
def test_not_a_bracketed_list(text, span, subject):
    ctx = context_of(None, text, span)
    assert ctx.subject.startswith(subject) and ctx.breakdown is None


def test_a_part_in_brackets_is_not_a_list_item():
    # "X (N), в том числе Y (M)": the part keeps the subject of its whole, not a list's
    ctx = context_of(None, "Смертность от внешних причин снизилась (на 11%), в том числе от "
                     "пожаров (на 10%).", "10%")
    assert ctx.subject == "смертность от внешних причин" and ctx.breakdown is None


@pytest.mark.parametrize("text, span, subject, breakdown", [
    # "…, (а) для X — N": an elliptical item after a preposition measures what the item before
    # measured; its noun phrase is the category
    ("С 2025 года для женщин пенсионный возраст составит 58 лет, а для мужчин — 63 года.",
     "63 года", "пенсионный возраст", "мужчины"),
    ("Средняя пенсия в области составляет 16 200 рублей, у неработающих пенсионеров — "
     "16 900 рублей.", "16 900 рублей", "средняя пенсия", "неработающие пенсионеры"),
    ("Число умерших от болезней органов дыхания снизилось на 4%, от болезней системы "
     "кровообращения — на 6%.", "6%", "число умерших", "болезни системы кровообращения"),
])
def test_elliptical_item_after_a_preposition_is_a_breakdown(text, span, subject, breakdown):
    ctx = context_of(None, text, span)
    assert (ctx.subject, ctx.breakdown) == (subject, breakdown)


def test_a_place_item_is_no_breakdown():
    # "…, в Москве — на 7%": a place goes to `place`, not to the breakdown
    ctx = context_of(None, "Доходы населения выросли на 5%, в Москве — на 7%.", "7%")
    assert ctx.breakdown is None


@pytest.mark.parametrize("text, span", [
    # a period or a mere circumstance ("в некоторых случаях") is no category
    ("Цены за март выросли на 0,4%, а за январь-март – на 1,5%.", "1,5%"),
    ("Обычно бутылку используют 15 раз, а в отдельных случаях – 40 раз.", "40 раз"),
])
def test_no_breakdown_from_a_period_or_a_circumstance(text, span):
    assert context_of(None, text, span).breakdown is None
