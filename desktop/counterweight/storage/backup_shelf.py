"""What an automatic backup holds, the files a restore put aside, and which backups are kept.

Used by :mod:`counterweight.storage.backups`. Reading a backup opens it read-only
(no side files are made) and answers in one pass: its audit head (to skip a copy
of a state already backed up), how many history entries, options and criteria it
has, and its last recorded change, which the window shows so the user can tell
backups apart.

Which backups are kept (:func:`to_keep`): the :data:`~counterweight.storage.backups.KEEP`
newest; the first backup of each of the :data:`DAYS` most recent days that have
backups (the state before that day's work, which periodic backups during a long
day would otherwise push out); and, while a restore runs, every one.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import pathlib
import re
import sqlite3
from collections.abc import Iterator

from counterweight.storage import audit_chain, schema
from counterweight.storage.backup_restore import read_only

PathLike = str | os.PathLike[str]

#: How many days' first backups are kept, beyond the newest ones.
DAYS = 7
#: The word in the name of a file a restore from the menu put aside.
REPLACED_TAG = "replaced"
#: The time in such a name (see :func:`.backup_restore.aside_path`), and a second one's ``-2``.
ASIDE_STAMP_FORMAT = "%Y%m%dT%H%M%S"
_ASIDE_STAMP = re.compile(r"(\d{8}T\d{6})Z(?:-\d+)?")

#: How many restores are running now (see :func:`sparing`): while any is, no backup is deleted.
_restores = [0]


@dataclasses.dataclass(frozen=True)
class BackupInfo:
    """One automatic backup of a project.

    Attributes
    ----------
    path : pathlib.Path
        The backup file.
    project_stem : str
        The project's file name without ``.counterweight``.
    created : datetime.datetime
        When the backup was made (timezone-aware UTC, from its name).
    size : int
        Size of the backup file in bytes.
    entries : int or None
        Entries in the backup's history (audit log); ``None`` if it cannot be read.
    options, criteria : int or None
        How many options, and criteria that are scored (not groups), it holds.
    last_action, last_target : str
        Its newest history entry's action and target, as recorded (``""`` if unknown).
    replaced : bool
        Not a backup but the project file as it was before a restore from the menu
        (``<name>.replaced-<time>`` beside the project); ``created`` is when it was replaced.
    """

    path: pathlib.Path
    project_stem: str
    created: dt.datetime
    size: int
    entries: int | None
    options: int | None = None
    criteria: int | None = None
    last_action: str = ""
    last_target: str = ""
    replaced: bool = False


@dataclasses.dataclass(frozen=True)
class Contents:
    """What one backup (or project file) holds, as far as the backup list shows it."""

    head: str
    entries: int
    options: int
    criteria: int
    last_action: str
    last_target: str


def read_contents(path: pathlib.Path) -> Contents | None:
    """Read what ``path`` holds; ``None`` if it cannot be read as a project."""
    try:
        conn = read_only(path)
        try:
            head = audit_chain.read_head(conn).hash
            (entries,) = conn.execute("SELECT count(*) FROM audit").fetchone()
            (options,) = conn.execute("SELECT count(*) FROM options").fetchone()
            (criteria,) = conn.execute(  # criteria one scores against, not the groups holding them
                "SELECT count(*) FROM criteria AS c WHERE NOT EXISTS "
                "(SELECT 1 FROM criteria AS k WHERE k.parent_id = c.id)").fetchone()
            last = conn.execute("SELECT action, target FROM audit ORDER BY id DESC LIMIT 1").fetchone()
        finally:
            conn.close()
    except (sqlite3.Error, TypeError, ValueError, UnicodeDecodeError):
        return None
    action, target = (str(last[0]), str(last[1] or "")) if last else ("", "")
    return Contents(head, int(entries), int(options), int(criteria), action, target)


def info_of(path: pathlib.Path, stem: str, when: dt.datetime, size: int, *, replaced: bool = False) -> BackupInfo:
    """Describe the backup (or put-aside file) ``path``; its time and size are the caller's."""
    held = read_contents(path)
    if held is None:
        return BackupInfo(path, stem, when, size, None, replaced=replaced)
    return BackupInfo(path, stem, when, size, held.entries, held.options, held.criteria, held.last_action,
                      held.last_target, replaced)


def replaced_files(project_path: PathLike) -> list[BackupInfo]:
    """The files File > Restore from backup… put aside beside the project, newest first.

    Each is ``<name>.replaced-<UTC time>`` (``-2``... if that name was taken), the
    project as it was before that restore; it can be restored like a backup.
    """
    project = pathlib.Path(project_path).expanduser().absolute()
    prefix = f"{project.name}.{REPLACED_TAG}-"
    try:
        names = os.listdir(project.parent)
    except OSError:
        return []
    found: list[BackupInfo] = []
    for name in names:
        match = _ASIDE_STAMP.fullmatch(name[len(prefix):]) if name.startswith(prefix) else None
        if match is None:
            continue  # not ours, or one of its -wal/-shm/-journal files
        path = project.parent / name
        try:
            when = dt.datetime.strptime(match.group(1), ASIDE_STAMP_FORMAT).replace(tzinfo=dt.timezone.utc)
            size = path.stat().st_size
        except (OSError, ValueError):
            continue
        found.append(info_of(path, project.name.removesuffix(schema.FILE_SUFFIX), when, size, replaced=True))
    found.sort(key=lambda info: (info.created, info.path.name), reverse=True)
    return found


@contextlib.contextmanager
def sparing() -> Iterator[None]:
    """Delete no backup while the block runs.

    A restore closes the project it replaces in the block, and closing may make a backup:
    QA pass 24 saw that backup prune the very one being restored, and another one. The
    backups over the limit go at the next backup instead.
    """
    _restores[0] += 1
    try:
        yield
    finally:
        _restores[0] -= 1


def to_keep(listing: list[tuple[dt.datetime, pathlib.Path]], keep: int) -> set[pathlib.Path]:
    """The backups to keep from ``listing`` (newest first): see the module's notes."""
    if _restores[0]:
        return {path for _when, path in listing}  # a restore is running
    kept = {path for _when, path in listing[: max(keep, 1)]}
    first_of_day: dict[dt.date, pathlib.Path] = {}
    for when, path in reversed(listing):  # oldest first: the first one seen each day is that day's first
        first_of_day.setdefault(when.astimezone().date(), path)
    for day in sorted(first_of_day, reverse=True)[:DAYS]:
        kept.add(first_of_day[day])
    return kept


__all__ = ["DAYS", "REPLACED_TAG", "BackupInfo", "Contents", "info_of", "read_contents", "replaced_files", "sparing",
           "to_keep"]
