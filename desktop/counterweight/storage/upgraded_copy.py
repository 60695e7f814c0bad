"""An older project file open read-only: upgraded in a private copy in memory, which follows the file (h28d).

A file written by an older Counterweight is upgraded on disk only when it is opened for
writing. Opened read-only (another window holds it, the file or its folder cannot be
written, or the user asked), it is copied into memory and the copy is upgraded; the file
is not touched. The copy's own change counter never moves, so a window following the
other window's saves (:mod:`counterweight.ui.file_follower`) saw none of them.

:class:`UpgradedCopyStore` keeps a read-only connection on the file beside the copy: its
:meth:`~UpgradedCopyStore.data_version` is the file's, and :meth:`~UpgradedCopyStore.load`
copies and upgrades the file again first when it changed since the copy was made.
"""

from __future__ import annotations

import pathlib
import sqlite3

from counterweight.domain import Decision, ProjectFileError
from counterweight.storage import schema, sqlite_io
from counterweight.storage.store import ProjectStore


def _version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


def _upgraded_copy(target: pathlib.Path, file: sqlite3.Connection) -> sqlite3.Connection:
    """The file on ``file`` copied into memory and upgraded (refused when written by a newer version)."""
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        file.backup(memory)  # one consistent snapshot of the file
        memory.execute("PRAGMA foreign_keys = ON")
        db = sqlite_io.wrap(memory)
        if sqlite_io.check_migrations(target, db).pending:
            schema.MIGRATIONS.apply(db)
    except BaseException:
        memory.close()
        raise
    return memory


def _unreadable(target: pathlib.Path, exc: sqlite3.Error) -> ProjectFileError:
    return ProjectFileError(f"Cannot open \u201c{target.name}\u201d: {exc}.", where=str(target))


class UpgradedCopyStore(ProjectStore):
    """A read-only :class:`ProjectStore` on an upgraded copy in memory of an older file; made by :meth:`open_copy`."""

    def __init__(self, path: pathlib.Path, conn: sqlite3.Connection, *, file: sqlite3.Connection,
                 copied: int, read_only_reason: str) -> None:
        super().__init__(path, conn, lock=None, read_only_reason=read_only_reason)
        self._file_conn: sqlite3.Connection | None = file  # read-only, on the file itself
        self._copied = copied  # the file's change counter when the copy was made

    @classmethod
    def open_copy(cls, target: pathlib.Path, reason: str) -> UpgradedCopyStore:
        """Open ``target`` (an older file) read-only for ``reason``, upgraded in memory.

        Raises ``ProjectFileError`` when it cannot be read, ``ProjectTooNewError`` when a
        newer version wrote it since it was examined.
        """
        try:
            file = sqlite_io.connect_read_only(target)
        except sqlite3.Error as exc:
            raise _unreadable(target, exc) from exc
        try:
            copied = _version(file)  # read before the copy: a save during it moves it again
            memory = _upgraded_copy(target, file)
        except BaseException as exc:
            file.close()
            if isinstance(exc, sqlite3.Error):
                raise _unreadable(target, exc) from exc
            raise
        return cls(target, memory, file=file, copied=copied, read_only_reason=reason)

    def _on_file(self) -> sqlite3.Connection:
        if self._file_conn is None:
            raise ProjectFileError(f"The project \u201c{self.path.name}\u201d is closed.", where=str(self.path))
        return self._file_conn

    def data_version(self) -> int:
        """The file's change counter (not the copy's, which only this store changes)."""
        with self._mutex:
            return _version(self._on_file())

    def load(self) -> Decision:
        """Read the whole decision; first copy and upgrade the file again if it changed since the last copy.

        When the new copy cannot be made (a damaged file, say), ``ProjectFileError`` is
        raised and the store keeps the copy it had.
        """
        with self._mutex:
            file = self._on_file()
            try:
                version = _version(file)
                if version != self._copied:
                    fresh = _upgraded_copy(self.path, file)
                    old, self._conn, self._copied = self._conn, fresh, version
                    if old is not None:
                        old.close()
            except sqlite3.Error as exc:
                raise ProjectFileError(
                    f"\u201c{self.path.name}\u201d could not be read ({exc}); the file may be damaged.",
                    where=str(self.path),
                ) from exc
            return super().load()

    def close(self) -> None:
        """Close the copy and the file (safe to call twice)."""
        super().close()
        with self._mutex:
            file, self._file_conn = self._file_conn, None
            if file is not None:
                file.close()


__all__ = ["UpgradedCopyStore"]
