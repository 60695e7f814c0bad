"""Putting project files in place: new files, replaced files, write permission.

A new or replacing file is always written under a temporary name in the target
folder and renamed over the target while holding the target's lock, so readers
never see a half-written project and stale ``-wal`` files are never replayed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import pathlib
import sqlite3
from collections.abc import Iterator
from typing import Any

from counterweight._version import __version__
from counterweight.domain import Decision, ProjectFileError
from counterweight.domain.errors import os_reason
from counterweight.domain.phrase import Phrase
from counterweight.storage import audit, open_names, rows, schema, sqlite_io
from counterweight.storage.locking import ProjectLock


def disk_write_problem(path: pathlib.Path) -> str:
    """Why the file cannot be changed on disk, or ``""`` if it can."""
    if not os.access(path, os.W_OK):
        return Phrase("The file is read-only on disk.")
    if not os.access(path.parent, os.W_OK):
        return Phrase("The folder holding the file is read-only, so changes cannot be saved there.")
    return ""


def folder_problem(target: pathlib.Path) -> str:
    """Why ``target``'s folder cannot hold a new file (it is missing, or part of its path is a file), or ``""``.

    The lock library would create a missing folder, and reports a file standing where
    a folder should be as "File exists"; this names the real reason instead.
    """
    folder = pathlib.Path(os.path.abspath(target)).parent
    if folder.is_dir():
        return ""
    for part in (folder, *folder.parents):  # the nearest part of the path that exists decides
        if part.exists():
            return Phrase("the folder does not exist") if part.is_dir() else \
                Phrase("part of the path is a file, not a folder")
    return Phrase("the folder does not exist")


def refuse_open_file(target: pathlib.Path, open_path: pathlib.Path) -> None:
    """Refuse to copy a project onto the file it is open from (its name, or another name for it).

    A name with no file behind it is no such name: the open file may have been deleted
    (a pulled USB stick), and saving over another existing file must still work then.
    """
    try:
        same = target == open_path or os.path.samefile(target, open_path)
    except OSError:
        same = False
    if same:
        raise ProjectFileError(Phrase("\u201c{name}\u201d is the file already open; choose another name.",
                                      name=target.name), where=str(target))


#: The longest ending added to a project file's name for a file beside it (the lock's is ``.lock``).
SIDE_ENDING = "-journal"


def name_problem(target: pathlib.Path) -> str:
    """Why ``target``'s name cannot hold a project, or ``""``.

    QA pass 28: a name that fits the folder but whose side files (``-journal``, ``.lock``)
    do not was refused as "the folder cannot be written to"; and a new name of dots only
    (``....counterweight``) makes a hidden file, which file managers do not show.
    """
    size = len(target.name.encode("utf-8", "surrogateescape"))
    try:
        most = os.pathconf(target.parent, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):  # a folder not there yet, or not a POSIX system
        most = sqlite_io.NAME_MAX
    most = min(most, sqlite_io.NAME_MAX) - len(SIDE_ENDING)
    if size > most:
        return Phrase("the name is too long for this folder ({size} bytes; at most {most} with Counterweight\u2019s "
                      "side files): choose a shorter name", size=size, most=most)
    if not target.name.removesuffix(schema.FILE_SUFFIX).strip(".") and not os.path.lexists(target):
        return Phrase("a name made only of dots would be a hidden file: choose a name with a letter or digit in it")
    return ""


def _cannot(verb: str, name: str, why: str) -> Phrase:
    """"Cannot save “name”: why." (``verb`` is "save", "create" or "restore"), one sentence per verb to translate."""
    if verb == "create":
        return Phrase("Cannot create \u201c{name}\u201d: {why}.", name=name, why=why)
    if verb == "restore":
        return Phrase("Cannot restore \u201c{name}\u201d: {why}.", name=name, why=why)
    return Phrase("Cannot save \u201c{name}\u201d: {why}.", name=name, why=why)


def _shown(name: str) -> str:
    """A long file name cut in the middle for a message (its start and its ending stay)."""
    return name if len(name) <= 60 else f"{name[:40]}\u2026{name[-16:]}"


def take_target_lock(target: pathlib.Path) -> ProjectLock:
    """Lock a file about to be (over)written; refuse if another window has it or its folder is not there."""
    problem = folder_problem(target)
    if problem:
        raise ProjectFileError(_cannot("save", target.name, problem), where=str(target))
    if problem := name_problem(target):  # the folder is named: a long name is shown cut short
        raise ProjectFileError(_cannot("save", _shown(target.name), problem), where=str(target.parent))
    lock = ProjectLock(target)
    try:
        holder = lock.try_acquire()
    except OSError as exc:
        if exc.errno == errno.ENAMETOOLONG:  # a folder that allows shorter names than it says
            raise ProjectFileError(_cannot("save", _shown(target.name), Phrase(
                "the name is too long for this folder: choose a shorter name")), where=str(target.parent)) from exc
        raise ProjectFileError(
            _cannot("save", target.name, Phrase("the folder cannot be written to ({reason})", reason=os_reason(exc))),
            where=str(target),
        ) from exc
    if holder is not None:
        raise ProjectFileError(
            Phrase("Cannot save over \u201c{name}\u201d: it is open in another Counterweight window ({holder}).",
                   name=target.name, holder=holder.describe()),
            where=str(target),
        )
    return lock


@contextlib.contextmanager
def temporary_beside(target: pathlib.Path, verb: str) -> Iterator[pathlib.Path]:
    """A new private temporary file next to ``target``, removed if the work done with it fails.

    An OS or SQLite error is worded for the user, "Cannot ``verb`` “name”: …" (QA 28: an SQLite
    error, a full disk say, was an "internal error" and "Something went wrong"). Used to create,
    save and restore a project (:func:`counterweight.storage.backups.restore`).
    """
    try:
        tmp = sqlite_io.new_private_file(target.parent, target.name)
    except OSError as exc:
        raise ProjectFileError(_cannot(verb, target.name, exc.strerror), where=str(target)) from exc
    try:
        yield tmp
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, sqlite3.Error):
            raise ProjectFileError(_cannot(verb, target.name, str(exc)), where=str(target),
                                   detail=str(exc)) from exc
        raise


#: The first history entry of a project made new (an import records its own, with the file it read).
CREATE_ACTION = "Create project"


def build_new_file(target: pathlib.Path, decision: Decision, first: tuple[str, Any] | None = None) -> pathlib.Path:
    """Write ``decision`` into a new private temporary file next to ``target``.

    Parameters
    ----------
    target : pathlib.Path
        Where the project will live; the temporary file goes in the same folder
        so the final rename is atomic.
    decision : Decision
        The content.
    first : tuple of (str, object), optional
        The first history entry's action and new value (an import's file); by default
        ``"Create project"`` with no value.

    Returns
    -------
    pathlib.Path
        The temporary file (mode 0o600, rollback-journal mode, every migration applied).
    """
    with temporary_beside(target, "create") as tmp:
        conn = sqlite_io.connect_writable(tmp, wal=False)
        try:
            schema.MIGRATIONS.apply(sqlite_io.wrap(conn))
            conn.execute("BEGIN IMMEDIATE")
            rows.write_changes(conn, None, decision, created_at=audit.utc_now(), app_version=__version__)
            action, after = first or (CREATE_ACTION, None)
            audit.append(conn, action=action, target=decision.title, before=None, after=after)
            conn.execute("COMMIT")
        finally:
            conn.close()
    return tmp


def move_into_place(tmp: pathlib.Path, target: pathlib.Path) -> None:
    """Rename ``tmp`` over ``target`` durably; the caller holds ``target``'s lock.

    Stale ``-wal``/``-shm`` files of an old file at ``target`` are deleted first:
    SQLite would otherwise replay the old file's pages into the new one.
    """
    try:
        sqlite_io.remove_side_files(target)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise ProjectFileError(_cannot("save", target.name, exc.strerror), where=str(target)) from exc
    sqlite_io.fsync_dir(target.parent)


def write_copy(conn: sqlite3.Connection, target: pathlib.Path) -> None:
    """Put a consistent copy of the database on ``conn`` at ``target``; the caller holds its lock.

    The copy is made beside ``target`` with SQLite's backup API, readable by its owner
    only, then renamed over it (:func:`move_into_place`); a failure leaves no part-file.
    """
    with temporary_beside(target, "save") as tmp:
        sqlite_io.copy_database(conn, tmp)
        move_into_place(tmp, target)


def _identity(path: pathlib.Path) -> tuple[int, int] | None:
    """(device, inode) of ``path``, or ``None`` if it cannot be read (then nothing is checked)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


class FileIdentity:
    """Which file ``path`` named when a project was opened, to notice it deleted, moved or replaced."""

    def __init__(self, path: pathlib.Path) -> None:
        self.path = path
        self._identity = _identity(path)

    def renamed_to(self) -> pathlib.Path | None:
        """The file's new name if it was renamed or moved within its disk while open, else ``None``.

        Only when no file has the old name any more and the file itself (same device
        and inode, still linked) is found under another name: a deleted file, one moved
        to another disk (a copy and a delete) and one replaced are not followed.
        """
        if self._identity is None or 0 in self._identity or _identity(self.path) is not None:
            return None
        new = open_names.open_file_name(*self._identity)
        return new if new is not None and new != self.path else None

    def check_unchanged(self) -> None:
        """Refuse to save once the file was deleted, moved or replaced while open.

        The open connection would go on writing to the old file: deleted, it vanishes
        with every change when the window closes; moved, the window's name for it is
        wrong. Nothing is saved; the window keeps the project, so Save As still works.
        """
        now = _identity(self.path)
        if self._identity is None or now == self._identity:
            return
        if now is not None and 0 in (now[1], self._identity[1]):
            return  # a file system without stable inode numbers: only a missing file can be told
        raise ProjectFileError(
            Phrase("The change could not be saved: \u201c{name}\u201d was deleted, moved or replaced while it was "
                   "open. Use File > Save As to keep the project as it is in the window.", name=self.path.name),
            where=str(self.path),
        )
