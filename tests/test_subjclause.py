"""The subject ranker's training command holds out several validation parts at once
(`--validate part_i,part_j`): none of their figures is trained on, and each is scored on its
own and together. Synthetic figures stand in for the gold, so no corpus is read."""

from __future__ import annotations

import numpy as np
import pytest

from migextract import train_subject as ts
from migextract.ranking import RankModel
from migextract.subject_model import load_subject_model


def _figures() -> list[ts.Figure]:
    """Per part, figures with two candidates: the rules' choice (feature "choice") and a
    rival with feature "indicator"; in the training parts the rival agrees with gold twice as
    often as the choice, in the validation parts always."""
    names = ts.NAMES
    choice, rival = names.index("choice"), names.index("indicator")
    out = []
    for part, n in (("part_a", 6), ("part_b", 6), ("part_i", 4), ("part_j", 3)):
        for k in range(n):
            x = np.zeros((2, len(names)))
            x[0, choice] = x[1, rival] = 1.0
            good_rival = part in ("part_i", "part_j") or k % 3 != 0
            y = np.array([0.0, 1.0]) if good_rival else np.array([1.0, 0.0])
            out.append(ts.Figure(part, x, y, 0, False, doc=f"{part}_{k}",
                                 indicators=(None, None), gold_indicator=None,
                                 phrases=("выбор правил", "соперник")))
    return out


def test_several_validation_parts_are_held_out(monkeypatch, tmp_path, capsys):
    trained_on: list[set[str]] = []
    real_train = ts.train

    def spy(figures, l2=1.0, steps=400, rate=0.1):
        trained_on.append({f.part for f in figures})
        return real_train(figures, l2, steps, rate)

    monkeypatch.setattr(ts, "collect", lambda gold, corpus, rules: _figures())
    monkeypatch.setattr(ts, "train", spy)
    out = tmp_path / "subject.yaml"
    assert ts.main(["gold", "--corpus", "corpus", "--validate", "part_i,part_j",
                    "--margin", "0", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "12 training figures, 7 validation figures" in printed
    assert all(parts <= {"part_a", "part_b"} for parts in trained_on)
    assert "validation part_i: rules 0.000, ranker 1.000 (4 figures)" in printed
    assert "validation part_j: rules 0.000, ranker 1.000 (3 figures)" in printed
    assert "validation part_i,part_j: rules 0.000, ranker 1.000 (7 figures)" in printed
    model = load_subject_model(out)
    assert isinstance(model, RankModel) and model.use
    assert model.weights["indicator"] > model.weights.get("choice", 0.0)


@pytest.mark.parametrize("validate, held", [("part_i", 4), ("part_j", 3)])
def test_one_validation_part_as_before(monkeypatch, capsys, validate, held):
    monkeypatch.setattr(ts, "collect", lambda gold, corpus, rules: _figures())
    assert ts.main(["gold", "--corpus", "corpus", "--validate", validate]) == 0
    printed = capsys.readouterr().out
    assert f"{19 - held} training figures, {held} validation figures" in printed
    assert f"validation {validate}: rules" in printed
    assert printed.count("validation part_") == 1
