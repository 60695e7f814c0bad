"""Score matrix keys, the spreadsheet way (QA pass 18): Enter saves and moves down, Clear scores.

Real key events go to whichever widget has the focus, as a user's typing would: the
table for the first key (which opens the cell editor), the editor for the rest.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QMenu

from counterweight.domain import Criterion, Decision, NumericScale, Option
from counterweight.ui.widgets.score_matrix import ScoreMatrix
from tests.ui.conftest import controller_on, shown

pytestmark = pytest.mark.qt


@pytest.fixture
def matrix(qtbot, controller):
    return shown(qtbot, ScoreMatrix(controller), 700, 300)


def _four_options() -> Decision:
    """As in the QA script: four options, one unscored numeric criterion."""
    opts = [Option(id=f"o{i}", name=f"Option {i}") for i in range(1, 5)]
    crit = [Criterion(id="cost", name="Annual cost", unit="£m", weight=1, scale=NumericScale(lower=0, upper=500))]
    return Decision(id="four", title="Four", options=opts, criteria=crit, scores=[])


@pytest.fixture
def four_controller(qtbot, tmp_path):
    yield from controller_on(tmp_path / "four.counterweight", _four_options())


def _focused():
    return QApplication.focusWidget()


def _start_at(qtbot, matrix: ScoreMatrix, option_id: str, criterion_id: str) -> None:
    assert matrix.select_cell(option_id, criterion_id)
    matrix.view.setFocus()
    qtbot.waitUntil(matrix.view.hasFocus)


def _type(qtbot, matrix: ScoreMatrix, text: str, key=Qt.Key.Key_Return,
          modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Type ``text`` at the current cell and press ``key``, each key to the widget with the focus."""
    qtbot.waitUntil(matrix.view.hasFocus)  # not editing: the first key opens the editor
    for char in text:
        qtbot.keyClicks(_focused(), char)
    assert isinstance(_focused(), (QLineEdit, QComboBox))
    qtbot.keyClick(_focused(), key, modifier)
    qtbot.waitUntil(lambda: matrix.view.state() != QAbstractItemView.State.EditingState)  # Qt may close it later


def _row(matrix: ScoreMatrix) -> int:
    return matrix.view.currentIndex().row()


def _cost_column(controller) -> list:
    scores = [controller.decision.score(o.id, "cost") for o in controller.decision.options]
    return [None if s is None else s.value for s in scores]


def test_typing_a_column_with_enter_fills_one_row_after_another(qtbot, four_controller):
    """QA 18: 120⏎80⏎0⏎300⏎ left ['300', —, —, —]: Enter saved but stayed, so each number replaced the last."""
    matrix = shown(qtbot, ScoreMatrix(four_controller), 600, 300)
    _start_at(qtbot, matrix, "o1", "cost")
    rows = []
    for text in ("120", "80", "0", "300"):
        _type(qtbot, matrix, text)
        rows.append(_row(matrix))
    assert _cost_column(four_controller) == [120, 80, 0, 300]
    assert rows == [1, 2, 3, 3]  # down one row each time; the last row stays put
    assert four_controller.undo_stack.count() == 4  # one step per cell, as when typing them one by one
    assert matrix.view.hasFocus() and matrix.view.currentIndex().column() == 0
    assert [i.row() for i in matrix.view.selectionModel().selectedIndexes()] == [3]  # the selection follows
    four_controller.undo_stack.undo()
    assert _cost_column(four_controller) == [120, 80, 0, None]


def test_keypad_enter_moves_down_and_shift_enter_moves_up(qtbot, matrix, controller):
    _start_at(qtbot, matrix, "a", "cost")
    _type(qtbot, matrix, "4", Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert controller.decision.score("a", "cost").value == 4 and _row(matrix) == 1
    _type(qtbot, matrix, "5", Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert controller.decision.score("b", "cost").value == 5 and _row(matrix) == 0
    _type(qtbot, matrix, "6", Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # first row: stays put
    assert controller.decision.score("a", "cost").value == 6 and _row(matrix) == 0
    assert controller.undo_stack.count() == 3


def test_enter_with_an_unchanged_value_still_moves_down(qtbot, matrix, controller):
    _start_at(qtbot, matrix, "a", "cost")
    qtbot.keyClick(matrix.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(_focused(), QLineEdit))
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert _row(matrix) == 1 and controller.undo_stack.count() == 0


def test_enter_with_a_refused_value_keeps_the_score_and_the_current_cell(qtbot, matrix, controller):
    before = controller.decision
    _start_at(qtbot, matrix, "b", "cost")
    with qtbot.waitSignal(matrix.model.editRejected, timeout=2000):
        _type(qtbot, matrix, "99")  # outside the 0-20 scale
    assert matrix.error_label.isVisible() and "outside the scale" in matrix.error_label.text()
    assert controller.decision == before and controller.undo_stack.count() == 0
    assert matrix.current_cell() == ("b", "cost")  # not moved on: the message is about this cell
    assert matrix.view.hasFocus()
    _type(qtbot, matrix, "12")  # typing again there works, and then moves on
    assert controller.decision.score("b", "cost").value == 12 and matrix.current_cell() == ("c", "cost")
    assert not matrix.error_label.isVisible()


def test_level_editor_enter_picks_the_level_and_moves_down(qtbot, matrix, controller):
    _start_at(qtbot, matrix, "a", "harm")
    _type(qtbot, matrix, "s")  # the first letter picks the level, as in any closed list
    assert controller.decision.score("a", "harm").level == "Severe" and _row(matrix) == 1
    qtbot.keyClick(matrix.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(_focused(), QComboBox))
    qtbot.keyClick(_focused(), Qt.Key.Key_Down)  # High -> Moderate
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    assert controller.decision.score("b", "harm").level == "Moderate" and _row(matrix) == 2
    assert controller.decision.score("b", "harm").rationale == "loud"  # rationale kept
    assert controller.undo_stack.count() == 2


def test_enter_on_a_cell_not_being_edited_opens_its_editor(qtbot, matrix, controller):
    _start_at(qtbot, matrix, "a", "cost")
    qtbot.keyClick(matrix.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(_focused(), QLineEdit))
    assert _focused().text() == "2" and _row(matrix) == 0
    qtbot.keyClick(_focused(), Qt.Key.Key_Escape)  # Escape cancels and stays
    assert _row(matrix) == 0 and controller.undo_stack.count() == 0


# ------------------------------------------------------------ Clear scores
def _clear_action(matrix: ScoreMatrix):
    found = [a for a in matrix.view.actions() if a.objectName() == "clearScoresAction"]
    assert found, "the matrix's context menu has no Clear scores"
    return found[0]


def _select(matrix: ScoreMatrix, top: int, left: int, bottom: int, right: int) -> None:
    model = matrix.model
    sel = matrix.view.selectionModel()
    sel.setCurrentIndex(model.index(top, left), QItemSelectionModel.SelectionFlag.NoUpdate)
    sel.select(QItemSelection(model.index(top, left), model.index(bottom, right)),
               QItemSelectionModel.SelectionFlag.ClearAndSelect)


def test_context_menu_clear_scores_is_one_undo_step(qtbot, matrix, controller):
    action = _clear_action(matrix)
    assert action.text().replace("&", "") == "Clear scores"  # what a screen reader reads for the menu item
    assert action in matrix.view.actions() and matrix.view.contextMenuPolicy() == \
        Qt.ContextMenuPolicy.ActionsContextMenu
    assert action.shortcut().toString() == "Del"
    _select(matrix, 0, 1, 1, 2)  # Alpha..Bravo × Effect..Cost
    action.trigger()
    assert all(controller.decision.score(o, c) is None for o in "ab" for c in ("effect", "cost"))
    assert controller.decision.score("c", "cost").value == 8
    assert controller.undo_stack.count() == 1 and controller.undo_stack.undoText() == "Clear 4 scores"
    controller.undo_stack.undo()
    assert controller.decision.score("a", "effect").value == 2 and controller.decision.score("b", "cost").value == 10


def test_context_menu_lists_copy_paste_and_clear(qtbot, matrix):
    """The menu the Menu key opens on the table (its actions) now offers Clear scores after Copy and Paste."""
    _clear_action(matrix)
    seen: list[list[str]] = []

    def read_menu() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            seen.append([a.text().replace("&", "") for a in menu.actions()])
            menu.close()

    QTimer.singleShot(100, read_menu)
    centre = matrix.view.visualRect(matrix.model.index(0, 0)).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, centre, matrix.view.viewport().mapToGlobal(centre))
    QApplication.sendEvent(matrix.view.viewport(), event)
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] == ["Copy scores", "Paste scores", "Clear scores"]


def test_delete_in_the_table_clears_but_in_an_open_editor_deletes_a_character(qtbot, matrix, controller):
    _start_at(qtbot, matrix, "b", "cost")
    qtbot.keyClick(matrix.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(_focused(), QLineEdit))
    editor = _focused()
    editor.setCursorPosition(0)
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    assert editor.text() == "0" and controller.decision.score("b", "cost").value == 10
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(matrix.view.hasFocus)
    qtbot.keyClick(matrix.view, Qt.Key.Key_Delete)
    assert controller.decision.score("b", "cost") is None and controller.undo_stack.count() == 1


def test_clear_in_a_read_only_project_says_why(qtbot, small_session):
    from counterweight.services.session import ProjectSession
    from counterweight.ui.session_controller import SessionController

    path = small_session.path
    small_session.close()
    controller = SessionController(ProjectSession.open(path, read_only=True))
    try:
        matrix = shown(qtbot, ScoreMatrix(controller), 700, 300)
        _start_at(qtbot, matrix, "b", "cost")
        qtbot.keyClick(matrix.view, Qt.Key.Key_Delete)
        assert controller.decision.score("b", "cost").value == 10
        assert matrix.error_label.isVisible() and "read-only" in matrix.error_label.text()
    finally:
        controller.close_session()
