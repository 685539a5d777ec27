"""Speaker recall (speaker pass 5), each construction on sentences written for the test: a named
source stating an expectation or an estimate whose object is the figure ("Центробанк ожидает
инфляцию на уровне 4%"), a forecast revised with two words before its noun ("пересмотрело
свой базовый прогноз"), and a body the text only describes after a source marker ("по данным
ассоциации поставщиков торговых сетей", "по данным профсоюзов"), written as described
(docs/annotation.md §4)."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text


def _speakers(text: str) -> dict[str, str | None]:
    """Each figure's speaker, by the figure's words without a preposition before them."""
    return {f.span.split(" ", 1)[-1] if f.span.split(" ", 1)[0] in ("на", "до", "в") else f.span:
            f.context.speaker for f in extract_text(text).facts}


@pytest.mark.parametrize(("text", "span", "source"), [
    ("Впрочем, Счётная палата оценивает потери бюджета в 2019 году на уровне 210 млрд рублей.",
     "210 млрд рублей", "Счётная палата"),
    ("Минфин оценивает дефицит бюджета в 2018 году на уровне 1,3% ВВП.", "1,3%", "Минфин"),
    ("На этом фоне Центробанк ожидает инфляцию по итогам года на уровне 4,2%.", "4,2%",
     "Центробанк"),
    ("Минэкономразвития прогнозирует рост ВВП в следующем году на 2,1%.", "2,1%",
     "Минэкономразвития"),
])
def test_a_named_source_expecting_or_estimating_a_figure(text, span, source):
    assert _speakers(text)[span] == source


@pytest.mark.parametrize(("text", "span"), [
    ("Рынок ожидает снижения ключевой ставки до 7,5% к концу года.", "7,5%"),
    ("Эксперты ожидают роста цен на бензин на 6% в этом году.", "6%"),
])
def test_an_expectation_no_named_source_makes_names_none(text, span):
    assert _speakers(text)[span] is None


def test_the_estimate_carries_through_its_paragraph():
    text = ("Минэкономразвития оценивает рост реальных зарплат в этом году в 3,5%. В следующем "
            "году он замедлится до 2,4%.")
    assert _speakers(text) == {"3,5%": "Минэкономразвития", "2,4%": "Минэкономразвития"}


def test_a_forecast_revised_with_two_words_before_its_noun():
    text = ("Минэкономразвития пересмотрело свой базовый прогноз по безработице. По итогам "
            "года она составит 4,9%.")
    assert _speakers(text)["4,9%"] == "Минэкономразвития"


@pytest.mark.parametrize(("text", "span", "source"), [
    ("По данным ассоциации производителей молока, за год сыр подорожал на 14%.", "14%",
     "ассоциация производителей молока"),
    ("По данным профсоюзов, в забастовке участвуют 2,4 тыс. водителей.", "2,4 тыс. водителей",
     "профсоюзы"),
    ("По данным кадровых агентств в Казани, бухгалтер получает в среднем 52 тыс. рублей.",
     "52 тыс. рублей", "кадровые агентства"),
    ("По данным региональных властей, в прошлом году регион посетили 300 тыс. туристов.",
     "300 тыс. туристов", "региональные власти"),
])
def test_a_body_the_text_only_describes_is_written_as_described(text, span, source):
    assert _speakers(text)[span] == source


def test_the_described_body_carries_through_its_paragraph():
    text = ("По данным ассоциации производителей молока, за год сыр подорожал на 14%. Масло "
            "за то же время подорожало на 9%.")
    assert _speakers(text)["9%"] == "ассоциация производителей молока"


def test_a_quote_of_several_paragraphs_is_its_speakers():
    text = ("Цены на нефть в этом году будут колебаться.\n"
            "«Рост экономики Испании за год составил менее 2%, и спрос на топливо падает.\n"
            "Поэтому к концу года баррель может подешеветь до $48», — заявил RT аналитик "
            "инвестиционной компании Петр Соколов.")
    found = _speakers(text)
    assert found["менее 2%"] == "Петр Соколов"
    assert found["$48"] == "Петр Соколов"


def test_a_quote_of_several_paragraphs_with_a_quoted_word_on_its_last_line():
    text = ("«Доходы населения за год выросли на 4,1%. — \nRT\n). Значительную часть "
            "«прибавки» съела инфляция в 3,8%», — написал в своём блоге депутат Иван Орлов.")
    found = _speakers(text)
    assert found["4,1%"] == "Иван Орлов"
    assert found["3,8%"] == "Иван Орлов"


def test_a_source_named_inside_a_quote_speaks_for_its_sentence():
    text = ("В Минтруде рассказали о зарплатах.\n"
            "«По данным Росстата, средняя зарплата в отрасли составила 54 тыс. рублей. Самая "
            "низкая — в торговле, 31 тыс. рублей», — заявили в ведомстве.")
    found = _speakers(text)
    assert found["54 тыс. рублей"] == "Росстат"
    assert found["31 тыс. рублей"] == "Росстат"
