"""morph._SafeAnalyzer inflects a dictionary word by building only the form it picks (the
paradigm's form index is remembered per paradigm, tag and grammemes asked): the result must be
what pymorphy3's own _inflect gives, which builds the whole lexeme."""

import pymorphy3
import pytest

from migextract.morph import analyzer, inflect

WORDS = ["граждане", "иностранных", "мигрант", "рабочей", "силы", "чистая", "прибыль",
         "десяток", "Москвы", "трудящимся", "безработица", "лет", "человек", "принятые",
         "выбывших", "зарплатой", "мигрантоподобный", "квартиросъемщиков"]
ASKED = [{"nomn"}, {"gent"}, {"nomn", "sing"}, {"nomn", "plur"}, {"gent", "plur"},
         {"ablt", "sing"}, {"nomn", "sing", "femn"}, {"datv", "plur"}, {"loc2"}, {"voct"},
         {"gen2", "sing"}, {"VERB"}]


def _described(parse):
    if parse is None:
        return None
    return (parse.word, str(parse.tag), parse.normal_form, parse.score,
            [step[1:] for step in parse.methods_stack])


@pytest.mark.parametrize("word", WORDS)
def test_inflection_as_pymorphy3_gives_it(word):
    morph = analyzer()
    for parse in morph.parse(word.lower()):
        for asked in ASKED:
            own = pymorphy3.MorphAnalyzer._inflect(morph, parse, set(asked))
            expected = _described(own[0]) if own else None
            assert _described(parse.inflect(set(asked))) == expected, (word, parse.tag, asked)


def test_phrase_words_inflected():
    assert inflect("иностранных", frozenset({"nomn", "plur"}), "ADJF") == "иностранные"
    assert inflect("Граждан", frozenset({"nomn", "plur"}), "NOUN") == "Граждане"


def _values(text):
    from migextract.quantities import find_quantities
    from migextract.rules import load_rules
    return [(q.value, q.value_max) for q in
            find_quantities(text, load_rules().grammar)[0]]


def test_number_word_after_a_hyphen_inside_a_word_is_no_number():
    """quantities._hinted_words reads only the words that begin where a number word may: the
    second part of "год-полтора" is inside a word, as when every word was read."""
    assert _values("Инвестиции ожидаются в ближайшие год-полтора вложений в отрасль.") == []


def test_number_words_found_between_other_words():
    found = _values("Приехали сорок пять семей, а уехали две тысячи человек.")
    assert [v for v, _ in found] == [45.0, 2000.0]
