"""Figure grammar and segmentation, pass 10: the segmenter's abbreviations as a rule file, and
the grammar constructions of this pass (sentences written for the tests)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from migextract.ruleload import RuleError
from migextract.rules import load_rules
from migextract.segment import load_segment_rules, split_sentences

from .conftest import ROOT


def _segmentation_copy(tmp_path: Path, old: str, new: str) -> Path:
    path = tmp_path / "segmentation.yaml"
    shutil.copy(ROOT / "rules" / "segmentation.yaml", path)
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def test_shipped_segmentation_rules_load():
    rules = load_rules(ROOT / "rules")
    assert rules.segmentation.abbreviation_end.search("около 5 тыс.")
    assert rules.segmentation.reference_end.search("(табл.")
    assert rules.segmentation.currency_country.search("60 долл.")


def test_a_bad_abbreviation_names_file_line_and_key(tmp_path):
    path = _segmentation_copy(tmp_path, "[табл, рис,", "[табл, 'рис(',")
    with pytest.raises(RuleError) as err:
        load_segment_rules(path)
    line = next(i for i, s in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if s.startswith("references:"))
    assert f"{path}:{line}: key 'references'" in str(err.value)
    assert "invalid regular expression" in str(err.value)


def test_a_missing_list_names_the_key(tmp_path):
    path = _segmentation_copy(tmp_path, "currencies:", "currency_names:")
    with pytest.raises(RuleError, match="missing required key 'currencies'"):
        load_segment_rules(path)


def test_an_abbreviation_from_the_rule_file_keeps_the_sentence_whole(tmp_path):
    # a rule file without "табл" lets razdel's break stand
    path = _segmentation_copy(tmp_path, "references: [табл, ", "references: [")
    text = "Рождаемость упала (см. табл. 2) на 5%. Смертность выросла."
    whole = [text[s.start:s.end] for s in split_sentences(text, [])]
    assert whole == ["Рождаемость упала (см. табл. 2) на 5%.", "Смертность выросла."]
    rules = load_segment_rules(path)
    cut = [text[s.start:s.end] for s in split_sentences(text, [], rules)]
    assert len(cut) == 3
