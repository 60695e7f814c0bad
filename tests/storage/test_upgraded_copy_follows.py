"""An older file open read-only (upgraded in a copy in memory) follows what another window saves to it (h28d).

The read-only window watched the copy's change counter, which nothing but the copy moves:
the other window's saves (an older Counterweight, which writes the older format) never
showed. Now the store watches the file itself and copies and upgrades it again when it
changed, still without touching it.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from counterweight.domain import ProjectFileError
from counterweight.storage import ProjectStore
from counterweight.storage.locking import ProjectLock

FIXTURE_V2 = Path(__file__).parent / "fixtures" / "v2_example.counterweight"
V2_MIGRATIONS = ["m001_create_schema", "m002_index_child_keys"]


def _applied(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'counterweight' ORDER BY id")]
    finally:
        conn.close()


def _older_window_saves(path: Path, sql: str) -> None:
    """A save by the window that holds the file, an older Counterweight (the older format)."""
    conn = sqlite3.connect(str(path))
    try:
        conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


@pytest.fixture
def held(folder: Path):
    """An older file held by another window (its lock taken)."""
    path = folder / "flood.counterweight"
    shutil.copyfile(FIXTURE_V2, path)
    lock = ProjectLock(path)
    assert lock.try_acquire() is None
    yield path
    lock.release()


def test_the_copy_follows_the_file_and_the_file_stays_as_it_was(held: Path) -> None:
    with ProjectStore.open(held) as store:
        assert store.read_only
        assert store.load().option("wall").name == "Sea wall"
        before = store.data_version()
        assert store.data_version() == before  # nothing saved: nothing to read again
        _older_window_saves(held, "UPDATE options SET name = 'Raised sea wall' WHERE id = 'wall'")
        assert store.data_version() != before
        assert store.load().option("wall").name == "Raised sea wall"
        assert store.audit_log()  # the history is read from the new copy too
        _older_window_saves(held, "UPDATE options SET name = 'Sea wall, phase 2' WHERE id = 'wall'")
        assert store.load().option("wall").name == "Sea wall, phase 2"
    assert _applied(held) == V2_MIGRATIONS  # never upgraded on disk
    assert sorted(p.name for p in held.parent.iterdir()) == ["flood.counterweight", "flood.counterweight.lock"]


def test_a_change_that_cannot_be_read_keeps_the_last_copy(held: Path) -> None:
    with ProjectStore.open(held) as store:
        _older_window_saves(held, "UPDATE options SET name = '' WHERE id = 'wall'")
        with pytest.raises(ProjectFileError, match="name: must not be empty"):
            store.load()
        _older_window_saves(held, "UPDATE options SET name = 'Sea wall again' WHERE id = 'wall'")
        assert store.load().option("wall").name == "Sea wall again"
