"""Figure grammar and segmentation, pass 10: the segmenter's abbreviations as a rule file, and
the grammar constructions of this pass (sentences written for the tests)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from migextract.ruleload import RuleError
from migextract.rules import load_rules
from migextract.segment import load_segment_rules, split_sentences

from .conftest import ROOT, broken_rules


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


def _texts(text: str) -> list[tuple[int, str]]:
    return [(s.paragraph, text[s.start:s.end]) for s in split_sentences(text, [])]


def test_a_link_line_before_a_figure_goes_on_with_its_sentence():
    text = "По данным ЦБ, в мае годовая инфляция \nсоставила\n 2,4%.  \nЭто минимум."
    assert _texts(text) == [
        (0, "По данным ЦБ, в мае годовая инфляция \nсоставила\n 2,4%."), (1, "Это минимум.")]


def test_a_headline_before_a_figure_stays_a_paragraph_of_its_own():
    text = "Итоги года\n25 тысяч человек переехали в город."
    assert _texts(text) == [(0, "Итоги года"), (1, "25 тысяч человек переехали в город.")]


def test_a_line_that_begins_with_a_period_closes_the_sentence_before_it():
    text = "Споры раздражают Берлин, учитывая постоянные \nжалобы в Брюссель\n. Напомним, спор идёт год."
    assert _texts(text) == [
        (0, "Споры раздражают Берлин, учитывая постоянные \nжалобы в Брюссель\n."),
        (0, "Напомним, спор идёт год.")]


def test_a_line_that_begins_with_a_colon_goes_on():
    text = "Задержаны ещё четыре чиновника\n: министр и три его заместителя."
    assert _texts(text) == [(0, text)]


def test_an_ellipsis_may_begin_a_paragraph():
    text = "Он замолчал.\n...И продолжил через минуту."
    assert [p for p, _ in _texts(text)] == [0, 1]


def test_a_line_that_begins_with_a_dash_and_a_lower_case_word_goes_on():
    text = "Регулятор снизил ставку на 25 пунктов\n - до 7,5% годовых. Рынок ждал этого."
    assert _texts(text) == [(0, "Регулятор снизил ставку на 25 пунктов\n - до 7,5% годовых."),
                            (0, "Рынок ждал этого.")]


def test_a_dialogue_line_stays_a_paragraph_of_its_own():
    text = "Мы спросили его об этом\n- Вы бы хотели играть в команде?"
    assert [p for p, _ in _texts(text)] == [0, 1]


def test_a_currency_fraction_must_be_positive(tmp_path):
    path, _lines = broken_rules(tmp_path, "quantities.yaml", "code: USD, factor: 0.01",
                                "code: USD, factor: -1")
    with pytest.raises(RuleError, match=r"quantities.yaml:\d+: key 'factor': expected a positive"):
        load_rules(path)


def test_kopecks_of_a_figure_about_belarus_are_byn():
    from migextract.pipeline import extract_text

    facts = extract_text("В Минске проезд в автобусе подорожал на 10 копеек.").facts
    assert [(f.quantity.value, f.quantity.unit) for f in facts] == [(0.1, "BYN")]
