"""Tie each figure to its context: subject, indicator, breakdown, place, period, comparison,
direction, speaker and parent figure.

Russian leaves much implicit, so some context is carried along the document: the period stated
in one sentence holds until another is stated, an elliptical list item inherits the predicate of
the first item, a pronoun speaker is the last named one. The walk is one pass over the sentences
in order; `_DocState` holds what carries over.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from itertools import takewhile

import regex

from .entities import keep_case, nominative_phrase
from .indicators import lemma_key
from .lists import structure_lists
from .morph import WORD, WordInfo, inflect, number_in_case, verb_lemmas, word_info
from .periods import PeriodMention, PeriodRules, find_periods, whole_year
from .places import (
    WORLD,
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

# a case ending hyphenated to a number ("2017-го", "1980-е") belongs to the number
_TOKEN = regex.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\d+(?:[.,]\d+)?(?:-[^\W\d_]{1,3}(?![^\W\d_]))?|\S")
_CLAUSE_PUNCT = {",", ";", ":", "(", ")", '"'}
_FLOW_FORM = frozenset({"past", "neut", "sing"})
_DURATIONS = frozenset({"year", "month", "week", "day", "hour"})
# "52,2 млрд рублей (100,6%)", "6,2 млрд рублей (на 16,8% больше": a bracket right after a figure
_RESTATED = regex.compile(r"\s*\(\s*(?:(?:на|в|или)\s+)?")
# "25 базовых пунктов (0,25%)": the figure's own unit words before the bracket
_UNIT_WORDS = regex.compile(r"(?:\s+[а-яё]+){1,2}(?=\s*\()")
# "продуктов (на 1,2% в …": a bracket opening on a figure, after a word
_OPENS_BRACKET = regex.compile(r"(?<=\w)\s*\(\s*(?:на\s+|в\s+)?\Z")
_CLAUSE_OPENING = regex.compile(r",\s*([^\W\d_]+)")
_RELATIVE = regex.compile(r",\s*(?:котор\w+|чей|чья|чьё|чье|чьи|где|куда|откуда)\b",
                          regex.IGNORECASE)
# "15 июля 2016 года" dates an event; it holds for its own sentence but does not carry on the way
# "в январе-июне" or "на 1 января" (a statistical reference date) do. So does a single month
# named without its year ("в ходе визита в феврале", "результаты опубликовали в июне").
_EVENT_DATES = frozenset({"period.day_date", "period.month_of_event"})
# Periods said relative to the one in force ("аналогичный период прошлого года", "годом ранее")
# hold where they are said; the period in force goes on after them.
_NOT_CARRIED = _EVENT_DATES | {"period.same_period", "period.year_earlier"}
_NEARBY_SENTENCES = 2  # sentences before a figure's in which an indicator's context word counts
_MAX_TAIL = 8  # words after the head noun kept in a subject phrase
_MAX_CLAUSE = 10  # words of a participial phrase kept after a subject's head
_ATTRIBUTE_CASES = frozenset({"gent", "ablt", "datv"})  # cases of a noun's noun attributes
_CLAUSE_END = {",", ";", ":", ".", "!", "?", "(", ")", "-"}
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
    period_past: bool = False  # the period was set by a sentence in the past tense
    period_paragraph: int | None = None  # … in this paragraph
    period_forecast: bool = False  # … in a clause in the future tense ("в 2025 году составит")
    month_year: int | None = None  # the year of the last period shorter than a year
    speaker: str | None = None
    speaker_paragraph: int | None = None
    release: str | None = None  # an organization's data, which goes on into the next paragraphs
    first_source: str | None = None  # the first speaker of the document
    last_organization: str | None = None  # what "ведомство", "министерство" refer back to
    last_person: str | None = None  # what "он", "она" refer back to
    speakers: list[str] = field(default_factory=list)  # every speaker named so far
    subjects: list[str] = field(default_factory=list)
    last_subject_paragraph: int | None = None
    breakdown_head: str | None = None
    people: tuple[Place, int] | None = None  # partner of the last count of people, its sentence
    frame: tuple[Place, int, bool] | None = None  # "В Амурской области …": place, paragraph,
    # whether it holds to the next heading (a town the text goes on about) or the paragraph


@dataclass(frozen=True)
class _Clues:
    """What the subject rules read about one figure (_SentenceView._clues)."""

    index: int
    q: Quantity
    window: list[Tok]  # tokens between the figure before and this one
    right: list[Tok]  # tokens after it, to the next figure or clause punctuation
    parent: int | None
    verb: Tok | None  # the predicate near the figure
    introduced: bool  # a dash or "в размере", "на уровне" stands before the figure
    adjacent: str | None  # the noun phrase ending right before the figure
    base: str | None  # "доля от …" for "N% от …"


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
    asked = {s.index for s in speaker_sentences(view.sentences, view.quantities)}
    quoted, reported = _attributed_speakers(view, asked, rules)
    contexts: list[Context] = []
    paragraphs: list[int] = []  # of each context's sentence
    # "САНКТ-ПЕТЕРБУРГ, 22 февраля. /ТАСС/.": the date a story was filed, not a figure's period
    datelines = [(m.start(), m.end()) for m in rules.context.dateline.finditer(view.text)]
    last_paragraph = max((s.paragraph for s, qs in zip(view.sentences, view.quantities,
                                                        strict=True) if qs),
                         default=_LEAD_PARAGRAPHS)
    last_paragraph = max(last_paragraph, _LEAD_PARAGRAPHS)
    for sentence, quantities in zip(view.sentences, view.quantities, strict=True):
        if sentence.paragraph > last_paragraph:
            break  # past the last figure's paragraph (and the lead) nothing is credited back
        if _is_heading(view, sentence, rules):
            state.period = None  # a new section: what was said before no longer holds
        mentions = [m for m in find_periods(view.text[sentence.start:sentence.end], rules.periods,
                                            sentence.start, view.reference_year, state.period,
                                            state.month_year)
                    if not _inside(m.start, datelines)]
        mentions = [_since_year(view, sentence, m, rules) for m in mentions]
        state.month_year = next((m.period_start.year for m in reversed(mentions)
                                 if m.kind == "explicit" and _within_a_year(m)), state.month_year)
        comparisons = _comparison_spans(view.text, sentence, rules, mentions)
        if any(m.kind in ("onset", "undated") for m in mentions) \
                or _opens_new_frame(view, sentence, rules):
            state.period = None  # "с 2019 года …", "сейчас …", "Планируется:": the old one is over
        own_speaker = _own_speaker(view, sentence, quoted, reported, state, rules) \
            if sentence.index in asked else None
        if own_speaker:
            _credit_earlier(contexts, paragraphs, own_speaker, sentence,
                            first_source=state.speaker is None,
                            refers_back=_refers_back(view, sentence, rules))
        released = False
        if own_speaker:
            state.speaker, state.speaker_paragraph = own_speaker, sentence.paragraph
            if LAST_SPEAKER not in (quoted.get(sentence.index), reported.get(sentence.index)):
                # "…по прогнозам министерства…", - говорится в сообщении: a source inside what
                # the release says speaks for its sentence only
                state.release = own_speaker \
                    if _main_release(view, sentence, own_speaker, state, rules) else None
            state.first_source = state.first_source or own_speaker
        elif sentence.paragraph != state.speaker_paragraph:
            # a source speaks for the rest of its paragraph; an organization's data also for
            # the paragraphs right after it that go on with figures and name no one
            released = state.release is not None and sentence.index - 1 in asked \
                and not _opens_with_quote(view, sentence)
            state.speaker = state.release if released else None
            state.release = state.speaker
            state.speaker_paragraph = sentence.paragraph if released else state.speaker_paragraph
        _update_frame(view, sentence, state, rules)
        if quantities:
            sentence_view = _SentenceView(view, sentence, quantities, mentions, comparisons,
                                          rules, state.speaker)
            sentence_view.frame = state.frame[0] if state.frame else None
            carried = () if own_speaker or not state.speaker else \
                ("speaker.released",) if released or _released(contexts, sentence) \
                else ("speaker.carried",)
            for index in range(len(quantities)):
                context = sentence_view.context(index, state, len(contexts))
                contexts.append(replace(context, rules=context.rules + carried))
                paragraphs.append(sentence.paragraph)
            first = sentence_view.first_period
            if first is not None and first.kind == "explicit" and (
                    first.rule not in _NOT_CARRIED
                    or first.rule == "period.month_of_event"
                    and _same_clause(view.text, first, quantities[0])):
                state.period = first  # the period of the sentence's first figure carries on
                state.period_past = _tenses(view.text, sentence.start, sentence.end,
                                            rules.context.speech) == {"past"}
                state.period_paragraph = sentence.paragraph
                state.period_forecast = _forecast(view.text, first, sentence, rules)
            continue
        if _advance_period(state, mentions, comparisons, _runs_on(view, sentence)):
            state.period_past = _tenses(view.text, sentence.start, sentence.end,
                                        rules.context.speech) == {"past"}
            state.period_paragraph = sentence.paragraph
            state.period_forecast = _forecast(view.text, state.period, sentence, rules)
    flat = [q for quantities in view.quantities for q in quantities]
    return _date_totals(view.text, flat, structure_lists(view.text, flat, contexts, rules), rules)


_FRAME_OPENING = regex.compile(r"Во?\s")
_FRAME_REACH = 60  # characters from the sentence start within which a framing place is named
_SECTION_HEADING = 70  # a paragraph of one sentence shorter than this is a subheading


def _update_frame(view: DocumentView, sentence: Sentence, state: _DocState, rules: Rules
                  ) -> None:
    """'В Амурской области … отдано 6 тыс. га. Но и доля приезжих … 286 человек': a sentence
    opening with "В" + a place sets the place of the figures after it that name none, to the
    end of the paragraph; a town or district below the home ("В поселке Депутатский, центре
    Усть-Янского района, …") to the next subheading, as a report on it goes on."""
    text = view.text[sentence.start:sentence.end].strip()
    neighbours = view.sentences[max(sentence.index - 1, 0):sentence.index + 2]
    if len(text) < _SECTION_HEADING and "©" not in text \
            and not text.endswith((".", "!", ";", ":", "…")) and all(
            s.paragraph != sentence.paragraph for s in neighbours if s is not sentence):
        state.frame = None  # "Гектар для своих": a new section
        return
    if state.frame is not None and not state.frame[2] \
            and state.frame[1] != sentence.paragraph:
        state.frame = None
    if not _FRAME_OPENING.match(view.text, sentence.start):
        return
    first = next((m for m in view.place_mentions if sentence.start <= m.start < sentence.end
                  and _trusted(m, view.confirmed)), None)
    if first is not None and first.start - sentence.start <= _FRAME_REACH \
            and _opens_with(view.text[sentence.start:first.start], rules):
        state.frame = (first.place, sentence.paragraph, _is_local(first.place))


def _opens_with(before: str, rules: Rules) -> bool:
    """'В ', 'В некогда развивающемся промышленном поселке ': the opening "В" is the name's
    own preposition, with only modifiers and a town or region marker between them ("Во время
    визита в Ватикан" is no frame)."""
    words = WORD.findall(before)
    markers = rules.gazetteer.words
    allowed = markers.town_markers | markers.region_markers | markers.before_name
    return bool(words) and all(
        word_info(w).pos in ("ADJF", "PRTF", "ADVB") or word_info(w).lemma in allowed
        for w in words[1:])


def _since_year(view: DocumentView, sentence: Sentence, mention: PeriodMention,
                rules: Rules) -> PeriodMention:
    """'с 2011 года рост зарплаты составил 1,8 раза', 'появилось с 2004 года': a whole year after
    'с' in a clause in the past tense without a verb of change is the start of a span that runs
    to the last year before the text's own; not the onset of a new rule ('с 2019 года вводится')
    nor the base of a change ('снизился с прошлого года', 'повысило цены с 1 апреля')."""
    year = view.reference_year
    if mention.kind != "onset" or year is None or not whole_year(mention) \
            or mention.period_start.year >= year - 1:
        return mention
    lo, hi = _clause_around(view.text, mention, sentence)
    if _tenses(view.text, lo, hi, rules.context.speech) != {"past"} \
            or rules.periods.change_verb.search(view.text, lo, hi):
        return mention
    return replace(mention, period_end=date(year - 1, 12, 31), kind="explicit",
                   rule="period.since_year")


def _clause_around(text: str, mention: PeriodMention, sentence: Sentence) -> tuple[int, int]:
    return _clause_bounds(text, mention.start, mention.end, sentence.start, sentence.end)


def _clause_bounds(text: str, start: int, end: int, lo_limit: int, hi_limit: int
                   ) -> tuple[int, int]:
    """The clause holding text[start:end], within text[lo_limit:hi_limit]."""
    lo = max((m.end() for m in _CLAUSE_SPLIT.finditer(text, lo_limit, start)), default=lo_limit)
    hi_match = _CLAUSE_SPLIT.search(text, end, hi_limit)
    return lo, hi_match.start() if hi_match else hi_limit


def _forecast(text: str, mention: PeriodMention, sentence: Sentence, rules: Rules) -> bool:
    """Is the clause that states the period in the future tense only ("в 2018-м … будет
    приходиться 775")? Such a forecast holds for its paragraph, not for the next ones."""
    lo, hi = _clause_around(text, mention, sentence)
    return _tenses(text, lo, hi, rules.context.speech) == {"futr"}


def _within_a_year(mention: PeriodMention) -> bool:
    """A month, a quarter, a day: a period shorter than a calendar year."""
    start, end = mention.period_start, mention.period_end
    return start is not None and end is not None and start.year == end.year \
        and not whole_year(mention)


def _same_clause(text: str, mention: PeriodMention, q: Quantity) -> bool:
    """'Инфляция в феврале составила 2,2%': a month said in the clause of the figure it dates
    is the period of a statistic, which goes on; 'В марте министр посетил завод, где работают
    900 человек' dates an event."""
    lo, hi = (mention.end, q.start) if mention.end <= q.start else (q.end, mention.start)
    return not _CLAUSE_BREAK.search(text, lo, hi)


_CLAUSE_BREAK = regex.compile(r"[,;:()«»\"—–]|\s-\s")


def _own_speaker(view: DocumentView, sentence: Sentence, quoted: dict[int, str],
                 reported: dict[int, str], state: _DocState, rules: Rules) -> str | None:
    """The speaker a sentence names itself; "по оценке ведомства" is the last organization."""
    speaker = quoted.get(sentence.index)
    if speaker is None or speaker == LAST_SPEAKER:  # a source the sentence names outranks it
        speaker = _source_in_sentence(view, sentence, rules) or speaker \
            or reported.get(sentence.index)
    if speaker == LAST_SPEAKER:  # "Отмечается, что …", "- говорится в сообщении"
        return state.speakers[-1] if state.speakers else None
    if speaker == LAST_PERSON:  # "- сказал он": someone, if not someone known, speaks now
        if state.last_person is None:
            state.release = None
        return state.last_person
    if speaker is None:
        return None
    if " " not in speaker:
        if word_info(speaker).lemma in rules.context.anaphoric_sources:
            return state.last_organization or speaker
        # "сказал Мусабеков" after "Ерлан Мусабеков" spoke: the full name
        speaker = next((s for s in state.speakers if s.rsplit(" ", 1)[-1] == speaker), speaker)
    state.speakers.append(speaker)
    if not any(e.type == "PER" and e.normal == speaker for e in view.entities):
        state.last_organization = speaker
    else:  # "сообщила руководитель Управления ФАС Наталия Гуревская": "ведомство" is her office
        state.last_person = speaker
        state.last_organization = _title_organization(view, sentence, rules) \
            or state.last_organization
    return speaker


LAST_SPEAKER = "\x00last"  # an attribution that names no one: the speaker named last goes on
LAST_PERSON = "\x00person"  # a pronoun: the person named last


def _title_organization(view: DocumentView, sentence: Sentence, rules: Rules) -> str | None:
    """The organization in the words after a source marker, where a person's title names it."""
    for marker in rules.context.source_markers.finditer(view.text, sentence.start, sentence.end):
        organization = _organization_after(
            view, _source_start(view.text, marker.end(), sentence, rules), sentence, rules)
        if organization:
            return organization
    return None


def _credit_earlier(contexts: list[Context], paragraphs: list[int], speaker: str,
                    sentence: Sentence, first_source: bool, refers_back: bool) -> None:
    """News names its source after the figures: "… 1,9 тыс. организаций заявили о сокращениях.
    Об этом сообщили в службе занятости." The first speaker of a document, named in its first
    paragraphs, speaks for every figure before it; a speaker introduced by "об этом" for the
    figures of its paragraph before it."""
    lead = sentence.paragraph <= _LEAD_PARAGRAPHS
    if not refers_back and not (first_source and lead):
        return
    rule = "speaker.lead" if lead else "speaker.back_reference"
    for i, context in enumerate(contexts):
        unnamed = context.speaker is None or "speaker.released" in context.rules
        if unnamed and (lead or paragraphs[i] == sentence.paragraph):
            contexts[i] = replace(context, speaker=speaker, rules=context.rules + (rule,))


def _main_release(view: DocumentView, sentence: Sentence, speaker: str, state: _DocState,
                  rules: Rules) -> bool:
    """Whether `speaker` is the organization whose data the article reports: the first source
    it names (or that one named again), not a person. A person's words stay in their
    paragraph; the data release the article is built on goes on into the paragraphs that list
    more of its figures ("По данным Росстата, …" and then a paragraph of prices by product).
    A source brought in later ("например, по данным …") stays in its paragraph too, and so
    does one its paragraph does not call data, a report or a poll ("…, сообщили в бюро")."""
    if state.first_source is not None and not _same_source(speaker, state.first_source):
        return False
    if state.release is not None and _same_source(speaker, state.release):
        return True  # the release named again
    paragraph = [s for s in view.sentences if s.paragraph == sentence.paragraph]
    own_name = {w[:5] for w in speaker.lower().split()}  # "Бюро … статистики" is a name
    called_data = any(m.group()[:5].lower() not in own_name for m in
                      rules.context.release_words.finditer(view.text, paragraph[0].start,
                                                           paragraph[-1].end))
    return called_data and not _is_person(view, speaker)


def _same_source(a: str, b: str) -> bool:
    """"Аналитический центр" is "Аналитический центр при правительстве РФ" named again."""
    short, long = sorted((set(a.lower().split()), set(b.lower().split())), key=len)
    return short <= long


def _is_person(view: DocumentView, speaker: str) -> bool:
    """A PER name ("Центр Асхад Гучетль" as NER joined a title to a name ends in one), or a
    word for people ("эксперт", "учёный") heading the speaker."""
    last = speaker.rsplit(" ", 1)[-1]
    if any(e.type == "PER" and e.normal.rsplit(" ", 1)[-1] == last for e in view.entities):
        return True
    first = word_info(speaker.split()[0])
    return first.known and first.animate and first.pos == "NOUN"


def _opens_with_quote(view: DocumentView, sentence: Sentence) -> bool:
    """A paragraph opening with a quote is someone's words, not the data reported before."""
    return view.text[_first_word(view.text, sentence) - 1:sentence.end][:1] in _QUOTE_MARKS \
        or view.text[sentence.start:sentence.end].lstrip()[:1] in _QUOTE_MARKS


_QUOTE_MARKS = frozenset('"«„“—–-')


def _released(contexts: list[Context], sentence: Sentence) -> bool:
    """Whether the speaker of the sentence before was carried over from an earlier paragraph."""
    return bool(contexts) and "speaker.released" in contexts[-1].rules \
        and sentence.index > 0


def _refers_back(view: DocumentView, sentence: Sentence, rules: Rules) -> bool:
    return bool(rules.context.backward_attribution.match(view.text, sentence.start, sentence.end))


_LEAD_PARAGRAPHS = 1  # paragraph indices 0..1: a dateline or headline line, then the lead


def _is_heading(view: DocumentView, sentence: Sentence, rules: Rules) -> bool:
    """A short line of its own without final punctuation: "8. Труд и занятость"; not a photo
    credit ("Reuters") or a bullet, which interrupt a paragraph without ending its topic."""
    text = view.text[sentence.start:sentence.end].strip()
    if _runs_on(view, sentence):
        return False
    neighbours = view.sentences[max(sentence.index - 1, 0):sentence.index + 2]  # index = position
    alone = all(s.paragraph != sentence.paragraph for s in neighbours if s is not sentence)
    return alone and len(text) < 90 and not text.endswith((".", "!", "?", ";", ":", "…", '"')) \
        and bool(rules.periods.heading_word.search(text))


def _runs_on(view: DocumentView, sentence: Sentence) -> bool:
    """A line broken inside its sentence ("В феврале\nрегулятор снизил ставку …", as scraped
    pages break around links): it has no final punctuation, and the next line goes on in lower
    case."""
    if sentence.index + 1 >= len(view.sentences):
        return False
    text = view.text[sentence.start:sentence.end].rstrip()
    if not text or text.endswith((".", "!", "?", ";", ":", "…")):
        return False
    nxt = view.sentences[sentence.index + 1]
    following = _FIRST_LETTER.search(view.text, nxt.start, nxt.end)
    return following is not None and following.group().islower()


_FIRST_LETTER = regex.compile(r"[^\W\d_]")


def _opens_new_frame(view: DocumentView, sentence: Sentence, rules: Rules) -> bool:
    """A plan ("Планируется: …") or a poll, which the period reported before is not about; a
    poll from the start of its paragraph, as its figures may come before the word "опрос"."""
    text = view.text[sentence.start:sentence.end]
    if rules.periods.plan_opening.search(text) or rules.periods.poll.search(text):
        return True
    first = sentence.index == 0 or view.sentences[sentence.index - 1].paragraph != sentence.paragraph
    rest = takewhile(lambda s: s.paragraph == sentence.paragraph,
                     view.sentences[sentence.index + 1:])  # the paragraph, not the document
    return first and any(rules.periods.poll.search(view.text, s.start, s.end) for s in rest)


def _advance_period(state: _DocState, mentions: list[PeriodMention],
                    comparisons: list[tuple[int, int, str]], runs_on: bool = False) -> bool:
    """The first period a sentence without figures states carries on; a month without its year
    only when its line runs on into the figures' clause ("В феврале\nрегулятор снизил …")."""
    for mention in mentions:
        carried = mention.rule not in _NOT_CARRIED \
            or runs_on and mention.rule == "period.month_of_event"
        if mention.kind == "explicit" and carried and not _inside(mention.start, comparisons) \
                and mention.period_start is not None:
            state.period = mention
            return True
    return False


# "… до 56,4 тыс.", "… с 3,5% до": a level right after "до" or "с"
_LEVEL_LEAD = regex.compile(r"(?<!\w)(?P<word>до|со?)\s+$", regex.IGNORECASE)
_FIGURE_THEN_LEVEL = regex.compile(r"\s*(?:до|[-–—])\s*(?:до\s+)?", regex.IGNORECASE)
_FROM_TO = regex.compile(r"\s*(?:[^\W\d_]+\s+){0,2}до\s", regex.IGNORECASE)
# "6,1, 6,6 и 6,5%": figures of one list; "0,8% ВВП соответственно": words up to "соответственно"
_FIGURE_LIST_GAP = regex.compile(r"\s*(?:,|и|[-–—])\s*(?:и\s+)?")
_RESPECTIVE_TAIL = regex.compile(r"[^\d.;:!?()]{0,40}")
_YEAR_LIST_GAP = regex.compile(r"\s*(?:,|и)\s*")


def _figure_runs(text: str, quantities: list[Quantity]) -> list[list[Quantity]]:
    """Runs of two or more figures written as one list ("6,1, 6,6 и 6,5%")."""
    runs: list[list[Quantity]] = []
    for q in quantities:
        if runs and _FIGURE_LIST_GAP.fullmatch(text, runs[-1][-1].end, q.start):
            runs[-1].append(q)
        else:
            runs.append([q])
    return [run for run in runs if len(run) > 1]


# --- totals over several periods ------------------------------------------------------------

_OWN_PERIOD = frozenset({"ctx.period_in_sentence", "ctx.period_in_parenthesis"})


def _date_totals(text: str, quantities: list[Quantity], contexts: list[Context],
                 rules: Rules) -> list[Context]:
    """A total over parts dated year by year is for all their years ("245 тыс. руб., в том
    числе по годам: 2017 г. – 84 …; 2019 г. – 84 …" → 2017–2019; so is a "Всего – 245" after
    such lines); its undated parts ("городской бюджет – …") are for the same span."""
    out = _span_totals(text, quantities, contexts, rules)
    for index, ctx in enumerate(out):
        parent = out[ctx.parent_index] if ctx.parent_index is not None else None
        if parent is not None and "ctx.period_of_parts" in parent.rules \
                and not _has_own_period(ctx):
            out[index] = replace(ctx, period_start=parent.period_start, period_end=parent.period_end,
                                 period_text=parent.period_text,
                                 rules=ctx.rules + ("ctx.period_of_total",))
    return out


def _span_totals(text: str, quantities: list[Quantity], contexts: list[Context],
                 rules: Rules) -> list[Context]:
    out = list(contexts)
    children: dict[int, list[Context]] = {}
    for ctx in out:
        if ctx.parent_index is not None and _has_own_period(ctx):
            children.setdefault(ctx.parent_index, []).append(ctx)
    for index in range(len(out)):
        if _has_own_period(out[index]):
            continue
        if _is_total_line(text, quantities[index], rules):
            parts = _dated_run_before(out, index)
        else:
            parts = children.get(index, [])
        span = _span_of(parts)
        if span is not None and not _covers(out[index], span):
            out[index] = replace(out[index], period_start=span[0], period_end=span[1],
                                 period_text=span[2], rules=out[index].rules + ("ctx.period_of_parts",))
    return out


def _covers(ctx: Context, span: tuple[date, date, str]) -> bool:
    """A carried programme term ("на 2014-2020 годы") already covers its years."""
    return ctx.period_start is not None and ctx.period_start <= span[0] \
        and span[1] <= ctx.period_end


def _has_own_period(ctx: Context) -> bool:
    return ctx.period_start is not None and bool(_OWN_PERIOD.intersection(ctx.rules))


def _is_total_line(text: str, q: Quantity, rules: Rules) -> bool:
    """'Всего – 245 тыс. руб.', '- итого: 900 тыс. руб.'"""
    label = text[text.rfind("\n", 0, q.start) + 1:q.start]
    label = regex.sub(r"^[\s\-–—•*·]+|[\s\-–—:]+$", "", label).lower()
    return bool(rules.context.total_labels.fullmatch(label))


def _dated_run_before(contexts: list[Context], index: int) -> list[Context]:
    """The figures right before `index` that each state their own period."""
    run = []
    for ctx in reversed(contexts[:index]):
        if not _has_own_period(ctx):
            break
        run.append(ctx)
    return run


def _span_of(parts: list[Context]) -> tuple[date, date, str] | None:
    """From the first to the last period of `parts`, if they hold more than one."""
    periods = {(ctx.period_start, ctx.period_end) for ctx in parts}
    if len(periods) < 2:
        return None
    first = min(parts, key=lambda ctx: ctx.period_start)
    last = max(parts, key=lambda ctx: ctx.period_end)
    return first.period_start, last.period_end, f"{first.period_text} – {last.period_text}"


_WORD_AFTER = regex.compile(r"\s+([^\W\d_]+)")
_PARENTHESES = regex.compile(r"\(([^()]*)\)")
_CAPITALIZED_TAIL = regex.compile(r"\s+([А-ЯA-Z][^,.;:()]{2,80})")


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
    spans.extend(_base_periods(text, sentence, rules, periods, spans))
    for paren in _PARENTHESES.finditer(text[sentence.start:sentence.end]):
        start = sentence.start + paren.start()
        spans.append((start, sentence.start + paren.end(), "paren"))
    return spans


def _base_periods(text: str, sentence: Sentence, rules: Rules, periods: list[PeriodMention],
                  spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The comparison a base period states ('на 63% меньше, чем годом ранее', 'больше, чем в 2015
    году' → '2015 год'), from the word that makes it a base ('чем', 'с', 'к') to its end."""
    out = []
    for mention in periods:
        if mention.kind != "base" or mention.period_start is None \
                or _inside(mention.start, spans):
            continue
        lead = _BASE_LEAD.search(text, sentence.start, mention.start)
        start = lead.start() if lead else mention.start
        phrase = f"{mention.period_start.year} год" if whole_year(mention) \
            else nominative_phrase(_lower_common(mention.text))
        out.append((start, mention.end, phrase))
    return out


# the words that make a period a base, right before it: "чем в", "чем", "с", "к", "от уровня"
_BASE_LEAD = regex.compile(r"(?<!\w)(?:(?:чем|нежели)\s+(?:(?:в|во|за|на)\s+)?|(?:от\s+)?уровн\w*\s+"
                           r"|(?:начиная\s+)?со?\s+|к\s+)$", regex.IGNORECASE)


# --- speakers ------------------------------------------------------------------------------

def _attributed_quotes(text: str, rules: Rules):
    """(quote start, quote end, attribution) of every quote followed by ", - verb who". A quote
    that opens its paragraph runs from the paragraph start, whatever quoted names it holds
    ("… в компанию "Колмар" трудоустроено 943 человека …", - сказал Москвитин)."""
    for attribution in rules.context.quote_attribution.finditer(text):
        end = attribution.start()
        line_start = text.rfind("\n", 0, end) + 1
        if text.startswith('"', line_start):
            start = line_start
        else:
            start = text.rfind('"', line_start, end)
            if start < 0 or end - start <= _SHORTEST_QUOTE:
                continue
        yield start, end, attribution


_SHORTEST_QUOTE = 10


def _attributed_speakers(view: DocumentView, asked: set[int], rules: Rules
                         ) -> tuple[dict[int, str], dict[int, str]]:
    """Speakers named by attribution, sentence by sentence: the sentences of a quote attributed
    after it ("«…», – сообщил X"), and sentences of reported speech ending in an attribution
    ("…, добавил Мельников.") or opening with one ("Морозов отмечал, что …"). A pronoun
    ("добавил он") means the last named speaker. Returned apart because a source named in the
    sentence itself ("по данным МВД, …, сообщил Петров") outranks reported speech, not quotes."""
    quotes = list(_attributed_quotes(view.text, rules))
    persons = [e for e in view.entities if e.type in ("PER", "ORG")]
    quoted: dict[int, str] = {}
    reported: dict[int, str] = {}
    last_person: str | None = None
    for sentence in view.sentences:
        if sentence.index not in asked:
            continue
        for found, attributions in (
                (quoted, [q[2] for q in quotes if q[0] <= sentence.start < q[1]]),
                (reported, _reported_speech(view.text, sentence, rules))):
            speaker = next(filter(None, (_attributed_speaker(a, persons, last_person, rules)
                                         for a in attributions)), None)
            if speaker:
                found[sentence.index] = last_person = speaker
                break
    return quoted, reported


def _speech_verb(attribution, rules: Rules) -> bool:
    lemma = word_info(attribution.group("verb")).lemma
    return lemma in rules.context.speech or lemma in rules.context.impersonal_speech


def _reported_speech(text: str, sentence: Sentence, rules: Rules) -> list:
    """Attributions of reported speech in a sentence: trailing ("…, добавил Мельников."),
    leading ("Морозов отмечал, что …") and possessive ("По его словам")."""
    found = []
    last_comma = text.rfind(",", sentence.start, sentence.end)
    if last_comma >= 0:  # the trailing speaker holds no comma: only the last one can start it
        found.append(rules.context.trailing_attribution.match(text, last_comma, sentence.end))
    if text.find(", что", sentence.start, sentence.end) >= 0:
        found.append(rules.context.leading_attribution.search(text, sentence.start, sentence.end))
    found.append(rules.context.possessive_source.search(text, sentence.start, sentence.end))
    opening = rules.context.impersonal_opening.match(text, _first_word(text, sentence),
                                                     sentence.end)
    if opening and word_info(opening.group("verb")).lemma in rules.context.impersonal_speech:
        found.append(opening)  # "Отмечается, что …": the source named last goes on
    return [m for m in found if m]


def _first_word(text: str, sentence: Sentence) -> int:
    found = _FIRST_LETTER.search(text, sentence.start, sentence.end)
    return found.start() if found else sentence.end


def _attributed_speaker(attribution, persons: list[Entity], last_person: str | None,
                        rules: Rules) -> str | None:
    verb = attribution.groupdict().get("verb")
    if verb is not None and not _speech_verb(attribution, rules):
        return None
    if "who" not in attribution.re.groupindex:  # "Отмечается, что"
        return last_person or LAST_SPEAKER
    who_start, who_end = attribution.start("who"), attribution.end("who")
    aside = rules.context.source_aside.match(attribution.string, who_start - 1, who_end)
    if aside:  # "- пояснили RT в компании": the outlet told is not the source
        who_start = max(who_start, aside.end() + 1)
    named = [e for e in persons if who_start <= e.start < who_end]
    if named:  # the name nearest the verb: "…с Дмитрием Медведевым Морозов отмечал, что"
        return (named[-1] if verb is None or who_start < attribution.start("verb")
                else named[0]).normal
    words = attribution.string[who_start:who_end].split()
    if not words:
        return None
    leading = verb is not None and who_start < attribution.start("verb")
    if word_info(verb or "").lemma in rules.context.impersonal_speech:
        # "- говорится в сообщении": the source named last; "Ранее сообщалось, что" (the
        # agency's own earlier reports): no one
        return None if leading else last_person or LAST_SPEAKER
    if word_info(words[0].lower()).lemma in rules.context.speaker_pronouns:
        return last_person or LAST_PERSON  # "- сказал он": a person, not Росстат
    if words[0].lower() in ("в", "во") and len(words) > 1 \
            and word_info(words[1].lower()).lemma in rules.context.anaphoric_sources:
        return word_info(words[1].lower()).lemma  # "В ведомстве уточнили": see _own_speaker
    if leading and all(w[:1].isupper() for w in words) and word_info(words[-1]).pos == "NOUN":
        return nominative_phrase(" ".join(words))  # "Черняк напомнил, что": a name NER missed
    return None


def speaker_sentences(sentences: list[Sentence], per_sentence: list[list[Quantity]]
                      ) -> list[Sentence]:
    """The sentences whose speaker can reach a figure: those of a paragraph with figures (a
    source goes on through its paragraph, "об этом" looks back in it), and the lead paragraphs
    when they hold figures (the lead's source may come after them). The NER model reads the
    sources of these only, so attribution looks nowhere else, whatever the NER scope."""
    figure_paragraphs = {s.paragraph for s, found in zip(sentences, per_sentence, strict=True)
                         if found}
    lead = bool(figure_paragraphs)  # the lead names the source of what follows
    return [s for s in sentences
            if s.paragraph in figure_paragraphs or lead and s.paragraph <= _LEAD_PARAGRAPHS]


def speaker_spans(text: str, sentences: list[Sentence], rules: Rules) -> list[tuple[int, int]]:
    """The only stretches of text where context reads PER/ORG entities: a quote's attribution,
    the attribution of reported speech ("…, добавил Мельников", "Морозов отмечал, что") and a
    source marker of one of `sentences` with the words after them. NER needs to read
    nothing else; the marker's own words stay in so that the model sees a name in context
    ("сказал Москвитин" is a person, "Москвитин" alone is nothing to it). Where the words a
    name could stand in hold no capital letter there is no name, and NER does not read them."""
    spans = []  # (start, where a name may start, end)
    for _start, _end, a in _attributed_quotes(text, rules):
        spans.append((a.start("verb"), a.start("who"), a.end("who")))
    for sentence in sentences:
        for found in _reported_speech(text, sentence, rules):
            if {"verb", "who"} <= found.re.groupindex.keys() and _speech_verb(found, rules):
                spans.append((min(found.start("verb"), found.start("who")), found.start("who"),
                              max(found.end("verb"), found.end("who"))))
        for marker in rules.context.source_markers.finditer(text, sentence.start, sentence.end):
            at = _source_start(text, marker.end(), sentence, rules)
            spans.append((marker.start(), at, _clause_end(text, at + _NAME_WINDOW, sentence)))
    return _merged([(start, end) for start, name, end in spans
                    if _CAPITAL.search(text, name, end)])


_CAPITAL = regex.compile(r"\p{Lu}")
_NAME_WINDOW = 120  # characters after a source marker in which its name must lie


def _clause_end(text: str, pos: int, sentence: Sentence) -> int:
    """The end of the clause around `pos`: NER reading a window that ends inside a long name
    ("Организацию стран экономического | сотрудничества и развития") would cut the name."""
    if pos >= sentence.end:
        return sentence.end
    found = _CLAUSE_MARK.search(text, pos, sentence.end)
    return found.start() if found else sentence.end


_CLAUSE_MARK = regex.compile(r"[,;:!?«»\"]")


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _source_start(text: str, at: int, sentence: Sentence, rules: Rules) -> int:
    skipped = rules.context.source_aside.match(text, at, sentence.end)
    return skipped.end() if skipped else at


def _source_in_sentence(view: DocumentView, sentence: Sentence, rules: Rules) -> str | None:
    """'по данным Бюро национальной статистики' / 'сообщает Zakon.kz' → the source."""
    for marker in rules.context.source_markers.finditer(view.text, sentence.start, sentence.end):
        at = _source_start(view.text, marker.end(), sentence, rules)
        named = [e for e in view.entities if e.type in ("ORG", "PER") and at <= e.start <= at + 3]
        if named:
            return _whole_organization(view, named[0])
        person = _titled_person(view, at, sentence)
        if person:
            return person
        tail = _CAPITALIZED_TAIL.match(view.text, at, sentence.end)
        if tail:
            return nominative_phrase(_source_name(tail.group(1), rules))
        office = rules.context.source_office.match(view.text, at, sentence.end)
        if office:
            return nominative_phrase(_source_name(office.group(1).strip(), rules))
        organization = _organization_after(view, at, sentence, rules)
        if organization:
            return organization
        noun = _WORD_AFTER.match(view.text, at, sentence.end)
        lemma = word_info(noun.group(1)).lemma if noun else None
        if lemma in rules.context.anaphoric_sources:
            return lemma  # "по данным статоргана": see _own_speaker
    return None


def _titled_person(view: DocumentView, at: int, sentence: Sentence) -> str | None:
    """"сообщил глава региона Сергей Морозов": a person named after their title."""
    return next((e.normal for e in _named_after(view, at, sentence) if e.type == "PER"), None)


def _organization_after(view: DocumentView, at: int, sentence: Sentence, rules: Rules
                        ) -> str | None:
    """"свидетельствуют данные статистики, опубликованные Федеральным ведомством уголовной
    полиции": failing a closer name, the organization in the words after the marker; not the
    outlet told ("данные, предоставленные RT пресс-службой МВД")."""
    named = [e for e in _named_after(view, at, sentence) if e.type == "ORG"]
    sources = [e for e in named if not rules.context.source_aside.fullmatch(" " + e.text)]
    return _whole_organization(view, (sources or named)[0]) if named else None


def _named_after(view: DocumentView, at: int, sentence: Sentence) -> list[Entity]:
    window_end = min(at + _NAME_WINDOW, sentence.end)
    return [e for e in view.entities if e.type in ("PER", "ORG") and at <= e.start < window_end
            and not _REPORTED_CLAUSE.search(view.text, at, e.start)]


_REPORTED_CLAUSE = regex.compile(r",\s*(?:что|как|когда|где)\b")


def _source_name(tail: str, rules: Rules) -> str:
    """The name at the start of `tail`: its words up to a preposition, a number or a verb."""
    words = tail.split()
    kept = words[:1]
    for word in words[1:_SOURCE_NAME_WORDS]:
        if word.lower() in rules.context.source_name_stops or any(c.isdigit() for c in word) \
                or word_info(word).pos in _NOT_IN_NAME:
            break
        kept.append(word)
    return " ".join(kept)


_SOURCE_NAME_WORDS = 8
_NOT_IN_NAME = {"VERB", "INFN", "PRTS", "GRND", "ADVB"}


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


# --- one sentence --------------------------------------------------------------------------

# "241,7 тыс. направились в Россию, 29,3 тыс. – в Казахстан": the place after the dash is the
# figure's own, whatever the clause before it named
_DASH_THEN_PLACE = regex.compile(r"\s*[–—-]\s*(?:(?:в|во|из|на|с|со)\s+)?")


_DIGIT = regex.compile(r"\d")
_HORIZONTAL_SPACE = regex.compile(r"[ \t\xa0]*")  # a figure and a period on one line
# "в январе", "за 2021 год": a period that names its own relation (not a label "2017 год -",
# nor "12% к 2022 году", a base)
_PERIOD_PREPOSITION = regex.compile(r"(?:в|во|за|на|по)\s", regex.IGNORECASE)
_SPACE_PREPOSITION = regex.compile(r"[ \t\xa0]+(?:в|во|за|на|по)[ \t\xa0]+", regex.IGNORECASE)


# "около 4 тыс. – гражданам Азербайджана": the people a listed figure counts, after its dash
_DASH_THEN_WORD = regex.compile(r"\s*[–—-]\s*(?P<word>[^\W\d_]+)\s+(?:из\s+)?")
# "на 1,2% в Иркутской области и на 1,4% в Хабаровском крае": a place right after its figure
_IN_PLACE = regex.compile(r"[ \t\xa0]+(?:в|во)[ \t\xa0]+")


_WHERE = regex.compile(r"\s*,\s*где\b[^,;:()]*$", regex.IGNORECASE)  # "…, где" up to the figure


# ", ", " и ", ", в " between two places of one list
_LIST_JOINER = regex.compile(r"(?:\s*\([^()]*\))?\s*(?:,|и|или)\s*(?:(?:в|во|на)\s+)?")


class _SentenceView:
    """Tokens, places and periods of one sentence, and the rules to read a figure's context."""

    def __init__(self, view: DocumentView, sentence: Sentence, quantities: list[Quantity],
                 periods: list[PeriodMention], comparisons, rules: Rules,
                 speaker: str | None):
        self.view, self.sentence, self.quantities = view, sentence, quantities
        self.rules, self.ctx = rules, rules.context
        self.toks = tokenize(view.text, sentence.start, sentence.end)
        self.periods, self.comparisons = periods, comparisons
        self.places = self._places()
        self.speaker = speaker
        self.previous: list[Context] = []
        self.frame: Place | None = None  # the place framing the paragraph (_update_frame)
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
        place, partner = self._place(index, window, right, indicator, fired, state)
        period = self._period(q, state, fired)
        if index == 0 and period is not None and fired[-1:] == ["ctx.period_in_sentence"]:
            self.first_period = period
        elif index == 0 and fired[-1:] == ["ctx.period_respective"]:
            self.first_period = self._respective_source  # the years of the list carry on
        period = self._level_in_span(index, period, fired)
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
    # Rules in order (_SUBJECT_RULES); the first that yields a phrase wins. First what marks
    # the figure itself:
    #   - "из них 307 тыс. человек – в межрегиональном переселении": the phrase after the dash;
    #   - "63,8 млрд рублей — это объем расходов": the noun phrase after "— это";
    #   - "52,2 млрд рублей (100,6%)": a bracket right after a figure restates it;
    #   - "мегаполисы (50%)": the noun phrase right before the bracket;
    #   - "20 млн рублей доходов": the genitive after an amount of money;
    #   - "с 18% до 17%", "96 коек на 10 тыс. жителей": the subject of the figure before;
    # then the noun phrase or the verb the figure belongs to:
    #   - "с прогнозным объемом инвестиций 56 млн", "потери бюджета – 1074 млн": a noun phrase
    #     standing right before the figure (value introducers like "в размере" skipped);
    #   - "38,2% от общего числа трудоустроенных": a share of the stated whole;
    #   - "пятеро выступили против": an item's own verb; an item of an elliptical list takes
    #     the subject of the item before it;
    #   - "получил 140 тысяч открыток": the counted object of a transitive verb;
    #   - a predicate in the clause: a light-verb template ("приняли участие в …"), a flow verb
    #     ("прибыло …"), a price verb ("подорожали яблоки" → "цена яблок"), a passive
    #     participle ("выдано 500 разрешений"), or the noun phrase the verb is said of
    #     ("сальдо миграции составило …", "на 15% упала рождаемость");
    # and, failing those, the counted noun phrase, the nearest nominative noun phrase, the
    # share of a group ("63% американцев полагают …"), a subjectless verb with its
    # complements, people counted by their own verb ("обратились 900 тыс. человек"), and the
    # subject carried from before in the paragraph.

    def _subject(self, index, window, right, state, parent, fired) -> tuple[str | None, str | None]:
        clues = self._clues(index, window, right, parent)
        for rule_id, rule in _SUBJECT_RULES:
            found = rule(self, clues, state, fired)
            if found is not None:
                if rule_id:
                    fired.append(rule_id)
                return found
        return None, None

    def _clues(self, index, window, right, parent) -> _Clues:
        """What the subject rules read about one figure, computed once."""
        q = self.quantities[index]
        people = q.unit in ("person", None)
        verb = self._predicate(self._own_clause(window), people) \
            or self._predicate(right[:4], people)
        value_start = self._before_introducers(q.start)
        introduced = bool(self.view.text[value_start:q.start].strip())  # "на уровне", "–"
        if not introduced and q.unit != "times":
            value_start, introduced = self._value_after_noun(value_start)
        if not introduced and verb is None and self._apposed(q, value_start):
            value_start, introduced = len(self.view.text[:value_start].rstrip()) - 1, True
        if introduced:  # "договоров аренды в 2017 году – 1009": the period is not the subject
            value_start = self._before_period(value_start)
        adjacent = self._np_ending_at(value_start, any_case=True, adjacent=True)
        if adjacent is None and introduced:  # "к мобилизации транша в размере 3 млрд"
            adjacent = self._noun_right_before(value_start)
        if adjacent and self._own_counted(q) and self._governed_before(value_start):
            adjacent = None  # "на создание четырех центров": the centres are counted
        adjacent = self._measure_of(value_start) or adjacent
        if adjacent is None and not introduced:
            adjacent = self._changed_by(q.start)
            introduced = adjacent is not None
        if adjacent and word_info(adjacent.split()[-1]).lemma in self.ctx.level_nouns \
                and len(adjacent.split()) <= 2:
            adjacent = None  # "показав исторический минимум — 8,4%": a level, not a subject
        if adjacent and not introduced and not self.view.text[value_start:q.start].strip():
            adjacent = _joined([adjacent, self._counted_genitive(q)])
        adjacent = self._capacity(q) or adjacent
        return _Clues(index, q, window, right, parent, verb, introduced, adjacent,
                      self._share_of_base(q))

    def _capacity(self, q: Quantity) -> str | None:
        """'четырех дошкольных учебных заведений на 1040 мест' → 'места в дошкольных учебных
        заведениях': places, flats or beds counted after "на" (or "под") that follows a noun
        are its capacity, the counted things in what holds them."""
        if not self._own_counted(q) or q.counted not in self.ctx.capacity_nouns:
            return None
        before = [t for t in self.toks if t.end <= q.number_start]
        k = len(before) - 1
        while k >= 0 and before[k].start >= q.start and before[k].pos != "PREP":
            k -= 1  # "более чем на 1000 мест": the qualifier is in the figure
        if k < 1 or before[k].lemma not in ("на", "под"):
            return None
        owner = max(i for i in range(k) if before[i].end <= q.start) if before[0].end <= q.start \
            else None
        if owner is None or any(before[i].start < q.start for i in range(owner + 1, k)):
            return None
        tok = before[owner]
        if tok.pos != "NOUN" or self._in_place(tok) or self._in_period(tok) \
                or tok.lemma in self.ctx.not_subject \
                or tok.lemma in self.ctx.change_nouns:  # "рост на 300 мест": a change
            return None  # (it may be counted itself: "трех детсадов на 1000 мест")
        start = owner
        while start > 0 and before[start - 1].pos in ("ADJF", "PRTF") \
                and not self._is_number(before[start - 1]):
            start -= 1
        counted_holder = start > 0 and (self._is_number(before[start - 1])
                                        or before[start - 1].pos == "NUMR")
        at = self._counted_index(q)
        counted = _to_case([self.toks[at]], "nomn", force_number="plur") if at is not None \
            else None
        if not counted:
            return None
        holder = _in_case(_to_case(before[start:owner + 1], "nomn",  # "два дома": plural
                                   force_number="plur" if counted_holder else None), "loct")
        return _joined([counted, "в", holder])

    def _counted_genitive(self, q: Quantity) -> str:
        """'предусматривал создание 50 тыс. новых рабочих мест' → 'новых рабочих мест': the
        noun a figure counts, as written in the genitive, when the number and its noun are the
        genitive complement of the noun right before them; empty otherwise."""
        if not self._own_counted(q):
            return ""
        at = self._counted_index(q)
        if at is None or "gent" not in self.toks[at].info.cases or self._in_place(self.toks[at]) \
                or any(t.pos == "PREP" for t in self.toks
                       if q.start <= t.start and t.end <= q.number_start):
            return ""  # "детсады более чем на 1000 мест": capacity, not a genitive object
        first = at
        while first > 0 and self.toks[first - 1].pos in ("ADJF", "PRTF") \
                and self.toks[first - 1].start >= q.number_end:
            first -= 1
        end = next((o.start for o in self.quantities if o.start > q.end), self.sentence.end)
        words = self.toks[first:at + 1] + self._tail(self.toks, at, end)[0]
        while words[-1].pos in ("PREP", "CONJ", "PRCL", "ADVB"):
            words.pop()  # "мест в [2020 году]": the tail stopped at a period
        return _joined([_lower_common(t.text) for t in words])

    def _changed_by(self, pos: int) -> str | None:
        """'благодаря увеличению валового продукта на 3%' → 'валовой продукт': a change noun
        with its genitive attributes right before "на" and the figure is a change of them."""
        before = [t for t in self.toks if t.end <= pos]
        if len(before) < 3 or before[-1].lemma != "на":
            return None
        k = len(before) - 2
        while k > 0 and (before[k].pos in ("ADJF", "PRTF") or before[k].pos == "NOUN"
                         and "gent" in before[k].info.cases
                         and before[k - 1].pos in ("NOUN", "ADJF", "PRTF")) \
                and not self._in_place(before[k]) and not self._in_period(before[k]):
            k -= 1
        if before[k].pos != "NOUN" or before[k].lemma not in self.ctx.change_nouns \
                or k == len(before) - 2:
            return None
        return self._phrase_from(before, k, before[-1].start)

    def _own_clause(self, window: list[Tok]) -> list[Tok]:
        """The window from the last relative clause it opens on ("уезжают в Польшу, где
        зарплаты в 4 раза выше"): a verb before that comma is another clause's."""
        for k in range(len(window) - 1, 0, -1):
            if window[k - 1].text == "," and _RELATIVE.match(
                    self.view.text, window[k - 1].start):
                return window[k:]
        return window

    def _value_after_noun(self, pos: int) -> tuple[int, bool]:
        """'с зарплатой в 15 тыс.', 'расходами в 61,7 млрд рублей': "в" between a noun and the
        figure introduces the noun's value; the position before "в", and whether it was."""
        before = [t for t in self.toks if t.end <= pos]
        if len(before) < 2 or before[-1].lemma not in ("в", "во") \
                or self.view.text[before[-1].end:pos].strip():
            return pos, False
        noun = before[-2]
        if noun.pos != "NOUN" or self._in_place(noun) or self._in_period(noun) \
                or noun.lemma in self.ctx.not_subject or noun.lemma in self.ctx.level_nouns \
                or self._is_figure(noun):
            return pos, False
        k = len(before) - 2
        while k > 0 and (before[k - 1].pos in ("ADJF", "PRTF") or before[k].pos == "NOUN"
                         and "gent" in before[k].info.cases and before[k - 1].pos == "NOUN"):
            k -= 1
        if k > 0 and before[k - 1].pos in ("VERB", "INFN", "GRND"):
            return pos, False  # "обойдется бюджету региона в 5 млн": the verb's object
        return before[-1].start, True

    def _found(self, phrase: str | None) -> tuple[str | None, str | None] | None:
        return self._with_indicator(phrase) if phrase else None

    def _rule_after_dash(self, c: _Clues, state, fired):
        return self._found(self._after_dash_phrase(c.right)) if c.parent is not None else None

    def _rule_this_is(self, c: _Clues, state, fired):
        """'63,8 млрд рублей — это объем расходов': the noun phrase after "— это" names what
        the figure before it is."""
        words = c.right[1:] if c.right and c.right[0].text == "-" else []
        if len(words) < 2 or words[0].lemma != "это" or words[1].pos not in ("NOUN", "ADJF"):
            return None
        head = next((i for i, t in enumerate(words[1:], 1) if t.pos == "NOUN"), None)
        if head is None or any(t.pos != "ADJF" for t in words[1:head]) \
                or "nomn" not in words[head].info.cases or self._in_place(words[head]):
            return None
        end = next((q.start for q in self.quantities if q.start > c.q.end), self.sentence.end)
        at = self.toks.index(words[head])
        return self._found(self._phrase_from(self.toks, at, end))

    def _rule_restated(self, c: _Clues, state, fired):
        """'расходы — 52,2 млрд рублей (100,6%)', '6,2 млрд рублей (на 16,8% больше)': a
        figure in a bracket opened right after another figure is said of the same thing."""
        if not c.index or not self.previous or c.base:  # "(38,2% от общего числа …)"
            return None
        if any(q.unit == c.q.unit and "ctx.subject_share_of_base" in ctx.rules
               for q, ctx in zip(self.quantities, self.previous, strict=False)):
            return None  # "164 человека (38,2% от всех), 62 человека (14,5%)": shares too
        before = self.quantities[c.index - 1]
        between = self.view.text[before.end:c.q.start]
        unit = _UNIT_WORDS.match(between) if before.unit is None else None
        if unit and all(word_info(w).pos in ("ADJF", "NOUN") and "gent" in word_info(w).cases
                        for w in unit.group().split()):
            between = between[unit.end():]  # "25 базовых пунктов (0,25%)"
        if not _RESTATED.fullmatch(between):
            return None
        return self.previous[-1].subject, self.previous[-1].indicator

    def _rule_parenthesized(self, c: _Clues, state, fired):
        if self._parenthesized(c.q):
            bracket = len(self.view.text[:c.q.start].rstrip()) - 1
        else:  # "из-за удорожания продуктов (на 1,2% в Иркутской области и …)"
            opened = _OPENS_BRACKET.search(self.view.text, self.sentence.start, c.q.start)
            if c.index and self.quantities[c.index - 1].end > self.sentence.start \
                    or opened is None:
                return None
            bracket = opened.start()
        phrase = self._introduced_np(bracket) or self._np_ending_at(bracket, any_case=True) \
            or self._chain_ending_at(bracket)
        return self._found(phrase and self._with_said_of_group(c.q, bracket, phrase))

    def _chain_ending_at(self, pos: int) -> str | None:
        """'из-за удорожания продуктов питания' → 'удорожание продуктов питания': a noun with
        its genitive attributes ending at `pos`, whatever governs it."""
        toks = [t for t in self.toks if t.end <= pos]
        k = len(toks) - 1
        if k < 0 or toks[k].pos != "NOUN" or self._in_place(toks[k]) or self._in_period(toks[k]):
            return None
        while True:
            p = k - 1
            while p >= 0 and toks[p].pos in ("ADJF", "PRTF"):
                p -= 1
            if self._attribute(toks, k):
                k = p  # "удорожания [продуктов]"
            elif p >= 1 and toks[p].pos == "PREP" and toks[p - 1].pos == "NOUN" \
                    and not self._in_place(toks[k]):
                k = p - 1  # "пособия [по безработице]"
            else:
                break
        if toks[k].lemma in self.ctx.not_subject:
            return None
        return self._phrase_from(toks, k, pos)

    def _introduced_np(self, pos: int) -> str | None:
        """'выплата стипендии в размере минимального размера оплаты труда (11 тыс. рублей)':
        the bracketed figure is the value of the noun phrase after the value introducer."""
        clause_start = max((t.end for t in self.toks if t.end <= pos and not t.word
                            and t.text in _CLAUSE_PUNCT), default=self.sentence.start)
        matches = list(self.ctx.value_introducers.finditer(self.view.text, clause_start, pos))
        if not matches:
            return None
        found = matches[-1]
        after = [i for i, t in enumerate(self.toks) if found.end() <= t.start and t.end <= pos]
        head = next((i for i in after if self.toks[i].pos == "NOUN"), None)
        if head is None or any(not self.toks[i].word or self.toks[i].pos in ("VERB", "PRTS")
                               for i in after):
            return None
        return self._phrase_from(self.toks, head, pos)

    def _rule_money_of(self, c: _Clues, state, fired):
        return self._found(self._money_of(c.q))

    def _rule_new_level(self, c: _Clues, state, fired):
        if c.index and self.previous and self._new_level(c.window):
            return self.previous[-1].subject, self.previous[-1].indicator
        return None

    def _rule_age(self, c: _Clues, state, fired):
        """'женщины выходят на пенсию в 55 лет' → 'возраст, в котором выходят на пенсию': years
        after "в" are the age at which the clause's verb happens."""
        before = [t for t in self.toks if t.end <= c.q.start]
        if c.q.unit != "year" or not before or before[-1].text.lower() != "в":
            return None
        verb = next((t for t in reversed(before) if t.pos == "VERB"), None)
        if verb is None or self._states_figure(verb):
            return None
        between = [t for t in before[:-1] if t.start > verb.start]
        if not self._adverbials_only(between):
            return None
        words = [verb] + self._without_places(between)
        return self._found(_joined([self.ctx.age_phrase] + [t.text.lower() for t in words]))

    def _rule_most_of(self, c: _Clues, state, fired):
        """'Больше всего патентов получили граждане Узбекистана – 55,1 тыс.': the genitive
        after the superlative quantifier of the clause is what its figures count."""
        found = self.ctx.most_of.search(self.view.text, self.sentence.start, c.q.start)
        if found is None:
            return None
        at = next((i for i, t in enumerate(self.toks) if t.start >= found.end()), None)
        if at is None or self.toks[at].pos != "NOUN" or "gent" not in self.toks[at].info.cases:
            return None
        return self._found(self._phrase_from(self.toks, at, c.q.start, number="plur"))

    def _rule_price_item(self, c: _Clues, state, fired):
        """'Капуста стоит 40 рублей, помидоры — 60, лук репчатый — 35': an item of a list
        after a price, named before a dash with no verb of its own, is priced like the
        first ("цена помидоров", "цена лука репчатого")."""
        if not c.index or not self.previous or self._has_verb(c.window) or not any(
                rule in self.previous[-1].rules for rule in _PRICE_RULES):
            return None
        words = c.window[:-1] if c.window and c.window[-1].text == "-" else []
        cut = max((i + 1 for i, t in enumerate(words) if t.text in (",", ";")
                   or t.lemma in ("и", "а")), default=0)
        item = words[cut:]
        if not item or item[0].pos != "NOUN" or "nomn" not in item[0].info.cases \
                or self._in_place(item[0]) or item[0].lemma in self.ctx.not_subject \
                or any(t.pos not in ("NOUN", "ADJF") for t in item):
            return None
        head = [item[0]] + [t for t in item[1:] if t.pos == "ADJF"][:1] \
            if len(item) == 2 and item[1].pos == "ADJF" else item[:1]
        rest = item[len(head):]
        number = number_in_case(item[0].text, "nomn", "NOUN")
        return self._found(_joined([self.ctx.price_noun, _in_case(" ".join(
            _lower_common(t.text) for t in head), "gent", number)] + [
            _lower_common(t.text) for t in rest]))

    def _rule_adjacent_first(self, c: _Clues, state, fired):
        """A noun phrase right before the figure wins over a verb before that phrase."""
        if c.adjacent and (c.introduced or c.verb is None
                           or (c.verb.end <= c.window[0].start if c.window else True)):
            return self._with_indicator(self._resolve_anaphora(c.adjacent, state))
        return None

    def _rule_share_of_base_first(self, c: _Clues, state, fired):
        flow = c.verb is not None and c.verb.lemma in self.rules.indicators.flow_verbs
        return self._found(c.base) if c.verb is None or flow else None  # a flow verb: the part

    def _rule_own_verb(self, c: _Clues, state, fired):
        return self._found(self._own_verb_phrase(c.index, c.right)) if c.verb is None else None

    def _rule_list_item(self, c: _Clues, state, fired):
        if c.verb is None and c.index and self.previous and not self._has_verb(c.window) \
                and not self._counts_other_things(c.index):
            prev = self._parallel_item(c.index)
            return prev.subject, prev.indicator
        return None

    def _rule_counted_object(self, c: _Clues, state, fired):
        if c.verb is not None and self._takes_object(c.verb, c.q):
            if c.q.unit and c.q.unit.isupper():  # "школа получила $800 тыс. на программу"
                return self._found(self._money_taken(c.q, purpose=True))
            return self._found(self._counted_phrase(c.q, taken_by=c.verb))
        return None

    def _rule_predicate(self, c: _Clues, state, fired):
        if c.verb is None:
            return None
        found = self._subject_of_verb(c.verb, c.q, state, fired)
        return found if found[0] else None

    def _rule_share_of_base(self, c: _Clues, state, fired):
        return self._found(c.base)

    def _rule_adjacent(self, c: _Clues, state, fired):
        return self._found(c.adjacent and self._resolve_anaphora(c.adjacent, state))

    def _rule_own_counted(self, c: _Clues, state, fired):
        if c.verb is None and self._own_counted(c.q):  # "конкурс на создание четырех центров"
            return self._found(self._counted_phrase(c.q))
        return None

    def _rule_nearest_np(self, c: _Clues, state, fired):
        """The nearest nominative noun phrase before the figure; a colon right before it
        closes the clause that names it ("Стоимость аренды невысока: 7 тыс. в месяц")."""
        end = c.window[-1].end if c.window else None
        if c.window and c.window[-1].text == ":":
            end = c.window[-1].start
        phrase = self._np_ending_at(end, any_case=False) if end is not None else None
        return self._found(phrase and self._resolve_anaphora(phrase, state))

    def _rule_counted(self, c: _Clues, state, fired):
        return self._found(self._counted_phrase(c.q))

    def _rule_share_of(self, c: _Clues, state, fired):
        return self._found(self._share_of(c.q))

    def _rule_money_taken(self, c: _Clues, state, fired):
        return self._found(self._money_taken(c.q))

    def _money_taken(self, q: Quantity, purpose: bool = False) -> str | None:
        """'Том Мур собрал для врачей 30 млн фунтов' → 'средства, собранные для врачей':
        money as the object of a perfective transitive verb before it — the funds, with the
        verb's passive participle and complements."""
        if not q.unit or not q.unit.isupper():
            return None
        before = [t for t in self.toks if t.end <= q.start]
        verb = next((t for t in reversed(before) if t.pos in ("VERB", "INFN", "GRND")), None)
        if verb is None or "tran" not in verb.info.tag or "perf" not in verb.info.tag \
                or self._states_figure(verb):
            return None  # an imperfective has no short passive a reader would write
        between = [t for t in before if t.start > verb.start]
        if not self._adverbials_only(between):
            return None
        passive = inflect(verb.text.lower(), frozenset({"PRTF", "pssv", "nomn", "plur"}),
                          verb.pos)
        if passive == verb.text.lower():
            return None
        anchor = verb  # "на сельское хозяйство планируется направить 2 млрд": from the modal
        ahead = [t for t in before if t.end <= verb.start]
        if ahead and ahead[-1].pos == "VERB" and ahead[-1].lemma in self.ctx.modal_verbs:
            anchor = ahead[-1]
        leading = self._complements_before(anchor) or [] if anchor.pos == "VERB" else []
        if leading and leading[0].pos != "PREP":
            leading = []
        head = next((i for i, t in enumerate(leading) if t.pos == "NOUN"), None)
        end = head + 1 if head is not None else 0  # one phrase with its genitives, no subject
        while end < len(leading) and leading[end].pos in ("NOUN", "ADJF", "PRTF") \
                and leading[end].info.cases == {"gent"}:
            end += 1
        leading = leading[:end]
        after = self._clause([t for t in self.toks if t.start >= q.end]) if purpose else []
        if not after or after[0].lemma not in ("на", "для") or self._has_verb(after):
            after = []  # "… $800 тыс. на программу по России": what the money is for
        return _joined([self.ctx.money_noun + ",", passive] + [
            _lower_common(t.text) for t in self._without_places(between + leading + after)
            if t.pos not in ("PRCL", "ADVB")])

    def _rule_amount_of(self, c: _Clues, state, fired):
        """'ввести 600 м2 жилья': a genitive noun right after a physical amount names what is
        measured."""
        if c.q.unit in (None, "person", "item", "percent", "pp", "bp", "times") \
                or c.q.unit in _DURATIONS or c.q.unit.isupper():
            return None
        return self._found(self._genitive_after(c.q))

    def _rule_verb_phrase(self, c: _Clues, state, fired):
        return self._found(self._verb_phrase(c.verb, c.q))

    def _rule_people_verb(self, c: _Clues, state, fired):
        """'обратились порядка 900 тыс. человек', 'около 3 тыс. человек проживают в городе':
        people counted by no noun of their own are what their verb says, "обратилось в …",
        "проживало" — the verb in the past neuter with its complements, bare if it has none."""
        if c.q.unit != "person" or c.q.counted and c.q.counted not in self.ctx.not_subject:
            return None
        after = [t for t in c.right if t.pos not in ("ADVB", "PRCL")]
        if after and after[0].pos == "VERB" and self._agrees_with_count(after[0]) \
                and not self._states_figure(after[0]):
            words = self._without_places(self._before_comma(self._clause(
                [t for t in self.toks if t.start > after[0].start])))
            return self._found(_joined([inflect(after[0].text.lower(), _FLOW_FORM, "VERB")]
                                       + [_lower_common(t.text) for t in words]))
        before = [t for t in self.toks if t.end <= c.q.start and t.pos not in ("ADVB", "PRCL")]
        verb = before[-1] if before and before[-1].pos == "VERB" else None
        if verb is None or not self._agrees_with_count(verb) or self._states_figure(verb) \
                or self._has_agreeing_subject(verb):
            return None
        words = self._without_places(self._complements_before(verb) or [])
        return self._found(_joined([inflect(verb.text.lower(), _FLOW_FORM, "VERB")]
                                   + [_lower_common(t.text) for t in words]))

    def _rule_carried(self, c: _Clues, state, fired):
        """The subject named before in the paragraph, or before a line that goes on in lower
        case ("… на 5,5 %;" / "в 2020 году … на 2,2 %")."""
        text = self.view.text[self.sentence.start:self.sentence.end].lstrip()
        continued = text[:1].islower()
        if (state.last_subject_paragraph == self.sentence.paragraph or continued) \
                and state.subjects:
            return self._with_indicator(state.subjects[-1])
        return None

    def _share_of(self, q: Quantity) -> str | None:
        """'63% американцев полагают, что …' → 'доля американцев, полагающих, что …';
        '54% опрошенных', '24% населения': the share of that group, with what the clause says
        of it."""
        if q.unit != "percent":
            return None
        tok = self._share_group(q)
        if tok is None:
            return self._share_of_doers([t for t in self.toks if t.start >= q.end])
        at = self.toks.index(tok)
        while (tok.pos in ("ADJF", "PRTF") or _substantivized(tok)) and at + 1 < len(self.toks) \
                and self.toks[at + 1].pos in ("ADJF", "PRTF", "NOUN") \
                and "gent" in self.toks[at + 1].info.cases and not self._in_place(self.toks[at + 1]):
            at += 1  # "60% государственных предприятий": the group's noun
            tok = self.toks[at]
        group = self.view.text[self._share_group(q).start:tok.end].lower()
        said = self._said_of_group(q, tok)
        if not said and at + 1 < len(self.toks) and self.toks[at + 1].text == ",":
            end = self._participial_end(self.toks, at + 1)  # "60% граждан, ранее работавших,"
            if end is not None and end > at + 2:
                said = " ".join(_lower_common(t.text) for t in self.toks[at + 2:end])
        return _joined([f"доля {group}", "," if said else "", said])

    def _share_group(self, q: Quantity) -> Tok | None:
        """The group a percent is a share of: the genitive right after it ("63% американцев",
        "37% всех приезжих", "24% населения")."""
        after = [t for t in self.toks if t.start >= q.end]
        while after and after[0].word and after[0].lemma in self.ctx.evaluative:
            after = after[1:]
        if not after or not after[0].word or self._in_place(after[0]) or after[0].info is None:
            return None
        tok = after[0]
        if tok.pos in ("NOUN", "ADJF", "PRTF") and "gent" in tok.info.cases \
                and (tok.info.number == "plur" or tok.pos == "NOUN") \
                and tok.lemma not in self.ctx.not_groups:
            return tok
        return None

    def _share_of_base(self, q: Quantity) -> str | None:
        """'38,2% от общего числа трудоустроенных' → 'доля от общего числа трудоустроенных':
        a percent of a stated whole is a share of it."""
        after = [t for t in self.toks if t.start >= q.end]
        if q.unit != "percent" or not after or after[0].lemma != "от" \
                or len(after) > 1 and after[1].lemma in self.ctx.level_nouns:
            return None  # "94,8% от уровня 2014 года" is a ratio to a level, not a share
        words = []
        for tok in after[1:]:
            if not tok.word or tok.pos not in ("ADJF", "PRTF", "NOUN") or self._in_place(tok) \
                    or self._in_period(tok) or self._is_figure(tok):
                break
            if words or tok.lemma not in self.ctx.evaluative:  # "от всего населения"
                words.append(tok)
        if not any(t.pos in ("NOUN", "PRTF", "ADJF") and "gent" in t.info.cases for t in words):
            return None
        return "доля от " + " ".join(_lower_common(t.text) for t in words)

    def _share_of_doers(self, after: list[Tok]) -> str | None:
        """'39%, наоборот, отмечают положительный эффект' → 'доля отмечающих положительный
        эффект': a bare percent as the subject of a verb is the share of those who do it."""
        words = [t for t in self._before_comma(after) if t.word]
        clause = self._clause(after)
        if not words or words[0].pos != "VERB" or words[0] not in clause:
            return None
        verb = words[0]
        if self._states_figure(verb):
            return None
        participle = inflect(verb.text.lower(), frozenset({"PRTF", "actv", "gent", "plur"}), "VERB")
        rest = [t for t in clause if t.start > verb.start]
        said = self.view.text[rest[0].start:rest[-1].end] if rest else ""
        return _joined(["доля", participle, said]) if participle != verb.text.lower() else None

    def _with_said_of_group(self, q: Quantity, bracket: int, phrase: str) -> str:
        """'Большинство россиян (81%) считают, что …' → 'большинство россиян, считающих,
        что …': a percent in brackets after a group, with what its clause says of it."""
        group = [t for t in self.toks if t.end <= bracket][-1:]
        if q.unit != "percent" or not group or group[0].pos != "NOUN" \
                or "gent" not in group[0].info.cases:
            return phrase
        closing = self.view.text.find(")", q.end)
        said = self._said_of_group(q, group[0], after=closing + 1)
        return _joined([phrase, ",", said]) if said else phrase

    def _said_of_group(self, q: Quantity, group: Tok, after: int | None = None) -> str:
        """The verb of the clause whose subject is the figure, as a participle agreeing with
        `group`, with its complements: 'не имеют денег для жизни почти 24% населения' →
        'не имеющего денег для жизни'. Empty when the clause has another subject. `after`:
        where the clause goes on after the group (past a bracket)."""
        start = group.end if after is None else after
        after = [t for t in self.toks if t.start >= start and not self._is_figure(t)]
        verb = next((t for t in self._before_comma(self._clause(after)) if t.pos == "VERB"), None)
        if verb is not None:
            words = self._clause([t for t in after if t.start > verb.start])
        else:
            before = self._clause([t for t in reversed(self.toks) if t.end <= q.start])[::-1]
            opener = max((i for i, t in enumerate(before) if t.lemma in ("что", "чтобы")
                          and t.pos == "CONJ"), default=None)
            if opener is not None:  # "уточнили, что 60% граждан …": the verb is another's
                before = before[opener + 1:]
            verb = next((t for t in reversed(before) if t.pos in ("VERB", "GRND")), None)
            if verb is None:
                return ""
            if verb.pos == "GRND" or not self._agrees_with_count(verb):
                return self._group_taken_by(verb, group)  # "ХДС набрала 33% голосов"
            if self._has_subject_before(before, verb):
                return ""
            words = [t for t in before if t.start > verb.start and not self._in_place(t)]
        if self._states_figure(verb):
            return ""
        participle = self._participle_for(verb, group, "actv")
        if participle == verb.text.lower():
            return ""
        modifiers = self._verb_modifiers(verb)
        said = self.view.text[words[0].start:words[-1].end] if words else ""
        return _joined(modifiers + [participle, said]) if said.strip() else ""

    @staticmethod
    def _participle_for(verb: Tok, group: Tok, voice: str) -> str:
        """The participle of `verb` agreeing with the genitive `group` ("полагающих",
        "не имеющего", "набранных")."""
        number = group.info.number or "plur"
        gender = _gender(group.info) if number == "sing" else None
        grammemes = {"PRTF", voice, "gent", number} | ({gender} if gender else set())
        return inflect(verb.text.lower(), frozenset(grammemes), verb.pos)

    def _group_taken_by(self, verb: Tok, group: Tok) -> str:
        """'ХДС набрала более 33% голосов' → 'набранных ХДС': the group as the object of a
        transitive verb (or gerund) before the figure, with its agent."""
        if "tran" not in verb.info.tag or self._states_figure(verb):
            return ""
        return self._with_agent(verb, self._participle_for(verb, group, "pssv"))

    def _with_agent(self, verb: Tok, participle: str) -> str:
        """The passive participle of `verb` with the verb's subject as its agent ("полученные
        капитаном Томом"); nothing when the verb has no such participle."""
        if participle == verb.text.lower():
            return ""
        agent = self._np_ending_at(verb.start, any_case=False) if verb.pos == "VERB" else None
        return _joined([participle, _instrumental(agent) if agent else ""])

    def _verb_modifiers(self, verb: Tok) -> list[str]:
        """'не', 'положительно' right before a verb: they go with its participle."""
        before = [t for t in self.toks if t.end <= verb.start]
        out: list[str] = []
        while before and before[-1].word and (before[-1].lemma == "не"
                                              or before[-1].pos == "ADVB") and len(out) < 2:
            out.insert(0, before.pop().text.lower())
        return out

    def _clause(self, toks: list[Tok]) -> list[Tok]:
        """The tokens of `toks` (in reading order, either way) up to the end of their clause:
        a full stop, a figure, a bracket, a semicolon, or a comma before a word that opens a
        new clause ("…, поскольку …")."""
        out: list[Tok] = []
        quoted = False
        for i, tok in enumerate(toks):
            if tok.text == '"':
                opening = not quoted and self.view.text[tok.end:tok.end + 1].isalnum()
                if not (opening or quoted):
                    break  # the end of a quotation that began before the clause
                quoted = opening
            if tok.text in {".", ";", "(", ")", "!", "?", ":"} or self._is_figure(tok) \
                    or tok.text == "-" and not quoted or len(out) >= _MAX_CLAUSE + 4:
                break
            following = toks[i + 1] if i + 1 < len(toks) else None
            if tok.text == "," and following is not None \
                    and following.lemma in self.ctx.clause_breaks:
                break
            out.append(tok)
        while out and not out[-1].word and out[-1].text != '"':
            out.pop()
        return out

    @staticmethod
    def _before_comma(toks: list[Tok]) -> list[Tok]:
        """The tokens before the first comma, passing over a one-word aside ("27% граждан,
        напротив, полагают")."""
        out: list[Tok] = []
        i = 0
        while i < len(toks):
            if toks[i].text == ",":
                if i + 2 < len(toks) and toks[i + 1].word and toks[i + 2].text == ",":
                    i += 3
                    continue
                break
            out.append(toks[i])
            i += 1
        return out

    @staticmethod
    def _has_subject_before(toks: list[Tok], verb: Tok) -> bool:
        """A nominative noun or pronoun before the verb of the clause is its subject."""
        return any(t.pos in ("NOUN", "NPRO") and t.info.cases == frozenset({"nomn"})
                   for t in toks if t.end <= verb.start)

    def _own_verb_phrase(self, index: int, right: list[Tok]) -> str | None:
        """A figure with no noun of its own followed by its own verb ("пятеро выступили
        против, трое воздержались") is what the verb says: "выступило против",
        "воздержалось" — the verb in the past neuter with its complements."""
        q = self.quantities[index]
        if q.counted and not any(rule.startswith("unit.inherited") for rule in q.rules) \
                or not right or right[0].pos != "VERB" or not self._agrees_with_count(right[0]) \
                or self._states_figure(right[0]):
            return None
        verb = right[0]
        head = inflect(verb.text.lower(), _FLOW_FORM, "VERB")
        words = self._without_places(self._before_comma(self._clause(right[1:])))
        return _joined([head] + [_lower_common(t.text) for t in words])

    def _parallel_item(self, index: int) -> Context:
        """The item an elliptical one repeats: the last one before it with the same unit
        ("164 человека (38,2%), 62 человека (14,5%)": the percent after the percent)."""
        unit = self.quantities[index].unit
        same = [c for q, c in zip(self.quantities[:index], self.previous, strict=True)
                if q.unit == unit]
        return same[-1] if same else self.previous[-1]

    def _counts_other_things(self, index: int) -> bool:
        """'17 матчей …, забив 6 голов': an item with its own counted noun is not elliptical;
        nor is a percent of a group the clause says something of ("… и область, где 18%
        населения не имеют средств"; "…, или 48% ВВП" restates the amount before)."""
        q, prev = self.quantities[index], self.quantities[index - 1]
        own = q.counted and not any(rule.startswith("unit.inherited") for rule in q.rules)
        group = self._share_group(q) if q.unit == "percent" else None
        group = group is not None and bool(self._said_of_group(q, group))
        # "943 человека, …, 568 жителей": people after people counted generically
        people = q.unit == prev.unit == "person" and prev.counted in self.ctx.not_subject
        return bool(own and q.counted != prev.counted and q.counted not in self.ctx.not_subject
                    and not people or group)

    def _counted_phrase(self, q: Quantity, taken_by: Tok | None = None) -> str | None:
        """'17 матчей' with nothing else to go on: what is counted, "матчи", with what its
        clause says of it; `taken_by`: the transitive verb whose object the figure is."""
        if not q.counted or q.unit not in ("item", "person") or q.counted in self.ctx.not_subject:
            return None
        at = self._counted_index(q)
        if at is None:
            return None
        end = next((o.start for o in self.quantities if o.start > q.end), self.sentence.end)
        # "72 контрольных показателя для либерализации визового режима"
        phrase = self._phrase_from(self.toks, at, end, number="plur")
        if not phrase:
            return None
        said = self._taken_by(taken_by, q) if taken_by else self._said_of_counted(q, self.toks[at])
        return _joined([phrase, ",", said]) if said else phrase

    def _taken_by(self, verb: Tok, q: Quantity) -> str:
        """'направить на обучение 3 тыс. безработных' → 'направленные на обучение'."""
        participle = self._object_participle(verb)
        between = [t for t in self.toks if verb.end <= t.start and t.end <= q.start and t.word]
        return _joined([participle] + [_lower_common(t.text) for t in
                                       self._without_places(between)]) if participle else ""

    def _counted_index(self, q: Quantity) -> int | None:
        """The index of the counted noun after the number ("500 разрешений" → "разрешений")."""
        at = next((i for i, t in enumerate(self.toks) if t.start >= q.number_end
                   and t.lemma == q.counted and t.start - q.number_end < 40), None)
        while at is not None and self.toks[at].pos in ("ADJF", "PRTF") \
                and at + 1 < len(self.toks) and self.toks[at + 1].pos in ("ADJF", "PRTF", "NOUN"):
            at += 1  # "рабочих мест": the counted word was an adjective of the noun
        return at

    def _said_of_counted(self, q: Quantity, head: Tok) -> str:
        """What the clause says of the counted things, as a participle with its complements:
        as its subject, '1,9 тыс. организаций заявили о сокращении' → 'заявившие о
        сокращении', 'За свой труд оплату не получили 10,6 тыс. работников' → 'не получившие
        за свой труд оплату'; as its object, 'удалось создать 20 тыс. рабочих мест' →
        'созданные'. Empty when the figure is governed by a preposition ("с 20 предприятиями")
        or the verb only states the figure."""
        before = [t for t in self.toks if t.end <= q.start and t.lemma != "не"
                  and t.pos not in ("ADVB", "PRCL")]
        if before and before[-1].pos == "PREP":
            return ""
        verb = before[-1] if before and before[-1].pos in ("VERB", "INFN", "GRND") else None
        if verb is None:
            if before and before[-1].pos in ("NOUN", "ADJF", "PRTF", "VERB", "INFN") \
                    and not self._in_place(before[-1]) and not self._in_period(before[-1]):
                return ""  # "о сокращении 300 сотрудников": an attribute, not a subject
            after = [t for t in self.toks if t.start > head.start]
            verb = next((t for t in self._before_comma(self._clause(after))
                         if t.pos in ("VERB", "CONJ", "NPRO")), None)
            if verb is None or verb.pos != "VERB":
                return ""
            words = self._before_comma(self._clause([t for t in self.toks if t.start > verb.start]))
        elif verb.pos in ("INFN", "GRND") or not self._agrees_with_count(verb):
            return self._object_participle(verb)
        else:
            words = self._complements_before(verb)
            if words is None:
                return self._object_participle(verb)
        if not self._agrees_with_count(verb) or self._states_figure(verb):
            return ""
        participle = inflect(verb.text.lower(), frozenset({"PRTF", "actv", "nomn", "plur"}), "VERB")
        if participle == verb.text.lower():
            return ""
        kept = self._without_places(words)
        if not any(t.pos in ("NOUN", "INFN") for t in kept):
            return ""  # "градусы, державшиеся днем": a bare participle adds nothing measured
        said = " ".join(_lower_common(t.text) for t in kept)
        return _joined(self._verb_modifiers(verb) + [participle, said])

    def _without_places(self, words: list[Tok]) -> list[Tok]:
        """Complements without places and periods, nor the prepositional phrases that lead to
        them ("находятся [на территории Пермского края]", "появились [в области] [с 2004
        года]"): place and time are not what is measured."""
        out: list[Tok] = []
        for tok in words:
            if not tok.word:
                continue
            if tok.lemma == "который":  # "участие в которых": refers outside the phrase
                if out and out[-1].pos == "PREP":
                    out.pop()
                continue
            if self._in_place(tok) or self._in_period(tok) \
                    or self.ctx.country_words.fullmatch(tok.lemma) \
                    or tok.lemma in self.ctx.place_nouns and self._heads_phrase(out) \
                    or tok.pos == "NOUN" and tok.lemma in self.ctx.not_subject:  # "днем"
                prep = max((i for i, t in enumerate(out) if t.pos == "PREP"), default=None)
                if prep is not None and all(t.pos in ("NOUN", "ADJF", "PRTF")
                                            and (i == 0 or "gent" in t.info.cases)
                                            for i, t in enumerate(out[prep + 1:])):
                    del out[prep:]
                while out and out[-1].pos in ("ADJF", "PRTF") and tok.pos == "NOUN" \
                        and out[-1].info.cases & tok.info.cases:
                    out.pop()  # "[во время] рабочей [недели]": the adjective goes with its noun
                continue
            out.append(tok)
        while out and out[-1].pos in ("PREP", "CONJ"):
            out.pop()
        return out

    @staticmethod
    def _heads_phrase(out: list[Tok]) -> bool:
        """The next noun heads a prepositional phrase ("в [новом] регионе"), not an attribute
        ("в бюджет района")."""
        prep = max((i for i, t in enumerate(out) if t.pos == "PREP"), default=None)
        return prep is not None and all(t.pos in ("ADJF", "PRTF") for t in out[prep + 1:])

    def _object_participle(self, verb: Tok) -> str:
        """'получил 140 тысяч открыток' → 'полученные': the counted things as the object."""
        if "tran" not in verb.info.tag or self._states_figure(verb):
            return ""
        return self._with_agent(verb, inflect(verb.text.lower(),
                                              frozenset({"PRTF", "pssv", "nomn", "plur"}),
                                              verb.pos))

    def _takes_object(self, verb: Tok, q: Quantity) -> bool:
        """A transitive verb (or infinitive) before the figure, with only adverbs, particles
        and prepositional phrases between, and whose subject is not the count: the figure
        counts its object ("получил 140 тысяч открыток", "направить на обучение 3 тыс.
        безработных")."""
        between = [t for t in self.toks if verb.end <= t.start and t.end <= q.start]
        if verb.end > q.start:
            return False
        if verb.pos == "INFN":
            agrees = False
        elif verb.pos == "VERB":
            agrees = self._agrees_with_count(verb)
        else:
            return False
        return "tran" in verb.info.tag and not self._states_figure(verb) and not agrees \
            and self._adverbials_only(between)

    @staticmethod
    def _adverbials_only(toks: list[Tok]) -> bool:
        """Adverbs, particles, and phrases each opened by a preposition."""
        in_phrase = False
        for tok in toks:
            if tok.pos == "PREP":
                in_phrase = True
            elif tok.pos in ("ADVB", "PRCL"):
                continue
            elif not (in_phrase and (tok.pos in ("ADJF", "PRTF", "NOUN") or tok.lemma in ("и",
                                                                                       "или"))):
                return False
        return not toks or toks[-1].pos != "PREP"

    def _states_figure(self, verb: Tok) -> bool:
        return verb.lemma in self.ctx.copulas or verb.lemma in self.ctx.change_lemmas \
            or verb.lemma in self.rules.indicators.flow_verbs

    @staticmethod
    def _agrees_with_count(verb: Tok) -> bool:
        """A verb whose subject is a count: plural, or neuter / present singular ("появилось
        60 тыс. мест", "находится 27 тыс. граждан"); "Мхитарян провел" is someone else's."""
        tag = verb.info.tag
        return "plur" in tag or "neut" in tag or "sing" in tag and "past" not in tag

    def _complements_before(self, verb: Tok) -> list[Tok] | None:
        """The words right before a verb that depend on it ("за свой труд оплату не
        получили"); None when a nominative noun among them is the verb's own subject."""
        words: list[Tok] = []
        for tok in reversed([t for t in self.toks if t.end <= verb.start]):
            if tok.lemma == "быть" and not words:
                continue  # "в рамках высвобождения были уволены": the auxiliary
            if not tok.word or tok.pos not in ("PREP", "ADJF", "PRTF", "NOUN", "ADVB", "PRCL",
                                                "NUMR") or self._is_figure(tok):
                break
            if tok.pos == "NOUN" and tok.info.cases == frozenset({"nomn"}) \
                    and not self._in_place(tok):
                return None
            words.insert(0, tok)
        while words and words[0].pos not in ("PREP", "NOUN", "ADJF", "PRTF"):
            words.pop(0)
        return [t for t in words if t.lemma != "не"]

    def _money_of(self, q: Quantity) -> str | None:
        """'принесет около 20 млн рублей доходов': a genitive noun right after an amount of
        money names what the money is."""
        if not q.unit or not q.unit.isupper():
            return None
        return self._genitive_after(q)

    def _genitive_after(self, q: Quantity) -> str | None:
        """The noun phrase of a genitive noun right after the figure."""
        after = [i for i, t in enumerate(self.toks) if t.start >= q.end][:1]
        if not after:
            return None
        tok = self.toks[after[0]]
        if tok.pos != "NOUN" or "gent" not in tok.info.cases or self._in_place(tok) \
                or not tok.text[:1].islower() \
                or self._in_period(tok) or tok.lemma in self.ctx.not_subject:
            return None
        end = next((o.start for o in self.quantities if o.start > q.end), self.sentence.end)
        return self._phrase_from(self.toks, after[0], end)

    def _new_level(self, window: list[Tok]) -> bool:
        """Only "до" (or "с") between this figure and the one before: the old or new level of
        the same thing ("с 18% до 17%", "выросло в 2 раза — до 745 тыс."); only "на": the
        denominator of a rate ("96 коек на 10 тыс. жителей"), annotated with its subject."""
        words = [t for t in window if t.word]
        return len(words) == 1 and words[0].text.lower() in self.ctx.level_prepositions \
            and all(t.word or t.text in {",", "-"} for t in window)

    def _measure_of(self, pos: int) -> str | None:
        """'линии мощностью 10000 тонн', 'склад площадью 600 кв. м': a noun in the
        instrumental right before the figure measures the noun phrase before it → 'мощность
        линии', 'площадь склада'."""
        toks = [t for t in self.toks if t.end <= pos]
        if len(toks) < 2 or self.view.text[toks[-1].end:pos].strip():
            return None
        measure = toks[-1]
        if measure.pos != "NOUN" or "ablt" not in measure.info.tag or self._governed(
                toks, len(toks) - 1) or toks[-2].pos != "NOUN" or self._in_place(toks[-2]):
            return None
        start = len(toks) - 2
        while start > 0 and toks[start - 1].pos in ("ADJF", "PRTF"):
            start -= 1
        owner = _to_case(toks[start:len(toks) - 1], "gent")
        return f"{_to_case([measure], 'nomn')} {owner}"

    def _noun_right_before(self, pos: int) -> str | None:
        """The noun phrase of the noun ending right at `pos`, when no head was found up its
        chain of genitives."""
        toks = [t for t in self.toks if t.end <= pos]
        if not toks or toks[-1].pos != "NOUN" or self._in_place(toks[-1]) \
                or self._in_period(toks[-1]) or toks[-1].lemma in self.ctx.not_subject \
                or self._governed(toks, len(toks) - 1, allowed=self.ctx.value_prepositions):
            return None
        return self._phrase_from(toks, len(toks) - 1, pos)

    def _own_counted(self, q: Quantity) -> bool:
        """The figure names what it counts ("четырех центров"), not by inheritance."""
        return bool(q.counted) and q.unit in ("item", "person") \
            and q.counted not in self.ctx.not_subject \
            and not any(rule.startswith("unit.inherited") for rule in q.rules)

    def _governed_before(self, pos: int) -> bool:
        toks = [t for t in self.toks if t.end <= pos]
        return bool(toks) and self._governed(toks, len(toks) - 1)

    def _apposed(self, q: Quantity, pos: int) -> bool:
        """'- большой износ основных фондов, свыше 75 %;': a figure set after a comma at the
        end of its clause, with no verb, stands for the noun phrase before the comma."""
        text = self.view.text
        return text[:pos].rstrip().endswith(",") and (
            not text[q.end:].strip() or text[q.end:].lstrip()[:1] in (";", ".", ")"))

    def _before_period(self, pos: int) -> int:
        """The position before the period (with its preposition) that ends at `pos`; a place
        there is an item's label ("Таджикистан – 512 млн"), so it stays."""
        toks = [t for t in self.toks if t.end <= pos]
        if not toks or not self._in_period(toks[-1]):
            return pos
        while toks and self._in_period(toks[-1]):
            toks.pop()
        if toks and toks[-1].pos == "PREP":
            toks.pop()
        return toks[-1].end if toks else pos

    def _parenthesized(self, q: Quantity) -> bool:
        text = self.view.text  # "( свыше 50 % )" in texts that space their brackets
        return text[:q.start].rstrip().endswith("(") and text[q.end:].lstrip().startswith(")")

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
                    tok.lemma in self.ctx.predicates or tok.lemma in flow
                    or tok.lemma in self.ctx.price_verbs
                    or tok.lemma in self.ctx.price_change_verbs):
                return tok
            if people and tok.info is not None and tok.pos not in ("VERB", "PRTS", "INFN"):
                verbs = verb_lemmas(tok.text) & (flow | self.ctx.becoming)  # "стали" ≠ сталь
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
            indicator = self.rules.indicators.by_phrase(lemma_key(phrase))
            return phrase, (indicator.id if indicator else flow_indicator)
        if verb.lemma in self.ctx.price_change_verbs or verb.lemma in self.ctx.price_verbs \
                and q.unit and q.unit.isupper():
            priced = self._priced(verb)
            if priced:
                fired.append("ctx.subject_price_of")
                return self._with_indicator(priced)
        if verb.lemma in self.ctx.change_lemmas and "tran" in verb.info.tag:
            changed = self._np_after(verb, "accs")  # "Центробанк снизит ставку на 0,5 п.п."
            if changed:
                fired.append("ctx.subject_changed_object")
                return self._with_indicator(changed)
        role = self._role_taken(verb, q)
        if role:
            fired.append("ctx.subject_role_taken")
            return self._with_indicator(role)
        np = self._np_ending_at(verb.start, any_case=False, verb=verb)
        relative = None if np else self._relative_clause_start(verb.start)
        if relative is not None:
            np = self._np_ending_at(relative, any_case=False)
        if not np and verb.pos == "VERB":
            np = self._np_after(verb, "nomn", agreeing=True)  # "на 15% упала рождаемость"
        if not np and verb.lemma in self.ctx.copulas:
            np = self._instrumental_before(verb)  # "плательщиками налога являются 45 млн"
        if np:
            fired.append("ctx.subject_of_predicate")
            return self._with_indicator(self._share_made_up(verb, q, self._resolve_anaphora(np, state)))
        if verb.pos == "PRTS":
            fired.append("ctx.subject_participle")
            return self._with_indicator(self._participle_phrase(verb, q))
        return None, None

    def _priced(self, verb: Tok) -> str | None:
        """'подорожали яблоки — на 8%', 'капуста стоила 4 гривны', 'на 3% подешевели
        помидоры' → 'цена яблок', 'цена капусты': the figure of a price verb is the price of
        its subject, before the verb or after it (past the figure), whatever its number."""
        np = self._np_ending_at(verb.start, any_case=False, verb=verb)
        if not np:
            after = [t for t in self.toks if t.start > verb.start and not self._is_figure(t)]
            while after and after[0].pos in ("ADVB", "PRCL", "PREP"):
                after = after[1:]
            if not after or after[0].pos != "NOUN" or "nomn" not in after[0].info.cases \
                    or self._in_place(after[0]) or after[0].lemma in self.ctx.not_subject:
                return None
            end = next((q.start for q in self.quantities if q.start > after[0].end),
                       self.sentence.end)
            np = self._phrase_from(self.toks, self.toks.index(after[0]), end)
        if not np:
            return None
        parts = regex.split(r"(,\s*|\s+(?:и|или)\s+)", np)  # "помидоров и лимонов"
        return _joined([self.ctx.price_noun, "".join(
            part if i % 2 else _genitive_head(part) for i, part in enumerate(parts))])

    def _verb_phrase(self, verb: Tok | None, q: Quantity) -> str | None:
        """A verb with no subject named before it, in the past neuter (or a short participle),
        with its complements other than places and times: "в бюджет района поступило 3 млн
        руб." → "поступило в бюджет района"; "в Германии потратили на содержание беженцев
        10 млрд евро" → "потратило на содержание беженцев". None when it has no noun
        complement."""
        if verb is None or verb.pos not in ("VERB", "PRTS") or self._states_figure(verb) \
                or verb.start > q.start or self._has_agreeing_subject(verb):
            return None
        before = self._complements_before(verb)
        between = [t for t in self.toks if verb.end <= t.start and t.end <= q.start
                   and t.word and t.pos != "PRCL"]
        words = self._without_places((before or []) + between)
        if before is None or not any(t.pos == "NOUN" for t in words) or len(words) > _MAX_CLAUSE:
            return None  # too long for a complement: the sentence ran on
        head = inflect(verb.text.lower(), _FLOW_FORM, "VERB") if verb.pos == "VERB" \
            else verb.text.lower()
        return _joined([head] + [_lower_common(t.text) for t in words])

    def _role_taken(self, verb: Tok, q: Quantity) -> str | None:
        """'более 50 тыс. жителей стали владельцами жилья' → 'владельцы жилья': people counted
        before a verb of becoming are counted by the role in the instrumental after it."""
        if verb.lemma not in self.ctx.becoming or q.end > verb.start or q.unit not in (
                "person", "item", None):
            return None
        return self._np_after(verb, "ablt")

    def _instrumental_before(self, verb: Tok) -> str | None:
        """'Плательщиками взносов являются 45 млн человек' → 'плательщики взносов': the
        instrumental predicate of a copula before it names what the figure counts."""
        toks = [t for t in self.toks if t.end <= verb.start]
        k = len(toks) - 1
        while k > 0 and toks[k].pos in ("NOUN", "ADJF", "PRTF") and self._attribute(toks, k):
            k -= 1
            while k > 0 and toks[k].pos in ("ADJF", "PRTF"):
                k -= 1
        if k < 0 or toks[k].pos != "NOUN" or "ablt" not in toks[k].info.tag \
                or self._governed(toks, k) or toks[k].lemma in self.ctx.not_subject \
                or self._in_place(toks[k]):
            return None
        return self._phrase_from(toks, k, verb.start)

    def _has_agreeing_subject(self, verb: Tok) -> bool:
        """A nominative noun (a place too) next to a finite verb and agreeing with it is its
        subject: "кандасов приняла Алматинская область", "средств получил Узбекистан"."""
        if verb.pos != "VERB":
            return False
        at = self.toks.index(verb)
        near = list(range(max(0, at - 4), at)) + list(range(at + 1, min(len(self.toks), at + 4)))
        return any(self.toks[i].pos == "NOUN" and "nomn" in self.toks[i].info.tag
                   and _agrees(verb, self.toks[i])
                   and not self._governed(self.toks, i)  # "на хозяйство выделяется"
                   for i in near)

    def _share_made_up(self, verb: Tok, q: Quantity, phrase: str) -> str:
        """'Среди нарушителей 45% составляют граждане Узбекистана' → 'доля граждан': a group
        of people that makes up a percent is a share; "безработица составила 5%", "цены
        выросли на 3%" are rates."""
        head = next((word_info(w) for w in phrase.split() if word_info(w).pos == "NOUN"), None)
        if q.unit != "percent" or verb.lemma not in self.ctx.copulas or head is None \
                or head.number != "plur" or not head.animate:
            return phrase
        return "доля " + _genitive_head(phrase)

    def _np_after(self, verb: Tok, case: str, agreeing: bool = False) -> str | None:
        """The noun phrase right after a verb (adverbs aside) when its head can be in `case`
        (and, `agreeing`, agrees with the verb): the subject of an inverted clause, or the
        object a transitive verb changes."""
        after = [i for i, t in enumerate(self.toks) if t.start > verb.start]
        while after and self.toks[after[0]].pos in ("ADVB", "PRCL"):
            after = after[1:]
        head = next((i for i in after if self.toks[i].pos != "ADJF"), None)
        if head is None or not after or self.toks[head].pos != "NOUN" \
                or case not in self.toks[head].info.cases or self._in_place(self.toks[head]) \
                or self._is_figure(self.toks[head]) or self.toks[head].lemma in self.ctx.not_subject \
                or agreeing and not _agrees(verb, self.toks[head]):
            return None
        end = next((q.start for q in self.quantities if q.start > verb.start), self.sentence.end)
        return self._phrase_from(self.toks, head, end)

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
        measured = self._measure_of(self._before_introducers(q.start))
        if measured:  # "начато строительство линии мощностью 5000 тонн": what is measured
            return measured
        between = [t for t in self.toks if verb.end <= t.start and t.end <= q.start]
        noun_phrase = self._leading_np(between)
        end = q.start
        if noun_phrase:
            index = self.toks.index(noun_phrase[-1])
        elif q.counted and q.counted not in self.ctx.not_subject:
            index = self._counted_index(q)
            end = next((o.start for o in self.quantities if o.start > q.end), self.sentence.end)
        else:
            index = None  # "были уволены 29,7 тыс. человек": no noun but "people"
        if index is None:
            return self._verb_phrase(verb, q) or verb.text.lower()
        head = self.toks[index].info
        number = "plur" if end != q.start else (head.number if head else None)
        grammemes = {"nomn", "PRTF"} | ({number} if number else set())
        gender = _gender(head) if number != "plur" else None
        participle = inflect(verb.text.lower(), frozenset(grammemes | ({gender} if gender else set())))
        nominative = self._phrase_from(self.toks, index, end, number=number) or ""
        return _joined([participle if participle != verb.text.lower() else "", nominative])

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
        complement = self._complement(between, "tran" in verb.info.tag)
        # "в рамках организованного набора трудоустроены": prepositional complements before
        # the verb too (a noun there may be its subject; a participle's are its noun's)
        before = self._complements_before(verb) if verb.pos in ("VERB", "PRTS") else None
        before = self._without_places(before or [])
        if before and before[0].pos != "PREP":
            before = []
        before = " ".join(_lower_common(t.text) for t in before if t.pos != "PRCL")
        return _joined([head, complement, before])

    def _complement(self, toks: list[Tok], transitive: bool = False) -> str:
        """A flow verb's prepositional complement ("на постоянное проживание"), or the object
        of a transitive one ("покинуть свои дома")."""
        words: list[Tok] = []
        for tok in toks:
            if not tok.word or self._in_place(tok) or self._in_period(tok):
                break
            if tok.lemma in ("в", "во") or self.ctx.country_words.fullmatch(tok.text):
                break
            words.append(tok)
        if words and words[0].lemma in _PREPS and len(words) > 1:
            return " ".join(w.text.lower() for w in words)
        obj = self._leading_np(words) if transitive else []
        if obj and "accs" in obj[-1].info.cases and not self._is_figure(obj[-1]):
            return " ".join(w.text.lower() for w in obj)
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
        """'из них 307 тыс. человек – в межрегиональном переселении': the phrase after a dash
        names the part."""
        if not right or right[0].text != "-":
            return None
        rest = [t for t in right if t.word]
        if rest and rest[0].text.lower() in _PREPS:
            rest = rest[1:]
        phrase = self._leading_np(rest)
        return _to_case(phrase, "nomn") if phrase else None

    def _np_ending_at(self, pos: int, any_case: bool, adjacent: bool = False,
                      verb: Tok | None = None) -> str | None:
        """The noun phrase whose last word ends before `pos`, as a nominative phrase.

        Walks left over genitive attributes, prepositional phrases, periods and places to the
        head noun: a nominative noun not governed by a preposition, or (any_case) the first
        noun of the chain whatever its case, which is then put into the nominative.
        `adjacent`: the phrase must end right at `pos` (only spaces between).
        """
        toks = [t for t in self.toks if t.end <= pos]
        if adjacent and (not toks or self.view.text[toks[-1].end:pos].strip()
                         or toks[-1].pos != "NOUN" or self._in_place(toks[-1])
                         or self._in_period(toks[-1]) or self._governed(
                             toks, len(toks) - 1, allowed=self.ctx.value_prepositions)):
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
            opening = self._quote_opening(toks, j) if tok.text == '"' else None
            if opening is not None:  # 'по профессии "подсобный рабочий"': a quoted name
                j = opening - 1
                continue
            if not tok.word:
                if self._is_figure(tok) and not adjacent:
                    j -= 1
                    continue
                if tok.text == "-" and self._inner_hyphen(toks, j):
                    j -= 1
                    continue
                opening = self._participial_opening(toks, j) if tok.text == "," else None
                if opening is not None:  # "число мигрантов, подозреваемых в …, выросло"
                    j = opening - 1
                    continue
                aside = self._aside_opening(toks, j) if tok.text == "," else None
                if aside is not None:  # "средний курс, по прогнозам правительства, составит"
                    j = aside - 1
                    continue
                if tok.text == "," and j + 1 < len(toks) and toks[j + 1].pos == "NOUN" \
                        and self._attribute(toks, j + 1):
                    j -= 1  # "стоимость бананов, моркови и свёклы": genitives in a row
                    continue
                if tok.text in _CLAUSE_PUNCT or tok.text in ".!?-;" or self._is_figure(tok):
                    break
                j -= 1
                continue
            if tok.lemma == "и" and tok.pos == "CONJ":
                coordinated = True
                j -= 1
                continue
            if tok.pos == "INFN" and j > 0 and toks[j - 1].pos == "NOUN":
                j -= 1  # "готовность немцев принимать мигрантов": the noun's complement
                continue
            if tok.pos == "VERB" and tok.lemma in self.ctx.modal_verbs and verb is not None \
                    and verb.pos == "INFN" and all(t.pos in ("ADVB", "PRCL")
                                                   for t in toks[j + 1:]) and (
                        verb.lemma in self.ctx.change_lemmas
                        or verb.lemma in self.ctx.price_change_verbs):
                j -= 1  # "цены могут вырасти": the subject is the modal verb's
                continue
            if tok.pos in ("VERB", "INFN", "GRND", "PRTS", "CONJ"):
                if not (coordinated and tok.pos in ("VERB", "INFN")):
                    break
                coordinated = False
            if self._is_head(toks, j, any_case) or self._plural_subject_of(verb, toks, j):
                while j >= 2 and toks[j - 1].lemma in ("и", "или") and toks[j - 2].pos == "NOUN" \
                        and "nomn" in toks[j - 2].info.cases and "gent" not in toks[j - 2].info.tag:
                    j -= 2  # "возведение и обустройство центра обойдется …": both conjuncts
                whose = self._whose(toks, j)
                return whose or self._phrase_from(toks, j, pos)
            j -= 1
        return None

    def _aside_opening(self, toks: list[Tok], comma: int) -> int | None:
        """Walking left, the comma at `comma` closes an aside opened by a comma and a
        preposition, with no verb or figure ("…, по прогнозам правительства, …"): the index of
        its opening comma."""
        for k in range(comma - 1, max(0, comma - 8), -1):
            tok = toks[k]
            if tok.text == ",":
                return k if k + 1 < comma and toks[k + 1].pos == "PREP" else None
            if not tok.word or tok.pos in ("VERB", "INFN", "GRND", "PRTS", "CONJ") \
                    or self._is_figure(tok):
                return None
        return None

    def _whose(self, toks: list[Tok], j: int) -> str | None:
        """'минимальная зарплата, размер которой составляет …' → 'размер минимальной
        зарплаты': a head noun of a relative clause owned by "который" is that of the noun
        before the comma."""
        if j + 1 >= len(toks) or toks[j + 1].lemma != "который" \
                or "gent" not in toks[j + 1].info.cases:
            return None
        start = j
        while start > 0 and toks[start - 1].pos in ("ADJF", "PRTF"):
            start -= 1
        if start == 0 or toks[start - 1].text != ",":
            return None
        owner = self._np_ending_at(toks[start - 1].start, any_case=True)
        head = self._phrase_from(toks, j, toks[j].end)
        number = toks[j + 1].info.number  # "которой" / "которых": the owner's number
        return _joined([head, _genitive_head(owner, number)]) if owner and head else None

    @staticmethod
    def _quote_opening(toks: list[Tok], close: int) -> int | None:
        """The opening quote of a short quoted name closed at `close`, if it closes one."""
        for k in range(close - 1, max(-1, close - 6), -1):
            if toks[k].text == '"':
                return k if k + 1 < close else None
            if not toks[k].word:
                return None
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

    def _is_number(self, tok: Tok) -> bool:
        return any(q.number_start <= tok.start < q.number_end for q in self.quantities)

    def _is_figure(self, tok: Tok) -> bool:
        return any(q.start <= tok.start < q.end for q in self.quantities)

    def _is_head(self, toks: list[Tok], j: int, any_case: bool) -> bool:
        tok = toks[j]
        if tok.pos != "NOUN" or tok.lemma in self.ctx.not_subject or self._in_place(tok):
            return False
        if any_case:  # "рассчитывать на зарплату до 70 тыс.": the noun right before the figure
            if self._purpose_of_noun(toks, j):
                return False
            return not self._attribute(toks, j) and not self._governed(
                toks, j, allowed=self.ctx.value_prepositions if j == len(toks) - 1 else ("с", "со"))
        return "nomn" in tok.info.cases and not self._governed(toks, j) \
            and not self._attribute(toks, j)

    def _purpose_of_noun(self, toks: list[Tok], j: int) -> bool:
        """'расходы на социальную сферу — 42 млрд': a noun after "на" that follows another
        noun is that noun's purpose, and the figure is the first noun's."""
        k = j - 1
        while k >= 0 and toks[k].pos in ("ADJF", "PRTF"):
            k -= 1
        return k >= 1 and toks[k].lemma == "на" and toks[k - 1].pos == "NOUN" \
            and toks[k - 1].lemma not in self.ctx.not_subject \
            and not self._in_place(toks[k - 1]) and not self._in_period(toks[k - 1]) \
            and not self._is_figure(toks[k - 1])

    def _plural_subject_of(self, verb: Tok | None, toks: list[Tok], j: int) -> bool:
        """'за неделю цены на товары упали': a plural nominative agreeing with the plural verb
        is its subject, though after a noun it could be read as that noun's genitive."""
        tok = toks[j]
        return verb is not None and verb.pos == "VERB" and verb.info.number == "plur" \
            and tok.pos == "NOUN" and tok.info.number == "plur" and "nomn" in tok.info.cases \
            and tok.lemma not in self.ctx.not_subject and not self._in_place(tok) \
            and not self._governed(toks, j)

    def _attribute(self, toks: list[Tok], j: int) -> bool:
        """'сальдо миграции', 'продукция сельского хозяйства': a genitive noun after a noun
        (possibly over its adjectives) depends on it."""
        cases = toks[j].info.cases
        if "gent" not in cases and not (cases == {"datv"} and j > 0 and toks[j - 1].pos == "NOUN"):
            return False  # "выплата пенсионерам": a dative right after a noun complements it
        k = j - 1
        while k >= 0 and toks[k].pos in ("ADJF", "PRTF"):
            k -= 1
        if k >= 1 and (toks[k].text == "," or toks[k].lemma in ("и", "или")) \
                and toks[k - 1].pos == "NOUN" and "gent" in toks[k - 1].info.cases:
            # "стоимость бананов, моркови и свёклы": a genitive coordinated with one, when
            # their head is a free noun ("по информации Росстата, зарплаты …" is not one)
            m = k - 1
            while m >= 2 and (toks[m - 1].text == "," or toks[m - 1].lemma in ("и", "или")) \
                    and toks[m - 2].pos == "NOUN" and "gent" in toks[m - 2].info.cases:
                m -= 2
            owner = m - 1
            while owner >= 0 and toks[owner].pos in ("ADJF", "PRTF"):
                owner -= 1
            return owner >= 0 and self._attribute(toks, m) and not self._governed(toks, owner)
        return k >= 0 and toks[k].pos == "NOUN" and not self._in_place(toks[k]) \
            and not self._in_period(toks[k]) and not self._ends_adverbial(toks, k)

    def _ends_adverbial(self, toks: list[Tok], k: int) -> bool:
        """'в итоге', 'в общей сложности': the noun at k closes a sentence adverbial."""
        return any(tuple(t.text.lower() for t in toks[max(0, k - len(phrase) + 1):k + 1]) == phrase
                   for phrase in self.ctx.discourse_adverbials)

    def _governed(self, toks: list[Tok], j: int, allowed=()) -> bool:
        """True when a preposition (other than `allowed`; when `allowed` maps prepositions to
        cases, other than one governing its case) governs the noun at j."""
        k = j - 1
        while k >= 0 and toks[k].pos in ("ADJF", "PRTF", "NUMR", "ADVB"):
            if toks[k].lemma == "который":
                return False  # "согласно которому расходы …": the preposition is its
            k -= 1
        if k < 0 or toks[k].pos != "PREP":
            return False
        prep = toks[k].text.lower()
        if isinstance(allowed, dict):
            return prep not in allowed or allowed[prep] not in toks[j].info.cases
        return prep not in allowed

    def _phrase_from(self, toks: list[Tok], head: int, pos: int,
                     number: str | None = None) -> str | None:
        """Adjectives before the head, the head, and what follows it up to `pos`, cut at stop
        phrases, periods, places, numbers and clause punctuation; head put in nominative."""
        start = head
        while start > 0 and toks[start - 1].pos in ("ADJF", "PRTF") and \
                toks[start - 1].lemma != "который" and \
                not self._in_period(toks[start - 1]) and not self._is_number(toks[start - 1]):
            start -= 1  # "один объект": the number word is the figure, not an adjective
        tail, clause = self._tail(toks, head, pos)
        words = toks[start:head + 1] + tail
        if not clause:
            while words and words[-1].pos in ("PREP", "CONJ", "PRCL", "ADVB"):
                words.pop()
        words = self._drop_judgements(words)
        if not words:
            return None
        head_index = max(i for i, t in enumerate(words) if t.pos == "NOUN") if any(
            t.pos == "NOUN" for t in words) else 0
        first_noun = next((i for i, t in enumerate(words) if t.pos == "NOUN"), head_index)
        nominative = _to_case(words[:first_noun + 1], "nomn", force_number=number)
        rest = words[first_noun + 1:]
        if clause and not rest:
            clause = _agreeing_in_nominative(clause, words[first_noun])
        return _joined([nominative] + _conjuncts_in_nominative(rest, words[first_noun])
                       + [_lower_common(t.text) for t in clause]).replace(" - ", "-")

    def _tail(self, toks: list[Tok], head: int, pos: int) -> tuple[list[Tok], list[Tok]]:
        """What follows the head noun in its phrase: genitive (and instrumental) attributes and
        prepositional phrases ("центры по набору мигрантов", "обеспеченность койками"), then
        a participial phrase set off by a comma. Cut at stop phrases, periods, places, figures,
        verbs, clause punctuation, a noun in another case (the next member of the clause:
        "на одной чаше весов политические дивиденды") and a time noun with its preposition
        ("сотрудников в ближайшее время")."""
        words: list[Tok] = []
        prep_at: int | None = None  # where the prepositional phrase being read began
        for i in range(head + 1, min(len(toks), head + 1 + _MAX_TAIL)):
            tok = toks[i]
            if tok.end > pos:
                break
            if tok.text == "," and words and words[-1].pos == "NOUN" and prep_at is None \
                    and "gent" in words[-1].info.cases and i + 1 < len(toks) \
                    and toks[i + 1].end <= pos and toks[i + 1].pos == "NOUN" \
                    and "gent" in toks[i + 1].info.cases and toks[i + 1].text[:1].islower():
                words.append(tok)  # "стоимость бананов, моркови и свёклы": genitives in a row
                continue
            if tok.text == ",":  # "организации, имеющие задолженность": the phrase goes on
                end = self._participial_end(toks, i, relative=True)
                clause = toks[i:end] if end is not None and toks[end - 1].end <= pos else []
                return words, clause
            if tok.text == "-" and self._inner_hyphen(toks, i):
                words.append(tok)  # "амбулаторно - поликлиническими"
                continue
            if self._joins_noun(toks, i):  # "возведение и обустройство", "готовность принимать"
                prep_at = len(words)  # the infinitive's object or the conjunct: any case
                words.append(tok)
                continue
            if not tok.word or self._in_period(tok) or self._in_place(tok) \
                    or self._is_figure(tok) or self._predicative(toks, i) \
                    or tok.pos in ("VERB", "INFN", "GRND", "PRTS", "CONJ") \
                    or self.ctx.subject_stops.match(self.view.text, tok.start) \
                    or self._introduces_figure(tok) or self._opens_adverbial(toks, i):
                break
            if tok.pos == "ADJF" and prep_at is None and "nomn" in tok.info.cases \
                    and (i + 1 >= len(toks) or toks[i + 1].end > pos or not toks[i + 1].word):
                while words and words[-1].pos == "ADVB":
                    words.pop()  # "стоимость аренды весьма демократичная:": the predicate
                break
            if tok.pos == "PREP":
                prep_at = len(words)
            elif tok.pos == "NOUN" and tok.lemma in self.ctx.not_subject:
                return words[:prep_at if prep_at is not None else len(words)], []
            elif tok.pos == "NOUN" and prep_at is None and not tok.info.cases & _ATTRIBUTE_CASES:
                while words and words[-1].pos in ("ADJF", "PRTF"):
                    words.pop()  # "политические [дивиденды]": adjectives of the next member
                break
            elif tok.pos == "NOUN":
                prep_at = None
            words.append(tok)
        return words, []

    def _predicative(self, toks: list[Tok], i: int) -> bool:
        """A short adjective or comparative ("объект уже готов"), or an adverb not qualifying
        the adjective after it ("экономически активного", "амбулаторно - поликлиническими"
        do): the predicate begins."""
        tok = toks[i]
        if tok.pos in ("ADJS", "COMP", "PRED"):
            return True
        qualifies = i + 1 < len(toks) and (toks[i + 1].pos in ("ADJF", "PRTF")
                                           or self._inner_hyphen(toks, i + 1))
        return tok.pos == "ADVB" and not qualifies

    @staticmethod
    def _joins_noun(toks: list[Tok], i: int) -> bool:
        """An infinitive complementing the noun before it, or "и"/"или" joining it to the
        noun phrase after it."""
        tok, before = toks[i], toks[i - 1]
        if tok.pos == "INFN":
            return before.pos == "NOUN"
        return tok.lemma in ("и", "или") and before.pos == "NOUN" and i + 1 < len(toks) \
            and toks[i + 1].pos in ("NOUN", "ADJF", "PRTF")

    def _opens_adverbial(self, toks: list[Tok], i: int) -> bool:
        """'население региона в среднем составляло': a sentence adverbial starts at i."""
        return any(tuple(t.text.lower() for t in toks[i:i + len(phrase)]) == phrase
                   for phrase in self.ctx.discourse_adverbials)

    def _introduces_figure(self, tok: Tok) -> bool:
        """'в объеме 175,1 млн': words that introduce the figure right after them ("в
        пределах страны" is an attribute, "в пределах 5%" is not)."""
        found = self.ctx.value_introducers.match(self.view.text, tok.start)
        return bool(found) and any(not self.view.text[found.end():q.start].strip()
                                   for q in self.quantities)

    def _participial_end(self, toks: list[Tok], comma: int, relative: bool = False
                         ) -> int | None:
        """The end (exclusive index) of a participial phrase opened by the comma at `comma`
        ("…, имеющие задолженность по заработной плате", "…, не получившие оплату"): a full
        participle (or a postposed adjective with its complement, "…, связанных с насилием")
        and its dependents, up to clause punctuation, a period or a place. None when the
        comma opens something else, or when the phrase holds a finite verb or a figure (then
        it is the predicate of the figure, not a modifier). `relative`: a relative clause
        ("…, которые готовы принять работников") counts too."""
        if relative and self._relative_at(toks, comma + 1):
            return self._relative_end(toks, comma)
        k = comma + 1
        while k < len(toks) and (toks[k].lemma == "не" or toks[k].pos == "ADVB"):
            k += 1
        if k + 1 >= len(toks) or toks[k].pos not in ("PRTF", "ADJF") \
                or "Apro" in toks[k].info.tag \
                or toks[k].lemma in self.ctx.evaluative or not toks[k + 1].word:
            return None  # "Apro": "…, которые …" is a relative clause, not a participle
        end = k + 1
        while end < len(toks) and toks[end].text not in _CLAUSE_END:
            tok = toks[end]
            if self._is_figure(tok) or tok.pos in ("VERB", "GRND") or end - comma > _MAX_CLAUSE:
                return None
            if self._in_period(tok) or self._in_place(tok):
                break
            end += 1
        return end

    @staticmethod
    def _relative_at(toks: list[Tok], k: int) -> bool:
        """'которые …', 'к которым …': a relative clause starts at k."""
        if k < len(toks) and toks[k].pos == "PREP":
            k += 1
        return k < len(toks) and toks[k].lemma == "который"

    def _relative_end(self, toks: list[Tok], comma: int) -> int | None:
        end = comma + 1
        while end < len(toks) and toks[end].text not in _CLAUSE_END and toks[end].text != '"':
            if self._is_figure(toks[end]) or end - comma > _MAX_CLAUSE:
                return None
            end += 1
        return end

    def _participial_opening(self, toks: list[Tok], comma: int) -> int | None:
        """Walking left, the comma at `comma` ends (or opens) a participial phrase after a
        noun: the index of its opening comma, to go on left to the noun."""
        if self._participial_end(toks, comma) == len(toks):
            return comma
        for k in range(comma - 1, max(-1, comma - _MAX_CLAUSE - 2), -1):
            if toks[k].text == ",":
                return k if self._participial_end(toks, k) == comma else None
        return None

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

    def _measure_named_before(self, head: str) -> str | None:
        """'В стране отмечается рост производства — за год этот показатель вырос на 3%': the
        phrase of a measure or change noun named in the sentence before the demonstrative and
        its anaphoric noun (and after any figure), which they refer to."""
        at = next((i for i, t in enumerate(self.toks) if i and t.lemma == head
                   and self.toks[i - 1].lemma in _DEMONSTRATIVES), None)
        if at is None:
            return None
        start = self.toks[at - 1].start
        bound = max((q.end for q in self.quantities if q.end <= start), default=0)
        k = next((i for i in range(at - 2, -1, -1) if self.toks[i].start >= bound
                  and self.toks[i].pos == "NOUN" and self.toks[i].lemma != head
                  and (self.toks[i].lemma in self.ctx.measure_nouns
                       or self.toks[i].lemma in self.ctx.change_nouns)), None)
        if k is None or k + 1 >= at - 1 or self._governed(self.toks, k) \
                and self.toks[k - 1].lemma not in ("о", "об"):
            return None
        return self._phrase_from(self.toks, k, start)

    def _resolve_anaphora(self, phrase: str, state: _DocState) -> str:
        """'сальдо' after 'сальдо миграции' was named means 'сальдо миграции'; 'данный
        показатель' means the subject named before."""
        if " " in phrase:
            return phrase
        head = word_info(phrase).lemma
        named = self._measure_named_before(head) if head in self.ctx.anaphoric_nouns else None
        if named:  # "сохраняется высокий уровень безработицы: этот показатель составил 8%"
            return named
        if (head in self.ctx.anaphoric_nouns or head in self.ctx.change_nouns
                or head in self.ctx.measure_nouns) and state.subjects:
            # "задолженность составила 560 млн рублей, рост составил 10%": the growth of it
            return state.subjects[-1]
        number = word_info(phrase).number
        for earlier in reversed(state.subjects):
            words = [word_info(w) for w in earlier.split()]
            nouns = [w for w in words if w.pos == "NOUN"]
            if len(words) > 1 and nouns and nouns[0].lemma == head \
                    and nouns[0].number in (number, None) and number is not None \
                    and not any(w.pos == "PREP" for w in words):
                # "прирост" after "миграционный прирост", not "цены" after "цена помидоров"
                # nor "расходы" after "расходы на здравоохранение"
                return earlier
        return phrase

    def _head_position(self, phrase: str) -> int:
        """Where an indicator phrase may start at the latest: at the head noun, after leading
        adjectives, participles ("начисленная", whose lemma is a verb) and measure nouns ("число
        трудовых патентов" → "трудовые патенты"), so that "задолженность по заработной плате" is
        not the indicator "заработная плата"."""
        infos = [word_info(word) for word in WORD.findall(phrase)]
        for i, info in enumerate(infos):
            if info.pos == "ADJF" or info.lemma in self.ctx.measure_nouns \
                    or info.pos == "PRTF" and _attributive_passive(info, infos[i + 1:]):
                continue
            return i
        return len(infos)

    def _with_indicator(self, phrase: str | None) -> tuple[str | None, str | None]:
        if not phrase:
            return None, None
        lemmas = lemma_key(phrase)
        head = self._head_position(phrase)
        found = self.rules.indicators.by_phrase(lemmas, head) \
            or self.rules.indicators.by_context_phrase(lemmas, self._nearby)
        return phrase, (found.id if found else None)

    def _nearby(self, words: frozenset[str]) -> bool:
        """Whether one of `words` (lemmas) is in this sentence or the two before it."""
        return not words.isdisjoint(self._nearby_lemmas)

    @cached_property
    def _nearby_lemmas(self) -> frozenset[str]:
        first = max(0, self.sentence.index - _NEARBY_SENTENCES)
        toks = [t for s in self.view.sentences[first:self.sentence.index]
                for t in tokenize(self.view.text, s.start, s.end)] + self.toks
        return frozenset(t.lemma for t in toks if t.word)

    # place ----------------------------------------------------------------------------

    def _place(self, index, window, right, indicator, fired, state: _DocState | None = None
               ) -> tuple[Place | None, Place | None]:
        place, partner = self._own_place(index, window, right, indicator, fired)
        people = self._people_partner(index, window, fired, state)
        if people is not None and place is not None and place.id == people.id:
            place = None  # "Армения — 22 264 армян получили …": their country is the partner
        if place is None and "ctx.place_world_price" not in fired:
            place = self._place_fallback(index, window, fired)
        if people is not None and (place is None or self._country(place).id != people.id):
            partner = people  # not "30 тыс. казахов" in Kazakhstan
        return place, partner

    def _own_place(self, index, window, right, indicator, fired
                   ) -> tuple[Place | None, Place | None]:
        if self._world_price(window, right):
            fired.append("ctx.place_world_price")
            return None, None
        respective = self._respective_place(index)
        if respective is not None:
            fired.append("ctx.place_respectively")
            return respective, None
        where = self._where_clause_place(index, window)
        if where is not None:
            fired.append("ctx.place_where_clause")
            return where, None
        flow = bool(indicator) and indicator.startswith(self.ctx.flow_prefixes)
        place, partner = self._place_and_partner(self._place_candidates(index, window, right), flow)
        if place is not None:
            fired.append("ctx.place_in_sentence")
        return place, partner

    def _place_fallback(self, index: int, window: list[Tok], fired: list[str]) -> Place | None:
        q = self.quantities[index]  # "На киевском рынке капуста стоила 4 гривны ($0,15)"
        place = self._adjective_place([t for t in self.toks if t.end <= q.start])
        if place is not None:
            fired.append("ctx.place_adjective")
            return place
        if self._mentions_country(window):
            fired.append("ctx.place_country_word")
            return self.view.home and self._country(self.view.home)
        if self.frame is not None:
            fired.append("ctx.place_frame")
            return self.frame
        if self.view.home is not None:
            fired.append("ctx.place_document")
        return self.view.home

    def _people_partner(self, index: int, window: list[Tok], fired: list[str],
                        state: _DocState | None) -> Place | None:
        """'100 тыс. украинцев', 'около 50 тыс. молдавских граждан', 'Казахстан, 37 837 жителей
        которого': a count of people of another country has it as partner (annotation §6.3);
        the figures that go on about them without naming a place ("на 49% больше, чем в 2015
        году (67 400 человек)") keep it, in the sentence and in one opened by "Это"."""
        q = self.quantities[index]
        found = self._people_of(index)
        if found is not None:
            fired.append("ctx.partner_people")
        elif state is None or state.people is None or any(
                m.start >= (window[0].start if window else q.start) and m.end <= q.start
                for m in self.places):
            return None  # the figure names its own place
        elif q.counted is not None and q.unit != "person":
            return None  # "3,3 млн сирийцев, … в 21 лагере": a count of other things
        elif index and state.people[1] == self.sentence.index \
                or index == 0 and state.people[1] == self.sentence.index - 1 and self.toks \
                and self.toks[0].lemma == "это":
            found = state.people[0]
            fired.append("ctx.partner_people_carried")
        if found is not None and state is not None:
            state.people = (found, self.sentence.index)
        return found

    def _people_of(self, index: int) -> Place | None:
        """The country of the people a figure counts: its counted noun ("украинцев"), a country
        adjective before a noun of origin right after it ("молдавских граждан"), or the country
        named before "жителей которого"."""
        q = self.quantities[index]
        gazetteer = self.rules.gazetteer
        after = [t for t in self.toks if t.start >= q.end and t.word][:2]
        found = None
        if q.counted in gazetteer.by_people:
            found = gazetteer.by_people[q.counted]
        elif len(after) == 2 and after[0].pos == "ADJF" \
                and after[1].lemma in gazetteer.words.origin_nouns:
            found = gazetteer.by_adjective.get(after[0].lemma)
        elif after and after[0].lemma == "который" and q.counted in gazetteer.words.origin_nouns:
            before = [m for m in self.places if m.end <= q.start]
            found = before[-1].place if before else None
        if found is not None and found.kind != "country":
            return None
        return found

    def _world_price(self, window: list[Tok], right: list[Tok]) -> bool:
        """'$40 за баррель', 'стоимость барреля Urals составит $49,90': a price per barrel or
        per ounce is a world market's (words.yaml world_price_units), when the unit is in the
        figure's own clause or right after it ("за баррель")."""
        units = self.rules.gazetteer.words.world_price_units
        clause = list(takewhile(lambda t: t.text not in _CLAUSE_PUNCT, reversed(window)))
        after = right[:2] if right and right[0].text.lower() == "за" else []
        return any(t.word and t.lemma in units for t in clause + after)

    def _where_clause_place(self, index: int, window: list[Tok]) -> Place | None:
        """'уезжают в Польшу, где зарплаты в 4 раза выше': a figure in a clause opened by "где"
        is about the place the clause hangs on, even where the main clause makes it a
        destination."""
        if not any(t.text.lower() == "где" for t in window):
            return None
        q = self.quantities[index]
        for mention in reversed(self.places):
            if mention.end <= q.start and _WHERE.match(self.view.text, mention.end, q.start):
                return self._listed_with_others(mention) or mention.place
        return None

    def _place_candidates(self, index: int, window: list[Tok], right: list[Tok]
                          ) -> list[PlaceMention]:
        """Mentions (names and home words) that may give the figure's place, the likeliest
        last: the one right after its dash, else those between the figure and the one before,
        else the first right after it, else any before it in the sentence."""
        q = self.quantities[index]
        left = window[0].start if window else q.start
        mentions = sorted(self.places + self._home_references + self._here_references
                          + self._world_references, key=lambda m: m.start)
        own = [m for m in mentions if _DASH_THEN_PLACE.fullmatch(self.view.text, q.end, m.start)
               or _IN_PLACE.fullmatch(self.view.text, q.end, m.start)
               or self._dash_then_origin(q.end, m.start)]
        candidates = [m for m in mentions if left <= m.start < q.start]
        if not candidates and right and not own:
            candidates = [m for m in mentions if q.end <= m.start <= right[-1].end][:1]
            if right[0].text.lower() == "от" and candidates \
                    and candidates[0] not in self._home_references:
                candidates = []  # "40,9% от имеющихся в округе": a share's base is elsewhere
        if not candidates:
            candidates = [m for m in mentions if m.end <= q.start]
        return candidates + own[:1]

    def _dash_then_origin(self, end: int, start: int) -> bool:
        """'около 4 тыс. – гражданам Азербайджана': the people a listed figure counts, by origin."""
        found = _DASH_THEN_WORD.fullmatch(self.view.text, end, start)
        return bool(found) and word_info(found.group("word")).lemma \
            in self.rules.gazetteer.words.origin_nouns

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
        областях', "в Москве и Санкт-Петербурге цены выросли на 0,2%": one figure for two or
        more regions of a country is the country's, the regions being its breakdown
        (eval/dev/part_c/NOTES.md 11, part_d/NOTES.md 5)."""
        if len(self.quantities) > 1:
            return None
        listed = self._coordinated_list(mention)
        countries = {self.rules.gazetteer.country_of(m.place) for m in listed}
        if len(listed) < 2 or len(countries) != 1 or None in countries \
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

    @cached_property
    def _here_references(self) -> list[PlaceMention]:
        """'Но и здесь доля приезжих …', 'До Якутска отсюда 2068 км': "здесь" (words.yaml
        here_words) is the place framing the paragraph, else the first place of the nearest
        sentence before that names one."""
        here = self.rules.gazetteer.words.here_words
        toks = [t for t in self.toks if t.word and t.text.lower() in here]
        place = self.frame or self._place_named_before() if toks else None
        return [PlaceMention(t.start, t.end, place, "в") for t in toks] if place else []

    @cached_property
    def _world_references(self) -> list[PlaceMention]:
        """'Безработица в мире составила 5,6%': the world is the place (words.yaml
        world_phrases); 'в мире моды', with a genitive noun after it, is a figure of speech."""
        world = self.rules.gazetteer.words.world
        if world is None:
            return []
        out = []
        for found in world.finditer(self.view.text, self.sentence.start, self.sentence.end):
            after = [t for t in self.toks if t.word and t.start >= found.end()][:1]
            if after and after[0].pos == "NOUN" and after[0].info \
                    and "gent" in after[0].info.cases:
                continue
            out.append(PlaceMention(found.start(), found.end(), WORLD, "в"))
        return out

    def _place_named_before(self) -> Place | None:
        for sentence in reversed(self.view.sentences[max(0, self.sentence.index - 3):
                                                     self.sentence.index]):
            named = [m for m in self.view.place_mentions
                     if sentence.start <= m.start < sentence.end and _trusted(m, self.view.confirmed)]
            if named:
                return named[0].place
        return None

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
            # "из стран СНГ": a group of countries; a federal district is a place, and so is
            # a group a figure is averaged over ("в среднем по Евросоюзу")
            return not self._averaged_over(mention)
        if self._foreign(mention) and self._of_origin(mention):
            return True  # "граждане Узбекистана": where people come from (annotation §6.3)
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

    def _averaged_over(self, mention: PlaceMention) -> bool:
        """'в среднем по Евросоюзу', 'инфляция по странам еврозоны': "по" before the name, not
        in the name of a body ("Совет по Латинской Америке")."""
        if (mention.preposition or self._coordinated_preposition(mention)) != "по":
            return False
        before = [t for t in self.toks if t.end <= mention.start and t.word][-2:-1]
        return not (before and before[0].text[:1].isupper())

    def _of_origin(self, mention: PlaceMention) -> bool:
        """The name follows a noun of people by origin ("граждане Узбекистана", "выходцы из
        Таджикистана"), over a preposition "из"."""
        before = [t for t in self.toks if t.end <= mention.start][-2:]
        if before and before[-1].text.lower() == "из":
            before = before[:-1]
        return bool(before) and before[-1].word \
            and before[-1].lemma in self.rules.gazetteer.words.origin_nouns

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
                  if s <= q.start < e and s <= m.start < e and kind == "paren"
                  and m.kind in ("explicit", "anaphoric") and m.period_start is not None]
        base = self._base_before_bracket(q)
        if base is not None:
            fired.append("ctx.period_of_base")
            return base
        own = self._nearest(q, inside)
        if own is not None:  # "(после 7,1% в 2016-м, 15,5% в 2015-м)"; "(на 5% больше 2018 года)"
            fired.append("ctx.period_in_parenthesis")  # is a base, not the figure's period
            return own
        respective = self._respective_years.get(q.start)
        if respective is not None:  # "в 2019 и 2020 годах … 0,9 и 0,8% соответственно"
            fired.append("ctx.period_respective")
            return respective
        usable = [m for m in self.periods if m.period_start is not None
                  and m.kind in ("explicit", "anaphoric")
                  and not _inside(m.start, self.comparisons)]
        undated = [m for m in self.periods if m.kind == "undated"]
        own = self._nearest(q, sorted(usable + undated, key=lambda m: m.start) if undated
                            else usable)
        if own is not None and own.kind == "undated":
            fired.append("ctx.period_undated")  # "На сегодняшний день … 1 млн, а до конца года …"
            return None
        if own is not None:  # "… составило 5 тыс. в 2022 году", with no other figure in between
            fired.append("ctx.period_in_sentence")
            return own
        if q.unit in _DURATIONS:
            return None  # "пенсионный возраст 60 лет": an age or a term holds for no period
        if any(m.kind == "undated" for m in self.periods):
            fired.append("ctx.period_undated")
            return None  # "сейчас ставка 9%": now, with no date to give
        if state.period is not None and state.period_past and self._over(state.period) \
                and self.sentence.paragraph != state.period_paragraph and self._not_past \
                and not self.ctx.parent_markers.search(self.view.text, self.sentence.start, q.start):
            fired.append("ctx.period_not_carried")
            return None  # "В 1990 году доля была 11%. ¶ В США насчитывается 2400 участков."
        if state.period is not None and state.period_forecast \
                and self.sentence.paragraph != state.period_paragraph:
            fired.append("ctx.period_not_carried")
            return None  # "В 2025 году нагрузка составит 800. ¶ Россия отстает в 2–3 раза."
        if state.period is not None:
            fired.append("ctx.period_carried")
        return state.period

    def _level_in_span(self, index: int, period: PeriodMention | None,
                       fired: list[str]) -> PeriodMention | None:
        """'с 2012 по 2017 год зарплата выросла на 65,6% до 56,4 тыс.', 'за это время (с 2004 года)
        безработица снизилась с 3,5% до 0,4%': over a span of years, the old level after 'с' is of
        its first year and the new level after 'до' of its last; the change itself keeps the span."""
        if period is None or period.period_start is None or period.period_end is None \
                or period.period_start.year == period.period_end.year or not (
                    (period.period_start.month, period.period_start.day) == (1, 1)
                    and (period.period_end.month, period.period_end.day) == (12, 31)):
            return period
        q, text = self.quantities[index], self.view.text
        lead = _LEVEL_LEAD.search(text, self.sentence.start, q.start)
        if lead is None:
            return period
        after_figure = index > 0 and _FIGURE_THEN_LEVEL.fullmatch(
            text, self.quantities[index - 1].end, q.start)
        changed = after_figure or self.rules.periods.change_verb.search(
            text, self.sentence.start, q.start)
        if lead.group("word").lower() == "до" and changed:
            year = period.period_end.year
        elif lead.group("word").lower() in ("с", "со") and _FROM_TO.match(text, q.end) and changed:
            year = period.period_start.year
        else:
            return period
        fired.append("ctx.period_level_of_span")
        return replace(period, period_start=date(year, 1, 1), period_end=date(year, 12, 31))

    @cached_property
    def _respective_years(self) -> dict[int, PeriodMention]:
        """'в 2019 и 2020 годах … до 0,9 и 0,8% соответственно', 'в 2011–2013 годы … на 6,1, 6,6 и
        6,5% соответственно': the figures of a list that 'соответственно' closes, one to one with
        the years named together before it (by the start of each figure)."""
        text, sentence = self.view.text, self.sentence
        if not self.rules.periods.respectively.search(text, sentence.start, sentence.end):
            return {}
        out: dict[int, PeriodMention] = {}
        for run in _figure_runs(text, self.quantities):
            tail = _RESPECTIVE_TAIL.match(text, run[-1].end, sentence.end)
            if not self.rules.periods.respectively.search(text, run[-1].end, tail.end()):
                continue
            years = self._years_named_before(run[0].start, len(run))
            for q, mention in zip(run, years, strict=False):
                out[q.start] = mention
        return out

    @cached_property
    def _respective_source(self) -> PeriodMention | None:
        """The period expression the years of a 'соответственно' list come from."""
        years = [m for m in self._respective_years.values()]
        return next((m for m in self.periods if years and m.start == years[-1].start
                     and m.kind == "explicit"), None)

    def _years_named_before(self, pos: int, count: int) -> list[PeriodMention]:
        """The `count` years of the last period expression before `pos`: a span of that many
        whole years ('2011–2013 годы'), or that many years in one list ('в 2019 и 2020 годах');
        none if a figure stands between them and `pos`."""
        before = [m for m in self.periods if m.kind == "explicit" and m.end <= pos
                  and m.period_start is not None and not _inside(m.start, self.comparisons)]
        if not before or any(before[-1].end <= q.start < pos for q in self.quantities):
            return []
        last = before[-1]
        start, end = last.period_start, last.period_end
        if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) \
                and end.year - start.year + 1 == count > 1:
            return [replace(last, period_start=date(y, 1, 1), period_end=date(y, 12, 31),
                            rule="period.respective_year") for y in range(start.year, end.year + 1)]
        listed = [last]
        for mention in reversed(before[:-1]):
            if not _YEAR_LIST_GAP.fullmatch(self.view.text, mention.end, listed[0].start):
                break
            listed.insert(0, mention)
        if len(listed) != count or count < 2 or not all(whole_year(m) for m in listed):
            return []
        return [replace(m, rule="period.respective_year") for m in listed]

    def _over(self, period: PeriodMention) -> bool:
        """A period that ended before the year the text is of."""
        year = self.view.reference_year
        return year is not None and period.period_end is not None and period.period_end.year < year

    @cached_property
    def _not_past(self) -> bool:
        """Are the finite verbs of the sentence all in the present or the future (a general
        statement, a plan, a forecast)? A sentence without one ("в 2017 году — 7%") is not."""
        tenses = _tenses(self.view.text, self.sentence.start, self.sentence.end, self.ctx.speech)
        return bool(tenses) and "past" not in tenses

    def _base_before_bracket(self, q: Quantity) -> PeriodMention | None:
        """'на 10% меньше, чем за аналогичный период прошлого года (990 тыс. человек)': the figure
        in brackets right after a base is the base's figure, for the base's period."""
        text = self.view.text
        for start, end, kind in self.comparisons:
            if kind != "paren" or not start <= q.start < end \
                    or _DIGIT.search(text, start + 1, q.start):  # the figure opens it
                continue
            if any(start <= m.start < end and m.kind != "base" for m in self.periods):
                continue  # "(–0,7% в 2014 году)": the bracket dates its figures itself
            return next((m for m in self.periods if m.kind == "base" and m.period_start
                         and m.end <= start and not text[m.end:start].strip()), None)
        return None

    def _nearest(self, q: Quantity, mentions: list[PeriodMention]) -> PeriodMention | None:
        """The one right after the figure ("0,3% в январе", "6,3% в 2021 году и 2,9% в 2020
        году"), else the last of `mentions` before it, else the first after it with no other
        figure in between."""
        text = self.view.text
        right_after = next((m for m in mentions if q.end <= m.start <= q.end + 5 and (
            _SPACE_PREPOSITION.fullmatch(text, q.end, m.start)
            or _HORIZONTAL_SPACE.fullmatch(text, q.end, m.start)
            and _PERIOD_PREPOSITION.match(m.text))), None)
        if right_after is not None:
            return right_after
        before = [m for m in mentions if m.end <= q.start]
        if before:
            return before[-1]
        return next((m for m in mentions if m.start >= q.end and not any(
            q.end <= other.start < m.start for other in self.quantities)), None)

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


# The subject rules of _SentenceView in the order they are tried (see "subject" there); a rule
# id of None means the rule records its own.
_DEMONSTRATIVES = frozenset({"этот", "данный", "такой", "указанный"})
_PRICE_RULES = ("ctx.subject_price_of", "ctx.subject_price_item")

_SUBJECT_RULES = (
    ("ctx.subject_after_dash", _SentenceView._rule_after_dash),
    ("ctx.subject_this_is", _SentenceView._rule_this_is),
    ("ctx.subject_restated", _SentenceView._rule_restated),
    ("ctx.subject_parenthesized", _SentenceView._rule_parenthesized),
    ("ctx.subject_money_of", _SentenceView._rule_money_of),
    ("ctx.subject_new_level", _SentenceView._rule_new_level),
    ("ctx.subject_age", _SentenceView._rule_age),
    ("ctx.subject_most_of", _SentenceView._rule_most_of),
    ("ctx.subject_price_item", _SentenceView._rule_price_item),
    ("ctx.subject_adjacent_np", _SentenceView._rule_adjacent_first),
    ("ctx.subject_share_of_base", _SentenceView._rule_share_of_base_first),
    ("ctx.subject_own_verb", _SentenceView._rule_own_verb),
    ("ctx.subject_list_item", _SentenceView._rule_list_item),
    ("ctx.subject_counted_object", _SentenceView._rule_counted_object),
    (None, _SentenceView._rule_predicate),
    ("ctx.subject_share_of_base", _SentenceView._rule_share_of_base),
    ("ctx.subject_adjacent_np", _SentenceView._rule_adjacent),
    ("ctx.subject_counted_noun", _SentenceView._rule_own_counted),
    ("ctx.subject_nearest_np", _SentenceView._rule_nearest_np),
    ("ctx.subject_counted_noun", _SentenceView._rule_counted),
    ("ctx.subject_share_of", _SentenceView._rule_share_of),
    ("ctx.subject_money_taken", _SentenceView._rule_money_taken),
    ("ctx.subject_amount_of", _SentenceView._rule_amount_of),
    ("ctx.subject_verb_phrase", _SentenceView._rule_verb_phrase),
    ("ctx.subject_people_verb", _SentenceView._rule_people_verb),
    ("ctx.subject_carried", _SentenceView._rule_carried),
)


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
    info = word_info(word)
    if {"Geox", "Name", "Surn", "Orgn"} & set(info.tag.replace(" ", ",").split(",")):
        return word
    return word.lower()


def _to_case(toks: list[Tok], case: str, force_number: str | None = None) -> str:
    """Inflect the head noun (last noun) and its adjectives into `case`, keeping their number."""
    head = max((i for i, t in enumerate(toks) if t.pos == "NOUN"), default=len(toks) - 1)
    info = toks[head].info
    # a head read first as a genitive plural that can be a nominative singular is one
    # ("десяток яиц" stays, not "десятки яиц"; "чистой прибыли" is still "чистая прибыль")
    read_as = "nomn" if case == "nomn" and info and {"plur", "gent"} <= set(regex.split("[ ,]", info.tag)) \
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


def document_places(text_mentions: list[PlaceMention], title: str | None, rules: Rules,
                    sentences: list[Sentence] = ()) -> tuple[Place | None, frozenset[str]]:
    """The place the document is about, and the places it names unambiguously, from the
    place mentions of its text (all_places), its title and its lead (the first of
    `sentences` that names a place)."""
    title_mentions = all_places(title or "", rules)
    # "В Шахтах завершился фестиваль": a title's unlisted town is what the news is about;
    # "на Байкале" names a lake or a mountain, not a territory that has news
    title_mentions += [m for m in _unlisted_mentions(tokenize(title or "", 0, len(title or "")),
                                                     title_mentions)
                       if m.preposition in ("в", "во")
                       and not _inside(m.start, _quoted_names(title or ""))]
    confirmed = _confirmed(title_mentions + text_mentions, rules)
    lead = _lead_places(text_mentions, sentences, confirmed)
    return _home(title_mentions, text_mentions, confirmed, rules, lead), confirmed


def _lead_places(mentions: list[PlaceMention], sentences: list[Sentence],
                 confirmed: frozenset[str]) -> frozenset[str]:
    """Ids of the places named in the lead: the first sentence that names a place ("Власти
    Якутии отмечают, что …"). A dateline's name is not a mention (all_places)."""
    trusted = [m for m in mentions if _trusted(m, confirmed)]
    if not trusted or not sentences:
        return frozenset()
    first = trusted[0].start
    sentence = next((s for s in sentences if s.start <= first < s.end), None)
    if sentence is None:
        return frozenset()
    return frozenset(m.place.id for m in trusted if sentence.start <= m.start < sentence.end)


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
          confirmed: frozenset[str], rules: Rules, lead: frozenset[str] = frozenset()
          ) -> Place | None:
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
    national = _reported_country(counts, places, titled, lead, rules)
    if national is not None:
        return national
    top = places[max(counts, key=lambda pid: (counts[pid], -first[pid]))]
    if top.kind == "country":  # "Ульяновская область" twice beside "РФ" three times: the region;
        # but "Москва" twice beside "Россия" thirty times is named in passing (a ministry, a
        # diaspora "в Москве") in news on the country
        parts = [pid for pid in counts if pid != top.id and counts[pid] >= 2
                 and counts[pid] * _PASSING >= counts[top.id] and places[pid].kind != "group"
                 and pid in rules.gazetteer.places
                 and rules.gazetteer.country_of(places[pid]) == top]
        if parts:
            return places[max(parts, key=lambda pid: (counts[pid], -first[pid]))]
    return top


_PASSING = 3  # a part named under a third as often as its country is named in passing


def _is_local(place: Place) -> bool:
    """A district or town found by its marker word ("Сапожковский район", "г. Судогда"), not a
    gazetteer entry: local documents name such places, national ones rarely do."""
    return place.kind == "district" or place.id.startswith("town:")


def _reported_country(counts: Counter[str], places: dict[str, Place], titled: set[str],
                      lead: frozenset[str], rules: Rules) -> Place | None:
    """A country named together with three or more of its regions or cities (a national
    release broken down by region) is what the document reports on — unless the title names
    one of those parts and not the country ("В Якутии стартовал проект", naming Тюмень and
    Петербург in passing, is Yakutia's news), or the lead does, for a part the text names
    more often than the country ("Власти Якутии отмечают, что …")."""
    named = []
    for cid in counts:
        parts = [pid for pid in counts if _part_of(places[pid], cid, rules)]
        framed = titled & set(parts) and cid not in titled
        framed = framed or cid not in lead and any(
            counts[pid] > counts[cid] for pid in lead & set(parts))
        if len(parts) >= 3 and not framed:
            named.append((len(parts), counts[cid], cid))
    return places[max(named)[2]] if named else None


def _part_of(place: Place, country_id: str, rules: Rules) -> bool:
    """A region or city of the country `country_id` (not the country itself)."""
    if place.id not in rules.gazetteer.places or place.id == country_id:
        return False
    country = rules.gazetteer.country_of(place)
    return country is not None and country.id == country_id


# "по итогам 2017 года": the results of a year that is over, so the text was written later
_YEAR_RESULTS = regex.compile(r"(?<!\w)по\s+итогам\s+((?:19|20)\d{2})\s*(?:года|г\.)",
                              regex.IGNORECASE)


def reference_year(doc_date: date | None, text: str, rules: PeriodRules | None = None,
                   speech: frozenset[str] = frozenset()) -> int | None:
    """Relative years ('в прошлом году') count from the document date. A text without one is of
    the year it reports in the present tense ('на 1 января 2019 года составляет'), was written
    after the years it reports in the past tense ('в 2016 году … уменьшилось', 'по итогам 2017
    года') and no later than those it speaks of in the future ('в 2018 году … составит',
    'планируется в 2019 году'); failing all, the year it names most often."""
    if doc_date is not None:
        return doc_date.year
    after, now, before = _years_by_tense(text, rules, speech) if rules else ([], [], [])
    low = max(after, default=None)
    high = min(before, default=None)
    if now:
        year = Counter(now).most_common(1)[0][0]
        if (low is None or year >= low) and (high is None or year <= high):
            return year
    if low is not None or high is not None:
        return min(y for y in (low, high) if y is not None)
    years = Counter(int(y) for y in regex.findall(r"\b((?:19|20)\d{2})\s*(?:год|г\.)", text))
    if not years:
        return None
    return years.most_common(1)[0][0]


# a year in a clause ("в 2016 году", "2017-го", "по итогам 2017 года"); clauses end at these marks
_CLAUSE_YEAR = regex.compile(r"(?<![\d.,])((?:19|20)\d{2})(?:\s*(?:год\w*|г\.)|-(?:го|м|му)\b)")
_CLAUSE_SPLIT = regex.compile(r"[.!?;:,()«»\"\n]|\s[—–-]\s")


def _years_by_tense(text: str, rules: PeriodRules, speech: frozenset[str]
                    ) -> tuple[list[int], list[int], list[int]]:
    """What the years a text names in its clauses tell of its own year: the earliest it can be,
    from a clause whose finite verbs are all in the past (the next year; the year itself when a
    month or "в начале" puts the event inside it); the year itself, from a clause in the present
    tense; the latest it can be, from a clause in the future or with a verb of plan. A clause
    without a finite verb (a participle, a heading) tells nothing; the results of a year ('по
    итогам 2017 года') are past."""
    after = [int(result.group(1)) + 1 for result in _YEAR_RESULTS.finditer(text)]
    now: list[int] = []
    before: list[int] = []
    for match in _CLAUSE_YEAR.finditer(text):
        lo, hi = _clause_bounds(text, match.start(), match.end(), max(0, match.start() - 200),
                                min(len(text), match.end() + 200))
        words = [word.group() for word in _CLAUSE_WORD.finditer(text, lo, hi)]
        tenses = _tenses(text, lo, hi, speech)
        year = int(match.group(1))
        if tenses == {"past"}:
            inside = rules.year_in_progress.search(text, lo, match.start())
            after.append(year + (0 if inside else 1))
        elif "futr" in tenses and "past" not in tenses \
                or "pres" in tenses and any(rules.plan_verb.fullmatch(word) for word in words):
            before.append(year)
        elif tenses == {"pres"}:
            now.append(year)
    return after, now, before


_CLAUSE_WORD = regex.compile(r"[^\W\d_]{3,}")


def _tenses(text: str, start: int, end: int, speech: frozenset[str]) -> set[str]:
    """The tenses of the finite verbs of text[start:end], verbs of speech aside ("…, считают
    эксперты" does not make a report present)."""
    out = set()
    for word in _CLAUSE_WORD.finditer(text, start, end):
        tense = _tense(word.group())
        if tense is not None and word_info(word.group()).lemma not in speech:
            out.add(tense)
    return out


def _tense(word: str) -> str | None:
    info = word_info(word)
    if info.pos != "VERB":
        return None
    for tense in ("past", "pres", "futr"):
        if tense in info.tag:
            return tense
    return None
