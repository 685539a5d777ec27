"""What a figure counts: its subject phrase and the indicator that phrase names. The rules are
tried in a fixed order (_SUBJECT_RULES) and the first that finds a phrase wins, so the order
lives next to the rules themselves."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field

import regex

from ..indicators import lemma_key
from ..morph import WORD, WordInfo, inflect, number_in_case, verb_lemmas, word_info
from ..records import DURATION_UNITS, Context, Quantity, is_currency, unit_kind
from . import subject_ranker
from .noun_phrases import _MAX_CLAUSE, NounPhrases
from .phrases import (
    _agrees,
    _attributive_passive,
    _first_noun,
    _gender,
    _genitive_head,
    _in_case,
    _instrumental,
    _joined,
    _lower_common,
    _substantivized,
    _to_case,
)
from .state import _DocState
from .tokens import _CLAUSE_PUNCT, _PREPS, Tok, _Remembered, _VerbTok, tokenize

# marks that end a clause, for the clause a figure stands in
_CLAUSE_END_MARKS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "-"})
# marks that end the clause a rate's fronted basis stands in ("на 10 тыс. населения
# приходится 297 студентов")
_BASIS_CLAUSE_MARKS = frozenset({",", ";", ":", "—", "–", "-", "!", "?"})
_DASH_AFTER = regex.compile(r"\s*[—–-]\s")  # "… — 82% — считает": the dash closing a figure
_FLOW_FORM = frozenset({"past", "neut", "sing"})
_PARTICIPLE_FORM = frozenset({"neut", "sing"})
_BRACKET_AT = regex.compile(r"\s*\([^()]*\)")  # a bracket right at a position
# "52,2 млрд рублей (100,6%)", "6,2 млрд рублей (на 16,8% больше": a bracket right after a figure
_RESTATED = regex.compile(r"\s*\(\s*(?:(?:на|в|или)\s+)?")
# "(5,3%)": a bracket that closes right after the figure, holding nothing else
_BARE_BRACKET_END = regex.compile(r"\s*\)")
# "25 базовых пунктов (0,25%)": the figure's own unit words before the bracket
_UNIT_WORDS = regex.compile(r"(?:\s+[а-яё]+){1,2}(?=\s*\()")
_IN_BRACKET = regex.compile(r"\(\s*(?:(?:на|в|до)\s+)?\Z")
# "продуктов (на 1,2% в …": a bracket opening on a figure, after a word
_OPENS_BRACKET = regex.compile(r"(?<=\w)\s*\(\s*(?:на\s+|в\s+)?\Z")
_CLAUSE_OPENING = regex.compile(r",\s*([^\W\d_]+)")
_RELATIVE = regex.compile(r",\s*(?:котор\w+|чей|чья|чьё|чье|чьи|где|куда|откуда|когда)\b",
                          regex.IGNORECASE)
# what joins two items of a list: "X (N), Y (M)", "X (N) и Y (M)", "X (N); Y (M)"
_LIST_JOINT = regex.compile(r"\s*(?:,|;|,?\s*(?:и|а\s+также)\b)(?!\s*(?:в\s+том\s+числе|из\s+них|включая)\b)"
                            r"\s*[^\W\d][^()\d.!?:;]{0,80}\Z", regex.IGNORECASE)
_NEARBY_SENTENCES = 2  # sentences before a figure's in which an indicator's context word counts
# the words of a noun phrase governed by a framing phrase, up to the next member of the clause
_FRAMED_WORDS = frozenset({"NOUN", "ADJF", "PRTF", "NPRO", "ADVB", "PREP"})
_NOT_YET = object()  # a candidate's indicator not looked up yet
_ROUNDING = 1e-9  # a score bound is summed in another order than the score


@dataclass(frozen=True)
class _Clues:
    """What the subject rules read about one figure (SubjectRules._clues)."""

    index: int
    q: Quantity
    window: list[Tok]  # tokens between the figure before and this one
    right: list[Tok]  # tokens after it, to the next figure or clause punctuation
    parent: int | None
    verb: Tok | None  # the predicate near the figure
    introduced: bool  # a dash or "в размере", "на уровне" stands before the figure
    adjacent: str | None  # the noun phrase ending right before the figure
    base: str | None  # "доля от …" for "N% от …"
    # the count is the genitive complement of `adjacent`'s head ("ремонт 64 домов культуры")
    genitive_count: bool = False
    # _counted_phrase of the figure by the verb taking it (None: none), for the rules that ask
    counted: dict = field(default_factory=dict, compare=False, repr=False)


# possessive pronouns of the third person: "от их общего числа"
_POSSESSIVE_THIRD = frozenset({"их", "его", "ее", "её"})
_DEMONSTRATIVES = frozenset({"этот", "данный", "такой", "указанный"})
# personal pronouns standing for a thing: number and gender of their antecedent
_PERSONAL = {"он": ("sing", "masc"), "она": ("sing", "femn"), "оно": ("sing", "neut"),
             "они": ("plur", None)}
_PRICE_RULES = ("ctx.subject_price_of", "ctx.subject_price_item")
# The oblique case a preposition governs in a count it introduces: "в 15 регионах", "на трёх
# направлениях" (prepositional), "по 5 объектам", "к 20 школам" (dative), "из 40 школ", "для 120
# семей" (genitive), "с 20 предприятиями" (instrumental). Left out: the prepositions of a value,
# a range or a new level ("до", "от", "с" + genitive, "около") and the accusative of "в"/"на"/"за"
# ("на 366 квартир", "в 5 тыс. жителей"), which measure rather than name what is counted.
_OBLIQUE_CASE = {"в": "loct", "во": "loct", "на": "loct", "о": "loct", "об": "loct", "при": "loct",
                 "по": "datv", "к": "datv", "ко": "datv",
                 "из": "gent", "для": "gent", "у": "gent", "среди": "gent", "без": "gent",
                 "кроме": "gent", "вместо": "gent",
                 "с": "ablt", "со": "ablt", "между": "ablt", "над": "ablt", "перед": "ablt"}
# the case a preposition of a purpose or topic takes in a list item ("на здравоохранение",
# "по больничным"): a bare item after one in this case leaves it out
_GOVERNED = {"на": "accs", "в": "accs", "по": "datv", "для": "gent"}
# prepositions that never take the nominative or accusative: after "тыс."/"млн" the counted noun
# is genitive whatever the case ("для 3 тыс. семей", "перед 60 тыс. работников")
_NEVER_ACCUSATIVE = frozenset({"из", "для", "у", "среди", "без", "кроме", "вместо", "к", "ко",
                               "перед", "над", "между", "при", "о", "об"})
_SCALED = regex.compile(r"тыс|млн|млрд|миллион|миллиард|тысяч", regex.IGNORECASE)
# what a count's clause says of it: its predicate and the words that go with it
_SAID_POS = frozenset({"NOUN", "VERB", "INFN", "PRTS", "ADJF", "PRTF", "ADJS"})
_SAID_WORDS = 3
_PROPER_NAME = frozenset({"Name", "Surn", "Patr", "Orgn", "Geox"})
_MONEY_VERB_REACH = 6  # words from a verb of paying to the money it moves, at most
# the case of the noun after a preposition of what money is paid for: "за замену двери"
_PURPOSE_CASES = {"за": frozenset({"accs"}), "на": frozenset({"accs"}), "в": frozenset({"accs"}),
                  "во": frozenset({"accs"}), "для": frozenset({"gent"})}


class SubjectRules(NounPhrases):
    """The subject rules of _SentenceView; they read its tokens and figures and build phrases
    with NounPhrases."""

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
        phrase, indicator = self._ranked_subject(index, window, right, state, parent, fired)
        q = self.quantities[index]
        return self._per_population(q, self._growth_rate(q, phrase)), indicator

    def _growth_rate(self, q: Quantity, phrase: str | None) -> str | None:
        """'рост ВВП составит 2,1%', 'рост российской экономики выше 3%', 'рост инвестиций
        ожидается в 7–10%': a percent said of a change noun is the rate of that change, and the
        change noun stays in the subject ('рост ВВП'); the phrase rules drop it for a change by
        an amount or between levels ('увеличение зарплаты на 5%', 'снижение ставки с 30 до
        22%' → 'зарплата', 'ставка')."""
        if not phrase or q.unit != "percent" or self._dash_before(q):
            return phrase  # "называют рост цен – 78%": an item, not a rate
        before = [t for t in self.toks if t.end <= q.start and t.word]
        if not before or before[-1].pos == "PREP" and before[-1].text.lower() != "в" \
                or before[-1].text.lower() in ("до", "с", "со", "от", "на", "по"):
            return phrase  # a change by an amount or an end of it
        words = phrase.split()
        first = word_info(words[0]).lemma
        if first in self.ctx.change_nouns:
            return phrase
        for k in range(len(before) - 1, 0, -1):
            t = before[k]
            if t.text in _CLAUSE_PUNCT or t.text in ".!?;:" or self._is_figure(t):
                return phrase
            change = before[k - 1]
            if t.lemma == first and change.pos == "NOUN" and change.lemma in self.ctx.change_nouns \
                    and "gent" in t.info.cases and k + len(words) <= len(before):
                written = [_lower_common(w.text) for w in before[k:k + len(words)]]
                if [word_info(w).lemma for w in written] != [word_info(w).lemma for w in words]:
                    return phrase
                return _joined([change.lemma] + written)
        return phrase

    def _per_population(self, q: Quantity, phrase: str | None) -> str | None:
        """'297 студентов на 10 тыс. населения' → 'студенты на 10 тыс. населения': a rate keeps
        the population it is counted per in its subject, as a price keeps its basis (§6.13);
        when the rules took the basis noun itself for what is measured ("населения"), the
        figure's counted noun is."""
        basis = self._population_basis(q)
        if basis is None:
            return phrase
        text, noun = basis
        if not phrase or _first_lemma(phrase) in self.ctx.population_bases:
            counted = self._rate_counted(q)
            return f"{counted} {text}" if counted else phrase
        words = lemma_key(phrase)
        if "на" in words and set(words[words.index("на"):]) & self.ctx.population_bases:
            return phrase  # "ВВП на душу населения" says it already
        return f"{phrase} {text}"

    def _rate_counted(self, q: Quantity) -> str | None:
        """What a rate counts, in the nominative plural: its counted noun ("297 студентов"), or
        the genitive plural right after its number ("775 нетрудоспособных", where the counted
        noun was carried from the basis); none when both are basis nouns."""
        after = next((t for t in self.toks if t.start >= q.end), None)
        genitive = after.lemma if after is not None and after.pos in ("NOUN", "ADJF") \
            and after.info is not None and "gent" in after.info.cases \
            and after.info.number == "plur" else None
        counted = next((c for c in (q.counted, genitive)
                        if c and c not in self.ctx.population_bases), None)
        return inflect(counted, frozenset({"plur", "nomn"})) if counted else None

    def _population_basis(self, q: Quantity) -> tuple[str, str] | None:
        """The basis of a rate, as written, with its noun's lemma: right after the figure ("297
        студентов на 10 тыс. населения", "60 кг на душу населения"), or fronted in its clause
        before a verb of `per_population_verbs` or a bracketed count ("на 10 тыс. населения
        (183 студента)")."""
        after = [t for t in self.toks if t.start >= q.end]
        while after and after[0].pos in ("ADJF", "NOUN") and self._genitive_attribute(after[0]):
            after = after[1:]  # "283,2 личного автомобиля на 1000 жителей"
        basis = self._basis_at(after)
        if basis is not None:
            return basis
        # the clause's marks, not "тыс." nor the bracket of "(183 студента)"
        before = _after_last_mark([t for t in self.toks if t.end <= q.start])
        bracketed_count = q.unit in ("person", "item") and self._parenthesized(q)
        for i, tok in enumerate(before):
            basis = self._basis_at(before[i:]) if tok.lemma == "на" else None
            if basis is not None and (bracketed_count or any(
                    t.lemma in self.ctx.per_population_verbs for t in before[i:])):
                return basis
        return None

    def _basis_at(self, toks: list[Tok]) -> tuple[str, str] | None:
        """'на 10 тыс. населения', 'на душу населения', 'на одного жителя', 'на 1000 лиц
        трудоспособного возраста' at the start of `toks`: the text and its noun's lemma."""
        if len(toks) < 3 or toks[0].text.lower() != "на":
            return None
        count = next((o for o in self.quantities if o.start == toks[1].start), None)
        if count is not None:
            if count.counted not in self.ctx.population_bases:
                return None
            noun, at = count.counted, next(
                (k for k, t in enumerate(toks) if t.start >= count.end), len(toks))
        elif toks[1].lemma in self.ctx.per_one_words:
            if toks[2].pos != "NOUN" or toks[2].lemma not in self.ctx.population_bases:
                return None
            noun, at = toks[2].lemma, 3
        elif toks[1].pos == "NOUN" and toks[1].lemma in self.ctx.population_bases:
            noun, at = toks[1].lemma, 2  # "на душу населения", "на человека"
        else:
            return None
        while at < len(toks) and self._genitive_attribute(toks[at]):
            at += 1  # "лиц трудоспособного возраста", "душу населения"
        return self.view.text[toks[0].start:toks[at - 1].end], noun

    def _ranked_subject(self, index, window, right, state, parent, fired
                        ) -> tuple[str | None, str | None]:
        clues = self._clues(index, window, right, parent)
        chosen, rule_id, slot = self._rules_choice(clues, state, fired)
        model = self.rules.subject_model
        if (model is None or not model.use) and subject_ranker.COLLECTOR is None:
            return chosen
        collecting = subject_ranker.COLLECTOR is not None
        candidates, choice = self._subject_candidates(clues, state, chosen, rule_id, slot,
                                                      None if collecting else model)
        if collecting:
            q = clues.q
            subject_ranker.COLLECTOR.append(subject_ranker.FigureCandidates(
                q.start, q.end, q.unit, tuple(candidates), choice))
        if model is None or not model.use:
            return chosen
        best = model.choose(candidates, choice)
        if best != choice:
            fired.append("ctx.subject_ranked")
        return candidates[best].phrase, candidates[best].indicator

    def _scanned_phrases(self, q: Quantity, limit: int = 4) -> list[str]:
        """The noun phrases headed by the nouns of the sentence nearest to the figure (at most
        `limit`), each up to the figure or the next figure."""
        heads = sorted(self._ranker_heads, key=lambda i: abs(self.toks[i].start - q.start))
        out = []
        for i in heads[:limit]:
            tok = self.toks[i]
            end = q.start if tok.end <= q.start else next(
                (o.start for o in self.quantities if o.start > tok.start), self.sentence.end)
            phrase = self._scanned_phrase(i, end)
            if phrase:
                out.append(phrase)
        return out

    def _scanned_phrase(self, head: int, end: int) -> str | None:
        """The corrected noun phrase of the sentence headed by token `head` up to `end`. Figures
        of one sentence share heads, and a phrase read up to one figure is the phrase read up
        to another whenever every token end _phrase_from compared with the first stands on the
        same side of the second (_Reach records them), so each head keeps its phrases with the
        range of ends they hold for."""
        known = self._ranker_phrases.setdefault(head, [])
        for low, high, phrase in known:
            if low <= end < high:
                return phrase
        reach = _Reach(end)
        phrase = self._phrase_from(self.toks, head, reach)  # type: ignore[arg-type]
        phrase = self._corrected(phrase) if phrase else None
        known.append((reach.low, reach.high, phrase))
        return phrase

    @_Remembered
    def _ranker_heads(self) -> list[int]:
        """The nouns of the sentence that may head a subject: not a place, a period, a word of
        a figure or a word never a subject."""
        return [i for i, t in enumerate(self.toks) if t.word and t.pos == "NOUN"
                and not self._in_place(t) and not self._in_period(t)
                and t.lemma not in self.ctx.not_subject and i not in self._framed
                and not any(o.start <= t.start < o.end for o in self.quantities)]

    @_Remembered
    def _framed(self) -> frozenset[int]:
        """The indices of the words of the sentence's framing and cause phrases with the noun
        phrase each governs ("в зависимости от [нового] региона", "на фоне падения доходов"):
        what the figure depends on or is set against, never what it measures. A governed
        phrase a figure restates after a dash stays ("на фоне задолженности — 600 млн
        рублей"): the figure measures it."""
        out: set[int] = set()
        toks = self.toks
        for i, tok in enumerate(toks):
            match = self._opens_frame(tok)
            if not match:
                continue
            j = i
            while j < len(toks) and toks[j].start < match.end():
                out.add(j)
                j += 1
            governed = j  # its noun phrase: adjectives up to the noun, whose attributes may
            head = None   # be the next member of the clause ("под влиянием цен продажи")
            while j < len(toks) and toks[j].word and toks[j].pos in _FRAMED_WORDS \
                    and not self._is_figure(toks[j]):
                if head is None and toks[j].pos in ("NOUN", "NPRO"):
                    head = j
                j += 1
            if head is not None and not (j + 1 < len(toks) and toks[j].text == "-"
                                         and self._is_figure(toks[j + 1])):
                out.update(range(governed, head + 1))
                out.update(self._genitives_after(head))
        return frozenset(out)

    def _opens_frame(self, tok: Tok) -> regex.Match[str] | None:
        """The framing or cause phrase that opens at `tok` ("в связи с", "на фоне"), if any."""
        if not tok.word:
            return None
        text = self.view.text
        return self.ctx.framing_phrases.match(text, tok.start) \
            or self.ctx.cause_phrases.match(text, tok.start)

    def _genitives_after(self, head: int) -> list[int]:
        """The indices of the genitive attributes right after the noun at `head` ("падения
        [доходов]", "роста [российской экономики]"), as far as a genitive reading is sure (the
        noun is only genitive, or a genitive adjective before it tells): in "цен продажи
        квартир" "продажи" may be the next member, in the nominative."""
        out: list[int] = []
        pending: list[int] = []
        for k in range(head + 1, len(self.toks)):
            tok = self.toks[k]
            if not tok.word or tok.info is None or self._is_figure(tok):
                break
            if tok.pos in ("ADJF", "PRTF") and "gent" in tok.info.cases:
                pending.append(k)
            elif tok.pos == "NOUN" and (tok.info.cases == {"gent"}
                                        or pending and "gent" in tok.info.cases):
                out += pending + [k]
                pending = []
            else:
                break
        return out

    @_Remembered
    def _word_positions(self) -> dict[str, list[int]]:
        """The indices of the sentence's words by lemma, in text order: the ranker asks where
        the head of each candidate stands (subject_ranker._position_features)."""
        found: dict[str, list[int]] = {}
        for i, t in enumerate(self.toks):
            if t.word:
                found.setdefault(t.lemma, []).append(i)
        return found

    @_Remembered
    def _ranker_phrases(self) -> dict[int, list[tuple[float, float, str | None]]]:
        return {}

    @_Remembered
    def _phrase_indicators(self) -> dict[str, str | None]:
        """_with_indicator's indicator of each phrase asked in the sentence."""
        return {}

    def _indicator_of(self, phrase: str | None) -> str | None:
        return self._with_indicator(phrase)[1]

    def _rules_choice(self, clues: _Clues, state, fired
                      ) -> tuple[tuple[str | None, str | None], str | None, int]:
        """The first rule's phrase and indicator, the id of the rule that found it and its
        place in _SUBJECT_RULES."""
        categories = self._list_categories(clues.q, oblique_only=True)
        for slot, (rule_id, rule) in enumerate(_SUBJECT_RULES):
            scratch: list[str] = []
            found = rule(self, clues, state, scratch)
            if found is not None and found[0] and categories \
                    and subject_ranker.head_lemma(found[0]) in categories:
                continue  # "пшеница — 870 тыс. тонн" after a colon: the item, not the measure
            fired += scratch
            if found is not None:
                if rule_id:
                    fired.append(rule_id)
                return (self._corrected(found[0]), found[1]), rule_id or (
                    fired[-1] if fired else "ctx.subject_of_predicate"), slot
        return (None, None), None, len(_SUBJECT_RULES)

    def _subject_candidates(self, clues: _Clues, state, chosen, choice_rule, slot: int,
                            model=None) -> tuple[list[subject_ranker.Candidate], int]:
        """What every subject rule finds for the figure when asked on its own, one candidate
        per distinct phrase with its features (subject_ranker), and the index of the rules'
        choice among them. The rules before the choice (`slot`) found nothing; the sentence's
        list bookkeeping is restored after the rules after it are asked.

        Given the `model` that will choose, a candidate whose score cannot beat the choice's
        by the model's margin even at best (subject_ranker.score_bound) is left out before its
        costly features are read: it could not be chosen, so the choice is the same."""
        kept = dict(self.list_breakdowns), dict(self.list_subjects)
        found: dict[str | None, list] = {chosen[0]: [chosen[1], [], len(_SUBJECT_RULES)]}
        if choice_rule:
            found[chosen[0]][1:] = [[choice_rule], slot]
        for rank, (rule_id, rule) in enumerate(_SUBJECT_RULES[slot + 1:], slot + 1):
            scratch: list[str] = []
            got = rule(self, clues, state, scratch)
            if got is None:
                continue
            phrase = self._corrected(got[0])
            entry = found.setdefault(phrase, [got[1], [], rank])
            entry[2] = min(entry[2], rank)
            entry[1].append(rule_id or (scratch[-1] if scratch else "ctx.subject_of_predicate"))
        self.list_breakdowns, self.list_subjects = kept
        extra = [(p, "scan") for p in self._scanned_phrases(clues.q)]
        if state.subjects:
            extra.append((state.subjects[-1], "previous"))
        for phrase, source in extra:
            if phrase not in found:
                found[phrase] = [_NOT_YET, [], len(_SUBJECT_RULES)]  # its indicator, when needed
            found[phrase][1].append(source)
        found = {p: v for p, v in found.items()  # "$60 за баррель": a measure noun is never
                 if p == chosen[0] or not self._measure_headed(p)}  # what is measured
        found = {p: v for p, v in found.items()  # "5 тыс. мигрантов" counts its migrants
                 if p == chosen[0] or not p or not self._in_other_figure(p, clues.q)}
        categories = self._list_categories(clues.q)
        if categories:  # "по районам: в северных районах — 43%": the item is the breakdown
            found = {p: v for p, v in found.items() if p == chosen[0] or not p
                     or subject_ranker.head_lemma(p) not in categories}
        scale = self._output_scale(clues.q)
        if scale is not None:  # "до 6,8% ВВП": the scale is not what is measured
            scale_key = lemma_key(" ".join(scale.group("scale").split()))
            found = {p: v for p, v in found.items()
                     if p == chosen[0] or not p or lemma_key(p) != scale_key}
        named = set(lemma_key(chosen[0])) if chosen[0] else None
        if named:  # a part of the rules' phrase says less and agrees as well: not a rival
            found = {p: v for p, v in found.items()
                     if p == chosen[0] or not p or not set(lemma_key(p)) <= named}
        size = len(_SUBJECT_RULES)
        candidates: list[subject_ranker.Candidate] = []
        to_beat = None  # the choice's score plus the margin, once known (the choice is first)
        for phrase, (indicator, proposers, rank) in found.items():
            read = None
            if to_beat is not None:
                read = subject_ranker.score_bound(self, clues.q, phrase, proposers, rank / size,
                                                  choice_rule, model.weights)
                if read.bound <= to_beat - _ROUNDING:
                    continue
            if indicator is _NOT_YET:
                indicator = self._indicator_of(phrase)
            candidates.append(subject_ranker.Candidate(
                phrase, indicator, subject_ranker.completed(self, clues.q, read, indicator)
                if read is not None else subject_ranker.candidate_features(
                    self, clues.q, phrase, indicator, proposers, rank / size,
                    phrase == chosen[0], choice_rule)))
            if model is not None and to_beat is None:
                if not model.fill_empty and not phrase:
                    return candidates, 0  # the model keeps an empty choice
                to_beat = model.score(candidates[0].features) + model.margin
        return candidates, 0

    def _list_categories(self, q: Quantity, oblique_only: bool = False) -> frozenset[str]:
        """The lemmas of the category nouns of a list item the figure `q` closes after a
        colon ("нехватка учителей по районам: в северных районах — 43%, в южных — 30%"):
        the nouns of the item before its dash, or, when the item leaves its noun out ("в
        южных —", "Ивановском —"), the last noun before the colon. The item is the figure's
        breakdown (annotation §6.29), what the list measures stands before the colon.
        `oblique_only`: only an item that cannot itself name a measure — one that opens with a
        preposition, is headed by living beings, or leaves its noun out ("длина — 2,95 м",
        "масса мозга эскимосов — 1,5 кг" name one)."""
        before = [t for t in self.toks if t.end <= q.start]
        if len(before) < 2 or before[-1].text != "-":
            return frozenset()
        colon = next((k for k in range(len(before) - 2, -1, -1) if before[k].text == ":"), None)
        if colon is None or any(t.pos == "VERB" for t in before[colon + 1:]):
            return frozenset()
        start = next(k for k in range(len(before) - 2, -1, -1)
                     if before[k].text in (",", ";", ":", "(") or self._is_figure(before[k]))
        named = before[start + 1:-1]
        if named and all(t.word and t.pos in ("ADJF", "PRTF", "PREP") for t in named) \
                and named[-1].pos != "PREP":
            elided = next((t for t in reversed(before[:colon]) if t.word and t.pos == "NOUN"),
                          None)
            return frozenset({elided.lemma}) if elided is not None else frozenset()
        # the item without its period and place ("в 2019 году доходы", "в Индии семей")
        item = [t for k, t in enumerate(named) if not self._in_period_or_place(t) and not (
            t.pos == "PREP" and k + 1 < len(named) and self._in_period_or_place(named[k + 1]))]
        head = next((t for t in item if t.word and t.pos == "NOUN"), None)
        if head is None or oblique_only and item[0].pos != "PREP" and not head.info.animate:
            return frozenset()
        return frozenset(t.lemma for t in item if t.word and t.pos == "NOUN")

    def _in_period_or_place(self, tok: Tok) -> bool:
        return self._in_period(tok) or self._in_place(tok)

    def _in_other_figure(self, phrase: str, q: Quantity) -> bool:
        """The head noun of `phrase` stands in the sentence only inside the span of figures
        other than `q` ("…, из них 5 тыс. мигрантов"): it is what they count, not a candidate
        for what `q` measures."""
        lemma = subject_ranker.head_lemma(phrase)
        found = self._word_positions.get(lemma) if lemma else None
        if not found:
            return False
        others = [o for o in self.quantities if o is not q]
        return all(any(o.start <= self.toks[i].start < o.end for o in others) for i in found)

    def _measure_headed(self, phrase: str | None) -> bool:
        """The phrase is headed by a measure noun ("баррель", "дозы вакцины"): annotation
        §6.21 never takes it for the subject."""
        if not phrase:
            return False
        info = word_info(phrase.split(" ", 1)[0])
        return info is not None and info.pos == "NOUN" and info.lemma in self.ctx.amount_measures

    def _corrected(self, phrase: str | None) -> str | None:
        """The phrase with the forms of rules' form_corrections replaced ("лагеры" → "лагеря")."""
        fixes = self.ctx.form_corrections
        if not phrase or not fixes:
            return phrase
        return " ".join(fixes.get(w, w) for w in phrase.split(" "))

    def _clues(self, index, window, right, parent) -> _Clues:
        """What the subject rules read about one figure, computed once."""
        q = self.quantities[index]
        people = q.unit in ("person", None)
        verb = self._predicate(self._own_clause(window), people) \
            or self._predicate(self._not_modifier(right)[:4], people)
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
        if adjacent is None and self._dash_before(q) and self._share_group(q) is None:
            adjacent = self._dash_topic(value_start)  # "плата за ЖКУ — 10 тыс. рублей"
        if adjacent and self._own_counted(q) and self._governed_before(value_start):
            adjacent = None  # "на создание четырех центров": the centres are counted
        if adjacent and self._oblique_share_item_before_dash(q):
            adjacent = None  # "учителям — 55% россиян": a share of the group
        cost = self._cost_of(value_start)
        introduced = introduced or cost is not None  # "завод стоимостью $700 млн": its cost
        adjacent = cost or self._measure_of(value_start) or adjacent
        if adjacent is None and not introduced:
            adjacent = self._changed_by(q.start)
            introduced = adjacent is not None
        if adjacent and word_info(adjacent.split()[-1]).lemma in self.ctx.level_nouns \
                and len(adjacent.split()) <= 2:
            adjacent = None  # "показав исторический минимум — 8,4%": a level, not a subject
        genitive = None
        if adjacent and not introduced and not self.view.text[value_start:q.start].strip():
            counted = self._counted_genitive(q)
            adjacent = _joined([adjacent, counted])
            genitive = adjacent if counted and self._genitive_number(q) else None
        if adjacent and not introduced and self._people_group(q) and self._object_before(value_start):
            adjacent = None  # "отдали свой голос 33% опрошенных": the verb's object, not measured
        adjacent = self._capacity(q) or adjacent
        if adjacent and not introduced and self._purpose_before_share(q, value_start):
            adjacent = None  # "потратили на дороги 12% бюджета": a share of the budget
        if adjacent and not introduced and self._paid_for_before(q, value_start):
            adjacent = None  # "плачу за проезд 1700 рублей": what the payment is for
        return _Clues(index, q, window, right, parent, verb, introduced, adjacent,
                      self._share_of_base(q), genitive is not None and adjacent == genitive)

    def _purpose_before_share(self, q: Quantity, pos: int) -> bool:
        """'потратили на дороги 12% бюджета', 'направлять на переработку 60% общего объема
        мусора': a percent followed by the genitive of a whole is a share of that whole; a
        prepositional phrase right before it says where the share goes, not what is measured."""
        if q.unit != "percent" or self._share_group(q) is None:
            return False
        toks = [t for t in self.toks if t.end <= pos]
        return bool(toks) and toks[-1].pos == "NOUN" and self._governed(toks, len(toks) - 1)

    def _paid_for_before(self, q: Quantity, pos: int) -> bool:
        """'Я плачу за его проезд 1700 рублей', 'выплатила работникам 15 млн рублей': a
        purpose phrase or a dative recipient between a verb of paying (money_verb_nouns) and
        its money says what the payment is for or to whom; the money is the verb's noun with
        them ("плата за проезд", "выплата работникам", _money_verb_noun), not the phrase."""
        found = self._money_verb(q, self.ctx.money_verb_nouns)
        if found is None:
            return False
        clause, verb = found
        between = [t for t in clause[verb + 1:] if t.end <= pos and t.pos not in ("ADVB", "PRCL")]
        if not between:
            return False
        first = between[0]  # "выплатила работникам завода 15 млн": to whom, not what
        return first.pos == "PREP" and first.lemma in _PURPOSE_CASES \
            or first.pos in ("NOUN", "ADJF") and first.info.cases == {"datv"}

    def _oblique_share_item_before_dash(self, q: Quantity) -> bool:
        """'учителям — 55% россиян': in a list whose verb is left out, a percent of a group
        after the dash is the group's share; the noun phrase before the dash is no subject when
        its noun cannot be nominative (the list's item, a complement of the left-out verb),
        unlike the nominative subject of a gapped clause (_gapped_subject). Counts are left to
        the other rules: taking their own counted noun here lost a held-out figure."""
        if not self._dash_before(q) or q.unit != "percent" or self._share_group(q) is None:
            return False
        dash = len(self.view.text[:q.start].rstrip()) - 1
        before = [t for t in self.toks if t.end <= dash]
        if not before or not before[-1].word:
            return False
        info = before[-1].info
        return info is not None and info.pos == "NOUN" and "nomn" not in info.cases \
            and info.lemma != q.counted

    def _dash_before(self, q: Quantity) -> bool:
        """Only a dash stands between the figure and the word before it ("X — 10 тыс.")."""
        return self.view.text[:q.start].rstrip().endswith(("-", "—", "–"))

    def _gapped_subject(self, q: Quantity, before: str | None = None,
                        elided_only: bool = False) -> str | None:
        """'Реальные зарплаты упали на 9%, а средние доходы – на 3%': in a clause whose verb is
        left out, marked by a dash, the nominative noun phrase before the dash is the subject
        of that verb and what the figure after it measures. A genitive there left out the head
        of the subject `before` as well: 'содержание металлов снизилось на 5%, а нефтепродуктов
        – на 23%' → 'содержание нефтепродуктов'; so does a name after a name ('доля Сбербанка
        — 30%, ВТБ — 20%' → 'доля ВТБ'). `elided_only`: only a phrase that takes that head."""
        text = self.view.text[:q.start]
        m = regex.search(r"[,;]\s*(?:(?:а|и|но)\s+)?[^,;()\d]{2,80}?\s*[-–—]\s*(?:(?:на|в|до|с)\s+)?\Z",
                         text) or regex.search(r",\s*а\s+[^,;()\d]{2,80}?\s+(?:на|в|до)\s+\Z", text)
        if not m:  # the dash may be left out after "а": "…, а доходы на 6,3%"
            return None
        dash = regex.search(r"\s*[-–—]?\s*(?:(?:на|в|до|с)\s+)?\Z", text)
        first = next((t for t in self.toks if t.start >= m.start() + 1 and t.word), None)
        if first is not None and first.lemma in ("а", "и", "но"):
            first = next((t for t in self.toks if t.start > first.start and t.word), None)
        if first is None or self._in_place(first) or self._in_period(first):
            return None
        phrase = self._np_ending_at(dash.start(), any_case=False)
        words = [t for t in self.toks if first.start <= t.start and t.end <= dash.start()]
        head = next((i for i, w in enumerate(before.split()) if word_info(w).pos == "NOUN"),
                    None) if before else None
        if head is not None and words and self._name_after_name(words, before.split(), head, q):
            return _joined(before.split()[:head + 1] + [t.text for t in words])
        if phrase and word_info(phrase.split()[0]).pos != "PREP" \
                and phrase.split()[0].lower() == _lower_common(first.text).lower():
            return None if elided_only else phrase  # the phrase fills the clause to the dash
        adjectives = bool(words) and all(t.pos in ("ADJF", "PRTF") for t in words)
        genitive = "gent" in first.info.cases and "nomn" not in first.info.cases
        if head is None or not words or not genitive and not (elided_only and adjectives) \
                or not all(
                    t.pos in ("NOUN", "ADJF", "PRTF") or t.lemma in ("и", "или")
                    or t.pos == "PREP" and k > 0 and words[k - 1].pos == "NOUN"
                    for k, t in enumerate(words)):  # "номеров в гостиницах – в 40 раз"
            return None
        named = before.split()
        gapped = [_lower_common(t.text) for t in words]
        if adjectives:  # "реконструкция кемеровского аэропорта …, новокузнецкого — в 3,5
            # млрд": the adjective stands for its own
            adjective = next((i for i in range(head + 1, len(named))
                              if word_info(named[i]).pos in ("ADJF", "PRTF")), None)
            if adjective is not None and elided_only \
                    and not self._may_stand_for(words[-1], named[adjective:]):
                return None  # "доля работающих пенсионеров — 30%, сельской — 20%"
            if adjective is not None:  # else a noun of its own ("а погибших — на 18%")
                return _joined(named[:adjective] + gapped + named[adjective + 1:])
            own = word_info(named[head])
            if elided_only and head and word_info(named[head - 1]).pos in ("ADJF", "PRTF"):
                written = self._written_before(named[head - 1], q.start)
                if written is None or words[-1].info.number != written.info.number \
                        or not words[-1].info.cases & written.info.cases \
                        or "nomn" not in own.cases:
                    return None  # "с большим отрывом идут итальянский – 5, французский – 4"
                return _joined(named[:head - 1] + [_to_case(words, "nomn", own.number)]
                               + named[head:])  # "католических детсадов — 100,
                # протестантских — 83" → "протестантские детсады"
            if elided_only and (words[-1].info.number != "plur" or not genitive):
                return None  # "в городах — 60%, сельской — 40%": the item of a place
        if elided_only:
            written = self._written_before(named[head], q.start)
            if written is None or "nomn" not in written.info.tag:
                return None  # "молока — 92%, кисломолочной продукции — 94%, творога — 99%":
                # the item before was an oblique item itself, the genitive parallels it
        return _joined(named[:head + 1] + gapped)

    def _written_before(self, word: str, pos: int) -> Tok | None:
        """The last token of the sentence before `pos` with the lemma of `word` (a word of a
        subject, maybe put in the nominative): the form the text wrote it in."""
        lemma = word_info(word).lemma
        return next((t for t in reversed(self.toks) if t.end <= pos and t.word
                     and t.info is not None and t.lemma == lemma), None)

    @staticmethod
    def _may_stand_for(adjective: Tok, named: list[str]) -> bool:
        """The item's adjective may stand for the adjective `named` starts with: it agrees
        with it in number and a case, and so with the noun right after the adjectives, if any
        ("городского населения" → "сельского", "в частном секторе" → "государственном",
        "умерших" → "погибших"; not "работающих пенсионеров" → "сельской", nor "занятых в
        экономике" → "сельской")."""
        if adjective.info is None:
            return False
        infos = [word_info(w) for w in named]
        k = next((i for i, info in enumerate(infos) if info.pos not in ("ADJF", "PRTF")), None)
        agreeing = [infos[0]] + ([infos[k]] if k is not None and infos[k].pos == "NOUN" else [])
        return all(info.number == adjective.info.number and info.cases & adjective.info.cases
                   for info in agreeing)

    def _place_item_before(self, index: int) -> bool:
        """The figure before figure `index` follows a place in its clause ("в городах — 60%",
        "составил в городах 3%"): an item after it may leave out the preposition of a place."""
        prev = self.quantities[index - 1]
        toks = [t for t in self.toks if t.end <= prev.start]
        start = max((i + 1 for i, t in enumerate(toks) if t.text in _CLAUSE_PUNCT
                     or t.text in ".!?;"), default=0)
        return any(t.word and t.pos == "PREP" and _OBLIQUE_CASE.get(t.text.lower()) == "loct"
                   for t in toks[start:])

    def _name_after_name(self, words: list[Tok], named: list[str], head: int,
                         q: Quantity) -> bool:
        """'доля Сбербанка — 30%, ВТБ — 20%': the item is a name (not a place) and the subject
        before it is its head with a name after it, written capitalized in the sentence before
        the figure."""
        if head + 1 >= len(named) or not all(t.word and t.text[:1].isupper()
                                             and not self._in_place(t) for t in words):
            return False
        after = named[head + 1].lower()
        return any(t.word and t.text.lower() == after and t.text[:1].isupper()
                   and t.start > self.sentence.start and not self._in_place(t)
                   for t in self.toks if t.end <= q.start)

    def _elided_head(self, c: _Clues) -> str | None:
        """'доля мужчин — 48%, женщин — 52%' → 'доля женщин', 'доля городского населения —
        60%, сельского — 40%' → 'доля сельского населения': an item right after a figure of the
        sentence, before a dash, that leaves out the head of that figure's subject (a genitive,
        an adjective or a name alone) takes that head."""
        if not c.index or not self.previous or not self._dash_before(c.q):
            return None
        before = self.previous[-1].subject
        between = self.view.text[self.quantities[c.index - 1].end:c.q.start]
        if not before or not regex.match(r"\s*[,;]", between):
            return None
        item = [t for t in self.toks if t.word and t.info is not None
                and self.quantities[c.index - 1].end <= t.start and t.end <= c.q.start]
        if not all(t.text[:1].isupper() for t in item) and self._place_item_before(c.index) \
                and any(t.pos == "NOUN" for t in item) and any("loct" in t.info.cases for t in item):
            return None  # "в городах — 3%, сельской местности — 7%": "в" left out; an adjective
            # alone replaces its own ("в частном секторе — 50 тыс., государственном — 45 тыс.")
        return self._gapped_subject(c.q, before, elided_only=True)

    def _share_item(self, c: _Clues) -> str | None:
        """'мужчины составляют 48%, женщины — 52%' → 'доля женщин': a group of people named
        in the nominative before a dash, right after a percent that is a share of another
        group, is a share of its own."""
        if c.q.unit != "percent" or not c.adjacent or not c.index or not self.previous \
                or not self._dash_before(c.q) \
                or self.quantities[c.index - 1].unit != "percent":
            return None
        before = self.previous[-1].subject
        between = self.view.text[self.quantities[c.index - 1].end:c.q.start]
        if not before or not before.startswith("доля ") \
                or not regex.match(r"[^,;()]{0,30}[,;]\s*(?:(?:а|и)\s+)?[^,;()\d]{2,60}\Z",
                                   between):
            return None
        head = _first_noun(c.adjacent)
        first = c.adjacent.split()[0]
        if head is None or head.number != "plur" or not head.animate \
                or word_info(first).pos not in ("NOUN", "ADJF", "PRTF") \
                or "nomn" not in head.tag:
            return None
        return "доля " + _genitive_head(c.adjacent)

    def _answer_item(self, c: _Clues) -> str | None:
        """'26% опрошенных отдали голоса Ле Пен, 24% — Франсуа Фийону' → 'доля опрошенных,
        отдавших Франсуа Фийону': a percent and a dash after a share of those who did
        something, in the same sentence, is the share of those who did it with the item after
        the dash in place of the first item's complement (§4, as for a repeated preposition)."""
        dash = _DASH_AFTER.match(self.view.text, c.q.end)
        if c.q.unit != "percent" or dash is None or not c.index or not self.previous \
                or self.quantities[c.index - 1].start < self.sentence.start:
            return None
        before = self.previous[-1].subject or ""
        words = before.split(" ")
        doers = next((k for k, w in enumerate(words[1:], 1)
                      if (info := word_info(w.rstrip(","))) is not None and info.pos == "PRTF"
                      and "actv" in info.tag), None)
        if words[0] != "доля" or doers is None:
            return None
        if doers + 1 < len(words) and words[doers + 1] == "бы":
            doers += 1  # "хотевших бы"
        item = [t for t in self.toks if t.start >= dash.end()]
        end = next((k for k, t in enumerate(item) if t.text in _BASIS_CLAUSE_MARKS
                    or t.text in ".()" or self._is_figure(t)), len(item))
        if end == 0 or not any(t.word for t in item[:end]):
            return None
        return _joined(words[:doers + 1] + [self.view.text[item[0].start:item[end - 1].end]])

    def _prepositional_item(self, c: _Clues) -> str | None:
        """'расходы на образование составили 5 млрд, на здравоохранение — 3 млрд' → 'расходы на
        здравоохранение': an item right after a figure of the sentence, a preposition and its
        noun phrase before a dash, that repeats a preposition of that figure's subject after
        its head, takes the subject with the item in place of what followed that preposition.
        A name in quotes after the item's noun is left out, as the subject before left it out
        ('на проект "Образование" — 1 млрд' → 'средства на проект'); a place or a time is no
        such item ('в Москве — 5%')."""
        if not self._dash_before(c.q):
            return None
        if not c.index or not self.previous:
            return self._first_prepositional_item(c.q)
        before = self.previous[-1].subject
        prev = self.quantities[c.index - 1]
        between = self.view.text[prev.end:c.q.start]
        if not before or not regex.match(r"\s*[,;]?\s*(?:(?:и|а)\s+)?[^,;:()\d]{2,80}?\s*[-–—]\s*\Z",
                                         between) or not regex.match(r"\s*[,;]|\s+(?:и|а)\s",
                                                                     between):
            return self._first_prepositional_item(c.q)
        item = [t for t in self.toks if t.word and prev.end <= t.start and t.end <= c.q.start
                and t.lemma not in ("и", "а")]
        if not item:
            return None
        words = before.split()
        if item[0].pos != "PREP":  # "на здравоохранение — 40 млрд, образование — 32 млрд":
            # the preposition of the item before, left out
            first = self._item_preposition(prev)
            if first is None or not item[0].info.cases & {_GOVERNED.get(first, "")}:
                return None
            item = [next(t for t in self.toks if t.start == prev.start)] + item  # a stand-in
            prep = first
        else:
            prep = item[0].text.lower()
        if prep not in _OBLIQUE_CASE:
            return None
        at = max((k for k, w in enumerate(words) if k and w == prep), default=None)
        if at is None or word_info(words[at - 1]).pos not in ("NOUN", "PRTF", "PRTS", "VERB"):
            return None  # "средства, направленные на образование" → its participle
        quote = next((k for k, t in enumerate(self.toks) if item[0].start < t.start < c.q.start
                      and t.text in ('"', "«", "„", "“")), None)
        rest = [t for t in item[1:] if quote is None or t.start < self.toks[quote].start]
        if not rest or any(self._in_place(t) or self._in_period(t) for t in rest) \
                or not all(t.pos in ("NOUN", "ADJF", "PRTF") or t.pos == "PREP" and k
                           for k, t in enumerate(rest)) or rest[-1].pos != "NOUN":
            return None
        return _joined(words[:at + 1] + [_lower_common(t.text) for t in rest])

    def _item_preposition(self, q: Quantity) -> str | None:
        """The preposition that opens the dash item right before figure `q` ("на
        здравоохранение — 40 млрд" → "на"), None when there is none."""
        if not self._dash_before(q):
            return None
        toks = [t for t in self.toks if t.end <= q.start and t.word]
        start = max((i + 1 for i, t in enumerate(toks) if t.text in _CLAUSE_PUNCT
                     or t.text in ".!?;" or t.pos in ("VERB", "PRTS") or t.lemma in ("и", "а")),
                    default=0)
        item = toks[start:]
        return item[0].text.lower() if len(item) > 1 and item[0].pos == "PREP" else None

    def _first_prepositional_item(self, q: Quantity) -> str | None:
        """'Наиболее крупные расходы предусмотрены на здравоохранение — 40 млрд': the first
        item of a dash list whose noun before the verb is the head of every item ('расходы на
        здравоохранение'); the items after it take that head (_prepositional_item)."""
        toks = [t for t in self.toks if t.end <= q.start]
        start = max((i + 1 for i, t in enumerate(toks) if t.text in _CLAUSE_PUNCT
                     or t.text in ".!?;:"), default=0)
        clause = [t for t in toks[start:] if t.word]
        verb = next((k for k, t in enumerate(clause) if t.pos in ("VERB", "PRTS")), None)
        if verb is None or verb + 2 >= len(clause) or clause[verb + 1].pos != "PREP" \
                or clause[verb + 1].text.lower() not in _GOVERNED:
            return None
        head = [t for t in clause[:verb] if t.pos == "NOUN"]
        rest = clause[verb + 2:]
        if len(head) != 1 or "nomn" not in head[0].info.cases or head[0].info.animate \
                or self._in_place(head[0]) or head[0].lemma in self.ctx.not_subject \
                or not all(t.pos in ("NOUN", "ADJF", "PRTF") for t in rest) \
                or rest[-1].pos != "NOUN" or any(self._in_place(t) or self._in_period(t)
                                                 for t in rest) \
                or not rest[0].info.cases & {_GOVERNED[clause[verb + 1].text.lower()]}:
            return None
        return _joined([_lower_common(head[0].text), clause[verb + 1].text.lower()]
                       + [_lower_common(t.text) for t in rest])

    def _dash_topic(self, pos: int) -> str | None:
        """'Средняя плата за ЖКУ — 10 тыс. рублей': in a clause with no verb, the nominative
        noun phrase before the dash, with its prepositional attributes, is what the figure
        after the dash measures."""
        before = [t for t in self.toks if t.end <= pos]
        start = max((i + 1 for i, t in enumerate(before) if t.text in _CLAUSE_PUNCT
                     or t.text in ".!?;"), default=0)
        verb = next((t for t in reversed(before[start:])
                     if t.pos in ("VERB", "PRTS", "INFN", "GRND")), None)
        if verb is not None and verb.pos == "VERB" and "tran" in verb.info.tag:
            return None  # "прирост обеспечил обмен с Таджикистаном – 58,4 тыс.": the agent;
            # the subject of an intransitive verb or an infinitive's object takes the value:
            # "предоставляется субсидия — до 30 тыс.", "установить пособие — 3 тыс. рублей"
        phrase = self._np_ending_at(pos, any_case=False)
        if not phrase or word_info(phrase.split()[0]).pos == "PREP":
            return None
        return phrase

    def _people_group(self, q: Quantity) -> bool:
        """A percent of people: "33% опрошенных", "40% мужчин" (not "6% стоимости")."""
        group = self._share_group(q) if q.unit == "percent" else None
        return group is not None and (group.info.animate or group.pos in ("ADJF", "PRTF")
                                      or _substantivized(group))

    def _object_before(self, pos: int) -> bool:
        """The noun phrase ending at `pos` follows a finite verb, as its object ("отдали
        свой голос за медицину")."""
        before = [t for t in self.toks if t.end <= pos]
        k = len(before) - 1
        while k >= 0 and before[k].pos in ("NOUN", "ADJF", "PRTF", "PREP") \
                and not self._in_place(before[k]):
            k -= 1
        return 0 <= k < len(before) - 1 and before[k].pos == "VERB"

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
        at, word = self._counted_index(q), self._counted_word_index(q)
        if at is None or word is None or "gent" not in self.toks[word].info.cases \
                or self._in_place(self.toks[at]) \
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

    def _genitive_number(self, q: Quantity) -> bool:
        """The count's own forms show it in the genitive, not the nominative or accusative
        that could make it the clause's subject or object: a number word in the genitive
        ("лидеры двух стран", "доля трех компаний"), or digits whose noun takes another form
        after a nominative ("64 домов", not "64 дома"; "21 школы", not "21 школа"). "приняли
        участие 3,5 тыс. медработников", "500 человек" say nothing: the count may be the
        subject."""
        at = self._counted_word_index(q)  # "64 баррелей": the measure noun's own form
        if at is None:
            return False
        noun = self.toks[at].info
        number = [t for t in self.toks if q.number_start <= t.start and t.end <= q.number_end]
        if len(number) == 1 and number[0].pos == "NUMR":
            cases = number[0].info.cases
            return "gent" in cases and "nomn" not in cases
        digits = self.view.text[q.number_start:q.number_end].replace(" ", "").replace("\xa0", "")
        if not digits.isdigit() or _SCALED.search(self.view.text[q.number_start:q.end]):
            return False
        tens, last = int(digits) % 100, int(digits) % 10
        if 11 <= tens <= 14:
            return False
        if last == 1:
            return "gent" in noun.cases and "nomn" not in noun.cases and "accs" not in noun.cases
        return 2 <= last <= 4 and "plur" in noun.tag and noun.cases == {"gent"}

    def _changed_by(self, pos: int) -> str | None:
        """'благодаря увеличению валового продукта на 3%' → 'валовой продукт': a change noun
        with its genitive attributes right before "на" and the figure is a change of them;
        before "с" or "до" ("снижение ставки взносов с 30 до 22%", "повышение продолжительности
        жизни до 78 лет") the figure is their former or new level."""
        before = [t for t in self.toks if t.end <= pos]
        if len(before) < 3 or before[-1].lemma not in ("на", "с", "со", "до"):
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
        head = next((t for t in before[k + 1:] if t.pos == "NOUN"), None)
        number = number_in_case(head.text, "gent", "NOUN") if head else None
        return self._phrase_from(before, k, before[-1].start, number=number)

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

    def _rule_oblique_count_or_after_dash(self, c: _Clues, state, fired):
        """The two first rules share a slot of _SUBJECT_RULES: the ranker's weights
        (rules/models/subject.yaml) read a rule's place in the order, learnt before the
        oblique count was a rule of its own."""
        found = self._rule_oblique_count(c, state, fired)
        if found is not None:
            fired.append("ctx.subject_counted_noun")
            return found
        found = self._rule_after_dash(c, state, fired)
        if found is not None:
            fired.append("ctx.subject_after_dash")
        return found

    def _rule_oblique_count(self, c: _Clues, state, fired):
        """'Рост отмечен ещё в 15 регионах', '86 сотрудникам выплатили долг': a count in an
        oblique case counts what it names, not what its clause is said of (annotation §6.20:
        the subject of a count is the counted phrase), so the counted noun phrase is the
        subject whatever the clause's grammatical subject, with what the clause says of it as
        a relative clause ("регионы, в которых отмечен рост")."""
        found = self._oblique_count(c.q)
        if found is None or c.verb is not None \
                and c.verb.lemma in self.rules.indicators.flow_verbs:
            return None  # "в 1508 семьях родился третий ребенок": a flow verb names the figure
        if any(o.start > c.q.end and unit_kind(o.unit) != "count" for o in self.quantities):
            return None  # "доходы снизились в 65 субъектах, в ЯНАО – на 15%": the count frames
            # the figures after it, which go on with the clause's subject
        at, prep, case = found
        end = next((o.start for o in self.quantities if o.start > c.q.end), self.sentence.end)
        phrase = self._corrected(self._phrase_from(self.toks, at, end,
                                                   number=self._count_number(c.q)))
        if not phrase or "," in phrase or prep == "из":  # "семьи, проживающие …": already
            return self._found(phrase)  # said which; "из 2 млн частников закрылось": the part's
        said = self._said_around(c.q, at, end, prep) if case != "ablt" else ""  # "власти
        # договорились с 20 предприятиями": partners of the agent's act, not described by it
        if said:
            pronoun = inflect("которые", frozenset({case, "plur"}), "ADJF") or "которых"
            phrase = _joined([phrase, ",", prep or "", pronoun, said])
        return self._found(phrase)

    def _oblique_count(self, q: Quantity) -> tuple[int, str | None, str] | None:
        """Where the counted noun of the figure stands, the preposition that governs the count
        and the count's case, when the figure names what it counts in an oblique case: governed
        by a preposition in the case that preposition gives a count (_OBLIQUE_CASE), or, with
        no preposition, in the dative alone ("выплатили 86 сотрудникам"; a bare instrumental is
        mostly the object of its verb, "располагает 25 филиалами", left to the rules of
        objects); else None."""
        if not self._own_counted(q):
            return None
        at = self._counted_index(q)
        if at is None:
            return None
        cases = self.toks[at].info.cases
        before = [t for t in self.toks if t.end <= q.number_start][-4:]
        while before and (before[-1].pos in ("ADVB", "PRCL", "COMP") or before[-1].lemma == "чем"):
            before.pop()  # "примерно в 25 регионах", "в более чем 15 регионах"
        if not before or before[-1].pos != "PREP":
            return (at, None, "datv") if cases == {"datv"} else None
        prep = before[-1].text.lower()
        case = _OBLIQUE_CASE.get(prep)
        if case is None:
            return None
        if _SCALED.search(self.view.text, q.number_end, self.toks[at].start):
            return (at, prep, case) if case in cases or "gent" in cases \
                and prep in _NEVER_ACCUSATIVE else None
        if case in cases and self._agrees_in_case(q, self.toks[at]):
            return at, prep, case
        return None

    @staticmethod
    def _agrees_in_case(q: Quantity, noun: Tok) -> bool:
        """In an oblique case the counted noun agrees with its number: plural ("в двух
        очередях"), singular after one ("в 21 лагере"); a singular after another number is the
        genitive of the nominative or accusative ("в две очереди")."""
        if noun.info.number != "sing":
            return True
        return q.value == int(q.value) and int(q.value) % 10 == 1 and int(q.value) % 100 != 11

    def _said_around(self, q: Quantity, at: int, end: int, prep: str | None) -> str:
        """What the figure's clause says of the things counted at token `at` (its words around
        the count, without places, periods, prepositional phrases, pronouns and particles), when
        that is a predicate with one or two more content words, at most _SAID_WORDS: "Рост
        отмечен еще в 15 регионах" → "рост отмечен"; else empty."""
        first = next(i for i, t in enumerate(self.toks) if t.end > q.start or i == at)
        if prep is not None:  # the preposition, inside the figure's span or right before it
            first = next((i for i in range(first, at) if self.toks[i].pos == "PREP"),
                         first - 1 if first and self.toks[first - 1].pos == "PREP" else first)
        tail, clause = self._tail(self.toks, at, end)
        last = max([at] + [self.toks.index(t) for t in tail + clause])
        before = self._before_comma(self._clause(self.toks[first - 1::-1] if first > 0 else []))
        after = self._before_comma(self._clause(self.toks[last + 1:]))
        words: list[Tok] = []
        attribute = joined = False  # the word before: a genitive adjective of the phrase; "и"
        head: Tok | None = None  # the noun the preposition governs
        opening = next((t for t in self.toks if t.word), None)  # a capital there is no name
        governed = 0  # 1: a preposition read, 2: its noun (or number) read, genitives go on
        for tok in list(reversed(before)) + after:
            if self._in_period(tok) or self._in_place(tok):  # "в прошлом году", "в Бурятии",
                governed, head = 2, tok  # "в разных странах мира": left out, with its
                continue  # preposition and genitives
            if tok.pos == "PREP":
                governed = 1
            elif governed == 1 and (not tok.word or tok.pos == "NOUN"):
                governed, head = 2, tok
            elif governed == 1 and tok.pos in ("ADJF", "PRTF", "NUMR") or governed == 2 and (
                    not tok.word or tok.lemma in ("и", "или") or tok.text[:1].isupper()
                    or tok.pos in ("NOUN", "ADJF", "PRTF") and (
                        "gent" in tok.info.cases and ("nomn" not in tok.info.cases or attribute)
                        or joined and head is not None and head.word
                        and head.info.cases & tok.info.cases)):
                # "по итогам этих ярмарок", "на 1 января 2019", "в заключении картельного
                # соглашения", "с заболеваемостью ОРВИ и гриппом": a circumstance
                attribute, joined = tok.pos in ("ADJF", "PRTF"), tok.lemma in ("и", "или")
                continue
            else:
                governed = 0
            attribute = joined = False
            if governed == 0 and tok.word and tok.pos in _SAID_POS \
                    and (tok.text[:1].islower() or tok is opening) \
                    and tok.lemma not in _DEMONSTRATIVES and not self._is_figure(tok) \
                    and not (tok.pos == "VERB" and tok.lemma in self.ctx.speech):  # (a name is
                words.append(tok)  # no predicate: "ОАО «Метрострой»")
        kept = self._without_places(words)
        if sum(t.lemma != "быть" for t in kept) > _SAID_WORDS:  # "особый противопожарный
            kept = [t for t in kept if t.pos not in ("ADJF", "PRTF")]  # режим объявлен": the
        content = [t for t in kept if t.lemma != "быть"]  # nouns and verbs say it
        named = any(t.pos == "NOUN" or t.pos in ("ADJF", "PRTF") and (
            k + 1 == len(content) or content[k + 1].pos != "NOUN") for k, t in enumerate(content))
        if not any(t.pos in ("VERB", "PRTS", "INFN") for t in content) or not named \
                or len(content) > _SAID_WORDS \
                or {t.lemma for t in content} == {"речь", "идти"}:
            return ""  # "в 16 регионах они выросли": a verb with no noun (nor a noun made of an
            # adjective, "остальные расселены") names nothing; "речь идет о …" only presents
        return " ".join(_lower_common(t.text) for t in kept)

    def _rule_after_dash(self, c: _Clues, state, fired):
        if c.parent is None or self._origin_after_dash(c.right):
            return None
        return self._found(self._after_dash_phrase(c.right, up_to_noun=True))

    def _origin_after_dash(self, right: list[Tok]) -> bool:
        """'из них 9,4 тыс. – выходцы из Узбекистана': a part named by where its people come
        from is the parent's quantity with a partner, not a new subject."""
        words = [t for t in right if t.word]
        phrase = self._leading_np(words)
        after = words[len(phrase):len(phrase) + 2]
        return bool(phrase) and len(after) == 2 and after[0].text.lower() == "из" \
            and self._in_place(after[1])

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
        scale = self._output_scale(before)  # "132% ВВП (€2,256 трлн)" restates the percent
        between = self.view.text[scale.end() if scale is not None and scale.end() <= c.q.start
                                 else before.end:c.q.start]
        unit = _UNIT_WORDS.match(between) if before.unit is None else None
        if unit and all(word_info(w).pos in ("ADJF", "NOUN") and "gent" in word_info(w).cases
                        for w in unit.group().split()):
            between = between[unit.end():]  # "25 базовых пунктов (0,25%)"
        if not _RESTATED.fullmatch(between):
            return None
        share = between.strip() == "(" and self._share_of_counted_group(
            c.q, before, self.previous[-1].subject)
        if share:
            return share, None
        return self.previous[-1].subject, self._indicator_before(c.index)

    def _share_of_counted_group(self, q: Quantity, count: Quantity, said: str | None
                                ) -> str | None:
        """'проживало 171 100 русских (5,3%)' → 'доля русских': a bare percent in brackets
        right after a count of a group is the group's share, not the count's own subject
        (§4 subject, §6.29). Only when the count's subject is headed by the counted noun, so
        that "прибыло 12 тыс. человек (45%)" keeps its flow verb, or by a plural noun of people
        ("ненцы — 30,6 тыс. (73%)" → "доля ненцев")."""
        if q.unit != "percent" or count.unit not in ("person", None) or not said \
                or not _BARE_BRACKET_END.match(self.view.text, q.end):
            return None
        group = said.split(",")[0].strip()
        first = word_info(group.split()[0])
        counted = count.counted is not None and lemma_key(count.counted)[0] in lemma_key(group)
        if not counted and not (first.pos == "NOUN" and first.animate and first.number == "plur"):
            return None  # "участники референдума", "ненцы — 30,6 тыс."; not "прибыло"
        return "доля " + _genitive_head(group, "plur")

    def _rule_parenthesized(self, c: _Clues, state, fired):
        opening = self.view.text.rfind("(", self.sentence.start, c.q.start)
        if opening >= 0 and ")" not in self.view.text[opening:c.q.start] \
                and c.q.unit == "percent" and self._share_group(c.q) is not None:
            return None  # "страдают от ожирения (не более 3% населения)": a share of its own
        if self._parenthesized(c.q):
            bracket = len(self.view.text[:c.q.start].rstrip()) - 1
        elif (bracket := self._bracket_of_item(c.index)) is not None:  # "от туберкулёза (на
            phrase = self._chain_ending_at(bracket, prepositional=False)  # 17,6%)"
            return phrase and self._list_member_subject(c, state, phrase)
        else:  # "из-за удорожания продуктов (на 1,2% в Иркутской области и …)"
            opened = _OPENS_BRACKET.search(self.view.text, self.sentence.start, c.q.start)
            if c.index and self.quantities[c.index - 1].end > self.sentence.start \
                    or opened is None:
                return None
            bracket = opened.start()
        phrase = self._introduced_np(bracket) or self._np_ending_at(bracket, any_case=True) \
            or self._chain_ending_at(bracket)
        if phrase and self._parenthesized(c.q) and self._bracketed_list_member(c.index, bracket):
            found = self._list_member_subject(c, state, phrase)
            if found is not None:
                return found
        share = phrase and self._quantified_share(c.q, bracket,
                                                  self.view.text.find(")", c.q.end) + 1)
        return self._found(share or phrase and self._with_said_of_group(c.q, bracket, phrase))

    def _quantified_share(self, q: Quantity, bracket: int, closed: int) -> str | None:
        """'Большинство граждан (81%) считают задачи реальными' → 'доля граждан, считающих
        задачи реальными'; 'почти каждый третий (30%) считает …' → 'доля считающих …': a
        percent set off by brackets (or dashes) after a quantifier of people
        (`share_quantifiers`) is the share of its group, or of those its verb names when the
        group is left out (§4). `bracket`: where the opening mark is; `closed`: where the
        clause goes on after the closing one."""
        if q.unit != "percent":
            return None
        before = [t for t in self.toks if t.end <= bracket and t.start >= self.sentence.start]
        at = next((k for k in range(len(before) - 1, max(len(before) - 5, -1), -1)
                   if before[k].lemma in self.ctx.share_quantifiers), None)
        if at is None:
            return None
        group = [t for t in before[at + 1:] if not _ordinal(t)]
        if any(t.pos not in ("NOUN", "ADJF", "PRTF") or "gent" not in t.info.cases
               or t.pos != "NOUN" and t.info.number != "plur"  # "опрошенных", "пожилых"
               or self._in_place(t) for t in group) or len(group) > 1:
            return None  # "большинство из них", "часть расходов бюджета"
        start = self._past_participial(closed)
        if not group:
            return self._share_of_doers([t for t in self.toks if t.start >= start])
        said = self._said_of_group(q, group[0], after=start)
        return _joined([f"доля {_lower_common(group[0].text)}", "," if said else "", said])

    def _past_restatement(self, pos: int) -> int:
        """Where the text goes on after `pos` past a bracket that restates a figure ("почти
        каждый третий (30%) считает …")."""
        bracket = _BRACKET_AT.match(self.view.text, pos)
        if bracket and any(pos <= o.start < bracket.end() for o in self.quantities):
            return bracket.end()
        return pos

    def _past_participial(self, pos: int) -> int:
        """Where the clause goes on after `pos` past a participial phrase set off by commas
        ("большинство граждан (81%), следивших за Посланием, считает …")."""
        toks = [t for t in self.toks if t.start >= pos]
        if not toks or toks[0].text != ",":
            return pos
        end = self._participial_end(toks, 0)
        if end is None or end >= len(toks) or toks[end].text != ",":
            return pos
        return toks[end].end

    def _bracket_of_item(self, index: int) -> int | None:
        """The opening bracket of '(на 21%)' after a word, when the figure is a bracketed list
        item ("от отравления алкоголем (на 21%) и от туберкулёза (на 17,6%)")."""
        q = self.quantities[index]
        opened = _OPENS_BRACKET.search(self.view.text, self.sentence.start, q.start)
        if opened is None or not self.view.text[q.end:].lstrip().startswith(")"):
            return None
        bracket = self.view.text.index("(", opened.start())
        return bracket if self._bracketed_list_member(index, bracket) else None

    def _bracketed_list_member(self, index: int, bracket: int) -> bool:
        """'… пришлась на электронное оборудование ($630 млрд) и товары лёгкой промышленности
        ($283 млрд)': the figure in brackets after a noun phrase that is coordinated with
        another noun phrase with its own bracketed figure in the sentence ("X (N), Y (M) и
        Z (K)") is a list item, with no verb between the items."""
        text = self.view.text
        if index and self.quantities[index - 1].end > self.sentence.start \
                and self._bracketed(self.quantities[index - 1]):
            closing = text.find(")", self.quantities[index - 1].end)
            if 0 <= closing < bracket and _LIST_JOINT.match(text, closing + 1, bracket) \
                    and self._verbless(closing, bracket):
                return True
        if index + 1 < len(self.quantities):
            nxt = self.quantities[index + 1]
            closing = text.find(")", self.quantities[index].end)
            if nxt.start < self.sentence.end and self._bracketed(nxt) and closing >= 0:
                opening = text.rfind("(", 0, nxt.start)
                if closing < opening and _LIST_JOINT.match(text, closing + 1, opening) \
                        and self._verbless(closing, opening):
                    return True
        return False

    def _verbless(self, start: int, end: int) -> bool:
        return not self._has_verb([t for t in self.toks if start <= t.start and t.end <= end])

    def _list_member_subject(self, c: _Clues, state, item: str):
        """The item of a bracketed list is the figure's breakdown; its subject is what the
        sentence measures: the subject the item before in the list took, else what the other
        rules find for the figure when it is not the item itself."""
        previous = self.previous[-1] if c.index and self.previous else None
        if any(r in _PRICE_RULES for ctx in self.previous for r in ctx.rules):
            return None  # "подорожали виноград — на 8,6%, капуста (7,9%)": the price of each
        self.list_breakdowns[c.index] = item
        if c.index - 1 in self.list_subjects and previous is not None:
            self.list_subjects[c.index] = self.list_subjects[c.index - 1]
            if self.list_subjects[c.index]:
                return previous.subject, previous.indicator
            return self._found(item)
        item_words = set(lemma_key(item))
        for _, rule in _AFTER_PARENTHESIZED:
            found = rule(self, c, state, [])
            if found is None or not found[0]:
                continue
            phrase = _without_trailing(found[0], lemma_key(item))
            if phrase and not item_words & set(lemma_key(phrase)):
                self.list_subjects[c.index] = True
                return found if phrase == found[0] else self._with_indicator(phrase)
        self.list_subjects[c.index] = False  # nothing but the item names what is measured
        return self._found(item)

    def _chain_ending_at(self, pos: int, prepositional: bool = True) -> str | None:
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
            elif prepositional and p >= 1 and toks[p].pos == "PREP" \
                    and toks[p - 1].pos == "NOUN" and not self._in_place(toks[k]):
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
        """'с 13,3 тыс. до 3 тыс.': the old or new level of the figure before. Its indicator is
        its subject's own when that figure's unit nulled it ("за 30 лет с 13,3 тыс.": a time
        span measures no indicator, the level after it may)."""
        if c.index and self.previous and self._new_level(c.window):
            return self.previous[-1].subject, self._indicator_before(c.index)
        return None

    def _indicator_before(self, index: int) -> str | None:
        """The indicator of the figure before `index`, for a figure said of the same thing: its
        subject's own when that figure's unit nulled it (a time span, "за 30 лет с 13,3 тыс.",
        "последние два года (+40%)", measures no indicator; the level or change with it may)."""
        before, q = self.previous[-1], self.quantities[index - 1]
        if before.indicator is not None or not before.subject:
            return before.indicator
        own = self._indicator_of(before.subject)
        return own if own and self.rules.indicators.for_unit(own, q.unit) is None else None

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

    def _rule_every_nth(self, c: _Clues, state, fired):
        """'каждый пятый заключенный приговорен по ошибке' → 'доля заключенных, приговоренных
        по ошибке': a share written as "каждый N-й" is the share of the group named after the
        ordinal, in the genitive plural, with what its clause says of it."""
        span = self.view.text[c.q.start:c.q.end].lower()
        if c.q.unit != "percent" or "кажд" not in span:
            return None
        group = self._every_nth_group(c.q)
        if group is None:
            return None
        words, head = group
        said = self._said_of_group(c.q, _plural_genitive_tok(head), after=words[-1].end,
                                   said_in="sing")
        said = regex.split(r",\s+(?!что\b|чтобы\b)", said, maxsplit=1)[0]  # "…по ошибке, к
        # невинно осужденным отношение обыденное": the sentence goes on with its own clause
        return self._found(_joined([
            "доля", " ".join(_plural_genitive(t, head) for t in words), "," if said else "",
            said]))

    def _every_nth_group(self, q: Quantity) -> tuple[list[Tok], Tok] | None:
        """The words of the group a "каждый N-й" share is of ("житель [Земли]", "[из]
        опрошенных" → the genitive after "из"), and its head noun; places left out."""
        after = [t for t in self.toks if t.start >= q.end]
        if after and after[0].lemma == "из":
            after = after[1:]
        k = 0
        while k < len(after) and after[k].pos in ("ADJF", "PRTF") and not self._in_place(after[k]):
            k += 1
        if k < len(after) and after[k].pos == "NOUN" and not self._in_place(after[k]) \
                and not self._in_period(after[k]):
            head = after[k]
        elif k > 0:  # "каждый пятый заключенный", "каждый второй из опрошенных"
            head, k = after[k - 1], k - 1
        else:
            return None
        end = k + 1
        while end < len(after) and self._genitive_attribute(after[end]) \
                and not self._in_place(after[end]) and not self._in_period(after[end]):
            end += 1  # "посетитель сети", "пользователь Интернета"
        return after[:end], head

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
        """A noun phrase right before the figure wins over a verb before that phrase, and so
        does the noun a count is the genitive complement of ("проведен ремонт 64 домов
        культуры" → "ремонт домов культуры": the houses are counted, not the verb's); but in
        '…, а чумработницы — 3 тыс.' after a figure of earnings, the phrase before the dash is
        who earns, and the figure is the same pay."""
        if c.adjacent and c.index and self._dash_before(c.q) \
                and "ctx.subject_earnings" in self.previous[-1].rules \
                and regex.search(r",\s*(?:а|и)\s+[^,;]*\Z", self.view.text[:c.q.start]):
            return self.previous[-1].subject, self.previous[-1].indicator
        earner = self._earner_item(c) if c.adjacent and c.index and self._dash_before(c.q) \
            else None
        if earner:
            return earner
        elided = self._prepositional_item(c) if c.verb is None or c.adjacent else None
        elided = elided or (self._elided_head(c) if c.verb is None else None)
        if elided:
            fired.append("ctx.subject_gapped_subject")
            return self._with_indicator(elided)
        share = self._share_item(c) or self._answer_item(c)
        if share:
            fired.append("ctx.subject_gapped_subject")
            return self._with_indicator(share)
        dashed = self._dashed_share(c.q) if c.adjacent else None
        if dashed:
            fired.append("ctx.subject_share_of")
            return self._with_indicator(dashed)
        fronted = self._fronted_before_share(c.q) if c.adjacent else None
        if fronted:
            fired.append("ctx.subject_share_of")
            return self._with_indicator(fronted)
        if c.adjacent and (c.introduced or c.verb is None or c.genitive_count
                           or (c.verb.end <= c.window[0].start if c.window else True)):
            return self._with_indicator(self._resolve_anaphora(c.adjacent, state))
        return None

    def _earner_item(self, c: _Clues) -> tuple[str, str | None] | None:
        """'специалист получает 44 тыс. руб., а финансовый аналитик - до 112 тыс.' →
        'зарплата финансового аналитика': an item of a list of pay that names one kind of
        worker (a singular animate noun) is that worker's pay, in the genitive."""
        paid = next((p for p in reversed(self.previous[-3:])
                     if "ctx.subject_earnings" in p.rules), None)
        if paid is None or not regex.search(r",\s*(?:(?:а|и)\s+)?[^,;]*\Z",
                                            self.view.text[:c.q.start]):
            return None
        head = _first_noun(c.adjacent)
        pay = paid.subject
        if head is None or not pay or " " in pay or not head.animate or head.number != "sing":
            return None
        return f"{pay} {_in_case(c.adjacent, 'gent', up_to_noun=True)}", None
        # one worker's pay is no indicator's (§6.28), as the dev gold reads these items

    def _dashed_share(self, q: Quantity) -> str | None:
        """'Основная часть демократов — 82% — считает, что …' → 'доля демократов, считающих,
        что …': a percent between dashes after a quantifier of people, as in brackets."""
        closing = _DASH_AFTER.match(self.view.text, q.end)
        if q.unit != "percent" or closing is None or not self._dash_before(q):
            return None
        dash = len(self.view.text[:q.start].rstrip()) - 1
        return self._quantified_share(q, dash, closing.end())

    def _fronted_before_share(self, q: Quantity) -> str | None:
        """'Главным составляющим здоровья 82% россиян считают качество продуктов' → 'доля
        россиян, считающих качество продуктов главным составляющим здоровья': a percent of a
        group its verb is said of, after a phrase whose first word cannot be a nominative, is
        the share of the group, and the phrase is the verb's fronted complement ("Средняя
        зарплата 45% работников превышает …" keeps its subject)."""
        group = self._share_group(q) if q.unit == "percent" else None
        share = self._share_of(q) if group is not None else None
        if not share or "," not in share:
            return None  # no verb said of the group
        words = [t for t in _after_last_mark([t for t in self.toks if t.end <= q.start
                                               and t.start >= self.sentence.start]) if t.word]
        if not words or words[0].pos not in ("NOUN", "ADJF", "PRTF") \
                or "nomn" in words[0].info.cases:  # the phrase's first word: its head's case
            return None
        fronted = " ".join(_lower_common(t.text) for t in words)
        return f"{share} {fronted}"

    def _rule_earnings(self, c: _Clues, state, fired):
        """'хороший сотрудник получает 150—200 тыс. рублей', 'они зарабатывают 60 рублей в
        месяц': money a person or a group regularly gets by an earning verb (imperfective,
        said of people) is their pay — the text's own word for it in this sentence or the two
        before ("зарплата", "заработок", "доход"), else the verb's noun in rules."""
        if not is_currency(c.q.unit) or not self.ctx.earning_verbs:
            return None
        before = [t for t in self.toks if t.end <= c.q.start]
        while before and (before[-1].pos in ("ADVB", "PRCL") or before[-1].text == "среднем"
                          and len(before) > 1 and before[-2].lemma == "в"):
            before = before[:-2] if before[-1].text == "среднем" else before[:-1]
        verb = before[-1] if before and before[-1].pos == "VERB" else None
        if verb is None or verb.lemma not in self.ctx.earning_verbs \
                or "impf" not in verb.info.tag:
            return None
        doer = next((t for t in reversed(before[:-1]) if t.pos in ("NOUN", "NPRO")
                     and "nomn" in t.info.cases), None)
        if doer is None or not (doer.info.animate or doer.pos == "NPRO"
                                and doer.lemma in ("они", "он", "она", "мы", "вы", "я")):
            return None
        paid_for = self._prep_np([t for t in before[:-1] if t.start > doer.end], ("за",))
        if paid_for and self.ctx.payment_noun:  # "за уборку двух домов получали 300 рублей"
            return self._with_indicator(_joined([self.ctx.payment_noun, "за"] + [
                _lower_common(t.text) for t in paid_for]))
        return self._with_indicator(self._earnings_noun(c.q) or self.ctx.earning_verbs[verb.lemma])

    def _earnings_noun(self, q: Quantity) -> str | None:
        """The nearest noun of earnings before the figure, in its sentence or the two before."""
        nouns = self.ctx.earnings_nouns
        for toks in [[t for t in self.toks if t.end <= q.start]] + list(reversed(
                self._sentences_before)):
            found = next((t for t in reversed(toks) if t.pos == "NOUN" and t.lemma in nouns), None)
            if found is not None:
                return found.lemma
        return None

    def _rule_money_verb(self, c: _Clues, state, fired):
        return self._found(self._money_verb_noun(c.q))

    def _money_verb(self, q: Quantity, lemmas: Collection[str]) -> tuple[list[Tok], int] | None:
        """The clause before money `q` and the index in it of its last verb, when that verb is
        one of `lemmas` and stands close to the figure."""
        if not is_currency(q.unit) or not lemmas:
            return None
        clause = [t for t in self.toks if t.end <= q.start and t.start >= self.sentence.start]
        clause = clause[max((k + 1 for k, t in enumerate(clause) if t.text in _CLAUSE_END_MARKS
                             and t.text != "-" or self._is_figure(t)), default=0):]
        verb = next((k for k in range(len(clause) - 1, -1, -1)
                     if clause[k].pos in ("VERB", "INFN", "PRTS", "GRND")), None)
        if verb is None or clause[verb].lemma not in lemmas \
                or len(clause) - verb > _MONEY_VERB_REACH:
            return None
        return clause, verb

    def _money_verb_noun(self, q: Quantity) -> str | None:
        """'водителя оштрафовали на 500 тыс. рублей' → 'штраф', 'заплатил 480 тыс. рублей за
        замену двери' → 'плата за замену двери': money that a verb of paying, fining or
        investing (money_verb_nouns) moves is the verb's noun, with the recipient the verb
        names in the dative and what the money is for ("за", "на", "в", "для")."""
        found = self._money_verb(q, self.ctx.money_verb_nouns)
        if found is None:
            return None
        clause, verb = found
        if clause[-1].pos == "PREP" and clause[-1].lemma != "на":
            return None  # "оценили в 2 млрд": another verb's figure
        own = clause[-1].lemma == "на" and clause[-1].pos == "PREP"
        words = clause[:-1] if own else clause  # "на 500 тыс. рублей": the figure's own "на"
        after = self._clause([t for t in self.toks if t.start >= q.end])
        return _joined([self.ctx.money_verb_nouns[clause[verb].lemma]]
                       + self._paid_to(words) + self._money_purpose(after + words))

    def _paid_to(self, toks: list[Tok]) -> list[str]:
        """An animate noun in the dative with its attributes, not after a preposition
        ("рабочим подрядных организаций"): to whom money is paid."""
        for k, tok in enumerate(toks):
            if tok.pos == "NOUN" and "datv" in tok.info.cases and tok.info.known \
                    and (tok.info.animate or tok.info.cases == {"datv"}) \
                    and not _PROPER_NAME & set(regex.split(r"[ ,]", tok.info.tag)) \
                    and not (k and toks[k - 1].pos == "PREP") and not self._in_place(tok):
                start = k
                while start and toks[start - 1].pos in ("ADJF", "PRTF") \
                        and toks[start - 1].lemma != "свой":
                    start -= 1
                end = k + 1
                while end < len(toks) and toks[end].pos in ("NOUN", "ADJF", "PRTF") \
                        and "gent" in toks[end].info.cases and not self._in_place(toks[end]):
                    end += 1
                return [_lower_common(t.text) for t in toks[start:end]]
        return []

    def _money_purpose(self, toks: list[Tok]) -> list[str]:
        """The first phrase of "за", "на", "в" + accusative or "для" + genitive among `toks`
        that is neither a place, a period, a figure nor a word of time ("за год"): what money
        is paid for."""
        for k, tok in enumerate(toks):
            if tok.pos != "PREP" or tok.lemma not in _PURPOSE_CASES or self._opens_frame(tok):
                continue  # "в связи с этим заплатить": why, not what for
            words: list[Tok] = []
            for t in toks[k + 1:]:
                if not words and t.text.lower() in _POSSESSIVE_THIRD:
                    continue  # "за его проезд": whose it is, not what for
                if t.pos not in ("NOUN", "ADJF", "PRTF", "NUMR") or self._in_place(t) \
                        or self._in_period(t) or self._is_figure(t) or any(
                            w.pos == "NOUN" for w in words) and "gent" not in t.info.cases:
                    break  # after the head, its genitive attributes only
                words.append(t)
            while words and words[-1].pos != "NOUN":
                words.pop()
            head = next((t for t in words if t.pos == "NOUN"), None)
            if head is not None and _PURPOSE_CASES[tok.lemma] & head.info.cases \
                    and head.lemma not in self.ctx.not_subject:  # "за год"
                return [tok.text.lower()] + [_lower_common(t.text) for t in words]
        return []

    def _rule_assessed(self, c: _Clues, state, fired):
        return self._found(self._assessed(c.q))

    def _assessed(self, q: Quantity) -> str | None:
        """'ущерб оценивается в 3 млн рублей' → 'ущерб', 'объем инвестиций Минтранс оценивает
        в 1,7 трлн рублей' → 'объем инвестиций': money after "в" that a verb of assessing
        (money_assessment_verbs) gives is the amount of what is assessed — the verb's object
        after it or before its subject (a passive's subject is read as any predicate's)."""
        found = self._money_verb(q, self.ctx.money_assessment_verbs)
        if found is None:
            return None
        clause, verb = found
        if clause[-1].lemma != "в" or clause[-1].pos != "PREP":
            return None
        if clause[verb].pos == "PRTS" or clause[verb].text.lower().endswith(("ся", "сь")):
            return None  # "ущерб оценивается в …": the passive's subject, as any predicate's
        between = clause[verb + 1:-1]
        after = next((k for k, t in enumerate(between) if t.pos == "NOUN"
                      and "accs" in t.info.cases), None)
        if after is not None:  # "оценили ущерб от наводнения в …"
            return self._phrase_from(between, after, clause[-1].start)
        if any(t.lemma == "который" for t in clause[:verb]):
            return None  # "модернизация, которую Вашингтон оценил в …": the clause's antecedent
        fronted = next((k for k, t in enumerate(clause[:verb]) if t.pos == "NOUN"
                        and "accs" in t.info.cases and not (k and clause[k - 1].pos == "PREP")),
                       None)
        if fronted is None or clause[fronted].lemma in self.ctx.anaphoric_nouns \
                or _PROPER_NAME & set(regex.split(r"[ ,]", clause[fronted].info.tag)):
            return None
        phrase = self._phrase_from(clause, fronted, self._agent_start(clause, verb))
        if phrase and " " not in phrase and clause[fronted].lemma in self.ctx.measure_nouns:
            return None  # "объём можно оценить в …": the amount named before
        return phrase

    def _agent_start(self, clause: list[Tok], verb: int) -> int:
        """Where the subject right before the verb at `verb` begins — one nominative noun with
        the names after it ("Минтранс РФ") — or the verb's own start when none stands there."""
        k = verb
        while k > 1 and clause[k - 1].word and clause[k - 1].pos is None:
            k -= 1
        if k > 1 and clause[k - 1].pos == "NOUN" and "nomn" in clause[k - 1].info.cases:
            k -= 1
        return clause[k].start if k < verb else clause[verb].start

    def _rule_money_for(self, c: _Clues, state, fired):
        """'Порядка 3,5 млрд рублей направят на строительство школ', 'на ремонт дорог выделено
        700 млн рублей' → 'средства на строительство школ': money that a verb of the sentence
        allots, with a purpose "на" + accusative in the figure's own clause, is the funds for
        that purpose (not when the clause's verb states the figure of a noun phrase or has an
        agent of its own)."""
        if not is_currency(c.q.unit) or c.verb is not None and (
                self._states_figure(c.verb) or self._agent_before(c.verb, c.q) is not None):
            return None  # "министерство выделило …": the funds it gave (_money_given_by)
        if not any(t.lemma in self.ctx.allocation_verbs for t in self.toks
                   if t.pos in ("VERB", "INFN", "PRTS", "PRTF", "GRND")):
            return None
        purpose = self._purpose_near(c.q)
        if not purpose:
            return None
        found = next((f for _, rule in _AFTER_MONEY_FOR
                      if (f := rule(self, c, state, [])) is not None), None)
        phrase = found[0] if found else None
        if phrase and purpose in phrase:
            return None  # "выделялось на ремонт дорог": the rule that names it says it
        first = word_info(phrase.split()[0].rstrip(",")) if phrase else None
        if phrase and " на " not in f" {phrase} " and (
                first.pos in ("VERB", "PRTS") or phrase.startswith(self.ctx.money_noun + ",")):
            return self._found(_joined([phrase, purpose]))  # "направлено", "средства, …"
        return self._found(_joined([self.ctx.money_noun, purpose]))

    def _purpose_near(self, q: Quantity) -> str | None:
        """The "на" + accusative noun phrase nearest to the figure within its own clause (between
        clause punctuation and the amounts of money next to it): "на ремонт дорог"."""
        punct = _CLAUSE_PUNCT - {'"'}
        money = [x for x in self.quantities if x.unit == q.unit]  # other amounts of money bound
        left = max([self.sentence.start] + [x.end for x in money if x.end <= q.start]
                   + [t.end for t in self.toks if t.end <= q.start and t.text in punct])
        right = min([self.sentence.end] + [x.start for x in money if x.start >= q.end]
                    + [t.start for t in self.toks if t.start >= q.end and t.text in punct])
        seg = [t for t in self.toks if t.start >= left and t.end <= right]
        found = None
        for i, tok in enumerate(seg):
            if tok.lemma != "на" or tok.pos != "PREP":
                continue
            words: list[Tok] = []
            quoted = False
            for t in seg[i + 1:i + 12]:
                if t.text == '"' and (quoted or words and words[-1].pos == "NOUN"):
                    quoted = not quoted  # 'на реализацию нацпроекта "Демография"'
                    words.append(t)
                    if not quoted:
                        break
                elif quoted or t.word and t.pos in ("ADJF", "PRTF", "NOUN") \
                        and not self._in_period(t) and not self._in_place(t):
                    words.append(t)
                elif t.lemma in ("и", "по", "с", "со") and words and words[-1].pos == "NOUN":
                    words.append(t)  # "на инициативы по изучению России"
                else:
                    break
            if quoted:  # no closing quote
                words = words[:next(k for k, t in enumerate(words) if t.text == '"')]
            while words and words[-1].pos != "NOUN" and words[-1].text != '"':
                words.pop()
            head = next((t for t in words if t.pos == "NOUN"), None)
            if head is None or "accs" not in head.info.cases or head.lemma in self.ctx.not_subject \
                    or head.lemma in self.ctx.anaphoric_nouns or head.lemma in self.ctx.measure_nouns:
                continue
            distance = abs(tok.start - q.start)
            if found is None or distance < found[0]:
                found = (distance, regex.sub(r'" (.*?) "', r'"\1"', "на " + " ".join(
                    t.text if quoted_name else _lower_common(t.text)
                    for t, quoted_name in zip(words, self._inside_quotes(words), strict=True))))
        return found[1] if found else None

    @staticmethod
    def _inside_quotes(words: list[Tok]) -> list[bool]:
        inside, out = False, []
        for t in words:
            if t.text == '"':
                inside = not inside
                out.append(True)
            else:
                out.append(inside)
        return out

    def _rule_share_of_base_first(self, c: _Clues, state, fired):
        flow = c.verb is not None and c.verb.lemma in self.rules.indicators.flow_verbs
        return self._found(self._resolved_base(c.base, state)) if c.verb is None or flow \
            else None  # a flow verb: the part

    def _rule_own_verb(self, c: _Clues, state, fired):
        return self._found(self._own_verb_phrase(c.index, c.right)) if c.verb is None else None

    def _rule_list_item(self, c: _Clues, state, fired):
        if c.verb is None and c.index and self.previous and not self._has_verb(c.window) \
                and not self._counts_other_things(c.index):
            before = self.previous[-1].rules
            if any(r in before for r in ("ctx.subject_new_level", "ctx.subject_carried")):
                before = next((p.rules for p in reversed(self.previous[:-1]) if not any(
                    r in p.rules for r in ("ctx.subject_new_level", "ctx.subject_carried"))),
                    before)  # "увеличилось в 12 раз до 64 объектов, номеров в гостиницах - в
                # 40 раз": the change before its new level
            if "ctx.subject_changed_object" in before or "ctx.subject_gapped_object" in before:
                gapped = self._after_dash_phrase(c.right, up_to_noun=True)  # "подняли на 3 тыс.
                # рублей пенсию,
                if gapped:  # в два раза — выплаты ветеранам": the noun after the dash stands for
                    fired.append("ctx.subject_gapped_object")  # the object of the verb left out
                    return self._with_indicator(gapped)
            if "ctx.subject_of_predicate" in before or "ctx.subject_gapped_subject" in before:
                topic = self._gapped_subject(c.q, self.previous[-1].subject)  # "зарплаты
                # упали на 9%, а доходы – на 3%"
                if topic:
                    fired.append("ctx.subject_gapped_subject")
                    return self._with_indicator(topic)
            prev = self._parallel_item(c.index)
            if prev is None:
                return None
            if "ctx.indicator_share_of_whole" in prev.rules:  # "17,1% всей расходной части (на
                return self._with_indicator(prev.subject)  # 22,8% больше)": the item's own
            return prev.subject, prev.indicator
        return None

    def _rule_counted_object(self, c: _Clues, state, fired):
        if c.verb is not None and self._takes_object(c.verb, c.q):
            if is_currency(c.q.unit):  # "школа получила $800 тыс. на программу"
                return self._found(self._money_taken(c.q, purpose=True))
            return self._found(self._counted_of(c, taken_by=c.verb))
        return None

    def _rule_predicate(self, c: _Clues, state, fired):
        if c.verb is None:
            return None
        found = self._subject_of_verb(c.verb, c.q, state, fired)
        return found if found[0] else None

    def _rule_share_of_base(self, c: _Clues, state, fired):
        return self._found(self._resolved_base(c.base, state))

    def _rule_adjacent(self, c: _Clues, state, fired):
        return self._found(c.adjacent and self._resolve_anaphora(c.adjacent, state))

    def _rule_own_counted(self, c: _Clues, state, fired):
        if c.verb is None and self._own_counted(c.q):  # "конкурс на создание четырех центров"
            return self._found(self._counted_of(c))
        return None

    def _rule_nearest_np(self, c: _Clues, state, fired):
        """The nearest nominative noun phrase before the figure; a colon right before it
        closes the clause that names it ("Стоимость аренды невысока: 7 тыс. в месяц")."""
        end = c.window[-1].end if c.window else None
        if c.window and c.window[-1].text == ":":
            end = c.window[-1].start
        if end is not None and self._people_group(c.q) and self._object_before(end):
            return None  # "отдали свой голос 33% опрошенных": the share of the group
        phrase = self._np_ending_at(end, any_case=False) if end is not None else None
        return self._found(phrase and self._resolve_anaphora(phrase, state))

    def _rule_counted(self, c: _Clues, state, fired):
        return self._found(self._counted_of(c))

    def _rule_share_having(self, c: _Clues, state, fired):
        return self._found(self._share_having(c.q))

    def _share_having(self, q: Quantity) -> str | None:
        """'вознаграждение выросло у 44% респондентов' → 'доля респондентов, у которых
        вознаграждение выросло': a percent of a group governed by "у" is the share of the group
        of whom the rest of its clause is said."""
        if q.unit != "percent":
            return None
        before = [t for t in self.toks if t.end <= q.start]
        group = self._share_group(q)
        if not before or before[-1].lemma != "у" or before[-1].pos != "PREP" or group is None:
            return None
        at = self.toks.index(group)
        while at + 1 < len(self.toks) and self._genitive_attribute(self.toks[at + 1]):
            at += 1
        taken = (before[-1].start, self.toks[at].end)
        clause = [t for t in self._figure_clause(q) if t.word]

        def kept(t: Tok) -> bool:
            return not taken[0] <= t.start < taken[1] and not self._in_place(t) \
                and not self._in_period(t) and not self._is_figure(t)
        rest = [t for k, t in enumerate(clause) if kept(t) and t.pos not in ("CONJ", "PRCL")
                and not (t.pos == "PREP" and (k + 1 == len(clause) or not kept(clause[k + 1])
                                              or clause[k + 1].pos == "NPRO"))  # "в [2017
                and not (t.pos == "NPRO" and k and clause[k - 1].pos == "PREP")]  # году]", "при
        # этом": what a left-out period or place leaves
        if not any(t.pos == "VERB" for t in rest):
            return None
        words = self.view.text[group.start:self.toks[at].end].lower()
        return _joined([f"доля {words}, у которых"] + [_lower_common(t.text) for t in rest])

    def _rule_share_of_antecedent(self, c: _Clues, state, fired):
        return self._found(self._share_of_antecedent(c.q)) if c.q.unit == "percent" else None

    def _rule_share_of(self, c: _Clues, state, fired):
        return self._found(self._share_of(c.q))

    def _rule_money_taken(self, c: _Clues, state, fired):
        return self._found(self._money_taken(c.q))

    def _money_taken(self, q: Quantity, purpose: bool = False) -> str | None:
        """'Том Мур собрал для врачей 30 млн фунтов' → 'средства, собранные для врачей':
        money as the object of a perfective transitive verb before it — the funds, with the
        verb's passive participle and complements."""
        if not is_currency(q.unit):
            return None
        before = [t for t in self.toks if t.end <= q.start]
        verb = next((t for t in reversed(before) if t.pos in ("VERB", "INFN", "GRND")), None)
        if verb is None or "tran" not in verb.info.tag or "perf" not in verb.info.tag \
                or self._states_figure(verb):
            return None  # an imperfective has no short passive a reader would write
        between = [t for t in before if t.start > verb.start]
        if not self._adverbials_only(between) or self._in_own_phrase(between):
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
                or c.q.unit in DURATION_UNITS or is_currency(c.q.unit):
            return None
        return self._found(self._genitive_after(c.q))

    def _rule_verb_phrase(self, c: _Clues, state, fired):
        return self._found(self._verb_phrase(c.verb, c.q))

    def _rule_part_of_group(self, c: _Clues, state, fired):
        """'775 из них госпитализированы', 'пятеро из них подключены к ИВЛ': the people of a
        part of a group are what the short participle after "из них" says of them, in the
        neuter singular with its complements ("госпитализировано", "подключено к ИВЛ")."""
        if c.q.unit not in ("person", None) or c.q.counted \
                and c.q.counted not in self.ctx.not_subject:
            return None
        after = [t for t in c.right if t.pos not in ("ADVB", "PRCL")]
        if not (len(after) > 2 and after[0].lemma == "из" and after[1].lemma in ("они", "который")
                and after[2].pos == "PRTS" and "plur" in after[2].info.tag):
            return None
        clause = self._before_comma([t for t in self.toks if t.start > after[2].start])
        if any(self._is_figure(t) for t in clause):
            return None  # "700 из них сосредоточены две трети …": the participle is another's
        words = self._without_places(self._before_comma(self._clause(
            [t for t in self.toks if t.start > after[2].start])))
        return self._found(_joined([inflect(after[2].text.lower(), _PARTICIPLE_FORM, "PRTS")]
                                   + [_lower_common(t.text) for t in words]))

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
            whose = self._share_of_antecedent(q)
            if whose:
                return whose
            start = self._past_participial(self._past_restatement(q.end))
            return self._share_of_doers([t for t in self.toks if t.start >= start]) \
                or self._framed_share(q)
        at = self.toks.index(tok)
        while (tok.pos in ("ADJF", "PRTF") or _substantivized(tok)) and at + 1 < len(self.toks) \
                and self.toks[at + 1].pos in ("ADJF", "PRTF", "NOUN") \
                and "gent" in self.toks[at + 1].info.cases and not self._in_place(self.toks[at + 1]):
            at += 1  # "60% государственных предприятий": the group's noun
            tok = self.toks[at]
        first = self._share_group(q)
        if first.pos != "NOUN" and first.info.number == "sing":  # "60% общего объема мусора":
            while at + 1 < len(self.toks) and self._genitive_attribute(self.toks[at + 1]):
                at += 1  # the whole is the measure with its genitives
                tok = self.toks[at]
        group = self.view.text[first.start:tok.end].lower()
        said = self._said_of_group(q, tok)
        if not said and at + 1 < len(self.toks) and self.toks[at + 1].text == ",":
            end = self._participial_end(self.toks, at + 1)  # "60% граждан, ранее работавших,"
            if end is not None and end > at + 2:
                said = " ".join(_lower_common(t.text) for t in self.toks[at + 2:end])
        return _joined([f"доля {group}", "," if said else "", said])

    def _share_of_antecedent(self, q: Quantity) -> str | None:
        """'240 тыс. т мусора, около 50% которого сортируется в комплексе' → 'доля мусора,
        сортируемого в комплексе': a percent of "которого", "которых" is a share of the noun
        the relative clause is attached to, with what the clause says of it."""
        after = [t for t in self.toks if t.start >= q.end]
        if not after or after[0].lemma != "который" or "gent" not in after[0].info.cases:
            return None
        before = [t for t in self.toks if t.end <= q.start]
        while before and before[-1].pos in ("PREP", "ADVB", "PRCL"):
            before.pop()  # "около", "почти"
        if not before or before[-1].text != ",":
            return None
        head = len(before) - 2
        while head >= 0 and (before[head].pos != "NOUN" or self._in_place(before[head])
                             or self._is_figure(before[head]) and not self._counted_word(before[head])):
            if before[head].text in _CLAUSE_END_MARKS or before[head].pos == "VERB":
                return None
            head -= 1
        if head < 0:
            return None
        noun = before[head]
        relative = after[0]
        if noun.info.number != relative.info.number or "gent" not in noun.info.cases:
            return None
        start = head
        while start > 0 and before[start - 1].pos in ("ADJF", "PRTF") \
                and "gent" in before[start - 1].info.cases and not self._is_figure(before[start - 1]):
            start -= 1
        group = " ".join(_lower_common(t.text) for t in before[start:head + 1])
        said = self._said_of_group(q, relative)
        return _joined([f"доля {group}", "," if said else "", said])

    def _counted_word(self, tok: Tok) -> bool:
        """The token is the counted noun of a figure ("жителей" of "300 тыс. жителей")."""
        return any(o.start <= tok.start < o.end and o.counted == tok.lemma for o in self.quantities)

    def _framed_share(self, q: Quantity) -> str | None:
        """'На долю малого бизнеса приходится 20%', '20% приходилось на долю импорта' → 'доля
        малого бизнеса': a frame of `share_frames` in the figure's clause names the share's
        owner, the genitives after its noun (periods and places aside)."""
        clause = self._figure_clause(q)
        for i in range(len(clause) - 2):
            prep, noun = clause[i], clause[i + 1]
            frame = next((f for f in self.ctx.share_frames if prep.lemma == f[0]
                          and noun.lemma == f[1] and "accs" in noun.info.cases), None)
            if frame is None or not any(t.lemma == frame[2] for t in clause):
                continue
            owner: list[Tok] = []
            for tok in clause[i + 2:]:
                if not tok.word or self._is_figure(tok) or tok.info is None \
                        or "gent" not in tok.info.cases or self._in_period(tok) \
                        or tok.pos not in ("NOUN", "ADJF", "PRTF", "NUMR", "NPRO"):
                    break
                owner.append(tok)
            if owner and owner[-1].pos == "NOUN":
                return "доля " + " ".join(_lower_common(t.text) for t in owner)
        return None

    def _figure_clause(self, q: Quantity) -> list[Tok]:
        """The tokens of the figure's clause: between the punctuation marks that close clauses
        nearest before and after it."""
        before = [t for t in self.toks if t.end <= q.start]
        after = [t for t in self.toks if t.start >= q.end]
        start = next((k + 1 for k in range(len(before) - 1, -1, -1)
                      if before[k].text in _CLAUSE_END_MARKS), 0)
        end = next((k for k, t in enumerate(after) if t.text in _CLAUSE_END_MARKS), len(after))
        return before[start:] + after[:end]

    def _output_scale(self, q: Quantity) -> regex.Match[str] | None:
        """'1,8% ВВП', '169% от ВВП', '23% к ВВП': a percent of the economy's output is an
        amount on that scale (the debt, the spending, the deficit), not a share of a group;
        the match of the scale's words (group scale: the output's own), else None."""
        if q.unit != "percent":
            return None
        return self.ctx.output_scale.match(self.view.text, q.end)

    def _share_group(self, q: Quantity) -> Tok | None:
        """The group a percent is a share of: the genitive right after it ("63% американцев",
        "37% всех приезжих", "24% населения"); none for the output a percent is a scale of
        ("18% ВВП")."""
        if self._output_scale(q) is not None:
            return None
        after = [t for t in self.toks if t.start >= q.end]
        while after and after[0].word and after[0].lemma in self.ctx.evaluative:
            after = after[1:]
        if not after or not after[0].word or self._in_place(after[0]) or after[0].info is None:
            return None
        tok = after[0]
        if tok.pos in ("NOUN", "ADJF", "PRTF") and "gent" in tok.info.cases \
                and (tok.info.number == "plur" or tok.pos == "NOUN"
                     or self._modifies_genitive_noun(after)) \
                and tok.lemma not in self.ctx.not_groups and tok.lemma != "который":
            return tok
        return None

    def _genitive_attribute(self, tok: Tok) -> bool:
        """A noun or adjective in the genitive that may extend a noun phrase (not a place, a
        period or a figure's word)."""
        return tok.word and tok.info is not None and tok.pos in ("ADJF", "PRTF", "NOUN") \
            and "gent" in tok.info.cases and not self._in_place(tok) \
            and not self._in_period(tok) and not self._is_figure(tok)

    def _modifies_genitive_noun(self, words: list[Tok]) -> bool:
        """'100% запланированной поддержки', '17,1% всей расходной части', '60% общего объема
        мусора': singular adjectives in the genitive, agreeing with the genitive noun they lead
        up to, make the whole a percent is a share of (a plural one is a group on its own)."""
        for k, tok in enumerate(words[:4]):
            if not tok.word or tok.info is None or "gent" not in tok.info.cases \
                    or self._in_place(tok) or self._in_period(tok):
                return False
            if tok.pos == "NOUN":
                femn = _gender(tok.info) == "femn"  # masculine and neuter share these forms
                return k > 0 and all((_gender(t.info) == "femn") == femn
                                     and t.info.number == tok.info.number for t in words[:k])
            if tok.pos not in ("ADJF", "PRTF"):
                return False
        return False

    def _share_of_base(self, q: Quantity) -> str | None:
        """'38,2% от общего числа трудоустроенных' → 'доля от общего числа трудоустроенных':
        a percent of a stated whole is a share of it. "от их общего числа" keeps the pronoun,
        for the rules to resolve (_resolved_base)."""
        after = [t for t in self.toks if t.start >= q.end]
        if q.unit != "percent" or not after or after[0].lemma != "от" \
                or self._output_scale(q) is not None \
                or len(after) > 1 and after[1].lemma in self.ctx.level_nouns:
            return None  # "94,8% от уровня 2014 года" is a ratio to a level, not a share
        words = []
        pronoun = None
        for tok in after[1:]:
            if not words and pronoun is None and tok.text.lower() in _POSSESSIVE_THIRD:
                pronoun = tok  # "от их общего числа"
                continue
            if not tok.word or tok.pos not in ("ADJF", "PRTF", "NOUN") or self._in_place(tok) \
                    or self._in_period(tok) or self._is_figure(tok):
                break
            if words or tok.lemma not in self.ctx.evaluative:  # "от всего населения"
                words.append(tok)
        if not any(t.pos in ("NOUN", "PRTF", "ADJF") and "gent" in t.info.cases for t in words):
            return None
        measure = next((i for i, t in enumerate(words) if t.pos == "NOUN"), None)
        if measure is not None and words[measure].lemma in self.ctx.measure_nouns \
                and all(t.pos in ("ADJF", "PRTF") for t in words[:measure]):
            rest = words[measure + 1:]
            if pronoun is not None and not rest:
                return "доля от их " + " ".join(_lower_common(t.text) for t in words)
        return "доля от " + " ".join(_lower_common(t.text) for t in words)

    def _resolved_base(self, base: str | None, state) -> str | None:
        """'это 13% от их общего числа' after a figure of migrants → 'доля мигрантов': the
        whole named by a pronoun is the subject named before."""
        if not base or not base.startswith("доля от их "):
            return base
        if not state.subjects or not state.subjects[-1]:
            return None
        before = state.subjects[-1].split(",")[0]  # without what a clause said of it
        info = _first_noun(before)
        if info is not None:
            return "доля " + _genitive_head(before, info.number)
        verb, _, rest = before.partition(" ")  # "прибыло" → "доля прибывших"
        if word_info(verb).pos != "VERB":
            return None
        doers = inflect(verb, frozenset({"PRTF", "actv", "gent", "plur"}), "VERB")
        return _joined(["доля", doers, rest]) if doers != verb else None

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

    def _said_of_group(self, q: Quantity, group: Tok, after: int | None = None,
                       said_in: str | None = None) -> str:
        """The verb of the clause whose subject is the figure, as a participle agreeing with
        `group`, with its complements: 'не имеют денег для жизни почти 24% населения' →
        'не имеющего денег для жизни'. Empty when the clause has another subject. `after`:
        where the clause goes on after the group (past a bracket); `said_in`: the number a
        short predicate agrees in when it is not the group's ("каждый пятый доволен")."""
        # "половина респондентов (48%) ответили": past the restatement
        start = self._past_restatement(group.end if after is None else after)
        after = [t for t in self.toks if t.start >= start and not self._is_figure(t)]
        short = self._said_by_short_form(group, after, said_in)
        if short:
            return short
        verb = next((t for t in self._before_comma(self._clause(after))
                     if t.pos in ("VERB", "INFN")), None)
        if verb is not None and verb.pos == "INFN":  # "позволит 60% мусора направлять на
            # переработку": the group is the infinitive's object
            participle = self._participle_for(verb, group, "pssv")
            if "tran" not in verb.info.tag or participle == verb.text.lower():
                return ""
            words = self._before_next_item(self._clause([t for t in after
                                                         if t.start > verb.start]))
            said = self.view.text[words[0].start:words[-1].end] if words else ""
            return _joined([participle, said])
        if verb is not None:
            words = self._before_next_item(self._clause([t for t in after
                                                          if t.start > verb.start]))
        else:
            before = self._clause([t for t in reversed(self.toks) if t.end <= q.start])[::-1]
            opener = max((i for i, t in enumerate(before) if t.lemma in ("что", "чтобы")
                          and t.pos == "CONJ"), default=None)
            if opener is not None:  # "уточнили, что 60% граждан …": the verb is another's
                before = before[opener + 1:]
            verb = next((t for t in reversed(before) if t.pos in ("VERB", "GRND", "INFN")), None)
            if verb is None:
                return self._short_form_before(before, group)
            if verb.pos in ("GRND", "INFN") or not self._agrees_with_count(verb):
                taken = self._group_taken_by(verb, group)  # "ХДС набрала 33% голосов"
                words = [t for t in before if t.start > verb.start and not self._in_place(t)]
                if taken and verb.pos == "INFN" and words and words[0].pos == "PREP" \
                        and not self._has_verb(words):  # "позволит направлять на переработку
                    # 60% мусора": the infinitive takes the share, with its complement
                    return _joined([taken, self.view.text[words[0].start:words[-1].end]])
                return taken
            if self._has_subject_before(before, verb, loose=self._predicates_of_noun(verb)):
                return ""
            words = [t for t in before if t.start > verb.start and not self._in_place(t)]
            if not words and verb.pos == "VERB":  # "за повышение налога высказались 23% …"
                leading = self._without_places(self._complements_before(verb) or [])
                participle = self._participle_for(verb, group, "actv")
                if leading and participle != verb.text.lower() and not self._states_figure(verb):
                    return _joined(self._verb_modifiers(verb) + [participle] + [
                        _lower_common(t.text) for t in leading])
        if verb.lemma in self.ctx.copulas or verb.lemma in self.ctx.change_lemmas:
            return ""  # a flow verb says what the group did: "12% мигрантов прибыли из …"
        participle = self._participle_for(verb, group, "actv")
        if participle == verb.text.lower():
            return ""
        modifiers = self._verb_modifiers(verb)
        said = self.view.text[words[0].start:words[-1].end] if words else ""
        return _joined(modifiers + [participle, said]) if said.strip() else ""

    def _said_by_short_form(self, group: Tok, after: list[Tok], said_in: str | None = None
                            ) -> str:
        """'40% иракцев уверены в том, что …' → 'уверенных в том, что …'; 'треть граждан
        согласны с решением' → 'согласных с решением': a short adjective or participle that
        opens the clause after the group is its predicate, said in the full form agreeing
        with the group, with its complements."""
        words = self._before_comma(self._clause(after))
        k = 0
        while k < len(words) and words[k].word and (words[k].lemma == "не"
                                                    or words[k].pos == "ADVB"):
            k += 1
        copula = k + 1 < len(words) and words[k].lemma == "быть" \
            and words[k + 1].pos == "ADJS"  # "были оформлены с нарушениями": a passive
        if copula:  # "43% опрошенных были знакомы с текстом": the tense is no part of it
            words = words[:k] + words[k + 1:]
        if k >= len(words) or words[k].pos not in ("ADJS", "PRTS") \
                or words[k].info.number != (said_in or group.info.number) \
                and (said_in or group.info.number):
            return ""
        full = "ADJF" if words[k].pos == "ADJS" else "PRTF"
        number = group.info.number or "plur"
        gender = _gender(group.info) if number == "sing" else None
        form = inflect(words[k].text.lower(), frozenset(
            {full, "gent", number} | ({gender} if gender else set())), words[k].pos)
        if form == words[k].text.lower():
            return ""
        rest = self._before_next_item(self._clause([t for t in after
                                                    if t.start > words[k].start]))
        if not rest:
            return ""  # "60% предприятий убыточны": no complement to say it with
        said = self.view.text[rest[0].start:rest[-1].end]
        return _joined([t.text.lower() for t in words[:k]] + [form, said])

    def _short_form_before(self, before: list[Tok], group: Tok) -> str:
        """'Экономической ситуацией довольны почти две трети опрошенных' → 'довольных
        экономической ситуацией': a short adjective or participle of the group's number before
        the figure, in a clause with no verb, is its predicate, said in the full form with the
        words around it that depend on it."""
        at = next((i for i in range(len(before) - 1, -1, -1)
                   if before[i].pos in ("ADJS", "PRTS")), None)
        number = group.info.number or "plur"
        if at is None or before[at].info.number != number:
            return ""
        short = before[at]
        opens = self.toks.index(before[0])
        if any(self._is_figure(t) for t in before[:at] + self.toks[opens - 1:opens]) \
                or before[-1].pos == "PREP":
            return ""  # "20 каналов доступны для 98% жителей": another subject, the group its object
        gender = _gender(group.info) if number == "sing" else None
        full = "ADJF" if short.pos == "ADJS" else "PRTF"
        form = inflect(short.text.lower(), frozenset(
            {full, "gent", number} | ({gender} if gender else set())), short.pos)
        said = self._complements_before(short) or []
        leading = [t for t in self._without_places(said)
                   if t.pos != "ADVB"]  # the adverbs right before come with _verb_modifiers
        if leading and leading[0] is not said[0]:  # "[на территории] субъекта": the
            j = 0  # genitive left of a place taken out is the place's, not the predicate's
            while j < len(leading) and leading[j].pos == "ADJF" and "gent" in leading[j].info.cases:
                j += 1
            if j < len(leading) and leading[j].pos == "NOUN" and "gent" in leading[j].info.cases:
                leading = leading[j + 1:]
        trailing = [t for t in before[at + 1:] if not self._in_place(t)]
        while trailing and trailing[-1].pos in ("PRCL", "ADVB"):
            trailing.pop()  # "доступны для покупки лишь 20%": the figure's own qualifier
        if form == short.text.lower() or not (leading or trailing):
            return ""
        return _joined(self._verb_modifiers(short) + [form] + [
            _lower_common(t.text) for t in leading + trailing])

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

    def _before_next_item(self, words: list[Tok]) -> list[Tok]:
        """`words` up to a comma that opens the next item of a list of figures: the comma is
        followed by a figure, maybe after words like "ещё", "а" ("живут в общежитиях, 30%
        снимают квартиры", "остались в городе, ещё 20% уехали")."""
        for i, tok in enumerate(words):
            if tok.text != ",":
                continue
            at = self.toks.index(tok) + 1
            while at < len(self.toks) and self.toks[at].word \
                    and self.toks[at].lemma in self.ctx.next_item_words \
                    and not self._is_figure(self.toks[at]):
                at += 1
            if at < len(self.toks) and self._is_figure(self.toks[at]):
                return words[:i]
        return words

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

    def _predicates_of_noun(self, verb: Tok) -> bool:
        """A verb that predicates a figure of the noun phrase before it ("леса занимают 2%
        территории"), not one that gives or takes something ("субсидии получают 60% семей":
        the families are who gets them)."""
        return verb.lemma in self.ctx.predicates and verb.lemma not in self.ctx.allocation_verbs

    def _has_subject_before(self, toks: list[Tok], verb: Tok, loose: bool = False) -> bool:
        """A nominative noun or pronoun before the verb of the clause is its subject; so is,
        `loose`, a noun that opens the clause (after its adjectives) when it may be a
        nominative of the verb's number: "леса занимают 2% территории", "сельское хозяйство
        занимает 25% экономики"."""
        lead = [t for t in toks if t.end <= verb.start and t.word]
        if any(t.pos in ("NOUN", "NPRO") and t.info.cases == frozenset({"nomn"}) for t in lead):
            return True
        if not loose:
            return False
        k = 0
        while k < len(lead) and (lead[k].pos in ("ADVB", "PRCL", "CONJ") or lead[k].pos == "PREP"
                                 and k + 1 < len(lead) and lead[k + 1].pos in ("NPRO", "CONJ")):
            k += 2 if lead[k].pos == "PREP" else 1  # "между тем", "однако", "сейчас"
        while k < len(lead) and lead[k].pos in ("ADJF", "PRTF"):
            k += 1
        if k == len(lead) or lead[k].pos != "NOUN" or "nomn" not in lead[k].info.cases \
                or self._in_period(lead[k]) or self._in_place(lead[k]) \
                or verb.info.number is None:
            return False
        return number_in_case(lead[k].text, "nomn", "NOUN") == verb.info.number

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

    def _parallel_item(self, index: int) -> Context | None:
        """The item an elliptical one repeats: the last one before it with the same unit
        ("164 человека (38,2%), 62 человека (14,5%)": the percent after the percent)."""
        unit = self.quantities[index].unit
        same = [c for q, c in zip(self.quantities[:index], self.previous, strict=True)
                if q.unit == unit]
        if same:
            return same[-1]
        kind = unit_kind(unit)  # "17 км" after "300 мест" measures something else; a share
        # restates the amount before it ("590 млрд рублей, или 0,5% ВВП")
        before = unit_kind(self.quantities[index - 1].unit)  # "169% ВВП, или $18 трлн": an
        on_scale = self._output_scale(self.quantities[index - 1]) is not None  # amount
        return self.previous[-1] if kind is None or kind == before \
            or kind == "share" and before in ("money", "count") \
            or on_scale and kind == "money" else None  # restates a percent of GDP

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

    def _counted_of(self, c: _Clues, taken_by: Tok | None = None) -> str | None:
        """_counted_phrase of the figure, found once for the rules that ask for it (the rules'
        choice, then the ranker's candidates)."""
        key = taken_by.start if taken_by else None
        if key not in c.counted:
            c.counted[key] = self._counted_phrase(c.q, taken_by)
        return c.counted[key]

    def _counted_phrase(self, q: Quantity, taken_by: Tok | None = None) -> str | None:
        """'17 матчей' with nothing else to go on: what is counted, "матчи", with what its
        clause says of it; `taken_by`: the transitive verb whose object the figure is."""
        if not q.counted or q.unit not in ("item", "person") or self._counted_not_subject(q):
            return None
        at = self._counted_index(q)
        if at is None:
            return None
        herd = self._herd(at)
        if herd:
            return herd
        end = next((o.start for o in self.quantities if o.start > q.end), self.sentence.end)
        # "72 контрольных показателя для либерализации визового режима"
        phrase = self._phrase_from(self.toks, at, end, number=self._count_number(q))
        if not phrase:
            return None
        if "," in phrase:  # "120 семей, проживающих в аварийных домах": the noun's own
            return phrase  # participial or relative clause already says which are counted
        said = self._taken_by(taken_by, q) if taken_by else self._said_of_counted(q, self.toks[at])
        return _joined([phrase, ",", said]) if said else phrase

    def _herd(self, at: int) -> str | None:
        """'157 тыс. голов крупного рогатого скота' → 'поголовье крупного рогатого скота':
        heads counted near a word of livestock measure the herd, named by the genitive after
        the count or by the herd word ("по поголовью оленей") in this sentence or the two
        before; None for any other count ("6 голов" in football)."""
        if not self.ctx.head_count_measure or self.toks[at].lemma not in self.ctx.head_counts \
                or not self._nearby(self.ctx.livestock):
            return None
        measure = self.ctx.head_count_measure
        for toks, k in [(self.toks, at)] + [
                (ts, i) for ts in reversed(self._sentences_before)
                for i in range(len(ts)) if ts[i].lemma == measure]:
            words = []
            for tok in toks[k + 1:]:
                if tok.pos not in ("ADJF", "PRTF", "NOUN") or "gent" not in tok.info.cases \
                        or self._is_figure(tok):
                    break
                words.append(tok)
            while words and words[-1].pos != "NOUN":
                words.pop()
            if words:
                return _joined([measure] + [_lower_common(t.text) for t in words])
        return measure

    def _taken_by(self, verb: Tok, q: Quantity) -> str:
        """'направить на обучение 3 тыс. безработных' → 'направленные на обучение'."""
        participle = self._object_participle(verb)
        between = [t for t in self.toks if verb.end <= t.start and t.end <= q.start and t.word]
        return _joined([participle] + [_lower_common(t.text) for t in
                                       self._without_places(between)]) if participle else ""

    def _counted_index(self, q: Quantity) -> int | None:
        """The index of the counted noun after the number ("500 разрешений" → "разрешений");
        for a measure noun, of the thing it measures ("200 тыс. доз вакцины" → "вакцины")."""
        at = self._counted_word_index(q)
        if at is not None and self._measure_count(q):
            return self._measured_index(at)
        return at

    def _counted_word_index(self, q: Quantity) -> int | None:
        """The index of the noun written after the number, measure nouns included."""
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
        before = self._past_place_of_people(q, before)
        if before and before[-1].pos == "PREP":
            return ""
        verb = before[-1] if before and before[-1].pos in ("VERB", "INFN", "GRND") else None
        finite = self._finite_of_infinitive(verb) if verb is not None else None
        if finite is not None and self._agrees_with_count(finite) \
                and self._agent_before(finite, q) is None:
            return self._said_by_infinitive(verb, finite)
        if verb is not None and self._done_to_counted(verb, head):
            return self._object_participle(verb)
        if verb is None:
            if before and before[-1].pos in ("NOUN", "ADJF", "PRTF", "VERB", "INFN") \
                    and not self._in_place(before[-1]) and not self._in_period(before[-1]) \
                    and not self._ends_adverbial(before, len(before) - 1):
                return ""  # "о сокращении 300 сотрудников": an attribute, not a subject
                # (but "в общей сложности 5 тыс. медиков отказались": a sentence adverbial)
            after = [t for t in self.toks if t.start >= self._after_owner_count(head)]
            clause = self._before_comma(self._clause(after))
            verb = next((t for i, t in enumerate(clause) if t.pos in ("VERB", "NPRO")
                         or t.pos == "CONJ" and not self._joins_adverbs(clause, i)), None)
            if verb is None or verb.pos != "VERB":
                return ""
            words = self._before_comma(self._clause([t for t in self.toks if t.start > verb.start]))
            if not words:
                words = self._reported_clause(verb)
        elif verb.pos in ("INFN", "GRND") or not self._agrees_with_count(verb) \
                or self._agent_before(verb, q) is not None:
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
        kept = self._unframed(self._without_places(words))
        if not any(t.pos in ("NOUN", "INFN") for t in kept):  # "капитал в сумме 50 тыс. рублей
            kept = self._fronted_object(verb) or kept  # получат 2,2 тыс. семей": its object
        if not any(t.pos in ("NOUN", "INFN") for t in kept):
            return self._people_participle(verb, q, participle)
        said = " ".join(_lower_common(t.text) for t in kept)
        reported = "," if kept[0].lemma == "что" else ""  # "заявившие, что …"
        return _joined(self._verb_modifiers(verb) + [participle, reported, said])

    def _unframed(self, words: list[Tok]) -> list[Tok]:
        """`words` without the sentence's cause and framing phrases (_framed) and the nouns
        joined to their governed phrase by "и"/"или" ("из-за голода и артобстрелов"): why
        the counted did what they did is not what they are."""
        framed: set[int] = set()
        joined = joint = False  # in a framed phrase; right after "и", "или" or a comma in it
        for i, tok in enumerate(self.toks):
            if i in self._framed:
                joined, joint = True, False
            elif joined and tok.lemma in ("и", "или", ","):
                joint = True
            elif joined and tok.pos in ("ADJF", "PRTF", "NOUN") \
                    and (joint or "gent" in tok.info.cases):
                joint = joint and tok.pos != "NOUN"  # the joined noun's own genitives go on
            else:
                joined = joint = False
                continue
            framed.add(tok.start)
        return [t for t in words if t.start not in framed]

    def _past_place_of_people(self, q: Quantity, before: list[Tok]) -> list[Tok]:
        """'Официально трудились в России 6860 граждан': the place between a verb and the
        people it counts is the verb's complement, so the verb is still right before them;
        `before` without that place."""
        k = len(before)
        while k and self._in_place(before[k - 1]):
            k -= 1
        if q.unit != "person" or k == len(before) or k < 2 or before[k - 1].pos != "PREP" \
                or before[k - 2].pos != "VERB":
            return before
        return before[:k - 1]

    def _people_participle(self, verb: Tok, q: Quantity, participle: str) -> str:
        """'в республике проживало 171 100 русских' → 'проживающие': people counted as the
        subject of an intransitive verb whose complements were only place and time are what
        the verb says of them, so its bare participle stays (§6.26); for lifeless things
        ("градусы, державшиеся днем") a bare participle adds nothing measured, and neither
        does it to a rate, which keeps its basis ("250 студентов на 10 тыс. населения",
        _per_population)."""
        if q.unit != "person" or "intr" not in verb.info.tag or self._population_basis(q):
            return ""
        modifiers = [w for w in self._verb_modifiers(verb) if "Ques" not in word_info(w).tag]
        return _joined(modifiers + [participle])  # not "где" of "поселения, где проживает …"

    def _reported_clause(self, verb: Tok) -> list[Tok]:
        """'5 тыс. медиков заявили, что не будут продлевать договоры': what a speech verb
        with no complement of its own reports, its "что" clause up to the next comma, says
        which of the counted said it; empty for any other verb."""
        after = [t for t in self.toks if t.start > verb.start]
        if verb.lemma not in self.ctx.speech or len(after) < 3 or after[0].text != "," \
                or after[1].lemma != "что":
            return []
        return after[:2] + self._before_comma(self._clause(after[2:]))

    def _after_owner_count(self, head: Tok) -> int:
        """Where the clause after a counted noun goes on: past a count of its owners in the
        genitive right after it ("около ста рабочих [трех компаний-подрядчиков] получили
        зарплаты"), which is the noun's attribute, not the end of its clause."""
        owner = next((o for o in self.quantities if o.start >= head.end
                      and not self.view.text[head.end:o.start].strip()), None)
        if owner is None or owner.unit not in ("item", "person") or not owner.counted:
            return head.end
        counted = next((t for t in self.toks if t.start >= owner.number_end
                        and t.lemma == owner.counted), None)
        if counted is None or counted.end > owner.end or "gent" not in counted.info.cases \
                or "nomn" in counted.info.cases:
            return head.end
        return owner.end

    def _finite_of_infinitive(self, verb: Tok) -> Tok | None:
        """'будут работать', 'смогут получить': the finite auxiliary or modal right before
        an infinitive (only adverbs and particles between), which agrees with its subject."""
        if verb.pos != "INFN":
            return None
        before = [t for t in self.toks if t.end <= verb.start]
        while before and before[-1].word and (before[-1].lemma == "не"
                                              or before[-1].pos in ("ADVB", "PRCL")):
            before.pop()
        finite = before[-1] if before else None
        return finite if finite is not None and self._governs_infinitive(finite) else None

    def _said_by_infinitive(self, verb: Tok, finite: Tok) -> str:
        """'В Центре ядерной медицины будут работать около 340 врачей' → 'работающие в
        центре ядерной медицины': the count is the subject of the auxiliary, so the
        infinitive becomes its active participle, with the complements before the auxiliary
        (places and periods left out, as for a finite verb)."""
        if self._states_figure(verb):
            return ""
        participle = inflect(verb.text.lower(), frozenset({"PRTF", "actv", "nomn", "plur"}),
                             verb.pos)
        words = self._complements_before(finite)
        if participle == verb.text.lower() or words is None:
            return ""
        kept = self._without_places(words)
        if not any(t.pos == "NOUN" for t in kept):
            return ""  # "будут работать 340 врачей": a bare participle adds nothing
        return _joined([participle] + [_lower_common(t.text) for t in kept])

    def _done_to_counted(self, verb: Tok, head: Tok) -> bool:
        """'В новом лагере построят два спальных корпуса': a transitive verb in the third
        person plural with no subject of its own before it (only prepositional phrases) is
        indefinite-personal, and the lifeless things counted after it are its object, not its
        subject; not a speech verb ("о сокращении заявили 90 организаций") nor one with an
        object put first ("лен выращивают 14 хозяйств"). Present and future only: the plans
        news announce so; in the past a verb the dictionary calls transitive tells of things
        that moved themselves ("над домом пролетели два истребителя")."""
        if verb.pos != "VERB" or "tran" not in verb.info.tag or "plur" not in verb.info.tag \
                or "3per" not in verb.info.tag \
                or "inan" not in head.info.tag or verb.lemma in self.ctx.speech \
                or self._states_figure(verb) or self._fronted_object(verb) is not None:
            return False
        words = self._complements_before(verb)
        return words is not None and self._prepositional_only(words) \
            and not self._pronoun_in_clause_before(verb)

    def _pronoun_in_clause_before(self, verb: Tok) -> bool:
        """'сейчас их обслуживают пять единиц техники': a pronoun in the verb's clause before
        it is its object (or subject), so the count is not the object."""
        for tok in reversed([t for t in self.toks if t.end <= verb.start]):
            if not tok.word:
                return False
            if tok.pos == "NPRO":
                return True
        return False

    @staticmethod
    def _prepositional_only(words: list[Tok]) -> bool:
        """Every noun of `words` is inside a prepositional phrase ("в новом лагере") or a
        genitive attribute of one ("на территории лагеря"): none can be the verb's subject or
        its object."""
        opened = named = False  # after a preposition; after the noun of its phrase
        for tok in words:
            if tok.pos == "PREP":
                opened, named = True, False
            elif tok.pos == "NOUN":
                if not (opened and (not named or "gent" in tok.info.cases)):
                    return False
                named = True
        return True

    @staticmethod
    def _joins_adverbs(toks: list[Tok], i: int) -> bool:
        """The conjunction at `i` joins two adverbs ("частично или полностью погасили"), not
        two clauses."""
        return 0 < i < len(toks) - 1 and toks[i - 1].pos == "ADVB" and toks[i + 1].pos == "ADVB"

    def _without_places(self, words: list[Tok]) -> list[Tok]:
        """Complements without places and periods, nor the prepositional phrases that lead to
        them ("находятся [на территории Пермского края]", "появились [в области] [с 2004
        года]"): place and time are not what is measured."""
        out: list[Tok] = []
        own_prep = False
        for at, tok in enumerate(words):
            if not tok.word:
                continue
            if tok.lemma == "который":  # "участие в которых": refers outside the phrase
                if out and out[-1].pos == "PREP":
                    out.pop()
                continue
            if self._in_place(tok) or self._in_period(tok) \
                    or self.ctx.country_words.fullmatch(tok.lemma) \
                    or tok.lemma in self.ctx.place_nouns and self._heads_phrase(out) \
                    and not self._described(words, at) \
                    or tok.pos == "NOUN" and tok.lemma in self.ctx.not_subject:  # "днем"
                # a place or period that opens with its own preposition ("[от работы] [на
                # сегодняшний день]") does not continue the phrase before it
                own_prep = own_prep or tok.pos == "PREP"
                prep = None if own_prep else max(
                    (i for i, t in enumerate(out) if t.pos == "PREP"), default=None)
                if prep is not None and all(t.pos in ("NOUN", "ADJF", "PRTF")
                                            and (i == 0 or "gent" in t.info.cases)
                                            for i, t in enumerate(out[prep + 1:])):
                    del out[prep:]
                while out and out[-1].pos in ("ADJF", "PRTF") and tok.pos == "NOUN" \
                        and out[-1].info.cases & tok.info.cases:
                    out.pop()  # "[во время] рабочей [недели]": the adjective goes with its noun
                continue
            own_prep = False
            out.append(tok)
        while out and out[-1].pos in ("PREP", "CONJ"):
            out.pop()
        return out

    def _described(self, words: list[Tok], at: int) -> bool:
        """'в приоритетные регионы расселения': a place noun with a genitive attribute that
        names no place is a kind of region, part of what is said, not where."""
        nxt = words[at + 1] if at + 1 < len(words) else None
        return nxt is not None and nxt.pos == "NOUN" and "gent" in nxt.info.cases \
            and not self._in_place(nxt) and not self._in_period(nxt) \
            and nxt.lemma not in self.ctx.place_nouns \
            and not self.ctx.country_words.fullmatch(nxt.lemma)

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
        elif verb.pos == "VERB":  # "власти выдали 149 тыс. разрешений": the agent is named
            agrees = self._agrees_with_count(verb) and self._agent_before(verb, q) is None
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

    def _in_own_phrase(self, between: list[Tok]) -> bool:
        """The figure belongs to the prepositional phrase right before it, not to the verb
        before that: the phrase has no noun of its own ("девальвирует с нынешних 26,7 грн.")
        or its noun names a level ("перевалила за отметку $50")."""
        opening = next((i for i in range(len(between) - 1, -1, -1)
                        if between[i].pos == "PREP"), None)
        if opening is None:
            return False
        phrase = between[opening + 1:]
        if any(t.pos not in ("ADJF", "PRTF", "NOUN") for t in phrase):
            return False  # "выделят из федерального и 570 млн рублей": the verb's again
        nouns = [t for t in phrase if t.pos == "NOUN"]
        return not nouns or nouns[-1].lemma in self.ctx.level_nouns

    def _states_figure(self, verb: Tok) -> bool:
        return verb.lemma in self.ctx.copulas or verb.lemma in self.ctx.change_lemmas \
            or verb.lemma in self.rules.indicators.flow_verbs

    def _agent_before(self, verb: Tok, q: Quantity) -> str | None:
        """'российские власти выдали 149 тыс. разрешений', 'правительство выделило $3 млн':
        the nominative noun phrase before an active transitive verb that does not itself state
        a figure (no copula, change or flow verb) is its agent, and the figure after the verb
        its object; None when there is no such phrase."""
        if verb.pos != "VERB" or "tran" not in verb.info.tag or verb.end > q.start \
                or self._states_figure(verb):
            return None
        np = self._np_ending_at(verb.start, any_case=False, verb=verb)
        if not np:
            return None
        head = _first_noun(np)
        if head is None or head.lemma in self.ctx.measure_nouns \
                or head.lemma in self.ctx.anaphoric_nouns \
                or self._with_indicator(np)[1] is not None:
            return None  # "число выданных …", "показатель …", "экспорт …": measured
        if self._fronted_object(verb) is not None or self._people_do(verb, q, head):
            return None  # "лен выращивают 14 хозяйств": the noun is the object, the count acts
        return np

    def _people_do_to_noun_before(self, verb: Tok, q: Quantity) -> bool:
        """_people_do of the noun phrase right before the verb, unless it names an indicator."""
        np = self._np_ending_at(verb.start, any_case=False, verb=verb)
        head = _first_noun(np) if np else None
        return head is not None and self._people_do(verb, q, head) \
            and self._with_indicator(np)[1] is None

    def _people_do(self, verb: Tok, q: Quantity, head: WordInfo) -> bool:
        """'Ярмарки посетили около 600 соискателей': people counted after a verb people do
        to things (`people_subject_verbs`) act, and the lifeless noun before it is its object
        put first, though its nominative plural would agree."""
        return q.unit == "person" and verb.lemma in self.ctx.people_subject_verbs \
            and "inan" in head.tag

    def _fronted_object(self, verb: Tok) -> list[Tok] | None:
        """'Лен выращивают 14 хозяйств', 'Статус получили 30% предприятий': the noun phrase
        right before a transitive verb whose nominative cannot agree with it in number is its
        object put first, and the figure after the verb its subject; None when there is none."""
        if verb.pos != "VERB" or "tran" not in verb.info.tag or not verb.info.number \
                or self._states_figure(verb):
            return None
        run: list[Tok] = []  # the words right before the verb, up to the first noun of their
        # phrase, past places and periods ("Маршруты по республике за 2018 год посетили")
        skipped = False
        for tok in reversed([t for t in self.toks if t.end <= verb.start]):
            if self._in_place(tok) or self._in_period(tok) or self._is_figure(tok):
                skipped = True
                continue
            if tok.pos == "PREP":  # "из месторождения газ": the noun of its phrase goes
                if not skipped:
                    head = next((i for i, t in enumerate(run) if t.pos == "NOUN"), len(run))
                    run = run[head + 1:]
                skipped = False
                continue
            skipped = False
            if tok.pos not in ("NOUN", "ADJF", "PRTF", "NUMR"):
                break
            run.insert(0, tok)
        first = next((t for t in run if t.pos == "NOUN"), None)
        if first is None:
            return None
        number = number_in_case(first.text, "nomn", "NOUN")
        return run if number is not None and number != verb.info.number else None

    def _money_given_by(self, verb: Tok, q: Quantity) -> str:
        """'фонд выделил Украине $14 млн на программу' → 'средства, выделенные фондом на
        программу': money as the object of an agent's verb, with the agent and the purpose; an
        object named before the amount is what it measures ("казна получит дополнительные
        доходы на 623 млрд рублей" → "дополнительные доходы")."""
        between = [t for t in self.toks if verb.end <= t.start and t.end <= q.start]
        if between and between[-1].lemma in ("на", "в") and len(between) > 1:
            named = self._np_after(verb, "accs")
            if named:
                return named
        passive = self._object_participle(verb)
        after = self._clause([t for t in self.toks if t.start >= q.end])
        if not after or after[0].lemma not in ("на", "для") or self._has_verb(after):
            after = []
        return _joined([self.ctx.money_noun + ",", passive or verb.text.lower()] + [
            _lower_common(t.text) for t in self._without_places(after)
            if t.pos not in ("PRCL", "ADVB")])

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
        if not is_currency(q.unit):
            return None
        return self._genitive_after(q)

    def _rule_money_amount(self, c: _Clues, state, fired):
        return self._found(self._money_amount(c.q))

    def _money_amount(self, q: Quantity) -> str | None:
        """'субсидию в размере 100 млн рублей' → 'субсидия', 'заём на $15 млрд' → 'заём': an
        amount of money after a marker of its size (a bare "на" after a noun of sum_on_nouns)
        is the amount of the nearest noun of money before the marker, with the noun's own
        words, and with the purpose after the figure when the noun has none ("гранты в размере
        $1 млн на исследования" → "гранты на исследования")."""
        if not is_currency(q.unit) or self.ctx.money_amount_markers is None:
            return None
        marker = self._money_marker_at(q.start)
        if marker is None:
            return None
        start, bare = marker
        toks = [t for t in self.toks if t.end <= start and t.start >= self.sentence.start]
        noun = self._money_noun_before(toks, self.ctx.sum_on_nouns if bare
                                       else self.ctx.money_amount_nouns)
        if noun is None or self._partitive_of_participle(toks, noun):
            return None  # "вложено инвестиций в объеме …": the participle's rule says it
        phrase = self._phrase_from(toks, noun, start)
        if not phrase or any(f" {p} " in f" {phrase} " for p in ("на", "для")):
            return phrase
        return _joined([phrase] + self._purpose_after(q))

    def _money_marker_at(self, pos: int) -> tuple[int, bool] | None:
        """Where a marker of a money amount ending at `pos` starts, and whether it is a bare
        "на" (which only sum_on_nouns take)."""
        text, low = self.view.text, max(self.sentence.start, pos - 40)
        for found in self.ctx.money_amount_markers.finditer(text, low, pos):
            if not text[found.end():pos].strip():
                return found.start(), False
        bare = regex.search(r"(?<!\w)на\s+\Z", text[low:pos])
        return (low + bare.start(), True) if bare else None

    def _money_noun_before(self, toks: list[Tok], nouns: frozenset[str]) -> int | None:
        """The index of the noun of `nouns` nearest to the end of `toks` within the noun
        phrase that ends there (nouns, adjectives, prepositions; a participial phrase set off
        by commas is passed: "трансфертов, предоставляемых бюджетам субъектов, в размере")."""
        j = len(toks) - 1
        while j >= 0 and len(toks) - j <= _MAX_CLAUSE:
            tok = toks[j]
            if tok.text == ",":
                opening = self._participial_opening(toks, j)
                if opening is None or opening == j:
                    return None
                j = opening - 1
                continue
            opening = self._quote_opening(toks, j) if tok.text == '"' else None
            if opening is not None:  # 'налогов от ПАО "Северсталь" в объеме'
                j = opening - 1
                continue
            if tok.pos == "NOUN" and tok.lemma in nouns and not self._in_place(tok):
                return self._money_head_of(toks, j)
            if not tok.word or tok.pos not in ("NOUN", "ADJF", "PRTF", "PREP", "NUMR", None):
                return None  # None: an unknown word, a name or abbreviation ("от ПАО")
            j -= 1
        return None

    @staticmethod
    def _partitive_of_participle(toks: list[Tok], j: int) -> bool:
        """The noun at `j` is a genitive right after a short participle or a verb, with its
        adjectives: "вложено инвестиций", "недополучил доходов" (not "учтено поступление")."""
        k = j - 1
        while k >= 0 and toks[k].pos in ("ADJF", "PRTF"):
            k -= 1
        return k >= 0 and toks[k].pos in ("PRTS", "VERB", "INFN", "GRND") \
            and "gent" in toks[j].info.cases \
            and not toks[j].info.cases & {"nomn", "accs"}

    def _money_head_of(self, toks: list[Tok], j: int) -> int:
        """A noun of money whose genitive attribute the noun of money at `j` is: "поступление
        налогов", "выплата компенсации" are amounts of the first."""
        k = j - 1
        while k >= 0 and toks[k].pos in ("ADJF", "PRTF"):
            k -= 1
        if k >= 0 and toks[k].pos == "NOUN" and toks[k].lemma in self.ctx.money_amount_nouns \
                and "gent" in toks[j].info.cases and not self._in_place(toks[k]):
            return self._money_head_of(toks, k)
        return j

    def _purpose_after(self, q: Quantity) -> list[str]:
        """The purpose right after a figure of money, "на" + accusative or "для" + genitive
        ("на социальные исследования"), as lower-cased words; none when another verb or
        figure comes first."""
        after = self._clause([t for t in self.toks if t.start >= q.end])
        if not after or after[0].lemma not in ("на", "для") or after[0].pos != "PREP":
            return []
        words = [after[0]]
        for tok in after[1:]:
            if tok.pos not in ("NOUN", "ADJF", "PRTF") or self._in_period(tok) \
                    or self._in_place(tok):
                break
            words.append(tok)
        while words and words[-1].pos != "NOUN":
            words.pop()
        return [_lower_common(t.text) for t in words]

    def _genitive_after(self, q: Quantity) -> str | None:
        """The noun phrase of a genitive noun right after the figure, agreeing adjectives
        before it included ("400 млн кв. м многоквартирного жилья")."""
        after = [i for i, t in enumerate(self.toks) if t.start >= q.end][:4]
        if not after:
            return None
        head = after[0]
        while head < after[-1] and self.toks[head].pos in ("ADJF", "PRTF") \
                and "gent" in self.toks[head].info.cases and not self._is_number(self.toks[head]):
            head += 1  # "дополнительных доходов": the adjectives agree with the noun after
        tok = self.toks[head]
        if tok.pos != "NOUN" or "gent" not in tok.info.cases or self._in_place(tok) \
                or not tok.text[:1].islower() \
                or self._in_period(tok) or tok.lemma in self.ctx.not_subject:
            return None
        end = next((o.start for o in self.quantities if o.start > q.end), self.sentence.end)
        return self._phrase_from(self.toks, head, end)

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

    def _cost_of(self, pos: int) -> str | None:
        """'контракт на поставку техники стоимостью 2 млрд' → 'стоимость контракта на поставку
        техники': a cost marker right before the figure measures the noun phrase before it,
        with its attributes and prepositional phrases (places left out)."""
        if self.ctx.cost_markers is None:
            return None
        text = self.view.text
        marker = next((m for m in self.ctx.cost_markers.finditer(
            text, max(self.sentence.start, pos - 40), pos) if not text[m.end():pos].strip()), None)
        phrase = self._np_ending_at(marker.start(), any_case=True) if marker else None
        if not phrase:
            return None
        words = tokenize(phrase, 0, len(phrase))
        head = next((i for i, t in enumerate(words) if t.pos == "NOUN"), None)
        if head is None or words[head].lemma == self.ctx.cost_noun \
                or self._head_governed(phrase, marker.start()):
            return None  # "со сроками реализации … стоимостью": not what costs
        return _joined([self.ctx.cost_noun, _to_case(words[:head + 1], "gent")]
                       + [t.text for t in words[head + 1:]]).replace(" - ", "-")

    def _head_governed(self, phrase: str, pos: int) -> bool:
        """The first word of `phrase`, as it stands last before `pos`, follows a preposition."""
        first = phrase.split(" ", 1)[0]
        toks = [t for t in self.toks if t.end <= pos and t.start >= self.sentence.start]
        at = next((i for i in range(len(toks) - 1, -1, -1)
                   if lemma_key(toks[i].text) == lemma_key(first)), None)
        return at is not None and at > 0 and toks[at - 1].pos == "PREP"

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
        """The figure names what it counts ("четырех центров"), not by inheritance; a count of
        a measure noun names what it counts only by the genitive after it (_measure_count)."""
        return bool(q.counted) and q.unit in ("item", "person") \
            and not self._counted_not_subject(q) \
            and not any(rule.startswith("unit.inherited") for rule in q.rules) \
            and (not self._measure_count(q) or self._counted_index(q) is not None)

    def _counted_not_subject(self, q: Quantity) -> bool:
        """The counted noun is never a subject ("человек", "единиц"), and names nothing else
        measured: "439 единиц техники" counts the machines (annotation §6.21)."""
        return q.counted in self.ctx.not_subject and not (
            q.counted in self.ctx.amount_measures and self._counted_index(q) is not None)

    def _measure_count(self, q: Quantity) -> bool:
        """The counted noun only measures an amount of something else (annotation §6.21):
        "500 тыс. баррелей нефти", "200 тыс. доз вакцины", or a point of a scale named in this
        sentence or the one before ("индекс Мосбиржи вырос до 2301 пункта"). A point with an
        adjective of its own between the number and it is a facility ("18 снегоплавильных
        пунктов"), as is one with no scale word near ("пункты приема елок")."""
        counted = q.counted
        if not counted or q.unit != "item":
            return False
        if counted in self.ctx.amount_measures:
            return True
        if counted not in self.ctx.scale_points:
            return False
        word = self._counted_word_index(q)
        if word is None or any(t.pos in ("ADJF", "PRTF") for t in self.toks[:word]
                               if t.start >= q.number_end):
            return False
        near = self.toks + (self._sentences_before[-1] if self._sentences_before else [])
        return any(t.word and t.lemma in self.ctx.scale_words for t in near)

    def _count_number(self, q: Quantity) -> str | None:
        """The number the counted phrase is named in: plural ("500 разрешений" → "разрешения"),
        but a measured thing keeps the number of its genitive ("доз вакцины" → "вакцина",
        "единиц средств защиты" → "средства защиты")."""
        if not self._measure_count(q):
            return "plur"
        at = self._counted_index(q)
        return number_in_case(self.toks[at].text, "gent", "NOUN") if at is not None else None

    def _measured_index(self, at: int) -> int | None:
        """The head of the genitive phrase right after the measure noun at `at`, agreeing
        adjectives skipped ("баррелей сырой нефти" → "нефти"); None when none follows."""
        head = at + 1
        while head < len(self.toks) and head <= at + 3 and self.toks[head].pos in ("ADJF", "PRTF") \
                and "gent" in self.toks[head].info.cases and not self._is_number(self.toks[head]):
            head += 1
        if head >= len(self.toks):
            return None
        tok = self.toks[head]
        if not tok.word or tok.pos != "NOUN" or "gent" not in tok.info.cases \
                or self._in_place(tok) or self._in_period(tok) \
                or tok.lemma in self.ctx.not_subject or tok.lemma in self.ctx.scale_points:
            return None
        return head

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

    def _bracketed(self, q: Quantity) -> bool:
        """The figure alone in brackets, "на"/"в"/"до" allowed before it: "(на 21%)"."""
        return bool(_IN_BRACKET.search(self.view.text, 0, q.start)) \
            and self.view.text[q.end:].lstrip().startswith(")")

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

    def _not_modifier(self, right: list[Tok]) -> list[Tok]:
        """The words after a figure, less a relative clause or participial phrase that opens
        right after it: "200 работников, которым не выплачена зарплата, обратились …" —
        the verb of the clause that restricts the counted noun is not the figure's predicate.
        A participle of a flow verb stays: "3 млн человек, приехавших в страну" counts
        arrivals."""
        if len(right) > 1 and right[0].text == ",":
            k = 2 if right[1].pos == "PREP" and len(right) > 2 else 1
            if right[k].lemma == "который" or right[1].pos == "PRTF" \
                    and right[1].lemma not in self.rules.indicators.flow_verbs:
                return []
        return right

    def _predicate(self, toks: list[Tok], people: bool = True) -> Tok | None:
        """The nearest predicate; `people`: the figure counts people, so a noun homograph of a
        flow verb ("прибыли" 500 тыс. человек) is read as the verb."""
        flow = self.rules.indicators.flow_verbs
        for i in range(len(toks) - 1, -1, -1):
            tok = toks[i]
            if tok.pos == "PRTS":
                return tok  # "выдано", "произведено", "отмечено"
            if tok.text.lower() not in self.rules.predicate_forms:
                continue
            if tok.pos == "PRTF" and self._figure_attribute(toks, i):
                continue  # "увеличен с ожидавшихся ранее 3,7 до 3,9%": it describes the figure
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

    @staticmethod
    def _figure_attribute(toks: list[Tok], i: int) -> bool:
        """A participle between a preposition and the figure that ends `toks` ("с
        ожидавшихся ранее 3,7", "до запланированных 5%") is an attribute of the figure, not
        the predicate of the clause."""
        k = i - 1
        while k >= 0 and toks[k].pos in ("ADVB", "PRCL", "ADJF"):
            k -= 1
        return k >= 0 and toks[k].pos == "PREP" \
            and all(t.pos in ("ADVB", "PRCL", "ADJF", "PRTF") for t in toks[i + 1:])

    def _subject_of_verb(self, verb: Tok, q: Quantity, state, fired) -> tuple[str | None, str | None]:
        window = [t for t in self.toks if t.end <= q.start]
        template = self._participants(verb, window)
        if template:
            fired.append("ctx.subject_participants")
            return self._with_indicator(template)
        flow_indicator = self._flow_indicator(verb, q)
        if flow_indicator is not None or verb.lemma in self.rules.indicators.flow_verbs:
            share = self._share_of(q) if self._people_group(q) else None
            if share:  # "40% мужчин умирает …": the share of the group that does it
                fired.append("ctx.subject_share_of")
                return self._with_indicator(share)
            phrase = self._flow_phrase(verb)
            fired.append("ctx.subject_flow_verb")
            indicator = self.rules.indicators.by_phrase(lemma_key(phrase))
            return phrase, (indicator.id if indicator else flow_indicator)
        if verb.lemma in self.ctx.price_change_verbs or verb.lemma in self.ctx.price_verbs \
                and is_currency(q.unit):
            priced = self._priced(verb)
            if priced:
                fired.append("ctx.subject_price_of")
                return self._with_indicator(priced)
        if verb.lemma in self.ctx.change_lemmas and "tran" in verb.info.tag:
            changed = self._np_after(verb, "accs")  # "Центробанк снизит ставку на 0,5 п.п."
            between = [t for t in self.toks if verb.end <= t.start and t.end <= q.start]
            if between and between[-1].lemma in ("на", "в"):
                between = between[:-1]  # the preposition of the change itself
            if not changed and verb.end <= q.start and self._adverbials_only(between):
                changed = self._np_after(verb, "accs", after=q.end)  # "подняли на 3 тыс.
                # рублей минимальную пенсию": the object after the change
            if changed:
                fired.append("ctx.subject_changed_object")
                return self._with_indicator(changed)
        role = self._role_taken(verb, q)
        if role:
            fired.append("ctx.subject_role_taken")
            return self._with_indicator(role)
        agent = self._agent_before(verb, q)
        if agent is not None:  # "фонд выделил $3 млн": who acts is not what is measured
            if not is_currency(q.unit):
                return None, None
            fired.append("ctx.subject_money_taken")
            return self._with_indicator(self._money_given_by(verb, q))
        fronted = self._fronted_object(verb) if verb.end <= q.start else None
        if fronted and self._with_indicator(_joined([t.text for t in fronted]))[1] is None:
            return None, None  # "статус получили 30% предприятий": the count is the subject
            # (an object that names an indicator, "паспорт получили …", is what is measured)
        if verb.end <= q.start and self._people_do_to_noun_before(verb, q):
            return None, None  # "паспорта получили 144 тыс. жителей": the count acts
        start = self._before_auxiliary(verb) if q.unit != "person" else verb.start
        if q.unit == "percent" and q.end <= verb.start and self._adverbials_only(
                [t for t in self.toks if q.end <= t.start and t.end <= verb.start
                 and t.pos not in ("NOUN", "ADJF", "PRTF")]):
            share = self._share_of(q)  # "54,6% населения проживает в городах": the figure's
            parts = share.split(",") if share else []
            if len(parts) > 2 and WORD.findall(parts[2])[:1] != ["при"]:
                parts = []  # "уверенных в том, что …": the clause goes on; only "…, при этом
                # уровень …" after it is the sentence running on
            if len(parts) > 1:  # the group with what the verb says of it, to the clause's end
                fired.append("ctx.subject_share_of")
                return self._with_indicator(",".join(parts[:2]))
        np = self._np_ending_at(start, any_case=False, verb=verb)  # not "помощь была оказана
        # 25 тыс. жителей": people the figure counts are no measure of the subject
        if np and verb.pos == "PRTS" and not self._agrees_with_participle(verb, np):
            np = self._np_ending_at(verb.start, any_case=False, verb=verb)  # "… Томпа будет
            # потрачено 9,4 млрд": no subject of the participle
        relative = None if np else self._relative_clause_start(verb.start)
        if relative is not None:
            np = self._np_ending_at(relative, any_case=False)
        if not np:
            np = self._relative_antecedent(verb)  # "смертности, которая снизилась на 11,7%"
        if not np:
            np = self._pronoun_antecedent(verb)  # "Доходы снизились … они упали на 1,4%"
        if not np and verb.pos == "VERB":
            np = self._np_after(verb, "nomn", agreeing=True)  # "на 15% упала рождаемость"
        if not np and verb.lemma in self.ctx.copulas:
            np = self._instrumental_before(verb)  # "плательщиками налога являются 45 млн"
        if np:
            fired.append("ctx.subject_of_predicate")
            return self._with_indicator(self._share_made_up(verb, q, self._resolve_anaphora(np, state)))
        if verb.pos == "PRTS":
            phrase = self._participle_phrase(verb, q)
            if self._said_of_figure(verb, q, phrase):
                return None, None
            fired.append("ctx.subject_participle")
            return self._with_indicator(phrase)
        return None, None

    def _before_auxiliary(self, verb: Tok) -> int:
        """Where the predicate begins: before the auxiliary "быть" of an analytic passive ("размер
        компенсации был увеличен на 10%") and before an aside opened by "как" ("объем доходов,
        как ожидается, составит")."""
        before = [t for t in self.toks if t.end <= verb.start]
        if verb.pos == "PRTS" and before and before[-1].lemma == "быть":
            return before[-1].start
        if len(before) >= 3 and before[-1].text == ",":
            opening = next((k for k in range(len(before) - 2, max(-1, len(before) - 6), -1)
                            if before[k].text == ","), None)
            if opening is not None and before[opening + 1].lemma == "как" \
                    and all(t.word for t in before[opening + 1:-1]):
                return before[opening].start
        return verb.start

    @staticmethod
    def _agrees_with_participle(verb: Tok, phrase: str) -> bool:
        """The head noun of `phrase` can be the subject of the short participle: a singular one
        agrees with it in gender."""
        noun = _first_noun(phrase)
        if noun is None or verb.info is None:
            return False
        if verb.info.number == "plur":
            return True  # the phrase may have been put in the singular ("зарплата …")
        return noun.number == "sing" and _gender(verb.info) == _gender(noun)

    def _relative_antecedent(self, verb: Tok) -> str | None:
        """'младенческой смертности, которая за семь месяцев снизилась на 11,7%': a verb whose
        subject is the relative pronoun opening its clause is said of the noun the pronoun
        agrees with before the comma."""
        before = [t for t in self.toks if t.end <= verb.start and t.start >= self.sentence.start]
        comma = max((i for i, t in enumerate(before) if t.text == ","), default=None)
        if comma is None or comma + 1 >= len(before) or comma == 0:
            return None
        pronoun = before[comma + 1]
        if pronoun.lemma != "который" or "nomn" not in pronoun.info.cases \
                or not self._states_figure(verb):  # "фонд, который выделил $3 млн"
            return None
        words = [t for t in before[comma + 2:] if t.word and t.pos != "NUMR"]  # "в 2015 году"
        between = [t for t in words if not self._in_period(t)]
        if not (self._adverbials_only(between) or self._adverbials_only(words)) or not all(
                t.word or t.text.isdigit() for t in before[comma + 2:]):
            return None
        number = pronoun.info.number
        last = comma - 1
        if last > 0 and before[last].text == ")":  # "налог на добавленную стоимость (НДС), который"
            last = self._matching_open(before, last) - 1
        for k in range(last, max(-1, last - 8), -1):
            tok = before[k]
            if not tok.word or tok.pos in ("VERB", "INFN", "PRTS", "GRND"):
                return None
            numbers = {number_in_case(tok.text, case, "NOUN") for case in tok.info.cases} \
                if tok.pos == "NOUN" else set()
            if number not in numbers or number == "sing" \
                    and _gender(tok.info) != _gender(pronoun.info):
                continue
            if self._in_place(tok) or self._in_period(tok) or tok.lemma in self.ctx.not_subject:
                return None
            return self._phrase_from(before, k, before[comma].start, number=number)
        return None

    def _pronoun_antecedent(self, verb: Tok) -> str | None:
        """'Доходы населения снижаются. За год они упали на 1,4%': a figure-stating verb whose
        subject is a personal pronoun is said of the nearest earlier nominative noun that agrees
        with the pronoun, in the sentence before the pronoun or in the sentence before it."""
        if not self._states_figure(verb):
            return None
        before = [t for t in self.toks if t.end <= verb.start]
        k = len(before) - 1
        while k >= 0 and (before[k].pos in ("ADVB", "PRCL") or self._in_period(before[k])
                          or not before[k].word and before[k].text not in _CLAUSE_PUNCT):
            k -= 1
        if k < 0 or before[k].lemma not in _PERSONAL or "nomn" not in before[k].info.cases:
            return None
        number, gender = _PERSONAL[before[k].lemma]
        candidates = [(before[:k], before[k].start)]
        if self.sentence.index:  # the sentence before, already tokenized
            candidates.append((self._sentences_before[-1],
                               self.view.sentences[self.sentence.index - 1].end))
        for toks, end in candidates:
            same = end == before[k].start  # in its own sentence, a noun in any case
            for j in range(len(toks) - 1, -1, -1):
                tok = toks[j]
                if tok.pos != "NOUN" or j and toks[j - 1].text[:1].isdigit():  # "в 16 регионах"
                    continue
                case = "gent" if self._changed_noun(toks, j) else "nomn"  # "спад доходов"
                if same and case == "nomn" and not self._attribute(toks, j):
                    # "облагаться налогом, а в следующие пять лет он составит 1,1%"
                    case = next((c for c in ("nomn", "accs", "ablt", "datv", "gent")
                                 if c in tok.info.cases), "nomn")
                if case not in tok.info.cases or self._governed(toks, j) \
                        or number_in_case(tok.text, case, "NOUN") != number \
                        or gender and _gender(tok.info) != gender or tok.info.animate \
                        or self._in_place(tok) or self._in_period(tok) \
                        or tok.lemma in self.ctx.not_subject \
                        or case == "nomn" and self._attribute(toks, j):
                    continue
                return self._phrase_from(toks, j, end, number=number)
        return None

    def _changed_noun(self, toks: list[Tok], j: int) -> bool:
        """'спад реальных доходов': the genitive noun at `j` is what a change noun changes."""
        if toks[j].pos != "NOUN" or "gent" not in toks[j].info.cases:
            return False
        k = j - 1
        while k >= 0 and toks[k].pos in ("ADJF", "PRTF"):
            k -= 1
        return k >= 0 and toks[k].pos == "NOUN" and toks[k].lemma in self.ctx.change_nouns

    @staticmethod
    def _said_of_figure(verb: Tok, q: Quantity, phrase: str | None) -> bool:
        """'68% счетов не были оформлены', '90% средств уже освоены': a short passive
        participle after the figure, with no noun to go with it, is what is said of the
        figure, not what it counts — its bare form ("оформлены") names nothing, and the share
        or noun rules that follow name the subject. A participle before the figure ("выдано
        500 разрешений") or one that found its noun ("исполненные контракты") stays."""
        return verb.start > q.end and (not phrase or phrase.split()[0] == verb.text.lower())

    def _priced(self, verb: Tok) -> str | None:
        """'подорожали яблоки — на 8%', 'капуста стоила 4 гривны', 'на 3% подешевели
        помидоры' → 'цена яблок', 'цена капусты': the figure of a price verb is the price of
        its subject, before the verb or after it (past the figure), whatever its number."""
        before = [t for t in self.toks if t.end <= verb.start]
        start = before[-1].start if before and before[-1].lemma == "быть" else verb.start
        np = self._np_ending_at(start, any_case=False, verb=verb)  # "… будет стоить"
        if not np and (relative := self._relative_clause_start(start)) is not None:
            np = self._np_ending_at(relative, any_case=False)  # "Строительство забора, который
            # закончат к маю, будет стоить …"
        comma = max((i for i, t in enumerate(before) if t.text == ","
                     and t.start >= self.sentence.start), default=None)
        if not np and comma and comma + 1 < len(before) and before[comma + 1].lemma == "который" \
                and "nomn" in before[comma + 1].info.cases:  # "мост, который у нас стоит
            np = self._np_ending_at(before[comma].start, any_case=False)  # 2 млрд рублей"
            noun, pronoun = before[comma - 1], before[comma + 1]
            if not np and noun.pos == "NOUN" and noun.info.number == pronoun.info.number \
                    and not self._in_place(noun) and (noun.info.number == "plur"
                                                      or _gender(noun.info) == _gender(pronoun.info)):
                np = self._phrase_from(before, comma - 1, before[comma].start,
                                       number=noun.info.number)  # "работы по мосту, который …"
        if np:
            np = _RELATIVE.split(np)[0]
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
                or verb.start > q.start or self._has_agreeing_subject(verb) \
                or verb.pos == "VERB" and self._predicates_of_noun(verb) \
                and self._has_subject_before(self._clause(
                    [t for t in reversed(self.toks) if t.end <= verb.start])[::-1], verb,
                    loose=True):
            return None  # "строительство заняло два года": the verb has its subject
        before = self._complements_before(verb)
        between = [t for t in self.toks if verb.end <= t.start and t.end <= q.start
                   and t.word and t.pos != "PRCL"]
        if any(t.pos == "VERB" or t.lemma in ("что", "чтобы") for t in between) \
                or regex.match(r"[^-–—]*[-–—]\s*\Z", self.view.text[verb.end:q.start]):
            return None  # "отмечается, что доля … занимала 25%": another clause's figure;
            # "позиции заняли область и край — 43%": the figure is an item after the dash
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
        head = _first_noun(phrase)
        if q.unit != "percent" or verb.lemma not in self.ctx.copulas or head is None \
                or head.number != "plur" or not head.animate:
            return phrase
        return "доля " + _genitive_head(phrase)

    def _np_after(self, verb: Tok, case: str, agreeing: bool = False,
                  after: int | None = None) -> str | None:
        """The noun phrase right after a verb (or the position `after`; adverbs aside) when
        its head can be in `case` (and, `agreeing`, agrees with the verb): the subject of an
        inverted clause, or the object a transitive verb changes."""
        start = verb.start if after is None else after
        after = [i for i, t in enumerate(self.toks) if t.start >= start and t.start > verb.start]
        while after and self.toks[after[0]].pos in ("ADVB", "PRCL"):
            after = after[1:]
        if agreeing:  # "увеличилась за три года и общая сумма взыскания": the subject of an
            # inverted clause stands past the verb's prepositional phrases, and past "и" (also)
            skipped = self._prepositional_phrases(after)
            if skipped and len(skipped) > 1 and self.toks[skipped[0]].lemma == "и" \
                    and self.toks[skipped[0]].pos == "CONJ":
                skipped = skipped[1:]
            if skipped is not after and skipped and self.toks[skipped[0]].pos in ("ADJF", "NOUN"):
                after = skipped
        head = next((i for i in after if self.toks[i].pos != "ADJF"), None)
        if head is None or not after or self.toks[head].pos != "NOUN" \
                or case not in self.toks[head].info.cases or self._in_place(self.toks[head]) \
                or self._is_figure(self.toks[head]) or self.toks[head].lemma in self.ctx.not_subject \
                or agreeing and not _agrees(verb, self.toks[head]):
            return None
        end = next((q.start for q in self.quantities if q.start > start), self.sentence.end)
        tail = [t for t in self.toks if self.toks[head].end <= t.start and t.end <= end]
        k = len(tail) - 1
        while k >= 0 and tail[k].pos in ("ADVB", "PRCL", "ADJF", "PRTF"):
            k -= 1
        if k >= 0 and k < len(tail) - 1 and tail[k].pos == "PREP":
            end = tail[k].start  # "снизили площади с планируемых 5 тыс.": the figure's words
        return self._phrase_from(self.toks, head, end)

    def _prepositional_phrases(self, at: list[int]) -> list[int]:
        """`at` (token indices) past the prepositional phrases it opens with ("за три года",
        "в регионе"): a preposition, its adjectives or numerals, and its noun with the
        genitives after it; `at` itself when it opens with none, or a figure stands in one."""
        k = 0
        while k < len(at) and self.toks[at[k]].pos == "PREP":
            m = k + 1
            while m < len(at) and self.toks[at[m]].pos in ("ADJF", "PRTF", "NUMR"):
                m += 1
            if m >= len(at) or self.toks[at[m]].pos != "NOUN":
                return at
            m += 1
            while m < len(at) and self.toks[at[m]].pos == "NOUN" \
                    and "gent" in self.toks[at[m]].info.cases:
                m += 1
            if any(self._is_figure(self.toks[i]) for i in at[k:m]):
                return at
            k = m
        return at[k:] if k else at

    def _relative_clause_start(self, pos: int) -> int | None:
        """'Общая дистанция, которую он обязался преодолеть, составила …': the comma opening
        the relative clause that stands between the subject and its verb at `pos`; adverbials
        may stand between the clause and the verb ("Число россиян, которые …, за 10 лет
        уменьшилось вдвое")."""
        between = [t for t in self.toks if self.sentence.start <= t.start and t.end <= pos]
        comma = max((i for i, t in enumerate(between) if t.text == ","), default=None)
        if comma is not None and comma + 1 < len(between) and self._adverbials_only(
                [t for t in between[comma + 1:] if t.word and t.pos != "NUMR"]) and all(
                t.word and not _RELATIVE.match(", " + t.text) or t.text.isdigit()
                for t in between[comma + 1:]):
            pos = between[comma].end
            shifted = True
        else:
            shifted = False
        before = self.view.text[self.sentence.start:pos].rstrip()
        if not before.endswith(","):
            return None
        clauses = [m for m in _CLAUSE_OPENING.finditer(before[:-1])
                   if _RELATIVE.match(before, m.start()) or word_info(m.group(1)).pos == "PRTF"]
        found = clauses[-1] if clauses else None  # "…, которую …," or "…, выданных за квартал,"
        if found is not None and shifted and ("," in before[found.end():-1] or not self._opens_clause(
                found.start() + self.sentence.start)):
            return None  # "…, который, по прогнозам, в 2017 году составит": its own subject;
            # "По словам директора компании, которая …, в день …": the head is no subject
        if found is None or any(found.start() < q.start - self.sentence.start < len(before)
                                for q in self.quantities):
            return None
        return self.sentence.start + found.start()

    def _opens_clause(self, pos: int) -> bool:
        """The words of the sentence before `pos` are a bare noun phrase opening it: no
        punctuation, no preposition first ("Число пенсионеров, которые …")."""
        words = [t for t in self.toks if self.sentence.start <= t.start and t.end <= pos]
        return bool(words) and all(t.word for t in words) and words[0].pos != "PREP"

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
        elif q.counted and not self._counted_not_subject(q):
            index = self._counted_index(q)
            end = next((o.start for o in self.quantities if o.start > q.end), self.sentence.end)
        else:
            index = None  # "были уволены 29,7 тыс. человек": no noun but "people"
        if index is None:
            return self._verb_phrase(verb, q) or verb.text.lower()
        head = self.toks[index].info
        if head is not None and not head.cases & {"nomn", "gent", "accs"}:
            # "361 семье он предоставлен": a recipient in the dative is not what was given
            return self._phrase_from(self.toks, index, end, number="plur") or verb.text.lower()
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

    def _flow_indicator(self, verb: Tok, q: Quantity) -> str | None:
        after = [t for t in self.toks if t.start > verb.start][:2]
        before = [t for t in self.toks if t.end <= verb.start][-1:]
        for tok in after + before:
            if tok.pos == "NOUN":
                found = self.rules.indicators.by_verb(verb.lemma, tok.lemma)
                if found and (verb.lemma, tok.lemma) in found.verb_objects:
                    return found.id
        found = self.rules.indicators.by_verb_counted(verb.lemma, q.counted)
        if found and not self._counted_restricted(q):  # "проживает около 49 тыс. человек"
            return found.id
        found = self.rules.indicators.by_verb(verb.lemma)
        return found.id if found else None

    def _counted_restricted(self, q: Quantity) -> bool:
        """Whether a preposition or a noun right after the figure restricts the people it
        counts to a group ("240 тыс. людей без гражданства", "4 млн людей литовского
        происхождения"): a group's count, not everyone's."""
        after = next((t for t in self.toks if t.start >= q.end), None)
        return after is not None and after.pos in ("PREP", "NOUN", "ADJF", "PRTF")

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

    def _after_dash_phrase(self, right: list[Tok], up_to_noun: bool = False) -> str | None:
        """'из них 307 тыс. человек – в межрегиональном переселении': the phrase after a dash
        names the part; `up_to_noun`: only the words up to its head are put in the nominative
        ("выплаты ветеранам")."""
        if not right or right[0].text != "-":
            return None
        rest = [t for t in right if t.word]
        if rest and rest[0].text.lower() in _PREPS:
            rest = rest[1:]
        phrase = self._leading_np(rest)
        if phrase and up_to_noun:
            head = next(i for i, t in enumerate(phrase) if t.pos == "NOUN")
            return _joined([_to_case(phrase[:head + 1], "nomn")]
                           + [_lower_common(t.text) for t in phrase[head + 1:]])
        return _to_case(phrase, "nomn") if phrase else None

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

    def _after_demonstrative(self, head: str) -> bool:
        """'этот показатель', 'данный показатель': the noun `head` (a lemma) stands in the
        sentence after a demonstrative."""
        return any(i and t.lemma == head and self.toks[i - 1].lemma in _DEMONSTRATIVES
                   for i, t in enumerate(self.toks))

    def _measure_just_before(self, head: str, state: _DocState) -> str | None:
        """What 'этот показатель' refers to when its own sentence names no measure before it:
        the subject of the figure before it in the sentence, else the measure of the sentence
        right before (the subject of its last figure, or the measure noun it names), or of the
        one two back when the sentence between names nothing measurable. Nothing further back:
        a subject named paragraphs before is not what the demonstrative points at."""
        if self.previous:
            return next((p.subject for p in reversed(self.previous) if p.subject), None)
        sentences = self._sentences_before
        for back in range(1, len(sentences) + 1):
            toks = sentences[-back]
            if self.view.quantities[self.sentence.index - back]:  # its figures' subject
                last = state.subjects[-1] if state.subjects else None
                return last if last and self._named_in(last, toks) else None
            named = self._measure_in(toks, head)
            if named:
                return named
        return None

    def _named_in(self, phrase: str, toks: list[Tok]) -> bool:
        """A noun or a verb of `phrase` stands among `toks` (the subject was read from that
        sentence: "доля мужчин" from "мужчины составляют 48%", "умерло" from "умрёт в 40%")."""
        lemmas = {t.lemma for t in toks if t.word}
        return any(info.pos in ("NOUN", "VERB", "INFN", "PRTS", "PRTF") and info.lemma in lemmas
                   for info in (word_info(w) for w in WORD.findall(phrase)))

    def _measure_in(self, toks: list[Tok], head: str) -> str | None:
        """'Уровень безработицы снижается.': the phrase of the last measure or change noun of a
        sentence without figures that heads a phrase of its own — no preposition governs it,
        it is no genitive of a noun before it ("причиной падения акций стал рост доходности",
        "темпы уменьшения выбросов"), nor the level a predicate reaches ("долг достиг
        рекордных размеров") — up to the next verb (None: no such noun)."""
        for k in range(len(toks) - 1, -1, -1):
            t = toks[k]
            if not t.word or t.pos != "NOUN" or t.lemma == head \
                    or t.lemma not in self.ctx.measure_nouns and t.lemma not in self.ctx.change_nouns \
                    or self._governed(toks, k) or self._attribute(toks, k):
                continue
            before = next((toks[i] for i in range(k - 1, -1, -1)
                           if toks[i].pos not in ("ADJF", "PRTF")), None)
            if before is not None and before.pos in ("VERB", "PRTS", "INFN") \
                    and before.lemma in self.ctx.predicates \
                    and ("gent" in t.info.tag or "ablt" in t.info.tag):
                continue
            end = next((o.start for o in toks[k + 1:] if o.pos in ("VERB", "INFN")),
                       toks[-1].end)
            return self._phrase_from(toks, k, end)
        return None

    def _resolve_anaphora(self, phrase: str, state: _DocState) -> str:
        """'сальдо' after 'сальдо миграции' was named means 'сальдо миграции'; 'данный
        показатель' means the subject named before."""
        if " " in phrase:
            return phrase
        head = word_info(phrase).lemma
        named = self._measure_named_before(head) if head in self.ctx.anaphoric_nouns else None
        if named:  # "сохраняется высокий уровень безработицы: этот показатель составил 8%"
            return named
        if head in self.ctx.anaphoric_nouns and self._after_demonstrative(head):
            return self._measure_just_before(head, state) or phrase
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
        """The phrase and the indicator it names, looked up once per phrase and sentence
        (several rules, and the ranker's candidates, find the same phrase)."""
        if not phrase:
            return None, None
        known = self._phrase_indicators
        if phrase not in known:
            known[phrase] = self._indicator_named(phrase)
        return phrase, known[phrase]

    def _indicator_named(self, phrase: str) -> str | None:
        lemmas = lemma_key(phrase)
        head = self._head_position(phrase)
        indicators = self.rules.indicators
        found = indicators.by_phrase(lemmas, head) \
            or indicators.by_context_phrase(lemmas, self._nearby) \
            or indicators.by_context_phrase(lemmas, self._in_title)
        return found.id if found else None

    def _nearby(self, words: frozenset[str]) -> bool:
        """Whether one of `words` (lemmas) is in this sentence or the two before it."""
        return not words.isdisjoint(self._nearby_lemmas)

    def _in_title(self, words: frozenset[str]) -> bool:
        """Whether one of `words` (lemmas) is in the document's title. A title names what the
        whole report is about ("Дефицит бюджета Владимирской области …" makes its "расходы на
        здравоохранение" the budget's, however far the body last said "бюджет"); it is asked
        after the sentences near the figure, which know better what a phrase is about."""
        return not words.isdisjoint(self.view.title_lemmas)

    @_Remembered
    def _nearby_lemmas(self) -> frozenset[str]:
        toks = [t for ts in self._sentences_before for t in ts] + self.toks
        return frozenset(t.lemma for t in toks if t.word)

    @_Remembered
    def _sentences_before(self) -> list[list[Tok]]:
        """The tokens of the sentences before this one in which a context word counts."""
        first = max(0, self.sentence.index - _NEARBY_SENTENCES)
        return [tokenize(self.view.text, s.start, s.end)
                for s in self.view.sentences[first:self.sentence.index]]


class _Reach:
    """An end position for _phrase_from that records what it is compared with: `low` the
    greatest compared value at or before it, `high` the least one after it. Any end in [low,
    high) answers every comparison alike, hence yields the same phrase. Anything but a
    comparison (arithmetic, slicing) raises TypeError rather than silently differing."""

    __slots__ = ("pos", "low", "high")
    __hash__ = None  # type: ignore[assignment]

    def __init__(self, pos: int) -> None:
        self.pos = pos
        self.low: float = float("-inf")
        self.high: float = float("inf")

    def _at_or_after(self, value: int) -> bool:
        """Whether `value` <= the position, remembered."""
        if value <= self.pos:
            self.low = max(self.low, value)
            return True
        self.high = min(self.high, value)
        return False

    def __ge__(self, value: int) -> bool:  # value <= reach
        return self._at_or_after(value)

    def __lt__(self, value: int) -> bool:  # value > reach
        return not self._at_or_after(value)

    def _pinned(self) -> None:
        """Keep the phrase for this very end only (a comparison _phrase_from does not make)."""
        self.low, self.high = max(self.low, self.pos), min(self.high, self.pos + 1)

    def __le__(self, value: int) -> bool:  # value >= reach
        self._pinned()
        return self.pos <= value

    def __gt__(self, value: int) -> bool:  # value < reach
        self._pinned()
        return self.pos > value

    def __eq__(self, value: object) -> bool:
        raise TypeError("_Reach supports ordering comparisons only")


def _after_last_mark(toks: list[Tok]) -> list[Tok]:
    """`toks` after the last of them that ends a clause (_BASIS_CLAUSE_MARKS)."""
    opening = max((k + 1 for k, t in enumerate(toks) if t.text in _BASIS_CLAUSE_MARKS),
                  default=0)
    return toks[opening:]


def _ordinal(tok: Tok) -> bool:
    """'третий' of 'каждый третий'."""
    return tok.info is not None and "Anum" in tok.info.tag


def _first_lemma(phrase: str) -> str:
    info = word_info(phrase.split(" ", 1)[0])
    return info.lemma if info is not None else phrase.split(" ", 1)[0]


def _without_trailing(phrase: str, item: tuple[str, ...]) -> str | None:
    """'доля опрошенных, выбравших медицину' without the item 'медицина' at its end: 'доля
    опрошенных, выбравших'; with its preposition: 'смертность от болезней сердца' without
    'болезни сердца' → 'смертность' (the phrase itself when only one word would be left)."""
    words = phrase.split(" ")
    if not item or len(words) <= len(item) \
            or lemma_key(" ".join(words[-len(item):])) != item:
        return phrase
    left = words[:-len(item)]
    if left[-1] in _PREPS and len(left) > 1:
        return " ".join(left[:-1])  # "смертность от болезней сердца" → "смертность"
    return " ".join(left).rstrip(",") if len(left) > 1 else phrase


# The subject rules in the order they are tried (see "subject" in SubjectRules); a rule
# id of None means the rule records its own.
_SUBJECT_RULES = (
    (None, SubjectRules._rule_oblique_count_or_after_dash),
    ("ctx.subject_this_is", SubjectRules._rule_this_is),
    ("ctx.subject_restated", SubjectRules._rule_restated),
    ("ctx.subject_parenthesized", SubjectRules._rule_parenthesized),
    ("ctx.subject_money_of", SubjectRules._rule_money_of),
    ("ctx.subject_money_of", SubjectRules._rule_money_amount),
    ("ctx.subject_new_level", SubjectRules._rule_new_level),
    ("ctx.subject_age", SubjectRules._rule_age),
    ("ctx.subject_most_of", SubjectRules._rule_most_of),
    ("ctx.subject_share_of", SubjectRules._rule_every_nth),
    ("ctx.subject_price_item", SubjectRules._rule_price_item),
    ("ctx.subject_adjacent_np", SubjectRules._rule_adjacent_first),
    ("ctx.subject_earnings", SubjectRules._rule_earnings),
    ("ctx.subject_money_taken", SubjectRules._rule_money_verb),
    ("ctx.subject_money_of", SubjectRules._rule_assessed),
    ("ctx.subject_money_for", SubjectRules._rule_money_for),
    ("ctx.subject_share_of_base", SubjectRules._rule_share_of_base_first),
    ("ctx.subject_own_verb", SubjectRules._rule_own_verb),
    ("ctx.subject_share_of", SubjectRules._rule_share_of_antecedent),
    ("ctx.subject_share_of", SubjectRules._rule_share_having),
    ("ctx.subject_people_verb", SubjectRules._rule_part_of_group),
    ("ctx.subject_list_item", SubjectRules._rule_list_item),
    ("ctx.subject_counted_object", SubjectRules._rule_counted_object),
    (None, SubjectRules._rule_predicate),
    ("ctx.subject_share_of_base", SubjectRules._rule_share_of_base),
    ("ctx.subject_adjacent_np", SubjectRules._rule_adjacent),
    ("ctx.subject_counted_noun", SubjectRules._rule_own_counted),
    ("ctx.subject_nearest_np", SubjectRules._rule_nearest_np),
    ("ctx.subject_counted_noun", SubjectRules._rule_counted),
    ("ctx.subject_share_of", SubjectRules._rule_share_of),
    ("ctx.subject_money_taken", SubjectRules._rule_money_taken),
    ("ctx.subject_amount_of", SubjectRules._rule_amount_of),
    ("ctx.subject_verb_phrase", SubjectRules._rule_verb_phrase),
    ("ctx.subject_people_verb", SubjectRules._rule_people_verb),
    ("ctx.subject_carried", SubjectRules._rule_carried),
)


def _plural_genitive(tok: Tok, head: Tok) -> str:
    """A word of a "каждый N-й" group in the group's genitive plural: the head and the words
    that agree with it change ("пятый житель" → "жителей"), its own genitives stay."""
    if tok is not head and not (tok.pos in ("ADJF", "PRTF") and tok.start < head.start):
        return _lower_common(tok.text)
    return inflect(tok.text.lower(), frozenset({"gent", "plur"}), tok.pos)


def _plural_genitive_tok(head: Tok) -> Tok:
    """A token of the head in the genitive plural, for rules that make words agree with a
    genitive group ("доля жителей, живущих …")."""
    word = inflect(head.text.lower(), frozenset({"gent", "plur"}), head.pos)
    return tokenize(word, 0, len(word))[0]


def _rules_after(rule) -> tuple:
    """The subject rules after `rule`, which it asks what they would find."""
    return _SUBJECT_RULES[[r for _, r in _SUBJECT_RULES].index(rule) + 1:]


_AFTER_PARENTHESIZED = _rules_after(SubjectRules._rule_parenthesized)
_AFTER_MONEY_FOR = _rules_after(SubjectRules._rule_money_for)
