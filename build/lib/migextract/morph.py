"""pymorphy3 behind a cache: one analyzer per process, each word form parsed once."""

from __future__ import annotations

import heapq
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import pymorphy3
import regex
from pymorphy3.units.by_lookup import DictionaryAnalyzer

# A word of letters, hyphenated parts included ("Сан-Ладзаро-ди-Савена"); digits are no word.
WORD = regex.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class WordInfo:
    """The most probable pymorphy3 reading of a word form, plus all its possible cases."""

    lemma: str
    pos: str | None
    tag: str
    cases: frozenset[str]
    animate: bool
    number: str | None
    known: bool = True  # in pymorphy3's dictionary (False: a guess from the word's ending)


# Distinct words each per-word cache remembers. The words of news that recur fit; the long tail
# of rare words is parsed again when met. Bounded so that a worker's memory stops growing once
# the caches are full, whatever the size of the dump (README, "Speed and memory").
WORDS_REMEMBERED = 30_000


class _SafeAnalyzer(pymorphy3.MorphAnalyzer):
    """pymorphy3's analyzer that reads any string: its unknown-word guessers call
    unicodedata.name(), which raises ValueError on letters without a name (Tangut, some CJK
    extensions); such a word is analyzed with those letters replaced by "x".

    It also remembers its parses and inflections: pymorphy3 computes them anew on every call
    (an inflection builds the word's whole lexeme), and places, entities and the inflection of
    phrases ask for the same ones again and again. Both are pure functions of their arguments;
    callers get a fresh list, as from pymorphy3. Whole lexemes are not kept: so many objects
    slow the garbage collector more than rebuilding them costs."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.parses = lru_cache(maxsize=WORDS_REMEMBERED)(self._safe_parse)  # as a tuple
        self._remembered_inflections = lru_cache(maxsize=WORDS_REMEMBERED)(self._tuple_inflect)

    def parse(self, word):
        return list(self.parses(word))

    def _inflect(self, form, required_grammemes):
        return list(self._remembered_inflections(form, frozenset(required_grammemes)))

    def _tuple_inflect(self, form, required_grammemes: frozenset[str]) -> tuple:
        stack = form.methods_stack
        if len(stack) != 1 or type(stack[0][0]) is not DictionaryAnalyzer:
            return tuple(super()._inflect(form, required_grammemes))
        # a dictionary word: pymorphy3 builds its whole lexeme to pick one form; the form it
        # picks depends only on the paradigm, the word's tag and the grammemes asked for, so
        # pick it once per such triple (_form_index) and build only that form, as get_lexeme
        # would have built it
        unit, _word, para_id, idx = stack[0]
        chosen = _form_index(self, para_id, form.tag, required_grammemes)
        if chosen is None:
            return ()
        prefix, tag, suffix = _paradigm(self, para_id)[chosen]
        word = prefix + unit.dict.build_stem(unit.dict.paradigms[para_id], idx, form.word) \
            + suffix
        return (self._result_type(word, tag, form.normal_form, 1.0,
                                  unit._fix_stack(stack, word, para_id, chosen)),)

    def _safe_parse(self, word) -> tuple:
        try:
            return tuple(super().parse(word))
        except ValueError:
            return tuple(super().parse("".join(c if _has_name(c) else "x" for c in word)))


# Paradigms met: a few thousand of them serve most words.
PARADIGMS_REMEMBERED = 5_000


@lru_cache(maxsize=PARADIGMS_REMEMBERED)
def _paradigm(morph: _SafeAnalyzer, para_id: int) -> list:
    """(prefix, tag, suffix) of each form of a paradigm, as pymorphy3's get_lexeme reads them."""
    return morph.dictionary.build_paradigm_info(para_id)


@lru_cache(maxsize=WORDS_REMEMBERED)
def _form_index(morph: _SafeAnalyzer, para_id: int, tag, required: frozenset[str]
                ) -> int | None:
    """The form of paradigm `para_id` that pymorphy3's _inflect picks for a word tagged `tag`
    asked into `required`: among the forms with every required grammeme (else with those of
    TagClass.fix_rare_cases), the first most similar to the word's tag so updated."""
    tags = [t for _prefix, t, _suffix in _paradigm(morph, para_id)]
    possible = [i for i, t in enumerate(tags) if required <= t.grammemes]
    if not possible:
        required = morph.TagClass.fix_rare_cases(required)
        possible = [i for i, t in enumerate(tags) if required <= t.grammemes]
    grammemes = tag.updated_grammemes(required)

    def similarity(i: int) -> float:
        return len(grammemes & tags[i].grammemes) - 0.1 * len(grammemes ^ tags[i].grammemes)

    best = heapq.nlargest(1, possible, key=similarity)
    return best[0] if best else None


def _has_name(char: str) -> bool:
    return bool(unicodedata.name(char, ""))


@lru_cache(maxsize=1)
def analyzer() -> _SafeAnalyzer:
    return _SafeAnalyzer()


def _parses(lowered: str) -> tuple:
    """The analyzer's remembered analysis of a lower-cased form, shared by the readings below (a
    word met as "Прибыло" and "прибыло" is parsed once)."""
    return analyzer().parses(lowered)


@lru_cache(maxsize=WORDS_REMEMBERED)
def word_info(word: str) -> WordInfo:
    parses = _parses(word.lower())
    best = parses[0]
    pos, _case, number, animate = _grammemes(best.tag)
    readings = [_grammemes(p.tag) for p in parses]
    return WordInfo(
        lemma=_fold_yo(best.normal_form),
        pos=pos,
        tag=str(best.tag),
        cases=frozenset(case for pos_, case, *_ in readings if case and pos_ == pos),
        animate=animate,
        number=number,
        known=best.is_known,
    )


@lru_cache(maxsize=WORDS_REMEMBERED)
def guessed_from_ending(word: str) -> bool:
    """pymorphy3 reads the (unknown) word only by analogy with known words' endings: not
    as a known word with a prefix ("криптобиржа" is биржа)."""
    stack = _parses(word.lower())[0].methods_stack
    return type(stack[-1][0]).__name__ == "KnownSuffixAnalyzer"


@lru_cache(maxsize=WORDS_REMEMBERED)
def _grammemes(tag) -> tuple[str | None, str | None, str | None, bool]:
    """Part of speech, case, number and animacy of a pymorphy3 tag. Read once per tag (there
    are a few thousand), since each attribute of a tag is a set intersection in Python; and as
    plain str: pymorphy3's own are a str subclass whose == checks the other side against the
    grammeme set in Python, and the context rules compare a token's part of speech and cases
    about a million times per thousand articles."""
    return (_plain(tag.POS), _plain(tag.case), _plain(tag.number), tag.animacy == "anim")


def _plain(grammeme: str | None) -> str | None:
    return str.__str__(grammeme) if grammeme else None


def _fold_yo(text: str) -> str:
    """Input text has ё folded to е (normalize.py), so lemmas are folded the same way."""
    return text.replace("ё", "е")


def lemma(word: str) -> str:
    return word_info(word).lemma


@lru_cache(maxsize=WORDS_REMEMBERED)
def all_lemmas(word: str) -> frozenset[str]:
    """Every lemma pymorphy3 allows for a form; matching on this set tolerates wrong first parses."""
    return frozenset(_fold_yo(p.normal_form) for p in _parses(word.lower()))


@lru_cache(maxsize=WORDS_REMEMBERED)
def verb_lemmas(word: str) -> frozenset[str]:
    """Infinitives of the verb readings of a form: "прибыли" is read first as the noun прибыль,
    but next to a figure it is the verb прибыть."""
    return frozenset(_fold_yo(p.normal_form) for p in _parses(word.lower())
                     if p.tag.POS in ("VERB", "INFN", "PRTS"))


@lru_cache(maxsize=WORDS_REMEMBERED)
def number_in_case(word: str, case: str, pos: str | None = None) -> str | None:
    """The number of `word` read in `case` ("десяток" as a nominative is singular, though its
    first reading is the genitive plural of "десятка"); None if it has no such reading."""
    return next((p.tag.number for p in _in_case(word, case, pos)), None)


def _in_case(word: str, case: str, pos: str | None) -> list:
    """The readings of `word` in `case` (and `pos`), names aside ("голов" is not "Голов")."""
    return [p for p in _parses(word.lower()) if p.tag.case == case
            and (pos is None or p.tag.POS == pos) and not _NAMES & p.tag.grammemes]


_NAMES = frozenset({"Surn", "Name", "Patr"})


@lru_cache(maxsize=WORDS_REMEMBERED)
def inflect(word: str, grammemes: frozenset[str], pos: str | None = None,
            from_case: str | None = None) -> str:
    """Inflect `word` into `grammemes`, keeping its capitalization; the word itself if impossible.
    `from_case`: the case the word is in, when known, picks the reading to inflect."""
    parses = (from_case and _in_case(word, from_case, pos)) or _parses(word.lower())
    for parse in parses:
        if pos and parse.tag.POS != pos:
            continue
        inflected = parse.inflect(set(grammemes))
        if inflected is not None:
            return _match_case(word, inflected.word)
        break
    return word


def surface_forms(lemmas: frozenset[str] | set[str]) -> frozenset[str]:
    """Every inflected form of every lemma (pymorphy3 lexemes), ё folded: membership of a
    lower-cased word in this set answers "is it a form of one of these?" without parsing it."""
    forms: set[str] = set()
    for lemma_ in lemmas:
        forms.add(lemma_)
        for parse in analyzer().parse(lemma_):
            if _fold_yo(parse.normal_form) == lemma_:
                forms.update(_fold_yo(f.word) for f in parse.lexeme)
    return frozenset(forms)


def _match_case(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word
