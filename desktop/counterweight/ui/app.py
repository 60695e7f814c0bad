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
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from counterweight import bulk
from counterweight.ui import context_menu_key, safe_tooltips
from counterweight.ui import theme  # issue 6: light, dark and high-contrast palettes
from counterweight.bulk import collect_and_freeze, freeze_after_edit
from counterweight.domain.errors import CounterweightError
from counterweight.services import workspace
from counterweight.ui.dialogs.error_dialog import show_unexpected_error, show_user_error
from counterweight.ui.main_window import MainWindow
from counterweight.ui.session_controller import SessionController
from counterweight.ui.after_paint import after_next_paint
from counterweight.ui.startup import (GEOMETRY_KEY, benchmark_requested, close_shell,
                                      prepare_application, report_paint, start_cancelled, window_settings)
from counterweight.ui.smoke import SMOKE_TEST_ENV, run_smoke_test, smoke_test_requested  # noqa: F401 - issue 6
from counterweight.ui.termination import QuitOnSignal

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]
READ_ONLY_FLAG = "--read-only"


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
    box.setTextFormat(Qt.TextFormat.PlainText)  # a folder's name shows as it is
    box.exec()


def report_startup_bug(exc: Exception) -> None:
    """Log a bug that stopped the window being built, and show the report dialog (QA 26 item 2).

    Launched from a menu or a file manager, the process used to end with the traceback on
    a standard error nobody sees. The smoke test of a built bundle prints it instead of
    waiting on a dialog.
    """
    log.error("The window could not be built", exc_info=(type(exc), exc, exc.__traceback__))
    if smoke_test_requested():
        return
    show_unexpected_error(None, type(exc), exc, exc.__traceback__)


def make_application(argv: list[str]) -> QApplication:
    """The QApplication (reusing one that already exists), named, translated and themed."""
    app = prepare_application(argv)
    safe_tooltips.install(app)  # user text in tooltips never loads files
    context_menu_key.install(app)  # QA 18: Shift+F10 opens context menus (Qt maps it only on Windows)
    theme.install(app)  # issue 6: tones and charts follow palette, colour-scheme and contrast changes
    return app


#: Milliseconds after a project is installed before the heap is settled (see settle_heap_after_opens).
HEAP_SETTLE_MS = 500


def settle_heap_after_opens(controller: SessionController) -> QTimer:
    """After each project is opened, once things are quiet, collect and freeze the heap.

    See :func:`counterweight.bulk.collect_and_freeze`: it spares large projects the
    long full collections Python would otherwise run at random moments (a 180 ms
    stall while scrolling a 1,000 x 60 matrix), and itself collects only what is not
    frozen yet (about 15 ms there, session 27). Each edit (``changed``) is followed by
    :func:`counterweight.bulk.freeze_after_edit` and restarts the timer too, so that a
    stream of edits is settled once it pauses. Only the application does this, not
    every window a test builds. Returns the single-shot timer (restarted by each open).

    The countdown starts once the open has finished and the event loop runs again (a
    queued connection), not when the new session is announced: the panels rebuild in
    slots of that same signal, and on a slow machine a 1,000 x 60 rebuild can outlast
    the interval, so a direct start let a full collection run before the first paint.
    """
    timer = QTimer(controller)
    timer.setObjectName("heapSettleTimer")
    timer.setSingleShot(True)
    timer.setInterval(HEAP_SETTLE_MS)
    timer.timeout.connect(collect_and_freeze)
    controller.sessionReplaced.connect(timer.start, Qt.ConnectionType.QueuedConnection)

    def after_edit(_changes: object) -> None:  # session 27: once the edit's slots have run (a few ms) ...
        freeze_after_edit()
        timer.start()  # ... and again once edits pause

    controller.changed.connect(after_edit, Qt.ConnectionType.QueuedConnection)
    return timer


def freeze_heap_after_bulk_work(settle_timer: QTimer) -> None:
    """End each bulk operation by freezing the heap, and restart ``settle_timer`` to settle it.

    See :func:`counterweight.bulk.freeze_after_pauses`: it saves a collection of every
    object the operation made (about 50 ms of each 1,000 x 60 open). The timer is
    started in its own thread's event loop, whichever thread ended the pause. Undo with
    ``bulk.freeze_after_pauses(None)``, as :func:`run_gui` does when it returns.
    """
    bulk.freeze_after_pauses(
        lambda: QMetaObject.invokeMethod(settle_timer, "start", Qt.ConnectionType.QueuedConnection))


def run_gui(argv: list[str], path: str | None = None, shell: QWidget | None = None) -> int:
    """Run the Counterweight window until it is closed.

    Parameters
    ----------
    argv
        Command-line arguments (Qt options are honoured; ``--read-only`` opens every
        project read-only).
    path
        Project (``.counterweight``) or decision (``.json``) file to open; by default
        the last project used, or the example project on first run.
    shell
        The start-up window (:mod:`counterweight.ui.startup`), if one is showing: the
        main window takes its place and closes it once it has painted.

    Returns
    -------
    int
        The exit code: the event loop's, or 1 if no project could be opened at all.
    """
    app = make_application(argv)
    read_only = READ_ONLY_FLAG in argv
    controller = SessionController()
    settle = settle_heap_after_opens(controller)  # issue 6: no long collector pauses with a large project
    window: MainWindow | None = None
    funnel = ErrorFunnel(lambda: window)
    old_hooks = install_excepthook(funnel)
    quitter: QuitOnSignal | None = None
    try:
        freeze_heap_after_bulk_work(settle)  # issue 6: ... nor one right after reading it
        if (problem := home_folder_problem()) is not None:
            _close(shell)
            show_startup_failure(problem)
            return 1
        try:  # QA 26: a window that cannot be built or opened says so, never vanishes
            window = MainWindow(controller, force_read_only=read_only)
            # QA 24: SIGTERM (logout, shutdown, kill) quits as File > Quit does, so the project is closed properly
            quitter = QuitOnSignal(window.file_actions.quit_action.trigger, lambda: not window.isVisible())
            quitter.install()
            if shell is not None:
                _take_place_of(window, shell)
            if not window.file_actions.open_startup(path):
                _close(shell)
                #: Translators: shown when the window cannot start because no project opened at all.
                show_startup_failure("\n\n".join(filter(None, (QCoreApplication.translate("MainWindow",
                    "Counterweight could not open any project, not even the example."
                    " Check that your Counterweight folder can be written to."),
                    window.file_actions.startup_problem))))  # QA 28: and why (a full disk, say)
                return 1
            if shell is not None:
                QCoreApplication.processEvents()  # the user may have closed the start-up window meanwhile
                if start_cancelled(shell):
                    return 0
            if benchmark_requested():  # issue 6: shipping benchmark
                report_paint(window, "first-paint", quit_after=True)
            if shell is not None:
                after_next_paint(window, lambda: _close(shell))
            window.show()
            if smoke_test_requested():  # issue 6: smoke test of the built bundle (and of its brief)
                run_smoke_test(app, window)
        except Exception as exc:  # noqa: BLE001 - shown in the bug report dialog, then the start ends
            _close(shell)
            report_startup_bug(exc)
            return 1
        if quitter.requests:  # asked to stop while starting: the loop would never see the window close
            return 0
        return app.exec()
    finally:
        if quitter is not None:
            quitter.uninstall()
        bulk.freeze_after_pauses(None)
        sys.excepthook, threading.excepthook = old_hooks
        if window is not None:
            window.deleteLater()
        if shell is not None:
            shell.deleteLater()
        controller.close_session()


def _take_place_of(window: QWidget, shell: QWidget) -> None:
    """Put a main window that has no saved geometry where the start-up window is."""
    if not window_settings().contains(GEOMETRY_KEY):
        window.move(shell.pos())


def _close(shell: QWidget | None) -> None:
    if shell is not None:
        close_shell(shell)
