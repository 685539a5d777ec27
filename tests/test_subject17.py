"""Subject rules of pass subj17, on shares of a group of people: a short predicate after a
copula ("были знакомы") or before the figure ("довольны две трети опрошенных") is said of the
group like a verb; a share written "каждый N-й X" is the share of the X's, in the genitive
plural, with what its clause says of them. The sentences are ours."""
from __future__ import annotations

import pytest

from .conftest import facts_of, figure_by_span


def _subject(rules, text: str, span: str) -> str | None:
    return figure_by_span(facts_of(rules, text), span).context.subject


@pytest.mark.parametrize(("text", "span", "subject"), [
    ("В 2016 году 39% респондентов были довольны своей зарплатой.", "39%",
     "доля респондентов, довольных своей зарплатой"),
    ("Если в прошлом году 43% опрошенных были знакомы с текстом, то теперь их стало больше.",
     "43%", "доля опрошенных, знакомых с текстом"),
])
def test_a_short_predicate_after_a_copula_is_said_of_the_group(rules, text, span, subject):
    assert _subject(rules, text, span) == subject


@pytest.mark.parametrize(("text", "span", "subject"), [
    ("Экономической ситуацией в городе довольны почти две трети опрошенных.",
     "почти две трети", "доля опрошенных, довольных экономической ситуацией"),
    ("В Москве своей работой довольны 70% жителей.", "70%",
     "доля жителей, довольных своей работой"),
    ("Доступны для покупки лишь 20% квартир.", "20%", "доля квартир, доступных для покупки"),
])
def test_a_short_predicate_before_the_figure_is_said_of_the_group(rules, text, span, subject):
    assert _subject(rules, text, span) == subject


def test_a_place_before_a_short_predicate_is_left_out_with_its_genitive(rules):
    text = "На территории района своей работой довольны 45% жителей."
    assert _subject(rules, text, "45%") == "доля жителей, довольных своей работой"


@pytest.mark.parametrize(("text", "span", "subject"), [
    ("Каждый пятый россиянин не доволен своей зарплатой.", "Каждый пятый",
     "доля россиян, не довольных своей зарплатой"),
    ("Каждая третья семья в регионе живет в бедности.", "Каждая третья",
     "доля семей, живущих в бедности"),
    ("По данным опроса, каждый второй из опрошенных считает, что цены вырастут.",
     "каждый второй", "доля опрошенных, считающих, что цены вырастут"),
    ("Сегодня о ресурсе знает каждый третий пользователь Интернета.", "каждый третий",
     "доля пользователей интернета, знающих о ресурсе"),
])
def test_every_nth_is_the_share_of_the_group_after_it(rules, text, span, subject):
    assert _subject(rules, text, span).replace("ё", "е") == subject


def test_every_nth_of_a_substantivized_participle(rules):
    text = "В нашей стране каждый пятый заключенный приговорен по ошибке."
    assert _subject(rules, text, "каждый пятый").replace("ё", "е") \
        == "доля заключенных, приговоренных по ошибке"
