"""The words and marks of a sentence, with their offsets in the document text: what every rule
of the context stage reads. Kept apart so that the rules share one reading of a token (and one
pymorphy3 parse of it) rather than each splitting the text its own way."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from ..morph import WordInfo, word_info
from ..morph import guessed_from_ending as _guessed_from_ending

# a case ending hyphenated to a number ("2017-го", "1980-е") belongs to the number
_TOKEN = regex.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+(?:[.,]\d+)?(?:-[^\W\d_]{1,3}(?![^\W\d_]))?|\S")
_CLAUSE_PUNCT = {",", ";", ":", "(", ")", '"'}
_PREPS = {"в", "во", "на", "из", "с", "со", "по", "для", "к", "от", "до", "за", "при", "о", "об",
          "среди", "у", "между", "через", "под", "над", "перед"}


class _Remembered:
    """A property computed on first reading and then kept in the instance's __dict__, where
    later readings find it without a call. Like functools.cached_property without its lock:
    the rules read a token's part of speech and lemma over a million times per thousand
    articles."""

    def __init__(self, compute):
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.compute(obj)
        return value


@dataclass(frozen=True)
class Tok:
    start: int
    end: int
    text: str
    word: bool  # False for numbers and punctuation

    @_Remembered
    def info(self) -> WordInfo | None:
        """pymorphy3's reading, computed only for the tokens the rules look at."""
        return word_info(self.text) if self.word else None

    # the rules read a word's part of speech and lemma together: reading one keeps both
    @_Remembered
    def lemma(self) -> str:
        info = self.info
        self.__dict__.setdefault("pos", info.pos if info else None)
        return info.lemma if info else self.text

    @_Remembered
    def pos(self) -> str | None:
        info = self.info
        self.__dict__.setdefault("lemma", info.lemma if info else self.text)
        return info.pos if info else None


_NEW, _SET = object.__new__, object.__setattr__


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    """The tokens of text[start:end]. Each is built by setting its __dict__ at once rather than
    through the frozen dataclass's __init__, which sets its four fields one object.__setattr__
    call at a time: the same objects (equal, hashed and printed alike) at half the cost, for
    the hundred thousand tokens of every thousand articles."""
    out = []
    for m in _TOKEN.finditer(text, start, end):
        word = m.group()
        tok = _NEW(Tok)
        _SET(tok, "__dict__", {"start": m.start(), "end": m.end(), "text": word,
                               "word": word[:1].isalpha()})
        if word == "есть" or word == "Есть":
            _SET(tok, "__class__", _ThatIsTok if out and out[-1].text.lower() == "то"
                 else _ExistentialTok)
        elif word[-1:] == "а" and len(word) > 4 and out and out[-1].word and word.islower() \
                and word[-2:-1] not in _VOWELS:
            _SET(tok, "__class__", _AfterNounTok)
            tok.__dict__["prev"] = out[-1]
        out.append(tok)
    return out


_VOWELS = set("аеёиоуыэюяьй")


class _SameToken:
    """A token read in its own way is still equal to the plain token of the same place."""

    def __eq__(self, other):
        if not isinstance(other, Tok):
            return NotImplemented
        return (self.start, self.end, self.text, self.word) == (
            other.start, other.end, other.text, other.word)

    __hash__ = Tok.__hash__


@dataclass(frozen=True, eq=False)
class _ExistentialTok(_SameToken, Tok):
    """"есть" outside "то есть": the present of быть ("запасы меди есть в Чили", "у нас есть
    200 мест"), a predicate like "имеется", not the infinitive "to eat" that pymorphy3 reads
    first."""

    @_Remembered
    def info(self) -> WordInfo | None:
        return _EXISTENTIAL


_EXISTENTIAL = WordInfo("быть", "VERB", "VERB,impf,intr sing,3per,pres,indc", frozenset(), False,
                        "sing")


@dataclass(frozen=True, eq=False)
class _ThatIsTok(_SameToken, Tok):
    """"есть" of "то есть" ("that is"): a conjunction introducing a restatement, neither a verb
    whose participle could describe a noun nor a predicate."""

    @_Remembered
    def info(self) -> WordInfo | None:
        return _THAT_IS


_THAT_IS = WordInfo("есть", "CONJ", "CONJ", frozenset(), False, None)


@dataclass(frozen=True, eq=False)
class _AfterNounTok(_SameToken, Tok):
    """A lower-case word in consonant + "а" right after a word. If pymorphy3 does not know it
    and guesses from its ending a feminine nominative ("биткоина", "стейблкоина"), while the
    word before is a known noun, it is the genitive of a masculine loanword ("курс биткоина"):
    two nominative nouns do not follow one another without a comma, and loanwords ending in a
    consonant are masculine. Only unknown words pay for the check."""

    @_Remembered
    def info(self) -> WordInfo | None:
        base = word_info(self.text)
        if base.known or not base.tag.startswith("NOUN,inan,femn sing,nomn"):
            return base
        prev = self.__dict__["prev"].info
        if prev is None or prev.pos != "NOUN" or not prev.known or not _guessed_from_ending(self.text):
            return base
        return WordInfo(self.text[:-1], "NOUN", "NOUN,inan,masc sing,gent", frozenset({"gent"}),
                        False, "sing")


@dataclass(frozen=True)
class _VerbTok(Tok):
    """A token whose first reading is a noun but which is read as the verb `verb`."""

    verb: str = ""

    @_Remembered
    def info(self) -> WordInfo | None:
        base = word_info(self.text)
        return WordInfo(self.verb, "VERB", base.tag, base.cases, False, base.number)


def _inside(pos: int, spans) -> bool:
    return any(s <= pos < e for s, e, *_ in spans)
