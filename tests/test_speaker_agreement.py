"""The scorer's speaker agreement (src/migextract/evaluate.py `_same_speaker`): lemma Dice ≥ 0.5,
with a capital abbreviation standing for the run of words whose initials spell it."""

from __future__ import annotations

import pytest

from migextract.evaluate import _same_speaker


@pytest.mark.parametrize("gold, predicted, agree", [
    # lemma Dice, as before
    ("Аскарбек Ертаев", "Ертаев", True),
    ("Росстат", "Минтруд", False),
    (None, None, True),
    ("Росстат", None, False),
    (None, "Росстат", False),
    # an abbreviation agrees with its expansion, either way round and in any case form
    ("Высшая школа экономики", "ВШЭ", True),
    ("ВШЭ", "Высшая школа экономики", True),
    ("МВД", "Министерство внутренних дел", True),
    ("Всероссийский центр изучения общественного мнения", "ВЦИОМ", True),
    ("пресс-служба Центра трудовых ресурсов", "пресс-служба ЦТР", True),
    ("Министерство внутренних дел России", "МВД России", True),
    ("Министерство по чрезвычайным ситуациям", "МЧС", True),  # "по" is not spelled
    # ... and to nothing else
    ("Высшая школа экономики", "МВД", False),
    ("Министерство внутренних дел", "МИД", False),
    ("Федеральная служба по труду и занятости", "Роструд", False),  # not an initialism
    ("Национальный фонд поддержки демократии", "NED", False),  # English initials
    ("Высшая школа экономики", "вшэ", False),  # lower case is no abbreviation
    # the expansion is one word of the name, not the whole name
    ("Национальный исследовательский университет «Высшая школа экономики»", "ВШЭ", False),
])
def test_speaker_agreement(gold, predicted, agree):
    assert _same_speaker(gold, predicted) is agree
