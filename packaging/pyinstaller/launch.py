"""Entry script frozen by PyInstaller (see counterweight.spec beside this file).

It hands over to :func:`counterweight.__main__.main`, so the frozen ``counterweight``
behaves like the installed command: no arguments (or one project file) opens the
window, anything else runs the command line. Before that, on Linux only:

* **Qt platform.** The bundle carries Qt's xcb (X11) platform plugin but not the Wayland
  one (see the spec). In a Wayland session Qt tries the Wayland plugin first and falls back
  to xcb with a warning; so when an X display is there (XWayland) and the user chose no
  platform, xcb is named up front. Without any X display the window cannot open (Qt says
  so); command-line reports still work with ``QT_QPA_PLATFORM=offscreen``.
* **Upgrades while running.** PyInstaller's module reader (``pyimod01_archive``) opens the
  executable *by path* for every module imported after start-up (dialogs, exports... are
  imported on first use). When dpkg replaces ``/opt/counterweight/counterweight`` under a
  running window, those reads would come from the new file at the old offsets
  (``zlib.error``), and after ``apt remove`` the program would exit. So the executable is
  opened once here and the reader pointed at ``/proc/self/fd/N``: it keeps reading the
  file this process started from, whatever happens to the path. When the installed
  program did change, the window says once, in its status bar, to restart when convenient
  (checked when a module is first imported, at most every few seconds).

A C/POSIX locale gets ``LC_CTYPE=C.UTF-8`` before Qt loads (no four-line Qt warning): that is
done by :func:`counterweight.__main__.main` itself (``counterweight/utf8_locale.py``), so a
source install behaves the same.
"""

from __future__ import annotations

import os
import sys
import time

#: Where Linux shows an open file's own content, whatever became of its path.
PROC_FD = "/proc/self/fd"
#: How often (at most) the import hook looks at the executable again.
CHECK_EVERY_S = 3.0


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for Qt's lupdate without importing Qt before the window starts."""
    return text


#: The status bar's notice (translated with the window's language, context "Launcher").
UPDATED_WHILE_OPEN = QT_TRANSLATE_NOOP("Launcher", "Counterweight was updated while open; restart it when convenient.")


def _frozen_linux() -> bool:
    return bool(getattr(sys, "frozen", False)) and sys.platform.startswith("linux")


def _choose_qt_platform() -> None:
    """Name Qt's xcb plugin for a frozen Linux run that has an X display and no choice made."""
    if _frozen_linux() and not os.environ.get("QT_QPA_PLATFORM") and os.environ.get("DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "xcb"


def _identity(stat: os.stat_result) -> tuple[int, int, int, int]:
    return stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns


def keep_reading_own_archive(archive: object, proc_fd: str = PROC_FD) -> int | None:
    """Point a PyInstaller PYZ reader at ``/proc/self/fd/N`` of its file, opened now; the fd, or None.

    Nothing changes when the reader is not the expected kind, its file cannot be opened or
    ``/proc`` is not mounted (the reader then opens the path as before).
    """
    name = getattr(archive, "_filename", None)
    if not isinstance(name, str) or name.startswith(proc_fd + "/"):
        return None
    try:
        fd = os.open(name, os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return None
    alias = f"{proc_fd}/{fd}"
    try:
        same = _identity(os.stat(alias)) == _identity(os.fstat(fd))
    except OSError:
        same = False
    if not same:
        os.close(fd)
        return None
    archive._filename = alias  # type: ignore[attr-defined]
    return fd


class UpdateWatch:
    """A ``sys.meta_path`` entry that finds nothing, but notices when the installed executable changed.

    It runs when a module is imported for the first time (what breaks when an upgrade
    lands under a running program), looks at the executable at most every
    ``CHECK_EVERY_S`` seconds, and calls ``on_change`` once.
    """

    def __init__(self, path: str, on_change, clock=time.monotonic) -> None:
        self.path = path
        self.on_change = on_change
        self.clock = clock
        self.started = self._look()
        self.last = clock()
        self.said = self.started is None

    def _look(self) -> tuple[int, int, int, int] | None:
        try:
            return _identity(os.stat(self.path))
        except OSError:
            return None

    def find_spec(self, fullname, path=None, target=None):  # noqa: ARG002 - the finder protocol
        if self.said:
            return None
        now = self.clock()
        if now - self.last < CHECK_EVERY_S:
            return None
        self.last = now
        if self._look() != self.started:
            self.said = True
            try:
                self.on_change()
            except Exception:  # noqa: BLE001 - a notice must never break an import
                pass
        return None


def say_updated_while_open() -> None:
    """Put the restart notice in the open window's status bar (once Qt runs a window)."""
    widgets = sys.modules.get("PySide6.QtWidgets")
    app = widgets.QApplication.instance() if widgets is not None else None
    if not isinstance(app, getattr(widgets, "QApplication", ())):
        return  # the command line, or Qt not started yet: nothing to show it in
    from PySide6.QtCore import QCoreApplication, QTimer

    def show() -> None:
        try:
            text = QCoreApplication.translate("Launcher", UPDATED_WHILE_OPEN)
            for window in widgets.QApplication.topLevelWidgets():
                if isinstance(window, widgets.QMainWindow):
                    label = widgets.QLabel(text)
                    label.setObjectName("updatedWhileOpenLabel")
                    window.statusBar().addPermanentWidget(label)
            print(f"counterweight: {UPDATED_WHILE_OPEN}", file=sys.stderr)
        except Exception:  # noqa: BLE001 - the notice is a courtesy, never an error of its own
            pass

    QTimer.singleShot(0, show)


def _guard_against_upgrades() -> None:
    if not _frozen_linux():
        return
    importers = sys.modules.get("pyimod02_importers")
    if importers is not None:
        keep_reading_own_archive(getattr(importers, "pyz_archive", None))
    sys.meta_path.insert(0, UpdateWatch(sys.executable, say_updated_while_open))


if __name__ == "__main__":
    _guard_against_upgrades()
    _choose_qt_platform()
    from counterweight.__main__ import main

    # No multiprocessing.freeze_support(): Counterweight starts no worker processes, and
    # importing multiprocessing here cost start-up time before the first window.
    sys.exit(main())
