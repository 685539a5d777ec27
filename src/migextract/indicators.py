"""Indicator definitions (rules/indicators/*.yaml) matched by lemma sequence or by verb."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from .morph import WORD, analyzer, lemma, word_info
from .records import DURATION_UNITS, is_currency
from .ruleload import entries, need, need_str_list, read_yaml, unique_ids


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    units: tuple[str, ...]
    phrases: tuple[tuple[str, ...], ...]
    verbs: frozenset[str]
    verb_objects: tuple[tuple[str, str], ...]
    # phrases that name this indicator only near one of `context_words` ("расходы" in a text
    # about a budget): see IndicatorIndex.by_context_phrase
    context_phrases: tuple[tuple[str, ...], ...] = ()
    context_words: frozenset[str] = frozenset()
    # restrictive modifiers that make whatever they follow this indicator's population ("за
    # чертой бедности", "с доходами ниже прожиточного минимума"): see IndicatorIndex.by_phrase
    modifier_phrases: tuple[tuple[str, ...], ...] = ()
    # the indicator a figure of this subject measures when its unit is of another kind than
    # this one's ("ВВП вырос на 2%" is the growth, "реальная зарплата — 600 долларов" the
    # average wage): unit kind (money, percent, pp, times, person, ...) → indicator id
    by_unit: tuple[tuple[str, str], ...] = ()
    # "verb counted-noun" lemma pairs: the verb names this indicator when the figure counts
    # that noun ("проживает 49 тыс. человек" is the population, "проживало 171 100 русских" an
    # ethnic count); unlike verbs and verb_objects the verb is no flow verb
    verb_counted: tuple[tuple[str, str], ...] = ()
    # subjects that `by_unit` is limited to, when given: the figure's subject must be one of
    # these phrases, followed by nothing or a place ("численность населения Литвы сократится на
    # 5%" is the growth, "численность женщин … на 4%" the population of a category, §4 rule 6)
    by_unit_subjects: tuple[tuple[str, ...], ...] = ()
    # the indicator of the levels of this change ("сократится на 5,43% — до 2,69 млн человек":
    # the new level is the population, not its growth), when that is another one
    level: str | None = None
    # nouns that label a line of money as this indicator's ("городской бюджет – 27028,9 тыс.
    # рублей", "бюджет района 31 тыс. руб." in a programme split by source): see by_label
    label_nouns: frozenset[str] = frozenset()


# Distinct phrases remembered: the subject rules look up the same few phrases of a sentence
# several times (candidates, then their indicator).
@lru_cache(maxsize=4096)
def lemma_key(phrase: str) -> tuple[str, ...]:
    return tuple(w if w.isupper() and len(w) > 1 else lemma(w) for w in WORD.findall(phrase))


@dataclass(frozen=True)
class IndicatorIndex:
    indicators: tuple[Indicator, ...]
    # nouns that make what follows them a share ("доля мигрантов", "часть расходов"): a phrase
    # after one of them names the whole, not the figure (see by_phrase)
    share_nouns: frozenset[str] = frozenset()
    # quantities that share words with an indicator but are not it ("минимальная пенсия" is a
    # legal floor, not the average pension): the longest match being one of them means null
    neighbours: tuple[tuple[str, ...], ...] = ()
    # nouns that frame a quantity without being one ("прогноз роста экономики", "пик
    # младенческой смертности", "риски снижения доходов"): the indicator is that of what follows
    frame_nouns: frozenset[str] = frozenset()
    # nouns of a measure ("литр", "килограмм", "кубометр"): the item priced stands after them
    # ("цена за литр бензина", "стоимость кубометра воды"), see _open_after
    measure_nouns: frozenset[str] = frozenset()
    # targets (§4 rules 8, 12): the change words whose new level after "до" may be a target,
    # the words of a demand, need or goal that make it one, and the floors of a wish ("хотя бы")
    target_changes: frozenset[str] = frozenset()
    target_governors: frozenset[str] = frozenset()
    target_floors: tuple[tuple[str, ...], ...] = ()
    target_goals: frozenset[str] = frozenset()
    # nouns of a territory ("страна", "область"): after a `by_unit_subjects` phrase they name
    # its place, not a category
    territory_nouns: frozenset[str] = frozenset()
    # ids of the indicators defined as a share of a group (the unemployment rate): a percent of
    # a group ("5% экономически активного населения") may be their figure, see is_share_of_whole
    share_indicators: frozenset[str] = frozenset()

    @classmethod
    def load(cls, directory: Path) -> IndicatorIndex:
        items = []
        shares: list[str] = []
        neighbours: list[str] = []
        frames: list[str] = []
        measures: list[str] = []
        territories: list[str] = []
        share_ids: list[str] = []
        targets: dict[str, list[str]] = {"target_changes": [], "target_governors": [],
                                         "target_floors": [], "target_goals": []}
        for path in sorted(directory.glob("*.yaml")):
            doc = read_yaml(path)
            items.extend(entries(doc, path, "indicators"))
            shares.extend(need_str_list(doc, "share_nouns", optional=True))
            neighbours.extend(need_str_list(doc, "neighbours", optional=True))
            frames.extend(need_str_list(doc, "frame_nouns", optional=True))
            measures.extend(need_str_list(doc, "measure_nouns", optional=True))
            territories.extend(need_str_list(doc, "territory_nouns", optional=True))
            share_ids.extend(need_str_list(doc, "share_indicators", optional=True))
            for key, found in targets.items():
                found.extend(need_str_list(doc, key, optional=True))
        unique_ids(items)
        indicators = tuple(_indicator(node) for node in items)
        ids = {indicator.id for indicator in indicators}
        for node, indicator in zip(items, indicators, strict=True):
            for _kind, target in indicator.by_unit:
                if target not in ids:
                    raise node.fail("by_unit", f"{target!r} is not a defined indicator")
            if indicator.level is not None and indicator.level not in ids:
                raise node.fail("level", f"{indicator.level!r} is not a defined indicator")
        unknown = sorted(set(share_ids) - ids)
        if unknown:
            raise ValueError(f"{directory}: share_indicators {unknown} are not defined indicators")
        return cls(indicators,
                   frozenset(lemma_key(" ".join(shares))),
                   tuple(k for k in (lemma_key(p) for p in neighbours) if k),
                   frozenset(lemma_key(" ".join(frames))),
                   _with_oblique_lemmas(measures),
                   target_changes=frozenset(lemma_key(" ".join(targets["target_changes"]))),
                   target_governors=frozenset(lemma_key(" ".join(targets["target_governors"]))),
                   target_floors=tuple(k for k in map(lemma_key, targets["target_floors"]) if k),
                   target_goals=frozenset(lemma_key(" ".join(targets["target_goals"]))),
                   territory_nouns=frozenset(lemma_key(" ".join(territories))),
                   share_indicators=frozenset(share_ids))

    # how far back from "до" the change word may stand ("рост расходов на здравоохранение до"),
    # and from the change word the word that makes it a demand or goal ("условия: рост")
    _CHANGE_REACH = 6
    _GOVERNOR_REACH = 8

    def is_target(self, before: tuple[tuple[str, str | None], ...]) -> bool:
        """Whether a figure whose sentence has the words `before` (lemma, part of speech) in
        front of it is a target level (docs/annotation.md §4 rules 8 and 12): it is the new
        level of a change ("до" right before it, the change named shortly before that by a
        noun or an infinitive: a finite verb, "зарплату довели до 40 тыс.", reports it) and
        either the change sets a goal by itself ("довести расходы до 3% ВВП"), a floor of a
        wish stands right before "до" ("рост хотя бы до 6,8% ВВП") or a word of a demand,
        need or goal governs the change ("условия: рост расходов до 6,8% ВВП", "призвал
        увеличить строительство до 120 млн кв. м", "закон гарантирует рост до 6% ВВП")."""
        if not before or before[-1][0] != "до":
            return False
        rest = before[:-1]
        lemmas = tuple(word for word, _pos in rest)
        if any(lemmas[-len(floor):] == floor for floor in self.target_floors):
            return True
        for k in range(len(rest) - 1, max(-1, len(rest) - 1 - self._CHANGE_REACH), -1):
            word, pos = rest[k]
            if word not in self.target_changes and word not in self.target_goals:
                continue
            if pos not in ("NOUN", "INFN"):
                return False
            return word in self.target_goals or not self.target_governors.isdisjoint(
                lemmas[max(0, k - self._GOVERNOR_REACH):k])
        return False

    @cached_property
    def _by_first_lemma(self) -> dict[str, list[tuple[tuple[str, ...], int]]]:
        index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for order, indicator in enumerate(self.indicators):
            for phrase in indicator.phrases:
                if phrase:
                    index.setdefault(phrase[0], []).append((phrase, order))
        return index

    def by_phrase(self, lemmas: tuple[str, ...], latest_start: int | None = None
                  ) -> Indicator | None:
        """The indicator whose longest phrase occurs (contiguously) in `lemmas`, starting no
        later than `latest_start` when given; on equal lengths, the one defined first. A phrase
        after a share noun is not the figure's quantity but the whole it is a share of ("доля
        мигрантов", "половина зарплаты"): only phrases that contain the share noun themselves
        ("доля безработных") match from there on. A neighbour phrase ("минимальная пенсия") that
        is at least as long as the best match makes the answer None. A modifier phrase ("за
        чертой бедности", "получившие гражданство") names the indicator wherever it stands
        after the head ("число людей с доходами ниже прожиточного минимума", "жители,
        получившие гражданство") and wins over any ordinary phrase; after a share noun only
        when the indicator is itself defined as a share (its first unit is percent: "доля
        населения за чертой бедности" is poverty, "доля жителей, получивших гражданство" no
        indicator). A frame noun at `latest_start` ("прогноз роста мировой экономики", "пик
        младенческой смертности") moves it past the frame, a preposition and adjectives after
        it, to the head of what the frame is about."""
        if latest_start is not None:
            latest_start = self._past_frames(lemmas, latest_start)
        modifiers = self._modifiers_by_first_lemma
        for i, first in enumerate(lemmas):
            for phrase, order in modifiers.get(first, ()):
                if lemmas[i:i + len(phrase)] == phrase and not (
                        self.indicators[order].units[:1] != ("percent",)
                        and any(w in self.share_nouns for w in lemmas[:i])):
                    return self.indicators[order]
        best: tuple[int, int] | None = None  # (length, -order)
        neighbour = 0
        for i, first in enumerate(lemmas):
            if latest_start is not None and i > latest_start:
                break
            if i and lemmas[i - 1] in self.share_nouns:
                break
            for phrase, order in self._by_first_lemma.get(first, ()):
                if lemmas[i:i + len(phrase)] == phrase and (
                        best is None or (len(phrase), -order) > best):
                    best = (len(phrase), -order)
            for p in self._neighbours_by_first_lemma.get(first, ()):
                if len(p) > neighbour and lemmas[i:i + len(p)] == p:
                    neighbour = len(p)
        if best is None or neighbour >= best[0]:
            return None
        return self.indicators[-best[1]]

    def _past_frames(self, lemmas: tuple[str, ...], start: int) -> int:
        """`start`, or, while a frame noun stands there, the position of the next word that is
        not a preposition, an adjective or a participle ("прогноз по росту" → "рост")."""
        while start < len(lemmas) and lemmas[start] in self.frame_nouns:
            start += 1
            while start < len(lemmas) and word_info(lemmas[start]).pos in ("PREP", "ADJF", "PRTF"):
                start += 1
        return start

    @cached_property
    def _modifiers(self) -> tuple[tuple[tuple[str, ...], int], ...]:
        """Modifier phrases, longest first, with the position of their indicator."""
        found = [(p, order) for order, indicator in enumerate(self.indicators)
                 for p in indicator.modifier_phrases]
        return tuple(sorted(found, key=lambda item: -len(item[0])))

    @cached_property
    def _modifiers_by_first_lemma(self) -> dict[str, list[tuple[tuple[str, ...], int]]]:
        """_modifiers by their first lemma, each list in _modifiers' order (longest first)."""
        index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for phrase, order in self._modifiers:
            index.setdefault(phrase[0], []).append((phrase, order))
        return index

    @cached_property
    def _neighbours_by_first_lemma(self) -> dict[str, list[tuple[str, ...]]]:
        index: dict[str, list[tuple[str, ...]]] = {}
        for phrase in self.neighbours:
            index.setdefault(phrase[0], []).append(phrase)
        return index

    @cached_property
    def _context_by_first_lemma(self) -> dict[str, list[tuple[tuple[str, ...], int]]]:
        """Context phrases by their first lemma, in definition order, with the position of
        their indicator."""
        index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        for order, indicator in enumerate(self.indicators):
            for phrase in indicator.context_phrases:
                index.setdefault(phrase[0], []).append((phrase, order))
        return index

    def by_context_phrase(self, lemmas: tuple[str, ...],
                          nearby: Callable[[frozenset[str]], bool]) -> Indicator | None:
        """An indicator with a context phrase that opens `lemmas` and is followed by nothing, a
        preposition or one of its context words ("расходы", "расходы на образование", "дефицит
        российского бюджета"; not "расходы населения", nor "планируемые объемы расходов" of a
        programme), provided `nearby(context_words)` says one of those words is near the
        figure. Of several such indicators, the one whose context word follows the phrase
        ("цены на бензин", "стоимость капусты") is tried first, then the longer phrase, then
        the one defined first; the first whose context word is near wins. Leading frame nouns
        are skipped ("прогноз доходов" is the revenue)."""
        lemmas = lemmas[self._past_frames(lemmas, 0):]
        if not lemmas:
            return None
        if any(lemmas[:len(p)] == p for p in self._neighbours_by_first_lemma.get(lemmas[0], ())):
            return None
        found: list[tuple[bool, int, int]] = []  # (context word follows, length, -order)
        for phrase, order in self._context_by_first_lemma.get(lemmas[0], ()):
            if lemmas[:len(phrase)] != phrase:
                continue
            indicator = self.indicators[order]
            after = _open_after(lemmas[len(phrase):], indicator.context_words,
                                self.measure_nouns)
            if after is not None:
                found.append((after, len(phrase), -order))
        for _follows, _length, order in sorted(found, reverse=True):
            indicator = self.indicators[-order]
            if nearby(indicator.context_words):
                return indicator
        return None

    def by_verb(self, verb_lemma: str, object_lemma: str | None = None) -> Indicator | None:
        if object_lemma:
            found = self._by_verb_object.get((verb_lemma, object_lemma))
            if found is not None:
                return found
        return self._by_verb.get(verb_lemma)

    def by_verb_counted(self, verb_lemma: str, counted: str | None) -> Indicator | None:
        """The first indicator defined with the pair (verb, the figure's counted noun)."""
        return self._by_verb_counted.get((verb_lemma, counted or ""))

    @cached_property
    def _by_verb_counted(self) -> dict[tuple[str, str], Indicator]:
        index: dict[tuple[str, str], Indicator] = {}
        for indicator in self.indicators:
            for pair in indicator.verb_counted:
                index.setdefault(pair, indicator)
        return index

    @cached_property
    def _by_verb_object(self) -> dict[tuple[str, str], Indicator]:
        """The first indicator defined with each (verb, object) pair."""
        index: dict[tuple[str, str], Indicator] = {}
        for indicator in self.indicators:
            for pair in indicator.verb_objects:
                index.setdefault(pair, indicator)
        return index

    @cached_property
    def _by_verb(self) -> dict[str, Indicator]:
        """The first indicator defined with each verb."""
        index: dict[str, Indicator] = {}
        for indicator in self.indicators:
            for verb in indicator.verbs:
                index.setdefault(verb, indicator)
        return index

    def for_unit(self, indicator_id: str | None, unit: str | None,
                 subject: str | None = None) -> str | None:
        """The indicator a figure in `unit` measures when its subject names `indicator_id`:
        the indicator's `by_unit` alternative for the unit's kind (money for any currency),
        else the indicator itself. An indicator with `by_unit_subjects` takes its alternative
        only for those subjects (see _is_by_unit_subject). A figure in money, in a physical
        unit or a time span measures it only if it lists the unit among its expected ones
        (money for any currency): "площадью около 70 кв. м" measures no price, wage or budget, "за 30 лет"
        no level, "безработица … пособие 300 долларов" not the unemployment rate (§4 rule 1).
        A count of people measures only an indicator that counts (lists person or item):
        "Минобороны направило 300 военнослужащих" is no defence spending, "16,1 млн человек"
        no real wage growth. (Things are left alone: "500 тыс. баррелей" is oil output, and a
        figure misread as things, "в два раза", keeps its indicator.)"""
        if indicator_id is None or unit is None:
            return indicator_id
        if unit in _NOT_A_LEVEL and unit not in self.units_by_id.get(indicator_id, (unit,)):
            return None
        kind = "money" if is_currency(unit) else unit
        found = indicator_id
        if self._is_by_unit_subject(indicator_id, subject):
            found = self._by_unit.get(indicator_id, {}).get(kind, indicator_id)
        listed = self.units_by_id.get(found)
        if kind == "money" and listed is not None and "money" not in listed:
            return None
        if unit == "person" and listed is not None and not _COUNTS.intersection(listed):
            return None
        return found

    def is_share_of_whole(self, indicator_id: str | None, unit: str | None,
                          of_a_group: bool) -> bool:
        """Whether a figure measuring `indicator_id` is instead a share of a whole (§4 rule 1):
        a percent of a group or of a whole named right after it (`of_a_group`: "(67%
        расходов)", "а это 83% населения Якутии") measures the indicator only when it is
        defined as a share ("безработица — 5% экономически активного населения")."""
        return indicator_id is not None and unit == "percent" and of_a_group \
            and indicator_id not in self.share_indicators

    def by_label(self, head: str) -> Indicator | None:
        """The first indicator whose `label_nouns` hold `head`, the lemma of a line's label."""
        return next((i for i in self.indicators if head in i.label_nouns), None)

    def level_of(self, indicator_id: str | None) -> str | None:
        """The indicator of an old or new level of a change that `indicator_id` measures ("на
        5,43% — до 2,69 млн человек"): its `level` when it has one, else itself."""
        return self._levels.get(indicator_id, indicator_id)

    @cached_property
    def _levels(self) -> dict[str | None, str]:
        return {i.id: i.level for i in self.indicators if i.level}

    def _is_by_unit_subject(self, indicator_id: str, subject: str | None) -> bool:
        """Whether `subject` may take the `by_unit` alternatives of `indicator_id`: always when
        the indicator lists no `by_unit_subjects`; else when the subject is one of them,
        followed only by a place, that is names and territory nouns ("численность населения
        республики", "население Латвии"; not "численность населения трудоспособного
        возраста")."""
        phrases = self._by_unit_subjects.get(indicator_id)
        if not phrases:
            return True
        words = WORD.findall(subject or "")
        lemmas = lemma_key(subject or "")
        for phrase in phrases:
            if lemmas[:len(phrase)] == phrase and all(
                    word[:1].isupper() or lemma in self.territory_nouns
                    for word, lemma in zip(words[len(phrase):], lemmas[len(phrase):],
                                           strict=True)):
                return True
        return False

    @cached_property
    def _by_unit_subjects(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        return {i.id: i.by_unit_subjects for i in self.indicators if i.by_unit_subjects}

    @cached_property
    def units_by_id(self) -> dict[str, tuple[str, ...]]:
        """The expected units of each indicator, by id."""
        return {i.id: i.units for i in self.indicators}

    @cached_property
    def _by_unit(self) -> dict[str, dict[str, str]]:
        return {i.id: dict(i.by_unit) for i in self.indicators if i.by_unit}

    @cached_property  # read for every figure's predicate: built once, not each time
    def flow_verbs(self) -> frozenset[str]:
        return frozenset(v for i in self.indicators for v in i.verbs) | frozenset(
            v for i in self.indicators for v, _o in i.verb_objects)


# units of a count (docs/annotation.md §4 rule 1, a count of recipients or of anything else is
# not a money, rate or index quantity): a figure counting people measures only an indicator
# that lists one of them
_COUNTS = frozenset({"person", "item"})

# units of length, area, volume, mass below a tonne, speed, temperature, power and energy, and
# of time spans down to seconds (docs/annotation.md §4 rule 1: a figure that measures another
# quantity than the indicator's, "мощностью 8 МВт", "на 30 минут"): a figure in one of them
# measures only an indicator that lists the unit.
_NOT_A_LEVEL = frozenset({"m2", "m3", "km2", "km", "m", "cm", "mm", "ha", "l", "kg", "g", "km_h",
                          "m_s", "deg", "MW", "MWh"}) | DURATION_UNITS


def _open_after(rest: tuple[str, ...], context_words: frozenset[str],
                measure_nouns: frozenset[str] = frozenset()) -> bool | None:
    """What follows a context phrase: adjectives then a context word, right after it or after a
    preposition ("цены на бензин") → True; nothing, or a preposition before anything else
    ("расходы на образование") → False (open, but the context word must be found nearby);
    another noun ("расходы населения") → None (closed). A measure noun is passed over, and
    the noun after it must be a context word: it is the item priced ("цена за литр бензина";
    "стоимость кубометра воды" is closed for the food and fuel prices)."""
    after_preposition = after_measure = False
    for word in rest:
        if word in context_words:
            return True
        if word in measure_nouns:
            after_preposition = after_measure = True
            continue
        info = word_info(word)
        if after_measure and info.pos not in ("ADJF", "PRTF", "PRCL", "NPRO"):
            return None  # determiners pass: "цена литра этого бензина"
        if info.pos == "PREP" and not after_preposition:
            after_preposition = True
            continue
        if info.pos not in ("ADJF", "PRTF"):
            return False if after_preposition else None
    return False


def _indicator(node) -> Indicator:
    if need_str_list(node, "context_phrases", optional=True) \
            and not need_str_list(node, "context_words", optional=True):
        raise node.fail("context_words", "context_phrases need context_words")
    return Indicator(
        id=need(node, "id", str),
        name=need(node, "name", str),
        units=tuple(need_str_list(node, "units", optional=True)),
        phrases=tuple(k for k in (lemma_key(p) for p in need_str_list(node, "phrases")) if k),
        verbs=frozenset(need_str_list(node, "verbs", optional=True)),
        verb_objects=_lemma_pairs(node, "verb_objects"),
        verb_counted=_lemma_pairs(node, "verb_counted"),
        context_phrases=tuple(k for k in (lemma_key(p) for p in need_str_list(
            node, "context_phrases", optional=True)) if k),
        context_words=_with_oblique_lemmas(need_str_list(node, "context_words", optional=True)),
        modifier_phrases=tuple(k for k in (lemma_key(p) for p in need_str_list(
            node, "modifier_phrases", optional=True)) if k),
        by_unit=_by_unit(node),
        by_unit_subjects=_by_unit_subjects(node),
        level=need(node, "level", str, optional=True),
        label_nouns=frozenset(lemma_key(" ".join(need_str_list(node, "label_nouns",
                                                                 optional=True)))),
    )


def _lemma_pairs(node, key: str) -> tuple[tuple[str, str], ...]:
    """The 'verb noun' lemma pairs listed under `key`."""
    pairs = []
    for text in need_str_list(node, key, optional=True):
        words = text.split()
        if len(words) != 2:
            raise node.fail(key, f"{text!r}: expected 'verb noun' (two lemmas)")
        pairs.append((words[0], words[1]))
    return tuple(pairs)


def _with_oblique_lemmas(words: list[str]) -> frozenset[str]:
    """The lemmas of `words`, and the lemmas our lemmatizer gives to their other case and
    number forms when these differ ("свинины" → "свинин", "курицы" → "кура", "молока" →
    "молока"): a context word must be found in whatever case the text puts it. Read once, when
    the rules are loaded."""
    found = set(lemma_key(" ".join(words)))
    for word in words:
        parses = analyzer().parse(word)
        if not parses:
            continue
        pos = parses[0].tag.POS
        found.update(lemma(form.word) for form in parses[0].lexeme if form.tag.POS == pos)
    return frozenset(found)


def _by_unit_subjects(node) -> tuple[tuple[str, ...], ...]:
    phrases = need_str_list(node, "by_unit_subjects", optional=True)
    if phrases and not node.get("by_unit"):
        raise node.fail("by_unit_subjects", "by_unit_subjects need by_unit")
    return tuple(k for k in map(lemma_key, phrases) if k)


def _by_unit(node) -> tuple[tuple[str, str], ...]:
    table = node.get("by_unit") or {}
    if not isinstance(table, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in table.items()):
        raise node.fail("by_unit", "expected a mapping of unit kind to indicator id")
    return tuple(table.items())
