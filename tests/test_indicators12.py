"""Indicators, pass 12: a budget named only in the title, and a share whose clause runs on
(docs/annotation.md §4, "Indicator: which figures get one", rules 1 and 3). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text

# the last mention of a budget stands more than two sentences before the figure
_BUDGET_REPORT = (
    "Депутаты областного собрания одобрили документ на заседании во вторник. "
    "Обсуждение шло несколько часов. Депутаты задали много вопросов. "
    "Расходы на поддержку жилищно-коммунального хозяйства в 2019 году составят 2,6 млрд рублей.")


def _fact(text: str, span: str, title: str | None = None):
    return next(f for f in extract_text(text, title=title).facts if f.span == span)


@pytest.mark.parametrize("title", [
    "Дефицит бюджета области в 2019 году составит 2 млрд рублей",
    "Парламент области принял бюджет на 2019 год",
])
def test_a_budget_named_in_the_title_makes_spending_the_budgets(title):
    assert _fact(_BUDGET_REPORT, "2,6 млрд рублей", title).context.indicator == "budget.spending"
    # a title about something else names no budget
    other = "Депутаты обсудили жилищно-коммунальное хозяйство"
    assert _fact(_BUDGET_REPORT, "2,6 млрд рублей", other).context.indicator is None


def test_the_figures_own_sentences_come_before_the_title():
    """The title is asked last: the fuel named in the sentence wins over the food of the title
    (and the title still counts where the sentences name nothing)."""
    text = ("На заправке цены на горючее достигли $20 за галлон при средней стоимости в $2 "
            "за галлон.")
    fact = _fact(text, "$2", "В США выросли цены на продукты и воду")
    assert fact.context.indicator == "prices.fuel"
    assert _fact(_BUDGET_REPORT, "2,6 млрд рублей",
                 "Бюджет области на 2019 год принят").context.indicator == "budget.spending"


def test_a_share_of_the_population_stays_a_share_when_the_sentence_runs_on():
    text = ("54,6% всего населения республики проживает в районах центральной зоны, при этом "
            "уровень безработицы в сельской местности достигает 8,3%.")
    fact = _fact(text, "54,6%")
    assert fact.context.indicator is None
    assert fact.context.subject.startswith("доля")


def _indicators(text: str) -> dict[str, str | None]:
    return {f.span: f.context.indicator for f in extract_text(text).facts}


def test_a_percent_of_the_whole_named_after_it_is_a_share_not_the_quantity():
    found = _indicators("Расходы бюджета на социальную сферу составят 42,8 млрд рублей "
                        "(67% расходов).")
    assert found == {"42,8 млрд рублей": "budget.spending", "67%": None}
    # an indicator defined as a share keeps a percent of its group
    assert _indicators("Безработица в области составила 5% экономически активного "
                       "населения.") == {"5%": "labour.unemployment_rate"}


def test_the_list_item_after_a_share_takes_its_own_indicator():
    found = _indicators("На поддержку экономики из бюджета будет направлено 10,9 млрд рублей, "
                        "или 17,1% всей расходной части (на 22,8% больше 2018 года).")
    assert found["17,1%"] is None
    assert found["22,8%"] == "budget.spending"


def test_the_line_of_a_named_budget_in_a_programme_split_by_source_is_its_spending():
    found = _indicators("Объем финансирования мероприятий программы составит 500 тыс. рублей :\n"
                        "- областной бюджет – 300 тыс. рублей ;\n"
                        "- внебюджетные источники – 200 тыс. рублей .")
    assert found == {"500 тыс. рублей": None, "300 тыс. рублей": "budget.spending",
                     "200 тыс. рублей": None}
    found = _indicators("На 2020 год предусмотрено 84 тыс. руб. ( бюджет района 31 тыс. руб. , "
                        "внебюджетные средства 53 тыс. руб. ).")
    assert found["31 тыс. руб."] == "budget.spending"
    assert found["53 тыс. руб."] is None
