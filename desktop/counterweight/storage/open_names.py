"""The name a file open in this process has now, found through the open file itself.

Used to follow a project file renamed while open (:mod:`.file_moves`): Linux lists a
process's open files in ``/proc/self/fd``, whose links name each file as it is named
now; macOS lists them in ``/dev/fd`` and ``fcntl(F_GETPATH)`` names each. Elsewhere
the name cannot be found this way.
"""

from __future__ import annotations

import os
import pathlib
import sys

#: Room ``F_GETPATH`` fills (``MAXPATHLEN`` on macOS).
_MAX_PATH = 1024


def _name_of_fd(fd: int) -> str:
    """The current name of the file open on ``fd`` (raises OSError when it cannot be told)."""
    if sys.platform == "darwin":
        import fcntl

        raw = fcntl.fcntl(fd, fcntl.F_GETPATH, bytes(_MAX_PATH))
        return os.fsdecode(raw.split(b"\0", 1)[0])
    return os.readlink(f"/proc/self/fd/{fd}")


def _fd_folder() -> str | None:
    """Where this process's open files are listed, or ``None`` where their names cannot be found."""
    if sys.platform.startswith("linux"):
        return "/proc/self/fd"
    if sys.platform == "darwin":
        import fcntl

        return "/dev/fd" if hasattr(fcntl, "F_GETPATH") else None
    return None


def open_file_name(device: int, inode: int) -> pathlib.Path | None:
    """The name the file with this device and inode, open in this process, has now.

    ``None`` when no open file has them, the file has no name any more (deleted, or
    moved to another disk, which deletes it), or the system cannot tell.
    """
    folder = _fd_folder()
    if folder is None:
        return None
    try:
        entries = os.listdir(folder)
    except OSError:
        return None
    for entry in entries:
        try:
            fd = int(entry)
            st = os.fstat(fd)
            if (st.st_dev, st.st_ino) != (device, inode) or st.st_nlink == 0:
                continue
            name = pathlib.Path(_name_of_fd(fd))
            now = os.stat(name)  # a deleted file reads "<name> (deleted)", which is no file
        except (OSError, ValueError):
            continue
        if name.is_absolute() and (now.st_dev, now.st_ino) == (device, inode) and now.st_nlink > 0:
            return name
    return None
