"""Speaker constructions of the spksrc4 pass, each on sentences written for the test: the name
in the main clause after an introductory source phrase is not the source; "как считает X"."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(f.span, f.context.speaker) for f in extract_text(text).facts]


@pytest.mark.parametrize("text", [
    # the source phrase closes at the comma: the person of the main clause is reported about
    "По данным организаторов, на митинг в поддержку Михаила Саакашвили вышли 50 тыс. человек.",
    "По данным опроса социологов, Юлии Тимошенко доверяют около 20% избирателей.",
    "По разным данным, в рядах Вооруженных сил Афганистана служат 200 тыс. человек.",
])
def test_a_name_in_the_main_clause_is_not_the_source(text):
    speaker = _speakers(text)[0][1]
    assert speaker is None or not any(name in speaker for name in (
        "Саакашвили", "Тимошенко", "Вооруж"))


@pytest.mark.parametrize("text, expected", [
    # a participle clause goes on with the source phrase
    ("По данным исследования социологической группы «Рейтинг», опубликованного в мае, "
     "Юлии Тимошенко доверяют около 20% избирателей.", "Рейтинг"),
    # a name in apposition, in the genitive, is the source
    ("По словам главы региона, Сергея Морозова, в области построят 12 школ.",
     "Сергей Морозов"),
    ("По данным Росстата, безработица в мае составила 4,5%.", "Росстат"),
])
def test_the_source_phrase_goes_on_through_a_participle_or_an_apposition(text, expected):
    speaker = _speakers(text)[0][1]
    assert speaker is not None and expected in speaker


@pytest.mark.parametrize("verb", ["считает", "полагает", "замечает", "заметил"])
def test_as_someone_thinks_names_the_source(verb):
    text = (f"Как {verb} аналитик компании «Финам» Алексей Коренев, инфляция к концу года "
            "составит 4%.")
    assert _speakers(text)[0] == ("4%", "Алексей Коренев")


def test_a_source_after_its_verb_keeps_the_commas_of_its_title():
    text = ("Задолженность по зарплате составила 560 млн рублей, сообщил министр семьи, труда и "
            "социальной защиты населения республики Юрий Мельников.")
    assert _speakers(text)[0] == ("560 млн рублей", "Юрий Мельников")


def test_an_introductory_phrase_names_its_source_however_long_the_title():
    text = ("Как пояснила в ходе сессии областного собрания заместитель губернатора - начальник "
            "государственного финансового управления Псковской области Татьяна Баринова, доходы "
            "областного бюджета на 2019 год составят 32,41 млрд рублей.")
    assert _speakers(text)[0] == ("32,41 млрд рублей", "Татьяна Баринова")


@pytest.mark.parametrize("closing, expected", [
    ("Об этом предупреждают эксперты агентства Moody's.", "Moody's"),
    ("Об этом предупредило министерство финансов региона.", "министерство финансов региона"),
])
def test_about_this_with_any_form_of_the_verb_names_the_lead_source(closing, expected):
    text = ("Экспорт угля в этом году может сократиться на 15%. " + closing)
    speaker = _speakers(text)[0][1]
    assert speaker is not None and expected.lower() in speaker.lower()


def test_what_an_embassy_said_before_its_quote_is_the_embassys():
    text = ("Соединенные Штаты могут выделить стране $410 млн на оборону, о чем заявило "
            'американское посольство: "Смета помощи сохранена на уровне прошлого года с учетом '
            'решений Государственного департамента".')
    assert _speakers(text)[0] == ("$410 млн", "американское посольство")


def test_people_of_a_body_after_a_marker_are_the_body():
    text = "По оценкам аналитиков Сбербанка, ВВП в следующем году вырастет на 1,5%."
    speaker = _speakers(text)[0][1]
    assert speaker is not None and "Сбербанк" in speaker


def test_a_link_line_between_the_verb_and_its_comma_keeps_the_attribution():
    # exported links put the linked words on lines of their own
    text = ("В свою очередь, аналитик страховой компании Джон Смит \nзаявил\n, что ущерб от "
            "урагана может составить до $200 млрд.")
    assert _speakers(text)[0][1] == "Джон Смит"


def test_according_to_the_latest_report_of_a_body():
    text = ("Согласно последнему \nдокладу организации Transparency International\n, 86% "
            "опрошенных негативно оценили работу правительства.")
    assert _speakers(text)[0] == ("86%", "Transparency International")


def test_a_title_alone_is_the_person_the_text_introduced_with_it():
    text = ("Министр экономического развития Алексей Улюкаев выступил на форуме.\n"
            "Ему возразила глава Счетной палаты Татьяна Голикова, которая назвала прогноз "
            "оптимистичным.\n"
            '"ВВП в прошлом году сократился на 3,7%, но спад закончился", - пояснил министр.')
    assert _speakers(text)[-1] == ("3,7%", "Алексей Улюкаев")


def test_a_title_with_words_after_it_is_the_person_introduced_with_it():
    text = ("Президент Путин выступил на экономическом форуме.\n"
            '"Рост составит 2% в этом году", - сообщил замминистра Петр Иванов.\n'
            '"Мы хотим обеспечить рост экономики на уровне 3,5%", - заявил президент с трибуны '
            "форума.")
    assert _speakers(text)[-1] == ("3,5%", "Путин")


def test_the_construction_ministry_in_the_genitive():
    text = ("По данным карельского минстроя, за пять лет в республике расселено 143 тыс. кв. м "
            "аварийного жилья.")
    speaker = _speakers(text)[0][1]
    assert speaker is not None and "минстрой" in speaker
