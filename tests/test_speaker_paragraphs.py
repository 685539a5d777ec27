"""Speaker across paragraphs (docs/annotation.md §6.2), each construction on sentences written for
the test: a paragraph that refers back to the report of the paragraph before it ("тот же
опрос", "за указанный период", the poll's "респонденты", "опрошенные") goes on with that
report, and its source carries into it (`speaker.carried_paragraph`); a paragraph that names
another report, or comes after someone else's quote, does not take it. A paragraph that is a
quote with no attribution of its own is the words of the one the paragraph before introduces
("Смирнова заявила, что …" ¶ "«…»", `speaker.quote_introduced`), unless it names another
speaker inside. "предположил" attributes reported speech like "отметил"."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text


def _facts(text: str) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    """Each figure's speaker and speaker rules, by the figure's words."""
    return {f.span: (f.context.speaker, tuple(r for r in f.context.rules
                                              if r.startswith("speaker")))
            for f in extract_text(text).facts}


# the poll is not the article's first source, whose data would go on anyway (a release)
_POLL = ("Зарплаты и цены\n"
         "По словам министра труда Антона Котова, безработица опустилась до 2,9%.\n"
         "Согласно опросу Левада-центра, 48% россиян считают зарплату главной проблемой. "
         "Ещё 21% назвали цены.\n")


@pytest.mark.parametrize("paragraph", [
    "Тот же опрос показывает, что 35% граждан хотели бы сменить работу.",
    "При этом 35% респондентов хотели бы сменить работу.",
    "Кроме того, 35% опрошенных хотели бы сменить работу.",
])
def test_a_paragraph_going_on_with_the_poll_takes_its_source(paragraph):
    speaker, rules = _facts(_POLL + paragraph)["35%"]
    assert speaker == "Левада-центр"
    assert rules == ("speaker.carried_paragraph",)


def test_the_period_of_the_report_referred_back_to():
    text = ("Колледжи\nПо словам министра просвещения Сергея Кравцова, приём вырос на 3%.\n"
            "По данным Росстата, с 2010 по 2020 год число студентов колледжей сократилось на 12%.\n"
            "Больше всего студентов за указанный период было в Тыве — 310 на 10 тыс. жителей.")
    assert _facts(text)["310"][0] == "Росстат"


def test_the_rest_of_the_paragraph_goes_on_with_it():
    text = _POLL + ("Респонденты старше 60 лет чаще жалуются на цены. Среди них таких 44%, а "
                    "среди молодёжи — 18%.")
    facts = _facts(text)
    assert facts["44%"][0] == facts["18%"][0] == "Левада-центр"


@pytest.mark.parametrize("paragraph", [
    # another poll, whose source is not read
    "Опрос, проведённый другим центром весной, показал, что 35% респондентов хотят сменить "
    "работу.",
    # no reference back to the report: the journalist's own paragraph may follow (§6.2)
    "Между тем 35% вакансий в регионе остаются незакрытыми.",
])
def test_a_paragraph_not_going_on_with_the_poll_has_no_speaker(paragraph):
    assert _facts(_POLL + paragraph)["35%"][0] is None


def test_a_quote_between_stops_the_poll():
    text = _POLL + ("«Люди устали от роста цен», — считает социолог Иван Петров.\n"
                    "Кроме того, 35% опрошенных хотели бы сменить работу.")
    assert _facts(text)["35%"][0] is None


def test_a_paragraph_after_a_figure_of_no_one_does_not_take_the_poll():
    text = _POLL + ("Безработица в стране составляет 4,1%.\n"
                    "Кроме того, 35% опрошенных хотели бы сменить работу.")
    assert _facts(text)["35%"][0] is None


def test_predpolozhil_attributes_reported_speech():
    text = ("Экономист Олег Иванов предположил, что инфляция по итогам года составит 5,5%.")
    assert _facts(text)["5,5%"][0] == "Олег Иванов"


_INTRODUCED = ("Пенсии\n"
               "Глава профсоюза учителей Ирина Смирнова заявила, что зарплаты в школах не "
               "растут.\n")


def test_a_quote_paragraph_after_its_speaker_is_introduced():
    quote = "«Молодой учитель получает 28 тыс. рублей. На это не прожить»."
    assert _facts(_INTRODUCED + quote)["28 тыс. рублей"] == ("Ирина Смирнова",
                                                             ("speaker.quote_introduced",))


def test_a_quote_paragraph_whose_speaker_is_described_again():
    quote = "«Молодой учитель получает 28 тыс. рублей, — жалуется педагог. — На это не прожить»."
    assert _facts(_INTRODUCED + quote)["28 тыс. рублей"][0] == "Ирина Смирнова"


def test_a_quote_paragraph_naming_another_speaker_is_not_the_one_introduced():
    text = _INTRODUCED + ("«Молодой учитель получает 28 тыс. рублей, — рассказал RT директор "
                          "школы Пётр Орлов. — На это не прожить».")
    assert _facts(text)["28 тыс. рублей"][0] != "Ирина Смирнова"


def test_a_quote_paragraph_after_a_paragraph_of_no_speech_has_no_speaker():
    text = ("Пенсии\nЗарплаты в школах не растут уже третий год.\n"
            "«Молодой учитель получает 28 тыс. рублей. На это не прожить».")
    assert _facts(text)["28 тыс. рублей"][0] is None
