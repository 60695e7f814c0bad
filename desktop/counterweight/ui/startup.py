"""Start-up: a window on screen at once, the full main window as soon as it is built.

Importing what the main window needs (pydantic, numpy, sqlite-utils, the domain and
the engine) takes most of a second on a typical workstation, several seconds from a
slow disk. Without feedback in that time users double-click again, and the second
instance finds the project locked and opens it read-only. So :func:`launch` first
shows a plain start-up window, sized and placed where the main window will be, while a
worker thread imports the Qt-free layers; then it builds the main window, shows it
over the start-up window and closes that one once the main window has painted.

This module is imported before any of that, so it imports only PySide6, the standard
library and the light ``counterweight.locations`` and ``counterweight.ui.i18n``.
"""

from __future__ import annotations

import importlib
import logging
import os
import threading
import time
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    QSettings,
    QSize,
    QTimer,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from counterweight import __version__
from counterweight.locations import home_folder, resources_dir
from counterweight.ui.after_paint import after_next_paint
from counterweight.ui.i18n import install_translators

log = logging.getLogger(__name__)

#: Window state (geometry, splitters) beside the user's preferences, read by both windows.
SETTINGS_FILE = "window.ini"
GEOMETRY_KEY = "window/geometry"

#: Start-up benchmark (benchmarks/bench_shipping.py): with this variable set to 1, the
#: start-up window prints "shell-paint <seconds since the process started> <time.monotonic()>"
#: on stdout once it has painted, and the main window prints "first-paint ..." the same
#: way once its own first paint has finished, then quits (exit status 0). Works the same
#: in a frozen bundle.
FIRST_PAINT_ENV = "COUNTERWEIGHT_BENCH_FIRST_PAINT"

#: How often the start-up window checks whether the worker thread has finished.
POLL_MS = 10


def seconds_since_process_start() -> float:
    """Seconds since this process started (Linux ``/proc``, 10 ms steps); NaN elsewhere."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            started = int(stat.read().rsplit(")", 1)[1].split()[19]) / os.sysconf("SC_CLK_TCK")
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started
    except (OSError, ValueError, IndexError, AttributeError):
        return float("nan")


def report_paint(widget: QWidget, marker: str, *, quit_after: bool = False) -> None:
    """For the start-up benchmark: print ``marker``, the process age and the clock after the first paint."""
    def report() -> None:
        print(f"{marker} {seconds_since_process_start():.4f} {time.monotonic():.6f}", flush=True)
        if quit_after:
            QCoreApplication.quit()

    after_next_paint(widget, report)


def benchmark_requested() -> bool:
    """True when the start-up benchmark asked for the paint reports (see :data:`FIRST_PAINT_ENV`)."""
    return os.environ.get(FIRST_PAINT_ENV) == "1"


def window_settings() -> QSettings:
    """The window-state settings file (an INI file; no registry, no pickles). Not created here."""
    return QSettings(str(home_folder() / SETTINGS_FILE), QSettings.Format.IniFormat)


def default_window_size(available: QSize) -> QSize:
    """The main window's size before the user has chosen one: most of the screen, at most 1680 x 1000."""
    return QSize(min(1680, int(available.width() * 0.95)), min(1000, int(available.height() * 0.92)))


def app_icon() -> QIcon:
    """The application icon (an empty icon if the resources folder is missing)."""
    try:
        return QIcon(str(resources_dir() / "icons" / "counterweight.svg"))
    except FileNotFoundError as exc:
        log.warning("%s", exc)
        return QIcon()


def prepare_application(argv: list[str]) -> QApplication:
    """The QApplication (reusing one that exists): names, version, icon and translations."""
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Counterweight")
    app.setOrganizationName("Counterweight")
    app.setApplicationDisplayName("Counterweight")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    if not app.property("counterweightTranslated"):  # once per application
        install_translators(app)
        app.setProperty("counterweightTranslated", True)
    return app


def make_shell(path: str | None) -> QWidget:
    """The start-up window: the icon, the name and what is being opened, where the main window will be."""
    shell = QWidget()
    shell.setObjectName("startupShell")
    shell.setWindowTitle("Counterweight")
    #: Translators: the accessible name of the window shown while Counterweight starts.
    shell.setAccessibleName(QCoreApplication.translate("StartupShell", "Counterweight is starting"))
    icon = QLabel(shell)
    icon.setPixmap(app_icon().pixmap(96, 96))
    name = QLabel("Counterweight", shell)
    font = QFont(name.font())
    font.setPointSizeF(font.pointSizeF() * 1.6)
    font.setBold(True)
    name.setFont(font)
    if path:
        #: Translators: shown while Counterweight starts; {name} is the file being opened.
        text = QCoreApplication.translate("StartupShell", "Opening {name}\u2026").format(name=Path(path).name)
    else:
        #: Translators: shown while Counterweight starts and opens the last (or example) project.
        text = QCoreApplication.translate("StartupShell", "Opening your decision\u2026")
    message = QLabel(text, shell)
    message.setObjectName("startupMessage")
    # Centred by stretches, not alignment flags: the first use of PySide6's Qt namespace
    # costs about 35 ms, a quarter of a bare window's start (the main window pays it later).
    column = QVBoxLayout(shell)
    column.addStretch(1)
    for label in (icon, name, message):
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(label)
        row.addStretch(1)
        column.addLayout(row)
    column.addStretch(1)
    _CloseWatcher(shell)
    geometry = window_settings().value(GEOMETRY_KEY)
    if not (isinstance(geometry, QByteArray) and not geometry.isEmpty() and shell.restoreGeometry(geometry)):
        shell.resize(default_window_size(shell.screen().availableGeometry().size()))
    return shell


#: The Qt-free modules the main window needs (pydantic, numpy and sqlite-utils come with
#: them), imported on a worker thread while the start-up window is on screen.
PRELOAD_MODULES = (
    "counterweight.services.session",
    "counterweight.services.workspace",
    "counterweight.services.edits",
    "counterweight.engine",
)
#: The longest wait for the start-up window's first paint before loading goes on regardless.
SHELL_PAINT_WAIT_MS = 1000


def _preload() -> None:
    for name in PRELOAD_MODULES:
        try:
            importlib.import_module(name)
        except BaseException:  # noqa: BLE001 - the GUI thread imports it again and reports the error there
            return


def start_preload() -> threading.Thread:
    """Start importing :data:`PRELOAD_MODULES` on a daemon thread."""
    thread = threading.Thread(target=_preload, name="counterweight-preload", daemon=True)
    thread.start()
    return thread


def wait_for_first_paint(widget: QWidget, timeout_ms: int = SHELL_PAINT_WAIT_MS) -> None:
    """Run the event loop until ``widget`` (shown) has painted, or for ``timeout_ms`` at most."""
    loop = QEventLoop()
    timer = QTimer(loop)
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    watcher = after_next_paint(widget, loop.quit)
    loop.exec()
    watcher.cancel()
    timer.stop()


class _CloseWatcher(QObject):
    """Event filter marking the watched start-up window as closed by the user."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Close and not watched.property(_HANDED_OVER):
            watched.setProperty(_CANCELLED, True)
        return False


#: Dynamic properties of the start-up window: closed by the user; replaced by the main window.
_CANCELLED, _HANDED_OVER = "startupCancelled", "startupHandedOver"


def start_cancelled(shell: QWidget) -> bool:
    """True once the user has closed the start-up window (then the main window is not opened)."""
    return bool(shell.property(_CANCELLED))


def close_shell(shell: QWidget) -> None:
    """Close the start-up window for the program (not a cancellation by the user)."""
    shell.setProperty(_HANDED_OVER, True)
    shell.close()


def wait_showing(shell: QWidget, worker: threading.Thread) -> bool:
    """Keep the start-up window responsive until ``worker`` has finished.

    Returns False when the user closed the start-up window meanwhile (then there is
    nothing to open the main window for).
    """
    if worker.is_alive():
        loop = QEventLoop()
        timer = QTimer(loop)
        timer.setInterval(POLL_MS)
        timer.timeout.connect(lambda: None if worker.is_alive() else (timer.stop(), loop.quit()))
        timer.start()
        loop.exec()
        timer.stop()
    worker.join()
    return not start_cancelled(shell)


def launch(argv: list[str], path: str | None = None) -> int:
    """Show the start-up window, load the rest meanwhile, then run the main window over it.

    The worker thread starts only once the start-up window has painted: started earlier,
    it would hold Python's interpreter lock while the window is being put on screen.

    Parameters
    ----------
    argv
        Program name and the window's arguments (Qt options, ``--read-only``).
    path
        The file to open, as for :func:`counterweight.ui.app.run_gui`.

    Returns
    -------
    int
        The window's exit status (0 when the user closed the start-up window).
    """
    prepare_application(argv)
    shell = make_shell(path)
    if benchmark_requested():
        report_paint(shell, "shell-paint")
    shell.show()
    wait_for_first_paint(shell)
    if not wait_showing(shell, start_preload()):
        shell.deleteLater()
        return 0
    from counterweight.ui.app import run_gui  # the main window: everything else

    return run_gui(argv, path, shell=shell)


__all__ = [
    "FIRST_PAINT_ENV",
    "GEOMETRY_KEY",
    "PRELOAD_MODULES",
    "SETTINGS_FILE",
    "app_icon",
    "benchmark_requested",
    "close_shell",
    "default_window_size",
    "launch",
    "make_shell",
    "prepare_application",
    "report_paint",
    "seconds_since_process_start",
    "start_cancelled",
    "start_preload",
    "wait_for_first_paint",
    "wait_showing",
    "window_settings",
]
