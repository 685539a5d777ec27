"""One document through every stage: normalize → drop boilerplate → segment → NER → quantities
→ context → facts. The batch runner and the CLI only call `extract_document`."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from .boilerplate import find_boilerplate
from .context import DocumentView, attach_context, document_home, reference_year
from .entities import tag_entities
from .normalize import normalize_text
from .quantities import find_quantities
from .records import Entity, Fact, Quantity, Rejection, Sentence, SourceRecord
from .rules import Rules, load_rules
from .segment import split_sentences


@dataclass(frozen=True)
class DocumentResult:
    """Everything extracted from one input record: its documents.parquet row and its facts."""

    record: SourceRecord
    status: str  # ok | error
    error: str | None
    n_sentences: int
    facts: tuple[Fact, ...]
    entities: tuple[Entity, ...]
    rejections: tuple[Rejection, ...]
    country: str | None
    doc_date: date | None


def fact_id(doc_id: str, start: int, end: int) -> str:
    """Stable across runs: the same figure of the same document always gets the same id."""
    return hashlib.sha1(f"{doc_id}\x1f{start}\x1f{end}".encode()).hexdigest()[:16]


def parse_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def extract_document(record: SourceRecord, rules: Rules | None = None) -> DocumentResult:
    """Run every stage on one record; a record that fails becomes an error row, never a crash."""
    rules = rules or load_rules()
    doc_date = parse_date(record.date)
    if record.error is not None:
        return _failed(record, record.error, doc_date)
    if not record.text.strip():
        return _failed(record, "empty text", doc_date)
    try:
        return _extract(record, rules, doc_date)
    except Exception as err:  # noqa: BLE001 — one bad record must not stop the run
        return _failed(record, f"internal error: {type(err).__name__}: {err}", doc_date)


def _failed(record: SourceRecord, reason: str, doc_date: date | None) -> DocumentResult:
    return DocumentResult(record, "error", reason, 0, (), (), (), None, doc_date)


def _extract(record: SourceRecord, rules: Rules, doc_date: date | None) -> DocumentResult:
    text = normalize_text(record.text)
    dropped = find_boilerplate(text, rules.boilerplate)
    sentences = split_sentences(text, dropped)
    per_sentence: list[list[Quantity]] = []
    rejections: list[Rejection] = []
    for sentence in sentences:
        found, refused = find_quantities(text[sentence.start:sentence.end], rules.grammar,
                                         sentence.start)
        per_sentence.append(found)
        rejections.extend(refused)
    entities = tag_entities(text, _ner_spans(sentences), rules.gazetteer)
    home = document_home(_kept_text(text, sentences), record.title, rules, entities)
    view = DocumentView(text, sentences, per_sentence, entities,
                        reference_year(doc_date, text), home)
    contexts = attach_context(view, rules)
    facts = _facts(record, sentences, per_sentence, contexts)
    return DocumentResult(record, "ok", None, len(sentences), tuple(facts), tuple(entities),
                          tuple(rejections), home.name if home else None, doc_date)


def _ner_spans(sentences: list[Sentence]) -> list[tuple[int, int]]:
    """Paragraph spans: NER reads whole paragraphs so that names split by razdel stay whole."""
    spans: dict[int, tuple[int, int]] = {}
    for s in sentences:
        start, _ = spans.get(s.paragraph, (s.start, s.end))
        spans[s.paragraph] = (start, s.end)
    return list(spans.values())


def _kept_text(text: str, sentences: list[Sentence]) -> str:
    return "\n".join(text[s.start:s.end] for s in sentences)


def _facts(record, sentences, per_sentence, contexts) -> list[Fact]:
    flat = [(s, q) for s, qs in zip(sentences, per_sentence, strict=True) for q in qs]
    ids = [fact_id(record.doc_id, q.start, q.end) for _s, q in flat]
    facts = []
    for i, ((sentence, q), ctx) in enumerate(zip(flat, contexts, strict=True)):
        parent = ids[ctx.parent_index] if ctx.parent_index is not None else None
        facts.append(Fact(record.doc_id, ids[i], sentence.index, q, record.text[q.start:q.end],
                          ctx, parent, record.text[sentence.start:sentence.end]))
    return facts


def extract_text(text: str, doc_id: str = "text", date: str | None = None,
                 title: str | None = None, rules: Rules | None = None) -> DocumentResult:
    """Convenience for notebooks and tests: extract from a string."""
    return extract_document(SourceRecord(doc_id, text, "<text>", title=title, date=date), rules)
