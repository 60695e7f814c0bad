"""File menu actions for briefs: protective marking, Export brief…, Print…, and saving charts.

* **Set protective marking…** asks for the marking (presets or free text) and
  applies it as one undoable edit (``SetMarking``).
* **Export brief…** writes the PDF brief in a child process (QA 27: :mod:`~counterweight.ui.brief_process`),
  or else as Print… does. Both follow the view the window shows (h25k: shared, group or an analyst's). A progress dialog with Cancel appears if it takes a moment.
* **Print…**: the analyses (sensitivity, distance to flip, SMAA-2) and the page layout run on
  worker threads; only the charts are drawn in the GUI thread, recorded as SVG for the worker.
* **Set brief author…** asks for the name printed as "Prepared by" (kept in this
  computer's settings; :mod:`counterweight.ui.brief_author`).
* Saving charts (File > Save chart as picture… and each chart's context menu) is
  :mod:`counterweight.ui.chart_saving`; its action goes in the File menu here.

Signals ``briefWritten(str)`` (the file, or the printer's name) and
``briefFailed(str)`` (a message) report the outcome; tests wait on them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMenu, QProgressBar, QProgressDialog
from shiboken6 import isValid

from counterweight.domain import slug
from counterweight.domain.errors import CounterweightError
from counterweight.services.leftovers import writing_brief
from counterweight.ui.brief_paper import PaperMenu, stored_paper
from counterweight.ui.brief_process import BriefProcess, child_can_write
from counterweight.ui.chart_saving import ChartSaving
from counterweight.ui.engine_text import error_text
from counterweight.ui.session_controller import SessionController
from counterweight.ui.widgets.progress_focus import reach_by_keyboard
from counterweight.ui.workers import Worker

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from counterweight.reports.brief_content import Brief
    from counterweight.reports.pdf_brief import ChartPicture

# Issue 6 (start-up time): the report builders, the PDF writer, printing and the marking
# dialog are imported when first used, not while the window opens.

#: Show the progress dialog only for work that lasts longer than this.
PROGRESS_DELAY_MS = 300


class BriefActions(QObject):
    """Owns the brief, print, marking and chart-export actions of the main window.

    Parameters
    ----------
    window
        The main window (its ``controller``, ``file_actions`` and ``show_status`` are used).
    file_menu
        The File menu; the actions go in just before Quit.
    """

    briefWritten = Signal(str)
    briefFailed = Signal(str)

    #: Export in a child process when it can (QA 27); False in tests/ui/conftest.py (see test_brief_process.py)
    in_child = True
    #: The page count of the last brief written (for the bundle's smoke test, :mod:`counterweight.ui.smoke`)
    pages_written: object = None

    def __init__(self, window: QMainWindow, file_menu: QMenu, settings: QSettings | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._controller: SessionController = window.controller  # type: ignore[attr-defined]
        self._status: Callable[[str], None] = window.show_status  # type: ignore[attr-defined]
        self._workers: list[Worker] = []
        self._child: BriefProcess | None = None
        self._progress: QProgressDialog | None = None
        self._printer: QPrinter | None = None
        self._output: Callable[[Brief, dict[str, ChartPicture]], int] | None = None
        self._where = ""
        self._cancelling = False
        self.marking_action = self._action("setMarkingAction", self.tr("Set protective &marking…"),
                                           self.tr("Choose the marking shown on the window and on every page"),
                                           self.choose_marking)
        self.author_action = self._action("setBriefAuthorAction", self.tr("Set brief a&uthor…"),
                                           self.tr("Choose the name printed as \"Prepared by\" on briefs "
                                                   "(kept on this computer)"), self.choose_author)
        self.export_brief_action = self._action("exportBriefAction", self.tr("Export &brief (PDF)…"),
                                                self.tr("Write the decision brief as a PDF (the brief is in English, "
                                                        "whatever the window's language)"), self.export_brief)
        self.export_brief_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.print_action = self._action("printAction", self.tr("&Print brief…"),
                                         self.tr("Print the decision brief (in English)"), self.print_brief)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.charts = ChartSaving(window)  # File > Save chart as picture… and the charts' context menus
        self.save_chart_action = self.charts.action
        quit_action = getattr(window, "file_actions").quit_action
        self.paper_menu = PaperMenu(settings, file_menu)  # h25d: A4 or US Letter, ui/brief_paper.py
        file_menu.insertActions(quit_action, [self.marking_action, self.author_action, self.paper_menu.menuAction(),
                                              self.export_brief_action,
                                              self.print_action,
                                              self.save_chart_action])
        file_menu.insertSeparator(quit_action)
        self._controller.sessionReplaced.connect(self.update_enabled)
        self.update_enabled()

    def _action(self, name: str, text: str, tip: str, slot: Callable[[], object]) -> QAction:
        return getattr(self._window, "file_actions").make_action(name, text, None, tip, slot)

    def update_enabled(self) -> None:
        has = self._controller.has_session
        self.marking_action.setEnabled(has and not self._controller.read_only)
        self.export_brief_action.setEnabled(has)
        self.print_action.setEnabled(has)
        self.save_chart_action.setEnabled(has)

    def _dialog_options(self) -> QFileDialog.Option:
        return getattr(self._window, "file_actions").dialog_options

    # ------------------------------------------------------------ marking
    def choose_marking(self) -> None:
        """Ask for the marking and apply it (one undo step)."""
        if not self._controller.has_session:
            return
        from counterweight.ui.dialogs.marking_dialog import MarkingDialog

        dialog = MarkingDialog(self._controller.decision.marking, self._window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_marking(dialog.marking())

    def set_marking(self, marking: str) -> str | None:
        """Set the project's marking as an undoable edit; ``None`` on success, else the error message."""
        if not self._controller.has_session or marking == self._controller.decision.marking:
            return None
        from counterweight.services.marking import SetMarking

        error = self._controller.submit(SetMarking(marking))
        if error is None:
            self._status(self.tr("Protective marking set to {0}").format(marking) if marking
                         else self.tr("Protective marking removed"))
        return error

    # ------------------------------------------------------------ author
    def choose_author(self) -> None:
        """Ask for the name briefs print as "Prepared by" (QA 25 item 10) and keep it."""
        from counterweight.ui.brief_author import author_dialog

        dialog = author_dialog(self._settings, self._window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.set_author(dialog.textValue())

    def set_author(self, name: str) -> None:
        """Keep ``name`` for the next briefs ('' : the account holder's name) and say so."""
        from counterweight.ui.brief_author import store_author

        kept = store_author(self._settings, name)
        self._status(self.tr("Briefs will say \"Prepared by {0}\".").format(kept) if kept
                     else self.tr("Briefs will name the account holder as their preparer."))

    # ------------------------------------------------------------ brief
    def export_brief(self, path: str | Path | None = None) -> bool:
        """Write the brief of the open project as a PDF (asking where, if not given). Returns whether it started."""
        if not self._controller.has_session:
            return False
        if path is None:
            folder = self._controller.path.parent if self._controller.path else Path.home()
            suggested = folder / f"{slug(self._controller.decision.title)}-brief.pdf"
            # QA 18: the projects' and spreadsheets' way: ".pdf" added to a name typed without it, and
            # asked before replacing that file (the dialog asked only about the name as typed)
            chosen = getattr(self._window, "file_actions").save_target(
                self.tr("Export brief"), suggested, self.tr("PDF documents (*.pdf)"), ".pdf")
            if chosen is None:
                return False
            path = chosen
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        in_child = self.in_child and child_can_write(self._controller)
        return self._start_child(target) if in_child else self._write_here(target)

    def _write_here(self, target: Path) -> bool:
        """The brief written to ``target`` by this process (workers and the GUI thread)."""
        from counterweight.reports.pdf_brief import write_pdf

        paper = stored_paper(self._settings)  # read here, in the GUI thread

        def write(brief: Brief, charts: dict[str, ChartPicture]) -> int:
            with writing_brief(target):  # QA 24: a kill leaves a .part that the next tidy can tell is dead
                return write_pdf(brief, target, charts, paper=paper)

        return self._start(write, str(target))

    def print_brief(self, printer: QPrinter | None = None) -> bool:
        """Print the brief; without ``printer`` the print dialog asks for one. Returns whether it started."""
        if not self._controller.has_session:
            return False
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from counterweight.reports.pdf_brief import print_brief_on

        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self._window)
            dialog.setWindowTitle(self.tr("Print brief"))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        self._printer = printer  # kept alive until the worker is done with it
        name = printer.outputFileName() or printer.printerName() or self.tr("the printer")
        # on the whole sheet, as the export: the printer's margins would be added to the brief's own
        return self._start(lambda brief, charts: print_brief_on(printer, brief, charts), name)

    def _start(self, output: Callable[[Brief, dict[str, ChartPicture]], int], where: str) -> bool:
        """Analyses on a worker, charts here, then ``output`` on a worker (one brief at a time)."""
        if self.is_busy():
            self._status(self.tr("A brief is already being prepared."))
            return False
        from counterweight.services.briefing import request_for_session

        try:
            from counterweight.ui.brief_author import stored_author

            request = request_for_session(self._controller.session, prepared_by=stored_author(self._settings),
                                          view=self._controller.view)  # h25k: the view the window shows
        except CounterweightError as exc:
            self._fail(error_text(exc))
            return False
        self._output, self._where, self._cancelling = output, where, False
        self._show_progress(self.tr("Preparing the brief…"))
        # Worker signals arrive from a pool thread: connect them to methods of this (GUI-thread)
        # object, never to lambdas, so the slots run in the GUI thread.
        analysis = Worker(request.build, description=self.tr("the brief's analyses"), parent=self)
        analysis.progress.connect(self._on_progress)
        analysis.finished.connect(self._draw)
        analysis.failed.connect(self._fail)
        self._run(analysis)
        return True

    def _on_progress(self, share: float) -> None:
        self._set_progress(int(80 * share))

    # ------------------------------------------------------------ brief in a child process (QA 27)
    def _start_child(self, target: Path) -> bool:
        if self.is_busy():
            self._status(self.tr("A brief is already being prepared."))
            return False
        from counterweight.ui.brief_author import stored_author

        self._child, self._where, self._cancelling = BriefProcess(target, self), str(target), False
        self._child.progress.connect(lambda share: self._set_progress(int(100 * share)))
        for signal in (self._child.written, self._child.failed, self._child.unavailable):
            signal.connect(self._child_ended)
        self._show_progress(self.tr("Preparing the brief…"))
        self._child.start(self._controller.session.path, self._controller.decision.marking,
                          stored_author(self._settings), stored_paper(self._settings), self._controller.view)
        return True

    def _child_ended(self, outcome: int | str | None = None) -> None:
        """Pages written, the child's message, or ``None``: not started, so written here (nothing alarming)."""
        child, self._child = self._child, None
        if child is None:
            return
        child.deleteLater()
        if isinstance(outcome, int):
            self._done(outcome)
        elif outcome is None:
            self._close_progress()
            self._write_here(child.target)
        else:
            self._cancelling = self._cancelling or child.cancelled
            self._fail(self.tr("The brief was cancelled; nothing was written.") if child.cancelled else outcome)

    def stop_for_close(self) -> None:
        """The window is closing: a child writing a brief is stopped, and what it left removed."""
        if self._child is not None:
            self._cancelling = True
            self._child.stop_now()

    def _draw(self, brief: Brief) -> None:
        """Record the charts in the GUI thread, then print on a worker."""
        if self._output is None:
            return
        if self._progress is not None and self._progress.wasCanceled():
            self._fail(self.tr("The brief was cancelled; nothing was written."))
            return
        from counterweight.reports.pdf_brief import record_charts

        try:
            charts = record_charts(brief)
        except CounterweightError as exc:
            self._fail(error_text(exc))
            return
        self._set_progress(85)
        output = self._output
        writer = Worker(lambda _progress, _cancelled: output(brief, charts), description=self.tr("the brief"),
                        parent=self)
        writer.finished.connect(self._done)
        writer.failed.connect(self._fail)
        self._run(writer)

    def _run(self, worker: Worker) -> None:
        self._workers.append(worker)
        worker.done.connect(lambda w=worker: self._forget(w))
        worker.start()

    def _forget(self, worker: Worker) -> None:
        self._workers = [w for w in self._workers if w is not worker]

    def _show_progress(self, text: str) -> None:
        progress = QProgressDialog(text, self.tr("Cancel"), 0, 100, self._window)
        progress.setObjectName("briefProgress")
        progress.setWindowTitle(self.tr("Brief"))
        progress.findChild(QProgressBar).setAccessibleName(self.tr("Progress of the brief"))  # QA pass 30
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setWindowModality(Qt.WindowModality.NonModal)
        progress.canceled.connect(self._cancel)
        reach_by_keyboard(progress)  # QA 30: its Cancel within reach of the keyboard (non-modal)
        progress.setValue(0)
        self._progress = progress

    def _set_progress(self, value: int) -> None:
        if self._progress is not None:
            self._progress.setValue(value)

    def _cancel(self) -> None:
        self._cancelling = True
        for worker in list(self._workers):
            worker.cancel()
        if self._child is not None:
            self._child.cancel()

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.canceled.disconnect(self._cancel)
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        self._printer = None
        self._output = None

    def _done(self, pages: object) -> None:
        where, self.pages_written = self._where, pages
        self._close_progress()
        self._status(self.tr("Wrote the brief to {0} ({1} pages)").format(where, pages))
        self.briefWritten.emit(where)

    def _fail(self, message: str) -> None:
        for worker in list(self._workers):
            worker.cancel()
        cancelled, self._cancelling = self._cancelling, False
        self._close_progress()
        if cancelled:  # a cancellation is not an error worth a banner
            self._status(message)
        else:
            self._controller.errorRaised.emit(message)  # the status bar and the window's message banner
        self.briefFailed.emit(message)

    def is_writing_in_child(self) -> bool:
        """Whether the brief being written is written by a child process (QA 27)."""
        return self._child is not None

    def is_busy(self) -> bool:
        """Whether a brief is being prepared or written."""
        # A worker deletes itself once its ``done`` is delivered, and that deletion can come
        # before the call that forgets it (which then never arrives). Before this check, one
        # such race left "A brief is already being prepared." for the rest of the session.
        self._workers = [w for w in self._workers if isValid(w)]
        return bool(self._workers) or self._child is not None


__all__ = ["BriefActions"]
