"""What a read-only session needs to follow another window's saves (session 27, h27e; the window's side
is tests/ui/test_follow_other_window.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from counterweight.domain.errors import ReadOnlyProjectError
from counterweight.services.edits import UpdateInfo
from counterweight.services.session import ProjectSession
from tests.factories import small_decision


def test_the_file_version_moves_when_the_other_window_saves_and_the_decision_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / "plan.counterweight"
    ProjectSession.create(path, small_decision()).close()
    with ProjectSession.open(path) as first, ProjectSession.open(path) as second:
        assert second.read_only and second.other_window_has_it and not first.other_window_has_it
        version = second.file_version()
        assert second.file_version() == version  # nothing saved: it stays
        first.apply(UpdateInfo("Saved in the first", first.decision.description, first.decision.notice))
        assert second.file_version() != version
        assert second.decision.title == "Small test decision"  # not read again until asked
        decision, evaluation = second.read_file_again()
        assert decision.title == "Saved in the first" and second.decision.title == "Small test decision"
        heard = []
        second.subscribe(heard.append)
        second.show_read_again(decision, evaluation)
        assert second.decision is decision and second.evaluation is evaluation and heard[0].structural
        with pytest.raises(ReadOnlyProjectError):
            first.show_read_again(decision, evaluation)  # a writable session is never read over
        first.close()
        assert not second.other_window_has_it  # closing released the lock and removed its file


def test_a_project_opened_read_only_that_no_window_holds_has_no_one_to_follow(tmp_path: Path) -> None:
    path = tmp_path / "plan.counterweight"
    ProjectSession.create(path, small_decision()).close()
    with ProjectSession.open(path, read_only=True) as session:
        assert session.read_only and not session.other_window_has_it


def test_a_lock_file_left_by_a_killed_window_is_no_one_to_follow(tmp_path: Path) -> None:
    """Review: the lock file of a window that was killed stays; its process has gone, so nobody holds the project
    (before, the read-only window polled for ever and never offered to reopen it for editing)."""
    import json
    import subprocess
    import sys

    from counterweight.storage.audit import current_user, host_name
    from counterweight.storage.locking import lock_path_for

    path = tmp_path / "plan.counterweight"
    ProjectSession.create(path, small_decision()).close()
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                          check=True)
    with ProjectSession.open(path, read_only=True) as session:
        left = {"user": current_user(), "host": host_name(), "pid": int(gone.stdout)}
        lock_path_for(path).write_bytes(b"\n" + json.dumps(left).encode())
        assert not session.other_window_has_it
        lock_path_for(path).write_bytes(b"\n" + json.dumps({**left, "host": "elsewhere"}).encode())
        assert session.other_window_has_it  # another computer's window: it may be there
