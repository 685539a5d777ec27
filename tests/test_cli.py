"""The command line as a researcher uses it: inputs with bad records, exit codes, help."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

import pandas as pd
import pytest

from migextract.cli import main

GOOD = "В январе-июне 2024 года в Казахстан прибыло 14 тыс. человек, выехало 7 тыс. человек."


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "migextract.cli", *args], capture_output=True,
                          text=True, check=False)


def test_jsonl_with_bad_records_keeps_the_others(tmp_path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join([
        json.dumps({"id": "a", "text": GOOD, "date": "2024-07-15"}, ensure_ascii=False),
        '{"id": "broken", "text": "не закрыта',
        json.dumps({"id": "empty", "text": "  "}),
        json.dumps({"id": "b", "body": GOOD}, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["extract", str(dump), "-o", str(out), "-q", "--workers", "1"]) == 0
    docs = pd.read_parquet(out / "documents.parquet").set_index("doc_id")
    assert list(docs.index) == ["a", "dump:2", "empty", "b"]
    assert docs.loc["a", "status"] == "ok" and docs.loc["a", "n_facts"] == 2
    assert docs.loc["b", "status"] == "ok"  # text found under a fallback key ("body")
    assert docs.loc["dump:2", "status"] == "error"
    assert "line 2: invalid JSON" in docs.loc["dump:2", "error"]
    assert docs.loc["empty", "error"].endswith("empty text")
    facts = pd.read_parquet(out / "facts.parquet")
    assert sorted(facts["doc_id"].unique()) == ["a", "b"]


def test_text_field_and_id_field_options(tmp_path):
    dump = tmp_path / "news.jsonl.gz"
    with gzip.open(dump, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps({"guid": "x1", "body_text": GOOD}, ensure_ascii=False) + "\n")
    out = tmp_path / "out"
    assert main(["extract", str(dump), "-o", str(out), "-q", "--workers", "1",
                 "--text-field", "body_text", "--id-field", "guid"]) == 0
    facts = pd.read_parquet(out / "facts.parquet")
    assert set(facts["doc_id"]) == {"x1"} and len(facts) == 2


def test_directory_of_txt_and_non_utf8_file(tmp_path):
    folder = tmp_path / "articles"
    (folder / "kz").mkdir(parents=True)
    (folder / "kz" / "one.txt").write_text(GOOD, encoding="utf-8")
    (folder / "old.txt").write_bytes(GOOD.encode("cp1251"))
    (folder / "binary.txt").write_bytes(bytes(range(128, 256)) * 4)
    out = tmp_path / "out"
    assert main(["extract", str(folder), "-o", str(out), "-q", "--workers", "1"]) == 0
    docs = pd.read_parquet(out / "documents.parquet").set_index("doc_id")
    assert docs.loc["kz/one", "n_facts"] == 2
    assert docs.loc["old", "status"] == "ok" and docs.loc["old", "n_facts"] == 2  # cp1251
    assert docs.loc["binary", "status"] == "error"
    assert "not UTF-8" in docs.loc["binary", "error"]


def test_nothing_readable_exits_nonzero_with_one_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    done = _run("extract", str(bad), "-o", str(tmp_path / "out"), "-q", "--workers", "1")
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "nothing could be read" in done.stderr
    assert "Traceback" not in done.stderr
    missing = _run("extract", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "o2"), "-q")
    assert missing.returncode == 1 and "Traceback" not in missing.stderr


@pytest.mark.parametrize("command", [[], ["extract"], ["show"], ["explain"], ["schema"],
                                     ["rules", "check"], ["eval"]])
def test_help_is_written_for_newcomers(command):
    done = _run(*command, "--help")
    assert done.returncode == 0
    assert len(done.stdout) > 200
    assert "usage: migextract" in done.stdout


def test_explain_shows_rules_and_rejections(capsys):
    assert main(["explain", "В 2024 году сальдо миграции составило +7,3 тыс. человек."]) == 0
    out = capsys.readouterr().out
    assert "'+7,3 тыс. человек'" in out and "scale.thousand" in out
    assert "'2024'" in out and "excl.year_with_word" in out


def test_schema_prints_data_dictionary(capsys):
    assert main(["schema"]) == 0
    out = capsys.readouterr().out
    assert "facts.parquet" in out and "period_start" in out and "date" in out


def test_show_reads_back(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    assert main(["extract", str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"), "-q",
                 "--workers", "1"]) == 0
    assert main(["show", str(tmp_path / "out"), "--doc", "a"]) == 0
    assert "[14 тыс. человек]" in capsys.readouterr().out


def test_entities_option_lists_every_entity_with_the_same_facts(tmp_path):
    text = ("Губернатор Андрей Травников открыл в Новосибирске центр для мигрантов. "
            "По данным ГУ МВД, в 2023 году в регион прибыли 120 тыс. иностранцев, "
            "сообщил Иван Петров.")
    source = tmp_path / "news.txt"
    source.write_text(text, encoding="utf-8")
    tables = {}
    for scope in ("speakers", "all"):
        out = tmp_path / scope
        assert main(["extract", str(source), "-o", str(out), "-q", "--workers", "1",
                     "--entities", scope]) == 0
        tables[scope] = (pd.read_parquet(out / "entities.parquet"),
                         pd.read_parquet(out / "facts.parquet"))
    speakers, every = tables["speakers"][0], tables["all"][0]
    assert "Андрей Травников" in set(every["normal"])  # a sentence without figures
    assert "Андрей Травников" not in set(speakers["normal"])
    assert "Иван Петров" in set(speakers["normal"])
    facts_fast, facts_full = tables["speakers"][1], tables["all"][1]
    assert facts_fast.equals(facts_full)
    assert facts_fast.loc[0, "speaker"] == "ГУ МВД"  # the first source named; NER cuts it in two
