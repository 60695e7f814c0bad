"""``counterweight export``, ``import`` and ``validate``: moving and checking decision files.

Besides the JSON exchange format, ``export`` writes an Excel workbook (``--format
xlsx``) or a CSV file (``--format csv``: the score matrix, or with ``--csv-layout
long`` the long format that ``import`` reads), and ``import`` also reads the
spreadsheet template (``.xlsx``) and long CSV files (see docs/spreadsheets.md).
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from counterweight import __version__
from counterweight.cli.output import print_lines, write_json_text
from counterweight.domain import Decision
from counterweight.domain.errors import CounterweightError, InvalidInputError

# The engine, storage and services are imported inside the commands, so that
# ``--help`` and ``--version`` do not pay for loading them.

#: Formats ``export --format`` accepts. Add a name here and a branch in
#: :func:`run_export` to offer another one.
EXPORT_FORMATS = ["json", "xlsx", "csv"]  # issue 5: spreadsheets

#: ``--csv-layout`` choices (issue 5): the matrix to read, or the long format ``import`` reads.
CSV_LAYOUTS = ["matrix", "long"]

#: ``-o -`` writes the export to standard output.
STDOUT = "-"

_TEXT_WIDTH = 100


def register(commands: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the ``export``, ``import`` and ``validate`` subcommands."""
    parents = list(parents)

    exp = commands.add_parser(
        "export",
        parents=parents,
        help="write a decision to an exchange file (JSON), an Excel workbook or CSV",
        description=(
            "Write the decision held in FILE (a .counterweight project or a .json decision file) "
            "as a Counterweight exchange file (json), an Excel workbook with the matrix, weights, "
            "results and rationales that 'import' can read back (xlsx), or a CSV file (csv: the "
            "score matrix, or with --csv-layout long the format 'import' reads). FILE is only "
            "read, never changed. An existing output file is replaced only with --force."
        ),
    )
    exp.add_argument("file", metavar="FILE", help="a .counterweight project or a .json decision file")
    exp.add_argument("--format", choices=EXPORT_FORMATS, default=None,
                     help="output format (default: from OUT's ending, .xlsx or .csv, otherwise json)")
    exp.add_argument("--csv-layout", choices=CSV_LAYOUTS, default=None,
                     help="CSV exports only (--format csv, or OUT ending in .csv): 'matrix' (options x "
                          "criteria, the default; for reading, it does not import) or 'long' (one row per "
                          "score, as 'import' reads)")
    exp.add_argument("-o", "--output", required=True, metavar="OUT", help="file to write ('-' for standard output)")
    exp.add_argument("--force", action="store_true", help="replace OUT if it already exists")
    exp.set_defaults(run=run_export)

    imp = commands.add_parser(
        "import",
        parents=parents,
        help="create a .counterweight project from a decision file (JSON) or a spreadsheet (XLSX, CSV)",
        description=(
            "Create the project OUT from IN: a decision file (.json), a workbook in the "
            "Counterweight template layout (.xlsx; see 'counterweight template') or a long-format "
            "CSV file (.csv). Nothing is written if IN is not valid; every problem in a "
            "spreadsheet is listed with its sheet, row and column. '.counterweight' is added to "
            "OUT when missing. An existing project is replaced only with --force."
        ),
    )
    imp.add_argument("file", metavar="IN", help="a decision file (.json) or a spreadsheet (.xlsx, .csv)")
    imp.add_argument("-o", "--output", required=True, metavar="OUT.counterweight", help="project file to create")
    imp.add_argument("--force", action="store_true", help="replace OUT if it already exists")
    imp.set_defaults(run=run_import)

    val = commands.add_parser(
        "validate",
        parents=parents,
        help="check that a decision file opens and is consistent",
        description=(
            "Check FILE (a .counterweight project or a .json decision file): print "
            "'OK: <title> — N options, M criteria, K scores' and any warnings about the "
            "evaluation (missing scores, zero weights...). Exit status 0 when the file is "
            "valid, 2 when it is not; with --strict, 1 when it is valid but has warnings. "
            "The file is only read, never changed."
        ),
    )
    val.add_argument("file", metavar="FILE", help="a .counterweight project or a .json decision file")
    val.add_argument("--strict", action="store_true", help="exit with status 1 if there are warnings")
    val.set_defaults(run=run_validate)


def refuse_overwrite(target: Path, force: bool) -> None:
    """Refuse to replace an existing ``target`` unless ``--force`` was given (exit status 2).

    A folder is never replaced, ``--force`` or not: the writer names it as a folder,
    rather than this suggesting a ``--force`` that could not help.
    """
    if target.exists() and not target.is_dir() and not force:
        raise CounterweightError("already exists; add --force to replace it", where=str(target))


_refuse_overwrite = refuse_overwrite  # the name the commands of this module use


def refuse_stdout(output: str, what: str) -> None:
    """Refuse ``-o -`` for an output that can only be a file; ``what`` says what would be written."""
    if output == STDOUT:
        raise CounterweightError(f"{what} is written to a file, not to standard output; give a file name after -o",
                                 where="-o -")


def _csv_layout(layout: str | None, fmt: str) -> str:
    """The CSV layout to write; ``--csv-layout`` with another format is refused rather than ignored."""
    if layout is not None and fmt != "csv":
        raise CounterweightError(f"applies to CSV files only, and this export writes {fmt.upper()}; leave out "
                                 "--csv-layout, or ask for CSV (--format csv, or a name ending in .csv)",
                                 where="--csv-layout")
    return layout or "matrix"


def _export_format(chosen: str | None, output: str) -> str:
    """The format to write: ``--format`` if given, else the one OUT's ending names (JSON otherwise).

    A ``--format`` that contradicts OUT's ending (JSON into ``brief.xlsx``) is refused: the file
    would not open in the program its name promises, and ``import`` would reject it later.
    """
    ending = Path(output).suffix.lower().lstrip(".") if output != STDOUT else ""
    by_ending = ending if ending in EXPORT_FORMATS else None
    if chosen is None:
        return by_ending or "json"
    if by_ending is not None and by_ending != chosen:
        raise CounterweightError(f"the name ends in .{by_ending} but --format {chosen} writes {chosen.upper()}; "
                                 f"end the name in .{chosen} or leave out --format", where=output)
    return chosen


def run_export(args: argparse.Namespace) -> int:
    """Carry out ``counterweight export``; returns the exit status."""
    from counterweight.services import exchange
    from counterweight.services.projects import export_json, load_decision
    from counterweight.services.workspace import PROJECT_SUFFIX

    args.format = _export_format(args.format, args.output)
    args.csv_layout = _csv_layout(args.csv_layout, args.format)
    decision = load_decision(args.file)
    if args.format in ("xlsx", "csv"):  # issue 5: spreadsheets
        return _export_spreadsheet(decision, args)
    if args.format != "json":  # pragma: no cover - argparse only lets registered formats through
        raise CounterweightError(f"the export format {args.format!r} is not supported", where=args.file)
    if args.output == STDOUT:
        text = exchange.dumps(decision, exported_at=exchange.now(), app_version=__version__)
        write_json_text(text)
        return 0
    target = Path(args.output)
    if target.suffix.lower() == PROJECT_SUFFIX:
        raise CounterweightError(
            f"an export is a .json file, not a project; choose a name ending in {exchange.FILE_SUFFIX}",
            where=str(target),
        )
    _refuse_overwrite(target, args.force)
    export_json(decision, target)
    print(f"Exported '{decision.title}' to {target}")
    return 0


def _export_spreadsheet(decision: Decision, args: argparse.Namespace) -> int:
    """``export --format xlsx|csv`` (issue 5)."""
    from counterweight.reports import csv_export, xlsx_export
    from counterweight.services.export_notes import spreadsheet_notes
    from counterweight.services.workspace import PROJECT_SUFFIX

    if args.output == STDOUT:
        if args.format == "xlsx":
            raise CounterweightError("an Excel workbook cannot be written to standard output; give a file name"
                                     " ending in .xlsx with -o")
        text = csv_export.matrix_csv(decision) if args.csv_layout == "matrix" else csv_export.scores_csv(decision)
        sys.stdout.write(text.replace("\r\n", "\n"))
        for note in spreadsheet_notes(decision, args.format, args.csv_layout):
            print(f"note: {note}", file=sys.stderr)
        return 0
    target = Path(args.output)
    if target.suffix.lower() == PROJECT_SUFFIX:
        raise CounterweightError(f"an export is a .{args.format} file, not a project; choose a name ending in"
                                 f" .{args.format}", where=str(target))
    _refuse_overwrite(target, args.force)
    if args.format == "xlsx":
        xlsx_export.write_xlsx(decision, target)
    else:
        csv_export.write_csv(decision, target, layout=args.csv_layout)
    print(f"Exported '{decision.title}' to {target}")
    for note in spreadsheet_notes(decision, args.format, args.csv_layout):  # QA pass 17: what the file leaves out
        print(f"note: {note}", file=sys.stderr)
    return 0


def all_problems(exc: InvalidInputError) -> InvalidInputError:
    """The error with every problem in its one-line message (the CLI prints only the message)."""
    if len(exc.problems) <= 1:
        return exc
    text = f"{len(exc.problems)} problems, nothing was written: " + "; ".join(exc.problems)
    return InvalidInputError(text, where=exc.where, detail=exc.detail, problems=exc.problems)


def _holds_json(path: Path) -> bool:
    """Whether ``path`` starts like a JSON object (a decision file under another name)."""
    try:
        with path.open("rb") as f:
            head = f.read(64)
    except OSError:
        return False
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def unknown_kind(source: Path, where: str) -> InvalidInputError:
    """The refusal of a file whose ending ``import`` does not read: the window's words (what the file is, and
    how to get one that imports, e.g. an .ods saved as .xlsx), and that the command line also reads .json."""
    from counterweight.services.spreadsheet_files import unsupported_file

    if _holds_json(source):
        return InvalidInputError(
            f"Counterweight cannot import {source.name}: its name ends in {source.suffix or 'nothing'!r}, and the "
            "command line's import reads decision files (.json), Excel workbooks (.xlsx, .xlsm) and CSV files "
            "(.csv, .tsv). It holds JSON text: if it is a decision file, rename it to end in .json.", where=where)
    refusal = unsupported_file(source)
    return InvalidInputError(f"{refusal.message} The command line's import also reads decision files (.json).",
                             where=where)


def project_target(output: str) -> Path:
    """Where a new project named OUT is written: OUT, with the project suffix added as the services do."""
    from counterweight.services.workspace import PROJECT_SUFFIX

    target = Path(output)
    return target if target.suffix.lower() == PROJECT_SUFFIX else target.with_name(target.name + PROJECT_SUFFIX)


def run_import(args: argparse.Namespace) -> int:
    """Carry out ``counterweight import``; returns the exit status."""
    from counterweight.services.projects import JSON_SUFFIXES, import_json
    from counterweight.services.spreadsheet import SPREADSHEET_SUFFIXES, import_spreadsheet
    from counterweight.services.workspace import PROJECT_SUFFIX

    refuse_stdout(args.output, "a project")
    source = Path(args.file)
    if source.suffix.lower() == PROJECT_SUFFIX:
        raise CounterweightError(
            "is already a Counterweight project; import reads .json decision files and spreadsheets "
            "(open the project directly, or use 'counterweight export' to make a .json copy)",
            where=args.file,
        )
    if source.suffix.lower() not in (*SPREADSHEET_SUFFIXES, *JSON_SUFFIXES):
        raise unknown_kind(source, args.file)
    target = project_target(args.output)
    if source.exists() and target.exists() and source.resolve() == target.resolve():
        raise CounterweightError("the input and the output are the same file", where=str(target))
    _refuse_overwrite(target, args.force)
    if source.suffix.lower() in SPREADSHEET_SUFFIXES:  # issue 5: spreadsheets
        from counterweight.engine.phrase import Phrase

        notes: list[Phrase] = []  # QA pass 22: a sheet not read, a title above the headings
        try:
            created = import_spreadsheet(source, target, overwrite=args.force, notes=notes)
        except InvalidInputError as exc:
            raise all_problems(exc) from None
        _say_created(created, source)
        if source.suffix.lower() in (".xlsx", ".xlsm"):
            from counterweight.services.export_notes import workbook_notes

            notes += workbook_notes(source)  # what the workbook's own results show that it does not carry
        for note in notes:
            print(f"note: {note}", file=sys.stderr)
        return 0
    created = import_json(source, target, overwrite=args.force)
    _say_created(created, source)
    return 0


def origin_lines(created: Path) -> list[str]:
    """The line saying what a project made by an import came from, as History words it (none if it says nothing).

    Read back from the new project: a failure here must not fail the import just made.
    """
    from counterweight.services.history import audit_log
    from counterweight.services.import_origin import import_origin, origin_phrase

    try:
        origin = origin_phrase(import_origin(audit_log(created)))
    except CounterweightError:
        return []
    return [f"Its history starts with the import of {origin}."] if origin else []


def _say_created(created: Path, source: Path) -> None:
    """What ``import`` made, and (h26h) the file its history says it came from."""
    print_lines([f"Created {created} from {source}", *origin_lines(created)])


def validation_summary(decision: Decision) -> str:
    """``OK: <title> — N options, M criteria, K scores`` (criteria count groups too)."""

    def count(n: int, word: str, plural: str) -> str:
        return f"{n} {word if n == 1 else plural}"

    parts = [
        count(len(decision.options), "option", "options"),
        count(len(decision.criteria), "criterion", "criteria"),
        count(len(decision.scores), "score", "scores"),
    ]
    return f"OK: {decision.title} — {', '.join(parts)}"


def run_validate(args: argparse.Namespace) -> int:
    """Carry out ``counterweight validate``; returns the exit status."""
    from counterweight.services.analysis import evaluate_decision as evaluate
    from counterweight.services.projects import load_decision

    decision = load_decision(args.file)
    evaluation = evaluate(decision)
    lines = [validation_summary(decision)]
    for d in evaluation.diagnostics:
        label = "warning" if d.severity == "warning" else "note"
        lines += textwrap.wrap(f"{label}: {d.message}", _TEXT_WIDTH, subsequent_indent="  ")
    print_lines(lines)
    if args.strict and any(d.severity == "warning" for d in evaluation.diagnostics):
        return 1
    return 0


__all__ = [
    "CSV_LAYOUTS", "EXPORT_FORMATS", "STDOUT", "all_problems", "project_target", "refuse_overwrite", "refuse_stdout", "register",
    "run_export", "run_import", "run_validate", "validation_summary",
]
