"""Tie each figure to its context: subject, indicator, breakdown, place, period, comparison,
direction, speaker and parent figure.

Russian leaves much implicit, so some context is carried along the document: the period stated
in one sentence holds until another is stated, an elliptical list item inherits the predicate of
the first item, a pronoun speaker is the last named one. The walk is one pass over the sentences
in order; `_DocState` holds what carries over.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

import regex

from .entities import keep_case, nominative_phrase
from .lists import structure_lists
from .morph import WordInfo, inflect, verb_lemmas, word_info
from .periods import PeriodMention, find_periods
from .places import (
    Place,
    PlaceMention,
    find_admin_units,
    find_elliptical,
    find_places,
    find_regions,
    find_towns,
    names_currency,
    near_place,
)
from .records import Context, Entity, Quantity, Sentence
from .rules import Rules

_TOKEN = regex.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+(?:[.,]\d+)?|\S")
_CLAUSE_PUNCT = {",", ";", ":", "(", ")", '"'}
_FLOW_FORM = frozenset({"past", "neut", "sing"})
_DURATIONS = frozenset({"year", "month", "week", "day", "hour"})
_CLAUSE_OPENING = regex.compile(r",\s*([^\W\d_]+)")
_RELATIVE = regex.compile(r",\s*(?:котор\w+|чей|чья|чьё|чье|чьи|где|куда|откуда)\b",
                          regex.IGNORECASE)
# "15 июля 2016 года" dates an event; it holds for its own sentence but does not carry on the way
# "в январе-июне" or "на 1 января" (a statistical reference date) do.
_EVENT_DATES = frozenset({"period.day_date"})
_MAX_TAIL = 8  # words after the head noun kept in a subject phrase
_PREPS = {"в", "во", "на", "из", "с", "со", "по", "для", "к", "от", "до", "за", "при", "о", "об",
          "среди", "у", "между", "через", "под", "над", "перед"}


@dataclass(frozen=True)
class Tok:
    start: int
    end: int
    text: str
    word: bool  # False for numbers and punctuation

    @cached_property
    def info(self) -> WordInfo | None:
        """pymorphy3's reading, computed only for the tokens the rules look at."""
        return word_info(self.text) if self.word else None

    @property
    def lemma(self) -> str:
        return self.info.lemma if self.info else self.text

    @property
    def pos(self) -> str | None:
        return self.info.pos if self.info else None


def _unlisted_place_name(tok: Tok) -> bool:
    """A capitalized word pymorphy3's dictionary lists as geographical ("в Хьюстоне",
    "Сан-Франциско"): a place the gazetteer does not list. Read from the dictionary rather than
    the NER model, so that no sentence needs the model for its places; guesses from the ending
    are not trusted (they make a place of the surname "Падован")."""
    return tok.word and tok.text[:1].isupper() and not tok.text.isupper() \
        and tok.info.known and "Geox" in tok.info.tag and tok.pos == "NOUN"


def _unlisted_mentions(toks: list[Tok], known: list[PlaceMention]) -> list[PlaceMention]:
    """Mentions of the places of `toks` the gazetteer does not list (_unlisted_place_name)
    and no mention in `known` covers."""
    out = []
    for i, tok in enumerate(toks):
        if _unlisted_place_name(tok) and not any(m.start < tok.end and tok.start < m.end
                                                 for m in known):
            name = keep_case(tok.text, tok.lemma)
            place = Place(name, name, None, "unknown", None, frozenset())
            before = toks[i - 1].text.lower() if i else None
            out.append(PlaceMention(tok.start, tok.end, place, before if before in _PREPS else None))
    return out


def tokenize(text: str, start: int, end: int) -> list[Tok]:
    return [Tok(m.start(), m.end(), m.group(), m.group()[:1].isalpha())
            for m in _TOKEN.finditer(text, start, end)]


@dataclass(frozen=True)
class _VerbTok(Tok):
    """A token whose first reading is a noun but which is read as the verb `verb`."""

    verb: str = ""

    @cached_property
    def info(self) -> WordInfo | None:
        base = word_info(self.text)
        return WordInfo(self.verb, "VERB", base.tag, base.cases, False, base.number)


@dataclass
class _DocState:
    """What carries over from sentence to sentence."""

    period: PeriodMention | None = None
    speaker: str | None = None
    subjects: list[str] = field(default_factory=list)
    last_subject_paragraph: int | None = None
    breakdown_head: str | None = None


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


def attach_context(view: DocumentView, rules: Rules) -> list[Context]:
    """Contexts for every quantity of the document, in document order."""
    state = _DocState()
    speakers = _quote_speakers(view, rules)
    contexts: list[Context] = []
    # "САНКТ-ПЕТЕРБУРГ, 22 февраля. /ТАСС/.": the date a story was filed, not a figure's period
    datelines = [(m.start(), m.end()) for m in rules.context.dateline.finditer(view.text)]
    for sentence, quantities in zip(view.sentences, view.quantities, strict=True):
        if _is_heading(view, sentence):
            state.period = None  # a new section: what was said before no longer holds
        mentions = [m for m in find_periods(view.text[sentence.start:sentence.end], rules.periods,
                                            sentence.start, view.reference_year, state.period)
                    if not _inside(m.start, datelines)]
        comparisons = _comparison_spans(view.text, sentence, rules, mentions)
        if any(m.kind == "onset" for m in mentions):
            state.period = None  # "с 2019 года …": a new state of things, the old period is over
        if quantities:
            sentence_view = _SentenceView(view, sentence, quantities, mentions, comparisons,
                                          rules, speakers.get(sentence.index))
            for index in range(len(quantities)):
                contexts.append(sentence_view.context(index, state, len(contexts)))
            first = sentence_view.first_period
            if first is not None and first.kind == "explicit" and first.rule not in _EVENT_DATES:
                state.period = first  # the period of the sentence's first figure carries on
            continue
        _advance_period(state, mentions, comparisons)
    flat = [q for quantities in view.quantities for q in quantities]
    return structure_lists(view.text, flat, contexts, rules)


def _is_heading(view: DocumentView, sentence: Sentence) -> bool:
    """A short line of its own without final punctuation: "8. Труд и занятость"."""
    text = view.text[sentence.start:sentence.end].strip()
    neighbours = view.sentences[max(sentence.index - 1, 0):sentence.index + 2]  # index = position
    alone = all(s.paragraph != sentence.paragraph for s in neighbours if s is not sentence)
    return alone and len(text) < 90 and not text.endswith((".", "!", "?", ";", ":", "…", '"'))


def _advance_period(state: _DocState, mentions: list[PeriodMention],
                    comparisons: list[tuple[int, int, str]]) -> None:
    for mention in mentions:
        if mention.kind == "explicit" and mention.rule not in _EVENT_DATES \
                and not _inside(mention.start, comparisons) \
                and mention.rule != "period.same_period" and mention.period_start is not None:
            state.period = mention
            return


def _inside(pos: int, spans) -> bool:
    return any(s <= pos < e for s, e, *_ in spans)


# --- comparisons ---------------------------------------------------------------------------

def _comparison_spans(text: str, sentence: Sentence, rules: Rules,
                      periods: list[PeriodMention]) -> list[tuple[int, int, str]]:
    """'по сравнению с III кварталом 2023 года' → (start, end, normalized base); the base is
    the noun phrase right after the marker, periods included."""
    spans = []
    for marker in rules.context.comparison_markers.finditer(text, sentence.start, sentence.end):
        words = []
        for tok in tokenize(text, marker.end(), sentence.end):
            if any(m.start <= tok.start < m.end for m in periods):
                words.append(tok)
            elif tok.word and tok.pos in ("ADJF", "PRTF", "NOUN", "NUMR") or \
                    regex.fullmatch(r"(?:19|20)\d\d|г|\.", tok.text) and words:
                words.append(tok)
            elif regex.fullmatch(r"(?:19|20)\d\d", tok.text):
                words.append(tok)
            else:
                break
        while words and words[-1].text == ".":
            words.pop()
        if words:
            phrase = text[words[0].start:words[-1].end]
            spans.append((marker.start(), words[-1].end, nominative_phrase(_lower_common(phrase))))
    for paren in regex.finditer(r"\(([^()]*)\)", text[sentence.start:sentence.end]):
        start = sentence.start + paren.start()
        spans.append((start, sentence.start + paren.end(), "paren"))
    return spans


# --- speakers ------------------------------------------------------------------------------

_QUOTE = regex.compile(r'"([^"\n]{10,})"')
_ATTRIBUTION = regex.compile(r'\s*,?\s*-\s*(?P<verb>[^\W\d_]+)\s+(?P<who>[^.\n]{1,120})')


def _quote_speakers(view: DocumentView, rules: Rules) -> dict[int, str]:
    """Sentences inside a quote attributed after it ("«…», – сообщил X") → X."""
    out: dict[int, str] = {}
    last_person: str | None = None  # a pronoun ("добавил он") means the last named speaker
    persons = [e for e in view.entities if e.type in ("PER", "ORG")]
    for quote in _QUOTE.finditer(view.text):
        attribution = _ATTRIBUTION.match(view.text, quote.end())
        verb = word_info(attribution.group("verb")).lemma if attribution else None
        if verb not in rules.context.speech:
            continue
        who_start, who_end = attribution.start("who"), attribution.end("who")
        named = [e for e in persons if who_start <= e.start < who_end]
        first_word = attribution.group("who").split()[0].lower()
        if named:
            speaker = named[0].normal
        elif word_info(first_word).lemma in rules.context.speaker_pronouns:
            speaker = last_person
        else:
            speaker = None
        if speaker is None:
            continue
        last_person = speaker
        for sentence in view.sentences:
            if quote.start() <= sentence.start < quote.end():
                out[sentence.index] = speaker
    return out


def speaker_spans(text: str, sentences: list[Sentence], rules: Rules) -> list[tuple[int, int]]:
    """The only stretches of text where context reads PER/ORG entities: a quote's attribution
    and a source marker of one of `sentences` with the words after them. NER needs to read
    nothing else; the marker's own words stay in so that the model sees a name in context
    ("сказал Москвитин" is a person, "Москвитин" alone is nothing to it)."""
    spans = []
    for quote in _QUOTE.finditer(text):
        attribution = _ATTRIBUTION.match(text, quote.end())
        if attribution:
            spans.append((attribution.start("verb"), attribution.end("who")))
    for sentence in sentences:
        for marker in rules.context.source_markers.finditer(text, sentence.start, sentence.end):
            at = _source_start(text, marker.end(), sentence)
            spans.append((marker.start(), _word_end(text, min(at + _NAME_WINDOW, sentence.end))))
    return _merged(spans)


_NAME_WINDOW = 120  # characters after a source marker in which its name must lie


def _word_end(text: str, pos: int) -> int:
    while pos < len(text) and not text[pos].isspace():
        pos += 1
    return pos


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _source_start(text: str, at: int, sentence: Sentence) -> int:
    skipped = _SOURCE_ASIDE.match(text, at, sentence.end)
    return skipped.end() if skipped else at


def _source_in_sentence(view: DocumentView, sentence: Sentence, rules: Rules) -> str | None:
    """'по данным Бюро национальной статистики' / 'сообщает Zakon.kz' → the source."""
    for marker in rules.context.source_markers.finditer(view.text, sentence.start, sentence.end):
        at = _source_start(view.text, marker.end(), sentence)
        named = [e for e in view.entities if e.type in ("ORG", "PER") and at <= e.start <= at + 3]
        if named:
            return _whole_organization(view, named[0])
        tail = regex.match(r"\s+([А-ЯA-Z][^,.;:()]{2,80})", view.text[at:sentence.end])
        if tail:
            return nominative_phrase(tail.group(1).strip())
        office = _SOURCE_OFFICE.match(view.text, at, sentence.end)
        if office:
            return nominative_phrase(office.group(1).strip())
    return None


def _whole_organization(view: DocumentView, first: Entity) -> str:
    """NER cuts "ГУ МВД России по Свердловской области" into ГУ / МВД / России / Свердловской
    области: an organization goes on through the entities that follow it with nothing but a
    space or "по" between them."""
    if first.type != "ORG":
        return first.normal
    end = first.end
    for entity in sorted(view.entities, key=lambda e: e.start):
        if entity.start >= end and entity.type in ("ORG", "LOC") \
                and _ORG_JOINER.fullmatch(view.text, end, entity.start):
            end = entity.end
    if end == first.end:
        return first.normal
    return nominative_phrase(view.text[first.start:end])


_ORG_JOINER = regex.compile(r"\s+(?:по\s+)?")


# "сообщила в пятницу пресс-служба …", "сообщили ТАСС в министерстве": words between the
# speech verb and the source.
_SOURCE_ASIDE = regex.compile(
    r"(?:\s+(?:в|во)\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)"
    r"|\s+(?:вчера|сегодня|накануне|ранее|журналистам|корреспонденту|агентству|ТАСС|Интерфаксу"
    r"|РИА\s+Новости|изданию|газете|в\s+интервью|также))+")
# An office named in lower case: "пресс-служба городского Центра трудовых ресурсов".
_SOURCE_OFFICE = regex.compile(
    r"\s+(?:во?\s+)?((?:пресс-служб|министерств|ведомств|департамент|управлени|комитет|служб|акимат|мэри|"
    r"администраци|правительств)\w*(?:\s+[^\s,.;:()]+){0,6})")


# --- one sentence --------------------------------------------------------------------------

# "241,7 тыс. направились в Россию, 29,3 тыс. – в Казахстан": the place after the dash is the
# figure's own, whatever the clause before it named
_DASH_THEN_PLACE = regex.compile(r"\s*[–—-]\s*(?:(?:в|во|из|на|с|со)\s+)?")


# ", ", " и ", ", в " between two places of one list
_LIST_JOINER = regex.compile(r"(?:\s*\([^()]*\))?\s*(?:,|и|или)\s*(?:(?:в|во|на)\s+)?")


class _SentenceView:
    """Tokens, places and periods of one sentence, and the rules to read a figure's context."""

    def __init__(self, view: DocumentView, sentence: Sentence, quantities: list[Quantity],
                 periods: list[PeriodMention], comparisons, rules: Rules,
                 quote_speaker: str | None):
        self.view, self.sentence, self.quantities = view, sentence, quantities
        self.rules, self.ctx = rules, rules.context
        self.toks = tokenize(view.text, sentence.start, sentence.end)
        self.periods, self.comparisons = periods, comparisons
        self.places = self._places()
        self.speaker = quote_speaker or _source_in_sentence(view, sentence, rules)
        self.previous: list[Context] = []
        self.first_period: PeriodMention | None = None  # the one the first figure took

    # tokens ---------------------------------------------------------------------------

    def _places(self) -> list[PlaceMention]:
        mentions = [m for m in self.view.place_mentions
                    if self.sentence.start <= m.start < self.sentence.end
                    and _trusted(m, self.view.confirmed)]
        unlisted = [m for m in _unlisted_mentions(self.toks, mentions)
                    if not _inside(m.start, self._quoted_names)]
        return sorted(mentions + unlisted, key=lambda m: m.start)

    @cached_property
    def _quoted_names(self) -> list[tuple[int, int]]:
        offset = self.sentence.start
        return [(s + offset, e + offset)
                for s, e in _quoted_names(self.view.text[offset:self.sentence.end])]

    def _prep_before(self, pos: int) -> str | None:
        before = [t for t in self.toks if t.end <= pos]
        if before and before[-1].text.lower() in _PREPS:
            return before[-1].text.lower()
        return None

    def _window(self, index: int) -> list[Tok]:
        """Tokens between the previous figure (or the sentence start) and this one."""
        left = self.quantities[index - 1].end if index else self.sentence.start
        return [t for t in self.toks if left <= t.start and t.end <= self.quantities[index].start]

    def _right(self, index: int) -> list[Tok]:
        """Tokens after this figure up to the next figure or clause punctuation."""
        q = self.quantities[index]
        right_end = self.quantities[index + 1].start if index + 1 < len(self.quantities) \
            else self.sentence.end
        out = []
        for tok in self.toks:
            if q.end <= tok.start and tok.end <= right_end:
                if tok.text in {",", ";", "(", ")", "."} and out:
                    break
                out.append(tok)
        return out

    def _in_place(self, tok: Tok) -> bool:
        return any(m.start <= tok.start < m.end for m in self.places)

    def _in_period(self, tok: Tok) -> bool:
        return any(m.start <= tok.start < m.end for m in self.periods)

    # the figure -----------------------------------------------------------------------

    def context(self, index: int, state: _DocState, doc_index: int) -> Context:
        q = self.quantities[index]
        window, right = self._window(index), self._right(index)
        fired: list[str] = []
        parent = self._parent(index, window, doc_index, fired)
        subject, indicator = self._subject(index, window, right, state, parent, fired)
        place, partner = self._place(index, window, right, indicator, fired)
        period = self._period(q, state, fired)
        if index == 0 and period is not None and fired[-1:] == ["ctx.period_in_sentence"]:
            self.first_period = period
        comparison = self._comparison(q, window, right)
        breakdown = self._breakdown(window, state, fired)
        ctx = Context(
            subject=subject,
            indicator=indicator,
            breakdown=breakdown,
            place=place.name if place else None,
            place_code=place.code if place else None,
            partner=partner.name if partner else None,
            period_start=period.period_start if period else None,
            period_end=period.period_end if period else None,
            period_text=period.text if period else None,
            comparison=comparison,
            direction=self._direction(window, right, q),
            speaker=self.speaker or None,
            parent_index=parent,
            rules=tuple(fired),
        )
        if subject:
            state.subjects.append(subject)
            state.last_subject_paragraph = self.sentence.paragraph
        self.previous.append(ctx)
        return ctx

    # parent ---------------------------------------------------------------------------

    def _parent(self, index: int, window: list[Tok], doc_index: int, fired: list[str]
                ) -> int | None:
        start = window[0].start if window else self.quantities[index].start
        text = self.view.text[start:self.quantities[index].start]
        if not self.ctx.parent_markers.search(text):
            return None
        if doc_index == 0:
            return None
        fired.append("ctx.parent_marker")
        return doc_index - 1

    # subject --------------------------------------------------------------------------
    #
    # Rules in order; the first that yields a phrase wins:
    #   1. "из них 307 тыс. человек – в межрегиональном переселении": the phrase after the dash;
    #   2. "мегаполисы (50%)": the noun phrase right before the bracket;
    #   3. "с прогнозным объемом инвестиций 56 млн", "потери бюджета – 1074 млн": a noun phrase
    #      standing right before the figure (value introducers like "в размере" skipped);
    #   4. a predicate in the clause: a light-verb template ("приняли участие в …"), a flow verb
    #      ("прибыло …"), a passive participle ("выдано 500 разрешений"), or the nominative noun
    #      phrase the verb is said of ("сальдо миграции составило …");
    #   5. an item of an elliptical list takes the subject of the item before it;
    #   6. the nearest nominative noun phrase before the figure.

    def _subject(self, index, window, right, state, parent, fired) -> tuple[str | None, str | None]:
        q = self.quantities[index]
        if parent is not None:
            named = self._after_dash_phrase(right)
            if named:
                fired.append("ctx.subject_after_dash")
                return self._with_indicator(named)
        if self._parenthesized(q):
            phrase = self._np_ending_at(q.start - 1, any_case=True)
            if phrase:
                fired.append("ctx.subject_parenthesized")
                return self._with_indicator(phrase)
        people = q.unit in ("person", None)
        verb = self._predicate(window, people) or self._predicate(right[:4], people)
        value_start = self._before_introducers(q.start)
        introduced = bool(self.view.text[value_start:q.start].strip())  # "на уровне", "–"
        adjacent = self._np_ending_at(value_start, any_case=True, adjacent=True)
        if adjacent and (introduced or verb is None
                         or (verb.end <= window[0].start if window else True)):
            fired.append("ctx.subject_adjacent_np")
            return self._with_indicator(self._resolve_anaphora(adjacent, state))
        if verb is None and index and self.previous and not self._has_verb(window) \
                and not self._counts_other_things(index):
            fired.append("ctx.subject_list_item")
            prev = self.previous[-1]
            return prev.subject, prev.indicator
        if verb is None and parent is not None and self.previous:
            return self.previous[-1].subject, self.previous[-1].indicator
        if verb is not None:
            found = self._subject_of_verb(verb, q, state, fired)
            if found[0]:
                return found
        if adjacent:
            fired.append("ctx.subject_adjacent_np")
            return self._with_indicator(self._resolve_anaphora(adjacent, state))
        phrase = self._np_ending_at(window[-1].end, any_case=False) if window else None
        if phrase:
            fired.append("ctx.subject_nearest_np")
            return self._with_indicator(self._resolve_anaphora(phrase, state))
        counted = self._counted_phrase(q)
        if counted:
            fired.append("ctx.subject_counted_noun")
            return self._with_indicator(counted)
        share = self._share_of(q)
        if share:
            fired.append("ctx.subject_share_of")
            return self._with_indicator(share)
        if state.last_subject_paragraph == self.sentence.paragraph and state.subjects:
            fired.append("ctx.subject_carried")
            return self._with_indicator(state.subjects[-1])
        return None, None

    def _share_of(self, q: Quantity) -> str | None:
        """'63% американцев полагают …', '54% опрошенных': the share of that group."""
        if q.unit != "percent":
            return None
        after = [t for t in self.toks if t.start >= q.end][:1]
        if not after or not after[0].word or self._in_place(after[0]) or after[0].info is None:
            return None
        tok = after[0]
        group = tok.pos in ("NOUN", "ADJF", "PRTF") and "gent" in tok.info.cases \
            and tok.info.number == "plur"
        return f"доля {tok.text.lower()}" if group else None

    def _counts_other_things(self, index: int) -> bool:
        """'17 матчей …, забив 6 голов': an item with its own counted noun is not elliptical."""
        q, prev = self.quantities[index], self.quantities[index - 1]
        own = q.counted and not any(rule.startswith("unit.inherited") for rule in q.rules)
        return bool(own and q.counted != prev.counted and q.counted not in self.ctx.not_subject)

    def _counted_phrase(self, q: Quantity) -> str | None:
        """'17 матчей' with nothing else to go on: what is counted, "матчи"."""
        if not q.counted or q.unit not in ("item", "person") or q.counted in self.ctx.not_subject:
            return None
        noun = next((t for t in self.toks if t.start >= q.number_end and t.lemma == q.counted
                     and t.start - q.number_end < 40), None)
        return _to_case([noun], "nomn", force_number="plur") if noun else None

    def _parenthesized(self, q: Quantity) -> bool:
        text = self.view.text
        return text[q.start - 1:q.start] == "(" and text[q.end:q.end + 1] == ")"

    def _has_verb(self, toks: list[Tok]) -> bool:
        return any(t.pos in ("VERB", "PRTS", "INFN") for t in toks)

    def _before_introducers(self, pos: int) -> int:
        """Position before "в размере", "на уровне", a dash or a colon ending at `pos`."""
        text = self.view.text
        while True:
            stripped = text[:pos].rstrip()
            if stripped.endswith(("-", ":")):
                pos = len(stripped) - 1
                continue
            found = None
            for match in self.ctx.value_introducers.finditer(text, max(0, pos - 25), pos):
                if not text[match.end():pos].strip():
                    found = match
            if found is None:
                return len(stripped)
            pos = found.start()

    def _predicate(self, toks: list[Tok], people: bool = True) -> Tok | None:
        """The nearest predicate; `people`: the figure counts people, so a noun homograph of a
        flow verb ("прибыли" 500 тыс. человек) is read as the verb."""
        flow = self.rules.indicators.flow_verbs
        for tok in reversed(toks):
            if tok.pos == "PRTS":
                return tok  # "выдано", "произведено", "отмечено"
            if tok.text.lower() not in self.rules.predicate_forms:
                continue
            if tok.pos in ("VERB", "PRTS", "INFN", "PRTF") and (
                    tok.lemma in self.ctx.predicates or tok.lemma in flow):
                return tok
            if people and tok.info is not None and tok.pos not in ("VERB", "PRTS", "INFN"):
                verbs = verb_lemmas(tok.text) & flow
                if verbs:
                    return _VerbTok(tok.start, tok.end, tok.text, True, min(verbs))
        return None

    def _subject_of_verb(self, verb: Tok, q: Quantity, state, fired) -> tuple[str | None, str | None]:
        window = [t for t in self.toks if t.end <= q.start]
        template = self._participants(verb, window)
        if template:
            fired.append("ctx.subject_participants")
            return self._with_indicator(template)
        flow_indicator = self._flow_indicator(verb)
        if flow_indicator is not None or verb.lemma in self.rules.indicators.flow_verbs:
            phrase = self._flow_phrase(verb)
            fired.append("ctx.subject_flow_verb")
            indicator = self.rules.indicators.by_phrase(_lemmas(phrase))
            return phrase, (indicator.id if indicator else flow_indicator)
        np = self._np_ending_at(verb.start, any_case=False)
        relative = None if np else self._relative_clause_start(verb.start)
        if relative is not None:
            np = self._np_ending_at(relative, any_case=False)
        if np:
            fired.append("ctx.subject_of_predicate")
            return self._with_indicator(self._resolve_anaphora(np, state))
        if verb.pos == "PRTS":
            fired.append("ctx.subject_participle")
            return self._with_indicator(self._participle_phrase(verb, q))
        return None, None

    def _relative_clause_start(self, pos: int) -> int | None:
        """'Общая дистанция, которую он обязался преодолеть, составила …': the comma opening
        the relative clause that stands between the subject and its verb at `pos`."""
        before = self.view.text[self.sentence.start:pos].rstrip()
        if not before.endswith(","):
            return None
        clauses = [m for m in _CLAUSE_OPENING.finditer(before[:-1])
                   if _RELATIVE.match(before, m.start()) or word_info(m.group(1)).pos == "PRTF"]
        found = clauses[-1] if clauses else None  # "…, которую …," or "…, выданных за квартал,"
        if found is None or any(found.start() < q.start - self.sentence.start < len(before)
                                for q in self.quantities):
            return None
        return self.sentence.start + found.start()

    def _participle_phrase(self, verb: Tok, q: Quantity) -> str:
        """'произведено сельскохозяйственной продукции на 494,5 млн' → 'произведенная
        сельскохозяйственная продукция'; 'выдано 500 разрешений' → 'выданные разрешения';
        'осмотрено 1540' → 'осмотрено'."""
        between = [t for t in self.toks if verb.end <= t.start and t.end <= q.start]
        noun_phrase = self._leading_np(between)
        if not noun_phrase and q.counted:
            after = [t for t in self.toks if t.start >= q.start][:6]
            noun_phrase = [t for t in after if t.lemma == q.counted][:1]
        if not noun_phrase:
            return verb.text.lower()
        head = noun_phrase[-1].info
        number = "plur" if q.counted and noun_phrase[-1].lemma == q.counted else (
            head.number if head else None)
        grammemes = {"nomn", "PRTF"} | ({number} if number else set())
        gender = _gender(head) if number != "plur" else None
        participle = inflect(verb.text.lower(), frozenset(grammemes | ({gender} if gender else set())))
        nominative = _to_case(noun_phrase, "nomn", force_number=number)
        return f"{participle} {nominative}" if participle != verb.text.lower() else nominative

    def _leading_np(self, toks: list[Tok]) -> list[Tok]:
        phrase = []
        for tok in toks:
            if tok.pos in ("ADJF", "PRTF", "NOUN") and not self._in_place(tok) \
                    and not self._in_period(tok):
                phrase.append(tok)
            else:
                break
        while phrase and phrase[-1].pos != "NOUN":
            phrase.pop()
        return phrase

    def _flow_indicator(self, verb: Tok) -> str | None:
        after = [t for t in self.toks if t.start > verb.start][:2]
        before = [t for t in self.toks if t.end <= verb.start][-1:]
        for tok in after + before:
            if tok.pos == "NOUN":
                found = self.rules.indicators.by_verb(verb.lemma, tok.lemma)
                if found and (verb.lemma, tok.lemma) in found.verb_objects:
                    return found.id
        found = self.rules.indicators.by_verb(verb.lemma)
        return found.id if found else None

    def _flow_phrase(self, verb: Tok) -> str:
        """'прибыло на постоянное проживание': the verb plus complements that are not places."""
        head = inflect(verb.text.lower(), _FLOW_FORM, "VERB") if verb.pos == "VERB" \
            else verb.text.lower()
        q_start = next(q.start for q in self.quantities if q.start > verb.start) \
            if any(q.start > verb.start for q in self.quantities) else self.sentence.end
        between = [t for t in self.toks if verb.end <= t.start and t.end <= q_start]
        complement = self._complement(between)
        return f"{head} {complement}".strip()

    def _complement(self, toks: list[Tok]) -> str:
        words: list[Tok] = []
        for tok in toks:
            if not tok.word or self._in_place(tok) or self._in_period(tok):
                break
            if tok.lemma in ("в", "во") or self.ctx.country_words.fullmatch(tok.text):
                break
            words.append(tok)
        if words and words[0].lemma in _PREPS and len(words) > 1:
            return " ".join(w.text.lower() for w in words)
        return ""

    def _participants(self, verb: Tok, window: list[Tok]) -> str | None:
        for template in self.ctx.participants:
            if verb.lemma not in template.verbs:
                continue
            after = [t for t in self.toks if t.start > verb.start][:1]
            if template.noun and (not after or after[0].lemma != template.noun):
                continue
            target = self._prep_np(window, ("в", "во"))
            if target:
                return f"{template.subject_prefix} {_to_case(target, 'gent')}"
        return None

    def _prep_np(self, toks: list[Tok], preps: tuple[str, ...]) -> list[Tok] | None:
        for i, tok in enumerate(toks):
            if tok.text.lower() in preps:
                phrase = self._leading_np(toks[i + 1:])
                if phrase:
                    return phrase
        return None

    def _after_dash_phrase(self, right: list[Tok]) -> str | None:
        rest = [t for t in right if t.word]
        if rest and rest[0].text.lower() in _PREPS:
            rest = rest[1:]
        phrase = self._leading_np(rest)
        return _to_case(phrase, "nomn") if phrase else None

    def _np_ending_at(self, pos: int, any_case: bool, adjacent: bool = False) -> str | None:
        """The noun phrase whose last word ends before `pos`, as a nominative phrase.

        Walks left over genitive attributes, prepositional phrases, periods and places to the
        head noun: a nominative noun not governed by a preposition, or (any_case) the first
        noun of the chain whatever its case, which is then put into the nominative.
        `adjacent`: the phrase must end right at `pos` (only spaces between).
        """
        toks = [t for t in self.toks if t.end <= pos]
        if adjacent and (not toks or self.view.text[toks[-1].end:pos].strip()
                         or toks[-1].pos != "NOUN" or self._in_place(toks[-1])
                         or self._in_period(toks[-1]) or self._governed(toks, len(toks) - 1,
                                                                        allowed=("с", "со", "на"))):
            return None
        j = len(toks) - 1
        coordinated = False  # passed "и": "имеет тенденцию к увеличению и составляет 0,47%"
        while j >= 0:
            tok = toks[j]
            if self._is_figure(tok):
                if adjacent:
                    break
                j -= 1  # "рост на 5,3 тыс. человек": words of another figure are not a head
                continue
            if self._in_period(tok) or (self._in_place(tok) and j < len(toks) - 1):
                j -= 1
                continue
            if tok.text == ")":
                j = self._matching_open(toks, j) - 1
                continue
            if not tok.word:
                if self._is_figure(tok) and not adjacent:
                    j -= 1
                    continue
                if tok.text == "-" and self._inner_hyphen(toks, j):
                    j -= 1
                    continue
                if tok.text in _CLAUSE_PUNCT or tok.text in ".!?-;" or self._is_figure(tok):
                    break
                j -= 1
                continue
            if tok.lemma == "и" and tok.pos == "CONJ":
                coordinated = True
                j -= 1
                continue
            if tok.pos in ("VERB", "INFN", "GRND", "PRTS", "CONJ"):
                if not (coordinated and tok.pos == "VERB"):
                    break
                coordinated = False
            if self._is_head(toks, j, any_case):
                return self._phrase_from(toks, j, pos)
            j -= 1
        return None

    @staticmethod
    def _matching_open(toks: list[Tok], close: int) -> int:
        depth = 0
        for k in range(close, -1, -1):
            depth += {")": 1, "(": -1}.get(toks[k].text, 0)
            if depth == 0:
                return k
        return 0

    @staticmethod
    def _inner_hyphen(toks: list[Tok], j: int) -> bool:
        """'культурно - досугового': a spaced hyphen inside a compound adjective."""
        return 0 < j < len(toks) - 1 and toks[j - 1].word and toks[j + 1].word \
            and toks[j - 1].text.lower().endswith("о") and toks[j + 1].pos in ("ADJF", "PRTF")

    def _is_figure(self, tok: Tok) -> bool:
        return any(q.start <= tok.start < q.end for q in self.quantities)

    def _is_head(self, toks: list[Tok], j: int, any_case: bool) -> bool:
        tok = toks[j]
        if tok.pos != "NOUN" or tok.lemma in self.ctx.not_subject or self._in_place(tok):
            return False
        if any_case:  # "рассчитывать на зарплату до 70 тыс.": the noun right before the figure
            return not self._attribute(toks, j) and not self._governed(
                toks, j, allowed=("с", "со", "на") if j == len(toks) - 1 else ("с", "со"))
        return "nomn" in tok.info.cases and not self._governed(toks, j) \
            and not self._attribute(toks, j)

    def _attribute(self, toks: list[Tok], j: int) -> bool:
        """'сальдо миграции', 'продукция сельского хозяйства': a genitive noun after a noun
        (possibly over its adjectives) depends on it."""
        if "gent" not in toks[j].info.cases:
            return False
        k = j - 1
        while k >= 0 and toks[k].pos in ("ADJF", "PRTF"):
            k -= 1
        return k >= 0 and toks[k].pos == "NOUN" and not self._in_place(toks[k]) \
            and not self._in_period(toks[k]) and not self._ends_adverbial(toks, k)

    def _ends_adverbial(self, toks: list[Tok], k: int) -> bool:
        """'в итоге', 'в общей сложности': the noun at k closes a sentence adverbial."""
        return any(tuple(t.text.lower() for t in toks[max(0, k - len(phrase) + 1):k + 1]) == phrase
                   for phrase in self.ctx.discourse_adverbials)

    def _governed(self, toks: list[Tok], j: int, allowed: tuple[str, ...] = ()) -> bool:
        """True when a preposition (other than `allowed`) governs the noun at j."""
        k = j - 1
        while k >= 0 and toks[k].pos in ("ADJF", "PRTF", "NUMR", "ADVB"):
            k -= 1
        return k >= 0 and toks[k].pos == "PREP" and toks[k].text.lower() not in allowed

    def _phrase_from(self, toks: list[Tok], head: int, pos: int) -> str | None:
        """Adjectives before the head, the head, and what follows it up to `pos`, cut at stop
        phrases, periods, places, numbers and clause punctuation; head put in nominative."""
        start = head
        while start > 0 and toks[start - 1].pos in ("ADJF", "PRTF") and \
                not self._in_period(toks[start - 1]):
            start -= 1
        words = toks[start:head + 1]
        for tok in toks[head + 1:head + 1 + _MAX_TAIL]:
            if tok.end > pos or not tok.word or self._in_period(tok) or self._in_place(tok) \
                    or self._is_figure(tok) \
                    or tok.pos in ("VERB", "INFN", "GRND", "PRTS", "CONJ"):
                break
            if self.ctx.subject_stops.match(self.view.text, tok.start):
                break
            words.append(tok)
        while words and words[-1].pos in ("PREP", "CONJ", "PRCL", "ADVB"):
            words.pop()
        words = self._drop_judgements(words)
        if not words:
            return None
        head_index = max(i for i, t in enumerate(words) if t.pos == "NOUN") if any(
            t.pos == "NOUN" for t in words) else 0
        first_noun = next((i for i, t in enumerate(words) if t.pos == "NOUN"), head_index)
        nominative = _to_case(words[:first_noun + 1], "nomn")
        rest = " ".join(_lower_common(t.text) for t in words[first_noun + 1:])
        return f"{nominative} {rest}".strip()

    def _drop_judgements(self, words: list[Tok]) -> list[Tok]:
        """Evaluative adjectives ("положительное сальдо") and a leading change noun
        ("увеличение размера заработной платы") are not part of what is measured."""
        superlative = False  # "самая высокая зарплата", "наибольший прирост": a ranking
        while words and words[0].pos in ("ADJF", "PRTF") and (
                words[0].lemma in self.ctx.evaluative or superlative
                or "Supr" in words[0].info.tag):
            superlative = words[0].lemma == "самый"
            words = words[1:]
        if len(words) > 1 and words[0].pos == "NOUN" and words[0].lemma in self.ctx.change_nouns:
            words = words[1:]
        return words

    def _resolve_anaphora(self, phrase: str, state: _DocState) -> str:
        """'сальдо' after 'сальдо миграции' was named means 'сальдо миграции'; 'данный
        показатель' means the subject named before."""
        if " " in phrase:
            return phrase
        head = word_info(phrase).lemma
        if (head in self.ctx.anaphoric_nouns or head in self.ctx.change_nouns) and state.subjects:
            # "задолженность составила 560 млн рублей, рост составил 10%": the growth of it
            return state.subjects[-1]
        for earlier in reversed(state.subjects):
            words = [word_info(w) for w in earlier.split()]
            nouns = [w for w in words if w.pos == "NOUN"]
            if len(words) > 1 and nouns and nouns[0].lemma == head:
                return earlier  # "прирост" after "миграционный прирост"
        return phrase

    def _head_position(self, lemmas: tuple[str, ...]) -> int:
        """Where an indicator phrase may start at the latest: at the head noun, after leading
        adjectives and measure nouns ("число трудовых патентов" → "трудовые патенты"), so that
        "задолженность по заработной плате" is not the indicator "заработная плата"."""
        for i, lemma_ in enumerate(lemmas):
            info = word_info(lemma_)
            if info.pos in ("ADJF", "PRTF") or lemma_ in self.ctx.measure_nouns:
                continue
            return i
        return len(lemmas)

    def _with_indicator(self, phrase: str | None) -> tuple[str | None, str | None]:
        if not phrase:
            return None, None
        lemmas = _lemmas(phrase)
        found = self.rules.indicators.by_phrase(lemmas, self._head_position(lemmas))
        return phrase, (found.id if found else None)

    # place ----------------------------------------------------------------------------

    def _place(self, index, window, right, indicator, fired) -> tuple[Place | None, Place | None]:
        respective = self._respective_place(index)
        if respective is not None:
            fired.append("ctx.place_respectively")
            return respective, None
        flow = bool(indicator) and indicator.startswith(self.ctx.flow_prefixes)
        place, partner = self._place_and_partner(self._place_candidates(index, window, right), flow)
        if place is not None:
            fired.append("ctx.place_in_sentence")
        if place is None:
            place = self._adjective_place(window)
            if place is not None:
                fired.append("ctx.place_adjective")
        if place is None and self._mentions_country(window):
            place = self.view.home and self._country(self.view.home)
            fired.append("ctx.place_country_word")
        if place is None and self.view.home is not None:
            place = self.view.home
            fired.append("ctx.place_document")
        return place, partner

    def _place_candidates(self, index: int, window: list[Tok], right: list[Tok]
                          ) -> list[PlaceMention]:
        """Mentions (names and home words) that may give the figure's place, the likeliest
        last: the one right after its dash, else those between the figure and the one before,
        else the first right after it, else any before it in the sentence."""
        q = self.quantities[index]
        left = window[0].start if window else q.start
        mentions = sorted(self.places + self._home_references, key=lambda m: m.start)
        own = [m for m in mentions if _DASH_THEN_PLACE.fullmatch(self.view.text, q.end, m.start)]
        candidates = [m for m in mentions if left <= m.start < q.start]
        if not candidates and right and not own:
            candidates = [m for m in mentions if q.end <= m.start <= right[-1].end][:1]
        if not candidates:
            candidates = [m for m in mentions if m.end <= q.start]
        return candidates + own[:1]

    def _place_and_partner(self, candidates: list[PlaceMention], flow: bool
                           ) -> tuple[Place | None, Place | None]:
        """The likeliest candidate that is not the other side of a flow is the place; the
        likeliest other side is the partner. In a region's or a city's news the region counts
        its own ("Петербург откроет центры в Таджикистане": see _not_local)."""
        place, partner = None, None
        local_news = self._home_inside_country()
        for mention in reversed(candidates):
            if self._is_partner(mention) or flow and self._foreign(mention):
                if partner is not None and place is None and self._acting_group(mention):
                    return mention.place, partner  # "ЕС принял с территории Турции 12,5 тыс."
                partner = partner or mention.place
                if place is not None:
                    break  # "из стран СНГ в страну прибыло": the place, then its partner
                continue
            if local_news and self._not_local(mention) or place is not None:
                continue
            place = self._listed_with_others(mention) or mention.place
            if partner is not None:
                break
        return place, partner

    def _listed_with_others(self, mention: PlaceMention) -> Place | None:
        """'на 15% упала рождаемость … в Республике Алтай, в Омской, Оренбургской и Курской
        областях': one figure for three or more regions of a country is the country's, the
        regions being its breakdown (eval/dev/part_c/NOTES.md, 11)."""
        if len(self.quantities) > 1:
            return None
        listed = self._coordinated_list(mention)
        countries = {self.rules.gazetteer.country_of(m.place) for m in listed}
        if len(listed) < 3 or len(countries) != 1 or None in countries \
                or any(m.place.kind not in ("region", "city") for m in listed):
            return None
        return countries.pop()

    def _coordinated_list(self, mention: PlaceMention) -> list[PlaceMention]:
        """The places listed with `mention` ("в Омской, Оренбургской и Курской областях")."""
        ordered = sorted(self.places, key=lambda m: m.start)
        at = ordered.index(mention) if mention in ordered else None
        if at is None:
            return [mention]
        first = last = at
        while first > 0 and _LIST_JOINER.fullmatch(self.view.text, ordered[first - 1].end,
                                                   ordered[first].start):
            first -= 1
        while last + 1 < len(ordered) and _LIST_JOINER.fullmatch(
                self.view.text, ordered[last].end, ordered[last + 1].start):
            last += 1
        return ordered[first:last + 1]

    def _adjective_place(self, window: list[Tok]) -> Place | None:
        """'доля техники в российских войсках выросла на 11%': with no place named, the place
        of the nearest place adjective before the figure (gazetteer `adjectives`) — unless it
        says who a person is ("армянского полузащитника" is a nationality, not a territory) or
        begins a name ("по данным Сирийской обсерватории")."""
        by_adjective = self.rules.gazetteer.by_adjective
        for i in range(len(window) - 1, -1, -1):
            tok = window[i]
            if tok.word and tok.pos == "ADJF" and tok.lemma in by_adjective \
                    and (tok.text.islower() or tok is self.toks[0]) and not self._in_place(tok) \
                    and not self._of_a_person(window[i + 1:]):
                return by_adjective[tok.lemma]
        return None

    @staticmethod
    def _of_a_person(after: list[Tok]) -> bool:
        head = next((t for t in after[:3] if t.pos == "NOUN"), None)
        return head is not None and head.info.animate

    @cached_property
    def _home_references(self) -> list[PlaceMention]:
        """'в регионе', 'население республики': a home word standing for the document's place
        (rules/places/words.yaml), as a mention of what it stands for."""
        gazetteer, home = self.rules.gazetteer, self.view.home
        if home is None:
            return []
        out = []
        for i, tok in enumerate(self.toks):
            if not tok.word or tok.lemma not in gazetteer.words.home_words or self._in_place(tok) \
                    or not self._bare_home_word(i):
                continue
            place = gazetteer.home_meaning(tok.lemma, home) or self._antecedent(tok)
            if place is not None:
                out.append(PlaceMention(tok.start, tok.end, place, self._prep_before(tok.start)))
        return out

    def _antecedent(self, tok: Tok) -> Place | None:
        """'…в парламент земли Северный Рейн — Вестфалия. В регионе …': in a document about a
        country, "регион" is the region named last, in this sentence or the one before."""
        kinds = self.rules.gazetteer.words.home_words[tok.lemma]
        since = self.view.sentences[self.sentence.index - 1].start if self.sentence.index \
            else self.sentence.start
        named = [m.place for m in self.view.place_mentions
                 if since <= m.start and m.end <= tok.start and m.place.kind in kinds
                 and _trusted(m, self.view.confirmed)]
        return named[-1] if named else None

    def _bare_home_word(self, i: int) -> bool:
        """A singular home word with no adjective before it ("в соседней области" is another
        region), no genitive noun after it ("в области образования" is a field) and no name
        after it."""
        tok = self.toks[i]
        if tok.pos != "NOUN" or tok.info.number != "sing":
            return False
        if tok.text[:1].isupper() and any(t.word for t in self.toks[:i]):
            return False  # "Республика Сербская": a name the gazetteer lacks
        before = self.toks[i - 1] if i else None
        if before is not None and before.pos in ("ADJF", "PRTF") and "Apro" not in before.info.tag:
            return False
        after = self.toks[i + 1] if i + 1 < len(self.toks) else None
        if after is not None and after.word and after.text[:1].isupper():
            return False  # "в регионе Улытау": the word introduces a name, it does not replace one
        return not (after is not None and after.pos == "NOUN" and after.text.islower()
                    and "gent" in after.info.cases)

    def _not_local(self, mention: PlaceMention) -> bool:
        """In a region's news: another country named no more often than the region, or its own
        country named without a preposition ("правительства РФ", "для субъектов Российской
        Федерации": an institution or a level, not the territory; "в среднем по России" is the
        country's figure). A story that names the other country more is about it ("«Тайное
        влияние» Москвы: зачем в США хотят создать новую спецслужбу")."""
        if self._foreign(mention):
            counts = self._document_counts
            return counts[mention.place.id] <= counts[self.view.home.id]
        home_country = self._country(self.view.home)
        return mention.place.id == home_country.id and not (
            mention.preposition or self._coordinated_preposition(mention))

    @cached_property
    def _document_counts(self) -> Counter[str]:
        return Counter(m.place.id for m in self.view.place_mentions)

    def _respective_place(self, index: int) -> Place | None:
        """'в Иркутской области и Забайкальском крае … 21 и 22% соответственно': the places
        named before the first figure, in order, one for each figure."""
        words = self.rules.gazetteer.words.respectively
        if len(self.quantities) < 2 or not any(t.word and t.lemma in words for t in self.toks):
            return None
        named = [m for m in self.places
                 if m.end <= self.quantities[0].start and not self._is_partner(m)]
        return named[index].place if len(named) == len(self.quantities) else None

    def _home_inside_country(self) -> bool:
        home = self.view.home
        return home is not None and home.kind != "country" \
            and self.rules.gazetteer.country_of(home) is not None

    def _country(self, place: Place) -> Place:
        return self.rules.gazetteer.country_of(place) or place

    def _mentions_country(self, toks: list[Tok]) -> bool:
        return any(self.ctx.country_words.fullmatch(t.lemma) for t in toks)

    def _is_partner(self, mention: PlaceMention) -> bool:
        """'из стран СНГ прибыло': the origin of an arrival is a partner, not the place."""
        if mention.place.kind == "group" and mention.place.parent is None:
            return True  # "из стран СНГ": a group of countries; a federal district is a place
        verbs = [t for t in self.toks if t.pos in ("VERB", "PRTS")]
        flows = {v.lemma: self.rules.indicators.by_verb(v.lemma) for v in verbs}
        departures = any(i and i.id.endswith("departures") for i in flows.values()) \
            or any(v.lemma in self.rules.gazetteer.words.destination_verbs for v in verbs)
        preposition = mention.preposition or self._coordinated_preposition(mention)
        if preposition in ("из", "с", "со"):
            return not departures  # origin of arrivals; "из Казахстана уехали" is Kazakhstan
        if preposition in ("в", "во", "на") and self._foreign(mention) and self._towards(mention):
            return True  # "переводы в Узбекистан" from Russia: where the flow goes
        return preposition in ("в", "во") and departures and self.view.home is not None \
            and mention.place.id != self.view.home.id

    def _towards(self, mention: PlaceMention) -> bool:
        """'в Узбекистан' (accusative: where to), not 'в Узбекистане' (where): the first word of
        the name has an accusative reading and no prepositional one; indeclinable names
        ("в США") tell nothing."""
        first = next(t for t in self.toks if t.start >= mention.start)
        cases = first.info.cases if first.info else frozenset()
        return "accs" in cases and "loct" not in cases and "Fixd" not in first.info.tag

    def _acting_group(self, mention: PlaceMention) -> bool:
        """A group of countries as the subject of a verb ("ЕС принял …"): the side that acts,
        where a group named with a preposition ("из стран СНГ") is the other side."""
        if mention.place.kind != "group" or mention.place.parent is not None \
                or mention.preposition or self._coordinated_preposition(mention):
            return False
        after = [t for t in self.toks if t.start >= mention.end][:1]
        return bool(after) and after[0].pos == "VERB"

    def _foreign(self, mention: PlaceMention) -> bool:
        """A country other than the one the document reports on."""
        home = self.view.home and self._country(self.view.home)
        return mention.place.kind == "country" and home is not None and \
            mention.place.id != home.id

    def _coordinated_preposition(self, mention: PlaceMention) -> str | None:
        """'из Китая (2 318 человек) и Монголии': Монголии shares the preposition of Китая."""
        earlier = [m for m in self.places if m.end <= mention.start]
        if not earlier:
            return None
        between = self.view.text[earlier[-1].end:mention.start]
        if regex.fullmatch(r"(?:\s*\([^()]*\))?\s*(?:,|и|или)\s*", between):
            return earlier[-1].preposition or None
        return None

    # period, comparison, breakdown, direction -----------------------------------------

    def _period(self, q: Quantity, state: _DocState, fired: list[str]) -> PeriodMention | None:
        inside = [m for m in self.periods for s, e, kind in self.comparisons
                  if s <= q.start < e and s <= m.start < e and kind == "paren"]
        if inside:
            fired.append("ctx.period_in_parenthesis")
            return inside[0]
        usable = [m for m in self.periods if m.period_start is not None and m.kind != "onset"
                  and not _inside(m.start, self.comparisons)]
        before = [m for m in usable if m.end <= q.start]
        if before:
            fired.append("ctx.period_in_sentence")
            return before[-1]
        after = [m for m in usable if m.start >= q.end and not any(
            q.end <= other.start < m.start for other in self.quantities)]
        if after:  # "… составило 5 тыс. в 2022 году", with no other figure in between
            fired.append("ctx.period_in_sentence")
            return after[0]
        if q.unit in _DURATIONS:
            return None  # "пенсионный возраст 60 лет": an age or a term holds for no period
        if state.period is not None:
            fired.append("ctx.period_carried")
        return state.period

    def _comparison(self, q: Quantity, window: list[Tok], right: list[Tok]) -> str | None:
        lo = window[0].start if window else q.start
        hi = right[-1].end if right else q.end
        for start, _end, phrase in self.comparisons:
            if phrase != "paren" and lo <= start <= hi + 2:
                return phrase
        return None

    def _breakdown(self, window: list[Tok], state: _DocState, fired: list[str]) -> str | None:
        for i, tok in enumerate(window):
            if tok.text.lower() not in self.ctx.breakdown_prepositions:
                continue
            phrase = []
            for nxt in window[i + 1:]:
                if nxt.pos in ("ADJF", "PRTF", "NOUN") and not self._in_place(nxt) \
                        and not self._in_period(nxt):
                    phrase.append(nxt)
                else:
                    break
            if not phrase or any(t.lemma in self.ctx.not_breakdown for t in phrase):
                continue
            if phrase[-1].pos == "NOUN":
                state.breakdown_head = phrase[-1].text
                fired.append("ctx.breakdown_prepositional")
                return _to_case(phrase, "nomn")
            if state.breakdown_head:
                fired.append("ctx.breakdown_elliptical")
                head = Tok(0, 0, state.breakdown_head, True)
                return _to_case(phrase + [head], "nomn")
        return None

    def _direction(self, window: list[Tok], right: list[Tok], q: Quantity) -> str | None:
        for tok in list(reversed(window)) + right:
            if tok.text.lower() not in self.ctx.change_forms:
                continue
            if tok.lemma in self.ctx.increase:
                return "increase"
            if tok.lemma in self.ctx.decrease:
                return "decrease"
        return None


def _lemmas(phrase: str) -> tuple[str, ...]:
    return tuple(w if w.isupper() and len(w) > 1 else word_info(w).lemma
                 for w in regex.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", phrase))


def _gender(info: WordInfo | None) -> str | None:
    if info is None:
        return None
    return next((g for g in ("masc", "femn", "neut") if g in info.tag), None)


def _lower_common(word: str) -> str:
    """Lower-case a word unless it is an abbreviation or a proper name."""
    if word.isupper() and len(word) > 1:
        return word
    info = word_info(word)
    if {"Geox", "Name", "Surn", "Orgn"} & set(info.tag.replace(" ", ",").split(",")):
        return word
    return word.lower()


def _to_case(toks: list[Tok], case: str, force_number: str | None = None) -> str:
    """Inflect the head noun (last noun) and its adjectives into `case`, keeping their number."""
    head = max((i for i, t in enumerate(toks) if t.pos == "NOUN"), default=len(toks) - 1)
    info = toks[head].info
    number = force_number or (info.number if info else None)
    grammemes = frozenset({case} | ({number} if number else set()))
    gender = _gender(info) if number == "sing" else None
    words = []
    for i, tok in enumerate(toks):
        if i <= head and tok.pos in ("ADJF", "PRTF", "NOUN"):
            wanted = grammemes | {gender} if gender and tok.pos != "NOUN" else grammemes
            words.append(_lower_common(inflect(tok.text, frozenset(wanted), tok.pos)))
        else:
            words.append(_lower_common(tok.text))
    return " ".join(words)


def all_places(text: str, rules: Rules, offset: int = 0) -> list[PlaceMention]:
    """Gazetteer names, plus administrative units and towns ("г. Судогда") the gazetteer does
    not list; names in a dateline ("Астана, 14 февраля."), names that only locate an object
    ("завод в районе пос. Электрик") and issuers of a currency ("долларов США") are left out.
    Weak names ("РК") are kept: see _trusted."""
    datelines = [(m.start(), m.end()) for m in rules.context.dateline.finditer(text)]
    mentions = [m for m in find_places(text, rules.gazetteer, offset)
                if not any(s <= m.start - offset < e for s, e in datelines)]
    words = rules.gazetteer.words
    local = find_admin_units(text, rules.context.admin_nouns, rules.context.admin_inner, offset,
                             words.before_name)
    local += find_towns(text, words, offset)
    local += find_elliptical(text, rules.gazetteer, offset)
    local += find_regions(text, words, offset)
    for unit in local:
        if not any(m.start < unit.end and unit.start < m.end for m in mentions):
            mentions.append(unit)
    names = _quoted_names(text)
    return sorted((m for m in mentions if not near_place(text, m.start - offset, rules.gazetteer)
                   and not names_currency(text, m.start - offset, rules.gazetteer)
                   and not _inside(m.start - offset, names)),
                  key=lambda m: m.start)


_QUOTED = regex.compile(r'["«“„][^"«»“”„\n]{1,80}["»”“]')
_NAME_WORDS = 6  # a quoted stretch this short is a name ("Дети Азии", "Единая Россия")


def _quoted_names(text: str) -> list[tuple[int, int]]:
    """Spans of short quoted names ("…", «…»): a place named inside one names a party, a
    festival or a firm ("Альтернатива для Германии"), not where a figure is; quoted speech is
    longer and keeps its places."""
    return [(m.start(), m.end()) for m in _QUOTED.finditer(text)
            if len(m.group().split()) <= _NAME_WORDS]


def document_places(text_mentions: list[PlaceMention], title: str | None, rules: Rules
                    ) -> tuple[Place | None, frozenset[str]]:
    """The place the document is about, and the places it names unambiguously, from the
    place mentions of its text (all_places) and its title."""
    title_mentions = all_places(title or "", rules)
    # "В Шахтах завершился фестиваль": a title's unlisted town is what the news is about;
    # "на Байкале" names a lake or a mountain, not a territory that has news
    title_mentions += [m for m in _unlisted_mentions(tokenize(title or "", 0, len(title or "")),
                                                     title_mentions)
                       if m.preposition in ("в", "во")
                       and not _inside(m.start, _quoted_names(title or ""))]
    confirmed = _confirmed(title_mentions + text_mentions, rules)
    return _home(title_mentions, text_mentions, confirmed, rules), confirmed


def _trusted(mention: PlaceMention, confirmed: frozenset[str]) -> bool:
    """A weak name ("РК") counts only for a place the document names some other way."""
    return not mention.weak or mention.place.id in confirmed


def _confirmed(mentions: list[PlaceMention], rules: Rules) -> frozenset[str]:
    """Places named unambiguously, with the places they lie in: "Алматы" confirms Kazakhstan,
    so a weak "РК" in the same document means Kazakhstan."""
    confirmed: set[str] = set()
    for mention in mentions:
        place = mention.place
        while not mention.weak and place.id not in confirmed:
            confirmed.add(place.id)
            if not place.parent or place.parent not in rules.gazetteer.places:
                break
            place = rules.gazetteer.places[place.parent]
    return frozenset(confirmed)


def _home(title_mentions: list[PlaceMention], text_mentions: list[PlaceMention],
          confirmed: frozenset[str], rules: Rules) -> Place | None:
    """The place a document is mostly about (figures that name no place get it): the
    administrative district or town the gazetteer does not list named most often, if at least
    twice, the title names no other place, and it is the first place named or no listed place
    is named more (a town's programme names its district, region and country too); else a country
    named with three or more of its parts (a national release by region); else the most
    mentioned place, the earliest on ties — and when that is a country, its most mentioned part
    named at least twice (regional news names "РФ" in passing). Title mentions count three
    times; groups of countries and unconfirmed weak names do not count."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    places: dict[str, Place] = {}
    for mentions, weight, base in ((title_mentions, 3, -1), (text_mentions, 1, 0)):
        for mention in mentions:
            if mention.place.kind == "group" and mention.place.parent is None \
                    or not _trusted(mention, confirmed):
                continue
            counts[mention.place.id] += weight
            first.setdefault(mention.place.id, base * 10**9 + mention.start)
            places[mention.place.id] = mention.place
    if not counts:
        return None
    titled = {m.place.id for m in title_mentions if m.place.id in counts}
    # a title that names a listed place and no local unit says what the news is about
    # ("Бурятия подала заявку…" naming Гусиноозерск twice in the text)
    others_titled = any(not _is_local(places[pid]) for pid in titled)
    listed = max((n for pid, n in counts.items() if not _is_local(places[pid])), default=0)
    opening = min(first, key=first.get)
    # the text's heading or intro names it, or no listed place is named more: a town's
    # programme cites its region's laws, but news from a country names a town in passing
    local = [pid for pid in counts if _is_local(places[pid]) and counts[pid] >= 2
             and (pid in titled or not others_titled)
             and (pid == opening or counts[pid] >= listed)]
    if local:
        return places[max(local, key=lambda pid: (counts[pid], -first[pid]))]
    national = _reported_country(counts, places, titled, rules)
    if national is not None:
        return national
    top = places[max(counts, key=lambda pid: (counts[pid], -first[pid]))]
    if top.kind == "country":  # "Ульяновская область" twice beside "РФ" three times: the region
        parts = [pid for pid in counts if pid != top.id and counts[pid] >= 2
                 and pid in rules.gazetteer.places
                 and rules.gazetteer.country_of(places[pid]) == top]
        if parts:
            return places[max(parts, key=lambda pid: (counts[pid], -first[pid]))]
    return top


def _is_local(place: Place) -> bool:
    """A district or town found by its marker word ("Сапожковский район", "г. Судогда"), not a
    gazetteer entry: local documents name such places, national ones rarely do."""
    return place.kind == "district" or place.id.startswith("town:")


def _reported_country(counts: Counter[str], places: dict[str, Place], titled: set[str],
                      rules: Rules) -> Place | None:
    """A country named together with three or more of its regions or cities (a national
    release broken down by region) is what the document reports on — unless the title names
    one of those parts and not the country ("В Якутии стартовал проект", naming Тюмень and
    Петербург in passing, is Yakutia's news)."""
    named = []
    for cid in counts:
        parts = [pid for pid in counts if _part_of(places[pid], cid, rules)]
        if len(parts) >= 3 and not (titled & set(parts) and cid not in titled):
            named.append((len(parts), counts[cid], cid))
    return places[max(named)[2]] if named else None


def _part_of(place: Place, country_id: str, rules: Rules) -> bool:
    """A region or city of the country `country_id` (not the country itself)."""
    if place.id not in rules.gazetteer.places or place.id == country_id:
        return False
    country = rules.gazetteer.country_of(place)
    return country is not None and country.id == country_id


def reference_year(doc_date: date | None, text: str) -> int | None:
    """Relative years ('в прошлом году') count from the document date, else the nearest year."""
    if doc_date is not None:
        return doc_date.year
    years = Counter(int(y) for y in regex.findall(r"\b((?:19|20)\d{2})\s*(?:год|г\.)", text))
    return years.most_common(1)[0][0] if years else None
