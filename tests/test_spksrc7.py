"""Speaker constructions of the spksrc7 pass, each on sentences written for the test."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text


def _speakers(text: str) -> dict[str, str | None]:
    return {f.span: f.context.speaker for f in extract_text(text).facts}


# A source named in the lead after its figures covers them only when it is introduced as the
# source of what came before (§4); one that opens a statement of its own does not.

@pytest.mark.parametrize("text", [
    # a source marker opening its own sentence
    "Бюджет фонда на этот год составил 310 млрд рублей. По оценкам министра финансов Ивана "
    "Петрова, дефицит составит около 95 млрд рублей.\n",
    # the source as the subject of its own verb of saying or expecting
    "Зарплаты в регионе упали почти на 7%. Министерство труда ожидает сокращения доходов "
    "на 3–4%.\n",
    "Штраф компании может составить 4000 рублей.\n"
    "Пресс-секретарь областной инспекции Олег Смирнов сообщил, что протокол уже составлен.\n",
    # a quote with its own speaker, in the paragraph after the lead
    "ТОМСК, 5 марта. /ТАСС/. Депутаты одобрили бюджет с дефицитом почти 420 млн рублей.\n"
    "\"Доходы составят 48,2 млрд рублей\", - сказал председатель комитета Иван Петров.\n",
])
def test_a_source_opening_a_new_statement_does_not_reach_back(text):
    speakers = _speakers(text)
    first = next(iter(speakers))
    assert speakers[first] is None


@pytest.mark.parametrize("text, speaker", [
    ("Бюджет фонда на этот год составил 310 млрд рублей. Об этом сообщил министр финансов "
     "Иван Петров.\n", "Иван Петров"),
    ("В регион в этом году привезут 310 млн рублей. Деньги пойдут на ремонт дорог, сообщил в "
     "среду журналистам председатель комитета по бюджетной политике Законодательного собрания "
     "области Иван Петров.\n", "Иван Петров"),
    # a demonstrative before a word for what a source gives
    ("Число безработных сократилось на 12%. Соответствующую статистику предоставили в "
     "Федеральной службе по труду и занятости.\n", "Федеральная служба по труду и занятости"),
    ("В 2030 году в городе будут жить 400 тыс. человек. Такой прогноз сделал мэр города Иван "
     "Петров.\n", "Иван Петров"),
])
def test_a_source_of_what_came_before_covers_the_leads_figures(text, speaker):
    speakers = _speakers(text)
    assert next(iter(speakers.values())) == speaker


def test_a_back_reference_does_not_reach_past_another_source():
    # "Такие данные" covers the figures after the sentence with a source of its own
    speakers = _speakers(
        "Реальные доходы упали почти на 6%. Министерство труда ожидает сокращения доходов на "
        "2–3%. Так, в Томской области расходы снизились на 20%. Такие данные сообщили "
        "местные органы статистики.\n")
    assert speakers["почти на 6%"] is None
    assert speakers["20%"] == "местные органы статистики"


# Two bodies joined by "и" in one source phrase are one source written as both, each in the
# fullest form the text gives it (§4 Form, §6.11 part G's forms).

def test_a_joined_pair_of_bodies_is_one_source_in_its_fullest_form():
    speakers = _speakers(
        "Промышленное производство выросло на 1,5%, говорится в докладе экономистов из "
        "Института Гайдара и Российской академии народного хозяйства и госслужбы (РАНХиГС).\n"
        "Инвестиции сократились на 3%, говорится в обзоре, подготовленном экспертами Института "
        "Гайдара и РАНХиГС.\n")
    full = "Институт Гайдара и Российская академия народного хозяйства и госслужбы"
    assert speakers["1,5%"] == speakers["3%"] == full


def test_a_joined_pair_of_outlets():
    speakers = _speakers("По данным NYT и Politico, фирма получила более $20 млн на программу.\n")
    assert speakers["более $20 млн"] == "NYT и Politico"


# People of no name are no source (§6.11); named people of a body are the body.

@pytest.mark.parametrize("text, span", [
    ("Ставку снизят на 25 базисных пунктов, считают экономисты.\n", "25 базисных пунктов"),
    ("Экономика страны вырастет на 4%, утверждают аналитики.\n", "4%"),
    ("Цены на жильё поднимутся на 7%, прогнозируют специалисты.\n", "7%"),
    ("Инфляция в прошлом году составила 9,5%, передаёт агентство IRNA.\n"
     "Аналитики уверены, что власти продолжат реформы. Страна располагает 18% мировых запасов "
     "нефти.\n", "18%"),
])
def test_unnamed_people_are_no_source(text, span):
    assert _speakers(text)[span] is None


@pytest.mark.parametrize("text, span, speaker", [
    ("Спрос на металл упадёт на 12%, прогнозируют аналитики Bloomberg Intelligence.\n", "12%",
     "Bloomberg Intelligence"),
    ("Госдолг достигнет 40% ВВП, прогнозируют аналитики Moody's.\n", "40%", "Moody's"),
])
def test_people_of_a_named_body_are_the_body(text, span, speaker):
    assert _speakers(text)[span] == speaker
