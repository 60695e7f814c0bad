"""``counterweight audit verify`` and ``counterweight audit log``."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from counterweight.services.edits import SetScore, SetWeight
from counterweight.services.session import ProjectSession

from tests.cli.conftest import Result, run_subprocess
from tests.factories import small_decision

FIXTURE_V1 = Path(__file__).resolve().parents[1] / "storage" / "fixtures" / "v1_example.counterweight"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _count_rows(path: Path) -> int:
    with sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True) as conn:
        n = conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    conn.close()
    return n


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project with five entries: creation, three score edits, one weight edit."""
    path = tmp_path / "edited.counterweight"
    with ProjectSession.create(path, small_decision()) as session:
        for value in (3.0, 5.0, 7.0):
            score = session.decision.score("c", "effect").model_copy(update={"value": value})
            session.apply(SetScore("c", "effect", score))
        session.apply(SetWeight("cost", 4))
    return path


def test_verify_ok(cli: Callable[..., Result], project: Path) -> None:
    before = _sha(project)
    result = cli("audit", "verify", project)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0] == f"OK: {_count_rows(project)} rows verified"
    assert lines[1].startswith("head: ") and len(lines[1]) == len("head: ") + 64
    assert _sha(project) == before


def test_verify_reports_the_first_edited_row(cli: Callable[..., Result], project: Path) -> None:
    with sqlite3.connect(project) as conn:
        conn.execute("UPDATE audit SET new = '{\"value\":99.0}' WHERE id = 3")
        conn.execute("UPDATE audit SET \"user\" = 'someone' WHERE id = 4")
    conn.close()
    result = cli("audit", "verify", project)
    assert result.code == 1
    assert result.out.startswith("TAMPERED: row 3: ")
    assert len(result.out.splitlines()) == 1


def test_verify_reports_a_deleted_row(cli: Callable[..., Result], project: Path) -> None:
    with sqlite3.connect(project) as conn:
        conn.execute("DELETE FROM audit WHERE id = 2")
    conn.close()
    result = cli("audit", "verify", project)
    assert result.code == 1 and result.out.startswith("TAMPERED: row 2: ")
    assert "missing" in result.out


def test_verify_against_a_recorded_head(cli: Callable[..., Result], project: Path) -> None:
    head = cli("audit", "verify", project).out.splitlines()[1].removeprefix("head: ")
    assert cli("audit", "verify", project, "--head", head[:20]).code == 0
    other = cli("audit", "verify", project, "--head", "ab" * 32)
    assert other.code == 1 and other.out.startswith("TAMPERED: ") and "head hash" in other.out
    bad = cli("audit", "verify", project, "--head", "xyz")
    assert bad.code == 2 and "head hash" in bad.err


@pytest.mark.parametrize("kind", ["missing", "json", "text", "folder"])
def test_verify_refuses_what_is_not_a_project(cli: Callable[..., Result], tmp_path: Path,
                                              small_json: Path, kind: str) -> None:
    target = {
        "missing": tmp_path / "gone.counterweight",
        "json": small_json,
        "text": tmp_path / "notes.counterweight",
        "folder": tmp_path,
    }[kind]
    if kind == "text":
        target.write_text("just some words\n", encoding="utf-8")
    result = cli("audit", "verify", target)
    assert result.code == 2, result
    assert len(result.err_lines) == 1 and result.err.startswith("counterweight: error:")
    assert target.name in result.err
    assert result.out == ""


def test_verify_an_old_format_file_without_changing_it(cli: Callable[..., Result], tmp_path: Path) -> None:
    path = tmp_path / "old.counterweight"
    shutil.copyfile(FIXTURE_V1, path)
    result = cli("audit", "verify", path)
    assert result.code == 0
    assert result.out.splitlines()[0] == "OK: 1 row verified"
    assert "note:" in result.out and "cannot be detected" in result.out
    assert _sha(path) == _sha(FIXTURE_V1)


def test_log_lists_newest_first(cli: Callable[..., Result], project: Path) -> None:
    result = cli("audit", "log", project)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert lines[0].split()[:3] == ["#", "when", "(UTC)"]
    ids = [int(line.split()[0]) for line in lines[2:]]
    assert ids == [5, 4, 3, 2, 1]
    assert "Change weight" in lines[2] and "Create project" in lines[-1]
    limited = cli("audit", "log", project, "--limit", "2")
    assert [int(line.split()[0]) for line in limited.out.splitlines()[2:]] == [5, 4]


def test_log_json(cli: Callable[..., Result], project: Path) -> None:
    result = cli("audit", "log", project, "--json", "--limit", "3")
    assert result.code == 0, result.err
    data = result.json()
    entries = data["entries"]
    assert [e["id"] for e in entries] == [5, 4, 3]
    assert entries[0]["action"] == "Change weight" and entries[0]["old"] == 1 and entries[0]["new"] == 4
    assert entries[1]["old"]["value"] == 5.0 and entries[1]["new"]["value"] == 7.0
    assert all(len(e["hash"]) == 64 and e["at"].endswith("Z") for e in entries)


def test_log_rejects_a_bad_limit(cli: Callable[..., Result], project: Path) -> None:
    result = cli("audit", "log", project, "--limit", "0")
    assert result.code == 2 and "--limit" in result.err


def test_exit_status_through_the_real_entry_point(project: Path) -> None:
    assert run_subprocess(["audit", "verify", project]).code == 0
    with sqlite3.connect(project) as conn:
        conn.execute("UPDATE audit SET action = 'nothing to see' WHERE id = 5")
    conn.close()
    tampered = run_subprocess(["audit", "verify", project])
    assert tampered.code == 1 and tampered.out.startswith("TAMPERED: row 5: ")
