"""Changes typed and not applied yet: applied before the project is left, saved or exported (QA pass 18, item 2).

A rationale typed in the score details was lost when the user chose File > Open Recent
with the mouse (focus leaving for a menu is a pop-up focus change, which the panel does
not treat as leaving), and Ctrl+S said every change was saved while it was not.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from counterweight.services import workspace
from counterweight.services.session import ProjectSession
from tests.factories import small_decision

pytestmark = pytest.mark.qt

TYPED = "Typed, not applied yet."


@pytest.fixture
def save_dialog(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Queue the files the save dialogs answer with."""
    answers: list[Path] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(answers.pop(0)), ""))
    return answers


@pytest.fixture
def other(tmp_path: Path) -> Path:
    """Another project, the only one in the recent files."""
    path = tmp_path / "other.counterweight"
    ProjectSession.create(path, small_decision()).close()
    workspace.remember_project(path)
    return path


def _stored_rationale(path: Path, option_id: str = "a", criterion_id: str = "effect") -> str:
    """The rationale as the project file holds it (opened again from disk)."""
    session = ProjectSession.open(path, read_only=True)
    try:
        return session.decision.score(option_id, criterion_id).rationale
    finally:
        session.close()


def _active(qtbot, window) -> None:  # noqa: ANN001
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _start_typing(qtbot, window, text: str = TYPED, box: str = "rationale_edit"):  # noqa: ANN001, ANN202
    """Type ``text`` in a box of the score details (the rationale) of Alpha x Effect, not applied."""
    _active(qtbot, window)
    window.score_matrix.select_cell("a", "effect")
    edit = getattr(window.score_detail, box)
    edit.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(edit.hasFocus)
    edit.selectAll()
    QTest.keyClicks(edit, text)
    return edit


def _away_to_a_menu_and_back(qtbot, window, edit) -> None:  # noqa: ANN001
    """Let a menu take the focus and give it back, as a menu opened with the mouse does
    (a pop-up focus change: nothing is applied)."""
    window.menuBar().setFocus(Qt.FocusReason.PopupFocusReason)
    qtbot.wait(20)
    edit.setFocus(Qt.FocusReason.PopupFocusReason)
    qtbot.wait(20)


def _type_rationale(qtbot, window, text: str = TYPED):  # noqa: ANN001, ANN202
    """Type ``text`` in the rationale of Alpha x Effect, then go to a menu and back."""
    rationale = _start_typing(qtbot, window, text)
    _away_to_a_menu_and_back(qtbot, window, rationale)
    assert window.score_detail.dirty
    return rationale


def test_open_recent_chosen_with_the_mouse_keeps_the_rationale_typed(qtbot, window, controller, other) -> None:
    """The QA's steps with a real menu: click File, then Open Recent > 1 by key."""
    start = controller.path
    _start_typing(qtbot, window)
    bar = window.menuBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     bar.actionGeometry(bar.actions()[0]).center())
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    assert window.score_detail.dirty  # a menu opened with the mouse applies nothing
    QTest.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_R)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.file_actions.recent_menu)
    QTest.keyClick(window.file_actions.recent_menu, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: controller.path == other.resolve() or controller.path == other)
    assert _stored_rationale(start) == TYPED


def test_ctrl_s_applies_the_rationale_before_it_says_all_is_saved(qtbot, window, controller) -> None:
    rationale = _type_rationale(qtbot, window)
    QTest.keyClick(rationale, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert "already saved" in window.statusBar().currentMessage()
    assert controller.decision.score("a", "effect").rationale == TYPED
    assert not window.isWindowModified() and controller.undo_stack.isClean()
    assert not window.score_detail.dirty
    assert _stored_rationale(controller.path) == TYPED


@pytest.mark.parametrize("action", ["new", "save_as", "export_json", "export_spreadsheet", "brief"])
def test_every_file_action_applies_the_rationale_first(qtbot, window, controller, tmp_path, save_dialog,
                                                      monkeypatch, action) -> None:  # noqa: ANN001
    start = controller.path
    _type_rationale(qtbot, window)
    files = window.file_actions
    if action == "new":
        save_dialog.append(tmp_path / "fresh.counterweight")
        files.new_action.trigger()
        assert controller.path.name == "fresh.counterweight"
    elif action == "save_as":
        save_dialog.append(tmp_path / "copy.counterweight")
        files.save_as_action.trigger()
        assert controller.path.name == "copy.counterweight"
        assert _stored_rationale(tmp_path / "copy.counterweight") == TYPED
    elif action == "export_json":
        save_dialog.append(tmp_path / "out.json")
        files.json_files.export_action.trigger()
        assert TYPED in json.dumps(json.loads((tmp_path / "out.json").read_text(encoding="utf-8")))
    elif action == "export_spreadsheet":
        from counterweight.services.spreadsheet import read_xlsx

        save_dialog.append(tmp_path / "out.xlsx")
        with qtbot.waitSignal(files.spreadsheets.exportFinished, timeout=60_000):  # written on a worker
            files.spreadsheets.export_action.trigger()
        assert read_xlsx(tmp_path / "out.xlsx").score("a", "effect").rationale == TYPED
    else:  # the brief is built from the project as it is when it starts
        started: list[str] = []
        monkeypatch.setattr(window.brief_actions, "_start", lambda *_a: started.append(
            controller.decision.score("a", "effect").rationale) or True)
        save_dialog.append(tmp_path / "brief.pdf")
        window.brief_actions.export_brief_action.trigger()
        assert started == [TYPED]
    assert _stored_rationale(start) == TYPED


def test_closing_the_window_applies_the_rationale_first(qtbot, window, controller) -> None:
    _type_rationale(qtbot, window)
    assert window.close()
    assert controller.decision.score("a", "effect").rationale == TYPED  # at once, not once the focus has moved
    assert _stored_rationale(controller.path) == TYPED


def _type_bad_value(qtbot, window) -> None:  # noqa: ANN001
    """12 on Effect's 0-10 scale: a change that cannot be applied."""
    _away_to_a_menu_and_back(qtbot, window, _start_typing(qtbot, window, "12", box="value_edit"))


def _refusal(window) -> QMessageBox:  # noqa: ANN001
    boxes = [b for b in window.findChildren(QMessageBox, "pendingEditsBox") if b.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def test_a_change_that_cannot_be_applied_stops_the_action_and_says_why(qtbot, window, controller, other) -> None:
    start = controller.path
    _type_bad_value(qtbot, window)
    window.file_actions.recent_menu.rebuild()
    window.file_actions.recent_menu.actions()[0].trigger()
    assert controller.path == start  # still open, with the value typed
    box = _refusal(window)
    assert "outside the scale" in box.text() and "Revert" in box.informativeText()
    assert box.textFormat() == Qt.TextFormat.PlainText  # names in the message show as typed
    assert window.score_detail.value_edit.text() == "12" and window.score_detail.error_label.isVisible()
    box.accept()
    assert controller.decision.score("a", "effect").value == 2


def test_ctrl_s_does_not_mark_a_checkpoint_over_a_change_that_cannot_be_applied(qtbot, window, controller) -> None:
    from counterweight.services.edits import SetWeight

    controller.submit(SetWeight("effect", 5))
    _type_bad_value(qtbot, window)
    QTest.keyClick(window.score_detail.value_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    _refusal(window).accept()
    assert not controller.undo_stack.isClean() and window.isWindowModified()
    assert "already saved" not in window.statusBar().currentMessage()


def test_closing_over_a_change_that_cannot_be_applied_is_refused(qtbot, window, controller) -> None:
    _type_bad_value(qtbot, window)
    assert not window.close()
    assert window.isVisible()
    assert not window.close()  # asked again: still one message
    _refusal(window).accept()
    window.score_detail.revert()  # dropped: now it closes
    assert window.close()


def test_points_typed_and_not_entered_are_applied_by_ctrl_s(qtbot, window, controller) -> None:
    _active(qtbot, window)
    spin = window.weights_panel.editor("effect").spin
    spin.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(spin.hasFocus)
    spin.selectAll()
    QTest.keyClicks(spin, "7")
    assert controller.decision.criterion("effect").weight == 3  # typed only
    QTest.keyClick(spin, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert controller.decision.criterion("effect").weight == 7
    assert controller.undo_stack.isClean()
