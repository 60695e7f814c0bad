"""File > Import spreadsheet…: the file is read on a worker, with a progress dialog and Cancel (QA 27).

openpyxl read a 1,000 x 60 workbook exported by Counterweight (2.6 MB, with its Robustness
and Results sheets) for 20 s in the GUI thread, with only the wait cursor. Now
:func:`read_spreadsheet_in_background` reads it (and the notes on its Results sheet) on a
:class:`~counterweight.ui.workers.Worker` while the window goes on repainting; the progress
dialog (window-modal, shown after :data:`~counterweight.ui.brief_actions.PROGRESS_DELAY_MS`
as for exports) offers Cancel. The call returns once the file is read, so the import goes on
as before: the problems of a bad file are raised with their sheet, row and column, and
nothing is created when the user cancels. openpyxl cannot be stopped while it reads, so
a cancelled read finishes on its own and its result is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from counterweight.bulk import gc_paused
from counterweight.domain.errors import CounterweightError
from counterweight.ui.brief_actions import PROGRESS_DELAY_MS
from counterweight.ui.dialogs.error_dialog import FILE_ERRORS
from counterweight.ui.workers import Worker

if TYPE_CHECKING:
    from counterweight.domain import Decision
    from counterweight.engine.phrase import Phrase


@dataclass
class ReadSpreadsheet:
    """What was read: the decision, the notes on what was not read, the notes from a Results sheet."""

    decision: Decision
    read_notes: list[Phrase] = field(default_factory=list)
    results_notes: list[Phrase] = field(default_factory=list)


def read_file(source: Path, cancelled=lambda: False) -> ReadSpreadsheet | Exception | None:  # noqa: ANN001
    """Read ``source`` (on a worker): what was read, the file error (located problems), or None if cancelled."""
    from counterweight.services import spreadsheet  # issue 6: openpyxl loads on first use
    from counterweight.services.export_notes import workbook_notes

    read_notes: list[Phrase] = []
    with gc_paused(cycles=True):  # as for exports: the collector's passes over the cells held up the GUI thread
        try:
            decision = spreadsheet.read_spreadsheet(source, read_notes)
        except FILE_ERRORS as exc:  # shown in the GUI thread with the usual words
            return exc
        if cancelled():
            return None
        # QA pass 17: what the workbook's own results show that the new project does not have
        results = workbook_notes(source) if source.suffix.lower() in spreadsheet.XLSX_SUFFIXES else []
    return None if cancelled() else ReadSpreadsheet(decision, read_notes, results)


class _Reading(QObject):
    """One read: ends the local event loop with the worker's outcome, or with None on Cancel."""

    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self.loop = QEventLoop(self)
        self.outcome: list[object] = []
        self._worker = worker
        worker.finished.connect(self.end)  # methods of this GUI-thread object: queued to the GUI thread
        worker.failed.connect(self.fail)

    def end(self, result: object) -> None:
        if not self.outcome:
            self.outcome.append(result)
        self.loop.quit()

    def fail(self, message: str) -> None:
        self.end(CounterweightError(message))

    def cancel(self) -> None:
        self._worker.cancel()
        self.end(None)


def read_spreadsheet_in_background(window: QWidget, source: Path, label: str, title: str) -> ReadSpreadsheet | None:
    """Read ``source`` on a worker, the window repainting meanwhile; None if the user cancelled.

    Raises the file's error (its problems located), or a :class:`CounterweightError` saying
    in plain words that an unexpected problem stopped the reading.
    """
    worker = Worker(lambda _progress, cancelled: read_file(source, cancelled),
                    description=QCoreApplication.translate("SpreadsheetActions", "the spreadsheet import"))
    reading = _Reading(worker)
    progress = QProgressDialog(label, QCoreApplication.translate("SpreadsheetActions", "Cancel"), 0, 0, window)
    progress.setObjectName("spreadsheetImportProgress")
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)  # nothing else is started meanwhile
    progress.setMinimumDuration(PROGRESS_DELAY_MS)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.canceled.connect(reading.cancel)
    app = QCoreApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(reading.cancel)
    progress.setValue(0)
    worker.start()
    try:
        reading.loop.exec()
    finally:
        progress.canceled.disconnect(reading.cancel)
        progress.close()
        progress.deleteLater()
        reading.deleteLater()  # also drops the connection to aboutToQuit
    result = reading.outcome[0] if reading.outcome else None
    if isinstance(result, Exception):
        raise result
    return result if isinstance(result, ReadSpreadsheet) else None


__all__ = ["ReadSpreadsheet", "read_file", "read_spreadsheet_in_background"]
