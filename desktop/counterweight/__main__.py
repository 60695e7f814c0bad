"""Entry points: ``counterweight`` (window or commands), ``counterweight-cli``, ``counterweight-gui``.

``counterweight`` with no arguments, or with the path of an existing ``.counterweight``
or ``.json`` file as its only argument, opens the desktop window. Anything else (a
subcommand such as ``evaluate``, ``--help``, ``--version``) runs the headless
command line. The window's code, and with it PySide6, is imported only when the
window is wanted, so the commands start quickly and work where Qt is not installed.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from counterweight.utf8_locale import ensure_utf8_ctype

#: File name endings the window opens when given as the only argument.
GUI_FILE_SUFFIXES = (".counterweight", ".json")

#: Options of the window that ``counterweight`` passes on (``counterweight --read-only FILE``);
#: keep in step with ``counterweight.ui.app`` (not imported here, to keep Qt out of the CLI).
GUI_FLAGS = frozenset({"--read-only"})

#: Exit status when the window cannot start because PySide6 is missing.
EXIT_GUI_UNAVAILABLE = 70


def _is_decision_file(arg: str) -> bool:
    path = Path(arg)
    return not arg.startswith("-") and path.suffix.lower() in GUI_FILE_SUFFIXES and path.is_file()


def _opens_window(args: Sequence[str]) -> bool:
    """True for no arguments, or one argument naming an existing decision file.

    Window options in :data:`GUI_FLAGS` may accompany either form.
    """
    rest = [a for a in args if a not in GUI_FLAGS]
    if not rest:
        return True
    return len(rest) == 1 and _is_decision_file(rest[0])


def cli_main(argv: Sequence[str] | None = None) -> int:
    """Run the headless command line (never opens a window).

    Parameters
    ----------
    argv : sequence of str, optional
        The arguments after the program name; ``sys.argv[1:]`` when omitted.

    Returns
    -------
    int
        The exit status (0 success, 1 a check failed, 2 bad input or usage,
        70 internal error).
    """
    from counterweight.cli.main import main as run_cli

    ensure_utf8_ctype()  # before `report` starts Qt
    return run_cli(sys.argv[1:] if argv is None else list(argv))


def gui_main(argv: Sequence[str] | None = None) -> int:
    """Open the desktop window, optionally on the file named by the first argument.

    Parameters
    ----------
    argv : sequence of str, optional
        The arguments after the program name; ``sys.argv[1:]`` when omitted. The
        first argument that names a ``.counterweight`` or ``.json`` file is the file
        to open; the other arguments go to the window (Qt options, ``--read-only``).

    Returns
    -------
    int
        The window's exit status, or :data:`EXIT_GUI_UNAVAILABLE` when PySide6 is
        not installed.
    """
    ensure_utf8_ctype()  # before Qt starts
    args = sys.argv[1:] if argv is None else list(argv)
    path: str | None = None
    for k, arg in enumerate(args):
        if not arg.startswith("-") and Path(arg).suffix.lower() in GUI_FILE_SUFFIXES:
            path, args = arg, args[:k] + args[k + 1:]
            break
    try:
        from counterweight.ui.startup import launch
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("PySide6"):
            raise
        print(
            "counterweight: error: the desktop window needs PySide6, which is not installed here; "
            "the command-line tools still work (see 'counterweight --help').",
            file=sys.stderr,
        )
        return EXIT_GUI_UNAVAILABLE
    program = sys.argv[0] if sys.argv and sys.argv[0] else "counterweight"
    return launch([program, *args], path=path)


def main(argv: Sequence[str] | None = None) -> int:
    """The ``counterweight`` command: the window, or a subcommand.

    Parameters
    ----------
    argv : sequence of str, optional
        The arguments after the program name; ``sys.argv[1:]`` when omitted.

    Returns
    -------
    int
        The exit status of the window or of the command.
    """
    args = sys.argv[1:] if argv is None else list(argv)
    if _opens_window(args):
        return gui_main(args)
    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
