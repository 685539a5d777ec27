"""Rule files load with validation; a bad file gets one error naming file, line and key."""

from __future__ import annotations

import pytest

from migextract.cli import main
from migextract.ruleload import RuleError
from migextract.rules import load_rules

from .conftest import ROOT, broken_rules, copy_rules


def test_shipped_rules_load(rules):
    assert rules.grammar.exclusions
    assert len(rules.gazetteer.places) > 100
    assert len(rules.indicators.indicators) >= 20


def test_rules_check_command(capsys):
    assert main(["rules", "check", "--rules", str(ROOT / "rules")]) == 0
    assert "ok" in capsys.readouterr().out


def test_bad_regex_names_file_line_and_key(tmp_path):
    rules_dir, lines = broken_rules(tmp_path, "quantities.yaml", "pattern: 'тыс\\.?|",
                                    "pattern: '(тыс\\.?|")
    line = next(n for n, s in enumerate(lines, 1) if "'(тыс" in s)
    with pytest.raises(RuleError) as err:
        load_rules(rules_dir)
    message = str(err.value)
    assert f"quantities.yaml:{line}" in message and "key 'pattern'" in message
    assert "invalid regular expression" in message


@pytest.mark.parametrize("old, new, key, reason", [
    ("(?P<who>его|ее|их)", "(?:его|ее|их)", "possessive_source",
     r"the pattern needs the group\(s\) who"),
    ("form_corrections: [лагеры лагеря,", "form_corrections: [лагеры,", "form_corrections",
     "expected two words"),
    ("earning_verbs: [получать зарплата,", "earning_verbs: [получать средняя зарплата,",
     "earning_verbs", "expected two words"),
    ("output_scale: '\\s*(?:", "output_scale: '\\s*((?:", "output_scale",
     "invalid regular expression"),
], ids=["pattern without its group", "correction of one word", "earning verb of three words",
        "unbalanced output scale"])
def test_a_bad_context_rule_names_file_line_and_key(tmp_path, old, new, key, reason):
    rules_dir, lines = broken_rules(tmp_path, "context.yaml", old, new)
    line = next(n for n, s in enumerate(lines, 1) if s.startswith(f"{key}:"))
    with pytest.raises(RuleError, match=rf"context\.yaml:{line}: key '{key}': {reason}"):
        load_rules(rules_dir)


def test_missing_key_and_bad_choice(tmp_path):
    rules_dir, _lines = broken_rules(tmp_path, "boilerplate.yaml", "action: cut_rest",
                                     "action: cut_everything")
    with pytest.raises(RuleError, match=r"boilerplate\.yaml:\d+: key 'action': 'cut_everything' "
                                        r"is not one of cut_rest, drop_block, drop_line"):
        load_rules(rules_dir)


def test_duplicate_place_id(tmp_path):
    rules_dir = copy_rules(tmp_path)
    extra = rules_dir / "places" / "zz_extra.yaml"
    extra.write_text("places:\n  - {id: KZ, name: Казахстан, code: KZ, kind: country}\n",
                     encoding="utf-8")
    with pytest.raises(RuleError, match=r"zz_extra\.yaml:2: key 'id': duplicate place id 'KZ'"):
        load_rules(rules_dir)


def test_invalid_yaml_has_line(tmp_path):
    rules_dir = copy_rules(tmp_path)
    (rules_dir / "periods.yaml").write_text("months:\n  январ: [1\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"periods\.yaml:\d+: invalid YAML"):
        load_rules(rules_dir)


def test_cli_reports_rule_error_without_traceback(tmp_path, capsys):
    rules_dir = copy_rules(tmp_path)
    (rules_dir / "context.yaml").write_text("predicate_lemmas: 5\n", encoding="utf-8")
    assert main(["rules", "check", "--rules", str(rules_dir)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("migextract: rule error: ") and "Traceback" not in err
    assert "context.yaml" in err



def test_an_inverted_unit_of_two_words_names_file_line_and_key(tmp_path):
    rules_dir, lines = broken_rules(tmp_path, "quantities.yaml", "человек person человек,",
                                    "человек person,")
    line = next(n for n, s in enumerate(lines, 1) if s.startswith("inverted_units:"))
    with pytest.raises(RuleError, match=rf"quantities\.yaml:{line}: key 'inverted_units': "
                                        "expected 'noun unit counted'"):
        load_rules(rules_dir)
