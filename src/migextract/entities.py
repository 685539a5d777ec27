"""Named entities from Natasha's NER tagger, with nominative normal forms from pymorphy3."""

from __future__ import annotations

import os
from collections import Counter
from functools import lru_cache

import regex

from .morph import WORDS_REMEMBERED, analyzer, inflect
from .places import Gazetteer, find_places
from .records import Entity

_WORD = regex.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\S")
_NOMN = frozenset({"nomn"})
_NAME_GRAMMEMES = {"Name", "Surn", "Patr"}


# Pieces the model reads at once (slovnet's default is 8). They come sorted by length, so a
# larger batch pads little and spends less in per-batch numpy overhead: NER CPU time -10 % on
# 1,500 TASS articles. A piece's tags do not depend on its batch: the pad word and shape embed
# to zeros, as the convolutions pad, and every layer's output is zeroed at pad positions.
NER_BATCH = 32


@lru_cache(maxsize=1)
def ner_tagger():
    from natasha import NewsEmbedding, NewsNERTagger

    tagger = NewsNERTagger(NewsEmbedding())
    tagger.batch_size = tagger.infer.encoder.batch_size = NER_BATCH
    return tagger


def tag_entities(text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer,
                 original: str | None = None) -> list[Entity]:
    """NER over the given spans of `text`, batched; offsets into `text`. `original` is the text
    before normalization (same length), whose ё the normal forms keep."""
    return tag_entities_of_many([(text, spans)], gazetteer,
                                None if original is None else [original])[0]


def tag_entities_of_many(documents: list[tuple[str, list[tuple[int, int]]]],
                         gazetteer: Gazetteer, originals: list[str] | None = None
                         ) -> list[list[Entity]]:
    """`tag_entities` for several (text, spans) at once. The model reads the spans shortest
    first: a batch is padded to its longest text, so similar lengths waste the least. The
    normal forms are read with the ё of `originals`, the texts before normalization, where
    given ("Алёна Сергеева", not "Ален Сергеев" from the folded "Алена Сергеева")."""
    pieces = [(doc, start, text[start:end]) for doc, (text, spans) in enumerate(documents)
              for start, end in spans]
    pieces.sort(key=lambda piece: len(piece[2]))
    out: list[list[Entity]] = [[] for _ in documents]
    if not pieces:
        return out
    markups = ner_tagger().map([piece for _doc, _start, piece in pieces])
    for (doc, start, _piece), markup in zip(pieces, markups, strict=True):
        for span in markup.spans:
            surface = markup.text[span.start:span.stop]
            if span.type == "PER" and not _looks_like_person(surface):
                continue
            # only a foreign name whose surname may be a genitive asks the sentence its case
            hint = _governed_case(documents[doc][0], start + span.start, start + span.stop) \
                if span.type == "PER" and _case_decides(surface) else None
            spelled = surface if originals is None else _with_yo(
                surface, originals[doc][start + span.start:start + span.stop])
            out[doc].append(Entity(start + span.start, start + span.stop, span.type, surface,
                                   normal_form(spelled, span.type, gazetteer, hint)))
    return [sorted(entities, key=lambda e: (e.start, e.end)) for entities in out]


def _with_yo(folded: str, original: str) -> str:
    """`folded` with the ё and Ё of `original`, the same span before normalization."""
    if "ё" not in original and "Ё" not in original:
        return folded
    return "".join(o if o in "ёЁ" else c for c, o in zip(folded, original, strict=True))


def _looks_like_person(surface: str) -> bool:
    """Natasha tags titles ("Вице-министр") and adverbs ("Сегодня") as PER at times."""
    for word in _WORD.findall(surface):
        if any(_NAME_GRAMMEMES & p.tag.grammemes for p in analyzer().parse(word)[:3]):
            return True
    return False


_CLAUSE_END = regex.compile(r"[.!?;:,\n«»\"()—]")


def _governed_case(text: str, start: int, end: int) -> str | None:
    """The case the sentence gives the name at text[start:end], where it says one: "nomn" when a
    verb in the indicative follows ("Оливье Дешахт напомнил"), "gent" when its clause opens
    with "по" and a noun in the dative ("По оценке главы компании Арно Балхузена")."""
    after = regex.match(r"\s*([^\W\d_]+)", text[end:end + 40])
    if after and any(p.tag.POS == "VERB" and "indc" in p.tag.grammemes
                     for p in analyzer().parse(after.group(1))[:1]):
        return "nomn"
    clause = _CLAUSE_END.split(text[max(0, start - 200):start])[-1]
    opening = regex.match(r"\s*по\s+([^\W\d_]+)", clause, regex.IGNORECASE)
    if opening and any(p.tag.POS == "NOUN" and p.tag.case == "datv"
                       for p in analyzer().parse(opening.group(1))[:1]):
        return "gent"
    return None


@lru_cache(maxsize=WORDS_REMEMBERED)
def normal_form(surface: str, kind: str, gazetteer: Gazetteer, case: str | None = None) -> str:
    """The nominative of an entity; `case` is the one its sentence gives it, if known."""
    if kind == "LOC":
        mentions = find_places(surface, gazetteer)
        if len(mentions) == 1 and mentions[0].end - mentions[0].start == len(surface):
            return mentions[0].place.name
    if kind == "PER":
        return _foreign_name(surface, case) or person_name(surface)
    return nominative_phrase(surface)


def person_name(surface: str) -> str:
    """A person's name in the nominative. The words of a name share case and gender, so the
    reading most words allow decides: "Аскарбека Ертаева" is genitive masculine (not the woman
    "Ертаева"), "Ерлан Мусабеков" is already nominative (not the genitive plural of "Ерлана").
    A word read as a name votes with its name readings only ("Марка" is the name Марк, not
    "марка"); a noun in -а/-я votes for both genders ("Дерипаски" is a man's too); an
    indeclinable word ("Матвиенко") does not vote and keeps its form; a surname pymorphy3 does
    not know votes as the form its guessed nominative takes ("Брукса" → "Брукс")."""
    words = surface.split()
    readings = [[p for p in analyzer().parse(w) if p.tag.number == "sing" and p.tag.case]
                for w in words]
    # a word alone is a surname, whose guessed readings count ("Джоковича")
    first_votes = _votes(words[0], readings[0], True, len(words) == 1)
    shared = Counter(c for word, ps in zip(words[1:], readings[1:], strict=True)
                     for c in dict.fromkeys(_votes(word, ps, False, bool(first_votes))))
    shared.update(list(dict.fromkeys(first_votes)))
    if not shared:
        return surface
    # ties go to the first name's likelier reading in pymorphy3 ("Вениамина" is more often
    # Вениамин's genitive than a woman's name), then to the nominative
    # — unless an indeclinable word hides the gender ("Яна Тоом", "Антонина Саволюк")
    likely = Counter()
    if len(words) > 1 and any("Name" in p.tag.grammemes for p in readings[0]) \
            and not any("Fixd" in p.tag.grammemes for ps in readings[1:] for p in ps[:1]):
        for p in readings[0]:
            if (p.tag.case, p.tag.gender) in first_votes:
                likely[p.tag.case, p.tag.gender] += p.score
    case, gender = max(shared, key=lambda c: (shared[c], round(likely[c], 2), c[0] == "nomn"))
    if case == "nomn":
        return surface
    out = []
    for word, parses in zip(words, readings, strict=True):
        matching = [p for p in parses if (p.tag.case, p.tag.gender) == (case, gender)
                    and not {"Fixd", "Infr"} & p.tag.grammemes]
        parse = next((p for p in matching if _NAME_GRAMMEMES & p.tag.grammemes),
                     matching[0] if matching else None) or _first_declension(parses, case)
        form = parse.inflect({"nomn", "sing"}) if parse else None
        out.append(keep_case(word, form.word) if form else _unknown_surname(word, case, gender))
    return " ".join(out)


def _foreign_name(surface: str, case: str | None) -> str | None:
    """A surname pymorphy3 only guesses after an indeclinable first name ("Тони", "Арно"),
    which says nothing of the case: the guesses are no evidence either ("Эстанге" is no locative
    of "Эстанг", "Дешахт" no genitive plural), so the sentence decides. The name stays as
    written when its surname can be a nominative: when a verb follows it, or when the surname
    does not end in -а/-я, the genitive's ending. In -а/-я it is a genitive only where the
    sentence governs one ("Балхузена" after "по оценке" → "Балхузен"; "Есихидэ Суга" stays).
    None where this does not apply."""
    words = surface.split()
    if not _after_indeclinable_name(words):
        return None
    if case == "nomn" or not words[1].lower().endswith(("а", "я")):
        return surface
    if case == "gent":
        # a man's surname in a consonant takes -а in the genitive, known to pymorphy3 or not
        surname = _unknown_surname(words[1], "gent", "masc")
        if surname == words[1] and regex.search(r"[бвгджзклмнпрстфхцчшщ]а$", surname):
            surname = surname[:-1]
        return f"{words[0]} {surname}"
    return None


def _after_indeclinable_name(words: list[str]) -> bool:
    """Two words: an indeclinable man's first name pymorphy3 knows ("Тони", "Арно") and a
    capitalised surname it only guesses (the names `_foreign_name` is about)."""
    if len(words) != 2 or not regex.fullmatch(r"[А-ЯЁ][а-яё-]+", words[1]):
        return False
    first, surname = analyzer().parse(words[0]), analyzer().parse(words[1])
    return bool(first) and "Fixd" in first[0].tag.grammemes \
        and any(p.is_known and "Fixd" in p.tag.grammemes and p.tag.gender == "masc"
                and "Name" in p.tag.grammemes for p in first) \
        and not any(p.is_known for p in surname)


def _case_decides(surface: str) -> bool:
    """Whether `_foreign_name` of `surface` depends on the case its sentence gives it: a
    foreign name whose surname ends in -а/-я, the genitive's ending."""
    words = surface.split()
    return _after_indeclinable_name(words) and words[1].lower().endswith(("а", "я"))


def _votes(word: str, parses: list, first: bool, guessed: bool) -> list[tuple[str, str | None]]:
    """The (case, gender) pairs a word of a name allows. The `first` word votes with every
    reading; a later word with its surname readings, else with its readings that are no first
    name ("Халберта" is no woman's name here). Readings pymorphy3 only guesses count when
    `guessed`: for a word alone, and after a first name that had its say ("Маска" as Маск's,
    but "Суга" after the indeclinable "Есихидэ" says nothing)."""
    if not parses:
        return []
    if "Fixd" in parses[0].tag.grammemes and not _NAME_GRAMMEMES & parses[0].tag.grammemes:
        if "Abbr" in parses[0].tag.grammemes and _unknown_surname(word, "gent", "masc") != word:
            return [("gent", "masc"), ("accs", "masc")]
        return []
    # an indeclinable name of one gender votes for every case of it ("Саволюк" as a woman's),
    # one of either gender for none ("Матвиенко"); a person in the accusative is animate
    # ("Плавник" is no accusative of a name)
    fixed = {p.tag.gender for p in parses if "Fixd" in p.tag.grammemes}
    declinable = [p for p in parses if ("Fixd" not in p.tag.grammemes
                                        or fixed in ({"masc"}, {"femn"})
                                        and _NAME_GRAMMEMES & p.tag.grammemes)
                  and p.tag.case != "voct"
                  and not (p.tag.case == "accs" and p.tag.animacy == "inan")
                  and (p.is_known or guessed)]
    if not first:
        declinable = [p for p in declinable if "Surn" in p.tag.grammemes] or \
            [p for p in declinable if "Name" not in p.tag.grammemes] or declinable
    votes = []
    if not first and regex.search(r"[бвгджзклмнпрстфхцчшщ]$", word.lower()):
        # a surname in a consonant is a man's or a woman's nominative: "Яна Тоом"
        votes = [("nomn", "masc"), ("nomn", "femn")]
    for p in declinable:
        votes.append((p.tag.case, p.tag.gender))
        if p.tag.POS == "NOUN" and p.normal_form.endswith(("а", "я")) \
                and not _NAME_GRAMMEMES & p.tag.grammemes:
            votes.append((p.tag.case, "masc" if p.tag.gender == "femn" else "femn"))
    return votes


def _first_declension(parses: list, case: str):
    """A reading in `case` of a noun in -а/-я, which declines alike for men and women: the man
    "Дерипаски" has only the readings of a feminine noun."""
    return next((p for p in parses if p.tag.case == case and p.tag.POS == "NOUN"
                 and "Fixd" not in p.tag.grammemes and p.normal_form.endswith(("а", "я"))), None)


_SURNAME_ENDINGS = (("а", ""), ("я", "й"), ("я", "ь"), ("ой", "ая"), ("ей", "ая"), ("ого", "ий"),
                    ("его", "ий"), ("ого", "ой"))


def _unknown_surname(word: str, case: str, gender: str | None) -> str:
    """A word of a name with no declinable reading in `case`: its nominative when one put back
    into `case` gives the word ("Брукса" → "Брукс"), else the word as written ("Матвиенко")."""
    if case != "gent" or gender != "masc" or not regex.fullmatch(r"[А-ЯЁ][а-яё-]+", word):
        return word
    lowered = word.lower()
    for ending, nominative in _SURNAME_ENDINGS:
        if not lowered.endswith(ending):
            continue
        guess = lowered[:len(lowered) - len(ending)] + nominative
        for parse in analyzer().parse(guess)[:3]:
            if parse.tag.POS != "NOUN" or parse.tag.case != "nomn" or "Fixd" in parse.tag.grammemes:
                continue
            form = parse.inflect({"gent", "sing"})
            if form is not None and form.word == lowered:
                return keep_case(word, guess)
    return word


def nominative_phrase(phrase: str) -> str:
    """Put the head noun of a phrase and the adjectives before it into the nominative.

    The head is the first noun; words after it (genitive attributes) stay as written:
    "Бюро национальной статистики" stays, "Министерства труда" → "Министерство труда".
    Adjectives take the head's gender and number: "Всемирного банка" → "Всемирный банк".
    """
    words = phrase.split()
    head = _head_noun(words)
    if head is None:
        return phrase
    index, noun = head
    plural = noun.tag.number == "plur"
    out = list(words)
    out[index] = _inflected(words[index], noun, {"nomn"} | ({"plur"} if plural else set()))
    agreement = {"nomn", "plur"} if plural else {"nomn"} | ({noun.tag.gender} - {None})
    for i in range(index):
        adjective = next((p for p in analyzer().parse(words[i]) if p.tag.POS in ("ADJF", "PRTF")
                          and p.tag.case == noun.tag.case), None)
        if adjective is not None:
            out[i] = _inflected(words[i], adjective, agreement)
    return " ".join(out)


def _head_noun(words: list[str]):
    """(index, parse) of the first noun; an abbreviation ("МВД") before it ends the search."""
    for i, word in enumerate(words):
        if word.isupper() and regex.match(r"[^\W\d_]", word):
            return None
        if not regex.match(r"[а-яё]", word, regex.IGNORECASE):
            continue  # numbers, Latin and Roman numerals: "III кварталом", "2022 годом"
        parse = analyzer().parse(word)[0]
        if parse.tag.POS == "NOUN":
            return i, parse
    return None


def _inflected(word: str, parse, grammemes: set[str]) -> str:
    form = parse.inflect(grammemes)
    if form is not None and {"Supr", "Cmp2"} & parse.tag.grammemes:
        form = _same_stem(word.lower(), parse, grammemes) or form
    return keep_case(word, form.word) if form else word


def _same_stem(word: str, parse, grammemes: set[str]):
    """The form in `grammemes` of the word itself, not of its lemma's other stem: pymorphy3
    inflects "высшей" through its lemma "высокий" into "высочайшая"; the form sharing the
    longest beginning with the word ("высшая") is the word's own."""
    forms = [f for f in parse.lexeme if grammemes <= f.tag.grammemes
             and ({"Supr", "Cmp2"} & parse.tag.grammemes) <= f.tag.grammemes]
    return max(forms, key=lambda f: len(os.path.commonprefix([f.word, word])), default=None)


def keep_case(model: str, word: str) -> str:
    """The capitals of `model` on `word`, part by part: "Сан-Франциско", "Ростов-на-Дону"."""
    model_parts, parts = model.split("-"), word.split("-")
    if len(model_parts) != len(parts):
        model_parts, parts = [model], [word]
    return "-".join(p[:1].upper() + p[1:] if m[:1].isupper() else p
                    for m, p in zip(model_parts, parts, strict=True))


__all__ = ["tag_entities", "normal_form", "nominative_phrase", "keep_case", "inflect", "_NOMN"]
