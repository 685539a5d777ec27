"""How a subject phrase is built: where the clause said of a share's group ends, a share named
by a frame ("на долю X приходится N%") rather than by the genitive after the figure, and an
indeclinable noun in a coordinated complement.

Each sentence is written for this test on a construction seen in news; the expected subject is
that of the figure whose span is given (the first figure when none is)."""

from __future__ import annotations

import pytest

from .conftest import subject_of as _subject


@pytest.mark.parametrize("text, span, subject", [
    # the clause said of a share's group ends at a comma before the next figure of the list
    ("Он сказал, что 60% студентов живут в общежитиях, 30% снимают квартиры.", "60%",
     "доля студентов, живущих в общежитиях"),
    ("Треть жителей пользуется автобусами, четверть ездит на машинах.", "Треть",
     "доля жителей, пользующихся автобусами"),
    # … also when words like "ещё", "а" open that item
    ("Около 70% выпускников остались в городе, ещё 20% уехали в столицу.", "Около 70%",
     "доля выпускников, оставшихся в городе"),
    ("Почти половина рабочих трудится на стройках, еще треть - в торговле.", "Почти половина",
     "доля рабочих, трудящихся на стройках"),
    ("45% опрошенных живут на 15 тыс. рублей в месяц, а 20% - на 10 тыс. рублей.", "45%",
     "доля опрошенных, живущих на 15 тыс. рублей в месяц"),
    # a comma before other words does not end it
    ("60% студентов живут в общежитиях, построенных в 1970-х годах.", None,
     "доля студентов, живущих в общежитиях, построенных в 1970-х годах"),
    # "на долю X приходится N%": the share is X's, before or after the figure
    ("На долю малого бизнеса приходится 20%.", None, "доля малого бизнеса"),
    ("На долю таких платежей в прошлом году приходилось 33%.", None, "доля таких платежей"),
    ("В 2017 году на долю импорта приходилось 40%, а теперь - 30%.", "40%", "доля импорта"),
    ("Около 15% приходится на долю частных клиник.", None, "доля частных клиник"),
    # with a genitive after the figure, the share is of that whole, as before
    ("На долю мигрантов приходится 5% преступлений.", None, "доля преступлений"),
    # an indeclinable noun coordinated with a head's complement is a complement too, not the
    # head of the subject
    ("Заболеваемость гриппом и ОРВИ выросла на 40%.", None, "заболеваемость гриппом и ОРВИ"),
    ("Спрос на кофе и какао вырос на 5%.", None, "спрос на кофе и какао"),
    ("Экспорт молока и какао вырос на 5%.", None, "экспорт молока и какао"),
    # coordinated heads stay the subject
    ("Население и ВВП выросли на 3%.", None, "население и ВВП"),
])
def test_subject_building(text, span, subject):
    assert _subject(text, span) == subject
