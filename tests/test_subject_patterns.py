"""Subject and indicator patterns of Russian that recur across documents, one test per rule.

Every sentence here was written for the test; each pattern was seen in at least two dev
documents (docs/annotation.md §4)."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text


def _read(text: str, span: str | None = None) -> tuple[str | None, str | None]:
    facts = extract_text(text).facts
    fact = next(f for f in facts if span is None or f.span == span)
    return fact.context.subject, fact.context.indicator


@pytest.mark.parametrize("text, indicator", [
    # a passive participle before the head qualifies it like an adjective
    ("Среднемесячная начисленная зарплата в области составила 41,2 тыс. рублей.",
     "wages.average_nominal"),
    ("Уровень регистрируемой безработицы снизился до 1,1%.", "labour.unemployment_rate"),
    # an active participle changes what is measured: lost revenue is not revenue
    ("Выпадающие доходы бюджета составят 300 млн рублей.", None),
    # a substantivized participle is the head of its own phrase
    ("Доля работающих, получающих минимальную зарплату, составила 12%.", None),
])
def test_passive_participle_before_the_head(text, indicator):
    assert _read(text)[1] == indicator
