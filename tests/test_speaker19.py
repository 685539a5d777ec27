"""Speakers, pass 19, on sentences written for the test: an office opening its clause with "в"
before a leading speech verb, however many words its name has and whatever stands between it
and the verb ("В пресс-службе правительства Калужской области ТАСС сообщили, что …": the
office, not the outlet told nor the last two words); the outlet told right before the verb is
no speaker ("В Росстате ТАСС сообщили"); an earlier report in the past imperfective ("Как
сообщала пресс-служба …, …") is a source like "Как сообщила"."""

from __future__ import annotations

import pytest

from migextract.pipeline import extract_text


def _speakers(text: str) -> list[str | None]:
    return [f.context.speaker for f in extract_text(text).facts]


_FIGURE = ", что пострадавшие заключили 190 договоров аренды жилья."


@pytest.mark.parametrize("opening, office", [
    ("В пресс-службе правительства Калужской области подчеркнули",
     "пресс-служба правительства Калужской области"),
    ("В пресс-службе главы региона ТАСС сообщили", "пресс-служба главы региона"),
    ("В пресс-службе администрации Ульяновска в четверг сообщили",
     "пресс-служба администрации Ульяновска"),
    ("Кроме того, в пресс-службе губернатора Челябинской области журналистам в среду сообщили",
     "пресс-служба губернатора Челябинской области"),
    ("В министерстве финансов Калужской области сообщили",
     "министерство финансов Калужской области"),
    ("В Минздраве Калужской области ТАСС сообщили", "Минздрав Калужской области"),
    ("В администрации Ульяновска ТАСС сообщили", "администрация Ульяновска"),
    ("В пресс-службе региона также сообщили", "пресс-служба региона"),
])
def test_an_office_opening_its_clause_speaks_in_full(opening, office):
    assert _speakers(opening + _FIGURE) == [office]


def test_the_outlet_told_before_the_verb_is_no_speaker():
    assert _speakers("В Росстате ТАСС сообщили" + _FIGURE) == ["Росстат"]


def test_a_document_of_an_office_is_not_the_office_opening():
    # "говорится": the document speaks; not "опубликованном комиссия исследовании"
    text = ("В опубликованном комиссией исследовании говорится, что численность населения может "
            "сократиться ещё на 5,43%.")
    assert _speakers(text) != ["опубликованном комиссия исследовании"]


@pytest.mark.parametrize("verb", ["сообщала", "отмечала", "писала"])
def test_an_earlier_report_is_a_source(verb):
    text = (f"Как {verb} пресс-служба правительства Крыма, в Ялте и Алуште насчитывается "
            "42 проблемных объекта.")
    assert _speakers(text) == ["пресс-служба правительства Крыма"]


@pytest.mark.parametrize("text, speaker", [
    ("«Безработица снизилась до 13%», - сказала Алёна Сергеева.", "Алёна Сергеева"),
    ("Артём Королёв сказал, что безработица снизилась до 13%.", "Артём Королёв"),
])
def test_a_name_keeps_its_yo(text, speaker):
    # folded, "Алена Сергеева" was read as the genitive of "Ален Сергеев"
    assert _speakers(text) == [speaker]


def test_a_surname_after_the_full_name_with_yo_is_the_full_name():
    text = ("Об этом сообщил глава ведомства Артём Королёв. «Безработица снизилась до 13%», - "
            "сказал Королёв.")
    assert _speakers(text) == ["Артём Королёв"]


def test_a_name_before_in_reply_speaks():
    text = "Рамзан Кадыров в ответ сообщил, что безработица в республике снизилась до 13%."
    assert _speakers(text) == ["Рамзан Кадыров"]


@pytest.mark.parametrize("text, speaker", [
    ("Таким образом, по информации торгового представительства США, пошлина на стиральные "
     "машины составит 20%.", "торговое представительство США"),
    ("Согласно официальному сообщению городского совета, город перечислил 5,25 млн гривен.",
     "городской совет"),
])
def test_a_trade_mission_or_a_council_after_a_marker_speaks(text, speaker):
    assert _speakers(text) == [speaker]
