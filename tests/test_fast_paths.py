"""The fast paths (NER only on the words where context looks for a speaker) give the same facts
as running NER on every sentence and reading its entities, on every document of the dev set."""

from __future__ import annotations

from pathlib import Path

import pytest

from migextract.evaluate import load_gold
from migextract.pipeline import extract_document
from migextract.records import SourceRecord

DEV = Path(__file__).resolve().parents[1] / "eval" / "dev"


def _facts(result):
    return [(f.fact_id, f.span, f.quantity, f.context, f.parent_fact_id) for f in result.facts]


def test_same_facts_with_and_without_fast_paths(corpus, rules):
    docs = load_gold(DEV, corpus)
    assert len(docs) >= 30
    for doc in docs:
        record = SourceRecord(doc.doc, doc.text, doc.doc, date=doc.date)
        fast = extract_document(record, rules, ner_scope="speakers")
        full = extract_document(record, rules, ner_scope="all")
        assert fast.status == full.status == "ok", (doc.doc, fast.error, full.error)
        assert _facts(fast) == _facts(full), doc.doc
        assert len(full.entities) >= len(fast.entities)


@pytest.mark.parametrize("scope", ["speakers", "all"])
def test_entities_within_text(scope, rules):
    text = "По данным Бюро национальной статистики, в Алматы прибыло 60 тыс. человек."
    result = extract_document(SourceRecord("t", text, "t"), rules, ner_scope=scope)
    for entity in result.entities:
        assert text[entity.start:entity.end] == entity.text
