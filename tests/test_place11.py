"""Place rules of the eleventh place pass (place11). The cases of each rule failed before it was
added; the others guard its limits. The sentences are ours."""

from __future__ import annotations

import shutil
from dataclasses import replace

import pytest

from migextract.pipeline import extract_text
from migextract.places import load_gazetteer, place_words
from migextract.ruleload import RuleError

from .conftest import context_of

_RUSSIA = "Россия наращивает экспорт. Экономика России растёт. Россия ищет рынки сбыта.\n"


def _place(rules, text, span, title="Экономика России"):
    return context_of(rules, text, span, title=title).place


# a place adjective of a currency noun names the currency another country's money prices


@pytest.mark.parametrize(("sentence", "span"), [
    ("Курс американской валюты снизился на 9 копеек — до 58,2 рубля.", "58,2 рубля"),
    ("Курс американской валюты снизился на 9 копеек — до 58,2 рубля.", "9 копеек"),
    ("Стоимость американского доллара достигла 61,5 рубля.", "61,5 рубля"),
    ("Стоимость европейской единой валюты достигла 70 рублей.", "70 рублей"),
])
def test_a_dollar_priced_in_roubles_is_russias(rules, sentence, span):
    assert _place(rules, _RUSSIA + sentence, span) == "Россия"


def test_a_currency_of_its_own_stays_its_countrys(rules):
    text = _RUSSIA + "Австралийский доллар потерял 0,5% к доллару США."
    assert _place(rules, text, "0,5%") == "Австралия"


def test_an_adjective_of_another_noun_stays_the_place(rules):
    text = _RUSSIA + "Американские компании заплатили 200 млн рублей."
    assert _place(rules, text, "200 млн рублей") == "США"


def test_a_left_out_currency_noun_is_still_a_currency(rules):
    text = _RUSSIA + ("Рубль подешевел на 5 рублей по отношению к американской, то есть курс "
                      "дошёл до 60 рублей.")
    assert _place(rules, text, "60 рублей") == "Россия"


def test_coordinated_currencies_priced_against_the_rouble(rules):
    text = _RUSSIA + ("После полудня рубль укрепился к американской и европейской валютам до "
                      "56,2 и 69,7 соответственно.")
    assert _place(rules, text, "до 56,2") == "Россия"


# a title naming a national currency and no place homes the story on the currency's country

_RATE_STORY = ("Администрация США представит доклад о санкциях. Власти США готовят меры. "
               "Соединённые Штаты ждут ответа. США вводят ограничения.\n"
               "Индекс Мосбиржи на открытии торгов достиг отметки 2303 пункта.")


def _home(rules, text, title):
    return extract_text(text, rules=rules, title=title).country


def test_a_title_on_the_rouble_homes_the_story_on_russia(rules):
    title = "Евро показал рекордный рост по отношению к рублю"
    assert _home(rules, _RATE_STORY, title) == "Россия"
    assert _place(rules, _RATE_STORY, "2303 пункта", title) == "Россия"


def test_a_title_on_the_hryvnia_homes_the_story_on_ukraine(rules):
    assert _home(rules, _RATE_STORY, "Гривна обновила исторический минимум") == "Украина"


def test_a_title_with_a_place_keeps_it(rules):
    title = "В ожидании санкций США: евро подорожал к рублю"
    assert _home(rules, _RATE_STORY, title) == "США"


def test_a_title_on_the_belarusian_rouble_is_left_to_its_adjective(rules):
    assert _home(rules, _RATE_STORY, "Белорусский рубль подешевел") != "Россия"


def test_a_currency_name_needs_a_currency_country(rules, tmp_path):
    (tmp_path / "places").mkdir()
    (tmp_path / "places" / "words.yaml").write_text(
        "currency_countries: {RUB: RU}\ncurrency_names: {рубль: RUB, злотый: PLN}\n",
        encoding="utf-8")
    with pytest.raises(RuleError, match=r"words\.yaml:2: key 'злотый'"):
        place_words(replace(rules, directory=tmp_path).directory / "places")


# a city named for a union's bodies is the union

_UKRAINE = "Украина ищет кредиты. Экономика Украины растёт. Украина ищет рынки сбыта.\n"


@pytest.mark.parametrize(("sentence", "span"), [
    ("На эту программу Брюссель перечислит €2,5 млн в 2019 году.", "€2,5 млн"),
    ("Он напомнил, что у Брюсселя есть «шесть-семь условий» для транша.", "шесть-семь условий"),
])
def test_brussels_acting_is_the_eu(rules, sentence, span):
    assert _place(rules, _UKRAINE + sentence, span, "Экономика Украины") == "Евросоюз"


def test_in_brussels_is_the_city(rules):
    text = _UKRAINE + "В Брюсселе аренда офиса подорожала на 5%."
    assert _place(rules, text, "5%", "Экономика Украины") == "Брюссель"


def test_a_union_seat_must_be_a_group(rules, tmp_path):
    shutil.copytree(rules.directory / "places", tmp_path / "places")
    words = tmp_path / "places" / "words.yaml"
    words.write_text(words.read_text(encoding="utf-8").replace(
        "union_seats: {Брюссель: EU}", "union_seats: {Брюссель: BE}"), encoding="utf-8")
    with pytest.raises(RuleError, match="union_seats: 'Брюссель'"):
        load_gazetteer(tmp_path / "places")


# a union heading a list item after a country's item is the item's place

_GRAIN = ("Оценка урожая снижена: США — на 1,9 млн тонн, Евросоюз — на 1,3 млн тонн, "
          "Канада — на 0,5 млн тонн.")


def test_a_union_heading_a_dash_item_is_its_place(rules):
    text = _RUSSIA + _GRAIN
    assert _place(rules, text, "1,3 млн тонн") == "Евросоюз"
    assert context_of(rules, text, "1,3 млн тонн", "Экономика России").partner is None


@pytest.mark.parametrize(("sentence", "span"), [
    ("По итогам года экспорт в страны СНГ составил 12%, ЕС — 30%.", "30%"),
    ("Из стран СНГ прибыло 60%, из ЕС — 5%.", "5%"),
])
def test_a_union_after_a_preposition_stays_the_other_side(rules, sentence, span):
    assert context_of(rules, _RUSSIA + sentence, span, "Экономика России").partner == "Евросоюз"
