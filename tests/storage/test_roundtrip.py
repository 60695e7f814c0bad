"""Creating, loading and closing project files; connection settings; the audit log."""

from __future__ import annotations

import getpass
import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from counterweight.domain import ProjectFileError
from counterweight.storage import FORMAT_MARKER, ProjectStore, audit
from tests.storage.builders import grid_decision, replace_score, rich_decision


def test_create_then_load_returns_the_same_decision(folder: Path) -> None:
    d = rich_decision()
    path = folder / "rich.counterweight"
    with ProjectStore.create(path, d) as store:
        assert store.load() == d
        assert not store.read_only and store.read_only_reason == ""
    with ProjectStore.open(path) as store:
        loaded = store.load()
    assert loaded == d
    # spot checks that equality is not vacuous
    assert loaded.score("O2", "risk.civ").value == 0.1 + 0.2
    assert loaded.criterion("risk.esc.reg").parent_id == "risk.esc"
    assert loaded.score("O1", "risk.civ").evidence[0].locator == "p. 14, table 2"
    assert loaded.option("O3").description == "Ünïcödé ✓ «quotes»"


def test_large_decision_round_trip(folder: Path) -> None:
    d = grid_decision(30, 12)
    with ProjectStore.create(folder / "g.counterweight", d) as store:
        assert store.load() == d


def test_new_file_is_private_and_self_contained_after_close(folder: Path) -> None:
    path = folder / "p.counterweight"
    ProjectStore.create(path, rich_decision()).close()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == ["p.counterweight"]
    # At rest the file uses a rollback journal (header bytes 18/19 == 1), so it
    # opens read-only from anywhere without -wal/-shm files.
    assert path.read_bytes()[18:20] == b"\x01\x01"


def test_create_refuses_to_overwrite_unless_asked(folder: Path) -> None:
    path = folder / "p.counterweight"
    path.write_text("precious")
    with pytest.raises(ProjectFileError, match="already exists"):
        ProjectStore.create(path, rich_decision())
    assert path.read_text() == "precious"
    with ProjectStore.create(path, grid_decision(2, 2), overwrite=True) as store:
        assert store.load() == grid_decision(2, 2)


def test_every_writable_connection_has_the_required_pragmas(folder: Path) -> None:
    with ProjectStore.create(folder / "p.counterweight", rich_decision()) as store:
        conn = store._conn
        assert conn is not None
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0


def test_foreign_keys_are_enforced(folder: Path) -> None:
    with ProjectStore.create(folder / "p.counterweight", rich_decision()) as store:
        conn = store._conn
        assert conn is not None
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            conn.execute("INSERT INTO scores (option_id, criterion_id, value) VALUES ('nobody', 'cost', 1)")
        with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
            conn.execute("DELETE FROM options WHERE id = 'O1'")  # still has scores


def test_project_row_carries_the_format_marker(folder: Path) -> None:
    path = folder / "p.counterweight"
    ProjectStore.create(path, rich_decision()).close()
    conn = sqlite3.connect(path)
    try:
        fmt, decision_id, created_at, version = conn.execute(
            "SELECT format, decision_id, created_at, app_version FROM project"
        ).fetchone()
    finally:
        conn.close()
    assert (fmt, decision_id) == (FORMAT_MARKER, "dec-rich")
    assert created_at.endswith("Z") and version


def test_audit_rows_record_user_action_and_values(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "analyst-7")
    d = rich_decision()
    d2 = replace_score(d, "O1", "cost", value=42.0)
    with ProjectStore.create(folder / "p.counterweight", d) as store:
        store.commit(d, d2, action="Set score", target="score O1 × Cost (€m)",
                     before=d.score("O1", "cost"), after=d2.score("O1", "cost"))
        store.commit(d2, d2, action="Note", target="nothing", before={"a": {1, 2}}, after=None)
        log = store.audit_log()
        assert [e.action for e in log] == ["Note", "Set score", "Create project"]
        assert [e.action for e in store.audit_log(limit=1)] == ["Note"]
    entry = log[1]
    assert entry.user == "analyst-7"
    assert entry.target == "score O1 × Cost (€m)"
    assert entry.old["value"] == 0 and entry.new["value"] == 42.0
    assert entry.at.tzinfo is not None and entry.at <= log[0].at
    assert log[0].old == {"a": [1, 2]} and log[0].new is None
    assert log[0].id > log[1].id > log[2].id


def test_user_name_falls_back_when_getuser_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> str:
        raise OSError("no login name")

    monkeypatch.setattr(getpass, "getuser", broken)
    monkeypatch.setenv("USER", "from-env")
    monkeypatch.delenv("USERNAME", raising=False)
    assert audit.current_user() == "from-env"
    monkeypatch.delenv("USER")
    assert audit.current_user() == "unknown"


def test_audit_values_never_block_a_save() -> None:
    class Opaque:
        def __repr__(self) -> str:
            return "<opaque>"

    assert json.loads(audit.to_json([Opaque()])) == ["<opaque>"]
    assert audit.to_json(None) is None


def test_closed_store_refuses_use(folder: Path) -> None:
    store = ProjectStore.create(folder / "p.counterweight", rich_decision())
    store.close()
    store.close()  # twice is fine
    with pytest.raises(ProjectFileError, match="closed"):
        store.load()
