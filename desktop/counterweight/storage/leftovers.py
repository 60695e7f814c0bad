"""Tidying up after a Counterweight process that was killed: its temporary and lock files.

A process killed while it writes (``kill -9``, a crash, a power cut) cannot clean up.
Beside the project it leaves, depending on what it was doing:

* ``.<name>.counterweight.<12 hex digits>.tmp`` with its ``-journal``: a new project
  (import, File > New, Save As, a restore) being built under a temporary name;
* ``<name>.counterweight.lock``: the lock of a project it had open or was creating;
* ``<name>.pdf.part`` with ``<name>.pdf.part.lock``: a PDF brief being written
  (:func:`holding_partial` is the writer's side).

:func:`sweep` removes such files from one folder, but only those that are provably
ours and provably dead: the name has the pattern above, and no live process holds
the lock that goes with it (the operating system frees a lock when its holder dies,
however it dies: :meth:`~counterweight.storage.locking.ProjectLock.try_acquire`).
A temporary project file must also be untouched for :data:`GRACE_SECONDS`: a restore
copies its file before it takes the lock. Lock files must read as ours (empty, or the
holder details Counterweight writes) and name this computer, so a lock held from
another computer over a network share is left alone. Nothing else is ever touched,
and each removal is logged.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import pathlib
import re
import stat
import time
from collections.abc import Iterator

from counterweight.storage import schema, sqlite_io
from counterweight.storage.audit import host_name
from counterweight.storage.locking import ProjectLock, lock_path_for

log = logging.getLogger(__name__)

#: A temporary project file must be this old (seconds since its last change) to be removed.
GRACE_SECONDS = 10.0
#: What :func:`sqlite_io.new_private_file` names a project being built beside ``<name>.counterweight``.
TEMP_NAME = re.compile(r"\.(?P<target>.+" + re.escape(schema.FILE_SUFFIX) + r")\.[0-9a-f]{12}\.tmp")
LOCK_SUFFIX = ".lock"
PARTIAL_SUFFIX = ".part"


def _regular(path: pathlib.Path) -> os.stat_result | None:
    """The file's status if it is a plain file (not a folder or a symbolic link), else ``None``."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    return st if stat.S_ISREG(st.st_mode) else None


def _lock_is_ours(path: pathlib.Path) -> bool:
    """Whether a lock file reads as one Counterweight wrote on this computer (or is still empty)."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(4096)
    except OSError:
        return False
    if not data.strip():
        return True  # created, killed before the holder's details were written
    try:
        info = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return False
    return isinstance(info, dict) and "pid" in info and info.get("host") == host_name()


def _remove(path: pathlib.Path, removed: list[pathlib.Path]) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        log.warning("Could not remove %s, left by a Counterweight process that ended unexpectedly: %s", path, exc)
        return
    removed.append(path)
    log.warning("Removed %s, left by a Counterweight process that ended unexpectedly", path)


@contextlib.contextmanager
def _dead(owner: pathlib.Path, removed: list[pathlib.Path]) -> Iterator[bool]:
    """Take ``owner``'s lock if no live process holds it; yields whether it was taken.

    When taken, the lock is released on leaving (which removes the lock file, a
    stale one included: it is then listed in ``removed``).
    """
    lock = ProjectLock(owner)
    existed = os.path.lexists(lock.path)
    if existed and not _lock_is_ours(lock.path):
        yield False
        return
    try:
        holder = lock.try_acquire()
    except OSError:  # a read-only folder: nothing can be removed there anyway
        yield False
        return
    if holder is not None:
        yield False
        return
    try:
        yield True
    finally:
        lock.release()
        if existed and not os.path.lexists(lock.path):
            removed.append(lock.path)
            log.warning("Removed the stale lock %s, left by a Counterweight process that ended unexpectedly",
                        lock.path)


def _temp_files(folder: pathlib.Path, names: list[str]) -> dict[str, list[str]]:
    """Temporary project files in ``names``, by the project they were being built for."""
    found: dict[str, list[str]] = {}
    for name in names:
        base = name
        for suffix in sqlite_io.SIDE_SUFFIXES:
            if name.endswith(suffix):
                base = name[: -len(suffix)]
                break
        match = TEMP_NAME.fullmatch(base)
        if match is not None:
            found.setdefault(match.group("target"), []).append(name)
    return found


def sweep(folder: pathlib.Path, *, grace: float = GRACE_SECONDS) -> list[pathlib.Path]:
    """Remove what dead Counterweight processes left in ``folder`` (see the module's notes).

    Parameters
    ----------
    folder : pathlib.Path
        The folder to tidy (a project's folder, or where a brief is written).
    grace : float, default GRACE_SECONDS
        How long (seconds) a temporary project file must have been left untouched.

    Returns
    -------
    list of pathlib.Path
        The files removed (each is also logged). Never raises: a folder that cannot
        be read or written is left as it is.
    """
    removed: list[pathlib.Path] = []
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return removed
    now = time.time()
    busy: set[str] = set()  # projects a temporary file may still be being written for: their locks stay too
    for target, temps in _temp_files(folder, names).items():
        ages = [now - st.st_mtime for name in temps if (st := _regular(folder / name)) is not None]
        if len(ages) != len(temps) or min(ages) < grace:
            busy.add(target)
            continue  # not a plain file, or still being written
        with _dead(folder / target, removed) as dead:
            if dead:
                for name in temps:
                    _remove(folder / name, removed)
    for name in names:
        if not (name.endswith(LOCK_SUFFIX) and _regular(folder / name) is not None):
            continue
        owner = folder / name[: -len(LOCK_SUFFIX)]
        if lock_path_for(owner) != pathlib.Path(os.path.realpath(folder)) / name:
            continue  # the lock of a symbolic link's file, which lives elsewhere
        if name.endswith(PARTIAL_SUFFIX + LOCK_SUFFIX):  # a brief being written, or left half-written
            partial = owner
            with _dead(partial, removed) as dead:
                if dead and _regular(partial) is not None:
                    _remove(partial, removed)
        elif name.endswith(schema.FILE_SUFFIX + LOCK_SUFFIX) and owner.name not in busy:  # a project's lock
            with _dead(owner, removed):
                pass  # taken and released: a stale lock file is gone
    return removed


@contextlib.contextmanager
def holding_partial(partial: pathlib.Path) -> Iterator[None]:
    """Hold ``<partial>.lock`` while ``partial`` is written, so a later :func:`sweep` can tell it is dead.

    If the lock cannot be had (another live process writes the same file, or the folder
    cannot be written), the writing goes ahead as before, without it.
    """
    lock = ProjectLock(partial)
    if partial.parent.is_dir():  # the lock library would create a missing folder: the writer must say it is missing
        with contextlib.suppress(OSError):
            lock.try_acquire()
    try:
        yield
    finally:
        lock.release()  # does nothing unless it was taken


__all__ = ["GRACE_SECONDS", "TEMP_NAME", "holding_partial", "sweep"]
