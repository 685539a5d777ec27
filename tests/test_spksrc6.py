"""Speaker constructions of the spksrc6 pass, each on sentences written for the test."""

from __future__ import annotations

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
