"""Period expressions ("первое полугодие 2024 года", "в январе-сентябре", "на 1 января 2026 года")
normalized to start and end dates."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

import regex

from .grammar import any_of
from .morph import word_info
from .ruleload import Node, need, need_pattern, need_str_list, read_yaml

_FLAGS = regex.IGNORECASE | regex.VERSION0
_YEAR = r"(?:1[89]|20)\d{2}"
# "этого года", "в прошлом году": one year; "за эти годы", "в прошлые годы" name no year
_ONE_YEAR = r"год(?:а|у|ом)?(?!\w)"


@dataclass(frozen=True, slots=True)
class PeriodMention:
    start: int
    end: int
    text: str
    period_start: date | None
    period_end: date | None
    kind: str  # explicit | anaphoric (the period already in force) | onset ("с 2019 года")
    #            | undated ("сейчас": no date to give, and the period in force ends)
    #            | base ("выросла с 2016 года": what a change is measured from)
    rule: str


@dataclass(frozen=True)
class Hinted:
    """A pattern tried only on texts that hold one of the plain strings it needs (`requires`,
    tested on the lower-cased text): `regex` would otherwise try it at every word of every
    sentence, which costs far more than the standard library's scan for a few strings."""

    pattern: regex.Pattern[str]
    requires: re.Pattern[str] | None

    def finditer(self, text: str, lowered: str):
        if self.requires is not None and not self.requires.search(lowered):
            return iter(())
        return self.pattern.finditer(text)


@dataclass(frozen=True)
class PeriodRules:
    months: tuple[tuple[str, int], ...]
    ordinals: dict[str, int]
    counts: tuple[tuple[str, int], ...]
    relative: tuple[tuple[str, int], ...]
    patterns: tuple[tuple[str, regex.Pattern[str], str], ...]  # rule, pattern, what it needs
    # what each pattern needs in the sentence (a month's name, a year, …): most sentences lack
    # most of these, and a cheap test spares the pattern
    needs: dict[str, Need]
    anaphoric: Hinted
    anaphoric_year: regex.Pattern[str]  # "в том году": the calendar year of the period in force
    same_period: regex.Pattern[str]
    undated: Hinted
    habitual: regex.Pattern[str]  # "ежегодно": undated, but a period of its sentence holds
    plan_opening: regex.Pattern[str]  # "Планируется: …": not about the period said before
    earlier_news: regex.Pattern[str]  # "Ранее сообщалось, что …": neither
    comparison_opening: regex.Pattern[str]  # "Для сравнения: в 2012 году …": a contrast period
    poll: regex.Pattern[str]  # "опрос показал …": neither
    change_before: regex.Pattern[str]  # a verb of change right before "с 2016 года"
    change_verb: regex.Pattern[str]  # a verb of change anywhere ("снизился", "повысило")
    base_before: regex.Pattern[str]  # "чем в": a comparison base follows
    percent_to_before: regex.Pattern[str]  # "12% к": a base, if earlier than the period in force
    year_earlier: Hinted
    respectively: re.Pattern[str]  # "… и 6,5% соответственно": figures one to one with years
    # a cheap test on the lower-cased text: may it hold a period at all? (the standard library's
    # engine runs this alternation three times faster than `regex` with IGNORECASE)
    trigger: re.Pattern[str]
    heading_word: regex.Pattern[str]  # a line without one is a credit or a bullet, not a heading
    year_in_progress: regex.Pattern[str]  # "в конце января 2018 года стоила": 2018 is not over
    plan_verb: regex.Pattern[str]  # "планируется в 2019 году": a present tense of the future
    over_a_year: regex.Pattern[str]  # "за год": no calendar year of its own (annotation §6.5)
    related_block: regex.Pattern[str]  # "Также по теме": a link to another article follows
    # "составляет", "насчитывается": present verbs that state a measure, which a report of a past
    # period may go on with; any other present verb makes a general statement
    measure_verbs: frozenset[str] = frozenset()
    # "создана в 2005 году": verbs whose date is the founding of a thing, an event
    founding_verbs: frozenset[str] = frozenset()
    # a paragraph of prose at least this long without a figure ends the period carried over it
    prose_paragraph: int = 150
    # "количество жителей": a count of a stock, whose level reached "к 1942 году" is at a point
    stock_words: regex.Pattern[str] | None = None
    seasons: tuple[tuple[str, int], ...] = ()  # "летом": the season's first month
    # "рекордные за последние восемь лет": a rank of the value, not an undated span
    rank_before: regex.Pattern[str] | None = None
    # "тогда", "в те годы": the time named last before it (see _then)
    then_anaphor: Hinted | None = None
    then_condition: regex.Pattern[str] | None = None
    data_as_of: regex.Pattern[str] | None = None  # "по данным на 1 января": the date of data
    background_clause: regex.Pattern[str] | None = None  # "притом что …": a standing fact
    standing_target: regex.Pattern[str] | None = None  # "ниже таргета в 4%": a standing goal
    estimate_lead: regex.Pattern[str] | None = None  # "по оценкам экспертов": a timeless estimate
    # "чемпион мира по борьбе 2014 года": a year that is part of a person's title, no period
    titled_year: regex.Pattern[str] | None = None
    # "ребенок 2017 года рождения", "дом 1956 года постройки": a year that dates a thing, no period
    object_year: regex.Pattern[str] | None = None
    # "Марины Цветаевой (1892–1941)": a person's years of life, no period
    life_years: regex.Pattern[str] | None = None
    life_years_min: int = 0
    # "САНКТ-ПЕТЕРБУРГ, 28 декабря. /ТАСС/.": the day and month a news text opens with
    dateline: regex.Pattern[str] | None = None
    # "снизится", "вырос": verbs of a change, whose amount "к концу года" is over the year
    change_lemmas: frozenset[str] = frozenset()
    # "объём кредитов", "долг": a stock, whose change to the end of a year is dated by that point
    stock_at_point: regex.Pattern[str] | None = None


def _stem_map(doc: Node, key: str) -> tuple[tuple[str, int], ...]:
    mapping = need(doc, key, dict)
    for stem, number in mapping.items():
        if not isinstance(number, int):
            raise doc.fail(key, f"entry {stem!r} must map to a whole number, got {number!r}")
    return tuple((str(stem), number) for stem, number in mapping.items())


def _month_noun(months: tuple[tuple[str, int], ...]) -> str:
    """A month's noun in any case ("май", "мае", "сентябрём"), ending a word."""
    return "(?:" + "|".join(stem for stem, _ in months) + r")(?:ь|я|е|ю|ем|ём|а|у|ом)?(?!\w)"


def load_period_rules(path: Path) -> PeriodRules:
    doc = read_yaml(path)
    months = _stem_map(doc, "months")
    ordinals = dict(_stem_map(doc, "ordinals"))
    counts = _stem_map(doc, "counts")
    relative = _stem_map(doc, "relative_years")
    seasons = _stem_map(doc, "seasons")
    season = "(?:" + "|".join(stem for stem, _ in seasons) + ")"
    # a month is a whole form of its noun: not "спустили в майну", "маршрут", "августейший"
    month_noun = _month_noun(months)
    month = rf"(?<!\w){month_noun}"
    ordinal = "(?:" + "|".join(sorted(ordinals, key=len, reverse=True)) + r")(?:\w*|-?[ейгм]\w*)"
    rel = "(?:" + "|".join(stem for stem, _ in relative) + r")\w*"
    year = rf"(?:(?P<year>{_YEAR})(?:\s*(?:года|году|год|г\.|г\b))?|(?P<rel>{rel})\s+{_ONE_YEAR})"
    count = "(?:" + "|".join(stem for stem, _ in counts) + r")\w*|\d{1,2}"
    half, quarter = need(doc, "half", str), need(doc, "quarter", str)
    quarter_count, decade_lead = need(doc, "quarter_count", str), need(doc, "decade_lead", str)
    lead, end_of, start_of = (need(doc, key, str) for key in ("months_lead", "end_of", "start_of"))
    year_end_of = need(doc, "year_end_of", str)
    within = r"(?:начале|середине|конце)"  # "в конце апреля — начале мая"
    # "зимой 2017/18", "зимой 2017–2018 годов": a winter across two years
    winter_years = rf"(?P<y1>{_YEAR})\s*[-/]\s*(?P<y2>{_YEAR}|\d{{2}})(?:\s*(?:год\w*|гг?\.))?"
    patterns = (
        # "летом 2017 года", "к весне 1944 года", "к лету 1944-го", "осенью этого года": the three
        # months of the season
        ("period.season", rf"(?<!\w)(?P<season>{season})\s+(?:{winter_years}|{year})"),
        # "сентябрь–апрель 1941–1942 годов", "в октябре – марте 2016/17 года": months running from
        # the first year into the next
        ("period.months_over_years",
         rf"\b(?P<m1>{month})\s*-\s*(?P<m2>{month})\s+(?P<y1>{_YEAR})\s*[-/]\s*"
         rf"(?P<y2>{_YEAR}|\d{{2}})(?:\s*(?:год\w*|гг?\.))?"),
        # "с января 2016-го по январь 2017 года": one month's point in two years, a change
        # between two counts (the first day of that month in each year)
        ("period.month_points",
         rf"\b[сС]\s+(?P<m1>{month})\s+(?P<y1>{_YEAR})(?:-го|\s*(?:года|г\.))?\s+(?:по|до)\s+"
         rf"(?P<m2>{month})\s+(?P<y2>{_YEAR})(?:\s*(?:года|г\.|г\b))?"),
        ("period.months_across_years",  # "в декабре 2023 – январе 2024 года"
         rf"\b(?P<m1>{month})\s+(?P<y1>{_YEAR})(?:\s*(?:года|г\.))?\s*-\s*(?P<m2>{month})\s+"
         rf"(?P<y2>{_YEAR})(?:\s*(?:года|г\.|г\b))?"),
        # "с 2015 года по март 2018 года", "с мая 2015 года по февраль 2016-го", "с 4 апреля
        # 1948 года по декабрь 1951-го", "2016 — сентябрь 2018 года", "с 2015 года до марта 2018
        # года" (not the due date "до марта"): a span that ends with a named month, from the
        # first day of its start (1 January of a bare year) to the end of that month
        ("period.span_to_month",
         rf"(?:\b[сС]\s+(?:(?P<day>\d{{1,2}})\s+)?(?:(?P<m1>{month})\s+)?(?P<y1>{_YEAR})"
         rf"(?:-го|\s*(?:года|г\.))?\s+(?:по|до)\s+"
         rf"|(?<![\d.,/-]|{month}\s+)(?P<y1>{_YEAR})(?:\s*(?:года?|г\.))?\s*-\s*)"
         rf"(?P<m2>{month})\s+(?P<y2>{_YEAR})(?:-го\b|\s*(?:года|г\.|г\b))?"),
        # "с 2015 года до середины 2017-го", "с марта 2015 года по конец 2017 года": a span to
        # the middle or the end of a later year (or of a month of it)
        ("period.span_to_part",
         rf"\b[сС]\s+(?:(?P<day>\d{{1,2}})\s+)?(?:(?P<m1>{month})\s+)?(?P<y1>{_YEAR})"
         rf"(?:-го|\s*(?:года|г\.))?\s+(?:по|до)\s+(?P<part>кон(?:е|)ц|окончани|середин)\w*\s+"
         rf"(?:(?P<m2>{month})\s+)?(?P<y2>{_YEAR})(?:-го\b|\s*(?:года|г\.|г\b))?"),
        # "с января по сентябрь", "январь-сентябрь", "в конце апреля — начале мая" (the months
        # whole, part G NOTES 3), "с января до конца сентября", "с начала года
        # и до конца марта" (from January); "с конца сентября до конца декабря" (from the first
        # point to the second, as period.month_points)
        ("period.month_range",
         rf"(?:\bс\s+(?:(?P<m1>{month})|начала(?:\s+года)?|конца\s+(?P<m0>{month}))\s+(?:и\s+)?"
         rf"(?:по|до)\s+(?:(?:конца|окончания)\s+)?|(?P<m1>{month})\s*-\s*(?:{within}\s+)?)"
         rf"(?P<m2>{month})(?:\s+{year})?"),
        # "за 9 месяцев", "по итогам девяти месяцев 2018 года", "в первые шесть месяцев 2017
        # года", "за 9 мес. 2017 года"
        ("period.months_count",
         rf"\b(?:(?:{lead})\s+(?:перв\w+\s+)?|в\s+перв\w+\s+)(?P<n>{count})\s+(?:месяц\w*|мес\.)"
         rf"(?:\s+{year})?"),
        # "за последний месяц прошлого года", "в последнем квартале 2017 года": the last month,
        # quarter or half of a year that is named
        ("period.last_part", rf"\b(?:за|в|во)\s+последн(?:ий|ем|ее)\s+(?P<part>месяц|квартал|полугоди)"
                             rf"(?:е|и|а)?\s+{year}"),  # one, not "за последние месяцы 2017 года"
        ("period.half", rf"\b(?P<ord>{ordinal})\s+(?:{half})(?:\s+{year})?"),
        ("period.quarter", rf"\b(?P<ord>{ordinal})\s+(?:{quarter})(?:\s+{year})?"),
        # "за три квартала 2018 года", "по итогам трёх кварталов", "за первые два квартала
        # текущего года": the quarters from the first, Q1–Q3 (a count, not "3 квартал", the third)
        ("period.quarters_count",
         rf"(?:\b(?:(?:{lead})\s+|(?:в|во)\s+(?=перв))?(?:перв\w+\s+)?(?P<n>{quarter_count})"
         rf"\s+(?:{quarter})\s+{year}"
         rf"|\b(?:(?:{lead})\s+|(?:в|во)\s+(?=перв))(?:перв\w+\s+)?(?P<n>{quarter_count}|[234])"
         rf"\s+(?:{quarter})(?:\s+{year})?)"),
        ("period.point_date", rf"\bна\s+(?P<day>\d{{1,2}})\s+(?P<m1>{month})(?:\s+{year})?"),
        ("period.point_numeric",
         rf"\bна\s+(?P<day>\d{{1,2}})\.(?P<mm>\d{{1,2}})\.(?P<year>{_YEAR})(?:\s*г\.?)?"),
        # "К 14 ноября средняя цена выросла до 26,76 гривны": the day a level was reached by, in
        # the year of the text when it names none (unlike the day of an event, period.day_of_event)
        ("period.by_day", rf"(?<!\w)[кК]\s+(?P<day>\d{{1,2}})\s+(?P<m1>{month})(?:\s+{year})?"),
        # "к марту 2017-го", "к ноябрю 2016 года": the point a level was reached by (or is to be
        # reached by), the first day of that month (annotation §6.12)
        ("period.by_month", rf"(?<!\w)[кК]\s+(?P<m1>{month})\s+(?:(?P<year>{_YEAR})-го\b|{year})"),
        ("period.month_end", rf"\b(?:(?:{end_of})\s+(?P<m1>{month})(?:\s+{year})?"
                             rf"|(?:{year_end_of})\s+(?P<m1>{month})\s+{year})"),
        ("period.month_start", rf"\b(?:{start_of})\s+(?P<m1>{month})(?:\s+{year})?"),
        ("period.year_end", rf"\b(?:{end_of}|{year_end_of})\s+(?:{year}|года)"),
        ("period.year_start", rf"\b(?:{start_of})\s+(?:{year}|года)"),
        # "с 9 ноября по 30 декабря 2016 года"; "с начала декабря по 7 января 2018 года" (from the
        # first of that month, in the year before when the months run over New Year)
        ("period.day_range", rf"\bс\s+(?:(?P<day>\d{{1,2}})(?:\s+(?P<m1>{month}))?"
                             rf"|начала\s+(?P<m1>{month}))\s+(?:по|до)\s+"
                             rf"(?P<day2>\d{{1,2}})\s+(?P<m2>{month})(?:\s+{year})?"),
        # "выплатят 153 млн рублей до января 2019 года", "погасят до 1 марта 2019 года": the due
        # date of an obligation, no period (annotation §6.12); in the past tense ("выросли до
        # января 2019 года") the year, as before (see context/dating.py, due_day)
        ("period.due_date", rf"(?<!\w)до\s+(?:(?P<day>\d{{1,2}})\s+)?(?P<m1>{month})\s+"
                            rf"(?P<year>{_YEAR})(?:\s*(?:года|г\.|г\b))?"),
        ("period.day_date", rf"\b(?P<day>\d{{1,2}})\s+(?P<m1>{month})(?:\s+{year})?"),
        # "на сентябрь 2017 года" (data as of a month) only with its year: "на май" is a plan;
        # "по итогам сентября 2017 года": that month, as "за сентябрь"
        ("period.month", rf"\b(?:(?:в|во|{lead})\s+(?:(?:начале|середине)\s+)?(?P<m1>{month})(?:\s+{year})?"
                         rf"|на\s+(?P<m1>{month})\s+{year})"),
        # "с марта 2016 года стоимость взлетела": the month a state or a change starts from
        # (an onset, or a base after a verb of change), not the whole year
        ("period.month_since", rf"(?<=(?<!\w)[сС]\s+)(?P<m1>{month})\s+{year}"),
        # "Январь 2018 года стал рекордным", "показатель декабря 2017 года": a month named with
        # its year but no preposition is that month (a whole form of the month's noun, not
        # "майских"; not a day written as a word, "Шестого февраля 2019 года", an event's day)
        ("period.month_named",
         rf"(?<![\w-])(?<!(?:ого|его)\s+)(?P<m1>{month_noun})\s+(?:(?P<year>{_YEAR})(?:-го\b|\s*(?:года|году|год|г\.|г\b))"
         rf"|(?P<rel>{rel})\s+{_ONE_YEAR})"),
        ("period.year_range", rf"\b(?P<y1>{_YEAR})\s*-\s*(?P<y2>{_YEAR})\s*(?:год\w*|гг?\.)"),
        # "в 2015–2016 число браков выросло", "(11 лет, 2003–2014)": a span of years without "годы"
        # (not "2018 - 7 млн", a year's label, period.year_label; not a range of amounts)
        ("period.year_range_bare",
         rf"(?<![\d.,/-])(?P<y1>{_YEAR})\s*-\s*(?P<y2>{_YEAR})(?![\d.,/]|-[хея]|\s*(?:%|"
         rf"(?:руб|долл|евро|тыс|млн|млрд|чел|км|кг|тонн|гг?\.|год)))"),
        # "в 2016/2017 годах", "отопительного сезона-2018/2019": a season across New Year, read as
        # the two calendar years it touches (as "в 2016–2017 годах"); not a school year ("за
        # 2022/2023 учебный год", "в 2015/16" after one), which gives no period (see find_periods)
        ("period.year_slash",
         rf"(?:\b(?P<y1>{_YEAR})\s*/\s*(?P<y2>{_YEAR}|\d{{2}})(?!\d)\s*"
         rf"(?:[^\W\d_]+(?:ом|ого|ый|ий|ые|ых)\s+)?(?:год\w*|гг?\.)"
         rf"|(?:\b(?:в|во|за)\s+|сезон\w*\s*-\s*)(?P<y1>{_YEAR})\s*/\s*(?P<y2>{_YEAR}|\d{{2}})(?![\d/]))"),
        # "в 2019-м и 2020-м", "в 2019 и 2020 годах" (one figure for both): two years running
        ("period.year_pair",
         rf"\b(?P<y1>{_YEAR})(?:-(?:м|го|му))?\s+и\s+(?:в\s+)?(?P<y2>{_YEAR})"
         rf"(?:-(?:м|го|му)\b|\s*(?:год\w*|гг?\.))"),
        # "с 2015 по 2018 год", "с 2015 года до 2018 года": both years whole
        ("period.year_span", rf"\b[сС]\s+(?P<y1>{_YEAR})\s+(?:года\s+)?(?:по|до)\s+(?P<y2>{_YEAR})"
                             r"\s*(?:год\w*|г\.)?"),
        # "в 1980-х годах"; "во второй половине 1940-х годов": the last five years of it
        # "в 1980-х годах"; "во второй половине 1940-х годов": the last five years of it;
        # "1960–1980-е годы": from the first decade to the end of the last
        ("period.decade", r"\b(?:(?P<dhalf>перв|втор)\w*\s+половин\w*\s+)?"
                          r"(?:(?P<dfrom>(?:19|20)\d)0(?:-[хе])?\s*-\s*)?(?P<decade>(?:19|20)\d)0-(?:х|е)\b"
                          r"(?:\s*(?:год\w*|гг\.?))?"),
        # "в 90-е годы", "в 1990-х" without the century, "60–80-е годы": a past decade of the
        # 1900s, after a preposition or before "годы" (not "в 20-х числах" of a month)
        ("period.decade_short",
         rf"(?:(?<!\w)(?P<dlead>{decade_lead})\s+)?(?<![\d.,-])(?:(?P<dfrom>[2-9])0(?:-[хе])?\s*-\s*)?"
         r"(?P<decade>[2-9])0-(?:х|е)\b(?!\s*числ)(?:\s*(?:год\w*|гг\.?))?"),
        ("period.year", rf"\b(?P<year>{_YEAR})\s*(?:год\w*|г\.|г\b)"),
        ("period.year_ordinal", rf"\b(?P<year>{_YEAR})-(?:м|го|му)\b"),  # "в 2016-м", "2017-го"
        # "в 2018 - чуть больше 7 млн" (a spaced dash before the figure), "по итогам 2018
        # турпоток составит"; not "в 2018-2019"
        ("period.year_after_preposition",
         rf"\b(?:в|во|за|к|по\s+итогам)\s+(?P<year>{_YEAR})\b(?!\s*[-/]\s*\d|[-/]|[.,]\d|\s*(?:год|гг?\.))"),
        # (not the first year of "2017-2018 учебный год", a span of years: period.year_range_bare)
        ("period.year_label", rf"(?<![\d.,])(?P<year>{_YEAR})\s*(?:-|:)\s*(?=[\d+-])"
                              rf"(?!{_YEAR}(?![\d.,]))"),
        ("period.relative_year", rf"\b(?P<rel>{rel})\s+{_ONE_YEAR}"),
        # "за четыре года": the years up to the end of the year in force
        ("period.years_count", rf"\bза\s+(?P<n>{count})\s+(?:года|лет)\b(?!\s*\d)"),
        # "по итогам года": the whole year in force (or the reference year)
        ("period.results_of_year", rf"\b(?:{lead})\s+года\b"),
    )
    return PeriodRules(
        months=months,
        ordinals={k.lower(): v for k, v in ordinals.items()},
        counts=counts,
        relative=relative,
        patterns=tuple((rule, regex.compile(p, _FLAGS), _PATTERN_NEEDS[rule]) for rule, p in patterns),
        needs=_needs(months, half),
        anaphoric=_hinted(doc, "anaphoric_period"),
        anaphoric_year=regex.compile(r"(?<!\w)(?:" + need(doc, "anaphoric_year", str) + r")(?!\w)",
                                     _FLAGS),
        same_period=regex.compile(need(doc, "same_period", str), _FLAGS),
        undated=_hinted(doc, "undated", r"(?<!\w)(?:{})(?!\w)"),
        habitual=regex.compile(r"(?<!\w)(?:" + need(doc, "habitual", str) + r")(?!\w)", _FLAGS),
        year_earlier=_hinted(doc, "year_earlier"),
        earlier_news=regex.compile(need(doc, "earlier_news", str), _FLAGS),
        comparison_opening=regex.compile(need(doc, "comparison_opening", str), _FLAGS),
        related_block=regex.compile(need(doc, "related_block", str), _FLAGS),
        over_a_year=regex.compile(r"(?<!\w)(?:" + need(doc, "over_a_year", str) + r")(?!\w)", _FLAGS),
        respectively=re.compile(need(doc, "respectively", str), re.IGNORECASE),
        plan_opening=regex.compile(need(doc, "plan_opening", str), _FLAGS),
        poll=regex.compile(need(doc, "poll", str), _FLAGS),
        base_before=regex.compile(need(doc, "base_before", str), _FLAGS),
        percent_to_before=regex.compile(need(doc, "percent_to_before", str), _FLAGS),
        change_verb=regex.compile(r"(?<!\w)(?:" + need(doc, "change_verbs", str) + r")", _FLAGS),
        change_before=regex.compile(r"(?<!\w)(?:" + need(doc, "change_verbs", str)
                                    + r")\s+(?:начиная\s+)?[сС]о?\s+$", _FLAGS),
        trigger=re.compile(r"\d|год|квартал|полугоди|месяц|период|"
                           + "|".join(stem.lower() for stem, _ in months)),
        heading_word=regex.compile(need(doc, "heading_word", str), _FLAGS),
        year_in_progress=regex.compile(
            r"(?<!\w)(?:" + _month_noun(months) + "|"
            + need(doc, "year_in_progress", str) + r")\s+$", _FLAGS),
        plan_verb=regex.compile(need(doc, "plan_verb", str), _FLAGS),
        measure_verbs=frozenset(need_str_list(doc, "measure_verbs")),
        founding_verbs=frozenset(need_str_list(doc, "founding_verbs")),
        prose_paragraph=need(doc, "prose_paragraph", int),
        stock_words=regex.compile(need(doc, "stock_words", str), _FLAGS),
        seasons=seasons,
        rank_before=regex.compile(need(doc, "rank_before", str), _FLAGS),
        then_anaphor=_hinted(doc, "then_anaphor", r"(?<!\w)(?:{})"),
        then_condition=regex.compile(need(doc, "then_condition", str), _FLAGS),
        data_as_of=regex.compile(need(doc, "data_as_of", str), _FLAGS),
        background_clause=regex.compile(need(doc, "background_clause", str), _FLAGS),
        standing_target=regex.compile(need(doc, "standing_target", str), _FLAGS),
        estimate_lead=need_pattern(doc, "estimate_lead"),
        titled_year=need_pattern(doc, "titled_year"),
        object_year=need_pattern(doc, "object_year"),
        life_years=need_pattern(doc, "life_years"),
        life_years_min=need(doc, "life_years_min", int),
        dateline=need_pattern(doc, "dateline"),
        change_lemmas=frozenset(need_str_list(doc, "change_lemmas")),
        stock_at_point=need_pattern(doc, "stock_at_point"),
    )


def _hinted(doc: Node, key: str, frame: str = "{}") -> Hinted:
    """The pattern of `key` (put into `frame`) with the strings of `key`_requires."""
    return Hinted(regex.compile(frame.format(need(doc, key, str)), _FLAGS),
                  any_of(need_str_list(doc, key + "_requires")))


_MONTH, _DIGIT, _YEAR_WORD = "month", "digit", "year_word"
_PATTERN_NEEDS = {
    "period.month_points": _MONTH, "period.months_across_years": _MONTH, "period.month_range": _MONTH,
    "period.months_count": "месяц", "period.half": "half", "period.quarter": "квартал",
    "period.last_part": "последн",
    "period.point_date": _MONTH, "period.point_numeric": _DIGIT, "period.month_end": _MONTH,
    "period.month_start": _MONTH, "period.by_month": _MONTH,
    "period.by_day": _MONTH, "period.year_end": _YEAR_WORD,
    "period.year_start": _YEAR_WORD,
    "period.day_range": _MONTH, "period.day_date": _MONTH, "period.due_date": _MONTH, "period.month": _MONTH,
    "period.month_since": _MONTH,
    "period.year_range": _DIGIT, "period.year_range_bare": _DIGIT, "period.year_span": _DIGIT,
    "period.decade": _DIGIT, "period.decade_short": "decade", "period.span_to_month": _MONTH,
    "period.span_to_part": _DIGIT,
    "period.quarters_count": "квартал", "period.month_named": _MONTH,
    "period.year": _DIGIT, "period.year_ordinal": _DIGIT, "period.year_after_preposition": _DIGIT,
    "period.year_label": _DIGIT, "period.relative_year": "год", "period.years_count": "year_or_лет",
    "period.results_of_year": "год", "period.season": "season",
    "period.months_over_years": _MONTH, "period.year_pair": _DIGIT, "period.year_slash": "slash",
}


@dataclass(frozen=True)
class Need:
    """What a group of patterns needs in a sentence: `plain`, a string search on the lower-cased
    text (the standard library's, cheap), and, where that is too loose, `exact`, a pattern the
    group's every match implies, tried with the patterns' own engine and flags on the text as
    written (only where `plain` holds)."""

    plain: re.Pattern[str]
    exact: regex.Pattern[str] | None = None

    def holds(self, text: str, lowered: str) -> bool:
        return self.plain.search(lowered) is not None and (
            self.exact is None or self.exact.search(text) is not None)


def _needs(months: tuple[tuple[str, int], ...], half: str) -> dict[str, Need]:
    stems = "|".join(stem.lower() for stem, _ in months)
    # every pattern of a month names it after a space, a dash or a word boundary ("самая",
    # "замена" hold the letters of "мая" but name no month), and every pattern of a digit holds
    # a year: most sentences with figures name none ("15 тыс. человек")
    return {_MONTH: Need(re.compile(stems), regex.compile(rf"(?<!\w)(?:{stems})", _FLAGS)),
            _DIGIT: Need(re.compile(r"\d"), regex.compile(_YEAR, _FLAGS)),
            _YEAR_WORD: Need(re.compile(r"\d|год"), regex.compile(rf"{_YEAR}|год", _FLAGS)),
            "месяц": Need(re.compile("мес")), "half": Need(re.compile(half)),
            "квартал": Need(re.compile("квартал")), "последн": Need(re.compile("последн")),
            "год": Need(re.compile("год")), "year_or_лет": Need(re.compile("год|лет")),
            "season": Need(re.compile(r"весн|лет[оау]|осен|зим")),
            "slash": Need(re.compile(r"\d/\d")), "decade": Need(re.compile(r"0-[хе]"))}


def find_periods(text: str, rules: PeriodRules, offset: int, reference_year: int | None,
                 current: PeriodMention | None, month_year: int | None = None,
                 stated: PeriodMention | None = None) -> list[PeriodMention]:
    """Period mentions of one sentence, longest first where they overlap, in text order.
    `month_year`: the year of the last period shorter than a year said before (see _year).
    `stated`: the last period the text stated, which "за указанный период" names even after a
    heading or a credit ended the period in force."""
    found: list[PeriodMention] = []
    lowered = text.lower()
    ranked = []
    for match in rules.undated.finditer(text, lowered):
        mention = PeriodMention(offset + match.start(), offset + match.end(), match.group(),
                                None, None, "undated", "period.undated")
        if rules.rank_before is not None and rules.rank_before.search(text, 0, match.start()):
            ranked.append(mention)  # "рекордные за последние восемь лет": see _rank_spans
        else:
            found.append(mention)
    for match in rules.habitual.finditer(text):
        found.append(PeriodMention(offset + match.start(), offset + match.end(), match.group(),
                                   None, None, "undated", "period.habitual"))
    if not rules.trigger.search(lowered):
        return found + ranked
    found.extend(_listed_years(text, rules, offset))
    present: dict[str, bool] = {}  # each need tested once, when a pattern first asks for it
    for match in rules.same_period.finditer(text):
        base = rules.base_before.search(text, 0, match.start())  # "чем за аналогичный период"
        same = _same_period(match, text, rules, offset, current, base=base is not None)
        found.append(replace(same, kind="base") if base else same)
    for match in rules.anaphoric.finditer(text, lowered):
        named = current if current is not None else stated
        if named is not None:
            found.append(PeriodMention(offset + match.start(), offset + match.end(), match.group(),
                                       named.period_start, named.period_end, "anaphoric",
                                       "period.anaphoric"))
    for match in rules.anaphoric_year.finditer(text):
        if current is not None and current.period_end is not None:
            year = current.period_end.year
            found.append(PeriodMention(offset + match.start(), offset + match.end(), match.group(),
                                       date(year, 1, 1), date(year, 12, 31), "explicit",
                                       "period.anaphoric_year"))
    yearless: set[int] = set()  # starts of the mentions that name no year of their own
    for rule, pattern, needs in rules.patterns:
        holds = present.get(needs)
        if holds is None:
            holds = present[needs] = rules.needs[needs].holds(text, lowered)
        if not holds:
            continue
        for match in pattern.finditer(text, timeout=1.0):
            if any(m.start < offset + match.end() and offset + match.start() < m.end for m in found):
                continue
            if rule in ("period.year_slash", "period.year_range_bare") and "учебн" in lowered:
                continue  # a school year is no calendar span
            if rule == "period.year_pair" and rules.respectively.search(lowered):
                continue  # "в 2019 и 2020 годах — 66,9 и 68 рублей соответственно": one year each
            if rule == "period.year" and (_in_a_title(match, text, rules)
                                          or _of_an_object(match, text, rules)):
                continue  # "чемпион мира 2014 года", "ребенок 2017 года рождения": no period
            if rule in _LIFE_RULES and _of_a_life(match, text, rules):
                continue  # "Марины Цветаевой (1892–1941)": years of a life, no period
            mention = _mention(match, rule, rules, offset, reference_year, current, month_year)
            if mention is not None:
                found.append(_with_kind(mention, text, offset, rules, current))
                groups = match.groupdict()
                if not any(groups.get(key) for key in ("year", "rel", "y1", "y2")):
                    yearless.add(found[-1].start)
    found.extend(_years_earlier(text, lowered, rules, offset, found, current, reference_year))
    found.extend(_then(text, lowered, rules, offset, found))
    if not any(m.kind == "explicit" for m in found):
        found.extend(ranked)  # with no period of its own, the sentence is undated as before
    ordered = _year_of_sentence(sorted((m for m in found if m is not None), key=lambda m: m.start),
                                yearless)
    return _bases_after_change(_days_of_one_year(_preceding_years(ordered, current), rules),
                               text, offset, rules)


# "в 2003, 2009, 2013 годах", "в 2016, 2017 и 2018 годах": three or more years in one list
_YEAR_LIST = regex.compile(rf"(?<!\w)(?:в|во|за)\s+{_YEAR}(?:\s*,\s*{_YEAR})+(?:\s*(?:,|и)\s*{_YEAR})?"
                           r"\s*(?:годах|годы|гг\.)", _FLAGS)
_LISTED_YEAR = regex.compile(_YEAR)


def _listed_years(text: str, rules: PeriodRules, offset: int) -> list[PeriodMention]:
    """'в 2016, 2017 и 2018 годах … 5, 6 и 7% соответственно': each year of the list, for the
    figures read one to one with them; without 'соответственно' the list is no one period of its
    figures ('такое было в 2003, 2009, 2013 годах'), and the period in force ends there."""
    out = []
    respective = rules.respectively.search(text.lower()) is not None
    for match in _YEAR_LIST.finditer(text):
        if not respective:
            out.append(PeriodMention(offset + match.start(), offset + match.end(), match.group(),
                                     None, None, "undated", "period.year_list"))
            continue
        for year in _LISTED_YEAR.finditer(text, match.start(), match.end()):
            number = int(year.group())
            out.append(PeriodMention(offset + year.start(), offset + year.end(), year.group(),
                                     date(number, 1, 1), date(number, 12, 31), "explicit",
                                     "period.listed_year"))
    return out


_PART_OF_YEAR = frozenset({"period.half", "period.quarter", "period.month", "period.month_range",
                           "period.quarters_count",
                           "period.months_count", "period.season", "period.last_part",
                           "period.month_end", "period.month_start", "period.by_month",
                           "period.year_end", "period.year_start"})


def _year_of_sentence(found: list[PeriodMention], yearless: set[int]) -> list[PeriodMention]:
    """'к концу первого квартала 2017 года курс вернется к 60 рублям, но во второй половине
    года …': a part of a year without its year, after a period with one in the same sentence, is
    of that year, not of the period in force before the sentence."""
    out, year = [], None
    for mention in found:
        if mention.kind == "explicit" and mention.start not in yearless \
                and mention.period_end is not None:
            year = mention.period_end.year
        elif mention.start in yearless and year is not None and mention.rule in _PART_OF_YEAR \
                and mention.kind == "explicit" and mention.period_start is not None \
                and mention.period_start.year == mention.period_end.year != year:
            shift = year - mention.period_start.year
            mention = replace(mention, period_start=_shift_year(mention.period_start, shift),
                              period_end=_shift_year(mention.period_end, shift))
        out.append(mention)
    return out


def _preceding_years(found: list[PeriodMention], current: PeriodMention | None
                     ) -> list[PeriodMention]:
    """'в 2016 году вырос на 4%, тогда как в предыдущий год упал на 21%': "предыдущий год" is the
    year before the whole year named last (in the sentence, else the one in force), not the year
    before the time of writing."""
    out, named = [], current if current is not None and whole_year(current) else None
    for mention in found:
        if mention.rule == "period.relative_year" and _PRECEDING.match(mention.text) \
                and named is not None:
            year = named.period_start.year - 1
            mention = replace(mention, period_start=date(year, 1, 1), period_end=date(year, 12, 31))
        elif mention.kind == "explicit" and whole_year(mention):
            named = mention
        out.append(mention)
    return out


_DAY_MONTH = regex.compile(r"(\d{1,2})\s+([^\W\d_]+)")


def _days_of_one_year(found: list[PeriodMention], rules: PeriodRules) -> list[PeriodMention]:
    """'18 января 2017 года бензин стоил 23,23 гривны, а 18 октября — уже 25,85': a day without
    its year after a day with one in the same sentence is of that year, a point of the same
    series, not the day of an event in a year the text does not give."""
    out, year = [], None
    for mention in found:
        if mention.rule == "period.day_date" and mention.period_start is not None:
            year = mention.period_start.year
        elif mention.rule == "period.day_of_event" and year is not None:
            day = _DAY_MONTH.match(mention.text)
            point = _day(year, _stem_value(day.group(2), rules.months), int(day.group(1))) \
                if day else None
            if point is not None:
                mention = replace(mention, period_start=point, period_end=point, kind="explicit",
                                  rule="period.day_of_series")
        out.append(mention)
    return out


def _with_kind(mention: PeriodMention, text: str, offset: int, rules: PeriodRules,
               current: PeriodMention | None) -> PeriodMention:
    """What the words before a period make of it: the onset of a new state ("с 2019 года
    вводится"), or the base of a change or comparison ("выросла с 2016 года", "чем в 2022 году",
    "на 6% к 2022 году"), which is not the period of the figures."""
    before = text[:mention.start - offset]
    if _ONSET.search(before):
        return replace(mention, kind="base" if rules.change_before.search(before) else "onset")
    if rules.base_before.search(before) or rules.percent_to_before.search(before) \
            and _earlier(mention, current):
        return replace(mention, kind="base")
    return mention


def _bases_after_change(found: list[PeriodMention], text: str, offset: int, rules: PeriodRules
                        ) -> list[PeriodMention]:
    """"В 2018 году выявлено 92 преступления, снижение к предыдущему году на 39%": a period after
    "на 12% к" or a noun of change and "к" that is earlier than a period said before it in the
    sentence is the base of the change, as it is when earlier than the period in force
    (_with_kind)."""
    out = []
    for mention in found:
        if mention.kind == "explicit" and rules.percent_to_before.search(
                text, 0, mention.start - offset):
            before = [m for m in found if m.kind == "explicit" and m.end <= mention.start]
            latest = max(before, key=lambda m: m.end, default=None)
            if _earlier(mention, latest):
                mention = replace(mention, kind="base")
        out.append(mention)
    return out


def _earlier(mention: PeriodMention, current: PeriodMention | None) -> bool:
    return current is not None and current.period_start is not None \
        and mention.period_end is not None and mention.period_end < current.period_start


def _years_earlier(text: str, lowered: str, rules: PeriodRules, offset: int,
                   found: list[PeriodMention], current: PeriodMention | None,
                   reference_year: int | None = None) -> list[PeriodMention]:
    """'годом ранее' after each explicit period of the sentence (or the one in force); 'шесть
    лет назад' that many years back from the time of writing ('Сейчас долг 2,1 трлн, а пять лет
    назад — 1,2 трлн')."""
    out = []
    for match in rules.year_earlier.finditer(text, lowered):
        count = match.group("n")
        later = match.groupdict().get("ln")
        years = 1 if count is None else int(count) if count.isdigit() \
            else _stem_value(count, rules.counts)
        if later is not None:  # "спустя два года": that many years on
            on = int(later) if later.isdigit() else _stem_value(later, rules.counts)
            if not on:
                continue
            years = -on
        elif match.group("later"):
            years = -1  # "годом позже": one year on
        if not years or count is not None and years < 2:
            continue
        earlier = [m for m in found if m.kind == "explicit" and m.end <= offset + match.start()]
        base = max(earlier, key=lambda m: m.end, default=current)
        if count is not None or _AGO.search(match.group()):  # back from the time of writing
            base = _now(base, reference_year)
        mention = _year_earlier(match, offset, base, years)
        # "на 63% меньше, чем годом ранее": the base of a comparison, not the figure's period
        base = rules.base_before.search(text, 0, match.start())
        out.append(replace(mention, kind="base") if base else mention)
    return out


def _then(text: str, lowered: str, rules: PeriodRules, offset: int, found: list[PeriodMention]
          ) -> list[PeriodMention]:
    """'тогда', 'в те годы', 'на тот момент': the time named last before it in the sentence,
    whatever it was named for there (a base: "по сравнению с 2015 годом: тогда … $4,7 млн";
    an onset: "с 1994 года, тогда проживало …"). With none before it in the sentence it adds
    nothing: the period in force reaches the sentence or not by the rules of carrying."""
    if rules.then_anaphor is None:
        return []
    out = []
    for match in rules.then_anaphor.finditer(text, lowered):
        if rules.then_condition is not None and rules.then_condition.search(text, 0, match.start()):
            continue  # "если …, тогда …": a consequence, not a time
        if any(m is not None and m.start < offset + match.end() and offset + match.start() < m.end
               for m in found):
            continue
        named = [m for m in found if m is not None and m.end <= offset + match.start()
                 and m.period_start is not None
                 and m.kind in ("explicit", "base", "onset", "anaphoric")]
        if not named:
            continue  # "Тогда 150 человек …": the period in force, carried as to any sentence
        source = max(named, key=lambda m: m.end)
        out.append(PeriodMention(offset + match.start(), offset + match.end(), match.group(),
                                 source.period_start, source.period_end, "explicit",
                                 "period.then"))
    return out


# "с 2019 года", "начиная с 1 января", "с середины 2014 года": when a change starts, not the
# period a figure is for.
_ONSET = regex.compile(r"(?<![\w-])(?<!(?:сравнению|сравнении|сопоставлении|связи|наряду|вместе)\s+)"
                       r"(?:начиная\s+)?[сС]о?\s+(?:(?:середины|конца)\s+)?$")


def _in_a_title(match: regex.Match[str], text: str, rules: PeriodRules) -> bool:
    """'Чемпион мира по греко-римской борьбе 2014 года наказан …', 'призёр Олимпиады 2016 года':
    a year in the genitive that ends a person's title names the event the title was won at, not
    the period of the figures of its sentence ("в 2014 году" is a period: only the genitive)."""
    return rules.titled_year is not None and match.group().endswith(("года", "г.", "г")) \
        and rules.titled_year.search(text, 0, match.start()) is not None


def _of_an_object(match: regex.Match[str], text: str, rules: PeriodRules) -> bool:
    """'ребенок 2017 года рождения', 'автомобиль 2014 года выпуска': a year in the genitive
    followed by the noun of an event that dates a person or a thing (its birth, its making) is
    an attribute of that thing, not the period of the figures of its sentence."""
    return rules.object_year is not None and match.group().endswith(("года", "г.", "г")) \
        and rules.object_year.match(text, match.end()) is not None


# the patterns that can read a person's years of life ("(1892–1941)", "1892–1941 гг.", "1892-")
_LIFE_RULES = frozenset({"period.year_range", "period.year_range_bare", "period.year_label"})
_LIFE_SPAN = regex.compile(rf"(?P<y1>{_YEAR})\s*-\s*(?P<y2>{_YEAR})(?:\s*гг?\.)?\s*(?:\)|[,;.:]|$)")


def _of_a_life(match: regex.Match[str], text: str, rules: PeriodRules) -> bool:
    """'Марины Цветаевой (1892–1941)', 'годы жизни: 1892–1941': a long span of years in
    brackets after a name dates the person's life, as '2017 года рождения' does (§6.34), not the
    figures of its sentence or those after it."""
    span = _LIFE_SPAN.match(text, match.start())
    return rules.life_years is not None and span is not None \
        and int(span.group("y2")) - int(span.group("y1")) >= rules.life_years_min \
        and rules.life_years.search(text, 0, match.start()) is not None


def _same_period(match, text, rules, offset, current, base: bool = True
                 ) -> PeriodMention | None:
    """'аналогичный период прошлого года': the current period shifted by the stated years. With
    no year named after it, a comparison base ("по сравнению с аналогичным периодом") is the same
    period a year back; any other ("в среднем по ЕС за аналогичный период составили 28,7%") is
    the period in force itself."""
    tail = regex.match(r"\s+(?P<rel>\w+)\s+год\w*", text[match.end():])
    shift = _relative_shift(tail.group("rel"), rules) if tail else -1 if base else 0
    end = match.end() + (tail.end() if tail else 0)
    if current is None or current.period_start is None or shift is None:
        return PeriodMention(offset + match.start(), offset + end, text[match.start():end],
                             None, None, "explicit", "period.same_period")
    return PeriodMention(offset + match.start(), offset + end, text[match.start():end],
                         _shift_year(current.period_start, shift),
                         _shift_year(current.period_end, shift), "explicit", "period.same_period")


_AGO = regex.compile(r"назад$")


def _now(period: PeriodMention | None, reference_year: int | None) -> PeriodMention | None:
    """The time of writing: the period in force when it lies in the text's own year (a poll of
    October 2017 in a text of 2017), else that whole year."""
    if reference_year is None:
        return None
    if period is not None and period.period_start is not None and period.period_end is not None \
            and period.period_start.year == period.period_end.year == reference_year:
        return period
    return PeriodMention(0, 0, "", date(reference_year, 1, 1), date(reference_year, 12, 31),
                         "explicit", "period.reference_year")


def _year_earlier(match, offset, current, years: int = 1) -> PeriodMention:
    """'годом ранее': the period said before it (or the one in force) a year (`years`) back."""
    start = _shift_year(current.period_start, -years) if current else None
    end = _shift_year(current.period_end, -years) if current else None
    return PeriodMention(offset + match.start(), offset + match.end(), match.group(), start, end,
                         "explicit", "period.year_earlier")


def _shift_year(day: date | None, years: int) -> date | None:
    if day is None:
        return None
    last = calendar.monthrange(day.year + years, day.month)[1]
    return day.replace(year=day.year + years, day=min(day.day, last))


def _relative_shift(word: str, rules: PeriodRules) -> int | None:
    lower = word.lower()
    for stem, shift in rules.relative:
        if lower.startswith(stem):
            return shift
    return None


@lru_cache(maxsize=4_096)
def _stem_value(word: str, table: tuple[tuple[str, int], ...]) -> int | None:
    """The value of the first stem of `table` that `word` opens with. Remembered (bounded): the
    same few month names come back in every text, and each try of a stem looks its compiled
    pattern up by string."""
    lower = word.lower()
    for stem, value in table:
        if regex.match(stem, lower):
            return value
    return None


def _ordinal(word: str, rules: PeriodRules) -> int | None:
    lower = word.lower().rstrip("-")
    head = regex.match(r"[ivx]+|\d+", lower)
    if head and head.group() in rules.ordinals:
        return rules.ordinals[head.group()]
    for stem, value in rules.ordinals.items():
        if lower.startswith(stem) and not stem.isdigit() and stem not in ("i", "ii", "iii", "iv"):
            return value
    return None


def _year(match: regex.Match[str], rules: PeriodRules, reference_year: int | None,
          current: PeriodMention | None, month_year: int | None = None) -> int | None:
    """The year a period names, else the one of the period in force (a recap of an earlier
    whole year does not move a series of months: `month_year` is the year of the last period
    shorter than a year), else the reference year."""
    groups = match.groupdict()
    if groups.get("year"):
        return int(groups["year"])
    if groups.get("rel") and reference_year is not None:
        shift = _relative_shift(groups["rel"], rules)
        return None if shift is None else reference_year + shift
    if current is not None and current.period_start is not None:
        if whole_year(current) and month_year is not None \
                and current.period_start.year < month_year:
            return month_year  # "в феврале … Напомним, по итогам 2017 года … В феврале …"
        return current.period_start.year
    return reference_year


# "предыдущий год" is the year before the one the text speaks of, not before the time of writing
_PRECEDING = regex.compile(r"предыдущ", regex.IGNORECASE)


def whole_year(mention: PeriodMention) -> bool:
    """1 January to 31 December of one year."""
    start, end = mention.period_start, mention.period_end
    return start is not None and end is not None and (start.month, start.day) == (1, 1) \
        and (end.month, end.day) == (12, 31) and start.year == end.year


def _mention(match, rule, rules, offset, reference_year, current, month_year=None
             ) -> PeriodMention | None:
    if rule == "period.decade_short" and not match.group("dlead") \
            and not regex.search(r"г", match.group(), regex.IGNORECASE):
        return None  # "70-е" alone may be anything: a decade only after a preposition or with "годы"
    if rule == "period.months_count" and not _has_year(match) and _of_activity(match):
        return None  # "за пять месяцев работы центров": how long something lasts, not a part of a year
    if rule == "period.years_count" and not (current and whole_year(current)):
        return None  # "за два года" since an event the text does not date
    year = _year(match, rules, reference_year, current, month_year)
    span = _dates(match, rule, rules, year)
    if span is None:
        return None
    if rule == "period.day_date" and not _has_year(match) \
            and _DEADLINE.search(match.string, 0, match.start()):
        # "срок продлили до 1 марта", "в срок до 30 апреля": a deadline, no time the figures are
        # of nor an event that ends the period in force (annotation §6.12, due dates)
        return None
    if not _has_year(match) and (rule == "period.day_date" or rule == "period.day_range"
                                 and not match.groupdict().get("m1")):
        # "26 января повысил ставку", "заявил 5 февраля": the day of an event, in a year the text
        # does not give; the figures it dates have no period the text states. So are a few days
        # of one month ("Финал пройдет с 13 по 17 марта"), not a span over months
        return PeriodMention(offset + match.start(), offset + match.end(), match.group(),
                             None, None, "undated", "period.day_of_event")
    if rule == "period.month" and not _has_year(match):
        rule = "period.month_of_event"  # "в ходе визита в феврале": see context/document.py
    if rule == "period.month_points" and _OVER_SPAN.search(match.string, 0, match.start()):
        # "экспорт за период с сентября 2015 года по сентябрь 2016 года упал на 7,3%": a flow over
        # the months from the first to the last, not a change between two counts
        groups = match.groupdict()
        last = _stem_value(groups["m2"], rules.months)
        return PeriodMention(offset + match.start(), offset + match.end(), match.group(),
                             span[0], _month_end(int(groups["y2"]), last), "explicit",
                             "period.month_span")
    if rule == "period.month_range" and _TO_END_OF.search(match.group()):
        rule = "period.months_to_end"  # "с января до конца сентября": from one point to another
    return PeriodMention(offset + match.start(), offset + match.end(), match.group(),
                         span[0], span[1], "explicit", rule)


_DEADLINE = regex.compile(r"(?<!\w)до\s+$", regex.IGNORECASE)
_OVER_SPAN = regex.compile(r"(?<!\w)за\s+(?:(?:весь|этот|указанный)\s+)?(?:период|время)\s+$",
                           regex.IGNORECASE)
_TO_END_OF = regex.compile(r"(?<!\w)(?:по|до)\s+(?:конца|окончания)\s", regex.IGNORECASE)


def _has_year(match: regex.Match[str]) -> bool:
    return bool(match.groupdict().get("year") or match.groupdict().get("rel"))


_NEXT_WORD = regex.compile(r"\s+([^\W\d_]+)")


def _of_activity(match: regex.Match[str]) -> bool:
    """Is the count of months followed by a noun in the genitive ("работы", "пребывания")?"""
    following = _NEXT_WORD.match(match.string, match.end())
    if following is None:
        return False
    info = word_info(following.group(1))
    return info.pos == "NOUN" and "gent" in info.cases


def _day(year: int, month: int | None, day: int) -> date | None:
    """The date, or None when the month is unknown or has no such day."""
    if month is None or day > calendar.monthrange(year, month)[1]:
        return None
    return date(year, month, day)


def _second_year(first: str, second: str) -> int:
    """'2017/18' → 2018: a two-digit second year takes the century of the first."""
    return int(first[:2] + second) if len(second) == 2 else int(second)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _dates(match, rule, rules, year) -> tuple[date, date] | None:
    groups = match.groupdict()
    if rule in ("period.year_range", "period.year_span"):
        return date(int(groups["y1"]), 1, 1), date(int(groups["y2"]), 12, 31)
    if rule == "period.year_range_bare":  # the second year later, within a century of the first
        y1, y2 = int(groups["y1"]), int(groups["y2"])
        return (date(y1, 1, 1), date(y2, 12, 31)) if y1 < y2 <= y1 + 100 else None
    if rule == "period.year_slash":
        y1, y2 = int(groups["y1"]), _second_year(groups["y1"], groups["y2"])
        return None if y2 != y1 + 1 else (date(y1, 1, 1), date(y2, 12, 31))
    if rule == "period.month_points":
        first, last = _stem_value(groups["m1"], rules.months), _stem_value(groups["m2"], rules.months)
        y1, y2 = int(groups["y1"]), int(groups["y2"])
        if first is None or first != last or y2 <= y1:
            return None
        return date(y1, first, 1), date(y2, last, 1)
    if rule == "period.months_across_years":
        first, last = _stem_value(groups["m1"], rules.months), _stem_value(groups["m2"], rules.months)
        y1, y2 = int(groups["y1"]), int(groups["y2"])
        if first is None or last is None or (y2, last) <= (y1, first):
            return None
        return date(y1, first, 1), _month_end(y2, last)
    if rule == "period.year_pair":
        y1, y2 = int(groups["y1"]), int(groups["y2"])
        return None if y2 != y1 + 1 else (date(y1, 1, 1), date(y2, 12, 31))
    if rule == "period.months_over_years":
        first, last = _stem_value(groups["m1"], rules.months), _stem_value(groups["m2"], rules.months)
        y1, y2 = int(groups["y1"]), _second_year(groups["y1"], groups["y2"])
        if first is None or last is None or y2 != y1 + 1 or last >= first:
            return None
        return date(y1, first, 1), _month_end(y2, last)
    if rule == "period.season" and groups.get("y1"):  # "зимой 2017/18"
        y1, y2 = int(groups["y1"]), _second_year(groups["y1"], groups["y2"])
        if y2 != y1 + 1 or _stem_value(groups["season"], rules.seasons) != 12:
            return None
        return date(y1, 12, 1), _month_end(y2, 2)
    if rule == "period.span_to_month":
        first = _stem_value(groups["m1"], rules.months) if groups.get("m1") else 1
        last = _stem_value(groups["m2"], rules.months)
        y1, y2 = int(groups["y1"]), int(groups["y2"])
        if first is None or last is None or (y2, last) <= (y1, first):
            return None
        start = _day(y1, first, int(groups["day"]) if groups.get("day") else 1)
        return None if start is None else (start, _month_end(y2, last))
    if rule == "period.span_to_part":
        first = _stem_value(groups["m1"], rules.months) if groups.get("m1") else 1
        last = _stem_value(groups["m2"], rules.months) if groups.get("m2") else None
        y1, y2 = int(groups["y1"]), int(groups["y2"])
        middle = groups["part"].lower() == "середин"
        end = (date(y2, 6, 30) if middle else date(y2, 12, 31)) if last is None \
            else date(y2, last, 15) if middle else _month_end(y2, last)
        start = _day(y1, first, int(groups["day"]) if groups.get("day") else 1) \
            if first is not None else None
        return None if start is None or end <= start else (start, end)
    if rule in ("period.decade", "period.decade_short"):  # "в 1980-х годах", "в 90-е годы"
        century = 190 if rule == "period.decade_short" else 0
        first = (century + int(groups["decade"])) * 10
        if groups.get("dfrom"):  # "1960–1980-е годы": 1960–1989
            start = (century + int(groups["dfrom"])) * 10
            return None if start >= first else (date(start, 1, 1), date(first + 9, 12, 31))
        half = (groups.get("dhalf") or "").lower()
        if half:  # "в первой половине 1990-х": 1990–1994; "во второй": 1995–1999
            first += 5 if half == "втор" else 0
            return date(first, 1, 1), date(first + 4, 12, 31)
        return date(first, 1, 1), date(first + 9, 12, 31)
    if year is None:
        return None
    if rule in ("period.year", "period.year_ordinal", "period.results_of_year", "period.due_date",
                "period.relative_year", "period.year_label", "period.year_after_preposition"):
        return date(year, 1, 1), date(year, 12, 31)
    if rule == "period.month_range":
        last = _stem_value(groups["m2"], rules.months)
        if groups.get("m0"):  # "с конца сентября до конца декабря"
            first = _stem_value(groups["m0"], rules.months)
            if first is None or last is None or last <= first:
                return None
            return _month_end(year, first), _month_end(year, last)
        first = _stem_value(groups["m1"], rules.months) if groups.get("m1") else 1
        if first is None or last is None or last < first:
            return None
        return date(year, first, 1), _month_end(year, last)
    if rule == "period.season":
        first = _stem_value(groups["season"], rules.seasons)
        if first is None:
            return None
        if first == 12:  # winter: December of the year before to February
            return date(year - 1, 12, 1), _month_end(year, 2)
        return date(year, first, 1), _month_end(year, first + 2)
    if rule == "period.years_count":
        count = groups["n"]
        years = int(count) if count.isdigit() else _stem_value(count, rules.counts)
        return None if not years else (date(year - years + 1, 1, 1), date(year, 12, 31))
    if rule == "period.months_count":
        count = groups["n"]
        months = int(count) if count.isdigit() else _stem_value(count, rules.counts)
        if not months or months > 12:
            return None
        return date(year, 1, 1), _month_end(year, months)
    if rule == "period.quarters_count":  # "за три квартала": Q1–Q3
        count = groups["n"]
        quarters = int(count) if count.isdigit() else _stem_value(count, rules.counts)
        return None if not quarters or quarters > 4 else (date(year, 1, 1), _month_end(year, 3 * quarters))
    if rule == "period.last_part":  # the last month (12), quarter (10–12) or half (7–12)
        first = {"месяц": 12, "квартал": 10, "полугоди": 7}[groups["part"].lower()]
        return date(year, first, 1), date(year, 12, 31)
    if rule in ("period.half", "period.quarter"):
        number = _ordinal(groups["ord"], rules)
        size = 6 if rule == "period.half" else 3
        if number is None or number * size > 12:
            return None
        return date(year, (number - 1) * size + 1, 1), _month_end(year, number * size)
    if rule == "period.day_range":
        last = _stem_value(groups["m2"], rules.months)
        first = _stem_value(groups["m1"], rules.months) if groups.get("m1") else last
        if first is None or last is None:
            return None
        before = year - 1 if first > last else year  # "с 20 декабря по 10 января 2018 года"
        try:
            return date(before, first, int(groups["day"] or 1)), date(year, last, int(groups["day2"]))
        except ValueError:
            return None
    if rule == "period.month_end":
        month = _stem_value(groups["m1"], rules.months)
        return None if month is None else (_month_end(year, month), _month_end(year, month))
    if rule in ("period.month_start", "period.by_month"):
        month = _stem_value(groups["m1"], rules.months)
        return None if month is None else (date(year, month, 1), date(year, month, 1))
    if rule in ("period.point_date", "period.day_date", "period.by_day"):
        point = _day(year, _stem_value(groups["m1"], rules.months), int(groups["day"]))
        return None if point is None else (point, point)
    if rule == "period.point_numeric":
        month = int(groups["mm"])
        point = _day(year, month if 1 <= month <= 12 else None, int(groups["day"]))
        return None if point is None else (point, point)
    if rule == "period.year_end":
        return date(year, 12, 31), date(year, 12, 31)
    if rule == "period.year_start":
        return date(year, 1, 1), date(year, 1, 1)
    if rule in ("period.month", "period.month_since", "period.month_named"):
        month = _stem_value(groups["m1"], rules.months)
        return None if month is None else (date(year, month, 1), _month_end(year, month))
    return None
