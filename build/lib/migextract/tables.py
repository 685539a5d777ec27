"""Document results → Arrow tables → Parquet files, written atomically."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from .pipeline import DocumentResult
from .schema import arrow_schema


def fact_rows(result: DocumentResult) -> Iterable[dict]:
    for fact in result.facts:
        q, c = fact.quantity, fact.context
        yield {
            "doc_id": fact.doc_id, "fact_id": fact.fact_id,
            "sentence_index": fact.sentence_index, "start": q.start, "end": q.end,
            "span": fact.span, "value": q.value, "value_min": q.value_min,
            "value_max": q.value_max, "qualifier": q.qualifier, "unit": q.unit,
            "counted": q.counted, "subject": c.subject, "indicator": c.indicator,
            "breakdown": c.breakdown, "place": c.place, "place_code": c.place_code,
            "partner": c.partner, "period_start": c.period_start, "period_end": c.period_end,
            "period_text": c.period_text, "comparison": c.comparison,
            "direction": c.direction, "speaker": c.speaker,
            "parent_fact_id": fact.parent_fact_id, "rule": "+".join(q.rules),
            "context_rules": "+".join(c.rules) or None, "sentence": fact.sentence,
        }


def document_row(result: DocumentResult) -> dict:
    record = result.record
    return {
        "doc_id": record.doc_id, "source": record.source, "title": record.title,
        "date": result.doc_date, "url": record.url,
        "date_from": record.extra.get("date_from", "input") if result.doc_date else None,
        "n_chars": len(record.text),
        "n_sentences": result.n_sentences, "n_facts": len(result.facts),
        "country": result.country, "status": result.status, "error": result.error,
    }


def entity_rows(result: DocumentResult) -> Iterable[dict]:
    for e in result.entities:
        yield {"doc_id": result.record.doc_id, "start": e.start, "end": e.end, "type": e.type,
               "text": e.text, "normal": e.normal}


def to_table(rows: list[dict], table: str) -> pa.Table:
    schema = arrow_schema(table)
    columns = {}
    for field in schema:
        values = [row[field.name] for row in rows]
        if pa.types.is_dictionary(field.type):
            columns[field.name] = pa.array(values, pa.string()).dictionary_encode().cast(
                field.type)
        else:
            columns[field.name] = pa.array(values, field.type)
    return pa.Table.from_pydict(columns, schema=schema)


def tables_for(results: Iterable[DocumentResult]) -> dict[str, pa.Table]:
    facts, documents, entities = [], [], []
    for result in results:
        documents.append(document_row(result))
        facts.extend(fact_rows(result))
        entities.extend(entity_rows(result))
    return {"documents": to_table(documents, "documents"), "facts": to_table(facts, "facts"),
            "entities": to_table(entities, "entities")}


def write_atomic(table: pa.Table, path: Path) -> None:
    """Write next to the target and rename: readers never see a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
