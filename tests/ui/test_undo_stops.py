"""Where Edit > Undo stops, and why (QA pass 24, item 8).

After a project was opened Undo was simply greyed out and Ctrl+Z did nothing; after
1,000 steps the oldest fell off without a word. The greyed-out Undo now says why and
points to View > History, Ctrl+Z says the same in the status bar, and the first step the
limit lets go is told once.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu

from counterweight.domain import Score
from counterweight.services.edits import SetScore
from counterweight.services.session import ProjectSession
from tests.factories import small_decision

pytestmark = pytest.mark.qt


def _set_cost(controller, value: float) -> None:  # noqa: ANN001
    assert controller.submit(SetScore("a", "cost", Score(option_id="a", criterion_id="cost", value=value))) is None


def _tips(window) -> tuple[str, str]:  # noqa: ANN001
    return window.undo_action.toolTip(), window.undo_action.statusTip()


def _ctrl_z(qtbot, window) -> None:  # noqa: ANN001
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_a_project_just_opened_says_why_undo_is_greyed_out(qtbot, window, controller) -> None:  # noqa: ANN001
    assert not window.undo_action.isEnabled()
    tip, status = _tips(window)
    assert tip == status
    assert "Nothing to undo" in tip and "since the project was opened" in tip and "View > History" in tip
    assert window.findChild(QMenu, "editMenu").toolTipsVisible()  # the reason shows on hover in the menu


def test_ctrl_z_with_nothing_to_undo_says_so(qtbot, window, controller) -> None:  # noqa: ANN001
    _ctrl_z(qtbot, window)
    message = window.statusBar().currentMessage()
    assert "Nothing to undo" in message and "View > History" in message


def test_ctrl_z_still_undoes_when_there_is_a_step(qtbot, window, controller) -> None:  # noqa: ANN001
    _set_cost(controller, 5)
    assert window.undo_action.isEnabled()
    assert "History" not in window.undo_action.toolTip() and window.undo_action.statusTip() == ""
    _ctrl_z(qtbot, window)  # one action on the key at a time: no ambiguous shortcut
    assert controller.decision.score("a", "cost").value == 2
    tip, _status = _tips(window)
    assert "Nothing more to undo since the project was opened" in tip and "View > History" in tip


def test_steps_let_go_by_the_limit_are_told_once(qtbot, window, controller) -> None:  # noqa: ANN001
    controller.undo_stack.setUndoLimit(3)  # as the 1,000 steps of a long session, in short
    said: list[str] = []
    window.statusBar().messageChanged.connect(lambda m: m and said.append(m))
    for value in (3, 4, 5):
        _set_cost(controller, value)
    assert not any("let go" in m for m in said)  # full, but nothing let go yet
    _set_cost(controller, 6)
    _set_cost(controller, 7)
    told = [m for m in said if "let go" in m]
    assert len(told) == 1 and "last 3 steps" in told[0] and "View > History" in told[0]
    for _ in range(3):
        controller.undo_stack.undo()
    assert not window.undo_action.isEnabled()
    assert controller.decision.score("a", "cost").value == 4  # not the 2 the project was opened with
    tip, _status = _tips(window)
    assert "keeps only the last 3 steps" in tip and "View > History" in tip


def test_another_project_starts_the_story_again(qtbot, window, controller, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    controller.undo_stack.setUndoLimit(1)
    _set_cost(controller, 5)
    _set_cost(controller, 6)  # one step let go
    other = tmp_path / "other.counterweight"
    ProjectSession.create(other, small_decision()).close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(other), ""))
    window.file_actions.open_action.trigger()
    assert controller.path.name == "other.counterweight"
    assert not window.undo_stops.dropped
    tip, _status = _tips(window)
    assert tip.startswith("Nothing to undo since the project was opened.")
