"""File menu actions for decision files (JSON): import and export.

* **Import decision JSON…** reads a decision file (any format version this
  Counterweight reads) and makes it a new project, whose history starts with the
  file it came from (:mod:`counterweight.services.import_origin`).
* **Export decision JSON…** writes the open decision as a decision file others can
  import, stamped with the time and this Counterweight's version.

The file dialogs, error boxes and the step that makes an import a project are those of
:class:`~counterweight.ui.file_actions.FileActions`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from counterweight.domain import slug
from counterweight.services import projects
from counterweight.ui.damaged_snapshot import SnapshotCopyError, say_damaged_snapshot  # h26b
from counterweight.ui.dialogs.error_dialog import FILE_ERRORS

if TYPE_CHECKING:
    from counterweight.ui.file_actions import FileActions


class JsonActions(QObject):
    """The two decision-file actions of the File menu and what they do.

    Parameters
    ----------
    files
        The File menu's actions: their window, controller, dialogs and error boxes are used.
    """

    def __init__(self, files: FileActions) -> None:
        super().__init__(files)
        self._files = files
        self.import_action = files.make_action("importAction", self.tr("&Import decision JSON…"), None,
                                               self.tr("Create a project from a decision (.json) file"),
                                               self.import_json)
        self.export_action = files.make_action("exportAction", self.tr("&Export decision JSON…"), None,
                                               self.tr("Write the decision to a .json file others can import"),
                                               self.export_json)

    def actions(self) -> list[QAction]:
        """Import, export (menu order)."""
        return [self.import_action, self.export_action]

    def update_enabled(self) -> None:
        """Export needs an open project; import does not."""
        self.export_action.setEnabled(self._files.controller.has_session)

    def import_json(self, path: str | Path | None = None) -> bool:
        """Create a project from a decision JSON file (asked for if not given) and open it."""
        files = self._files
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(files.window, self.tr("Import decision"), str(files.folder()),
                                                    f"{files.json_filter};;" + self.tr("All files (*)"),
                                                    options=files.dialog_options)
            if not chosen:
                return False
            path = chosen
        source = Path(path)
        try:
            with files.busy(source):
                decision, origin = projects.read_for_import(source)  # h26h: the history says what it came from
        except FILE_ERRORS as exc:
            files.show_error(self.tr("Could not import %1").replace("%1", source.name), exc, source)
            return False
        return files.create_imported(decision, origin, source, self.tr("Import decision")) is not None

    def export_json(self, path: str | Path | None = None) -> bool:
        """Write the current decision as exchange JSON (asking where, if not given)."""
        files = self._files
        controller = files.controller
        if not controller.has_session:
            return False
        if path is None:
            suggested = files.folder() / f"{slug(files.decision_title())}.json"
            target = files.save_target(self.tr("Export decision"), suggested, files.json_filter, ".json")
            if target is None:
                return False
        else:
            target = Path(path)
        try:
            with files.busy(target, self.tr("Exporting to %1…")):  # QA 27: 1.8 s on a 1,000 x 60 project
                projects.export_json(controller.decision, target)
        except SnapshotCopyError as exc:  # h26b: a snapshot's copy, first read now, is damaged: name it, offer ways out
            say_damaged_snapshot(files.window, controller, exc)
            return False
        except FILE_ERRORS as exc:
            files.show_error(self.tr("Could not export to %1").replace("%1", target.name), exc, target)
            return False
        files.status(self.tr("Exported the decision to %1").replace("%1", str(target)))
        return True


__all__ = ["JsonActions"]
