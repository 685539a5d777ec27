"""Speaker pass 8: `migextract eval --misses-field FIELD` lists the misses of one field; a
press office keeps the body it serves ("пресс-служба Минтруда"), and a short mention of an
office the document named in full before ("по данным пресс-службы", "в пресс-службе
министерства") is that full name; "Фонд …" heads an organization as "Министерство …" does.
Sentences written for the test."""

from __future__ import annotations

import json

import pytest

from migextract.cli import main
from migextract.pipeline import extract_text

TEXT = ("Число безработных в области выросло на 12%, сообщила пресс-служба Минтруда. "
        "Пособие получают 3 тыс. человек.")


def _gold_line(quote: str, value: float, unit: str, speaker: str | None) -> dict:
    start = TEXT.index(quote)
    return {"doc": "d1", "quote": quote, "start": start, "end": start + len(quote),
            "value": value, "value_min": value, "value_max": value, "qualifier": "exact",
            "unit": unit, "counted": None, "subject": None, "indicator": None,
            "breakdown": None, "place": None, "place_code": None, "partner": None,
            "period_start": None, "period_end": None, "comparison": None, "direction": None,
            "speaker": speaker, "parent_quote": None, "parent_start": None}


@pytest.fixture()
def gold(tmp_path):
    (tmp_path / "d1.txt").write_text(TEXT, encoding="utf-8")
    directory = tmp_path / "gold"
    directory.mkdir()
    (directory / "documents.jsonl").write_text(
        json.dumps({"doc": "d1", "source": "d1.txt"}) + "\n", encoding="utf-8")
    lines = [_gold_line("12%", 12, "percent", "пресс-служба Минтруда"),
             _gold_line("3 тыс. человек", 3000, "person", "Росстат")]
    (directory / "gold.jsonl").write_text(
        "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
    return tmp_path


def test_misses_field_lists_only_that_fields_disagreements(gold, capsys):
    assert main(["eval", str(gold / "gold"), "--corpus", str(gold),
                 "--misses-field", "speaker"]) == 0
    out = capsys.readouterr().out
    assert "speaker misses (1):" in out
    assert "'3 тыс. человек' speaker: gold 'Росстат'" in out
    assert "'12%'" not in out.split("speaker misses")[1]  # its speaker agrees
    assert "disagreements" not in out and "missed" not in out


def test_misses_field_must_be_a_scored_field(gold, capsys):
    assert main(["eval", str(gold / "gold"), "--corpus", str(gold),
                 "--misses-field", "speakers"]) == 2
    assert "speaker" in capsys.readouterr().err


def _speakers(text: str) -> list[str | None]:
    return [f.context.speaker for f in extract_text(text).facts]


@pytest.mark.parametrize(("text", "speaker"), [
    # NER reads no organization in "правительства Бурятии": the office keeps its body all the same
    ("Тариф составляет 492 рубля, уточнили в пресс-службе правительства Бурятии.",
     "пресс-служба правительства Бурятии"),
    ("Тариф составляет 492 рубля, уточнили ТАСС в пресс-службе администрации региона.",
     "пресс-служба администрации региона"),
    ("Тариф составляет 492 рубля, уточнили в пресс-службе Минтруда.", "пресс-служба Минтруда"),
    ("Как сообщила пресс-служба Минтруда, число безработных выросло на 12%.",
     "пресс-служба Минтруда"),
])
def test_a_press_office_keeps_its_body(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(("text", "speakers"), [
    # "по данным пресс-службы": the office named in full in the lead
    ("Число безработных выросло на 12%, сообщила пресс-служба министерства труда и занятости "
     "Омской области.\nПо данным пресс-службы, пособие получают 3 тыс. человек.",
     ["пресс-служба министерства труда и занятости Омской области"] * 2),
    # "в пресс-службе министерства": "министерства" stands for the ministry's name
    ("Число безработных выросло на 12%, сообщила пресс-служба Минтруда Омской области.\n"
     "Пособие получают 3 тыс. человек, сообщили в пресс-службе министерства.",
     ["пресс-служба Минтруда Омской области"] * 2),
    # "в пресс-службе комитета": a word of the full name
    ("В городе построят 12 детских садов, сообщила пресс-служба городского комитета по "
     "строительству.\nОбщее число мест составит 2 тыс., пояснили в пресс-службе комитета.",
     ["пресс-служба городского комитета по строительству"] * 2),
])
def test_a_short_mention_of_a_press_office_is_its_full_name(text, speakers):
    assert _speakers(text) == speakers


def test_the_full_name_may_be_one_that_spoke_for_no_figure():
    text = ("Ремонт дорог в республике завершен, сообщил представитель пресс-службы управления "
            "автомобильных дорог \"Каспий\".\n"
            "Отремонтировано 40 км дорог, уточнили в пресс-службе.")
    assert _speakers(text) == ["пресс-служба управления автомобильных дорог \"Каспий\""]


@pytest.mark.parametrize(("text", "speaker"), [
    # a person's press office, or another body's, is no full name of this one
    ("Об этом сообщила пресс-служба губернатора Ивана Петрова.\n"
     "Отремонтировано 40 км дорог, уточнили в пресс-службе комитета.", "пресс-служба комитета"),
    ("Ремонт завершен, сообщила пресс-служба администрации города.\n"
     "Отремонтировано 40 км дорог, уточнили в пресс-службе министерства.",
     "пресс-служба министерства"),
    # while a bare "пресс-служба" is the one named before
    ("Ремонт завершен, сообщила пресс-служба администрации города.\n"
     "Отремонтировано 40 км дорог, уточнили в пресс-службе.",
     "пресс-служба администрации города"),
    # "пресс-служба ведомства" is no fuller name of "пресс-служба"
    ("Ремонт завершен, сообщили в пресс-службе ведомства.\n"
     "Отремонтировано 40 км дорог, уточнили в пресс-службе.", "пресс-служба"),
])
def test_an_office_of_another_body_is_not_the_full_name(text, speaker):
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Фонд социального страхования сообщил, что выплаты выросли на 7%.",
     "Фонд социального страхования"),
    ("Пенсионный фонд России сообщил, что средняя пенсия выросла до 15 тыс. рублей.",
     "Пенсионный фонд России"),
    ("Правительство региона сообщило, что выплаты выросли на 7%.", "правительство региона"),
    # the words of time between the name and the verb are not the name's
    ("Государственный пенсионный фонд Норвегии в ноябре заявил о продаже активов на $35 млрд.",
     "Государственный пенсионный фонд Норвегии"),
])
def test_a_fund_heads_an_organization_named_before_its_verb(text, speaker):
    assert _speakers(text) == [speaker]


def test_a_source_name_ends_before_po_itogam():
    text = ("Об этом сообщила пресс-служба руководителя области по итогам совещания по уборке "
            "снега. Сейчас снег убирают 2,1 тыс. единиц техники.")
    assert _speakers(text) == ["пресс-служба руководителя области"]
