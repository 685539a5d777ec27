"""The subject ranker (context/subject_ranker.py, weights in rules/models/subject.yaml): its
features, the loading of its weights, and its choice on sentences written for this test."""

from __future__ import annotations

from dataclasses import replace

import pytest

from migextract.context import subject_ranker
from migextract.pipeline import extract_text
from migextract.ruleload import RuleError
from migextract.rules import load_rules
from migextract.subject_model import (
    FEATURE_NAMES,
    Candidate,
    SubjectModel,
    load_subject_model,
)

from .conftest import ROOT


def _candidates(text: str, rules) -> list[subject_ranker.FigureCandidates]:
    """The candidates the subject rules propose for each figure of `text`."""
    subject_ranker.COLLECTOR = collected = []
    try:
        extract_text(text, rules=replace(rules, subject_model=None))
    finally:
        subject_ranker.COLLECTOR = None
    return collected


def _by_phrase(figure) -> dict:
    return {c.phrase: c.features for c in figure.candidates}


def test_the_rules_choice_is_a_candidate_and_marked(rules):
    text = "Численность безработных в области сократилась на 12 тыс. человек."
    figure = _candidates(text, rules)[0]
    chosen = figure.candidates[figure.choice]
    assert chosen.phrase == "численность безработных"
    assert chosen.features["choice"] == 1.0
    assert chosen.features["choice_by:of_predicate"] == 1.0
    assert all("choice" not in c.features for i, c in enumerate(figure.candidates)
               if i != figure.choice)


def test_position_features_of_a_phrase_before_the_figure(rules):
    text = "Численность безработных в области сократилась на 12 тыс. человек."
    features = _by_phrase(_candidates(text, rules)[0])["численность безработных"]
    # "численность" stands before the figure, 5 words away, with the verb between them, in
    # the nominative, in the same clause
    assert features["before"] == 1.0 and "after" not in features
    assert features["distance_3_6"] == 1.0
    assert features["verb_between"] == 1.0
    assert features["same_clause"] == 1.0
    assert features["head_nominative"] == 1.0
    assert features["words_2"] == 1.0
    assert features["head_measure"] == 1.0  # "численность" is a measure noun (context.yaml)


def test_scanned_phrases_and_the_subject_before_are_candidates(rules):
    text = ("Средняя зарплата в районе составила 40 тыс. рублей. "
            "На строительство школы направят 300 млн рублей.")
    first, second = (_by_phrase(f) for f in _candidates(text, rules))
    assert first["район"]["scanned"] == 1.0  # a noun phrase of the sentence
    assert first["район"]["before"] == 1.0 and first["район"]["head_after_preposition"] == 1.0
    assert second["средняя зарплата"]["previous_subject"] == 1.0
    assert second["средняя зарплата"]["not_in_sentence"] == 1.0


def test_a_part_of_the_rules_phrase_is_no_rival(rules):
    """A phrase whose words are all in the rules' choice says less: it is left out."""
    text = "В прошлом году было выдано 500 разрешений на работу."
    figure = _candidates(text, rules)[0]
    assert figure.candidates[figure.choice].phrase == "выданные разрешения на работу"
    assert "разрешения на работу" not in _by_phrase(figure)


def test_every_feature_is_declared(rules):
    text = ("Доля опрошенных, считающих цены высокими, выросла до 45%. Из них 300 человек "
            "ответили, что тратят на еду 10 тыс. рублей в месяц.")
    for figure in _candidates(text, rules):
        for c in figure.candidates:
            assert set(c.features) <= FEATURE_NAMES


# --- the model ----------------------------------------------------------------------------

def _model(weights: dict[str, float], margin: float = 0.0, fill_empty: bool = True):
    return SubjectModel(True, margin, weights, fill_empty)


def test_the_best_candidate_replaces_the_choice_only_beyond_the_margin():
    candidates = [Candidate("рост", None, {"choice": 1.0}),
                  Candidate("объем выпуска", None, {"words_2": 1.0})]
    assert _model({"choice": 1.0, "words_2": 2.0}).choose(candidates, 0) == 1
    assert _model({"choice": 1.0, "words_2": 2.0}, margin=1.5).choose(candidates, 0) == 0


def test_fill_empty_false_keeps_an_empty_choice():
    candidates = [Candidate(None, None, {"choice": 1.0, "none": 1.0}),
                  Candidate("выплаты", None, {"words_1": 1.0})]
    weights = {"none": -3.0, "words_1": 1.0}
    assert _model(weights).choose(candidates, 0) == 1
    assert _model(weights, fill_empty=False).choose(candidates, 0) == 0


def test_the_shipped_model_loads_and_knows_its_features():
    model = load_subject_model(ROOT / "rules" / "models" / "subject.yaml")
    assert model is not None and model.weights
    assert set(model.weights) <= FEATURE_NAMES


def test_no_file_no_model(tmp_path):
    assert load_subject_model(tmp_path / "subject.yaml") is None


@pytest.mark.parametrize("body, key", [
    ("margin: 0.5\nweights:\n  choice: 1.0\n", "use"),
    ("use: yes please\nweights:\n  choice: 1.0\n", "use"),
    ("use: true\nweights:\n  choice: heavy\n", "choice"),
    ("use: true\nweights:\n  head_lemma_zarplata: 1.0\n", "head_lemma_zarplata"),
    ("use: true\nmargin: wide\nweights:\n  choice: 1.0\n", "margin"),
])
def test_a_malformed_model_names_the_file_and_the_key(tmp_path, body, key):
    path = tmp_path / "subject.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_subject_model(path)
    assert str(path) in str(err.value) and key in str(err.value)


# --- its choice in the pipeline ---------------------------------------------------------------

@pytest.mark.parametrize("text, span, subject", [
    # the rules find what the verb is said of; the ranker keeps it
    ("Численность безработных в области сократилась на 12 тыс. человек.", None,
     "численность безработных"),
    ("Средняя зарплата учителей в регионе составила 52 тыс. рублей.", None,
     "средняя зарплата учителей"),
])
def test_the_ranker_keeps_a_good_rule_choice(rules, text, span, subject):
    facts = extract_text(text, rules=rules).facts
    fact = next(f for f in facts if span is None or f.span == span)
    assert fact.context.subject == subject
    assert "ctx.subject_ranked" not in fact.context.rules


def test_the_ranker_names_a_subject_the_rules_left_empty(rules):
    """'Каждый год фонд получает 5 млн рублей': the rules name nothing; with the shipped
    model the figure gets a phrase of its sentence, marked as the ranker's."""
    text = "Каждый год фонд получает 5 млн рублей."
    alone = extract_text(text, rules=replace(rules, subject_model=None)).facts[0]
    assert alone.context.subject is None
    ranked = extract_text(text, rules=rules).facts[0]
    if rules.subject_model is None or not rules.subject_model.use \
            or not rules.subject_model.fill_empty:
        pytest.skip("the shipped model is off or does not fill empty subjects")
    assert ranked.context.subject == "фонд"
    assert "ctx.subject_ranked" in ranked.context.rules


def test_off_means_the_rules_alone(rules):
    text = "Каждый год фонд получает 5 млн рублей."
    off = replace(rules, subject_model=SubjectModel(False, 0.0, {"none": -10.0}))
    assert extract_text(text, rules=off).facts[0].context.subject is None


def test_the_rules_directory_loads_the_model():
    assert load_rules(ROOT / "rules").subject_model is not None
