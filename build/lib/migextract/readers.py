"""Streaming readers for every input users have: text files, directories, JSON lines, CSV and
Parquet dumps (plain, gzip, bz2, zip), and tar archives of CSV or text files (the buriy and
Taiga news dumps). Each yields SourceRecords one at a time; a record that cannot be read becomes
a SourceRecord with `error` set, and reading goes on."""

from __future__ import annotations

import bz2
import csv
import gzip
import html as html_entities
import io
import itertools
import json
import re
import sys
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from .htmltext import looks_like_html, strip_html
from .records import SourceRecord

TEXT_FALLBACKS = ("text", "content", "body", "article")
DATE_FALLBACKS = ("datetime",)  # the date column of buriy's lenta.ru and webhose dumps
TAR_SUFFIXES = (".tar", ".tar.gz", ".tar.bz2", ".tar.xz", ".tgz", ".tbz", ".tbz2", ".txz")
# Taiga metadata tables: newmetadata.csv, metatable_2007.csv, metatable_texts.txt
_TAIGA_METADATA = re.compile(r"(new)?meta(data|table)")
_URL = re.compile(r"https?://\S+")
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
SKIPPED_TAR_DIRS = {"tagged_texts", "__MACOSX"}  # Taiga's CoNLL-U copies; macOS resource forks


@dataclass(frozen=True)
class FieldMap:
    """Which keys (JSON) or columns (CSV, Parquet) hold what."""

    id: str = "id"
    text: str = "text"
    title: str = "title"
    date: str = "date"
    url: str = "url"
    # Dumps such as TASS's name each .txt file after the article's headline (spaces as "_");
    # the headline often names the region the text never repeats.
    title_from_file_name: bool = False


def describe_formats() -> str:
    return ("Accepted inputs: a .txt file (doc id = file name); a directory (its .txt files, "
            "recursively; doc id = path without extension); JSON lines (.jsonl, .jsonlines, "
            ".json with one object per line; also .gz, .bz2 and .zip archives of them); CSV "
            "dumps with a header row (.csv, .csv.gz, .csv.bz2, e.g. lenta.ru and ODS news "
            "dumps); Parquet files with a text column; tar archives (.tar, .tar.gz, .tar.bz2, "
            ".tgz …) of such CSV or JSON lines files (buriy dumps), or of .txt files, one "
            "article each, with the Taiga metadata tables (newmetadata.csv, metatable_*.csv) "
            "joined by file name (tagged_texts/ is skipped). HTML in the text is stripped.")


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
    if name.endswith(TAR_SUFFIXES):
        return "tar"
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
            title = _title_from_name(path) if fields.title_from_file_name else None
            yield _text_file(path, doc_id or _stem(path), encoding, html, title)
        elif kind == "jsonl":
            with _open_binary(path) as handle:
                yield from _json_lines(handle, str(path), _stem(path), fields, html, encoding)
        elif kind == "csv":
            with _open_binary(path) as handle:
                yield from _csv_rows(handle, str(path), _stem(path), fields, html, encoding)
        elif kind == "parquet":
            yield from _parquet_rows(path, fields, html)
        elif kind == "zip":
            yield from _zip_members(path, fields, encoding, html)
        elif kind == "tar":
            yield from _TarReader(path, fields, encoding, html).records()
        else:
            yield SourceRecord(path.name, "", str(path),
                               error=f"{path}: unsupported input format ({describe_formats()})")
    except (OSError, EOFError, zipfile.BadZipFile, UnicodeDecodeError, csv.Error) as err:
        yield SourceRecord(doc_id or _stem(path), "", str(path),
                           error=f"{path}: cannot read: {type(err).__name__}: {err}")


def _stem(path: Path) -> str:
    name = path.name
    for suffix in (".gz", ".bz2", ".xz"):
        name = name.removesuffix(suffix)
    return Path(name).stem


def _open_binary(path: Path):
    opener = {".gz": gzip.open, ".bz2": bz2.open}.get(path.suffix.lower())
    return opener(path, "rb") if opener else open(path, "rb")


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


def _title_from_name(path: Path) -> str | None:
    return " ".join(_stem(path).replace("_", " ").split()) or None


def _text_file(path: Path, doc_id: str, encoding: str | None, html: str,
               title: str | None = None) -> SourceRecord:
    try:
        text, used = decode(path.read_bytes(), encoding)
    except UnicodeDecodeError as err:
        return SourceRecord(doc_id, "", str(path),
                            error=f"{path}: not UTF-8 and not cp1251 Russian text ({err.reason} "
                                  f"at byte {err.start}); give --encoding")
    extra = {"encoding": used} if used != "utf-8" else {}
    return _record(doc_id, text, str(path), title, None, None, html, extra)


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


class _LineDecoder:
    """The lines of a byte stream as text: the given encoding, else UTF-8, switching to cp1251
    for good at the first line that is not UTF-8 but reads as Russian. A line that decodes in
    neither is replaced (U+FFFD) and listed in `bad`, so the row holding it becomes an error."""

    def __init__(self, lines: Iterable[bytes], encoding: str | None):
        self.lines, self.encoding = lines, encoding
        self.number = 0
        self.bad: list[str] = []

    def __iter__(self) -> Iterator[str]:
        for raw in self.lines:
            self.number += 1
            yield self._decode(raw)

    def _decode(self, raw: bytes) -> str:
        try:
            text, used = decode(raw, self.encoding)
        except UnicodeDecodeError as err:
            self.bad.append(f"line {self.number}: {err.reason} at byte {err.start}")
            return raw.decode(self.encoding or "utf-8", errors="replace")
        self.encoding = self.encoding or ("cp1251" if used == "cp1251" else None)
        return text


def _csv_rows(raw: Iterable[bytes], source: str, id_prefix: str, fields: FieldMap, html: str,
              encoding: str | None, url_as_id: bool = True) -> Iterator[SourceRecord]:
    """One record per row of a CSV stream with a header row. A row with undecodable bytes or
    with more or fewer fields than the header becomes an error naming its row and line."""
    csv.field_size_limit(sys.maxsize)
    lines = _LineDecoder(raw, encoding)
    reader = csv.reader(lines)
    header = next(reader, None)
    if not header:
        return
    header[0] = header[0].removeprefix("\ufeff")
    for number, row, bad_lines in _numbered_rows(reader, lines):
        where, fallback_id = f"{source}:row {number}", f"{id_prefix}:{number}"
        problem = _row_problem(row, header, bad_lines, reader.line_num)
        if problem:
            yield SourceRecord(fallback_id, "", where, error=f"{where}: {problem}")
        else:
            yield _mapped(dict(zip(header, row, strict=True)), where, fallback_id, fields, html, url_as_id)


def _numbered_rows(reader, lines: _LineDecoder) -> Iterator[tuple[int, list[str], list[str]]]:
    """Non-blank rows numbered from 2 (the header is row 1), each with the undecodable lines
    read for it."""
    number = 1
    while True:
        seen = len(lines.bad)
        row = next(reader, None)
        if row is None:
            return
        if row:
            number += 1
            yield number, row, lines.bad[seen:]


def _row_problem(row: list[str], header: list[str], bad_lines: list[str], line: int
                 ) -> str | None:
    if bad_lines:
        return _undecodable(bad_lines)
    if len(row) != len(header):
        return (f"malformed row: {len(row)} fields, the header has {len(header)} "
                f"(ends at line {line})")
    return None


def _undecodable(bad_lines: list[str]) -> str:
    return f"undecodable bytes ({'; '.join(bad_lines)}); give --encoding"


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
                if kind == "csv":
                    yield from _csv_rows(raw, source, Path(member).stem, fields, html, encoding)
                    continue
                handle = io.TextIOWrapper(raw, encoding=encoding or "utf-8-sig", newline="")
                yield _record(Path(member).stem, handle.read(), source, None, None, None,
                              html, {})


# --- tar archives (buriy, Taiga) -------------------------------------------------------------

Member = tuple[str, io.BufferedReader]
MemberReader = Callable[[str, io.BufferedReader], Iterable[SourceRecord]]


class _TarReader:
    """A tar archive read as a stream, member by member in archive order, never unpacked.

    CSV and JSON-lines members give one record per row or line. A .txt member is one article;
    the Taiga metadata tables (newmetadata.csv, metatable*.csv|txt, metadata.csv) give it title,
    date and URL by its file name. A text met before its metadata row is set aside by name,
    and read again in a second streaming pass once the whole archive's metadata is known.
    Record ids are the archive name and the member path (and the row number for CSV rows), so
    they do not change between runs.
    """

    def __init__(self, path: Path, fields: FieldMap, encoding: str | None, html: str):
        self.path, self.fields, self.encoding, self.html = path, fields, encoding, html
        self.name = _stem(path)
        self.metadata: dict[str, dict] = {}  # text id → title, date, url, fits
        self.pending: set[str] = set()
        self.broken = False
        self.count = 0

    def records(self) -> Iterator[SourceRecord]:
        yield from self._pass(self._first_pass_member)
        if self.pending:
            yield from self._pass(self._pending_member, report=not self.broken)
        if self.count == 0 and not self.broken:
            yield SourceRecord(self.name, "", str(self.path),
                               error=f"{self.path}: no .csv, .jsonl or .txt member to read")

    def _pass(self, read_member: MemberReader, report: bool = True) -> Iterator[SourceRecord]:
        last = None
        try:
            for name, handle in _tar_members(self.path):
                last = name
                for record in read_member(name, handle):
                    self.count += 1
                    yield record
        except (tarfile.TarError, EOFError, OSError, zlib.error) as err:
            self.broken = True
            if report:
                after = f"after member {last}" if last else "at its start"
                yield SourceRecord(self.name, "", str(self.path),
                                   error=f"{self.path}: unreadable archive {after}: "
                                         f"{type(err).__name__}: {err}")

    def _first_pass_member(self, name: str, handle: io.BufferedReader
                           ) -> Iterable[SourceRecord]:
        kind = _format(PurePosixPath(name))
        source, id_prefix = f"{self.path}!{name}", self._member_id(name)
        if kind in ("csv", "txt") and _TAIGA_METADATA.match(PurePosixPath(name).name.lower()):
            return self._read_metadata(handle, source, id_prefix)
        if kind == "csv":
            return _csv_rows(handle, source, id_prefix, self.fields, self.html, self.encoding,
                             url_as_id=False)
        if kind == "jsonl":
            return _json_lines(handle, source, id_prefix, self.fields, self.html, self.encoding)
        if kind == "txt" and self._metadata_of(name) is None:
            self.pending.add(name)
            return ()
        if kind == "txt":
            return (self._text_member(name, handle),)
        return ()

    def _pending_member(self, name: str, handle: io.BufferedReader) -> Iterable[SourceRecord]:
        return (self._text_member(name, handle),) if name in self.pending else ()

    def _member_id(self, name: str) -> str:
        return f"{self.name}/{PurePosixPath(name.removeprefix('./')).with_suffix('')}"

    def _text_member(self, name: str, handle: io.BufferedReader) -> SourceRecord:
        doc_id, where = self._member_id(name), f"{self.path}!{name}"
        try:
            text, used = decode(handle.read(), self.encoding)
        except UnicodeDecodeError as err:
            return SourceRecord(doc_id, "", where,
                                error=f"{where}: not UTF-8 and not cp1251 Russian text "
                                      f"({err.reason} at byte {err.start}); give --encoding")
        if not text.strip():
            return SourceRecord(doc_id, "", where, error=f"{where}: empty text")
        meta = self._metadata_of(name) or {}
        extra = {"encoding": used} if used != "utf-8" else {}
        return _record(doc_id, text, where, meta.get("title"), meta.get("date"),
                       meta.get("url"), self.html, extra)

    def _metadata_of(self, name: str) -> dict | None:
        """Metadata by file name: "business199005.txt" → textid business199005; Fontanka's
        "fontanka_20070101001.txt" → 20070101001."""
        stem = PurePosixPath(name).stem
        return self.metadata.get(stem) or self.metadata.get(stem.partition("_")[2])

    def _read_metadata(self, handle: io.BufferedReader, source: str, id_prefix: str
                       ) -> Iterator[SourceRecord]:
        """Fill `metadata` from a Taiga table; yields only errors, for undecodable rows.

        Real tables are loose: rows drop trailing empty fields, or glue two together, so a row
        with more or fewer fields than the header is used as far as it goes, its date and URL
        kept only when they read as such. For an id met several times, values from a row that
        fits its header come first, the others fill what is missing."""
        lines = _LineDecoder(handle, self.encoding)
        rows = _metadata_rows(lines)
        header = next(rows, (0, [], []))[1]
        for number, row, bad_lines in rows:
            if bad_lines:
                where = f"{source}:row {number}"
                yield SourceRecord(f"{id_prefix}:{number}", "", where,
                                   error=f"{where}: {_undecodable(bad_lines)}")
                continue
            key, values = _taiga_metadata(dict(zip(header, row, strict=False)), row,
                                          self.fields)
            if key:
                self._remember(key, values, fits=len(row) == len(header))

    def _remember(self, key: str, values: dict[str, str | None], fits: bool) -> None:
        new, known = {**values, "fits": fits}, self.metadata.get(key)
        if known is None:
            self.metadata[key] = new
            return
        first, second = (new, known) if fits and not known["fits"] else (known, new)
        self.metadata[key] = {"fits": first["fits"] or second["fits"],
                              **{k: first[k] or second[k] for k in ("title", "date", "url")}}


def _tar_members(path: Path) -> Iterator[Member]:
    """The regular files of a tar archive, streamed (mode r|*: any compression, no seeking)."""
    with tarfile.open(path, mode="r|*") as archive:
        for member in archive:
            parts = PurePosixPath(member.name).parts
            if (member.isfile() and not SKIPPED_TAR_DIRS.intersection(parts)
                    and not parts[-1].startswith("._")):
                yield member.name, _decompressed(member.name, archive.extractfile(member))


def _decompressed(name: str, handle: io.BufferedReader) -> io.BufferedReader:
    """A member's bytes, through gzip or bz2 when its name says it is compressed itself."""
    if name.lower().endswith(".gz"):
        return gzip.GzipFile(fileobj=handle)
    if name.lower().endswith(".bz2"):
        return bz2.BZ2File(handle)
    return handle


def _metadata_rows(lines: _LineDecoder) -> Iterator[tuple[int, list[str], list[str]]]:
    """Rows of a Taiga metadata table: tab-separated, ";;"-separated (texts/metadata.csv) or
    CSV, told apart by the header line. Numbered from 1, the header."""
    decoded = iter(lines)
    first = next(decoded, "").removeprefix("\ufeff")
    separator = "\t" if "\t" in first else ";;" if ";;" in first else None
    if separator is None:
        reader = csv.reader(itertools.chain([first], decoded))
        yield from ((n - 1, row, bad) for n, row, bad in _numbered_rows(reader, lines))
        return
    seen = 0
    for number, line in enumerate(itertools.chain([first], decoded), 1):
        bad, seen = lines.bad[seen:], len(lines.bad)
        if line.strip():
            yield number, line.rstrip("\r\n").split(separator), bad


def _taiga_metadata(item: dict[str, str], row: list[str], fields: FieldMap
                    ) -> tuple[str | None, dict[str, str | None]]:
    """The text id and title/date/url of a metadata row, under the mapped names or Taiga's.
    The URL is looked for in its column, then anywhere in the row (Fontanka glues it to the
    tags)."""
    key = _str(_field(item, fields.id, "textid"))
    title = _str(_field(item, fields.title, "textname"))
    date = normalize_date(_str(_field(item, fields.date, *DATE_FALLBACKS)))
    url = _find_url(_str(_field(item, fields.url, "source", "url"))) or next(
        filter(None, map(_find_url, reversed(row))), None)
    values = {"title": html_entities.unescape(title).strip() if title else None,
              "date": date if date and _ISO_DATE.fullmatch(date) else None,
              "url": url}
    return (key.strip() if key else None), values


def _find_url(value: str | None) -> str | None:
    found = _URL.search(value) if value else None
    return found[0] if found else None


def _mapped(item: dict, where: str, fallback_id: str, fields: FieldMap, html: str,
            url_as_id: bool = True) -> SourceRecord:
    """A record from a row or object: keys as mapped by `fields` (else a usual name, any case).
    The id is the id field, else the URL (when `url_as_id`), else `fallback_id`."""
    text_key = next((k for k in (fields.text, *TEXT_FALLBACKS) if k in item), None)
    url = _str(_field(item, fields.url))
    doc_id = str(_field(item, fields.id) or (url if url_as_id else None) or fallback_id)
    if text_key is None:
        return SourceRecord(doc_id, "", where, error=f"{where}: no text field "
                                                      f"'{fields.text}' (keys: {', '.join(item)})")
    text = item[text_key]
    if not isinstance(text, str) or not text.strip():
        return SourceRecord(doc_id, "", where, error=f"{where}: empty text")
    return _record(doc_id, text, where, _str(_field(item, fields.title)),
                   normalize_date(_str(_field(item, fields.date, *DATE_FALLBACKS))), url,
                   html, {})


def _field(item: dict, *names: str):
    """The value under the first of `names` present, matched exactly, else ignoring case
    (buriy dumps write "URL")."""
    for name in names:
        if name in item:
            return item[name]
    folded = {str(key).casefold(): key for key in item}
    for name in names:
        if name.casefold() in folded:
            return item[folded[name.casefold()]]
    return None


def _str(value) -> str | None:
    return None if value is None or value == "" else str(value)


def _record(doc_id, text, source, title, date, url, html, extra) -> SourceRecord:
    if html == "yes" or html == "auto" and looks_like_html(text):
        text = strip_html(text)
        extra = {**extra, "html": "stripped"}
    if date is None and url and (date := date_in_url(url)):
        extra = {**extra, "date_from": "url"}
    return SourceRecord(doc_id, text, source, title=title, date=date, url=url, extra=extra)


# News sites put the publication day in the article's path: ng.ru/…/2017-09-08/…,
# lenta.ru/news/2019/03/01/…; a record without a date field (the RT/НГ dumps) takes it there.
_URL_DATE = re.compile(r"/((?:19|20)\d\d)([-/])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?=[/._-]|$)")


def date_in_url(url: str) -> str | None:
    """The ISO date a news URL's path holds ('/2017-09-08/', '/2019/03/01/'), or None."""
    found = _URL_DATE.search(url)
    if found is None:
        return None
    try:
        return datetime(int(found[1]), int(found[3]), int(found[4])).date().isoformat()
    except ValueError:  # 2019-02-30
        return None


MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря")
_WORD_DATE = re.compile(r"(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})", re.IGNORECASE)


def normalize_date(value: str | None) -> str | None:
    """'2019-01-01 00:00:00', '01.02.2019', '2019/01/02', '1 января 2010' → ISO dates; other
    forms unchanged."""
    if not value:
        return None
    for pattern in ("%Y-%m-%d", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%d.%m.%Y",
                    "%Y/%m/%d", "%d.%m.%Y %H:%M"):
        try:
            return datetime.strptime(value.strip()[:19], pattern).date().isoformat()
        except ValueError:
            continue
    words = _WORD_DATE.fullmatch(value.strip())
    if words:
        day, month, year = int(words[1]), MONTHS.index(words[2].lower()) + 1, int(words[3])
        try:
            return datetime(year, month, day).date().isoformat()
        except ValueError:
            return value
    return value
