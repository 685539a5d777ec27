"""The `migextract` command line: extract, look at what was found and why, check rules."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .ruleload import RuleError, collector_paused

DESCRIPTION = """\
migextract finds every statistical figure in Russian press releases and news ("+7,3 тыс.
человек", "в 1,7 раза", "более 64 тыс.", "50%"), ties each figure to what it measures (subject,
indicator, place, period, breakdown, comparison base, speaker) and writes tidy Parquet tables.

Typical use:
  migextract extract articles/ -o out/          # a folder of .txt files
  migextract extract dump.jsonl -o out/         # one article per JSON line
  migextract show out/ --doc kz_migration       # read back what was found
  migextract explain "сальдо миграции составило +7,3 тыс. человек"
  migextract schema                             # what every column means
"""

EPILOG = "Run 'migextract COMMAND --help' for the options of one command."


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="migextract", description=DESCRIPTION, epilog=EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"migextract {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _extract_parser(commands)
    _show_parser(commands)
    _explain_parser(commands)
    _schema_parser(commands)
    _rules_parser(commands)
    _eval_parser(commands)
    return parser


def _formatter(prog: str) -> argparse.HelpFormatter:
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=32)


def _add_rules_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rules", type=Path, metavar="DIR",
                        help="rules directory to use instead of the built-in rules/ "
                             "(also: environment variable MIGEXTRACT_RULES)")


def _extract_parser(commands) -> None:
    from .readers import describe_formats

    p = commands.add_parser(
        "extract", formatter_class=_formatter,
        help="extract figures from files into Parquet tables",
        description="Read articles, find every figure with its context, and write "
                    "documents.parquet, facts.parquet and entities.parquet into OUT_DIR.\n\n"
                    + describe_formats() +
                    "\n\nA record that cannot be read (bad JSON line, empty text, undecodable "
                    "file) becomes a row of documents.parquet with status 'error' and the "
                    "reason; the others are processed. Exit status is 1 only when no record "
                    "at all could be read.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files or directories to read")
    p.add_argument("-o", "--out", required=True, type=Path, metavar="OUT_DIR",
                   help="directory for the Parquet tables (created if missing)")
    p.add_argument("--id-field", default="id", metavar="KEY",
                   help="JSON key / CSV column holding the article id (default: id)")
    p.add_argument("--text-field", default="text", metavar="KEY",
                   help="JSON key / CSV column holding the article text (default: text)")
    p.add_argument("--title-field", default="title", metavar="KEY", help="(default: title)")
    p.add_argument("--date-field", default="date", metavar="KEY", help="(default: date)")
    p.add_argument("--url-field", default="url", metavar="KEY", help="(default: url)")
    p.add_argument("--title-from-file-name", action="store_true",
                   help=".txt inputs: the file name, with '_' read as a space, is the article's "
                        "title (dumps such as TASS's name each file after its headline)")
    p.add_argument("--encoding", metavar="NAME", type=_encoding,
                   help="text encoding of the inputs (default: UTF-8, with cp1251 detected)")
    p.add_argument("--html", choices=("auto", "yes", "no"), default="auto",
                   help="strip HTML from texts: auto (when it looks like HTML), yes, no")
    p.add_argument("-w", "--workers", type=int, default=None, metavar="N",
                   help="worker processes, each loading the models once (default: all cores)")
    p.add_argument("--shard-size", type=int, default=1000, metavar="DOCS",
                   help="documents per output shard (default 1000). A run with more documents "
                        "writes partitioned datasets OUT_DIR/facts/part-*.parquet …; an "
                        "interrupted run restarted with the same command skips finished shards")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local processes (default) or a Dask cluster (needs migextract[dask])")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler address, e.g. tcp://host:8786 (default: start a "
                        "LocalCluster)")
    p.add_argument("--entities", choices=("speakers", "all"), default="speakers",
                   help="what the NER model reads, and so what entities.parquet lists: "
                        "speakers (default, fast): the names after source markers and quote "
                        "attributions, where figures get their speaker; all: every sentence "
                        "(several times slower). The facts are the same either way")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing but errors")
    _add_rules_option(p)
    p.set_defaults(run=_run_extract)


def _encoding(name: str) -> str:
    import codecs

    try:
        return codecs.lookup(name).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding: {name}") from None


def _show_parser(commands) -> None:
    p = commands.add_parser(
        "show", formatter_class=_formatter, help="print the figures found in an output directory",
        description="Print the figures of an output directory written by 'extract', one block "
                    "per figure: the span in its sentence, value and unit, and the context.")
    p.add_argument("out", type=Path, metavar="OUT_DIR")
    p.add_argument("--doc", metavar="DOC_ID", help="only this document")
    p.add_argument("--limit", type=int, default=50, help="at most this many figures (default 50)")
    p.set_defaults(run=_run_show)


def _explain_parser(commands) -> None:
    p = commands.add_parser(
        "explain", formatter_class=_formatter,
        help="show how a text is read: figures, rules that fired, numbers rejected",
        description="Run the pipeline on a text given on the command line (or --file) and "
                    "print every figure with the rules that built it and its context, then "
                    "every number that was rejected and the rule that rejected it. Meant for "
                    "debugging rules.")
    p.add_argument("text", nargs="?", help="Russian text to analyse")
    p.add_argument("--file", type=Path, help="read the text from this UTF-8 file instead")
    p.add_argument("--date", help="document date YYYY-MM-DD (for 'в прошлом году')")
    _add_rules_option(p)
    p.set_defaults(run=_run_explain)


def _schema_parser(commands) -> None:
    p = commands.add_parser("schema", formatter_class=_formatter,
                            help="print the data dictionary of the output tables",
                            description="Print every column of every output table with its "
                                        "type and meaning.")
    p.add_argument("--markdown", action="store_true", help="as Markdown tables")
    p.set_defaults(run=_run_schema)


def _rules_parser(commands) -> None:
    p = commands.add_parser("rules", formatter_class=_formatter, help="check the rule files",
                            description="Validate every rule file; an error names the file, "
                                        "the line and the key.")
    sub = p.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    check = sub.add_parser("check", help="load and validate all rule files")
    _add_rules_option(check)
    check.set_defaults(run=_run_rules_check)


def _eval_parser(commands) -> None:
    p = commands.add_parser(
        "eval", formatter_class=_formatter,
        help="score extraction against hand-annotated gold figures",
        description="Compare the pipeline's figures with a gold JSONL file (see "
                    "docs/annotation.md) and print precision, recall and F1 for value and "
                    "value+unit, accuracy of subject, place, period and qualifier, the "
                    "full-tuple F1 and the list of misses. GOLD_DIR holds documents.jsonl and "
                    "gold.jsonl (or subdirectories that do); CORPUS is the directory the "
                    "documents' 'source' paths are relative to.")
    p.add_argument("gold", type=Path, nargs="+", metavar="GOLD_DIR")
    p.add_argument("--corpus", type=Path, default=Path("../shared/corpus"),
                   help="root for document sources (default: ../shared/corpus)")
    p.add_argument("--misses", type=int, default=30, help="how many misses to list (default 30)")
    p.add_argument("--misses-field", metavar="FIELD",
                   help="list only the matched figures whose FIELD disagrees with the gold "
                        "(gold ≠ got), instead of the missed figures, false positives and "
                        "tuple disagreements: one of subject, place, period, qualifier, "
                        "indicator, direction, speaker, partner, unit (e.g. --misses-field "
                        "speaker --misses 100)")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--second-annotation", type=Path, nargs="+", metavar="DIR",
                   help="instead of running the pipeline, score these gold directories (a "
                        "second annotator's lines for some of GOLD_DIR's documents) against "
                        "GOLD_DIR: inter-annotator agreement in the same metrics")
    p.add_argument("--only-documents-of", type=Path, nargs="+", metavar="DIR",
                   help="score only the documents listed in these directories' "
                        "documents.jsonl")
    _add_rules_option(p)
    p.set_defaults(run=_run_eval)


# --- commands ------------------------------------------------------------------------------

def _run_extract(args: argparse.Namespace) -> int:
    with collector_paused():  # the pipeline's modules compile their patterns on import
        from .batch import run_extract
        from .readers import FieldMap

    fields = FieldMap(id=args.id_field, text=args.text_field, title=args.title_field,
                      date=args.date_field, url=args.url_field,
                      title_from_file_name=args.title_from_file_name)
    summary = run_extract(args.inputs, args.out, fields=fields, encoding=args.encoding,
                          html=args.html, rules_dir=args.rules, quiet=args.quiet,
                          workers=args.workers, shard_size=args.shard_size,
                          engine=args.engine, scheduler=args.scheduler,
                          entities=args.entities)
    if summary.documents_ok == 0:
        print(f"migextract: nothing could be read from {' '.join(args.inputs)}"
              f" ({summary.documents_error} record(s) failed; see "
              f"{args.out / 'documents.parquet'})", file=sys.stderr)
        return 1
    if not args.quiet:
        print(summary.report())
    return 0


def _run_show(args: argparse.Namespace) -> int:
    from .show import show_facts

    print(show_facts(args.out, args.doc, args.limit))
    return 0


def _run_explain(args: argparse.Namespace) -> int:
    from .explain import explain

    if args.file:
        text = args.file.read_text(encoding="utf-8")
    elif args.text:
        text = args.text
    else:
        print("migextract explain: give a text or --file", file=sys.stderr)
        return 2
    print(explain(text, date=args.date, rules_dir=args.rules))
    return 0


def _run_schema(args: argparse.Namespace) -> int:
    from .schema import data_dictionary

    print(data_dictionary(markdown=args.markdown))
    return 0


def _run_rules_check(args: argparse.Namespace) -> int:
    from .rules import default_rules_dir, load_rules

    rules = load_rules(args.rules)
    directory = args.rules or default_rules_dir()
    print(f"{directory}: ok — {len(rules.grammar.exclusions)} exclusion rules, "
          f"{len(rules.grammar.units) + len(rules.grammar.currencies)} units and currencies, "
          f"{len(rules.gazetteer.places)} places, {len(rules.indicators.indicators)} indicators, "
          f"{len(rules.boilerplate)} boilerplate markers")
    return 0


def _run_eval(args: argparse.Namespace) -> int:
    from .evaluate import FIELDS, agreement_dirs, evaluate_dirs, format_report

    if args.misses_field is not None and args.misses_field not in FIELDS:
        print(f"migextract eval: --misses-field must be one of {', '.join(FIELDS)}",
              file=sys.stderr)
        return 2
    if args.second_annotation:
        report = agreement_dirs(args.gold, args.second_annotation, args.corpus)
    else:
        report = evaluate_dirs(args.gold, args.corpus, rules_dir=args.rules,
                               only_documents_of=args.only_documents_of)
    print(format_report(report, misses=args.misses, as_json=args.json, field=args.misses_field))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return args.run(args)
    except RuleError as err:
        print(f"migextract: rule error: {err}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as err:
        print(f"migextract: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("migextract: interrupted; tables already written are complete, the one being "
              "written was not replaced", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
