"""Source markers with words inside them: "Как ранее сообщал ТАСС", "В Росстате ТАСС в четверг
сообщили, что …", "Ранее в комиссии … ТАСС сообщили" (adverbs and days of the week declared in
rules/context.yaml marker_insertions); the outlet that closes the asides of a singular verb before
the comma; "Такого мнения придерживается X" after the figures."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text


def _speakers(text: str) -> list[str | None]:
    return [f.context.speaker for f in extract_text(text).facts]


@pytest.mark.parametrize("text, speaker", [
    ("Как ранее сообщал Росстат, в регионе построят 5 школ.", "Росстат"),
    ("Как уже сообщала пресс-служба мэрии, в городе построят 5 школ.", "пресс-служба мэрии"),
    ("В Росстате ТАСС в четверг сообщили, что безработица выросла до 5%.", "Росстат"),
])
def test_words_inside_a_marker(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text", [
    "Как ранее сообщал ТАСС, в регионе построят 5 школ.",
    "Как сообщал в понедельник ТАСС, в регионе построят 5 школ.",
])
def test_outlet_that_reported(text):
    assert _speakers(text) == ["ТАСС"]



def test_office_clause_after_an_adverb():
    assert _speakers("Ранее в межведомственной комиссии при правительстве Санкт-Петербурга ТАСС "
                     "сообщили, что компания погасила долги перед 10 сотрудниками.") \
        == ["межведомственная комиссия"]


@pytest.mark.parametrize("text, speaker", [
    ("Добыча нефти в России выросла на 3%. Такого мнения придерживается аналитик Иван Петров.",
     "Иван Петров"),
    ("Добыча нефти в 2019 году вырастет на 3%. Такого мнения придерживается Минэкономразвития.",
     "Минэкономразвития"),
])
def test_opinion_held_after_the_figure(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Вице-премьер Ольга Голодец в июле 2015 года сообщила, что в России трудоустроены 48 млн "
     "человек.", "Ольга Голодец"),
    ("Минфин сообщил в декабре, что дефицит бюджета составил 2% ВВП.", "Минфин"),
])
def test_month_around_a_leading_verb(text, speaker):
    assert _speakers(text) == [speaker]
