"""Arrow batch in, Arrow batch out: the core API for Spark, Ray, Dask or any Arrow engine.

    import pyarrow as pa
    from migextract.arrow_api import extract_batches
    df.mapInArrow(lambda it: extract_batches(it, text="text", id="id"),
                  schema=facts_spark_schema)                       # PySpark
    ds.map_batches(lambda t: extract_table(t), batch_format="pyarrow")   # Ray Data
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow as pa

from .pipeline import extract_documents
from .records import SourceRecord
from .rules import load_rules
from .tables import tables_for


def _records(batch: pa.RecordBatch | pa.Table, text: str, id: str, date: str | None,
             title: str | None, url: str | None) -> Iterator[SourceRecord]:
    columns = batch.to_pydict()
    if text not in columns or id not in columns:
        raise KeyError(f"batch needs columns {text!r} and {id!r}; it has {list(columns)}")
    for i in range(batch.num_rows):
        row = {name: values[i] for name, values in columns.items()}
        value = row[text]
        day = row.get(date) if date else None
        yield SourceRecord(str(row[id]), value or "", "arrow", title=row.get(title or ""),
                           date=str(day) if day is not None else None, url=row.get(url or ""),
                           error=None if isinstance(value, str) else "no text (null)")


def extract_table(batch: pa.RecordBatch | pa.Table, *, text: str = "text", id: str = "id",
                  date: str | None = "date", title: str | None = "title",
                  url: str | None = "url", table: str = "facts",
                  rules_dir: Path | None = None) -> pa.Table:
    """One of the output tables ("facts", "documents", "entities") for the records of `batch`."""
    rules = load_rules(rules_dir)
    results = extract_documents(list(_records(batch, text, id, date, title, url)), rules)
    return tables_for(results)[table]


def extract_batches(batches: Iterable[pa.RecordBatch], **options) -> Iterator[pa.RecordBatch]:
    """For PySpark `mapInArrow`: an iterator of input batches → an iterator of facts batches."""
    for batch in batches:
        yield from extract_table(batch, **options).to_batches()
