"""Automatic backups of project files, and restoring one over a damaged file.

Every time a project is opened for writing (after its health check passed), and
again when it is closed after changes, a consistent copy is written with SQLite's
online backup API into a backup folder. Storage is told which folder by its
caller (``ProjectStore.open(..., backup_folder=...)``); the application uses
``<user data folder>/backups`` (see ``counterweight.services.backups``).
A copy is skipped when a backup already holds the same audit-log head: every
saved change appends a hash-chained audit row, so an equal head means nothing was
saved since (after a restore, the restored backup is that copy). The window also
asks for one during a long session (:func:`back_up_if_due`). The :data:`KEEP`
newest backups of each project are kept, with the first backup of each of the last
few days (see :mod:`.backup_shelf`); older ones are deleted.

A backup is named ``<project stem>.<key>.<UTC time>.counterweight``, where
``key`` is a short hash of the project's absolute path, so two projects with
the same name in different folders never share backups. Backup files, like
project files, are readable by their owner only (mode 0o600).

Restoring never deletes the user's file: the file being replaced (and any
``-wal``/``-shm``/``-journal`` files beside it) is renamed to
``<name>.broken-<UTC time>`` first, then the backup is copied in and checked.
A file put aside by File > Restore from backup… (``<name>.replaced-<UTC time>``)
is listed with the backups (:func:`replaced_files`), so a restore can be undone.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import logging
import os
import pathlib
import sqlite3
from collections.abc import Callable

from counterweight.domain import ProjectFileError
from counterweight.domain.phrase import Phrase
from counterweight.storage import audit_chain, backup_restore, backup_shelf, placement, schema, sqlite_io
from counterweight.storage.backup_shelf import REPLACED_TAG, BackupInfo, info_of, replaced_files

log = logging.getLogger(__name__)

PathLike = str | os.PathLike[str]

#: How many automatic backups are kept per project.
KEEP = 5
#: Folder name under the user's data folder.
FOLDER_NAME = "backups"
_STAMP = "%Y%m%dT%H%M%S"
_KEY_LENGTH = 10


@dataclasses.dataclass(frozen=True)
class RestoreResult:
    """What :func:`restore_backup` did.

    Attributes
    ----------
    project : pathlib.Path
        The project file, now holding the backup's content.
    backup : BackupInfo
        The backup that was copied in.
    moved_aside : pathlib.Path or None
        Where the replaced file now is; ``None`` if there was no file to replace.
    """

    project: pathlib.Path
    backup: BackupInfo
    moved_aside: pathlib.Path | None


# ------------------------------------------------------------------ names


def _real(path: PathLike) -> pathlib.Path:
    return pathlib.Path(os.path.realpath(pathlib.Path(path).expanduser().absolute()))


def project_key(project_path: PathLike) -> str:
    """A short hash of the project's absolute path (symbolic links resolved)."""
    text = os.path.normcase(str(_real(project_path)))
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:_KEY_LENGTH]


def _stem(project_path: PathLike) -> str:
    name = pathlib.Path(project_path).name
    return name.removesuffix(schema.FILE_SUFFIX)


def _prefix(project_path: PathLike) -> str:
    """``<stem>.<key>.``, the stem cut short so that a backup's name fits (QA 28; the key keeps them apart)."""
    room = sqlite_io.NAME_MAX - len(f"..{_stamp(dt.datetime.now(dt.timezone.utc))}{schema.FILE_SUFFIX}")
    return f"{sqlite_io.shortened(_stem(project_path), room - _KEY_LENGTH)}.{project_key(project_path)}."


def _stamp(when: dt.datetime) -> str:
    return when.astimezone(dt.timezone.utc).strftime(_STAMP) + f"_{when.microsecond:06d}Z"


def _parse_stamp(text: str) -> dt.datetime | None:
    try:
        whole, micro = text.removesuffix("Z").split("_")
        when = dt.datetime.strptime(whole, _STAMP).replace(tzinfo=dt.timezone.utc)
        return when.replace(microsecond=int(micro))
    except ValueError:
        return None


# ------------------------------------------------------------------ reading backups

_read_only = backup_restore.read_only


def _listing(project_path: PathLike, folder: pathlib.Path) -> list[tuple[dt.datetime, pathlib.Path]]:
    prefix = _prefix(project_path)
    found: list[tuple[dt.datetime, pathlib.Path]] = []
    try:
        names = os.listdir(folder)
    except FileNotFoundError:
        return []
    for name in names:
        if not (name.startswith(prefix) and name.endswith(schema.FILE_SUFFIX)):
            continue
        when = _parse_stamp(name[len(prefix) : -len(schema.FILE_SUFFIX)])
        if when is not None:
            found.append((when, folder / name))
    found.sort(key=lambda item: item[0], reverse=True)
    return found


def backup_info(path: PathLike) -> BackupInfo:
    """Describe one backup file (its time comes from its name).

    Raises
    ------
    ProjectFileError
        ``path`` is not a backup file made by Counterweight, or cannot be read.
    """
    p = pathlib.Path(path)
    parts = p.name.removesuffix(schema.FILE_SUFFIX).rsplit(".", 2)
    when = _parse_stamp(parts[-1]) if len(parts) == 3 else None
    if when is None or not p.name.endswith(schema.FILE_SUFFIX):
        raise ProjectFileError(Phrase("\u201c{name}\u201d is not an automatic backup made by Counterweight.", name=p.name),
                               where=str(p))
    try:
        size = p.stat().st_size
    except OSError as exc:
        raise ProjectFileError(Phrase("Cannot read the backup \u201c{name}\u201d: {why}.", name=p.name, why=exc.strerror),
                               where=str(p)) from exc
    return info_of(p, parts[0], when, size)


def backups_for(project_path: PathLike, folder: pathlib.Path) -> list[BackupInfo]:
    """The automatic backups of a project, newest first.

    Parameters
    ----------
    project_path : str or os.PathLike
        The project file (it need not exist any more).
    folder : pathlib.Path
        The backup folder.

    Returns
    -------
    list of BackupInfo
        Possibly empty.
    """
    infos: list[BackupInfo] = []
    for _when, path in _listing(project_path, folder):
        with contextlib.suppress(ProjectFileError):  # removed meanwhile
            infos.append(backup_info(path))
    return infos


# ------------------------------------------------------------------ making backups


def _free_name(folder: pathlib.Path, prefix: str, when: dt.datetime,
               newest: dt.datetime | None = None) -> pathlib.Path:
    """A backup name for ``when``, or just after ``newest`` if that is later (the clock was set back, QA 28).

    Names order backups: a new one must sort first, or it would be pruned at once as
    the oldest, and an older one offered as the latest to restore.
    """
    if newest is not None and newest >= when:
        when = newest + dt.timedelta(microseconds=1)
    candidate = folder / f"{prefix}{_stamp(when)}{schema.FILE_SUFFIX}"
    while candidate.exists():
        when += dt.timedelta(microseconds=1)
        candidate = folder / f"{prefix}{_stamp(when)}{schema.FILE_SUFFIX}"
    return candidate


def make_automatic_backup(
    source: sqlite3.Connection,
    project_path: PathLike,
    folder: pathlib.Path,
    *,
    keep: int = KEEP,
    now: dt.datetime | None = None,
) -> pathlib.Path | None:
    """Copy the project open on ``source`` into the backup folder, unless unchanged.

    Parameters
    ----------
    source : sqlite3.Connection
        An open connection to the project (not inside a transaction).
    project_path : str or os.PathLike
        The project file's path; it names the backup.
    folder : pathlib.Path
        The backup folder (created with mode 0o700 if missing).
    keep : int, default KEEP
        How many backups of this project to keep; older ones are deleted.
    now : datetime.datetime, optional
        The time to name the backup with (UTC now by default).

    Returns
    -------
    pathlib.Path or None
        The new backup, or ``None`` when the newest backup already holds the same
        audit-log head (nothing was saved since).

    Raises
    ------
    OSError, sqlite3.Error
        The folder or the copy could not be written (callers log these).
    """
    target = folder
    head = audit_chain.read_head(source).hash
    listing = _listing(project_path, target)
    for _when, path in listing:  # newest first: usually the first one answers
        held = backup_shelf.read_contents(path)
        if held is not None and held.head == head:
            return None
    target.mkdir(mode=0o700, parents=True, exist_ok=True)
    tmp = sqlite_io.new_private_file(target, _stem(project_path))
    try:
        sqlite_io.copy_database(source, tmp)
        dest = _free_name(target, _prefix(project_path), now or dt.datetime.now(dt.timezone.utc),
                          listing[0][0] if listing else None)
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    sqlite_io.fsync_dir(target)
    prune(project_path, target, keep=keep)
    return dest


def _age(named: dt.datetime, path: pathlib.Path, now: dt.datetime) -> dt.timedelta:
    """How old a backup is; a negative age when it cannot be told.

    QA 28: with the clock set back, the newest backup's name is ahead of the clock and
    no backup was due until the clock caught up. Its file's time then tells when it
    was written: on this clock when made since the change, ahead of it when made before.
    """
    if named <= now:
        return now - named
    try:
        return now - dt.datetime.fromtimestamp(os.stat(path).st_mtime, dt.timezone.utc)
    except OSError:
        return dt.timedelta(-1)


def back_up_if_due(
    project_path: PathLike,
    folder: pathlib.Path,
    *,
    older_than: dt.timedelta,
    now: dt.datetime | None = None,
) -> pathlib.Path | None:
    """Back up a project that is open for writing, if its newest backup is older than ``older_than``.

    For backups during a long session. The copy is read through a connection of its
    own (read-only; with the project in WAL mode it does not hold up the window's
    writes) and is skipped, as always, when a backup already holds the same state.

    Returns
    -------
    pathlib.Path or None
        The new backup, or ``None`` when none was due or nothing changed.

    Raises
    ------
    OSError, sqlite3.Error
        The project could not be read or the copy written (callers log these).
    """
    when = now or dt.datetime.now(dt.timezone.utc)
    listing = _listing(project_path, folder)
    if listing and dt.timedelta(0) <= _age(*listing[0], when) < older_than:
        return None
    source = _read_only(pathlib.Path(project_path))
    try:
        return make_automatic_backup(source, project_path, folder, now=when)
    finally:
        source.close()


def prune(project_path: PathLike, folder: pathlib.Path, *, keep: int = KEEP) -> list[pathlib.Path]:
    """Delete the backups of a project that are not kept (:func:`.backup_shelf.to_keep`); returns them."""
    removed: list[pathlib.Path] = []
    listing = _listing(project_path, folder)
    kept = backup_shelf.to_keep(listing, keep)
    for _when, path in listing:
        if path in kept:
            continue
        try:
            os.unlink(path)
            removed.append(path)
        except OSError as exc:
            log.warning("Could not delete the old backup %s: %s", path, exc)
    return removed


def carry_backups(old_path: PathLike, new_path: PathLike, folder: pathlib.Path) -> None:
    """Rename the backups of a project file renamed while open to its new name's, so they stay listed with it."""
    old_prefix, new_prefix = _prefix(old_path), _prefix(new_path)
    if old_prefix == new_prefix:
        return
    for _when, path in _listing(old_path, folder):
        moved = folder / (new_prefix + path.name[len(old_prefix):])
        if not moved.exists():
            os.replace(path, moved)


# ------------------------------------------------------------------ restoring


def restore_backup(
    backup: BackupInfo | PathLike,
    project_path: PathLike,
    *,
    aside_tag: str = "broken",
    before_replace: Callable[[], object] | None = None,
) -> RestoreResult:
    """Put a backup in place of a project file, keeping the replaced file aside.

    The backup is checked first and copied next to the project under a temporary
    name (mode 0o600). Then ``before_replace`` runs (the window closes the project
    there, so the copy is safe even if closing prunes old backups), the project's
    lock is taken, the current file (if any) and its side files are renamed to
    ``<name>.<aside_tag>-<UTC time>``, and the copy is renamed into place and
    checked again (``PRAGMA integrity_check``). If a step fails before the copy is
    in place, the current file is put back.

    Parameters
    ----------
    backup : BackupInfo or path
        The backup to restore.
    project_path : str or os.PathLike
        The project file to replace (it may be missing).
    aside_tag : str, default "broken"
        Word in the name the replaced file is given.
    before_replace : callable, optional
        Called once the copy is ready, before anything is replaced.

    Returns
    -------
    RestoreResult
        Where the project is and where the replaced file went.

    Raises
    ------
    ProjectFileError
        The backup is damaged, the project is open in another window, or the
        folder cannot be written; the project file was not changed.
    """
    info = backup if isinstance(backup, BackupInfo) else backup_info(backup)
    target = pathlib.Path(project_path).expanduser().absolute()
    backup_restore.check_file(info.path, "The backup")
    with placement.temporary_beside(target, "restore") as tmp:  # removed if anything below fails
        try:
            source = _read_only(info.path)
            try:
                sqlite_io.copy_database(source, tmp)
            finally:
                source.close()
        except (OSError, sqlite3.Error) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            raise ProjectFileError(Phrase("Cannot restore \u201c{name}\u201d: {why}. Nothing was changed.",
                                          name=target.name, why=reason), where=str(target)) from exc
        if before_replace is not None:
            with backup_shelf.sparing():  # closing may back up: it must not prune (QA 24)
                before_replace()
        aside = backup_restore.replace_with(tmp, target, aside_tag)
    backup_restore.check_file(target, "The restored project")
    return RestoreResult(target, info, aside)


__all__ = [
    "KEEP",
    "REPLACED_TAG",
    "BackupInfo",
    "RestoreResult",
    "back_up_if_due",
    "backup_info",
    "backups_for",
    "make_automatic_backup",
    "project_key",
    "prune",
    "replaced_files",
    "restore_backup",
]
