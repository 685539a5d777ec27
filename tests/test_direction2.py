"""Direction, second pass (docs/annotation.md §6.14, §6.6 and the dev gold's from–to pairs): a
comparative after a change amount whose base is an earlier time is a growth or a fall; against
another place it is none; in "с X до Y" the change belongs to the new level Y, not to the old
level X; an item whose verb is gapped ("…, в 2019-м — на 2,2%") changes as the item before it.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from migextract.ruleload import RuleError
from migextract.rules import load_rules

from .conftest import broken_rules, facts_of, figure_by_span


def _direction(rules, text: str, span: str) -> str | None:
    return figure_by_span(facts_of(rules, text), span).context.direction


@pytest.mark.parametrize(("text", "span", "direction"), [
    ("Разрешения получили 171 тыс. человек, что на 20% меньше, чем в 2015 году.", "20%",
     "decrease"),
    ("Аэропорт обслужил 1,2 млн пассажиров, это на 23% больше показателей 2016 года.", "23%",
     "increase"),
    ("Расходы на дороги составят 6 млрд рублей, что на 16,8% больше, чем в 2018 году.",
     "16,8%", "increase"),
    ("Рождаемость оказалась на 6,8% ниже, чем в 2012 году.", "6,8%", "decrease"),
    ("Отремонтировано 70 км дорог, что почти в два раза больше, чем в 2018-м.",
     "почти в два раза", "increase"),
], ids=["fewer_than_year", "more_than_year_level", "more_than_in_year", "lower_than_year",
        "times_more"])
def test_a_comparative_against_an_earlier_time_is_a_change(rules, text, span, direction):
    assert _direction(rules, text, span) == direction


@pytest.mark.parametrize(("text", "span"), [
    ("Зарплата в Москве на 45% выше, чем по стране.", "45%"),
    ("Пенсия женщин на 20% меньше, чем у мужчин.", "20%"),
    ("Зарплата в Москве на 45% выше средней.", "45%"),
], ids=["other_place", "other_group", "no_base"])
def test_a_comparative_against_a_place_or_group_has_no_direction(rules, text, span):
    assert _direction(rules, text, span) is None


@pytest.mark.parametrize(("text", "old", "new", "direction"), [
    ("Безработица снизилась с 3,5% до 0,4%.", "3,5%", "0,4%", "decrease"),
    ("Тариф вырастет на 2,2%, с 3,28 тыс. до 3,35 тыс. рублей.", "3,28 тыс.", "3,35 тыс. рублей",
     "increase"),
    ("Средняя зарплата повысится с нынешних 25,7 тыс. рублей до 32 тыс. рублей.",
     "25,7 тыс. рублей", "32 тыс. рублей", "increase"),
], ids=["fall", "rise_after_amount", "words_before_old_level"])
def test_a_change_from_one_level_to_another_is_told_of_the_new_level(rules, text, old, new,
                                                                      direction):
    facts = facts_of(rules, text)
    assert figure_by_span(facts, old).context.direction is None
    assert figure_by_span(facts, new).context.direction == direction


def test_a_new_level_in_a_gapped_clause_takes_the_change(rules):
    text = "Пенсионный возраст повысится до 60 лет для женщин, для мужчин — до 65 лет."
    assert _direction(rules, text, "65 лет") == "increase"


@pytest.mark.parametrize(("text", "span", "direction"), [
    ("ВВП в 2018 году вырастет на 2,1%, в 2019-м — на 2,2%, а в 2020-м — на 2,3%.", "2,3%",
     "increase"),
    ("Реальная зарплата снизится на 9,6%, а доходы на 6,3%.", "6,3%", "decrease"),
    ("Число аварий снизилось на 5,7%, а число погибших — на 18,4%.", "18,4%", "decrease"),
], ids=["years", "nouns", "dash"])
def test_a_gapped_item_changes_as_the_item_before(rules, text, span, direction):
    assert _direction(rules, text, span) == direction


@pytest.mark.parametrize(("text", "span"), [
    ("Заболеваемость выросла на 36,8%, при этом показатели ниже порога на 47%.", "47%"),
    ("Заболеваемость выросла на 36,8%, врачи провели 2 тыс. осмотров на 47%.", "47%"),
    ("Цены выросли на 5%, а зарплаты на 3 тыс. рублей.", "3 тыс. рублей"),
], ids=["comparative_in_between", "verb_in_between", "other_unit"])
def test_a_gapped_item_needs_no_verb_nor_comparative_and_the_same_unit(rules, text, span):
    assert _direction(rules, text, span) is None


def test_comparatives_must_be_words(tmp_path):
    rules_dir, _ = broken_rules(tmp_path, "context.yaml", "increase_comparatives: [больше,",
                                "increase_comparatives: [больше чем,")
    with pytest.raises(RuleError, match="increase_comparatives"):
        load_rules(rules_dir)


@pytest.mark.parametrize(("text", "span", "direction"), [
    ("Сильнее всего за месяц подорожал виноград — на 8,6%.", "8,6%", "increase"),
    ("Прирост инвестиций в регионе составил 12%.", "12%", "increase"),
    ("Зарплаты бюджетников проиндексируют на 4%.", "4%", "increase"),
    ("Помидоры подешевели на 2,7%.", "2,7%", "decrease"),
    ("Национальная валюта обесценилась в три раза.", "в три раза", "decrease"),
], ids=["dearer", "growth_noun", "indexation", "cheaper", "devalued"])
def test_words_of_price_change_and_indexation_give_a_direction(rules, text, span, direction):
    assert _direction(rules, text, span) == direction


@pytest.mark.parametrize(("text", "span", "direction"), [
    ("Число эмигрантов сократилось на 30,2 тыс. человек, или на 15,1%.", "15,1%", "decrease"),
    ("Спад производства составил 7 и 14%.", "14%", "decrease"),
    ("Численность повысится на 79,1% и 81% соответственно.", "81%", "increase"),
], ids=["restated_in_percent", "coordinated_bare", "coordinated"])
def test_a_restated_or_coordinated_change_goes_the_same_way(rules, text, span, direction):
    assert _direction(rules, text, span) == direction


def test_an_old_level_with_its_year_has_no_direction(rules):
    facts = facts_of(rules, "Численность молодёжи вырастет с 6596 тыс. человек в 2016 году "
                            "до 8951,6 тыс. человек к 2030 году.")
    assert figure_by_span(facts, "6596 тыс. человек").context.direction is None
    assert figure_by_span(facts, "8951,6 тыс. человек").context.direction == "increase"


@pytest.mark.parametrize(("text", "span", "direction"), [
    ("Около 5% опрошенных хотели бы услышать о повышении зарплат.", "Около 5%", None),
    ("Про снижение налогов говорили 12% участников.", "12%", None),
    ("Зарплаты выросли на 5%, об их повышении сообщил министр.", "5%", "increase"),
], ids=["topic", "topic_first", "change_amount_keeps"])
def test_a_change_talked_of_is_no_direction_of_the_figure(rules, text, span, direction):
    assert _direction(rules, text, span) == direction
