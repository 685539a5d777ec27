"""The fast paths (NER only on the words where context looks for a speaker) give the same facts
as running NER on every sentence and reading its entities, on every document of the dev set."""

from __future__ import annotations

from pathlib import Path

import pytest

from migextract.evaluate import load_gold
from migextract.pipeline import extract_document, extract_documents
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


def test_documents_extracted_together_as_one_by_one(corpus, rules):
    """Batching NER across documents (sorted by length) changes nothing in any document."""
    records = [SourceRecord(d.doc, d.text, d.doc, date=d.date) for d in load_gold(DEV, corpus)]
    records.insert(3, SourceRecord("empty", "   ", "x"))
    together = extract_documents(records, rules)
    assert [r.record.doc_id for r in together] == [r.doc_id for r in records]
    assert together[3].status == "error" and together[3].error == "empty text"
    for record, result in zip(records, together, strict=True):
        alone = extract_document(record, rules)
        assert _facts(result) == _facts(alone), record.doc_id
        assert result.entities == alone.entities, record.doc_id


def test_a_record_that_breaks_a_stage_loses_no_other(rules, monkeypatch):
    import migextract.pipeline as pipeline

    real = pipeline.attach_context

    def breaks_on_marker(view, rules):
        if "СБОЙ" in view.text:
            raise RuntimeError("boom")
        return real(view, rules)

    monkeypatch.setattr(pipeline, "attach_context", breaks_on_marker)
    records = [SourceRecord("a", "В 2023 году прибыло 5 тыс. человек.", "x"),
               SourceRecord("b", "СБОЙ: выбыло 3 тыс. человек.", "x"),
               SourceRecord("c", "По данным Росстата, выбыло 4 тыс. человек.", "x")]
    a, b, c = extract_documents(records, rules)
    assert a.status == c.status == "ok" and len(a.facts) == len(c.facts) == 1
    assert b.status == "error" and "RuntimeError: boom" in b.error
