"""Place rules of the tenth place pass (place10): money in a national currency with no place of
its own is that currency's country's, and words.yaml is read by one loader. The cases of the rule
failed before it was added; the others guard its limits. The sentences are ours."""

from __future__ import annotations

from dataclasses import replace

import pytest

from migextract.places import place_words
from migextract.ruleload import RuleError

from .conftest import context_of

_US = "США наращивают экспорт. Экономика США растёт. США ищут рынки сбыта.\n"
_RUSSIA = "Россия наращивает экспорт. Экономика России растёт. Россия ищет рынки сбыта.\n"
_UKRAINE = "Украина ищет кредиты. Экономика Украины растёт. Украина ищет рынки сбыта.\n"
_BELARUS = "Беларусь ищет кредиты. Экономика Беларуси растёт. Беларусь ищет рынки сбыта.\n"


def _place(rules, text, span, title):
    return context_of(rules, text, span, title=title).place


# money in a national currency is its country's, whatever the story's home


@pytest.mark.parametrize(("sentence", "span"), [
    ("В декабре Минфин купил валюту на 200 млрд рублей.", "200 млрд рублей"),
    ("Налог на прибыль может составить 280 млрд рублей.", "280 млрд рублей"),
    ("Акции банка торгуются в диапазоне 168—172 рубля.", "168—172 рубля"),
])
def test_roubles_in_a_story_on_the_us_are_russias(rules, sentence, span):
    assert _place(rules, _US + sentence, span, "Экономика США") == "Россия"


def test_pounds_in_a_story_on_russia_are_britains(rules):
    text = _RUSSIA + "Субсидия вещателю составляет £245 млн в год."
    assert _place(rules, text, "£245 млн", "Экономика России") == "Великобритания"


def test_dollars_stay_the_storys(rules):
    text = _RUSSIA + "Субсидия вещателю составляет $245 млн в год."
    assert _place(rules, text, "$245 млн", "Экономика России") == "Россия"


def test_roubles_in_a_story_on_russia_stay_its_own(rules):
    text = _RUSSIA + "В декабре Минфин купил валюту на 200 млрд рублей."
    assert _place(rules, text, "200 млрд рублей", "Экономика России") == "Россия"


def test_roubles_in_a_story_on_belarus_are_belarusian(rules):
    text = _BELARUS + "Средняя зарплата составила 900 рублей."
    assert _place(rules, text, "900 рублей", "Экономика Беларуси") == "Беларусь"


def test_a_place_named_in_the_sentence_wins(rules):
    text = _RUSSIA + "В Казахстане средняя зарплата составила 30 тыс. рублей."
    assert _place(rules, text, "30 тыс. рублей", "Экономика России") == "Казахстан"


# a world market's price is in dollars: a national currency in its clause is no market's


def test_roubles_beside_a_barrel_price_are_no_markets(rules):
    text = _RUSSIA + "При цене нефти $60 за баррель Минфин купит валюту на 2 трлн рублей."
    assert _place(rules, text, "2 трлн рублей", "Экономика России") == "Россия"
    assert _place(rules, text, "$60", "Экономика России") is None


def test_a_rate_beside_a_brent_price_is_the_roubles(rules):
    text = _US + "Падение Brent до $50 за баррель приведёт к росту курса доллара до 65 рублей."
    assert _place(rules, text, "65 рублей", "Экономика США") == "Россия"


# a country given as an example of a set of states is no place of the sentence's figures


def test_an_example_of_a_set_of_states_is_not_the_place(rules):
    text = _RUSSIA + ("Банки 12 крупнейших государств (включая США, страны ЕС, Японию) выдали "
                      "российским заёмщикам около $219 млрд кредитов.")
    assert _place(rules, text, "около $219 млрд", "Экономика России") == "Россия"


def test_an_example_after_a_line_break_is_not_the_place(rules):
    text = _UKRAINE + "Контроль на границе ввели для граждан 70 государств\n, в том числе России."
    assert _place(rules, text, "70 государств", "Экономика Украины") == "Украина"


@pytest.mark.parametrize(("sentence", "span", "place"), [
    ("Всего в стране 100 тыс. мигрантов, в том числе в Москве — 30 тыс.", "30 тыс.", "Москва"),
    ("За рубежом работают 2 млн человек, в том числе в Казахстане — 300 тыс.", "300 тыс.",
     "Казахстан"),
])
def test_a_place_after_in_that_number_without_a_set_of_states_stays(rules, sentence, span,
                                                                     place):
    assert _place(rules, _RUSSIA + sentence, span, "Экономика России") == place


# one loader reads words.yaml


def test_the_gazetteer_holds_the_place_words(rules):
    words = place_words(rules.directory / "places")
    assert words is rules.gazetteer.words
    assert "официальный" in words.state_adjectives and "доллар" in words.currency_nouns


def test_a_bad_market_word_names_the_file_and_key(rules, tmp_path):
    (tmp_path / "places").mkdir()
    (tmp_path / "places" / "words.yaml").write_text("migrant_nouns: [мигрант, два слова]\n",
                                                      encoding="utf-8")
    with pytest.raises(RuleError, match=r"words\.yaml:1: key 'migrant_nouns'"):
        place_words(replace(rules, directory=tmp_path).directory / "places")
