"""Readers on the real dump formats in ../shared/corpus/dumps and on files made here."""

from __future__ import annotations

import bz2
import itertools
import json
import zipfile

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from migextract.readers import FieldMap, iter_records, normalize_date


def _take(path, n=500, **kwargs):
    return list(itertools.islice(iter_records([path], **kwargs), n))


@pytest.mark.parametrize("name", ["gazeta", "interfax", "iz", "meduza", "ria", "rt", "tass-001"])
def test_ods_csv_gz_dumps(corpus, name):
    records = _take(corpus / "dumps" / "ods" / f"{name}.csv.gz")
    assert len(records) == 9
    assert all(r.error is None and len(r.text) > 100 for r in records)
    assert all(r.url and r.url.startswith("http") for r in records)
    assert all(r.date is None or len(r.date) == 10 for r in records)


@pytest.mark.parametrize("suffix", ["gz", "bz2"])
def test_lenta_dump(corpus, suffix):
    records = _take(corpus / "dumps" / f"lenta-ru-news.csv.{suffix}")
    assert records and all(r.error is None and r.title for r in records)


@pytest.mark.parametrize("path", ["dumps/ria.json.gz", "dumps/ria_news_dataset/ria_20.json"])
def test_ria_json_lines_lose_their_html(corpus, path):
    records = _take(corpus / path)
    assert len(records) >= 10
    for record in records:
        assert record.error is None and record.extra.get("html") == "stripped"
        assert "<p" not in record.text and "&nbsp;" not in record.text


def test_rt_zip_of_json_lines(corpus):
    records = _take(corpus / "news" / "rt_ng" / "ng_0.jsonlines.zip", n=50)
    assert len(records) == 50 and all(r.error is None for r in records)
    assert all("!" in r.source and ":line" in r.source for r in records)


def test_parquet_and_field_map(tmp_path):
    table = pa.table({"art_id": ["p1", "p2"], "body": ["Прибыло 5 тыс. человек.", ""],
                      "pub": ["01.02.2019", None]})
    pq.write_table(table, tmp_path / "dump.parquet")
    records = _take(tmp_path / "dump.parquet", fields=FieldMap(id="art_id", text="body",
                                                              date="pub"))
    assert [(r.doc_id, r.date, r.error is None) for r in records] == [
        ("p1", "2019-02-01", True), ("p2", None, False)]


def test_bz2_json_lines_with_a_bad_byte_line(tmp_path):
    lines = [json.dumps({"id": "a", "text": "первый"}, ensure_ascii=False).encode(),
             b'{"id": "b", "text": "\xff\xfe"}',
             json.dumps({"id": "c", "text": "третий"}, ensure_ascii=False).encode()]
    (tmp_path / "d.jsonl.bz2").write_bytes(bz2.compress(b"\n".join(lines)))
    records = _take(tmp_path / "d.jsonl.bz2")
    assert [r.doc_id for r in records] == ["a", "d:2", "c"]
    assert records[1].error and "line 2" in records[1].error


def test_zip_with_csv_member_and_unsupported_file(tmp_path):
    with zipfile.ZipFile(tmp_path / "a.zip", "w") as archive:
        archive.writestr("news.csv", "id,text\nx,Выбыло 7 тыс. человек.\n")
    (tmp_path / "notes.docx").write_bytes(b"PK")
    records = _take(tmp_path / "a.zip") + _take(tmp_path / "notes.docx")
    assert records[0].doc_id == "x" and records[0].error is None
    assert "unsupported input format" in records[1].error


@pytest.mark.parametrize("raw, iso", [("2019-01-01 00:00:00", "2019-01-01"),
                                      ("01.02.2019", "2019-02-01"), ("2019/01/02", "2019-01-02"),
                                      ("вчера", "вчера"), (None, None)])
def test_dates(raw, iso):
    assert normalize_date(raw) == iso
