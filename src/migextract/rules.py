"""All rule files of a rules directory, loaded and validated once per process."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import regex

from .boilerplate import Marker, load_markers
from .grammar import Grammar, any_of, load_grammar
from .indicators import IndicatorIndex
from .morph import surface_forms
from .periods import PeriodRules, load_period_rules
from .places import Gazetteer, load_gazetteer
from .ruleload import RuleError, need, need_list, need_str_list, need_words, read_yaml
from .segment import SegmentRules, load_segment_rules
from .subject_model import SubjectModel, load_subject_model

_FLAGS = regex.IGNORECASE | regex.VERSION0
# Where a pattern of rules/context.yaml takes the words of marker_insertions.
_INSERTED = "%INSERTED%"


@dataclass(frozen=True)
class ParticipantTemplate:
    verbs: frozenset[str]
    noun: str
    subject_prefix: str


@dataclass(frozen=True)
class ContextRules:
    predicates: frozenset[str]
    increase: frozenset[str]
    decrease: frozenset[str]
    parent_markers: regex.Pattern[str]
    speech: frozenset[str]
    source_markers: regex.Pattern[str]
    speaker_pronouns: frozenset[str]
    interlocutors: frozenset[str]  # "собеседник агентства": the source named last
    quoting: frozenset[str]  # "- цитирует ТАСС министра": the one quoted speaks
    attributing: frozenset[str]  # "- написал мэр": attributes words, for speakers only
    speech_medium: regex.Pattern  # "на своей странице в Instagram": a medium, not a speaker
    source_name_stops: frozenset[str]
    # "Чернышенко вчера пояснил, что": words between a name and its speech verb
    adverbs_before_speech_verb: frozenset[str]
    # "представитель госкомитета заявил": a title for someone the text need not have named
    indefinite_titles: frozenset[str]
    unnamed_quantifiers: frozenset[str]
    unheld_data: frozenset[str]
    topic_turn: regex.Pattern[str]
    backward_attribution: regex.Pattern[str]
    anaphoric_sources: frozenset[str]
    comparison_markers: regex.Pattern[str]
    breakdown_prepositions: frozenset[str]
    item_prepositions: frozenset[str]  # "…, а для мужчин — 65 лет": an elliptical list item
    not_breakdown: frozenset[str]
    evaluative: frozenset[str]
    country_words: regex.Pattern[str]
    participants: tuple[ParticipantTemplate, ...]
    not_subject: frozenset[str]
    change_forms: frozenset[str]  # surface forms of increase/decrease words
    increase_comparatives: frozenset[str]  # "на 20% больше, чем в 2015 году"
    decrease_comparatives: frozenset[str]
    value_introducers: regex.Pattern[str]
    subject_stops: regex.Pattern[str]
    cause_phrases: regex.Pattern[str]  # "по причине …": why, ending a subject phrase
    framing_phrases: regex.Pattern[str]  # "в зависимости от …": a frame, never the subject
    change_nouns: frozenset[str]
    anaphoric_nouns: frozenset[str]
    admin_nouns: frozenset[str]
    dateline: regex.Pattern[str]
    flow_prefixes: tuple[str, ...]
    admin_inner: frozenset[str]
    total_labels: regex.Pattern[str]
    discourse_adverbials: frozenset[tuple[str, ...]]
    measure_nouns: frozenset[str]
    # regular expressions used as written (see rules/context.yaml)
    quote_attribution: regex.Pattern[str]  # "…", - сообщил X  (groups verb, who)
    quote_lead_in: regex.Pattern[str]  # описывает ситуацию X: "…"  (groups verb, who)
    interjected_attribution: regex.Pattern[str]  # «…, - говорит он. - …»
    trailing_attribution: regex.Pattern[str]  # "…, добавил Мельников."  (verb, who)
    parenthetical_attribution: regex.Pattern[str]  # "…, подчеркнул Бобров, …"  (verb, who)
    leading_attribution: regex.Pattern[str]  # "Морозов отмечал, что"  (who, verb)
    relative_attribution: regex.Pattern[str]  # "Илова, которая …, заявила, что"  (who, verb)
    # "Владимир Басманов, ныне находящийся в эмиграции, заявил, что"  (who, clause, verb)
    participial_attribution: regex.Pattern[str]
    introducing_attribution: regex.Pattern[str]  # "…, пояснил RT Петров:"  (who, verb)
    document_release: regex.Pattern[str]  # "ОЭСР улучшила прогноз"  (who, verb, doc)
    assessment_attribution: regex.Pattern[str]  # "Центробанк ожидает инфляцию"  (who, verb)
    assessment_hint: re.Pattern[str] | None  # a cheap test before assessment_attribution
    # a cheap test before document_release: does the sentence name a document at all?
    document_release_hint: re.Pattern[str] | None
    possessive_source: regex.Pattern[str]  # "По его словам"  (who)
    source_aside: regex.Pattern[str]  # "сообщила в пятницу | пресс-служба"
    source_office: regex.Pattern[str]  # "в региональной службе занятости"  (group 1)
    source_reference: regex.Pattern[str]  # "со ссылкой на (данные) | Росстат": the source cited
    impersonal_opening: regex.Pattern[str]  # "Отмечается, что"  (verb)
    impersonal_speech: frozenset[str]  # "отмечается", "говорится (в сообщении)"
    release_words: regex.Pattern[str]  # "данные", "доклад": a source's data release
    release_offices: regex.Pattern[str]  # "пресс-служба": a source whose words are a release
    cited_data: regex.Pattern[str]  # "согласно приведённым цифрам": the source named last
    same_report: regex.Pattern[str]  # "тот же опрос", "респонденты": the report before goes on
    outlet_note: regex.Pattern[str]  # "(около $130 млн. — RT)": the outlet's own figure
    outlet_reported: regex.Pattern[str]  # "Как ранее сообщал ТАСС, …": the outlet that reported
    office_opening: regex.Pattern[str]  # "Ранее в комиссии …": "в" opening an office's clause
    output_scale: regex.Pattern[str]  # "18% ВВП": the scale an amount is written on  (scale)
    # "…, в то время как, по данным Forbes, | …": a source for the rest of its sentence  (who)
    clause_source: regex.Pattern[str] | None = None
    leading_about: regex.Pattern[str] | None = None  # "Минфин сообщил о …"  (who, verb)
    # "Администрация края сообщила, что …": an office before its verb  (group 1, named)
    subject_office: regex.Pattern[str] | None = None
    # "источник «Медузы» в правительстве": one the outlet talked to, as described  (who)
    described_informant: regex.Pattern[str] | None = None
    # "Минприроды": short ministry names whose nominative is the genitive they keep
    indeclinable_sources: frozenset[str] = frozenset()
    unit_nouns: frozenset[str] = frozenset()  # "главк МЧС": a unit keeps its head noun
    clause_breaks: frozenset[str] = frozenset()  # words after a comma that open a new clause
    copulas: frozenset[str] = frozenset()  # verbs that equate a subject with its figure
    next_item_words: frozenset[str] = frozenset()  # "…, ещё 20% уехали": another list item
    # "на долю X приходится N%": (preposition, noun, verb) lemmas of a frame naming a share
    share_frames: tuple[tuple[str, str, str], ...] = ()
    becoming: frozenset[str] = frozenset()  # "стали обладателями": the role names the figure
    # prepositions (with the case they govern) of a noun the figure is the value of
    value_prepositions: dict[str, str] = field(default_factory=dict)
    most_of: regex.Pattern[str] | None = None  # "больше всего" + the genitive of what is counted
    level_prepositions: frozenset[str] = frozenset()  # "с 18% до 17%", "96 коек на 10 тыс."
    # "297 студентов на 10 тыс. населения": the nouns of a rate's basis, the words that stand
    # for its number ("на душу", "на одного") and the verbs that tie a fronted basis to a rate
    population_bases: frozenset[str] = frozenset()
    per_one_words: frozenset[str] = frozenset()
    per_population_verbs: frozenset[str] = frozenset()
    age_phrase: str = ""  # what "в 55 лет" after a verb measures
    place_nouns: frozenset[str] = frozenset()  # "в регионе": a place though unnamed
    money_noun: str = ""  # what an amount of money taken by a verb is: "средства"
    allocation_verbs: frozenset[str] = frozenset()  # "направить N рублей на X": money for X
    earning_verbs: dict[str, str] = field(default_factory=dict)  # "получают N рублей": зарплата
    earnings_nouns: frozenset[str] = frozenset()  # the text's own word for what people earn
    payment_noun: str = ""  # "за уборку получали 300 рублей" → "оплата за уборку"
    money_amount_markers: regex.Pattern[str] | None = None  # "в размере", "на сумму"
    money_amount_nouns: frozenset[str] = frozenset()  # "субсидия в размере N": its amount
    sum_on_nouns: frozenset[str] = frozenset()  # "контракт на N рублей": its amount
    cost_markers: regex.Pattern[str] | None = None  # "контракт стоимостью N": its cost
    cost_noun: str = ""  # what a cost marker names: "стоимость"
    money_verb_nouns: dict[str, str] = field(default_factory=dict)  # "оштрафовать": "штраф"
    money_assessment_verbs: frozenset[str] = frozenset()  # "оценивается в N": the thing's
    not_groups: frozenset[str] = frozenset()  # "16% годовых" is a rate, not a group's share
    share_quantifiers: frozenset[str] = frozenset()  # "большинство граждан (81%)": a share
    price_change_verbs: frozenset[str] = frozenset()  # "подорожали овощи на 8%": their price
    price_verbs: frozenset[str] = frozenset()  # "стоила 4 гривны": the price, for money only
    price_noun: str = ""  # what a price verb's subject has: "цена"
    modal_verbs: frozenset[str] = frozenset()  # "цены могут вырасти": subject of the modal
    people_subject_verbs: frozenset[str] = frozenset()  # "ярмарки посетили 600 человек"
    level_nouns: frozenset[str] = frozenset()  # "отметка в 5 тыс.": a level, not a subject
    capacity_nouns: frozenset[str] = frozenset()  # "школа на 600 мест": what a place holds
    head_counts: frozenset[str] = frozenset()  # "157 тыс. голов" of livestock: heads
    head_count_measure: str = ""  # what heads of livestock measure: "поголовье"
    livestock: frozenset[str] = frozenset()  # words that make "голов" heads of livestock
    amount_measures: frozenset[str] = frozenset()  # "баррелей нефти": the oil is measured
    scale_points: frozenset[str] = frozenset()  # "2301 пункт" of an index: measures it there
    scale_words: frozenset[str] = frozenset()  # words of a scale that make "пункт" a point
    form_corrections: dict[str, str] = field(default_factory=dict)  # "лагеры" → "лагеря"

    @cached_property  # read for every verb a subject rule meets: built once
    def change_lemmas(self) -> frozenset[str]:
        return self.increase | self.decrease

    @cached_property
    def comparatives(self) -> frozenset[str]:
        return self.increase_comparatives | self.decrease_comparatives


def load_context_rules(path: Path) -> ContextRules:
    doc = read_yaml(path)

    def lemmas(key: str) -> frozenset[str]:
        return frozenset(need_str_list(doc, key))

    def compile_at(key: str, source: str, flags: int) -> regex.Pattern[str]:
        try:
            return regex.compile(source, flags)
        except regex.error as err:
            raise doc.fail(key, f"invalid regular expression: {err}") from err

    insertions = need(doc, "marker_insertions", str)

    def source(key: str) -> str:
        """The pattern of `key` with the words a marker may hold put in (marker_insertions)."""
        return need(doc, key, str).replace(_INSERTED, insertions)

    def pattern(key: str) -> regex.Pattern[str]:
        return compile_at(key, rf"(?<![\w-])(?:{source(key)})(?![\w])", _FLAGS)

    def raw(key: str, groups: tuple[str, ...] = (), flags: int = 0, numbered: int = 0
            ) -> regex.Pattern[str]:
        """A pattern used as written, with the named (or numbered) groups the code reads."""
        compiled = compile_at(key, source(key), flags | regex.VERSION0)
        missing = [g for g in groups if g not in compiled.groupindex]
        if missing:
            raise doc.fail(key, f"the pattern needs the group(s) {', '.join(missing)}")
        if compiled.groups < numbered:
            raise doc.fail(key, f"the pattern needs {numbered} group(s)")
        return compiled

    def word_pairs(key: str, shape: str) -> dict[str, str]:
        """Entries of two words each, the first the key: "wrong right", "verb noun"."""
        pairs = [entry.split() for entry in need_str_list(doc, key)]
        for entry, pair in zip(doc[key], pairs, strict=True):
            if len(pair) != 2:
                raise doc.fail(key, f"expected two words ('{shape}'), found {entry!r}")
        return dict(pairs)

    def word_triples(key: str, shape: str) -> tuple[tuple[str, str, str], ...]:
        """Entries of three words each: "на доля приходиться"."""
        triples = [tuple(entry.split()) for entry in need_str_list(doc, key)]
        for entry, triple in zip(doc[key], triples, strict=True):
            if len(triple) != 3:
                raise doc.fail(key, f"expected three words ('{shape}'), found {entry!r}")
        return tuple(triples)  # type: ignore[return-value]

    increase, decrease = lemmas("increase_lemmas"), lemmas("decrease_lemmas")
    return ContextRules(
        predicates=lemmas("predicate_lemmas"),
        increase=increase,
        decrease=decrease,
        parent_markers=pattern("parent_markers"),
        speech=lemmas("speech_lemmas"),
        source_markers=pattern("source_markers"),
        speaker_pronouns=lemmas("pronouns_for_last_speaker"),
        interlocutors=lemmas("interlocutor_nouns"),
        quoting=lemmas("quoting_lemmas"),
        attributing=lemmas("attribution_lemmas"),
        speech_medium=raw("speech_medium"),
        source_name_stops=lemmas("source_name_stops"),
        adverbs_before_speech_verb=lemmas("adverbs_before_speech_verb"),
        indefinite_titles=lemmas("indefinite_title_nouns"),
        unnamed_quantifiers=lemmas("unnamed_people_quantifiers"),
        unheld_data=lemmas("unheld_data_words"),
        topic_turn=pattern("topic_turn"),
        backward_attribution=pattern("backward_attribution"),
        anaphoric_sources=lemmas("anaphoric_source_nouns"),
        comparison_markers=pattern("comparison_markers"),
        breakdown_prepositions=lemmas("breakdown_prepositions"),
        item_prepositions=lemmas("item_prepositions"),
        not_breakdown=lemmas("not_breakdown_lemmas"),
        evaluative=lemmas("evaluative_lemmas"),
        country_words=pattern("country_words"),
        participants=tuple(
            ParticipantTemplate(frozenset(need_str_list(t, "verbs")),
                                need(t, "noun", str, optional=True, default=""),
                                need(t, "subject_prefix", str))
            for t in need_list(doc, "participant_templates")
        ),
        not_subject=lemmas("not_subject_lemmas"),
        change_forms=surface_forms(increase | decrease),
        increase_comparatives=frozenset(need_words(doc, "increase_comparatives")),
        decrease_comparatives=frozenset(need_words(doc, "decrease_comparatives")),
        value_introducers=pattern("value_introducers"),
        subject_stops=pattern("subject_stop_phrases"),
        cause_phrases=pattern("cause_phrases"),
        framing_phrases=pattern("framing_phrases"),
        change_nouns=lemmas("change_nouns"),
        anaphoric_nouns=lemmas("anaphoric_nouns"),
        admin_nouns=lemmas("admin_unit_nouns"),
        dateline=regex.compile(need(doc, "dateline", str), regex.VERSION0),
        flow_prefixes=tuple(need_str_list(doc, "flow_indicator_prefixes")),
        admin_inner=lemmas("admin_unit_inner_adjectives"),
        total_labels=pattern("total_labels"),
        measure_nouns=lemmas("measure_nouns"),
        quote_attribution=raw("quote_attribution", ("verb", "who")),
        quote_lead_in=raw("quote_lead_in", ("verb", "who")),
        interjected_attribution=raw("interjected_attribution", ("verb", "who")),
        trailing_attribution=raw("trailing_attribution", ("verb", "who")),
        parenthetical_attribution=raw("parenthetical_attribution", ("verb", "who")),
        leading_attribution=raw("leading_attribution", ("who", "verb")),
        relative_attribution=raw("relative_attribution", ("who", "verb")),
        participial_attribution=raw("participial_attribution", ("who", "clause", "verb")),
        introducing_attribution=raw("introducing_attribution", ("who", "verb")),
        document_release=raw("document_release", ("who", "verb", "doc")),
        assessment_attribution=raw("assessment_attribution", ("who", "verb")),
        assessment_hint=any_of(need_str_list(doc, "assessment_requires")),
        document_release_hint=any_of(need_str_list(doc, "document_release_requires")),
        possessive_source=raw("possessive_source", ("who",), regex.IGNORECASE),
        source_aside=raw("source_aside"),
        source_office=raw("source_office", numbered=1),
        source_reference=pattern("source_reference"),
        impersonal_opening=raw("impersonal_opening", ("verb",)),
        impersonal_speech=lemmas("impersonal_speech_lemmas"),
        release_words=raw("release_words"),
        release_offices=raw("release_offices"),
        cited_data=pattern("cited_data"),
        output_scale=raw("output_scale", ("scale",)),
        same_report=raw("same_report"),
        outlet_note=raw("outlet_note", ("outlet",)),
        outlet_reported=raw("outlet_reported", ("outlet",)),
        office_opening=raw("office_opening", flags=regex.IGNORECASE),
        clause_source=raw("clause_source", ("who",)),
        leading_about=raw("leading_about", ("who", "verb")),
        subject_office=raw("subject_office", ("named",), numbered=1),
        described_informant=raw("described_informant", ("who",)),
        indeclinable_sources=lemmas("indeclinable_source_names"),
        unit_nouns=lemmas("unit_nouns"),
        clause_breaks=lemmas("clause_breaks"),
        copulas=lemmas("copula_lemmas"),
        next_item_words=lemmas("next_item_words"),
        share_frames=word_triples("share_frames", "preposition noun verb"),
        becoming=lemmas("becoming_lemmas"),
        value_prepositions=dict(pair.split() for pair in need_str_list(doc, "value_prepositions")),
        most_of=pattern("most_of"),
        level_prepositions=lemmas("level_prepositions"),
        population_bases=lemmas("population_bases"),
        per_one_words=lemmas("per_one_words"),
        per_population_verbs=lemmas("per_population_verbs"),
        age_phrase=need(doc, "age_phrase", str),
        place_nouns=lemmas("place_nouns"),
        money_noun=need(doc, "money_noun", str),
        allocation_verbs=lemmas("allocation_verbs"),
        earning_verbs=word_pairs("earning_verbs", "verb noun"),
        earnings_nouns=lemmas("earnings_nouns"),
        payment_noun=need(doc, "payment_noun", str),
        money_amount_markers=pattern("money_amount_markers"),
        money_amount_nouns=frozenset(need_words(doc, "money_amount_nouns")),
        sum_on_nouns=frozenset(need_words(doc, "sum_on_nouns")),
        cost_markers=pattern("cost_markers"),
        cost_noun=need(doc, "cost_noun", str),
        money_verb_nouns=word_pairs("money_verb_nouns", "verb noun"),
        money_assessment_verbs=frozenset(need_words(doc, "money_assessment_verbs")),
        not_groups=lemmas("not_group_lemmas"),
        share_quantifiers=lemmas("share_quantifiers"),
        price_change_verbs=lemmas("price_change_verbs"),
        price_verbs=lemmas("price_verbs"),
        price_noun=need(doc, "price_noun", str),
        modal_verbs=lemmas("modal_verbs"),
        people_subject_verbs=lemmas("people_subject_verbs"),
        level_nouns=lemmas("level_nouns"),
        capacity_nouns=lemmas("capacity_nouns"),
        head_counts=lemmas("head_count_lemmas"),
        head_count_measure=need(doc, "head_count_measure", str),
        livestock=lemmas("livestock_lemmas"),
        amount_measures=frozenset(need_words(doc, "amount_measure_nouns")),
        scale_points=frozenset(need_words(doc, "scale_point_nouns")),
        scale_words=frozenset(need_words(doc, "scale_words")),
        form_corrections=word_pairs("form_corrections", "wrong right"),
        discourse_adverbials=frozenset(tuple(p.lower().split())
                                       for p in need_str_list(doc, "discourse_adverbials")),
    )


@dataclass(frozen=True)
class Rules:
    directory: Path
    grammar: Grammar
    boilerplate: tuple[Marker, ...]
    periods: PeriodRules
    context: ContextRules
    gazetteer: Gazetteer
    indicators: IndicatorIndex
    predicate_forms: frozenset[str]  # surface forms of predicate and flow verbs
    segmentation: SegmentRules  # abbreviations that do not end a sentence
    # the learned tie-breaker of the subject rules (rules/models/subject.yaml), if any
    subject_model: SubjectModel | None = None


def default_rules_dir() -> Path:
    """$MIGEXTRACT_RULES, else the rules/ directory of the source checkout."""
    env = os.environ.get("MIGEXTRACT_RULES")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "rules"


@lru_cache(maxsize=4)
def load_rules(directory: Path | None = None) -> Rules:
    directory = Path(directory) if directory else default_rules_dir()
    if not directory.is_dir():
        raise RuleError(f"{directory}: rules directory not found (set --rules or MIGEXTRACT_RULES)")
    context = load_context_rules(directory / "context.yaml")
    indicators = IndicatorIndex.load(directory / "indicators")
    return Rules(
        directory=directory,
        grammar=load_grammar(directory / "quantities.yaml"),
        boilerplate=load_markers(directory / "boilerplate.yaml"),
        periods=load_period_rules(directory / "periods.yaml"),
        context=context,
        gazetteer=load_gazetteer(directory / "places"),
        indicators=indicators,
        predicate_forms=surface_forms(context.predicates | context.price_verbs
                                      | context.price_change_verbs
                                      | indicators.flow_verbs),
        segmentation=load_segment_rules(directory / "segmentation.yaml"),
        subject_model=load_subject_model(directory / "models" / "subject.yaml"),
    )
