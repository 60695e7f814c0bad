"""``counterweight audit verify`` and ``counterweight audit log``: check and read a project's history.

Both open the project read-only and never change it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from counterweight.cli.arguments import positive_int
from counterweight.cli.output import (
    format_table,
    one_line,
    print_lines,
    shorten,
    write_json,
)

# Services are imported inside the commands so that ``--help`` stays fast.

EXIT_OK = 0
EXIT_TAMPERED = 1

_VERIFY_HELP = """\
Check that the history (audit log) of FILE has not been altered since it was
written: every entry is chained to the one before it by a SHA-256 hash.
Prints 'OK: N rows verified' and the head hash (exit status 0), or
'TAMPERED: row N: <what>' for the first entry found edited, deleted or moved
(exit status 1). A missing file, or one that is not a Counterweight project,
gives exit status 2. With --head, the check also fails unless the history
still contains a head hash recorded earlier, which catches a history rewritten
with its hashes recomputed. FILE is only read, never changed.
"""


def register(commands: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the ``audit`` command with its ``verify`` and ``log`` subcommands."""
    parents = list(parents)
    audit = commands.add_parser(
        "audit",
        parents=parents,
        help="verify or list a project's tamper-evident history",
        description="Verify or list the history (audit log) of a .counterweight project.",
    )
    actions = audit.add_subparsers(dest="audit_command", metavar="ACTION", title="actions", required=True)

    verify = actions.add_parser(
        "verify",
        parents=parents,
        help="check the history's hash chain (exit 1 if altered)",
        description=_VERIFY_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    verify.add_argument("file", metavar="FILE", help="a .counterweight project")
    verify.add_argument("--head", metavar="HASH",
                        help="a head hash recorded earlier (at least 16 hex digits) that must still be in the history")
    verify.set_defaults(run=run_verify)

    log = actions.add_parser(
        "log",
        parents=parents,
        help="list the history, newest first",
        description="List the history of FILE, newest entry first. FILE is only read, never changed.",
    )
    log.add_argument("file", metavar="FILE", help="a .counterweight project")
    log.add_argument("--json", action="store_true", help="print JSON instead of a table")
    log.add_argument("--limit", type=positive_int, metavar="N", help="only the N most recent entries")
    log.set_defaults(run=run_log)


def run_verify(args: argparse.Namespace) -> int:
    """Carry out ``counterweight audit verify``; returns the exit status."""
    from counterweight.services.history import verify_audit

    report = verify_audit(args.file, expect_head=args.head)
    if not report.ok:
        where = f"row {report.first_bad_row_id}: " if report.first_bad_row_id is not None else ""
        print_lines([f"TAMPERED: {where}{report.problem}"])
        return EXIT_TAMPERED
    noun = "row" if report.rows_checked == 1 else "rows"
    lines = [f"OK: {report.rows_checked} {noun} verified", f"head: {report.head_hash}"]
    if report.note:
        lines.append(f"note: {report.note}")
    print_lines(lines)
    return EXIT_OK


def _when(at: dt.datetime) -> str:
    return at.astimezone(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _value(value: object, width: int = 40) -> str:
    if value is None:
        return "—"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return shorten(one_line(text), width)


def run_log(args: argparse.Namespace) -> int:
    """Carry out ``counterweight audit log``; returns the exit status."""
    from counterweight.services.history import audit_log

    entries = audit_log(args.file, args.limit)
    if args.json:
        write_json({
            "file": str(args.file),
            "entries": [
                {"id": e.id, "at": _when(e.at), "user": e.user, "action": e.action, "target": e.target,
                 "old": e.old, "new": e.new, "hash": e.hash}
                for e in entries
            ],
        })
        return EXIT_OK
    rows = [
        [str(e.id), _when(e.at)[:19].replace("T", " "), shorten(e.user, 20), shorten(e.action, 30),
         shorten(one_line(e.target), 40), _value(e.old), _value(e.new)]
        for e in entries
    ]
    headers = ["#", "when (UTC)", "user", "action", "what", "old", "new"]
    print_lines(format_table(headers, rows, right=[True, False, False, False, False, False, False]))
    return EXIT_OK


__all__ = ["register", "run_log", "run_verify"]
