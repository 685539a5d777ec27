"""A record without a date takes the publication day its URL's path holds (`documents.date_from`
says so); a date the record gives always wins."""

from __future__ import annotations

import json
import zipfile

import pyarrow.parquet as pq
import pytest

from migextract.batch import run_extract
from migextract.readers import date_in_url, iter_records

from .conftest import CORPUS

TEXT = "В прошлом году в регион прибыли 12 тыс. человек."


@pytest.mark.parametrize("url, expected", [
    ("https://www.ng.ru/economics/2017-09-08/4_7066_seledka.html", "2017-09-08"),
    ("https://lenta.ru/news/2019/03/01/migranty/", "2019-03-01"),
    ("http://example.ru/2016-02-20", "2016-02-20"),
    ("https://russian.rt.com/business/article/463205-itogi-goda", None),  # no day in the path
    ("https://example.ru/news/2019-02-30/a.html", None),                    # no such day
    ("https://example.ru/news/20190301/a.html", None),                      # digits, no separators
    ("https://example.ru/id/2019-03-011/", None),
])
def test_date_in_url(url, expected):
    assert date_in_url(url) == expected


def _dump(tmp_path):
    rows = [
        {"id": "a", "text": TEXT, "url": "https://www.ng.ru/politics/2017-09-08/1_a.html"},
        {"id": "b", "text": TEXT, "url": "https://www.ng.ru/politics/2017-09-08/1_b.html",
         "date": "2016-05-01"},
        {"id": "c", "text": TEXT, "url": "https://russian.rt.com/article/1-c"},
    ]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return path


def test_records_take_the_url_date_only_without_a_date_of_their_own(tmp_path):
    a, b, c = iter_records([_dump(tmp_path)])
    assert (a.date, a.extra.get("date_from")) == ("2017-09-08", "url")
    assert (b.date, b.extra.get("date_from")) == ("2016-05-01", None)
    assert c.date is None


def test_documents_table_says_where_the_date_comes_from(tmp_path):
    run_extract([_dump(tmp_path)], tmp_path / "out", workers=1, quiet=True)
    table = pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()
    got = {row["doc_id"]: (str(row["date"]) if row["date"] else None, row["date_from"])
           for row in table}
    assert got == {"a": ("2017-09-08", "url"), "b": ("2016-05-01", "input"), "c": (None, None)}
    facts = pq.read_table(tmp_path / "out" / "facts.parquet").to_pylist()
    by_doc = {row["doc_id"]: row["period_start"] for row in facts}
    assert str(by_doc["a"]) == "2016-01-01"  # "в прошлом году" from the URL's 2017
    assert str(by_doc["b"]) == "2015-01-01"


def test_every_ng_record_of_the_corpus_gets_its_day(corpus):
    path = CORPUS / "news" / "rt_ng" / "ng_1.jsonlines.zip"
    records = list(iter_records([path]))[:200]
    assert records and all(r.date and r.extra.get("date_from") == "url" for r in records)
    with zipfile.ZipFile(path) as archive:
        first = json.loads(archive.open(archive.namelist()[0]).readline())
    assert records[0].date == date_in_url(first["url"])
