"""Figure grammar, pass 13: the word lists of ordinal fractions are rule keys (validated), and
the constructions this pass reads (sentences written for the tests)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from migextract.ruleload import RuleError
from migextract.rules import load_rules

from .conftest import ROOT


def _broken(tmp_path: Path, old: str, new: str) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", target)
    path = target / "quantities.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


def test_fraction_word_lists_are_rule_keys(rules):
    grammar = rules.grammar
    assert {"одна", "одной", "одну", "одною"} == grammar.feminine_one
    assert grammar.measure_after_fraction.match(" секунды")
    assert grammar.measure_after_fraction.match(" балла")
    assert not grammar.measure_after_fraction.match(" опрошенных")


@pytest.mark.parametrize("old, new, key", [
    ("fraction_feminine_one: [одна,", "fraction_feminine_one: [одна 1,", "fraction_feminine_one"),
    ("fraction_measure_stems: [секунд,", "fraction_measure_stems: ['секунд|',",
     "fraction_measure_stems"),
    ("fraction_measure_stems: [секунд,", "fraction_measure_stems: [3,", "fraction_measure_stems"),
])
def test_a_bad_fraction_word_names_file_line_and_key(tmp_path, old, new, key):
    rules_dir = _broken(tmp_path, old, new)
    lines = (rules_dir / "quantities.yaml").read_text(encoding="utf-8").splitlines()
    line = next(n for n, s in enumerate(lines, 1) if s.startswith(f"{key}:"))
    with pytest.raises(RuleError, match=rf"quantities\.yaml:{line}: key '{key}': expected"):
        load_rules(rules_dir)
