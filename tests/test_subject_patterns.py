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


@pytest.mark.parametrize("text, span, indicator", [
    # a bare "доходы"/"расходы"/"дефицит" names the budget's when a budget is named nearby
    ("Дума утвердила бюджет края на 2025 год. Доходы составят 90 млрд рублей, расходы — "
     "95 млрд рублей.", "95 млрд рублей", "budget.spending"),
    ("Дума утвердила бюджет края на 2025 год. Доходы составят 90 млрд рублей, расходы — "
     "95 млрд рублей.", "90 млрд рублей", "budget.revenue"),
    ("Казна города пополнится, а дефицит сократится до 2 млрд рублей.", "2 млрд рублей",
     "budget.balance"),
    # a purpose after a preposition keeps the reading
    ("Бюджет области принят. Расходы на образование вырастут на 12%.", "12%",
     "budget.spending"),
    # no budget nearby, or a noun of its own after the head: not the budget's
    ("Доходы составят 90 млрд рублей.", "90 млрд рублей", None),
    ("Бюджет города принят. Расходы населения на связь выросли на 7%.", "7%", None),
    # a programme's planned spending is not the budget's
    ("Бюджет района принят. Планируемые объемы расходов программы составят 5 млн рублей.",
     "5 млн рублей", None),
])
def test_budget_nouns_near_a_budget(text, span, indicator):
    assert _read(text, span)[1] == indicator


@pytest.mark.parametrize("text, subject, indicator", [
    # people counted before "стать" are counted by the role they take (instrumental after it);
    # "стали" is read as the verb, not as the noun "сталь"
    ("В 2024 году более 50 тыс. жителей стали владельцами собственного жилья.",
     "владельцы собственного жилья", None),
    ("За год 300 студентов стали участниками программы обмена.",
     "участники программы обмена", None),
    ("В прошлом году 80 тыс. мигрантов стали обладателями российского паспорта.",
     "обладатели российского паспорта", "migration.citizenship"),
])
def test_role_taken_after_a_verb_of_becoming(text, subject, indicator):
    assert _read(text) == (subject, indicator)


@pytest.mark.parametrize("text, indicator", [
    # Russian citizenship or a Russian passport received: acquisition of citizenship
    ("В 2023 году российское гражданство получили 120 тыс. человек.", "migration.citizenship"),
    ("За полгода российский паспорт получили 40 тыс. иностранцев.", "migration.citizenship"),
])
def test_russian_citizenship_phrases(text, indicator):
    assert _read(text)[1] == indicator
