"""`migextract explain`: how one text is read, for debugging rules."""

from __future__ import annotations

from pathlib import Path

from .pipeline import extract_text
from .rules import load_rules


def explain(text: str, date: str | None = None, rules_dir: Path | None = None) -> str:
    rules = load_rules(rules_dir)
    result = extract_text(text, doc_id="explain", date=date, rules=rules)
    if result.status != "ok":
        return f"error: {result.error}"
    lines = [f"{len(result.facts)} figure(s); document place: {result.country or '-'}"]
    for n, fact in enumerate(result.facts, 1):
        q, c = fact.quantity, fact.context
        lines.append(f"\n[{n}] {fact.span!r} at {q.start}-{q.end} (sentence {fact.sentence_index})")
        lines.append(f"    value {q.value:g}  min {_num(q.value_min)}  max {_num(q.value_max)}"
                     f"  qualifier {q.qualifier}  unit {q.unit or '-'}"
                     + (f"  counted {q.counted}" if q.counted else ""))
        lines.append(f"    grammar rules: {' + '.join(q.rules)}")
        for label, value in (("subject", c.subject), ("indicator", c.indicator),
                             ("breakdown", c.breakdown), ("place", _place(c)),
                             ("partner", c.partner), ("period", _period(c)),
                             ("comparison", c.comparison), ("direction", c.direction),
                             ("speaker", c.speaker), ("parent", fact.parent_fact_id)):
            if value:
                lines.append(f"    {label:<10} {value}")
        lines.append(f"    context rules: {' + '.join(c.rules) or '-'}")
    if result.rejections:
        lines.append("\nrejected numbers:")
        for r in result.rejections:
            lines.append(f"    {text[r.start:r.end]!r} at {r.start}-{r.end}: {r.rule}")
    return "\n".join(lines)


def _num(value: float | None) -> str:
    return "-" if value is None else f"{value:g}"


def _place(c) -> str | None:
    return f"{c.place} ({c.place_code})" if c.place and c.place_code else c.place


def _period(c) -> str | None:
    if c.period_start is None:
        return None
    return f"{c.period_start} .. {c.period_end}  ({c.period_text})"
