"""The Qt face of a ProjectSession: signals for views, an undo stack for edits."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from counterweight.domain import Decision
from counterweight.domain.errors import CounterweightError
from counterweight.engine import Evaluation
from counterweight.services.changes import ChangeSet
from counterweight.services.edits import Edit
from counterweight.services.session import ProjectSession
from counterweight.ui.undo import EditCommand

log = logging.getLogger(__name__)


class SessionController(QObject):
    """Owns the open :class:`ProjectSession` and its :class:`QUndoStack`.

    Signals
    -------
    changed(ChangeSet)
        After every applied edit, undo or redo; views update from it.
    sessionReplaced()
        A different project (or the same one re-opened) is now current; views reset.
    errorRaised(str)
        A user-facing error message from an edit, undo or redo.
    """

    changed = Signal(object)
    sessionReplaced = Signal()
    errorRaised = Signal(str)

    def __init__(self, session: ProjectSession | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session: ProjectSession | None = None
        self._unsubscribe = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
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
        self._unsubscribe = session.subscribe(self.changed.emit)
        self.undo_stack.clear()
        if old is not None and old is not session:
            old.close()
        self.sessionReplaced.emit()

    def close_session(self) -> None:
        if self._session is not None:
            if self._unsubscribe:
                self._unsubscribe()
            self._session.close()
            self._session = None
            self.undo_stack.clear()

    # ------------------------------------------------------------ edits
    def submit(self, edit: Edit) -> str | None:
        """Apply ``edit`` and record it for undo.

        Returns ``None`` on success, or the user-facing error message (also emitted as
        ``errorRaised``); on error nothing changed.
        """
        try:
            inverse = self.session.apply(edit)
        except CounterweightError as exc:
            self.errorRaised.emit(str(exc))
            return str(exc)
        self.undo_stack.push(EditCommand(self, edit, inverse))
        return None

    def validate(self, edit: Edit) -> str | None:
        """Check ``edit`` without applying it: ``None`` if valid, else the error message."""
        try:
            self.session.preview(edit)
        except CounterweightError as exc:
            return str(exc)
        return None

    def apply_quietly(self, edit: Edit) -> Edit | None:
        """Used by undo/redo: apply and return the inverse, or report an error and return None."""
        try:
            return self.session.apply(edit)
        except CounterweightError as exc:
            log.warning("Undo/redo failed: %s", exc)
            self.errorRaised.emit(str(exc))
            return None
