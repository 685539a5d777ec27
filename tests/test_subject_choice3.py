"""Which noun phrase of the sentence a figure measures (docs/annotation.md §4), in lists of
"X – N" items: the noun phrase before the dash of one item does not run back over the comma
into the item before, when that item has a figure of its own and the new item repeats its head
noun (a row of genitives without figures is still one phrase).

Every sentence here was written for the test."""

from __future__ import annotations

import pytest

from .conftest import subject_of as _subject


@pytest.mark.parametrize("text, span, subject", [
    ("На ремонт школ направят 300 млн рублей, в том числе 40 млн рублей – средств районного "
     "фонда, средств бюджетов поселений – 7,5 млн рублей.", "7,5 млн рублей",
     "средства бюджетов поселений"),
    ("Средств областного бюджета выделено 90 млн рублей, в том числе 12 млн рублей – средств "
     "резервного фонда, средств бюджетов муниципальных образований – 2,4 млн рублей.",
     "2,4 млн рублей", "средства бюджетов муниципальных образований"),
])
def test_dash_item_does_not_reach_into_the_item_before(text, span, subject):
    assert _subject(text, span) == subject

