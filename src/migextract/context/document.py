"""The walk: one pass over a document's sentences in order, carrying the period, the speaker and
the paragraph's frame from sentence to sentence, and handing each sentence's figures to the
sentence view. What carries over, and when it stops carrying, is decided here and nowhere else."""

from __future__ import annotations

from dataclasses import replace
from itertools import takewhile

import regex

from ..lists import structure_lists
from ..morph import WORD, number_in_case, word_info
from ..periods import _DAY_MONTH, PeriodMention, _shift_year, find_periods, whole_year
from ..records import DURATION_UNITS, Context, Sentence
from ..rules import Rules
from .dating import (
    _TIME_OF,
    _TIME_OF_START,
    _clause_around,
    _comparison_spans,
    _date_conversions,
    _date_totals,
    _forecast,
    _same_clause,
    _since_year,
    _tense,
    _tenses,
    _within_a_year,
    change_span,
    dates_a_founding,
    due_day,
    over_a_year,
)
from .document_places import _is_local, _trusted
from .sentence import _SentenceView
from .speakers import (
    _FIRST_LETTER,
    _LEAD_PARAGRAPHS,
    LAST_SPEAKER,
    _attributed_speakers,
    _credit_earlier,
    _first_word,
    _introduced_speaker,
    _is_person,
    _main_release,
    _office_named_again,
    _opens_with_quote,
    _own_speaker,
    _refers_back,
    _released,
    _same_report,
    _same_source,
    _source_of_what_came_before,
    cites_data,
    outlet_figures,
    speaker_sentences,
)
from .state import DocumentView, _DocState
from .tokens import _inside

# "15 июля 2016 года" dates an event; it holds for its own sentence but does not carry on the way
# "в январе-июне" or "на 1 января" (a statistical reference date) do. So does a single month
# named without its year ("в ходе визита в феврале", "результаты опубликовали в июне").
_EVENT_DATES = frozenset({"period.day_date", "period.month_of_event"})
# Periods said relative to the one in force ("аналогичный период прошлого года", "годом ранее")
# hold where they are said; the period in force goes on after them.
_NOT_CARRIED = _EVENT_DATES | {"period.same_period", "period.year_earlier"}


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


def _opens_new_frame(view: DocumentView, sentence: Sentence, rules: Rules) -> bool:
    """A plan ("Планируется: …"), earlier news ("Ранее сообщалось, что …") or a poll, which the
    period reported before is not about; a poll from the start of its paragraph, as its figures
    may come before the word "опрос"."""
    text = view.text[sentence.start:sentence.end]
    if rules.periods.plan_opening.search(text) or rules.periods.poll.search(text) \
            or rules.periods.earlier_news.search(text):
        return True
    first = sentence.index == 0 or view.sentences[sentence.index - 1].paragraph != sentence.paragraph
    rest = takewhile(lambda s: s.paragraph == sentence.paragraph,
                     view.sentences[sentence.index + 1:])  # the paragraph, not the document
    return first and any(rules.periods.poll.search(view.text, s.start, s.end) for s in rest)


def _series(contexts: list[Context]) -> bool:
    """Do a sentence's figures state two whole years of their own, one after the other (a series
    over time)?"""
    years = {(ctx.period_start, ctx.period_end) if "ctx.period_reached_by" not in ctx.rules
             else (ctx.period_start, ctx.period_start.replace(month=12, day=31))  # "к 2016 году"
             for ctx in contexts
             if "ctx.period_in_sentence" in ctx.rules and ctx.period_start is not None
             and "ctx.period_old_level" not in ctx.rules and "ctx.period_level_of_span" not in ctx.rules}
    return len(years) > 1 and all((s.month, s.day, e.month, e.day) == (1, 1, 12, 31)
                                  and s.year == e.year for s, e in years)


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


def _dates_an_utterance(text: str, sentence: Sentence, mention: PeriodMention,
                        rules: Rules) -> bool:
    """'Ещё в 2017 году министр сообщил, что …', 'В 2012 году президент сказал: …': a time
    ('в …') in the clause of a verb of speech dates what was said, not the statistics of the
    figures that follow; they keep the period they had. Not the period of the data said ('Росстат
    сообщил итоги 2017 года', 'в докладе за 2017 год говорится')."""
    lo, hi = _clause_around(text, mention, sentence)
    if not (_TIME_OF.search(text, lo, mention.start) or _TIME_OF_START.match(mention.text)):
        return False
    return any(info.pos == "VERB" and info.lemma in rules.context.speech
               for info in (word_info(word.group()) for word in WORD.finditer(text, lo, hi)))


# "к 2024 году", "до 2025 года": the year a forecast or a target is to be reached by
_TARGET_BY = regex.compile(r"(?:^|[^\w-])(?:к|до)\s+$", regex.IGNORECASE)


def _target_horizon(text: str, sentence: Sentence, mention: PeriodMention, rules: Rules) -> bool:
    """'К 2024 году Россия построит 400 млн кв. м', 'Стратегия … до 2025 года': the year a
    forecast, a plan or a target is to be reached by dates the figures of its own sentence; it
    is no period the statistics that follow report on, so it does not carry (§6.1). A level
    already reached ('К 1942 году число жителей сократилось до 622 тыс.') is in the past tense
    and does carry."""
    if not whole_year(mention) or not _TARGET_BY.search(text, max(sentence.start,
                                                                    mention.start - 4),
                                                         mention.start):
        return False
    if text[sentence.start:sentence.end].rstrip().endswith(":"):
        return False  # "к 2025 году предполагается:" opens a list of targets for that year
    lo, hi = _clause_around(text, mention, sentence)
    return "past" not in _tenses(text, lo, hi, rules.context.speech)


_PERIOD_STATE = ("period", "period_past", "period_paragraph", "period_forecast", "period_plan",
                 "period_target")


def _saved_period(state: _DocState) -> tuple:
    return tuple(getattr(state, name) for name in _PERIOD_STATE)


def _restore_period(state: _DocState, saved: tuple) -> None:
    """After a link to another article ("Также по теме", its headline, its teaser), the period
    in force before it goes on."""
    for name, value in zip(_PERIOD_STATE, saved, strict=True):
        setattr(state, name, value)


class _LeadPeriod:
    """'Продолжительность жизни достигла 72,5 лет. … «По данным Росстата за семь месяцев
    текущего года, …»', 'Пятьсот квартир, детсады на 1000 мест … планируют построить в 2019
    году': the lead's figures said before any period, in the lead, take the first period the
    lead states after them, as a lead's source named after its figures covers them."""

    def __init__(self) -> None:
        self.waiting: list[int] = []  # contexts of the lead with no period yet
        self.done = False

    def read(self, contexts: list[Context], opened: int, quantities, open_before: bool,
             planned: bool, timeless: bool = False, held: frozenset[int] = frozenset()) -> None:
        """The contexts[opened:] of one sentence of the lead, `planned` if it speaks of a plan
        (whose period is not the one of the figures reported around it), `timeless` if its
        figures are what holds now or will be (a poll's shares, a forecast): they wait for no
        period stated in a later sentence (annotation §6.1), only for one of their own. `held`:
        the figures (indices into `quantities`) followed by the horizon of a later clause's plan,
        which is no period of theirs (annotation §6.27)."""
        if self.done:
            return
        if planned:  # "планируют открыть четыре центра … к концу августа 2019 года"
            self.waiting.clear()
        source = next((ctx for ctx in contexts[opened:] if ctx.period_start is not None
                       and "ctx.period_in_sentence" in ctx.rules), None)
        for index, q in zip(range(opened, len(contexts)), quantities, strict=True):
            ctx = contexts[index]
            if ctx is source:
                break
            if open_before and (source is not None or not timeless) and ctx.period_start is None \
                    and index - opened not in held \
                    and not any(rule.startswith("ctx.period") for rule in ctx.rules) \
                    and (q.unit not in DURATION_UNITS or q.value != int(q.value)):
                self.waiting.append(index)
        if source is not None:
            self.fill(contexts, source.period_start, source.period_end, source.period_text)
        elif not open_before or any(ctx.period_start is not None for ctx in contexts[opened:]):
            self.close()  # a period was in force: the lead is dated
        elif planned:
            self.close()

    def close(self) -> None:
        self.waiting.clear()
        self.done = True

    def fill(self, contexts: list[Context], start, end, text) -> None:
        if self.done:
            return
        for index in self.waiting:
            contexts[index] = replace(contexts[index], period_start=start, period_end=end,
                                      period_text=text,
                                      rules=contexts[index].rules + ("ctx.period_from_lead",))
        self.waiting.clear()
        self.done = True


_WORD = regex.compile(r"[^\W\d_]{3,}")


def _holds_now(view: DocumentView, sentence: Sentence, rules: Rules) -> bool:
    """'Лишь 34% опрошенных считают ориентиры реалистичными', 'рост будет постепенным — по 2% в
    месяц': a sentence whose finite verbs are none in the past, and are in the future or are
    present verbs other than verbs of measure ("составляет"), says what holds now or will be,
    not the statistics of a period the text names later."""
    tenses = set()
    for word in _WORD.finditer(view.text, sentence.start, sentence.end):
        tense = _tense(word.group())
        if tense == "pres" and word_info(word.group()).lemma in rules.periods.measure_verbs:
            tense = "measure"
        if tense is not None:
            tenses.add(tense)
    return "past" not in tenses and "measure" not in tenses and bool(tenses & {"pres", "futr"})


# a period that names its year or counts it from now ("2018 года", "прошлого года", "г.")
_OWN_YEAR_WORD = regex.compile(r"\d{4}|(?<!\w)(?:год\w*|г\.)", regex.IGNORECASE)


def _before_writing(mentions: list[PeriodMention], view: DocumentView, sentence: Sentence,
                    rules: Rules) -> list[PeriodMention]:
    """'МОСКВА, 15 января. … В декабре в регион прибыли 1,2 тыс. мигрантов', '… в четвертом
    квартале …': a month, a quarter or a season without a year, in a sentence that reports the
    past, is the last one before the text was written; one that ends after the month of
    writing is of the year before (annotation §6.12). Called while no period is in force, when
    such a period has taken the reference year."""
    month, year = view.reference_month, view.reference_year
    if month is None or year is None or not any(_after_writing(m, year, month) for m in mentions):
        return mentions
    if _tenses(view.text, sentence.start, sentence.end, rules.context.speech) != {"past"}:
        return mentions
    return [replace(m, period_start=_shift_year(m.period_start, -1),
                    period_end=_shift_year(m.period_end, -1))
            if _after_writing(m, year, month) else m for m in mentions]


def _after_writing(mention: PeriodMention, year: int, month: int) -> bool:
    """A period with no year of its own, in the year of writing, that ends after its month."""
    start, end = mention.period_start, mention.period_end
    return mention.kind == "explicit" and start is not None and end is not None \
        and start.year == end.year == year and end.month > month \
        and not _OWN_YEAR_WORD.search(mention.text)


def _counted(mention: PeriodMention, quantities, text: str) -> bool:
    """'достиг отметки в 1864 пунктов': a number after 'в' with no word of a year is no year when
    the noun after it is counted by it in the genitive plural ('1864 пунктов'; not 'в 2016 цены
    выросли', and not the genitive singular either: 'в 2014 цены' reads as that too)."""
    if mention.rule != "period.year_after_preposition":
        return False
    for q in quantities:
        if q.start < mention.end and mention.start < q.end and q.counted:
            noun = _WORD_AFTER.match(text, q.number_end)
            if noun is None:
                continue
            if number_in_case(noun.group(1), "gent") == "plur":
                return True
    return False


_WORD_AFTER = regex.compile(r"\s+([^\W\d_]+)")


def _plan_term(view: DocumentView, sentence: Sentence, mention: PeriodMention, state: _DocState,
               rules: Rules) -> bool:
    """Is the period the term of a plan: said in a forecast or a plan ("в 2019 году
    планируется направить"), or a whole year after "на" ("принят бюджет на 2019 год")?"""
    return state.period_forecast or _plans(view, sentence, rules) \
        or whole_year(mention) and bool(_ON_BEFORE.search(view.text, sentence.start,
                                                          mention.start))


_ON_BEFORE = regex.compile(r"(?<!\w)на\s+$", regex.IGNORECASE)


def _plans(view: DocumentView, sentence: Sentence, rules: Rules) -> bool:
    """Does the sentence speak of a plan or an expectation ("планируют открыть", "о планируемом
    сокращении", "Ожидается …")?"""
    text = view.text[sentence.start:sentence.end]
    return bool(rules.periods.plan_opening.search(text)) or any(
        rules.periods.plan_verb.fullmatch(w.group()) for w in _WORD.finditer(text))


def attach_context(view: DocumentView, rules: Rules) -> list[Context]:
    """Contexts for every quantity of the document, in document order."""
    state = _DocState()
    asked = {s.index for s in speaker_sentences(view.sentences, view.quantities,
                                                introducing=False)}
    # who a pronoun or a title refers to may be introduced in the paragraph before
    quoted, reported = _attributed_speakers(
        view, {s.index for s in speaker_sentences(view.sentences, view.quantities)}, rules)
    contexts: list[Context] = []
    paragraphs: list[int] = []  # of each context's sentence
    # "САНКТ-ПЕТЕРБУРГ, 22 февраля. /ТАСС/.": the date a story was filed, not a figure's period
    datelines = [(m.start(), m.end()) for m in rules.context.dateline.finditer(view.text)]
    last_paragraph = max((s.paragraph for s, qs in zip(view.sentences, view.quantities,
                                                        strict=True) if qs),
                         default=_LEAD_PARAGRAPHS)
    last_paragraph = max(last_paragraph, _LEAD_PARAGRAPHS)
    lead = _LeadPeriod()
    related: tuple[int, tuple] | None = None  # last paragraph of a link block, state before it
    stated: PeriodMention | None = None  # the last period in force ("за указанный период")
    for sentence, quantities in zip(view.sentences, view.quantities, strict=True):
        if related is not None and sentence.paragraph > related[0]:
            _restore_period(state, related[1])
            related = None
        if related is None and rules.periods.related_block.fullmatch(
                view.text[sentence.start:sentence.end].strip()):
            related = (sentence.paragraph + 2, _saved_period(state))
        if sentence.paragraph > _LEAD_PARAGRAPHS:
            lead.close()
        if sentence.paragraph > last_paragraph:
            break  # past the last figure's paragraph (and the lead) nothing is credited back
        stated = state.period or stated
        # (the tests that only end the period in force are skipped while none is in force)
        if state.period is not None and _is_heading(view, sentence, rules):
            state.period = None  # a new section: what was said before no longer holds
        mentions = [m for m in find_periods(view.text[sentence.start:sentence.end], rules.periods,
                                            sentence.start, view.reference_year, state.period,
                                            state.month_year, stated)
                    if not _inside(m.start, datelines) and not _counted(m, quantities, view.text)]
        mentions = [due_day(view.text, sentence, _since_year(view, sentence, m, rules), rules)
                    for m in mentions]
        if state.period is None:
            mentions = _before_writing(mentions, view, sentence, rules)
        mentions = change_span(mentions, state.onset[1] if state.onset is not None
                               and state.onset[0] == sentence.paragraph else None, rules)
        state.onset = next(((sentence.paragraph, m) for m in mentions if m.kind == "onset"
                            and m.period_start is None and _DAY_MONTH.match(m.text)), None)
        state.month_year = next((m.period_start.year for m in reversed(mentions)
                                 if m.kind == "explicit" and _within_a_year(m)), state.month_year)
        # a sentence without figures reads its comparisons only to keep a base period from
        # going on (_advance_period), which needs an explicit period
        comparisons = _comparison_spans(view.text, sentence, rules, mentions) \
            if quantities or any(m.kind == "explicit" for m in mentions) else []
        year_in_force = state.period is not None and whole_year(state.period) \
            and over_a_year(view.text, sentence, rules)  # "сегодня … на 2,5 млрд за год"
        if state.period is not None and (
                any(m.kind == "onset" or m.kind == "undated" and not year_in_force
                    or m.rule == "period.day_of_series" for m in mentions)
                or _opens_new_frame(view, sentence, rules)):
            state.period = None  # "с 2019 года …", "сейчас …", "Планируется:", "18 января 2017
            # года … а 18 октября": the old one is over
        own_speaker = _own_speaker(view, sentence, quoted, reported, state, rules) \
            if sentence.index in asked else None
        if own_speaker:
            _credit_earlier(contexts, paragraphs, own_speaker, sentence,
                            first_source=state.speaker is None,
                            refers_back=_refers_back(view, sentence, rules),
                            names_before=_source_of_what_came_before(view, sentence, rules)
                            or bool(state.first_source)
                            and _same_source(own_speaker, state.first_source))
        released = False
        if own_speaker:
            state.speaker, state.speaker_paragraph = own_speaker, sentence.paragraph
            if LAST_SPEAKER not in (quoted.get(sentence.index), reported.get(sentence.index)):
                # "…по прогнозам министерства…", - говорится в сообщении: a source inside what
                # the release says speaks for its sentence only
                state.release = own_speaker \
                    if _main_release(view, sentence, own_speaker, state, rules) else None
            elif _office_named_again(view, sentence, own_speaker, state, rules):
                state.release = own_speaker  # "- отмечается в сообщении" of a press service
            if cites_data(view, sentence, rules) and not _is_person(view, own_speaker):
                state.release = own_speaker  # "Согласно приведённым цифрам": its data go on
            state.first_source = state.first_source or own_speaker
            state.left = None
        elif sentence.paragraph != state.speaker_paragraph:
            # a source speaks for the rest of its paragraph; an organization's data also for
            # the paragraphs right after it that go on with figures and name no one
            released = state.release is not None and sentence.index - 1 in asked \
                and not _opens_with_quote(view, sentence) \
                and not rules.context.topic_turn.match(view.text, _first_word(view.text, sentence))
            if state.speaker and not released:
                state.left = state.speaker
            state.speaker = state.release if released else None
            state.release = state.speaker
            state.speaker_paragraph = sentence.paragraph if released else state.speaker_paragraph
            if not released and _same_report(view, sentence, state.left, contexts, paragraphs,
                                             rules):
                # "Впрочем, тот же опрос показывает …": the paragraph goes on with the report
                # of the paragraph before (§6.2)
                state.speaker, state.speaker_paragraph = state.left, sentence.paragraph
                state.left, state.resumed_in = None, sentence.paragraph
            elif not released:
                introduced = _introduced_speaker(view, sentence, quoted, reported, state, rules)
                if introduced:  # "Петров отметил, что …" ¶ "«…»": his words go on
                    state.speaker, state.speaker_paragraph = introduced, sentence.paragraph
                    state.left, state.introduced_in = None, sentence.paragraph
        _update_frame(view, sentence, state, rules)
        if quantities:
            sentence_view = _SentenceView(view, sentence, quantities, mentions, comparisons,
                                          rules, state.speaker)
            sentence_view.frame = state.frame[0] if state.frame else None
            carried = () if own_speaker or not state.speaker else \
                ("speaker.carried_paragraph",) if state.resumed_in == sentence.paragraph \
                else ("speaker.quote_introduced",) if state.introduced_in == sentence.paragraph \
                else ("speaker.released",) if released or _released(contexts, sentence) \
                else ("speaker.carried",)
            opened = len(contexts)
            for index in range(len(quantities)):
                context = sentence_view.context(index, state, len(contexts))
                contexts.append(replace(context, rules=context.rules + carried) if carried
                                else context)
                paragraphs.append(sentence.paragraph)
            lead.read(contexts, opened, quantities, state.period is None,
                      not lead.done and _plans(view, sentence, rules),  # (read before done)
                      not lead.done and state.period is None  # the tenses only while it waits
                      and _holds_now(view, sentence, rules),
                      frozenset(i for i, q in enumerate(quantities)  # (only while it waits)
                                if not lead.done and sentence_view.before_a_later_horizon(q)))
            if any("ctx.period_not_carried" in ctx.rules for ctx in contexts[opened:]):
                # "В 1990 году доля была 11%. ¶ В США насчитывается 2400 участков. В 700 из них
                # …": once the text turns to what holds in general, the old period holds again
                # only for what is reported in the past tense
                state.period_paused = state.period
            if any("ctx.period_over_a_year" in ctx.rules and ctx.period_start is None
                   for ctx in contexts[opened:]):
                # "За год число уехавших выросло на 5%" (annotation §6.5 c): the text has turned
                # to the twelve months before it was written; the period said before is over
                state.period = None
            first = sentence_view.first_period
            if sentence_view._founding_starts:  # dates_a_founding, as asked for its figures
                # "ОЭЗ площадью 2,3 тыс. га создана в 2005 году": the text turns to the
                # history of a thing; neither its date nor the period before goes on (a period
                # of the sentence's own figures still does)
                state.period = None
            if rules.periods.comparison_opening.search(view.text[sentence.start:sentence.end]):
                state.period = first = None  # "Для сравнения: в 2012 году их было 344 тыс."
            if first is not None and first.kind == "explicit" and (
                    first.rule not in _NOT_CARRIED
                    or first.rule == "period.month_of_event"
                    and _same_clause(view.text, first, quantities[0])):
                state.period = first  # the period of the sentence's first figure carries on
                if first.rule == "period.month_points":  # the count reached is what goes on
                    state.period = replace(first, period_start=first.period_end)
                state.period_past = _tenses(view.text, sentence.start, sentence.end,
                                            rules.context.speech) == {"past"}
                state.period_paragraph = sentence.paragraph
                state.period_forecast = _forecast(view.text, first, sentence, rules)
                state.period_plan = _plan_term(view, sentence, first, state, rules)
                state.period_target = _target_horizon(view.text, sentence, first, rules)
            if _series(contexts[opened:]):
                state.period = None  # "в 2016 году — 8,2%, в 2017 году — 7%": no one period goes on
            continue
        if any(m.kind == "explicit" and dates_a_founding(view.text, sentence, m, rules, [])
               for m in mentions):
            state.period = None  # "Центр был основан в 1998 году.": the history of a thing
            continue
        if _advance_period(state, [m for m in mentions
                                   if not _dates_an_utterance(view.text, sentence, m, rules)],
                           comparisons, _runs_on(view, sentence)):
            if not _plans(view, sentence, rules):
                lead.fill(contexts, state.period.period_start, state.period.period_end,
                          state.period.text)
            lead.close()
            state.period_past = _tenses(view.text, sentence.start, sentence.end,
                                        rules.context.speech) == {"past"}
            state.period_paragraph = sentence.paragraph
            state.period_forecast = _forecast(view.text, state.period, sentence, rules)
            state.period_plan = _plan_term(view, sentence, state.period, state, rules)
            state.period_target = _target_horizon(view.text, sentence, state.period, rules)
    flat = [q for quantities in view.quantities for q in quantities]
    starts = [sentence.start for sentence, quantities in zip(view.sentences, view.quantities,
                                                            strict=True) for _ in quantities]
    contexts = outlet_figures(view, flat, contexts, rules, starts)
    contexts = _date_totals(view.text, flat, structure_lists(view.text, flat, contexts, rules),
                            rules)
    return _date_conversions(view.text, flat, contexts)
