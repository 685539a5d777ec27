"""Parts named after a dash. A part named by where its people come from ("из них 9 тыс. –
выходцы из Узбекистана") is the parent's quantity with a partner, not a new subject
(docs/annotation.md §4, §6.3). Every sentence here was written for the test."""

from __future__ import annotations

from migextract.pipeline import extract_text


def _fact(text: str, span: str):
    return next(f.context for f in extract_text(text).facts if f.span == span)


def test_origin_after_dash_keeps_the_parents_subject():
    text = ("В прошлом году статус кандаса получили 12 400 человек, из них 7,2 тыс. – выходцы "
            "из Узбекистана, 2,8 тыс. – из Туркменистана.")
    part = _fact(text, "7,2 тыс.")
    assert part.subject != "выходцы"
    assert part.indicator == "migration.kandas"


def test_a_part_named_by_its_own_noun_keeps_that_noun():
    text = ("В регион прибыли 5 400 человек, из них 1,9 тыс. – иностранные студенты.")
    assert _fact(text, "1,9 тыс.").subject == "иностранные студенты"


def test_a_part_after_a_dash_keeps_its_complement_as_written():
    # only the head is put in the nominative: "средства областного бюджета", not "средство
    # областной бюджет"
    text = ("На ремонт дорог выделено 800 млн рублей, из них 300 млн рублей – средства "
            "областного бюджета.")
    assert _fact(text, "300 млн рублей").subject == "средства областного бюджета"
