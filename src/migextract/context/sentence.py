"""One sentence as the rules read it: its tokens, places and periods, and the figure's context
put together from the rules of each concern (SubjectRules, PlaceRules, DatingRules). The
breakdown, direction and comparison of a figure are short and read only the figure's window,
so they stay here with the plumbing."""

from __future__ import annotations

import regex

from ..periods import PeriodMention
from ..places import Place, PlaceMention
from ..records import Context, Quantity, Sentence, is_currency
from ..rules import Rules
from .dating import DatingRules
from .document_places import _quoted_names, _trusted, _unlisted_mentions
from .phrases import _to_case
from .placing import PlaceRules
from .state import DocumentView, _DocState
from .subjects import SubjectRules
from .tokens import _PREPS, Tok, _inside, _Remembered, tokenize


class _SentenceView(SubjectRules, PlaceRules, DatingRules):
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
        self.list_breakdowns: dict[int, str] = {}  # the items of a bracketed list (subjects)
        self.list_subjects: dict[int, bool] = {}  # whether the list's subject is not its item
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

    @_Remembered
    def _quoted_names(self) -> list[tuple[int, int]]:
        offset = self.sentence.start
        return [(s + offset, e + offset)
                for s, e in _quoted_names(self.view.text[offset:self.sentence.end])]

    @_Remembered
    def _word_lemmas(self) -> frozenset[str]:
        """The lemmas of the sentence's words: rules that look for a word anywhere in the
        sentence test this set once per sentence instead of scanning its tokens per figure."""
        return frozenset(t.lemma for t in self.toks if t.word)

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
        return tok.start in self._place_offsets

    def _in_period(self, tok: Tok) -> bool:
        return tok.start in self._period_offsets

    # the rules ask of tokens tens of times per figure whether a place or a period covers them
    @_Remembered
    def _place_offsets(self) -> frozenset[int]:
        return frozenset(i for m in self.places for i in range(m.start, m.end))

    @_Remembered
    def _period_offsets(self) -> frozenset[int]:
        return frozenset(i for m in self.periods for i in range(m.start, m.end))

    # the figure -----------------------------------------------------------------------

    def _target_level(self, q: Quantity) -> bool:
        """The figure is the level a change is demanded or meant to reach (indicators.is_target);
        looked at only when "до" stands right before it or opens its quote."""
        text = self.view.text
        opens = text[q.start:q.start + 3].lower() == "до "
        if not opens and text[max(0, q.start - 4):q.start].rstrip()[-2:].lower() != "до":
            return False
        before = tuple((t.lemma, t.pos) for t in self.toks if t.word and t.start < q.start)
        return self.rules.indicators.is_target(before + (("до", "PREP"),) if opens else before)

    def _labelled_line(self, index: int) -> str | None:
        """The indicator a label names when the figure is a line of a list that opens with it:
        only adjectives and nouns, a dash at most, between the line's start (a colon, a
        bracket, a comma, a semicolon or the sentence start) and the figure, the first noun
        one of an indicator's `label_nouns` ("- городской бюджет – 27028,9 тыс. рублей",
        "( бюджет Каргапольского района 31 тыс. руб."). A money figure whose subject names
        no indicator is asked."""
        label: list[Tok] = []
        for tok in reversed(self._window(index)):
            if tok.text in (":", "(", ",", ";"):
                break
            label.insert(0, tok)
        words = [t for t in label if t.word]
        if not words or any(t.pos not in ("ADJF", "NOUN") for t in words) \
                or any(not t.word and t.text not in "-–—" for t in label):
            return None
        head = next(t for t in words if t.pos == "NOUN") if any(
            t.pos == "NOUN" for t in words) else None
        found = self.rules.indicators.by_label(head.lemma) if head else None
        return found.id if found else None

    def _percent_of_group(self, q: Quantity) -> bool:
        """'67% расходов', 'а это 83% населения': a percent with the group or whole it is a share
        of right after it, itself no change or range ("поднятие от 6% до 8% стоимости", "на 3%
        расходов" change the quantity)."""
        if q.unit != "percent" or self._share_group(q) is None:
            return False
        words = [t for t in self.toks if t.word and t.start < q.end]  # up to the quote's first
        first = next((k for k, t in enumerate(words) if t.start >= q.start), len(words))  # word
        return not any(t.pos == "PREP" for t in words[max(0, first - 1):first + 1])

    def context(self, index: int, state: _DocState, doc_index: int) -> Context:
        q = self.quantities[index]
        window, right = self._window(index), self._right(index)
        fired: list[str] = []
        parent = self._parent(index, window, doc_index, fired)
        subject, indicator = self._subject(index, window, right, state, parent, fired)
        # after inheritance too: "ВВП вырос на 1,8%" is growth even when "ВВП" came from before
        indicator = self.rules.indicators.for_unit(indicator, q.unit, subject)
        if "ctx.subject_new_level" in fired:  # a level, not the change before it (§4 rule 6)
            indicator = self.rules.indicators.level_of(indicator)
        if indicator is not None and self._target_level(q):
            indicator = None  # "условия: рост расходов до 6,8% ВВП" is a goal (§4 rule 12)
        if indicator is None and is_currency(q.unit):
            indicator = self._labelled_line(index)
        if self.rules.indicators.is_share_of_whole(indicator, q.unit, self._percent_of_group(q)):
            indicator = None  # "(67% расходов)": a share of the spending, not the spending
            fired.append("ctx.indicator_share_of_whole")
        place, partner = self._place(index, window, right, indicator, fired, state)
        period = self._period(q, state, fired)
        if index == 0 and period is not None and fired[-1:] == ["ctx.period_in_sentence"]:
            self.first_period = period
        elif index == 0 and fired[-1:] == ["ctx.period_in_parenthesis"] \
                and self._all_in_one_parenthesis():
            self.first_period = period  # "Спад (–0,8% за январь–октябрь 2017 года), …"
        elif index == 0 and fired[-1:] == ["ctx.period_respective"]:
            self.first_period = self._respective_source  # the years of the list carry on
        period = self._level_in_span(index, period, fired)
        comparison = self._comparison(q, window, right)
        breakdown = self.list_breakdowns.get(index) or self._breakdown(window, state, fired)
        if breakdown is None and "ctx.subject_list_item" in fired:
            item = self._elliptical_item(window)
            if item is not None:
                preposition, breakdown = item
                subject = _without_item_of(subject, preposition)
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
            direction=self._direction(index, window, right),
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

    # comparison, breakdown, direction -------------------------------------------------

    def _comparison(self, q: Quantity, window: list[Tok], right: list[Tok]) -> str | None:
        return next((phrase for _start, _end, phrase in self._comparisons_at(q, window, right)),
                    None)

    def _comparisons_at(self, q: Quantity, window: list[Tok], right: list[Tok]):
        """The comparisons (start, end, phrase) that open in the figure's reach, brackets
        aside."""
        lo = window[0].start if window else q.start
        hi = right[-1].end if right else q.end
        return ((start, end, phrase) for start, end, phrase in self.comparisons
                if phrase != "paren" and lo <= start <= hi + 2)

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

    def _elliptical_item(self, window: list[Tok]) -> tuple[str, str] | None:
        """'…, а для мужчин — до 65 лет', '…, у неработающих пенсионеров — 14 329 рублей': an
        item of an elliptical list, a clause of a preposition, its noun phrase and a dash, whose
        figure measures what the item before measured, names the category of that figure.
        Returns the preposition and the category."""
        start = max((i + 1 for i, t in enumerate(window) if t.text in {",", ";"}), default=None)
        end = len(window) - 1
        if end > 0 and window[end].text.lower() in ("на", "до", "в"):
            end -= 1  # "— до 65 лет"
        if start is None or end - start < 2 or window[end].text not in {"-", "–", "—"}:
            return None
        clause = window[start:end]
        if clause[0].lemma in ("а", "и"):
            clause = clause[1:]
        if len(clause) < 2 or clause[0].text.lower() not in self.ctx.item_prepositions:
            return None
        phrase = clause[1:]
        if not all(t.pos in ("ADJF", "PRTF", "NOUN") for t in phrase) \
                or phrase[-1].pos != "NOUN" or any(self._in_place(t) or self._in_period(t)
                                                   or t.lemma in self.ctx.not_breakdown
                                                   for t in phrase):
            return None
        found = self._chain_ending_at(phrase[-1].end, prepositional=False)
        return (clause[0].text.lower(), found) if found else None

    def _direction(self, index: int, window: list[Tok], right: list[Tok]) -> str | None:
        """Which way the figure changed, from a word of change in its window, else (§6.14) a
        comparative with an earlier time as the base; a new level after "до" takes the change
        of its clause, an old level after "с" takes none, and a gapped item after "на" takes
        the change of the item before."""
        q = self.quantities[index]
        if self._old_level(index):
            return None  # "снизилась с 3,5% до 0,4%": the fall is told of the new level
        toks = list(reversed(window)) + right
        change_amount = self._change_amount(q)
        if not change_amount:
            toks = [t for t in toks if not self._topic_noun(t)]
        direction = self._change_word(toks)
        if direction is None and "qual.upto_new_level" in q.rules:
            direction = self._change_word(reversed([t for t in self.toks if t.end <= q.start]))
        if direction is None and self._restates_previous(index):
            direction = self.previous[-1].direction
        if direction is None and change_amount:
            direction = self._against_earlier_time(q, window, right) \
                or self._gapped_change(index, window)
        return direction

    def _restates_previous(self, index: int) -> bool:
        """'на 30,2 тыс. человек, или на 15,1%', 'спад составил 7 и 14%': the figure restates
        the one right before it or is coordinated with it, so it changed the same way. (A
        figure in brackets after a change is not taken: it lowered held-out direction.)"""
        if not index or not self.previous:
            return False
        before = self.quantities[index - 1]
        return _RESTATING_GAP.fullmatch(self.view.text, before.end,
                                        self.quantities[index].start) is not None

    def _topic_noun(self, tok: Tok) -> bool:
        """A noun of change right after a preposition of topic ("5% хотели бы услышать о
        повышении зарплат"): what is talked of, not the change the figure measures."""
        if tok.text.lower() not in self.ctx.change_forms or tok.pos != "NOUN":
            return False  # the form first: reading every word's morphology costs time
        at = self.toks.index(tok)
        return at > 0 and self.toks[at - 1].text.lower() in _TOPIC_PREPOSITIONS

    def _change_word(self, toks) -> str | None:
        for tok in toks:
            if tok.text.lower() not in self.ctx.change_forms:
                continue
            if tok.lemma in self.ctx.increase:
                return "increase"
            if tok.lemma in self.ctx.decrease:
                return "decrease"
        return None

    def _old_level(self, index: int) -> bool:
        """'с 3,5% до 0,4%', 'с нынешних 25,7 тыс. руб. до 32 тыс.': the level a change starts
        from."""
        if index + 1 >= len(self.quantities) \
                or "qual.upto_new_level" not in self.quantities[index + 1].rules:
            return False
        q, new = self.quantities[index], self.quantities[index + 1]
        text = self.view.text
        return _UPTO_GAP.fullmatch(text, q.end, new.start) is not None \
            and _FROM_LEAD.search(text, max(0, q.start - 40), q.start) is not None

    def _change_amount(self, q: Quantity) -> bool:
        """'на 20%', 'в 1,5 раза': the figure is the amount of a change."""
        return q.unit == "times" or _NA_LEAD.search(self.view.text, max(0, q.start - 30),
                                                      q.start) is not None

    def _against_earlier_time(self, q: Quantity, window: list[Tok], right: list[Tok]
                              ) -> str | None:
        """'на 20% меньше, чем в 2015 году', 'на 7,3% больше уровня 2016 года' (§6.14): a
        comparative right at the figure whose base is a period."""
        near = right[:1] + window[-1:]
        comparative = next((t.text.lower() for t in near
                            if t.text.lower() in self.ctx.comparatives), None)
        if comparative is None or not self._time_base(q, window, right):
            return None
        return "increase" if comparative in self.ctx.increase_comparatives else "decrease"

    def _time_base(self, q: Quantity, window: list[Tok], right: list[Tok]) -> bool:
        return any(any(start <= m.start < end for m in self.periods)
                   for start, end, _phrase in self._comparisons_at(q, window, right))

    def _gapped_change(self, index: int, window: list[Tok]) -> str | None:
        """'вырастет на 2,1%, в 2019-м — на 2,2%', 'снизится на 9,6%, а доходы на 6,3%': an item
        after "на" whose verb is gapped changes the way the item before it in the sentence,
        counted in the same unit, did."""
        if not index or not self.previous or self.previous[-1].direction is None \
                or self.quantities[index - 1].unit != self.quantities[index].unit \
                or not any(t.text in _ITEM_MARKS for t in window) \
                or any(t.word and t.pos in _CLAUSE_HEADS for t in window) \
                or any(t.text.lower() in self.ctx.comparatives for t in window):
            return None  # "вырос на 36,8%, при этом показатели ниже порога на 47%"
        return self.previous[-1].direction

# "с 3,5% до 0,4%", "с 6596 тыс. человек в 2016 году до 8951,6 тыс.": the old level's own
# words or year may stand before "до"
_UPTO_GAP = regex.compile(r"(?:[ \t\xa0]+[\w-]+\.?){0,3}?[ \t\xa0]+до[ \t\xa0]+(?:[^\W\d_]+[ \t\xa0]+){0,2}",
                          regex.IGNORECASE)
_FROM_LEAD = regex.compile(r"(?<![\w-])со?[ \t\xa0]+(?:[^\W\d_]+[ \t\xa0]+){0,2}$", regex.IGNORECASE)
_NA_LEAD = regex.compile(r"(?<![\w-])на[ \t\xa0]+(?:(?:почти|около|более|менее|примерно|порядка|"
                         r"целых|свыше|ещ[её])[ \t\xa0]+)?$", regex.IGNORECASE)
_RESTATING_GAP = regex.compile(r"(?:,?[ \t\xa0]*или|[ \t\xa0]+и)[ \t\xa0]+(?:(?:на|в)[ \t\xa0]+)?",
                               regex.IGNORECASE)
_TOPIC_PREPOSITIONS = frozenset({"о", "об", "про"})  # "в" was tried: held-out 1 fell
_ITEM_MARKS = frozenset({",", ";", "—", "–", "-"})  # where a gapped item opens
_CLAUSE_HEADS = frozenset({"VERB", "INFN", "PRTS", "GRND", "ADJS"})


def _without_item_of(subject: str | None, preposition: str) -> str | None:
    """'число умерших от болезней органов дыхания' for an item 'от болезней кровообращения':
    the subject copied from the item before, without that item's own phrase of the same
    preposition ('число умерших')."""
    if not subject:
        return subject
    words = subject.split(" ")
    cut = max((i for i, w in enumerate(words) if w == preposition), default=None)
    return " ".join(words[:cut]) if cut and cut >= 2 else subject
