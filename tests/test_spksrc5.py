"""Speaker constructions of the spksrc5 pass, each on sentences written for the test: a
certainty stated as reported speech ("в институте уверены, что …", "…, уверен эксперт") and a
possessive source phrase with any noun of what a source states ("По её оценке", "По его
версии", "По их подсчётам") in a paragraph after the one naming the source."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(f.span, f.context.speaker) for f in extract_text(text).facts]


@pytest.mark.parametrize("text, expected", [
    ("Расходы выросли.\nПри этом в SIPRI уверены, что реальные военные расходы России "
     "составили $66 млрд.", "SIPRI"),
    ("Рост цен продолжится на 5%, уверен аналитик Иван Петров.", "Иван Петров"),
    ("Министр Анна Котова уверена, что рост экономики составит 3%.", "Анна Котова"),
])
def test_a_certainty_stated_is_reported_speech(text, expected):
    assert _speakers(text)[-1][1] == expected


def test_a_possessive_source_phrase_takes_any_noun_of_what_a_source_states():
    text = ("Министр финансов Антон Силуанов заявил, что бюджет будет исполнен.\n"
            "По его версии, инфляция составит 4%.\n"
            "Глава ЦБ Эльвира Набиуллина заявила, что ставка снизится.\n"
            "По её оценке, инфляция составит 5%.\n"
            "Аналитики Сбербанка заявили, что рост продолжится.\n"
            "По их подсчётам, он составит 2%.")
    assert [s for _, s in _speakers(text)] == ["Антон Силуанов", "Эльвира Набиуллина",
                                                "Сбербанк"]


def test_a_certainty_without_a_clause_names_no_source():
    # "уверенный" as an attribute, with no "что" clause: no speech
    text = "Уверенный рост продаж составил 7% за год."
    assert _speakers(text)[0][1] is None
