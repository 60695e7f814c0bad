"""``counterweight template``: write the blank spreadsheet template for importing a decision."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from counterweight.domain.errors import CounterweightError


def register(commands: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the ``template`` subcommand."""
    cmd = commands.add_parser(
        "template",
        parents=list(parents),
        help="write the blank spreadsheet template (.xlsx) that 'import' reads",
        description=(
            "Write a blank Excel workbook with the sheets Options, Criteria, Levels, Scores and "
            "Decision, a README sheet that explains every column, and drop-down lists where they "
            "help. Fill it in, then create a project with 'counterweight import FILLED.xlsx -o "
            "OUT.counterweight'. An existing file is replaced only with --force."
        ),
    )
    cmd.add_argument("-o", "--output", required=True, metavar="BLANK.xlsx", help="workbook to write")
    cmd.add_argument("--force", action="store_true", help="replace the file if it already exists")
    cmd.set_defaults(run=run_template)


def run_template(args: argparse.Namespace) -> int:
    """Carry out ``counterweight template``; returns the exit status."""
    from counterweight.services.spreadsheet import write_template

    target = Path(args.output)
    if target.suffix.lower() != ".xlsx":
        raise CounterweightError("the template is an Excel workbook; choose a name ending in .xlsx",
                                 where=str(target))
    if target.exists() and not args.force:
        raise CounterweightError("already exists; add --force to replace it", where=str(target))
    write_template(target)
    print(f"Wrote the blank template to {target}")
    return 0


__all__ = ["register", "run_template"]
