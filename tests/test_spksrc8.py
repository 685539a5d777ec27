"""Speaker pass 8: `migextract eval --misses-field FIELD` lists the misses of one field; a
press office keeps the body it serves ("пресс-служба Минтруда"), and a short mention of an
office the document named in full before ("по данным пресс-службы", "в пресс-службе
министерства") is that full name; "Фонд …" heads an organization as "Министерство …" does.
Sentences written for the test."""

from __future__ import annotations

import json

import pytest

from migextract.cli import main

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
