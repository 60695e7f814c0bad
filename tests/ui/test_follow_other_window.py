"""A project open read-only because another window has it follows that window's saves (session 27, h27e).

The second window opened the project read-only and kept showing it as it was when
opened, whatever the first window saved, until it was opened again. Now it looks at
the file's change counter every POLL_MS while the other window holds the project,
reads the project again on a worker and shows it in place (selection, tab and view
kept); a file it cannot read leaves the last state read on show, and says so. Once
the other window has closed the project, the banner offers to open it for editing.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from counterweight.domain import Score
from counterweight.services.edits import SetScore, UpdateInfo
from counterweight.services.session import ProjectSession
from tests.factories import small_decision

pytestmark = pytest.mark.qt

WAIT_MS = 8000  # a few polls: the read runs on a worker, and the host may be busy


@pytest.fixture
def two_windows(window, controller, tmp_path: Path):
    """The window opens ``plan.counterweight`` read-only: ``first`` (another window) holds it."""
    path = tmp_path / "plan.counterweight"
    ProjectSession.create(path, small_decision()).close()
    first = ProjectSession.open(path)
    assert window.file_actions.open_path(path)
    assert controller.read_only
    yield first
    first.close()


def test_the_read_only_window_shows_what_the_other_window_saved_in_place(qtbot, window, controller,
                                                                       two_windows) -> None:
    window.score_matrix.select_cell("b", "effect")
    window.options_panel.select_option("b")
    window.analysis_tabs.setCurrentIndex(1)
    first = two_windows
    first.apply(SetScore("b", "effect", Score(option_id="b", criterion_id="effect", value=4, rationale="revised")))
    first.apply(UpdateInfo("Saved in the first window", first.decision.description, first.decision.notice))
    qtbot.waitUntil(lambda: controller.decision.title == "Saved in the first window", timeout=WAIT_MS)
    assert controller.decision.score("b", "effect").value == 4
    assert controller.read_only
    assert window.statusBar().currentMessage() == "Updated with the changes saved in the other window."
    assert window.score_matrix.current_cell() == ("b", "effect")  # the place is kept
    assert window.options_panel.current_option_id() == "b"
    assert window.analysis_tabs.currentIndex() == 1
    assert window.score_detail.isEnabled()
    assert window.file_follower.timer.isActive()  # still following


def test_a_file_that_cannot_be_read_again_keeps_the_last_state_and_says_so(qtbot, window, controller,
                                                                          two_windows) -> None:
    conn = sqlite3.connect(str(two_windows.path))  # a program that damages a row
    try:
        conn.execute("UPDATE options SET name = '' WHERE id = 'b'")
        conn.commit()
    finally:
        conn.close()
    banner = window.banners.message_banner
    qtbot.waitUntil(lambda: banner.isVisible(), timeout=WAIT_MS)
    assert banner.text().startswith("The changes saved in the other window could not be read, so this window "
                                    "still shows the project as it was last read. The project file holds data")
    assert "(table options, row 'b': name: must not be empty)" in banner.text()
    assert str(two_windows.path) not in banner.text()
    assert controller.decision.option("b").name == "Bravo"


def test_once_the_other_window_has_closed_the_banner_offers_editing(qtbot, window, controller, two_windows) -> None:
    button = window.banners.open_for_editing_button
    assert button.isHidden()
    two_windows.close()
    qtbot.waitUntil(lambda: not button.isHidden(), timeout=WAIT_MS)
    assert "the other window has closed this project" in window.banners.read_only_banner.text()
    button.click()
    assert not controller.read_only
    assert button.isHidden()
    assert not window.file_follower.timer.isActive()


def test_a_window_read_only_for_another_reason_does_not_poll(window, controller, tmp_path: Path) -> None:
    path = tmp_path / "plain.counterweight"
    ProjectSession.create(path, small_decision()).close()
    assert window.file_actions.open_path(path, read_only=True)  # nobody else has it: nothing to follow
    assert controller.read_only
    assert not window.file_follower.timer.isActive()
    window.file_actions.force_read_only = True  # --read-only, even while another window has the project
    first = ProjectSession.open(path)
    try:
        controller.close_session()
        assert window.file_actions.open_path(path)
        assert controller.read_only
        assert not window.file_follower.timer.isActive()
    finally:
        first.close()
