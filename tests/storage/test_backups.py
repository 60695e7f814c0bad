"""Automatic backups: made on open and on close after changes, pruned, private, restorable."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from counterweight.domain import ProjectFileError
from counterweight.storage import ProjectStore, backups
from tests.storage.builders import rich_decision
from tests.storage.corruption import KINDS


@pytest.fixture
def shelf(tmp_path: Path) -> Path:
    """The backup folder these tests give the store (not created beforehand)."""
    return tmp_path / "backup-shelf"


def _project(folder: Path, name: str = "p.counterweight") -> Path:
    path = folder / name
    ProjectStore.create(path, rich_decision()).close()
    return path


def _edit(path: Path, shelf: Path, times: int = 1) -> None:
    """Open for writing (with backups), save ``times`` audited events, close."""
    with ProjectStore.open(path, backup_folder=shelf) as store:
        for i in range(times):
            store.record_event("Test event", f"event {i}")


def _entries(path: Path) -> int:
    with ProjectStore.open(path, read_only=True) as store:
        return len(store.audit_log())


def test_create_makes_no_backup_and_first_writable_open_does(folder: Path, shelf: Path) -> None:
    path = _project(folder)
    assert backups.backups_for(path, shelf) == []
    with ProjectStore.open(path, read_only=True):
        pass
    assert backups.backups_for(path, shelf) == []  # read-only opens never back up
    with ProjectStore.open(path):
        pass
    assert not shelf.exists()  # no folder given: no backups
    with ProjectStore.open(path, backup_folder=shelf):
        pass
    found = backups.backups_for(path, shelf)
    assert len(found) == 1
    assert found[0].path.parent == shelf
    assert found[0].project_stem == "p"
    assert found[0].entries == _entries(path) == 1
    assert found[0].size == found[0].path.stat().st_size > 0


def test_unchanged_project_is_not_backed_up_again(folder: Path, shelf: Path) -> None:
    path = _project(folder)
    for _ in range(3):
        with ProjectStore.open(path, backup_folder=shelf):
            pass
    assert len(backups.backups_for(path, shelf)) == 1


def test_close_after_changes_backs_up_the_changes(folder: Path, shelf: Path) -> None:
    path = _project(folder)
    _edit(path, shelf, times=2)  # open: backup with 1 entry; close: backup with 3
    found = backups.backups_for(path, shelf)
    assert [b.entries for b in found] == [3, 1]  # newest first
    assert found[0].created >= found[1].created
    with ProjectStore.open(found[0].path, read_only=True) as copy, ProjectStore.open(path, read_only=True) as live:
        assert copy.load() == live.load()
        assert copy.audit_head_hash() == live.audit_head_hash()


def test_only_the_newest_backups_are_kept(folder: Path, shelf: Path) -> None:
    path = _project(folder)
    for _ in range(7):
        _edit(path, shelf)
    found = backups.backups_for(path, shelf)
    assert backups.KEEP == 5 and len(found) == backups.KEEP + 1
    assert _entries(path) == 8  # "Create project" + 7 events
    # Backups held 1 (first open), 2, ..., 8 entries (each close after a change); the 5 newest stay,
    # and the day's first (QA 24: the state before the day's work outlives periodic backups).
    assert [b.entries for b in found] == [8, 7, 6, 5, 4, 1]
    assert len(os.listdir(shelf)) == backups.KEEP + 1  # pruned files are gone, no temp left


@pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")
def test_backups_are_private(folder: Path, shelf: Path) -> None:
    path = _project(folder)
    _edit(path, shelf)
    for info in backups.backups_for(path, shelf):
        assert stat.S_IMODE(info.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(shelf.stat().st_mode) == 0o700


def test_projects_with_the_same_name_keep_separate_backups(folder: Path, shelf: Path) -> None:
    (folder / "a").mkdir()
    (folder / "b").mkdir()
    first, second = _project(folder / "a"), _project(folder / "b")
    _edit(first, shelf, times=2)
    _edit(second, shelf)
    assert backups.project_key(first) != backups.project_key(second)
    assert [b.entries for b in backups.backups_for(first, shelf)] == [3, 1]
    assert [b.entries for b in backups.backups_for(second, shelf)] == [2, 1]
    both = backups.backups_for(first, shelf) + backups.backups_for(second, shelf)
    assert all(b.path.name.startswith("p.") for b in both)


def test_save_as_copy_is_backed_up_when_closed(folder: Path, shelf: Path) -> None:
    path = _project(folder)
    copy_path = folder / "copy.counterweight"
    store = ProjectStore.open(path, backup_folder=shelf)
    copy = store.save_as(copy_path)
    copy.close()
    assert [b.entries for b in backups.backups_for(copy_path, shelf)] == [2]  # with its "Save as" entry
    assert [b.entries for b in backups.backups_for(path, shelf)] == [1]


def test_a_backup_failure_never_stops_the_open(folder: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = _project(folder)
    blocker = folder / "not-a-folder"
    blocker.write_text("a file where the backup folder's parent should be")
    with caplog.at_level(logging.WARNING), ProjectStore.open(path, backup_folder=blocker / "backups") as store:
        store.record_event("Edit", "while backups fail")
    assert _entries(path) == 2
    assert "automatic backup" in caplog.text


def test_make_automatic_backup_skips_when_head_unchanged(folder: Path, shelf: Path) -> None:
    path = _project(folder)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        first = backups.make_automatic_backup(conn, path, shelf)
        again = backups.make_automatic_backup(conn, path, shelf)
        conn.execute("UPDATE audit SET hash = 'x' || hash WHERE id = (SELECT max(id) FROM audit)")
        changed = backups.make_automatic_backup(conn, path, shelf)
    finally:
        conn.close()
    assert first is not None and first.parent == shelf
    assert again is None
    assert changed is not None and changed != first


# ------------------------------------------------------------------ restoring


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_restore_over_each_kind_of_damage(folder: Path, shelf: Path, kind: str) -> None:
    damage, error = KINDS[kind]
    path = _project(folder)
    _edit(path, shelf, times=2)
    expected = _entries(path)
    damage(path)
    damaged_bytes = path.read_bytes()
    with pytest.raises(error):
        ProjectStore.open(path)

    result = backups.restore_backup(backups.backups_for(path, shelf)[0], path)

    assert result.project == path
    assert result.moved_aside is not None and result.moved_aside.parent == folder
    assert result.moved_aside.name.startswith("p.counterweight.broken-")
    assert result.moved_aside.read_bytes() == damaged_bytes  # the user's file is kept, unchanged
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
    with ProjectStore.open(path) as store:
        assert store.verify_audit().ok
        assert len(store.audit_log()) == expected
        assert store.load() == rich_decision()
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_restore_moves_stale_side_files_aside_with_the_file(folder: Path, shelf: Path) -> None:
    path = _project(folder)
    _edit(path, shelf)
    path.write_bytes(path.read_bytes()[:5000])
    Path(f"{path}-wal").write_bytes(b"stale journal of the damaged file")
    result = backups.restore_backup(backups.backups_for(path, shelf)[0], path)
    assert not Path(f"{path}-wal").exists()  # SQLite must not replay it into the restored file
    assert Path(f"{result.moved_aside}-wal").read_bytes() == b"stale journal of the damaged file"
    with ProjectStore.open(path) as store:
        assert store.verify_audit().ok


def test_restore_when_the_project_file_is_gone(folder: Path, shelf: Path) -> None:
    path = _project(folder)
    _edit(path, shelf)
    path.unlink()
    result = backups.restore_backup(backups.backups_for(path, shelf)[0], path)
    assert result.moved_aside is None
    with ProjectStore.open(path, read_only=True) as store:
        assert store.load() == rich_decision()


def test_restore_is_refused_while_the_project_is_open(folder: Path, shelf: Path) -> None:
    path = _project(folder)
    _edit(path, shelf)
    before = sorted(os.listdir(folder))
    with ProjectStore.open(path) as store:
        with pytest.raises(ProjectFileError, match="open in another Counterweight window"):
            backups.restore_backup(backups.backups_for(path, shelf)[0], path)
        assert store.verify_audit().ok
    assert sorted(os.listdir(folder)) == before  # nothing moved aside, no temporary file left


def test_a_damaged_backup_is_not_restored(folder: Path, shelf: Path) -> None:
    path = _project(folder)
    _edit(path, shelf)
    newest = backups.backups_for(path, shelf)[0]
    KINDS["truncated"][0](newest.path)
    original = path.read_bytes()
    with pytest.raises(ProjectFileError, match="backup") as info:
        backups.restore_backup(newest, path)
    assert newest.path.name in info.value.message
    assert path.read_bytes() == original
    assert sorted(p.name for p in folder.iterdir()) == ["p.counterweight"]


def test_a_file_that_is_not_a_backup_is_refused(folder: Path) -> None:
    path = _project(folder)
    with pytest.raises(ProjectFileError, match="not an automatic backup"):
        backups.restore_backup(path, folder / "other.counterweight")


def test_aside_names_never_overwrite(folder: Path) -> None:
    from counterweight.storage.backup_restore import aside_path

    path = _project(folder)
    first = aside_path(path)
    first.write_text("an earlier broken copy")
    second = aside_path(path)
    assert second != first and not second.exists()


def test_an_sqlite_error_while_restoring_is_worded_and_leaves_no_temporary_file(folder: Path, shelf: Path) -> None:
    """Restoring makes its copy as create and save do (placement.temporary_beside): an SQLite error raised on the
    way, here while the window closes the project, is "Cannot restore …", not an internal error (QA 28)."""
    path = _project(folder)
    _edit(path, shelf)
    before = sorted(os.listdir(folder))
    original = path.read_bytes()

    def failing_close() -> None:
        raise sqlite3.OperationalError("disk I/O error")

    with pytest.raises(ProjectFileError, match="Cannot restore \u201cp.counterweight\u201d: disk I/O error"):
        backups.restore_backup(backups.backups_for(path, shelf)[0], path, before_replace=failing_close)
    assert sorted(os.listdir(folder)) == before and path.read_bytes() == original
