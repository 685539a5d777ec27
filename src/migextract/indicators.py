"""Indicator definitions (rules/indicators/*.yaml) matched by lemma sequence or by verb."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .morph import WORD, lemma, word_info
from .ruleload import entries, need, need_str_list, read_yaml, unique_ids


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    units: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...]
    verbs: frozenset[str]
    verb_objects: tuple[tuple[str, str], ...]
    # phrases that name this indicator only near one of `context_words` ("расходы" in a text
    # about a budget): see IndicatorIndex.by_context_phrase
    context_phrases: tuple[tuple[str, ...], ...] = ()
    context_words: frozenset[str] = frozenset()


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

    def by_context_phrase(self, lemmas: tuple[str, ...],
                          nearby: Callable[[frozenset[str]], bool]) -> Indicator | None:
        """The indicator with the longest context phrase that opens `lemmas` and is followed by
        nothing, a preposition or one of its context words ("расходы", "расходы на образование",
        "дефицит российского бюджета"; not "расходы населения", nor "планируемые объемы
        расходов" of a programme), provided `nearby(context_words)` says one of those words is
        near the figure."""
        best: tuple[int, int] | None = None
        for order, indicator in enumerate(self.indicators):
            for phrase in indicator.context_phrases:
                if lemmas[:len(phrase)] == phrase \
                        and _open_after(lemmas[len(phrase):], indicator.context_words) \
                        and (best is None or (len(phrase), -order) > best):
                    best = (len(phrase), -order)
        if best is None:
            return None
        indicator = self.indicators[-best[1]]
        return indicator if nearby(indicator.context_words) else None

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


def _open_after(rest: tuple[str, ...], context_words: frozenset[str]) -> bool:
    """Nothing, a preposition, or adjectives then a context word follows a context phrase."""
    for word in rest:
        if word in context_words:
            return True
        info = word_info(word)
        if info.pos == "PREP":
            return True
        if info.pos not in ("ADJF", "PRTF"):
            return False
    return True


def _indicator(node) -> Indicator:
    pairs = []
    for text in need_str_list(node, "verb_objects", optional=True):
        words = text.split()
        if len(words) != 2:
            raise node.fail("verb_objects", f"{text!r}: expected 'verb object' (two lemmas)")
        pairs.append((words[0], words[1]))
    if need_str_list(node, "context_phrases", optional=True) \
            and not need_str_list(node, "context_words", optional=True):
        raise node.fail("context_words", "context_phrases need context_words")
    return Indicator(
        id=need(node, "id", str),
        name=need(node, "name", str),
        units=tuple(need_str_list(node, "units", optional=True)),
        phrases=tuple(k for k in (lemma_key(p) for p in need_str_list(node, "phrases")) if k),
        verbs=frozenset(need_str_list(node, "verbs", optional=True)),
        verb_objects=tuple(pairs),
        context_phrases=tuple(k for k in (lemma_key(p) for p in need_str_list(
            node, "context_phrases", optional=True)) if k),
        context_words=frozenset(lemma_key(" ".join(need_str_list(
            node, "context_words", optional=True)))),
    )
