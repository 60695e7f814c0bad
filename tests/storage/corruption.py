"""Ways to damage a project file, shared by the backup tests of storage, services, CLI and window.

Each function changes the file at ``path`` in place; :data:`KINDS` maps a short name
to the function and the error type opening the damaged file must raise.
"""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Callable
from pathlib import Path

from counterweight.domain import NotAProjectError, ProjectFileError, ProjectTooNewError

PAGE_FLIP_BYTES = 16


def truncate(path: Path) -> None:
    """Cut the file to half its length (as a copy interrupted half-way would)."""
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def flip_middle_of_page(path: Path) -> None:
    """Invert 16 bytes in the middle of the first page whose middle holds data.

    Most pages of a small project are nearly empty in the middle (SQLite fills
    pages from the end), and inverting zero bytes of free space would not damage
    anything, so the first page with non-zero bytes there is chosen.
    """
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    half = PAGE_FLIP_BYTES // 2
    for start in range(page_size, len(data), page_size):  # page 1 holds the header: skip it
        middle = start + page_size // 2
        if any(data[middle - half : middle + half]):
            for i in range(middle - half, middle + half):
                data[i] ^= 0xFF
            path.write_bytes(bytes(data))
            return
    raise AssertionError(f"no page of {path.name} holds data in its middle")


def random_bytes(path: Path) -> None:
    """Replace the file with random bytes of the same length (seeded, so repeatable)."""
    size = path.stat().st_size
    path.write_bytes(random.Random(6).randbytes(size))


def newer_schema(path: Path) -> None:
    """Record a migration this version does not know, as a newer Counterweight would."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                     " VALUES ('counterweight', 'm099_from_the_future', '2031-01-01')")
        conn.commit()
    finally:
        conn.close()


#: name -> (how to damage the file, the error opening it must raise)
KINDS: dict[str, tuple[Callable[[Path], None], type[ProjectFileError]]] = {
    "truncated": (truncate, ProjectFileError),
    "flipped page bytes": (flip_middle_of_page, ProjectFileError),
    "random bytes": (random_bytes, NotAProjectError),
    "newer schema": (newer_schema, ProjectTooNewError),
}
