"""The weights of the subject ranker (context/subject_ranker.py) as data: rules/models/
subject.yaml, written by `python -m migextract.train_subject`. What is the subject's own: its
candidates, rule ids and feature names; the model, its loading and training are shared
(ranking.py). Kept out of the context package so that loading the rules does not import the
rules' engine."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .ranking import RankModel, load_model

# the subject ranker's model is the shared one (ranking.py); the name stays for its users
SubjectModel = RankModel


@dataclass(frozen=True)
class Candidate:
    """One phrase proposed as a figure's subject, with its indicator and features."""

    phrase: str | None
    indicator: str | None
    features: dict[str, float]


def load_subject_model(path: Path) -> SubjectModel | None:
    """The model in `path`, None when there is no such file. A malformed file raises RuleError
    naming the file, the line and the key."""
    return load_model(path, FEATURE_NAMES, f"{__name__}.FEATURE_NAMES")


# every rule id a subject rule records (the predicate rule records one of several)
RULE_IDS = (
    "ctx.subject_adjacent_np", "ctx.subject_after_dash", "ctx.subject_age",
    "ctx.subject_amount_of", "ctx.subject_carried", "ctx.subject_changed_object",
    "ctx.subject_counted_noun", "ctx.subject_counted_object", "ctx.subject_earnings",
    "ctx.subject_flow_verb", "ctx.subject_gapped_object", "ctx.subject_gapped_subject",
    "ctx.subject_list_item", "ctx.subject_money_for", "ctx.subject_money_of",
    "ctx.subject_money_taken", "ctx.subject_most_of", "ctx.subject_nearest_np",
    "ctx.subject_new_level", "ctx.subject_of_predicate", "ctx.subject_own_verb",
    "ctx.subject_parenthesized", "ctx.subject_participants", "ctx.subject_participle",
    "ctx.subject_people_verb", "ctx.subject_price_item", "ctx.subject_price_of",
    "ctx.subject_restated", "ctx.subject_role_taken", "ctx.subject_share_of",
    "ctx.subject_share_of_base", "ctx.subject_this_is", "ctx.subject_verb_phrase",
)
_UNIT_KINDS = ("money", "share", "count", "other", "none")

FEATURE_NAMES = frozenset(
    [f"rule:{r.removeprefix('ctx.subject_')}" for r in RULE_IDS]
    + [f"choice_by:{r.removeprefix('ctx.subject_')}" for r in RULE_IDS]
    + [f"choice&unit:{k}" for k in _UNIT_KINDS]
    + ["choice", "none", "scanned", "previous_subject", "votes", "first_rank", "indicator",
       "indicator_unit_fits", "indicator_unit_misfits", "words_1", "words_2", "words_3_4", "words_5plus",
       "head_measure", "head_change", "head_level", "head_anaphoric", "head_not_subject",
       "head_counted", "head_animate", "starts_verb", "not_in_sentence", "before", "after",
       "distance_0_2", "distance_3_6", "distance_7plus", "same_clause", "verb_between",
       "head_nominative", "head_after_preposition", "comma_in_phrase", "capitalized_inside",
       "head_genitive", "head_in_place", "relative_clause", "previous_in_sentence"])


