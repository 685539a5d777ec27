"""Source finding, second pass: constructions in which news names the source of a figure,
each on sentences written for the test — a source named inside its sentence for the figures
after it ("…, в то время как, по данным Forbes, …"), the one told is not the one who speaks
("сообщил Владимиру Путину министр …"), the agency an interview was given to is no speaker
("сообщил в интервью агентству Reuters министр …"), data a study is said to hold ("Такие
данные содержатся в исследовании …"), "как пообещал X", "X отчитывался, что …"."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text


def _speakers(text: str) -> list[str | None]:
    return [f.context.speaker for f in extract_text(text).facts]


@pytest.mark.parametrize(("text", "expected"), [
    ("По данным Минфина, зарплата министра составила около 12 тыс. долл. в месяц, в то время "
     "как, по данным Forbes, глава компании заработал 17,7 млн долл.", ["Минфин", "Forbes"]),
    ("Экономист Игорь Николаев заявил, что задача невыполнима. Для этого, пишет он в блоге, рост "
     "должен составить 5,2%, в то время как, по официальному прогнозу Минэкономразвития, рост "
     "ВВП в 2019 году составит 2,1%.", ["Игорь Николаев", "Минэкономразвития"]),
])
def test_a_source_named_inside_a_sentence_speaks_for_the_figures_after_it(text, expected):
    assert _speakers(text) == expected


def test_a_source_at_the_start_of_a_sentence_is_left_to_the_sentence_rules():
    text = "По данным Росстата, безработица составила 4,8%, а инфляция — 2,5%."
    assert _speakers(text) == ["Росстат", "Росстат"]


@pytest.mark.parametrize("text", [
    "Новые данные сообщил вчера в Москве Ивану Сидорову министр финансов Петр Смирнов: "
    "расходы составят 80 млрд руб.",
    "Как пообещал Ивану Сидорову Петр Смирнов, в этом году будет построено 216 домов.",
])
def test_the_one_told_is_not_the_speaker(text):
    assert _speakers(text) == ["Петр Смирнов"]


def test_the_agency_an_interview_was_given_to_is_no_speaker():
    text = ("Страна подаст апелляцию, если суд обяжет её выплатить $3 млрд, сообщил в интервью "
            "агентству Reuters министр финансов Петр Смирнов.")
    assert _speakers(text) == ["Петр Смирнов"]


def test_data_a_study_is_said_to_hold_are_its_own():
    text = ("Количество наличных выросло на 52%. Такие данные содержатся в последнем "
            "исследовании Федерального резервного банка Сан-Франциско.")
    assert _speakers(text) == ["Федеральный резервный банк Сан-Франциско"]


def test_a_person_the_text_only_describes_is_written_as_described():
    text = ("По данным министерства финансов, долг страны вырос на 5,9%.\n"
            "Долг уже превышает 80% ВВП, рассказал в беседе с RT глава украинской "
            "инвестиционной компании.")
    assert _speakers(text)[-1] == "глава украинской инвестиционной компании"


def test_a_radio_station_with_its_adjective_is_the_medium_not_the_speaker():
    text = ("«Сумма дойдёт до $3,5 млрд», — заявил в интервью украинской радиостанции "
            "«Голос столицы» исполнительный директор фонда Олег Устенко.")
    assert _speakers(text) == ["Олег Устенко"]


def test_a_poll_conducted_by_a_named_centre_is_its_source():
    text = ("Рейтинг лидера партии вырос. Об этом свидетельствуют результаты соцопроса, "
            "проведённого исследовательским центром Ipsos. 26% опрошенных отдали ей голоса.")
    assert _speakers(text) == ["Ipsos"]


def test_an_opinion_named_by_po_mneniyu_is_its_holders():
    text = "По мнению Международного энергетического агентства, спрос вырастет на 2%."
    assert _speakers(text) == ["Международное энергетическое агентство"]


@pytest.mark.parametrize(("text", "source"), [
    ("В пятницу Минфин РФ сообщил о размещении евробондов суммарно на 4 млрд долл.", "Минфин"),
    ("Вчера Росстат сообщил о росте безработицы до 4,9%.", "Росстат"),
])
def test_a_named_source_saying_something_about_the_figure_is_its_source(text, source):
    """"X сообщил о …": the figure is what the named source says."""
    assert _speakers(text) == [source]


def test_a_described_person_stops_before_the_circumstances_of_speech():
    text = ("По данным министерства финансов, долг страны вырос на 5,9%.\n"
            "Выплата составит 10 523 рубля, заявил глава компании на заседании совета.")
    assert _speakers(text)[-1] == "глава компании"


def test_a_foreign_name_closing_a_trailing_attribution_is_the_speaker():
    text = ("«Товарооборот вырастет на 8%», — сообщил RT соавтор исследования, атташе "
            "посольства Индонезии в России Кики Купрабово.")
    assert _speakers(text) == ["Кики Купрабово"]


def test_a_relative_clause_after_an_interjected_speaker_keeps_the_speaker():
    text = ("«Для рынка рецессия будет иметь маргинальное значение, — заявил экономист Джеффри "
            "Рубин, который точно прогнозировал рост цен. — Спрос растёт».\n"
            "По его словам, средняя цена нефти составит 120 долл. за баррель.")
    assert _speakers(text) == ["Джеффри Рубин"]
