"""A learned ranker over the candidates the rules propose for one field of a figure (its
subject today; period or speaker next), apart from what the field's candidates are.

A field supplies: its feature names (a frozenset; no word is a feature), candidates that carry
a phrase and a feature dict (`Ranked`), and, for training, one `Labelled` record per gold
figure (candidate × feature matrix, which candidates agree with gold, the rules' choice). This
module supplies the rest:

- `RankModel`, `load_model`: the weights as data (rules/models/<field>.yaml) and the choice
  the pipeline makes with them;
- `Labelled`, `feature_rows`, `train`, `chosen`, `accuracy`, `oracle`, `cross_validate`
  (`Fold`), `cv_total`, `as_model`, `write_model`: a conditional logit over each figure's
  candidates (softmax, L2, full-batch Adam), measured by leave-one-part-out cross-validation,
  and written back as data.

numpy is imported only by the training functions: loading the rules must not pay for it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

from .ruleload import Node, RuleError, need, read_yaml

if TYPE_CHECKING:
    import numpy as np


class Ranked(Protocol):
    """What the model needs of a candidate: its phrase (None or empty: the field left empty)
    and its features."""

    @property
    def phrase(self) -> str | None: ...

    @property
    def features(self) -> dict[str, float]: ...


# --- the model, as the pipeline uses it ------------------------------------------------------

@dataclass(frozen=True)
class RankModel:
    """Weights of the candidate scorer; `use` says whether the pipeline applies it, `margin`
    how much a candidate must outscore the rules' choice to replace it, `fill_empty` whether
    it may give a value to a figure the rules found none for."""

    use: bool
    margin: float
    weights: dict[str, float]
    fill_empty: bool = True
    path: Path | None = None

    def score(self, features: dict[str, float]) -> float:
        w = self.weights
        return sum(w.get(name, 0.0) * value for name, value in features.items())

    def choose(self, candidates: list[Ranked], choice: int) -> int:
        """The index of the candidate to keep: the best scoring one when it beats the rules'
        choice by more than the margin, else the choice."""
        if not self.fill_empty and not candidates[choice].phrase:
            return choice
        scores = [self.score(c.features) for c in candidates]
        best = max(range(len(scores)), key=scores.__getitem__)
        return best if scores[best] > scores[choice] + self.margin else choice


def load_model(path: Path, feature_names: frozenset[str], what: str) -> RankModel | None:
    """The model in `path`, None when there is no such file. A malformed file raises RuleError
    naming the file, the line and the key; `what` names where `feature_names` are declared
    (e.g. "migextract.subject_model.FEATURE_NAMES"), for the message on an unknown one."""
    if not path.exists():
        return None
    doc = read_yaml(path)
    if not isinstance(doc, Node):
        raise RuleError(f"{path}: expected a mapping at the top level")
    use = need(doc, "use", bool)
    margin = need(doc, "margin", float, optional=True, default=0.0)
    fill_empty = need(doc, "fill_empty", bool, optional=True, default=True)
    weights = need(doc, "weights", dict)
    out: dict[str, float] = {}
    for name, value in weights.items():
        if name not in feature_names:
            raise weights.fail(name, f"unknown feature (known: see {what})")
        if isinstance(value, bool) or not isinstance(value, (int, float)) \
                or not math.isfinite(value):
            raise weights.fail(name, f"expected a number, got {value!r}")
        out[name] = float(value)
    return RankModel(use, margin, out, fill_empty, path)


# --- training and measuring ------------------------------------------------------------------

@dataclass
class Labelled:
    """One gold figure the pipeline matched, as training data: its candidates' feature rows
    (in the order of the field's sorted feature names), which of them agree with gold, and the
    rules' choice. A field's own record may extend it with what it needs for labelling."""

    part: str  # the gold part it comes from: the unit of cross-validation
    x: np.ndarray  # candidates × features
    y: np.ndarray  # 1.0 where the candidate agrees with gold
    choice: int  # index of the rules' choice
    empty: bool  # whether the rules' choice is no value (for fill_empty)
    # whether the pipeline's final value agrees, when a later stage replaced the rules' choice:
    # then the ranker's choice would be replaced too, and the figure counts the same for both;
    # None when the ranker's choice stands
    fixed: bool | None = None


class Fold(NamedTuple):
    """One part left out in cross-validation: its figures and both accuracies on them."""

    part: str
    figures: int
    rules: float
    ranker: float


def feature_rows(names: tuple[str, ...], candidates: list[Ranked]) -> np.ndarray:
    """The candidates' features as a matrix, one column per name of `names`."""
    import numpy as np

    index = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(candidates), len(names)))
    for k, c in enumerate(candidates):
        for name, value in c.features.items():
            x[k, index[name]] = value
    return x


def train(figures: list[Labelled], names: tuple[str, ...], l2: float = 1.0, steps: int = 400,
          rate: float = 0.1) -> np.ndarray:
    """Weights maximizing the log-probability of the agreeing candidates (softmax over each
    figure's candidates) minus l2/2·|w|²; figures whose candidates all agree or all disagree
    teach nothing and are left out, and so are figures a later stage decides (`fixed`).
    Full-batch Adam."""
    import numpy as np

    useful = [f for f in figures if 0 < f.y.sum() < len(f.y) and f.fixed is None]
    w = np.zeros(len(names))
    if not useful:
        return w
    xs = np.concatenate([f.x for f in useful])
    ys = np.concatenate([f.y for f in useful])
    group = np.repeat(np.arange(len(useful)), [len(f.y) for f in useful])
    m, v = np.zeros_like(w), np.zeros_like(w)
    for t in range(1, steps + 1):
        s = xs @ w
        e = np.exp(s - s.max())
        total = np.bincount(group, e)
        good = np.bincount(group, e * ys)
        p_all = e / total[group]
        p_good = e * ys / good[group]
        grad = xs.T @ (p_good - p_all) / len(useful) - l2 * w / len(useful)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad ** 2
        w += rate * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return w


def chosen(f: Labelled, w: np.ndarray, margin: float = 0.0, fill_empty: bool = True) -> int:
    """What RankModel.choose picks with weights `w`."""
    import numpy as np

    if not fill_empty and f.empty:
        return f.choice
    s = f.x @ w
    best = int(np.argmax(s))
    return best if s[best] > s[f.choice] + margin else f.choice


def accuracy(figures: list[Labelled], w: np.ndarray | None, margin: float = 0.0,
             fill_empty: bool = True) -> float:
    """The share of figures whose chosen candidate agrees with gold: the rules' choice when
    `w` is None, else the ranker's."""
    if not figures:
        return math.nan
    return sum(f.fixed if f.fixed is not None else f.y[
        f.choice if w is None else chosen(f, w, margin, fill_empty)] for f in figures) \
        / len(figures)


def oracle(figures: list[Labelled]) -> float:
    """The share of figures some candidate of which agrees with gold: the ranker's ceiling."""
    return sum(f.fixed if f.fixed is not None else f.y.max() for f in figures) \
        / len(figures) if figures else math.nan


def cross_validate(figures: list[Labelled], names: tuple[str, ...], l2: float, margin: float,
                   fill_empty: bool = True) -> list[Fold]:
    """Leave one part out: train on the others, measure the rules and the ranker on it."""
    rows = []
    for part in sorted({f.part for f in figures}):
        test = [f for f in figures if f.part == part]
        w = train([f for f in figures if f.part != part], names, l2)
        rows.append(Fold(part, len(test), accuracy(test, None),
                         accuracy(test, w, margin, fill_empty)))
    return rows


def cv_total(rows: list[Fold]) -> Fold:
    """The folds together, each weighted by its figures."""
    n_all = sum(r.figures for r in rows)
    return Fold("all", n_all, sum(r.figures * r.rules for r in rows) / n_all,
                sum(r.figures * r.ranker for r in rows) / n_all)


def as_model(names: tuple[str, ...], w: np.ndarray, margin: float, fill_empty: bool
             ) -> RankModel:
    """Trained weights as a model in use (for scoring through the pipeline)."""
    return RankModel(True, margin, {name: float(w[i]) for i, name in enumerate(names)},
                     fill_empty)


def write_model(path: Path, names: tuple[str, ...], w: np.ndarray, use: bool, margin: float,
                fill_empty: bool, note: str) -> None:
    """The weights as the YAML `load_model` reads, `note` as a comment on top; weights that
    round to zero are left out."""
    lines = [f"# {line}" for line in note.splitlines()] + [
        f"use: {'true' if use else 'false'}", f"margin: {margin}",
        f"fill_empty: {'true' if fill_empty else 'false'}", "weights:"]
    lines += [f"  {name}: {w[i]:.4f}" for i, name in enumerate(names) if abs(w[i]) >= 5e-5]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
