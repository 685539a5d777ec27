"""Streaming readers for every input users have: text files, directories, JSON lines, CSV and
Parquet dumps (plain, gzip, bz2, zip). Each yields SourceRecords one at a time; a record that
cannot be read becomes a SourceRecord with `error` set, and reading goes on."""

from __future__ import annotations

import bz2
import csv
import gzip
import io
import json
import sys
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .htmltext import looks_like_html, strip_html
from .records import SourceRecord

TEXT_FALLBACKS = ("text", "content", "body", "article")


@dataclass(frozen=True)
class FieldMap:
    """Which keys (JSON) or columns (CSV, Parquet) hold what."""

    id: str = "id"
    text: str = "text"
    title: str = "title"
    date: str = "date"
    url: str = "url"


def describe_formats() -> str:
    return ("Accepted inputs: a .txt file (doc id = file name); a directory (its .txt files, "
            "recursively; doc id = path without extension); JSON lines (.jsonl, .jsonlines, "
            ".json with one object per line; also .gz, .bz2 and .zip archives of them); CSV "
            "dumps with a header row (.csv, .csv.gz, .csv.bz2, e.g. lenta.ru and ODS news "
            "dumps); Parquet files with a text column. HTML in the text is stripped.")


def iter_records(paths: Iterable[str | Path], fields: FieldMap = FieldMap(),
                 encoding: str | None = None, html: str = "auto") -> Iterator[SourceRecord]:
    for path in map(Path, paths):
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*.txt") if p.is_file()):
                yield from _read_file(child, fields, encoding, html,
                                      doc_id=child.relative_to(path).with_suffix("").as_posix())
        elif path.exists():
            yield from _read_file(path, fields, encoding, html)
        else:
            yield SourceRecord(path.name, "", str(path), error=f"{path}: no such file")


def _format(path: Path) -> str | None:
    name = path.name.lower()
    for suffix in (".gz", ".bz2"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    if name.endswith(".txt"):
        return "txt"
    if name.endswith((".jsonl", ".jsonlines", ".json", ".ndjson")):
        return "jsonl"
    if name.endswith(".csv"):
        return "csv"
    if name.endswith(".parquet"):
        return "parquet"
    if name.endswith(".zip"):
        return "zip"
    return None


def _read_file(path: Path, fields: FieldMap, encoding: str | None, html: str,
               doc_id: str | None = None) -> Iterator[SourceRecord]:
    kind = _format(path)
    try:
        if kind == "txt":
            yield _text_file(path, doc_id or _stem(path), encoding, html)
        elif kind == "jsonl":
            with _open_binary(path) as handle:
                yield from _json_lines(handle, str(path), _stem(path), fields, html, encoding)
        elif kind == "csv":
            with _open_text(path, encoding) as handle:
                yield from _csv_rows(handle, str(path), _stem(path), fields, html)
        elif kind == "parquet":
            yield from _parquet_rows(path, fields, html)
        elif kind == "zip":
            yield from _zip_members(path, fields, encoding, html)
        else:
            yield SourceRecord(path.name, "", str(path),
                               error=f"{path}: unsupported input format ({describe_formats()})")
    except (OSError, EOFError, zipfile.BadZipFile, UnicodeDecodeError, csv.Error) as err:
        yield SourceRecord(doc_id or _stem(path), "", str(path),
                           error=f"{path}: cannot read: {type(err).__name__}: {err}")


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".gz", ".bz2"):
        name = name.removesuffix(suffix)
    return Path(name).stem


def _open_binary(path: Path):
    opener = {".gz": gzip.open, ".bz2": bz2.open}.get(path.suffix.lower())
    return opener(path, "rb") if opener else open(path, "rb")


def _open_text(path: Path, encoding: str | None) -> io.TextIOBase:
    return io.TextIOWrapper(_open_binary(path), encoding=encoding or "utf-8-sig",
                            errors="strict", newline="")


def decode(data: bytes, encoding: str | None) -> tuple[str, str]:
    """Text and the encoding used: the given one, else UTF-8, else cp1251 when that reads as
    mostly Cyrillic letters (old Russian dumps)."""
    if encoding:
        return data.decode(encoding), encoding
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        text = data.decode("cp1251", errors="strict")
        letters = [c for c in text if c.isalpha()]
        if letters and sum("а" <= c.lower() <= "я" or c in "ёЁ" for c in letters) > 0.5 * len(letters):
            return text, "cp1251"
        raise


def _text_file(path: Path, doc_id: str, encoding: str | None, html: str) -> SourceRecord:
    try:
        text, used = decode(path.read_bytes(), encoding)
    except UnicodeDecodeError as err:
        return SourceRecord(doc_id, "", str(path),
                            error=f"{path}: not UTF-8 and not cp1251 Russian text ({err.reason} "
                                  f"at byte {err.start}); give --encoding")
    extra = {"encoding": used} if used != "utf-8" else {}
    return _record(doc_id, text, str(path), None, None, None, html, extra)


def _json_lines(lines: Iterable[bytes], source: str, stem: str, fields: FieldMap, html: str,
                encoding: str | None) -> Iterator[SourceRecord]:
    """One record per line; each line is decoded on its own, so one bad line loses nothing else."""
    for number, raw in enumerate(lines, 1):
        where = f"{source}:line {number}"
        try:
            line = decode(raw, encoding)[0]
        except UnicodeDecodeError as err:
            yield SourceRecord(f"{stem}:{number}", "", where,
                               error=f"{where}: undecodable bytes ({err.reason} at {err.start})")
            continue
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as err:
            yield SourceRecord(f"{stem}:{number}", "", where,
                               error=f"{where}: invalid JSON: {err.msg} (column {err.colno})")
            continue
        if not isinstance(item, dict):
            yield SourceRecord(f"{stem}:{number}", "", where,
                               error=f"{where}: expected a JSON object, got {type(item).__name__}")
            continue
        yield _mapped(item, where, f"{stem}:{number}", fields, html)


def _csv_rows(handle: io.TextIOBase, source: str, stem: str, fields: FieldMap, html: str
              ) -> Iterator[SourceRecord]:
    csv.field_size_limit(sys.maxsize)
    for number, row in enumerate(csv.DictReader(handle), 2):
        yield _mapped(row, f"{source}:row {number}", f"{stem}:{number}", fields, html)


def _parquet_rows(path: Path, fields: FieldMap, html: str) -> Iterator[SourceRecord]:
    import pyarrow.parquet as pq

    number = 0
    for batch in pq.ParquetFile(path).iter_batches(batch_size=1000):
        for row in batch.to_pylist():
            number += 1
            yield _mapped(row, f"{path}:row {number}", f"{_stem(path)}:{number}", fields, html)


def _zip_members(path: Path, fields: FieldMap, encoding: str | None, html: str
                 ) -> Iterator[SourceRecord]:
    with zipfile.ZipFile(path) as archive:
        for member in sorted(archive.namelist()):
            kind = _format(Path(member))
            if kind not in ("jsonl", "csv", "txt"):
                continue
            source = f"{path}!{member}"
            with archive.open(member) as raw:
                if kind == "jsonl":
                    yield from _json_lines(raw, source, Path(member).stem, fields, html, encoding)
                    continue
                handle = io.TextIOWrapper(raw, encoding=encoding or "utf-8-sig", newline="")
                if kind == "csv":
                    yield from _csv_rows(handle, source, Path(member).stem, fields, html)
                else:
                    yield _record(Path(member).stem, handle.read(), source, None, None, None,
                                  html, {})


def _mapped(item: dict, where: str, fallback_id: str, fields: FieldMap, html: str
            ) -> SourceRecord:
    text_key = next((k for k in (fields.text, *TEXT_FALLBACKS) if k in item), None)
    doc_id = str(item.get(fields.id) or item.get(fields.url) or fallback_id)
    if text_key is None:
        return SourceRecord(doc_id, "", where, error=f"{where}: no text field "
                                                      f"'{fields.text}' (keys: {', '.join(item)})")
    text = item[text_key]
    if not isinstance(text, str) or not text.strip():
        return SourceRecord(doc_id, "", where, error=f"{where}: empty text")
    return _record(doc_id, text, where, _str(item.get(fields.title)),
                   normalize_date(_str(item.get(fields.date))), _str(item.get(fields.url)),
                   html, {})


def _str(value) -> str | None:
    return None if value is None or value == "" else str(value)


def _record(doc_id, text, source, title, date, url, html, extra) -> SourceRecord:
    if html == "yes" or html == "auto" and looks_like_html(text):
        text = strip_html(text)
        extra = {**extra, "html": "stripped"}
    return SourceRecord(doc_id, text, source, title=title, date=date, url=url, extra=extra)


def normalize_date(value: str | None) -> str | None:
    """'2019-01-01 00:00:00', '01.02.2019', '2019/01/02' → ISO dates; other forms unchanged."""
    if not value:
        return None
    for pattern in ("%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%d.%m.%Y",
                    "%Y/%m/%d", "%d.%m.%Y %H:%M"):
        try:
            return datetime.strptime(value.strip()[:19], pattern).date().isoformat()
        except ValueError:
            continue
    return value
