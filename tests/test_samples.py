"""The embedded samples against their hand-checked expected facts, field by field.

The figure itself (span, offsets, value, bounds, qualifier, unit, counted noun) must match the
expectation exactly, for every figure of every sample, with nothing missing and nothing extra.
Context fields are compared one by one with the agreement rules of the evaluation
(`migextract.evaluate`); each field must agree on at least the share in CONTEXT_FLOORS, which
are the levels reached when the floors were last raised — a regression fails the test and
prints every disagreement of that field.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from migextract.evaluate import _same_place, _same_speaker, _same_subject
from migextract.pipeline import extract_text
from migextract.rules import load_rules

SAMPLES = Path(__file__).resolve().parents[1] / "samples"

CONTEXT_FLOORS = {  # measured 2026-11-30 on 122 figures; raise them as the rules improve
    "subject": 0.88, "indicator": 0.79, "breakdown": 0.86, "place": 0.94, "partner": 0.91,
    "period": 0.96, "comparison": 0.83, "direction": 0.86, "speaker": 0.99, "parent": 0.96,
}


def _documents():
    for path in sorted(SAMPLES.glob("*.txt")):
        yield path.stem, path.read_text(encoding="utf-8"), None
    for line in (SAMPLES / "news_batch.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        yield record["id"], record["text"], record.get("date")


@lru_cache(maxsize=1)
def _pairs():
    rules = load_rules()
    out = []
    for doc, text, date in _documents():
        expected = [json.loads(line) for line in
                    (SAMPLES / "expected" / f"{doc}.jsonl").read_text(encoding="utf-8").splitlines()
                    if line.strip()]
        result = extract_text(text, doc_id=doc, date=date, rules=rules)
        out.append((doc, text, expected, result))
    return out


def test_at_least_five_samples_with_expectations():
    assert len(_pairs()) >= 5
    assert sum(len(expected) for _d, _t, expected, _r in _pairs()) >= 100


@pytest.mark.parametrize("doc", [d for d, _t, _d2 in _documents()])
def test_figures_exactly(doc):
    _doc, text, expected, result = next(p for p in _pairs() if p[0] == doc)
    assert result.status == "ok"
    got = {(f.quantity.start, f.quantity.end): f for f in result.facts}
    assert sorted(got) == sorted((e["start"], e["end"]) for e in expected), (
        "missing: " + str([e["quote"] for e in expected if (e["start"], e["end"]) not in got])
        + " extra: " + str([f.span for k, f in got.items()
                            if k not in {(e["start"], e["end"]) for e in expected}]))
    for e in expected:
        q = got[(e["start"], e["end"])].quantity
        assert text[q.start:q.end] == e["quote"]
        assert q.value == pytest.approx(e["value"]), e["quote"]
        assert (q.value_min, q.value_max) == (e["value_min"], e["value_max"]), e["quote"]
        assert (q.qualifier, q.unit) == (e["qualifier"], e["unit"]), e["quote"]


def _context_value(field, fact, facts_by_id):
    c = fact.context
    if field == "period":
        return (c.period_start and c.period_start.isoformat(),
                c.period_end and c.period_end.isoformat())
    if field == "parent":
        parent = facts_by_id.get(fact.parent_fact_id)
        return parent.quantity.start if parent else None
    return getattr(c, field)


def _expected_value(field, e):
    if field == "period":
        return (e["period_start"], e["period_end"])
    if field == "parent":
        return e["parent_start"]
    return e[field]


def _agrees(field, e, fact, facts_by_id) -> bool:
    c = fact.context
    if field == "subject":
        return _same_subject(e, c.subject, c.indicator)
    if field == "place":
        return _same_place(e, c.place, c.place_code)
    if field == "speaker":
        return _same_speaker(e["speaker"], c.speaker)
    return _context_value(field, fact, facts_by_id) == _expected_value(field, e)


@pytest.mark.parametrize("field", list(CONTEXT_FLOORS))
def test_context_field_agreement(field):
    agree, total, misses = 0, 0, []
    for doc, _text, expected, result in _pairs():
        got = {(f.quantity.start, f.quantity.end): f for f in result.facts}
        by_id = {f.fact_id: f for f in result.facts}
        for e in expected:
            fact = got.get((e["start"], e["end"]))
            total += 1
            if fact is not None and _agrees(field, e, fact, by_id):
                agree += 1
            else:
                got_value = _context_value(field, fact, by_id) if fact else "<no figure>"
                misses.append(f"{doc} {e['quote']!r}: expected {_expected_value(field, e)!r}, "
                              f"got {got_value!r}")
    share = agree / total
    assert share >= CONTEXT_FLOORS[field], (
        f"{field}: {agree}/{total} = {share:.2f} < {CONTEXT_FLOORS[field]}\n" + "\n".join(misses))
