"""Subject rule of pass subj19: a bare percent in brackets right after a count of a group is
the share of that group ("проживало 171 тыс. русских (5,3%)" → "доля русских"), not the
count's own subject (§4 subject, §6.29). A count whose subject is a verb keeps it, and a
bracket that says more than the percent is left to the other rules. The sentences are ours."""
from __future__ import annotations

import pytest

from .conftest import facts_of, figure_by_span


def _subject(rules, text: str, span: str) -> str | None:
    return figure_by_span(facts_of(rules, text), span).context.subject


@pytest.mark.parametrize(("text", "span", "share"), [
    ("В республике проживало 171 тыс. русских (5,3%).", "5,3%", "доля русских"),
    ("В городе живут 5 тыс. беженцев (12%).", "12%", "доля беженцев"),
    ("Всего в голосовании приняли участие 1,2 млн человек (64%).", "64%",
     "доля участников голосования"),
    ("Эвенки — 12 тыс. (40%), эвены — 9 тыс. (30%).", "40%", "доля эвенков"),
])
def test_a_bare_percent_after_a_count_of_a_group_is_its_share(rules, text, span, share):
    assert _subject(rules, text, span) == share


@pytest.mark.parametrize(("text", "span"), [
    ("В прошлом году в область прибыло 12 тыс. человек (45%).", "45%"),
    ("Расходы составят 52,2 млрд рублей (100,6%).", "100,6%"),
])
def test_only_a_count_of_a_group_gives_a_share(rules, text, span):
    """The same bracket after a count of a group is a share; after a flow verb's count or a sum
    it is not."""
    assert _subject(rules, "В городе живут 5 тыс. беженцев (12%).", "12%") == "доля беженцев"
    subject = _subject(rules, text, span) or ""
    assert not subject.startswith("доля"), subject
