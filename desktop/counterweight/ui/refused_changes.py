"""Changes the project file refused are never dropped without the user's word (QA pass 24).

When the file refuses a change (another program writing it, a full disk, the file
deleted or moved while open), the controller keeps it for **Try again**
(:meth:`SessionController.try_again
<counterweight.ui.session_controller.SessionController.try_again>`). Before, Save As
wrote the copy without those changes and dropped them, Quit and Open dropped them
without a question, and Ctrl+S said all was saved. Now:

* **Leaving the project** (Quit, closing the window, Open, Open Recent, New, the imports
  that open a new project, restoring a backup, a dropped file) with such changes
  waiting asks first: Save As… (the default), Discard or Cancel. Cancel (or Escape)
  changes nothing. The box is window-modal but not exec()'d, as the pending-edits guard
  does: a close asked about while the application shuts down must not block.
* **Save As** saves them in the copy (see :meth:`SessionController.save_as
  <counterweight.ui.session_controller.SessionController.save_as>`) and says so.
* **Save checkpoint** (Ctrl+S) saves them again, as Try again does, and says truthfully
  whether it could.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from counterweight.domain.errors import CounterweightError

if TYPE_CHECKING:
    from counterweight.ui.session_controller import SessionController

#: Object name of the question box (one at a time).
BOX_NAME = "refusedChangesBox"

#: The File actions (by object name) that close or replace the open project: asked about first.
REPLACES_PROJECT = frozenset({"newAction", "openAction", "importAction", "freshExampleAction", "restoreBackupAction",
                              "importSpreadsheetAction", "openPacketAction"})

#: At most this many of the waiting changes are listed in the question.
LISTED = 5


class RefusedChanges(QObject):
    """What leaving, Save As and Save checkpoint do about changes the file refused.

    Parameters
    ----------
    window
        The main window: parent of the question, and closed again once it is answered.
    controller
        Holds the refused changes (:attr:`SessionController.unsaved_count`).
    save_as
        File > Save As… (returns whether the copy was written).
    """

    def __init__(self, window: QWidget, controller: SessionController, save_as: Callable[[], bool]) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        self._save_as = save_as
        self._let_go = False  # Discard was chosen: the window's next close is not asked about

    # ------------------------------------------------------------ leaving
    def _waiting(self) -> int:
        return self._controller.unsaved_count if self._controller.has_session else 0

    def then(self, go: Callable[[], object]) -> None:
        """Run ``go`` (it closes or replaces the project) now, or once the waiting changes are settled.

        With changes waiting the question is shown and ``go`` runs after Discard, or after
        a Save As that saved them all; after Cancel nothing happens. Discard drops nothing
        itself: the changes go when the project is closed or replaced, so if ``go`` stops
        short (its file dialog cancelled, say), they are still waiting.
        """
        if self._waiting():
            self._ask(go)
        else:
            go()

    def may_close(self) -> bool:
        """For the window's close: ``True`` when nothing waits; else ask, and close again once answered."""
        if not self._waiting() or self._let_go:
            self._let_go = False
            return True
        self._ask(self._close_again)
        return False

    def _close_again(self) -> None:
        """Close once the close asked about is over (a close inside it would be ignored), without asking again."""
        def close() -> None:
            self._let_go = True
            if not self._window.close():
                self._let_go = False
        QTimer.singleShot(0, self._window, close)

    def _ask(self, go: Callable[[], object]) -> None:
        shown = self._window.findChild(QMessageBox, BOX_NAME)
        if shown is not None and shown.isVisible():  # asked again before the first was answered
            shown.raise_()
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Changes not saved"), self._question(),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self._window)
        box.setObjectName(BOX_NAME)
        box.setTextFormat(Qt.TextFormat.PlainText)  # file and option names as they are
        box.setInformativeText(self._consequences())
        save = box.button(QMessageBox.StandardButton.Save)
        save.setText(self.tr("Save &As…"))
        save.setToolTip(self.tr("Save the project, with the waiting changes, in a new file"))
        box.button(QMessageBox.StandardButton.Discard).setToolTip(self.tr("Lose the waiting changes and go on"))
        box.setDefaultButton(save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._answered(_answer(box), go))
        box.open()

    def _answered(self, answer: QMessageBox.StandardButton, go: Callable[[], object]) -> None:
        if answer == QMessageBox.StandardButton.Discard:
            go()  # they are dropped as the project is closed or replaced; still there if that is cancelled
        elif answer == QMessageBox.StandardButton.Save and self._save_as() and not self._waiting():
            go()  # a Save As that left some waiting (the copy refused them too) stays: the banner says why

    def _question(self) -> str:
        count, path = self._controller.unsaved_count, self._controller.path
        name = path.name if path is not None else ""
        if count == 1:
            return self.tr("A change is not saved in “%1”: the file refused it, so it is only in this "
                           "window.").replace("%1", name)
        return self.tr("%n changes are not saved in “%1”: the file refused them, so they are only in this "
                       "window.", "", count).replace("%1", name)

    def _consequences(self) -> str:
        path = self._controller.path
        lines = [self.tr("Waiting:")] + [f"• {step}" for step in self._steps()] + [""]
        if path is not None and not path.exists():
            lines += [self.tr("“%1” is no longer where it was opened (deleted or moved): the whole project may now "
                              "be only in this window.").replace("%1", path.name), "",
                      self.tr("Save As… keeps it, with these changes, in a new file.")]
            folder = _backup_folder()
            lines.append(self.tr("Discard loses these changes. Automatic backups of the project, as the file last "
                                 "saved it, are kept in %1.").replace("%1", str(folder)) if folder is not None
                         else self.tr("Discard loses these changes."))
        else:
            lines += [self.tr("Save As… keeps them, in a copy of the project saved where you choose."),
                      self.tr("Discard loses them: the project stays as the file last saved it.")]
        lines.append(self.tr("Cancel changes nothing."))
        return "\n".join(lines)

    def _steps(self) -> list[str]:
        """The waiting changes, one line each (a step of several changes once, by its undo name)."""
        steps: list[str] = []
        previous: str | None = None
        for edit, step in self._controller.unsaved_edits:
            if step is not None:
                if step != previous:
                    steps.append(step)
            else:
                try:
                    steps.append(self._controller.session.preview(edit).changes.description or edit.label)
                except CounterweightError:
                    steps.append(edit.label)
            previous = step
        if len(steps) > LISTED:
            more = len(steps) - LISTED + 1
            steps = steps[:LISTED - 1] + [self.tr("and %n more", "", more)]
        return steps

    # ------------------------------------------------------------ saving
    def checkpoint(self) -> str | None:
        """Save checkpoint: save the waiting changes again (as Try again does), then mark the checkpoint.

        The checkpoint is marked only once every change is saved. Returns what to say, or
        ``None`` when no change was waiting (the caller says that all is saved).
        """
        waiting = self._waiting()
        if not waiting or self._controller.try_again():
            self._controller.undo_stack.setClean()
        if not waiting:
            return None
        if not self._controller.unsaved_count:
            if waiting == 1:
                return self.tr("The change the file refused earlier is saved now; checkpoint marked.")
            return self.tr("The %n changes the file refused earlier are saved now; checkpoint marked.", "", waiting)
        left = self._controller.unsaved_count
        if left == 1:
            return self.tr("A change is still not saved: the file refused it again (see the message above). "
                           "Nothing was marked. Use File > Save As… to keep it in a new file.")
        return self.tr("%n changes are still not saved: the file refused them again (see the message above). "
                       "Nothing was marked. Use File > Save As… to keep them in a new file.", "", left)

    def copy_to(self, target: Path) -> str | None:
        """Save As to ``target`` with the changes the old file refused; the checkpoint is marked if none is left.

        Returns what to say, or ``None`` when no change was waiting (the caller says it as
        before). Raises what :meth:`SessionController.save_as` raises.
        """
        waiting = self._waiting()
        self._controller.save_as(target)
        left = self._controller.unsaved_count
        if not left:
            self._controller.undo_stack.setClean()
        if not waiting:
            return None
        if not left:
            said = (self.tr("Saved as %1, with the change the old file refused; you are now working in this file.")
                    if waiting == 1 else
                    self.tr("Saved as %1, with the %n changes the old file refused; you are now working in this "
                            "file.", "", waiting))
            return said.replace("%1", str(target))
        return self.tr("Saved as %1, but %n of the changes the old file refused could not be saved in it either "
                       "(see the message above); they are still waiting.", "", left).replace("%1", str(target))


def _answer(box: QMessageBox) -> QMessageBox.StandardButton:
    """The button the question was answered with (closed otherwise: Cancel)."""
    clicked = box.clickedButton()
    return QMessageBox.StandardButton.Cancel if clicked is None else box.standardButton(clicked)


def _backup_folder() -> Path | None:
    from counterweight.services.backups import automatic_backup_folder

    return automatic_backup_folder()


__all__ = ["BOX_NAME", "RefusedChanges"]
