"""A project open in two windows, as the second window lives it (QA session 26, h26e).

The second window opens the project read-only while the first has it. Once the first
is closed, opening the project again in the second (File > Open, Open Recent) said
"plan.counterweight is already open." and did nothing: the second window stayed
read-only, showing the project as it was before the first window's changes, until
another project was opened first. Now a copy open read-only is opened again: for
writing if the project is free, with what the other window saved. The read-only banner
said why, not what to do: now it names File > Save As… and File > Open Recent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterweight.services.edits import UpdateInfo
from counterweight.services.session import ProjectSession
from tests.factories import small_decision

pytestmark = pytest.mark.qt


def _first_window_edits_and_closes(first: ProjectSession, title: str) -> None:
    decision = first.decision
    first.apply(UpdateInfo(title, decision.description, decision.notice))
    first.close()


def test_reopening_after_the_other_window_closed_makes_it_writable(window, controller, tmp_path: Path) -> None:
    path = tmp_path / "plan.counterweight"
    ProjectSession.create(path, small_decision()).close()
    first = ProjectSession.open(path)  # the other window
    try:
        assert window.file_actions.open_path(path)
        assert controller.read_only
        assert "another Counterweight window" in controller.session.read_only_reason
        said = window.banners.read_only_banner.text()  # and what to do about it
        assert "File > Save As…" in said and "open it again from File > Open Recent" in said
    finally:
        _first_window_edits_and_closes(first, "Changed in the first window")
    assert window.file_actions.open_path(path)  # File > Open Recent, the same file
    assert not controller.read_only
    assert controller.decision.title == "Changed in the first window"
    assert window.file_actions.save_action.isEnabled()


def test_reopening_while_the_other_window_still_has_it_stays_read_only(window, controller, tmp_path: Path) -> None:
    path = tmp_path / "plan.counterweight"
    ProjectSession.create(path, small_decision()).close()
    first = ProjectSession.open(path)
    try:
        assert window.file_actions.open_path(path)
        decision = first.decision
        first.apply(UpdateInfo("Saved meanwhile", decision.description, decision.notice))
        assert window.file_actions.open_path(path)
        assert controller.read_only
        assert controller.decision.title == "Saved meanwhile"  # what the other window saved, read again
    finally:
        first.close()


def test_a_writable_project_opened_again_is_left_as_it_is(window, controller) -> None:
    session = controller.session
    assert window.file_actions.open_path(controller.path)
    assert controller.session is session
    assert "is already open" in window.statusBar().currentMessage()
