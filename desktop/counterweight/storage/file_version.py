"""Noticing that another Counterweight window holds a project this one has open read-only.

SQLite's ``PRAGMA data_version`` on a connection changes when any *other* connection
commits to the file (another window, another process), and costs no more than a look
at the file's header: a read-only window can poll it every second or two
(:meth:`.store.ProjectStore.data_version`). The project's
lock file tells whether the window that holds the project still has it open: releasing
the lock removes the file (:meth:`.locking.ProjectLock.release`).
"""

from __future__ import annotations

import os
import pathlib

from counterweight.storage.audit import host_name
from counterweight.storage.locking import ProjectLock, lock_path_for


def held_by_a_window(project: pathlib.Path) -> bool:
    """Whether a window holds ``project``: its lock file is there, and not left by a window that was killed.

    A killed window's lock is dropped by the system but its file stays (a release removes
    it). On POSIX a holder recorded on this computer whose process has gone is such a
    leftover (review, session 27): the project can be opened for editing again. A holder
    on another computer, or one that cannot be read, counts as holding it.
    """
    if not lock_path_for(project).exists():
        return False
    holder = ProjectLock(project).read_holder()
    if os.name != "posix" or holder.pid is None or holder.host != host_name():
        return True
    try:
        os.kill(holder.pid, 0)  # signal 0: only asks whether the process is there
    except ProcessLookupError:
        return False
    except OSError:  # there, but another user's
        return True
    return True
