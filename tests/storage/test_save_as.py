"""``save_as``: a consistent copy that becomes the open project."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from counterweight.domain import ProjectFileError
from counterweight.storage import ProjectStore
from tests.storage.builders import grid_decision, replace_score, rich_decision


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_save_as_continues_on_the_copy(folder: Path) -> None:
    d = rich_decision()
    src = folder / "a.counterweight"
    dst = folder / "b.counterweight"
    store = ProjectStore.create(src, d)
    d2 = replace_score(d, "O1", "cost", value=9.0)
    store.commit(d, d2, action="Set score", target="t", before=0, after=9)  # still in the WAL
    copy = store.save_as(dst)
    try:
        assert store.closed and not copy.read_only
        assert copy.path == dst
        assert copy.load() == d2
        assert [e.action for e in copy.audit_log()] == ["Save as", "Set score", "Create project"]
        d3 = replace_score(d2, "O2", "cost", value=1.0)
        copy.commit(d2, d3, action="Set score", target="t", before=None, after=None)
    finally:
        copy.close()
    assert stat.S_IMODE(os.stat(dst).st_mode) == 0o600
    with ProjectStore.open(src) as original:
        assert original.load() == d2  # the edit after save_as went to the copy only
    with ProjectStore.open(dst) as again:
        assert again.load() == d3


def test_save_as_from_a_read_only_store(folder: Path) -> None:
    src = folder / "a.counterweight"
    ProjectStore.create(src, grid_decision(3, 3)).close()
    before = _sha(src)
    with ProjectStore.open(src, read_only=True) as reader:
        copy = reader.save_as(folder / "mine.counterweight")
    with copy:
        assert not copy.read_only
        assert copy.load() == grid_decision(3, 3)
    assert _sha(src) == before


def test_save_as_replaces_an_old_file_and_ignores_its_stale_side_files(folder: Path) -> None:
    src = folder / "a.counterweight"
    dst = folder / "b.counterweight"
    ProjectStore.create(dst, grid_decision(5, 5)).close()
    # Leave a valid write-ahead log of the old file behind, as a crash would.
    # Replayed into the new file it would overwrite pages with the old file's.
    conn = sqlite3.connect(dst, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("UPDATE scores SET rationale = 'stale ' || rationale")
    conn.execute("UPDATE options SET name = 'stale ' || name")
    stale = Path(f"{dst}-wal").read_bytes()
    conn.close()
    assert len(stale) > 4096
    Path(f"{dst}-wal").write_bytes(stale)
    with ProjectStore.create(src, rich_decision()) as store:
        copy = store.save_as(dst)
    with copy:
        assert copy.load() == rich_decision()


def test_save_as_onto_itself_is_refused(folder: Path) -> None:
    src = folder / "a.counterweight"
    with ProjectStore.create(src, rich_decision()) as store:
        with pytest.raises(ProjectFileError, match="already open"):
            store.save_as(src)
        assert store.load() == rich_decision()


@pytest.mark.parametrize(("where", "reason"), [
    ("under-a-file", "part of the path is a file, not a folder"),
    ("file-deeper", "part of the path is a file, not a folder"),
    ("missing", "the folder does not exist"),
])
def test_a_target_whose_folder_is_not_there_names_the_real_reason(folder: Path, where: str, reason: str) -> None:
    # QA round 10: a file standing where a folder should be was reported as "the folder
    # cannot be written to (File exists)", and a missing folder was quietly created.
    (folder / "notadir").write_bytes(b"")
    target = {"under-a-file": folder / "notadir" / "x.counterweight",
              "file-deeper": folder / "notadir" / "sub" / "x.counterweight",
              "missing": folder / "nope" / "sub" / "x.counterweight"}[where]
    before = sorted(os.listdir(folder))
    with pytest.raises(ProjectFileError) as err:
        ProjectStore.create(target, rich_decision())
    assert err.value.message == f"Cannot save \u201cx.counterweight\u201d: {reason}."
    assert sorted(os.listdir(folder)) == before  # no folder made, nothing left behind
    with ProjectStore.create(folder / "a.counterweight", rich_decision()) as store, \
            pytest.raises(ProjectFileError, match=reason):
        store.save_as(target)


def test_a_copy_that_fails_half_way_leaves_no_part_file_and_the_original_open(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from counterweight.storage import sqlite_io

    d = rich_decision()
    src, dst = folder / "a.counterweight", folder / "b.counterweight"
    store = ProjectStore.create(src, d)

    def disk_full(_conn: sqlite3.Connection, tmp: Path) -> None:
        Path(tmp).write_bytes(b"partial")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(sqlite_io, "copy_database", disk_full)
    before = sorted(p.name for p in folder.iterdir())
    try:
        with pytest.raises(OSError, match="No space"):
            store.save_as(dst)
        assert sorted(p.name for p in folder.iterdir()) == before  # no part-file, no target
        assert not store.closed and store.load() == d  # the user goes on in the original
        monkeypatch.undo()  # space freed: the same name can be tried again (its lock was let go)
        store = store.save_as(dst)
        assert store.path == dst and store.load() == d
    finally:
        store.close()
