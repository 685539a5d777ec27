"""Run the pipeline over many records and write the output tables."""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .pipeline import DocumentResult, extract_document
from .readers import FieldMap, iter_records
from .rules import load_rules
from .tables import tables_for, write_atomic


@dataclass
class Summary:
    out: Path
    documents_ok: int = 0
    documents_error: int = 0
    facts: int = 0
    units: Counter = field(default_factory=Counter)
    indicators: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def add(self, result: DocumentResult) -> None:
        if result.status == "ok":
            self.documents_ok += 1
        else:
            self.documents_error += 1
            self.errors.append(f"{result.record.source}: {result.error}")
        self.facts += len(result.facts)
        self.units.update(f.quantity.unit or "?" for f in result.facts)
        self.indicators.update(f.context.indicator for f in result.facts if f.context.indicator)

    def report(self) -> str:
        lines = [f"{self.documents_ok + self.documents_error} documents read "
                 f"({self.documents_ok} ok, {self.documents_error} with errors), "
                 f"{self.facts} figures found"]
        if self.units:
            lines.append("units: " + ", ".join(f"{u} {n}" for u, n in self.units.most_common()))
        if self.indicators:
            lines.append("indicators: " + ", ".join(
                f"{i} {n}" for i, n in self.indicators.most_common(8)))
        lines += [f"error: {e}" for e in self.errors[:10]]
        if len(self.errors) > 10:
            lines.append(f"… and {len(self.errors) - 10} more errors (see documents.parquet)")
        lines.append(f"tables: {self.out / 'facts.parquet'}, {self.out / 'documents.parquet'}, "
                     f"{self.out / 'entities.parquet'}")
        return "\n".join(lines)


def run_extract(inputs: Iterable[str], out: Path, *, fields: FieldMap = FieldMap(),
                encoding: str | None = None, html: str = "auto", rules_dir: Path | None = None,
                quiet: bool = False) -> Summary:
    rules = load_rules(rules_dir)
    summary = Summary(out)
    results: list[DocumentResult] = []
    records = iter_records(inputs, fields=fields, encoding=encoding, html=html)
    for result in _progress((extract_document(r, rules) for r in records), quiet):
        summary.add(result)
        results.append(result)
    for name, table in tables_for(results).items():
        write_atomic(table, out / f"{name}.parquet")
    return summary


def _progress(results: Iterable[DocumentResult], quiet: bool) -> Iterable[DocumentResult]:
    if quiet or not sys.stderr.isatty():
        yield from results
        return
    from tqdm import tqdm

    yield from tqdm(results, unit="doc", desc="extracting", file=sys.stderr)
