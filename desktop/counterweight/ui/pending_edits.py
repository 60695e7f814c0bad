"""Changes typed in a panel but not applied yet, and the undo keys in the boxes that hold them.

Two things the window needs from every panel that collects typed changes before it
applies them (the score details; the weights' points boxes):

* **Before the project is left, saved or exported** (open, New, Save checkpoint, Save
  As, import, export, brief, print, packets, Quit, closing the window), those changes
  are applied first. Focus leaving a panel for a menu opened with the mouse does not
  apply them (the panel cannot tell that menu from its own pop-ups), so without this a
  rationale typed and not applied never reached the file, and Ctrl+S said all was
  saved. :class:`PendingEditsGuard` asks every panel registered with
  :meth:`SessionController.add_pending_edits
  <counterweight.ui.session_controller.SessionController.add_pending_edits>`; a change
  that cannot be applied (a value outside its scale, say) stops the action and says why.
  Then, for an action that closes or replaces the project, changes the file refused are
  asked about (:mod:`counterweight.ui.refused_changes`, QA pass 24).
* **Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y** in such a box undo and redo the typing while the
  box holds a typed change of its own, as Qt does, and otherwise the project (Edit >
  Undo): the box no longer swallows the keys when it has nothing of its own to undo.
  :class:`ProjectUndoKeys` does this for the boxes it is installed on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from counterweight.ui.refused_changes import RefusedChanges

if TYPE_CHECKING:
    from counterweight.ui.session_controller import SessionController


class PendingEdits(Protocol):
    """A panel that collects typed changes before it applies them."""

    def commit_pending_edits(self) -> str | None:
        """Apply what is typed and not applied yet: ``None`` when done (or nothing was
        pending), else a message for the user saying what could not be applied and why."""


class PendingEditsGuard(QObject):
    """Applies the panels' pending changes before a File action runs or the window closes.

    Installed on the main window by the File actions: a close that would lose a change
    that cannot be applied is refused, with the reason.
    """

    def __init__(self, window: QWidget, controller: SessionController,
                 save_as: Callable[[], bool] | None = None) -> None:
        super().__init__(window)
        self._window = window
        self._controller = controller
        # QA pass 24: changes the file refused are asked about before the project is left
        self.refused = RefusedChanges(window, controller, save_as or (lambda: False))
        window.installEventFilter(self)

    def commit(self) -> bool:
        """Apply every pending change; ``False`` (and the user told why) when one is refused."""
        problem = self._controller.commit_pending_edits()
        if problem is None:
            return True
        shown = self._window.findChild(QMessageBox, "pendingEditsBox")
        if shown is not None and shown.isVisible():  # asked again before the first was answered
            shown.setText(problem)
            shown.raise_()
            return False
        # not exec(): a close refused while the application is shutting down must not block
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Change not applied"), problem,
                          QMessageBox.StandardButton.Ok, self._window)
        box.setObjectName("pendingEditsBox")
        box.setTextFormat(Qt.TextFormat.PlainText)  # the message quotes option and criterion names as typed
        box.setInformativeText(self.tr("Nothing else was done. Correct the change, or drop it (Revert in the "
                                       "score details, Escape in a table or list), then try again."))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return False

    def then(self, slot: Callable[[], object], *, leaves: bool = False) -> Callable[..., None]:
        """``slot``, run only once the pending changes are applied (for a signal: its arguments are dropped).

        ``leaves``: the slot closes or replaces the project, so changes the file refused
        are asked about first (:meth:`RefusedChanges.then`).
        """
        def run(*_args: object) -> None:
            if self.commit():
                (self.refused.then if leaves else _now)(slot)
        return run

    def may_close(self) -> bool:
        """For the window's close: ``False`` (and the user asked) while changes the file refused wait."""
        return self.refused.may_close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._window and event.type() == QEvent.Type.Close and not self.commit():
            event.ignore()
            return True
        return super().eventFilter(watched, event)


def _now(slot: Callable[[], object]) -> None:
    slot()


#: Edit > Redo's keys on every platform, besides the platform's own undo and redo keys.
_REDO_KEYS = ("Ctrl+Shift+Z", "Ctrl+Y")


def is_undo_key(event: QKeyEvent) -> bool:
    """Whether ``event`` is one of the undo or redo keys."""
    return (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
            or any(QKeySequence(event.keyCombination()).matches(QKeySequence(k))
                   == QKeySequence.SequenceMatch.ExactMatch for k in _REDO_KEYS))


def holds_typed_change(box: QObject) -> bool:
    """Whether ``box`` shows text typed since its value was last set (something of its own to undo)."""
    if isinstance(box, QAbstractSpinBox):
        shown = getattr(box, "textFromValue", None)
        return shown is not None and box.cleanText() != shown(box.value())  # type: ignore[attr-defined]
    if isinstance(box, QLineEdit):
        return box.isModified()
    if isinstance(box, QPlainTextEdit):
        return box.document().isModified()
    return False


class ProjectUndoKeys(QObject):
    """Lets the undo and redo keys reach the project from an edit box with no typed change of its own.

    Line edits, spin boxes and text boxes claim Ctrl+Z (a ShortcutOverride) even with
    nothing to undo, so Edit > Undo never ran while one had the focus. Installed on a
    box, this declines that claim unless the box holds typed text; ``before`` (if given)
    runs first and may keep the keys in the box by returning ``False`` (the score details
    apply their other pending changes there, so the project is not undone under them).
    """

    def __init__(self, parent: QObject, before: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self._before = before

    def watch(self, *boxes: QWidget) -> None:
        for box in boxes:
            box.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and is_undo_key(event):
            if holds_typed_change(watched) or (self._before is not None and not self._before()):
                event.accept()  # the box's own undo (Qt's behaviour)
            else:
                event.ignore()  # not claimed: the window's Undo or Redo action runs
            return True
        return super().eventFilter(watched, event)


__all__ = ["PendingEdits", "PendingEditsGuard", "ProjectUndoKeys", "holds_typed_change", "is_undo_key"]
