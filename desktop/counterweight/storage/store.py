"""``ProjectStore``: one open project file.

A store is either *writable* (it holds the project's lock and saves every change
in one transaction together with its audit row) or *read-only* (the file is
read-only on disk, its folder is, another window has it open, or the caller
asked). ``read_only_reason`` says which, in words for the status bar.
"""

from __future__ import annotations

import contextlib
import logging
import pathlib
import sqlite3
import threading
from collections.abc import Callable
from types import TracebackType

from counterweight.bulk import gc_paused
from counterweight.domain import Decision, ProjectFileError, ReadOnlyProjectError
from counterweight.domain.phrase import Phrase
from counterweight.storage import audit, audit_chain, backups, file_moves, perspective_rows, placement, rows
from counterweight.storage import sqlite_io
from counterweight.storage.store_audit import AuditReads
from counterweight.storage.store_opening import PathLike, StoreOpening, absolute
from counterweight.storage.locking import ProjectLock

log = logging.getLogger(__name__)


class ProjectStore(StoreOpening, AuditReads):
    """An open ``.counterweight`` project file.

    Use :meth:`create` or :meth:`open` (see :mod:`.store_opening`); close with :meth:`close` or a
    ``with`` block.

    Attributes
    ----------
    path : pathlib.Path
        Absolute path of the file.
    read_only : bool
        Whether changes are refused.
    read_only_reason : str
        ``""`` when writable, else why not, in words for the user.
    migration_backup : pathlib.Path or None
        The backup copy made before this open upgraded an older file.
    """

    def __init__(
        self,
        path: pathlib.Path,
        conn: sqlite3.Connection,
        *,
        lock: ProjectLock | None,
        read_only_reason: str = "",
        migration_backup: pathlib.Path | None = None,
    ) -> None:
        self.path = path
        self.read_only = bool(read_only_reason)
        self.read_only_reason = read_only_reason
        self.migration_backup = migration_backup
        self._conn: sqlite3.Connection | None = conn
        self._lock = lock
        #: The run that had this project open last and never closed it (see ProjectLock.left_by).
        self.left_open_by = lock.left_by if lock is not None else None
        self._mutex = threading.RLock()
        # Where the next audit row attaches; read once, then kept after each commit.
        self._chain_head: audit_chain.ChainHead | None = None
        self._changed = False  # a commit or event was saved since opening (automatic backups)
        self._backup_folder: pathlib.Path | None = None  # where automatic backups go; None: no backups
        self.backup_problem: str | None = None  # why the last automatic backup failed (None: it worked)
        self._file = placement.FileIdentity(path)  # the file this store writes to
        # reads snapshots' copies when used (issue 6); None once closed, so that no cycle is left (session 27)
        self._copies: perspective_rows.StoredCopies | None = perspective_rows.StoredCopies(self)

    # ----------------------------------------------------------------- use
    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise ProjectFileError(Phrase("The project \u201c{name}\u201d is closed.", name=self.path.name),
                                   where=str(self.path))
        return self._conn

    def data_version(self) -> int:
        """The file's change counter as this connection sees it: it moves when another connection commits (h27e).

        SQLite's ``PRAGMA data_version``. A read-only store upgraded in memory (an older file) is an
        :class:`~counterweight.storage.upgraded_copy.UpgradedCopyStore`, which reports the file's counter instead.
        """
        with self._mutex:
            return int(self._connection().execute("PRAGMA data_version").fetchone()[0])

    def load(self) -> Decision:
        """Read the whole decision (one consistent snapshot).

        Raises
        ------
        ProjectFileError
            A stored row breaks the domain rules; the message names table and row.
        """
        with self._mutex:
            conn = self._connection()
            try:
                conn.execute("BEGIN")
                try:
                    with gc_paused():  # issue 6: tens of thousands of objects, no cycles
                        return rows.read_decision(conn, str(self.path), self._copies)
                finally:
                    conn.execute("COMMIT")
            except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # issue 6: garbled text too
                raise ProjectFileError(
                    Phrase("\u201c{name}\u201d could not be read ({why}); the file may be damaged.", name=self.path.name,
                           why=str(exc)),
                    where=str(self.path),
                ) from exc

    def commit(
        self, old: Decision, new: Decision, *, action: str, target: str, before: object, after: object
    ) -> None:
        """Save the change from ``old`` to ``new`` and its audit row, atomically.

        Only rows that differ are written (compared by id; unchanged elements are
        skipped by identity first), so a one-score edit writes one score row.

        Parameters
        ----------
        old : Decision
            The decision as currently saved in this file (the last loaded/committed).
        new : Decision
            The decision after the edit.
        action : str
            Short audit action, e.g. ``"Set score"``.
        target : str
            What was edited, e.g. ``"score O2 × Civilian risk"``.
        before, after : object
            Audit values (JSON types or pydantic models).

        Raises
        ------
        ReadOnlyProjectError
            The store is read-only.
        ProjectFileError
            The disk refused the write (full, I/O error); nothing was saved.
        """
        if self.read_only:
            raise ReadOnlyProjectError(
                Phrase("Changes cannot be saved: {reason} Use Save As to keep a copy you can edit.",
                       reason=self.read_only_reason),
                where=str(self.path),
            )
        self._write_audited(action, target, before, after, lambda conn: rows.write_changes(conn, old, new))

    def _write_audited(self, action: str, target: str, before: object, after: object,
                       write: Callable[[sqlite3.Connection], None] | None = None) -> None:
        """``write`` (if any) and one audit row, in one transaction; nothing saved on failure.

        A refusal by SQLite (the disk, or another program writing the file) raises
        :class:`ProjectFileError` (:class:`ProjectBusyError` for the latter) from
        :func:`sqlite_io.save_refused`; an ``IntegrityError`` is a bug and is raised as is.
        """
        self.follow_rename()
        self._file.check_unchanged()
        try:
            self._write_in_transaction(action, target, before, after, write)
        except sqlite3.IntegrityError:
            raise  # the decision in memory did not match the file: a bug, not the disk
        except sqlite3.DatabaseError as exc:
            raise sqlite_io.save_refused(self.path, exc) from exc

    def _write_in_transaction(self, action: str, target: str, before: object, after: object,
                              write: Callable[[sqlite3.Connection], None] | None) -> None:
        with self._mutex:
            conn = self._connection()
            sqlite_io.begin_write(conn)
            try:
                if write is not None:
                    write(conn)
                head = audit.append(
                    conn, action=action, target=target, before=before, after=after, head=self._chain_head
                )
                conn.execute("COMMIT")
                self._chain_head = head
                self._changed = True
            except BaseException:
                self._chain_head = None
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    def follow_rename(self) -> bool:
        """Go on under the file's new name if it was renamed or moved within its disk while open.

        Returns whether it was (see :mod:`.file_moves`); raises :class:`ProjectFileError`
        when it was but cannot be followed (nothing changed then, unless the file would
        not open for writing under its new name: the store is read-only then).
        """
        new = None if self.read_only or self.closed else self._file.renamed_to()
        if new is None:
            return False
        with self._mutex:
            old = self.path
            conn, lock, problem = file_moves.follow(self._connection(), old, new, self._backup_folder)
            old_lock, self._conn, self._lock = self._lock, conn, lock
            self.path, self._file = new, placement.FileIdentity(new)
            if old_lock is not None:
                old_lock.release()  # after the new name's lock is held: never a moment with neither locked
            if problem:
                self.read_only, self.read_only_reason = True, problem
                raise ProjectFileError(Phrase("The change could not be saved: {problem}", problem=problem), where=str(new))
        log.info("The project file %s was renamed to %s while open; following it", old, new)
        return True

    def save_as(self, path: PathLike) -> ProjectStore:
        """Copy the project to ``path`` and continue there.

        The copy is a consistent snapshot made with SQLite's backup API (works for
        read-only stores too). An existing file at ``path`` is replaced unless
        another window has it open. This store is closed.

        Returns
        -------
        ProjectStore
            A writable store on the new file.
        """
        target = absolute(path)
        placement.refuse_open_file(target, self.path)
        lock = placement.take_target_lock(target)
        try:
            with self._mutex:
                placement.write_copy(self._connection(), target)
            store = self._open_writer(target, lock)
        except BaseException:
            lock.release()
            raise
        store._backup_folder = self._backup_folder  # issue 6: the copy is backed up like the original
        try:
            store.record_event("Save as", target.name, before=str(self.path), after=str(target))
        except BaseException:
            store.close()
            raise
        if self._copies is not None:  # unread snapshot copies: read from the new file
            store._copies, self._copies.store = self._copies, store
        self.close()
        return store

    def record_event(self, action: str, target: str, *, before: object = None, after: object = None) -> None:
        """Append an audit row for an event that changes no data (e.g. an export)."""
        if self.read_only:
            raise ReadOnlyProjectError(Phrase("Changes cannot be saved: {reason}", reason=self.read_only_reason),
                                       where=str(self.path))
        self._write_audited(action, target, before, after)

    def start_backups(self, folder: pathlib.Path | None) -> None:
        """Keep automatic backups in ``folder`` from now on, starting with one now (if the file changed).

        :class:`~counterweight.services.session.ProjectSession` opens its store without
        a folder and calls this once the decision has loaded: a backup taken before
        that could copy a file whose rows cannot be read, and it would then be offered
        as the newest backup to restore.
        """
        self._backup_folder = folder
        self._automatic_backup()

    def _automatic_backup(self) -> None:
        """Keep an automatic backup (see :mod:`.backups`); a failure is logged, never raised."""
        if self._backup_folder is None or self.read_only:
            return
        try:
            with self._mutex:
                backups.make_automatic_backup(self._connection(), self.path, self._backup_folder)
            self.backup_problem = None
        except (OSError, sqlite3.Error, ProjectFileError) as exc:
            log.warning("Could not make an automatic backup of %s: %s", self.path, exc)
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.backup_problem = f"{reason} (backups folder: {self._backup_folder})"
        except Exception:  # a bug in the backup code must not stop the user working
            log.exception("Automatic backup of %s failed unexpectedly", self.path)

    def close(self) -> None:
        """Close the file and release its lock (safe to call twice).

        A writable store that saved changes is backed up first (see :mod:`.backups`).
        """
        with contextlib.suppress(ProjectFileError):  # renamed while open: written back at its new name
            self.follow_rename()
        if self._changed and not self.closed:
            self._changed = False
            self._automatic_backup()
        with self._mutex:
            conn, self._conn = self._conn, None
            if conn is not None:
                if not self.read_only:
                    sqlite_io.try_rollback_journal(conn)
                conn.close()
            if self._lock is not None:
                self._lock.release()
                self._lock = None
            self._copies = None  # it keeps this store to read the file; without a cycle, both are freed at once

    @property
    def closed(self) -> bool:
        """Whether :meth:`close` has been called."""
        return self._conn is None

    def __enter__(self) -> ProjectStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self.closed else ("read-only" if self.read_only else "writable")
        return f"<ProjectStore {str(self.path)!r} {state}>"
