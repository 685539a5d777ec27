"""Speaker constructions of the spksrc6 pass, each on sentences written for the test."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text


def _speakers(text: str) -> dict[str, str | None]:
    return {f.span: f.context.speaker for f in extract_text(text).facts}


def test_a_polls_answers_go_on_into_the_next_paragraph():
    # a paragraph with a share of the respondents makes its source a poll's owner: the next
    # paragraph, listing more answers with no source of its own, goes on with that poll
    speakers = _speakers(
        "Первый тур выборов пройдёт в апреле. По данным агентства Ipsos, за лидера готовы "
        "голосовать 22% избирателей.\n"
        "Около трети жителей ещё не решили, за кого голосовать, говорится в исследовании "
        "службы Odoxa. Кроме того, 25% респондентов признались, что колеблются.\n"
        "Уверенность в своём выборе также выразили 80% сторонников бывшего премьера.\n")
    assert speakers["25%"] == speakers["80%"] == "служба Odoxa"


def test_without_respondents_a_later_source_stays_in_its_paragraph():
    # the same layout with no share of respondents: the second source, not the article's
    # first, speaks for its own paragraph only (§6.2)
    speakers = _speakers(
        "Первый тур выборов пройдёт в апреле. По данным агентства Ipsos, за лидера готовы "
        "голосовать 22% избирателей.\n"
        "По данным службы Odoxa, явка составит 70%.\n"
        "Бюджет кампании кандидата составил 12 млн евро.\n")
    assert speakers["70%"] == "служба Odoxa"
    assert speakers["12 млн евро"] is None


def test_a_person_quoting_a_share_of_respondents_does_not_carry():
    # a person citing a poll speaks for the paragraph of their words, not for the next ones
    speakers = _speakers(
        "Министр труда Иван Петров сообщил журналистам, что 40% опрошенных довольны "
        "зарплатой.\n"
        "Средняя зарплата в регионе составила 45 тыс. рублей.\n")
    assert speakers["40%"] == "Иван Петров"
    assert speakers["45 тыс. рублей"] is None


@pytest.mark.parametrize("verb", ["добавляет", "напоминает", "замечает", "указывает"])
def test_the_imperfective_present_of_a_speech_verb_attributes_a_quote(verb):
    # "«…», - добавляет Петров" as "«…», - добавил Петров"
    text = (f"Цены растут.\nЭто видно по магазинам. «Инфляция в этом году не превысит 4%», "
            f"— {verb} аналитик Иван Петров.\n")
    assert _speakers(text)["4%"] == "Иван Петров"


def test_the_holder_after_the_organization_of_a_title_speaks():
    # a title pymorphy does not know ("предправления"), its organization, then the person
    speakers = _speakers(
        "Долги за коммунальные услуги растут.\nЭто видно по судам. «Общий объем задолженности "
        "превышает триллион рублей», — отмечает предправления ассоциации «Надежный партнер» "
        "Андрей Романчук.\n")
    assert speakers["триллион рублей"] == "Андрей Романчук"


def test_an_estimate_in_the_imperfective_past_names_its_source():
    speakers = _speakers(
        "Долги за коммунальные услуги растут.\nВ октябре глава Минстроя Михаил Мень оценивал "
        "общий объем задолженности в 1,24 трлн рублей.\n")
    assert speakers["1,24 трлн рублей"] == "Михаил Мень"


def test_the_publication_alone_is_the_outlet_named_last():
    # "Издание" alone, like "ведомство" alone, is the source named last (§4)
    speakers = _speakers(
        "Бюджет обсуждают в конгрессе, пишет The New York Times.\nИздание напоминает, что "
        "президент обещал рост экономики на 3%.\n")
    assert speakers["3%"] == "The New York Times"


def test_they_in_a_quote_is_not_the_one_person_named_last():
    # "Они указывают, что …" inside a person's quote: "они" are others, not that person nor
    # anyone named before; the quoted person goes on speaking for the paragraph
    speakers = _speakers(
        "Опрос провели американские социологи.\n«Опрос завершён», — сообщил социолог Пётр "
        "Сидоров.\nПо мнению политолога Ивана Петрова, важно, кто "
        "проводит такие опросы. «Они указывают, что русских на Украине 8%, но это не так», — "
        "рассуждает эксперт.\n")
    assert speakers["8%"] == "Иван Петров"
