"""The fast paths of the speed14 pass give what the plain computation gives, on sentences we
wrote."""

from __future__ import annotations

import pytest

from migextract.context import dating

SENTENCES = [
    "В 2016 году население города выросло на 2,5 тыс. человек, сообщил мэр.",
    "По прогнозу, в 2019 году безработица составит 4,8%, а сейчас она составляет 5%.",
    "Министерство планирует открыть 12 школ; стройка идет, говорят рабочие.",
    "Доходы бюджета будут расти, их объем составил 3 млрд рублей.",
]


@pytest.mark.parametrize("word", ["выросло", "составит", "составляет", "планирует", "идет",
                                  "будут", "сообщил", "население", "рублей", "Выросло", "мэр"])
def test_remembered_tense_is_the_tense_read_anew(word):
    assert dating._tense(word) == dating._tense.__wrapped__(word)
    assert dating._tense(word) == dating._tense(word)  # a second reading, from memory


@pytest.mark.parametrize("sentence", SENTENCES)
def test_tenses_of_a_sentence_read_twice_agree(sentence):
    speech = frozenset({"сообщить", "говорить"})
    first = dating._tenses(sentence, 0, len(sentence), speech)
    assert first == dating._tenses(sentence, 0, len(sentence), speech)
    plain = set()
    for word in dating._CLAUSE_WORD.finditer(sentence):
        tense = dating._tense.__wrapped__(word.group())
        if tense is not None and dating.word_info(word.group()).lemma not in speech:
            plain.add(tense)
    assert first == plain


def test_tenses_of_written_sentences():
    assert dating._tenses(SENTENCES[0], 0, len(SENTENCES[0]), frozenset({"сообщить"})) == {"past"}
    assert "futr" in dating._tenses(SENTENCES[1], 0, len(SENTENCES[1]), frozenset())
