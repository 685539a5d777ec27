"""The ranker every field shares (ranking.py), on a field made up for this test: candidates with
a phrase and two features, one of which tells the agreeing candidate."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pytest

from migextract import ranking
from migextract.ruleload import RuleError

NAMES = ("informative", "noise")


@dataclass(frozen=True)
class Option:
    phrase: str | None
    features: dict[str, float]


def _figure(part: str, good: int, choice: int, rng: np.random.Generator) -> ranking.Labelled:
    """Three candidates; the agreeing one (`good`) alone has the informative feature; every
    candidate has random noise."""
    options = [Option(f"c{k}", {"informative": float(k == good), "noise": rng.random()})
               for k in range(3)]
    y = np.array([float(k == good) for k in range(3)])
    return ranking.Labelled(part, ranking.feature_rows(NAMES, options), y, choice, False)


def _figures() -> list[ranking.Labelled]:
    rng = np.random.default_rng(0)
    # the rules choose candidate 0; it agrees with gold in one figure of three
    return [_figure(f"part_{i % 3}", good=i % 3, choice=0, rng=rng) for i in range(30)]


def test_training_learns_the_informative_feature():
    figures = _figures()
    w = ranking.train(figures, NAMES)
    assert w[0] > 1.0 and abs(w[1]) < w[0] / 2
    assert ranking.accuracy(figures, None) == pytest.approx(1 / 3)
    assert ranking.accuracy(figures, w) == 1.0
    assert ranking.oracle(figures) == 1.0


def test_cross_validation_leaves_each_part_out():
    rows = ranking.cross_validate(_figures(), NAMES, l2=1.0, margin=0.0)
    assert [r.part for r in rows] == ["part_0", "part_1", "part_2"]
    assert all(r.figures == 10 and r.ranker == 1.0 for r in rows)
    total = ranking.cv_total(rows)
    assert total.figures == 30 and total.rules == pytest.approx(1 / 3) and total.ranker == 1.0


def test_a_fixed_figure_counts_the_same_for_rules_and_ranker():
    figure = _figures()[1]  # the rules' choice disagrees, the ranker would pick the right one
    figure.fixed = False
    w = np.array([5.0, 0.0])
    assert ranking.accuracy([figure], None) == ranking.accuracy([figure], w) == 0.0
    assert ranking.train([figure], NAMES).tolist() == [0.0, 0.0]


def test_choose_respects_margin_and_fill_empty():
    options = [Option(None, {"noise": 1.0}), Option("c1", {"informative": 1.0})]
    model = ranking.RankModel(True, 0.0, {"informative": 2.0, "noise": 1.0})
    assert model.choose(options, 0) == 1
    assert ranking.RankModel(True, 1.5, model.weights).choose(options, 0) == 0
    assert ranking.RankModel(True, 0.0, model.weights, fill_empty=False).choose(options, 0) == 0
    # the training side makes the same choices
    figure = ranking.Labelled("p", ranking.feature_rows(NAMES, options), np.zeros(2), 0, True)
    w = np.array([2.0, 1.0])
    assert ranking.chosen(figure, w) == 1
    assert ranking.chosen(figure, w, margin=1.5) == 0
    assert ranking.chosen(figure, w, fill_empty=False) == 0


def test_a_written_model_loads_back(tmp_path):
    path = tmp_path / "models" / "field.yaml"
    ranking.write_model(path, NAMES, np.array([1.23456, 0.00001]), True, 0.5, False,
                        "trained on nothing\nfor this test")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# trained on nothing\n# for this test\n")
    model = ranking.load_model(path, frozenset(NAMES), "test_ranking.NAMES")
    assert model == ranking.RankModel(True, 0.5, {"informative": 1.2346}, False, path)


@pytest.mark.parametrize("body, key, line", [
    ("use: true\nweights:\n  informative: 1.0\n  color: 2.0\n", "color", 4),
    ("use: true\nweights:\n  informative: .nan\n", "informative", 3),
    ("use: maybe\nweights:\n  informative: 1.0\n", "use", 1),
])
def test_a_malformed_model_names_file_line_and_key(tmp_path, body, key, line):
    path = tmp_path / "field.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(RuleError) as err:
        ranking.load_model(path, frozenset(NAMES), "test_ranking.NAMES")
    assert str(err.value).startswith(f"{path}:{line}: key '{key}'")


def test_no_file_no_model(tmp_path):
    assert ranking.load_model(tmp_path / "field.yaml", frozenset(NAMES), "NAMES") is None
