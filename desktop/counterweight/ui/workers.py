"""Run slow analyses off the GUI thread, with progress, cancel and plain-words errors.

A :class:`Worker` wraps one call of a Qt-free task (an SMAA run, a sensitivity
sweep) and runs it on a :class:`QThreadPool`. The task receives two plain callables,
``progress(share)`` and ``cancelled()``, so services stay free of Qt: the worker
turns ``progress`` into a signal and ``cancelled`` into a flag that :meth:`Worker.cancel`
sets from the GUI thread.

The worker object lives in the GUI thread; its signals are emitted from the pool
thread. Connect them to methods of widgets (or other GUI-thread objects): such slots
are called through queued connections, in the GUI thread. Exactly one of
``finished`` or ``failed`` is emitted per run, followed by ``done``.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from counterweight.domain.errors import CounterweightError
from counterweight.ui.engine_text import error_text

log = logging.getLogger(__name__)

#: A task: ``task(progress, cancelled) -> result``.
Task = Callable[[Callable[[float], None], Callable[[], bool]], object]


class _Runnable(QRunnable):
    """The pool's handle on a worker; keeps the worker alive until the run ends."""

    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self._worker: Worker | None = worker
        self.setAutoDelete(True)

    def run(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker._run()


class Worker(QObject):
    """One run of ``task`` on a thread pool.

    Parameters
    ----------
    task
        Called as ``task(progress, cancelled)`` on a pool thread. ``progress`` takes
        the share of work done (0-1); ``cancelled`` returns True once :meth:`cancel`
        was called. Its return value is passed to ``finished``.
    description
        What the task does, in plain words, for error messages ("the uncertainty
        analysis").

    Signals
    -------
    progress(float)
        Share of work done, 0-1.
    finished(object)
        The task's result (also when it stopped early because it was cancelled:
        the task decides what a cancelled run returns).
    failed(str)
        A message for the user. A :class:`CounterweightError` gives its own message;
        any other exception is logged with its traceback and reported in plain words.
    done()
        After ``finished`` or ``failed``; the object is then deleted (``deleteLater``), so
        keep no use for it beyond this signal.
    """

    progress = Signal(float)
    finished = Signal(object)
    failed = Signal(str)
    done = Signal()

    def __init__(self, task: Task, *, description: str = "", parent: QObject | None = None) -> None:
        # Qt, not Python, owns the object (its parent, else the application) and deletes it in the
        # GUI thread once ``done`` is delivered: the pool thread may drop the last Python reference.
        super().__init__(parent if parent is not None else QCoreApplication.instance())
        self._cancel = threading.Event()
        self.done.connect(self.deleteLater)
        self.destroyed.connect(lambda *_args, flag=self._cancel: flag.set())  # owner closed: stop the task
        self._task = task
        self._description = description or self.tr("the calculation")
        self._unexpected = self.tr(
            "An unexpected problem stopped {0}. Nothing in the decision was changed; the details were "
            "written to the log.").format(self._description)
        self._started = False
        self._ended = threading.Event()

    # ------------------------------------------------------------ control
    def start(self, pool: QThreadPool | None = None) -> None:
        """Queue the task on ``pool`` (default: the global pool). A worker runs once."""
        if self._started:
            raise RuntimeError("a Worker runs only once")
        self._started = True
        app = QCoreApplication.instance()
        if app is not None:  # stop promptly when the application quits
            app.aboutToQuit.connect(self.cancel)
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))

    def cancel(self) -> None:
        """Ask the task to stop at its next check; safe to call at any time, from any thread."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_running(self) -> bool:
        """True from :meth:`start` until the task has returned or raised."""
        return self._started and not self._ended.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the task has returned or raised (tests and shutdown only)."""
        return self._ended.wait(timeout)

    # ------------------------------------------------------------ pool thread
    def _run(self) -> None:
        try:
            result = self._task(self._report, self._cancel.is_set)
        except CounterweightError as exc:
            log.info("%s stopped: %s", self._description, exc)
            outcome = (self.failed, error_text(exc))  # the window's language (h28i); the log above keeps the English
        except Exception:  # noqa: BLE001 - a bug: log it in full, tell the user in plain words
            log.exception("Unexpected error in %s", self._description)
            outcome = (self.failed, self._unexpected)
        else:
            outcome = (self.finished, result)
        self._ended.set()
        try:
            outcome[0].emit(outcome[1])
            self.done.emit()
        except RuntimeError:  # the owner (and this object) was deleted while the task ran
            log.debug("%s ended after its owner was closed", self._description)

    def _report(self, share: float) -> None:
        try:
            self.progress.emit(min(1.0, max(0.0, float(share))))
        except RuntimeError:  # the owner was deleted: stop the task at its next check
            self._cancel.set()



__all__ = ["Task", "Worker"]
