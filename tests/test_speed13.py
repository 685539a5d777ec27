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
