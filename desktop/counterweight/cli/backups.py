"""``counterweight backups FILE``: list a project's automatic backups, or restore one.

Listing only reads the backup folder. ``--restore N`` puts backup N (1 is the
newest) in place of FILE; the file it replaces is kept beside it, renamed
``<name>.replaced-<UTC time>`` (``broken-`` when it was damaged, ``newer-`` when a
newer version wrote it), never deleted.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Sequence
from typing import Any

from counterweight.cli.arguments import positive_int
from counterweight.cli.output import format_table, print_lines, write_json
from counterweight.domain.errors import CounterweightError

# Services are imported inside the command so that ``--help`` stays fast.

EXIT_OK = 0

_HELP = """\
List the automatic backups of FILE, newest first. Counterweight makes one each
time a project is created or opened for writing and again when it is closed after changes,
and keeps the five newest of each project in the 'backups' folder of your
Counterweight data folder. FILE need not exist any more.

With --restore N, backup N of the list (1 is the newest) is checked and put in
place of FILE. The file it replaces, if any, is kept beside it, renamed
'<name>.replaced-<time>' ('broken-' if it was damaged, 'newer-' if a newer
version wrote it). A restore is refused while FILE is open in a
Counterweight window, and when the backup is damaged (exit status 2).
"""


def register(commands: Any, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the ``backups`` command."""
    parser = commands.add_parser(
        "backups",
        parents=list(parents),
        help="list a project's automatic backups, or restore one",
        description=_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("file", metavar="FILE", help="a .counterweight project (it may be missing or damaged)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--restore", type=positive_int, metavar="N", help="restore backup N (1 is the newest)")
    parser.set_defaults(run=run_backups)


def _when(at: dt.datetime) -> str:
    return at.astimezone(dt.timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def _entries(value: int | None) -> str:
    return "?" if value is None else str(value)


def run_backups(args: argparse.Namespace) -> int:
    """Carry out ``counterweight backups``; returns the exit status."""
    from counterweight.services import backups

    found = backups.backups_for(args.file)
    if args.restore is not None:
        if not found:
            raise CounterweightError(f"there are no automatic backups of {args.file}", where=str(args.file))
        if args.restore > len(found):
            raise CounterweightError(
                f"there is no backup {args.restore}: only {len(found)} "
                f"backup{'s' if len(found) != 1 else ''} (see 'counterweight backups {args.file}')",
                where=str(args.file),
            )
        # a file that opens is "replaced", one from a newer version "newer"; only a damaged one "broken"
        tag = backups.aside_tag_for(backups.current_state(args.file))
        result = backups.restore(found[args.restore - 1], args.file, aside_tag=tag)
        payload = {
            "file": str(result.project),
            "restored_from": str(result.backup.path),
            "backup_time": _when(result.backup.created),
            "moved_aside": str(result.moved_aside) if result.moved_aside else None,
        }
        if args.json:
            write_json(payload)
        else:
            lines = [f"Restored {result.project} from the backup of {payload['backup_time']}."]
            if result.moved_aside:
                lines.append(f"The previous file was kept as {result.moved_aside}.")
            print_lines(lines)
        return EXIT_OK
    if args.json:
        write_json({
            "file": str(args.file),
            "folder": str(backups.backup_folder()),
            "backups": [
                {"number": n, "created": _when(b.created), "entries": b.entries, "size": b.size, "path": str(b.path)}
                for n, b in enumerate(found, start=1)
            ],
        })
        return EXIT_OK
    if not found:
        print_lines([f"No automatic backups of {args.file} (folder: {backups.backup_folder()})."])
        return EXIT_OK
    rows = [[str(n), _when(b.created).replace("T", " "), _entries(b.entries), str(b.size), b.path.name]
            for n, b in enumerate(found, start=1)]
    print_lines(format_table(["#", "made (UTC)", "entries", "bytes", "backup file"], rows,
                             right=[True, False, True, True, False]))
    return EXIT_OK


__all__ = ["register", "run_backups"]
