"""One QUndoCommand per service Edit: redo applies it, undo applies its inverse.

Both directions go through :meth:`ProjectSession.apply`, so undo and redo are saved
and audited like any other edit. Consecutive edits with the same ``merge_key`` (for
example the steps of one slider drag) merge into a single undo step; the controller
merges them itself (see :meth:`EditCommand.id` for why not Qt).

A step that changes one analyst's own score, weight or judgements is named after the
analyst and the element ("Change Ann's weight of Risks", :func:`step_text`): the same
Ctrl+Z may reach an analyst's input from another view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from counterweight.domain import Decision
from counterweight.domain.errors import CounterweightError
from counterweight.services.analyst_edits import SetAnalystElicitation, SetAnalystScore, SetAnalystWeight
from counterweight.services.edits import Edit
from counterweight.services.elicitation import TOP_LEVEL, node_name
from counterweight.services.group import analyst_name
from counterweight.services.history import replayed  # fix 16a: undo/redo audited as "Undo: <step>"

if TYPE_CHECKING:
    from counterweight.ui.session_controller import SessionController


def step_text(edit: Edit, decision: Decision) -> str:
    """The undo step's name: the edit's label, or for an analyst's own input, whose and of what.

    QA pass 19: "Change analyst's weight" did not say whose; Ctrl+Z in the group view or
    in another analyst's view changed it without a word. ``decision`` is the one the edit
    applied to or produced (both hold the analyst and the element).
    """
    translate = QCoreApplication.translate
    try:
        if isinstance(edit, SetAnalystScore):
            where = f"{decision.option(edit.option_id).name} × {decision.criterion(edit.criterion_id).name}"
            who = analyst_name(decision, edit.analyst_id)
            return translate("EditCommand", "Set {0}'s score of {1}").format(who, where)
        if isinstance(edit, SetAnalystWeight):
            who, what = analyst_name(decision, edit.analyst_id), decision.criterion(edit.criterion_id).name
            return translate("EditCommand", "Change {0}'s weight of {1}").format(who, what)
        if isinstance(edit, SetAnalystElicitation):
            who, node = analyst_name(decision, edit.analyst_id), node_name(decision, edit.node_id)
            if node == TOP_LEVEL:
                node = translate("EditCommand", "the top level")
            return translate("EditCommand", "Set {0}'s weight judgements under {1}").format(who, node)
    except (CounterweightError, LookupError):
        pass  # an element gone meanwhile: the plain label still says what the step does
    return translate("EngineText", edit.label)  # "Saisir une note" in French (h27n); a label made with tr() stays


class EditCommand(QUndoCommand):
    """Wraps an :class:`Edit` that the controller has already applied once."""

    def __init__(self, controller: SessionController, edit: Edit, inverse: Edit) -> None:
        super().__init__(step_text(edit, controller.decision))
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
