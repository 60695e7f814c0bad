"""One background job at a time for a panel, the latest request winning.

A panel whose analysis takes a noticeable time on a large project hands it to a
:class:`LatestRun`: the job runs on a :class:`~counterweight.ui.workers.Worker`, and
a request made while one is running cancels it and runs once that one has ended, so
a burst of edits costs at most two runs and the result shown is always the latest
one's. The result comes back through ``resultReady(context, result)`` in the GUI
thread, with the ``context`` given at the request (typically the decision the job
worked on, so the panel fills its tables from the same one).

Jobs take no arguments and must not touch Qt widgets: they run on a pool thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from counterweight.ui.workers import Worker


class LatestRun(QObject):
    """Runs the latest of a panel's requests on a worker thread.

    Parameters
    ----------
    description
        What the job does, in plain words, for error messages ("the comparison of methods").
    parent
        The panel (owns this object).

    Signals
    -------
    resultReady(object, object)
        ``(context, result)`` of the latest request, once it has run.
    failedWith(object, str)
        ``(context, message)`` when the latest request's job raised.
    busyChanged(bool)
        A job started running (True) or none is left running or waiting (False).
    """

    resultReady = Signal(object, object)
    failedWith = Signal(object, str)
    busyChanged = Signal(bool)

    def __init__(self, description: str, parent: QObject) -> None:
        super().__init__(parent)
        self._description = description
        self._worker: Worker | None = None
        self._running: tuple[int, object] | None = None  # (request number, context) of the job running
        self._pending: tuple[Callable[[], object], object] | None = None
        self._latest = 0  # number of the latest request; results of older ones are dropped

    def request(self, job: Callable[[], object], context: object) -> None:
        """Run ``job`` on a worker (after the one running, which is cancelled and whose result is dropped)."""
        self._latest += 1
        if self._worker is not None:
            self._worker.cancel()
            self._pending = (job, context)
            return
        self._start(job, context)

    def run(self, job: Callable[[], object], context: object, *, background: bool) -> None:
        """:meth:`request` when ``background`` (a large project), else run ``job`` here and now.

        Run here, its result comes through ``resultReady`` before this returns, and any request
        still running or waiting is dropped first: its older result would replace this one.
        """
        if background:
            self.request(job, context)
            return
        self.drop()
        self.resultReady.emit(context, job())

    def drop(self) -> None:
        """Forget every request: a job still running ends unseen and nothing waiting is started."""
        self._latest += 1
        self._pending = None
        if self._worker is not None:
            self._worker.cancel()

    def is_busy(self) -> bool:
        """Whether a job is running or waiting to run."""
        return self._worker is not None or self._pending is not None

    def _start(self, job: Callable[[], object], context: object) -> None:
        worker = Worker(lambda _progress, _cancelled: job(), description=self._description, parent=self)
        worker.finished.connect(self._on_finished)  # bound methods: queued to the GUI thread
        worker.failed.connect(self._on_failed)
        self._worker, self._running = worker, (self._latest, context)
        self.busyChanged.emit(True)
        worker.start()

    def _ended(self) -> tuple[bool, object]:
        """The job has ended: whether its result is the latest, and its context; the next one is started."""
        number, context = self._running if self._running is not None else (-1, None)
        self._worker, self._running = None, None
        if self._pending is not None:
            QTimer.singleShot(0, self._start_pending)  # after this event: the ended worker is let go first
        return number == self._latest, context

    def _start_pending(self) -> None:
        if self._pending is not None and self._worker is None:
            job, context = self._pending
            self._pending = None
            self._start(job, context)
        elif self._worker is None:
            self.busyChanged.emit(False)

    def _on_finished(self, result: object) -> None:
        latest, context = self._ended()
        if latest:
            self.resultReady.emit(context, result)
        if not self.is_busy():
            self.busyChanged.emit(False)

    def _on_failed(self, message: str) -> None:
        latest, context = self._ended()
        if latest:
            self.failedWith.emit(context, message)
        if not self.is_busy():
            self.busyChanged.emit(False)


__all__ = ["LatestRun"]
