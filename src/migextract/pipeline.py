"""One document through every stage: normalize → drop boilerplate → segment → NER → quantities
→ context → facts. The batch runner and the CLI only call `extract_document`."""

from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date

from .boilerplate import find_boilerplate
from .context import (
    DocumentSpeech,
    DocumentView,
    all_places,
    attach_context,
    document_places,
    reference_month,
    reference_year,
    speaker_sentences,
    speaker_spans,
)
from .entities import tag_entities, tag_entities_of_many
from .normalize import normalize_text
from .quantities import find_quantities, inherit_across_sentences
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


NER_SCOPES = ("speakers", "all")


def extract_document(record: SourceRecord, rules: Rules | None = None,
                     ner_scope: str = "speakers") -> DocumentResult:
    """Run every stage on one record; a record that fails becomes an error row, never a crash.

    `ner_scope` says what the NER model reads: "speakers" (the fast default) only the few words
    after a source marker or a quote's attribution in which context looks for a speaker
    (context.speaker_spans); "all" every sentence, so that entities.parquet lists every entity.
    The facts are the same either way (tests/test_fast_paths.py checks it on the dev set).
    """
    return extract_documents([record], rules, ner_scope)[0]


def extract_documents(records: list[SourceRecord], rules: Rules | None = None,
                      ner_scope: str = "speakers") -> list[DocumentResult]:
    """`extract_document` for several records at once, in their order, with the same results:
    the NER model reads the spans of all of them in one pass, sorted by length, since a batch
    costs what its longest text costs."""
    rules = rules or load_rules()
    prepared = [_guarded(record, lambda r=record: _prepare(r, rules, ner_scope))
                for record in records]
    pending = [p for p in prepared if isinstance(p, _Prepared)]
    try:
        found = tag_entities_of_many([(p.text, p.ner_spans) for p in pending], rules.gazetteer,
                                     [p.record.text for p in pending])
    except Exception:  # noqa: BLE001 — find which record breaks the model, keep the others
        found = [_guarded(p.record, lambda p=p: tag_entities(p.text, p.ner_spans,
                                                             rules.gazetteer, p.record.text))
                 for p in pending]
    entities_of_pending = iter(found)
    results = []
    for p in prepared:
        if isinstance(p, _Prepared):
            entities = next(entities_of_pending)
            p = entities if isinstance(entities, DocumentResult) else \
                _guarded(p.record, lambda p=p, e=entities: _finish(p, e, rules))
        results.append(p)
    return results


def _guarded(record: SourceRecord, step):
    """`step()`, or the record's error row when it raises: one bad record must not stop a run."""
    try:
        return step()
    except Exception as err:  # noqa: BLE001
        return _failed(record, f"internal error: {type(err).__name__}: {err}",
                       parse_date(record.date))


def _failed(record: SourceRecord, reason: str, doc_date: date | None) -> DocumentResult:
    return DocumentResult(record, "error", reason, 0, (), (), (), None, doc_date)


def find_document_quantities(raw: str, rules: Rules) -> tuple[
        str, list[Sentence], list[list[Quantity]], list[Rejection]]:
    """The stages up to quantities: normalized text, kept sentences, the quantities of each
    sentence (units inherited across them) and the numbers the grammar refused."""
    text = normalize_text(raw)
    sentences = split_sentences(text, find_boilerplate(text, rules.boilerplate),
                                rules.segmentation)
    per_sentence: list[list[Quantity]] = []
    rejections: list[Rejection] = []
    for sentence in sentences:
        found, refused = find_quantities(text[sentence.start:sentence.end], rules.grammar,
                                         sentence.start)
        per_sentence.append(found)
        rejections.extend(refused)
    return text, sentences, inherit_across_sentences(sentences, per_sentence, text), rejections


@dataclass(frozen=True)
class _Prepared:
    """A record through the stages before NER."""

    record: SourceRecord
    doc_date: date | None
    text: str
    sentences: list[Sentence]
    per_sentence: list[list[Quantity]]
    rejections: list[Rejection]
    ner_spans: list[tuple[int, int]]
    speech: DocumentSpeech  # what speaker_spans read, for the walk after NER


def _prepare(record: SourceRecord, rules: Rules, ner_scope: str) -> _Prepared | DocumentResult:
    doc_date = parse_date(record.date)
    if record.error is not None:
        return _failed(record, record.error, doc_date)
    if not record.text.strip():
        return _failed(record, "empty text", doc_date)
    text, sentences, per_sentence, rejections = find_document_quantities(record.text, rules)
    speech = DocumentSpeech()
    if ner_scope == "all":
        read = [(s.start, s.end) for s in sentences]
    else:
        read = speaker_spans(text, speaker_sentences(sentences, per_sentence), rules, speech)
    return _Prepared(record, doc_date, text, sentences, per_sentence, rejections, read, speech)


def _finish(prepared: _Prepared, entities: list[Entity], rules: Rules) -> DocumentResult:
    p = prepared
    starts = [s.start for s in p.sentences]
    mentions = [m for m in all_places(p.text, rules)
                if _in_sentences(m.start, p.sentences, starts)]
    title = (p.record.title or "").replace("_", " ")  # one taken from a file name ("Мэр_…")
    home, confirmed = document_places(mentions, title, rules, p.sentences, p.text)
    year = reference_year(p.doc_date, p.text, rules.periods, rules.context.speech)
    view = DocumentView(p.text, p.sentences, p.per_sentence, entities, year, home, confirmed,
                        tuple(mentions), p.speech,
                        reference_month=reference_month(p.doc_date, p.text, rules.periods),
                        title=title)
    contexts = attach_context(view, rules) if any(p.per_sentence) else []
    facts = _facts(p.record, p.sentences, p.per_sentence, contexts, rules)
    return DocumentResult(p.record, "ok", None, len(p.sentences), tuple(facts), tuple(entities),
                          tuple(p.rejections), home.name if home else None, p.doc_date)


def _in_sentences(pos: int, sentences: list[Sentence], starts: list[int]) -> bool:
    """Inside a kept sentence (boilerplate is not); `starts`: the sentences' starts, in order."""
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and pos < sentences[i].end


def _facts(record, sentences, per_sentence, contexts, rules: Rules) -> list[Fact]:
    flat = [(s, q) for s, qs in zip(sentences, per_sentence, strict=True) for q in qs]
    ids = [fact_id(record.doc_id, q.start, q.end) for _s, q in flat]
    facts = []
    for i, ((sentence, q), ctx) in enumerate(zip(flat, contexts, strict=True)):
        words = record.text[sentence.start:sentence.end]
        q = _national_currency(q, ctx.place_code, words, rules)
        parent = ids[ctx.parent_index] if ctx.parent_index is not None else None
        facts.append(Fact(record.doc_id, ids[i], sentence.index, q, record.text[q.start:q.end],
                          ctx, parent, words))
    return facts


_NAMED_RUSSIAN = re.compile(r"российск\w*\s+рубл", re.IGNORECASE)


def _national_currency(q: Quantity, place_code: str | None, sentence: str,
                       rules: Rules) -> Quantity:
    """'Средняя зарплата в Белоруссии – 1200 рублей': the word means the currency of the
    country the figure is about (rules/quantities.yaml `in_country`), unless the sentence
    names the other one ("российских рублей")."""
    meaning = rules.grammar.national_currencies.get(q.unit or "")
    country = (place_code or "").split("-")[0]
    if not meaning or country not in meaning or _NAMED_RUSSIAN.search(sentence):
        return q
    return replace(q, unit=meaning[country], rules=q.rules + ("unit.national_currency",))


def extract_text(text: str, doc_id: str = "text", date: str | None = None,
                 title: str | None = None, rules: Rules | None = None,
                 ner_scope: str = "speakers") -> DocumentResult:
    """Convenience for notebooks and tests: extract from a string."""
    return extract_document(SourceRecord(doc_id, text, "<text>", title=title, date=date), rules,
                            ner_scope)
