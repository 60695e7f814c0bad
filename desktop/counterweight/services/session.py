"""The project session: one open project, the edit path, recompute and notify.

Both the GUI and the CLI go through :class:`ProjectSession`. ``apply(edit)`` runs the
edit on the current decision, persists the result and an audit row in one
transaction, recomputes the evaluation and tells every listener what changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from counterweight.domain import Decision
from counterweight.domain.errors import ReadOnlyProjectError
from counterweight.engine.phrase import Phrase
from counterweight.engine import Evaluation, evaluate
from counterweight.services.changes import ChangeSet
from counterweight.services.edits import Applied, Edit
from counterweight.services.import_origin import PROJECT_IMPORT_ACTION
from counterweight.storage import ProjectStore, file_version

log = logging.getLogger(__name__)

Listener = Callable[[ChangeSet], None]
MoveListener = Callable[[Path, Path], None]


def _read_only(reason: str) -> Phrase:
    """The refusal of a change to a project open read-only, with the reason it is (a sentence) when known."""
    if reason.strip():
        return Phrase("This project is open read-only, so it cannot be changed. {reason}", reason=reason)
    return Phrase("This project is open read-only, so it cannot be changed.")


class ProjectSession:
    """An open project with its current decision and evaluation.

    Parameters
    ----------
    store
        The opened project file. The session owns it and closes it in :meth:`close`.
    """

    def __init__(self, store: ProjectStore) -> None:
        self._store = store
        self._backups_off = False  # writable, but the data folder for backups cannot be used
        self._decision = store.load()
        self._evaluation = evaluate(self._decision)
        self._listeners: list[Listener] = []
        self._move_listeners: list[MoveListener] = []  # told when the file was followed to a new name

    # ------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> ProjectSession:
        """Open an existing ``.counterweight`` file (raises ``ProjectFileError``).

        Opened for writing, it is backed up automatically (see :mod:`counterweight.services.backups`).
        """
        from counterweight.services.backups import automatic_backup_folder  # issue 6 (lazy: import cycle)

        folder = None if read_only else automatic_backup_folder()
        store = ProjectStore.open(Path(path), read_only=read_only)
        try:
            session = cls(store)
        except BaseException:  # issue 6: a file whose rows cannot be read must not stay locked
            store.close()
            raise
        # backed up only once it has loaded: a copy of a file whose rows cannot be read would
        # otherwise become the newest backup, the one offered for restoring
        store.start_backups(folder)
        session._backups_off = not read_only and folder is None
        return session

    @classmethod
    def create(cls, path: str | Path, decision: Decision, *, overwrite: bool = False,
               origin: dict[str, Any] | None = None) -> ProjectSession:
        """Create a project file holding ``decision`` and open it, backed up automatically like an opened one.

        Without this a new project (File > New, an import, or a copy saved from one) had
        no backup until it was opened again: a whole first session unprotected. ``origin``
        (:mod:`.import_origin`): the file an import read, recorded by the first history entry.
        """
        from counterweight.services.backups import automatic_backup_folder  # lazy: import cycle

        folder = automatic_backup_folder()
        first = (PROJECT_IMPORT_ACTION, origin) if origin is not None else None
        session = cls(ProjectStore.create(Path(path), decision, overwrite=overwrite, first=first))
        session._store.start_backups(folder)
        session._backups_off = folder is None
        return session

    # ------------------------------------------------------------ state
    @property
    def decision(self) -> Decision:
        return self._decision

    @property
    def evaluation(self) -> Evaluation:
        return self._evaluation

    @property
    def path(self) -> Path:
        return self._store.path

    @property
    def not_closed_properly(self) -> str | None:
        """Who had the project open last without closing it ("alice@desk-12, pid 4242"), or ``None``.

        Set when the project's lock file was still there when this session took the lock: a
        clean close removes it, so the run before was killed or the computer stopped.
        """
        holder = getattr(self._store, "left_open_by", None)
        return holder.describe() if holder is not None else None

    @property
    def backup_problem(self) -> str | None:
        """Why automatic backups of this project are not being made, in words; ``None`` when they are."""
        if self._backups_off:
            return "the Counterweight data folder cannot be used, so automatic backups are off"
        return self._store.backup_problem

    @property
    def read_only(self) -> bool:
        return self._store.read_only

    @property
    def read_only_reason(self) -> str:
        return self._store.read_only_reason

    @property
    def other_window_has_it(self) -> bool:
        """Whether this read-only session's project is held by another window, which may save changes to it.

        Read-only for another reason (a read-only file, ``--read-only``), no window holds
        it unless one opened it since; so a window follows the file only while this is true.
        """
        return self.read_only and file_version.held_by_a_window(self.path)

    def file_version(self) -> int:
        """A number that changes when another window or program saves to the file (see :mod:`.file_version`)."""
        return self._store.data_version()

    def read_file_again(self) -> tuple[Decision, Evaluation]:
        """The decision read again from the file, and its evaluation; nothing here changes (a worker may call it).

        Raises ``ProjectFileError`` when the file cannot be read (damaged, say).
        """
        decision = self._store.load()
        return decision, evaluate(decision)

    def show_read_again(self, decision: Decision, evaluation: Evaluation) -> None:
        """Make what :meth:`read_file_again` read current and tell the listeners (a read-only session following the file)."""
        if not self.read_only:
            raise ReadOnlyProjectError(Phrase("Only a read-only project is read again from its file."))
        self._decision, self._evaluation = decision, evaluation
        self._publish(ChangeSet.everything("Read again from the file"))

    def audit_log(self, limit: int | None = None, action: str | None = None) -> list:
        return self._store.audit_log(limit, action)

    # ------------------------------------------------------------ listeners
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(changeset)`` after every applied edit; returns an unsubscribe function."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def subscribe_moves(self, listener: MoveListener) -> Callable[[], None]:
        """Call ``listener(old_path, new_path)`` when the project file, renamed or moved while open,
        is followed to its new name (see :meth:`ProjectStore.follow_rename`); returns an unsubscribe function."""
        self._move_listeners.append(listener)
        return lambda: self._move_listeners.remove(listener) if listener in self._move_listeners else None

    def _tell_moves(self, before: Path) -> None:
        if self.path != before:
            for listener in list(self._move_listeners):
                listener(before, self.path)

    def follow_file(self) -> bool:
        """Follow the project file to its new name if it was renamed or moved within its disk while open.

        Edits do this themselves; this is for the window, when it is brought to the front.
        Returns whether it was followed; raises ``ProjectFileError`` when it cannot be.
        """
        before = self.path
        try:
            return self._store.follow_rename()
        finally:
            self._tell_moves(before)

    def _publish(self, changes: ChangeSet) -> None:
        for listener in list(self._listeners):
            listener(changes)

    # ------------------------------------------------------------ editing
    def preview(self, edit: Edit) -> Applied:
        """Apply ``edit`` in memory only (validation), without saving or notifying."""
        return edit.apply(self._decision)

    def apply(self, edit: Edit) -> Edit:
        """Apply, persist (with an audit row), recompute and publish. Returns the inverse edit.

        Raises
        ------
        InvalidInputError
            The edit would make the decision invalid; nothing changed.
        ReadOnlyProjectError
            The project is open read-only; nothing changed.
        """
        if self.read_only:
            raise ReadOnlyProjectError(_read_only(self.read_only_reason))
        applied = edit.apply(self._decision)
        path = self.path
        try:
            self._store.commit(
                self._decision,
                applied.decision,
                action=edit.label,
                target=applied.target,
                before=applied.before,
                after=applied.after,
            )
        finally:
            self._tell_moves(path)  # the file was renamed while open: the edit saved it at its new name
        self._decision = applied.decision
        self._evaluation = evaluate(self._decision)
        self._publish(applied.changes)
        return applied.inverse

    def record_event(self, action: str, target: str, *, before: object = None, after: object = None) -> None:
        """Add an audit entry for something that changes no data (an export, a packet issued)."""
        if self.read_only:
            raise ReadOnlyProjectError(_read_only(self.read_only_reason))
        path = self.path
        try:
            self._store.record_event(action, target, before=before, after=after)
        finally:
            self._tell_moves(path)
        self._publish(ChangeSet(parts=frozenset(), description=f"{action}: {target}"))  # no data changed

    def reevaluate(self) -> Evaluation:
        """Recompute the evaluation (e.g. after engine settings outside the decision changed)."""
        self._evaluation = evaluate(self._decision)
        return self._evaluation

    # ------------------------------------------------------------ files
    def save_as(self, path: str | Path) -> None:
        """Copy the project to ``path`` and continue working there."""
        self._store = self._store.save_as(Path(path))
        self._publish(ChangeSet.everything("Saved as " + Path(path).name))

    def close(self) -> None:
        self._listeners.clear()
        self._move_listeners.clear()
        self._store.close()

    def __enter__(self) -> ProjectSession:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
