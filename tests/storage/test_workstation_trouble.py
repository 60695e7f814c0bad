"""A full disk and long names (QA pass 28, items 3, 4, 5, 8 and 11).

The full disk is simulated: the SQLite or OS call that fails when a disk fills raises
the error it raises then (a real ``SQLITE_FULL`` error, made by a database allowed one
page). QA pass 28 reproduced each case on a 2 MB tmpfs as well.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

import pytest

from counterweight.domain import ProjectFileError
from counterweight.storage import ProjectStore, backups, placement, rows, sqlite_io
from tests.storage.builders import rich_decision

FIXTURES = Path(__file__).parent / "fixtures"


def disk_full() -> sqlite3.OperationalError:
    """The error SQLite gives when the disk is full (SQLITE_FULL), made for real."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("PRAGMA max_page_count = 1")
        conn.execute("CREATE TABLE t (x)")
        conn.execute("INSERT INTO t VALUES (zeroblob(100000))")
    except sqlite3.OperationalError as exc:
        assert exc.sqlite_errorcode == sqlite3.SQLITE_FULL
        return exc
    finally:
        conn.close()
    raise AssertionError("SQLite did not say the database was full")


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_save_as_onto_a_full_disk_says_so_and_leaves_nothing(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Item 3: the window showed "Something went wrong" (a raw sqlite3 error from the copy)."""
    store = ProjectStore.create(folder / "a.counterweight", rich_decision())
    try:
        def full(*_args: object) -> None:
            raise disk_full()

        monkeypatch.setattr(sqlite_io, "copy_database", full)
        before = _names(folder)
        with pytest.raises(ProjectFileError) as caught:
            store.save_as(folder / "copy.counterweight")
        assert caught.value.message == "Cannot save \u201ccopy.counterweight\u201d: database or disk is full."
        assert _names(folder) == before  # no part-file, no lock
        assert not store.closed
    finally:
        store.close()


def test_creating_a_project_on_a_full_disk_names_the_file(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Item 4: CLI import ended in "internal error" (exit 70); the window's New and imports in a bug report."""
    def full(*_args: object, **_kwargs: object) -> None:
        raise disk_full()

    monkeypatch.setattr(rows, "write_changes", full)
    with pytest.raises(ProjectFileError) as caught:
        ProjectStore.create(folder / "new.counterweight", rich_decision())
    assert caught.value.message == "Cannot create \u201cnew.counterweight\u201d: database or disk is full."
    assert _names(folder) == []


def test_a_project_that_cannot_be_opened_for_writing_on_a_full_disk_opens_read_only(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Item 5: it could not be opened at all; read-only, it can be read and saved to another disk."""
    path = folder / "proj.counterweight"
    d = rich_decision()
    ProjectStore.create(path, d).close()

    def full(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        raise disk_full()

    monkeypatch.setattr(sqlite_io, "connect_writable", full)
    store = ProjectStore.open(path)
    try:
        assert store.read_only
        assert store.read_only_reason == "The disk holding the file is full, so changes cannot be saved there."
        assert store.load() == d
        assert not Path(f"{path}.lock").exists()  # its lock was let go
        monkeypatch.undo()  # Save As to another disk
        other = folder / "elsewhere"
        other.mkdir()
        copy = store.save_as(other / "proj.counterweight")
        assert not copy.read_only and copy.load() == d
        copy.close()
    finally:
        store.close()


def test_other_open_failures_are_still_refused(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = folder / "proj.counterweight"
    ProjectStore.create(path, rich_decision()).close()

    def corrupt(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        raise sqlite3.DatabaseError("file is not a database")

    monkeypatch.setattr(sqlite_io, "connect_writable", corrupt)
    with pytest.raises(ProjectFileError, match="for writing: file is not a database"):
        ProjectStore.open(path)


def test_a_name_whose_side_files_do_not_fit_is_refused_in_words(folder: Path) -> None:
    """Item 8: "the folder cannot be written to (File name too long)" for a writable folder."""
    name = "a" * 240 + ".counterweight"  # 254 bytes: fits, but its .lock and -journal do not
    with pytest.raises(ProjectFileError) as caught:
        ProjectStore.create(folder / name, rich_decision())
    assert caught.value.message == (
        f"Cannot save \u201c{'a' * 40}\u2026{'a' * 2}.counterweight\u201d: the name is too long for this folder "
        "(254 bytes; at most 247 with Counterweight\u2019s side files): choose a shorter name.")
    assert caught.value.where == str(folder)
    assert _names(folder) == []


def test_the_longest_name_allowed_works_with_its_backups(folder: Path, tmp_path: Path) -> None:
    """Item 8: automatic backups failed with "File name too long"; their names now shorten the stem."""
    path = folder / ("b" * 233 + ".counterweight")  # 247 bytes
    shelf = tmp_path / "shelf"
    ProjectStore.create(path, rich_decision()).close()
    with ProjectStore.open(path, backup_folder=shelf) as store:
        assert not store.read_only and store.backup_problem is None
        store.record_event("Edit", "one")
    listed = backups.backups_for(path, shelf)
    assert len(listed) == 2 and all(len(b.path.name.encode()) <= 255 for b in listed)


def test_an_older_file_with_a_long_name_is_upgraded(folder: Path) -> None:
    """Item 8: the upgrade backup's temporary file's -journal did not fit: a raw sqlite3 error."""
    path = folder / ("c" * 220 + ".counterweight")  # 234 bytes, as in QA 28
    shutil.copy(FIXTURES / "v2_example.counterweight", path)
    with ProjectStore.open(path) as store:
        assert not store.read_only and store.migration_backup is not None
        assert store.migration_backup.exists() and len(store.migration_backup.name.encode()) <= 255


def test_a_failed_upgrade_backup_is_a_project_error(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Item 8: an upgrade backup that cannot be written is said in words; the file is read in memory."""
    path = folder / "old.counterweight"
    shutil.copy(FIXTURES / "v2_example.counterweight", path)

    def too_long(*_args: object) -> Path:
        raise OSError(errno.ENAMETOOLONG, "File name too long")

    monkeypatch.setattr(sqlite_io, "new_private_file", too_long)
    with ProjectStore.open(path) as store:
        assert store.read_only
        assert store.read_only_reason == (
            "Cannot open \u201cold.counterweight\u201d for writing: it is from an older version of Counterweight, "
            "and the copy kept before upgrading it could not be written (File name too long). "
            "It was opened read-only instead.")
        store.load()


@pytest.mark.parametrize("name", ["....counterweight", "..counterweight", ".counterweight"])
def test_a_name_made_only_of_dots_is_refused(folder: Path, name: str) -> None:
    """Item 11: it made a hidden file, which a file manager does not show."""
    with pytest.raises(ProjectFileError, match="a name made only of dots would be a hidden file"):
        ProjectStore.create(folder / name, rich_decision())
    assert placement.name_problem(folder / ".hidden.counterweight") == ""
