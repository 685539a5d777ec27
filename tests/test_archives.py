"""Tar archives: the real buriy and Taiga dumps in ../shared/corpus/dumps, and small archives made
here for what goes wrong (bad bytes, malformed rows, metadata after or without the texts)."""

from __future__ import annotations

import gzip
import io
import tarfile

import pyarrow.parquet as pq
import pytest

from migextract import readers
from migextract.batch import run_extract
from migextract.cli import main
from migextract.readers import FieldMap, iter_records

BURIY = {"lenta": 7, "news-articles-2014": 9, "news-articles-2015-part1": 10,
         "news-articles-2015-part2": 10, "webhose-2016": 9}
TAIGA = ["Fontanka", "Interfax", "KP", "Lenta"]

RU = "Численность мигрантов выросла на 5 тыс. человек."


def _tar(path, members, mode="w:bz2"):
    with tarfile.open(path, mode) as archive:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return path


def _read(path, **kwargs):
    return list(iter_records([path], **kwargs))


# --- the real dumps ------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(BURIY))
def test_buriy_csv_members(corpus, name):
    records = _read(corpus / "dumps" / "buriy" / f"{name}.tar.bz2")
    assert len(records) == BURIY[name]
    assert all(r.error is None and r.title and r.text.strip() for r in records)
    assert all(r.url.startswith("http") and len(r.date) == 10 for r in records)  # URL, datetime
    assert all(r.doc_id.startswith(f"{name}/") and r.doc_id.endswith(":2") for r in records)
    assert all(f"{name}.tar.bz2!" in r.source and r.source.endswith(":row 2") for r in records)
    assert len({r.doc_id for r in records}) == len(records)


@pytest.mark.parametrize("name", TAIGA)
def test_taiga_texts_with_their_metadata(corpus, name):
    records = _read(corpus / "dumps" / "taiga" / f"{name}.tar.gz")
    assert len(records) == 1  # the CoNLL-U copy in tagged_texts/ is skipped
    record = records[0]
    assert record.error is None and "/texts/" in record.doc_id
    assert record.doc_id.startswith(f"{name}/") and "# sent_id" not in record.text
    assert record.title and "&quot;" not in record.title
    assert len(record.date) == 10 and record.date[:2] in ("20", "19")
    assert record.url.startswith("http")


def test_taiga_dates_and_urls_from_loose_tables(corpus):
    fontanka, = _read(corpus / "dumps" / "taiga" / "Fontanka.tar.gz")
    lenta, = _read(corpus / "dumps" / "taiga" / "Lenta.tar.gz")
    assert fontanka.date == "2007-01-01" and fontanka.url.endswith("/2007/01/01/001/")
    assert lenta.date == "2010-01-01"  # "1 января 2010"


def test_ids_are_the_same_on_every_read(corpus):
    path = corpus / "dumps" / "buriy" / "lenta.tar.bz2"
    assert [r.doc_id for r in _read(path)] == [r.doc_id for r in _read(path)]


# --- archives made here --------------------------------------------------------------------

def test_csv_member_rows_that_cannot_be_read_are_their_own_errors(tmp_path):
    path = _tar(tmp_path / "dump.tar.bz2", [
        ("2019/a.csv", f"date,url,title,text\n2019-01-02,http://x/1,T,{RU}\n"
                       f"2019-01-03,http://x/2,T,{RU},extra field\n"
                       f"2019-01-04,http://x/3,T,{RU}\n".encode()),
        ("2019/metaltorg.csv", f"date,url,title,text\n2019-02-01,http://x/4,Т,{RU}\n".encode("cp1251")),
        ("2019/c.csv", b"date,url,title,text\n2019-03-01,http://x/5,T,caf\xe9 na\xefve\n"
                       + f"2019-03-02,http://x/6,T,{RU}\n".encode()),
    ])
    records = _read(path)
    assert [(r.doc_id, r.error is None) for r in records] == [
        ("dump/2019/a:2", True), ("dump/2019/a:3", False), ("dump/2019/a:4", True),
        ("dump/2019/metaltorg:2", True), ("dump/2019/c:2", False), ("dump/2019/c:3", True)]
    assert records[1].error.startswith(f"{path}!2019/a.csv:row 3: malformed row: 5 fields")
    assert records[3].text == RU and records[3].title == "Т"  # cp1251 member detected
    assert f"{path}!2019/c.csv:row 2: undecodable bytes (line 2" in records[4].error
    assert "--encoding" in records[4].error


def test_encoding_option_applies_to_members(tmp_path):
    path = _tar(tmp_path / "d.tar", [("a.csv", "text\nкафе\n".encode("koi8-r"))], mode="w")
    assert _read(path, encoding="koi8-r")[0].text == "кафе"


def test_field_map_applies_to_csv_members(tmp_path):
    path = _tar(tmp_path / "d.tar.gz", [("a.csv", f"art,body,pub\nk1,{RU},01.02.2019\n".encode())],
                mode="w:gz")
    record, = _read(path, fields=FieldMap(id="art", text="body", date="pub"))
    assert (record.doc_id, record.date, record.text) == ("k1", "2019-02-01", RU)


def test_html_in_a_csv_member_is_stripped(tmp_path):
    path = _tar(tmp_path / "d.tar.bz2", [("a.csv", f'text\n"<p>{RU}</p><p>Ещё.</p>"\n'.encode())])
    record, = _read(path)
    assert "<p>" not in record.text and record.extra["html"] == "stripped"


TAIGA_META = ("segment\ttextid\ttextname\tdate\ttime\tsource\n"
              "X\t001\tПервый &quot;заголовок&quot;\t01.02.2017\t10:00\thttp://x/001\n")


def _taiga(tmp_path, members):
    return _tar(tmp_path / "Site.tar.gz", [(f"./Site/{n}", d) for n, d in members], mode="w:gz")


def test_taiga_metadata_after_the_texts_is_joined_in_a_second_pass(tmp_path, monkeypatch):
    passes = []
    real = readers._tar_members
    monkeypatch.setattr(readers, "_tar_members", lambda p: passes.append(p) or real(p))
    path = _taiga(tmp_path, [("texts/001.txt", RU.encode()),
                             ("tagged_texts/001.txt", b"# sent_id = 1\n1\t\xd0\x9f\t_\n"),
                             ("newmetadata.csv", TAIGA_META.encode())])
    record, = _read(path)
    assert (record.doc_id, record.title, record.date, record.url) == (
        "Site/Site/texts/001", 'Первый "заголовок"', "2017-02-01", "http://x/001")
    assert len(passes) == 2


def test_taiga_metadata_first_needs_one_pass(tmp_path, monkeypatch):
    passes = []
    real = readers._tar_members
    monkeypatch.setattr(readers, "_tar_members", lambda p: passes.append(p) or real(p))
    path = _taiga(tmp_path, [("newmetadata.csv", TAIGA_META.encode()),
                             ("texts/site_001.txt", RU.encode())])  # Fontanka-style name
    assert _read(path)[0].title == 'Первый "заголовок"' and len(passes) == 1


def test_taiga_text_without_metadata_and_undecodable_text(tmp_path):
    path = _taiga(tmp_path, [("texts/002.txt", RU.encode()),
                             ("texts/003.txt", b"caf\xe9 r\xe9sum\xe9 na\xefve"),
                             ("texts/004.txt", RU.encode("cp1251"))])
    records = _read(path)
    assert [r.doc_id for r in records] == ["Site/Site/texts/002", "Site/Site/texts/003",
                                           "Site/Site/texts/004"]
    assert records[0].error is None and records[0].title is None and records[0].text == RU
    assert records[1].error.startswith(f"{path}!./Site/texts/003.txt: not UTF-8")
    assert records[2].text == RU and records[2].extra["encoding"] == "cp1251"


def test_undecodable_metadata_row_is_reported_and_the_texts_still_read(tmp_path):
    meta = TAIGA_META.encode() + b"X\t002\tcaf\xe9 na\xefve\t01.02.2017\t10:00\thttp://x/2\n"
    path = _taiga(tmp_path, [("newmetadata.csv", meta), ("texts/001.txt", RU.encode())])
    error, text = _read(path)
    assert error.error.startswith(f"{path}!./Site/newmetadata.csv:row 3: undecodable bytes")
    assert text.error is None and text.date == "2017-02-01"


def test_truncated_archive_keeps_what_was_read(tmp_path):
    whole = _tar(tmp_path / "whole.tar", [("a.csv", f"text\n{RU}\n".encode()),
                                          ("b.csv", ("text\n" + RU * 400 + "\n").encode())],
                 mode="w")
    cut = tmp_path / "cut.tar"
    cut.write_bytes(whole.read_bytes()[:3000])
    records = _read(cut)
    assert records[0].error is None and records[0].text == RU
    assert records[-1].error.startswith(f"{cut}: unreadable archive after member b.csv")


def test_archive_with_nothing_to_read(tmp_path):
    path = _tar(tmp_path / "empty.tar.gz", [("notes.docx", b"PK")], mode="w:gz")
    record, = _read(path)
    assert "no .csv, .jsonl or .txt member" in record.error


def test_sharded_run_over_an_archive_resumes(corpus, tmp_path):
    path = corpus / "dumps" / "buriy" / "news-articles-2014.tar.bz2"
    first = run_extract([path], tmp_path / "out", workers=1, shard_size=4, quiet=True)
    again = run_extract([path], tmp_path / "out", workers=1, shard_size=4, quiet=True)
    assert first.documents_ok == 9 and first.dataset
    assert again.shards_skipped == 3 and again.documents_ok == 9
    ids = pq.read_table(tmp_path / "out" / "documents").column("doc_id").to_pylist()
    assert sorted(ids) == sorted(r.doc_id for r in _read(path))


def test_compressed_members(tmp_path):
    path = _tar(tmp_path / "d.tar", [("a.csv.gz", gzip.compress(f"text\n{RU}\n".encode()))],
                mode="w")
    record, = _read(path)
    assert (record.doc_id, record.text) == ("d/a.csv:2", RU)


def test_metadata_table_named_txt_is_not_an_article(tmp_path):
    path = _taiga(tmp_path, [("metatable_texts.txt", TAIGA_META.encode()),
                             ("texts/001.txt", RU.encode())])
    record, = _read(path)
    assert record.doc_id == "Site/Site/texts/001" and record.url == "http://x/001"


def test_cli_on_an_archive_and_an_unknown_encoding(corpus, tmp_path, capsys):
    archive = str(corpus / "dumps" / "taiga" / "KP.tar.gz")
    assert main(["extract", archive, "-o", str(tmp_path / "out"), "-w", "1", "-q"]) == 0
    assert pq.read_table(tmp_path / "out" / "documents.parquet").num_rows == 1
    with pytest.raises(SystemExit) as stop:
        main(["extract", archive, "-o", str(tmp_path / "out2"), "--encoding", "nonsense"])
    assert stop.value.code == 2 and "unknown encoding: nonsense" in capsys.readouterr().err
