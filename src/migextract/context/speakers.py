"""Who speaks for a figure: sources named in a sentence ("по данным Росстата"), quotes and
reported speech attributed to a person, and the rules by which a source goes on speaking for
the sentences after it. Apart from the figure rules because a speaker belongs to a sentence or
a paragraph, not to one figure."""

from __future__ import annotations

from dataclasses import replace

import regex

from ..entities import nominative_phrase, person_name
from ..morph import word_info
from ..records import Context, Entity, Quantity, Sentence
from ..rules import Rules
from .phrases import _first_noun
from .state import DocumentSpeech, DocumentView, SpeechMarks, _DocState


def _own_speaker(view: DocumentView, sentence: Sentence, quoted: dict[int, str],
                 reported: dict[int, str], state: _DocState, rules: Rules) -> str | None:
    """The speaker a sentence names itself; "по оценке ведомства" is the last organization."""
    speaker = quoted.get(sentence.index)
    if speaker is None or speaker == LAST_SPEAKER:  # a source the sentence names outranks it
        speaker = _source_in_sentence(view, sentence, rules) or speaker \
            or reported.get(sentence.index)
    else:  # «По данным Росстата, …», — заявили в ведомстве: the source inside the quote
        inner = _source_in_sentence(view, sentence, rules)
        if inner and not inner.startswith("\x00") and (" " in inner or inner[:1].isupper()) \
                and not (_same_source(inner, speaker) and len(inner) < len(speaker)):
            speaker = inner  # a name, not "ведомство" nor someone named before; not the body
            # of the attribution's own unit ("…», - сообщает главк МЧС": "МЧС")
    if speaker == LAST_SPEAKER:  # "Отмечается, что …", "- говорится в сообщении"
        return state.speakers[-1] if state.speakers else None
    if speaker == LAST_ORGANIZATION:
        # "Эксперты отмечают, что …": the body that spoke last, if the last source is one (not
        # the office in the title of a person who spoke last)
        last = state.speakers[-1] if state.speakers else None
        return last if last is not None and last == state.last_organization else None
    if speaker == NO_ONE:
        if state.speaker is not None and _is_person(view, state.speaker):
            # "По словам экономиста Петрова, … Многие аналитики считают, что …": he speaks no
            # more; after a body's report its unnamed experts go on with it (§6.11)
            state.speaker = state.release = None
        return None
    if speaker == NO_HOLDER:  # other data than the source's before: it speaks no more
        state.speaker = state.release = None
        return None
    if speaker == LAST_PERSON:  # "- сказал он": someone, if not someone known, speaks now
        if state.last_person is None:
            state.release = None
        return state.last_person
    if speaker is None:
        return None
    speaker = _indeclinable_as_written(_fullest_form_in(view.speech, view.text, speaker), rules)
    if rules.context.release_offices.match(speaker):
        # "- говорится в сообщении пресс-службы", "в пресс-службе министерства": the press
        # service named in full before, if any
        speaker = _office_in_full(view, sentence, speaker, state, rules)
    elif " " not in speaker:
        lemma = word_info(speaker).lemma
        if lemma in rules.context.anaphoric_sources:
            # none known: the word, in lower case ("Ведомство объявило, что …" → "ведомство"),
            # which ends the speaker before it
            return state.last_organization or lemma
        # "сказал Мусабеков" after "Ерлан Мусабеков" spoke: the full name
        speaker = next((s for s in state.speakers if s.rsplit(" ", 1)[-1] == speaker), None) \
            or _full_name_before(view, sentence, speaker, rules)
    state.speakers.append(speaker)
    state.named_in.setdefault(speaker, sentence.paragraph)
    informant = rules.context.described_informant
    if informant is not None and informant.match(" " + speaker):
        state.last_person = speaker  # "источник «Медузы» в правительстве": a person, not
        # the "ведомство" of the sentences after
    elif not any(e.type == "PER" and e.normal == speaker for e in view.entities):
        state.last_organization = speaker
    else:  # "сообщила руководитель Управления ФАС Наталия Гуревская": "ведомство" is her office
        state.last_person = speaker
        state.last_organization = _title_organization(view, sentence, rules) \
            or state.last_organization
    return speaker


def _indeclinable_as_written(speaker: str, rules: Rules) -> str:
    """"Минприрода" → "Минприроды": a short ministry name the nominative left in a form the
    name never takes (rules: indeclinable_source_names), its capital kept."""
    words = speaker.split()
    for i, word in enumerate(words):
        if word[:3].lower() != _MINISTRY_PREFIX or word.lower() in rules.context.indeclinable_sources:
            continue
        lemma = word_info(word.lower()).lemma
        written = next((n for n in rules.context.indeclinable_sources
                        if word_info(n).lemma == lemma), None)
        if written:
            words[i] = word[:1] + written[1:]
    return " ".join(words)


_MINISTRY_PREFIX = "мин"
_FINAL_VOWELS = frozenset("аяыи")


def _full_name_before(view: DocumentView, sentence: Sentence, surname: str, rules: Rules
                      ) -> str:
    """A surname alone as the full name a sentence before gave it, where that person spoke
    for no figure ("…, заявил журналист Алексей Венедиктов. «…», — сказал Венедиктов") or
    the surname is in another case ("По словам Графовой" after "Лидии Графовой"); the last
    such name, if one. Only names where attribution reads them (speaker_spans), so that the
    NER scope does not change the result."""
    names = [e for e in view.entities if e.type == "PER" and e.end <= sentence.start
             and " " in e.normal and _same_surname(e.normal.rsplit(" ", 1)[-1], surname)]
    if not names:
        return surname
    spans = view.speech.spans if view.speech.spans is not None else speaker_spans(
        view.text, speaker_sentences(view.sentences, view.quantities), rules, view.speech)
    read = [e.normal for e in names if any(a <= e.start and e.end <= b for a, b in spans)]
    return read[-1] if read else surname


def _same_surname(nominative: str, written: str) -> bool:
    """Whether `written` is the surname `nominative` in some case: "Графова" ~ "Графовой",
    "Петров" ~ "Петрова", "Венедиктов" ~ "Венедиктов"; "Королёв" ~ "Королева" (the name keeps
    the ё of the original text, the words of the sentence are read folded)."""
    nominative = nominative.replace("ё", "е")
    stem = nominative[:-1] if nominative[-1:] in _FINAL_VOWELS else nominative
    return len(stem) >= _STEM and written.startswith(stem) \
        and len(written) - len(stem) <= _CASE_ENDING + 1


def _office_in_full(view: DocumentView, sentence: Sentence, speaker: str, state: _DocState,
                    rules: Rules) -> str:
    """A press service named short ("пресс-служба", "пресс-служба министерства") as the one
    the document named in full before ("пресс-служба министерства труда Омской области"), the
    last such: a speaker before, else a mention in the text before the sentence (one that
    spoke for no figure: "…, сообщил представитель пресс-службы управления «Каспий»"). A
    short name holds lower-case words only, each a word of the full name, or a word for a body
    ("министерства", "ведомства") or a place ("региона") standing for a name in it (§4 Form)."""
    words = speaker.split()
    if _named_office(words):
        return speaker  # a name: "пресс-служба Минтруда", "пресс-служба «Артека»"
    fuller = [earlier for earlier in reversed(state.speakers)
              if _fuller_office(words, earlier.split(), rules)]
    if not fuller:
        mentions = [_office_mentioned(view, m.start(), sentence.start, rules) for m in
                    rules.context.release_offices.finditer(view.text, 0, sentence.start)]
        fuller = [nominative_phrase(" ".join(name)) for name in reversed(mentions)
                  if name and _fuller_office(words, name, rules)]
    # the last one, a name before a description ("пресс-служба Центрального военного округа",
    # not the "пресс-служба округа" after it)
    return next((f for f in fuller if _named_office(f.split())), fuller[0] if fuller else speaker)


def _named_office(words: list[str]) -> bool:
    return any(not w.islower() for w in words[1:])


def _office_mentioned(view: DocumentView, at: int, before: int, rules: Rules) -> list[str]:
    """The words of the press service named at `at`: its body up to a mark, a preposition, a
    verb, "по итогам …" (_source_name), the outlet told ("… ТАСС также") or a person's title
    ("- цитирует пресс-служба областной думы председателя комитета …"); none for the office
    of a person ("пресс-служба Сергея Гапликова", "приводит пресс-служба слова Петрова")."""
    end = _NAME_END.search(view.text, at, before)
    words = _source_name(view.text[at:end.start() if end else before], rules).split()
    for i in range(1, len(words)):
        if i > 1 and _is_person_noun(words[i].lower()) or rules.context.source_aside.fullmatch(
                " " + words[i]):
            words = words[:i]
            break
    reach = at + len(" ".join(words))
    if any(_name_word(w) for w in words[1:]) \
            or any(e.type == "PER" and at < e.start < reach for e in view.entities):
        return []
    return words


_NAME_END = regex.compile(r"[,.;:!?()\n]")


def _fuller_office(short: list[str], full: list[str], rules: Rules) -> bool:
    """Whether `full` names the press service `short` names short (see _office_in_full): a
    word for a body ("министерства") stands for a name ("Минтруда"), a word for a place
    ("региона") for a place's name ("Омской области", "Бурятии")."""
    if len(full) <= len(short) and not _named_office(full) \
            or all(word_info(w).lemma in rules.context.anaphoric_sources for w in full[1:]) \
            or not rules.context.release_offices.match(full[0]) \
            or not rules.context.release_offices.match(short[0]):
        return False
    named = [w.strip('"«»').lower() for w in full[1:]]
    for word in short[1:]:
        lemma = word_info(word).lemma
        if word[:_STEM].lower() in (w[:_STEM] for w in named):
            continue
        if lemma in rules.context.anaphoric_sources \
                and any(not w.islower() for w in full[1:]):
            continue
        if lemma in rules.context.place_nouns and any(
                word_info(w).lemma in rules.context.place_nouns or "Geox" in word_info(w).tag
                for w in full[1:]):
            continue
        return False
    return True


def _fullest_form_in(speech: DocumentSpeech, text: str, speaker: str) -> str:
    """_fullest_form, read once per document and source (asked for each figure it speaks for)."""
    form = speech.forms.get(speaker)
    if form is None:
        form = speech.forms[speaker] = _fullest_form(text, speaker)
    return form


def _fullest_form(text: str, speaker: str) -> str:
    """A source in the fullest form the text uses (docs/annotation.md §4 "Form"): the name
    without the abbreviation the text adds in brackets ("Всероссийский центр изучения
    общественного мнения (ВЦИОМ)"), and an abbreviation alone, in any case ("ВЦИОМа"), as the
    words the text spells it out with: "центром изучения … (ВЦИОМ)"."""
    speaker = _BRACKETED_TAIL.sub("", speaker) or speaker
    # "Федеральная таможенная служба (ФТС) РФ": the name without the abbreviation inside it
    speaker = _BRACKETED_INSIDE.sub("", speaker) or speaker
    joined = _JOINED_NAMES.split(speaker)
    if len(joined) > 1:  # "Институт Гайдара и РАНХиГС": each body in its fullest form
        return " и ".join(_fullest_form(text, name) for name in joined)
    named = _bracketed_name(text, speaker)
    if named:
        return named
    if " " in speaker or not speaker[:1].isupper():
        return speaker
    for bracket in _BRACKETED_ABBREVIATION.finditer(text):
        abbreviation = bracket.group(1)
        if speaker.upper().startswith(abbreviation.upper()) \
                and len(speaker) - len(abbreviation) <= _CASE_ENDING:
            before = text[max(0, bracket.start() - _SPELLED_OUT_REACH):bracket.start()]
            spelled = _SPELLED_OUT.search(before)
            before_words = spelled.group().replace('"', " ").replace("«", " ") \
                .replace("»", " ").split() if spelled else []
            words = _initial_words(before_words, abbreviation) \
                or _initial_words(before_words, abbreviation, skipped=_SKIPPED_INITIALS)
            if words:
                return nominative_phrase(" ".join(words))
    return _abbreviation_as_written(text, speaker) or speaker


def _abbreviation_as_written(text: str, speaker: str) -> str | None:
    """"ВЦИОМ" for the "Вциома" NER makes of "опросу ВЦИОМа": an abbreviation the text writes
    with a case ending is the abbreviation, as written, without it (§4 Form)."""
    for found in _INFLECTED_ABBREVIATION.finditer(text):
        if found.group().lower() == speaker.lower():
            return found.group(1)
    return None


_INFLECTED_ABBREVIATION = regex.compile(r"(?<![^\W\d_])(\p{Lu}{2,})\p{Ll}{1,2}(?![^\W\d_])")


_JOINED_NAMES = regex.compile(r"\s+и\s+(?=\p{Lu})")


def _bracketed_name(text: str, speaker: str) -> str | None:
    """A source the text names with a short name in brackets (§4 "Form"): described in lower
    case ("национальное статистическое ведомство (Белстат)") it is the name; named by the short
    name ("по данным Госстата Украины") it is the full name before the brackets
    ("Государственная служба статистики Украины (Госстат)")."""
    words = speaker.split()
    for bracket in _BRACKETED_NAME.finditer(text):
        name = bracket.group(1)
        spelled = _SPELLED_OUT.search(text, max(0, bracket.start() - _SPELLED_OUT_REACH),
                                      bracket.start())
        before = spelled.group().replace('"', " ").split() if spelled else []
        if speaker.islower():  # a description with no name in it
            if len(before) >= len(words) and all(
                    w[:_STEM - 1].lower() == s[:_STEM - 1].lower()
                    for w, s in zip(before[-len(words):], words, strict=True)):
                return name
        elif words[0].startswith(name) and len(words[0]) - len(name) <= _CASE_ENDING:
            full = _name_before(before)
            if full and len(full) > 1:
                return nominative_phrase(" ".join(full))
    return None


def _name_before(words: list[str]) -> list[str]:
    """The name that ends `words`: back to the first capitalized word after the last verb,
    preposition or conjunction ("приводит | Государственная служба статистики Украины")."""
    start = len(words)
    for i in range(len(words) - 1, -1, -1):
        if word_info(words[i].lower()).pos in _NOT_IN_NAME | _FUNCTION_WORDS:
            break
        start = i
    named = [i for i in range(start, len(words)) if words[i][:1].isupper()]
    return words[named[0]:] if named else []


_BRACKETED_NAME = regex.compile(r"\((\p{Lu}\p{Ll}[\p{L}.-]{1,20})\)")
_FUNCTION_WORDS = {"PREP", "CONJ", "PRCL", "NPRO"}


_BRACKETED_TAIL = regex.compile(r"\s*\([^()]*\)\s*$")
_BRACKETED_INSIDE = regex.compile(r"(?<=\S)\s*\(\p{Lu}[^()\s]{1,15}\)(?=\s+\S)")
# "(ВЦИОМ)", "(РАНХиГС)": capitals, with the "и" of a name joined by "и" between two of them
_BRACKETED_ABBREVIATION = regex.compile(r"\((\p{Lu}(?:\p{Lu}|и(?=\p{Lu})){1,7})\)")
_SPELLED_OUT = regex.compile(r"(?:[«\"]?[^\W\d_]+[»\"]?\s+){1,8}$")
_SPELLED_OUT_REACH = 150  # characters before "(ВЦИОМ)" in which its words are
_CASE_ENDING = 2  # "ВЦИОМа", "ЦТРом"
_NOT_INITIALS = frozenset({"по", "и", "при", "для", "с", "в", "на", "им"})


def _initial_words(words: list[str], abbreviation: str, skipped: int = 0) -> list[str]:
    """The last words of `words` whose initials spell `abbreviation` (prepositions and "и"
    skipped, as "Федеральная служба по труду" is ФСТ), or nothing. With `skipped`, up to that
    many inner letters of the abbreviation may have no word: a text may shorten the name it
    abbreviates ("Всероссийского центра общественного мнения (ВЦИОМ)", without "изучения");
    the first and last letters must still have theirs."""
    letters = [c for c in abbreviation if c.isupper()]  # (the "и" of РАНХиГС is a word)
    taken = 0
    for word in reversed(words):
        taken += 1
        if word.lower() in _NOT_INITIALS:
            continue
        if len(letters) > 1 and word.lower().startswith(_STATE_PREFIX) \
                and word[0].upper() == letters[-2] and word[3:4].upper() == letters[-1]:
            letters.pop()  # "госслужбы" spells ГС: "гос-" is a word of its own, государственной
        while skipped and 1 < len(letters) < len(abbreviation) \
                and word[0].upper() != letters[-1] and word[0].upper() in letters[:-1]:
            letters.pop()  # a letter of the abbreviation the text's words leave out
            skipped -= 1
        if not letters or word[0].upper() != letters[-1]:
            return []
        letters.pop()
        if not letters:
            return words[-taken:]
    return []


_SKIPPED_INITIALS = 1
_STATE_PREFIX = "гос"  # a compound's first part standing for "государственный"


LAST_SPEAKER = "\x00last"  # an attribution that names no one: the speaker named last goes on
LAST_PERSON = "\x00person"  # a pronoun: the person named last
LAST_ORGANIZATION = "\x00organization"  # "Аналитики отмечают": the organization named last
NO_ONE = "\x00no one"  # "Многие аналитики считают": people of no name
NO_HOLDER = "\x00no holder"  # "по данным различных исследований": data no one named holds


def _title_organization(view: DocumentView, sentence: Sentence, rules: Rules) -> str | None:
    """The organization in the words after a source marker, where a person's title names it."""
    for marker in speech_marks(view.text, sentence, rules, view.speech.marks).markers:
        organization = _organization_after(
            view, _source_start(view.text, marker.end(), sentence, rules), sentence, rules)
        if organization:
            return organization
    return None


def _credit_earlier(contexts: list[Context], paragraphs: list[int], speaker: str,
                    sentence: Sentence, first_source: bool, refers_back: bool,
                    names_before: bool = True) -> None:
    """News names its source after the figures: "… 1,9 тыс. организаций заявили о сокращениях.
    Об этом сообщили в службе занятости." The first speaker of a document, named in its first
    paragraphs as the source of what came before (`names_before`,
    _source_of_what_came_before), speaks for every figure before it; a speaker introduced by
    "об этом" for the figures of its paragraph before it."""
    lead = sentence.paragraph <= _LEAD_PARAGRAPHS
    if not refers_back and not (first_source and lead and names_before):
        return
    rule = "speaker.lead" if lead else "speaker.back_reference"
    for i in reversed(range(len(contexts))):
        context = contexts[i]
        if context.speaker is not None and not {"speaker.released", "speaker.carried",
                                                "speaker.lead"} & set(context.rules):
            break  # "Минтруд ожидает … на 4–5%": the figures before a source of their own
            # are not this one's
        unnamed = context.speaker is None or "speaker.released" in context.rules \
            or refers_back and "speaker.carried" in context.rules \
            and paragraphs[i] == sentence.paragraph
        # ("… Минтруд ожидает … на 4–5%. … на четверть … на 4%. Такие данные сообщили местные
        # органы статистики": a source named for the figures before it outranks the one
        # carried on to them)
        if unnamed and (lead or paragraphs[i] == sentence.paragraph):
            kept = tuple(r for r in context.rules if r != "speaker.carried")
            contexts[i] = replace(context, speaker=speaker, rules=kept + (rule,))


def _main_release(view: DocumentView, sentence: Sentence, speaker: str, state: _DocState,
                  rules: Rules) -> bool:
    """Whether `speaker` is the organization whose data the article reports: the first source
    it names (or that one named again), not a person. A person's words stay in their
    paragraph; the data release the article is built on goes on into the paragraphs that list
    more of its figures ("По данным Росстата, …" and then a paragraph of prices by product).
    A source brought in later ("например, по данным …") stays in its paragraph too, and so
    does one its paragraph does not call data, a report or a poll ("…, сообщили в бюро")."""
    if state.release is not None and _same_source(speaker, state.release):
        return True  # the release named again
    if _poll_answers(view, sentence, rules) and not _is_person(view, speaker):
        return True  # "43% опрошенных": a poll's answers, listed on in the next paragraphs
    named_next = _named_in_next_paragraph(view, sentence, speaker)
    if state.first_source is not None and not _same_source(speaker, state.first_source) \
            and not named_next:
        return False
    paragraph = _paragraph_of(view, sentence)
    own_name = {w[:5] for w in speaker.lower().split()}  # "Бюро … статистики" is a name
    called_data = any(m.group()[:5].lower() not in own_name for m in
                      rules.context.release_words.finditer(view.text, paragraph[0].start,
                                                           paragraph[-1].end))
    return (called_data or named_next
            or _office_named_again(view, sentence, speaker, state, rules)) \
        and not _is_person(view, speaker)


def _poll_answers(view: DocumentView, sentence: Sentence, rules: Rules) -> bool:
    """Whether the paragraph of `sentence` gives a share of a poll's respondents ("43%
    опрошенных", "25% респондентов"): the source speaking there owns a poll, whose answers
    the next paragraphs of figures usually go on listing ("Подавляющее большинство граждан
    (81%) считает …") with no source of their own (§6.2, the same report)."""
    for s in _paragraph_of(view, sentence):
        for q in view.quantities[s.index]:
            if q.unit == "percent" and rules.context.same_report.match(
                    view.text, _after_spaces(view.text, q.end), s.end):
                return True
    return False


def _after_spaces(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \u00a0":
        at += 1
    return at


def _named_in_next_paragraph(view: DocumentView, sentence: Sentence, speaker: str) -> bool:
    """Whether the paragraph after this one names `speaker` again (by the stem of its first
    word, "Росстата" … "как подчеркивают в Росстате"): the text goes on with the same report
    (§6.2), though the source came in after the article's first one."""
    first = speaker.split()[0]
    if len(first) < _STEM or not first[:1].isupper():
        return False
    following = [s for s in view.sentences if s.paragraph == sentence.paragraph + 1]
    return bool(following) and view.text.find(first[:_STEM], following[0].start,
                                              following[-1].end) >= 0


_STEM = 5  # letters of a name that stay the same through its case endings ("Росст")


def _office_named_again(view: DocumentView, sentence: Sentence, speaker: str, state: _DocState,
                        rules: Rules) -> bool:
    """Whether a press service, named in an earlier paragraph, is named again in this one
    ("сообщили в пресс-службе", "- отмечается в сообщении"): the text goes on with its
    release, which then carries into the next paragraphs of figures (§6.2). A press service
    named once, in the lead, does not: the paragraphs after it may be the journalist's own."""
    return bool(rules.context.release_offices.match(speaker)) \
        and state.named_in.get(speaker, sentence.paragraph) < sentence.paragraph \
        and not _is_person(view, speaker)


def _same_source(a: str, b: str) -> bool:
    """"Аналитический центр" is "Аналитический центр при правительстве РФ" named again."""
    short, long = sorted((set(a.lower().split()), set(b.lower().split())), key=len)
    return short <= long


def _is_person(view: DocumentView, speaker: str) -> bool:
    """A PER name ("Центр Асхад Гучетль" as NER joined a title to a name ends in one), or a
    word for people ("эксперт", "учёный") heading the speaker."""
    last = speaker.rsplit(" ", 1)[-1]
    if any(e.type == "PER" and e.normal.rsplit(" ", 1)[-1] == last for e in view.entities):
        return True
    return _is_person_noun(speaker.split()[0])


def _opens_with_quote(view: DocumentView, sentence: Sentence) -> bool:
    """A paragraph opening with a quote is someone's words, not the data reported before."""
    return view.text[_first_word(view.text, sentence) - 1:sentence.end][:1] in _QUOTE_MARKS \
        or view.text[sentence.start:sentence.end].lstrip()[:1] in _QUOTE_MARKS


_QUOTE_MARKS = frozenset('"«„“—–-')


def _paragraph_of(view: DocumentView, sentence: Sentence) -> list[Sentence]:
    """The sentences of the paragraph of `sentence`, found next to it: view.sentences holds
    them in order, a paragraph's together, sentence i at index i."""
    first = last = sentence.index
    while first > 0 and view.sentences[first - 1].paragraph == sentence.paragraph:
        first -= 1
    while last + 1 < len(view.sentences) \
            and view.sentences[last + 1].paragraph == sentence.paragraph:
        last += 1
    return view.sentences[first:last + 1]


def _released(contexts: list[Context], sentence: Sentence) -> bool:
    """Whether the speaker of the sentence before was carried over from an earlier paragraph."""
    return bool(contexts) and "speaker.released" in contexts[-1].rules \
        and sentence.index > 0


def _same_report(view: DocumentView, sentence: Sentence, left: str | None,
                 contexts: list[Context], paragraphs: list[int], rules: Rules) -> bool:
    """Whether the paragraph, up to this sentence, refers back to the report of the source
    that spoke for the last figures before it ("тот же опрос", "за указанный период",
    "респонденты"), with no one quoted in the paragraphs between (docs/annotation.md §6.2) and
    no other report named in it."""
    if left is None or not contexts or contexts[-1].speaker != left:
        return False
    first = _paragraph_of(view, sentence)[0].index
    start, end = view.sentences[first].start, sentence.end
    same = [m.span() for m in rules.context.same_report.finditer(view.text, start, end)]
    if not same or any(not any(a <= m.start() < b for a, b in same)  # "Опрос SKDS показал":
                       for m in rules.context.release_words.finditer(view.text, start, end)):
        return False  # another report, whose source may not be recognized
    between = first
    while between > 0 and view.sentences[between - 1].paragraph > paragraphs[-1]:
        between -= 1
    start, end = view.sentences[between].start, view.sentences[first].start
    return start >= end or not (rules.context.quote_attribution.search(view.text, start, end)
                                or rules.context.source_markers.search(view.text, start, end))


def _introduced_speaker(view: DocumentView, sentence: Sentence, quoted: dict[int, str],
                        reported: dict[int, str], state: _DocState, rules: Rules) -> str | None:
    """The speaker of a paragraph that is a quote with no attribution of its own, introduced by
    the last sentence of the paragraph right before it ("Глава минтруда Иван Петров отметил,
    что …" or "… пояснил министр:", then "«…»"): the same person goes on speaking (§4, §6.2)."""
    previous = sentence.index - 1
    if previous < 0 or view.sentences[previous].paragraph != sentence.paragraph - 1 \
            or previous not in reported \
            or view.text[sentence.start:sentence.end].lstrip()[:1] not in _OPENING_QUOTES:
        return None
    paragraph = _paragraph_of(view, sentence)
    if any(s.index in quoted for s in paragraph) or rules.context.quote_attribution.search(
            view.text, paragraph[0].start, paragraph[-1].end):
        return None
    for dash in _DASH_WORD.finditer(view.text, paragraph[0].start, paragraph[-1].end):
        lemma = word_info(dash.group(1)).lemma  # "«…, — рассказал Петров. — …»": another
        # speaker, named; "— жалуется молодая мама, —" is the one introduced
        if (lemma in rules.context.speech or lemma in rules.context.attributing
                or lemma in rules.context.quoting) and _NAMED.search(dash.group(2)):
            return None
    return _own_speaker(view, view.sentences[previous], quoted, reported, state, rules)


_OPENING_QUOTES = frozenset('«„“"')
_DASH_WORD = regex.compile(r"[,!?…»\"]\s*[—–-]\s+([^\W\d_]+)([^,.;:—–]*)")
_NAMED = regex.compile(r"(?<![\w-])\p{Lu}")


def _refers_back(view: DocumentView, sentence: Sentence, rules: Rules) -> bool:
    return bool(rules.context.backward_attribution.match(view.text, sentence.start, sentence.end))


def _source_of_what_came_before(view: DocumentView, sentence: Sentence, rules: Rules) -> bool:
    """Whether a sentence naming a source introduces it as the source of what was said before
    it (§4): a back reference opening it ("Об этом сообщили …", "Такой прогноз сделал …") or a
    source named after what it says ("…, сообщил мэр Таганрога Андрей Лисицкий."). A sentence
    that opens with its source ("По оценкам министра …", "Минтруд ожидает …", "Пресс-секретарь
    … сообщил, что …") or with a quote opens a statement of its own."""
    if _refers_back(view, sentence, rules):
        return True
    if _opens_with_quote(view, sentence):
        return False
    marks = view.speech.marks.get(sentence.index)
    reported = marks.reported if marks else _reported_speech(view.text, sentence, rules)
    named = [m.start() for m in rules.context.source_markers.finditer(
        view.text, sentence.start, sentence.end)]
    named += [a.start("verb") for a in reported
              if "verb" in a.re.groupindex and _speech_verb(a, rules)]
    if not named:
        return False
    # "…, сообщил в среду журналистам председатель комитета …": the source comes after a comma
    return view.text[sentence.start:min(named)].rstrip(" -–—").endswith(",")


_LEAD_PARAGRAPHS = 1  # paragraph indices 0..1: a dateline or headline line, then the lead


def _attributed_quotes(text: str, rules: Rules, speech: DocumentSpeech) -> tuple:
    """(quote start, quote end, attribution) of every quote followed by ", - verb who". A quote
    that opens its paragraph runs from the paragraph start, whatever quoted names it holds
    ("… в компанию "Колмар" трудоустроено 943 человека …", - сказал Москвитин). Read once per
    document and kept in `speech`: speaker_spans (before NER) and the walk (after it) both ask."""
    if speech.quotes is None:
        speech.quotes = tuple(_find_attributed_quotes(
            text, rules.context.quote_attribution, rules.context.quote_lead_in,
            rules.context.interjected_attribution))
    return speech.quotes


def _find_attributed_quotes(text: str, quote_attribution, quote_lead_in,
                            interjected_attribution):
    for attribution in quote_attribution.finditer(text):
        end = attribution.start()
        line_start = text.rfind("\n", 0, end) + 1
        if text.startswith('"', line_start):
            start = line_start
        else:
            start = text.rfind('"', line_start, end)
            if text.count('"', line_start, end) % 2 == 0:
                # none opened on this line, only pairs ("… «наполнения» …»"): it opened before
                start = _opened_lines_before(text, line_start, end)
            if start < 0 or end - start <= _SHORTEST_QUOTE:
                continue
        yield start, end, attribution
    for attribution in quote_lead_in.finditer(text):
        # "…описывает ситуацию активист Павел Ноздря: «…»": from the sentence of the lead-in to
        # the quote's last mark on its line
        start = max(text.rfind(c, 0, attribution.start()) for c in ".!?\n") + 1
        line_end = text.find("\n", attribution.end())
        line_end = len(text) if line_end < 0 else line_end
        yield start, max(text.rfind('"', attribution.end() + 1, line_end), line_end - 1), \
            attribution
    for attribution in interjected_attribution.finditer(text):
        # "«…, - говорит он. - …»": inside a quote open on its line, which the words on both
        # sides of the attribution belong to
        line_start = text.rfind("\n", 0, attribution.start()) + 1
        if text.count('"', line_start, attribution.start()) % 2 == 0:
            continue
        line_end = text.find("\n", attribution.end())
        line_end = len(text) if line_end < 0 else line_end
        close = text.find('"', attribution.end(), line_end)
        yield text.rfind('"', line_start, attribution.start()), \
            line_end if close < 0 else close, attribution


_SHORTEST_QUOTE = 10


def _opened_lines_before(text: str, line_start: int, end: int) -> int:
    """Where a quote closed on this line without opening on it was opened: a quote of several
    paragraphs ("«За 2016 год рост ВВП составил менее 1%… ¶ …до $45 за баррель», — заявил
    Лоренци"), its opening mark the last quote mark before the line, within a few lines, at a
    word's start (after a space, a line break or a colon), not a closing one; or -1."""
    opening = text.rfind('"', max(0, line_start - _LONGEST_QUOTE), line_start)
    if opening < 0 or text.count("\n", opening, end) > _QUOTE_LINES \
            or text[opening + 1:opening + 2].isspace() \
            or opening > 0 and text[opening - 1] not in " \n:(":
        return -1
    return opening


_LONGEST_QUOTE = 1500  # characters a quote of several paragraphs may run before its last line
_QUOTE_LINES = 4  # line breaks it may cross ("… (… — ¶ RT ¶ ). …")


def _attributed_speakers(view: DocumentView, asked: set[int], rules: Rules
                         ) -> tuple[dict[int, str], dict[int, str]]:
    """Speakers named by attribution, sentence by sentence: the sentences of a quote attributed
    after it ("«…», – сообщил X"), and sentences of reported speech ending in an attribution
    ("…, добавил Мельников.") or opening with one ("Морозов отмечал, что …"). A pronoun
    ("добавил он") means the last named speaker. Returned apart because a source named in the
    sentence itself ("по данным МВД, …, сообщил Петров") outranks reported speech, not quotes."""
    quotes = list(_attributed_quotes(view.text, rules, view.speech))
    persons = [e for e in view.entities if e.type in ("PER", "ORG")]
    quoted: dict[int, str] = {}
    reported: dict[int, str] = {}
    last_person: str | None = None
    cited: tuple[str, int] | None = None  # a person a source marker named, and its paragraph
    for sentence in view.sentences:
        if sentence.index not in asked:
            continue
        if cited is not None and sentence.paragraph > cited[1] + (
                _LEAD_CITED_REACH if cited[1] <= _LEAD_PARAGRAPHS else 0):
            cited = None
        speaking = cited[0] if cited is not None else last_person
        for found, attributions in (
                (quoted, [q[2] for q in quotes if q[0] <= sentence.start < q[1]]),
                (reported, speech_marks(view.text, sentence, rules, view.speech.marks).reported)):
            speaker, attribution = next(
                ((s, a) for a in attributions
                 if (s := _attributed_speaker(a, persons, speaking, rules))), (None, None))
            if speaker:
                found[sentence.index] = speaker
                if "doc" not in attribution.re.groupindex \
                        and speaker not in (LAST_ORGANIZATION, NO_ONE):
                    # "ВШЭ представила прогноз" puts out a document: "по его словам" after it
                    # is no one's who spoke before
                    last_person, cited = speaker, None
                break
        else:
            person = _person_cited(view, sentence, rules)
            if person is not None:
                cited = (person, sentence.paragraph)
    return quoted, reported


# paragraphs after the lead in which a person the lead's source marker named is the one a
# title stands for ("Об этом сообщил губернатор края Максим Решетников. ¶ «…», - сказал глава
# региона"); one named later, only in its own paragraph: a title further on may be someone
# else's ("- рассказал RT руководитель компании")
_LEAD_CITED_REACH = 1


def _person_cited(view: DocumentView, sentence: Sentence, rules: Rules) -> str | None:
    """A person a source marker names ("Об этом сообщил губернатор края Максим Решетников"),
    whom a title after a later quote ("- сказал глава региона") stands for."""
    if not speech_marks(view.text, sentence, rules, view.speech.marks).markers:
        return None
    source = _source_in_sentence(view, sentence, rules)
    if source is None or source.startswith("\x00"):
        return None
    return source if any(e.type == "PER" and e.normal == source for e in view.entities) \
        else None


def _speech_verb(attribution, rules: Rules) -> bool:
    if "doc" in attribution.re.groupindex:  # "ОЭСР улучшила прогноз": the pattern names its verbs
        return True
    lemma = word_info(attribution.group("verb")).lemma
    return lemma in rules.context.speech or lemma in rules.context.impersonal_speech \
        or lemma in rules.context.quoting or lemma in rules.context.attributing


def speech_marks(text: str, sentence: Sentence, rules: Rules, found: dict[int, SpeechMarks]
                 ) -> SpeechMarks:
    """The SpeechMarks of `sentence`: from `found`, a document's marks by sentence index, or
    read now and kept there."""
    marks = found.get(sentence.index)
    if marks is None:
        marks = found[sentence.index] = SpeechMarks(
            _reported_speech(text, sentence, rules),
            list(rules.context.source_markers.finditer(text, sentence.start, sentence.end)))
    return marks


def _reported_speech(text: str, sentence: Sentence, rules: Rules) -> list:
    """Attributions of reported speech in a sentence: trailing ("…, добавил Мельников."),
    leading ("Морозов отмечал, что …") and possessive ("По его словам")."""
    found = []
    last_comma = text.rfind(",", sentence.start, sentence.end)
    if last_comma >= 0:  # the trailing speaker holds no comma: only the last one can start it
        found.append(rules.context.trailing_attribution.match(text, last_comma, sentence.end))
        # "Как результат, подчеркнул Бобров, при населении …": between commas, the first whose
        # verb is one of speech
        found.append(next((m for m in rules.context.parenthetical_attribution.finditer(
            text, sentence.start, sentence.end) if _speech_verb(m, rules)), None))
    if text.find(", что", sentence.start, sentence.end) >= 0:
        leading = rules.context.leading_attribution.search(text, sentence.start, sentence.end)
        if (leading is None or not _speech_verb(leading, rules)) \
                and text.find(", котор", sentence.start, sentence.end) >= 0:
            leading = rules.context.relative_attribution.search(text, sentence.start,
                                                                sentence.end)
        if leading is None or not _speech_verb(leading, rules):
            # "Владимир Басманов, ныне находящийся в эмиграции, заявил, что …"
            leading = next((m for m in rules.context.participial_attribution.finditer(
                text, sentence.start, sentence.end) if _participial(m.group("clause"))
                and _speech_verb(m, rules)), leading)
        found.append(leading)
    found.append(rules.context.possessive_source.search(text, sentence.start, sentence.end))
    if text[sentence.start:sentence.end].rstrip().endswith(":"):
        # "Он заявил:": the quote of the next paragraph is his (_introduced_speaker)
        found.append(rules.context.introducing_attribution.search(text, sentence.start,
                                                                  sentence.end))
    # "ОЭСР улучшила прогноз …": the figures of the document it puts out are its own
    hint = rules.context.document_release_hint
    if hint is None or hint.search(text, sentence.start, sentence.end):
        found.append(rules.context.document_release.search(text, sentence.start, sentence.end))
    # "Центробанк ожидает инфляцию на уровне 4%": an estimate, the figure its object
    hint = rules.context.assessment_hint
    if hint is None or hint.search(text, sentence.start, sentence.end):
        found.append(rules.context.assessment_attribution.search(text, sentence.start,
                                                                 sentence.end))
    if rules.context.leading_about is not None and text.find(", что", sentence.start,
                                                             sentence.end) < 0 \
            and (text.find(" о ", sentence.start, sentence.end) >= 0
                 or text.find(" об ", sentence.start, sentence.end) >= 0):
        # "Минфин РФ сообщил о размещении евробондов на 4 млрд": a named source's speech verb
        # (after the attributions above, which name their source more plainly)
        found.append(next((m for m in rules.context.leading_about.finditer(
            text, sentence.start, sentence.end) if _speech_verb(m, rules)), None))
    opening = rules.context.impersonal_opening.match(text, _first_word(text, sentence),
                                                     sentence.end)
    if opening and word_info(opening.group("verb")).lemma in rules.context.impersonal_speech:
        found.append(opening)  # "Отмечается, что …": the source named last goes on
    return [m for m in found if m]


def _participial(clause: str) -> bool:
    """Whether a clause opens with a participle or a gerund, perhaps after an adverb
    ("ныне находящийся в эмиграции", "оценивая подсчеты")."""
    words = clause.split()[:2]
    tags = [word_info(w).pos for w in words]
    return tags[:1] in (["PRTF"], ["GRND"]) or tags[:1] == ["ADVB"] and tags[1:] in (
        ["PRTF"], ["GRND"])


def _first_word(text: str, sentence: Sentence) -> int:
    found = _FIRST_LETTER.search(text, sentence.start, sentence.end)
    return found.start() if found else sentence.end


_FIRST_LETTER = regex.compile(r"[^\W\d_]")


def _attributed_speaker(attribution, persons: list[Entity], last_person: str | None,
                        rules: Rules) -> str | None:
    verb = attribution.groupdict().get("verb")
    if verb is not None and not _speech_verb(attribution, rules):
        return None
    if "who" not in attribution.re.groupindex:  # "Отмечается, что"
        return LAST_SPEAKER
    who_start, who_end = attribution.start("who"), attribution.end("who")
    aside = rules.context.source_aside.match(attribution.string, who_start - 1, who_end)
    if aside:  # "- пояснили RT в компании": the outlet told is not the source
        who_start = max(who_start, aside.end() + 1)
    office = _office_opening(attribution, rules)
    if office:  # (before the aside is taken away: "… Ульяновска | в четверг | сообщили")
        return office
    leading = verb is not None and who_start < attribution.start("verb")
    if not leading and verb is not None:
        # "- сообщил источник «Медузы» в правительстве региона": as described
        informant = _described_informant(attribution.string, who_start - 1, who_end, rules)
        if informant:
            return informant
    if leading:  # "Migration Policy Institute отмечает": a name may begin before the two words
        named = [e for e in persons if e.start < who_end and e.end > who_start
                 and not rules.context.speech_medium.search(
                     attribution.string, max(0, e.start - _MEDIUM_REACH), e.start)
                 and not _outlet_told(attribution, e, rules)]
        # (not "На своей странице в Twitter он написал, что …": the medium; he; nor "В
        # Росстате ТАСС сообщили, что": the outlet told, right before the verb)
        if not named and (attribution.re is rules.context.assessment_attribution
                          or verb.lower().startswith(_CONDUCTED)):
            # "Рынок ожидает снижения ставки": an estimate no named source makes;
            # "Организация провела исследование": see _CONDUCTED
            return None
        line = attribution.string.rfind("\n", 0, who_start) + 1
        subject = rules.context.subject_office
        office = subject.search(attribution.string, max(line, who_start - _OFFICE_REACH),
                                attribution.start("verb")) if subject is not None else None
        if office and "doc" not in attribution.re.groupindex \
                and all(office.start(1) <= e.start for e in named):
            # "Администрация Приморского края сообщала, что …", "генеральный инспекторат
            # Агентства США по международному развитию (USAID) сообщил, что …": an office in
            # the nominative, with the name of its body, as written (§4 Form)
            # without the words of time after it ("… фонд Норвегии | в ноябре 2017 года заявил")
            phrase = nominative_phrase(_source_name(office.group(1), rules))
            if office.group("named"):  # "Фонд социального страхования", "Пенсионный фонд
                return phrase  # России": a name, its capital as written
            return phrase[:1].lower() + phrase[1:]  # "Правительство региона" at a sentence start
        office = _office_inside(attribution, who_start, named, rules)
        if office:
            return office
        if _title_of(attribution.string, who_start, who_end, named, rules, leading=True):
            # "Руководитель Удмуртии подчеркнул, что": the person named before (below); no one
            # attributed before, "Представитель госкомитета заявил, что" (indefinite_titles):
            # a person the text only describes, as described (§4 Form)
            titled = _titled_speaker(last_person, verb, bool(named))
            if titled == LAST_PERSON and last_person is None and word_info(
                    attribution.group("who").split()[0].lower()).lemma in rules.context.indefinite_titles:
                described = attribution.string[who_start:who_end].split()
                if len(described) > 1:
                    return nominative_phrase(" ".join(described)).lower()
            return titled
        if named:
            office = _OFFICE_BEFORE.search(attribution.string, who_start, named[-1].start)
            if office and rules.context.release_offices.match(office.group(1)):
                # "В пресс-службе Минздрава сообщили, что": the unit keeps its head noun
                return nominative_phrase(attribution.string[office.start(1):named[-1].end])
            tail = attribution.string[named[-1].end:who_end].strip("() ")
            before = attribution.string[named[-1].start:who_start].split()
            if "doc" in attribution.re.groupindex and len(before) == 1 \
                    and word_info(before[0].lower()).pos == "ADVB":
                # "Накануне Банк России повысил прогноз", NER taking the adverb into the name
                return nominative_phrase(attribution.string[who_start:named[-1].end])
            if "doc" in attribution.re.groupindex and named[-1].type == "ORG" \
                    and tail[:1].isupper():
                # "Банк Англии выпустил доклад", NER reading "Англии" as a place: the words
                # before the verb go on with the name (as _whole_organization joins them)
                return nominative_phrase(
                    attribution.string[max(named[-1].start, who_start):who_end])
            return _joined_names(attribution.string, persons, named[-1])
    else:
        named = [e for e in persons if who_start <= e.start < who_end
                 and not (verb is not None and _met_with(attribution.string, e))]
        if any(e.type == "PER" for e in named):
            # "- сообщил на сессии Госсовета Татарстана министр …": the body where it was said
            named = [e for e in named if not _event_owner(attribution.string, e)]
    # "- сказал эксперт «НГ»": the outlet told, after the title, is not the speaker either;
    # nor is the medium written in ("- написал он на своей странице в Instagram")
    media = [e for e in named if rules.context.speech_medium.search(
        attribution.string, max(attribution.start("who") - 1, e.start - _MEDIUM_REACH),
        e.start)]  # (from before the aside: "- заявил в интервью «Коммерсанту» …")
    named = [e for e in named if not rules.context.source_aside.fullmatch(" " + e.text)
             and e not in media]
    if media and any(e.start >= media[-1].end for e in named):
        # the title after the medium: "в интервью Corriere della Sera экономист … Стефано
        # Джирола" (not "- написал он на своей странице в Instagram": he)
        who_start = max(who_start, media[-1].end)
    said = word_info(verb or "").lemma
    if said in rules.context.quoting:
        # "- цитирует пресс-служба слова его председателя Андрея Луценко", "- цитирует ТАСС
        # министра финансов": the one quoted, not who quotes
        quoted = [e for e in named if e.type == "PER"]
        return quoted[-1].normal if quoted else last_person or LAST_PERSON
    titled = _titled_name(attribution.string, who_start, named)
    if titled:  # "- пояснил ведущий экономист Института экономики роста Артем Прокопец"
        return titled
    if verb is not None and not leading:
        # "- прокомментировала RT решение Центробанка главный экономист Альфа-Банка Наталия
        # Орлова": the object of the verb names a body; the titled person after it speaks
        titled = next((t for k in range(1, len(named)) if named[k - 1].type == "ORG"
                       and (t := _titled_name(attribution.string, named[k - 1].end,
                                              named[k:]))), None)
        if titled:
            return titled
    if verb is not None and not leading and not any(e.type == "PER" for e in named):
        unread = _unread_name(attribution.string, who_start, who_end, persons)
        if unread:  # "- сообщил RT соавтор исследования, атташе … Кики Купрабово"
            return unread
    if verb is not None and not leading \
            and _title_of(attribution.string, who_start, who_end, named, rules):
        # "- сообщил глава Минфина", "- заявил глава государства": a title with no name after
        # it is the person named before, if the verb's gender allows, not the office in it
        introduced = _introduced_with_title(attribution.string, who_start, verb)
        if introduced:
            return introduced
        titled = _titled_speaker(last_person, verb, bool(named))
        if titled and (titled != LAST_PERSON or last_person is not None):
            return titled
        described = attribution.string[who_start:_clause_stop(attribution.string, who_start,
                                                              who_end)].split()
        stop = next((i for i, w in enumerate(described)
                     if w.lower() in rules.context.source_name_stops
                     or i > 0 and _object_word(w)), len(described))
        # not "… на заседании совета", nor "- прокомментировал эксперт сближение позиций"
        described = described[:min(stop, _DESCRIBED_WORDS)]
        if not named and len(described) > 1:
            # "…, рассказал в беседе с RT глава украинской инвестиционной компании." with no
            # one, or an office, speaking before: a person the text only describes, as
            # described (§4 Form)
            return nominative_phrase(" ".join(described))
        if titled:
            return titled
    if not leading and verb is not None \
            and _IN_OFFICE.match(attribution.string, who_start, who_end):
        # "…, рассказывали ранее в коллекторском агентстве «Кредит»": an office named in lower
        # case after the verb with its name in quotes, all of it, as written (§4 Form); not
        # "в комитете республики", the committee named before (_own_speaker)
        office = rules.context.source_office.match(attribution.string, who_start - 1, who_end)
        if office and '"' in office.group(1) and all(e.end <= office.end() for e in named):
            return nominative_phrase(_source_name(office.group(1).strip(), rules))
    if named:  # trailing ("- сказал Петров"): the name nearest the verb; "по его словам": the last
        name = named[-1] if verb is None else _not_addressees(named)[0]
        if verb is not None and name.type == "ORG":
            # "- напоминает предправления ассоциации «Надежный партнер» Андрей Романчук": the
            # organization of a title (one pymorphy may not know), then the person who holds it
            name = _holder_after(attribution.string, name, named) or name
        office = _OFFICE_BEFORE.search(attribution.string, who_start, name.start)
        if office and (rules.context.release_offices.match(office.group(1))
                       or name.type == "ORG" and office.group(1).islower()
                       and word_info(office.group(1)).lemma in rules.context.unit_nouns):
            # "- сообщили в пресс-службе Минздрава", "- сообщает региональный главк МЧС": the
            # unit keeps its head noun (§4 Form)
            return nominative_phrase(attribution.string[office.start(1):name.end])
        return name.normal
    # "- сказал он, уточнив, что …": the words without the punctuation after them
    words = [w for w in (w.strip(",;:") for w in attribution.string[who_start:who_end].split())
             if w]
    if leading and len(words) == 2 and words[-1].lower() in rules.context.adverbs_before_speech_verb \
            and (words[0].lower() == "там"
                 or words[0][:1].isupper() and "Surn" in word_info(words[0]).tag):
        # "Волынец также отмечает, что …", "Чернышенко вчера пояснил, что …" (a surname: the
        # person named before), "Там также отметили, что …"
        words = words[:1]
    if leading and len(words) == 2 and words[0].islower() and _surname_like(words[1]) \
            and _circumstance_word(words[0], rules):
        # "Во время встречи Трутнев отметил, что …": the words of a circumstance before the
        # name, which alone is the subject
        words = words[1:]
    if not words:
        return None
    if said in rules.context.impersonal_speech:
        # "- говорится в сообщении": the source named last; "Ранее сообщалось, что" (the
        # agency's own earlier reports): no one
        if leading:
            return None
        owner = _document_owner(words, rules)
        return owner or LAST_SPEAKER
    if _bare_name(words) and not leading:
        return words[0]  # "- сказал Черняк", NER seeing no name: the full name (_own_speaker)
    if word_info(words[0].lower()).lemma in rules.context.interlocutors:
        return LAST_SPEAKER  # "- сообщил собеседник агентства": whoever the outlet talked to
    if leading and len(words) > 1 and words[-1].lower() in _PRONOUNS_NEXT_TO_VERB:
        words = words[-1:]  # "(заседания правительства) он заявил:": the pronoun is the subject
    if attribution.re is rules.context.introducing_attribution \
            and words[0].lower() in _PRONOUNS_NEXT_TO_VERB:
        # "Премьер Владимир Гройсман бьёт тревогу. На заседании он заявил:": the person named
        # last in the paragraph before the pronoun
        line = attribution.string.rfind("\n", 0, who_start) + 1
        before = [e for e in persons if e.type == "PER" and line <= e.start and e.end <= who_start]
        if before:
            return before[-1].normal
    if word_info(words[0].lower()).lemma in rules.context.speaker_pronouns:
        if words[0].lower() in _PLURAL_PRONOUNS and (last_person is None or " и " not in
                                                     last_person):
            # "по их мнению" with no one named: the people asked, not a source; nor is the one
            # person named last "они" ("Они указывают, что …" in a quote of his words)
            return None
        return last_person or LAST_PERSON  # "- сказал он": a person, not Росстат
    if len(words) == 1 and not leading and words[0].islower() and _is_person_noun(words[0]):
        # "- рассказал министр": the person named last; "считают экономисты", "утверждают
        # аналитики": people of no name are no source (§6.11)
        if word_info(words[0]).number == "plur":
            return None
        # "- рассказала женщина": the one just introduced, if a verb in the feminine does not
        # rule them out (a man named last)
        return _introduced_with_title(attribution.string, who_start, verb) \
            or (last_person if _agrees(last_person, verb) else LAST_PERSON)
    if leading and "doc" in attribution.re.groupindex and words[-1].islower() \
            and word_info(words[-1]).lemma in rules.context.anaphoric_sources \
            and (len(words) == 1 or word_info(words[0].lower()).pos not in _MODIFIERS):
        # "(При этом) организация ухудшила прогноз": the one named last (see _own_speaker);
        # not "центральный банк", described
        return word_info(words[-1]).lemma
    if words[0].lower() in ("в", "во") and len(words) > 1 \
            and word_info(words[1].lower()).lemma in rules.context.anaphoric_sources:
        body = _source_name(" ".join(words[1:]), rules).split()
        if len(body) > 1 and rules.context.release_offices.match(words[1]):
            # "- пояснили в пресс-службе правительства Бурятии": the office keeps the body it
            # serves (§4 Form), though NER reads no organization there
            return nominative_phrase(" ".join(body))
        return word_info(words[1].lower()).lemma  # "В ведомстве уточнили": see _own_speaker
    if leading and words[-1].lower() == "там":
        # "…, отмечали во ВШЭ. При этом там подчеркнули, что …": the one just named
        return LAST_SPEAKER
    if leading and _unnamed_people(words, rules):
        # "Аналитики прогнозируют, что …", "Многие эксперты отмечают, что …": people of no name
        # are no source (§6.11)
        return NO_ONE
    if leading and all(w[:1].isupper() for w in words) and _name_like(words[-1]) \
            and words[0].lower() not in ("в", "во") \
            and ("doc" not in attribution.re.groupindex or "nomn" in word_info(words[0]).cases):
        # (not "В Вашингтоне выяснили, что": a place where it was found)
        # not "В Соединённых Штатах публикуют данные": a place where it is done
        return nominative_phrase(" ".join(words))  # "Черняк напомнил, что": a name NER missed
    if leading and len(words) == 2 and words[1].islower() and _described_group(words):
        owner = word_info(words[1]).lemma
        if owner in rules.context.anaphoric_sources:
            return owner  # "Эксперты центра отмечают": the centre named last (_own_speaker)
        return f"{words[0].lower()} {words[1]}"  # "Власти региона отмечали, что": as described
    return None


_OFFICE_REACH = 100  # characters before the verb in which the office's name begins
_IN_OFFICE = regex.compile(r"во?\s+\p{Ll}")  # "в коллекторском агентстве"
_PLURAL_PRONOUNS = frozenset({"они", "их", "им"})
_DESCRIBED_WORDS = 6  # words of a person the text only describes ("глава … компании")
_PRONOUNS_NEXT_TO_VERB = frozenset({"он", "она", "они"})
# "провёл опрос": "Организация провела исследование" often names one the text brought in
# without making it a source ("обратила внимание коалиция …"), so only a name conducts a poll
_CONDUCTED = ("прове", "провё", "проводи")
_MODIFIERS = frozenset({"ADJF", "PRTF", "NUMR"})
_MEDIUM_REACH = 50  # characters before a name in which "на своей странице в" stands


def _introduced_with_title(text: str, at: int, verb: str | None) -> str | None:
    """"«…», - пояснил министр" (or "- заявил президент с трибуны форума"): the person the text
    introduced with that title before ("Министр экономического развития Алексей Улюкаев",
    "Президент Путин"), the last one so introduced whom the verb's gender allows; not merely
    the person quoted last ("глава Счетной палаты Татьяна Голикова")."""
    title = _TITLE_AFTER.match(text, at - 1)
    if title is None:
        return None
    lemma = word_info(title.group(1).lower()).lemma
    said = _gender(word_info(verb or "").tag)
    found = None
    forms = regex.compile(r"(?i)(?<![^\W\d_])" + regex.escape(lemma[:_TITLE_STEM])
                          + r"[^\W\d_]*")  # a cheap look for the title's forms first
    for word in forms.finditer(text, 0, at - 1):
        if word_info(word.group().lower()).lemma != lemma:
            continue
        name = _NAME_AFTER_TITLE.match(text, word.end())
        if name is None:
            continue
        person = name.group(1).split()
        if not any(_name_word(w) for w in person):
            continue
        gender = _gender(word_info(person[0]).tag)
        if said is None or gender in (None, said):
            found = person_name(" ".join(person))  # "Анны Ивановой": a name, not a phrase
    return found


# the title's complement, then the name: "министр экономического развития | Алексей Улюкаев"
_NAME_AFTER_TITLE = regex.compile(
    r"(?:[^\S\n]+[^\W\d_][\w-]*){0,4}?[^\S\n]+(\p{Lu}\p{Ll}+(?:[^\S\n]+\p{Lu}\p{Ll}+)?)"
    r"(?=[\s,.!?;:)]|$)")
_TITLE_STEM = 4  # letters of a title that stay through its case forms ("минист|р", "глав|а")


def _title_alone(text: str, at: int, sentence: Sentence) -> bool:
    """"По словам главы региона, …", "сообщил вице-губернатор": a source marker followed by a
    singular word for a person in lower case and no name (a name after the title is
    _titled_person's)."""
    title = _TITLE_AFTER.match(text, at, sentence.end)
    for _ in range(_TITLE_MODIFIERS):  # "По словам российского вице-премьера"
        if not title or word_info(title.group(1)).pos != "ADJF":
            break
        title = _TITLE_AFTER.match(text, title.end(), sentence.end)
    if not title or not title.group(1).islower():
        return False
    return _is_person_noun(title.group(1)) and word_info(title.group(1)).number == "sing"


_TITLE_MODIFIERS = 2  # adjectives before a title ("нового российского министра")


_TITLE_AFTER = regex.compile(r"\s+([^\W\d_]+(?:-[^\W\d_]+)*)")  # "вице-губернатора"


def _document_owner(words: list[str], rules: Rules) -> str | None:
    """"- говорится в сообщении пресс-службы": the office whose document it is (named in the
    words after the document noun, in the genitive), rather than the person named last."""
    if len(words) < _OWNER_AT + 1 or words[0].lower() not in ("в", "во") \
            or not rules.context.release_words.match(words[1]):
        return None
    owner = words[_OWNER_AT:_OWNER_AT + _OWNER_WORDS]
    if not rules.context.release_offices.match(owner[0]):
        return None
    stop = next((i for i, w in enumerate(owner) if w.lower() in rules.context.source_name_stops),
                len(owner))
    return nominative_phrase(" ".join(owner[:stop]))


_OWNER_AT = 2  # "в сообщении | пресс-службы"
_OWNER_WORDS = 4


def _title_of(text: str, who_start: int, who_end: int, named: list[Entity], rules: Rules,
              leading: bool = False) -> bool:
    """Whether the attribution is a title and no name: a singular word for a person in the
    nominative (in lower case unless it opens a leading attribution), then words of the office
    it heads, no name among them ("глава Минфина", "глава государства", "Руководитель
    Удмуртии подчеркнул"); not the one the outlet talked to ("собеседница агентства": the
    source named last, an office as well as a person)."""
    if any(e.type == "PER" for e in named):
        return False
    words = text[who_start:named[0].start if named and not leading
                 else _clause_stop(text, who_start, who_end)].split()
    if not words or not (words[0].islower() or leading) \
            or not _is_person_noun(words[0].lower()):
        return False
    title = word_info(words[0].lower())
    return title.number == "sing" and "nomn" in title.cases \
        and title.lemma not in rules.context.interlocutors \
        and not any(_name_word(w) for w in words)


_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})


def _unread_name(text: str, who_start: int, who_end: int, named: list[Entity]) -> str | None:
    """A foreign name NER did not read closing a trailing attribution after its title: two
    capitalized words that no entity covers, no place or organization, one a name word or a word
    pymorphy3 does not know ("атташе посольства Индонезии в России Кики Купрабово")."""
    found = _LAST_TWO_CAPITALIZED.search(text, who_start, who_end)
    if not found or any(e.start < found.end() and e.end > found.start() for e in named):
        return None
    words = found.group(1).split()
    if text[who_start:found.start()].strip() == "" \
            or any("Geox" in word_info(w).tag or "Orgn" in word_info(w).tag for w in words) \
            or not any(_name_word(w) or not word_info(w).known for w in words):
        return None
    return found.group(1)


_LAST_TWO_CAPITALIZED = regex.compile(
    r"(?<![^\W\d_])(\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?)[\s.!]*$")


def _name_word(word: str) -> bool:
    """Whether the first reading of `word` is a first name, surname or patronymic."""
    return bool(_NAME_TAGS & set(word_info(word).tag.replace(" ", ",").split(",")))


def _titled_speaker(last_person: str | None, verb: str, office: bool) -> str | None:
    """The person a title stands for: the speaker attributed last, if the verb's gender allows
    (a surname alone allows any); none attributed yet, the person named last, unless the
    title names its office ("- сказала представитель пресс-службы «Петербургской
    Недвижимости»": then the office, as before)."""
    if last_person is None:
        return None if office else LAST_PERSON
    first = word_info(last_person.split()[0])
    if first.known and not first.animate:
        return None  # the office named last ("Институт сельского хозяйства"), not a person
    if _surname(last_person) or _agrees(last_person, verb):  # see _own_speaker
        return last_person
    return None


def _surname(name: str) -> bool:
    """"Силуанов": one capitalized word that is no word for a person ("Эксперт")."""
    return not name.startswith("\x00") and " " not in name and name[:1].isupper() \
        and (_name_word(name) or not _is_person_noun(name.lower()))


def _clause_stop(text: str, at: int, end: int) -> int:
    found = _CLAUSE_MARK.search(text, at, end)
    return found.start() if found else end


def _titled_name(text: str, who_start: int, named: list[Entity]) -> str | None:
    """A person after their title, the title naming an organization: "- пояснил ведущий
    экономист Института экономики роста Артем Прокопец" is Прокопец, not the institute
    (whereas in "- сообщила пресс-служба губернатора Ивана Петрова" the office speaks)."""
    if not named or named[0].type != "ORG":
        return None
    words = text[who_start:named[0].start].replace('"', " ").split()  # «Открытие-брокер»
    if not words or not all(w.islower() for w in words):
        return None
    case = "nomn"
    if len(words) > _IN_DOCUMENT and words[0] in ("в", "во") \
            and not word_info(words[1]).animate:
        # "- говорится в обращении сопредседателя партии «Наш край» Александра Мазурчака":
        # the author of the document, a person after a title in the genitive
        words, case = words[_IN_DOCUMENT:], "gent"
    head = _first_noun(" ".join(words))
    if head is None or not head.animate or case not in head.cases:
        return None
    return next((e.normal for e in named if e.type == "PER"), None)


_IN_DOCUMENT = 2  # "в обращении | сопредседателя партии …"


def _holder_after(text: str, organization: Entity, named: list[Entity]) -> Entity | None:
    """The person named right after an organization, in the nominative: the holder of the title
    that organization ends ("председатель правления ассоциации «Надежный партнер» Андрей
    Романчук")."""
    following = next((e for e in named if e.start >= organization.end), None)
    if following is None or following.type != "PER" \
            or text[organization.end:following.start].strip(' "«»') \
            or "nomn" not in word_info(following.text.split()[0]).cases:
        return None
    return following


def _joined_names(text: str, persons: list[Entity], last: Entity) -> str:
    """The name next to a leading speech verb, with the names of its kind joined to it by
    "и": "Институт Гайдара и РАНХиГС отмечают" speak together."""
    first = last
    while True:
        joined = next((e for e in persons if e.type == last.type and e.end <= first.start
                       and _AND.fullmatch(text, e.end, first.start)), None)
        if joined is None:
            break
        first = joined
    if first is last:
        return last.normal
    return nominative_phrase(text[first.start:last.end])


_OFFICE_BEFORE = regex.compile(r"(?<![^\W\d_])([^\W\d_][\w-]*)\s+$")
_AND = regex.compile(r"\s+и\s+")


def _unnamed_people(words: list[str], rules: Rules) -> bool:
    """"Аналитики", "Многие эксперты": a plural noun for people, alone or after a word that
    leaves them unnamed, at the start of the sentence."""
    if not words or not words[0][:1].isupper() or len(words) > 2 or len(words) == 2 \
            and word_info(words[0].lower()).lemma not in rules.context.unnamed_quantifiers:
        return False
    head = words[-1].lower()
    return _is_person_noun(head) and word_info(head).number == "plur"


def _described_group(words: list[str]) -> bool:
    """"Власти региона", "аналитики банка": a plural noun for people or authorities with its
    genitive, a source the text only describes."""
    head, owner = word_info(words[0].lower()), word_info(words[1])
    return head.pos == "NOUN" and "nomn" in head.cases and owner.pos == "NOUN" \
        and "gent" in owner.cases \
        and (head.animate and head.number == "plur" or words[0].lower() in _AUTHORITIES)


_AUTHORITIES = frozenset({"власти"})


def _circumstance_word(word: str, rules: Rules) -> bool:
    """"встречи" in "Во время встречи Трутнев отметил": a word in lower case that names no one
    who could speak (no person, no office or unit of one)."""
    info = word_info(word)
    return not info.animate and info.lemma not in rules.context.unit_nouns \
        and info.lemma not in rules.context.anaphoric_sources \
        and not rules.context.release_offices.match(word)


def _surname_like(word: str) -> bool:
    """"Трутнев", "Петров": a capitalized word, no abbreviation ("КНР" after "правительства"
    is its owner), that is a name word or one the dictionary does not know."""
    return word[:1].isupper() and not word.isupper() \
        and (_name_word(word) or not word_info(word).known)


def _name_like(word: str) -> bool:
    """A noun, or a word the dictionary does not know: a surname pymorphy3 guesses as another
    part of speech ("Трутнев" read as a gerund)."""
    info = word_info(word)
    return info.pos == "NOUN" or not info.known


def _bare_name(words: list[str]) -> bool:
    """"Черняк" in "- сказал Черняк.": one capitalized word (not an abbreviation), then
    nothing or words in lower case ("Черняк в среду")."""
    first = words[0]
    return first[:1].isupper() and not first.isupper() and first.isalpha() \
        and all(not w[:1].isupper() for w in words[1:])


def _agrees(person: str | None, verb: str | None) -> bool:
    """Whether `person` (a name) may be the subject of `verb` by gender: "рассказала" rules
    out "Олег Шеин"; a name whose first word is no known first name agrees with anything."""
    if person is None or person.startswith("\x00") or " " not in person or verb is None:
        return False
    said = _gender(word_info(verb).tag)
    name = word_info(person.split()[0])
    return "Name" not in name.tag or said is None or _gender(name.tag) in (None, said)


def _gender(tag: str) -> str | None:
    return next((g for g in ("femn", "masc") if g in tag), None)


def _is_person_noun(word: str) -> bool:
    """A known animate noun: "эксперт", "министр", "женщина"."""
    info = word_info(word)
    return info.known and info.animate and info.pos == "NOUN"


def speaker_sentences(sentences: list[Sentence], per_sentence: list[list[Quantity]],
                      introducing: bool = True) -> list[Sentence]:
    """The sentences whose speaker can reach a figure: those of a paragraph with figures (a
    source goes on through its paragraph, "об этом" looks back in it), and the lead paragraphs
    when they hold figures (the lead's source may come after them). The NER model reads the
    sources of these only, so attribution looks nowhere else, whatever the NER scope. With
    `introducing`, also the paragraph before each paragraph with figures, where the person a
    quote is then attributed to by a pronoun or a title ("- рассказала женщина") may be
    introduced; the walk itself reads no sources there (see attach_context)."""
    figure_paragraphs = {s.paragraph for s, found in zip(sentences, per_sentence, strict=True)
                         if found}
    lead = bool(figure_paragraphs)  # the lead names the source of what follows
    # the paragraph before one with figures introduces who "- рассказала женщина" is
    read = figure_paragraphs | ({p - 1 for p in figure_paragraphs} if introducing else set())
    return [s for s in sentences
            if s.paragraph in read or lead and s.paragraph <= _LEAD_PARAGRAPHS]


def speaker_spans(text: str, sentences: list[Sentence], rules: Rules,
                  speech: DocumentSpeech | None = None) -> list[tuple[int, int]]:
    """The only stretches of text where context reads PER/ORG entities: a quote's attribution,
    the attribution of reported speech ("…, добавил Мельников", "Морозов отмечал, что") and a
    source marker of one of `sentences` with the words after them. NER needs to read
    nothing else; the marker's own words stay in so that the model sees a name in context
    ("сказал Москвитин" is a person, "Москвитин" alone is nothing to it). Where the words a
    name could stand in hold no capital letter there is no name, and NER does not read them.
    `speech` keeps the SpeechMarks, quotes and these spans for the document walk after NER."""
    speech = DocumentSpeech() if speech is None else speech
    marks = speech.marks
    spans = []  # (start, where a name may start, end)
    for _start, _end, a in _attributed_quotes(text, rules, speech):
        # to the end of the words the attribution cuts ("… депутат Виктор | Пинзеник")
        spans.append((a.start("verb"), a.start("who"), _words_end(text, a.end("who"))))
    for sentence in sentences:
        for found in speech_marks(text, sentence, rules, marks).reported:
            if found.re is rules.context.introducing_attribution and _speech_verb(found, rules):
                # "Владимир Гройсман бьёт тревогу. … он заявил:": who "он" is may be named
                # earlier in the paragraph
                line = text.rfind("\n", 0, found.start()) + 1
                spans.append((line, line, found.end()))
            elif {"verb", "who"} <= found.re.groupindex.keys() and _speech_verb(found, rules):
                start = found.start("verb")
                if found.start("who") < start:  # "Migration Policy Institute отмечает, что":
                    # the name may begin before the two words the pattern takes
                    start = _name_reach(text, found.start("who"), sentence)
                spans.append((start, found.start("who"), max(found.end("verb"), found.end("who"))))
        for marker in marks[sentence.index].markers:
            at = _source_start(text, marker.end(), sentence, rules)
            reach = _NAME_WINDOW
            capitalized = _FIRST_CAPITALIZED.findall(text, at, min(at + _NAME_WINDOW,
                                                                   sentence.end))
            if any(_dative_only(word) for word in capitalized[:_TOLD_AT]):
                # "сообщил вчера в Сочи Владимиру Путину министр … «Олимпстрой» Дмитрий Козак":
                # the one told first, the speaker after a long title
                reach += _NAME_WINDOW
            spans.append((marker.start(), at, _clause_end(text, at + reach, sentence)))
        for reference in rules.context.source_reference.finditer(text, sentence.start,
                                                                  sentence.end):
            spans.append((reference.start(), reference.end(),
                          _clause_end(text, reference.end() + _NAME_WINDOW, sentence)))
    speech.spans = _merged([(start, end) for start, name, end in spans
                            if _CAPITAL.search(text, name, end)])
    return speech.spans


_CAPITAL = regex.compile(r"\p{Lu}")
_FIRST_CAPITALIZED = regex.compile(r"(?<![^\W\d_])\p{Lu}\p{Ll}+")
_TOLD_AT = 3  # capitalized words after a marker among which the one told may stand ("в Сочи")


def _words_end(text: str, pos: int) -> int:
    """`pos`, or the end of the name a window cut at `pos` (the capitalized words going on)."""
    found = _NAME_GOING_ON.match(text, pos)
    return found.end() if found else pos


_NAME_GOING_ON = regex.compile(r"[^\W\d_]*(?:[^\S\n]+\p{Lu}[^\W\d_]*(?:-[^\W\d_]+)*){0,2}")
_LEADING_NAME_REACH = 60  # characters before a leading attribution's two words a name may take


def _name_reach(text: str, who_start: int, sentence: Sentence) -> int:
    """Where NER starts reading for the name before a speech verb: up to the clause start
    within _LEADING_NAME_REACH characters, at a word start."""
    floor = max(sentence.start, who_start - _LEADING_NAME_REACH)
    mark = max(text.rfind(c, floor, who_start) for c in ",;:(\n")
    if mark >= 0:
        return mark + 1
    space = text.find(" ", floor, who_start) if floor > sentence.start else -1
    return space + 1 if space >= 0 else floor


_NAME_WINDOW = 120  # characters after a source marker in which its name must lie


def _clause_end(text: str, pos: int, sentence: Sentence) -> int:
    """The end of the clause around `pos`: NER reading a window that ends inside a long name
    ("Организацию стран экономического | сотрудничества и развития") would cut the name."""
    if pos >= sentence.end:
        return sentence.end
    found = _CLAUSE_MARK.search(text, pos, sentence.end)
    return found.start() if found else sentence.end


_CLAUSE_MARK = regex.compile(r"[,;:!?«»\"]")


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _source_start(text: str, at: int, sentence: Sentence, rules: Rules) -> int:
    skipped = rules.context.source_aside.match(text, at, sentence.end)
    return skipped.end() if skipped else at


def _source_in_sentence(view: DocumentView, sentence: Sentence, rules: Rules) -> str | None:
    """'по данным Бюро национальной статистики' / 'сообщает Zakon.kz' → the source."""
    if cites_data(view, sentence, rules):
        return LAST_SPEAKER  # "Согласно приведённым цифрам, …": the data named before
    cited = _cited_source(view, sentence, rules)
    if cited:
        return cited
    impersonal = False
    reported = None  # the outlet that reported, unless a source of the data follows it
    for marker in speech_marks(view.text, sentence, rules, view.speech.marks).markers:
        if _bracketed_clause(view.text, marker.start(), sentence):
            # "… живут в среднем 83 года (по данным Минздрава, продолжительность жизни россиян
            # достигала 72,6 года)": an aside, the source of its own clause only
            # (_clause_sources), not of the sentence nor of the sentences after it
            continue
        at = _source_start(view.text, marker.end(), sentence, rules)
        outlet = _outlet_reported(view.text, marker, at, rules)
        if outlet:  # "Как уже писала «НГ», по данным института …": the institute's data
            reported = reported or outlet
            continue
        pronoun = _WORD_AFTER.match(view.text, at, sentence.end)
        if pronoun and pronoun.group(1) in rules.context.speaker_pronouns:
            # "Для этого, пишет он в блоге «Эха Москвы», …": the person named last, not the
            # medium or outlet in the words after the pronoun
            return LAST_PERSON
        informant = _described_informant(view.text, at, sentence.end, rules)
        if informant:
            return informant
        named = [e for e in view.entities if e.type in ("ORG", "PER") and at <= e.start <= at + 3
                 and "," not in view.text[at:e.start]  # "Согласно заявлению, Петрову грозит"
                 and not rules.context.speech_medium.search(
                     view.text, max(marker.start(), e.start - _MEDIUM_REACH), e.start)
                 and not (e.type == "PER" and _dative_only(e.text))]
        if named:  # (not "сообщил в интервью агентству Reuters министр …": the medium; nor
            # "Как пообещал Владимиру Путину Дмитрий Козак": the one told)
            return _whole_organization(view, named[0])
        person = _titled_person(view, at, sentence)
        if person:
            return person
        if _title_alone(view.text, at, sentence):
            return LAST_PERSON  # "По словам главы региона, …": the person named last
        tail = _CAPITALIZED_TAIL.match(view.text, at, sentence.end)
        if tail:
            return nominative_phrase(_source_name(tail.group(1), rules))
        office = rules.context.source_office.match(view.text, at, sentence.end)
        if office:
            return nominative_phrase(_source_name(office.group(1).strip(), rules))
        organization = _organization_after(view, at, sentence, rules)
        if organization:
            return organization
        noun = _WORD_AFTER.match(view.text, at, sentence.end)
        lemma = word_info(noun.group(1)).lemma if noun else None
        if lemma in rules.context.anaphoric_sources:
            return lemma  # "по данным статоргана": see _own_speaker
        if noun and _is_person_noun(noun.group(1).lower()) \
                and word_info(noun.group(1).lower()).number == "plur":
            # "Об этом предупреждают эксперты агентства S&P", "по оценкам аналитиков
            # Сбербанка": people of a body speak for it (docs/annotation.md §6.11)
            body = rules.context.source_office.match(view.text, noun.end(), sentence.end) \
                or _CAPITALIZED_TAIL.match(view.text, noun.end(), sentence.end)
            if body:
                return nominative_phrase(_source_name(body.group(1).strip(), rules))
        if _unheld_data(view.text, marker, at, sentence, rules):
            return NO_HOLDER
        impersonal = impersonal or word_info(marker.group().split()[0].lower()).lemma \
            in rules.context.impersonal_speech
    if reported:
        return reported
    # "Как говорится в опубликованном исследовании, …" naming no one: the source named last
    # (as "- говорится в сообщении" after a quote)
    return LAST_SPEAKER if impersonal else None


def _outlet_reported(text: str, marker, at: int, rules: Rules) -> str | None:
    """"ТАСС" in "Как ранее сообщал ТАСС, …": the outlet the asides after a singular verb end
    with, right before the comma, is who reported (plural "сообщили ТАСС" is told)."""
    verb = marker.group().split()[-1]
    if not verb.endswith(("л", "ла", "ло", "ет", "ит")):
        return None
    if not _COMMA_NEXT.match(text, at):
        return None
    found = rules.context.outlet_reported.search(text, marker.end(), at)
    return found.group("outlet") if found else None


_COMMA_NEXT = regex.compile(r"\s*,")


def _unheld_data(text: str, marker, at: int, sentence: Sentence, rules: Rules) -> bool:
    """"по официальным данным", "по данным различных исследований": a marker whose phrase
    (its words and the two after it) leaves the data without a holder."""
    if marker.group().split()[0].lower() not in _INTRODUCING:
        return False  # not "сообщил другой собеседник", one the text goes on to describe
    after = _TWO_WORDS.match(text, at, sentence.end)
    words = marker.group().split() + (after.group().split() if after else [])
    return any(word_info(w.lower()).lemma in rules.context.unheld_data for w in words)


_TWO_WORDS = regex.compile(r"(?:\s+[^\W\d_]+){1,2}")


def _bracketed_clause(text: str, at: int, sentence: Sentence) -> bool:
    """Whether a source marker at `at` opens a clause of its own inside brackets in the middle
    of the sentence: "(по данным Минздрава, продолжительность жизни достигала 72,6 года)", a
    bracket opened right before it and a comma after it inside the bracket; not "(по данным
    Росстата)" after the figures it gives."""
    opening = text.rfind("(", sentence.start, at)
    if opening < 0 or text[opening + 1:at].strip() or opening == sentence.start:
        return False
    closing = text.find(")", at, sentence.end)
    comma = text.find(",", at, sentence.end)
    return 0 <= comma < closing


def _described_informant(text: str, at: int, end: int, rules: Rules) -> str | None:
    """"по словам источника «Медузы» в иркутском правительстве": one the outlet talked to,
    described by where they work, as described (§4 Form: "собеседник RT в Минэкономики")."""
    informant = rules.context.described_informant
    found = informant.match(text, at, end) if informant is not None else None
    return nominative_phrase(found.group("who")) if found else None


def _cited_source(view: DocumentView, sentence: Sentence, rules: Rules) -> str | None:
    """"Такие данные привела министр Вероника Скворцова со ссылкой на информацию Росстата",
    "…, сообщает Reuters со ссылкой на Исама аль-Марзука": a source reporting another's words
    or data names the one it cites, who is the source (a name right after the words of citing;
    "со ссылкой на свои источники", "на источник в министерстве" name no one, and the reporter
    stays the source)."""
    for reference in rules.context.source_reference.finditer(view.text, sentence.start,
                                                              sentence.end):
        named = [e for e in view.entities if e.type in ("ORG", "PER")
                 and reference.end() <= e.start <= reference.end() + _NAME_GAP]
        if named:
            return _whole_organization(view, named[0])
    return None


_NAME_GAP = 3  # characters between a marker and the name it introduces (a space, a quote mark)


_CAPITALIZED_TAIL = regex.compile(r"\s+([А-ЯA-Z][^,.;:()]{2,80})")
_WORD_AFTER = regex.compile(r"\s+([^\W\d_]+)")


def cites_data(view: DocumentView, sentence: Sentence, rules: Rules) -> bool:
    """"Согласно приведённым цифрам, …": the sentence refers back to data already attributed."""
    return bool(rules.context.cited_data.search(view.text, sentence.start, sentence.end))


def _titled_person(view: DocumentView, at: int, sentence: Sentence) -> str | None:
    """"сообщил глава региона Сергей Морозов": a person named after their title; not the one
    told ("сообщил вчера Владимиру Путину министр … Дмитрий Козак")."""
    persons = [e for e in _named_after(view, at, sentence) if e.type == "PER"]
    if persons and _dative_only(persons[0].text):
        # the one told comes first; the speaker's long title may put the name past the window
        persons = [e for e in view.entities if e.type == "PER"
                   and persons[0].start <= e.start < sentence.end
                   and not _REPORTED_CLAUSE.search(view.text, at, e.start)]
    return next((e.normal for e in _not_addressees(persons)), None)


def _not_addressees(persons: list[Entity]) -> list[Entity]:
    """`persons` without the one a speech verb's words are told to, a name in the dative
    ("сообщил Владимиру Путину министр Дмитрий Козак", "- сказал Путину Козак") when another
    name is there to speak."""
    told = [e for e in persons if _dative_only(e.text)]
    return [e for e in persons if e not in told] if len(told) < len(persons) else persons


def _office_inside(attribution, who_start: int, named: list[Entity], rules: Rules
                   ) -> str | None:
    """"В региональном минздраве добавили, что …", "В пресс-службе минздрава сообщили, что
    …": an office named in lower case after "в" before a leading speech verb, as written in the
    nominative (§4 Form), when no name stands there."""
    text = attribution.string
    said = text[who_start:attribution.start("verb")]
    opening = rules.context.office_opening.match(said)
    if opening:  # "В минздраве добавили": the preposition read with the words
        said = said[opening.end():]
    elif _IN_BEFORE.search(text, max(0, who_start - len(" во ")), who_start) is None:
        return None
    if named:
        return None
    office = rules.context.source_office.match(" в " + said)
    return nominative_phrase(_source_name(office.group(1).strip(), rules)) if office else None


def _office_opening(attribution, rules: Rules) -> str | None:
    """"В пресс-службе правительства Калужской области подчеркнули, что …", "В администрации
    Ульяновска ТАСС сообщили, что …": a clause opening with "в" and an office, all its words up
    to the speech verb, less the outlet told and the words of time before the verb ("ТАСС",
    "журналистам в среду"), in the nominative (§4 Form); not the outlet, nor the last two
    words alone (the reach of the leading pattern)."""
    if attribution.re not in (rules.context.leading_attribution, rules.context.leading_about,
                              rules.context.introducing_attribution) \
            or word_info(attribution.group("verb")).lemma in rules.context.impersonal_speech:
        return None  # "В опубликованном комиссией исследовании говорится": a document's words
    text = attribution.string
    start = max(text.rfind(mark, 0, attribution.start("who")) for mark in _CLAUSE_MARKS) + 1
    said = text[start:attribution.start("verb")].strip()
    opening = rules.context.office_opening.match(said)
    if opening is None:
        return None
    said = said[opening.end():]
    said = said[:_aside_start(said, rules)]
    # the office's head in lower case as source_office reads it ("Минздраве" as "минздраве")
    if not said or rules.context.source_office.match(" в " + said[:1].lower() + said[1:]) is None:
        return None
    return nominative_phrase(_source_name(said, rules))


def _aside_start(said: str, rules: Rules) -> int:
    """Where the words between a source and its verb that are not the source begin ("ТАСС",
    "журналистам в среду", "также"), or the end of `said`."""
    return next((m.start() for m in _SPACE.finditer(said)
                 if rules.context.source_aside.fullmatch(said, m.start())), len(said))


def _outlet_told(attribution, name: Entity, rules: Rules) -> bool:
    """"ТАСС" in "В Росстате ТАСС сообщили, что …": a name that is the outlet told (an aside
    word of source_aside) with only asides between it and the verb."""
    text = attribution.string
    return rules.context.source_aside.fullmatch(" " + name.text) is not None \
        and rules.context.source_aside.fullmatch(text, name.start - 1,
                                                 attribution.start("verb") - 1) is not None


_CLAUSE_MARKS = (".", "!", "?", "\n", ",")
_SPACE = regex.compile(r"\s")
_IN_BEFORE = regex.compile(r"(?i)(?<![^\W\d_])во?\s+$")


def _object_word(word: str) -> bool:
    """"сближение" in "- прокомментировал эксперт сближение позиций": a word after a title
    that cannot be the genitive of its office, so the object of the verb."""
    info = word_info(word.lower())
    return info.known and info.pos in ("NOUN", "ADJF") and "gent" not in info.cases


def _met_with(text: str, person: Entity) -> bool:
    """"- подчеркнул монарх во время встречи с президентом Владимиром Путиным": a name in the
    instrumental after "с" and its words, whom the speaker met, not the speaker."""
    cases = word_info(person.text.split()[0]).cases
    return "ablt" in cases and "nomn" not in cases \
        and bool(_WITH_BEFORE.search(text, max(0, person.start - _WITH_REACH), person.start))


_WITH_BEFORE = regex.compile(r"(?<![^\W\d_])со?\s+(?:[^\W\d_]+\s+){0,3}$")
_WITH_REACH = 60  # characters between "с" and the name ("с российским президентом")


def _event_owner(text: str, organization: Entity) -> bool:
    """"на сессии Госсовета", "на заседании правительства": an organization whose event the
    words were said at, named after a preposition and the event's noun."""
    return organization.type == "ORG" and bool(_EVENT_BEFORE.search(
        text, max(0, organization.start - _WITH_REACH), organization.start))


_EVENT_BEFORE = regex.compile(r"(?<![^\W\d_])(?:на|в|во|в\s+ходе|по\s+итогам)\s+\p{Ll}+\s+$")


def _dative_only(name: str) -> bool:
    """A name whose first word is a dative and cannot be a nominative ("Владимиру",
    "Путину"; not "Козак")."""
    cases = word_info(name.split()[0]).cases
    return "datv" in cases and "nomn" not in cases


def _organization_after(view: DocumentView, at: int, sentence: Sentence, rules: Rules
                        ) -> str | None:
    """"свидетельствуют данные статистики, опубликованные Федеральным ведомством уголовной
    полиции": failing a closer name, the organization in the words after the marker; not the
    outlet told ("данные, предоставленные RT пресс-службой МВД")."""
    named = [e for e in _named_after(view, at, sentence) if e.type == "ORG"]
    sources = [e for e in named if not rules.context.source_aside.fullmatch(" " + e.text)]
    return _whole_organization(view, sources[0]) if sources else None


def _named_after(view: DocumentView, at: int, sentence: Sentence) -> list[Entity]:
    phrase_end = _source_phrase_end(view.text, at, sentence)
    # an introductory phrase names its source anywhere before its comma ("Как пояснила в ходе
    # сессии областного собрания заместитель губернатора - начальник … управления Татьяна
    # Баринова, …"); other words after a marker, within a window
    window_end = min(at + _NAME_WINDOW, sentence.end) if phrase_end is None \
        else min(at + _LONG_PHRASE, phrase_end)
    colon = _QUOTE_OPENS.search(view.text, at, window_end)  # "о чём заявило посольство: «…»":
    window_end = colon.start() if colon else window_end  # the quote's names are what it says
    return [e for e in view.entities if e.type in ("PER", "ORG") and at <= e.start < window_end
            and not _REPORTED_CLAUSE.search(view.text, at, e.start)]


def _source_phrase_end(text: str, at: int, sentence: Sentence) -> int | None:
    """Where the words after a source marker that may name the source end: at the comma that
    closes an introductory source phrase ("По данным организаторов, | на митинги в поддержку
    Саакашвили вышли …", "по данным исследования группы «Рейтинг», опубликованного 30 мая, |
    Тимошенко доверяют …"): the main clause after it names what is reported, not who reports
    it. A comma goes on with the phrase before a participle or gerund ("…, опубликованного",
    "сообщил, выступая на форуме, министр …"), "который" and a name that cannot be the subject
    of the clause, in the genitive ("По словам главы ведомства, Антона Котякова, …"). A marker after its verb
    ("сообщил и.о. министра семьи, труда и социальной защиты Юрий Мельников") opens no clause:
    None."""
    clause = max(sentence.start, *(text.rfind(c, sentence.start, at) + 1 for c in ",;:(\n"))
    opening = _WORD_AFTER.match(" " + text[clause:at].lstrip())
    if opening is None or opening.group(1).lower() not in _INTRODUCING:
        return None
    for comma in _COMMA.finditer(text, at, sentence.end):
        following = _NEXT_WORD.match(text, comma.end(), sentence.end)
        if following is None:
            return comma.start()
        word = following.group(1)
        info = word_info(word.lower())
        if info.pos in _PHRASE_GOES_ON or info.lemma in _RELATIVE_PRONOUNS:
            continue
        cases = word_info(word).cases
        if word[:1].isupper() and "nomn" not in cases and "gent" in cases:
            continue  # (not "Согласно заявлению, Иванову грозит …": the dative names no one)
        return comma.start()
    return sentence.end


_COMMA = regex.compile(r",")
_NEXT_WORD = regex.compile(r'\s*[«"]?([^\W\d_]+)')
_PHRASE_GOES_ON = frozenset({"PRTF", "PRTS", "GRND"})
_RELATIVE_PRONOUNS = frozenset({"который", "чей"})
_INTRODUCING = frozenset({"по", "согласно", "как", "судя"})  # the first word of such a phrase
_LONG_PHRASE = 2 * _NAME_WINDOW  # characters an introductory source phrase may run


_QUOTE_OPENS = regex.compile(r':\s*"')
_REPORTED_CLAUSE = regex.compile(r",\s*(?:что|как|когда|где)\b")


def _source_name(tail: str, rules: Rules) -> str:
    """The name at the start of `tail`: its words up to a preposition, a number, a verb or a
    phrase that ends a noun phrase ("пресс-служба Минтранса | по итогам встречи …")."""
    words = tail.split()
    kept = words[:1]
    for i, word in enumerate(words[1:_SOURCE_NAME_WORDS], 1):
        if word.lower() in rules.context.source_name_stops or any(c.isdigit() for c in word) \
                or word_info(word).pos in _NOT_IN_NAME \
                or word == "по" and rules.context.subject_stops.match(" ".join(words[i:])):
            break
        kept.append(word)
    return " ".join(kept)


_SOURCE_NAME_WORDS = 8
_NOT_IN_NAME = {"VERB", "INFN", "PRTS", "GRND", "ADVB"}


def _whole_organization(view: DocumentView, first: Entity) -> str:
    """NER cuts "ГУ МВД России по Свердловской области" into ГУ / МВД / России / Свердловской
    области: an organization goes on through the entities that follow it with nothing but a
    space or "по" between them."""
    if first.type != "ORG":
        return first.normal
    end = first.end
    for entity in sorted(view.entities, key=lambda e: e.start):
        if entity.start >= end and (
                entity.type in ("ORG", "LOC") and _ORG_JOINER.fullmatch(view.text, end, entity.start)
                # "по данным Института Гайдара и РАНХиГС": two bodies joined by "и" in one
                # source phrase are one source written as both (§6.11, part G's forms)
                or entity.type == "ORG" and _AND.fullmatch(view.text, end, entity.start)):
            end = entity.end
    if end == first.end:
        return first.normal
    return " и ".join(nominative_phrase(name)
                      for name in _JOINED_NAMES.split(view.text[first.start:end]))


_ORG_JOINER = regex.compile(r"\s+(?:по\s+)?")


def outlet_figures(view: DocumentView, quantities: list[Quantity], contexts: list[Context],
                   rules: Rules, sentence_starts: list[int]) -> list[Context]:
    """"38 млрд форинтов (около $130 млн. — RT)": a figure that is all a bracket holds, the
    bracket signed by the outlet, is the outlet's own (its conversion), whoever speaks around.
    Before that, a source named inside a sentence speaks for the figures after it there
    (_clause_sources; `sentence_starts`: where each figure's sentence starts)."""
    text = view.text
    out = _clause_sources(view, quantities, contexts, rules, sentence_starts)
    for i, quantity in enumerate(quantities[:len(out)]):
        if text[max(0, quantity.start - _BRACKET_GAP):quantity.start].rstrip()[-1:] != "(":
            continue
        note = rules.context.outlet_note.match(text, quantity.end)
        if note:
            outlet = note.group("outlet").strip('"')
            out[i] = replace(out[i], speaker=outlet,
                             rules=out[i].rules + ("speaker.outlet_note",))
    return out


_BRACKET_GAP = 3  # characters between "(" and the figure it opens with


def _clause_sources(view: DocumentView, quantities: list[Quantity], contexts: list[Context],
                    rules: Rules, sentence_starts: list[int]) -> list[Context]:
    """"…, в то время как, по официальному прогнозу Минэкономразвития, рост ВВП составит 2,1%",
    "(по данным Минздрава, продолжительность жизни достигала 72,6 года)": a source named after a
    comma or a bracket inside a sentence is the source of the figures after it in that
    sentence; the figures before it keep the sentence's speaker."""
    pattern = rules.context.clause_source
    text = view.text
    out = list(contexts)
    if pattern is None:
        return out
    for i, quantity in enumerate(quantities[:len(out)]):
        start = sentence_starts[i]
        if "по" not in text[start:quantity.start] and "согласно" not in text[start:quantity.start]:
            continue  # the cheap test first: most sentences name no source in the middle
        found = list(pattern.finditer(text, start, quantity.start))
        if not found:
            continue
        name = _source_name(found[-1].group("who").strip(), rules)
        if not name or name.split()[0].lower() in rules.context.source_name_stops:
            continue
        source = _fullest_form_in(view.speech, text, nominative_phrase(name))
        if out[i].speaker and _same_source(source, out[i].speaker):
            continue
        out[i] = replace(out[i], speaker=source, rules=out[i].rules + ("speaker.clause_source",))
    return out



