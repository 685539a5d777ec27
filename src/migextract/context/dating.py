"""Periods and years: what the period a sentence states means for the walk (since, forecast,
same clause), totals spread over several periods, comparison bases, the year a text was written
(reference_year) and the tense of its clauses, and DatingRules, the part of the sentence view
that picks one figure's period. Together because they all read the same period mentions and
tenses, and a change to one of them is usually a change to how periods are read."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date
from functools import cached_property, lru_cache

import regex

from ..entities import nominative_phrase
from ..morph import WORD, WORDS_REMEMBERED, word_info
from ..periods import _DAY_MONTH, PeriodMention, PeriodRules, _day, _stem_value, whole_year
from ..records import DURATION_UNITS, Context, Quantity, Sentence
from ..rules import Rules
from .phrases import _lower_common
from .state import DocumentView, _DocState
from .tokens import _inside, tokenize


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


def over_a_year(text: str, sentence: Sentence, rules: Rules) -> bool:
    """Does the sentence say "за год", "за прошедший год" (annotation §6.5)?"""
    return bool(rules.periods.over_a_year.search(text, sentence.start, sentence.end))


def _clause_around(text: str, mention: PeriodMention, sentence: Sentence) -> tuple[int, int]:
    return _clause_bounds(text, mention.start, mention.end, sentence.start, sentence.end)


def _clause_bounds(text: str, start: int, end: int, lo_limit: int, hi_limit: int,
                   split: regex.Pattern[str] | None = None) -> tuple[int, int]:
    """The clause holding text[start:end], within text[lo_limit:hi_limit] (clauses split at
    `split`, _CLAUSE_SPLIT by default)."""
    split = split or _CLAUSE_SPLIT
    lo = max((m.end() for m in split.finditer(text, lo_limit, start)), default=lo_limit)
    hi_match = split.search(text, end, hi_limit)
    return lo, hi_match.start() if hi_match else hi_limit


_TIME_OF = regex.compile(r"(?<!\w)во?\s+$", regex.IGNORECASE)  # "в 2012 году"
_TIME_OF_START = regex.compile(r"во?\s", regex.IGNORECASE)  # "в феврале 2017 года" (one mention)
_DAY_OF_EVENT = regex.compile(r"\d{1,2}\s+[^\W\d_]")  # "задержан 9 сентября 2016 года": a day


_NAME_CLAUSE_SPLIT = regex.compile(r"[.!?;:,()\n]|\s[—–-]\s")


def dates_a_founding(text: str, sentence: Sentence, mention: PeriodMention, rules: Rules,
                     quantities: list[Quantity]) -> bool:
    """'ОЭЗ создана в 2005 году', 'центр был основан в 1998 году', 'в мае президент подписал
    указ', 'он был задержан 9 сентября 2016 года': a time ('в …', or a day) in the clause of
    a verb of founding (or of an arrest, an appointment) about one thing dates that event: a
    short passive participle in the masculine or feminine singular, or a past verb in the
    singular whose clause holds no figure. Not a count of things made ('в 2018
    году создано 3 тыс. рабочих мест', 'открыто 20 школ': neuter or plural, agreeing with a
    number; 'центр принял 300 человек': a figure in the clause)."""
    if not (_TIME_OF.search(text, sentence.start, mention.start)
            or _TIME_OF_START.match(mention.text) or _DAY_OF_EVENT.match(mention.text)):
        return False
    # the clause, a name in quotes inside it ('в ОЭЗ "Липецк" создан участок') included
    lo, hi = _clause_bounds(text, mention.start, mention.end, sentence.start, sentence.end,
                            _NAME_CLAUSE_SPLIT)
    counted = any(lo <= q.start < hi for q in quantities)
    for word in _CLAUSE_WORD.finditer(text, lo, hi):
        info = word_info(word.group())
        if info.lemma not in rules.periods.founding_verbs or "sing" not in info.tag:
            continue
        if info.pos == "PRTS" and ("masc" in info.tag or "femn" in info.tag):
            return True
        if info.pos == "VERB" and "past" in info.tag and not counted:
            return True
    return False


def _forecast(text: str, mention: PeriodMention, sentence: Sentence, rules: Rules) -> bool:
    """Is the clause that states the period in the future tense only ("в 2018-м … будет
    приходиться 775")? Such a forecast holds for its paragraph, not for the next ones."""
    lo, hi = _clause_around(text, mention, sentence)
    return _tenses(text, lo, hi, rules.context.speech) == {"futr"}


def due_day(text: str, sentence: Sentence, mention: PeriodMention, rules: Rules
            ) -> PeriodMention:
    """'Забор будет закончен к 1 мая', 'отопление отключается ближе к 1 июля': "к" + a day without
    its year in a clause not in the past tense is the due date of a plan or a yearly date, an
    event the text does not date (period.day_of_event), not the day a level was reached by ('К 14
    ноября цена выросла до 26,76 гривны', period.by_day). "до" + a month and a year in such a
    clause is the due date of an obligation ("выплатят 153 млн рублей до января 2019 года"): no
    period either (annotation §6.12)."""
    if mention.rule == "period.due_date":  # "выплатят 153 млн рублей до января 2019 года"
        lo, hi = _clause_around(text, mention, sentence)
        if "past" in _tenses(text, lo, hi, rules.context.speech):
            return replace(mention, rule="period.year")
        return replace(mention, period_start=None, period_end=None, kind="undated")
    if mention.rule != "period.by_day" or _YEAR_DIGITS.search(mention.text):
        return mention
    lo, hi = _clause_around(text, mention, sentence)
    if "past" in _tenses(text, lo, hi, rules.context.speech):
        return mention
    return replace(mention, period_start=None, period_end=None, kind="undated",
                   rule="period.day_of_event")


_YEAR_DIGITS = regex.compile(r"\d{4}")


def change_span(mentions: list[PeriodMention], onset: PeriodMention | None,
                rules: Rules) -> list[PeriodMention]:
    """'Бензин начал дорожать с 8 сентября. К 14 ноября стоимость выросла на 2,97 грн. — до
    26,76 грн.': the day a change started from (an onset just before, in the same paragraph)
    and the day it was measured by ("к" + a day, period.by_day) make one span, 8 September to
    14 November; the change over it is for the span, and the level reached for its last day
    (DatingRules._level_at_point)."""
    if onset is None:
        return mentions
    day = _DAY_MONTH.search(onset.text)
    month = _stem_value(day.group(2), rules.periods.months) if day else None
    out = []
    for mention in mentions:
        end = mention.period_end
        if mention.rule == "period.by_day" and end is not None and month is not None:
            year = end.year if (month, int(day.group(1))) <= (end.month, end.day) else end.year - 1
            start = _day(year, month, int(day.group(1)))
            if start is not None and start < end:
                mention = replace(mention, period_start=start, rule="period.change_span")
        out.append(mention)
    return out


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


# "… до 56,4 тыс.", "… с 3,5% до": a level right after "до" or "с"
# "к 1942 году", "К 2016-му": the preposition right before a year, or opening its mention
_BY_YEAR = regex.compile(r"(?<!\w)[кК]\s+\d{4}(?!\d)")
_AMOUNT_LEAD = regex.compile(r"(?<!\w)на\s+$", regex.IGNORECASE)  # "на 9,6%", not "на уровне 3,7%"
_TO_QUOTE = regex.compile(r"(?:[^\W\d_]+\s+)?до\s", regex.IGNORECASE)  # "почти до 40 тыс."
_ELLIPTIC_TO = regex.compile(r"\s*[—–-]\s*(?:[^\W\d_]+\s+)?(?:до\s+)?")  # "к 1943 году – до 546"
_LEVEL_LEAD = regex.compile(r"(?<!\w)(?P<word>до|со?)\s+$", regex.IGNORECASE)
_FIGURE_THEN_LEVEL = regex.compile(r"\s*(?:до|[-–—])\s*(?:до\s+)?", regex.IGNORECASE)
# "на 923 человека", "почти на 5%": the amount of a change; "в 1,5 раза" after the figure
_CHANGE_LEAD = regex.compile(r"(?<!\w)на\s+(?:[^\W\d_]+\s+){0,2}$", regex.IGNORECASE)
_CHANGE_QUOTE = regex.compile(r"^(?:[^\W\d_]+\s+){0,2}на\s|\sраза?$", regex.IGNORECASE)
_TIMES = regex.compile(r"\s*раза?(?!\w)", regex.IGNORECASE)
_FROM_TO = regex.compile(r"\s*(?:[^\W\d_]+\s+){0,2}до\s", regex.IGNORECASE)
_HORIZON_START = regex.compile(r"(?:к|до)\s", regex.IGNORECASE)  # "к 2027 году" (one mention)
_HORIZON_BEFORE = regex.compile(r"(?<!\w)(?:к|до)\s+$", regex.IGNORECASE)
_VERSUS_LEAD = regex.compile(r"(?<!\w)против\s+(?:[^\W\d_]+\s+)?$", regex.IGNORECASE)  # "против нынешних"
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


_CONVERSION_GAP = regex.compile(r"[ \t\xa0]*\([ \t\xa0]*")
_CONVERSION_END = regex.compile(r"[ \t\xa0]*\)")
_LEVEL_WORD = regex.compile(r"(?:до|со?|от|на)\s", regex.IGNORECASE)


def _date_conversions(text: str, quantities: list[Quantity], contexts: list[Context]
                      ) -> list[Context]:
    """'платил 300 грн. ($11) в месяц, то сейчас — 2 тыс. грн.': a figure that alone fills the
    brackets right after another figure restates it (in another currency or unit) and is for its
    period, whatever its own place in the sentence made of it: in 'подорожал на 2,9 грн. ($0,11)
    — до 27,49 грн.' the dollars are the rise over the span, not the level reached at its end."""
    out = list(contexts)
    for index in range(1, len(quantities)):
        before, q = quantities[index - 1], quantities[index]
        if not (_CONVERSION_GAP.fullmatch(text, before.end, q.start)
                and _CONVERSION_END.match(text, q.end)):
            continue
        main, ctx = out[index - 1], out[index]
        if _LEVEL_WORD.match(text, q.start):
            continue  # "выросла на 65% (до 56,4 тыс.)": the level reached, dated on its own
        if (ctx.period_start, ctx.period_end) != (main.period_start, main.period_end):
            out[index] = replace(ctx, period_start=main.period_start, period_end=main.period_end,
                                 period_text=main.period_text,
                                 rules=ctx.rules + ("ctx.period_of_restated",))
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


_PARENTHESES = regex.compile(r"\(([^()]*)\)")


def _only_a_period(text: str, start: int, end: int, periods: list[PeriodMention]) -> bool:
    """Does text[start:end], the inside of a bracket, hold one period expression and nothing
    else ("(май–октябрь 1942 года)")? Such a bracket is a gloss giving the time of the words
    before it, not a figure of its own or a base."""
    inner = [m for m in periods if start <= m.start < end]
    return len(inner) == 1 and inner[0].kind == "explicit" \
        and not text[start:inner[0].start].strip() and not text[inner[0].end:end].strip(" .")


# --- comparisons ---------------------------------------------------------------------------

def _comparison_spans(text: str, sentence: Sentence, rules: Rules,
                      periods: list[PeriodMention]) -> list[tuple[int, int, str]]:
    """'по сравнению с III кварталом 2023 года' → (start, end, normalized base); the base is
    the noun phrase right after the marker, periods included."""
    spans = []
    for marker in rules.context.comparison_markers.finditer(text, sentence.start, sentence.end):
        words = []
        toks = tokenize(text, marker.end(), sentence.end)
        for i, tok in enumerate(toks):
            if any(m.start <= tok.start < m.end for m in periods):
                words.append(tok)
            elif tok.word and tok.pos in ("ADJF", "PRTF", "NOUN", "NUMR") or \
                    regex.fullmatch(r"(?:19|20)\d\d|г|\.", tok.text) and words:
                words.append(tok)
            elif regex.fullmatch(r"(?:19|20)\d\d", tok.text):
                words.append(tok)
            elif tok.text.lower() == "же" and words:  # "к тому же периоду 2016 года"
                words.append(tok)
            elif regex.fullmatch(r"\d{1,2}", tok.text) and i + 1 < len(toks) \
                    and _MONTHS_WORD.match(toks[i + 1].text):  # "с 10 месяцами 2016 года"
                words.append(tok)
            else:
                break
        while words and words[-1].text == ".":
            words.pop()
        if words:
            phrase = text[words[0].start:words[-1].end]
            spans.append((marker.start(), words[-1].end,
                          _counted_months(nominative_phrase(_lower_common(phrase)))))
    spans.extend(_base_periods(text, sentence, rules, periods, spans))
    for paren in _PARENTHESES.finditer(text[sentence.start:sentence.end]):
        start = sentence.start + paren.start()
        if _only_a_period(text, start + 1, sentence.start + paren.end() - 1, periods):
            continue  # "В третью волну (май–октябрь 1942 года) выведено 500 тыс.": it dates its clause
        spans.append((start, sentence.start + paren.end(), "paren"))
    return spans


_MONTHS_WORD = regex.compile(r"месяц", regex.IGNORECASE)
_COUNTED_MONTHS = regex.compile(r"^(\d{1,2}) месяц\w*")


def _counted_months(phrase: str) -> str:
    """'10 месяцы 2016 года' (the nominative of "10 месяцами") → '10 месяцев 2016 года'."""
    def agree(match: regex.Match[str]) -> str:
        n = int(match.group(1))
        word = "месяц" if n % 10 == 1 and n % 100 != 11 else \
            "месяца" if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14 else "месяцев"
        return f"{n} {word}"
    return _COUNTED_MONTHS.sub(agree, phrase)


def _base_periods(text: str, sentence: Sentence, rules: Rules, periods: list[PeriodMention],
                  spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The comparison a base period states ('на 63% меньше, чем годом ранее', 'больше, чем в 2015
    году' → '2015 год'), from the word that makes it a base ('чем', 'с', 'к') to its end."""
    out = []
    for mention in periods:
        if mention.kind != "base" or mention.period_start is None \
                or _inside(mention.start, spans):
            continue
        lead = _BASE_LEAD.search(text, sentence.start, mention.start) \
            or rules.periods.base_before.search(text, sentence.start, mention.start)
        start = lead.start() if lead else mention.start  # "в три раза больше суммы, … в 2018 году"
        phrase = f"{mention.period_start.year} год" if whole_year(mention) \
            else nominative_phrase(_lower_common(mention.text))
        out.append((start, mention.end, phrase))
    return out


# the words that make a period a base, right before it: "чем в", "чем", "с", "к", "от уровня"
_BASE_LEAD = regex.compile(r"(?<!\w)(?:(?:чем|нежели)\s+(?:был[аои]?\s+)?(?:(?:в|во|за|на)\s+)?"
                           r"|(?:от\s+)?уров(?:ень|н\w*)\s+|(?:начиная\s+)?со?\s+|к\s+)$",
                           regex.IGNORECASE)


_DIGIT = regex.compile(r"\d")
_CLAUSE_BREAK = regex.compile(r"[,;:]|\s[—–-]\s")  # between a figure and a period after it
_HORIZONTAL_SPACE = regex.compile(r"[ \t\xa0]*")  # a figure and a period on one line
# "в январе", "за 2021 год": a period that names its own relation (not a label "2017 год -",
# nor "12% к 2022 году", a base)
_PERIOD_PREPOSITION = regex.compile(r"(?:в|во|за|на|по|к)\s", regex.IGNORECASE)
_TOWARDS = regex.compile(r"[ \t\xa0]+к[ \t\xa0]", regex.IGNORECASE)
# a change: "на 44,6%", "в два раза", "почти вдвое" (the figure itself or just before it)
_CHANGE_FIGURE = regex.compile(r"(?<!\w)(?:на|в)[ \t\xa0]+(?:[^\W\d_]+[ \t\xa0]+)?\d|(?<!\w)в[ \t\xa0]+"
                               r"[^\W\d_]+[ \t\xa0]+раза?(?!\w)|\d[ \t\xa0]*раза?(?!\w)",
                               regex.IGNORECASE)
# right after the change: "(с …", "— с …", ", с …"
_FROM_LEVEL_LEAD = regex.compile(r"[ \t\xa0]*(?:раза?[ \t\xa0]*)?(?:\(|[—–-]|,)?[ \t\xa0]*"
                                 r"со?[ \t\xa0]+(?=\d)", regex.IGNORECASE)
_TO_LEVEL_BETWEEN = regex.compile(r"(?<!\w)до[ \t\xa0]+", regex.IGNORECASE)
# "с 4,7% ВВП в 2016 году до 3% …": the old level after "с", its period, then "до" and the new one
_TO_AFTER_PERIOD = regex.compile(r"[ \t\xa0,–—-]*до[ \t\xa0]+", regex.IGNORECASE)
_GAP_ONLY = regex.compile(r"[ \t\xa0,–—-]*")
_FROM_BEFORE = regex.compile(r"(?<!\w)со?[ \t\xa0]+\d[^.;:()]*$", regex.IGNORECASE)
_UNIT_WORDS_THEN_PREPOSITION = regex.compile(r"(?:[ \t\xa0]+[^\W\d_]+\.?){0,3}?[ \t\xa0]+(?:в|во|к|на)"
                                             r"[ \t\xa0]+", regex.IGNORECASE)
# "… в 2022 году"; "… в каждом квартале 2018 года" (a part of that year, each time)
_SPACE_PREPOSITION = regex.compile(r"[ \t\xa0]+(?:в|во|за|на|по|к)[ \t\xa0]+(?:кажд\w+[ \t\xa0]+"
                                   r"(?:месяц|квартал|полугоди)\w*[ \t\xa0]+)?", regex.IGNORECASE)


# "по итогам 2017 года": the results of a year that is over, so the text was written later
_YEAR_RESULTS = regex.compile(r"(?<!\w)по\s+итогам\s+((?:19|20)\d{2})\s*(?:года|г\.)",
                              regex.IGNORECASE)


def reference_year(doc_date: date | None, text: str, rules: PeriodRules | None = None,
                   speech: frozenset[str] = frozenset()) -> int | None:
    """Relative years ('в прошлом году') count from the document date. A text without one is of
    the year it reports in the present tense ('на 1 января 2019 года составляет'), was written
    after the years it reports in the past tense ('в 2016 году … уменьшилось', 'по итогам 2017
    года') and no later than those it speaks of in the future ('в 2018 году … составит',
    'планируется в 2019 году'); failing all, the year it names most often, or the year before
    it when the text names it only as the term of a plan ('бюджет на 2018 год'). A text whose
    dateline is in December is of the year before the one it speaks of only in the future."""
    if doc_date is not None:
        return doc_date.year
    own = _OWN_YEAR.search(text)
    if own is not None:  # "в текущем 2017 году": the text names its own year
        return int(own.group(1))
    after, now, before = _years_by_tense(text, rules, speech) if rules else ([], [], [])
    low = max(after, default=None)
    high = min(before, default=None)
    if high is not None and low is not None and low >= high and _late_in_year(text, rules):
        # "САНКТ-ПЕТЕРБУРГ, 28 декабря. … за 2018 год … были уволены … в 2019 году планируется":
        # in December the year reported in the past may be the year of writing, and a plan is
        # for the next year
        late, _, _ = _years_by_tense(text, rules, speech, late_in_year=True)
        if max(late, default=high - 1) <= high - 1:
            low = high - 1
    elif high is not None and low is None and not now and len(set(before)) == 1 \
            and _late_in_year(text, rules):
        # "ТАСС, 11 декабря. … приняли бюджет на 2019 год … в 2019 году поступления увеличатся":
        # in December a text that names one year, only as the future, speaks of the next year
        # (one that names two, "в 2018 году составит … в 2019 году увеличится", also of its own)
        _, _, early = _years_by_tense(text, rules, speech, late_in_year=True)
        low = min(early)
    if now:
        year = Counter(now).most_common(1)[0][0]
        if (low is None or year >= low) and (high is None or year <= high):
            return year
    if low is not None or high is not None:
        return min(y for y in (low, high) if y is not None)
    years = Counter(int(y) for y in _NAMED_YEAR.findall(text))
    if not years:
        return None
    year = years.most_common(1)[0][0]
    terms = Counter(int(y) for y in _TERM_YEAR.findall(text))
    return year - 1 if terms[year] == years[year] else year


# the words between a figure and a bracket that labels it: its noun phrase, no other figure,
# no clause boundary ("182 млрд долл. валютных резервов (2012 год)")
_LABEL_GAP = regex.compile(r"[^\W\d_]*\.?(?:\s+[^\W\d_]+\.?){0,4}\s*\(\s*")
_LABEL_END = regex.compile(r"\s*\)")
# "чтобы", "бы": a past form after them is a wish or a condition, not a report of the past
_SUBJUNCTIVE = regex.compile(r"(?<!\w)(?:чтобы|бы)(?!\w)", regex.IGNORECASE)
# "в текущем 2017 году", "нынешнего, 2018 года", "в этом 2016-м", "завершающийся 2018 год",
# "уходящего 2018 года": the year of the text, named
_OWN_YEAR = regex.compile(r"(?<!\w)(?:текущ|нынешн|этот|этом|этого|завершающ|уходящ|истекающ)\w*,?\s+"
                          r"((?:19|20)\d{2})"
                          r"(?:\s*(?:год\w*|г\.)|-(?:го|м|му)\b)", regex.IGNORECASE)
# a year the text names, for the year it names most often; not the horizon of a plan ("к 2024
# году", "до 2033 года"), which says only that the text is older, not how much
_NAMED_YEAR = regex.compile(r"(?<!(?<!\w)(?:к|до)\s+)\b((?:19|20)\d{2})\s*(?:год|г\.)",
                            regex.IGNORECASE)
# "бюджет на 2018 год", "прогноз на 2019 год": the term of a plan, said before it begins
_TERM_YEAR = regex.compile(r"(?<!\w)на\s+((?:19|20)\d{2})\s*(?:год|г\.)", regex.IGNORECASE)




# a year in a clause ("в 2016 году", "2017-го", "по итогам 2017 года"); clauses end at these marks
_CLAUSE_YEAR = regex.compile(r"(?<![\d.,])((?:19|20)\d{2})(?:\s*(?:год\w*|г\.)|-(?:го|м|му)\b)")
_CLAUSE_SPLIT = regex.compile(r"[.!?;:,()«»\"\n]|\s[—–-]\s")


def reference_month(doc_date: date | None, text: str, rules: PeriodRules) -> int | None:
    """The month a text was written in: its date's, else its dateline's ("МОСКВА, 15 января.
    /ТАСС/." → 1), else None."""
    if doc_date is not None:
        return doc_date.month
    dateline = rules.dateline.match(text) if rules.dateline is not None else None
    return None if dateline is None else _stem_value(dateline.group("month"), rules.months)


def _late_in_year(text: str, rules: PeriodRules) -> bool:
    """Does the text open with a dateline of December ("САНКТ-ПЕТЕРБУРГ, 28 декабря. /ТАСС/.")?
    The results of a year are reported before it ends: "за 2018 год … были уволены" in such a
    text is of 2018, not 2019."""
    dateline = rules.dateline.match(text) if rules.dateline is not None else None
    return dateline is not None and _stem_value(dateline.group("month"), rules.months) == 12


def _inside_the_year(text: str, lo: int, start: int, rules: PeriodRules) -> bool:
    """Does a month, a day or a part of the year come before the year ("22 декабря 2018 года
    совершат", "в первом квартале 2019 года")? In a December text the day may still be ahead in
    the year of writing."""
    before = _WORD_BEFORE_YEAR.search(text, lo, start)
    return before is not None and _stem_value(before.group(1), rules.months) is not None \
        or rules.year_in_progress.search(text, lo, start) is not None


def _years_by_tense(text: str, rules: PeriodRules, speech: frozenset[str],
                    late_in_year: bool = False) -> tuple[list[int], list[int], list[int]]:
    """What the years a text names in its clauses tell of its own year: the earliest it can be,
    from a clause whose finite verbs are all in the past (the next year; the year itself when a
    month or "в начале" puts the event inside it); the year itself, from a clause in the present
    tense; the latest it can be, from a clause in the future or with a verb of plan. A clause
    whose only finite verbs are verbs of speech is past when they are ('заявлял Трамп в октябре
    2016 года'); a clause without a finite verb (a participle, a heading) tells nothing unless it
    names a day ('прошедших 24 сентября 2017 года': the day has come, so the text is of that year
    or later); the results of a year ('по итогам 2017 года') are past. `late_in_year`: the text is
    dated in December, when a year reported in the past may be the year of writing and a year
    spoken of in the future the next one."""
    over = 0 if late_in_year else 1  # the years after a year reported in the past
    after = [int(result.group(1)) + over for result in _YEAR_RESULTS.finditer(text)]
    now: list[int] = []
    before: list[int] = []
    for match in _CLAUSE_YEAR.finditer(text):
        lo, hi = _clause_bounds(text, match.start(), match.end(), max(0, match.start() - 200),
                                min(len(text), match.end() + 200))
        words = [word.group() for word in _CLAUSE_WORD.finditer(text, lo, hi)]
        tenses = _tenses(text, lo, hi, speech)
        year = int(match.group(1))
        lead = _YEAR_LEAD.search(text, lo, match.start())
        if lead is not None and _COMPARED_WITH.search(text, lo, lead.end()):
            continue  # "по сравнению с 2017 годом": the base of a comparison, said at any time
        if _names_a_thing(text, lo, match.start()):
            continue  # "под Олимпиаду 2014 года", "бюджет 2018 года": a name, not the clause's time
        if _object_of_verb(text, lo, match.start()):
            continue  # "выиграла право провожать 2019 год": a thing the verb acts on, not its time
        if "past" in tenses and _SUBJUNCTIVE.search(text, lo, hi):
            continue  # "сделать так, чтобы к 2050 году добыча составляла 30%": a wish, not a past
        planned = any(rules.plan_verb.fullmatch(word) or _NOT_RULED_OUT.fullmatch(word)
                      for word in words)
        forecast = any(_FORECAST_NOUN.fullmatch(word) for word in words)
        if lead is not None and _START_OF_YEAR.fullmatch(lead.group()) \
                and ("futr" in tenses or "pres" in tenses and planned) and "past" not in tenses:
            before.append(year - 1)  # "с 1 января 2018 года начнёт действовать": said before it
            continue
        if lead is not None and lead.group("horizon"):
            if lead.group("horizon").lower() == "к" and tenses == {"past"} and not planned \
                    and len(_CLAUSE_YEAR.findall(text, lo, hi)) == 1:
                # "к концу 2017-го переселились": a horizon already reached (not "в 2012 году
                # упоминал о создании к 2020 году", where it is the term of a plan)
                after.append(year + (1 if _END_OF.match(lead.group(), 2) else 0))
            continue  # "нарастить мощности к 2023 году", "одобрило бюджет на 2017—2019 годы"
        if lead is not None and "pres" in tenses:
            after.append(year)  # "с 2015 года в мире происходит спад": since then, still so
            continue
        if tenses == {"past"} and (planned or forecast):
            # "должны были быть готовы в 2018 году", "представили прогноз … по 2030 год": a plan
            # or a forecast made before, not a fact of that year
            continue
        if tenses == {"past"}:
            inside = rules.year_in_progress.search(text, lo, match.start())
            after.append(year + (0 if inside else over))
        elif "futr" in tenses and "past" not in tenses \
                or "pres" in tenses and planned:
            if _PAST_PLAN_BEFORE.search(text, max(0, lo - 80), lo):
                continue  # "Планировалось, что в 2018 году проблема будет решена": said before
            first = _SPAN_START.search(text, lo, match.start())  # "в 2019–2021 годах получат"
            year = int(first.group(1)) if first is not None else year
            before.append(year - (1 if late_in_year and "futr" in tenses
                                  and not _inside_the_year(text, lo, match.start(), rules) else 0))
        elif tenses == {"pres"}:
            now.append(year)
        elif not tenses and not planned and _tenses(text, lo, hi, frozenset()) == {"past"}:
            # "заявлял Трамп в октябре 2016 года": only a verb of speech, and it is past
            inside = rules.year_in_progress.search(text, lo, match.start())
            after.append(year + (0 if inside else over))
        elif not tenses and lead is None and _DAY_OF.search(text, lo, match.start()) \
                and not any(_PLANNED.match(word) for word in words):
            after.append(year)  # "прошедших 24 сентября 2017 года", "(18 сентября 2017 г.)"
    return after, now, before


# a clause of a plan or an expectation in the past right before ("Планировалось, что …",
# "ожидалось, что …"): its future tense is the future of then, not of the time of writing
_PAST_PLAN_BEFORE = regex.compile(r"(?:планировал|предполагал|ожидал|намечал|рассчитывал|обещал)"
                                  r"\w*\s*,\s*(?:что|чтобы)?\s*$", regex.IGNORECASE)
# the first year of a span ending at the year matched: "в 2019–2021 годах", "с 2019 по 2025 годы"
_SPAN_START = regex.compile(r"(?<![\d.,])((?:19|20)\d{2})\s*(?:[-–—]|по)\s*$", regex.IGNORECASE)
# a day and month right before a year: "24 сентября 2017 года" names a day that has come, unless
# a verb of plan or a participle of plan ("намеченных", "предстоящих") says it is still ahead
_DAY_OF = regex.compile(r"(?<![\d.])\d{1,2}\s+(?:января|февраля|марта|апреля|мая|июня|июля|"
                        r"августа|сентября|октября|ноября|декабря)\s+$", regex.IGNORECASE)
_PLANNED = regex.compile(r"(?:за)?(?:планир|намеч|предсто|будущ|ожида|прогноз)\w*|мож\w*|должн\w*",
                         regex.IGNORECASE)


_CLAUSE_WORD = regex.compile(r"[^\W\d_]{3,}")
# the noun of a forecast or a plan: the years of its clause are its term
_FORECAST_NOUN = regex.compile(r"прогноз\w*|план(?:а|у|ом|е|ы|ов|ам|ами|ах)?", regex.IGNORECASE)
# "с 2018 года", "с 1 января 2018 года": the onset of a whole year
_START_OF_YEAR = regex.compile(r"со?\s+(?:1\s+января\s+)?", regex.IGNORECASE)
_WORD_BEFORE_YEAR = regex.compile(r"(?<!\w)([^\W\d_]+)\s+$")
# events and plans named by their year ("Олимпиада 2014 года", "выборы 2018 года", "бюджет 2019
# года", "стратегия 2030 года"; a level "значения 2005 года"): the year is when the event, the plan
# or the level is, not when the clause's verb happens ("стала самым скачиваемым сериалом 2016 года"
# still dates its clause)
_NAMED_BY_YEAR = regex.compile(r"(?:(?:олимпиад|паралимпиад|универсиад|чемпионат|первенств|выбор|"
                               r"саммит|форум|выставк|бюджет|программ|стратеги|концепци|прогноз|"
                               r"уровн|значени|показател)\w*"
                               r"|куб(?:ок|ка|ке|ку|ком)|игр(?:ы|ам|ах|ами)?|экспо"
                               r"|план(?:а|у|ом|е|ы|ов|ам|ах)?)", regex.IGNORECASE)


def _object_of_verb(text: str, lo: int, start: int) -> bool:
    """'провожать 2019 год и встречать 2020 год': a year right after a verb, with no preposition,
    is its object; when the verb happens it does not say."""
    before = _WORD_BEFORE_YEAR.search(text, lo, start)
    return before is not None and word_info(before.group(1)).pos in ("INFN", "VERB")


def _names_a_thing(text: str, lo: int, start: int) -> bool:
    """'под зимнюю Олимпиаду 2014 года', 'проект бюджета 2018 года': a year in the genitive right
    after the noun of an event or a plan names the event, and after a level ('превысит значения
    2005 года', 'уровня 2013 года') names the base of a comparison; it says nothing of when the
    clause's verb happens."""
    before = _WORD_BEFORE_YEAR.search(text, lo, start)
    return before is not None and bool(_NAMED_BY_YEAR.fullmatch(before.group(1)))
# the preposition right before a clause's year (a month, "начала", "конца" between): "к 2023 году",
# "до конца 2018 года", "вплоть до начала 2030 года", the term of a plan "на 2017—2019 годы" name a
# horizon; "с 2015 года", "с начала 2016 года" an onset
_YEAR_LEAD = regex.compile(r"(?<!\w)(?:(?:(?P<horizon>к|до)|(?P<onset>со?|после))\s+(?:(?:начал|конц|середин|"
                           r"окончани)\w*\s+)?(?:[^\W\d_]+\s+)?(?:\d{1,2}\s+[^\W\d_]+\s+)?"
                           r"|(?P<horizon>на)\s+(?:(?:19|20)\d\d\s*[-—–]\s*)?)$", regex.IGNORECASE)


# "по сравнению с 2017 годом", "в сравнении с 2016-м": the year a figure is compared with
_COMPARED_WITH = regex.compile(r"(?<!\w)(?:по\s+сравнению|в\s+сравнении)\s+со?\s+[^\d]{0,40}$",
                               regex.IGNORECASE)
# "в 2018 году не исключает возвращения инфляции к цели": an expectation, like a verb of plan
_NOT_RULED_OUT = regex.compile(r"исключа\w*", regex.IGNORECASE)
_END_OF = regex.compile(r"\s*конц", regex.IGNORECASE)  # "к концу 2017 года"


def _point(period: PeriodMention) -> bool:
    """A point date ("на 1 января 2017 года"), the day a stock was counted."""
    return period.period_start is not None and period.period_start == period.period_end


# A count of people or things ("1 млн 233 тыс. семей", "2,43 млн"), not a share, a rate or a sum:
# a stock counted at the point date of the data in force, which the present tense goes on
# describing ("По данным на 1 января 2017 года семей было 1,57 млн. ¶ Троих детей воспитывают
# 1,23 млн семей").
_COUNT_UNITS = frozenset({None, "person", "item"})


def _tenses(text: str, start: int, end: int, speech: frozenset[str]) -> set[str]:
    """The tenses of the finite verbs of text[start:end], verbs of speech aside ("…, считают
    эксперты" does not make a report present)."""
    return {tense for tense, _ in _finite_verbs(text, start, end, speech)}


def _present_lemmas(text: str, start: int, end: int, speech: frozenset[str]) -> set[str]:
    """The lemmas of the present-tense finite verbs of text[start:end], verbs of speech aside."""
    return {lemma for tense, lemma in _finite_verbs(text, start, end, speech) if tense == "pres"}


def _finite_verbs(text: str, start: int, end: int, speech: frozenset[str]):
    """(tense, lemma) of each finite verb of text[start:end] that is no verb of speech."""
    for word in _CLAUSE_WORD.finditer(text, start, end):
        tense = _tense(word.group())
        if tense is not None:
            lemma = word_info(word.group()).lemma
            if lemma not in speech:
                yield tense, lemma


@lru_cache(maxsize=WORDS_REMEMBERED)
def _tense(word: str) -> str | None:
    """The tense of a finite verb form, None for any other word: read once per form (the
    tenses of a sentence are asked by several rules, and the same verbs recur)."""
    info = word_info(word)
    if info.pos != "VERB":
        return None
    for tense in ("past", "pres", "futr"):
        if tense in info.tag:
            return tense
    return None


class DatingRules:
    """The period rules of _SentenceView: the period a figure is for, from its sentence or
    carried from before."""

    # period ---------------------------------------------------------------------------

    def _period(self, q: Quantity, state: _DocState, fired: list[str]) -> PeriodMention | None:
        inside = [m for m in self.periods for s, e, kind in self.comparisons
                  if s <= q.start < e and s <= m.start < e and kind == "paren"
                  and m.kind in ("explicit", "anaphoric") and m.period_start is not None]
        base = self._base_before_bracket(q)
        if base is not None:
            fired.append("ctx.period_of_base")
            return base
        span = self._span_of_levels_after(q)
        if span is not None:
            fired.append("ctx.period_span_of_levels")
            return span
        own = self._nearest(q, inside) or self._labelled_after(q)
        if own is not None:  # "(после 7,1% в 2016-м, 15,5% в 2015-м)"; "(на 5% больше 2018 года)"
            fired.append("ctx.period_in_parenthesis")  # is a base, not the figure's period
            return own
        respective = self._respective_years.get(q.start)
        if respective is not None:  # "в 2019 и 2020 годах … 0,9 и 0,8% соответственно"
            fired.append("ctx.period_respective")
            return respective
        usable = [m for m in self.periods if m.period_start is not None
                  and m.kind in ("explicit", "anaphoric")
                  and not _inside(m.start, self.comparisons) and not self._founding(m)]
        undated = [m for m in self.periods if m.kind == "undated"
                   and not (m.rule == "period.habitual" and usable)]  # "К 2030 году … ежегодно"
        own = self._nearest(q, sorted(usable + undated, key=lambda m: m.start) if undated
                            else usable)
        if (own is None or own.kind == "undated") and self._year_over_a_year(state):
            fired.append("ctx.period_over_a_year")  # §6.5 (a)
            return state.period
        if own is not None and own.kind == "undated":
            fired.append("ctx.period_undated")  # "На сегодняшний день … 1 млн, а до конца года …"
            return None
        if own is not None and self._level_before_target(q, own):
            fired.append("ctx.period_level_before_target")
            return None  # "к 2027 году доля сократится с 40% до 28%": 40% is today's level
        if own is not None:  # "… составило 5 тыс. в 2022 году", with no other figure in between
            fired.append("ctx.period_in_sentence")
            return self._level_reached_by(q, own, fired)
        if any(m.kind == "explicit" and self._founding(m) for m in self.periods):
            fired.append("ctx.period_founding")
            return None  # "В марте был подписан указ о повышении пенсий на 1,5%."
        if q.unit in DURATION_UNITS and not self._average_duration(q):
            return None  # "пенсионный возраст 60 лет": an age or a term holds for no period
        if any(m.kind == "undated" for m in self.periods):
            fired.append("ctx.period_undated")
            return None  # "сейчас ставка 9%": now, with no date to give
        a_count = state.period is not None and _point(state.period) \
            and q.unit in _COUNT_UNITS and self._data_as_of(state)
        if state.period is not None and self._ended_for(state) and not a_count \
                and self.sentence.paragraph != state.period_paragraph and self._not_past \
                and not self.ctx.parent_markers.search(self.view.text, self.sentence.start, q.start):
            fired.append("ctx.period_not_carried")
            return None  # "В 1990 году доля была 11%. ¶ В США насчитывается 2400 участков."
        if state.period is not None and self._general_present and not a_count \
                and (state.period_past or self._stated_by_past_speech(state)) \
                and not self.ctx.parent_markers.search(self.view.text, self.sentence.start, q.start):
            fired.append("ctx.period_general_present")
            return None  # "В 2018 году … 9%. Мигранты оплачивают патенты за 60% месяцев."
        if state.period is not None and self._background_present(q) and not a_count \
                and (state.period_past or self._stated_by_past_speech(state)):
            fired.append("ctx.period_background_present")
            return None  # "В 2016 году … 12 млн. И это притом, что пенсия составляет 1,5 тыс. грн"
        if state.period is not None and self.rules.periods.standing_target.search(
                self.view.text, max(self.sentence.start, q.start - 40), q.start) is not None:
            fired.append("ctx.period_standing_target")
            return None  # "В 2017 году инфляция замедлилась до 2,5%, ниже таргета в 4%."
        if state.period is not None and self.sentence.paragraph != state.period_paragraph \
                and not self._past and self.rules.periods.estimate_lead.search(
                    self.view.text, self.sentence.start, q.start) is not None:
            fired.append("ctx.period_timeless_estimate")
            return None  # "В январе … 2%. ¶ По оценкам экспертов, в стране 4 млн мигрантов."
        if state.period is not None and state.period_target and not self._plan:
            fired.append("ctx.period_not_carried")
            return None  # "К 2024 году построят 400 млн кв. м. Путин поставил задачу …"
        if state.period is not None and state.period_past and "futr" in self._verb_tenses \
                and "past" not in self._verb_tenses \
                and whole_year(state.period) \
                and (self._over(state.period) or _YEAR_DIGITS.search(state.period.text)) \
                and not self.ctx.parent_markers.search(self.view.text, self.sentence.start, q.start):
            fired.append("ctx.period_not_carried_to_forecast")
            return None  # "В 2014 году размещение дало $25 млрд. Размещение Aramco даст $100 млрд."
        if state.period is not None and state.period_forecast \
                and self.sentence.paragraph != state.period_paragraph and not self._past:
            fired.append("ctx.period_not_carried")
            return None  # "В 2025 году нагрузка составит 800. ¶ Россия отстает в 2–3 раза."
        if state.period is not None and not whole_year(state.period) and self._over_a_year:
            fired.append("ctx.period_over_a_year")
            return None  # "В 2011–2013 годах … ¶ Инфляция снизилась за год с 9,8 до 5,5%"
        if state.period is not None and self.sentence.paragraph != state.period_paragraph \
                and self._plan and not state.period_plan:
            fired.append("ctx.period_not_carried")
            return None  # "… в 2019 году. ¶ Также правительство обсудит распределение 12 млрд"
        if state.period is not None and state.period_paused is state.period and not self._past:
            fired.append("ctx.period_not_carried")
            return None  # "… насчитывается 2400 участков. ¶ В 700 из них сосредоточены …"
        if state.period is not None and self._future(state.period) and self._says_what_is \
                and not self.ctx.parent_markers.search(self.view.text, self.sentence.start, q.start):
            fired.append("ctx.period_not_carried_from_future")
            return None  # "В 2022 году построят 60 ВЭУ. Пока доля ВИЭ составляет 0,05%."
        if state.period is not None and self._far_future(state.period) \
                and self._verb_tenses == {"past"}:
            fired.append("ctx.period_not_carried_from_future")
            return None  # "… чтобы к 2050 году добыча составляла 30%. Погибли 12 человек."
        if state.period is not None and state.period_paragraph is not None \
                and self._prose_between(state.period_paragraph) \
                and not self.ctx.parent_markers.search(self.view.text, self.sentence.start, q.start):
            fired.append("ctx.period_not_carried_past_prose")
            return None  # "В 2017 году … 2 млрд. ¶ <on the law, no figures> ¶ Так, … 90 тыс. рублей"
        if state.period is not None and not whole_year(state.period) \
                and not (state.period_forecast or state.period_plan) and self._future_clause(q):
            fired.append("ctx.period_not_carried_to_future")
            return None  # "В январе цены выросли на 2%. Тарифы вырастут на 5%."
        if state.period is not None:
            fired.append("ctx.period_carried")
        return state.period

    def _future_clause(self, q: Quantity) -> bool:
        """Is the verb that governs the figure in the future tense ("будет", "составит",
        "вырастет")? The finite verbs of its clause, else (a clause without one, "а число — до
        10 млн") of its sentence, all in the future. A month, a quarter or a span reported before
        does not reach a forecast; a whole year does (annotation §6.1)."""
        text, sentence = self.view.text, self.sentence
        lo, hi = _clause_bounds(text, q.start, q.end, sentence.start, sentence.end)
        tenses = _tenses(text, lo, hi, self.ctx.speech) or self._verb_tenses
        return tenses == {"futr"}

    def _ended_for(self, state: _DocState) -> bool:
        """May a sentence of a later paragraph in the present or future tense not take the
        period in force (annotation §6.1)? A span that ended before the year of the text: a
        present tense cannot report it, whatever the tense it was stated in ("В 2016 году … ¶
        По данным ВОЗ, питание составляет 50%"). A point date or the past year of a sentence in
        the past only when that sentence reported in the past: "на 1 января 2017 года … ¶ В
        стране проживает 12 тысяч" goes on with the same count."""
        period = state.period
        point = period.period_start is not None and period.period_start == period.period_end
        if self._over(period) and not point and not state.period_past:
            return not self._refers_back()
        return state.period_past and (point or self._over(period))

    def _stated_by_past_speech(self, state: _DocState) -> bool:
        """Was the period in force stated in a sentence whose only finite verbs are verbs of
        speech, all in the past ("Она напомнила, что на референдуме в июне 2016 года 62%
        заявили …")? It reported a past event as surely as a sentence in the past tense. Not a
        period named from the time of writing, which the present tense may go on reporting ("в
        текущем году возбуждено 29 тыс. дел, сообщил он. «Исполняемость составляет 72%»")."""
        if state.period.rule == "period.relative_year":
            return False
        sentence = self._stating_sentence(state)
        return sentence is not None \
            and not _tenses(self.view.text, sentence.start, sentence.end, self.ctx.speech) \
            and _tenses(self.view.text, sentence.start, sentence.end, frozenset()) == {"past"}

    def _stating_sentence(self, state: _DocState) -> Sentence | None:
        start = state.period.start
        return next((s for s in self.view.sentences if s.start <= start < s.end), None)

    def _data_as_of(self, state: _DocState) -> bool:
        """Was the point date in force stated as the date of a body of data ("По данным на 1
        января 2017 года …", "по состоянию на …", "По данным ведомства, на 1 ноября …")? The
        counts that follow in the present tense describe the same data."""
        sentence = self._stating_sentence(state)
        pattern = self.rules.periods.data_as_of
        return sentence is not None and pattern is not None \
            and pattern.search(self.view.text, sentence.start, sentence.end) is not None

    def _refers_back(self) -> bool:
        """Does the sentence take up what was said before by a third-person or demonstrative
        pronoun before its first figure ("Их доля достигает 25%", "этот показатель")? It goes
        on with the same report. ("… 35 из которых осуществляют его экспорт" refers inside.)"""
        for word in WORD.finditer(self.view.text, self.sentence.start, self.quantities[0].start):
            info = word_info(word.group())
            if (info.pos == "NPRO" and "3per" in info.tag) or ("Apro" in info.tag and info.lemma
                                                             in ("этот", "тот", "такой")):
                return True
        return False

    def _prose_between(self, since: int) -> bool:
        """Is there a paragraph of prose without a figure (rules.periods.prose_paragraph) after
        the paragraph `since`, that stated the period in force, and before this sentence's?"""
        least = self.rules.periods.prose_paragraph
        return any(since < paragraph < self.sentence.paragraph and length >= least
                   for paragraph, length in self.view.paragraphs_without_figures)

    def _level_before_target(self, q: Quantity, period: PeriodMention) -> bool:
        """'К 2027 году доля сократится с 40% до 28%', 'доход дорастёт до $12 900 против нынешних
        $8 100 к 2027 году', 'увеличить число кораблей с 272 до 350 к 2030 году': in a forecast or
        a plan whose period is a horizon ('к', 'до' + a year), the old level after 'с' (with a
        new level after 'до') or the base after 'против' is the level the change starts from, of
        today, not of the year the target is for (annotation §6.1, §6.12)."""
        text = self.view.text
        if period.kind != "explicit" or not (self._plan or "futr" in self._verb_tenses):
            return False
        lead = _LEVEL_LEAD.search(text, self.sentence.start, q.start)
        if lead is not None and lead.group("word").lower() != "до":
            return bool(_FROM_TO.match(text, q.end)) and (self._horizon(period)
                                                           or self._verb_tenses == {"futr"})
        return self._horizon(period) and bool(_VERSUS_LEAD.search(text, self.sentence.start, q.start))

    def _level_reached_by(self, q: Quantity, period: PeriodMention, fired: list[str]
                          ) -> PeriodMention:
        """'К 1942 году число жителей сократилось до 622 тыс., к 1943 году – до 546 тыс.': 'к' + a
        year, then a verb in the past tense (or a dash alone, its verb left out) and the new
        level after 'до' of a stock counted at a point ('число', 'количество': stock_words in
        rules/periods.yaml): the point the level was reached by, the start of that year, not the
        whole year. A yearly flow ('приток к 2009 году вырос до $2,5 млрд') keeps its year; so
        does a forecast ('к 2030 году вырастет до 700 тыс.') or a target ('говорил о
        необходимости увеличения к 2030 году до 80 лет') keeps its year (part G NOTES 3), and so
        does a level with no change to it ('к 1944-му её уровень (17%) оказался ниже') and the
        amount of a change ('на 5%', 'в 2 раза')."""
        text = self.view.text
        change = bool(_TIMES.match(text, q.end) or _CHANGE_QUOTE.search(text[q.start:q.end])
                      or _AMOUNT_LEAD.search(text, self.sentence.start, q.start))
        if change and period.rule == "period.year_end" and period.period_start is not None \
                and period.period_start == period.period_end \
                and (period.period_end.month, period.period_end.day) == (12, 31) \
                and any(word_info(word.group()).lemma in self.rules.periods.change_lemmas
                        for word in _CLAUSE_WORD.finditer(text, self.sentence.start, q.start)) \
                and not self.rules.periods.stock_at_point.search(text, self.sentence.start, q.start):
            # "зарплата снизится к концу 2015 года на 9,6%": a change over that year is the year;
            # a level reached by then stays the point (annotation §6.12, first item), and so does
            # the change of a stock ("объём кредитов сократился на 40%", §6.5 b)
            fired.append("ctx.period_change_by_year_end")
            year = period.period_end.year
            return replace(period, period_start=date(year, 1, 1))
        if not whole_year(period) or period.period_start.year != period.period_end.year \
                or not _BY_YEAR.search(text, max(self.sentence.start, period.start - 3),
                                       period.end) \
                or "past" not in self._verb_tenses or "futr" in self._verb_tenses \
                or self._plan_word or change or period.end > q.start \
                or not self.rules.periods.stock_words.search(text, self.sentence.start, q.start) \
                or not (_LEVEL_LEAD.search(text, period.end, q.start) or _TO_QUOTE.match(
                    text, q.start, q.end)) or not (_ELLIPTIC_TO.fullmatch(text, period.end, q.start)
                                                   or "past" in _tenses(text, period.end, q.start,
                                                                        self.ctx.speech)):
            return period
        fired.append("ctx.period_reached_by")
        return replace(period, period_end=period.period_start)

    def _level_in_span(self, index: int, period: PeriodMention | None,
                       fired: list[str]) -> PeriodMention | None:
        """'с 2012 по 2017 год зарплата выросла на 65,6% до 56,4 тыс.', 'за это время (с 2004 года)
        безработица снизилась с 3,5% до 0,4%': over a span of years, the old level after 'с' is of
        its first year and the new level after 'до' of its last; the change itself keeps the span.
        Between two points ('с января 2016-го по январь 2017 года число увеличилось на 923 и
        достигло 15 704'), the change ('на', 'в N раз') spans them, an old level after 'с' is at
        the first point, and any other figure is the level reached, at the later point; so too
        from the start of a month to the end of another ('с января до конца сентября сало
        подорожало на 15%, до 60 гривен': 60 гривен on 30 September)."""
        if period is not None and period.rule in ("period.month_points", "period.months_to_end",
                                                  "period.change_span"):
            return self._level_at_point(index, period, fired)
        if period is not None and whole_year(period) \
                and period.period_start.year == period.period_end.year:
            return self._old_level_of_year(index, period, fired)
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

    def _old_level_of_year(self, index: int, period: PeriodMention, fired: list[str]
                           ) -> PeriodMention:
        """'В 2017 году пенсии выросли на 7,4%, с 12,4 до 13,3 тыс. руб.': in one year's change,
        the old level after 'с' is of the year before."""
        q, text = self.quantities[index], self.view.text
        lead = _LEVEL_LEAD.search(text, self.sentence.start, q.start)
        if lead is None or lead.group("word").lower() not in ("с", "со") \
                or not _FROM_TO.match(text, q.end) \
                or not self.rules.periods.change_verb.search(text, self.sentence.start, q.start):
            return period
        year = period.period_start.year - 1
        fired.append("ctx.period_old_level")
        return replace(period, period_start=date(year, 1, 1), period_end=date(year, 12, 31))

    def _level_at_point(self, index: int, period: PeriodMention, fired: list[str]
                        ) -> PeriodMention:
        q, text = self.quantities[index], self.view.text
        quote = text[q.start:q.end]
        if _CHANGE_LEAD.search(text, self.sentence.start, q.start) or _TIMES.match(text, q.end) \
                or _CHANGE_QUOTE.search(quote):
            return period  # "увеличилось на 923 человека", "выросло в 1,5 раза"
        lead = _LEVEL_LEAD.search(text, self.sentence.start, q.start)
        point = period.period_start if lead is not None and lead.group("word").lower() in (
            "с", "со") and _FROM_TO.match(text, q.end) else period.period_end
        fired.append("ctx.period_level_at_point")
        return replace(period, period_start=point, period_end=point)

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

    def _future(self, period: PeriodMention) -> bool:
        """A period that begins after the year the text is of: the term of a forecast or a plan.
        The next year of a text dated in December is the one its budget is adopted for, and the
        present tense speaks of it ("бюджет на 2019 год … 63,8 млрд рублей — это объём расходов")."""
        year = self.view.reference_year
        if year is not None and _late_in_year(self.view.text, self.rules.periods):
            year += 1
        return year is not None and period.period_start is not None \
            and period.period_start.year > year

    def _far_future(self, period: PeriodMention) -> bool:
        """A period that begins later than the year after the text's: a horizon ("к 2050 году"),
        which no report in the past tense is of. (The next year may be: "бюджет на 2019 год …
        при доработке доходы увеличились".)"""
        year = self.view.reference_year
        return year is not None and period.period_start is not None \
            and period.period_start.year > year + 1

    @cached_property
    def _says_what_is(self) -> bool:
        """Does the sentence say what is now ('составляет', 'выбрасывает', 'получается'): finite
        verbs in the present alone and no word of plan? It is not about a year still to come. (A
        sentence in the past may be: 'бюджет на 2021 год … При доработке доходы увеличились'.)"""
        return self._verb_tenses == {"pres"} and not self._plan_word

    @cached_property
    def _not_past(self) -> bool:
        """Are the finite verbs of the sentence all in the present or the future (a general
        statement, a plan, a forecast)? A sentence without one ("в 2017 году — 7%") is not."""
        return bool(self._verb_tenses) and "past" not in self._verb_tenses

    def _average_duration(self, q: Quantity) -> bool:
        """'продолжительность жизни составила 72,7 года', 'срок поиска работы — 7,4 месяца': a
        duration with a fraction is an average, a statistic of the period in force; a whole one
        ('пенсионный возраст 60 лет', 'срок три года') is an age or a term. Not the old level
        of a change ('с 66,5 до 67,5 года'), which is of the period before."""
        if q.value == int(q.value) or q.qualifier not in ("exact", "approx"):
            return False
        lead = _LEVEL_LEAD.search(self.view.text, self.sentence.start, q.start)
        return lead is None or lead.group("word").lower() == "до"

    def _all_in_one_parenthesis(self) -> bool:
        """'Спад доходов продолжается (–0,8% за январь–октябрь 2017 года). В Крыму они выросли
        на 14%': a sentence whose only figures stand in one bracket with their period reports
        that period, which goes on as a period said in the sentence itself would."""
        first, last = self.quantities[0], self.quantities[-1]
        return any(kind == "paren" and start <= first.start and last.end <= end
                   for start, end, kind in self.comparisons)

    def _year_over_a_year(self, state: _DocState) -> bool:
        """'В 2018 году долг снизили на 2,5 млрд. ¶ «Это для нас самое главное сегодня, на 2,5
        млрд рублей за год»': "за год" is the calendar year in force (annotation §6.5 a), even
        beside a "сегодня" of another clause. Not the term of a plan or a forecast in a sentence
        in the past: "до 2021 года планируется строительство … ¶ За год субсидия составила 800 тыс.
        рублей" reports a year already over."""
        return state.period is not None and whole_year(state.period) and self._over_a_year \
            and not (self._past and (state.period_target or state.period_plan
                                     or state.period_forecast))

    @cached_property
    def _over_a_year(self) -> bool:
        """Does the sentence say "за год" (annotation §6.5)? Asked for each of its figures."""
        return over_a_year(self.view.text, self.sentence, self.rules)

    @cached_property
    def _verb_tenses(self) -> set[str]:
        """The tenses of the sentence's finite verbs (_tenses), for _not_past, _plan and _past."""
        return _tenses(self.view.text, self.sentence.start, self.sentence.end, self.ctx.speech)

    def _founding(self, mention: PeriodMention) -> bool:
        """'ОЭЗ площадью 2,3 тыс. га создана в 2005 году', 'в марте был подписан указ о
        повышении пенсий на 1,5%': the date of a founding is no period of the sentence's figures
        (dates_a_founding)."""
        return mention.start in self._founding_starts

    @cached_property
    def _founding_starts(self) -> frozenset[int]:
        """Where the sentence's founding dates start, asked once for all its figures."""
        return frozenset(m.start for m in self.periods if m.kind == "explicit" and dates_a_founding(
            self.view.text, self.sentence, m, self.rules, self.quantities))

    @cached_property
    def _general_present(self) -> bool:
        """'Только около 60% мигрантов оплачивают патенты', 'они зарабатывают 60–150 рублей в
        месяц': a sentence in the present tense alone, with no word of plan, whose verbs are not
        all verbs of measure ("составляет", "отмечается") says what holds in general, not the
        figures of a past period reported before it (annotation §6.1). Not a part of the figures
        just reported ("Из них 2 тыс. работают в больницах"), asked by the caller."""
        if self._verb_tenses != {"pres"} or self._plan_word:
            return False
        verbs = _present_lemmas(self.view.text, self.sentence.start, self.sentence.end,
                                self.ctx.speech)
        return bool(verbs - self.rules.periods.measure_verbs)

    def _background_present(self, q: Quantity) -> bool:
        """'И это притом, что средний размер пенсии составляет 1,5 тыс. грн', 'В то время как в
        остальных регионах эта сумма составляет лишь 20 тыс.': a clause of contrast or
        concession (`background_clause` in rules/periods.yaml) before the figure, in a sentence
        in the present tense alone with no word of plan, sets a standing fact against what was
        reported: a general present-tense statement, even with a verb of measure (§6.1)."""
        if self._verb_tenses != {"pres"} or self._plan_word:
            return False
        pattern = self.rules.periods.background_clause
        return pattern.search(self.view.text, self.sentence.start, q.start) is not None

    @cached_property
    def _plan_word(self) -> bool:
        """Does the sentence hold a word of plan ("планируется", "может", "должны")?"""
        return any(self.rules.periods.plan_verb.fullmatch(word.group())
                   for word in _CLAUSE_WORD.finditer(self.view.text, self.sentence.start,
                                                     self.sentence.end))

    @cached_property
    def _plan(self) -> bool:
        """Does the sentence speak of a plan or a forecast: finite verbs in the future only
        ("правительство обсудит распределение"), or a word of plan with none in the past
        ("планируется направить")?"""
        return self._verb_tenses == {"futr"} or "past" not in self._verb_tenses and self._plan_word

    @cached_property
    def _past(self) -> bool:
        """Does the sentence report in the past tense ("доходы бюджета увеличились на 4,2 млрд")?
        After a forecast or a plan for a year, it reports on what was done for that year."""
        return "past" in self._verb_tenses and not self._plan_word

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

    def _span_of_levels_after(self, q: Quantity) -> PeriodMention | None:
        """'сократилась на 44,6% (с 12 032 тыс. в 2005-м до 6668,5 тыс. в 2015 году)',
        'увеличится почти в два раза — с 506 в 2015 году до 967 в 2030 году': a change followed by
        its old level in one year and its new level in another is for the span between them."""
        text = self.view.text
        if not _CHANGE_FIGURE.search(text, max(self.sentence.start, q.start - 4), q.end):
            return None
        lead = _FROM_LEVEL_LEAD.match(text, q.end)
        if lead is None:
            return None
        years = [m for m in self.periods if m.start >= lead.end() and whole_year(m)
                 and m.period_start.year == m.period_end.year]
        if len(years) < 2:
            return None
        first, last = years[0], years[1]
        between = [o for o in self.quantities if lead.end() <= o.start < last.start]
        if len(between) != 2 or not (between[0].start < first.start < between[1].start) \
                or not _TO_LEVEL_BETWEEN.search(text, first.end, between[1].end) \
                or last.period_start <= first.period_end:
            return None
        return replace(first, period_end=last.period_end)

    def _new_level_period(self, q: Quantity, last: PeriodMention,
                          mentions: list[PeriodMention]) -> PeriodMention | None:
        """'сократились с 4,7% ВВП в 2016 году до 3% ВВП в 2018-м', 'вырастет с 4,4 кг на
        человека в 2015 году до 5,8 кг на человека к 2030 году': when the old level after 'с' has
        its period after it, the new level after 'до' has the one after it too, even with the
        words of its unit in between."""
        text = self.view.text
        if not _TO_AFTER_PERIOD.fullmatch(text, last.end, q.start) and not (
                _GAP_ONLY.fullmatch(text, last.end, q.start)
                and text[q.start:q.end].lower().startswith("до ")):
            return None
        if not _FROM_BEFORE.search(text, max(self.sentence.start, last.start - 60), last.start):
            return None
        return next((m for m in mentions if q.end < m.start <= q.end + 40
                     and _UNIT_WORDS_THEN_PREPOSITION.fullmatch(text, q.end, m.start)
                     and not any(q.end <= o.start < m.start for o in self.quantities)), None)

    def _labelled_after(self, q: Quantity) -> PeriodMention | None:
        """'более 46 млрд долл. экспортных доходов (2010 год) и 182 млрд долл. валютных резервов
        (2012 год)': a bracket that holds nothing but a period, after the figure's words with no
        other figure or clause between, labels that figure with its period."""
        text = self.view.text
        return next((m for m in self.periods if m.kind == "explicit" and m.period_start is not None
                     and m.start > q.end and _LABEL_GAP.fullmatch(text, q.end, m.start)
                     and _LABEL_END.match(text, m.end)), None)

    def _nearest(self, q: Quantity, mentions: list[PeriodMention]) -> PeriodMention | None:
        """The one right after the figure ("0,3% в январе", "6,3% в 2021 году и 2,9% в 2020
        году"), else the last of `mentions` before it, else the first after it with no other
        figure in between."""
        text = self.view.text
        right_after = next((m for m in mentions if q.end <= m.start <= q.end + 30 and (
            _SPACE_PREPOSITION.fullmatch(text, q.end, m.start)
            or _HORIZONTAL_SPACE.fullmatch(text, q.end, m.start)
            and _PERIOD_PREPOSITION.match(m.text))), None)
        before = [m for m in mentions if m.end <= q.start]
        if right_after is not None and not (_TOWARDS.match(text, q.end) and any(
                m.period_start is not None and right_after.period_end is not None
                and m.period_start > right_after.period_end for m in before)):
            return right_after  # "до 8952 тыс. к 2030 году"; not "в 2023 году … на 12% к 2022 году"
        if before:
            parallel = self._new_level_period(q, before[-1], mentions)
            return parallel if parallel is not None else before[-1]
        return next((m for m in mentions if m.start >= q.end and m.rule != "period.then"
                     and not self._horizon_of_a_later_figure(q, m)
                     and not any(q.end <= other.start < m.start
                                 and not (_VERSUS_LEAD.search(text, q.end, other.start)
                                          and self._horizon(m))
                                 for other in self.quantities)),
                    None)  # "тогда" names the time of what follows it, not of a figure before;
        # a base after "против" between the figure and a horizon is no figure of its own ("до
        # $12 900 против нынешних $8 100 к 2027 году"; not "до 5,5% против 6,5% за 2016 год");
        # a horizon in a later clause is the term of that clause's plan ("будет создано 3 тыс.
        # рабочих мест, грузопоток к 2024 году составит 500 тыс. тонн")

    def _horizon_of_a_later_figure(self, q: Quantity, mention: PeriodMention) -> bool:
        """'будет создано 3 тыс. рабочих мест, грузопоток к 2024 году составит 500 тыс. тонн': a
        horizon in a later clause that has a figure of its own after it is the term of that
        figure ('освободить 1 млн кв. м, благодаря переносу линий к 2022 году' is of the one
        before)."""
        text = self.view.text
        if not self._horizon(mention) or not _CLAUSE_BREAK.search(text, q.end, mention.start):
            return False
        end = _CLAUSE_BREAK.search(text, mention.end, self.sentence.end)
        clause_end = end.start() if end else self.sentence.end
        return any(mention.end <= other.start < clause_end for other in self.quantities)

    def before_a_later_horizon(self, q: Quantity) -> bool:
        """'оценило инвестиции в 5,5 трлн рублей, к 2050 году они могут вырасти до 13,5 трлн': the
        figure is followed in its sentence by the horizon of a later clause's figure, which is no
        period of its own, nor one it waits for (annotation §6.27)."""
        return any(m.start >= q.end and self._horizon_of_a_later_figure(q, m)
                   for m in self.periods)

    def _horizon(self, mention: PeriodMention) -> bool:
        """Is `mention` the horizon of a forecast or a plan: 'к 2027 году', 'до 2030 года'?"""
        return bool(_HORIZON_START.match(mention.text)
                    or _HORIZON_BEFORE.search(self.view.text, self.sentence.start, mention.start))
