"""File menu actions for spreadsheets: import, export, and the blank template.

* **Import spreadsheet…** reads a filled-in template (.xlsx, .xlsm), a long-format
  CSV file (.csv, .tsv), or a plain score table of either kind (options in rows,
  criteria in columns; its notes say what was assumed). Every problem is listed with its sheet, row and column, and
  nothing is created until the file is valid; then the decision becomes a new project,
  and what the file held that was not read (another sheet, a title above the headings)
  is said. The dialog opens in the folder of the last import, so a fixed file is one
  step away.
* **Export spreadsheet…** writes an Excel workbook (matrix, weights, results,
  rationales and the data sheets to import it again) or, for a name ending in
  ``.csv``, the score matrix as CSV. It writes on a worker, with a progress dialog
  and Cancel (:mod:`counterweight.ui.export_runner`); ``exportFinished`` says when it is done.
* **Export blank template…** writes the empty workbook to fill in.

The file dialogs, error boxes and the step that makes an import a project are those of
:class:`~counterweight.ui.file_actions.FileActions`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from counterweight.domain import slug
from counterweight.domain.errors import CounterweightError
from counterweight.ui.dialogs.error_dialog import FILE_ERRORS
from counterweight.ui.safe_tooltips import escaped
from counterweight.ui.engine_text import engine_text
from counterweight.ui.export_runner import ExportJob, ExportRunner, Outcome
from counterweight.ui.import_reader import read_spreadsheet_in_background
from counterweight.services.import_origin import spreadsheet_origin

if TYPE_CHECKING:
    from counterweight.ui.file_actions import FileActions

#: Where the folder of the last spreadsheet import is kept in the window's settings.
LAST_IMPORT_FOLDER_KEY = "spreadsheets/lastImportFolder"


class SpreadsheetActions(QObject):
    """The three spreadsheet actions of the File menu and what they do.

    Parameters
    ----------
    files
        The File menu's actions: their window, controller, dialogs and error boxes are used.

    Signals
    -------
    exportFinished(str, bool)
        A spreadsheet export is over: the file, and whether it was written (False when it
        was cancelled or failed). The notes, status and any error box come before it.
    """

    exportFinished = Signal(str, bool)

    def __init__(self, files: FileActions) -> None:
        super().__init__(files)
        self._files = files
        self.last_export_notes: list[str] = []  # what the last spreadsheet export left out (QA pass 17)
        self.last_import_notes: list[str] = []  # what the last workbook imported could not bring (QA pass 17)
        self._import_folder: Path | None = None  # QA pass 22: a retry after a fix starts where the file is
        self._reading = False  # QA 27: a spreadsheet is being read (on a worker)
        self._exports = ExportRunner(files.window, self)  # session 21: the export runs on a worker
        self._exports.ended.connect(self._export_ended)
        self._exports.stopping.connect(lambda: files.status(self.tr("Stopping the export…")))
        self.xlsx_filter = self.tr("Excel workbooks (*.xlsx)")
        self.csv_filter = self.tr("CSV score matrix, for reading (*.csv)")
        # QA pass 14: the matrix CSV does not import back; this one does (one row per score)
        self.csv_long_filter = self.tr("CSV, one row per score, imports back (*.csv)")
        self.import_action = files.make_action(
            "importSpreadsheetAction", self.tr("Import sprea&dsheet…"), None,
            self.tr("Create a project from a filled-in template (.xlsx), a long-format CSV file, or a table "
                    "of scores with options in rows and criteria in columns (.xlsx or .csv)"),
            self.import_spreadsheet)
        self.export_action = files.make_action(
            "exportSpreadsheetAction", self.tr("E&xport spreadsheet…"), None,
            self.tr("Write the matrix, weights, results and rationales to Excel (.xlsx), or the matrix to CSV"),
            self.export_spreadsheet)
        self.template_action = files.make_action(
            "exportTemplateAction", self.tr("Export blank &template…"), None,
            self.tr("Write an empty workbook to fill in and import, with a README sheet"), self.export_template)

    def actions(self) -> list[QAction]:
        """Import spreadsheet, export spreadsheet, export blank template (menu order)."""
        return [self.import_action, self.export_action, self.template_action]

    def update_enabled(self) -> None:
        """Export needs an open project; import and the template do not."""
        self.export_action.setEnabled(self._files.controller.has_session)

    # ------------------------------------------------------------ import
    def import_spreadsheet(self, path: str | Path | None = None, *, interactive: bool = False) -> bool:
        """Create a project from a spreadsheet (asked for if not given) and open it.

        ``interactive``: the user gave ``path`` (dropped it on the window), so the import's
        notes are shown as for a file chosen in the dialog.
        """
        files = self._files
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                files.window, self.tr("Import spreadsheet"), str(self.import_folder()),
                self.tr("Spreadsheets (*.xlsx *.xlsm *.csv *.tsv)") + ";;" + self.tr("All files (*)"),
                options=files.dialog_options)
            if not chosen:
                return False
            path = chosen
            path_was_chosen = True
            self._remember_import_folder(Path(chosen).parent)  # also when the file then has problems
        else:
            path_was_chosen = interactive  # QA 22: a file dropped on the window
        source = Path(path)
        if self._reading:
            files.status(self.tr("A spreadsheet is already being imported."))
            return False
        self._reading = True
        try:  # QA 27: read on a worker, the window repainting, with Cancel (20 s for a 1,000 x 60 workbook)
            read = read_spreadsheet_in_background(files.window, source,
                                                  self.tr("Reading %1…").replace("%1", source.name),
                                                  self.tr("Import spreadsheet"))
        except FILE_ERRORS as exc:
            files.show_error(self.tr("Could not import %1").replace("%1", source.name), exc, source)
            return False
        finally:
            self._reading = False
        if read is None:
            files.status(self.tr("The import was cancelled; no project was created."))
            return False
        notes = [engine_text(n) for n in [*read.read_notes, *read.results_notes]]  # QA passes 17, 22
        target = files.create_imported(read.decision, spreadsheet_origin(source), source,
                                       self.tr("Import spreadsheet"), note=self.tr("(with notes)") if notes else "")
        if target is None:
            return False
        self.last_import_notes = notes
        if notes and path_was_chosen:
            done = self.tr("Imported %1 into %2").replace("%1", source.name).replace("%2", target.name)
            self._show_notes(self.tr("Import spreadsheet"), done + ".", notes, "importNotesBox")
        return True

    # ------------------------------------------------------------ export
    def export_spreadsheet(self, path: str | Path | None = None, *, csv_layout: str | None = None) -> bool:
        """Start writing the decision as .xlsx (every sheet) or .csv, by the name's ending.

        A CSV file holds the score matrix (for reading), or with ``csv_layout="long"``
        one row per score, which File > Import spreadsheet… reads back. The file is
        written on a worker from the project as it is now (session 21: a large workbook
        took seconds and the window froze); ``exportFinished`` says when it is done.
        Returns whether the export started.
        """
        files = self._files
        if not files.controller.has_session:
            return False
        if self._exports.is_busy():
            files.status(self.tr("A spreadsheet is already being exported."))
            return False
        if path is None:
            chosen = self._ask_export_target()
            if chosen is None:
                return False
            target, csv_layout = chosen
        else:
            target = Path(path)
        controller = files.controller
        from counterweight.reports import csv_export  # issue 6: openpyxl loads on first use

        from counterweight.services.export_notes import CSV, XLSX

        job = ExportJob(controller.decision, controller.evaluation, target,
                        CSV if target.suffix.lower() == ".csv" else XLSX, csv_layout or csv_export.MATRIX,
                        controller.view, chosen=path is None)
        # a large workbook (its Robustness sheet runs the analyses) takes seconds: say so meanwhile
        label = self.tr("Exporting to %1…").replace("%1", target.name)
        files.status(label)
        return self._exports.start(job, label, self.tr("Export spreadsheet"))

    def is_exporting(self) -> bool:
        """Whether a spreadsheet export is running (until ``exportFinished``)."""
        return self._exports.is_busy()

    def _export_ended(self, job: ExportJob, outcome: Outcome) -> None:
        """The export's outcome, in the GUI thread: the status, the notes or the error box."""
        files, target = self._files, job.target
        if outcome is not True:
            if outcome is False:
                files.status(self.tr("The export was cancelled; nothing was written."))
            else:
                title = self.tr("Could not export to %1").replace("%1", target.name)
                files.status(title)  # not "Exporting to…" any more
                error = outcome if isinstance(outcome, Exception) else CounterweightError(str(outcome))
                files.show_error(title, error, target)
            self.exportFinished.emit(str(target), False)
            return
        from counterweight.services.export_notes import spreadsheet_notes

        # QA pass 17: what the file leaves out (the marking in a CSV, what re-importing would lose)
        notes = [engine_text(n) for n in spreadsheet_notes(job.decision, job.fmt, job.layout)]
        if job.view is not None:
            notes.insert(0, self.tr("The file holds the shared inputs and their results, not the analyst's or "
                                    "group view the window shows."))
        self.last_export_notes = notes
        done = self.tr("Exported the decision to %1").replace("%1", str(target))
        files.status(done + (" " + self.tr("(with notes)") if notes else ""))
        if notes and job.chosen:  # chosen in the dialog: say it now, before the file is shared
            self._show_notes(self.tr("Export spreadsheet"), done + ".", notes, "exportNotesBox")
        self.exportFinished.emit(str(target), True)

    def import_folder(self) -> Path:
        """Where the import dialog opens: the folder of the last import (this run or an earlier one)
        while it exists, else the open project's folder."""
        settings = self._settings()
        remembered = self._import_folder or (Path(str(settings.value(LAST_IMPORT_FOLDER_KEY)))
                                             if settings is not None and settings.contains(LAST_IMPORT_FOLDER_KEY)
                                             else None)
        return remembered if remembered is not None and remembered.is_dir() else self._files.folder()

    def _remember_import_folder(self, folder: Path) -> None:
        self._import_folder = folder
        settings = self._settings()
        if settings is not None:
            settings.setValue(LAST_IMPORT_FOLDER_KEY, str(folder))

    def _settings(self) -> QSettings | None:
        """The window's settings file (per user, beside the window layout), if it has one."""
        settings = getattr(self._files.window, "_settings", None)
        return settings if isinstance(settings, QSettings) else None

    def _show_notes(self, title: str, done: str, notes: list[str], name: str) -> None:
        """Say what a file left out, in a message the user closes (chosen in a dialog, so said now)."""
        box = QMessageBox(QMessageBox.Icon.Information, title, done, QMessageBox.StandardButton.Ok,
                          self._files.window)
        box.setObjectName(name)
        box.setTextFormat(Qt.TextFormat.PlainText)  # the notes quote names from the file as they are
        box.setInformativeText("\n\n".join(notes))
        box.exec()

    def _ask_export_target(self) -> tuple[Path, str | None] | None:
        """The file to write and, for CSV, its layout (from the chosen filter), or ``None`` if cancelled."""
        files = self._files
        suggested = files.folder() / f"{slug(files.decision_title())}.xlsx"
        chosen, chosen_filter = QFileDialog.getSaveFileName(
            files.window, self.tr("Export spreadsheet"), str(suggested),
            f"{self.xlsx_filter};;{self.csv_filter};;{self.csv_long_filter}", options=files.dialog_options)
        if not chosen:
            return None
        layout = "long" if chosen_filter == self.csv_long_filter else None
        target = Path(chosen)
        if target.suffix.lower() in (".xlsx", ".csv"):
            return target, layout  # the dialog has asked about replacing it
        target = target.with_name(target.name + (".xlsx" if chosen_filter == self.xlsx_filter else ".csv"))
        if not target.exists():
            return target, layout
        answer = QMessageBox.question(
            files.window, self.tr("Export spreadsheet"),
            escaped(self.tr("%1 already exists. Replace it?").replace("%1", target.name)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return (target, layout) if answer == QMessageBox.StandardButton.Yes else None

    def export_template(self, path: str | Path | None = None) -> bool:
        """Write the blank import template (.xlsx), asking where if not given."""
        files = self._files
        if path is None:
            target = files.save_target(self.tr("Export blank template"),
                                        files.folder() / "Counterweight template.xlsx", self.xlsx_filter, ".xlsx")
            if target is None:
                return False
        else:
            target = Path(path)
        from counterweight.services import spreadsheet  # issue 6: openpyxl loads on first use

        try:
            spreadsheet.write_template(target)
        except FILE_ERRORS as exc:
            files.show_error(self.tr("Could not write %1").replace("%1", target.name), exc, target)
            return False
        files.status(self.tr("Wrote the blank template to %1").replace("%1", str(target)))
        return True


__all__ = ["SpreadsheetActions"]
