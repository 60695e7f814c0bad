"""How much room a disk has left: to name a full disk when a write failed (Qt-free, for every layer).

A full disk does not always say so: SQLite reports a write refused for want of room as
a "disk I/O error" when the file system answers with another error (a file-size limit
gives ``EFBIG``), and Qt reports no failed write at all. After a failed write, very
little free space where the file lives is the likeliest reason.
"""

from __future__ import annotations

import shutil
from pathlib import Path

#: Less free space than this where a file is written, after a write that failed: the disk is full.
LOW_SPACE_BYTES = 256 * 1024


def low_on_space(folder: Path) -> bool:
    """Whether the disk holding ``folder`` has less than :data:`LOW_SPACE_BYTES` free (False if unknown)."""
    try:
        return shutil.disk_usage(folder).free < LOW_SPACE_BYTES
    except OSError:
        return False
