"""Named entities from Natasha's NER tagger, with nominative normal forms from pymorphy3."""

from __future__ import annotations

from functools import lru_cache

import regex

from .morph import analyzer, inflect
from .places import Gazetteer, find_places
from .records import Entity

_WORD = regex.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*|\S")
_NOMN = frozenset({"nomn"})
_NAME_GRAMMEMES = {"Name", "Surn", "Patr"}


@lru_cache(maxsize=1)
def ner_tagger():
    from natasha import NewsEmbedding, NewsNERTagger

    return NewsNERTagger(NewsEmbedding())


def tag_entities(text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer) -> list[Entity]:
    """NER over the given spans of `text` (paragraphs), batched; offsets into `text`."""
    if not spans:
        return []
    tagger = ner_tagger()
    entities = []
    for (start, _end), markup in zip(spans, tagger.map([text[s:e] for s, e in spans]),
                                     strict=True):
        for span in markup.spans:
            surface = markup.text[span.start:span.stop]
            if span.type == "PER" and not _looks_like_person(surface):
                continue
            entities.append(Entity(start + span.start, start + span.stop, span.type, surface,
                                   normal_form(surface, span.type, gazetteer)))
    return entities


def _looks_like_person(surface: str) -> bool:
    """Natasha tags titles ("Вице-министр") and adverbs ("Сегодня") as PER at times."""
    for word in _WORD.findall(surface):
        if any(_NAME_GRAMMEMES & p.tag.grammemes for p in analyzer().parse(word)[:3]):
            return True
    return False


@lru_cache(maxsize=50_000)
def normal_form(surface: str, kind: str, gazetteer: Gazetteer) -> str:
    if kind == "LOC":
        mentions = find_places(surface, gazetteer)
        if len(mentions) == 1 and mentions[0].end - mentions[0].start == len(surface):
            return mentions[0].place.name
    if kind == "PER":
        return " ".join(_person_word(w) for w in surface.split())
    return nominative_phrase(surface)


def _person_word(word: str) -> str:
    for parse in analyzer().parse(word):
        if _NAME_GRAMMEMES & parse.tag.grammemes:
            form = parse.inflect({"nomn"})
            if form is not None:
                return word[:1] + form.word[1:] if word[:1].isupper() else form.word
    return word


def nominative_phrase(phrase: str) -> str:
    """Put the head noun of a phrase and the adjectives before it into the nominative.

    The head is the first noun; words after it (genitive attributes) stay as written:
    "Бюро национальной статистики" stays, "Министерства труда" → "Министерство труда".
    """
    words = phrase.split()
    out = []
    head_done = False
    for word in words:
        if head_done or not regex.match(r"[^\W\d_]", word) or word.isupper():
            out.append(word)
            if word.isupper() and not head_done:
                head_done = True
            continue
        parse = analyzer().parse(word)[0]
        if parse.tag.POS in ("ADJF", "PRTF", "NOUN"):
            grammemes = {"nomn"} | ({"plur"} if parse.tag.number == "plur" else set())
            form = parse.inflect(grammemes)
            out.append(keep_case(word, form.word) if form else word)
            head_done = parse.tag.POS == "NOUN"
        else:
            out.append(word)
    return " ".join(out)


def keep_case(model: str, word: str) -> str:
    """The capitals of `model` on `word`, part by part: "Сан-Франциско", "Ростов-на-Дону"."""
    model_parts, parts = model.split("-"), word.split("-")
    if len(model_parts) != len(parts):
        model_parts, parts = [model], [word]
    return "-".join(p[:1].upper() + p[1:] if m[:1].isupper() else p
                    for m, p in zip(model_parts, parts, strict=True))


__all__ = ["tag_entities", "normal_form", "nominative_phrase", "keep_case", "inflect", "_NOMN"]
