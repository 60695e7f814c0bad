"""Opening a project file: creating a new one, or opening one for writing or reading (mixed into ProjectStore).

Kept apart from :mod:`.store`, which uses an open file (loads, writes, follows a rename,
copies, backs up and closes it): these decide how the file is opened (the lock, a
read-only reason, an upgrade with its backup copy first) and build the store on its
connection.
"""

from __future__ import annotations

import os
import pathlib
import sqlite3
from typing import Any, Self

from counterweight.domain import Decision, ProjectFileError
from counterweight.storage import audit, placement, schema, sqlite_io
from counterweight.storage.locking import ProjectLock, take_lock_or_say_why

PathLike = str | os.PathLike[str]


def absolute(path: PathLike) -> pathlib.Path:
    """``path`` made absolute, a leading ``~`` expanded (links are not resolved)."""
    return pathlib.Path(path).expanduser().absolute()


class StoreOpening:
    """How :class:`~counterweight.storage.store.ProjectStore` is made: :meth:`create` and :meth:`open`.

    The store's own ``__init__`` builds it; ``_backup_folder`` and ``_automatic_backup`` are the store's.
    """

    _backup_folder: pathlib.Path | None

    def _automatic_backup(self) -> None:  # pragma: no cover - ProjectStore's
        raise NotImplementedError

    @classmethod
    def create(cls, path: PathLike, decision: Decision, *, overwrite: bool = False,
               first: tuple[str, Any] | None = None) -> Self:
        """Write ``decision`` to a new project file and open it for writing.

        The file is built under a temporary name and renamed into place, so a
        half-written project never exists. Its mode is 0o600 (owner only).

        Parameters
        ----------
        path : str or os.PathLike
            Where to create the file.
        decision : Decision
            The decision to store.
        overwrite : bool, default False
            Replace an existing file (refused while another window has it open).
        first : tuple of (str, object), optional
            The first history entry's action and new value (an import's file); ``"Create project"``.

        Raises
        ------
        ProjectFileError
            The file exists (without ``overwrite``), is open elsewhere, or the folder
            cannot be written.
        """
        target = absolute(path)
        if target.is_dir():
            raise ProjectFileError(f"Cannot create \u201c{target.name}\u201d: a folder has that name.",
                                   where=str(target))
        if not overwrite and os.path.lexists(target):
            raise ProjectFileError(
                f"Cannot create \u201c{target.name}\u201d: a file with that name already exists.", where=str(target)
            )
        lock = placement.take_target_lock(target)
        try:
            tmp = placement.build_new_file(target, decision, first)
            placement.move_into_place(tmp, target)
            return cls._open_writer(target, lock)
        except BaseException:
            lock.release()
            raise

    @classmethod
    def open(
        cls, path: PathLike, *, read_only: bool = False, backup_folder: pathlib.Path | None = None
    ) -> Self:
        """Open an existing project file.

        The file is examined read-only first; damaged, foreign and too-new files
        are refused without being changed. An older file is upgraded (after a
        backup copy is written next to it) when opened for writing, and upgraded
        in memory only when opened read-only (copied and upgraded again when the
        file changes: :mod:`.upgraded_copy`).

        Parameters
        ----------
        path : str or os.PathLike
            The project file.
        read_only : bool, default False
            Open for reading only even if the file could be written.
        backup_folder : pathlib.Path, optional
            Keep automatic backups there (see :mod:`.backups`): one now, if the file
            is opened for writing, and one when it is closed after changes.

        Returns
        -------
        ProjectStore
            Writable, or read-only with ``read_only_reason`` set.

        Raises
        ------
        ProjectFileError, NotAProjectError, ProjectTooNewError
            The file cannot be opened; the message names it and the problem.
        """
        target = absolute(path)
        found = sqlite_io.probe(target)
        reason = "The project was opened read-only." if read_only else placement.disk_write_problem(target)
        lock, reason = (None, reason) if reason else take_lock_or_say_why(target)
        if lock is None:
            return cls._open_reader(target, found, reason)
        try:
            store = cls._open_writer(target, lock)
        except ProjectFileError as exc:  # another program writes the file, or (QA 28) its disk is full: read it
            lock.release()
            if not (instead := sqlite_io.read_only_instead(exc, target)):
                raise
            return cls._open_reader(target, found, instead)
        except BaseException:
            lock.release()
            raise
        store._backup_folder = backup_folder
        store._automatic_backup()
        return store

    @classmethod
    def _open_writer(cls, target: pathlib.Path, lock: ProjectLock) -> Self:
        try:
            conn = sqlite_io.connect_writable(target)
        except sqlite3.Error as exc:
            raise sqlite_io.open_refused(target, exc) from exc
        try:
            db = sqlite_io.wrap(conn)
            found = sqlite_io.check_migrations(target, db)  # again, now that we hold the lock
            backup = None
            if found.pending:
                backup = sqlite_io.make_backup(conn, target)
                schema.MIGRATIONS.apply(db)
                conn.execute("BEGIN IMMEDIATE")
                audit.append(
                    conn,
                    action="Upgrade project file",
                    target=target.name,
                    before={"migrations": found.applied},
                    after={"migrations": schema.known_migrations(), "backup": backup.name},
                )
                conn.execute("COMMIT")
        except BaseException as exc:
            conn.close()
            if isinstance(exc, sqlite3.Error):  # QA 28: upgrading on a full disk, say
                raise sqlite_io.open_refused(target, exc) from exc
            raise
        return cls(target, conn, lock=lock, migration_backup=backup)  # type: ignore[call-arg]

    @classmethod
    def _open_reader(cls, target: pathlib.Path, found: sqlite_io.Probe, reason: str) -> Self:
        if found.pending:
            # An older file: a private copy upgraded in memory (the file itself is not touched),
            # which follows the file when another window saves to it (h28d). Imported here: it
            # is a ProjectStore, whose module imports this one.
            from counterweight.storage.upgraded_copy import UpgradedCopyStore

            return UpgradedCopyStore.open_copy(target, reason)  # type: ignore[return-value]
        try:
            conn = sqlite_io.connect_read_only(target)
        except sqlite3.Error as exc:
            raise ProjectFileError(f"Cannot open \u201c{target.name}\u201d: {exc}.", where=str(target)) from exc
        return cls(target, conn, lock=None, read_only_reason=reason)  # type: ignore[call-arg]
