"""Fixtures for GUI tests: a session controller on a fresh project in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from counterweight.services import exchange  # noqa: E402
from counterweight.services.session import ProjectSession  # noqa: E402
from counterweight.locations import example_decision_path  # noqa: E402
from tests.factories import small_decision  # noqa: E402


@pytest.fixture
def small_session(tmp_path: Path):
    session = ProjectSession.create(tmp_path / "small.counterweight", small_decision())
    yield session
    session.close()


@pytest.fixture
def controller(qtbot, small_session):
    from counterweight.ui.session_controller import SessionController

    ctl = SessionController(small_session)
    yield ctl
    ctl.undo_stack.clear()


@pytest.fixture
def example_session(tmp_path: Path):
    decision = exchange.read_file(example_decision_path())
    session = ProjectSession.create(tmp_path / "example.counterweight", decision)
    yield session
    session.close()
