"""`make bench`: throughput and memory of migextract against the Natasha baseline, in one run.

The bench corpus is the TASS articles of ../shared/corpus (real news, ~2 KB each). Every
measurement runs in a fresh subprocess so that its peak RSS is its own. Reported as ratios
against the baseline measured in the same run, never as absolute limits.

    python -m migextract.bench --corpus ../shared/corpus [--docs 3000] [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def bench_texts(corpus: Path, docs: int, repeat: int = 1) -> list[tuple[str, str]]:
    paths = sorted((corpus / "news" / "tass" / "articles").glob("*.txt"))[:docs]
    if not paths:
        raise OSError(f"{corpus}/news/tass/articles: no bench texts found")
    texts = [(p.stem[:60], p.read_text(encoding="utf-8")) for p in paths]
    return [(f"{doc_id}#{r}", text) for r in range(repeat) for doc_id, text in texts]


# --- the measurements, each run in its own process -----------------------------------------

def measure_baseline(corpus: Path, docs: int) -> dict:
    """Natasha's full Doc pipeline (segment, morph, syntax, NER), as researchers run it."""
    from natasha import Doc, NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser, Segmenter

    texts = bench_texts(corpus, docs)
    emb = NewsEmbedding()
    segmenter, morph = Segmenter(), NewsMorphTagger(emb)
    syntax, ner = NewsSyntaxParser(emb), NewsNERTagger(emb)
    started = time.perf_counter()
    for _doc_id, text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(morph)
        doc.parse_syntax(syntax)
        doc.tag_ner(ner)
    return _rates(texts, time.perf_counter() - started)


def measure_migextract(corpus: Path, docs: int, workers: int, repeat: int = 1) -> dict:
    """The product's own shard path (extract + write Parquet), after models are loaded."""
    from concurrent.futures import ProcessPoolExecutor

    from .batch import RunConfig, _shards, _warm_up, process_shard
    from .records import SourceRecord

    texts = bench_texts(corpus, docs, repeat)
    records = [SourceRecord(doc_id, text, "bench") for doc_id, text in texts]
    shards = list(_shards(iter(records), 100))
    with tempfile.TemporaryDirectory() as out:
        config = RunConfig(Path(out), None, dataset=True)
        (Path(out) / "_shards").mkdir()
        if workers == 1:
            _warm_up(None)
            started = time.perf_counter()
            facts = sum(process_shard(i, chunk, config).facts for i, chunk in shards)
        else:
            with ProcessPoolExecutor(workers, initializer=_warm_up, initargs=(None,)) as pool:
                list(pool.map(time.sleep, [0.2] * workers))  # every worker has loaded
                started = time.perf_counter()
                facts = sum(r.facts for r in pool.map(process_shard, *zip(*shards, strict=True),
                                                       [config] * len(shards)))
        seconds = time.perf_counter() - started
    result = _rates(texts, seconds)
    result["facts"] = facts
    return result


def _rates(texts: list[tuple[str, str]], seconds: float) -> dict:
    chars = sum(len(t) for _i, t in texts)
    return {"docs": len(texts), "chars": chars, "seconds": seconds,
            "chars_per_s": chars / seconds, "docs_per_s": len(texts) / seconds}


def _peak_rss_mb() -> dict:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"peak_rss_mb": own, "peak_child_rss_mb": children}


def _child_main(argv: list[str]) -> None:
    kind, corpus, docs, workers, repeat = argv[0], Path(argv[1]), int(argv[2]), int(argv[3]), \
        int(argv[4])
    if kind == "baseline":
        result = measure_baseline(corpus, docs)
    else:
        result = measure_migextract(corpus, docs, workers, repeat)
    result.update(_peak_rss_mb())
    print(json.dumps(result))


def _run_child(kind: str, corpus: Path, docs: int, workers: int = 1, repeat: int = 1) -> dict:
    command = [sys.executable, "-m", "migextract.bench", "--child", kind, str(corpus), str(docs),
               str(workers), str(repeat)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"bench step {kind} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- the report ----------------------------------------------------------------------------

def run_bench(corpus: Path, docs: int, baseline_docs: int, flat_repeat: int) -> str:
    baseline = _run_child("baseline", corpus, baseline_docs)
    one = _run_child("migextract", corpus, docs, workers=1)
    two = _run_child("migextract", corpus, docs, workers=2)
    small = _run_child("migextract", corpus, max(docs // flat_repeat, 50), workers=1)
    large = _run_child("migextract", corpus, max(docs // flat_repeat, 50), workers=1,
                       repeat=flat_repeat)
    rows = [
        ("baseline: Natasha Doc (segment+morph+syntax+NER), 1 process", baseline,
         baseline["peak_rss_mb"]),
        ("migextract --workers 1", one, one["peak_rss_mb"]),
        ("migextract --workers 2", two, two["peak_child_rss_mb"]),
    ]
    lines = [f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
             f"{platform.python_version()}, {platform.platform()}",
             f"corpus: TASS articles from {corpus} ({one['docs']} docs, {one['chars']:,} chars; "
             f"baseline on the first {baseline['docs']} of them)", "",
             "| run | docs/s | chars/s | × baseline | peak RSS per worker, MB |",
             "|---|---:|---:|---:|---:|"]
    for name, r, rss in rows:
        lines.append(f"| {name} | {r['docs_per_s']:.1f} | {r['chars_per_s']:,.0f} | "
                     f"{r['chars_per_s'] / baseline['chars_per_s']:.1f} | {rss:.0f} |")
    lines += ["",
              f"2 workers / 1 worker: {two['chars_per_s'] / one['chars_per_s']:.2f}×",
              f"peak RSS, 1 worker: {small['peak_rss_mb']:.0f} MB on {small['chars']:,} chars, "
              f"{large['peak_rss_mb']:.0f} MB on {large['chars']:,} chars "
              f"({flat_repeat}× the input, the same texts again): ratio "
              f"{large['peak_rss_mb'] / small['peak_rss_mb']:.2f}",
              # new texts bring new words: the per-word caches fill up to their bound
              f"peak RSS, 1 worker, distinct texts: {small['peak_rss_mb']:.0f} MB on "
              f"{small['docs']} documents, {one['peak_rss_mb']:.0f} MB on {one['docs']}: ratio "
              f"{one['peak_rss_mb'] / small['peak_rss_mb']:.2f}",
              f"figures found (1 worker): {one['facts']}, (2 workers): {two['facts']}"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        _child_main(argv[1:])
        return 0
    parser = argparse.ArgumentParser(prog="python -m migextract.bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=Path("../shared/corpus"))
    parser.add_argument("--docs", type=int, default=3000,
                        help="documents for migextract runs: 30 shards of 100, so that the last "
                             "shard, when one worker waits for the other, is a small part of the run")
    parser.add_argument("--baseline-docs", type=int, default=300,
                        help="documents for the (slow) baseline run")
    parser.add_argument("--flat-repeat", type=int, default=10,
                        help="input multiple for the memory-flatness check")
    args = parser.parse_args(argv)
    print(run_bench(args.corpus, args.docs, args.baseline_docs, args.flat_repeat))
    return 0


if __name__ == "__main__":
    sys.exit(main())
