"""Speed pass 13 (issue #5): the remembered properties of the context stage's rule classes
are lock-free, and what they remember is what a fresh reading would compute."""

from __future__ import annotations

import functools
import inspect

from migextract.context import placing, sentence, subjects
from migextract.context.tokens import _Remembered


def test_rule_classes_use_no_locking_cached_property():
    for module in (placing, sentence, subjects):
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            for attr, value in vars(cls).items():
                assert not isinstance(value, functools.cached_property), (cls, attr)


def test_remembered_is_computed_once_and_kept_in_the_instance():
    calls = []

    class Sentence:
        @_Remembered
        def lemmas(self):
            calls.append(1)
            return frozenset({"мигрант", "прибыть"})

    s = Sentence()
    assert s.lemmas == frozenset({"мигрант", "прибыть"})
    assert s.lemmas is s.__dict__["lemmas"]
    assert len(calls) == 1
    assert isinstance(Sentence.lemmas, _Remembered)


def _position_features_scanning(view, q, lemma, f):
    """The position features as read before the sentence's words were indexed by lemma: every
    token scanned for the head's nearest occurrence and for the words between."""
    from migextract.context.subject_ranker import _CLAUSE_PUNCT, _gap

    toks = view.toks
    at = None
    for i, t in enumerate(toks):
        if t.word and t.lemma == lemma and (at is None or _gap(t, q) < _gap(toks[at], q)):
            at = i
    if at is None:
        f["not_in_sentence"] = 1.0
        return
    tok = toks[at]
    before = tok.end <= q.start
    f["before" if before else "after"] = 1.0
    if before:
        between = [t for t in toks if tok.end <= t.start and t.end <= q.start]
    else:
        between = [t for t in toks if q.end <= t.start and t.end <= tok.start]
    words = sum(1 for t in between if t.word)
    f["distance_0_2" if words <= 2 else "distance_3_6" if words <= 6 else "distance_7plus"] = 1.0
    if not any(t.text in _CLAUSE_PUNCT or t.text in ".;!?" for t in between):
        f["same_clause"] = 1.0
    if any(t.word and t.pos == "VERB" for t in between):
        f["verb_between"] = 1.0
    if "nomn" in tok.info.cases:
        f["head_nominative"] = 1.0
    elif "gent" in tok.info.cases:
        f["head_genitive"] = 1.0
    if view._in_place(tok):
        f["head_in_place"] = 1.0
    if at and toks[at - 1].word and toks[at - 1].pos == "PREP":
        f["head_after_preposition"] = 1.0


_TEXT = (
    "Численность населения Казани в 2023 году выросла на 1,2% и составила 1,3 млн человек. "
    "Число мигрантов в регионе сократилось до 45 тыс., а доля мигрантов среди занятых "
    "составила 7%; мигрантов из Узбекистана прибыло 12 тыс. человек, из Таджикистана — 8 тыс. "
    "Средняя зарплата в Татарстане за год выросла на 15% и достигла 62 тыс. рублей, тогда как "
    "зарплата в Москве составила 120 тыс. рублей."
)


def test_position_features_read_by_lemma_index_are_those_of_a_full_scan(rules, monkeypatch):
    from migextract.context import subject_ranker
    from migextract.pipeline import extract_document
    from migextract.records import SourceRecord

    real = subject_ranker._position_features
    compared = 0

    def checked(view, q, lemma, f):
        nonlocal compared
        expected = dict(f)
        _position_features_scanning(view, q, lemma, expected)
        real(view, q, lemma, f)
        assert list(f.items()) == list(expected.items()), lemma
        compared += 1

    monkeypatch.setattr(subject_ranker, "_position_features", checked)
    result = extract_document(SourceRecord("speed13", _TEXT, "test", date="2024-01-15"), rules)
    assert result.status == "ok", result.error
    assert len(result.facts) >= 6
    assert compared >= 6
