"""The table contract: names, types and descriptions, and loading without casts."""

from __future__ import annotations

import duckdb
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from migextract.pipeline import extract_document, extract_text
from migextract.records import SourceRecord
from migextract.schema import TABLES, arrow_schema, data_dictionary
from migextract.tables import tables_for, write_atomic

CONTRACT = {
    "facts": ["doc_id", "fact_id", "sentence_index", "start", "end", "span", "value",
              "value_min", "value_max", "qualifier", "unit", "counted", "subject", "indicator",
              "breakdown", "place", "place_code", "period_start", "period_end", "period_text",
              "comparison", "direction", "speaker", "parent_fact_id", "rule"],
    "documents": ["doc_id", "source", "title", "date", "url", "n_chars", "n_sentences",
                  "n_facts", "status", "error"],
    "entities": ["doc_id", "start", "end", "type", "text", "normal"],
}
CATEGORICAL = {"qualifier", "unit", "indicator", "place_code", "direction", "status", "type"}


@pytest.mark.parametrize("table", CONTRACT)
def test_contract_columns_present_with_descriptions(table):
    schema = arrow_schema(table)
    assert set(CONTRACT[table]) <= set(schema.names)
    for field in schema:
        assert field.metadata[b"description"].decode().strip(), field.name
        if field.name in CATEGORICAL:
            assert pa.types.is_dictionary(field.type), field.name


def test_types_of_key_columns():
    facts = arrow_schema("facts")
    assert facts.field("value").type == pa.float64()
    assert facts.field("period_start").type == pa.date32()
    assert facts.field("start").type == pa.int32()
    assert arrow_schema("documents").field("date").type == pa.date32()


def test_data_dictionary_lists_every_column():
    text = data_dictionary()
    for columns in TABLES.values():
        for column in columns:
            assert column.name in text


@pytest.fixture(scope="module")
def written(tmp_path_factory, rules):
    out = tmp_path_factory.mktemp("out")
    ok = extract_text("В январе-марте 2024 года в Казахстан прибыло 5,2 тыс. человек, "
                      "выбыло 3,1 тыс. человек.", doc_id="a", date="2024-05-02", rules=rules)
    bad = extract_document(SourceRecord("b", "", "x.txt"), rules)
    for name, table in tables_for([ok, bad]).items():
        write_atomic(table, out / f"{name}.parquet")
    return out


@pytest.mark.parametrize("table", CONTRACT)
def test_tables_load_in_pandas_polars_duckdb(written, table):
    path = written / f"{table}.parquet"
    frame = pd.read_parquet(path)
    assert list(frame.columns) == arrow_schema(table).names
    assert pl.read_parquet(path).columns == arrow_schema(table).names
    count = duckdb.sql(f"select count(*) from read_parquet('{path}')").fetchall()[0][0]
    assert count == len(frame)
    assert pq.read_schema(path).remove_metadata().equals(arrow_schema(table).remove_metadata(),
                                                         check_metadata=False)


def test_written_values(written):
    facts = pd.read_parquet(written / "facts.parquet")
    assert facts["value"].tolist() == [5200.0, 3100.0]
    assert str(facts["period_start"].iloc[0]) == "2024-01-01"
    docs = pd.read_parquet(written / "documents.parquet").set_index("doc_id")
    assert docs.loc["a", "status"] == "ok" and docs.loc["a", "n_facts"] == 2
    assert docs.loc["b", "status"] == "error" and docs.loc["b", "error"] == "empty text"


def test_no_temp_files_left(written):
    assert sorted(p.name for p in written.iterdir()) == [
        "documents.parquet", "entities.parquet", "facts.parquet"]


def test_docs_data_dictionary_is_current():
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "docs" / "data-dictionary.md"
    assert data_dictionary(markdown=True) in path.read_text(encoding="utf-8"), (
        "docs/data-dictionary.md is stale: regenerate it with `migextract schema --markdown`")


def test_readme_column_tables_match_the_schema():
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    rows = [line for line in data_dictionary(markdown=True).splitlines()
            if line.startswith("| `")]
    stale = [row.split("|")[1].strip() for row in rows if row not in readme]
    assert not stale, f"README's column tables differ from the schema for {stale}: copy the " \
        "rows from `migextract schema --markdown`"
