"""Speed pass 12 (issue #5): the shortcuts must not change what is found."""

from __future__ import annotations

import dataclasses

import pytest

from migextract.context.tokens import Tok, tokenize
from migextract.periods import Need, find_periods
from migextract.places import _ADMIN_HINT, _starting
from migextract.rules import load_rules

# sentences of our own: months, years, both, neither, and words that hold a month's letters
SENTENCES = [
    "В январе-сентябре 2017 года в регион прибыли 12,5 тыс. мигрантов.",
    "С 1 марта по 30 апреля выдано 300 патентов, на 1 мая их было 450.",
    "Самая большая замена кадров прошла в мае: уволились 40 человек.",
    "За 9 месяцев 2018 года доходы выросли на 5%, а в 2019 и 2020 годах — на 3%.",
    "В 1990-х годах население сократилось на 15 тыс. человек.",
    "К концу 2016-го число жителей достигло 1,2 млн, в 2017/2018 учебном году — меньше.",
    "По итогам первого полугодия безработица составила 4,5%.",
    "Зарплата составила 45 тыс. рублей, это на 12% больше, чем годом ранее.",
    "Летом 2019 года туристов было вдвое больше, чем зимой 2018/19.",
    "Маяк на мысе виден за 20 км, а в 2015 г. его отремонтировали за 3 млн рублей.",
    "С марта 2016 года стоимость выросла на 7%, к ноябрю 2016 года — ещё на 2%.",
    "На 01.01.2019 в реестре было 1500 организаций.",
    "Сейчас в городе 120 тыс. жителей.",
]


@pytest.fixture(scope="module")
def period_rules():
    return load_rules().periods


def test_each_need_holds_wherever_its_patterns_match(period_rules):
    for sentence in SENTENCES:
        lowered = sentence.lower()
        for rule, pattern, needs in period_rules.patterns:
            if pattern.search(sentence):
                assert period_rules.needs[needs].holds(sentence, lowered), (rule, sentence)


def test_periods_are_the_same_with_every_pattern_tried(period_rules):
    """The needs only spare patterns that would find nothing."""
    always = {name: Need(_ANY) for name in period_rules.needs}  # type: ignore[arg-type]
    loose = dataclasses.replace(period_rules, needs=always)
    for sentence in SENTENCES:
        for year in (None, 2019):
            assert find_periods(sentence, period_rules, 100, year, None) \
                == find_periods(sentence, loose, 100, year, None), sentence


def test_a_month_need_wants_the_stem_at_a_word_start(period_rules):
    month = period_rules.needs["month"]
    assert not month.holds("Самая большая замена.", "самая большая замена.")
    assert month.holds("Прибыли в мае.", "прибыли в мае.")
    assert month.holds("январь-март", "январь-март")
    digit = period_rules.needs["digit"]
    assert not digit.holds("Прибыли 150 человек.", "прибыли 150 человек.")
    assert digit.holds("В 2019 г.", "в 2019 г.")


def test_tokens_are_the_dataclass_tokens():
    text = "Число мигрантов выросло на 2,5% в 2017-м году (до 120 тыс.)."
    tokens = tokenize(text, 0, len(text))
    assert tokens == [Tok(t.start, t.end, t.text, t.text[:1].isalpha()) for t in tokens]
    assert [t.text for t in tokens][:4] == ["Число", "мигрантов", "выросло", "на"]
    assert hash(tokens[0]) == hash(Tok(0, 5, "Число", True))
    with pytest.raises(dataclasses.FrozenInstanceError):
        tokens[0].start = 3  # type: ignore[misc]
    word = tokens[1]
    assert (word.pos, word.lemma) == ("NOUN", "мигрант")
    number = tokens[4]
    assert (number.pos, number.lemma, number.info) == (None, "2,5", None)


def test_word_start_scans_are_remembered_and_the_same():
    text = "В Лоухском районе и Муезерском районе, в округе — 40 сел."
    first = _starting(text, _ADMIN_HINT)
    assert first == _starting(text, _ADMIN_HINT)
    assert isinstance(first, tuple) and len(first) == 3


class _Anything:
    """A pattern that finds something in any text."""

    @staticmethod
    def search(_text):
        return True


_ANY = _Anything()
