"""The records the document walk hands to the rules: the document as the context stage sees it,
and what carries over from sentence to sentence. A module of their own so that the rules can
read them without importing the walk that fills them."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..periods import PeriodMention
from ..places import Place, PlaceMention
from ..records import Entity, Quantity, Sentence
from .tokens import tokenize


@dataclass
class _DocState:
    """What carries over from sentence to sentence."""

    period: PeriodMention | None = None
    period_past: bool = False  # the period was set by a sentence in the past tense
    period_paragraph: int | None = None  # … in this paragraph
    period_forecast: bool = False  # … in a clause in the future tense ("в 2025 году составит")
    period_plan: bool = False  # … the term of a plan ("бюджет на 2019 год", "планируется в 2019")
    # … the year a forecast or a target is to be reached by ("к 2024 году построит")
    period_target: bool = False
    month_year: int | None = None  # the year of the last period shorter than a year
    # the day a change started from ("начал дорожать с 8 сентября") and its paragraph
    onset: tuple[int, PeriodMention] | None = None
    # the period in force when the text turned to a general statement: it holds again only for a
    # sentence that reports in the past tense
    period_paused: PeriodMention | None = None
    speaker: str | None = None
    speaker_paragraph: int | None = None
    # the source that spoke in the paragraph before, while the next one may take it up again
    left: str | None = None
    resumed_in: int | None = None  # the paragraph such a source was taken up again in
    introduced_in: int | None = None  # a quote paragraph whose speaker the one before introduced
    release: str | None = None  # an organization's data, which goes on into the next paragraphs
    first_source: str | None = None  # the first speaker of the document
    last_organization: str | None = None  # what "ведомство", "министерство" refer back to
    last_person: str | None = None  # what "он", "она" refer back to
    speakers: list[str] = field(default_factory=list)  # every speaker named so far
    named_in: dict[str, int] = field(default_factory=dict)  # paragraph a speaker was first named in
    subjects: list[str] = field(default_factory=list)
    last_subject_paragraph: int | None = None
    breakdown_head: str | None = None
    people: tuple[Place, int] | None = None  # partner of the last count of people, its sentence
    frame: tuple[Place, int, bool] | None = None  # "В Амурской области …": place, paragraph,
    # whether it holds to the next heading (a town the text goes on about) or the paragraph


@dataclass(frozen=True)
class SpeechMarks:
    """What a sentence may name its speaker by: the attributions of reported speech ("…,
    добавил Мельников", "Морозов отмечал, что") and the source markers ("по данным", "по
    словам"), as regex matches. Found once per sentence (speakers.speech_marks): the spans NER
    reads and the walk over the document read the same."""

    reported: list
    markers: list


@dataclass
class DocumentSpeech:
    """What attribution reads once per document and asks for many times: the SpeechMarks of
    sentences by index, filled as they are read; the document's attributed quotes (found on the
    first asking: speaker_spans before NER and the walk after it both ask); the fullest form of
    each source named (speakers._fullest_form, asked for each figure a source speaks for)."""

    marks: dict[int, SpeechMarks] = field(default_factory=dict)
    quotes: tuple | None = None
    forms: dict[str, str] = field(default_factory=dict)
    # speaker_spans of the sentences speaker_sentences gives (before NER, or on first asking)
    spans: list[tuple[int, int]] | None = None


@dataclass(frozen=True)
class DocumentView:
    """Everything the context stage reads about one document."""

    text: str  # normalized text
    sentences: list[Sentence]
    quantities: list[list[Quantity]]  # per sentence
    entities: list[Entity]
    reference_year: int | None
    home: Place | None  # the place the document is about
    confirmed: frozenset[str] = frozenset()  # ids of places named unambiguously (_confirmed)
    place_mentions: tuple[PlaceMention, ...] = ()  # all_places() of the text, weak ones included
    # what attribution reads once per document (speaker_spans fills it before NER)
    speech: DocumentSpeech = field(default_factory=DocumentSpeech)
    # the month the text was written in (its date, else its dateline): see document._before_writing
    reference_month: int | None = None
    title: str = ""  # the record's title, "" when it has none

    @cached_property
    def title_lemmas(self) -> frozenset[str]:
        """The lemmas of the title's words (subjects._in_title)."""
        return frozenset(t.lemma for t in tokenize(self.title, 0, len(self.title)) if t.word)

    @cached_property
    def paragraphs_without_figures(self) -> tuple[tuple[int, int], ...]:
        """(paragraph, characters of its sentences) of each paragraph that holds no figure, in
        order: a carried period stops at such a paragraph of prose (dating._prose_between)."""
        sizes: dict[int, tuple[int, int]] = {}
        for sentence, quantities in zip(self.sentences, self.quantities, strict=True):
            figures, length = sizes.get(sentence.paragraph, (0, 0))
            sizes[sentence.paragraph] = (figures + len(quantities),
                                         length + sentence.end - sentence.start)
        return tuple((paragraph, length) for paragraph, (figures, length)
                     in sorted(sizes.items()) if not figures)
