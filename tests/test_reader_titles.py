"""`--title-from-file-name`: dumps that name each .txt after its headline give the article a title,
and the title places a text that never names its region again."""

from __future__ import annotations

import pytest

from migextract.batch import RunConflict, run_extract
from migextract.cli import main
from migextract.pipeline import extract_document
from migextract.readers import FieldMap, iter_records

HEADLINE = "Уровень_безработицы_на_Ставрополье_снизился_до_0,7%"
TEXT = ("Уровень регистрируемой безработицы снизился до 0,7%. "
        "Об этом сообщил губернатор на прямой линии с жителями.")


@pytest.fixture
def article(tmp_path):
    path = tmp_path / f"{HEADLINE}.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_title_is_read_from_file_name_only_when_asked(article):
    (plain,) = iter_records([article])
    (titled,) = iter_records([article], fields=FieldMap(title_from_file_name=True))
    assert plain.title is None
    assert titled.title == "Уровень безработицы на Ставрополье снизился до 0,7%"
    assert titled.text == plain.text == TEXT  # offsets still index the file's text


def test_directory_inputs_take_titles_too(article):
    (titled,) = iter_records([article.parent], fields=FieldMap(title_from_file_name=True))
    assert titled.doc_id == HEADLINE and titled.title.startswith("Уровень безработицы")


def test_title_gives_the_place_the_text_leaves_out(article):
    (plain,) = iter_records([article])
    (titled,) = iter_records([article], fields=FieldMap(title_from_file_name=True))
    [without] = [f for f in extract_document(plain).facts if f.quantity.unit == "percent"]
    [with_title] = [f for f in extract_document(titled).facts if f.quantity.unit == "percent"]
    assert without.context.place is None
    assert with_title.context.place_code == "RU-STA"


def test_cli_option_reaches_the_documents_table(article, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "out"
    assert main(["extract", str(article), "-o", str(out), "--title-from-file-name", "-q"]) == 0
    titles = pq.read_table(out / "documents.parquet").column("title").to_pylist()
    assert titles == ["Уровень безработицы на Ставрополье снизился до 0,7%"]


def test_resuming_with_another_reading_is_refused(tmp_path):
    for i in range(3):
        (tmp_path / "in" / f"Новость_{i}.txt").parent.mkdir(exist_ok=True)
        (tmp_path / "in" / f"Новость_{i}.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out"
    run_extract([tmp_path / "in"], out, shard_size=1, workers=1, quiet=True)
    with pytest.raises(RunConflict, match="reading"):
        run_extract([tmp_path / "in"], out, shard_size=1, workers=1, quiet=True,
                    fields=FieldMap(title_from_file_name=True))
