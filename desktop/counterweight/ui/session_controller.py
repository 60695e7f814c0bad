"""The Qt face of a ProjectSession: signals for views, an undo stack for edits."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack
from shiboken6 import isValid

from counterweight.domain import Decision
from counterweight.domain.errors import CounterweightError, ProjectFileError, ReadOnlyProjectError
from counterweight.engine import Evaluation
from counterweight.services.changes import ChangeSet
from counterweight.services.edits import Edit
from counterweight.services.session import ProjectSession
from counterweight.ui.controller_views import GROUP_VIEW, AnalystViews  # issue 4: analysts
from counterweight.ui.engine_text import error_text
from counterweight.ui.undo import EditCommand

if TYPE_CHECKING:
    from counterweight.ui.pending_edits import PendingEdits

log = logging.getLogger(__name__)

#: How many edits Edit > Undo can take back (older ones stay in the History panel).
UNDO_LIMIT = 1000


class SessionController(AnalystViews, QObject):
    """Owns the open :class:`ProjectSession` and its :class:`QUndoStack`.

    Signals
    -------
    changed(ChangeSet)
        After every applied edit, undo or redo; views update from it.
    sessionReplaced()
        A different project (or the same one re-opened) is now current; views reset.
    errorRaised(str)
        A user-facing error message from an edit, undo or redo.
    noticeRaised(str)
        A user-facing piece of information, not an error (the status bar shows it):
        for example that the view went back to the shared inputs.
    viewChanged(object)
        Whose inputs the score matrix and weights show changed (issue 4: analysts):
        ``None`` (shared inputs), an analyst id, or :data:`GROUP_VIEW`.
    unsavedChanged(int)
        How many refused changes :meth:`try_again` can still save (0: none).
    fileMoved(Path, Path)
        The project file, renamed or moved while open, was followed to its new name
        (QA pass 24, item 7): the old path and the new one.
    """

    changed = Signal(object)
    sessionReplaced = Signal()
    errorRaised = Signal(str)
    noticeRaised = Signal(str)  # QA pass 19: information, not an error banner
    viewChanged = Signal(object)  # issue 4: analysts
    unsavedChanged = Signal(int)
    fileMoved = Signal(object, object)  # QA 24 item 7: a renamed project file is followed

    def __init__(self, session: ProjectSession | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session: ProjectSession | None = None
        self._unsubscribe = None
        self._view: str | None = None  # issue 4: analysts
        self._view_cache: tuple | None = None  # issue 4: analysts
        self._lost_view: str | None = None  # the analyst shown when they were removed (QA pass 19)
        self.undo_stack = QUndoStack(self)
        # Undo reaches back this many steps (every step stays in the history, which can
        # restore any past value); unlimited undo made memory grow through a long session.
        self.undo_stack.setUndoLimit(UNDO_LIMIT)
        self._step_label: str | None = None  # set inside one_undo_step()
        self._step_open = False  # whether that step's macro has been begun
        self._correcting_stack = False  # see put_back_stack_index()
        # Changes the file refused (another program writing it, disk full, file moved),
        # each with the undo step it was part of: kept so try_again() can save them.
        self._unsaved: list[tuple[Edit, str | None]] = []
        self._pending: list[PendingEdits] = []  # panels holding typed changes not applied yet
        if session is not None:
            self.set_session(session)

    # ------------------------------------------------------------ session
    @property
    def session(self) -> ProjectSession:
        if self._session is None:
            raise RuntimeError("no project is open")
        return self._session

    @property
    def has_session(self) -> bool:
        return self._session is not None

    @property
    def decision(self) -> Decision:
        return self.session.decision

    @property
    def evaluation(self) -> Evaluation:
        return self.session.evaluation

    @property
    def read_only(self) -> bool:
        return self._session is not None and self._session.read_only

    @property
    def path(self) -> Path | None:
        return self._session.path if self._session else None

    def set_session(self, session: ProjectSession) -> None:
        """Replace the current session (closing the old one) and reset the undo history."""
        if self._unsubscribe:
            self._unsubscribe()
        old = self._session
        self._session = session
        changes = session.subscribe(self._relay)  # issue 4: analysts (was self.changed.emit)
        moves = session.subscribe_moves(self.fileMoved.emit)
        self._unsubscribe = lambda: (changes(), moves())
        self.undo_stack.clear()
        self._view, self._view_cache, self._lost_view = None, None, None  # issue 4: analysts
        if old is not None and old is not session:
            old.close()
        self.drop_unsaved()
        self.sessionReplaced.emit()

    def close_session(self) -> None:
        if self._session is not None:
            if self._unsubscribe:
                self._unsubscribe()
            self._session.close()
            self._session = None
            self.undo_stack.clear()
            self.drop_unsaved()
            self._view, self._view_cache, self._lost_view = None, None, None  # issue 4: analysts

    def follow_file(self) -> None:
        """Follow the project file to its new name if it was renamed while open (the window came to the front).

        A file that cannot be followed is left alone: the next change says why it is refused.
        """
        if self._session is not None and not self._session.read_only:
            try:
                self._session.follow_file()
            except CounterweightError as exc:
                log.info("The project file was renamed but not followed: %s", exc)

    # ------------------------------------------------------------ typed changes
    def add_pending_edits(self, panel: PendingEdits) -> None:
        """Register a panel whose typed changes wait to be applied (see :meth:`commit_pending_edits`)."""
        self._pending.append(panel)

    def commit_pending_edits(self) -> str | None:
        """Apply what the registered panels hold typed and not applied yet.

        Called before the project is left, saved or exported
        (:class:`~counterweight.ui.pending_edits.PendingEditsGuard`). Returns ``None``
        when all is applied, else the first panel's message saying what it could not apply.
        """
        self._pending = [p for p in self._pending if not isinstance(p, QObject) or isValid(p)]  # gone with its window
        if not self.has_session:
            return None
        for panel in self._pending:
            problem = panel.commit_pending_edits()
            if problem is not None:
                return problem
        return None

    # ------------------------------------------------------------ edits
    def submit(self, edit: Edit) -> str | None:
        """Apply ``edit`` and record it for undo.

        Returns ``None`` on success, or the user-facing error message (also emitted as
        ``errorRaised``); on error nothing changed.
        """
        try:
            inverse = self.session.apply(edit)
        except CounterweightError as exc:
            self.errorRaised.emit(error_text(exc))
            if isinstance(exc, ProjectFileError) and not isinstance(exc, ReadOnlyProjectError):
                self._keep_unsaved(edit)
            return error_text(exc)
        if self._step_label is not None and not self._step_open:
            self.undo_stack.beginMacro(self._step_label)  # the first edit of one_undo_step() that applied
            self._step_open = True
        top = self._open_gesture()
        if top is not None and top.can_absorb(edit):
            top.absorb(edit)  # one more step of the same drag: still one undo step
        else:
            self.undo_stack.push(EditCommand(self, edit, inverse))
        return None

    @contextmanager
    def one_undo_step(self, label: str, *, edits: int = 2) -> Iterator[None]:
        """The edits submitted inside make one undo step called ``label``.

        The step is begun with the first edit that applies, so when every edit is
        refused no empty step is left on the undo stack. Nested calls join the outer
        step. With ``edits`` below 2 (one cell, say) nothing is grouped: the single
        edit keeps its own name.
        """
        if self._step_label is not None or edits < 2:
            yield
            return
        self._step_label, self._step_open = label, False
        try:
            yield
        finally:
            if self._step_open:
                self.undo_stack.endMacro()
            self._step_label, self._step_open = None, False

    def _open_gesture(self) -> EditCommand | None:
        """The last command, if a new step may still join it (as QUndoStack would merge).

        Not when something is undone (a push would drop the redo steps), and not into
        the saved state: a drag that continues after saving becomes a new undo step.
        """
        stack = self.undo_stack
        index = stack.index()
        if self._step_open or index == 0 or index != stack.count() or index == stack.cleanIndex():
            return None  # inside a macro the stack's top is not where the next edit goes
        top = stack.command(index - 1)
        return top if isinstance(top, EditCommand) else None

    def validate(self, edit: Edit) -> str | None:
        """Check ``edit`` without applying it: ``None`` if valid, else the error message."""
        try:
            self.session.preview(edit)
        except CounterweightError as exc:
            return error_text(exc)
        return None

    def put_back_stack_index(self, *, undo: bool) -> bool:
        """After an undo (``undo=False``) or redo (``undo=True``) that could not be saved, move
        the undo stack's index back once the stack is done, by running the other direction.

        Returns False (nothing scheduled) while such a correction is already running, so a
        failure during it cannot start another: the stack then stays where it is.
        """
        if self._correcting_stack:
            return False

        def put_back() -> None:
            self._correcting_stack = True
            try:
                (self.undo_stack.undo if undo else self.undo_stack.redo)()
            finally:
                self._correcting_stack = False

        QTimer.singleShot(0, put_back)
        return True

    # ------------------------------------------------------------ refused saves
    @property
    def unsaved_count(self) -> int:
        """How many changes the file refused that :meth:`try_again` can still save."""
        return len(self._unsaved)

    def _keep_unsaved(self, edit: Edit) -> None:
        """Keep a change the file refused; a later step of the same drag replaces the earlier."""
        key = edit.merge_key()
        if self._unsaved and key is not None and self._unsaved[-1][0].merge_key() == key:
            self._unsaved[-1] = (edit, self._step_label)
        else:
            self._unsaved.append((edit, self._step_label))
        self.unsavedChanged.emit(len(self._unsaved))

    @property
    def unsaved_edits(self) -> list[tuple[Edit, str | None]]:
        """The refused changes, oldest first, each with the name of the undo step it was part of (or None)."""
        return list(self._unsaved)

    def save_as(self, path: str | Path) -> None:
        """Copy the project to ``path`` and continue there, then save the refused changes in the copy.

        QA pass 24: the copy is written from the state the old file last accepted, and
        the changes it refused were dropped without a word. Now they are saved in the
        copy as :meth:`try_again` does; any the copy refuses too stay waiting. Raises
        what :meth:`ProjectSession.save_as` raises (nothing changed then).
        """
        kept, self._unsaved = self._unsaved, []  # the copy announces "everything changed": not a later edit
        try:
            self.session.save_as(path)
        finally:
            self._unsaved = kept
        if kept:
            self.try_again()

    def drop_unsaved(self) -> None:
        """Forget the refused changes (the user dismissed them, or the decision moved on)."""
        if self._unsaved:
            self._unsaved = []
            self.unsavedChanged.emit(0)

    def try_again(self) -> bool:
        """Save the refused changes again, in order, each undo step as it was meant.

        Stops at the first that is refused again and keeps it and those after it.
        Returns whether all were saved.
        """
        pending, self._unsaved = self._unsaved, []
        at = 0
        while at < len(pending):
            label = pending[at][1]
            end = at + 1
            while label is not None and end < len(pending) and pending[end][1] == label:
                end += 1
            with self.one_undo_step(label or "", edits=end - at if label else 1):
                for i in range(at, end):
                    if self.submit(pending[i][0]) is not None:  # refused again: submit kept it
                        self._unsaved = self._unsaved + pending[i + 1:]
                        self.unsavedChanged.emit(len(self._unsaved))
                        return False
            at = end
        self.unsavedChanged.emit(0)
        return True

    def apply_quietly(self, edit: Edit) -> Edit | None:
        """Used by undo/redo: apply and return the inverse, or report an error and return None."""
        try:
            return self.session.apply(edit)
        except CounterweightError as exc:
            log.warning("Undo/redo failed: %s", exc)
            self.errorRaised.emit(error_text(exc))
            return None

    def _relay(self, changes: ChangeSet) -> None:
        """Pass a session's change on; fall back to the shared view if the current one cannot be formed."""
        self._view_cache = None
        if changes.parts:
            self.drop_unsaved()  # the decision moved on: a refused change saved now could undo a later one
        reset = error = None
        back = self._view_back()
        if self._view is not None and back is None:
            try:
                if self._view != GROUP_VIEW and not any(a.id == self._view for a in self.decision.analysts):
                    self._lost_view = self._view  # undoing the removal shows their view again
                    reset = self.tr("The analyst whose view was shown is no longer in the project; "
                                    "showing the shared inputs.")
                else:
                    self._view_data()
            except CounterweightError as exc:
                error = self.tr("Showing the shared inputs: {0}").format(error_text(exc))
            if reset or error:
                self._view, self._view_cache = None, None
        self.changed.emit(changes)
        if reset or error or back:
            self.viewChanged.emit(back)
        if error:
            self.errorRaised.emit(error)
        elif reset:  # QA pass 19: information, not the red error banner
            self.noticeRaised.emit(reset)
        elif back and self.view_analyst is not None:
            self.noticeRaised.emit(self.tr("Showing {0}'s view again.").format(self.view_analyst.name))

