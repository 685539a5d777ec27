"""Run the pipeline over many records: sharded, streaming, parallel, resumable.

Records are cut into shards of `shard_size` in input order. A run whose input fits in one shard
writes the three tables as single files; a larger run writes a partitioned dataset
(`facts/part-00000.parquet`, … one file per shard per table, readable with
`pyarrow.dataset.dataset(OUT/"facts")`). Each shard is committed by a marker file written after
its three tables, so a restarted run skips committed shards and ends with the same tables as an
uninterrupted one. At most `2 × workers` shards are in memory at any time.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import __version__
from .pipeline import extract_documents
from .readers import FieldMap, iter_records
from .records import SourceRecord
from .ruleload import collector_paused
from .rules import default_rules_dir, load_rules
from .tables import tables_for, write_atomic

TABLE_NAMES = ("documents", "facts", "entities")
MANIFEST = "_migextract_run.json"
DONE_DIR = "_shards"


class RunConflict(ValueError):
    """OUT_DIR holds the output of a different run."""


@dataclass
class ShardReport:
    """What one shard produced, small enough to send back from a worker."""

    index: int
    documents_ok: int = 0
    documents_error: int = 0
    facts: int = 0
    units: Counter = field(default_factory=Counter)
    indicators: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    skipped: bool = False


@dataclass
class Summary:
    out: Path
    dataset: bool = False
    documents_ok: int = 0
    documents_error: int = 0
    facts: int = 0
    shards_skipped: int = 0
    units: Counter = field(default_factory=Counter)
    indicators: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def add(self, report: ShardReport) -> None:
        self.documents_ok += report.documents_ok
        self.documents_error += report.documents_error
        self.facts += report.facts
        self.units.update(report.units)
        self.indicators.update(report.indicators)
        self.errors.extend(report.errors)
        self.shards_skipped += report.skipped

    def report(self) -> str:
        total = self.documents_ok + self.documents_error
        lines = [f"{total} documents read ({self.documents_ok} ok, {self.documents_error} with "
                 f"errors), {self.facts} figures found in {self.seconds:.1f} s"]
        if self.shards_skipped:
            lines.append(f"resumed: {self.shards_skipped} shard(s) already written were skipped")
        if self.units:
            lines.append("units: " + ", ".join(f"{u} {n}" for u, n in self.units.most_common()))
        if self.indicators:
            lines.append("indicators: " + ", ".join(
                f"{i} {n}" for i, n in self.indicators.most_common(8)))
        lines += [f"error: {e}" for e in self.errors[:10]]
        if len(self.errors) > 10:
            lines.append(f"… and {len(self.errors) - 10} more errors (see documents table)")
        if self.dataset:
            lines.append(f"tables: partitioned datasets {self.out}/facts/, {self.out}/documents/, "
                         f"{self.out}/entities/")
        else:
            lines.append(f"tables: {self.out / 'facts.parquet'}, {self.out / 'documents.parquet'}"
                         f", {self.out / 'entities.parquet'}")
        return "\n".join(lines)


@dataclass(frozen=True)
class RunConfig:
    out: Path
    rules_dir: Path | None
    dataset: bool
    ner_scope: str = "speakers"  # what NER reads: pipeline.NER_SCOPES


def run_extract(inputs: Iterable[str], out: Path, *, fields: FieldMap | None = None,
                encoding: str | None = None, html: str = "auto", rules_dir: Path | None = None,
                quiet: bool = False, workers: int | None = 1, shard_size: int = 1000,
                engine: str = "local", scheduler: str | None = None,
                entities: str = "speakers") -> Summary:
    inputs = [str(i) for i in inputs]
    with collector_paused():
        load_rules(rules_dir)  # fail fast on bad rules, before any worker starts
    started = time.monotonic()
    fields = fields or FieldMap()
    records = iter_records(inputs, fields=fields, encoding=encoding, html=html)
    shards = _shards(records,
                     shard_size)
    first = next(shards, None)
    second = next(shards, None)
    dataset = second is not None
    summary = Summary(out, dataset=dataset)
    config = RunConfig(out, rules_dir, dataset, entities)
    out.mkdir(parents=True, exist_ok=True)
    if dataset:
        reading = {**asdict(fields), "encoding": encoding, "html": html}
        _check_manifest(out, inputs, shard_size, rules_dir, entities, reading)
    all_shards = itertools.chain([s for s in (first, second) if s is not None], shards)
    progress = _Progress(quiet)
    for report in _execute(all_shards, config, workers, engine, scheduler):
        summary.add(report)
        progress.update(report)
    progress.close()
    if first is None:
        for name, table in tables_for([]).items():
            write_atomic(table, out / f"{name}.parquet")
    summary.seconds = time.monotonic() - started
    return summary


def _shards(records: Iterator[SourceRecord], size: int
            ) -> Iterator[tuple[int, list[SourceRecord]]]:
    for index in itertools.count():
        chunk = list(itertools.islice(records, size))
        if not chunk:
            return
        yield index, chunk


# --- running shards ------------------------------------------------------------------------

def process_shard(index: int, records: list[SourceRecord], config: RunConfig) -> ShardReport:
    """Extract one shard and write its tables; runs in a worker process (or inline)."""
    rules = load_rules(config.rules_dir)
    results = extract_documents(records, rules, config.ner_scope)
    for name, table in tables_for(results).items():
        write_atomic(table, _table_path(config, name, index))
    if config.dataset:
        _done_marker(config.out, index).write_text("ok\n", encoding="utf-8")
    report = ShardReport(index)
    for result in results:
        if result.status == "ok":
            report.documents_ok += 1
        else:
            report.documents_error += 1
            report.errors.append(result.error or result.record.source)
        report.facts += len(result.facts)
        report.units.update(f.quantity.unit or "?" for f in result.facts)
        report.indicators.update(f.context.indicator for f in result.facts if f.context.indicator)
    return report


def _table_path(config: RunConfig, name: str, index: int) -> Path:
    if config.dataset:
        return config.out / name / f"part-{index:05d}.parquet"
    return config.out / f"{name}.parquet"


def _done_marker(out: Path, index: int) -> Path:
    return out / DONE_DIR / f"part-{index:05d}.done"


def _committed(config: RunConfig, index: int) -> bool:
    return config.dataset and _done_marker(config.out, index).exists() and all(
        _table_path(config, name, index).exists() for name in TABLE_NAMES)


def _execute(shards, config: RunConfig, workers: int | None, engine: str,
             scheduler: str | None) -> Iterator[ShardReport]:
    todo = _skip_committed(shards, config)
    if engine == "dask":
        from .dask_engine import run_on_dask

        yield from run_on_dask(todo, config, scheduler)
        return
    workers = workers or os.cpu_count() or 1
    if workers == 1:
        _warm_up(config.rules_dir)
        for item in todo:
            yield item if isinstance(item, ShardReport) else process_shard(*item, config)
        return
    yield from _run_in_processes(todo, config, workers)


def _skip_committed(shards, config: RunConfig):
    for index, records in shards:
        if _committed(config, index):
            yield _report_from_disk(config, index)
        else:
            yield index, records


def _report_from_disk(config: RunConfig, index: int) -> ShardReport:
    """The report of a shard written by an earlier, interrupted run of the same command."""
    import pyarrow.parquet as pq

    documents = pq.read_table(_table_path(config, "documents", index)).to_pylist()
    facts = pq.read_table(_table_path(config, "facts", index), columns=["unit", "indicator"])
    report = ShardReport(index, skipped=True)
    for row in documents:
        if row["status"] == "ok":
            report.documents_ok += 1
        else:
            report.documents_error += 1
            report.errors.append(row["error"] or row["source"])
    report.facts = facts.num_rows
    report.units.update(u or "?" for u in facts.column("unit").to_pylist())
    report.indicators.update(i for i in facts.column("indicator").to_pylist() if i)
    return report


def _run_in_processes(todo, config: RunConfig, workers: int) -> Iterator[ShardReport]:
    """Ordered results with at most 2 × workers shards submitted at a time."""
    window: list[Future | ShardReport] = []
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm_up,
                             initargs=(config.rules_dir,)) as pool:
        for item in todo:
            window.append(item if isinstance(item, ShardReport)
                          else pool.submit(process_shard, *item, config))
            while len(window) >= 2 * workers:
                yield _result(window.pop(0))
        while window:
            yield _result(window.pop(0))


def _result(item: Future | ShardReport) -> ShardReport:
    return item if isinstance(item, ShardReport) else item.result()


def _warm_up(rules_dir: Path | None) -> None:
    """Load rules, morphology and the NER model once per worker process, then tune the garbage
    collector for extraction. It allocates millions of short-lived objects (tokens, parses,
    matches) while the per-word caches grow to hundreds of thousands of long-lived ones, and with
    the default thresholds a full collection walked all of them every few shards (on 1,500 TASS
    articles: 6 full collections of up to 0.3 s, none of which found garbage; 1.3 s of ~20 s of
    CPU in the collector). The loaded models are moved out of the collector's sight, and the
    young generation is collected every 10,000 net allocations instead of 700, so that the
    temporaries of a sentence die before they are promoted (0.35 s in the collector)."""
    from .entities import ner_tagger

    with collector_paused():
        load_rules(rules_dir)
        ner_tagger()
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)


# --- resuming ------------------------------------------------------------------------------

def _check_manifest(out: Path, inputs: list[str], shard_size: int,
                    rules_dir: Path | None, entities: str, reading: dict) -> None:
    manifest = {
        "migextract": __version__,
        "inputs": [str(Path(i).resolve()) for i in inputs],
        "reading": reading,  # field names, encoding, HTML: another reading is another run
        "shard_size": shard_size,
        "rules": _rules_fingerprint(rules_dir),
        "entities": entities,
    }
    path = out / MANIFEST
    if path.exists():
        previous = json.loads(path.read_text(encoding="utf-8"))
        if previous != manifest:
            changed = [k for k in manifest if previous.get(k) != manifest[k]]
            raise RunConflict(f"{out} holds the output of a different run ({', '.join(changed)} "
                              f"changed); use a new output directory or delete it")
        return
    (out / DONE_DIR).mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def _rules_fingerprint(rules_dir: Path | None) -> str:
    directory = Path(rules_dir) if rules_dir else default_rules_dir()
    digest = hashlib.sha1()
    for path in sorted(directory.rglob("*.yaml")):
        digest.update(path.relative_to(directory).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


# --- progress ------------------------------------------------------------------------------

class _Progress:
    """A tqdm bar on a terminal, a one-line status every 30 s in logs, nothing when quiet."""

    def __init__(self, quiet: bool):
        self.quiet, self.tty = quiet, sys.stderr.isatty()
        self.started = self.last = time.monotonic()
        self.docs = self.facts = self.errors = 0
        self.bar = None
        if not quiet and self.tty:
            from tqdm import tqdm

            self.bar = tqdm(unit="doc", desc="extracting", file=sys.stderr)

    def update(self, report: ShardReport) -> None:
        done = report.documents_ok + report.documents_error
        self.docs += done
        self.facts += report.facts
        self.errors += report.documents_error
        if self.bar is not None:
            self.bar.update(done)
            self.bar.set_postfix(facts=self.facts, errors=self.errors)
        elif not self.quiet and time.monotonic() - self.last >= 30:
            self.last = time.monotonic()
            rate = self.docs / max(self.last - self.started, 1e-9)
            print(f"migextract: {self.docs} documents, {rate:.1f} docs/s, {self.facts} figures, "
                  f"{self.errors} errors", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
