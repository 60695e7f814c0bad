"""One writer per project file, enforced by an operating-system lock.

The lock is ``<project file>.lock`` held with :mod:`filelock` (``flock`` on Unix,
``msvcrt.locking`` on Windows). The operating system drops it when the holder's
process ends, however it ends, so a crash never leaves a project stuck. The
holder writes who it is into the lock file so that others can say who has the
project open.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import pathlib

import filelock

from counterweight.domain.phrase import Phrase
from counterweight.storage.audit import current_user, host_name


@dataclasses.dataclass(frozen=True)
class LockHolder:
    """Who holds a project's lock (as far as the lock file tells)."""

    user: str = ""
    host: str = ""
    pid: int | None = None

    def describe(self) -> str:
        """``"alice@desk-12, pid 4242"``, or a vaguer phrase when unknown."""
        if not self.user and not self.host and self.pid is None:
            return "holder unknown"
        who = f"{self.user or 'unknown user'}@{self.host or 'unknown host'}"
        return f"{who}, pid {self.pid}" if self.pid is not None else who


def lock_path_for(project: pathlib.Path) -> pathlib.Path:
    """The lock file of ``project``; symbolic links are resolved so every alias shares it."""
    real = pathlib.Path(os.path.realpath(project))
    return real.with_name(real.name + ".lock")


class ProjectLock:
    """The exclusive lock of one project file.

    Parameters
    ----------
    project : pathlib.Path
        The project file the lock protects.
    """

    def __init__(self, project: pathlib.Path) -> None:
        self.path = lock_path_for(project)
        #: Who held the lock last when it was taken and its file was still there: that run never
        #: released it (it was killed, or the computer stopped), since a release removes the file.
        self.left_by: LockHolder | None = None
        self._lock = filelock.FileLock(self.path, timeout=0, thread_local=False, on_acquired=self._write_holder)

    @staticmethod
    def _write_holder(fd: int) -> None:
        # Byte 0 is a newline: on Windows the lock covers that byte only, so
        # others can still read the details that follow it.
        info = {"user": current_user(), "host": host_name(), "pid": os.getpid()}
        data = b"\n" + json.dumps(info).encode("utf-8")
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, data)

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return bool(self._lock.is_locked)

    def try_acquire(self) -> LockHolder | None:
        """Take the lock without waiting.

        Returns
        -------
        LockHolder or None
            ``None`` if the lock is now ours, else who holds it.

        Raises
        ------
        OSError
            The lock file cannot be created (e.g. the folder is read-only).
        """
        left = self.read_holder() if self.path.exists() else None
        try:
            self._lock.acquire(blocking=False)
        except filelock.Timeout:
            return self.read_holder()
        self.left_by = left if left is not None and left != LockHolder() else None
        return None

    def read_holder(self) -> LockHolder:
        """Read the holder's details from the lock file (empty if unreadable)."""
        try:
            with open(self.path, "rb") as fh:
                fh.seek(1)
                info = json.loads(fh.read().decode("utf-8"))
            pid = info.get("pid")
            return LockHolder(
                user=str(info.get("user", "")), host=str(info.get("host", "")), pid=int(pid) if pid else None
            )
        except (OSError, ValueError, AttributeError, TypeError):
            return LockHolder()

    def release(self) -> None:
        """Release the lock and remove the lock file.

        The file is unlinked *while still locked*: a process that opened the old
        file and locks it afterwards sees it has no name any more and retries on
        the new one, so two writers can never both hold the lock.
        """
        if not self.held:
            return
        if os.name != "nt":  # Windows: filelock removes the file itself
            with contextlib.suppress(OSError):
                os.unlink(self.path)
        self._lock.release(force=True)


def take_lock_or_say_why(project: pathlib.Path) -> tuple[ProjectLock | None, str]:
    """The project's lock, taken, and ``""``; or ``None`` and why it could not be taken, in words."""
    lock = ProjectLock(project)
    try:
        holder = lock.try_acquire()
    except OSError as exc:
        return None, Phrase("Counterweight cannot create its lock file next to the project ({why}).", why=exc.strerror)
    if holder is not None:
        return None, Phrase("The project is open in another Counterweight window ({holder}).", holder=holder.describe())
    return lock, ""
