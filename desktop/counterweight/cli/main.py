"""The ``counterweight`` command line: parser, dispatch and the one error funnel.

Exit statuses (also listed in ``counterweight --help``):

* 0 - success;
* 1 - a check failed (``validate --strict`` found warnings);
* 2 - bad input or usage: a file that is missing, unreadable or invalid, an
  unknown option, a file that would be overwritten without ``--force``. One line
  ``counterweight: error: <file>: <problem>`` goes to stderr;
* 70 - internal error (a bug): one line on stderr, the traceback with ``--debug``;
* 130 - interrupted (Ctrl+C).

This package never imports PySide6: it works where Qt is not installed.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from counterweight import __version__
from counterweight.cli import evaluate, files
from counterweight.cli import weights  # issue 3: weight elicitation command
from counterweight.cli import sensitivity, smaa  # issue 3: robustness commands
from counterweight.cli import compare  # issue 3: compare-methods command
from counterweight.cli import audit  # issue 4: audit verify / audit log
from counterweight.cli import group  # issue 4: several analysts (group ranking, disagreement)
from counterweight.cli import perspectives  # issue 4: robust / compare (perspectives, snapshots)
from counterweight.cli import packet  # issue 4: offline elicitation packets
from counterweight.cli import template  # issue 5: blank spreadsheet template
from counterweight.cli import report  # issue 5: PDF decision brief
from counterweight.cli import backups  # issue 6: list / restore automatic backups
from counterweight.cli import tradeoffs  # QA pass 29: the value map
from counterweight.cli.output import one_line, prepare_streams, print_error
from counterweight.domain.errors import CounterweightError, ProjectFileError

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70
EXIT_INTERRUPTED = 130

PROG = "counterweight"

#: The ending of project files (as ``services.workspace.PROJECT_SUFFIX``; not imported, to keep start-up fast).
PROJECT_SUFFIX = ".counterweight"

_EPILOG = """\
Running 'counterweight' with no arguments, or with the path of an existing
.counterweight or .json file, opens the desktop window instead.

exit status:
  0   success
  1   a check failed (validate --strict found warnings)
  2   bad input or usage (one line 'counterweight: error: <file>: <problem>' on stderr)
  70  internal error (add --debug for the traceback)

Every command only reads the FILE it is given (a project is opened read-only),
except: packet export, packet return, packet import and packet undo-import,
which record a step in the project's history, and backups --restore, which puts
a backup in place of FILE. export, import, template, report and packet
export/open/return write only the file named after -o, and replace an existing
one only with --force.
"""


class UsageError(Exception):
    """The command line itself is wrong (unknown option, missing argument...)."""

    def __init__(self, message: str, prog: str) -> None:
        super().__init__(message)
        self.prog = prog


class _Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` that raises instead of printing usage and exiting."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message, self.prog)


def build_parser() -> argparse.ArgumentParser:
    """The full parser with every subcommand registered."""
    parser = _Parser(
        prog=PROG,
        description="Counterweight: offline multi-criteria decision analysis (command line).",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("--debug", action="store_true", help="show the traceback of internal errors")
    # Shared by every subcommand so that '--debug' also works after the command name.
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="show the traceback of internal errors"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands", required=True)
    evaluate.register(commands, [common])
    files.register(commands, [common])
    weights.register(commands, [common])  # issue 3: weight elicitation command
    sensitivity.register(commands, [common])  # issue 3: robustness commands
    smaa.register(commands, [common])  # issue 3: robustness commands
    compare.register(commands, [common])  # issue 3: compare-methods command
    audit.register(commands, [common])  # issue 4: audit verify / audit log
    group.register(commands, [common])  # issue 4: several analysts
    perspectives.register(commands, [common])  # issue 4: robust / compare
    packet.register(commands, [common])  # issue 4: offline elicitation packets
    template.register(commands, [common])  # issue 5: blank spreadsheet template
    report.register(commands, [common])  # issue 5: PDF decision brief
    backups.register(commands, [common])  # issue 6: automatic backups
    tradeoffs.register(commands, [common])  # QA pass 29: the value map
    return parser


def command_names(parser: argparse.ArgumentParser | None = None) -> list[str]:
    """Names of the registered subcommands, in help order."""
    parser = parser or build_parser()
    for action in parser._actions:  # argparse offers no public accessor
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


def _missing_file_hint(args: Sequence[str], names: Sequence[str]) -> str | None:
    """A clear message when the first argument looks like a file that does not exist."""
    if not args or args[0].startswith("-") or args[0] in names:
        return None
    first = Path(args[0])
    if first.suffix.lower() in {".counterweight", ".json"} and not first.exists():
        return f"{args[0]}: there is no such file (commands: {', '.join(names)})"
    if first.suffix.lower() in {".counterweight", ".json"} and first.is_dir():  # QA 26: was "invalid choice"
        return f"{args[0]}: this is a folder, not a project or decision file (commands: {', '.join(names)})"
    return None


def describe_error(exc: CounterweightError, file: str | None) -> str:
    """The text after ``counterweight: error:``, naming the file when the error does not."""
    text = str(exc)
    if file and not exc.where and file not in text and Path(file).name not in text:
        text = f"{file}: {text}"
    return text


def _help_prog(parser: argparse.ArgumentParser, args: Sequence[str], exc: UsageError) -> str:
    """The command whose ``--help`` to point to: the innermost one named on the command line.

    argparse reports arguments nobody claimed ("unrecognized arguments") from the top
    parser, whose help does not list the subcommand's options.
    """
    if exc.prog != parser.prog:
        return exc.prog
    try:
        namespace, _ = parser.parse_known_args(list(args))
    except (UsageError, SystemExit):
        return exc.prog
    current = parser
    while True:
        sub = next((a for a in current._actions if isinstance(a, argparse._SubParsersAction)), None)
        chosen = getattr(namespace, sub.dest, None) if sub is not None and sub.dest else None
        if sub is None or chosen not in sub.choices:
            return current.prog
        current = sub.choices[chosen]


def _backups_hint(exc: CounterweightError, args: argparse.Namespace) -> str:
    """After a damaged-project message that says to open a backup copy, the command that lists them."""
    if args.command == "backups" or not isinstance(exc, ProjectFileError) or "backup copy" not in exc.message:
        return ""
    path = exc.where or getattr(args, "file", None)
    if not path or not str(path).lower().endswith(PROJECT_SUFFIX):
        return ""
    return f" To list its automatic backups: counterweight backups {shlex.quote(str(path))}"


def _describe_os_error(exc: OSError, file: str | None) -> str:
    where = exc.filename if exc.filename is not None else file
    reason = exc.strerror or str(exc)
    return f"{os.fsdecode(where)}: {reason}" if where else reason


def _swallow_broken_pipe() -> int:
    """The reader of our output went away (``| head``): stop quietly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit status (never raises ``SystemExit``).

    Parameters
    ----------
    argv : sequence of str, optional
        Arguments after the program name; ``sys.argv[1:]`` when omitted.

    Returns
    -------
    int
        See the module docstring for the meaning of each status.
    """
    args_list = list(sys.argv[1:] if argv is None else argv)
    prepare_streams()
    parser = build_parser()
    hint = _missing_file_hint(args_list, command_names(parser))
    if hint:
        print_error(hint)
        return EXIT_USAGE
    try:
        args = parser.parse_args(args_list)
    except UsageError as exc:
        print_error(f"{exc} (see '{_help_prog(parser, args_list, exc)} --help')")
        return EXIT_USAGE
    except SystemExit as exc:  # --help and --version print and "exit" through argparse
        return exc.code if isinstance(exc.code, int) else EXIT_OK

    debug = bool(getattr(args, "debug", False))
    file = getattr(args, "file", None)
    try:
        return int(args.run(args))
    except CounterweightError as exc:
        print_error(describe_error(exc, file) + _backups_hint(exc, args))
        if debug:
            traceback.print_exc()
        return EXIT_USAGE
    except BrokenPipeError:
        return _swallow_broken_pipe()
    except OSError as exc:  # a folder that does not exist, no permission, disk full...
        print_error(_describe_os_error(exc, file))
        if debug:
            traceback.print_exc()
        return EXIT_USAGE
    except KeyboardInterrupt:
        print_error("interrupted")
        return EXIT_INTERRUPTED
    except Exception as exc:  # noqa: BLE001 - the funnel for bugs
        detail = "" if debug else " (run again with --debug to see the traceback)"
        sys.stderr.write(one_line(f"counterweight: internal error: {type(exc).__name__}: {exc}{detail}") + "\n")
        if debug:
            traceback.print_exc()
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
