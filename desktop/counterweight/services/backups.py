"""Automatic backups for the window and the command line: list, restore, and when to offer them.

The backups themselves are made by the storage layer whenever a project is opened
for writing or closed after changes (see :mod:`counterweight.storage.backups`).
This module is what the GUI and the CLI use: they must not import storage.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import logging
import os
from collections.abc import Callable
from pathlib import Path

from counterweight.domain.errors import (
    CounterweightError,
    NotAProjectError,
    ProjectBusyError,
    ProjectFileError,
    ProjectTooNewError,
    ReadOnlyProjectError,
)
from counterweight.services import workspace
from counterweight.storage import backups as _store
from counterweight.storage.backups import BackupInfo, RestoreResult
from counterweight.storage.store import ProjectStore

KEEP = _store.KEEP
log = logging.getLogger(__name__)


class OpenProblem(enum.Enum):
    """Why a project file could not be opened, as far as a backup can help."""

    DAMAGED = "damaged"
    NOT_A_PROJECT = "not a project"
    TOO_NEW = "too new"
    MISSING = "missing"
    OTHER = "other"


@dataclasses.dataclass(frozen=True)
class RestoreOffer:
    """A backup to offer after opening ``path`` failed.

    Attributes
    ----------
    path : pathlib.Path
        The project that could not be opened.
    problem : OpenProblem
        What was wrong with it.
    error : CounterweightError
        The error the open raised (its message is shown to the user).
    backup : BackupInfo
        The newest backup of the project.
    """

    path: Path
    problem: OpenProblem
    error: CounterweightError
    backup: BackupInfo


def backup_folder() -> Path:
    """The folder automatic backups go to (``<user data folder>/backups``)."""
    return workspace.home_dir() / _store.FOLDER_NAME


def automatic_backup_folder() -> Path | None:
    """The backup folder for a project being opened, or ``None`` (logged) if the data folder is unusable."""
    try:
        return backup_folder()
    except OSError as exc:
        log.warning("Automatic backups are off: the Counterweight data folder cannot be used (%s)", exc)
        return None


def backups_for(project: str | Path) -> list[BackupInfo]:
    """The automatic backups of ``project``, newest first (the file itself may be missing)."""
    return _store.backups_for(project, backup_folder())


def replaced_for(project: str | Path) -> list[BackupInfo]:
    """The files File > Restore from backup… put aside beside ``project`` (``<name>.replaced-<time>``), newest first.

    Each holds the project as it was before that restore: restoring one undoes it.
    """
    return _store.replaced_files(project)


#: How old the newest backup must be before a session that has changed is backed up again (QA pass 24).
#: Every change is saved at once, so backups guard against mistakes and damage, not crashes: two an hour
#: give a working day a handful of points to go back to without the newest ones all being minutes apart.
PERIODIC = dt.timedelta(minutes=30)


def back_up_if_due(project: str | Path, *, older_than: dt.timedelta = PERIODIC) -> Path | None:
    """Back up ``project`` (open for writing in this window) if its newest backup is older than ``older_than``.

    Returns the new backup, or ``None`` when none was due, nothing changed, or the
    data folder cannot be used. Raises ``OSError``/``sqlite3.Error`` when the copy fails.
    """
    folder = automatic_backup_folder()
    if folder is None:
        return None
    return _store.back_up_if_due(project, folder, older_than=older_than)


def restore(
    backup: BackupInfo | str | Path,
    project: str | Path,
    *,
    aside_tag: str = "broken",
    before_replace: Callable[[], object] | None = None,
) -> RestoreResult:
    """Replace ``project`` with ``backup``; the replaced file is renamed ``<name>.<aside_tag>-<time>``.

    ``before_replace`` runs once the backup has been checked and copied, before
    anything is replaced (the window closes the open project there).

    Raises
    ------
    ProjectFileError
        The backup is damaged, the project is open in another window, or the folder
        cannot be written; nothing was changed.
    """
    return _store.restore_backup(backup, project, aside_tag=aside_tag, before_replace=before_replace)


def aside_tag_for(problem: OpenProblem | None) -> str:
    """The word in the name a replaced file is kept under: ``broken``, ``newer`` or ``replaced``.

    ``problem`` is why the file could not be opened (``None``: it opens). Only a damaged
    or foreign file is called broken; a sound file from a newer version is "newer".
    """
    if problem is None or problem is OpenProblem.OTHER:
        return "replaced"
    return "newer" if problem is OpenProblem.TOO_NEW else "broken"


def current_state(path: str | Path) -> OpenProblem | None:
    """Why ``path`` does not open (read-only, nothing changed), or ``None`` when it opens."""
    try:
        with ProjectStore.open(Path(path), read_only=True) as store:
            store.load()
    except CounterweightError as exc:
        return classify_open_error(exc, path)
    return None


def classify_open_error(exc: BaseException, path: str | Path) -> OpenProblem:
    """Say what kind of problem an open failure was, to decide whether a backup can help.

    Parameters
    ----------
    exc : BaseException
        What opening ``path`` raised.
    path : str or pathlib.Path
        The project file.

    Returns
    -------
    OpenProblem
        ``TOO_NEW`` and ``NOT_A_PROJECT`` from their error types; ``MISSING`` when
        the file is gone; ``DAMAGED`` for any other project-file error on a readable
        file (a damaged page, a cut-short file, rows that break the rules);
        ``OTHER`` otherwise (permissions, read-only, another program writing it,
        unrelated errors).
    """
    p = Path(path)
    if isinstance(exc, ProjectTooNewError):
        return OpenProblem.TOO_NEW
    if isinstance(exc, NotAProjectError):
        return OpenProblem.NOT_A_PROJECT
    if isinstance(exc, (ReadOnlyProjectError, ProjectBusyError)) or not isinstance(exc, ProjectFileError):
        return OpenProblem.OTHER  # a busy file is healthy: another program is writing it
    if not os.path.lexists(p):
        return OpenProblem.MISSING
    if p.is_file() and os.access(p, os.R_OK):
        return OpenProblem.DAMAGED
    return OpenProblem.OTHER


def restore_offer(exc: BaseException, path: str | Path) -> RestoreOffer | None:
    """The backup to offer after opening ``path`` raised ``exc``, or ``None`` if none helps."""
    if not isinstance(exc, CounterweightError):
        return None
    problem = classify_open_error(exc, path)
    if problem is OpenProblem.OTHER:
        return None
    # the newest backup that can be read: one damaged too would only fail when restored (QA 26, h26e)
    usable = next((info for info in backups_for(path) if info.entries is not None), None)
    return None if usable is None else RestoreOffer(Path(path), problem, exc, usable)


__all__ = [
    "KEEP",
    "PERIODIC",
    "BackupInfo",
    "OpenProblem",
    "RestoreOffer",
    "RestoreResult",
    "automatic_backup_folder",
    "back_up_if_due",
    "backup_folder",
    "backups_for",
    "classify_open_error",
    "replaced_for",
    "restore",
    "restore_offer",
]
