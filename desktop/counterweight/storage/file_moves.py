"""Following a project file renamed or moved on its disk while it is open.

A rename (in a file manager, or ``mv`` within one disk) keeps the file itself: the
same device and inode, still linked, and the open connection still reads and writes
it. SQLite, though, finds its ``-wal`` and ``-shm`` files by the name it opened, and a
file that has moved is never written back from its ``-wal`` when the connection
closes, so changes would be stranded under the old name. Following the file:

1. find its new name through the open file itself (``/proc/self/fd`` on Linux,
   ``F_GETPATH`` on macOS; elsewhere nothing is followed and saving is refused, as for
   a deleted file: on Windows an open file can seldom be renamed anyway);
2. take the new name's lock, so no other window can have it (if one does, refuse);
3. write the ``-wal`` back into the file (a ``TRUNCATE`` checkpoint), close the
   connection and delete the ``-wal``/``-shm`` left under the old name;
4. open the file under its new name, then release the old lock (its file goes).

A file moved to another disk is a copy plus a delete: the open file has no name any
more, so it is not followed. See :meth:`ProjectStore.follow_rename`.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pathlib
import sqlite3

from counterweight.domain import ProjectFileError
from counterweight.domain.errors import os_reason
from counterweight.storage import backups, placement, sqlite_io
from counterweight.storage.locking import ProjectLock

log = logging.getLogger(__name__)


def _moved_to(old: pathlib.Path, new: pathlib.Path) -> str:
    """How the file went: renamed (the same folder, named by its new name) or moved (named by its full path)."""
    return f"renamed to \u201c{new.name}\u201d" if new.parent == old.parent else f"moved to \u201c{new}\u201d"


def cannot_follow(old: pathlib.Path, new: pathlib.Path, why: str, then: str = "Use") -> ProjectFileError:
    """The error when the file was renamed but cannot be followed: nothing is saved."""
    return ProjectFileError(
        f"The change could not be saved: \u201c{old.name}\u201d was {_moved_to(old, new)} while it was open, "
        f"and Counterweight cannot save there: {why} {then} File > Save As to keep the project as it is in "
        "the window.",
        where=str(old),
    )


def lock_new_name(old: pathlib.Path, new: pathlib.Path) -> ProjectLock:
    """Take the lock of the file's new name; refuse when the folder is read-only or another window has it."""
    problem = placement.disk_write_problem(new)
    if problem:
        raise cannot_follow(old, new, problem[0].lower() + problem[1:])
    lock = ProjectLock(new)
    try:
        holder = lock.try_acquire()
    except OSError as exc:
        raise cannot_follow(old, new, f"its lock file cannot be made there ({os_reason(exc)}).") from exc
    if holder is not None:
        raise cannot_follow(old, new, "it is open under that name in another Counterweight window "
                            f"({holder.describe()}).", "Close that window and try again, or use")
    return lock


def write_back(conn: sqlite3.Connection, old: pathlib.Path, new: pathlib.Path) -> None:
    """Write every change in the ``-wal`` (still under the old name) into the file, and empty the ``-wal``.

    SQLite does this on close only for a file that has not moved. Refused when another
    program is reading or writing the file (the checkpoint cannot finish).
    """
    conn.execute(f"PRAGMA busy_timeout = {sqlite_io.WRITE_WAIT_MS}")  # the window must not freeze for long
    try:
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.Error as exc:
        raise cannot_follow(old, new, f"its changes could not be written into it ({exc}).") from exc
    finally:
        conn.execute(f"PRAGMA busy_timeout = {sqlite_io.BUSY_TIMEOUT_MS}")
    if busy:
        raise cannot_follow(old, new, f"another program is using it ({sqlite_io.OTHER_WRITER}).")


def clear_old_name(old: pathlib.Path) -> None:
    """Delete the ``-wal``/``-shm`` SQLite left under the old name, unless a file has that name again."""
    if not os.path.lexists(old):
        with contextlib.suppress(OSError):
            sqlite_io.remove_side_files(old)


def follow(conn: sqlite3.Connection, old: pathlib.Path, new: pathlib.Path,
           backup_folder: pathlib.Path | None) -> tuple[sqlite3.Connection | None, ProjectLock | None, str]:
    """Steps 2 to 4 (see above): ``conn`` is closed and the file opened under its new name.

    Returns the connection, the new name's lock and ``""``. Should the file not open
    for writing there, a read-only connection (``None`` if even that fails), no lock,
    and why, in words for the read-only banner.

    Raises
    ------
    ProjectFileError
        The file cannot be followed: ``conn`` is still open and nothing changed.
    """
    lock = lock_new_name(old, new)
    try:
        write_back(conn, old, new)
    except BaseException:
        lock.release()
        raise
    conn.close()
    clear_old_name(old)
    carry_backups(old, new, backup_folder)
    try:
        return sqlite_io.connect_writable(new), lock, ""
    except sqlite3.Error as exc:
        log.warning("Could not reopen %s for writing after it was renamed: %s", new, exc)
        why = f"The project file was {_moved_to(old, new)} while open and could not be opened there for writing ({exc})."
    lock.release()
    try:
        return sqlite_io.connect_read_only(new), None, why
    except sqlite3.Error:
        return None, None, why


def carry_backups(old: pathlib.Path, new: pathlib.Path, folder: pathlib.Path | None) -> None:
    """Rename the automatic backups made under the old name, so the new name lists them (failures logged)."""
    if folder is None:
        return
    try:
        backups.carry_backups(old, new, folder)
    except OSError as exc:
        log.warning("Could not rename the backups of %s after it was renamed: %s", old, exc)
