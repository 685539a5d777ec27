"""Where a figure is and who the other side of a flow is (its place and partner): the places
named in its clause, references like "в стране", "в мире", the frame of the paragraph and the
document's home. Kept together because place and partner are told apart by the same clues
(prepositions, lists, the verb of flow)."""

from __future__ import annotations

from collections import Counter
from itertools import takewhile

import regex

from ..morph import word_info
from ..places import WORLD, Place, PlaceMention
from ..records import is_currency
from .document_places import (
    _as_states,
    _stretch_end,
    _trusted,
    another_state,
    official,
    state_of_capital,
)
from .state import _DocState
from .tokens import _CLAUSE_PUNCT, Tok, _Remembered

# "241,7 тыс. направились в Россию, 29,3 тыс. – в Казахстан": the place after the dash is the
# figure's own, whatever the clause before it named
_DASH_THEN_PLACE = regex.compile(r"\s*[–—-]\s*(?:(?:в|во|из|на|с|со)\s+)?")


# "около 4 тыс. – гражданам Азербайджана": the people a listed figure counts, after its dash
_DASH_THEN_WORD = regex.compile(r"\s*[–—-]\s*(?P<word>[^\W\d_]+)\s+(?:из\s+)?")
# "на 1,2% в Иркутской области и на 1,4% в Хабаровском крае": a place right after its figure
_IN_PLACE = regex.compile(r"[ \t\xa0]+(?:в|во)[ \t\xa0]+")


# "США — на 1,9 млн тонн, Евросоюз — на 1,3 млн тонн": a list item's place, its dash, then its
# figure (a number, a currency sign, or one preposition before them)
_PLACE_THEN_DASH = regex.compile(r"(?:[ \t\xa0]*[–—]|[ \t\xa0]+-)[ \t\xa0]*"
                              r"(?:[^\W\d_]{1,3}[ \t\xa0]+)?[\d$€£]")


_ORIGIN_GAP = regex.compile(r"\s*(?:из\s+)?")  # "граждан| Киргизии", "выходцев| из Армении"
_FIGURE_JOINER = regex.compile(r"\s*(?:,|и|или)\s*")  # "21 и 22%": figures listed together
_WHERE = regex.compile(r"\s*,\s*где\b[^,;:()]*$", regex.IGNORECASE)  # "…, где" up to the figure


# the rules that leave a figure no place (a world market's price): no fallback to the document's
_NO_PLACE_RULES = frozenset({"ctx.place_world_price", "ctx.place_world_market",
                             "ctx.place_several_countries"})

# ", ", " и ", ", в " between two places of one list
_LIST_JOINER = regex.compile(r"(?:\s*\([^()]*\))?\s*(?:,|и|или)\s*(?:(?:в|во|на)\s+)?")


class PlaceRules:
    """The place rules of _SentenceView: a figure's place and partner."""

    # place ----------------------------------------------------------------------------

    def _place(self, index, window, right, indicator, fired, state: _DocState | None = None
               ) -> tuple[Place | None, Place | None]:
        respective = self._respective_partner(index)
        if respective is not None:
            fired.append("ctx.partner_respectively")
            place = self._place_fallback(index, window, fired)
            return place if place is None or place.id != respective.id else None, respective
        place, partner = self._own_place(index, window, right, indicator, fired)
        people = self._people_partner(index, window, fired, state)
        if people is not None and place is not None and place.id == people.id:
            place = None  # "Армения — 22 264 армян получили …": their country is the partner
        if place is None and not _NO_PLACE_RULES.intersection(fired):
            place = self._rate_currency_place(index, indicator, fired) \
                or self._place_fallback(index, window, fired)
            if place is not None and partner is not None and partner.id == place.id:
                partner = None  # "из страны уехали" after "правительства Латвии": no other side
        if people is not None and (place is None or self._country(place).id != people.id):
            partner = people  # not "30 тыс. казахов" in Kazakhstan
            if place is not None and place.kind == "country" \
                    and self._abroad_from_home(index, people, fired):
                fired.append("ctx.place_people_noun")
                place, partner = people, place
        elif people is None and state is not None and partner is not None \
                and partner.kind == "country" and self.quantities[index].unit in ("person", None):
            # "работники из Таджикистана — 433 137 … (в 2015 году — 461 291)": people counted
            # by origin, whose later figures in the sentence go on about them
            state.people = (partner, self.sentence.index)
        return place, partner

    def _own_place(self, index, window, right, indicator, fired
                   ) -> tuple[Place | None, Place | None]:
        # "… $50—55 за баррель приведёт к росту курса доллара до 62—65 рублей": world prices are
        # in dollars; money in a national currency (words.yaml currency_countries) is no
        # market's, even in the clause of one
        national = self.quantities[index].unit in self.rules.gazetteer.words.currency_countries
        if not national and self._world_price(window, right):
            fired.append("ctx.place_world_price")
            return None, None
        if not national and self._world_market_price(index):
            fired.append("ctx.place_world_market")
            return None, None
        respective = self._respective_place(index)
        if respective is not None:
            fired.append("ctx.place_respectively")
            return respective, None
        where = self._where_clause_place(index, window)
        if where is not None:
            fired.append("ctx.place_where_clause")
            return where, None
        residents = self._share_of_residents(index)
        if residents is not None:
            fired.append("ctx.place_residents")
            return residents, None
        given = self._giver_for_purpose(index)
        if given is not None:
            fired.append("ctx.place_giver")
            return given
        flow = bool(indicator) and indicator.startswith(self.ctx.flow_prefixes)
        candidates = self._place_candidates(index, window, right)
        if self._several_countries(candidates, index):
            fired.append("ctx.place_several_countries")
            return None, None
        place, partner = self._place_and_partner(candidates, flow, index)
        if place is not None:
            fired.append("ctx.place_in_sentence")
        return place, partner

    def _giver_for_purpose(self, index: int) -> tuple[Place, Place] | None:
        """'Вашингтон выделяет на образовательные проекты в Японии $2,5 млн', 'Госдеп решил
        вложить $6 млн в развитие медиасектора Молдавии': money a state gives (a place or a body
        of one state, words.yaml state_bodies, as the subject before a verb of transfer,
        transfer_verbs) for a purpose in another country named in the verb's clause is the
        giver's, the receiving country the partner, as money given to a country is (annotation
        §6.24) — unless the document is about the receiver, whose figure it then is."""
        if not is_currency(self.quantities[index].unit):
            return None
        verb = next((t for t in self.toks if t.lemma in self.rules.gazetteer.words.transfer_verbs
                     and t.pos in ("VERB", "INFN")), None)
        giver = verb and self._giver_before(verb)
        if giver is None:
            return None
        clause = [t for t in self.toks if t.start >= verb.end]
        clause = list(takewhile(lambda t: t.text not in _CLAUSE_PUNCT, clause))
        end = clause[-1].end if clause else verb.end
        receivers = [self._country(m.place) for m in self.places if verb.end < m.start < end
                     and m.preposition in (None, "в", "во") and not self._recipient(m)
                     and self._country(m.place).kind == "country"
                     and self._country(m.place).id != giver.id]
        home = self.view.home and self._country(self.view.home)
        if not receivers or home is not None and any(r.id == home.id for r in receivers):
            return None
        return giver, receivers[0]

    def _share_of_residents(self, index: int) -> Place | None:
        """'против санкций США выступают 83% жителей Германии', '40% населения Франции': a share
        of the residents or the population (words.yaml population_nouns, in the genitive right
        after the figure, "всех" may stand before) of a place named right after them is that
        place's figure, whatever other place the sentence names."""
        q = self.quantities[index]
        if q.unit != "percent":
            return None
        after = [t for t in self.toks if t.start >= q.end][:3]
        if after and after[0].lemma in self._WHOLE_WORDS:
            after = after[1:]
        if not after or after[0].lemma not in self.rules.gazetteer.words.population_nouns \
                or "gent" not in after[0].info.cases:
            return None
        named = next((m for m in self.places if m.start >= after[0].end), None)
        if named is None or self.view.text[after[0].end:named.start].strip():
            return None
        return named.place

    def _giver_before(self, verb: Tok) -> Place | None:
        """The state that is the subject of the verb: a state body ("Госдеп") or a place with
        no preposition, its first word in the nominative, before it; a capital or a union's
        seat is its state."""
        gazetteer = self.rules.gazetteer
        for tok in (t for t in self.toks if t.end <= verb.start):
            if tok.word and tok.text[:1].isupper() and tok.lemma in gazetteer.words.state_bodies \
                    and tok.info and "nomn" in tok.info.cases:
                return gazetteer.places.get(gazetteer.words.state_bodies[tok.lemma])
        for m in (m for m in self.places if m.end <= verb.start and m.preposition is None):
            first = self._first_word_of(m)
            if first is None or not first.info or "nomn" not in first.info.cases:
                continue
            state = self._union_seat(m) or state_of_capital(m.place, gazetteer) or m.place
            if state.kind in ("country", "group"):
                return state
        return None

    def _rate_currency_place(self, index: int, indicator, fired: list[str]) -> Place | None:
        """'пара доллар/рубль будет колебаться в коридоре 56—58 рублей': an exchange rate with no
        place of its own is the rate of the currency it is given in, that currency's country's
        (words.yaml currency_countries), whatever the story's home; the rouble in a story on
        Belarus is Belarus's."""
        if indicator != self._EXCHANGE_RATE and not self._quoted_rate(index):
            return None
        place = self._currency_country(index, self.view.home)
        if place is not None:
            fired.append("ctx.place_rate_currency")
        return place

    def _currency_country(self, index: int, instead: Place | None) -> Place | None:
        """The country of the national currency the figure is given in (words.yaml
        currency_countries: not the dollar or the euro), when `instead`, the place the figure
        would otherwise get, is in another country; None if it is in the same one or in none the
        gazetteer knows (an unlisted town), or is Belarus and the currency the rouble (Belarus
        counts in roubles too)."""
        countries = self.rules.gazetteer.words.currency_countries
        code = countries.get(self.quantities[index].unit or "")
        other = instead and self._country(instead)
        if code is None or other is None or other.kind != "country" or other.code == code \
                or other.code == countries.get("BYN") and code == countries.get("RUB"):
            return None
        return self.rules.gazetteer.country_with_code(code)

    _EXCHANGE_RATE = "finance.exchange_rate"

    def _quoted_rate(self, index: int) -> bool:
        """'курс доллара составит 61—62 рубля', 'пара евро/рубль … 68—70 рублей', '55 рублей за
        доллар': the sentence speaks of a rate (words.yaml rate_words), or the figure is priced
        per unit of another currency."""
        words = self.rules.gazetteer.words
        q = self.quantities[index]
        after = self._two_words_after(q.end)
        return not words.rate_words.isdisjoint(self._word_lemmas) or (
            len(after) == 2 and after[0].lemma == "за"
            and (after[1].lemma in words.currency_nouns or after[1].lemma == "евро"))

    def _place_fallback(self, index: int, window: list[Tok], fired: list[str]) -> Place | None:
        q = self.quantities[index]  # "На киевском рынке капуста стоила 4 гривны ($0,15)"
        body = self._state_body(index)
        if body is not None:
            fired.append("ctx.place_state_body")
            return body
        place = self._adjective_place([t for t in self.toks if t.end <= q.start]) \
            or self._adjective_of_whole(index)
        if place is not None:
            fired.append("ctx.place_adjective")
            return place
        if self._mentions_country(window):
            fired.append("ctx.place_country_word")
            return self._named_country(q.start) \
                or self.view.home and self._country(self.view.home)
        framed = self.frame is not None and not self._frame_is_destination()
        # "Минфин приобрёл валюту на 203,9 млрд рублей" in a story framed by the US: money in
        # a national currency with no place of its own is that currency's country's
        currency = self._currency_country(index, self.frame if framed else self.view.home)
        if currency is not None:
            fired.append("ctx.place_currency")
            return currency
        if framed:
            fired.append("ctx.place_frame")
            return self.frame
        if self.view.home is not None:
            fired.append("ctx.place_document")
        return self.view.home

    def _state_body(self, index: int) -> Place | None:
        """'Пентагон запросил $6,3 млрд', 'Госдеп решил вложить $6 млн в развитие медиасектора
        Молдавии': money whose clause has a body of one state (words.yaml state_bodies) as its
        subject, in the nominative before the figure, is that state's."""
        if not is_currency(self.quantities[index].unit):
            return None
        bodies = self.rules.gazetteer.words.state_bodies
        for tok in self._clause_before(self.quantities[index].start):
            if tok.word and tok.text[:1].isupper() and tok.lemma in bodies \
                    and "nomn" in tok.info.cases and tok.info.number != "plur":
                return self.rules.gazetteer.places.get(bodies[tok.lemma])
        return None

    def _frame_is_destination(self) -> bool:
        """'В Индию украинские производители поставили товаров на $2,2 млрд': a sentence that
        opens with "В" + a place in the accusative names where goods or people go, the other
        side of the flow, not the place its figures are about."""
        return any(m.place.id == self.frame.id and m.preposition in ("в", "во")
                   and self._towards(m) for m in self.places)

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
                and not self._of_home_country(m.place) for m in self.places):
            return None  # the figure names its own place ("работали в России" is the home's)
        elif q.counted is not None and q.unit != "person":
            return None  # "3,3 млн сирийцев, … в 21 лагере": a count of other things
        elif index and state.people[1] == self.sentence.index \
                or index == 0 and state.people[1] == self.sentence.index - 1 \
                and self._opens_with_this():
            found = state.people[0]
            fired.append("ctx.partner_people_carried")
        if found is not None and state is not None:
            state.people = (found, self.sentence.index)
        return found

    def _abroad_from_home(self, index: int, people: Place, fired: list[str]) -> bool:
        """'В России работают 1,5 млн граждан Узбекистана' in news on Uzbekistan: the document's
        own citizens counted in another country named in the sentence (a country: not "в
        Минске обсуждался обмен 87 украинских граждан") are seen from home, the country they are
        in being the other side (annotation §6.22, §6.24); in news on Russia
        the same sentence is Russia's, partner Узбекистан (§6.3). Only citizens by their noun
        ("граждан", "уроженцев"), counted by the figure itself: people named by nationality
        ("около 1 млн украинцев" in Poland) or carried from an earlier figure are the host's
        (§6.15)."""
        home = self.view.home
        q = self.quantities[index]
        return home is not None and home.kind == "country" and home.id == people.id \
            and "ctx.place_in_sentence" in fired and "ctx.partner_people" in fired \
            and q.counted in self.rules.gazetteer.words.origin_nouns

    _BACK_REACH = 3  # words at the start of a sentence that may refer back to the one before

    def _opens_with_this(self) -> bool:
        """'Это на 63% меньше, чем годом ранее', 'Позже эта цифра выросла до 2,1 млн': a
        sentence opening with "это" or "этот" (within its first words) goes on about what the
        sentence before counted."""
        return any(t.lemma in ("это", "этот")
                   for t in [t for t in self.toks if t.word][:self._BACK_REACH])

    def _people_of(self, index: int) -> Place | None:
        """The country of the people a figure counts: its counted noun ("украинцев"), a country
        adjective before a noun of origin right after it ("молдавских граждан"), or the country
        named before "жителей которого"."""
        q = self.quantities[index]
        gazetteer = self.rules.gazetteer
        after = self._two_words_after(q.end)
        found = None
        if q.counted in gazetteer.by_people:
            found = gazetteer.by_people[q.counted]
        elif len(after) == 2 and after[0].pos == "ADJF" \
                and after[1].lemma in gazetteer.words.origin_nouns:
            found = gazetteer.by_adjective.get(after[0].lemma)
        elif after and after[0].lemma == "который" and q.counted in gazetteer.words.origin_nouns:
            before = [m for m in self.places if m.end <= q.start]
            found = before[-1].place if before else None
        elif q.counted in gazetteer.words.origin_nouns:
            found = self._origin_after(q.end) or self._this_country_after(q.end) \
                or self._counted_people(index)
        elif q.counted in self.rules.gazetteer.words.migrant_nouns:
            found = self._origin_after(q.end) or self._counted_people(index)
        else:
            found = self._counted_people(index)
        if found is not None and found.kind != "country":
            return None
        return found

    def _counted_people(self, index: int) -> Place | None:
        """'число граждан Узбекистана в России составило 1,2 млн', 'количество мигрантов из
        Таджикистана выросло до 1,1 млн человек': a figure of people (its noun "человек", the
        people noun of its subject, or none) in a clause that opens its subject with a noun of a
        count (words.yaml count_nouns) of people by origin (origin_nouns, migrant_nouns) counts
        the people of the country named right after them."""
        q = self.quantities[index]
        words = self.rules.gazetteer.words
        people = words.origin_nouns | words.migrant_nouns
        if q.counted not in (None, "человек", *people) or q.unit not in (None, "person"):
            return None
        said = [t for t in self._clause_before(q.start) if t.word]
        for count, noun in zip(said, said[1:], strict=False):
            if count.lemma in words.count_nouns and noun.lemma in people \
                    and noun.info is not None and "gent" in noun.info.cases:
                return self._origin_after(noun.end)
        return None

    def _clause_before(self, start: int) -> list[Tok]:
        """The tokens of the clause that holds `start`, up to it, in text order."""
        before = [t for t in self.toks if t.end <= start]
        return list(takewhile(lambda t: t.text not in _CLAUSE_PUNCT, reversed(before)))[::-1]

    def _origin_after(self, end: int) -> Place | None:
        """'30 тыс. граждан Киргизии', '5 тыс. выходцев из Армении': the country named right
        after a count of people by origin (its noun inside the figure) is where they come from."""
        after = next((m for m in self.places if m.start >= end), None)
        if after is None or not _ORIGIN_GAP.fullmatch(self.view.text, end, after.start):
            return None
        return after.place

    def _two_words_after(self, end: int) -> list[Tok]:
        """The first two words of the sentence at or after `end` (fewer at its end)."""
        return [t for t in self.toks if t.start >= end and t.word][:2]

    def _this_country_after(self, end: int) -> Place | None:
        """'6860 граждан этой страны': the people of the foreign country named last before
        the figure, in its sentence or the one before it in the paragraph (_named_country)."""
        after = self._two_words_after(end)
        if len(after) < 2 or after[0].lemma != "этот" \
                or not self.ctx.country_words.fullmatch(after[1].lemma):
            return None
        return self._named_country(end, skip_home=True)

    def _of_home_country(self, place: Place) -> bool:
        home = self.view.home
        return home is not None and self._country(place).id == self._country(home).id

    def _world_price(self, window: list[Tok], right: list[Tok]) -> bool:
        """'$40 за баррель', 'стоимость барреля Urals составит $49,90': a price per barrel or
        per ounce is a world market's (words.yaml world_price_units), when the unit is in the
        figure's own clause or right after it ("за баррель")."""
        units = self.rules.gazetteer.words.world_price_units
        clause = list(takewhile(lambda t: t.text not in _CLAUSE_PUNCT, reversed(window)))
        after = right[:2] if right and right[0].text.lower() == "за" else []
        return any(t.word and t.lemma in units for t in clause + after)

    _GOOD_AFTER_PRICE = 3  # "цены на нефть", "стоимость барреля нефти марки Brent"

    def _world_market_price(self, index: int) -> bool:
        """'мировые цены на нефть выросли до $85', 'стоимость нефти марки Brent упала на 3%',
        'золото подорожало до $1300': the price of a good traded on a world market (words.yaml
        world_market_goods) on a world market (world_market_words: "мировой", "биржевой",
        "Brent") is the market's, not a territory's; the price word (world_price_words) is in the
        figure's clause with the good at most three words after it, or a verb of price has the
        good among the three words before it. A place named in that clause ("мировые цены на
        пшеницу в России") keeps the figure its own."""
        words = self.rules.gazetteer.words
        q = self.quantities[index]  # "выросли на 3% до 85 долларов": the clause of both
        clause = self._clause_before(q.start)
        said = [t for t in clause if t.word]
        reach = self._GOOD_AFTER_PRICE
        priced = any(
            t.lemma in words.world_price_words and any(
                g.lemma in words.world_market_goods
                for g in (said[i + 1:i + 1 + reach] if t.pos == "NOUN" else said[max(0, i - reach):i]))
            for i, t in enumerate(said))
        if not priced or words.world_market_words.isdisjoint(t.lemma for t in said):
            return False
        start = clause[0].start if clause else q.start
        return not any(start <= m.start < q.start for m in self.places)

    def _where_clause_place(self, index: int, window: list[Tok]) -> Place | None:
        """'уезжают в Польшу, где зарплаты в 4 раза выше': a figure in a clause opened by "где"
        is about the place the clause hangs on, even where the main clause makes it a
        destination."""
        if not any(t.text.lower() == "где" for t in window):
            return None
        q = self.quantities[index]
        for mention in reversed(self.places):
            if mention.end <= q.start and _WHERE.match(self.view.text, mention.end, q.start):
                return self._listed_with_others(mention, index) or mention.place
        return None

    def _place_candidates(self, index: int, window: list[Tok], right: list[Tok]
                          ) -> list[PlaceMention]:
        """Mentions (names and home words) that may give the figure's place, the likeliest
        last: the one right after its dash, else those between the figure and the one before,
        else the first right after it, else any before it in the sentence."""
        q = self.quantities[index]
        left = window[0].start if window else q.start
        mentions = sorted(self._places_not_ends + self._home_references + self._here_references
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

    @_Remembered
    def _places_not_ends(self) -> list[PlaceMention]:
        """The sentence's places but the ends of a stretch ("от Керчи до Симферополя"): the
        figures of a road or a line belong to the territory that holds it (_stretch_end)."""
        return [m for m in self.places if not _stretch_end(self.view.text, m.start, m.end)
                and not self._example_of_states(m) and not self._court_seat(m)
                and not self._speech_venue(m)]

    def _court_seat(self, mention: PlaceMention) -> bool:
        """'Высокий суд Лондона обязал банк выплатить $2 млрд', 'суд в Гааге': a place named right
        after a court noun (words.yaml court_nouns), in the genitive or after "в", is where the
        dispute was heard, not the territory of the money awarded."""
        before = self._words_before(mention)
        if mention.preposition in ("в", "во"):
            before = before[:-1]
        elif mention.preposition is not None:
            return False
        return bool(before) and before[-1].lemma in self.rules.gazetteer.words.court_nouns

    def _speech_venue(self, mention: PlaceMention) -> bool:
        """'выступая в Давосе, министр сказал …', 'на форуме в Давосе': the place of a speech
        (after the gerund of words.yaml venue_verbs, or a gathering of event_nouns and "в") is
        where the words were said, not the place of the figures they give."""
        if mention.preposition not in ("в", "во", "на"):
            return False
        before = self._words_before(mention)[:-1]
        if not before:
            return False
        words = self.rules.gazetteer.words
        return before[-1].pos == "GRND" and before[-1].lemma in words.venue_verbs \
            or mention.preposition != "на" and before[-1].lemma in words.event_nouns

    def _example_of_states(self, mention: PlaceMention) -> bool:
        """'для граждан 70 государств, в том числе России', 'банки 12 крупнейших государств
        (включая США, страны ЕС, Японию)': a country given as an example of a set of states
        (words.yaml example_markers after a plural of state_nouns), or a union of them, is a
        member of the set, not the territory of the sentence's figures."""
        words = self.rules.gazetteer.words
        if words.examples is None or mention.place.kind not in ("country", "group"):
            return False
        found = words.examples.search(self.view.text, self.sentence.start, mention.start)
        if found is None:
            return False
        noun = word_info(found.group("noun"))
        return noun.lemma in words.state_nouns and noun.number == "plur"

    def _dash_then_origin(self, end: int, start: int) -> bool:
        """'около 4 тыс. – гражданам Азербайджана': the people a listed figure counts, by origin."""
        found = _DASH_THEN_WORD.fullmatch(self.view.text, end, start)
        return bool(found) and word_info(found.group("word")).lemma \
            in self.rules.gazetteer.words.origin_nouns

    def _place_and_partner(self, candidates: list[PlaceMention], flow: bool, index: int
                           ) -> tuple[Place | None, Place | None]:
        """The likeliest candidate that is not the other side of a flow is the place; the
        likeliest other side is the partner. In a region's or a city's news the region counts
        its own ("Петербург откроет центры в Таджикистане": see _not_local)."""
        place, partner = None, None
        local_news = self._home_inside_country()
        for mention in reversed(candidates):
            if self._is_partner(mention) or flow and self._foreign(mention) \
                    and not self._left_from(mention):
                if partner is not None and place is None and self._acting_group(mention):
                    return mention.place, partner  # "ЕС принял с территории Турции 12,5 тыс."
                partner = partner or self._other_side(mention)
                if place is not None:
                    break  # "из стран СНГ в страну прибыло": the place, then its partner
                continue
            if local_news and self._not_local(mention) or place is not None \
                    or self._several_districts(mention, index):
                continue
            place = self._listed_with_others(mention, index) or self._seat_of_government(mention, index) \
                or self._capital(mention.place, self._words_before(mention)[-1:]) or mention.place
            if partner is not None:
                break
        if place is not None and partner is not None and place.id == partner.id:
            partner = None  # "правительства Латвии … из страны уехали": no other side
        return place, partner

    def _other_side(self, mention: PlaceMention) -> Place | None:
        """'Вашингтон выделит Киеву $100 млн' in news on Ukraine, 'выплатить Киеву', 'закупить у
        Вашингтона': a capital on the other side of a payment, a transfer or a purchase, with no
        preposition (the gazetteer records none for "у"), is its state: a city neither pays nor
        sells. "из Москвы прибыло" stays the city."""
        side = self._one_origin(mention)
        state = side and state_of_capital(side, self.rules.gazetteer)
        if state is None or mention.preposition or self._coordinated_preposition(mention):
            return side
        return state

    def _one_origin(self, mention: PlaceMention) -> Place | None:
        """'уроженцы Белоруссии, Молдовы и Грузии зарабатывают …': one figure for several
        countries of origin has no partner (annotation §6.10; the origins are its breakdown)."""
        listed = self._coordinated_list(mention)
        if len(listed) > 1 and all(m.place.kind == "country" and self._is_partner(m)
                                   for m in listed):
            return None
        return mention.place

    def _seat_of_government(self, mention: PlaceMention, index: int) -> Place | None:
        """'Киев намерен подписать с КНР соглашение о привлечении $7 млрд', in news on Ukraine: a
        capital with no preposition, the subject of a predicate of will, speech or obligation
        (words.yaml agent_predicates) in the figure's clause, stands for its country's
        government when the document is about that country. A city has no will: "Москва заняла
        первое место по зарплатам", "в Киеве", "жители Киева" and "статистику вытягивает Минск:
        зарплата в столице на 45% выше" stay the city."""
        union = self._union_seat(mention)
        if union is not None:
            return union
        place, home = mention.place, self.view.home
        state = state_of_capital(place, self.rules.gazetteer)
        if state is not None and official(self.view.text, mention, self.rules):
            return state  # "официальный Минск заявил": the government
        if place.kind == "city" and place.parent and (home is None or home.id != place.parent) \
                and not mention.preposition and not self._coordinated_preposition(mention):
            return self._foreign_seat(mention)
        if place.kind != "city" or not place.parent or home is None or home.id != place.parent \
                or mention.preposition or self._coordinated_preposition(mention):
            return None
        if self._recipient(mention):
            return home  # "«Газпром» должен выплатить Киеву $8,5 млрд": the state is paid
        q = self.quantities[index]
        between = self.view.text[min(mention.end, q.end):max(mention.start, q.start)]
        if ":" in between or ";" in between:
            return None
        after = [t for t in self.toks if t.start >= mention.end and t.word][:3]
        agents = self.rules.gazetteer.words.agent_predicates
        first = next((t for t in self.toks if t.start >= mention.start), None)
        if first is None or not first.info:
            return None
        if "nomn" in first.info.cases and any(t.lemma in agents for t in after):
            return home
        if "nomn" in first.info.cases and any(t.pos == "VERB" for t in after) \
                and self._state_elsewhere(mention):
            return home  # "Новые займы Киев делает …" where the text has Киев deal with Москва
        return home if self._dealing_with_another_state(mention) else None

    def _union_seat(self, mention: PlaceMention) -> Place | None:
        """'Брюссель перечислит €2,5 млн', 'у Брюсселя есть шесть-семь условий': a city the press
        names for a union's bodies (words.yaml union_seats), with no preposition or after "у",
        is the union; "в Брюсселе" is the city."""
        union = self.rules.gazetteer.words.union_seats.get(mention.place.name)
        if union is None or mention.preposition not in (None, "у"):
            return None
        return self.rules.gazetteer.places.get(union)

    def _foreign_seat(self, mention: PlaceMention) -> Place | None:
        """'… когда Осло ввёл 200-мильную зону' in a story naming Russia, 'Вашингтон беспокоит
        дефицит в торговле с Китаем': in news on another country, a capital with no preposition,
        the subject of a verb right after it, in a sentence that names a state other than its
        own (a country or a group of countries), is its government acting towards that state.
        "Вашингтон" as the seat of a body ("НКО … в Вашингтоне") keeps its preposition and stays
        the city."""
        gazetteer = self.rules.gazetteer
        country = state_of_capital(mention.place, gazetteer)
        if country is None:
            return None
        first = self._first_word_of(mention)
        after = [t for t in self.toks if t.start >= mention.end and t.word][:2]
        if first is None or "nomn" not in first.info.cases \
                or not any(t.pos == "VERB" for t in after):
            return None
        acting_towards = any(m is not mention and _trusted(m, self.view.confirmed)
                             and another_state(m.place, country, gazetteer) for m in self.places)
        return country if acting_towards else None

    def _state_elsewhere(self, mention: PlaceMention) -> bool:
        """The document names this capital for its state somewhere (document_places._as_states:
        "долга Киева Москве", "В Киеве посчитали, что …"): a text that uses the capital for the
        government goes on doing so when the capital acts."""
        mentions = list(self.view.place_mentions)
        spans = [(s.start, s.end) for s in self.view.sentences]
        states = _as_states(mentions, self.view.text, spans, self.rules)
        return any(m.place.id == mention.place.id and state.place.id != m.place.id
                   for m, state in zip(mentions, states, strict=True))

    def _dealing_with_another_state(self, mention: PlaceMention) -> bool:
        """'Белград отправил за рубеж оружия на $231,99 млн' beside "от РФ", 'выплатить Анкаре
        6 млрд евро' beside "ЕС", 'партнёров Киева' beside "Москва": a capital named with no
        preposition in a sentence that names another state (a foreign country, a group of
        countries or another country's city) is its country's government dealing with that
        state — a state lends, pays, sells and is owed, a city is not. Not the city's people
        ("жители Киева")."""
        home = self._country(self.view.home)
        before = self._words_before(mention)[-1:]
        if before and before[0].lemma in self.rules.gazetteer.words.population_nouns:
            return False
        return any(m is not mention and _trusted(m, self.view.confirmed)
                   and another_state(m.place, home, self.rules.gazetteer) for m in self.places)

    def _listed_with_others(self, mention: PlaceMention, index: int) -> Place | None:
        """'на 15% упала рождаемость … в Республике Алтай, в Омской, Оренбургской и Курской
        областях', "в Москве и Санкт-Петербурге цены выросли на 0,2%": one figure for two or
        more regions of a country is the country's, the regions being its breakdown
        (eval/dev/part_c/NOTES.md 11, part_d/NOTES.md 5). In a sentence of several figures
        ("…— 2,9, в Московской и Воронежской областях — 3,6") only a list between the figure
        and the one before, and not for coordinated figures ("21 и 22%": one for each place)."""
        listed = self._coordinated_list(mention)
        if len(self.quantities) > 1 and not self._own_list(listed, index):
            return None
        countries = {self.rules.gazetteer.country_of(m.place) for m in listed}
        if len(listed) < 2 or len(countries) != 1 or None in countries \
                or any(m.place.kind not in ("region", "city") for m in listed):
            return None
        return countries.pop()

    def _several_countries(self, candidates: list[PlaceMention], index: int) -> bool:
        """'в США и Великобритании безработица составила 4,1%': one figure for two or more
        countries named as where it is (a preposition of place before the list), alone in its
        sentence or with a list of its own, has no enclosing territory the text names: no place
        (§6.4), and none from the document either. Not in a region's or a city's news, where
        the countries host its facilities ("центров … в Киргизии и Таджикистане", §6.10)."""
        if not candidates:
            return False
        listed = self._coordinated_list(candidates[-1])
        return len(listed) > 1 and len({m.place.id for m in listed}) == len(listed) \
            and all(m.place.kind == "country" for m in listed) \
            and listed[0].preposition in ("в", "во") and not self._is_partner(listed[0]) \
            and (len(self.quantities) == 1 or self._own_list(listed, index)) \
            and not self._home_inside_country()

    def _several_districts(self, mention: PlaceMention, index: int) -> bool:
        """'в 89 школах трех районов: Курумканского, Джидинского и Селенгинского': one figure
        for two or more districts the gazetteer does not list is none of theirs; the territory
        that encloses them comes from elsewhere (§6.4, §6.10)."""
        listed = self._coordinated_list(mention)
        return len(listed) > 1 and all(m.place.kind == "district" for m in listed) \
            and (len(self.quantities) == 1 or self._own_list(listed, index))

    def _own_list(self, listed: list[PlaceMention], index: int) -> bool:
        """The list lies between the figure and the one before, holds no figure, and the figure
        is coordinated with neither of its neighbours."""
        q = self.quantities[index]
        before = self.quantities[index - 1] if index else None
        after = self.quantities[index + 1] if index + 1 < len(self.quantities) else None
        text = self.view.text
        if any(listed[0].start < other.start < listed[-1].end for other in self.quantities):
            return False  # "Чеченской республики (13%), в Алтайском крае (15%)": one each
        if before is not None and (before.end > listed[0].start
                                   or _FIGURE_JOINER.fullmatch(text, before.end, q.start)):
            return False
        return not (after is not None and _FIGURE_JOINER.fullmatch(text, q.end, after.start))

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
        world = self.rules.gazetteer.words.world_adjectives
        for i in range(len(window) - 1, -1, -1):
            tok = window[i]
            if tok.word and tok.lemma in world and (tok.text.islower() or tok is self.toks[0]) \
                    and not (i and window[i - 1].text[:1].isupper()
                             and window[i - 1] is not self.toks[0]) \
                    and not self._settlement_sense(window[i + 1:]):
                return WORLD  # "прогноз роста мировой экономики … до 3,9%", not "Второй мировой"
            if tok.word and tok.pos == "ADJF" and tok.lemma in by_adjective \
                    and (tok.text.islower() or tok is self.toks[0]) and not self._in_place(tok) \
                    and not self._of_a_person(window[i + 1:]) \
                    and not self._time_zone(window[i + 1:]) \
                    and not self._court_or_attacker(window[:i], window[i + 1:]) \
                    and not self._currency(window[i + 1:], by_adjective[tok.lemma]):
                place = by_adjective[tok.lemma]
                return self._capital(place, [t for t in window[i + 1:] if t.word][:1]) or place
        return None

    def _capital(self, country: Place, noun: list[Tok]) -> Place | None:
        """'в британской столице', 'в столице Великобритании': a country's adjective before a
        singular noun of a capital (words.yaml capital_nouns), or its name after one, is the
        capital city (words.yaml capitals), not the country; "в европейских столицах" is no one
        city."""
        words = self.rules.gazetteer.words
        city = words.capitals.get(country.id)
        if city is None or not noun or noun[0].lemma not in words.capital_nouns \
                or noun[0].info.number == "plur":
            return None
        return self.rules.gazetteer.places[city]

    _WHOLE_WORDS = frozenset({"весь", "всё"})

    def _adjective_of_whole(self, index: int) -> Place | None:
        """'Около 28% всех украинских врачей — пенсионеры': a share followed by the genitive
        phrase of the whole it is taken of, whose adjective of a country or region (gazetteer
        `adjectives`) says whose: the place of that adjective. Only a plural or inanimate head
        ("украинских врачей", "китайского экспорта"), as a single person's adjective is a
        nationality ("армянского полузащитника")."""
        if self.quantities[index].unit != "percent":
            return None
        by_adjective = self.rules.gazetteer.by_adjective
        words = [t for t in self._right(index) if t.word][:4]
        if words and words[0].lemma in self._WHOLE_WORDS:
            words = words[1:]
        adjectives = list(takewhile(lambda t: t.pos in ("ADJF", "PRTF"), words))
        head = words[len(adjectives)] if len(adjectives) < len(words) else None
        if head is None or head.pos != "NOUN" or "gent" not in head.info.cases \
                or head.info.animate and head.info.number != "plur":
            return None
        for tok in adjectives:
            if tok.text.islower() and tok.lemma in by_adjective:
                return by_adjective[tok.lemma]
        return None

    def _settlement_sense(self, after: list[Tok]) -> bool:
        """'в соответствии с мировым соглашением', 'мировой судья': "мировой" of a settlement
        (words.yaml not_world_nouns), the noun right after it."""
        head = next((t for t in after if t.word), None)
        return head is not None and head.lemma in self.rules.gazetteer.words.not_world_nouns

    def _court_or_attacker(self, before: list[Tok], after: list[Tok]) -> bool:
        """'Стокгольмский арбитраж обязал …', 'в результате удара российских ВКС погибли 15
        человек': a place adjective before a court noun (words.yaml court_nouns) names the
        court's seat, and one before a force noun (force_nouns) right after an attack noun
        (attack_nouns) names the attacker: neither is where the figure is."""
        words = self.rules.gazetteer.words
        head = next((t for t in after if t.word and t.pos not in ("ADJF", "PRTF")), None)
        if head is None:
            return False
        if head.lemma in words.court_nouns:
            return True
        attack = next((t for t in reversed(before) if t.word), None)
        return head.lemma in words.force_nouns and attack is not None \
            and attack.lemma in words.attack_nouns

    def _time_zone(self, after: list[Tok]) -> bool:
        """'в 10:00 по московскому времени': a place adjective before a noun of time
        (words.yaml time_zone_nouns) names a time zone, not where the figure is."""
        head = next((t for t in after if t.word), None)
        return head is not None \
            and head.lemma in self.rules.gazetteer.words.time_zone_nouns

    def _currency(self, after: list[Tok], place: Place) -> bool:
        """'курс американской валюты уменьшился на 9 копеек — до 58,23 рубля', 'укрепление рубля
        к американской и европейской валютам до 56,20 и 69,70': a place adjective before a
        currency noun (words.yaml currency_nouns; adjectives and "и" may stand between, or the
        noun be left out: "по отношению к американской") names the currency that another
        country's money or currency in the sentence (words.yaml currency_countries,
        currency_names) is priced against, not where the figure is (annotation §6.24: the
        dollar carries no country). "австралийский доллар потерял 0,02%", "российская валюта
        подорожала до 60 рублей" stay the currency's country's."""
        words = self.rules.gazetteer.words
        head = next((t for t in after if not t.word or t.pos not in ("ADJF", "PRTF", "CONJ")),
                    None)
        if head is not None and head.word:
            if head.lemma not in words.currency_nouns:
                return False
        elif words.currency_nouns.isdisjoint(self._word_lemmas) \
                and words.currency_names.keys().isdisjoint(self._word_lemmas):
            return False  # the noun left out, and no currency in the sentence to price against
        own = self._country(place).code
        codes = [q.unit or "" for q in self.quantities]
        codes += [words.currency_names[w] for w in self._word_lemmas if w in words.currency_names]
        return any(words.currency_countries.get(code) not in (None, own) for code in codes)

    @staticmethod
    def _of_a_person(after: list[Tok]) -> bool:
        head = next((t for t in after[:3] if t.pos == "NOUN"), None)
        return head is not None and head.info.animate

    @_Remembered
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
            place = self._country_word_antecedent(tok) \
                or self._region_of_city(gazetteer.home_meaning(tok.lemma, home), tok.lemma) \
                or self._antecedent(tok)
            if place is not None:
                out.append(PlaceMention(tok.start, tok.end, place, self._prep_before(tok.start)))
        return out

    def _names_home_country(self, home: Place) -> bool:
        """The sentence names the home country or uses its adjective."""
        return any(self._country(m.place).id == home.id for m in self.places) or any(
            t.word and t.pos == "ADJF" and self.rules.gazetteer.by_adjective.get(t.lemma) == home
            for t in self.toks)

    def _country_word_antecedent(self, tok: Tok) -> Place | None:
        """'правительства Латвии, … из страны уехали' in news on Ukraine: "страна" is the
        foreign country named before it (_named_country)."""
        at = self.toks.index(tok)
        if not self.ctx.country_words.fullmatch(tok.lemma) \
                or at and self.toks[at - 1].lemma == "этот":
            return None  # "10 606 граждан этой страны": their country, a partner
        return self._named_country(tok.start)

    def _region_of_city(self, place: Place | None, word: str) -> Place | None:
        """'бюджет региона' in news on Пермь is Пермский край: "регион" stands for a city only
        when the city is a region of its own (Москва), not for a city inside a region."""
        gazetteer = self.rules.gazetteer
        parent = gazetteer.places.get(place.parent) if place is not None and place.parent \
            else None
        if parent is not None and place.kind == "city" and parent.kind == "region" \
                and "region" in gazetteer.words.home_words.get(word, ()):
            return parent
        return place

    @_Remembered
    def _here_references(self) -> list[PlaceMention]:
        """'Но и здесь доля приезжих …', 'До Якутска отсюда 2068 км': "здесь" (words.yaml
        here_words) is the place named before it in its sentence as where ("больше всего
        сторонников оказалось в Калмыкии – здесь …"; not "До Якутска отсюда"), else the place
        framing the paragraph, else the first place of the nearest sentence before that names
        one."""
        here = self.rules.gazetteer.words.here_words
        out = []
        for tok in (t for t in self.toks if t.word and t.text.lower() in here):
            before = [m for m in self.places if m.end <= tok.start
                      and m.preposition in ("в", "во", "на") and not self._is_partner(m)]
            if tok.text.lower() == "там":
                place = before[-1].place if before else self._there_antecedent(tok)
            else:
                place = before[-1].place if before else self.frame or self._place_named_before()
            if place is not None:
                out.append(PlaceMention(tok.start, tok.end, place, "в"))
        return out

    @_Remembered
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
            if self._world_as_a_field(found.start()):
                continue
            out.append(PlaceMention(found.start(), found.end(), WORLD, "в"))
        return out + self._world_of_owner()

    def _world_of_owner(self) -> list[PlaceMention]:
        """'население мира достигло 7,6 млрд', 'в 23 странах мира', 'треть жителей Земли': a
        world noun (words.yaml world_nouns; "Земля" capitalised) in the genitive right after a
        noun of what a territory has (world_owner_nouns) names the world as that territory;
        "крупнейшая экономика мира" ranks a thing in the world (_world_as_a_field)."""
        words = self.rules.gazetteer.words
        said = [t for t in self.toks if t.word]
        return [PlaceMention(tok.start, tok.end, WORLD, None)
                for owner, tok in zip(said, said[1:], strict=False)
                if tok.lemma in words.world_nouns and tok.info and "gent" in tok.info.cases
                and (tok.lemma != "земля" or tok.text[:1].isupper())
                and owner.lemma in words.world_owner_nouns
                and not self._world_as_a_field(owner.start)]

    _FIELD_REACH = 5  # "крупнейший в мире", "быстрее, чем где бы то ни было в мире"

    def _world_as_a_field(self, start: int) -> bool:
        """'крупнейшее в мире стадо', 'самый высокий в мире', 'растёт быстрее, чем где-либо в
        мире': after a superlative or "где…" the world is the field a thing is ranked in, not
        where the figure is; "выше, чем в мире (5%)" gives the world's own figure."""
        before = [t for t in self.toks if t.end <= start and t.word][-self._FIELD_REACH:]
        return any("Supr" in t.info.tag or t.lemma == "самый"
                   or t.text.lower().startswith("где") for t in before if t.info)

    def _there_antecedent(self, tok: Tok) -> Place | None:
        """'В Нидерландах … . Там доля …': "там" with no place before it in its sentence is the
        one place named as where ("в/на …") in the sentence before, in the same paragraph, or
        the country enclosing the several places named there ("Дальний Восток и Байкал",
        annotation §6.4); not "там же", and nothing when that sentence names none."""
        after = [t for t in self.toks if t.word and t.start >= tok.end][:1]
        if after and after[0].text.lower() == "же" or not self.sentence.index:
            return None
        previous = self.view.sentences[self.sentence.index - 1]
        if previous.paragraph != self.sentence.paragraph:
            return None
        named: dict[str, Place] = {}
        last = None
        for m in (m for m in self.view.place_mentions if previous.start <= m.start < previous.end
                  and _trusted(m, self.view.confirmed)):
            if m.preposition in ("в", "во", "на") or last is not None and not m.preposition \
                    and _LIST_JOINER.fullmatch(self.view.text, last.end, m.start):
                named[m.place.id] = m.place  # "в Приморский край и Хабаровский край"
                last = m
            else:
                last = None
        if len(named) == 1:
            return next(iter(named.values()))
        # "в Приморский край и Хабаровский край … Там": the territory enclosing them (§6.4)
        countries = {self._country(p).id: self._country(p) for p in named.values()}
        return next(iter(countries.values())) if len(countries) == 1 and named else None

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
            mention.preposition or self._coordinated_preposition(mention)
            or self._of_its_people(mention))

    def _of_its_people(self, mention: PlaceMention) -> bool:
        """'рост численности населения РФ': the country named after its population or residents
        (words.yaml population_nouns) is the territory counted, not an institution."""
        before = self._words_before(mention)
        return bool(before) and before[-1].lemma in self.rules.gazetteer.words.population_nouns

    @_Remembered
    def _document_counts(self) -> Counter[str]:
        return Counter(m.place.id for m in self.view.place_mentions)

    def _respective_place(self, index: int) -> Place | None:
        """'в Иркутской области и Забайкальском крае … 21 и 22% соответственно': the places
        named before the first figure, in order, one for each figure."""
        words = self.rules.gazetteer.words.respectively
        if len(self.quantities) < 2 or words.isdisjoint(self._word_lemmas):
            return None
        these = self._these_countries()
        if len(these) > 1 and len(these) == len(self.quantities):
            return these[index]  # "в этих странах … 10 и 11 млн баррелей соответственно"
        named = [m for m in self.places
                 if m.end <= self.quantities[0].start and not self._is_partner(m)]
        if len(named) == len(self.quantities):
            return named[index].place
        position = self._place_in_each_group(index, len(named))
        if position is not None:
            return named[position].place
        # "значения Бразилии и ЕС — с 2,4% и 5,7% … до 6,2% и 8,2% соответственно": a list of
        # places none of which is an origin, a group among them
        plain = [m for m in self.places if m.end <= self.quantities[0].start]
        if len(plain) > len(named) and not any(
                (m.preposition or self._coordinated_preposition(m)) in ("из", "с", "со")
                or self._of_origin(m) for m in plain) \
                and len(self._coordinated_list(plain[-1])) == len(plain):
            position = index if len(plain) == len(self.quantities) \
                else self._place_in_each_group(index, len(plain))
            if position is not None:
                return plain[position].place
        # "в Волгоградской области и Калмыкии … 11,73% и 11,66% соответственно, то в
        # Астраханской области … 14,4%": the places pair with the figures listed together first
        listed = 1
        while listed < len(self.quantities) and _FIGURE_JOINER.fullmatch(
                self.view.text, self.quantities[listed - 1].end, self.quantities[listed].start):
            listed += 1
        return named[index].place if listed == len(named) > index else None

    def _these_countries(self) -> list[Place]:
        """'… ведущих нефтепроизводителей — Саудовской Аравии и России. Объём нефтедобычи в этих
        странах составляет 10 и 11 млн баррелей соответственно': "этих стран" (a plural of
        words.yaml state_nouns after "этот") before the first figure stands for the countries
        the sentence before names, in their order; none when a country is named between them and
        the figures ("По данным МИД РФ" before them is a source)."""
        first = self.quantities[0].start
        said = [t for t in self.toks if t.word and t.end <= first]
        nouns = self.rules.gazetteer.words.state_nouns
        phrase = next((noun for this, noun in zip(said, said[1:], strict=False)
                       if this.lemma == "этот" and noun.lemma in nouns
                       and noun.info.number == "plur"), None)
        if phrase is None or not self.sentence.index or any(
                phrase.end <= m.start < first and m.place.kind == "country" for m in self.places):
            return []
        previous = self.view.sentences[self.sentence.index - 1]
        named: dict[str, Place] = {}
        for m in self.view.place_mentions:
            if previous.start <= m.start < previous.end and m.place.kind == "country" \
                    and _trusted(m, self.view.confirmed):
                named.setdefault(m.place.id, m.place)
        return list(named.values())

    def _figure_groups(self) -> list[int]:
        """The sizes of the runs of figures listed together ("2,4% и 5,7%"), in order."""
        sizes = [1]
        for before, after in zip(self.quantities, self.quantities[1:], strict=False):
            if _FIGURE_JOINER.fullmatch(self.view.text, before.end, after.start):
                sizes[-1] += 1
            else:
                sizes.append(1)
        return sizes

    def _place_in_each_group(self, index: int, named: int) -> int | None:
        """'значения Бразилии и ЕС — с 2,4% и 5,7% … до 6,2% и 8,2% соответственно': two or more
        runs of figures listed together, each as long as the list of places; a figure pairs with
        the place at its position in its run."""
        sizes = self._figure_groups()
        if named < 2 or len(sizes) < 2 or any(size != named for size in sizes):
            return None
        return index % named

    def _respective_partner(self, index: int) -> Place | None:
        """'уроженцы Таджикистана и Узбекистана … 54% и 53% соответственно', 'из Финляндии,
        Латвии и Эстонии приехали 12, 15 и 18 тыс. соответственно': when every place named before
        the figures is the other side (origins), they pair with the figures one by one as
        partners, and the place is left to the rest of the sentence or the document."""
        words = self.rules.gazetteer.words.respectively
        if len(self.quantities) < 2 or words.isdisjoint(self._word_lemmas):
            return None
        before = [m for m in self.places if m.end <= self.quantities[0].start]
        if len(before) < 2 or not all(self._is_partner(m) for m in before):
            return None
        if len(before) == len(self.quantities):
            return before[index].place
        position = self._place_in_each_group(index, len(before))
        return before[position].place if position is not None else None

    def _home_inside_country(self) -> bool:
        home = self.view.home
        return home is not None and home.kind != "country" \
            and self.rules.gazetteer.country_of(home) is not None

    def _country(self, place: Place) -> Place:
        return self.rules.gazetteer.country_of(place) or place

    def _words_before(self, mention: PlaceMention) -> list[Tok]:
        """The word tokens of the sentence before the mention."""
        return [t for t in self.toks if t.end <= mention.start and t.word]

    def _first_word_of(self, mention: PlaceMention) -> Tok | None:
        return next((t for t in self.toks if t.start >= mention.start and t.word), None)

    def _mentions_country(self, toks: list[Tok]) -> bool:
        # not the word of a name ("в Республике Таджикистан")
        return any(self.ctx.country_words.fullmatch(t.lemma) and not self._in_place(t)
                   for t in toks)

    def _named_country(self, end: int, skip_home: bool = False) -> Place | None:
        """'По данным правительства Латвии, за десять лет из страны уехали …', 'По данным
        Минздрава Украины … Ежегодно из страны уезжают …': in a document on another country,
        "страна" is the one foreign country named before it in its sentence, else in the
        sentence before it in the paragraph; "граждан этой страны" (`skip_home`) is never the
        home country's."""
        home = self.view.home and self._country(self.view.home)
        if not skip_home and home is not None and self._names_home_country(home):
            return None  # "латвийского Управления … жителей страны … Латвии": the home
        sentences = [self.sentence]
        if self.sentence.index:
            before = self.view.sentences[self.sentence.index - 1]
            if before.paragraph == self.sentence.paragraph:
                sentences.append(before)
        for sentence in sentences:
            stop = end if sentence is self.sentence else sentence.end
            named = {m.place.id: m.place for m in self.view.place_mentions
                     if sentence.start <= m.start and m.end <= stop
                     and m.place.kind == "country" and _trusted(m, self.view.confirmed)
                     and not (skip_home and home is not None and m.place.id == home.id)
                     and not (sentence is self.sentence and not skip_home
                              and self._origin_of_arrival(m))}
            if not named and sentence is self.sentence:
                named = self._adjective_countries(end)
            if len(named) == 1:
                country = next(iter(named.values()))
                return country if home is None or country.id != home.id else None
            if named:
                return None
        return None

    def _origin_of_arrival(self, mention: PlaceMention) -> bool:
        """'Из ЮАР в страну поступило 100 тыс. тонн угля': a country things or people come from
        in a sentence of no departure is the other side, never what "страна" stands for."""
        return mention in self.places and (mention.preposition or self._coordinated_preposition(
            mention)) in ("из", "с", "со") and not self._departures

    def _adjective_countries(self, end: int) -> dict[str, Place]:
        """'финские власти запустили эксперимент: 10 тыс. жителей страны …': the countries whose
        adjectives (gazetteer `adjectives`, in lower case or opening the sentence) the sentence
        uses before `end`."""
        by_adjective = self.rules.gazetteer.by_adjective
        found = (by_adjective.get(t.lemma) for i, t in enumerate(self.toks)
                 if t.end <= end and t.word and t.pos == "ADJF"
                 and (t.text.islower() or t is self.toks[0])
                 and not self._time_zone(self.toks[i + 1:]))
        return {p.id: p for p in found if p is not None and p.kind == "country"}

    def _is_partner(self, mention: PlaceMention) -> bool:
        """'из стран СНГ прибыло': the origin of an arrival is a partner, not the place."""
        if self._recipient(mention):
            # "Украина должна выплатить России $3 млрд": the other side of a payment
            return not self._home_side(mention) and self._giver_named(mention)
        if mention.preposition is None and not self._home_side(mention) and any(
                m is not mention and self._recipient(m) and self._home_side(m)
                for m in self.places):
            return True  # "ЕС обещал выплатить Анкаре 6 млрд евро" in news on Turkey: the payer
        if mention.place.kind == "group" and mention.place.parent is None:
            # "из стран СНГ": a group of countries; a federal district is a place, and so is
            # a group a figure is averaged over ("в среднем по Евросоюзу") and a group or part
            # of the world a figure is in ("в Северной Африке безработица составила 11,7%")
            return not self._averaged_over(mention) and not self._in_part_of_world(mention) \
                and not self._owner_group(mention) and not self._heads_dash_item(mention)
        if self._foreign(mention) and self._of_origin(mention):
            return True  # "граждане Узбекистана": where people come from (annotation §6.3)
        if self._seller(mention):
            return True  # "закуплено у Польши": the other side of a purchase
        departures = self._departures
        preposition = mention.preposition or self._coordinated_preposition(mention)
        if preposition in ("из", "с", "со"):
            return not departures  # origin of arrivals; "из Казахстана уехали" is Kazakhstan
        if preposition in ("в", "во", "на") and self._foreign(mention) and self._towards(mention):
            return True  # "переводы в Узбекистан" from Russia: where the flow goes
        return preposition in ("в", "во") and departures and self.view.home is not None \
            and mention.place.id != self.view.home.id

    def _heads_dash_item(self, mention: PlaceMention) -> bool:
        """'сбор опустился: США — на 1,9 млн тонн, Евросоюз — на 1,3 млн тонн': a group with no
        preposition right before the dash of a list item, after an item of the same form, is the
        territory of the item's figure, like the country before it. "экспорт в страны СНГ
        составил 12%, ЕС — 30%" (the items' preposition left out) and "из ЕС — 5%" stay the
        other side."""
        if not self._bare_dash_item(mention):
            return False
        earlier = [m for m in self.places if m.end <= mention.start]
        return bool(earlier) and self._bare_dash_item(earlier[-1])

    def _bare_dash_item(self, mention: PlaceMention) -> bool:
        return mention.preposition is None and not self._coordinated_preposition(mention) \
            and _PLACE_THEN_DASH.match(self.view.text, mention.end) is not None

    def _recipient(self, mention: PlaceMention) -> bool:
        """'выплатить России $3 млрд', 'задолжали Китаю', 'поставки Китаю': a place in the
        dative with no preposition right after a verb or a noun of transfer (words.yaml
        transfer_verbs, transfer_nouns; one adverb may stand between: "передать безвозмездно
        Сербии") is who receives the money or goods. After a noun the form must not also be a
        genitive ("помощь России" may be Russia's own help)."""
        if mention.preposition is not None or self._coordinated_preposition(mention):
            return False
        first = self._first_word_of(mention)
        if first is None or first.start >= mention.end or "datv" not in first.info.cases:
            return False
        before = self._words_before(mention)[-2:]
        if len(before) == 2 and before[1].pos in ("ADVB", "PRCL"):
            before = before[:1]
        if not before:
            return False
        words = self.rules.gazetteer.words
        head = before[-1]
        if head.lemma in words.transfer_verbs and head.pos in ("VERB", "INFN", "PRTF", "PRTS"):
            return True
        return head.lemma in words.transfer_nouns and head.pos == "NOUN" \
            and "gent" not in first.info.cases

    def _seller(self, mention: PlaceMention) -> bool:
        """'119 тыс. тонн было закуплено у Польши', 'Турция купила у России': a place after "у"
        right after a verb of buying (words.yaml purchase_verbs; its object or one adverb may
        stand between) is who sells."""
        head = self._coordinated_list(mention)[0]  # "у Польши и Чехии": the head's verb
        before = self._words_before(head)
        if mention.preposition is not None or not before or before[-1].text.lower() != "у":
            return False
        before = before[:-1]
        if len(before) >= 2 and before[-1].pos in ("ADVB", "PRCL", "NOUN"):
            before = before[:-1]  # "закупает газ у Польши", "закупила также у Польши"
        return bool(before) and before[-1].lemma in self.rules.gazetteer.words.purchase_verbs

    def _giver_named(self, recipient: PlaceMention) -> bool:
        """The sentence names the giving side as a place ("Украина должна выплатить России")
        or by its adjective ("украинские производители поставили Белоруссии"): a payment between
        places. A giver that is no place ("фонд выделил Украине $14 млн") leaves the recipient
        the place the figure is about."""
        own = self._country(recipient.place)
        if any(m is not recipient and self._country(m.place) != own for m in self.places):
            return True
        adjective = self._adjective_place([t for t in self.toks if t.end <= recipient.start])
        return adjective is not None and adjective is not WORLD and self._country(adjective) != own

    def _home_side(self, mention: PlaceMention) -> bool:
        """The place is the document's country or lies in it ("выделить Украине" in news on
        Ukraine, "выплатить Киеву" in news on Ukraine): the side the figure is about."""
        if mention.place.kind == "group":
            return False  # "поставки Евросоюзу": a union is never the document's own side
        home = self.view.home and self._country(self.view.home)
        return home is None or self.rules.gazetteer.country_of(mention.place) in (None, home)

    @_Remembered
    def _departures(self) -> bool:
        """The sentence has a verb of leaving ("уехали", "выехали", "переехать")."""
        verbs = [t for t in self.toks if t.pos in ("VERB", "PRTS")]
        flows = {v.lemma: self.rules.indicators.by_verb(v.lemma) for v in verbs}
        return any(i and i.id.endswith("departures") for i in flows.values()) \
            or any(v.lemma in self.rules.gazetteer.words.destination_verbs for v in verbs)

    def _left_from(self, mention: PlaceMention) -> bool:
        """'из Украины выехали около 10 тысяч врачей' in news on Poland: the country people
        leave is the place of a departure (§4: "из Казахстана уехали" is Kazakhstan), not the
        other side, however foreign."""
        preposition = mention.preposition or self._coordinated_preposition(mention)
        return preposition in ("из", "с", "со") and self._departures and not any(
            (m.preposition or self._coordinated_preposition(m)) in ("в", "во", "на")
            and self._towards(m) for m in self.places)  # "в Россию из Украины переехали"

    def _in_part_of_world(self, mention: PlaceMention) -> bool:
        """'в Южной Азии', 'в странах Северной Африки', 'цена на масло в ЕС снизилась': a
        group of countries or a part of the world in the locative, in a sentence with no verb
        of flow, is where the figure is ("в страны СНГ", accusative, is where people go)."""
        preposition = mention.preposition or self._coordinated_preposition(mention)
        if preposition not in ("в", "во", "на") or self._towards(mention):
            return False
        return not any(t.pos in ("VERB", "PRTS", "INFN") and self.rules.indicators.by_verb(t.lemma)
                       for t in self.toks)

    def _owner_group(self, mention: PlaceMention) -> bool:
        """'прогнозы роста ВВП еврозоны', 'безработица в странах … населения ЕС': a group of
        countries in the genitive right after a noun, with no preposition, is whose quantity the
        figure measures (its place); people named by origin ("граждане стран СНГ") keep it the
        other side."""
        if mention.preposition or self._coordinated_preposition(mention) or self._of_origin(mention):
            return False
        before = self._words_before(mention)[-1:]
        first = next((t for t in self.toks if t.start >= mention.start), None)
        return bool(before) and before[0].pos == "NOUN" and first is not None \
            and first.info is not None and "gent" in first.info.cases \
            and not self.ctx.country_words.fullmatch(before[0].lemma)

    def _averaged_over(self, mention: PlaceMention) -> bool:
        """'в среднем по Евросоюзу', 'инфляция по странам еврозоны': "по" before the name, not
        in the name of a body ("Совет по Латинской Америке")."""
        if (mention.preposition or self._coordinated_preposition(mention)) != "по":
            return False
        before = self._words_before(mention)[-2:-1]
        return not (before and before[0].text[:1].isupper())

    def _of_origin(self, mention: PlaceMention) -> bool:
        """The name follows a noun of people by origin ("граждане Узбекистана", "выходцы из
        Таджикистана"), over a preposition "из"."""
        before = [t for t in self.toks if t.end <= mention.start][-2:]
        if before and before[-1].text.lower() == "из":
            before = before[:-1]
        if bool(before) and before[-1].word \
                and before[-1].lemma in self.rules.gazetteer.words.origin_nouns:
            return True
        # "уроженцы Таджикистана и Узбекистана": the second name shares the noun of the first
        earlier = [m for m in self.places if m.end <= mention.start]
        return bool(earlier) and earlier[-1].place.kind == "country" and bool(regex.fullmatch(
            r"\s*(?:,|и|или)\s*", self.view.text[earlier[-1].end:mention.start])) \
            and self._of_origin(earlier[-1])

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
            # "из Финляндии, Латвии и Эстонии": the preposition of the head of the list
            return earlier[-1].preposition or self._coordinated_preposition(earlier[-1])
        return None
