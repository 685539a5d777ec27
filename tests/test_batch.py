"""Batch runs: sharded datasets, identical output with several workers, resuming after a kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pyarrow.dataset as ds
import pyarrow.parquet as pq

from migextract.batch import run_extract

from .conftest import CORPUS


def _dump(path, n):
    files = sorted((CORPUS / "news" / "tass" / "articles").glob("*.txt"))[:n]
    with open(path, "w", encoding="utf-8") as handle:
        for i, file in enumerate(files):
            handle.write(json.dumps({"id": f"tass{i:04d}", "text": file.read_text("utf-8")},
                                    ensure_ascii=False) + "\n")


def _table(out, name):
    table = ds.dataset(out / name, format="parquet").to_table()
    return table.sort_by([("doc_id", "ascending")] + (
        [("start", "ascending")] if "start" in table.column_names else []))


def test_workers_give_identical_dataset(corpus, tmp_path):
    _dump(tmp_path / "dump.jsonl", 60)
    one, two = tmp_path / "one", tmp_path / "two"
    run_extract([tmp_path / "dump.jsonl"], one, workers=1, shard_size=20, quiet=True)
    summary = run_extract([tmp_path / "dump.jsonl"], two, workers=2, shard_size=20, quiet=True)
    assert summary.dataset and summary.documents_ok == 60
    assert sorted(p.name for p in (two / "facts").iterdir()) == [
        "part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    for name in ("documents", "facts", "entities"):
        assert _table(one, name).equals(_table(two, name)), name


def test_resume_after_kill(corpus, tmp_path):
    _dump(tmp_path / "dump.jsonl", 80)
    command = [sys.executable, "-m", "migextract.cli", "extract", str(tmp_path / "dump.jsonl"),
               "-o", str(tmp_path / "out"), "--shard-size", "10", "--workers", "1", "-q"]
    process = subprocess.Popen(command)
    done_dir = tmp_path / "out" / "_shards"
    deadline = time.time() + 120
    while time.time() < deadline and len(list(done_dir.glob("*.done"))) < 2:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    written = len(list(done_dir.glob("*.done")))
    assert 2 <= written < 8, "the run should have been killed half-way"
    assert not list((tmp_path / "out").rglob("*.parquet.*"))  # no half-written table visible
    resumed = subprocess.run(command, capture_output=True, text=True, check=True)
    assert resumed.returncode == 0
    fresh = tmp_path / "fresh"
    run_extract([tmp_path / "dump.jsonl"], fresh, workers=1, shard_size=10, quiet=True)
    for name in ("documents", "facts", "entities"):
        assert _table(tmp_path / "out", name).equals(_table(fresh, name)), name


def test_small_run_writes_three_files(tmp_path):
    (tmp_path / "a.txt").write_text("Прибыло 5 тыс. человек.", encoding="utf-8")
    summary = run_extract([tmp_path / "a.txt"], tmp_path / "out", workers=1, quiet=True)
    assert not summary.dataset
    assert pq.read_table(tmp_path / "out" / "facts.parquet").num_rows == 1


def test_dask_local_cluster(corpus, tmp_path):
    _dump(tmp_path / "dump.jsonl", 30)
    local, dask_out = tmp_path / "local", tmp_path / "dask"
    run_extract([tmp_path / "dump.jsonl"], local, workers=1, shard_size=10, quiet=True)
    run_extract([tmp_path / "dump.jsonl"], dask_out, shard_size=10, quiet=True, engine="dask")
    for name in ("documents", "facts"):
        assert _table(local, name).equals(_table(dask_out, name)), name
