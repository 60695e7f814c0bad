"""Text half-typed in a table's or a list's editor is kept by File > Open, New and Open recent (QA pass 24, item 3).

A score typed in a matrix cell without Enter, an option or criterion name being typed in
place, and an analyst typed in the open Edit > Analysts dialog but not added were lost
without a word when another project was opened or a new one made (they were applied only
on Quit or closing the window). They are now applied first, as the score details and the
weights' points boxes already were; a value that cannot be applied stops the action and
says why, with the text left as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFileDialog, QLineEdit, QMessageBox

from counterweight.domain import Decision
from counterweight.services import workspace
from counterweight.services.session import ProjectSession
from tests.factories import small_decision

pytestmark = pytest.mark.qt


@pytest.fixture
def other(tmp_path: Path) -> Path:
    """Another project, the only one in the recent files."""
    path = tmp_path / "other.counterweight"
    ProjectSession.create(path, small_decision()).close()
    workspace.remember_project(path)
    return path


@pytest.fixture
def leave(window, tmp_path: Path, other: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:  # noqa: ANN001
    """Leave the project by File > Open, New or Open recent, the file dialogs answered without showing."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(other), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(tmp_path / "fresh.counterweight"), ""))

    def run(how: str) -> None:
        files = window.file_actions
        if how == "open":
            files.open_action.trigger()
        elif how == "new":
            files.new_action.trigger()
        else:
            files.recent_menu.rebuild()
            files.recent_menu.actions()[0].trigger()
    return run


def _stored(path: Path) -> Decision:
    """The decision as the project file holds it (opened again from disk)."""
    session = ProjectSession.open(path, read_only=True)
    try:
        return session.decision
    finally:
        session.close()


def _active(qtbot, window) -> None:  # noqa: ANN001
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _type_in_cell(qtbot, window, text: str) -> QAbstractItemView:  # noqa: ANN001
    """Type ``text`` in Charlie x Effect (6 on 0-10) without pressing Enter."""
    _active(qtbot, window)
    matrix = window.score_matrix
    assert matrix.select_cell("c", "effect")
    matrix.view.setFocus()
    qtbot.waitUntil(matrix.view.hasFocus)
    for char in text:  # the first key opens the cell's editor, which then has the focus
        QTest.keyClicks(QApplication.focusWidget(), char)
    assert matrix.view.state() == QAbstractItemView.State.EditingState  # typed, not entered
    return matrix.view


def _type_name(qtbot, window, panel: str, item: str, text: str) -> QLineEdit:  # noqa: ANN001
    """Start renaming ``item`` in place in the options list or the criteria tree and type ``text``."""
    _active(qtbot, window)
    if panel == "option":
        window.options_panel.select_option(item)
        window.options_panel.rename_current()
    else:
        window.criteria_panel.select_criterion(item)
        window.criteria_panel.rename_current()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    editor.selectAll()
    QTest.keyClicks(editor, text)
    return editor


def _refusal(qtbot, window) -> QMessageBox:  # noqa: ANN001
    """The message saying why, once it has the focus (as it takes it on screen)."""
    boxes = [b for b in window.findChildren(QMessageBox, "pendingEditsBox") if b.isVisible()]
    assert len(boxes) == 1
    boxes[0].activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is boxes[0])
    return boxes[0]


def _answered(qtbot, window, box: QMessageBox) -> None:  # noqa: ANN001
    """Close the message: the window, and the editor in it, get the focus back."""
    box.accept()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


@pytest.mark.parametrize("how", ["open", "new", "recent"])
def test_a_score_typed_without_enter_is_applied_first(qtbot, window, controller, leave, how) -> None:  # noqa: ANN001
    start = controller.path
    _type_in_cell(qtbot, window, "7")
    leave(how)
    assert controller.path != start  # the other project is open
    assert _stored(start).score("c", "effect").value == 7


@pytest.mark.parametrize("how", ["open", "new", "recent"])
def test_an_option_name_being_typed_is_applied_first(qtbot, window, controller, leave, how) -> None:  # noqa: ANN001
    start = controller.path
    _type_name(qtbot, window, "option", "b", "Bravo renamed")
    leave(how)
    assert controller.path != start
    assert _stored(start).option("b").name == "Bravo renamed"


@pytest.mark.parametrize("how", ["open", "new", "recent"])
def test_a_criterion_name_being_typed_is_applied_first(qtbot, window, controller, leave, how) -> None:  # noqa: ANN001
    start = controller.path
    _type_name(qtbot, window, "criterion", "effect", "Effect renamed")
    leave(how)
    assert controller.path != start
    assert _stored(start).criterion("effect").name == "Effect renamed"


@pytest.mark.parametrize("how", ["open", "new"])
def test_an_analyst_typed_and_not_added_is_added_first(qtbot, window, controller, leave, how) -> None:  # noqa: ANN001
    start = controller.path
    dialog = window.show_analysts()
    qtbot.waitExposed(dialog)
    QTest.keyClicks(dialog.name_edit, "Ben")
    QTest.keyClicks(dialog.role_edit, "Audit")
    leave(how)
    assert controller.path != start
    assert [(a.name, a.role) for a in _stored(start).analysts] == [("Ben", "Audit")]


def test_changes_typed_for_a_picked_analyst_are_saved_first(qtbot, window, controller, leave) -> None:  # noqa: ANN001
    start = controller.path
    dialog = window.show_analysts()
    qtbot.waitExposed(dialog)
    dialog.name_edit.setText("Ann")
    assert dialog.add_analyst()
    dialog.select_analyst(controller.decision.analysts[0].id)
    dialog.note_edit.setPlainText("Joined in May")  # typed, Save changes not pressed
    leave("open")
    assert [(a.name, a.note) for a in _stored(start).analysts] == [("Ann", "Joined in May")]


def test_a_closed_analysts_dialog_adds_nothing(qtbot, window, controller, leave) -> None:  # noqa: ANN001
    start = controller.path
    dialog = window.show_analysts()
    qtbot.waitExposed(dialog)
    QTest.keyClicks(dialog.name_edit, "Ben")
    dialog.reject()  # closed with Close or Escape: what was typed is left behind on purpose
    leave("open")
    assert controller.path != start
    assert _stored(start).analysts == []


def test_a_score_that_cannot_be_applied_stops_open_and_says_why(qtbot, window, controller, leave) -> None:  # noqa: ANN001
    start = controller.path
    view = _type_in_cell(qtbot, window, "12")  # outside Effect's 0-10 scale
    leave("open")
    assert controller.path == start  # still open
    box = _refusal(qtbot, window)
    assert "score typed in the matrix" in box.text() and "12" in box.text() and "Escape" in box.informativeText()
    editor = view.indexWidget(view.currentIndex())
    assert editor is not None and editor.text() == "12"  # still as typed, to be corrected
    assert view.state() == QAbstractItemView.State.EditingState
    assert window.score_matrix.error_label.isVisibleTo(window.score_matrix)  # the reason under the table too
    _answered(qtbot, window, box)
    assert controller.decision.score("c", "effect").value == 6
    assert QApplication.focusWidget() is editor and editor.text() == "12"
    editor.selectAll()
    QTest.keyClicks(editor, "8")  # corrected: now Open applies it and goes on
    leave("open")
    assert controller.path != start
    assert _stored(start).score("c", "effect").value == 8


def test_an_empty_name_stops_new_and_says_why(qtbot, window, controller, leave) -> None:  # noqa: ANN001
    start = controller.path
    editor = _type_name(qtbot, window, "option", "b", "")
    QTest.keyClick(editor, Qt.Key.Key_Backspace)
    leave("new")
    assert controller.path == start
    box = _refusal(qtbot, window)
    assert "option name" in box.text() and "empty" in box.text()
    assert editor.isVisible() and editor.text() == ""
    _answered(qtbot, window, box)
    assert QApplication.focusWidget() is editor
    QTest.keyClick(editor, Qt.Key.Key_Escape)  # dropped: the old name stays and New goes ahead
    leave("new")
    assert controller.path != start
    assert _stored(start).option("b").name == "Bravo"


def test_an_analyst_without_a_name_stops_open_and_says_why(qtbot, window, controller, leave) -> None:  # noqa: ANN001
    start = controller.path
    dialog = window.show_analysts()
    qtbot.waitExposed(dialog)
    QTest.keyClicks(dialog.role_edit, "Audit")  # a role typed, but no name yet
    leave("open")
    assert controller.path == start
    box = _refusal(qtbot, window)
    assert "could not be added" in box.text() and "name" in box.text()
    assert dialog.role_edit.text() == "Audit" and dialog.problem.isVisibleTo(dialog)
    assert "New analyst" in box.text()
    box.accept()


def test_an_open_editor_with_nothing_typed_changes_nothing(qtbot, window, controller, leave) -> None:  # noqa: ANN001
    start = controller.path
    _active(qtbot, window)
    window.criteria_panel.select_criterion("effect")
    window.criteria_panel.rename_current()  # F2, then nothing typed
    leave("open")
    assert controller.path != start
    assert _stored(start).criterion("effect").name == "Effect"
