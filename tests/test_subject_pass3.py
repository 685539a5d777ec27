"""Subjects, third pass: the figure of a change "с A до B" whose former level carries a
participle ("с ожидавшихся 3,7 до 3,9%"), and a subject whose noun has a list of dative
complements ("компенсация ветеранам, труженикам тыла … увеличилась").

Each sentence is written for this test on a construction seen in news; the expected subject is
that of the figure whose span is given."""

from __future__ import annotations

import pytest

from .conftest import subject_of as _subject


@pytest.mark.parametrize("text, span, subject", [
    # a participle between the preposition and the figure describes the figure; the
    # predicate is the verb before it
    ("Прогноз роста мировой экономики на этот год увеличен с ожидавшихся ранее 3,7 до 3,9%.",
     "3,7", "прогноз роста мировой экономики"),
    ("Прогноз роста мировой экономики на этот год увеличен с ожидавшихся ранее 3,7 до 3,9%.",
     "3,9%", "прогноз роста мировой экономики"),
    ("Ключевая ставка снижена с действовавших прежде 8% до 7,5%.", "8%", "ключевая ставка"),
    # the object of a transitive change verb ends before those words of the figure
    ("Фермеры сократили посевные площади с планируемых 6 тыс. до 5 тыс. гектаров.", "6 тыс.",
     "посевные площади"),
])
def test_participle_of_the_figure(text, span, subject):
    assert _subject(text, span) == subject


@pytest.mark.parametrize("text, span, subject", [
    # dative complements of the subject's noun joined by commas do not end the subject
    ("Ежемесячная доплата учителям сельских школ, врачам и фельдшерам увеличилась с 3 тыс. "
     "до 5 тыс. рублей.", "3 тыс.", "ежемесячная доплата учителям сельских школ"),
    ("Ежемесячная компенсация ветеранам труда, пострадавшим от репрессий гражданам и вдовам "
     "участников войны увеличилась с 4 тыс. до 8 тыс. рублей.", "4 тыс.",
     "ежемесячная компенсация ветеранам труда, пострадавшим от репрессий гражданам и вдовам "
     "участников войны"),
])
def test_dative_complements(text, span, subject):
    assert _subject(text, span) == subject
