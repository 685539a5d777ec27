"""NEREL recall (src/migextract/nerel.py): the independent span-value parser, the brat reader,
and recall floors on the whole corpus in ../shared/corpus/nerel (skipped when it is absent).

The floors sit a little below the figures measured when they were set; a regression of the
grammar fails the test and prints the misses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from migextract.nerel import (
    CorpusError,
    Expected,
    Span,
    evaluate,
    figures,
    format_report,
    load_corpus,
    main,
    not_figure_reason,
    span_value,
    summary,
)
from migextract.pipeline import extract_document
from migextract.records import SourceRecord

NEREL = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "nerel"

# measured 2026-11-26 on all 840 documents: PERCENT 1.000, MONEY 1.000, NUMBER-digits 0.993,
# NUMBER-words 0.777; spans no figure overlaps: DATE-calendar 0.990, ORDINAL 0.972
RECALL_FLOORS = {"PERCENT": 0.97, "MONEY": 0.97, "NUMBER-digits": 0.98, "NUMBER-words": 0.75}
CLEAN_FLOORS = {"DATE-calendar": 0.98, "ORDINAL": 0.96}


@pytest.fixture(scope="module")
def nerel_docs():
    if not NEREL.is_dir():
        pytest.skip(f"NEREL corpus not found at {NEREL} (../shared/corpus/nerel beside the repo)")
    return load_corpus(NEREL, "all")


@pytest.fixture(scope="module")
def nerel_report(nerel_docs, rules):
    return evaluate(nerel_docs, rules)


# --- the independent parser ---------------------------------------------------------------

@pytest.mark.parametrize("text, low, high", [
    ("8,1 млн долларов", 8.1e6, None),
    ("8,1 миллиона долларов", 8.1e6, None),
    ("$3 млрд", 3e9, None),
    ("480 000 долларов", 480000, None),
    ("480\u00a0000 долларов", 480000, None),
    ("1\u202f234,5 тыс. рублей", 1234500, None),
    ("1.844.036", 1844036, None),
    ("около 2,2 трлн руб.", 2.2e12, None),
    ("более 90 %", 90, None),
    ("75&nbsp;%", 75, None),
    ("95 % процентов", 95, None),
    ("более чем 24,2 процентами", 24.2, None),
    ("на пять процентов", 5, None),
    ("менее одного процента", 1, None),
    ("сто двадцать пять тысяч", 125000, None),
    ("Пятьсот тридцать четыре дня", 534, None),
    ("двух километрах", 2, None),
    ("полтора миллиона", 1.5e6, None),
    ("миллион долларов", 1e6, None),
    ("четверо", 4, None),
    ("дважды", 2, None),
    ("минус 5", -5, None),
    ("-3,5%", -3.5, None),
    ("4-х миллионов", 4e6, None),
    ("более 260-ти", 260, None),
    ("десять из десяти", 10, None),
    ("21 метр 36 сантиметров", 21, None),
    ("50-70 млн рублей", 50e6, 70e6),
    ("от 30 тыс. до 50 тыс. руб.", 30000, 50000),
    ("от 3 тыс. рублей до 5 тыс. рублей", 3000, 5000),
    ("от четырех до пяти тысяч рублей", 4000, 5000),
])
def test_span_value(text, low, high):
    assert span_value(text) == Expected(low, low if high is None else high)


@pytest.mark.parametrize("text", ["несколько тысяч", "миллиарды долларов", "десятки тысяч",
                                  "две трети", "более чем половиной миллиарда", "3/4",
                                  "восьмизначную сумму", "долларах", "евро"])
def test_span_value_refuses_what_it_cannot_value(text):
    assert span_value(text) is None


@pytest.mark.parametrize("text, before, reason", [
    ("2", "со счётом 1:", "score"),
    ("26", "дома ", "address"),
    ("1", "школу №", "number sign"),
    ("15", "винтовки AR-", "code"),
    ("4", "белый iPhone ", "name"),
    ("70-й", "", "ordinal"),
    ("почти 10-летней", "после ", "compound word"),
    ("более 260-ти", "погибли, ", None),
    ("44,7 тысячи", "за Кокрела - ", None),
    ("73", "ещё ", None),
])
def test_not_figure_reason(text, before, reason):
    doc = before + text + " конец"
    span = Span("T1", "NUMBER", len(before), len(before) + len(text), text)
    assert not_figure_reason(doc, span) == reason


# --- the corpus reader and the command -----------------------------------------------------

_TINY = "Дом продан за 8,1 млн долларов.\r\nИз 5 ходов\u00a0— 2 лишних, 3-й удачный; с 1 мая.\n"


def _at(piece: str) -> str:
    start = _TINY.index(piece)
    return f"{start} {start + len(piece)}"


def _tiny_corpus(root: Path) -> Path:
    may, s = _TINY.index("мая"), _TINY.index("с 1")
    ann = (f"T1\tMONEY {_at('8,1 млн долларов')}\t8,1 млн долларов\n"
           f"T2\tNUMBER {_at('5')}\t5\n"
           f"T3\tNUMBER {_at('2 лишних').split()[0]} {_TINY.index('2 лишних') + 1}\t2\n"
           f"T4\tORDINAL {_at('3-й')}\t3-й\n"
           f"T5\tDATE {may} {may + 3};{s} {s + 3}\tмая с 1\n"  # fragments out of order
           f"T6\tPERSON {_at('Дом')}\tДом\n"
           "R1\tPRICE_OF Arg1:T1 Arg2:T6\n")
    for split in ("train", "dev"):
        (root / split).mkdir(parents=True)
    (root / "dev" / "a.txt").write_bytes(_TINY.encode("utf-8"))
    (root / "dev" / "a.ann").write_text(ann, encoding="utf-8")
    return root


def test_reader_offsets_and_fragments(tmp_path):
    root = _tiny_corpus(tmp_path / "nerel")
    [doc] = load_corpus(root, "dev")
    assert doc.text == _TINY  # read with newline="": "\r\n" kept, offsets hold
    spans = {s.id: s for s in doc.spans}
    assert set(spans) == {"T1", "T2", "T3", "T4", "T5"}  # PERSON is not read
    for span in spans.values():
        assert doc.text[span.start:span.end].startswith(span.text.split()[0][:1])
    assert doc.text[spans["T1"].start:spans["T1"].end] == "8,1 млн долларов"
    assert (spans["T5"].start, spans["T5"].end) == (_TINY.index("с 1"), _TINY.index("мая") + 3)
    assert spans["T5"].text == "с 1 мая"
    with pytest.raises(CorpusError, match="no .ann files"):
        load_corpus(root, "train")


def test_command_on_a_tiny_corpus(tmp_path, capsys):
    root = _tiny_corpus(tmp_path / "nerel")
    assert main([str(root), "--split", "dev", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["recall"]["MONEY"]["recalled"] == 1
    assert result["recall"]["NUMBER-digits"]["spans"] == 2
    assert result["precision_against"]["ORDINAL"]["spans"] == 1
    assert main([str(root), "--split", "dev", "--misses", "5"]) == 0
    assert "MONEY" in capsys.readouterr().out


@pytest.mark.parametrize("make", ["missing", "no_split", "bad_line", "bad_offsets"])
def test_bad_corpus_is_a_clear_error(tmp_path, capsys, make):
    root = tmp_path / "nerel"
    if make != "missing":
        _tiny_corpus(root)
    if make == "no_split":
        (root / "train").rmdir()
    if make == "bad_line":
        (root / "dev" / "a.ann").write_text("T1\tMONEY x y\t?\n", encoding="utf-8")
    if make == "bad_offsets":
        (root / "dev" / "a.ann").write_text("T1\tMONEY 10 9999\t?\n", encoding="utf-8")
    assert main([str(root)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "Traceback" not in err


# --- on the corpus -------------------------------------------------------------------------

def test_recall_floors(nerel_docs, nerel_report):
    result = summary(nerel_report)
    assert result["docs"] == len(nerel_docs) >= 800
    report = format_report(nerel_report, nerel_docs, misses=40)
    for kind, floor in RECALL_FLOORS.items():
        assert result["recall"][kind]["recall"] >= floor, f"{kind} recall fell\n{report}"
    for kind, floor in CLEAN_FLOORS.items():
        assert result["precision_against"][kind]["clean"] >= floor, f"{kind} fell\n{report}"


def test_figures_are_the_pipeline_facts(nerel_docs, rules):
    """The fast path (no NER, no context) reports exactly the quantities of extract_document."""
    docs = [d for d in nerel_docs if d.name.startswith("dev/")][:12]
    assert docs
    for doc in docs:
        fast, _refused = figures(doc.text, rules)
        result = extract_document(SourceRecord(doc.name, doc.text, doc.name), rules)
        assert result.status == "ok", result.error
        assert fast == [f.quantity for f in result.facts], doc.name
