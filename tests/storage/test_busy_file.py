"""Another program writing the project file: a save is refused soon, clearly, and can be tried again.

Counterweight's own windows and commands never write one file at once (the project
lock). A foreign program can: a database tool that holds a write transaction open until
its user writes the changes. SQLite then answers "database is locked" once the busy
timeout runs out.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from counterweight.domain import ProjectBusyError, ProjectFileError
from counterweight.storage import ProjectStore, sqlite_io
from tests.storage.builders import replace_score, rich_decision


@pytest.fixture
def other_program(tmp_path: Path) -> Iterator[tuple[Path, sqlite3.Connection]]:
    """A project file, and a foreign connection that will hold its write lock."""
    path = tmp_path / "p.counterweight"
    ProjectStore.create(path, rich_decision()).close()
    conn = sqlite3.connect(path, isolation_level=None)
    yield path, conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


def test_a_save_while_another_program_writes_is_refused_by_name_and_saves_nothing(other_program) -> None:
    path, foreign = other_program
    d = rich_decision()
    changed = replace_score(d, "O1", "cost", value=3.0)
    with ProjectStore.open(path) as store:
        foreign.execute("BEGIN IMMEDIATE")  # the other program's unwritten changes
        with pytest.raises(ProjectBusyError) as caught:
            store.commit(d, changed, action="Set score", target="t", before=None, after=None)
        message = caught.value.message
        assert "another program" in message and "\u201cp.counterweight\u201d" in message and "try again" in message
        assert "database is locked" not in message  # SQLite's words are in .detail, not in the sentence
        assert isinstance(caught.value, ProjectFileError)  # callers that handle file errors handle it too
        foreign.execute("ROLLBACK")
        assert store.load() == d and len(store.audit_log()) == 1
        store.commit(d, changed, action="Set score", target="t", before=None, after=None)  # the same, again
        assert store.load() == changed
        assert [e.action for e in store.audit_log()][0] == "Set score"
        assert store.verify_audit().ok


def test_an_audit_event_meets_the_same_clear_error(other_program) -> None:
    """Recording an export used to let SQLite's own error through as a traceback."""
    path, foreign = other_program
    with ProjectStore.open(path) as store:
        foreign.execute("BEGIN IMMEDIATE")
        with pytest.raises(ProjectBusyError):
            store.record_event("Export brief", "brief.pdf")
        foreign.execute("ROLLBACK")
        store.record_event("Export brief", "brief.pdf")
        assert store.audit_log()[0].action == "Export brief"


def test_a_save_waits_for_another_program_only_briefly(other_program) -> None:
    """The wait for another writer is WRITE_WAIT_MS, not the connection's 5 s busy timeout.

    Checked through the statements run around BEGIN, not with a clock.
    """
    path, _ = other_program
    with ProjectStore.open(path) as store:
        conn = store._connection()
        timeouts: list[str] = []
        conn.set_trace_callback(lambda sql: timeouts.append(sql) if "busy_timeout" in sql else None)
        store.record_event("Export brief", "brief.pdf")
        conn.set_trace_callback(None)
    assert timeouts[0] == f"PRAGMA busy_timeout = {sqlite_io.WRITE_WAIT_MS}"
    assert sqlite_io.WRITE_WAIT_MS < sqlite_io.BUSY_TIMEOUT_MS and sqlite_io.WRITE_WAIT_MS <= 1000
    assert timeouts[-1] == f"PRAGMA busy_timeout = {sqlite_io.BUSY_TIMEOUT_MS}"  # put back for reads and opens


def test_damage_is_not_called_busy(tmp_path: Path) -> None:
    err = sqlite_io.save_refused(tmp_path / "p.counterweight", sqlite3.DatabaseError("disk I/O error"))
    assert not isinstance(err, ProjectBusyError) and "could not be saved" in err.message


def test_a_message_that_names_its_file_is_shown_without_the_path_in_front(tmp_path: Path) -> None:
    from counterweight.domain import CounterweightError

    path = tmp_path / "p.counterweight"
    named = sqlite_io.save_refused(path, sqlite3.OperationalError("database is locked"))
    assert str(named).startswith(str(path))  # logs and the command line keep the location
    assert named.for_window() == named.message
    unnamed = CounterweightError("Row 3: not a number", where="scores.csv")
    assert unnamed.for_window() == "scores.csv: Row 3: not a number"  # the location is news here
    assert CounterweightError("plain").for_window() == "plain"


def test_a_file_another_program_is_writing_opens_read_only_and_says_why(other_program) -> None:
    """The file at rest uses a rollback journal; switching it to WAL needs the other program gone."""
    path, foreign = other_program
    foreign.execute("BEGIN IMMEDIATE")
    foreign.execute("UPDATE project SET format = format")  # changes not written yet
    with ProjectStore.open(path) as store:
        assert store.read_only
        assert "Another program is writing" in store.read_only_reason and "p.counterweight" in store.read_only_reason
        assert store.load() == rich_decision()
    foreign.execute("ROLLBACK")
    with ProjectStore.open(path) as store:  # the program gone, the project opens for changes again
        assert not store.read_only


def test_a_file_locked_outright_is_refused_as_busy_and_no_backup_is_offered(other_program, monkeypatch) -> None:
    from counterweight.services.backups import OpenProblem, classify_open_error

    monkeypatch.setattr(sqlite_io, "BUSY_TIMEOUT_MS", 50)  # the probe's wait, shortened for the test
    path, foreign = other_program
    foreign.execute("BEGIN EXCLUSIVE")
    with pytest.raises(ProjectBusyError, match="another program is writing to it") as caught:
        ProjectStore.open(path)
    assert classify_open_error(caught.value, path) is OpenProblem.OTHER  # healthy: not offered a backup
