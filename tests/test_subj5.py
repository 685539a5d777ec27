"""What a figure measures (docs/annotation.md §4, §6.20), in two constructions found by the
subj5 audit of unannotated news:

- a predicate in the infinitive after a modal word ("может", "должна") or the future "будет":
  the noun phrase before the modal word is the infinitive's subject, as for a finite verb;
- a count in the genitive right after a noun ("ремонт 64 домов культуры"): what is counted is
  the noun's genitive complement, so that phrase wins over the clause's verb. The count's own
  forms must show the genitive; "приняли участие 3,5 тыс. медработников" may have the count
  as the subject and keeps the verb's reading.

Every sentence here was written for the test."""

from __future__ import annotations

import pytest

from .conftest import subject_of as _subject


@pytest.mark.parametrize("text, span, subject", [
    ("Аналитики считают, что к пятнице индекс биржи может достичь 3100 пунктов.",
     "3100 пунктов", "индекс биржи"),
    ("В ближайший месяц курс национальной валюты будет находиться в диапазоне 70—72 рублей "
     "за доллар.", "70—72 рублей", "курс национальной валюты"),
    ("По плану численность резервистов должна достигнуть 8 тыс. человек.", "8 тыс. человек",
     "численность резервистов"),
])
def test_modal_infinitive_takes_the_subject_of_its_modal(text, span, subject):
    assert _subject(text, span) == subject


def test_transitive_infinitive_keeps_its_counted_object():
    # the person before "удалось" acts; the count is the infinitive's object
    got = _subject("Исследователю удалось опросить 1200 фермеров из трёх областей.",
                   "1200 фермеров")
    assert got is not None and got.startswith("фермеры")


@pytest.mark.parametrize("text, span, subject", [
    ("В прошлом году проведен капитальный ремонт 34 сельских клубов.", "34",
     "капитальный ремонт сельских клубов"),
    ("В 2020 году завершено строительство трёх новых поликлиник.", "трёх",
     "строительство новых поликлиник"),
])
def test_genitive_count_after_a_noun_wins_over_the_verb(text, span, subject):
    assert _subject(text, span) == subject


def test_count_that_may_be_the_subject_keeps_the_verb_reading():
    # "5 тыс." may be nominative: the participants are counted, not the "участие"
    got = _subject("В забастовке приняли участие 5 тыс. водителей.", "5 тыс. водителей")
    assert got != "участие водителей"
