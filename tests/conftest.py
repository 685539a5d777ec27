"""Shared fixtures: the rules, and the third-party corpus in ../shared/corpus (never copied)."""

from __future__ import annotations

import shutil
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


def copy_rules(tmp_path: Path) -> Path:
    """A copy of the shipped rules directory, to be broken by a test."""
    target = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", target)
    return target


def broken_rules(tmp_path: Path, name: str, old: str, new: str) -> tuple[Path, list[str]]:
    """A copy of the rules with `old` replaced by `new` in rule file `name`, and its lines."""
    rules_dir = copy_rules(tmp_path)
    path = rules_dir / name
    text = path.read_text(encoding="utf-8")
    broken = text.replace(old, new, 1)
    assert broken != text
    path.write_text(broken, encoding="utf-8")
    return rules_dir, broken.splitlines()


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


def subjects_by_span(rules, text: str) -> dict[str, str | None]:
    """The subject of every figure of `text`, by its span."""
    result = extract_text(text, rules=rules)
    assert result.status == "ok", result.error
    return {f.span: f.context.subject for f in result.facts}


def facts_of(rules, text: str):
    """The figures of `text`, read as one document."""
    result = extract_text(text, rules=rules)
    assert result.status == "ok", result.error
    return result.facts


def figure_by_span(facts, span: str):
    """The figure whose span is `span` or begins with it ("5 млн" of "5 млн человек")."""
    return next(f for f in sorted(facts, key=lambda f: f.span != span)
                if f.span == span or f.span.startswith(span + " "))


def indicator_of(text: str, span: str) -> str | None:
    """The indicator of the figure of `text` whose span is `span`."""
    return next(f for f in facts_of(None, text) if f.span == span).context.indicator

