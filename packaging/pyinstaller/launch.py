"""Entry script frozen by PyInstaller (see counterweight.spec beside this file).

It hands over to :func:`counterweight.__main__.main`, so the frozen ``counterweight``
behaves like the installed command: no arguments (or one project file) opens the
window, anything else runs the command line.

The Linux bundle carries Qt's xcb (X11) platform plugin but not the Wayland one (see
the spec). In a Wayland session (``WAYLAND_DISPLAY`` or ``XDG_SESSION_TYPE=wayland``)
Qt tries the Wayland plugin first and falls back to xcb with a warning that the plugin
is missing; so when an X display is there (XWayland on a Wayland desktop) and the user
chose no platform, xcb is named up front. Without any X display the window cannot open
(Qt says so); command-line reports still work with ``QT_QPA_PLATFORM=offscreen``.
"""

from __future__ import annotations

import os
import sys

from counterweight.__main__ import main


def _choose_qt_platform() -> None:
    """Name Qt's xcb plugin for a frozen Linux run that has an X display and no choice made."""
    if (getattr(sys, "frozen", False) and sys.platform.startswith("linux")
            and not os.environ.get("QT_QPA_PLATFORM") and os.environ.get("DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "xcb"


if __name__ == "__main__":
    _choose_qt_platform()
    # No multiprocessing.freeze_support(): Counterweight starts no worker processes, and
    # importing multiprocessing here cost start-up time before the first window.
    sys.exit(main())
