"""Finding a noun phrase in a sentence and writing it as a subject: the head noun, its
attributes, prepositional and participial tails, quotes and asides. The machinery the subject
rules are built on, kept apart from the rules that decide which phrase a figure is about."""

from __future__ import annotations

from functools import lru_cache

from .phrases import (
    _agreeing_in_nominative,
    _conjuncts_in_nominative,
    _genitive_head,
    _joined,
    _lower_common,
    _to_case,
)
from .tokens import _CLAUSE_PUNCT, Tok

_MAX_TAIL = 8  # words after the head noun kept in a subject phrase
_MAX_CLAUSE = 10  # words of a participial phrase kept after a subject's head
_ATTRIBUTE_CASES = frozenset({"gent", "ablt", "datv"})  # cases of a noun's noun attributes
_CLAUSE_END = {",", ";", ":", ".", "!", "?", "(", ")", "-"}
_LOCATIVE = frozenset({"в", "во", "на"})  # prepositions that place what they follow


_NOMINATIVES: dict[tuple, str] = {}  # _nominative's phrases, by their words' readings
_MAX_NOMINATIVES = 8_192


def _nominative(words: list[Tok], number: str | None) -> str:
    """_to_case(words, "nomn", number), remembered: it reads only each word's text, part of
    speech and reading, and the same attributes and head come back for many figures and
    articles ("численность населения"). Bounded: emptied when full."""
    key = (tuple((t.text, t.pos, t.info) for t in words), number)
    found = _NOMINATIVES.get(key)
    if found is None:
        if len(_NOMINATIVES) >= _MAX_NOMINATIVES:
            _NOMINATIVES.clear()
        found = _NOMINATIVES[key] = _to_case(words, "nomn", force_number=number)
    return found


@lru_cache(maxsize=4)
def _adverbials_by_word(phrases: frozenset[tuple[str, ...]]) -> tuple[dict, dict]:
    """The sentence adverbials by their first word and by their last word, so that a word is
    matched only against the phrases it can open or close (the rules' set of phrases is one
    object per load: a handful of entries at most)."""
    first: dict[str, list[tuple[str, ...]]] = {}
    last: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if not phrase:
            raise ValueError("an empty sentence adverbial")
        first.setdefault(phrase[0], []).append(phrase)
        last.setdefault(phrase[-1], []).append(phrase)
    return first, last


class NounPhrases:
    """The noun-phrase helpers of _SentenceView (its self.toks, self.quantities, _in_place and
    _in_period are the sentence view's)."""

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
        shared = False  # passed an "и" that joins the predicate to a verb before it
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
            aside = self._adverbial_ending(toks, j) if tok.word and not adjacent else 0
            if aside:  # "число детей в то же время увеличилось": a sentence adverbial aside
                j -= aside
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
                # a relative clause only right before the verb of its head: "средства,
                # которые выделил район, составили" (not "…, которые отвечает …, в день …")
                relative = verb is not None and all(t.pos in ("ADVB", "PRCL")
                                                    for t in toks[j + 1:])
                opening = self._participial_opening(toks, j, relative) if tok.text == "," \
                    else None
                if opening is not None:  # "число мигрантов, подозреваемых в …, выросло"
                    j = opening - 1
                    continue
                aside = self._aside_opening(toks, j) if tok.text == "," else None
                if aside is not None:  # "средний курс, по прогнозам правительства, составит"
                    j = aside - 1
                    continue
                if tok.text == "," and j + 1 < len(toks) and toks[j + 1].pos == "NOUN" \
                        and self._attribute(toks, j + 1) and not self._item_with_figure(toks, j):
                    j -= 1  # "стоимость бананов, моркови и свёклы": genitives in a row
                    continue
                if tok.text == "," and self._dative_item(toks, j):
                    j -= 1  # "компенсация ветеранам войны, труженикам тыла …": datives in a row
                    continue
                if tok.text in _CLAUSE_PUNCT or tok.text in ".!?-;" or self._is_figure(tok):
                    break
                j -= 1
                continue
            if tok.lemma == "и" and tok.pos == "CONJ":
                coordinated = True
                # "… и составил": "и" right before the predicate joins two verbs of one subject
                shared = verb is not None and all(t.pos in ("ADVB", "PRCL") for t in toks[j + 1:])
                j -= 1
                continue
            if tok.pos == "INFN" and j > 0 and toks[j - 1].pos == "NOUN":
                j -= 1  # "готовность немцев принимать мигрантов": the noun's complement
                continue
            if verb is not None and verb.pos == "INFN" and self._governs_infinitive(tok) \
                    and all(t.pos in ("ADVB", "PRCL") for t in toks[j + 1:]) and (
                        verb.lemma in self.ctx.change_lemmas
                        or verb.lemma in self.ctx.price_change_verbs
                        or verb.lemma in self.ctx.copulas
                        or verb.lemma in self.ctx.predicates and "intr" in verb.info.tag):
                # "цены могут вырасти", "индекс может достичь 2500 пунктов", "курс будет
                # находиться в диапазоне …": the subject is the finite verb's (not that of a
                # transitive one, "Смиту удалось получить …", whose object the figure may be)
                j -= 1
                continue
            if tok.pos in ("VERB", "INFN", "GRND", "PRTS", "CONJ"):
                if not (coordinated and tok.pos in ("VERB", "INFN")):
                    break
                # "индекс продолжил расти и достиг …": the infinitive's own verb comes next
                coordinated = tok.pos == "INFN" and j > 0 and toks[j - 1].pos == "VERB"
                shared = shared and coordinated
            if shared and self._object_of_verb_before(toks, j):
                j -= 1  # "рост экспорта превысил прогноз и составил 12,2%": the object of
                continue  # the first of two verbs sharing a subject is not that subject
            if self._is_head(toks, j, any_case) or self._plural_subject_of(verb, toks, j):
                first = j
                while first >= 2 and toks[first - 1].lemma in ("и", "или") \
                        and toks[first - 2].pos == "NOUN" \
                        and "nomn" in toks[first - 2].info.cases \
                        and "gent" not in toks[first - 2].info.tag:
                    first -= 2  # "возведение и обустройство центра обойдется …": both conjuncts
                if first != j and self._governed(toks, first):
                    j = first - 1  # "цены на яблоки и апельсины выросли": the conjuncts are a
                    continue       # preposition's object; the head stands before it
                j = first
                whose = self._whose(toks, j)
                return whose or self._phrase_from(toks, j, pos)
            j -= 1
        return None

    @staticmethod
    def _object_of_verb_before(toks: list[Tok], j: int) -> bool:
        """The noun at `j` can be the accusative object of a transitive finite verb standing
        right before it and its attributes ("превысил прогноз", "отыграла потери")."""
        tok = toks[j]
        if tok.pos != "NOUN" or "accs" not in tok.info.cases:
            return False
        k = j - 1
        while k >= 0 and toks[k].pos in ("ADJF", "PRTF") and "accs" in toks[k].info.cases:
            k -= 1
        return k >= 0 and toks[k].pos == "VERB" and "tran" in toks[k].info.tag

    def _governs_infinitive(self, tok: Tok) -> bool:
        """A finite word that takes the infinitive of the predicate and shares its subject: a
        modal or phasal verb ("может", "продолжит"), the short adjective "должен", or the
        future "будет" of an analytic future ("будет находиться")."""
        if tok.pos == "VERB":
            return tok.lemma in self.ctx.modal_verbs \
                or tok.lemma == "быть" and "futr" in tok.info.tag
        return tok.pos == "ADJS" and tok.lemma in self.ctx.modal_verbs

    @staticmethod
    def _dative_item(toks: list[Tok], comma: int) -> bool:
        """The comma at `comma` joins dative complements of one noun ("выплаты ветеранам
        войны и труда, труженикам тыла"): an only-dative noun follows it, and an only-dative
        noun right after a noun stands shortly before it."""
        if comma + 1 >= len(toks):
            return False
        item = toks[comma + 1]  # "…, пострадавшим от репрессий гражданам": an attribute first
        if not (item.pos == "NOUN" and item.info.cases == {"datv"}
                or item.pos in ("ADJF", "PRTF") and "datv" in item.info.cases
                and "plur" in item.info.tag):
            return False
        for k in range(comma - 1, max(0, comma - 12), -1):
            if not toks[k].word and toks[k].text != "," \
                    or toks[k].pos in ("VERB", "INFN", "GRND", "PRTS"):
                return False
            if toks[k].pos == "NOUN" and toks[k].info.cases == {"datv"} \
                    and toks[k - 1].pos == "NOUN":
                return True
        return False

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

    def _item_with_figure(self, toks: list[Tok], comma: int) -> bool:
        """The comma at `comma` ends an item with a figure of its own, and the noun after it
        repeats a noun of that item: "20 млн рублей – средств фонда, средств бюджетов районов
        – 3,5 млн рублей" is a list of items each with its own head, not a row of genitives
        (but in "претензии ФНС составляют 987 млн, банка – 518 млн" the genitive stands for
        "претензии банка", the head left out)."""
        if comma + 1 >= len(toks):
            return False
        lemma = toks[comma + 1].lemma
        k = comma - 1
        figure = repeated = False
        while k >= 0 and toks[k].text not in (",", ";", ":"):
            figure = figure or self._is_figure(toks[k])
            repeated = repeated or (toks[k].pos == "NOUN" and toks[k].lemma == lemma)
            k -= 1
        return figure and repeated

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
        if k >= 1 and toks[k].lemma in ("и", "или") and "Fixd" in toks[j].info.tag \
                and toks[k - 1].pos == "NOUN" and ("nomn" not in toks[k - 1].info.cases
                                                   or self._attribute(toks, k - 1)
                                                   or self._governed(toks, k - 1)):
            return True  # "заболеваемость гриппом и ОРВИ", "спрос на кофе и какао": an
            # indeclinable noun coordinated with a complement is one too, of the same head
        if k >= 1 and (toks[k].text == "," or toks[k].lemma in ("и", "или")) \
                and toks[k - 1].pos == "NOUN" and "gent" in toks[k - 1].info.cases \
                and not (toks[k].text == "," and self._item_with_figure(toks, k)):
            # "стоимость бананов, моркови и свёклы": a genitive coordinated with one, when
            # their head is a free noun ("по информации Росстата, зарплаты …" is not one)
            m = k - 1
            while m >= 2 and (toks[m - 1].text == "," or toks[m - 1].lemma in ("и", "или")) \
                    and toks[m - 2].pos == "NOUN" and "gent" in toks[m - 2].info.cases:
                m -= 2
            owner = m - 1
            while owner >= 0 and toks[owner].pos in ("ADJF", "PRTF"):
                owner -= 1
            # (after "и"/"или" the head may be a preposition's object: "приём на программы
            # магистратуры и аспирантуры сократился")
            return owner >= 0 and self._attribute(toks, m) and (
                toks[k].text != "," or not self._governed(toks, owner))
        return k >= 0 and toks[k].pos == "NOUN" and not self._in_place(toks[k]) \
            and not self._in_period(toks[k]) and not self._ends_adverbial(toks, k)

    def _adverbial_ending(self, toks: list[Tok], k: int) -> int:
        """The length of the sentence adverbial ("в то же время", "в целом") whose last word
        is at k; 0 when none ends there."""
        if not 0 <= k < len(toks):
            return 0  # (no phrase ends outside the sentence)
        return max((len(phrase) for phrase in _adverbials_by_word(self.ctx.discourse_adverbials)[1]
                    .get(toks[k].text.lower(), ())
                    if tuple(t.text.lower() for t in toks[max(0, k - len(phrase) + 1):k + 1])
                    == phrase), default=0)

    def _ends_adverbial(self, toks: list[Tok], k: int) -> bool:
        """'в итоге', 'в общей сложности': the noun at k closes a sentence adverbial."""
        if not 0 <= k < len(toks):
            return False
        return any(tuple(t.text.lower() for t in toks[max(0, k - len(phrase) + 1):k + 1]) == phrase
                   for phrase in _adverbials_by_word(self.ctx.discourse_adverbials)[1]
                   .get(toks[k].text.lower(), ()))

    def _governed(self, toks: list[Tok], j: int, allowed=()) -> bool:
        """True when a preposition (other than `allowed`; when `allowed` maps prepositions to
        cases, other than one governing its case) governs the noun at j."""
        k = j - 1
        while k >= 0 and (toks[k].pos in ("ADJF", "PRTF", "NUMR", "ADVB") or (
                toks[k].lemma in ("и", "или") and k > 0 and k < j - 1
                and toks[k - 1].pos in ("ADJF", "PRTF") and toks[k + 1].pos in ("ADJF", "PRTF"))):
            if toks[k].lemma == "который":
                return False  # "согласно которому расходы …": the preposition is its
            k -= 1  # (over coordinated adjectives: "на культурные и спортивные мероприятия")
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
        nominative = _nominative(words[:first_noun + 1], number)
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
        skip_to = head
        for i in range(head + 1, min(len(toks), head + 1 + _MAX_TAIL)):
            tok = toks[i]
            if i <= skip_to:
                continue
            if tok.end > pos:
                break
            place = self._opens_place(toks, i)
            if place and words and words[-1].pos == "PRTF":
                skip_to = place  # "доля обнаруженных [в субъекте] фальшивых банкнот": the
                continue         # participle's place, between it and its noun
            if tok.text == "," and words and words[-1].pos == "NOUN" and prep_at is None \
                    and "gent" in words[-1].info.cases and i + 1 < len(toks) \
                    and toks[i + 1].end <= pos and toks[i + 1].pos == "NOUN" \
                    and "gent" in toks[i + 1].info.cases and toks[i + 1].text[:1].islower():
                words.append(tok)  # "стоимость бананов, моркови и свёклы": genitives in a row
                continue
            if tok.text == ",":  # "организации, имеющие задолженность": the phrase goes on
                end = self._participial_end(toks, i, relative=True)
                clause = toks[i:end] if end is not None and toks[end - 1].end <= pos else []
                return words, self._without_dangling(toks, clause)
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
                    or self.ctx.cause_phrases.match(self.view.text, tok.start) \
                    or self.ctx.framing_phrases.match(self.view.text, tok.start) \
                    or self._names_figure_after(toks, i) \
                    or self._introduces_figure(tok) or self._opens_adverbial(toks, i) \
                    or place:
                break
            if tok.pos == "ADJF" and prep_at is None and "nomn" in tok.info.cases \
                    and (i + 1 >= len(toks) or toks[i + 1].end > pos or not toks[i + 1].word):
                while words and words[-1].pos == "ADVB":
                    words.pop()  # "стоимость аренды весьма демократичная:": the predicate
                break
            if tok.pos == "NPRO" and prep_at is None and "nomn" in tok.info.cases:
                break  # "семье он предоставлен": a pronoun is the next member of the clause
            if tok.pos == "PREP":
                prep_at = len(words)
            elif tok.pos == "NOUN" and tok.lemma in self.ctx.not_subject \
                    and not self._people_attribute(toks, i):
                return words[:prep_at if prep_at is not None else len(words)], []
            elif tok.pos == "NOUN" and prep_at is None and not tok.info.cases & _ATTRIBUTE_CASES:
                while words and words[-1].pos in ("ADJF", "PRTF"):
                    words.pop()  # "политические [дивиденды]": adjectives of the next member
                break
            elif tok.pos == "NOUN":
                prep_at = None
            words.append(tok)
        return self._without_dangling(toks, words), []

    def _names_figure_after(self, toks: list[Tok], i: int) -> bool:
        """'участка [площадью] 9,4 га', 'масс [общим объемом] 800 кубометров': an
        instrumental noun, over its adjectives, right before a figure names that figure's
        measure, a figure of its own, not a part of the phrase before it (but "перед
        коллективами 17 организаций": a preposition's instrumental is the phrase's)."""
        k = i
        while k < len(toks) and toks[k].pos in ("ADJF", "PRTF") and "ablt" in toks[k].info.cases:
            k += 1
        return k + 1 < len(toks) and toks[k].pos == "NOUN" and "ablt" in toks[k].info.cases \
            and self._is_figure(toks[k + 1]) and not self._is_figure(toks[k]) \
            and not self._governed(toks, k)

    @staticmethod
    def _people_attribute(toks: list[Tok], i: int) -> bool:
        """'число людей трудоспособного возраста', 'количество лиц с инвалидностью': "человек"
        as the genitive of a noun, with no number before it, is what the noun counts (it is a
        unit word only after a number), and stays in the phrase when its own attribute
        follows: a genitive adjective, a prepositional phrase or a participial phrase."""
        tok = toks[i]
        if tok.lemma != "человек" or "gent" not in tok.info.cases or toks[i - 1].pos != "NOUN":
            return False
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return nxt is not None and (nxt.pos in ("ADJF", "PRTF", "PREP")
                                    and "Apro" not in nxt.info.tag or nxt.text == ",")

    @staticmethod
    def _without_dangling(toks: list[Tok], words: list[Tok]) -> list[Tok]:
        """A phrase cut before a place, period or figure loses the words that led to it: the
        adjectives agreeing with the cut noun ("для обеспечения водой восточного [Крыма]")
        and then the preposition or conjunction left bare ("которые пресекли в [2018 году]")."""
        if not words:
            return words
        words = list(words)
        nxt = next((k for k, t in enumerate(toks) if t.start >= words[-1].end), len(toks))
        while words and words[-1].pos in ("ADJF", "PRTF") and nxt < len(toks) \
                and toks[nxt].word and toks[nxt].pos == "NOUN" \
                and words[-1].info.cases & toks[nxt].info.cases:
            words.pop()
        if len(words) > 1 and words[0].text == ",":  # a clause: keep it whole or drop it
            while len(words) > 1 and words[-1].pos in ("PREP", "CONJ"):
                words.pop()
            if len(words) < 3:
                return []
        return words

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
        if tok.lemma in ("и", "или") and before.pos in ("ADJF", "PRTF") \
                and before.lemma != "который":
            # "число тяжких и особо тяжких преступлений", "оборот между итальянскими и
            # российскими компаниями": coordinated attributes of one noun share its case
            k = i + 1
            while k < len(toks) and toks[k].pos == "ADVB":
                k += 1
            return k < len(toks) and toks[k].pos in ("ADJF", "PRTF") \
                and bool(toks[k].info.cases & before.info.cases)
        if tok.lemma not in ("и", "или") or before.pos != "NOUN":
            return False
        k = i + 1  # the conjunct's noun, over its adjectives: coordinated nouns share a case
        while k < len(toks) and toks[k].pos in ("ADJF", "PRTF"):
            k += 1  # ("выкупила 4 га земли и осенью …": "осенью" is no conjunct of "земли")
        if k >= len(toks) or toks[k].pos != "NOUN":
            return False
        # the conjunct joins the noun before "и" or, over its genitives, the noun of the
        # prepositional phrase ("в сфере туризма и смежных отраслях")
        nouns, m = [before], i - 2
        while m >= 0 and toks[m].pos in ("NOUN", "ADJF", "PRTF"):
            if toks[m].pos == "NOUN":
                nouns.append(toks[m])
            m -= 1
        if m < 0 or toks[m].pos != "PREP":
            nouns = [before]
        return any(toks[k].info.cases & noun.info.cases for noun in nouns)

    def _opens_adverbial(self, toks: list[Tok], i: int) -> bool:
        """'население региона в среднем составляло': a sentence adverbial starts at i."""
        if not 0 <= i < len(toks):
            return False
        return any(tuple(t.text.lower() for t in toks[i:i + len(phrase)]) == phrase
                   for phrase in _adverbials_by_word(self.ctx.discourse_adverbials)[0]
                   .get(toks[i].text.lower(), ()))

    def _opens_place(self, toks: list[Tok], i: int) -> int | None:
        """'представительства [в разных странах мира]', 'жители [на территории региона]': a
        preposition of location before a common place noun opens where, not what (a place
        noun with a genitive that names no place is a kind of place: "в регионы
        расселения"). The index of the place noun, else None."""
        if toks[i].pos != "PREP" or toks[i].text.lower() not in _LOCATIVE:
            return None
        k = i + 1
        while k < len(toks) and toks[k].pos in ("ADJF", "PRTF"):
            k += 1
        if k >= len(toks) or toks[k].pos != "NOUN" or toks[k].lemma not in self.ctx.place_nouns:
            return None
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        kind = nxt is not None and nxt.pos == "NOUN" and "gent" in nxt.info.cases \
            and nxt.lemma not in self.ctx.place_nouns and not self._in_place(nxt) \
            and not self._in_period(nxt)
        return None if kind else k

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
        if toks[k].pos == "ADJF" and toks[k + 1].pos == "NOUN" \
                and toks[k].info.cases & toks[k + 1].info.cases:
            return None  # "…, большая часть из них": an adjective with its own noun opens a
            # new noun phrase, not a postposed modifier
        end = k + 1
        while end < len(toks) and toks[end].text not in _CLAUSE_END:
            tok = toks[end]
            if self._is_figure(tok) or tok.pos in ("VERB", "GRND") or end - comma > _MAX_CLAUSE:
                return None
            if self._in_period(tok) or self._in_place(tok):
                break
            if tok.lemma == "который":
                return None  # "объекты, ключевые из которых - …": a partitive, not a modifier
            end += 1
        return end

    @staticmethod
    def _relative_at(toks: list[Tok], k: int) -> bool:
        """'которые …', 'к которым …': a relative clause starts at k."""
        if k < len(toks) and toks[k].pos == "PREP":
            if toks[k].text.lower() == "среди":
                return False  # "организации, среди которых …": members named, not restricted
            k += 1
        return k < len(toks) and toks[k].lemma == "который"

    def _relative_end(self, toks: list[Tok], comma: int) -> int | None:
        end = comma + 1
        while end < len(toks) and toks[end].text not in _CLAUSE_END and toks[end].text != '"':
            if self._is_figure(toks[end]) or end - comma > _MAX_CLAUSE \
                    or toks[end].pos == "NPRO":
                return None  # "дистанция, которую он обязался пройти": one person's, not a kind
            if end > comma + 2 and (self._in_period(toks[end]) or self._in_place(toks[end])):
                break  # "нарушения, которые пресекли [в 2018 году]": not what is counted
            end += 1
        return end

    def _participial_opening(self, toks: list[Tok], comma: int, relative: bool = False
                             ) -> int | None:
        """Walking left, the comma at `comma` ends (or opens) a participial phrase or a
        relative clause (when `relative`) after a noun ("средства, которые выделил район,
        составили …"): the index of its opening comma, to go on left to the noun."""
        if self._participial_end(toks, comma) == len(toks):
            return comma
        for k in range(comma - 1, max(-1, comma - _MAX_CLAUSE - 2), -1):
            if toks[k].text == ",":
                return k if self._participial_end(toks, k, relative) == comma else None
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
            while len(words) > 1 and (words[0].lemma == "это" and words[0].pos == "NPRO"
                                      or words[0].pos == "ADJF"
                                      and words[0].lemma in self.ctx.evaluative):
                words = words[1:]  # "снижения этого показателя": the measure itself
        return words
