"""Inter-annotator agreement: a second annotation is scored against the reference gold with
the pipeline's metrics (`migextract eval GOLD --second-annotation DIR`)."""

import json

import pytest

from migextract.cli import main
from migextract.evaluate import agreement_dirs, evaluate_dirs, scores

TEXT = ("В январе 2024 года в область прибыли 1200 человек, выбыли 900 человек. "
        "Сальдо миграции составило около 300 человек, сообщили в управлении статистики.")


def _line(quote: str, value: float, **fields) -> dict:
    start = TEXT.index(quote)
    line = {"doc": "d1", "quote": quote, "start": start, "end": start + len(quote),
            "value": value, "value_min": value, "value_max": value, "qualifier": "exact",
            "unit": "person", "counted": None, "subject": "прибывшие", "indicator": None,
            "breakdown": None, "place": None, "place_code": None, "partner": None,
            "period_start": "2024-01-01", "period_end": "2024-01-31", "comparison": None,
            "direction": None, "speaker": None, "parent_quote": None, "parent_start": None}
    line.update(fields)
    return line


def _annotation(directory, lines) -> None:
    directory.mkdir()
    (directory / "documents.jsonl").write_text(
        json.dumps({"doc": "d1", "source": "d1.txt"}) + "\n", encoding="utf-8")
    (directory / "gold.jsonl").write_text(
        "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")


@pytest.fixture()
def annotations(tmp_path):
    (tmp_path / "d1.txt").write_text(TEXT, encoding="utf-8")
    _annotation(tmp_path / "first", [
        _line("1200 человек", 1200),
        _line("900 человек", 900, subject="выбывшие"),
        _line("около 300 человек", 300, qualifier="approx", subject="сальдо миграции",
              speaker="управление статистики"),
    ])
    _annotation(tmp_path / "second", [
        _line("1200 человек", 1200, subject="число прибывших"),
        # a different subject and a whole-year period
        _line("900 человек", 900, subject="уехавшие", period_start="2024-01-01",
              period_end="2024-12-31"),
        # the third figure missed; an optional duration the reference does not have
        _line("года", 1, unit="year", optional=True),
    ])
    return tmp_path


def test_second_annotation_is_scored_like_predictions(annotations):
    counts = agreement_dirs([annotations / "first"], [annotations / "second"], annotations)
    result = scores(counts)
    assert (counts.gold, counts.predicted, counts.value_tp) == (3, 2, 2)
    assert result["value"]["recall"] == pytest.approx(2 / 3)
    assert result["value"]["precision"] == 1.0  # the optional extra line is no false positive
    assert result["accuracy"]["subject"] == 0.5  # "число прибывших" ~ "прибывшие"; not "уехавшие"
    assert result["accuracy"]["period"] == 0.5
    assert result["accuracy"]["speaker"] == 1.0
    assert counts.tuple_tp == 1
    assert any("900 человек" in d and "subject" in d for d in counts.disagreements)


def test_unknown_document_is_a_clear_error(annotations, capsys):
    reference = annotations / "first"
    (reference / "documents.jsonl").write_text(
        json.dumps({"doc": "other", "source": "d1.txt"}) + "\n", encoding="utf-8")
    code = main(["eval", str(reference), "--corpus", str(annotations),
                 "--second-annotation", str(annotations / "second")])
    assert code == 2
    assert "d1: the second annotation has a document the reference gold does not" in \
        capsys.readouterr().err


def test_only_documents_of_restricts_the_pipeline_score(annotations, tmp_path):
    (tmp_path / "d2.txt").write_text("В регион прибыли 500 человек.", encoding="utf-8")
    both = tmp_path / "both"
    both.mkdir()
    (both / "documents.jsonl").write_text(
        json.dumps({"doc": "d1", "source": "d1.txt"}) + "\n"
        + json.dumps({"doc": "d2", "source": "d2.txt"}) + "\n", encoding="utf-8")
    (both / "gold.jsonl").write_text(
        (annotations / "first" / "gold.jsonl").read_text(encoding="utf-8"), encoding="utf-8")
    everything = evaluate_dirs([both], tmp_path)
    only_d1 = evaluate_dirs([both], tmp_path, only_documents_of=[annotations / "second"])
    assert only_d1.gold == everything.gold == 3
    assert everything.predicted == only_d1.predicted + 1  # "500 человек" of d2 is not scored
