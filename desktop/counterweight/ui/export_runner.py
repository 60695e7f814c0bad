"""File > Export spreadsheet… on a worker thread, with a progress dialog and Cancel (session 21).

The workbook's Robustness sheet runs the weight sensitivity, the distance to flip and the
method comparison; with a 1,000 x 60 project building and saving the workbook takes
seconds, and done in the GUI thread the window did not repaint meanwhile. Now:

* :class:`ExportJob` holds what the export needs, taken when the user asks: the decision
  and its evaluation (a frozen pydantic model and a frozen result; an edit builds new
  ones, so the user may go on editing and the file holds the project as it was), the
  file, its format and the CSV layout.
* :func:`write_export` does the work on a worker. It is Qt-free (openpyxl and the
  reports only). It looks for Cancel after the analyses and after the workbook is built;
  the workbook is saved by :func:`~counterweight.reports.xlsx_export.save_workbook`, which
  writes a temporary file beside the target and moves it into place. openpyxl cannot be
  stopped while it writes, so a Cancel that comes then takes effect once the temporary
  file is complete: it is removed and the target is left as it was. The CSV file is
  written by :func:`~counterweight.reports.csv_export.write_csv` in one short step; a
  Cancel that comes during that step is too late, and the outcome says the file was written.
* The worker holds Python's interpreter lock while it runs Python code, and the cyclic
  collector's full passes over the growing workbook stopped the GUI thread for up to 0.7 s
  at a time (1,000 x 60). The collector is paused meanwhile (:func:`~counterweight.bulk.gc_paused`)
  and the cells are freed by reference count once saved (:func:`free_cells`), so the
  collector has no workbook to walk afterwards either.
* :class:`ExportRunner` runs one job at a time, shows the progress dialog only when the
  work lasts longer than :data:`~counterweight.ui.brief_actions.PROGRESS_DELAY_MS`, and
  reports the outcome in the GUI thread with ``ended(job, outcome)``.

Closing the window deletes the runner and its worker, which sets the worker's cancel flag
(as for the brief): the task stops at its next look and writes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from counterweight.bulk import gc_paused
from counterweight.domain import Decision
from counterweight.engine import Evaluation
from counterweight.ui.brief_actions import PROGRESS_DELAY_MS
from counterweight.ui.dialogs.error_dialog import FILE_ERRORS
from counterweight.ui.workers import Worker

if TYPE_CHECKING:
    from openpyxl.workbook import Workbook

#: What :func:`write_export` returns: True (written), False (cancelled: nothing written),
#: or the file error that stopped it; :class:`ExportRunner` adds a message (str) for a bug.
Outcome = bool | Exception | str


@dataclass(frozen=True, eq=False)
class ExportJob:
    """One spreadsheet export, as it was asked for.

    ``fmt`` is ``CSV`` or ``XLSX`` of :mod:`counterweight.services.export_notes`; ``layout``
    is the CSV layout; ``view`` the analyst or group view shown at the time (for the notes);
    ``chosen`` whether the file was chosen in the dialog (then the notes are shown in a box).
    """

    decision: Decision
    evaluation: Evaluation
    target: Path
    fmt: str
    layout: str
    view: str | None = None
    chosen: bool = False


class _Cancelled(Exception):
    """Raised inside :func:`write_export` to stop before the file is moved into place."""


def write_export(job: ExportJob, _progress: Callable[[float], None], cancelled: Callable[[], bool]) -> Outcome:
    """Write ``job`` (on a worker): True once written, False if cancelled, else the file error."""
    with gc_paused(cycles=True):  # the collector's full passes over a growing workbook held up the GUI thread
        try:
            return _write(job, cancelled)
        except _Cancelled:
            return False
        except FILE_ERRORS as exc:  # shown in the GUI thread with the usual words
            return exc


def _write(job: ExportJob, cancelled: Callable[[], bool]) -> bool:
    from counterweight.reports import csv_export, xlsx_export  # issue 6: openpyxl loads on first use
    from counterweight.reports.xlsx_robustness import robustness_of
    from counterweight.services.export_notes import CSV

    if cancelled():
        return False
    if job.fmt == CSV:
        csv_export.write_csv(job.decision, job.target, layout=job.layout)
        return True
    robustness = robustness_of(job.decision)  # the Robustness sheet's analyses (then the cells, then the file)
    if cancelled():
        return False
    workbook = xlsx_export.build_workbook(job.decision, job.evaluation, robustness)
    try:
        if cancelled():
            return False
        workbook.save = partial(_save_unless_cancelled, workbook.save, cancelled)  # type: ignore[method-assign]
        xlsx_export.save_workbook(workbook, job.target)
        return True
    finally:
        free_cells(workbook)


def _save_unless_cancelled(save: Callable[[str | Path], object], cancelled: Callable[[], bool],
                           filename: str | Path) -> None:
    """``save`` and then stop if cancelled meanwhile.

    save_workbook calls this with its temporary file, then moves that file into place:
    raising here skips the move, and its ``finally`` removes the temporary file.
    (A function of its own: lupdate loses the class context after a nested ``def``.)
    """
    save(filename)
    if cancelled():
        raise _Cancelled


def free_cells(workbook: Workbook) -> None:
    """Free the workbook's cells now, by reference count, a few at a time.

    A cell and its sheet refer to each other, so a dropped workbook is left for the cyclic
    collector: one full pass over a million cells, over a second with the GUI thread waiting
    (a 1,000 x 60 workbook, measured). Emptying each sheet's table of cells (openpyxl's own
    ``_cells``) frees them one by one, and the GUI thread runs in between. Should openpyxl
    rename it, the collector frees them as before.
    """
    for sheet in workbook.worksheets:
        cells = getattr(sheet, "_cells", None)
        while isinstance(cells, dict) and cells:
            cells.popitem()


class ExportRunner(QObject):
    """Runs one :class:`ExportJob` at a time on a :class:`~counterweight.ui.workers.Worker`.

    Signals
    -------
    stopping()
        Cancel was pressed; the work stops at its next look (seconds, for a large workbook).
    ended(job, outcome)
        In the GUI thread, once the work is over: ``outcome`` is True (written), False
        (cancelled, nothing written), the file error, or a message for an unexpected problem.
    """

    stopping = Signal()
    ended = Signal(object, object)

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._job: ExportJob | None = None
        self._worker: Worker | None = None
        self._progress: QProgressDialog | None = None

    def is_busy(self) -> bool:
        """From :meth:`start` until ``ended`` has been emitted (also while a Cancel takes effect)."""
        return self._job is not None

    def start(self, job: ExportJob, label: str, title: str) -> bool:
        """Start ``job``; ``label`` and ``title`` are the progress dialog's. False if one is running."""
        if self.is_busy():
            return False
        self._job = job
        self._show_progress(label, title)
        # Connected to methods of this GUI-thread object (never lambdas): the slots run in the GUI thread.
        worker = Worker(lambda progress, cancelled: write_export(job, progress, cancelled),
                        description=self.tr("the spreadsheet export"), parent=self)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._finished)
        self._worker = worker
        worker.start()
        return True

    def cancel(self) -> None:
        """Ask the running export to stop (it writes nothing); ``stopping``, then ``ended``, follow."""
        worker = self._worker
        self._close_progress()
        if worker is not None and not worker.is_cancelled():
            worker.cancel()
            self.stopping.emit()

    def _show_progress(self, label: str, title: str) -> None:
        progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self._window)  # 0, 0: busy, no share known
        progress.setObjectName("spreadsheetExportProgress")
        progress.setWindowTitle(title)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setWindowModality(Qt.WindowModality.NonModal)  # the window stays usable
        progress.canceled.connect(self.cancel)
        progress.setValue(0)
        self._progress = progress

    def progress_dialog(self) -> QProgressDialog | None:
        """The progress dialog of the running export (shown after the delay), if any."""
        return self._progress

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.canceled.disconnect(self.cancel)
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _finished(self, outcome: object) -> None:
        job, self._job, self._worker = self._job, None, None
        self._close_progress()
        if job is not None:
            self.ended.emit(job, outcome)


__all__ = ["ExportJob", "ExportRunner", "Outcome", "free_cells", "write_export"]
