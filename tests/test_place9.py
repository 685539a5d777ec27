"""Place rules of the ninth place pass (place9, docs/annotation.md §6.24): world market prices,
time zones, "официальный Минск", counts of people from another country. The cases of each rule
failed before it was added; the others guard its limits. The sentences are ours."""

from __future__ import annotations

import pytest

from migextract.places import place_words
from migextract.ruleload import RuleError

from .conftest import context_of

_RUSSIA = "Россия наращивает экспорт. Экономика России растёт. Россия ищет рынки сбыта.\n"
_BELARUS = "Беларусь ищет кредиты. Экономика Беларуси растёт. Беларусь ищет рынки сбыта.\n"


def _of(rules, text, span, title=None):
    context = context_of(rules, text, span, title=title)
    return context.place, context.partner


# a price on a world market is no territory's figure (place null)


@pytest.mark.parametrize(("sentence", "span"), [
    ("Мировые цены на нефть выросли на 3% до 85 долларов.", "3%"),
    ("Мировые цены на нефть выросли на 3% до 85 долларов.", "85 долларов"),
    ("Нефть марки Brent подешевела до 70 долларов.", "70 долларов"),
    ("На мировом рынке цены на пшеницу выросли на 12%.", "12%"),
    ("Биржевые котировки золота поднялись на 2%.", "2%"),
])
def test_a_world_market_price_has_no_place(rules, sentence, span):
    assert _of(rules, _RUSSIA + sentence, span, "Экономика России")[0] is None


def test_a_price_named_in_a_territory_keeps_the_territory(rules):
    text = _RUSSIA + "Мировые цены на пшеницу в России выросли на 5%."
    assert _of(rules, text, "5%", "Экономика России")[0] == "Россия"


def test_a_price_of_a_good_with_no_world_market_word_keeps_the_place(rules):
    text = _RUSSIA + "Цены на бензин выросли на 4%."
    assert _of(rules, text, "4%", "Экономика России")[0] == "Россия"


def test_the_value_of_an_export_is_the_exporters(rules):
    text = _RUSSIA + "Экспорт нефти марки Urals вырос на 6%."
    assert _of(rules, text, "6%", "Экономика России")[0] == "Россия"


# "по московскому времени" is a time zone


def test_a_time_zone_adjective_is_no_place(rules):
    text = _RUSSIA + "В 18:00 по московскому времени индекс вырос на 2%."
    assert _of(rules, text, "2%", "Экономика России")[0] == "Россия"


def test_a_place_adjective_before_another_noun_stays_a_place(rules):
    text = "На московской бирже индекс вырос на 2%."
    assert _of(rules, text, "2%")[0] == "Москва"


# "официальный Минск" is the state


def test_an_official_capital_is_its_state(rules):
    text = "Официальный Минск готов выплатить 500 млн долларов."
    assert _of(rules, text, "500 млн долларов")[0] == "Беларусь"


def test_an_official_capital_in_news_on_its_country(rules):
    text = _BELARUS + "Официальный Минск рассчитывает получить кредит в $2 млрд."
    assert _of(rules, text, "$2 млрд.", "Кредиты Беларуси")[0] == "Беларусь"


def test_a_capital_without_the_adjective_stays_the_city(rules):
    text = "Минск потратит на дороги 50 млн рублей."
    assert _of(rules, text, "50 млн рублей")[0] == "Минск"


# a count of people from another country: the country is the partner


def test_migrants_from_a_country_have_it_as_partner(rules):
    text = "В Пермском крае работают 20 тыс. мигрантов из Таджикистана."
    assert _of(rules, text, "20 тыс. мигрантов") == ("Пермский край", "Таджикистан")


def test_a_count_noun_of_citizens_of_a_country(rules):
    text = "Число граждан Узбекистана в Пермском крае составило 20 тыс."
    assert _of(rules, text, "20 тыс.") == ("Пермский край", "Узбекистан")


def test_a_count_noun_of_migrants_from_a_country(rules):
    text = "Количество мигрантов из Таджикистана в России выросло до 1,1 млн человек."
    assert _of(rules, text, "1,1 млн человек") == ("Россия", "Таджикистан")


def test_a_count_of_other_things_has_no_people_partner(rules):
    text = "В Пермском крае число предприятий составило 20 тыс."
    assert _of(rules, text, "20 тыс.")[1] is None


# the words are rules: validated like the gazetteer's


def test_the_words_are_read_from_words_yaml(rules):
    words = place_words(rules.directory / "places")
    assert {"нефть", "brent"} <= words.world_market_goods
    assert "официальный" in words.state_adjectives and "мигрант" in words.migrant_nouns


def test_a_bad_word_names_the_file_and_key(rules, tmp_path):
    (tmp_path / "places").mkdir()
    (tmp_path / "places" / "words.yaml").write_text("count_nouns: [число, Два слова]\n",
                                                      encoding="utf-8")
    with pytest.raises(RuleError, match=r"words\.yaml:1: key 'count_nouns'"):
        place_words(tmp_path / "places")


# the document's own citizens in another country are seen from home (§6.22)

_UZBEKISTAN = "Узбекистан наращивает экспорт. Экономика Узбекистана растёт. Узбекистан ищет рынки.\n"


def test_the_documents_citizens_abroad_are_seen_from_home(rules):
    text = _UZBEKISTAN + "В России работают 1,5 млн граждан Узбекистана."
    assert _of(rules, text, "1,5 млн граждан", "Экономика Узбекистана") == ("Узбекистан", "Россия")


def test_another_countrys_citizens_are_the_hosts(rules):
    text = _RUSSIA + "В России работают 1,5 млн граждан Узбекистана."
    assert _of(rules, text, "1,5 млн граждан", "Экономика России") == ("Россия", "Узбекистан")


def test_citizens_in_a_city_of_another_country_stay_its(rules):
    text = _UZBEKISTAN + "В Москве работают 300 тыс. граждан Узбекистана."
    assert _of(rules, text, "300 тыс. граждан", "Экономика Узбекистана") == ("Москва", "Узбекистан")
