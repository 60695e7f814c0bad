"""A project whose last run was killed says so when it is opened again (QA pass 24, gaps).

A clean close removes the project's lock file; a killed run (kill -9, a crash, a power cut)
leaves it behind with the holder's details. The next run that takes the lock finds it and
the window says the project was not closed properly, and where to look, instead of only
"Opened p.counterweight".
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from counterweight.services.session import ProjectSession
from counterweight.storage.audit import current_user
from counterweight.storage.store import ProjectStore
from tests.storage.builders import grid_decision
from tests.storage.test_locking import start_child

posix_only = pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL and POSIX locks")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "p.counterweight"
    ProjectStore.create(path, grid_decision(3, 2)).close()
    return path


def _killed_run(path: Path) -> int:
    """Open ``path`` for writing in another process and kill it there; returns its pid."""
    child = start_child("hold", path)
    try:
        assert child.stdout is not None and child.stdout.readline().startswith("ready")
        pid = child.pid
    finally:
        child.kill()
        child.wait()
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    return pid


def test_a_clean_close_leaves_nothing_to_report(project: Path) -> None:
    ProjectStore.open(project).close()
    with ProjectSession.open(project) as session:
        assert session.not_closed_properly is None


@posix_only
def test_a_killed_run_is_named_when_the_project_is_opened_again(project: Path) -> None:
    pid = _killed_run(project)
    with ProjectSession.open(project) as session:
        assert not session.read_only
        assert session.not_closed_properly is not None
        assert session.not_closed_properly.startswith(f"{current_user()}@")
        assert session.not_closed_properly.endswith(f"pid {pid}")
    with ProjectSession.open(project) as again:  # that close was clean: nothing to say the next time
        assert again.not_closed_properly is None


@posix_only
def test_a_read_only_open_does_not_claim_it(project: Path) -> None:
    _killed_run(project)
    with ProjectSession.open(project, read_only=True) as session:
        assert session.not_closed_properly is None  # it did not take the lock, so it cannot tell
