"""The subject ranker's shortcuts change no fact: candidates that cannot win are left out before
their costly features are read (subject_ranker.score_bound), noun phrases are kept per head
for a range of ends (subjects._Reach), indicators and counted phrases are remembered. On every
document of the dev set the facts are those found when every candidate is read in full."""

from __future__ import annotations

from pathlib import Path

import pytest

from migextract.context import subject_ranker
from migextract.context.subjects import SubjectRules, _Reach
from migextract.evaluate import load_gold
from migextract.pipeline import extract_document
from migextract.records import SourceRecord

DEV = Path(__file__).resolve().parents[1] / "eval" / "dev"


def _facts(result):
    return [(f.fact_id, f.span, f.quantity, f.context, f.parent_fact_id) for f in result.facts]


def test_same_facts_as_reading_every_candidate_in_full(corpus, rules, monkeypatch):
    """With COLLECTOR set the ranker reads every candidate in full and chooses among them all;
    without, it leaves out those that cannot win. Along the way: every bound is a bound, a
    candidate completed after its bound is the one read in full, and a phrase kept for a head
    is the one built anew for this end."""
    assert rules.subject_model is not None and rules.subject_model.use
    bounded = kept = 0
    real_bound = subject_ranker.score_bound

    def checked_bound(view, q, phrase, proposers, rank, choice_rule, w):
        nonlocal bounded
        read = real_bound(view, q, phrase, proposers, rank, choice_rule, w)
        indicator = view._indicator_of(phrase)
        full = subject_ranker.candidate_features(view, q, phrase, indicator, proposers, rank,
                                                 False, choice_rule)
        assert list(subject_ranker.completed(view, q, read, indicator).items()) \
            == list(full.items())
        assert read.bound >= rules.subject_model.score(full) - 1e-9
        bounded += 1
        return read

    real_phrase = SubjectRules._scanned_phrase

    def checked_phrase(view, head, end):
        nonlocal kept
        phrase = real_phrase(view, head, end)
        built = view._phrase_from(view.toks, head, end)
        assert phrase == (view._corrected(built) if built else None)
        kept += 1
        return phrase

    monkeypatch.setattr(subject_ranker, "score_bound", checked_bound)
    monkeypatch.setattr(SubjectRules, "_scanned_phrase", checked_phrase)
    docs = load_gold(DEV, corpus)
    assert len(docs) >= 30
    for doc in docs:
        record = SourceRecord(doc.doc, doc.text, doc.doc, date=doc.date)
        fast = extract_document(record, rules)
        monkeypatch.setattr(subject_ranker, "COLLECTOR", [])
        try:
            full = extract_document(record, rules)
        finally:
            monkeypatch.setattr(subject_ranker, "COLLECTOR", None)
        assert fast.status == full.status == "ok", (doc.doc, fast.error, full.error)
        assert _facts(fast) == _facts(full), doc.doc
    assert bounded > 100 and kept > 100


def test_a_reach_holds_for_the_ends_every_comparison_agrees_with():
    reach = _Reach(50)
    assert 40 <= reach and not (60 <= reach)  # a token end before it, one after it
    assert reach.low == 40 and reach.high == 60
    assert 55 > reach and 70 > reach
    assert reach.low == 40 and reach.high == 55  # any end in [40, 55) compares alike
    with pytest.raises(TypeError):
        _ = reach + 1
    pinned = _Reach(50)
    assert 50 >= pinned  # not a comparison _phrase_from makes: only this very end agrees
    assert pinned.low == 50 and pinned.high == 51
