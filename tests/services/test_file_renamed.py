"""The project file renamed or moved within its disk while open is followed (QA pass 24, item 7).

Before, every edit after a rename (``mv``, a file manager) was refused as if the file
had been deleted, the ``-wal``/``-shm``/``.lock`` stayed under the old name, and the
changes saved just before the rename stayed in the old name's ``-wal``, out of the
renamed file. Now the same file (device and inode, still linked) under another name is
followed: written back, reopened there, its lock moved, the session's path changed.
Deleted, replaced and copied-then-deleted files (a move to another disk) are still
refused, and so is a new name that another Counterweight window has open.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
from pathlib import Path

import pytest

from counterweight.domain import ProjectFileError, Score
from counterweight.services import backups
from counterweight.services.edits import SetScore, SetWeight
from counterweight.services.session import ProjectSession
from counterweight.storage import ProjectStore
from tests.factories import small_decision
from tests.storage.test_locking import start_child

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="names found through /proc/self/fd")

SIDE = ("-wal", "-shm", "-journal", ".lock")


@pytest.fixture
def session(tmp_path: Path):  # noqa: ANN201
    s = ProjectSession.create(tmp_path / "p.counterweight", small_decision())
    yield s
    s.close()


def _moves(session: ProjectSession) -> list[tuple[Path, Path]]:
    told: list[tuple[Path, Path]] = []
    session.subscribe_moves(lambda old, new: told.append((old, new)))
    return told


def _left(path: Path) -> list[str]:
    """The side files (``-wal``, ``-shm``, ``-journal``, ``.lock``) there are of ``path``."""
    return [suffix for suffix in SIDE if os.path.lexists(f"{path}{suffix}")]


def _fresh(path: Path) -> tuple[str, list[tuple[str, float]], str]:
    """A plain SQLite look at ``path``: integrity, the criteria weights, the newest audit action."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        ok = conn.execute("PRAGMA integrity_check").fetchone()[0]
        weights = conn.execute("SELECT id, weight FROM criteria WHERE id IN ('effect', 'harm') ORDER BY id").fetchall()
        action = conn.execute("SELECT action FROM audit ORDER BY id DESC LIMIT 1").fetchone()[0]
    finally:
        conn.close()
    return ok, weights, action


def _chain_ok(path: Path) -> bool:
    with ProjectStore.open(path, read_only=True) as store:
        return store.verify_audit().ok


def test_an_edit_after_a_rename_is_saved_in_the_renamed_file(session: ProjectSession, tmp_path: Path) -> None:
    told = _moves(session)
    old = session.path
    session.apply(SetWeight("effect", 5))  # saved before the rename: it sits in the old name's -wal
    new = tmp_path / "renamed.counterweight"
    os.rename(old, new)
    session.apply(SetWeight("harm", 4))  # not refused
    assert session.path == new and told == [(old, new)]
    assert not session.read_only
    assert _left(old) == []  # the -wal, -shm and lock went with the file
    assert ".lock" in _left(new)
    assert _fresh(new) == ("ok", [("effect", 5.0), ("harm", 4.0)], "Change weight")
    session.apply(SetWeight("harm", 3))  # and it goes on there, telling no one again
    assert told == [(old, new)]
    session.close()
    assert _left(new) == [] and _left(old) == []  # closed at the new name: nothing left beside either
    assert sorted(p.name for p in tmp_path.glob("*counterweight*")) == ["renamed.counterweight"]
    assert _fresh(new) == ("ok", [("effect", 5.0), ("harm", 3.0)], "Change weight")
    assert _chain_ok(new)


def test_a_second_rename_and_a_move_to_another_folder_are_followed(session: ProjectSession, tmp_path: Path) -> None:
    told = _moves(session)
    first = session.path
    second, third = tmp_path / "second.counterweight", tmp_path / "archive" / "third.counterweight"
    os.rename(first, second)
    session.apply(SetWeight("effect", 5))
    third.parent.mkdir()
    os.rename(second, third)  # into another folder of the same disk
    session.apply(SetScore("a", "effect", Score(option_id="a", criterion_id="effect", value=7)))
    assert session.path == third and told == [(first, second), (second, third)]
    assert _left(first) == [] and _left(second) == []
    session.close()
    assert _left(third) == []
    with ProjectSession.open(third, read_only=True) as again:
        assert again.decision.criterion("effect").weight == 5
        assert again.decision.score("a", "effect").value == 7
    assert _chain_ok(third)


def test_renamed_and_closed_without_an_edit_the_last_changes_are_in_the_renamed_file(
        session: ProjectSession, tmp_path: Path) -> None:
    """The close writes the -wal back at the new name; before, the change stayed in the old name's -wal."""
    old = session.path
    session.apply(SetWeight("effect", 5))
    new = tmp_path / "renamed.counterweight"
    os.rename(old, new)
    session.close()
    assert _left(old) == [] and _left(new) == []
    assert _fresh(new) == ("ok", [("effect", 5.0), ("harm", 1.0)], "Change weight")


def test_the_automatic_backups_go_with_the_file(session: ProjectSession, tmp_path: Path) -> None:
    old = session.path
    made = backups.backups_for(old)
    assert made  # one when it was created
    new = tmp_path / "renamed.counterweight"
    os.rename(old, new)
    session.apply(SetWeight("effect", 5))
    assert backups.backups_for(old) == []
    assert [b.created for b in backups.backups_for(new)] == [b.created for b in made]


@pytest.mark.parametrize("how", ["deleted", "replaced", "moved to another disk"])
def test_a_deleted_or_replaced_file_is_still_refused(session: ProjectSession, tmp_path: Path, how: str) -> None:
    told = _moves(session)
    old = session.path
    session.apply(SetWeight("effect", 5))
    kept = tmp_path / "kept.counterweight"
    if how == "deleted":
        old.unlink()
    elif how == "replaced":
        os.rename(old, kept)
        shutil.copyfile(kept, old)  # another file under the old name
    else:  # a move to another disk copies the file, then deletes it
        shutil.copyfile(old, kept)
        old.unlink()
    with pytest.raises(ProjectFileError, match="deleted, moved or replaced while it was open"):
        session.apply(SetWeight("harm", 4))
    assert session.path == old and told == []
    assert session.decision.criterion("harm").weight == 1


def test_a_new_name_open_in_another_window_is_not_followed(session: ProjectSession, tmp_path: Path) -> None:
    told = _moves(session)
    old = session.path
    new = tmp_path / "renamed.counterweight"
    os.rename(old, new)
    child = start_child("hold", new)  # another Counterweight opens the file under its new name
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.startswith("ready"), line + (child.stderr.read() if child.stderr else "")
        with pytest.raises(ProjectFileError) as refused:
            session.apply(SetWeight("harm", 4))
        said = refused.value.for_window()
        assert "\u201cp.counterweight\u201d was renamed to \u201crenamed.counterweight\u201d" in said
        assert "open under that name in another Counterweight window" in said and f"pid {child.pid}" in said
        assert "Close that window and try again" in said and "Save As" in said
        assert session.path == old and told == [] and not session.read_only
    finally:
        child.kill()
        child.wait()
    session.apply(SetWeight("harm", 4))  # that window has gone: now it is followed
    assert session.path == new and told == [(old, new)]
    assert _fresh(new)[1] == [("effect", 3.0), ("harm", 4.0)]


def test_a_file_that_will_not_open_for_writing_under_its_new_name_goes_read_only(
        session: ProjectSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from counterweight.storage import sqlite_io

    def refuse(_path: Path, **_kw: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("disk I/O error")

    old = session.path
    session.apply(SetWeight("effect", 5))
    new = tmp_path / "renamed.counterweight"
    os.rename(old, new)
    monkeypatch.setattr(sqlite_io, "connect_writable", refuse)
    with pytest.raises(ProjectFileError, match="could not be opened there for writing"):
        session.apply(SetWeight("harm", 4))
    assert session.read_only and "renamed.counterweight" in session.read_only_reason
    assert session.path == new and _left(old) == [] and ".lock" not in _left(new)
    assert session.audit_log(1)[0].action == "Change weight"  # it can still be read (and saved as a copy)
    session.close()
    assert _fresh(new)[1] == [("effect", 5.0), ("harm", 1.0)]
