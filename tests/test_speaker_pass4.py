"""Speaker constructions of the fourth speaker pass, each on sentences written for the test: a
source that puts out a document (a forecast, a report, data) whose figures the text then
reports, though the verb is one of publishing, presenting or revising, not of speech."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(f.span, f.context.speaker) for f in extract_text(text).facts]


@pytest.mark.parametrize(("text", "source"), [
    ("Росстат опубликовал данные о доходах населения. Реальные доходы за год снизились на "
     "1,3%.", "Росстат"),
    ("Минэкономразвития подготовило доклад о рынке труда. Уровень безработицы в марте "
     "составил 4,7%.", "Минэкономразвития"),
    ("Вчера МВФ улучшил прогноз роста мировой экономики. Рост в текущем году составит 3,6%.",
     "МВФ"),
])
def test_a_source_putting_out_a_document_speaks_for_its_figures(text, source):
    assert [s for _, s in _speakers(text)] == [source]


def test_a_forecast_revised_by_an_organization_named_in_full():
    text = ("Вчера Организация экономического сотрудничества и развития (ОЭСР) улучшила прогноз "
            "роста мировой экономики. Так, прогноз на текущий год увеличен с 3,5 до 3,8%.")
    assert {s for _, s in _speakers(text)} == {
        "Организация экономического сотрудничества и развития"}


def test_the_organization_revising_again_is_the_one_named_before():
    text = ("Всемирный банк повысил прогноз роста мировой торговли до 4%.\n"
            "При этом организация ухудшила прогноз роста ВВП Аргентины с 2,1 до 1,2%.")
    assert [s for _, s in _speakers(text)] == ["Всемирный банк"] * 3


def test_experts_of_an_institute_presenting_a_forecast():
    text = ("Эксперты Института демографии НИУ ВШЭ представили прогноз численности молодёжи. "
            "Численность 15-19-летних вырастет до 8,9 млн к 2030 году.")
    assert "ВШЭ" in (_speakers(text)[-1][1] or "")


def test_a_name_with_a_place_in_it_stays_whole():
    text = "Банк Англии выпустил ежегодный доклад, по которому ставка останется на уровне 0,5%."
    assert _speakers(text) == [("0,5%", "Банк Англии")]


@pytest.mark.parametrize("text", [
    "В Соединённых Штатах публикуют данные о безработице. Уровень безработицы составил 4,1%.",
    "В Италии опубликованы данные о безработице. Уровень безработицы составил 9,8%.",
])
def test_a_place_where_data_are_published_is_no_source(text):
    assert _speakers(text)[-1][1] is None


def test_the_document_s_source_is_no_person_to_his_words():
    text = ("Эксперты НИУ ВШЭ представили прогноз численности студентов.\n"
            "По его словам, рост составит 12%.")
    assert _speakers(text)[-1][1] != "НИУ ВШЭ"


def test_a_document_on_the_next_line_is_not_the_words_before_it():
    text = ("Цены на нефть выросли до 70 долл. за баррель после публикации отчета\n"
            "картель повысил прогноз спроса на 90 тыс. баррелей в сутки.")
    assert _speakers(text)[0][1] is None


def test_an_adverb_before_the_name_is_not_part_of_it():
    text = ("Накануне Банк России повысил прогноз роста ВВП до 2%.\n"
            "При этом банк ухудшил прогноз инфляции с 4,1 до 4,5%.")
    assert [s for _, s in _speakers(text)] == ["Банк России"] * 3
