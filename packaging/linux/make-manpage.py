"""Write the counterweight(1) man page from the command line's own argparse parsers.

Run by packaging/build-linux.sh with the build venv's Python (which has Counterweight
installed)::

    python packaging/linux/make-manpage.py > counterweight.1

The page is the ``--help`` of the program and of every command (nested ones included),
in roff, plus the sections an administrator looks for (files, environment, exit status).
Nothing is written by hand about the options, so the page cannot drift from the program.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator

FIXED_WIDTH = "78"

DESCRIPTION = (
    "Counterweight scores policy options against a tree of weighted criteria, ranks them with several "
    "aggregation methods, tests how robust the ranking is, and keeps a tamper-evident history of every edit. "
    "It never uses the network. Run with no arguments, or with the path of a .counterweight or .json file, "
    "it opens the desktop window; with a command it works on the command line, without Qt."
)
FILES = [
    ("~/.local/share/Counterweight/",
     "projects, automatic backups (backups/), preferences.json and window.ini of the user; "
     "$XDG_DATA_HOME/Counterweight when XDG_DATA_HOME is set, $COUNTERWEIGHT_HOME when that is set."),
    ("PROJECT.counterweight.lock", "beside an open project: the user, host and process holding it."),
    ("/opt/counterweight/", "the program and everything it bundles."),
    ("/usr/share/doc/counterweight/", "copyright, changelog and the third-party licences."),
]
ENVIRONMENT = [
    ("COUNTERWEIGHT_HOME", "the folder for the user's projects, backups and preferences."),
    ("XDG_DATA_HOME", "where the Counterweight folder is made when COUNTERWEIGHT_HOME is not set."),
    ("QT_QPA_PLATFORM", "offscreen runs the window and reports without a display."),
]


def roff(text: str) -> str:
    """``text`` safe inside a roff document (backslashes, and lines starting with . or ')."""
    out = []
    for line in text.replace("\\", "\\e").splitlines():
        if line.startswith((".", "'")):
            line = "\\&" + line
        out.append(line.replace("-", "\\-") if not line.startswith(" ") else line)
    return "\n".join(out)


def subcommands(parser: argparse.ArgumentParser) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    """Every subcommand's name and parser, nested ones after their parent, in help order."""
    for action in parser._actions:  # argparse offers no public accessor
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield name, sub
                for inner, inner_parser in subcommands(sub):
                    yield f"{name} {inner}", inner_parser


def literal(text: str) -> str:
    return ".nf\n.RS 4\n" + roff(text.rstrip("\n")) + "\n.RE\n.fi"


def page(version: str, parser: argparse.ArgumentParser) -> str:
    lines = [
        f'.TH COUNTERWEIGHT 1 "" "Counterweight {version}" "User Commands"',
        ".SH NAME",
        "counterweight \\- offline multi\\-criteria decision analysis for policy options",
        ".SH SYNOPSIS",
        ".B counterweight\n.RI [ FILE ]",
        ".br\n.B counterweight\n.I COMMAND\n.RI [ OPTIONS ]",
        ".SH DESCRIPTION",
        roff(DESCRIPTION),
        ".SH OPTIONS",
        literal(parser.format_help()),
        ".SH COMMANDS",
    ]
    for name, sub in subcommands(parser):
        lines += [f'.SS "counterweight {name}"', literal(sub.format_help())]
    lines.append(".SH FILES")
    for path, what in FILES:
        lines += [".TP", f".I {roff(path)}", roff(what)]
    lines.append(".SH ENVIRONMENT")
    for name, what in ENVIRONMENT:
        lines += [".TP", f".B {name}", roff(what)]
    lines += [
        ".SH SEE ALSO",
        "The user guide (F1 in the window) and /usr/share/doc/counterweight/.",
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    os.environ["COLUMNS"] = FIXED_WIDTH  # argparse wraps to the terminal: the same page everywhere
    from counterweight import __version__
    from counterweight.cli.main import build_parser

    sys.stdout.write(page(__version__, build_parser()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
