"""The quantity grammar, table-driven: tests/cases/*.tsv, one phrase per line (see its README).

    phrase<TAB>quote<TAB>value<TAB>value_min<TAB>value_max<TAB>unit<TAB>qualifier
    phrase<TAB>quote<TAB>-          (no figure may overlap quote)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from migextract.pipeline import extract_text

CASES = Path(__file__).parent / "cases"


def _read_cases():
    for path in sorted(CASES.glob("*.tsv")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            yield pytest.param(line.split("\t"), id=f"{path.stem}:{number}")


def _number(text: str) -> float | None:
    return None if text == "_" else float(text)


@pytest.mark.parametrize("columns", list(_read_cases()))
def test_case(columns, rules):
    phrase, quote = columns[0], columns[1]
    start = phrase.index(quote)
    end = start + len(quote)
    result = extract_text(phrase, rules=rules)
    assert result.status == "ok", result.error
    overlapping = [f for f in result.facts if f.quantity.start < end and start < f.quantity.end]
    if columns[2] == "-":
        assert not overlapping, f"no figure expected in {quote!r}, got {[f.span for f in overlapping]}"
        return
    value, value_min, value_max, unit, qualifier = columns[2:7]
    exact = [f for f in overlapping if (f.quantity.start, f.quantity.end) == (start, end)]
    assert exact, f"expected figure {quote!r}, got {[f.span for f in result.facts]}"
    q = exact[0].quantity
    assert q.value == pytest.approx(float(value), rel=1e-9)
    assert (q.value_min, q.value_max) == (
        pytest.approx(_number(value_min)) if value_min != "_" else None,
        pytest.approx(_number(value_max)) if value_max != "_" else None)
    assert q.unit == (None if unit == "_" else unit)
    assert q.qualifier == qualifier


def test_there_are_enough_cases():
    assert len(list(_read_cases())) >= 400
