"""``counterweight backups FILE [--json] [--restore N]``."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from counterweight.services.edits import SetWeight
from counterweight.services.session import ProjectSession
from counterweight.storage import ProjectStore
from tests.cli.conftest import run_subprocess
from tests.factories import small_decision
from tests.storage.corruption import KINDS


def _project_with_backups(tmp_path: Path, edits: int = 2) -> Path:
    """A project whose backups hold 1, 2, ... ``edits + 1`` history entries (newest last made)."""
    path = tmp_path / "plan.counterweight"
    ProjectSession.create(path, small_decision()).close()
    for i in range(edits):
        with ProjectSession.open(path) as session:
            session.apply(SetWeight("effect", 2 + i))
    return path


def test_lists_backups_newest_first_as_json(cli, tmp_path: Path, user_dirs) -> None:
    path = _project_with_backups(tmp_path)
    result = cli("backups", path, "--json")
    assert result.code == 0, result.err
    payload = result.json()
    assert payload["file"] == str(path)
    assert payload["folder"] == str(user_dirs.counterweight_home / "backups")
    listed = payload["backups"]
    assert [b["number"] for b in listed] == [1, 2, 3]
    assert [b["entries"] for b in listed] == [3, 2, 1]
    assert all(Path(b["path"]).stat().st_size == b["size"] for b in listed)
    assert [b["created"] for b in listed] == sorted((b["created"] for b in listed), reverse=True)


def test_table_lists_every_backup(cli, tmp_path: Path) -> None:
    path = _project_with_backups(tmp_path, edits=1)
    result = cli("backups", path)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert "entries" in lines[0] and "backup file" in lines[0]
    rows = lines[2:]
    assert len(rows) == 2
    assert all("plan." in row and row.rstrip().endswith(".counterweight") for row in rows)


def test_no_backups_is_said_plainly(cli, tmp_path: Path) -> None:
    result = cli("backups", tmp_path / "nothing.counterweight")
    assert result.code == 0, result.err
    assert result.out.startswith("No automatic backups of")


def test_restore_puts_the_chosen_backup_back(cli, tmp_path: Path) -> None:
    path = _project_with_backups(tmp_path)
    KINDS["truncated"][0](path)
    damaged = path.read_bytes()
    result = cli("backups", path, "--restore", "2", "--json")
    assert result.code == 0, result.err
    payload = result.json()
    aside = Path(payload["moved_aside"])
    assert aside.read_bytes() == damaged and aside.name.startswith("plan.counterweight.broken-")
    with ProjectStore.open(path, read_only=True) as store:
        assert len(store.audit_log()) == 2  # backup 2 is the one made before the last edit
        assert store.verify_audit().ok
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()


def test_restore_in_a_subprocess_prints_where_the_old_file_went(tmp_path: Path) -> None:
    path = _project_with_backups(tmp_path, edits=1)
    KINDS["random bytes"][0](path)
    result = run_subprocess(["backups", path, "--restore", "1"])
    assert result.code == 0, result.err
    assert result.out.startswith(f"Restored {path} from the backup of ")
    assert "broken-" in result.out and "Traceback" not in result.err


def test_restore_errors_exit_2_with_one_line(cli, tmp_path: Path) -> None:
    path = _project_with_backups(tmp_path, edits=1)
    too_far = cli("backups", path, "--restore", "9")
    assert too_far.code == 2
    assert too_far.err_lines == [too_far.err_lines[0]] and "no backup 9" in too_far.err
    zero = cli("backups", path, "--restore", "0")
    assert zero.code == 2 and "must be 1 or more" in zero.err
    none = cli("backups", tmp_path / "other.counterweight", "--restore", "1")
    assert none.code == 2 and "no automatic backups" in none.err


def test_restore_refused_while_open_elsewhere(cli, tmp_path: Path) -> None:
    path = _project_with_backups(tmp_path, edits=1)
    with ProjectStore.open(path) as store:
        store.record_event("Later edit", "not in any backup yet")
        result = cli("backups", path, "--restore", "1")
        assert len(store.audit_log()) == 3  # the open project was left alone
    assert result.code == 2
    assert "open in another Counterweight window" in result.err
    assert "Traceback" not in result.err
    assert not list(tmp_path.glob("plan.counterweight.broken-*"))


def test_a_sound_file_is_kept_as_replaced_and_a_newer_one_as_newer(cli, tmp_path: Path) -> None:
    """QA pass 13: the CLI named every replaced file "broken", even a healthy one."""
    path = _project_with_backups(tmp_path)
    result = cli("backups", path, "--restore", "2", "--json")
    assert result.code == 0, result.err
    assert Path(result.json()["moved_aside"]).name.startswith("plan.counterweight.replaced-")
    KINDS["newer schema"][0](path)
    result = cli("backups", path, "--restore", "1", "--json")
    assert result.code == 0, result.err
    assert Path(result.json()["moved_aside"]).name.startswith("plan.counterweight.newer-")
