"""Train the subject ranker (context/subject_ranker.py) on annotated gold, and measure it.

    python -m migextract.train_subject eval/dev --corpus ../shared/corpus \\
        --validate part_i --out rules/models/subject.yaml

Every part directory under the gold directory except the validation parts (`--validate`, one
part or several joined by commas: `part_i,part_j`) is training data.
For each gold figure the pipeline matches, the candidates the subject rules propose are
labelled by the evaluator's own agreement test (evaluate._same_subject). The model is a
conditional logit over each figure's candidates (softmax, L2), fitted with plain numpy; the
training and measuring are shared by every field's ranker (ranking.py), what is the subject's
own is here: its candidates, their labels and this command.

Printed: leave-one-part-out cross-validation over the training parts (rules' choice vs the
ranker, per part), then the model trained on all training parts scored on the validation part.
The model is written with `use: true` only when it beats the rules in cross-validation (in
total) and on the validation part; otherwise with `use: false`, so the pipeline keeps the
rules' choice.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from . import evaluate, ranking
from .context import subject_ranker
from .pipeline import extract_document
from .ranking import accuracy, oracle
from .records import SourceRecord
from .rules import Rules, load_rules
from .subject_model import FEATURE_NAMES, SubjectModel

NAMES = tuple(sorted(FEATURE_NAMES))


@dataclass(kw_only=True)
class Figure(ranking.Labelled):
    """One matched gold figure (ranking.Labelled: part, candidate feature rows, labels, the
    rules' choice; `fixed` is set when a later stage, lists, replaced the rules' choice), with
    what the subject's labelling used."""

    doc: str
    indicators: tuple[str | None, ...]  # each candidate's indicator, for the figure's unit
    gold_indicator: str | None
    phrases: tuple[str | None, ...]


def collect(gold_dir: Path, corpus: Path, rules: Rules) -> list[Figure]:
    """The candidates of every matched, non-optional gold figure under `gold_dir`, with labels;
    the pipeline runs with the rules alone (no model)."""
    rules = replace(rules, subject_model=None)
    out: list[Figure] = []
    for part in sorted(p for p in gold_dir.iterdir() if (p / "documents.jsonl").exists()):
        for doc in evaluate.load_gold(part, corpus):
            subject_ranker.COLLECTOR = collected = []
            try:
                result = extract_document(SourceRecord(doc.doc, doc.text, doc.doc,
                                                       title=doc.title, date=doc.date), rules)
            finally:
                subject_ranker.COLLECTOR = None
            by_start = {(f.start, f.end): f for f in collected}
            facts = list(result.facts)
            used: set[int] = set()
            for gold in doc.figures:
                match = evaluate._find_match(gold, facts, used)
                if match is None:
                    continue
                used.add(match)
                q = facts[match].quantity
                figure = by_start.get((q.start, q.end))
                if gold.get("optional") or figure is None:
                    continue
                labelled = _labelled(part.name, doc.doc, gold, figure, rules)
                ctx = facts[match].context
                if ctx.subject != labelled.phrases[labelled.choice]:
                    labelled.fixed = evaluate._same_subject(gold, ctx.subject, ctx.indicator)
                out.append(labelled)
    return out


def _labelled(part: str, doc: str, gold: dict, figure, rules: Rules) -> Figure:
    y = np.zeros(len(figure.candidates))
    indicators = []
    for k, c in enumerate(figure.candidates):
        indicators.append(rules.indicators.for_unit(c.indicator, figure.unit))
        y[k] = float(evaluate._same_subject(gold, c.phrase, indicators[-1]))
    phrases = tuple(c.phrase for c in figure.candidates)
    return Figure(part, ranking.feature_rows(NAMES, list(figure.candidates)), y, figure.choice,
                  phrases[figure.choice] is None, doc=doc, indicators=tuple(indicators),
                  gold_indicator=gold.get("indicator"), phrases=phrases)


def train(figures: list[Figure], l2: float = 1.0, steps: int = 400, rate: float = 0.1
          ) -> np.ndarray:
    """ranking.train over the subject's features."""
    return ranking.train(figures, NAMES, l2, steps, rate)


def cross_validate(figures: list[Figure], l2: float, margin: float, fill_empty: bool = True
                   ) -> list[ranking.Fold]:
    """ranking.cross_validate over the subject's features."""
    return ranking.cross_validate(figures, NAMES, l2, margin, fill_empty)


def pipeline_scores(gold_dir: Path, corpus: Path, part: str, rules: Rules,
                    model: SubjectModel | None) -> dict:
    """The evaluator's scores of one part with `model` in the pipeline (None: rules alone); a
    subject chosen by the model is then also what later figures carry on from."""
    docs = evaluate.load_gold(gold_dir / part, corpus)
    return evaluate.scores(evaluate.evaluate_docs(docs, replace(rules, subject_model=model)))


def as_model(w: np.ndarray, margin: float, fill_empty: bool) -> SubjectModel:
    return ranking.as_model(NAMES, w, margin, fill_empty)


def write_model(path: Path, w: np.ndarray, use: bool, margin: float, fill_empty: bool,
                note: str) -> None:
    ranking.write_model(path, NAMES, w, use, margin, fill_empty, note)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="migextract.train_subject", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("gold", type=Path, help="directory of gold parts (eval/dev)")
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--validate", default="part_i",
                        help="the part(s) held out for validation (not trained on), "
                             "comma-separated: part_i,part_j")
    parser.add_argument("--out", type=Path, help="where to write the model (rules/models/…)")
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--margin", type=float, default=1.0)
    parser.add_argument("--no-fill-empty", dest="fill_empty", action="store_false",
                        help="never give a subject where the rules found none")
    parser.add_argument("--pipeline", action="store_true",
                        help="also score each held-out part through the pipeline (slower)")
    args = parser.parse_args(argv)
    rules = load_rules()
    figures = collect(args.gold, args.corpus, rules)
    validate = set(args.validate.split(","))
    held = [f for f in figures if f.part in validate]
    training = [f for f in figures if f.part not in validate]
    print(f"{len(training)} training figures, {len(held)} validation figures; "
          f"candidates per figure {np.mean([len(f.y) for f in figures]):.1f}; "
          f"oracle (some candidate agrees): train {oracle(training):.3f}, "
          f"validation {oracle(held):.3f}")
    print("leave-one-part-out cross-validation (subject accuracy on matched figures):")
    print(f"  {'part':<8} {'figures':>7} {'rules':>6} {'ranker':>6}")
    rows = cross_validate(training, args.l2, args.margin, args.fill_empty)
    for part, n, rule_acc, rank_acc in rows:
        print(f"  {part:<8} {n:>7} {rule_acc:6.3f} {rank_acc:6.3f}")
    _, n_all, cv_rules, cv_ranker = ranking.cv_total(rows)
    print(f"  {'all':<8} {n_all:>7} {cv_rules:6.3f} {cv_ranker:6.3f}")
    w = train(training, args.l2)
    if args.pipeline:
        print("the same through the pipeline (subject, indicator, full-tuple F1; rules -> ranker):")
        parts = sorted({f.part for f in training}) + sorted(validate)
        totals = np.zeros(7)
        for part in parts:
            kept = w if part in validate else train(
                [f for f in training if f.part != part], args.l2)
            before = pipeline_scores(args.gold, args.corpus, part, rules, None)
            after = pipeline_scores(args.gold, args.corpus, part, rules,
                                    as_model(kept, args.margin, args.fill_empty))
            row = np.array([before["accuracy"]["subject"], after["accuracy"]["subject"],
                            before["accuracy"]["indicator"], after["accuracy"]["indicator"],
                            before["full_tuple"]["f1"], after["full_tuple"]["f1"]])
            print(f"  {part:<8} subject {row[0]:.3f} -> {row[1]:.3f}  indicator {row[2]:.3f} "
                  f"-> {row[3]:.3f}  tuple {row[4]:.3f} -> {row[5]:.3f}")
            if part not in validate:
                totals += np.append(row, 1.0) * before["gold_figures"]
        row = totals[:6] / totals[6]
        print(f"  {'A-H':<8} subject {row[0]:.3f} -> {row[1]:.3f}  indicator {row[2]:.3f} "
              f"-> {row[3]:.3f}  tuple {row[4]:.3f} -> {row[5]:.3f}  (weighted by gold figures)")
    for part in sorted(validate) if len(validate) > 1 else ():
        one = [f for f in held if f.part == part]
        print(f"validation {part}: rules {accuracy(one, None):.3f}, ranker "
              f"{accuracy(one, w, args.margin, args.fill_empty):.3f} ({len(one)} figures)")
    val_rules = accuracy(held, None)
    val_ranker = accuracy(held, w, args.margin, args.fill_empty)
    print(f"validation {args.validate}: rules {val_rules:.3f}, ranker {val_ranker:.3f} "
          f"({len(held)} figures)")
    use = cv_ranker > cv_rules and val_ranker > val_rules
    print(f"use: {use}")
    if args.out:
        write_model(args.out, w, use, args.margin, args.fill_empty, (
            f"Subject ranker weights, written by `python -m migextract.train_subject` on "
            f"{len(training)} figures.\nCross-validation: rules {cv_rules:.3f}, ranker "
            f"{cv_ranker:.3f}; {args.validate}: rules {val_rules:.3f}, ranker {val_ranker:.3f}."
            f"\nuse: true only when the ranker beats the rules in both."))
        print(f"written {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
