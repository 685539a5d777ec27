"""What a count of a measure noun measures (docs/annotation.md §6.21): a noun that only measures
an amount of something else ("пункт" of an index or rating, "баррель", "доза", "порция",
"упаковка") keeps unit item and the noun as counted, but its subject is the thing measured — the
genitive after the noun ("баррелей нефти" → "нефть"), else what the clause says the figure of
("индекс вырос до 2301 пункта" → "индекс"). "Пункт" measures only beside a word of a scale
(индекс, рейтинг, котировки, биржа) and without an adjective of its own: "18 снегоплавильных
пунктов", "пункты выдачи" are facilities, counted like other things.

Every sentence here was written for the test."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text
from migextract.ruleload import RuleError
from migextract.rules import load_rules

from .conftest import broken_rules
from .conftest import subject_of as _subject


@pytest.mark.parametrize("text, span, subject", [
    ("К закрытию торгов индекс Мосбиржи вырос на 0,4% (до 2310 пунктов).", "2310 пунктов",
     "индекс мосбиржи"),
    ("За неделю рейтинг губернатора поднялся на 7 пунктов.", "7 пунктов", "рейтинг губернатора"),
    ("Фондовый индекс Токийской биржи опустился до 21 500 пунктов.", "21 500 пунктов",
     "фондовый индекс токийской биржи"),
])
def test_points_of_a_scale_measure_the_scale(text, span, subject):
    got = _subject(text, span)
    assert got is not None and got.lower() == subject


@pytest.mark.parametrize("text, span, head", [
    ("Компания поставила в Китай 2 млн баррелей нефти.", "2 млн баррелей", "нефть"),
    ("В регион поступили 150 тыс. доз вакцины от гриппа.", "150 тыс. доз", "вакцин"),
    ("Волонтеры раздали 900 упаковок питьевой воды.", "900 упаковок", "питьев"),
    ("Каждый день школьникам выдают 300 порций горячего супа.", "300 порций", "горяч"),
])
def test_the_genitive_after_a_measure_noun_is_measured(text, span, head):
    got = _subject(text, span)
    assert got is not None and got.startswith(head), got
    first = got.split()[0]
    assert not first.startswith(("баррел", "доз", "упаков", "порци")), got


def test_measure_count_keeps_its_unit_and_counted_noun():
    result = extract_text("Компания поставила в Китай 2 млн баррелей нефти.")
    fact = next(f for f in result.facts if f.span == "2 млн баррелей")
    assert (fact.quantity.unit, fact.quantity.counted) == ("item", "баррель")
    assert fact.context.subject == "нефть"


@pytest.mark.parametrize("text, span, head", [
    ("Снег вывозят на 12 снегоплавильных пунктов города.", "12", "снегоплавильн"),
    ("В городе открыли 15 пунктов приема макулатуры.", "15 пунктов", "пункт"),
])
def test_a_point_that_is_a_facility_is_counted(text, span, head):
    got = _subject(text, span)
    assert got is not None and head in got, got


def test_a_facility_point_stays_counted_even_near_a_scale_word():
    # an adjective of its own makes "пункты" facilities, whatever the sentence says of ratings
    got = _subject("По рейтингу доступности в области работают 40 фельдшерско-акушерских "
                   "пунктов.", "40")
    assert got is not None and "пункт" in got, got


def test_measure_nouns_must_be_single_lower_case_words(tmp_path):
    rules_dir, lines = broken_rules(tmp_path, "context.yaml",
                                    "amount_measure_nouns: [баррель,",
                                    "amount_measure_nouns: [баррель нефти,")
    line = next(n for n, s in enumerate(lines, 1) if s.startswith("amount_measure_nouns:"))
    with pytest.raises(RuleError, match=rf"context\.yaml:{line}: key 'amount_measure_nouns': "
                                        "expected one lower-case word"):
        load_rules(rules_dir)


@pytest.mark.parametrize("text, span, head", [
    ("Ночью на дорогах области работали 250 единиц снегоуборочной техники.", "250 единиц",
     "снегоуборочная техника"),
    ("Всего в город доставлено 12 тыс. штук медицинских масок.", "12 тыс. штук",
     "медицинские маски"),
])
def test_units_and_pieces_name_what_they_count_by_their_genitive(text, span, head):
    got = _subject(text, span)
    assert got is not None and head in got, got


def test_units_without_a_genitive_keep_the_clause_subject():
    assert _subject("Число буровых установок в стране выросло до 780 единиц.",
                    "780 единиц") == "число буровых установок"


@pytest.mark.parametrize("text, span, subject", [
    ("По итогам квартала рост экспорта превысил прогноз и составил 12,2%.", "12,2%",
     "экспорт"),
    ("Годовая инфляция в феврале почти достигла цели банка и снизилась до 3,9%.", "3,9%",
     "годовая инфляция"),
])
def test_two_verbs_joined_by_and_share_their_subject(text, span, subject):
    # the accusative object of the first verb is not the subject of the second
    got = _subject(text, span)
    assert got is not None and subject in got and "прогноз" not in got and "цел" not in got, got


def test_a_price_per_measure_noun_is_not_the_measure_noun():
    # the denominator of a price ("за баррель") is never what the price measures
    got = _subject("Эксперты полагают, что рано или поздно нефть должна вернуться к уровню в $48 "
                   "за баррель, но рост будет медленным.", "$48")
    assert got is None or "баррел" not in got, got
