"""Indicator definitions (rules/indicators/*.yaml) matched by lemma sequence or by verb."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .morph import WORD, lemma
from .ruleload import entries, need, need_str_list, read_yaml, unique_ids


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    units: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...]
    verbs: frozenset[str]
    verb_objects: tuple[tuple[str, str], ...]


def lemma_key(phrase: str) -> tuple[str, ...]:
    return tuple(w if w.isupper() and len(w) > 1 else lemma(w) for w in WORD.findall(phrase))


@dataclass(frozen=True)
class IndicatorIndex:
    indicators: tuple[Indicator, ...]

    @classmethod
    def load(cls, directory: Path) -> IndicatorIndex:
        items = []
        for path in sorted(directory.glob("*.yaml")):
            items.extend(entries(read_yaml(path), path, "indicators"))
        unique_ids(items)
        return cls(tuple(_indicator(node) for node in items))

    @cached_property
    def _by_first_lemma(self) -> dict[str, list[tuple[tuple[str, ...], int]]]:
        index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for order, indicator in enumerate(self.indicators):
            for phrase in indicator.phrases:
                if phrase:
                    index.setdefault(phrase[0], []).append((phrase, order))
        return index

    def by_phrase(self, lemmas: tuple[str, ...], latest_start: int | None = None
                  ) -> Indicator | None:
        """The indicator whose longest phrase occurs (contiguously) in `lemmas`, starting no
        later than `latest_start` when given; on equal lengths, the one defined first."""
        best: tuple[int, int] | None = None  # (length, -order)
        for i, first in enumerate(lemmas):
            if latest_start is not None and i > latest_start:
                break
            for phrase, order in self._by_first_lemma.get(first, ()):
                if lemmas[i:i + len(phrase)] == phrase and (
                        best is None or (len(phrase), -order) > best):
                    best = (len(phrase), -order)
        return self.indicators[-best[1]] if best else None

    def by_verb(self, verb_lemma: str, object_lemma: str | None = None) -> Indicator | None:
        for indicator in self.indicators:
            if object_lemma and (verb_lemma, object_lemma) in indicator.verb_objects:
                return indicator
        for indicator in self.indicators:
            if verb_lemma in indicator.verbs:
                return indicator
        return None

    @property
    def flow_verbs(self) -> frozenset[str]:
        return frozenset(v for i in self.indicators for v in i.verbs) | frozenset(
            v for i in self.indicators for v, _o in i.verb_objects)


def _indicator(node) -> Indicator:
    pairs = []
    for text in need_str_list(node, "verb_objects", optional=True):
        words = text.split()
        if len(words) != 2:
            raise node.fail("verb_objects", f"{text!r}: expected 'verb object' (two lemmas)")
        pairs.append((words[0], words[1]))
    return Indicator(
        id=need(node, "id", str),
        name=need(node, "name", str),
        units=tuple(need_str_list(node, "units", optional=True)),
        phrases=tuple(k for k in (lemma_key(p) for p in need_str_list(node, "phrases")) if k),
        verbs=frozenset(need_str_list(node, "verbs", optional=True)),
        verb_objects=tuple(pairs),
    )
