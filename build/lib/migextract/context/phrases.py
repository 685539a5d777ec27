"""Putting words and phrases into the case, number and gender a subject needs ("иностранных
граждан" → "иностранные граждане"). Apart from the rules because subjects, breakdowns and
comparisons all name what they found in the same nominative form."""

from __future__ import annotations

from functools import lru_cache

from ..morph import WordInfo, inflect, number_in_case, word_info
from .tokens import Tok


def _attributive_passive(participle: WordInfo, after: list[WordInfo]) -> bool:
    """'начисленная (заработная) плата', 'регистрируемой безработицы': a passive participle
    agreeing with the noun after it qualifies that noun; an active one ("выпадающие доходы") or
    a substantivized one ("доля работающих, получавших …") does not."""
    if "pssv" not in participle.tag:
        return False
    noun = next((i for i in after if i.pos not in ("ADJF", "PRTF")), None)
    return noun is not None and noun.pos == "NOUN" and bool(noun.cases & participle.cases) \
        and (noun.number is None or noun.number == participle.number)


def _substantivized(tok: Tok) -> bool:
    """'безработных [граждан]': an adjective the tagger read as a noun."""
    return tok.pos == "NOUN" and tok.lemma.endswith(("ый", "ой", "щий", "чий", "жий", "ший",
                                                     "кий", "гий", "хий"))


def _gender(info: WordInfo | None) -> str | None:
    if info is None:
        return None
    return next((g for g in ("masc", "femn", "neut") if g in info.tag), None)


def _agreeing_in_nominative(clause: list[Tok], noun: Tok) -> list[Tok]:
    """", получившим оплату" after "работникам" put in the nominative: the participle agreeing
    with the noun goes into the nominative with it."""
    if noun.info is None or "nomn" in noun.info.cases:
        return clause
    words = list(clause)
    for i, tok in enumerate(words):
        if tok.lemma == "который":
            break  # a relative clause keeps its own cases
        if tok.pos in ("PRTF", "ADJF") and tok.info.number == noun.info.number \
                and set(tok.info.cases) & set(noun.info.cases):
            number = noun.info.number
            grammemes = {"nomn"} | ({number} if number else set())
            gender = _gender(noun.info) if number == "sing" else None
            text = inflect(tok.text, frozenset(grammemes | ({gender} if gender else set())),
                           tok.pos)
            words[i] = Tok(tok.start, tok.end, text, True)
            break
    return words


def _agrees(verb: Tok, noun: Tok) -> bool:
    """Number (and, in the past singular, gender) of a verb and its would-be subject agree."""
    if verb.info.number != noun.info.number:
        return False
    gender = _gender(verb.info)
    return gender is None or gender == _gender(noun.info)


def _genitive_head(phrase: str, number: str | None = None) -> str:
    """'иностранные граждане Узбекистана' → 'иностранных граждан Узбекистана': the words up to
    the first noun put in the genitive, keeping their number (or in `number`)."""
    return _in_case(phrase, "gent", number, up_to_noun=True)


def _first_noun(phrase: str) -> WordInfo | None:
    """The first noun of a phrase, its head ("российские власти" → "власти")."""
    return next((info for info in map(word_info, phrase.split()) if info.pos == "NOUN"), None)


def _instrumental(phrase: str) -> str:
    """'капитан Том' → 'капитаном Томом': the agent of a passive participle."""
    return _in_case(phrase, "ablt")


def _in_case(phrase: str, case: str, number: str | None = None, up_to_noun: bool = False
             ) -> str:
    """The nouns, adjectives and participles of `phrase` put in `case`, keeping their number
    (or in `number`); with `up_to_noun`, only the words up to the first noun."""
    words = phrase.split()
    out = []
    for i, word in enumerate(words):
        info = word_info(word)
        if info.pos in ("NOUN", "ADJF", "PRTF"):  # the phrase is in the nominative
            wanted = number or number_in_case(word, "nomn", info.pos) or info.number
            word = inflect(word, frozenset({case} | ({wanted} if wanted else set())), info.pos,
                           "nomn")
        out.append(word)
        if up_to_noun and info.pos == "NOUN":
            return " ".join(out + words[i + 1:])
    return " ".join(out)


def _conjuncts_in_nominative(rest: list[Tok], head: Tok) -> list[str]:
    """The words after a head noun put in the nominative, with a noun phrase coordinated to
    the head in its case: "граждан и лиц без гражданства" → "… и лица без гражданства"."""
    out = [_lower_common(t.text) for t in rest]
    if not rest or rest[0].lemma not in ("и", "или") or "nomn" in head.info.cases:
        return out
    np = []
    for tok in rest[1:]:
        if tok.pos not in ("ADJF", "PRTF", "NOUN"):
            break
        np.append(tok)
        if tok.pos == "NOUN":
            break
    if np and np[-1].pos == "NOUN" and np[-1].info.cases & head.info.cases:
        out[1:1 + len(np)] = _to_case(np, "nomn").split()
    return out


def _joined(words: list[str]) -> str:
    """Words joined by spaces, with no space before a comma."""
    return " ".join(w for w in words if w).replace(" ,", ",").strip()


def _lower_common(word: str) -> str:
    """Lower-case a word unless it is an abbreviation or a proper name."""
    if word.isupper() and len(word) > 1:
        return word
    lower = word.lower()
    if lower == word:  # lower-case already: kept either way, with no parse to read
        return word
    if _PROPER & _grammemes(word_info(word).tag):
        return word
    return lower


_PROPER = frozenset({"Geox", "Name", "Surn", "Orgn"})


@lru_cache(maxsize=4_096)
def _grammemes(tag: str) -> frozenset[str]:
    """The grammemes of a tag string ("NOUN,anim,masc plur,gent"); there are a few thousand
    tags, and phrases are put in a case thousands of times per thousand articles."""
    return frozenset(tag.replace(" ", ",").split(","))


def _to_case(toks: list[Tok], case: str, force_number: str | None = None) -> str:
    """Inflect the head noun (last noun) and its adjectives into `case`, keeping their number."""
    head = max((i for i, t in enumerate(toks) if t.pos == "NOUN"), default=len(toks) - 1)
    info = toks[head].info
    # a head read first as a genitive plural that can be a nominative singular is one
    # ("десяток яиц" stays, not "десятки яиц"; "чистой прибыли" is still "чистая прибыль")
    read_as = "nomn" if case == "nomn" and info and {"plur", "gent"} <= _grammemes(info.tag) \
        and number_in_case(toks[head].text, "nomn", "NOUN") == "sing" else None
    number = force_number or ("sing" if read_as else None) or (info.number if info else None)
    grammemes = frozenset({case} | ({number} if number else set()))
    gender = _gender(info) if number == "sing" else None
    words = []
    for i, tok in enumerate(toks):
        if i <= head and tok.pos in ("ADJF", "PRTF", "NOUN"):
            wanted = grammemes | {gender} if gender and tok.pos != "NOUN" else grammemes
            words.append(_lower_common(inflect(tok.text, frozenset(wanted), tok.pos, read_as)))
        else:
            words.append(_lower_common(tok.text))
    return " ".join(words)
