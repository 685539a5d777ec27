"""Plain frozen records that flow between the pipeline stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class SourceRecord:
    """One input article as read from disk, before any processing.

    `error` is set (and `text` may be empty) when the record could not be read; such a record
    still becomes a row of documents.parquet with status "error".
    """

    doc_id: str
    text: str
    source: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    error: str | None = None
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure found in text: where it stands and what it is, before any context is attached.

    Offsets are into the document text. `rules` lists the ids of the grammar rules that built it.
    """

    start: int
    end: int
    value: float
    value_min: float | None
    value_max: float | None
    qualifier: str
    unit: str | None
    counted: str | None
    rules: tuple[str, ...]
    number_start: int
    number_end: int


def is_currency(unit: str | None) -> bool:
    """Whether a unit is money: currencies are the only units written as three capitals (ISO
    4217: "KZT", "RUB"); every other unit is lower-case ("person", "percent", "km") or, for
    power, not three letters long ("MW", "MWh")."""
    return bool(unit) and len(unit) == 3 and unit.isalpha() and unit.isupper()


# units of a length of time ("за 9 месяцев", "2 года", "за 23 минуты"): a duration, not an amount
DURATION_UNITS = frozenset({"year", "month", "week", "day", "hour", "min", "s", "ms"})


def unit_kind(unit: str | None) -> str | None:
    """What a unit measures: "money" in any currency, "share" (percent and points), "count"
    (people and things), or the unit itself (km, t, year); None for a bare number."""
    if unit is None:
        return None
    if is_currency(unit):
        return "money"
    if unit in ("percent", "pp", "bp"):
        return "share"
    if unit in ("person", "item"):
        return "count"
    return unit


@dataclass(frozen=True, slots=True)
class Rejection:
    """A number the grammar saw and refused, with the rule that refused it (for `explain`)."""

    start: int
    end: int
    rule: str


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the kept (non-boilerplate) text; offsets into the document text."""

    index: int
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Entity:
    """A named entity found by Natasha's NER, with its nominative normal form."""

    start: int
    end: int
    type: str
    text: str
    normal: str


@dataclass(frozen=True, slots=True)
class Context:
    """What a figure measures, where and when: everything attached to a Quantity."""

    subject: str | None = None
    indicator: str | None = None
    breakdown: str | None = None
    place: str | None = None
    place_code: str | None = None
    partner: str | None = None
    period_start: date | None = None
    period_end: date | None = None
    period_text: str | None = None
    comparison: str | None = None
    direction: str | None = None
    speaker: str | None = None
    parent_index: int | None = None  # index of the parent figure within the document
    rules: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Fact:
    """One row of facts.parquet: a quantity with its context, traceable to the text."""

    doc_id: str
    fact_id: str
    sentence_index: int
    quantity: Quantity
    span: str
    context: Context
    parent_fact_id: str | None
    sentence: str
