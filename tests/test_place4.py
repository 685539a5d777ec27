"""Place rules of the fourth place pass (place4), found on unannotated TASS, RT and НГ news:
each case failed before its rule was added. The sentences are ours."""

from __future__ import annotations

import pytest

from migextract.context.document_places import _in_route, _route_toks, _stretch_end
from migextract.context.tokens import tokenize

from .conftest import context_of


@pytest.mark.parametrize("text, name, end", [
    ("ремонт участка от Керчи до Симферополя завершат", "Керчи", True),
    ("ремонт участка от Керчи до Симферополя завершат", "Симферополя", True),
    ("дорогу от развязки под Симферополем до Белогорска откроют", "Симферополем", True),
    ("дорогу от развязки под Симферополем до Белогорска откроют", "Белогорска", True),
    ("поезд от Москвы до Нижнего Новгорода пойдет", "Нижнего Новгорода", True),
    ("мост между Благовещенском (Амурская область) и китайским городом Хэйхэ", "Хэйхэ", True),
    ("мост между Благовещенском (Амурская область) и китайским городом Хэйхэ", "Амурская область",
     False),
    ("трасса свяжет мост с районами региона вплоть до Севастополя", "Севастополя", True),
    ("цены выросли от 5% в Москве до 10% в Казани", "Москве", False),
    ("цены в Москве и Казани выросли", "Казани", False),
    ("помощь от Москвы выросла до 5 млрд рублей", "Москвы", False),
])
def test_the_ends_of_a_stretch(text, name, end):
    at = text.index(name)
    assert _stretch_end(text, at, at + len(name)) is end


def test_figures_of_a_road_between_two_towns_are_the_regions(rules):
    text = ("Власти Республики Крым откроют новую трассу. В Крыму ее ждут давно.\n"
            "Участок от Керчи до Симферополя протяженностью 190 км откроют в декабре.\n"
            "Путь от Керчи до Севастополя займет менее трех часов.")
    assert context_of(rules, text, "190 км").place == "Республика Крым"
    assert context_of(rules, text, "менее трех часов").place == "Республика Крым"


def test_a_place_named_inside_a_stretch_still_counts(rules):
    # "(Амурская область)" is no end of the stretch: the project is the region's
    text = ("Власти Приморского края обсудили проекты.\n"
            "Канатную дорогу между Благовещенском (Амурская область) и китайским городом Хэйхэ "
            "построят за 2,2 млрд рублей.")
    assert context_of(rules, text, "2,2 млрд рублей").place == "Амурская область"


def test_a_place_after_a_stretch_word_without_its_end_is_the_place(rules):
    text = ("Власти Татарстана отчитались о доходах.\n"
            "Перевозки от Казани выросли на 12%.")
    assert context_of(rules, text, "12%").place == "Казань"


@pytest.mark.parametrize("text, name, route", [
    ("дороги Владивосток — Находка", "Находка", True),
    ("дороги Владивосток — Находка", "Владивосток", True),
    ("в Казахстане — 22%", "Казахстане", False),
])
def test_one_route_test_for_text_and_tokens(text, name, route):
    at = text.index(name)
    assert _in_route(text, at, at + len(name)) is route
    toks = tokenize(text, 0, len(text))
    assert _route_toks(toks, next(i for i, t in enumerate(toks) if t.start == at)) is route


def test_a_dateline_town_decides_between_the_country_and_its_region(rules):
    # the country and the region named once each: the dateline's town lies in the region
    text = ("ВЛАДИКАВКАЗ, 7 января. /ТАСС/. Горную дорогу, которая связывает Россию с "
            "Грузией, откроют днем, сообщили в ГУ МЧС по Северной Осетии.\n"
            "Накануне на дороге сошли 17 лавин.")
    assert context_of(rules, text, "17 лавин").place == "Республика Северная Осетия — Алания"


def test_a_dateline_town_is_the_place_of_news_naming_no_region(rules):
    text = ("СТАВРОПОЛЬ, 18 декабря. /ТАСС/. Новый корпус университета откроют весной.\n"
            "В корпусе будут учиться 1200 студентов, сообщили в Министерстве образования России.")
    assert context_of(rules, text, "1200 студентов").place == "Ставрополь"


def test_a_dateline_of_a_federal_city_is_not_the_place(rules):
    # Moscow and St Petersburg file the country's news too
    text = ("САНКТ-ПЕТЕРБУРГ, 18 декабря. /ТАСС/. Эпидемический порог по гриппу превышен в "
            "России.\nЗаболели 120 тыс. человек, сообщили в Роспотребнадзоре России.")
    assert context_of(rules, text, "120 тыс. человек").place == "Россия"


def test_a_title_naming_another_region_outweighs_the_dateline(rules):
    text = ("КАЛИНИНГРАД, 18 декабря. /ТАСС/. Культурный центр построят в Севастополе, "
            "как раньше построили в Калининграде.\nНа него потратят 25 млрд рублей.")
    assert context_of(rules, text, "25 млрд рублей",
                      title="Культурный центр Севастополя откроют в 2022 году").place \
        == "Севастополь"


def test_respectively_pairs_places_with_the_figures_listed_together(rules):
    # a third figure in another clause does not break the pairing of the first two
    text = ("Итоги выборов в регионах Поволжья подвели в среду.\n"
            "Если в Волгоградской области и Калмыкии кандидат получил 11,7% и 11,6% "
            "соответственно, то в Астраханской области он набрал 14,4% голосов.")
    assert context_of(rules, text, "11,7%").place == "Волгоградская область"
    assert context_of(rules, text, "11,6%").place == "Республика Калмыкия"
    assert context_of(rules, text, "14,4%").place == "Астраханская область"


def test_here_is_the_place_named_before_it_in_its_sentence(rules):
    text = ("В Астраханской области явка оказалась низкой. Там проголосовали немногие.\n"
            "Больше всего сторонников кандидата оказалось в Калмыкии – здесь за него "
            "проголосовали 1,5% избирателей.")
    assert context_of(rules, text, "1,5%").place == "Республика Калмыкия"


def test_here_after_a_destination_is_not_that_destination(rules):
    text = ("В поселке Депутатский живут горняки. Поселок стоит в тундре.\n"
            "До Якутска отсюда 2068 км.")
    assert context_of(rules, text, "2068 км").place == "Депутатский"
