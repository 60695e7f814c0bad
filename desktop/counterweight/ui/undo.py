"""One QUndoCommand per service Edit: redo applies it, undo applies its inverse.

Both directions go through :meth:`ProjectSession.apply`, so undo and redo are saved
and audited like any other edit. Consecutive edits with the same ``merge_key`` (for
example the steps of one slider drag) merge into a single undo step; the controller
merges them itself (see :meth:`EditCommand.id` for why not Qt).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from counterweight.services.edits import Edit
from counterweight.services.history import replayed  # fix 16a: undo/redo audited as "Undo: <step>"

if TYPE_CHECKING:
    from counterweight.ui.session_controller import SessionController


class EditCommand(QUndoCommand):
    """Wraps an :class:`Edit` that the controller has already applied once."""

    def __init__(self, controller: SessionController, edit: Edit, inverse: Edit) -> None:
        super().__init__(edit.label)
        self._controller = controller
        self._edit = edit
        self._inverse = inverse
        self._skip_first_redo = True  # the controller applied it before pushing
        self._skip_next = ""  # "undo" or "redo": a step that failed to save is being put back (see below)

    @property
    def edit(self) -> Edit:
        return self._edit

    def id(self) -> int:  # noqa: A003 - Qt API
        # Never merged by Qt: PySide6 (6.11) keeps the Python side of every command Qt
        # deletes after a merge alive for good, so each step of a slider drag leaked
        # (issue 6, found by the memory benchmark). The controller merges with absorb().
        return -1

    def can_absorb(self, edit: Edit) -> bool:
        """Whether ``edit`` continues this command's gesture (same non-empty ``merge_key``)."""
        key = self._edit.merge_key()
        return key is not None and key == edit.merge_key()

    def absorb(self, edit: Edit) -> None:
        """Take in the next step of the gesture, already applied by the controller.

        The inverse stays: undo returns to before the first step, redo applies the last.
        """
        self._edit = edit

    # An undo or redo that cannot be saved (file moved away, disk full, locked) changes
    # nothing, but QUndoStack moves its index all the same: the step would then drop out
    # of the history with the next edit. The controller moves the index back by running
    # the opposite direction once more, which this command then skips.
    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        if self._skip_next == "redo":
            self._skip_next = ""
            return
        inverse = self._controller.apply_quietly(replayed(self._edit, self.text(), undo=False))  # fix 16a: label
        if inverse is not None:
            self._inverse = inverse
        elif self._controller.put_back_stack_index(undo=True):
            self._skip_next = "undo"

    def undo(self) -> None:
        if self._skip_next == "undo":
            self._skip_next = ""
            return
        edit = self._controller.apply_quietly(replayed(self._inverse, self.text(), undo=True))  # fix 16a: label
        if edit is not None:
            self._edit = edit
        elif self._controller.put_back_stack_index(undo=False):
            self._skip_next = "redo"
