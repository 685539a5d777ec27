"""Score the pipeline against hand-annotated gold figures (format: docs/annotation.md).

Matching: a predicted figure matches a gold figure when their spans overlap and their values are
equal; each gold figure is matched at most once (nearest start first). Metrics:

- value P/R/F1: matched pairs over predicted / gold figures (gold marked optional count neither
  as a hit nor as a miss, and predictions matching them are not false positives);
- value+unit P/R/F1: the same, a pair counting only when the units are equal too;
- subject / place / period / qualifier / indicator / direction / speaker accuracy: over
  value-matched pairs, the share whose attribute agrees (subjects: same indicator, or lemma
  Dice ≥ 0.5; speakers: lemma Dice ≥ 0.5, so "Ертаев" agrees with "Аскарбек Ертаев"; in both a
  capital abbreviation stands for the words whose initials spell it ("ВШЭ" ~ "Высшая школа
  экономики", "НДС" ~ "налог на добавленную стоимость"); places:
  same ISO code, or same name lemmas; periods: same start and end dates);
- full-tuple F1: a pair counts only when value, unit, subject, place, period and qualifier all
  agree.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

import regex

from .morph import WORD, word_info
from .pipeline import extract_document
from .records import Context, Fact, Quantity, SourceRecord
from .rules import Rules, load_rules

ATTRIBUTES = ("subject", "place", "period", "qualifier", "indicator", "direction", "speaker",
              "partner")
TUPLE = ("unit", "subject", "place", "period", "qualifier")


class GoldError(ValueError):
    """A gold or manifest file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class GoldDoc:
    doc: str
    text: str
    date: str | None
    figures: tuple[dict, ...]
    title: str | None = None  # as a real run reads it: the record's title, or the manifest's


def load_gold(directory: Path, corpus: Path) -> list[GoldDoc]:
    """Every documents.jsonl + gold.jsonl pair under `directory` (itself or subdirectories)."""
    manifests = sorted(directory.rglob("documents.jsonl"))
    if not manifests:
        raise GoldError(f"{directory}: no documents.jsonl found")
    docs: list[GoldDoc] = []
    for manifest in manifests:
        figures = _figures_by_doc(manifest.with_name("gold.jsonl"))
        for line_no, entry in _jsonl(manifest):
            text, title = _document_text(entry, corpus, f"{manifest}:{line_no}")
            docs.append(GoldDoc(entry["doc"], text, entry.get("date"),
                                tuple(figures.get(entry["doc"], ())), entry.get("title", title)))
    return docs


def _jsonl(path: Path):
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise GoldError(f"{path}: {err}") from err
    for n, line in enumerate(lines, 1):
        if line.strip():
            try:
                yield n, json.loads(line)
            except json.JSONDecodeError as err:
                raise GoldError(f"{path}:{n}: invalid JSON: {err}") from err


def _figures_by_doc(path: Path) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for n, figure in _jsonl(path):
        for key in ("period_start", "period_end"):
            _check_date(figure.get(key), f"{path}:{n}: {key}")
        out[figure["doc"]].append(figure)
    return out


def _check_date(value, where: str) -> None:
    """Gold dates are ISO dates or null; a malformed one would silently never agree."""
    if value is None:
        return
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError) as err:
        raise GoldError(f"{where}: {value!r} is not an ISO date (YYYY-MM-DD) or null") from err


def _document_text(entry: dict, corpus: Path, where: str) -> tuple[str, str | None]:
    """The text the gold offsets index, and the title of its record when it has one."""
    source = corpus / entry["source"]
    try:
        if "member" not in entry:
            with open(source, encoding="utf-8", newline="") as handle:
                return handle.read(), None
        with zipfile.ZipFile(source) as archive:
            raw = archive.read(entry["member"]).decode("utf-8")
        if "line" not in entry:
            return raw, None
        record = json.loads(io.StringIO(raw, newline="").readlines()[entry["line"] - 1])
        return record[entry.get("field", "content")], record.get("title")
    except (OSError, KeyError, IndexError, zipfile.BadZipFile, json.JSONDecodeError) as err:
        raise GoldError(f"{where}: cannot read document {entry.get('doc')}: {err}") from err


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    value_tp: int = 0
    unit_tp: int = 0
    tuple_tp: int = 0
    agree: dict[str, int] = field(default_factory=lambda: dict.fromkeys(ATTRIBUTES, 0))
    misses: list[str] = field(default_factory=list)
    false_positives: list[str] = field(default_factory=list)
    disagreements: list[str] = field(default_factory=list)
    # every field's disagreements, the accuracy fields and unit ("speaker" → its lines)
    field_misses: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


def evaluate_docs(docs: list[GoldDoc], rules: Rules) -> Counts:
    counts = Counts()
    for doc in docs:
        result = extract_document(SourceRecord(doc.doc, doc.text, doc.doc, title=doc.title,
                                               date=doc.date), rules)
        _score_doc(doc, result.facts, counts)
    return counts


def agreement_dirs(reference_dirs: list[Path], second_dirs: list[Path], corpus: Path) -> Counts:
    """Score a second, independent annotation of some reference documents exactly as the
    pipeline is scored: the reference gold is the gold, the second annotator's lines are the
    predictions. A figure the second annotator marked optional is a prediction only where the
    reference has a scored figure there, so optional lines are never false positives."""
    reference = {doc.doc: doc for d in reference_dirs for doc in load_gold(d, corpus)}
    counts = Counts()
    for second in (doc for d in second_dirs for doc in load_gold(d, corpus)):
        first = reference.get(second.doc)
        if first is None:
            raise GoldError(f"{second.doc}: the second annotation has a document the reference "
                            "gold does not")
        if first.text != second.text:
            raise GoldError(f"{second.doc}: the two annotations index different texts")
        scored = [g for g in first.figures if not g.get("optional")]
        lines = [g for g in second.figures if not g.get("optional")
                 or any(_overlaps(f, g["start"], g["end"]) for f in scored)]
        _score_doc(first, [_as_fact(second.doc, n, g) for n, g in enumerate(lines)], counts)
    return counts


def _as_fact(doc: str, n: int, line: dict) -> Fact:
    """A gold line in the shape of a pipeline fact, for the fields the scorer reads."""
    quantity = Quantity(line["start"], line["end"], line["value"], line.get("value_min"),
                        line.get("value_max"), line.get("qualifier"), line.get("unit"),
                        line.get("counted"), (), line["start"], line["end"])
    context = Context(
        subject=line.get("subject"), indicator=line.get("indicator"),
        breakdown=line.get("breakdown"), place=line.get("place"),
        place_code=line.get("place_code"), partner=line.get("partner"),
        period_start=_date(line.get("period_start")), period_end=_date(line.get("period_end")),
        comparison=line.get("comparison"), direction=line.get("direction"),
        speaker=line.get("speaker"))
    return Fact(doc, f"{doc}:{n}", 0, quantity, line["quote"], context, None, "")


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _score_doc(doc: GoldDoc, facts: tuple[Fact, ...] | list[Fact], counts: Counts) -> None:
    predicted = list(facts)
    used: set[int] = set()
    for gold in doc.figures:
        match = _find_match(gold, predicted, used)
        if match is None:
            if not gold.get("optional"):
                counts.gold += 1
                counts.misses.append(f"{doc.doc} {gold['start']}: {gold['quote']!r} = "
                                     f"{gold['value']} {gold.get('unit')}")
            continue
        used.add(match)
        if gold.get("optional"):
            continue
        counts.gold += 1
        _score_pair(doc.doc, gold, predicted[match], counts)
    for i, fact in enumerate(predicted):
        if i in used:
            continue
        counts.predicted += 1
        counts.false_positives.append(f"{doc.doc} {fact.quantity.start}: {fact.span!r} = "
                                      f"{fact.quantity.value:g} {fact.quantity.unit}")
    counts.predicted += sum(1 for i in used if not _is_optional(doc, predicted[i]))


def _is_optional(doc: GoldDoc, fact: Fact) -> bool:
    return any(g.get("optional") and _overlaps(g, fact.quantity.start, fact.quantity.end)
               for g in doc.figures)


def _overlaps(gold: dict, start: int, end: int) -> bool:
    return start < gold["end"] and gold["start"] < end


def _find_match(gold: dict, predicted: list[Fact], used: set[int]) -> int | None:
    options = [i for i, f in enumerate(predicted) if i not in used
               and _overlaps(gold, f.quantity.start, f.quantity.end)
               and _same_value(gold["value"], f.quantity.value)]
    return min(options, key=lambda i: abs(predicted[i].quantity.start - gold["start"]),
               default=None)


def _same_value(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _score_pair(doc: str, gold: dict, fact: Fact, counts: Counts) -> None:
    counts.value_tp += 1
    agreed = {name: _agree(name, gold, fact) for name in ATTRIBUTES + ("unit",)}
    counts.unit_tp += agreed["unit"]
    counts.tuple_tp += all(agreed[name] for name in TUPLE)
    for name in ATTRIBUTES:
        counts.agree[name] += agreed[name]
    lines = {name: f"{doc} {gold['start']} {gold['quote']!r} {name}: gold "
                   f"{_show(name, gold)!r} ≠ got {_show_fact(name, fact)!r}"
             for name, agrees in agreed.items() if not agrees}
    for name, line in lines.items():
        counts.field_misses[name].append(line)
    counts.disagreements += [lines[name] for name in TUPLE if name in lines]


def _show(name: str, gold: dict):
    if name == "period":
        return (gold.get("period_start"), gold.get("period_end"))
    return gold.get(name)


def _show_fact(name: str, fact: Fact):
    c, q = fact.context, fact.quantity
    if name == "period":
        return (_iso(c.period_start), _iso(c.period_end))
    return {"unit": q.unit, "qualifier": q.qualifier, "subject": c.subject, "place": c.place,
            "indicator": c.indicator, "direction": c.direction, "speaker": c.speaker,
            "partner": c.partner}[name]


def _iso(day) -> str | None:
    return day.isoformat() if day else None


def _agree(name: str, gold: dict, fact: Fact) -> bool:
    c, q = fact.context, fact.quantity
    if name == "unit":
        return gold.get("unit") == q.unit
    if name == "qualifier":
        return gold.get("qualifier") == q.qualifier
    if name == "direction":
        return gold.get("direction") == c.direction
    if name == "indicator":
        return gold.get("indicator") == c.indicator
    if name == "period":
        return (gold.get("period_start"), gold.get("period_end")) == (
            _iso(c.period_start), _iso(c.period_end))
    if name == "place":
        return _same_place(gold, c.place, c.place_code)
    if name == "speaker":
        return _same_speaker(gold.get("speaker"), c.speaker)
    if name == "partner":
        return _same_place({"place": gold.get("partner")}, c.partner, None)
    return _same_subject(gold, c.subject, c.indicator)


def _same_place(gold: dict, place: str | None, code: str | None) -> bool:
    """Places agree when their codes are equal, or (without codes) their name lemmas are, not
    counting generic words like "муниципальный"."""
    if gold.get("place") is None or place is None:
        return gold.get("place") is None and place is None
    if gold.get("place_code") and code:
        return gold["place_code"] == code
    return set(lemmas(gold["place"])) - _GENERIC_PLACE_WORDS == \
        set(lemmas(place)) - _GENERIC_PLACE_WORDS


def _same_subject(gold: dict, subject: str | None, indicator: str | None) -> bool:
    """Subjects agree when both are empty, when both name the same defined indicator, or when
    their content-word lemma sets overlap with a Dice coefficient 2|A∩B|/(|A|+|B|) ≥ 0.5
    ("заработная плата" agrees with "среднемесячная номинальная заработная плата"), a capital
    abbreviation counting as the words it spells, as for speakers ("НДС" ~ "налог на
    добавленную стоимость")."""
    if gold.get("subject") is None or subject is None:
        return gold.get("subject") is None and subject is None
    if gold.get("indicator") and gold.get("indicator") == indicator:
        return True
    return _name_dice(gold["subject"], subject) >= 0.5


def _same_speaker(gold: str | None, speaker: str | None) -> bool:
    """Speakers agree when both are absent or their lemma sets have a Dice coefficient ≥ 0.5:
    a surname agrees with the full name, "Росстат" does not agree with "Минтруд". An
    abbreviation written in capitals counts as the same word as a run of words in the other
    name whose initials spell it ("ВШЭ" ~ "Высшая школа экономики", "МВД России" ~
    "Министерство внутренних дел России"); nothing else is expanded."""
    if gold is None or speaker is None:
        return gold is None and speaker is None
    return _name_dice(gold, speaker) >= 0.5


def _name_dice(a_phrase: str, b_phrase: str) -> float:
    """Lemma Dice of two phrases, abbreviations folded onto the words they spell."""
    a, b = _content_words(a_phrase), _content_words(b_phrase)
    a, b = _fold_abbreviations(a, b), _fold_abbreviations(b, a)
    return _set_dice({lemma for _, lemma in a}, {lemma for _, lemma in b})


# An abbreviation: 2–6 capital letters, nothing else ("МВД", "ВЦИОМ", "NED"; not "Роструд").
_ABBREVIATION = regex.compile(r"[[:upper:]]{2,6}")


def _fold_abbreviations(words: list[tuple[str, str]], other: list[tuple[str, str]]
                        ) -> list[tuple[str, str]]:
    """`words` with every run whose initials spell a capital abbreviation of `other` replaced by
    that abbreviation's lemma, so the two names share it. Function words ("по", "и") are not in
    the lists, so "Министерство по чрезвычайным ситуациям" spells "МЧС"."""
    for written, lemma in other:
        if not _ABBREVIATION.fullmatch(written):
            continue
        size = len(written)
        for start in range(len(words) - size + 1):
            run = words[start:start + size]
            if "".join(w[0] for w, _ in run).upper() == written:
                words = words[:start] + [(written, lemma)] + words[start + size:]
                break
    return words


def _set_dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 0.0


# "Костромской район" and "Костромской муниципальный район" name the same place.
_GENERIC_PLACE_WORDS = {"муниципальный", "городской", "сельский", "административный"}
_FUNCTION = {"PREP", "CONJ", "PRCL"}


def lemmas(phrase: str) -> tuple[str, ...]:
    return tuple(lemma for _, lemma in _content_words(phrase))


def _content_words(phrase: str) -> list[tuple[str, str]]:
    """(word as written, lemma) for the words of `phrase` that are not prepositions,
    conjunctions or particles."""
    out = []
    for word in WORD.findall(phrase):
        info = word_info(word)
        if info.pos not in _FUNCTION:
            out.append((word, info.lemma))
    return out


# --- report --------------------------------------------------------------------------------

def _prf(tp: int, predicted: int, gold: int) -> dict[str, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def scores(counts: Counts) -> dict:
    matched = counts.value_tp or 1
    return {
        "gold_figures": counts.gold,
        "predicted_figures": counts.predicted,
        "value": _prf(counts.value_tp, counts.predicted, counts.gold),
        "value_unit": _prf(counts.unit_tp, counts.predicted, counts.gold),
        "accuracy": {name: counts.agree[name] / matched for name in ATTRIBUTES},
        "full_tuple": _prf(counts.tuple_tp, counts.predicted, counts.gold),
    }


def evaluate_dirs(gold_dirs: list[Path], corpus: Path, rules_dir: Path | None = None,
                  only_documents_of: list[Path] | None = None) -> Counts:
    """Score the pipeline on the gold of `gold_dirs`; with `only_documents_of`, on the documents
    the manifests (documents.jsonl) under those directories list, and no others."""
    docs = [doc for d in gold_dirs for doc in load_gold(d, corpus)]
    if only_documents_of:
        wanted = {entry["doc"] for d in only_documents_of
                  for manifest in sorted(d.rglob("documents.jsonl"))
                  for _, entry in _jsonl(manifest)}
        docs = [doc for doc in docs if doc.doc in wanted]
    return evaluate_docs(docs, load_rules(rules_dir))


FIELDS = ATTRIBUTES + ("unit",)  # the fields whose misses `format_report` can list alone


def format_report(counts: Counts, misses: int = 30, as_json: bool = False,
                  field: str | None = None) -> str:
    """The scores, then up to `misses` lines of each list: figures missed, false positives and
    disagreements in the tuple fields; with `field` (one of FIELDS), only the matched figures
    whose `field` disagrees with the gold ("speaker: gold 'Росстат' ≠ got None")."""
    if field is not None and field not in FIELDS:
        raise ValueError(f"no field {field!r}; one of {', '.join(FIELDS)}")
    result = scores(counts)
    if as_json:
        return json.dumps(result, indent=2, ensure_ascii=False)
    lines = [f"gold figures {result['gold_figures']}, predicted {result['predicted_figures']}"]
    for name in ("value", "value_unit", "full_tuple"):
        s = result[name]
        lines.append(f"{name:<11} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}")
    lines.append("accuracy on matched figures: " + "  ".join(
        f"{k} {v:.3f}" for k, v in result["accuracy"].items()))
    listed = ((f"{field} misses", counts.field_misses.get(field, [])),) if field else (
        ("missed", counts.misses), ("false positives", counts.false_positives),
        ("disagreements", counts.disagreements))
    for title, items in listed:
        if items and misses:
            lines.append(f"\n{title} ({len(items)}):")
            lines += [f"  {item}" for item in items[:misses]]
    return "\n".join(lines)


__all__ = ["FIELDS", "evaluate_dirs", "agreement_dirs", "format_report", "scores", "load_gold",
           "GoldError", "asdict"]
