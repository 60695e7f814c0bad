"""File > Elicitation packets: the offline round trip for analysts on other workstations.

* **Export packet for analyst…** (issuing project) writes a packet for one named
  analyst; the export is recorded in the project's history.
* **Open packet…** (analyst's workstation) makes a working project from a packet
  and opens it in that analyst's view.
* **Return packet…** (in a working project) writes the returned packet.
* **Import returned packet…** (issuing project) checks the packet and shows the
  merge for review; importing is one undoable step. A packet imported before (in
  an earlier session, or on the command line) can be taken back and imported again.

Every method takes optional paths so tests (and scripts) can skip the file dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMainWindow, QMenu, QMessageBox, QPlainTextEdit

from counterweight.domain.errors import CounterweightError
from counterweight.services.packet_origin import PACKET_SUFFIX, packet_request_of
from counterweight.services.workspace import PROJECT_SUFFIX
from counterweight.ui.dialogs.error_dialog import show_user_error
from counterweight.ui.engine_text import error_text
from counterweight.ui.local_times import local_stamp_marked
from counterweight.ui.safe_tooltips import escaped
from counterweight.ui.session_controller import GROUP_VIEW, SessionController

if TYPE_CHECKING:
    from counterweight.ui.file_actions import FileActions

# Issue 6 (start-up time): building, reading and merging packets, and the packet dialogs,
# are imported by the command that needs them, not while the window opens.


class PacketActions(QObject):
    """Owns the Elicitation packets submenu of the File menu."""

    def __init__(self, window: QMainWindow, file_menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self._controller: SessionController = window.controller  # type: ignore[attr-defined]
        self._status: Callable[[str], None] = window.show_status  # type: ignore[attr-defined]
        self.menu = QMenu(self.tr("E&licitation packets"), window)
        self.menu.setObjectName("packetMenu")
        self.export_action = self._action("exportPacketAction", self.tr("&Export packet for analyst…"),
                                          self.tr("Write a packet one analyst fills in on their own workstation"),
                                          self.export_packet)
        self.import_action = self._action("importPacketAction", self.tr("&Import returned packet…"),
                                          self.tr("Check a returned packet and merge the analyst's values"),
                                          self.import_packet)
        self.open_action = self._action("openPacketAction", self.tr("&Open packet to fill in…"),
                                        self.tr("Make a working project from a packet you were sent"),
                                        self.open_packet)
        self.return_action = self._action("returnPacketAction", self.tr("&Return packet…"),
                                          self.tr("Write your answers in this working project as a returned packet"),
                                          self.return_packet)
        self.menu.addActions([self.export_action, self.import_action])
        self.menu.addSeparator()
        self.menu.addActions([self.open_action, self.return_action])
        anchor = getattr(window, "file_actions").json_files.import_action
        file_menu.insertMenu(anchor, self.menu)
        file_menu.insertSeparator(anchor)
        self._working_copy = False
        self._controller.sessionReplaced.connect(self._on_session_replaced)
        self._controller.changed.connect(lambda _c: self.update_enabled())
        self._on_session_replaced()

    def _action(self, name: str, text: str, tip: str, slot: Callable[[], object]) -> QAction:
        return getattr(self._window, "file_actions").make_action(name, text, None, tip, slot)

    def _on_session_replaced(self) -> None:
        # A working copy records its packet when it is created, so this holds for the
        # session's life: read the history once here, not after every edit.
        c = self._controller
        self._working_copy = c.has_session and packet_request_of(c.session) is not None
        self.update_enabled()

    def is_working_copy(self) -> bool:
        """Whether the open project was made from a packet (so it can be returned)."""
        return self._working_copy and self._controller.has_session

    def update_enabled(self) -> None:
        c = self._controller
        writable = c.has_session and not c.read_only
        self.export_action.setEnabled(writable and bool(c.decision.analysts))
        self.import_action.setEnabled(writable)
        self.return_action.setEnabled(self.is_working_copy())

    def _files(self) -> FileActions:
        return getattr(self._window, "file_actions")

    def _folder(self) -> Path:
        return self._files().folder()

    def _dialog_options(self) -> QFileDialog.Option:
        return getattr(self._window, "file_actions").dialog_options

    def _filter(self) -> str:
        return self.tr("Elicitation packets (*%1)").replace("%1", PACKET_SUFFIX)

    def _fail(self, title: str, exc: CounterweightError) -> None:
        self._status(error_text(exc))
        show_user_error(self._window, exc, title)

    # ------------------------------------------------------------ issuing project
    def export_packet(self, analyst_id: str | None = None, path: str | Path | None = None,
                      instructions: str | None = None) -> Path | None:
        """Write a packet for one analyst (asks which, and where, when not given)."""
        c = self._controller
        if not c.has_session:
            return None
        if not c.decision.analysts:
            QMessageBox.information(self._window, self.tr("Export elicitation packet"), self.tr(
                "Name the analyst first (Edit > Analysts…), then export their packet."))
            return None
        from counterweight.services import packets
        from counterweight.ui.dialogs.packet_dialogs import PacketExportDialog

        if analyst_id is None:
            view = c.view if c.view not in (None, GROUP_VIEW) else None
            dialog = PacketExportDialog(c.decision, view, self._window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            analyst_id, instructions = dialog.analyst_id(), dialog.note()
        analyst = packets.find_analyst(c.decision, analyst_id)
        if path is None:
            stem = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in analyst.name).strip("-") or "analyst"
            # the ending is added when typed without it, asking first if that replaces a file
            chosen = self._files().save_target(self.tr("Export elicitation packet"),
                                               self._folder() / f"{stem}{PACKET_SUFFIX}", self._filter(), PACKET_SUFFIX)
            if chosen is None:
                return None
            path = chosen
        try:
            target, _req = packets.export_packet(c.session, analyst.id, path, instructions=instructions or "")
        except CounterweightError as exc:
            self._fail(self.tr("Could not export the packet"), exc)
            return None
        self._status(self.tr("Wrote the packet for %1 to %2; the export is in the history.")
                     .replace("%1", analyst.name).replace("%2", str(target)))
        return target

    def import_packet(self, path: str | Path | None = None, *, review: bool = True) -> bool:
        """Check a returned packet, show the merge, and import it as one undoable step."""
        c = self._controller
        if not c.has_session:
            return False
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self._window, self.tr("Import returned packet"),
                                                    str(self._folder()), self._filter(),
                                                    options=self._dialog_options())
            if not chosen:
                return False
            path = chosen
        from counterweight.services.packet_merge import AlreadyImportedError, import_edit, plan_import
        from counterweight.ui.dialogs.packet_dialogs import PacketImportDialog

        try:
            try:
                plan = plan_import(c.session, path)
            except AlreadyImportedError:
                if not self._take_back(path):
                    return False
                plan = plan_import(c.session, path)
        except CounterweightError as exc:
            self._fail(self.tr("Could not import the packet"), exc)
            return False
        dialog = PacketImportDialog(plan, self._window)
        self.last_dialog = dialog
        if review and dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        error = c.submit(import_edit(c.session, plan, choices=dialog.resolutions()))
        if error is not None:
            QMessageBox.warning(self._window, self.tr("Could not import the packet"), escaped(error))
            return False
        self._status(self.tr("Imported the packet from %1 (Undo takes it back).").replace("%1", plan.analyst.name))
        return True

    def _take_back(self, path: str | Path) -> bool:
        """Offer to take back the packet's earlier import so it can be reviewed again.

        Undo reaches only imports made in this window since the project was opened;
        taking back works for any, as a new step in the history (Undo reverses it).
        """
        from counterweight.services.packet_undo import plan_take_back, take_back_edit

        c = self._controller
        back = plan_take_back(c.session, path)
        done = back.entry
        text = self.tr(
            "This packet from %1 was already imported on %2 by %3 (history entry #%4).\n\n"
            "Take that import back and review the packet again? Each value the import changed goes back to "
            "what it was before it; values changed since stay as they are. Taking back is a new step in the "
            "history, and Undo reverses it.").replace("%1", back.analyst.name).replace(
            "%2", local_stamp_marked(done.at)).replace("%3", done.user).replace("%4", str(done.id))
        if back.left:
            text += "\n\n" + self.tr("Left as they are now:") + "\n" + "\n".join(back.left[:10])
        answer = QMessageBox.question(
            self._window, self.tr("Import returned packet"), escaped(text),  # the analyst's name as typed
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        error = c.submit(take_back_edit(c.session, path))
        if error is not None:
            QMessageBox.warning(self._window, self.tr("Could not take the import back"), escaped(error))
            return False
        self._status(self.tr("Took back the earlier import of the packet from %1 (Undo reverses it).")
                     .replace("%1", back.analyst.name))
        return True

    # ------------------------------------------------------------ analyst's workstation
    def open_packet(self, path: str | Path | None = None, work: str | Path | None = None) -> bool:
        """Make a working project from a packet and open it in the analyst's view."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self._window, self.tr("Open elicitation packet"),
                                                    str(self._folder()), self._filter(),
                                                    options=self._dialog_options())
            if not chosen:
                return False
            path = chosen
        packet_path = Path(path)
        if work is None:
            suggested = packet_path.with_suffix(PROJECT_SUFFIX)
            # "work" typed without its ending must not silently replace an existing work.counterweight
            chosen = self._files().save_target(self.tr("Save the working project as"), suggested,
                                               self._files().project_filter, PROJECT_SUFFIX)
            if chosen is None:
                return False
            work = chosen
        target = Path(work)
        if target.suffix.lower() != PROJECT_SUFFIX:
            target = target.with_name(target.name + PROJECT_SUFFIX)
        if self._files().refuses_open_project(self.tr("Could not open the packet"), target):
            return False  # review: said as an import says it, not as "open in another window" (this one)
        from counterweight.services import packets

        try:
            with packets.open_packet(packet_path, target, overwrite=True) as session:
                analyst_id = session.decision.analysts[0].id
        except CounterweightError as exc:
            self._fail(self.tr("Could not open the packet"), exc)
            return False
        if not getattr(self._window, "file_actions").open_path(target):
            return False
        self._controller.set_view(analyst_id)
        self.update_enabled()
        return True

    def _ask_note(self) -> str | None:
        """The analyst's note to the project's owner, or None when cancelled.

        Tab leaves the note for the buttons, as in the export dialog (QA h26c: the note of
        QInputDialog.getMultiLineText took Tab as a character, so OK could not be reached by Tab).
        """
        dialog = QInputDialog(self._window)
        dialog.setObjectName("returnNoteDialog")
        dialog.setWindowTitle(self.tr("Return packet"))
        dialog.setLabelText(self.tr("A note for the project's owner (optional):"))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput, True)
        for edit in dialog.findChildren(QPlainTextEdit):
            edit.setTabChangesFocus(True)
            edit.setAccessibleName(self.tr("Note for the project's owner"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.textValue()

    def return_packet(self, path: str | Path | None = None, note: str | None = None) -> Path | None:
        """Write the analyst's values in this working project as the returned packet."""
        c = self._controller
        if not self.is_working_copy():
            return None
        if note is None:
            note = self._ask_note()
            if note is None:
                return None
        if path is None:
            suggested = c.path.with_name(c.path.stem + "-returned" + PACKET_SUFFIX) if c.path else Path("returned")
            chosen = self._files().save_target(self.tr("Return packet"), suggested, self._filter(), PACKET_SUFFIX)
            if chosen is None:
                return None
            path = chosen
        from counterweight.services import packets

        try:
            summary = packets.return_packet(c.session, path, note=note.strip())
        except CounterweightError as exc:
            self._fail(self.tr("Could not write the returned packet"), exc)
            return None
        n_scores, n_weights, n_sets = summary.scores, summary.weights, summary.judgements
        scores = self.tr("1 score") if n_scores == 1 else self.tr("%n scores", "", n_scores)
        weights = self.tr("1 weight") if n_weights == 1 else self.tr("%n weights", "", n_weights)
        sets = self.tr("1 set of judgements") if n_sets == 1 else self.tr("%n sets of judgements", "", n_sets)
        message = self.tr("Wrote %1: %2, %3, %4.").replace("%1", str(summary.path)).replace(
            "%2", scores).replace("%3", weights).replace("%4", sets)
        if summary.shared_changes:
            n = summary.shared_changes
            QMessageBox.information(self._window, self.tr("Return packet"), (self.tr(
                "1 shared score was changed in this working copy. Only your own values (your view) are "
                "returned; switch to your view to give it as your own.") if n == 1 else self.tr(
                "%n shared scores were changed in this working copy. Only your own values (your view) are "
                "returned; switch to your view to give them as your own.", "", n)))
        self._status(message)
        return summary.path


__all__ = ["PacketActions"]
