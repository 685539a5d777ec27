"""Lists of parts under a total: subject, breakdown and parent of each item line."""

from __future__ import annotations

from datetime import date

from migextract.pipeline import extract_text

PROGRAMME = """Объем финансирования программы на 2025-2026 годы составит 1 250,5 тыс. рублей:
- областной бюджет – 1 000,0 тыс. рублей;
- местный бюджет – 250,5 тыс. рублей.
В том числе по годам:
в 2025 году – 600,0 тыс. рублей:
- областной бюджет – 480,0 тыс. рублей;
- местный бюджет – 120,0 тыс. рублей.
в 2026 году – 650,5 тыс. рублей:
- областной бюджет – 520,0 тыс. рублей;
- местный бюджет – 130,5 тыс. рублей.
Ответственный исполнитель программы – отдел экономики администрации района.
"""


def _by_span(result):
    return {(f.span, f.quantity.start): f for f in result.facts}


def test_items_take_the_subject_and_parent_of_their_total():
    facts = list(extract_text(PROGRAMME).facts)
    assert [f.quantity.value for f in facts] == [
        1250500.0, 1000000.0, 250500.0, 600000.0, 480000.0, 120000.0, 650500.0, 520000.0, 130500.0]
    total, regional, local, y2025, regional_2025, local_2025, y2026, regional_2026, _ = facts
    subject = total.context.subject
    assert subject == "объём финансирования программы"
    assert all(f.context.subject == subject for f in facts)
    assert regional.context.breakdown == "областной бюджет"
    assert local_2025.context.breakdown == "местный бюджет"
    assert y2025.context.breakdown is None
    assert regional.parent_fact_id == total.fact_id
    assert y2025.parent_fact_id == total.fact_id  # through "В том числе по годам:"
    assert y2026.parent_fact_id == total.fact_id
    assert regional_2025.parent_fact_id == y2025.fact_id
    assert regional_2026.parent_fact_id == y2026.fact_id
    assert (regional_2025.context.period_start, regional_2025.context.period_end) == (
        date(2025, 1, 1), date(2025, 12, 31))


def test_parts_in_brackets_and_a_restated_total():
    text = ("Общий объем средств на реализацию программы составляет 245 тыс. рублей, "
            "в том числе по годам:\n"
            "2025 г. – 84 тыс. руб. (бюджет района 31 тыс. руб., внебюджетные средства 53 тыс. руб.),\n"
            "2026 г. – 161 тыс. руб. (бюджет района 55 тыс. руб., внебюджетные средства 106 тыс. руб.).\n"
            "Всего – 245 тыс. руб.\n")
    facts = list(extract_text(text).facts)
    total, y2025, budget_2025, offbudget_2025, y2026, *_, restated = facts
    assert y2025.parent_fact_id == total.fact_id
    assert budget_2025.parent_fact_id == y2025.fact_id
    assert budget_2025.context.breakdown == "бюджет района"
    assert offbudget_2025.context.breakdown == "внебюджетные средства"
    assert offbudget_2025.context.subject == total.context.subject
    assert restated.parent_fact_id is None
    assert restated.context.subject == total.context.subject


def test_a_line_that_is_not_an_item_closes_the_list():
    text = ("Численность безработных составила 12 тыс. человек:\n"
            "- мужчины – 7 тыс. человек;\n"
            "- женщины – 5 тыс. человек.\n"
            "Средняя заработная плата выросла на 8,2%.\n"
            "- прочие – 3 тыс. человек;\n")
    facts = list(extract_text(text).facts)
    assert facts[1].context.breakdown == "мужчины"
    assert facts[1].parent_fact_id == facts[0].fact_id
    assert facts[3].parent_fact_id is None
    assert facts[4].parent_fact_id is None
