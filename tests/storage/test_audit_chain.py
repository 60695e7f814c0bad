"""The audit log's hash chain: tampering done behind the app's back with sqlite3 shows.

The hash formula is written out again here from its description in docs/audit.md
(canonical JSON array, SHA-256), not imported, so a silent change of format fails.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from counterweight.domain import Option, Score
from counterweight.storage import ProjectStore

from tests.storage.builders import grid_decision, rebuild, replace_score, rich_decision

FIXTURES = Path(__file__).parent / "fixtures"
OLD_FILES = [FIXTURES / "v1_example.counterweight", FIXTURES / "v2_example.counterweight"]


# ------------------------------------------------------------------ helpers (independent of the code)


def _sha(payload: list[object]) -> str:
    return hashlib.sha256(json.dumps(payload, separators=(",", ":")).encode("ascii")).hexdigest()


def expected_genesis(decision_id: str, created_at: str) -> str:
    return _sha(["counterweight-audit-genesis-v1", decision_id, created_at])


def expected_row_hash(row: tuple[object, ...], prev_hash: str) -> str:
    return _sha(["counterweight-audit-row-v1", *row, prev_hash])


def raw(path: Path) -> sqlite3.Connection:
    """A plain sqlite3 connection, as someone editing the file outside the app would use."""
    return sqlite3.connect(path, isolation_level=None)


def rows_of(path: Path) -> list[tuple[object, ...]]:
    with raw(path) as conn:
        return conn.execute(
            'SELECT id, at, "user", action, target, old, new, prev_hash, hash FROM audit ORDER BY id').fetchall()


def edited_project(folder: Path, edits: int) -> Path:
    """A closed project with ``edits`` score changes after its creation entry."""
    path = folder / "p.counterweight"
    d = grid_decision(6, 5, groups=2)
    with ProjectStore.create(path, d) as store:
        for k in range(edits):
            new = replace_score(d, f"O{k % 6}", f"C{k % 5}", value=float(k % 90), rationale=f"edit {k}")
            store.commit(d, new, action="Set score", target=f"score O{k % 6} × C{k % 5}",
                         before=None, after={"value": float(k % 90)})
            d = new
    return path


def verify(path: Path, **kwargs: object):
    with ProjectStore.open(path, read_only=True) as store:
        return store.verify_audit(**kwargs)


@pytest.fixture
def project(folder: Path) -> Iterator[Path]:
    yield edited_project(folder, 9)  # entries 1..10


# ------------------------------------------------------------------ intact logs


def test_untouched_project_verifies_after_100_edits(folder: Path) -> None:
    path = edited_project(folder, 100)
    report = verify(path)
    assert report.ok and report.problem == "" and report.first_bad_row_id is None
    assert report.rows_checked == 101
    assert report.head_hash == rows_of(path)[-1][-1]
    assert report.chained_on_upgrade == 0 and report.note == ""


def test_stored_hashes_follow_the_documented_formula(project: Path) -> None:
    with raw(project) as conn:
        decision_id, created_at = conn.execute("SELECT decision_id, created_at FROM project").fetchone()
    prev = expected_genesis(decision_id, created_at)
    for *content, prev_hash, digest in rows_of(project):
        assert prev_hash == prev
        assert digest == expected_row_hash(tuple(content), prev_hash)
        prev = digest


def test_chain_continues_across_reopen_save_as_and_a_failed_commit(folder: Path) -> None:
    d = rich_decision()
    path = folder / "a.counterweight"
    with ProjectStore.create(path, d) as store:
        d2 = replace_score(d, "O1", "cost", value=9.0)
        store.commit(d, d2, action="Set score", target="t", before=None, after=9)
        # a commit that fails (``old`` lies about the file) leaves no row and no stale cached head
        lying = rebuild(d2, options=[*d2.options, Option(id="X", name="Ghost")])
        bad = rebuild(lying, scores=[*d2.scores, Score(option_id="X", criterion_id="cost", value=1)])
        with pytest.raises(sqlite3.IntegrityError):
            store.commit(lying, bad, action="bad", target="t", before=None, after=None)
        store.record_event("Export", "brief.pdf")
    with ProjectStore.open(path) as store:
        d3 = replace_score(d2, "O2", "cost", value=1.0)
        store.commit(d2, d3, action="Set score", target="t", before=None, after=1)
        copy = store.save_as(folder / "b.counterweight")
    with copy:
        assert copy.verify_audit().ok
        assert [e.action for e in copy.audit_log()] == [
            "Save as", "Set score", "Export", "Set score", "Create project"]
    assert verify(path).ok and verify(path).rows_checked == 4


def test_audit_log_reads_one_action_newest_first(folder: Path) -> None:
    """``action=`` filters in SQL; with ``limit`` it keeps the newest entries of that action."""
    path = edited_project(folder, 4)
    with ProjectStore.open(path) as store:
        for k in range(3):
            store.record_event("Export", f"brief-{k}.pdf")
        store.record_event("Print", "printer")
        seen: list[str] = []
        assert store._conn is not None
        store._conn.set_trace_callback(seen.append)
        exports = store.audit_log(action="Export")
        assert [e.target for e in exports] == ["brief-2.pdf", "brief-1.pdf", "brief-0.pdf"]
        assert any("WHERE action = 'Export'" in sql for sql in seen), seen  # filtered by SQLite
        assert [e.target for e in store.audit_log(2, action="Export")] == ["brief-2.pdf", "brief-1.pdf"]
        assert [e.action for e in store.audit_log(action="Set score")] == ["Set score"] * 4
        assert store.audit_log(action="Never done") == []
        assert len(store.audit_log()) == 4 + 3 + 1 + 1  # creation entry included


def test_commit_reads_the_chain_head_once_then_uses_its_cache(folder: Path) -> None:
    d = rich_decision()
    with ProjectStore.create(folder / "p.counterweight", d) as store:
        seen: list[str] = []
        assert store._conn is not None
        store._conn.set_trace_callback(seen.append)
        heads = []
        for k in range(3):
            seen.clear()
            new = replace_score(d, "O1", "cost", value=float(k + 10))
            store.commit(d, new, action="Set score", target="t", before=None, after=None)
            d = new
            heads.append(sum("sqlite_sequence" in s for s in seen))
        store._conn.set_trace_callback(None)
        assert heads == [1, 0, 0]
        assert store.verify_audit().ok


# ------------------------------------------------------------------ tampering


@pytest.mark.parametrize(("column", "value"), [
    ("new", '{"value":1.0}'),
    ("old", '"forged"'),
    ("at", "2020-01-01T00:00:00.000Z"),
    ('"user"', "someone-else"),
    ("action", "Something harmless"),
    ("target", "score O1 × C1"),
])
def test_an_edited_row_is_named(project: Path, column: str, value: str) -> None:
    with raw(project) as conn:
        conn.execute(f"UPDATE audit SET {column} = ? WHERE id = 6", (value,))
    report = verify(project)
    assert not report.ok
    assert report.first_bad_row_id == 6
    assert "entry 6" in report.problem and "changed" in report.problem


def test_an_edited_row_with_its_own_hash_recomputed_shows_at_the_next_row(project: Path) -> None:
    rows = rows_of(project)
    row = list(rows[3])  # id 4
    row[6] = '{"value":-1.0}'
    forged = expected_row_hash(tuple(row[:7]), row[7])
    with raw(project) as conn:
        conn.execute("UPDATE audit SET new = ?, hash = ? WHERE id = 4", (row[6], forged))
    report = verify(project)
    assert not report.ok and report.first_bad_row_id == 5
    assert "does not follow entry 4" in report.problem


def test_a_deleted_row_is_reported(project: Path) -> None:
    with raw(project) as conn:
        conn.execute("DELETE FROM audit WHERE id = 4")
    report = verify(project)
    assert not report.ok and report.first_bad_row_id == 4
    assert "entry 4 is missing" in report.problem


def test_a_deleted_first_row_is_reported(project: Path) -> None:
    with raw(project) as conn:
        conn.execute("DELETE FROM audit WHERE id = 1")
    report = verify(project)
    assert not report.ok and report.first_bad_row_id == 1


def test_rows_cut_from_the_end_are_reported(project: Path) -> None:
    with raw(project) as conn:
        conn.execute("DELETE FROM audit WHERE id >= 9")
    report = verify(project)
    assert not report.ok and report.first_bad_row_id == 9
    assert "entries 9 to 10 are missing from the end" in report.problem


def test_ids_are_not_reused_after_a_deleted_last_row(project: Path) -> None:
    with raw(project) as conn:
        conn.execute("DELETE FROM audit WHERE id = 10")
    with ProjectStore.open(project) as store:
        store.record_event("Export", "brief.pdf")
    assert [r[0] for r in rows_of(project)][-2:] == [9, 11]
    report = verify(project)
    assert not report.ok and report.first_bad_row_id == 10


def test_swapped_rows_are_reported(project: Path) -> None:
    with raw(project) as conn:
        conn.execute("BEGIN")
        conn.execute("UPDATE audit SET id = -1 WHERE id = 3")
        conn.execute("UPDATE audit SET id = 3 WHERE id = 7")
        conn.execute("UPDATE audit SET id = 7 WHERE id = -1")
        conn.execute("COMMIT")
    report = verify(project)
    assert not report.ok and report.first_bad_row_id == 3


def test_an_inserted_row_is_reported(project: Path) -> None:
    rows = rows_of(project)
    with raw(project) as conn:
        conn.execute("BEGIN")
        for row in reversed(rows[5:]):  # make room after entry 5
            conn.execute("UPDATE audit SET id = ? WHERE id = ?", (row[0] + 1, row[0]))
        conn.execute('INSERT INTO audit (id, at, "user", action, target, old, new, prev_hash, hash)'
                     " VALUES (6, ?, 'x', 'Set score', 't', NULL, NULL, ?, 'f00')", (rows[5][1], rows[4][8]))
        conn.execute("COMMIT")
    report = verify(project)
    assert not report.ok and report.first_bad_row_id == 6


def test_a_log_moved_from_another_project_does_not_verify(folder: Path) -> None:
    a = edited_project(folder, 3)
    b = folder / "other.counterweight"
    d = rebuild(grid_decision(6, 5, groups=2), id="another-decision")
    ProjectStore.create(b, d).close()
    with raw(b) as conn:
        conn.execute("DELETE FROM audit")
        conn.execute(f"ATTACH DATABASE '{a}' AS src")
        conn.execute("INSERT INTO audit SELECT * FROM src.audit")
        conn.execute("DETACH DATABASE src")
    report = verify(b)
    assert not report.ok and report.first_bad_row_id == 1
    assert "start of the history" in report.problem


def test_a_recomputed_chain_passes_but_not_against_a_recorded_head(project: Path) -> None:
    """The documented limit (no secret key) and its mitigation (a head hash kept elsewhere)."""
    recorded = verify(project).head_hash
    with raw(project) as conn:
        conn.execute("UPDATE audit SET new = '{\"value\":0.0}' WHERE id = 3")
        decision_id, created_at = conn.execute("SELECT decision_id, created_at FROM project").fetchone()
        prev = expected_genesis(decision_id, created_at)
        for *content, _, _ in rows_of(project):
            digest = expected_row_hash(tuple(content), prev)
            conn.execute("UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?", (prev, digest, content[0]))
            prev = digest
    assert verify(project).ok  # undetectable by the chain alone
    report = verify(project, expect_head=recorded)
    assert not report.ok and report.first_bad_row_id is None
    assert "head hash" in report.problem


def test_a_recorded_head_is_found_later_also_shortened(project: Path) -> None:
    recorded = verify(project).head_hash
    with ProjectStore.open(project) as store:
        store.record_event("Export", "brief.pdf")
    assert verify(project, expect_head=recorded).ok
    assert verify(project, expect_head=recorded[:16]).ok
    assert not verify(project, expect_head=recorded[:15]).ok  # too short to be trusted


# ------------------------------------------------------------------ old files


@pytest.mark.parametrize("fixture", OLD_FILES, ids=lambda p: p.stem)
def test_old_files_verify_after_upgrade(folder: Path, fixture: Path) -> None:
    path = folder / "old.counterweight"
    shutil.copyfile(fixture, path)
    with ProjectStore.open(path, read_only=True) as store:  # upgraded in memory only
        report = store.verify_audit()
        assert report.ok and report.rows_checked == 1 and report.chained_on_upgrade == 1
        assert "before" in report.note
    with ProjectStore.open(path) as store:  # upgraded on disk (+ an "Upgrade project file" entry)
        assert store.verify_audit().ok
    report = verify(path)
    assert report.ok and report.rows_checked == 2
    assert report.chained_on_upgrade == 1  # the fixture's own entry, not the upgrade entry
    first, second = rows_of(path)
    assert first[3] == "Create project" and second[3] == "Upgrade project file"
    with raw(path) as conn:
        conn.execute("UPDATE audit SET \"user\" = 'mallory' WHERE id = 1")
    assert verify(path).first_bad_row_id == 1


def test_history_still_reads_after_unreadable_tampering(project: Path) -> None:
    with raw(project) as conn:
        conn.execute("UPDATE audit SET new = 'not json', at = 'yesterday' WHERE id = 2")
    with ProjectStore.open(project, read_only=True) as store:
        entry = next(e for e in store.audit_log() if e.id == 2)
        assert entry.new == "not json" and entry.at.year == 1970
        assert store.verify_audit().first_bad_row_id == 2
