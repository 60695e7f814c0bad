"""Files that are not healthy projects are refused with a clear message and left untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from counterweight.domain import NotAProjectError, ProjectFileError, ProjectTooNewError
from counterweight.storage import ProjectStore
from tests.storage.builders import rich_decision


def _snapshot(folder: Path) -> dict[str, str]:
    """Name -> sha256 of every file in ``folder``: shows any change or new side file."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _project(folder: Path, name: str = "p.counterweight") -> Path:
    path = folder / name
    ProjectStore.create(path, rich_decision()).close()
    return path


def _refused(path: Path, error: type[Exception], match: str) -> ProjectFileError:
    before = _snapshot(path.parent)
    with pytest.raises(error, match=match) as info:
        ProjectStore.open(path)
    assert _snapshot(path.parent) == before, "a refused file (or its folder) was modified"
    assert path.name in str(info.value)  # the message names the file
    assert isinstance(info.value, ProjectFileError)
    return info.value


def test_missing_file(folder: Path) -> None:
    with pytest.raises(ProjectFileError, match="does not exist") as info:
        ProjectStore.open(folder / "nowhere.counterweight")
    assert "nowhere.counterweight" in str(info.value)
    assert list(folder.iterdir()) == []


def test_folder_instead_of_file(folder: Path) -> None:
    (folder / "dir.counterweight").mkdir()
    with pytest.raises(ProjectFileError, match="folder"):
        ProjectStore.open(folder / "dir.counterweight")


def test_text_file_with_project_extension(folder: Path) -> None:
    path = folder / "notes.counterweight"
    path.write_text("Option A is best.\n" * 50, encoding="utf-8")
    _refused(path, NotAProjectError, "not a Counterweight project")


def test_empty_file(folder: Path) -> None:
    path = folder / "empty.counterweight"
    path.write_bytes(b"")
    _refused(path, NotAProjectError, "empty")


@pytest.mark.parametrize("keep", [50, 100, 4096, 0.5])
def test_truncated_project(folder: Path, keep: float) -> None:
    path = _project(folder)
    data = path.read_bytes()
    size = int(len(data) * keep) if isinstance(keep, float) else keep
    path.write_bytes(data[:size])
    _refused(path, ProjectFileError, "damaged")


def _root_page(path: Path, table: str) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        conn.close()
    return (root - 1) * page_size


@pytest.mark.parametrize("where", ["page size", "scores root page", "criteria root page"])
def test_byte_flipped_project(folder: Path, where: str) -> None:
    path = _project(folder)
    offset = {
        "page size": 16,  # header field: the page size
        "scores root page": _root_page(path, "scores"),  # b-tree page type byte
        "criteria root page": _root_page(path, "criteria"),
    }[where]
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    err = _refused(path, ProjectFileError, "damaged")
    assert not isinstance(err, ProjectTooNewError)


def test_sqlite_database_of_another_program(folder: Path) -> None:
    path = folder / "other.counterweight"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers VALUES (1, 'x')")
    conn.commit()
    conn.close()
    _refused(path, NotAProjectError, "not a Counterweight project")


def test_sqlite_database_with_other_migrations(folder: Path) -> None:
    path = folder / "other.counterweight"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE _sqlite_migrations (id INTEGER PRIMARY KEY, migration_set TEXT, name TEXT,"
                 " applied_at TEXT)")
    conn.execute("INSERT INTO _sqlite_migrations VALUES (1, 'someone-else', 'm001_x', '2024')")
    conn.execute("CREATE TABLE project (id INTEGER PRIMARY KEY, format TEXT)")
    conn.commit()
    conn.close()
    _refused(path, NotAProjectError, "not a Counterweight project")


def test_newer_version_is_refused_and_untouched(folder: Path) -> None:
    path = _project(folder)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
                 " VALUES ('counterweight', 'm099_from_the_future', '2030-01-01')")
    conn.commit()
    conn.close()
    _refused(path, ProjectTooNewError, "newer version of Counterweight; upgrade")


def _corrupt_row(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute(sql)
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("sql", "names"),
    [
        ("UPDATE options SET name = '' WHERE id = 'O2'", ["options", "'O2'", "name"]),
        ("UPDATE criteria SET scale = '{not json' WHERE id = 'cost'", ["criteria", "'cost'", "JSON"]),
        ("UPDATE criteria SET direction = 'sideways' WHERE id = 'cost'", ["criteria", "'cost'", "direction"]),
        ("UPDATE scores SET evidence = '[{\"source\": \"\"}]' WHERE option_id = 'O1' AND criterion_id = 'cost'",
         ["scores", "'O1'", "'cost'"]),
        ("UPDATE scores SET evidence = 5 WHERE option_id = 'O1' AND criterion_id = 'cost'",
         ["scores", "'O1'", "'cost'", "evidence"]),
        ("UPDATE scores SET low = 9, high = 1 WHERE option_id = 'O1' AND criterion_id = 'cost'",
         ["scores", "'O1'", "'cost'", "low end"]),
        ("UPDATE scores SET level = 'Enormous' WHERE option_id = 'O2' AND criterion_id = 'risk.esc.reg'",
         ["Enormous"]),
        ("UPDATE project SET method = '{\"aggregation\": \"magic\"}'", ["project", "method"]),
    ],
)
def test_rows_breaking_domain_rules_name_table_and_row(folder: Path, sql: str, names: list[str]) -> None:
    path = _project(folder)
    _corrupt_row(path, sql)
    with ProjectStore.open(path) as store, pytest.raises(ProjectFileError) as info:
        store.load()
    text = f"{info.value} {info.value.detail}"
    for name in names:
        assert name in text, text
    assert str(path) == info.value.where


def test_garbled_schema_text_is_reported_as_damage(folder: Path) -> None:
    """Bytes that are not UTF-8 inside the stored schema (issue 6): a clear message, not a crash."""
    path = _project(folder)
    data = path.read_bytes()
    at = data.index(b"scoresscores")  # the schema row's name and table name, side by side
    path.write_bytes(data[:at] + b"\xff\xfe" + data[at + 2 :])  # same length: only the name is garbled
    err = _refused(path, ProjectFileError, "damaged")
    assert isinstance(err.__cause__, UnicodeDecodeError)
    assert "garbled" in err.message


def test_of_two_bad_score_rows_the_first_in_option_order_is_named(folder: Path) -> None:
    """Scores are read in storage order and checked in one call (issue 6); a refusal still
    names the first bad row in option-then-criterion order, not the first one stored."""
    path = _project(folder)
    conn = sqlite3.connect(path)
    # Re-store O3's benefit score, then O1's, so storage order is O3 before O1.
    for option in ("O3", "O1"):
        where = "option_id = ? AND criterion_id = 'benefit.eff'"
        row = conn.execute(f"SELECT * FROM scores WHERE {where}", (option,)).fetchone()
        conn.execute(f"DELETE FROM scores WHERE {where}", (option,))
        conn.execute(f"INSERT INTO scores VALUES ({', '.join('?' * len(row))})", row)
    conn.execute("UPDATE scores SET low = 90, high = 1 WHERE criterion_id = 'benefit.eff' AND option_id IN ('O1', 'O3')")
    conn.commit()
    stored = [r[0] for r in conn.execute("SELECT option_id FROM scores WHERE criterion_id = 'benefit.eff' ORDER BY rowid")]
    conn.close()
    assert stored.index("O3") < stored.index("O1")
    with ProjectStore.open(path) as store, pytest.raises(ProjectFileError) as info:
        store.load()
    assert "'O1'" in str(info.value) and "'O3'" not in str(info.value)


def test_unreadable_evidence_json_names_the_score_row(folder: Path) -> None:
    path = _project(folder)
    _corrupt_row(path, "UPDATE scores SET evidence = '[{oops' WHERE option_id = 'O2' AND criterion_id = 'cost'")
    with ProjectStore.open(path) as store, pytest.raises(ProjectFileError) as info:
        store.load()
    assert "'O2'" in str(info.value) and "'cost'" in str(info.value) and "JSON" in str(info.value)


def test_a_disk_io_error_is_not_called_damage(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite says "disk I/O error" for a healthy file renamed while another window held it open."""
    from counterweight.storage import sqlite_io

    path = _project(folder)
    real = sqlite_io.connect_read_only

    class Failing:
        def __init__(self, conn: sqlite3.Connection) -> None:
            self._conn = conn

        def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
            if sql.startswith("PRAGMA quick_check"):
                raise sqlite3.OperationalError("disk I/O error")
            return self._conn.execute(sql, *args)

        def close(self) -> None:
            self._conn.close()

    monkeypatch.setattr(sqlite_io, "connect_read_only", lambda p: Failing(real(p)))
    error = _refused(path, ProjectFileError, "reading it failed")
    assert "damaged" not in str(error) and "in another window" in str(error)
