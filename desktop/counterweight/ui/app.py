"""Start the GUI: the application object, the error funnel and the first project.

The error funnel: an expected :class:`~counterweight.domain.errors.CounterweightError`
that escapes to the event loop is shown as a plain message; anything else is a bug
and gets the report dialog. Exceptions raised in worker threads are forwarded to the
GUI thread through a queued signal before being shown. Nothing reaches the user as a
raw traceback, and nothing is silently swallowed (every error is also logged).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from counterweight.ui import safe_tooltips
from counterweight.ui import theme  # issue 6: light, dark and high-contrast palettes
from counterweight import __version__
from counterweight.bulk import collect_and_freeze
from counterweight.domain.errors import CounterweightError
from counterweight.locations import resources_dir
from counterweight.services import workspace
from counterweight.ui.dialogs.error_dialog import show_unexpected_error, show_user_error
from counterweight.ui.i18n import install_translators  # issue 6: translations
from counterweight.ui.main_window import MainWindow
from counterweight.ui.session_controller import SessionController

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
READ_ONLY_FLAG = "--read-only"
#: Packaging smoke test (tests/packaging/test_bundle.py): with this variable set to 1 the
#: window opens as usual, says so on stdout and quits half a second later, exit status 0.
SMOKE_TEST_ENV = "COUNTERWEIGHT_SMOKE_TEST"


# issue 6: shipping benchmark ------------------------------------------------------------
#: Start-up benchmark (benchmarks/bench_shipping.py): with this variable set to 1 the window
#: prints "first-paint <seconds since the process started> <time.monotonic()>" on stdout once
#: its first paint has finished, and quits (exit status 0). Works the same in a frozen bundle.
FIRST_PAINT_ENV = "COUNTERWEIGHT_BENCH_FIRST_PAINT"


def _seconds_since_process_start() -> float:
    """Seconds since this process started (Linux ``/proc``, 10 ms steps); NaN elsewhere."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            started = int(stat.read().rsplit(")", 1)[1].split()[19]) / os.sysconf("SC_CLK_TCK")
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started
    except (OSError, ValueError, IndexError, AttributeError):
        return float("nan")


class _FirstPaintProbe(QObject):
    """Event filter on the main window: report the end of the first paint pass, then quit."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._report)  # runs once the whole paint pass is done
        return False

    def _report(self) -> None:
        print(f"first-paint {_seconds_since_process_start():.4f} {time.monotonic():.6f}", flush=True)
        QCoreApplication.quit()
# end issue 6: shipping benchmark --------------------------------------------------------


class ErrorFunnel(QObject):
    """Routes uncaught exceptions to the right dialog, always on the GUI thread.

    Parameters
    ----------
    parent_widget
        Returns the widget dialogs are parented to (the main window, once it exists).
    """

    _reported = Signal(object, object, object)

    def __init__(self, parent_widget: Callable[[], QWidget | None] = lambda: None) -> None:
        super().__init__()
        self._parent_widget = parent_widget
        self._showing = False
        self._reported.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        """A ``sys.excepthook``: log the error, then show it (queued to the GUI thread)."""
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, CounterweightError):
            log.warning("Uncaught user-facing error: %s", exc)
        else:
            log.error("Unexpected error", exc_info=(exc_type, exc, tb))
        self._reported.emit(exc_type, exc, tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        """A ``threading.excepthook`` forwarding to :meth:`excepthook`."""
        if args.exc_value is not None:
            self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if self._showing:  # an error while an error dialog is open: logged above, not stacked
            return
        self._showing = True
        try:
            parent = self._parent_widget()
            if isinstance(exc, CounterweightError):
                show_user_error(parent, exc)
            else:
                show_unexpected_error(parent, exc_type, exc, tb)
        finally:
            self._showing = False


def install_excepthook(funnel: ErrorFunnel) -> tuple[ExceptHook, Callable[..., object]]:
    """Install the funnel as ``sys.excepthook`` and ``threading.excepthook``; returns the old hooks."""
    old = (sys.excepthook, threading.excepthook)
    sys.excepthook = funnel.excepthook
    threading.excepthook = funnel.thread_excepthook
    return old


def app_icon() -> QIcon:
    """The application icon (an empty icon if the resources folder is missing)."""
    try:
        return QIcon(str(resources_dir() / "icons" / "counterweight.svg"))
    except FileNotFoundError as exc:
        log.warning("%s", exc)
        return QIcon()


def home_folder_problem() -> str | None:
    """Why the user's Counterweight folder cannot be used (None when it can be created and used).

    The folder holds the preferences, the example project and the automatic backups;
    without it the window cannot start, so the reason is said plainly instead.
    """
    try:
        workspace.home_dir()
    except OSError as exc:
        folder = exc.filename or os.environ.get("COUNTERWEIGHT_HOME") or "?"
        #: Translators: shown when the window cannot start; {folder} is a path, {reason} the
        #: system's reason (such as "Not a directory").
        return QCoreApplication.translate("MainWindow",
            "Counterweight cannot use its folder {folder}: {reason}.\n\n"
            "Make sure that folder (or the file in its place) can be created and written to,"
            " or set the COUNTERWEIGHT_HOME environment variable to a folder you can write to."
        ).format(folder=folder, reason=exc.strerror or exc)
    return None


def show_startup_failure(text: str) -> None:
    """Say why the window cannot start (a modal message; also logged)."""
    log.error("Cannot start: %s", text)
    box = QMessageBox(QMessageBox.Icon.Critical, "Counterweight", text)
    box.exec()


def make_application(argv: list[str]) -> QApplication:
    """The QApplication (reusing one that already exists), named and with its icon."""
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Counterweight")
    app.setOrganizationName("Counterweight")
    app.setApplicationDisplayName("Counterweight")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    safe_tooltips.install(app)  # user text in tooltips never loads files
    theme.install(app)  # issue 6: tones and charts follow palette, colour-scheme and contrast changes
    if not app.property("counterweightTranslated"):  # issue 6: translations, once per app
        install_translators(app)
        app.setProperty("counterweightTranslated", True)
    return app


#: Milliseconds after a project is installed before the heap is settled (see settle_heap_after_opens).
HEAP_SETTLE_MS = 500


def settle_heap_after_opens(controller: SessionController) -> QTimer:
    """After each project is opened, once things are quiet, collect and freeze the heap.

    See :func:`counterweight.bulk.collect_and_freeze`: it spares large projects the
    long full collections Python would otherwise run at random moments (a 180 ms
    stall while scrolling a 1,000 x 60 matrix). Only the application does this, not
    every window a test builds. Returns the single-shot timer (restarted by each open).
    """
    timer = QTimer(controller)
    timer.setObjectName("heapSettleTimer")
    timer.setSingleShot(True)
    timer.setInterval(HEAP_SETTLE_MS)
    timer.timeout.connect(collect_and_freeze)
    controller.sessionReplaced.connect(timer.start)
    return timer


def run_gui(argv: list[str], path: str | None = None) -> int:
    """Run the Counterweight window until it is closed.

    Parameters
    ----------
    argv
        Command-line arguments (Qt options are honoured; ``--read-only`` opens every
        project read-only).
    path
        Project (``.counterweight``) or decision (``.json``) file to open; by default
        the last project used, or the example project on first run.

    Returns
    -------
    int
        The exit code: the event loop's, or 1 if no project could be opened at all.
    """
    app = make_application(argv)
    read_only = READ_ONLY_FLAG in argv
    controller = SessionController()
    settle_heap_after_opens(controller)  # issue 6: no long collector pauses with a large project
    window: MainWindow | None = None
    funnel = ErrorFunnel(lambda: window)
    old_hooks = install_excepthook(funnel)
    try:
        if (problem := home_folder_problem()) is not None:
            show_startup_failure(problem)
            return 1
        window = MainWindow(controller, force_read_only=read_only)
        if not window.file_actions.open_startup(path):
            #: Translators: shown when the window cannot start because no project opened at all.
            show_startup_failure(QCoreApplication.translate("MainWindow",
                "Counterweight could not open any project, not even the example."
                " Check that your Counterweight folder can be written to."))
            return 1
        if os.environ.get(FIRST_PAINT_ENV) == "1":  # issue 6: shipping benchmark
            window.installEventFilter(_FirstPaintProbe(window))
        window.show()
        if os.environ.get(SMOKE_TEST_ENV) == "1":  # issue 6: smoke test of the built bundle
            print(f"smoke test: window shown ({window.windowTitle()})", flush=True)
            QTimer.singleShot(500, app.quit)
        return app.exec()
    finally:
        sys.excepthook, threading.excepthook = old_hooks
        if window is not None:
            window.deleteLater()
        controller.close_session()
