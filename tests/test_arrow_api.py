"""Arrow batch in, Arrow batch out: the API behind Spark mapInArrow and Ray map_batches."""

import pyarrow as pa

from migextract.arrow_api import extract_batches, extract_table
from migextract.schema import arrow_schema


def test_batches_in_facts_out():
    batch = pa.record_batch({"id": ["a", "b"], "text": [
        "За 2023 год в Казахстан прибыло 17,6 тыс. человек.", None]})
    facts = pa.Table.from_batches(list(extract_batches([batch])))
    assert facts.schema.equals(arrow_schema("facts"), check_metadata=False)
    assert facts.column("doc_id").to_pylist() == ["a"]
    assert facts.column("value").to_pylist() == [17600.0]
    documents = extract_table(batch, table="documents")
    assert documents.column("status").to_pylist() == ["ok", "error"]
