"""One QUndoCommand per service Edit: redo applies it, undo applies its inverse.

Both directions go through :meth:`ProjectSession.apply`, so undo and redo are saved
and audited like any other edit. Consecutive edits with the same ``merge_key`` (for
example the steps of one slider drag) merge into a single undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from counterweight.services.edits import Edit

if TYPE_CHECKING:
    from counterweight.ui.session_controller import SessionController

MERGEABLE_ID = 1001


class EditCommand(QUndoCommand):
    """Wraps an :class:`Edit` that the controller has already applied once."""

    def __init__(self, controller: SessionController, edit: Edit, inverse: Edit) -> None:
        super().__init__(edit.label)
        self._controller = controller
        self._edit = edit
        self._inverse = inverse
        self._skip_first_redo = True  # the controller applied it before pushing

    @property
    def edit(self) -> Edit:
        return self._edit

    def id(self) -> int:  # noqa: A003 - Qt API
        return MERGEABLE_ID if self._edit.merge_key() is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        if not isinstance(other, EditCommand):
            return False
        key = self._edit.merge_key()
        if key is None or key != other._edit.merge_key():
            return False
        self._edit = other._edit  # keep our inverse: undo returns to before the first step
        return True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        inverse = self._controller.apply_quietly(self._edit)
        if inverse is not None:
            self._inverse = inverse

    def undo(self) -> None:
        edit = self._controller.apply_quietly(self._inverse)
        if edit is not None:
            self._edit = edit
