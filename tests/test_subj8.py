"""subj8: the subject of a figure in a list whose verb is left out.

Sentences are ours; the figures are real-looking."""

import pytest

from migextract.pipeline import extract_document
from migextract.records import SourceRecord
from migextract.rules import load_rules


@pytest.fixture(scope="module")
def rules():
    return load_rules(None)


def _subjects(rules, text: str) -> dict[str, str | None]:
    facts = extract_document(SourceRecord("t", text, "t"), rules).facts
    return {f.span: f.context.subject for f in facts}


@pytest.mark.parametrize("text, span, subject", [
    # a nominative phrase before the dash is what the figure measures
    ("Плата за ЖКУ — 10 тыс. рублей.", "10 тыс. рублей", "плата за ЖКУ"),
    ("Число школ — 200 школ.", "200 школ", "число школ"),
])
def test_nominative_before_dash_stays_the_subject(rules, text, span, subject):
    assert _subjects(rules, text)[span] == subject


@pytest.mark.parametrize("text, span", [
    # a percent of a group after the dash is the group's share, not the item before the dash
    ("Врачам доверяют 60% россиян, учителям — 55% россиян.", "55%"),
    ("Полицейским верят 40% горожан, а судьям — 32% опрошенных горожан.", "32%"),
])
def test_share_after_oblique_item_is_a_share(rules, text, span):
    assert _subjects(rules, text)[span].startswith("доля ")
