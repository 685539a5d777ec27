"""The table contract: every column of every output table, declared once with its meaning.

The same declarations build the Arrow schemas (with descriptions in the field metadata) and the
data dictionary printed by `migextract schema` and copied into the README.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

SCHEMA_VERSION = "1"
_CATEGORY = pa.dictionary(pa.int32(), pa.string())


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    description: str
    nullable: bool = True

    def field(self) -> pa.Field:
        return pa.field(self.name, self.type, nullable=self.nullable,
                        metadata={"description": self.description})


FACTS = (
    Column("doc_id", pa.string(), "Id of the input record (file name without extension, or the "
           "JSON/CSV id field).", False),
    Column("fact_id", pa.string(), "Stable id of the figure: the same document and offsets give "
           "the same id in every run.", False),
    Column("sentence_index", pa.int32(), "0-based index of the sentence in the kept text "
           "(boilerplate removed).", False),
    Column("start", pa.int32(), "Character offset where the figure starts in the original text.",
           False),
    Column("end", pa.int32(), "Character offset where the figure ends; text[start:end] == span.",
           False),
    Column("span", pa.string(), "The figure as written: qualifier, sign, number, scale, unit "
           "word (\"более 64 тыс. человек\").", False),
    Column("value", pa.float64(), "Signed value scaled to units (\"+7,3 тыс.\" → 7300.0); the "
           "midpoint for a range.", False),
    Column("value_min", pa.float64(), "Lower bound: equal to value when exact or approx, the "
           "number for gt/ge, the low end of a range, null for lt/le."),
    Column("value_max", pa.float64(), "Upper bound: equal to value when exact or approx, the "
           "number for lt/le, the high end of a range, null for gt/ge."),
    Column("qualifier", _CATEGORY, "exact | approx | gt | ge | lt | le | range (\"более\" → gt, "
           "\"не более\" → le, \"около\" → approx).", False),
    Column("unit", _CATEGORY, "person | percent | pp | bp | per_mille (‰, \"на 1000\") | times | "
           "ISO 4217 currency (KZT, RUB, "
           "USD…) | year | month | week | day | hour | min | s | ms | km | m | cm | mm | km2 | m2 | "
           "m3 | ha | t | kg | g | l | deg (temperature) | m_s | km_h | MW (power, megawatts) | "
           "MWh (energy) | item (see rules/quantities.yaml for all); null when "
           "unknown."),
    Column("counted", pa.string(), "pymorphy3 lemma of the counted noun (\"человек\", "
           "\"мигрант\", \"разрешение\"), when there is one."),
    Column("subject", pa.string(), "What is measured, as a normalized nominative phrase "
           "(\"сальдо миграции\", \"прибыло\")."),
    Column("indicator", _CATEGORY, "Id of the matching indicator in rules/indicators "
           "(\"migration.net\"), null when none matched."),
    Column("breakdown", pa.string(), "Category the figure is restricted to "
           "(\"технические специальности\"), nominative."),
    Column("place", pa.string(), "Territory the figure is about, nominative canonical name "
           "(\"Казахстан\", \"Астана\")."),
    Column("place_code", _CATEGORY, "ISO 3166-1 alpha-2 or ISO 3166-2 code of the place, when "
           "the gazetteer knows it."),
    Column("partner", pa.string(), "For flows, the other side (origin of arrivals, destination "
           "of departures): \"СНГ\"; for people counted by origin, where they come from "
           "(\"граждане Узбекистана – 55 тыс.\" → Узбекистан)."),
    Column("period_start", pa.date32(), "First day of the period the figure is for."),
    Column("period_end", pa.date32(), "Last day of the period the figure is for."),
    Column("period_text", pa.string(), "The period phrase as written (may stand in an earlier "
           "sentence: periods carry over)."),
    Column("comparison", pa.string(), "The comparison base (\"аналогичный период прошлого "
           "года\"), normalized."),
    Column("direction", _CATEGORY, "increase | decrease when the text states a change; null "
           "otherwise."),
    Column("speaker", pa.string(), "Person or organization stating the figure (quote "
           "attribution, \"по данным …\", \"…, добавил Мельников\"). A source goes on for the "
           "rest of its paragraph (context_rules speaker.carried), an organization's data "
           "release also for the next paragraphs of figures until someone else speaks "
           "(speaker.released); the first source of a lead, or one introduced by \"об этом\", "
           "also covers the figures before it (speaker.lead, speaker.back_reference)."),
    Column("parent_fact_id", pa.string(), "fact_id of the figure this one is part of (\"из "
           "них\", \"в том числе\")."),
    Column("rule", pa.string(), "Ids of the grammar rules that built the figure, joined by "
           "'+' (see rules/quantities.yaml).", False),
    Column("context_rules", pa.string(), "Ids of the context rules that attached subject, "
           "place, period… joined by '+'."),
    Column("sentence", pa.string(), "The sentence the figure stands in, as in the original "
           "text.", False),
)

DOCUMENTS = (
    Column("doc_id", pa.string(), "Id of the input record.", False),
    Column("source", pa.string(), "Where it was read from: file path, with line/row number "
           "for multi-record files.", False),
    Column("title", pa.string(), "Title, when the input has one."),
    Column("date", pa.date32(), "Publication date, when the input has one (used for "
           "\"в прошлом году\")."),
    Column("url", pa.string(), "URL, when the input has one."),
    Column("date_from", _CATEGORY, "Where `date` comes from: input (the record's date field or "
           "metadata) | url (the day in the URL's path, \"/2017-09-08/\", when the record has "
           "no date) | null (no date)."),
    Column("n_chars", pa.int32(), "Length of the text in characters.", False),
    Column("n_sentences", pa.int32(), "Sentences in the kept text (boilerplate removed).",
           False),
    Column("n_facts", pa.int32(), "Figures found.", False),
    Column("country", pa.string(), "The place the document is mostly about (used where "
           "a figure names no place)."),
    Column("status", _CATEGORY, "ok | error.", False),
    Column("error", pa.string(), "Why the record failed (names the file/line and the "
           "reason); null when ok."),
)

ENTITIES = (
    Column("doc_id", pa.string(), "Id of the input record.", False),
    Column("start", pa.int32(), "Character offset of the entity in the original text.", False),
    Column("end", pa.int32(), "End offset; text[start:end] == text column.", False),
    Column("type", _CATEGORY, "LOC | ORG | PER (Natasha NER).", False),
    Column("text", pa.string(), "The entity as written.", False),
    Column("normal", pa.string(), "Nominative normal form (gazetteer name for known places).",
           False),
)

TABLES = {"facts": FACTS, "documents": DOCUMENTS, "entities": ENTITIES}


def arrow_schema(table: str) -> pa.Schema:
    return pa.schema([c.field() for c in TABLES[table]],
                     metadata={"migextract.table": table,
                               "migextract.schema_version": SCHEMA_VERSION})


def data_dictionary(markdown: bool = False) -> str:
    """The data dictionary of every table, as plain text or as Markdown tables."""
    lines: list[str] = []
    for name, columns in TABLES.items():
        if markdown:
            lines += [f"### `{name}.parquet`", "", "| column | type | meaning |", "|---|---|---|"]
            lines += [f"| `{c.name}` | {_type_name(c)} | {c.description.replace('|', '/')} |"
                      for c in columns]
        else:
            lines += [f"{name}.parquet"]
            lines += [f"  {c.name:<16} {_type_name(c):<12} {c.description}" for c in columns]
        lines.append("")
    return "\n".join(lines)


def _type_name(column: Column) -> str:
    if pa.types.is_dictionary(column.type):
        return "category"
    return {"string": "string", "double": "float64", "int32": "int32",
            "date32[day]": "date"}.get(str(column.type), str(column.type))
