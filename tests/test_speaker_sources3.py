"""Source finding, third pass: constructions in which news names the source of a figure, each
on sentences written for the test — a ministry named in lower case by its short name ("в
региональном минздраве", "по расчетам минэкономики области"), an office with its name in quotes
closing a sentence ("…, рассказали в коллекторском агентстве «Кредит»."), and "по сообщениям X"."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(f.span, f.context.speaker) for f in extract_text(text).facts]


def test_a_regional_ministry_in_lower_case_is_the_source_and_goes_on():
    text = ("ОМСК, 3 марта. /ТАСС/. Число фельдшеров в области вырастет на 7% к 2025 году. Об этом "
            "сообщили ТАСС в региональном минздраве.\n"
            "Нехватка кадров остаётся главной проблемой, считают в ведомстве. Она выше всего в "
            "северных районах: Тарском - 41,5%, Тевризском - 38,2%.\n"
            "\"Зарплата фельдшера вырастет до 45 тыс. рублей\", - рассказали в министерстве.")
    assert [s for _, s in _speakers(text)] == ["региональный минздрав"] * 4


@pytest.mark.parametrize(("text", "source"), [
    ("По расчетам минэкономики Омской области, семья сэкономит около 4 тыс. рублей в месяц.",
     "минэкономики Омской области"),
    ("По данным областного минтруда, безработица снизилась до 3,1%.", "областной минтруд"),
])
def test_a_ministry_by_its_short_name_after_a_source_marker(text, source):
    assert [s for _, s in _speakers(text)] == [source]


def test_a_quoted_office_name_closing_the_sentence_is_the_source():
    text = ("Безработных среди должников не более 18%, рассказывали ранее в коллекторском "
            "агентстве «Вектор Плюс».")
    assert [s for _, s in _speakers(text)] == ["коллекторское агентство \"Вектор Плюс\""]


def test_a_person_after_a_quoted_company_name_stays_the_speaker():
    text = "Продажи выросли на 14%, сообщил директор компании «Вектор» Иван Петров."
    assert [s for _, s in _speakers(text)] == ["Иван Петров"]


@pytest.mark.parametrize(("text", "source"), [
    ("По сообщениям Национального банка, резервы выросли на 3,2%.", "Национальный банк"),
    ("По последним сообщениям СМИ, на митинг вышли 12 тыс. человек.", "СМИ"),
])
def test_po_soobshcheniyam_names_the_source(text, source):
    assert [s for _, s in _speakers(text)] == [source]


@pytest.mark.parametrize("text", [
    "Экономист Олег Сидоров в разговоре с RT не исключил, что ЦБ снизит ставку до 7%.",
    "Экономист Олег Сидоров в разговоре с RT также не исключил, что ЦБ снизит ставку до 7%.",
    "Экономист Олег Сидоров допустил, что ЦБ снизит ставку до 7%.",
    "Экономист Олег Сидоров высказал мнение, что ЦБ снизит ставку до 7%.",
])
def test_a_possibility_granted_or_an_opinion_voiced_is_the_speakers(text):
    """"не исключил, что", "допустил, что", "высказал мнение, что" attribute what follows."""
    assert [s for _, s in _speakers(text)] == ["Олег Сидоров"]


def test_unnamed_experts_speak_for_the_body_named_before():
    text = ("Доля детей мигрантов среди школьников составляет 23%, говорится в докладе Центра "
            "демографических исследований.\n"
            "Эксперты отмечают, что в 1995 году этот показатель был на уровне 12%.")
    assert [s for _, s in _speakers(text)] == ["Центр демографических исследований"] * 2


def test_unnamed_people_after_a_person_end_his_words():
    """§6.11: "Многие аналитики считают" is no one's, and the economist before speaks no more."""
    text = ("По словам экономиста Евгения Гавриленкова, инфляция в 2017 году составит 4%. "
            "Многие аналитики считают, что рост цен составит 7,1%. Рост зарплат составит 5%.")
    assert [s for _, s in _speakers(text)] == ["Евгений Гавриленков", None, None]


def test_some_experts_after_a_report_are_the_body_s():
    text = ("Доля детей мигрантов среди школьников составляет 23%, говорится в докладе Центра "
            "демографических исследований.\n"
            "Некоторые эксперты отмечают, что в 1995 году этот показатель был на уровне 12%.")
    assert [s for _, s in _speakers(text)] == ["Центр демографических исследований"] * 2


def test_unnamed_experts_with_no_body_before_are_no_source():
    """§6.11: unnamed people ("утверждают аналитики") are no source."""
    text = "Специалисты констатируют, что к 2030 году нужно построить 46 мостов."
    assert [s for _, s in _speakers(text)] == [None]


def test_utochnyaetsya_goes_on_with_the_source_named_last_not_the_person_before_it():
    text = ("«Нужно оградить молодёжь от алкоголя», — говорит депутат Иван Петров.\n"
            "Во вторник ВЦИОМ опубликовал данные опроса, согласно которым эту меру поддерживают "
            "77% россиян.\n"
            "Уточняется, что среди женщин её поддерживают 82%.")
    assert [s for _, s in _speakers(text)] == ["ВЦИОМ", "ВЦИОМ"]


def test_a_titled_person_after_the_verbs_object_is_the_speaker():
    """The object of the verb may name a body ("решение Центробанка"); the person after their
    title speaks, and "по оценке экономиста" then means them."""
    text = ("«Инфляция почти приблизилась к уровню 4%», — прокомментировала RT решение "
            "Центробанка главный экономист Бета-Банка Ирина Соколова. По оценке экономиста, "
            "замедление инфляции на две трети связано с курсом рубля.")
    assert [s for _, s in _speakers(text)] == ["Ирина Соколова"] * 2


def test_unnamed_experts_after_a_person_are_no_source():
    """The office in the title of the person who spoke last does not speak for the experts."""
    text = ("Расходы составят 316 млрд руб., сообщил руководитель Федерального агентства "
            "морского транспорта Олег Смирнов.\n"
            "Специалисты констатируют, что к 2030 году нужно построить 46 мостов.")
    assert [s for _, s in _speakers(text)] == ["Олег Смирнов", None]


def test_a_surname_with_an_adverb_before_the_verb_is_the_person_named_before():
    text = ("«Семей становится больше», — рассказала RT эксперт Ирина Волынец.\n"
            "Число семей выросло. Волынец также отмечает, что порядка 20% детей родились в "
            "многодетных семьях.")
    assert [s for _, s in _speakers(text)] == ["Ирина Волынец"]


def test_tam_takzhe_goes_on_with_the_office_named_last():
    text = ("Дефицит врачей составляет 12%, сообщили в региональном минздраве.\n"
            "Там также отметили, что выплаты переехавшим медикам составят 1 млн рублей.")
    assert [s for _, s in _speakers(text)] == ["региональный минздрав"] * 2


@pytest.mark.parametrize(("text", "source"), [
    ("Так, администрация Омской области сообщала, что выплатила субсидии почти 38 тыс. жителей.",
     "администрация Омской области"),
    ("Правительство региона заявило, что выделит на ремонт школ 12 млн рублей.",
     "правительство региона"),
    ("А правительство прогнозировало, что доходы населения вырастут на 0,5%.", "правительство"),
    ("Прокуратура области уже заявила, что просит увеличить залог до 3,2 млн гривен.",
     "прокуратура области"),
])
def test_an_office_in_the_nominative_before_the_speech_verb_is_the_source(text, source):
    """"администрация X сообщала, что …": the office, as written (§4 Form)."""
    assert [s for _, s in _speakers(text)] == [source]


def test_a_person_whose_title_names_an_office_stays_the_speaker():
    text = "Глава департамента финансов Иван Петров сообщил, что область выделит 14 млн рублей."
    assert [s for _, s in _speakers(text)] == ["Иван Петров"]
