"""Shared fixtures: the rules, and the third-party corpus in ../shared/corpus (never copied)."""

from __future__ import annotations

from pathlib import Path

import pytest

from migextract.pipeline import extract_text
from migextract.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="session")
def rules():
    return load_rules(ROOT / "rules")


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"third-party corpus not found at {CORPUS} (../shared/corpus beside the repo)")
    return CORPUS


def read_corpus_text(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def context_of(rules, text: str, span: str | None = None, title: str | None = None):
    """The context of the figure whose span is `span` (the first figure when None)."""
    result = extract_text(text, rules=rules, title=title)
    assert result.status == "ok", result.error
    return next(f.context for f in result.facts if span is None or f.span == span)


def subject_of(text: str, span: str | None = None) -> str | None:
    """The subject of the figure whose span is `span` (the first figure when None)."""
    return context_of(None, text, span).subject
