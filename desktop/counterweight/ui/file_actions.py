"""The File menu: new, open, recent, save (checkpoint), save as, import, export, quit.

Imports and exports have their own classes (:mod:`.json_actions`, :mod:`.spreadsheet_actions`);
every import ends in :meth:`FileActions.create_imported`.

Every edit is saved to the project file the moment it is made, so "Save" does not
write anything: it marks the undo history clean (a checkpoint) and says so. Changes
typed in a panel and not applied yet are applied before any File action runs and
before the window closes (:class:`~counterweight.ui.pending_edits.PendingEditsGuard`).
Opening a file that fails (corrupt, not a project, locked) shows a clear message and
leaves the current project open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from counterweight.bulk import gc_paused
from counterweight.domain import Decision, slug
from counterweight.domain.errors import CounterweightError, ProjectFileError
from counterweight.services import projects, workspace
from counterweight.services.session import ProjectSession
from counterweight.services.workspace import PROJECT_SUFFIX
from counterweight.ui.dialogs.error_dialog import FILE_ERRORS, show_user_error
from counterweight.ui.engine_text import engine_text
from counterweight.ui.pending_edits import PendingEditsGuard
from counterweight.ui.recent_menu import RecentMenu
from counterweight.ui.refused_changes import REPLACES_PROJECT  # QA 24
from counterweight.ui.session_controller import SessionController
from counterweight.ui.json_actions import JsonActions  # h27a: decision JSON
from counterweight.ui.spreadsheet_actions import SpreadsheetActions  # issue 5: spreadsheets
from counterweight.ui.backup_actions import BackupActions  # issue 6: automatic backups

log = logging.getLogger(__name__)

def _as_user_error(exc: Exception, path: Path) -> CounterweightError:
    if isinstance(exc, CounterweightError):
        return exc
    reason = getattr(exc, "strerror", None) or str(exc)
    if isinstance(exc, PermissionError):  # QA 22: a workbook still open in Excel, or another account's file
        return ProjectFileError(QCoreApplication.translate(
            "FileActions", "{0}: the file could not be used. It may be open in another program that keeps others "
            "out (Excel does): close it there and try again. Or this account may not be allowed to read or "
            "change it, or its folder: ask whoever looks after that folder. ({1})").format(path.name, reason),
            where=str(path))
    return ProjectFileError(QCoreApplication.translate("FileActions", "{0}: the file could not be used ({1}).")
                            .format(path.name, reason), where=str(path))


def _same_file(a: Path | None, b: Path) -> bool:
    try:
        return a is not None and a.resolve() == b.resolve()
    except OSError:
        return False


class FileActions(QObject):
    """Owns the File menu's actions and the open/save/import/export use-cases.

    Parameters
    ----------
    window
        The main window: parent of dialogs, owner of the status bar.
    controller
        The session controller whose project these actions replace or save.
    status
        Shows a short message in the status bar.
    force_read_only
        Open every project read-only (the ``--read-only`` command-line flag).
    native_dialogs
        Use the platform's file dialogs (tests pass ``False``).
    """

    def __init__(self, window: QMainWindow, controller: SessionController, status: Callable[[str], None], *,
                 force_read_only: bool = False, native_dialogs: bool = True) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self.status = status
        self.force_read_only = force_read_only
        self.startup_problem = ""  # why the example could not be opened, when no project could be (QA 28)
        self.dialog_options = QFileDialog.Option(0) if native_dialogs else QFileDialog.Option.DontUseNativeDialog
        self.project_filter = self.tr("Counterweight projects (*%1)").replace("%1", PROJECT_SUFFIX)
        self.json_filter = self.tr("Decision files (*.json)")
        self.pending_edits = PendingEditsGuard(window, controller, self.save_as)  # typed changes first, also on close

        act = self.make_action
        self.new_action = act("newAction", self.tr("&New decision…"), QKeySequence.StandardKey.New,
                              self.tr("Start a new decision in a new project file"), self.new_project)
        self.open_action = act("openAction", self.tr("&Open…"), QKeySequence.StandardKey.Open,
                               self.tr("Open a project file"), self.open_dialog)
        self.save_action = act("saveAction", self.tr("&Save checkpoint"), QKeySequence.StandardKey.Save,
                               self.tr("Changes are saved automatically; mark this point as saved"),
                               self.save_checkpoint)
        self.save_as_action = act("saveAsAction", self.tr("Save &As…"), QKeySequence("Ctrl+Shift+S"),
                                  self.tr("Copy the project to a new file and continue there"), self.save_as)
        self.json_files = JsonActions(self)  # h27a: import and export decision JSON
        self.spreadsheets = SpreadsheetActions(self)  # issue 5: import/export spreadsheets, blank template
        self.backups = BackupActions(self)  # issue 6: restore offer and File > Restore from backup…
        self.example_action = act(  # QA pass 20: the example as shipped, whatever became of the copy
            "freshExampleAction", self.tr("Open the &example as shipped"), None,
            self.tr("Open a new copy of the worked example, as it came with Counterweight"), self.open_fresh_example)
        self.quit_action = act("quitAction", self.tr("&Quit"), QKeySequence("Ctrl+Q"), self.tr("Close Counterweight"),
                               window.close)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.recent_menu = RecentMenu(window, self.open_path, self.pending_edits)

    @property
    def window(self) -> QMainWindow:  # the parent of dialogs, owner of the status bar
        return self._window

    @property
    def controller(self) -> SessionController:  # whose project these actions replace or save
        return self._controller

    def make_action(self, name: str, text: str, key: QKeySequence | QKeySequence.StandardKey | None, tip: str,
                    slot: Callable[[], object]) -> QAction:
        """A File menu action: typed changes applied first, the project's refused changes asked about."""
        action = QAction(text, self._window)
        action.setObjectName(name)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        # typed changes in first, or stop; changes the file refused are asked about before the project is left
        action.triggered.connect(self.pending_edits.then(slot, leaves=name in REPLACES_PROJECT))
        return action

    def populate(self, menu: QMenu) -> None:
        """Fill the File menu."""
        menu.addAction(self.new_action)
        menu.addAction(self.open_action)
        menu.addMenu(self.recent_menu)
        menu.addSeparator()
        menu.addAction(self.save_action)
        menu.addAction(self.save_as_action)
        menu.addAction(self.backups.restore_action)  # issue 6: automatic backups
        menu.addAction(self.backups.folder_action)  # QA pass 24: where the backups are
        menu.addSeparator()
        menu.addActions(self.json_files.actions())
        menu.addSeparator()
        menu.addActions(self.spreadsheets.actions())  # issue 5: spreadsheets
        menu.addSeparator()
        menu.addAction(self.quit_action)  # Open Recent fills itself each time it opens

    def update_enabled(self) -> None:
        """Enable what makes sense for the current project (read-only: no checkpoint)."""
        has = self._controller.has_session
        self.save_action.setEnabled(has and not self._controller.read_only)
        self.save_as_action.setEnabled(has)
        self.json_files.update_enabled()
        self.spreadsheets.update_enabled()  # issue 5: spreadsheets
        self.backups.update_enabled()  # issue 6: automatic backups

    # ------------------------------------------------------------ helpers
    def folder(self) -> Path:
        path = self._controller.path
        return path.parent if path is not None else workspace.home_dir()

    def show_error(self, title: str, exc: Exception, path: Path) -> None:
        show_user_error(self._window, _as_user_error(exc, path), title)

    def save_target(self, caption: str, suggested: Path, file_filter: str, suffix: str) -> Path | None:
        """Ask for a file to write; add ``suffix`` if missing (asking before overwriting then)."""
        chosen, _ = QFileDialog.getSaveFileName(self._window, caption, str(suggested), file_filter,
                                                options=self.dialog_options)
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
            if not self.may_replace(caption, target):
                return None
        return target

    def may_replace(self, caption: str, target: Path) -> bool:
        """Whether ``target`` may be written: it does not exist, or the user agrees to replace it.

        For a name the file dialog did not check (an ending added after it closed).
        """
        if not target.exists():
            return True
        answer = QMessageBox.question(
            self._window, caption, self.tr("%1 already exists. Replace it?").replace("%1", target.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    @contextmanager
    def busy(self, path: Path, message: str = "") -> Iterator[None]:
        """Say what is being opened and show the wait cursor while it loads (issue 6).

        A 1,000 x 60 project takes about a second to read and show, and longer from
        removable media; without a sign the window looks frozen. Nothing here runs an
        event loop: the status bar is repainted at once and the cursor is changed by
        the window system, so no queued work can run in the middle of an open. Every
        message box comes after the block, with the normal cursor back. ``message``
        (``%1`` for the file's name) replaces "Opening %1…", e.g. for an export.
        """
        said = (message or self.tr("Opening %1…")).replace("%1", path.name)
        self.status(said)
        self._window.statusBar().repaint()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            yield
        finally:
            QGuiApplication.restoreOverrideCursor()
            if self._window.statusBar().currentMessage() == said:  # not left saying so after a failure
                self._window.statusBar().clearMessage()

    def install(self, session: ProjectSession, message: str) -> None:
        """Make ``session`` the window's project and say ``message``: the last step of every open and import."""
        closing = self.backups.closing()  # QA 28: the backup made on closing the project it replaces may fail
        with gc_paused(), self.busy(session.path):  # issue 6: every panel rebuilds at once; see counterweight.bulk
            self._controller.set_session(session)
        self.backups.say_close_failed(closing, session)
        self.remember(session.path)
        self.update_enabled()
        self.status(message)
        if session.backup_problem:  # QA pass 13: a failed backup was only logged
            self._controller.errorRaised.emit(self.tr(
                "No automatic backup could be made of %1: %2. Your changes are still saved in the project "
                "itself; free some space or check the folder, then reopen the project to make one.")
                .replace("%1", session.path.name).replace("%2", session.backup_problem))

    def remember(self, path: Path) -> None:
        """Add ``path`` to the recent files (a failure to write preferences is only logged)."""
        try:
            workspace.remember_project(path)
        except OSError as exc:
            log.warning("Could not update the recent files list: %s", exc)

    def open_session(self, path: Path, read_only: bool = False) -> ProjectSession:
        """The project at ``path``, opened under :meth:`busy` (raises ``FILE_ERRORS``); :meth:`install` shows it."""
        with self.busy(path):
            return ProjectSession.open(path, read_only=read_only or self.force_read_only)

    # ------------------------------------------------------------ open
    def open_dialog(self) -> None:
        """Ask for a project (or decision JSON) file and open it."""
        chosen, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Open project"), str(self.folder()),
            f"{self.project_filter};;{self.json_filter};;" + self.tr("Elicitation packets (*.cwpacket)") + ";;"
            + self.tr("All files (*)"),
            options=self.dialog_options)
        if chosen:
            self.open_path(Path(chosen))

    def open_path(self, path: str | Path, *, read_only: bool = False) -> bool:
        """Open ``path``; on failure show why and keep the current project. Returns success."""
        p = Path(path)  # a copy open read-only (another window had it) is opened again: writable, if now free
        if _same_file(self._controller.path, p) and (read_only or self.force_read_only
                                                      or not self._controller.read_only):
            self.status(self.tr("%1 is already open.").replace("%1", p.name))
            return True
        if p.suffix.lower() in projects.JSON_SUFFIXES:
            return self.json_files.import_json(p)
        if p.suffix.lower() == ".cwpacket":  # issue 4: a packet to fill in becomes a working project
            return bool(getattr(self._window, "packet_actions").open_packet(p))
        try:
            session = self.open_session(p, read_only)
        except FILE_ERRORS as exc:
            offered = None if read_only else self.backups.offer_restore(exc, p)  # issue 6: damaged, backup
            if offered is not None:
                return offered
            self.show_error(self.tr("Could not open %1").replace("%1", p.name), exc, p)
            return False
        self.install(session, self.tr("Opened %1").replace("%1", p.name))
        return True

    def open_startup(self, path: str | Path | None = None) -> bool:
        """Open the start-up project; if it fails, explain and fall back to the example.

        Returns ``False`` only if no project at all could be opened.
        """
        try:
            target = Path(path) if path is not None else workspace.startup_project()
        except FILE_ERRORS as exc:
            self.show_error(self.tr("Could not prepare the example project"), exc, workspace.home_dir())
            target = None
        if target is not None:
            if target.suffix.lower() in projects.JSON_SUFFIXES:
                if self.json_files.import_json(target):
                    return True
            else:
                try:
                    self.install(self.open_session(target), self.tr("Opened %1").replace("%1", target.name))
                    return True
                except FILE_ERRORS as exc:
                    offered = self.backups.offer_restore(exc, target)  # issue 6: a damaged file with a backup
                    if offered:  # restored, or another file opened
                        return True
                    if offered is None:  # no backup to offer: explain as before
                        error = _as_user_error(exc, target)
                        note = self.tr("Counterweight will open the example project instead.")
                        self.show_error(self.tr("Could not open %1").replace("%1", target.name),
                                    CounterweightError(f"{engine_text(error.message)}\n\n{note}", where=error.where,
                                                       detail=error.detail), target)
        return self._open_fallback(target)

    def _open_fallback(self, failed: Path | None) -> bool:
        candidates = [workspace.default_project_path(),
                      workspace.new_decision_path(stem="Example - North Korean troops")]
        for candidate in candidates:
            if failed is not None and _same_file(failed, candidate):
                continue
            try:
                workspace.create_example_project(candidate)
                self.install(self.open_session(candidate),
                             self.tr("Opened the example project: %1").replace("%1", candidate.name))
                return True
            except FILE_ERRORS as exc:
                log.warning("Example project %s unusable: %s", candidate, exc)
                self.startup_problem = engine_text(_as_user_error(exc, candidate).message)  # QA 28: for the start-up failure
        return False

    def open_fresh_example(self) -> bool:
        """Open a new copy of the shipped example beside the first one; the copies already made stay as they are."""
        target = workspace.new_decision_path(stem=workspace.default_project_path().stem)
        try:
            with self.busy(target):
                workspace.create_example_project(target)
                session = self.open_session(target)
        except FILE_ERRORS as exc:
            self.show_error(self.tr("Could not create %1").replace("%1", target.name), exc, target)
            return False
        self.install(session, self.tr("Opened a new copy of the example: %1").replace("%1", str(target)))
        return True

    # ------------------------------------------------------------ new / save
    def new_project(self) -> None:
        """Create a project holding a small blank decision and open it."""
        target = self.save_target(self.tr("New decision"), workspace.new_decision_path(self.folder()),
                                   self.project_filter, PROJECT_SUFFIX)
        if target is None:
            return
        if self.refuses_open_project(self.tr("New decision"), target):
            return
        try:
            session = ProjectSession.create(target, self._blank_decision(target.stem), overwrite=True)
        except FILE_ERRORS as exc:
            self.show_error(self.tr("Could not create %1").replace("%1", target.name), exc, target)
            return
        self.install(session, self.tr("Created %1").replace("%1", target.name))

    def _blank_decision(self, title: str) -> Decision:
        """The new decision's starting content, named in the user's language as inserted items are."""
        return projects.blank_decision(
            title, option_names=(self.tr("Option %1").replace("%1", "1"), self.tr("Option %1").replace("%1", "2")),
            criterion_name=self.tr("Criterion %1").replace("%1", "1"))

    def save_checkpoint(self) -> None:
        """Mark the undo history clean; the data is already on disk."""
        if not self._controller.has_session or self._controller.read_only:
            return
        said = self.pending_edits.refused.checkpoint()  # QA 24: changes the file refused are saved again first
        self.status(said or self.tr("All changes are already saved automatically; checkpoint marked."))

    def save_as(self) -> bool:
        """Copy the project to a new file and continue working in the copy; returns whether it was written."""
        if not self._controller.has_session:
            return False
        current = self._controller.path
        suggested = self.folder() / (current.name if current else f"{slug(self.decision_title())}{PROJECT_SUFFIX}")
        target = self.save_target(self.tr("Save project as"), suggested, self.project_filter, PROJECT_SUFFIX)
        if target is None:
            return False
        if _same_file(current, target):
            if self._controller.read_only:  # QA pass 13: this did nothing, without a word
                self._controller.errorRaised.emit(self.tr(
                    "%1 is open read-only, so it cannot be saved over itself. Choose another name to save "
                    "a copy you can change.").replace("%1", target.name))
                return False
            self.save_checkpoint()
            return not self._controller.unsaved_count  # the changes the file refused, if any, saved again
        try:
            said = self.pending_edits.refused.copy_to(target)  # QA 24: with the changes the old file refused
        except FILE_ERRORS as exc:
            self.show_error(self.tr("Could not save as %1").replace("%1", target.name), exc, target)
            return False
        self.remember(target)
        self.update_enabled()
        self.status(said or self.tr("Saved as %1; you are now working in this file.").replace("%1", str(target)))
        return True

    def decision_title(self) -> str:
        return self._controller.decision.title if self._controller.has_session else "decision"

    def refuses_open_project(self, title: str, target: Path) -> bool:
        """Whether ``target`` is the open project's own file, which a new project may not replace (said if so)."""
        if not _same_file(self._controller.path, target):
            return False
        self.show_error(title, ProjectFileError(
            self.tr("%1 is the project you have open. Choose another name.").replace("%1", target.name)), target)
        return True

    # ------------------------------------------------------------ import
    def create_imported(self, decision: Decision, origin: dict[str, Any], source: Path, title: str, *,
                        note: str = "") -> Path | None:
        """The last step of every import: ask where to save ``decision`` (named after ``source``; never over the
        open project, ``title`` heading that refusal), create it with ``origin`` as its first history entry
        (:mod:`.import_origin`) and open it. Returns the new project, or ``None`` (cancelled, or said why)."""
        suggested = workspace.new_decision_path(self.folder(), stem=source.stem)
        target = self.save_target(self.tr("Save the imported decision as"), suggested, self.project_filter,
                                  PROJECT_SUFFIX)
        if target is None or self.refuses_open_project(title, target):
            return None
        try:
            with self.busy(target):  # issue 6: a large decision takes a while to store
                session = ProjectSession.create(target, decision, overwrite=True, origin=origin)
        except FILE_ERRORS as exc:
            self.show_error(self.tr("Could not create %1").replace("%1", target.name), exc, target)
            return None
        done = self.tr("Imported %1 into %2").replace("%1", source.name).replace("%2", target.name)
        self.install(session, f"{done} {note}" if note else done)
        return target


__all__ = ["FileActions"]
