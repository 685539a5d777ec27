"""Place rules of the twelfth place pass (place12): a capital named by its country, "Штаты" for
the USA, one figure for several countries. The cases of each rule failed before it was added;
the others guard its limits. The sentences are ours, but for two RT articles read from the
corpus at test time."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from migextract.pipeline import extract_text
from migextract.places import load_gazetteer
from migextract.ruleload import RuleError

from .conftest import broken_rules
from .test_place_rules import place_of

_UK = "Великобритания ищет инвесторов. Экономика Великобритании растёт.\n"
_US = "США наращивают экспорт. Экономика США растёт. США ищут рынки сбыта.\n"


# a capital named by its country's adjective or name is the city


@pytest.mark.parametrize(("sentence", "span", "city"), [
    ("В британской столице цены на жильё выросли на 5%.", "5%", "Лондон"),
    ("В столице Великобритании цены на жильё выросли на 5%.", "5%", "Лондон"),
    ("Российская столица потратит на дороги 100 млрд рублей.", "100 млрд рублей", "Москва"),
    ("Во французской столице безработица составила 7%.", "7%", "Париж"),
])
def test_a_capital_named_by_its_country_is_the_city(rules, sentence, span, city):
    assert place_of(rules, _UK + sentence, span) == city


def test_a_country_without_a_capital_noun_stays_the_country(rules):
    assert place_of(rules, _UK + "В британской экономике рост составил 2%.", "2%") \
        == "Великобритания"


def test_capitals_in_the_plural_are_no_one_city(rules):
    place = place_of(rules, _UK + "В европейских столицах аренда подорожала на 5%.", "5%")
    assert place not in ("Лондон", "Париж", "Берлин")


def test_a_capital_must_be_a_city_of_its_country(rules, tmp_path):
    rules_dir, _ = broken_rules(tmp_path, "places/words.yaml", 'GB: "GB:london"', "GB: FR:paris")
    with pytest.raises(RuleError, match="capitals: 'GB'"):
        load_gazetteer(rules_dir / "places")


# "Штаты" is the USA in a document that names the USA another way


def test_the_states_are_the_usa(rules):
    text = "Власти Китая сообщили о росте. Президент США прибыл в Пекин.\n" \
           "Безработица в Штатах снизилась до 4,1%."
    assert place_of(rules, text, "4,1%") == "США"


def test_the_states_alone_name_noplace_of(rules):
    assert place_of(rules, "Безработица в Штатах снизилась до 4,1%.", "4,1%") is None


def _rt_article(corpus, part: int, line: int) -> str:
    path = corpus / "news" / "rt_ng" / f"russia_today_{part}.jsonlines.zip"
    with zipfile.ZipFile(path) as archive:
        lines = io.StringIO(archive.read(archive.namelist()[0]).decode("utf-8"), newline="")
        return json.loads(lines.readlines()[line - 1])["content"]


def test_the_states_own_their_aircraft_in_news_on_russia(rules, corpus):
    # "Россия располагает 3547 боевыми самолётами, в то время как Штаты имеют 13 717 …"
    text = _rt_article(corpus, 0, 109)
    assert place_of(rules, text, "13 717 военных") == "США"


def test_a_weak_name_does_not_home_the_document(rules):
    # the Rosstat figures of a story that names "Штатам" more often than Russia stay Russia's
    text = ("Правительство США выделило грант. Эксперты говорят о России и о будущем России. "
            "Штатам нужны союзники. "
            "Штатам везде нужны базы. Никаких баз поставить Штатам не дадут.\n"
            "По данным Росстата, число мигрантов из стран СНГ увеличилось на 47,5 тыс. человек.")
    assert place_of(rules, text, "47,5 тыс. человек") == "Россия"


# one figure for several countries has no place


@pytest.mark.parametrize(("sentence", "span"), [
    ("В США и Великобритании безработица составила 4,1%.", "4,1%"),
    ("В Германии и Франции инфляция ускорилась до 2,1%.", "2,1%"),
])
def test_one_figure_for_several_countries_has_noplace_of(rules, sentence, span):
    assert place_of(rules, _US + sentence, span) is None


def test_a_figure_each_keeps_its_country(rules):
    text = _US + "В США и Великобритании безработица составила 4,1 и 4,3% соответственно."
    result = extract_text(text, rules=rules)
    assert [f.context.place for f in result.facts if f.span in ("4,1", "4,3%")] \
        == ["США", "Великобритания"]


def test_a_citys_facilities_in_several_countries_stay_the_citys(rules):
    text = ("Власти Петербурга откроют центры. Петербург ищет мигрантов.\n"
            "Объявлен конкурс на создание четырех центров в Киргизии и Таджикистане.")
    assert place_of(rules, text, "четырех центров") == "Санкт-Петербург"


def test_territories_in_syria_and_iraq_have_noplace_of(rules, corpus):
    # "коалиция отвоевала почти 100% территорий в Ираке и Сирии"
    text = _rt_article(corpus, 7, 60)
    places = {f.context.place for f in extract_text(text, rules=rules).facts
              if f.span == "почти 100%"}
    assert places == {None}


# money spent by a body of one state is that state's


_RUSSIA = "Россия наращивает экспорт. Экономика России растёт. Россия ищет рынки сбыта.\n"


@pytest.mark.parametrize(("sentence", "span"), [
    ("В феврале Пентагон запросил $6,3 млрд на программу сдерживания.", "$6,3 млрд"),
    ("Госдеп решил потратить $6 млн на поддержку независимых СМИ.", "$6 млн"),
])
def test_money_of_a_state_body_is_its_states(rules, sentence, span):
    assert place_of(rules, _RUSSIA + sentence, span) == "США"


def test_a_state_body_as_a_source_gives_noplace_of(rules):
    text = "Сирия восстанавливается. Экономика Сирии растёт.\n" \
           "По данным Пентагона, на операцию ушло $6 млн."
    assert place_of(rules, text, "$6 млн.") == "Сирия"


def test_a_state_body_gives_no_place_to_people(rules):
    text = "Сирия восстанавливается. Экономика Сирии растёт.\n" \
           "Пентагон заявил, что погибли 100 человек."
    assert place_of(rules, text, "100 человек") == "Сирия"


def test_a_state_body_must_be_of_a_country(rules, tmp_path):
    rules_dir, _ = broken_rules(tmp_path, "places/words.yaml", "пентагон: US", "пентагон: NATO")
    with pytest.raises(RuleError, match="state_bodies: 'пентагон'"):
        load_gazetteer(rules_dir / "places")
