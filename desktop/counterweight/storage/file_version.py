"""Noticing that another Counterweight window saved a project this one has open read-only.

SQLite's ``PRAGMA data_version`` on a connection changes when any *other* connection
commits to the file (another window, another process), and costs no more than a look
at the file's header: a read-only window can poll it every second or two. The project's
lock file tells whether the window that holds the project still has it open: releasing
the lock removes the file (:meth:`.locking.ProjectLock.release`).
"""

from __future__ import annotations

import pathlib
from typing import TYPE_CHECKING

from counterweight.storage.locking import lock_path_for

if TYPE_CHECKING:
    from counterweight.storage.store import ProjectStore


def data_version(store: ProjectStore) -> int:
    """The file's change counter as ``store``'s connection sees it; it moves when another connection commits.

    Read under the store's lock, on its connection (as :mod:`.store_audit` reads).
    A read-only store upgraded in memory (an older file) never sees it move.
    """
    with store._mutex:  # the store's own lock and connection, as perspective_rows reads a snapshot's copy
        row = store._connection().execute("PRAGMA data_version").fetchone()
    return int(row[0])


def lock_file_present(project: pathlib.Path) -> bool:
    """Whether ``project``'s lock file is there: a window holds it (or one was killed while holding it)."""
    return lock_path_for(project).exists()
