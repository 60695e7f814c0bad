"""``counterweight export``, ``import`` and ``validate``: moving and checking decision files."""

from __future__ import annotations

import argparse
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from counterweight import __version__
from counterweight.cli.output import print_lines, write_json_text
from counterweight.domain import Decision
from counterweight.domain.errors import CounterweightError

# The engine, storage and services are imported inside the commands, so that
# ``--help`` and ``--version`` do not pay for loading them.

#: Formats ``export --format`` accepts. Add a name here and a branch in
#: :func:`run_export` to offer another one.
EXPORT_FORMATS = ["json"]

#: ``-o -`` writes the export to standard output.
STDOUT = "-"

_TEXT_WIDTH = 100


def register(commands: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the ``export``, ``import`` and ``validate`` subcommands."""
    parents = list(parents)

    exp = commands.add_parser(
        "export",
        parents=parents,
        help="write a decision to an exchange file (JSON)",
        description=(
            "Write the decision held in FILE (a .counterweight project or a .json decision file) "
            "as a Counterweight exchange file. FILE is only read, never changed. An existing "
            "output file is replaced only with --force."
        ),
    )
    exp.add_argument("file", metavar="FILE", help="a .counterweight project or a .json decision file")
    exp.add_argument("--format", choices=EXPORT_FORMATS, default="json", help="output format (default: json)")
    exp.add_argument("-o", "--output", required=True, metavar="OUT", help="file to write ('-' for standard output)")
    exp.add_argument("--force", action="store_true", help="replace OUT if it already exists")
    exp.set_defaults(run=run_export)

    imp = commands.add_parser(
        "import",
        parents=parents,
        help="create a .counterweight project from an exchange file (JSON)",
        description=(
            "Create the project OUT from the decision file IN. Nothing is written if IN is not "
            "a valid decision. '.counterweight' is added to OUT when missing. An existing "
            "project is replaced only with --force."
        ),
    )
    imp.add_argument("file", metavar="IN.json", help="a Counterweight decision file (.json)")
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


def _refuse_overwrite(target: Path, force: bool) -> None:
    if target.exists() and not force:
        raise CounterweightError("already exists; add --force to replace it", where=str(target))


def run_export(args: argparse.Namespace) -> int:
    """Carry out ``counterweight export``; returns the exit status."""
    from counterweight.services import exchange
    from counterweight.services.projects import export_json, load_decision
    from counterweight.services.workspace import PROJECT_SUFFIX

    decision = load_decision(args.file)
    if args.format != "json":  # pragma: no cover - argparse only lets registered formats through
        raise CounterweightError(f"the export format {args.format!r} is not supported", where=args.file)
    if args.output == STDOUT:
        text = exchange.dumps(decision, app_version=__version__)
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


def _import_target(output: str) -> Path:
    """Where ``import`` writes: OUT, with the project suffix added as the service does."""
    from counterweight.services.workspace import PROJECT_SUFFIX

    target = Path(output)
    return target if target.suffix.lower() == PROJECT_SUFFIX else target.with_name(target.name + PROJECT_SUFFIX)


def run_import(args: argparse.Namespace) -> int:
    """Carry out ``counterweight import``; returns the exit status."""
    from counterweight.services.projects import import_json
    from counterweight.services.workspace import PROJECT_SUFFIX

    source = Path(args.file)
    if source.suffix.lower() == PROJECT_SUFFIX:
        raise CounterweightError(
            "is already a Counterweight project; import reads .json decision files "
            "(open the project directly, or use 'counterweight export' to make a .json copy)",
            where=args.file,
        )
    target = _import_target(args.output)
    if source.exists() and target.exists() and source.resolve() == target.resolve():
        raise CounterweightError("the input and the output are the same file", where=str(target))
    _refuse_overwrite(target, args.force)
    created = import_json(source, target, overwrite=args.force)
    print(f"Created {created} from {source}")
    return 0


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


__all__ = ["EXPORT_FORMATS", "register", "run_export", "run_import", "run_validate", "validation_summary"]
