"""Speaker constructions of the spksrc5 pass, each on sentences written for the test: a
certainty stated as reported speech ("в институте уверены, что …", "…, уверен эксперт")."""

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


def test_a_certainty_without_a_clause_names_no_source():
    # "уверенный" as an attribute, with no "что" clause: no speech
    text = "Уверенный рост продаж составил 7% за год."
    assert _speakers(text)[0][1] is None

