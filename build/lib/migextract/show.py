"""`migextract show`: read back the figures of an output directory."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq


def show_facts(out: Path, doc_id: str | None = None, limit: int = 50) -> str:
    path = out / "facts.parquet"
    if not path.exists():
        raise OSError(f"{path}: no facts table here (run 'migextract extract … -o {out}' first)")
    filters = [("doc_id", "=", doc_id)] if doc_id else None
    rows = pq.read_table(path, filters=filters).slice(0, limit).to_pylist()
    if not rows:
        return f"no figures{' for ' + doc_id if doc_id else ''} in {path}"
    blocks = []
    for row in rows:
        sentence, offset = row["sentence"], row["sentence"].find(row["span"])
        marked = (sentence[:offset] + "[" + row["span"] + "]" + sentence[offset + len(row["span"]):]
                  if offset >= 0 else sentence)
        period = (f"{row['period_start']}..{row['period_end']}" if row["period_start"] else "-")
        blocks.append("\n".join([
            f"{row['doc_id']} {row['start']}-{row['end']}  {row['fact_id']}",
            f"  {marked.strip()}",
            f"  = {row['value']:g} {row['unit'] or ''} ({row['qualifier']})"
            f"  subject: {row['subject'] or '-'}  indicator: {row['indicator'] or '-'}",
            f"  place: {row['place'] or '-'}  period: {period}"
            + (f"  breakdown: {row['breakdown']}" if row["breakdown"] else "")
            + (f"  direction: {row['direction']}" if row["direction"] else "")
            + (f"  speaker: {row['speaker']}" if row["speaker"] else ""),
            f"  rule: {row['rule']}",
        ]))
    return "\n\n".join(blocks)
