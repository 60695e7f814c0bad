"""A snapshot whose stored copy of the decision cannot be used, said the same way wherever it is found.

Opening a project reads each snapshot's name, time and note, and checks that its copy of
the decision is stored whole; the copy itself is read and checked against the rules the
first time something needs it (issue 6). In the window that is Compare in the
Perspectives tab and File > Export as JSON; the snapshot list, the History panel and the
brief use only the names and times. A copy that breaks the rules is found then, long
after the project opened, so the offer made when a damaged file is opened (restore an
automatic backup) is not made by itself: :func:`say_damaged_snapshot` says which
snapshot (its name and time) and what is wrong, that nothing entered is lost and the
rest of the window keeps working, and offers the ways out: restore a backup (File >
Restore from backup…) or delete the snapshot (an edit that Undo reverses).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from counterweight.domain.perspectives import SnapshotCopyError
from counterweight.services.perspectives import RemoveSnapshot
from counterweight.ui.engine_text import engine_text, error_text
from counterweight.ui.local_times import local_stamp_marked
from counterweight.ui.safe_tooltips import escaped

if TYPE_CHECKING:
    from counterweight.ui.session_controller import SessionController

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls

__all__ = ["SnapshotCopyError", "damaged_snapshot_text", "say_damaged_snapshot"]


def damaged_snapshot_text(controller: SessionController, exc: SnapshotCopyError) -> str:
    """The sentence for the banner: the snapshot's name and time, what is wrong, and that nothing else is."""
    snap = next((s for s in controller.decision.snapshots if s.id == exc.snapshot_id), None) \
        if controller.has_session else None
    if snap is None:  # deleted meanwhile: the error's own words still name it
        return error_text(exc)
    return (translate("DamagedSnapshot",
                      "The snapshot \u201c%1\u201d, taken %2, cannot be used: its stored copy of the decision is "
                      "damaged (%3). Nothing you have entered is lost: the project itself is not affected and "
                      "everything else keeps working.")
            .replace("%1", snap.name).replace("%2", local_stamp_marked(snap.taken_at)).replace("%3", engine_text(exc.problem)))


def _restore_from_backup(parent: QWidget) -> Callable[[], object] | None:
    """File > Restore from backup… of the window ``parent`` is in, if it has one (not in a bare panel)."""
    from counterweight.ui.backup_actions import BackupActions

    actions = parent.window().findChild(BackupActions)
    return actions.restore_from_backup if actions is not None and actions.restore_action.isEnabled() else None


def say_damaged_snapshot(parent: QWidget, controller: SessionController, exc: SnapshotCopyError) -> str:
    """Say in the banner and in a box that a snapshot's copy cannot be used; offer a backup or deleting it.

    Returns the banner's sentence for the caller to show where the result would have been, or
    "" when the user restored a backup or deleted the snapshot (the sentence no longer holds).
    """
    text = damaged_snapshot_text(controller, exc)
    controller.errorRaised.emit(text)
    restore = _restore_from_backup(parent)
    writable = controller.has_session and not controller.read_only
    box = QMessageBox(QMessageBox.Icon.Warning, translate("DamagedSnapshot", "Damaged snapshot"), escaped(text),
                      parent=parent)
    box.setObjectName("damagedSnapshotBox")
    ways = [translate("DamagedSnapshot",
                      "The copy was changed after the snapshot was taken (the file may have been damaged, or "
                      "changed by another program), so Counterweight cannot compare with it or export it.")]
    if restore is not None:
        ways.append(translate("DamagedSnapshot",
                              "To get it back, restore an automatic backup made before it was damaged (File > "
                              "Restore from backup…): the current file is kept beside it."))
    if writable:
        ways.append(translate("DamagedSnapshot",
                              "Or delete the snapshot so this message does not come back (Undo puts it back)."))
    else:
        ways.append(translate("DamagedSnapshot",
                              "The project is open read-only: open it for editing to delete the snapshot."))
    box.setInformativeText(escaped(" ".join(ways)))
    restore_button = (box.addButton(translate("DamagedSnapshot", "Restore from backup…"),
                                    QMessageBox.ButtonRole.ActionRole) if restore is not None else None)
    delete_button = (box.addButton(translate("DamagedSnapshot", "Delete snapshot"),
                                   QMessageBox.ButtonRole.DestructiveRole) if writable else None)
    box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Close))
    box.exec()
    clicked = box.clickedButton()
    if clicked is not None and clicked is restore_button and restore is not None:
        restore()
        return ""
    if clicked is not None and clicked is delete_button:
        controller.submit(RemoveSnapshot(exc.snapshot_id))
        return ""
    return text
