"""Automatic backups in the window: the offer after a failed open, and File > Restore from backup….

Counterweight backs a project up each time it is opened for writing and when it is
closed after changes (see :mod:`counterweight.services.backups`). When a project
cannot be opened because it is damaged, is not a project any more, or comes from a
newer Counterweight, and a backup exists, the user is offered to restore it, to open
another file, or to cancel. Restoring never deletes the user's file: it is renamed
``<name>.broken-<time>`` (``<name>.replaced-<time>`` from the menu) beside the project.

QA pass 24: the list also holds the files earlier restores set aside, so a restore can
be undone from there; File > Open backups folder shows the folder in the file manager;
and :class:`~counterweight.ui.safekeeping.Safekeeping` backs a changed project up during
a long session and tidies what a killed Counterweight left beside a project.

The file dialogs and error boxes are those of :class:`~counterweight.ui.file_actions.FileActions`.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from counterweight.domain.errors import CounterweightError
from counterweight.ui.dialogs.error_dialog import FILE_ERRORS
from counterweight.ui.engine_text import error_text
from counterweight.ui.safe_tooltips import escaped
from counterweight.services import backups
from counterweight.services.backups import BackupInfo, RestoreResult
from counterweight.ui.dialogs.restore_dialog import (
    BackupListDialog,
    RestoreChoice,
    ask_restore,
    backup_time,
    entries_text,
)
from counterweight.ui.safekeeping import Safekeeping

if TYPE_CHECKING:
    from counterweight.services.session import ProjectSession
    from counterweight.ui.file_actions import FileActions

log = logging.getLogger(__name__)

def _newest_first(info: BackupInfo) -> tuple[dt.datetime, bool]:
    """Sort key: by time to the second (a put-aside file's name has no finer time); within a second the
    file a restore put aside before the backup made when that restore closed the project."""
    return info.created.replace(microsecond=0), info.replaced


class BackupActions(QObject):
    """The restore offer and the File menu's "Restore from backup…" action.

    Parameters
    ----------
    files
        The File menu's actions: their window, controller, dialogs and error boxes are used.
    """

    def __init__(self, files: FileActions) -> None:
        super().__init__(files)
        self._files = files
        self.restore_action = files.make_action(
            "restoreBackupAction", self.tr("Restore &from backup…"), None,
            self.tr("Replace the open project with one of its automatic backups"), self.restore_from_backup)
        self.folder_action = files.make_action(  # QA pass 24: the folder was named in the user guide only
            "openBackupsFolderAction", self.tr("Open bac&kups folder"), None,
            self.tr("Show the folder of automatic backups in the file manager"), self.open_backups_folder)
        self.safekeeping = Safekeeping(files.controller, self)  # QA pass 24: backups during a session

    def update_enabled(self) -> None:
        """Restoring needs a project this window may replace (not a read-only one)."""
        controller = self._files.controller
        self.restore_action.setEnabled(controller.has_session and not controller.read_only)

    # ------------------------------------------------------------ after a failed open
    def offer_restore(self, exc: Exception, path: Path, title: str = "") -> bool | None:
        """Offer the newest backup of ``path`` after opening it raised ``exc``.

        Returns
        -------
        bool or None
            ``None`` when there is nothing to offer (the caller shows the error as
            before), also whenever projects are opened read-only (``--read-only``):
            restoring writes the file; ``True`` when a project was opened (the restored
            one, or another file the user chose); ``False`` when the user cancelled or
            it failed.
        """
        if self._files.force_read_only:
            return None
        try:
            offer = backups.restore_offer(exc, path)
        except FILE_ERRORS as problem:  # the backup folder itself is unreadable: no offer
            log.warning("Could not look for backups of %s: %s", path, problem)
            return None
        if offer is None:
            return None
        choice = ask_restore(self._files.window, offer, title)
        if choice is RestoreChoice.RESTORE:
            return self._restore_and_open(offer.backup, path, backups.aside_tag_for(offer.problem))
        if choice is RestoreChoice.OPEN_OTHER:
            return self.open_other()
        return False

    def open_other(self) -> bool:
        """Ask for another project file and open it; returns whether one was opened."""
        files = self._files
        chosen, _ = QFileDialog.getOpenFileName(
            files.window, self.tr("Open project"), str(files.folder()),
            f"{files.project_filter};;{files.json_filter};;" + self.tr("All files (*)"),
            options=files.dialog_options)
        return bool(chosen) and files.open_path(Path(chosen))

    def _restore_and_open(self, backup: BackupInfo, path: Path, tag: str,
                          before_replace: Callable[[], object] | None = None) -> bool:
        """Restore, then open the result. If the restore fails after ``before_replace``
        closed the open project, that project is reopened before the error is shown."""
        files = self._files
        try:
            result = backups.restore(backup, path, aside_tag=tag, before_replace=before_replace)
        except FILE_ERRORS as exc:
            if before_replace is not None and not files.controller.has_session:
                self._reopen(path)
            files.show_error(self.tr("Could not restore %1").replace("%1", path.name), exc, path)
            return False
        try:
            session = files.open_session(result.project)
        except FILE_ERRORS as exc:
            files.show_error(self.tr("Could not open %1").replace("%1", path.name), exc, path)
            return False
        files.install(session, self.restored_message(result))
        return True

    def restored_message(self, result: RestoreResult) -> str:
        """The status-bar sentence after a restore: what came back, and where the old file went."""
        when = backup_time(result.backup)
        if result.moved_aside is None:
            text = self.tr("Restored %1 from the backup of %2.")
        else:
            text = self.tr("Restored %1 from the backup of %2; the previous file was moved to %3.")
        return (text.replace("%1", result.project.name).replace("%2", when)
                .replace("%3", str(result.moved_aside or "")))

    # ------------------------------------------------------------ File > Restore from backup…
    def restore_from_backup(self) -> bool:
        """List the open project's backups; restore the chosen one after confirmation."""
        files = self._files
        controller = files.controller
        if not controller.has_session or controller.read_only or controller.path is None:
            return False
        path = controller.path
        try:
            found = sorted(backups.backups_for(path) + backups.replaced_for(path),  # QA 24: undo a restore
                           key=_newest_first, reverse=True)
        except FILE_ERRORS as exc:  # the backups folder, not the project, is at fault: name it
            folder = backups.backup_folder()
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else error_text(exc)
            files.show_error(self.tr("Restore from backup"), CounterweightError(
                self.tr("The folder of automatic backups cannot be read: %1.").replace("%1", reason),
                where=str(folder)), folder)
            return False
        if not found:
            QMessageBox.information(files.window, self.tr("Restore from backup"), escaped(self.tr(
                "There is no automatic backup of %1 yet. Counterweight makes one each time a project is opened, "
                "every half hour while it is being changed, and when it is closed after changes.")
                .replace("%1", path.name)))  # the file name as it is
            return False
        dialog = BackupListDialog(found, path.name, files.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.selected_backup() is None:
            return False
        chosen = dialog.selected_backup()
        assert chosen is not None
        if chosen.replaced:
            question = self.tr("Replace %1 with the file as it was before you restored on %2 (%3)? The current "
                               "file is kept beside it, renamed %1.replaced-…, and is listed here too.")
        else:
            question = self.tr("Replace %1 with the backup from %2 (%3)? The current file is kept beside it, "
                               "renamed %1.replaced-…, and can be opened later.")
        answer = QMessageBox.question(
            files.window, self.tr("Restore from backup"),
            escaped(question.replace("%1", path.name)
                    .replace("%2", backup_time(chosen)).replace("%3", entries_text(chosen))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._restore_and_open(chosen, path, "replaced", before_replace=controller.close_session)

    # ------------------------------------------------------------ File > Open backups folder
    def open_backups_folder(self) -> bool:
        """Show the folder of automatic backups in the system's file manager (a local folder: no network).

        The folder is made (private, as the backups make it) if no backup was made yet.
        Returns whether the file manager was asked to show it; if it cannot be, says where it is.
        """
        files = self._files
        try:
            folder = backups.backup_folder()
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            where = Path(str(exc.filename or "."))
            files.show_error(self.tr("Open backups folder"), CounterweightError(
                self.tr("The folder of automatic backups cannot be used: %1.").replace(
                    "%1", exc.strerror or str(exc)), where=str(where)), where)
            return False
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            return True
        QMessageBox.information(files.window, self.tr("Open backups folder"), escaped(self.tr(
            "Counterweight could not open a file manager here. The automatic backups are in %1.")
            .replace("%1", str(folder))))
        return False

    def closing(self) -> tuple[ProjectSession | None, str | None]:
        """The open project, about to be replaced, and why its last backup failed (for :meth:`say_close_failed`)."""
        controller = self._files.controller
        session = controller.session if controller.has_session else None
        return session, session.backup_problem if session is not None else None

    def say_close_failed(self, closing: tuple[ProjectSession | None, str | None], new: ProjectSession) -> None:
        """Say in the window that the project :meth:`closing` gave, now closed, got no backup on closing.

        QA pass 28: only the log said so. A problem already said when it was opened is
        not said again; when the window itself closes, the log line is all there is.
        """
        closed, before = closing
        if closed is None or closed is new:
            return
        problem = closed.backup_problem
        if problem and problem != before:
            self._files.controller.errorRaised.emit(self.tr(
                "No automatic backup could be made of %1 when it was closed: %2. Its changes are saved in the "
                "project itself.").replace("%1", closed.path.name).replace("%2", problem))

    def _reopen(self, path: Path) -> None:
        """Open ``path`` again after a failed restore closed it (a failure here is only logged)."""
        files = self._files
        try:
            files.install(files.open_session(path), self.tr("Reopened %1; nothing was restored.")
                          .replace("%1", path.name))
        except FILE_ERRORS as exc:
            log.warning("Could not reopen %s after a failed restore: %s", path, exc)


__all__ = ["BackupActions"]
