"""subj9: morphology traps under subjects — the existential "есть", "то есть", and unknown
loanwords guessed as feminine nominatives. Sentences are ours; the figures are real-looking."""

import pytest

from migextract.context.tokens import tokenize

from .conftest import subjects_by_span


def _tok(text: str, word: str):
    return next(t for t in tokenize(text, 0, len(text)) if t.text == word)


def test_existential_est_is_a_verb_of_being():
    tok = _tok("Запасы никеля есть в Канаде.", "есть")
    assert (tok.pos, tok.lemma) == ("VERB", "быть")


def test_to_est_is_a_conjunction():
    assert _tok("Это 40%, то есть почти половина.", "есть").pos == "CONJ"
    assert _tok("Есть и другие данные.", "Есть").lemma == "быть"


@pytest.mark.parametrize("text, span, subject", [
    ("Запасы никеля есть в Канаде (2,6 млн т) и в Бразилии (16 млн т).", "2,6 млн т",
     "запасы никеля"),
    ("Крупные запасы газа есть в Катаре — 24 трлн кубометров.", "24 трлн кубометров",
     "крупные запасы газа"),
])
def test_existential_est_is_the_predicate(rules, text, span, subject):
    assert subjects_by_span(rules, text)[span] == subject


@pytest.mark.parametrize("text, span, subject", [
    ("Курс биткоина вырос на 7%.", "7%", "курс биткоина"),
    ("Капитализация стейблкоина составила 4 млрд долларов.", "4 млрд долларов",
     "капитализация стейблкоина"),
])
def test_unknown_word_after_noun_is_its_genitive(rules, text, span, subject):
    assert subjects_by_span(rules, text)[span] == subject


def test_unknown_feminine_noun_alone_stays_nominative():
    tok = _tok("Новая коронавакцина стоит 20 долларов.", "коронавакцина")
    assert tok.info.cases == frozenset({"nomn"})


def test_prefixed_known_word_is_not_reread():
    # "криптобиржа" is биржа with a prefix: a real feminine nominative
    assert _tok("Курс криптобиржа не публикует.", "криптобиржа").info.tag.startswith(
        "NOUN,inan,femn sing,nomn")
