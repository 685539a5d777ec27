"""A learned tie-breaker for the subject rules: every subject rule proposes its phrase, and a
linear model over structural features of each proposal chooses among them.

The candidates of a figure are the phrases the rules of _SUBJECT_RULES find for it when each
is asked on its own (the usual first-that-fires choice is one of them). The features say which
rules proposed a phrase, whether it is the rules' choice, how it stands to the figure in the
sentence (before/after, distance, same clause, a verb between), the case and lexicon class of
its head (rules/context.yaml lexicons: measure, change, level nouns …), whether it names an
indicator whose units fit the figure, and its length. No feature is a word: a weight per
lemma would learn the dev texts, not Russian.

The weights are data (rules/models/subject.yaml), written by `python -m
migextract.train_subject`; `use: false` there leaves the rules' choice alone, and then no
candidate is computed at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..morph import WORD, WordInfo, word_info
from ..records import Quantity, unit_kind
from ..subject_model import RULE_IDS, Candidate
from .tokens import _CLAUSE_PUNCT, Tok

# When not None, SubjectRules._subject appends one FigureCandidates per figure here (training).
COLLECTOR: list | None = None


@dataclass(frozen=True)
class FigureCandidates:
    start: int
    end: int
    unit: str | None
    candidates: tuple[Candidate, ...]
    choice: int  # index of the rules' choice


# --- features -------------------------------------------------------------------------------

def _unit_kind(unit: str | None) -> str:
    """The unit's kind (records.unit_kind), with every other unit as "other"."""
    kind = unit_kind(unit)
    return "none" if kind is None else kind if kind in ("money", "share", "count") else "other"


def _rule_name(rule_id: str) -> str:
    return rule_id.removeprefix("ctx.subject_")


def candidate_features(view, q: Quantity, phrase: str | None, indicator: str | None,
                       proposers: list[str], rank: float, choice: bool,
                       choice_rule: str | None) -> dict[str, float]:
    """The features of one candidate phrase of figure `q` in sentence view `view`:
    `proposers` are the ids of the rules that proposed it ("scan": a noun phrase of the
    sentence; "previous": the subject of the figure before), `rank` how far down the rule order
    the first of them stands (0 first, 1 last), `choice_rule` the rule that made the rules'
    choice."""
    f, head = _features(view, q, phrase, indicator, proposers, rank, choice, choice_rule)
    if head is not None:
        _position_features(view, q, head, f)
    return f


@dataclass(frozen=True)
class Bounded:
    """A candidate read without its costly features (score_bound): the others, the lemma of
    its head noun (None: no head), and the most its score can be."""

    features: dict[str, float]
    head: str | None
    bound: float


def score_bound(view, q: Quantity, phrase: str | None, proposers: list[str], rank: float,
                choice_rule: str | None, weights: dict[str, float]) -> Bounded:
    """A candidate that is not the rules' choice read without its indicator and where its head
    stands, with the most `weights` can score it: its other features' score plus the best the
    indicator features and the position features can add. completed() adds what is left."""
    f, head = _features(view, q, phrase, None, proposers, rank, False, choice_rule)
    bound = sum(weights.get(name, 0.0) * value for name, value in f.items())
    if phrase:
        indicator, position = _best_additions(weights)
        bound += indicator + (position if head is not None else 0.0)
    return Bounded(f, head, bound)


def completed(view, q: Quantity, read: Bounded, indicator: str | None) -> dict[str, float]:
    """candidate_features of a candidate score_bound read, given its indicator: the same
    features in the same order (so the same score to the last bit)."""
    f: dict[str, float] = {}
    rest = iter(read.features.items())
    for name, value in rest:  # the indicator's features follow first_rank
        f[name] = value
        if name == "first_rank":
            break
    if indicator:
        _indicator_features(view, q, indicator, f)
    f.update(rest)
    if read.head is not None:
        _position_features(view, q, read.head, f)
    return f


_BEST: dict[int, tuple[dict[str, float], tuple[float, float]]] = {}


def _best_additions(weights: dict[str, float]) -> tuple[float, float]:
    """The most the indicator features and the position features can add to a score."""
    found = _BEST.get(id(weights))
    if found is None or found[0] is not weights:
        w = weights.get
        indicator = max(0.0, w("indicator", 0.0) + max(0.0, w("indicator_unit_fits", 0.0),
                                                        w("indicator_unit_misfits", 0.0)))
        in_sentence = (max(w("before", 0.0), w("after", 0.0))
                       + max(w(n, 0.0) for n in ("distance_0_2", "distance_3_6",
                                                 "distance_7plus"))
                       + sum(max(0.0, w(n, 0.0)) for n in ("same_clause", "verb_between",
                                                          "head_in_place",
                                                          "head_after_preposition"))
                       + max(0.0, w("head_nominative", 0.0), w("head_genitive", 0.0)))
        found = _BEST[id(weights)] = weights, (
            indicator, max(w("not_in_sentence", 0.0), in_sentence))
    return found[1]


def _features(view, q: Quantity, phrase: str | None, indicator: str | None,
              proposers: list[str], rank: float, choice: bool, choice_rule: str | None
              ) -> tuple[dict[str, float], str | None]:
    """candidate_features but the position features, and the lemma of the phrase's head noun
    (None: it has none), which they are about."""
    f: dict[str, float] = {}
    kind = _unit_kind(q.unit)
    if choice:
        f["choice"] = 1.0
        f[f"choice&unit:{kind}"] = 1.0
        if choice_rule in RULE_IDS:
            f[f"choice_by:{_rule_name(choice_rule)}"] = 1.0
    rules = [p for p in proposers if p in RULE_IDS]
    for rule_id in rules:
        f[f"rule:{_rule_name(rule_id)}"] = 1.0
    f["votes"] = min(len(rules), 5) / 5
    if "scan" in proposers:
        f["scanned"] = 1.0
    if "previous" in proposers:
        f["previous_subject"] = 1.0
    f["first_rank"] = rank
    if not phrase:
        f["none"] = 1.0
        return f, None
    if indicator:
        _indicator_features(view, q, indicator, f)
    words = WORD.findall(phrase)
    n = len(words)
    f["words_1" if n <= 1 else "words_2" if n == 2 else "words_3_4" if n <= 4
      else "words_5plus"] = 1.0
    if "," in phrase:
        f["comma_in_phrase"] = 1.0
    if "котор" in phrase:
        f["relative_clause"] = 1.0
    if view.previous and view.previous[-1].subject == phrase:
        f["previous_in_sentence"] = 1.0
    if any(w[:1].isupper() for w in words[1:]):
        f["capitalized_inside"] = 1.0
    infos = [word_info(w) for w in words[:4]]
    if infos and infos[0].pos in ("VERB", "PRTS", "INFN"):
        f["starts_verb"] = 1.0
    head = _head(infos)
    if head is None:
        return f, None
    ctx = view.ctx
    for name, lexicon in (("head_measure", ctx.measure_nouns), ("head_change", ctx.change_nouns),
                          ("head_level", ctx.level_nouns),
                          ("head_anaphoric", ctx.anaphoric_nouns),
                          ("head_not_subject", ctx.not_subject)):
        if head.lemma in lexicon:
            f[name] = 1.0
    if q.counted and head.lemma == q.counted:
        f["head_counted"] = 1.0
    if head.animate:
        f["head_animate"] = 1.0
    return f, head.lemma


def _head(infos: list[WordInfo]) -> WordInfo | None:
    """The reading of the head noun of a phrase: its first noun among its first four words."""
    return next((i for i in infos if i.pos == "NOUN"), None)


def head_lemma(phrase: str) -> str | None:
    """The lemma of the noun the features read as the head of `phrase` (None: no noun)."""
    head = _head([word_info(w) for w in WORD.findall(phrase)[:4]])
    return head.lemma if head is not None else None


def _indicator_features(view, q: Quantity, indicator: str, f: dict[str, float]) -> None:
    """That the phrase names an indicator, and whether its units fit the figure's."""
    f["indicator"] = 1.0
    units = view.rules.indicators.units_by_id.get(indicator, ())
    if units:
        kind = _unit_kind(q.unit)
        fits = q.unit in units or (kind == "money" and "money" in units)
        f["indicator_unit_fits" if fits else "indicator_unit_misfits"] = 1.0


def _position_features(view, q: Quantity, lemma: str, f: dict[str, float]) -> None:
    """Where the head's nearest occurrence in the sentence stands to the figure."""
    toks: list[Tok] = view.toks
    found = view._word_positions.get(lemma)
    if not found:
        f["not_in_sentence"] = 1.0
        return
    at = min(found, key=lambda i: _gap(toks[i], q))  # the first of the nearest
    tok = toks[at]
    before = tok.end <= q.start
    f["before" if before else "after"] = 1.0
    # the tokens stand in text order, one after another: those after the head are toks[at + 1:]
    if before:
        between = [t for t in toks[at + 1:] if t.end <= q.start]
    else:
        between = [t for t in toks[:at] if q.end <= t.start]
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


def _gap(tok: Tok, q: Quantity) -> int:
    return q.start - tok.end if tok.end <= q.start else tok.start - q.end
