"""subj8: the subject of a figure in a list whose verb is left out.

Sentences are ours; the figures are real-looking."""

import pytest

from .conftest import subjects_by_span


@pytest.mark.parametrize("text, span, subject", [
    # a nominative phrase before the dash is what the figure measures
    ("Плата за ЖКУ — 10 тыс. рублей.", "10 тыс. рублей", "плата за ЖКУ"),
    ("Число школ — 200 школ.", "200 школ", "число школ"),
])
def test_nominative_before_dash_stays_the_subject(rules, text, span, subject):
    assert subjects_by_span(rules, text)[span] == subject


@pytest.mark.parametrize("text, span", [
    # a percent of a group after the dash is the group's share, not the item before the dash
    ("Врачам доверяют 60% россиян, учителям — 55% россиян.", "55%"),
    ("Полицейским верят 40% горожан, а судьям — 32% опрошенных горожан.", "32%"),
])
def test_share_after_oblique_item_is_a_share(rules, text, span):
    assert subjects_by_span(rules, text)[span].startswith("доля ")
