"""Copy and paste between the score matrix and a spreadsheet (tab-separated blocks).

Cell values come from tests.factories.small_decision: columns Civilian harm (levels),
Effect (0-10; Alpha has the range 1-3), Cost (0-20, lower is better); rows Alpha,
Bravo, Charlie.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication

from counterweight.ui.models.clipboard import parse_block
from counterweight.ui.widgets.score_matrix import ScoreMatrix

pytestmark = pytest.mark.qt


@pytest.fixture
def matrix(qtbot, controller):
    widget = ScoreMatrix(controller)
    qtbot.addWidget(widget)
    widget.resize(700, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _select(matrix: ScoreMatrix, top: int, left: int, bottom: int, right: int) -> None:
    model = matrix.model
    matrix.view.selectionModel().setCurrentIndex(model.index(top, left), QItemSelectionModel.SelectionFlag.NoUpdate)
    matrix.view.selectionModel().select(QItemSelection(model.index(top, left), model.index(bottom, right)),
                                        QItemSelectionModel.SelectionFlag.ClearAndSelect)


def _values(controller, cells: list[tuple[str, str]]) -> list:
    out = []
    for o, c in cells:
        s = controller.decision.score(o, c)
        out.append(None if s is None else (s.level if s.level is not None else s.value))
    return out


def test_copy_a_block_gives_tab_separated_values(matrix) -> None:
    _select(matrix, 1, 1, 2, 2)  # Bravo..Charlie × Effect..Cost
    text = matrix.copy_selection()
    assert text == "9\t10\n6\t8\n"
    assert QGuiApplication.clipboard().text() == text
    assert parse_block(text) == [["9", "10"], ["6", "8"]]


def test_copy_whole_columns_adds_the_criteria_names(matrix) -> None:
    _select(matrix, 0, 0, 2, 1)
    assert matrix.copy_selection() == "Civilian harm\tEffect\nLow\t2\nHigh\t9\nModerate\t6\n"


def test_ctrl_c_copies_through_the_keyboard(qtbot, matrix) -> None:
    _select(matrix, 0, 2, 0, 2)
    QGuiApplication.clipboard().setText("")
    matrix.view.setFocus()
    qtbot.waitUntil(matrix.view.hasFocus)
    qtbot.keyClick(matrix.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "2\n")


def test_paste_with_a_bad_cell_changes_nothing_and_names_the_cell(matrix, controller) -> None:
    cells = [("b", "effect"), ("b", "cost"), ("c", "effect"), ("c", "cost")]
    before, steps = controller.decision, controller.undo_stack.count()
    assert matrix.select_cell("b", "effect")
    assert not matrix.paste_text("5\t4\nabc\t3\n")
    assert controller.decision == before and controller.undo_stack.count() == steps
    assert _values(controller, cells) == [9, 10, 6, 8]
    message = matrix.error_label.text()
    assert not matrix.error_label.isHidden()
    assert message.startswith("row 2, column 1 (Charlie × Effect): “abc” is not a number")


def test_paste_with_a_thousands_comma_changes_nothing_and_names_the_cell(matrix, controller) -> None:
    """QA session 12: a pasted "1,250" was stored as 1.25; a comma before three digits is ambiguous."""
    cells = [("b", "effect"), ("b", "cost"), ("c", "effect"), ("c", "cost")]
    before, steps = controller.decision, controller.undo_stack.count()
    assert matrix.select_cell("b", "effect")
    assert not matrix.paste_text("5\t4\n3\t1,250\r\n")  # 1.25 would fit Cost's 0-20 scale
    assert controller.decision == before and controller.undo_stack.count() == steps
    assert _values(controller, cells) == [9, 10, 6, 8]
    message = matrix.error_label.text()
    assert message.startswith("row 2, column 2 (Charlie × Cost): “1,250” is ambiguous")
    assert "1250" in message and "1.25" in message
    assert matrix.paste_text("5\t4\n3\t1,5\n")  # a decimal comma before fewer digits still works
    assert _values(controller, cells) == [5, 4, 3, 1.5]


def test_paste_a_valid_block_is_one_undo_step(qtbot, matrix, controller) -> None:
    cells = [("b", "harm"), ("b", "effect"), ("b", "cost"), ("c", "harm"), ("c", "effect"), ("c", "cost")]
    steps = controller.undo_stack.count()
    assert matrix.select_cell("b", "harm")
    with qtbot.waitSignal(controller.changed, timeout=2000):
        assert matrix.paste_text("severe\t1.5\t20\r\nLow\t\t0\r\n")  # Excel ends lines with CR LF
    assert _values(controller, cells) == ["Severe", 1.5, 20, "Low", None, 0]
    assert controller.undo_stack.count() == steps + 1
    assert controller.decision.score("b", "effect").rationale == "strong"  # rationale kept, as when typing
    controller.undo_stack.undo()
    assert _values(controller, cells) == ["High", 9, 10, "Moderate", 6, 8]
    controller.undo_stack.redo()
    assert _values(controller, cells) == ["Severe", 1.5, 20, "Low", None, 0]


def test_ctrl_v_pastes_the_clipboard(qtbot, matrix, controller) -> None:
    assert matrix.select_cell("c", "cost")
    QGuiApplication.clipboard().setText("15\n")
    matrix.view.setFocus()
    qtbot.waitUntil(matrix.view.hasFocus)
    with qtbot.waitSignal(controller.changed, timeout=2000):
        qtbot.keyClick(matrix.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert controller.decision.score("c", "cost").value == 15


def test_block_that_does_not_fit_is_refused(matrix, controller) -> None:
    before = controller.decision
    assert matrix.select_cell("c", "effect")
    assert not matrix.paste_text("1\t2\t3\n")
    assert controller.decision == before
    assert "room for only 1 row and 2 columns" in matrix.error_label.text()


def test_header_row_is_skipped_only_over_its_own_columns(matrix, controller) -> None:
    block = "Effect\n3\n4\n"  # as copied from a whole column (of two options), with new values
    assert matrix.select_cell("a", "cost")  # the names do not match Cost: "Effect" is data, and not a number
    assert not matrix.paste_text(block)
    assert matrix.error_label.text().startswith("row 1, column 1 (Alpha × Cost): “Effect” is not a number")
    assert matrix.select_cell("a", "effect")
    assert matrix.paste_text(block)
    assert _values(controller, [("a", "effect"), ("b", "effect"), ("c", "effect")]) == [3, 4, 6]


def test_one_cell_fills_the_selection(matrix, controller) -> None:
    _select(matrix, 0, 2, 2, 2)  # the Cost column
    assert matrix.paste_text("7")
    assert _values(controller, [("a", "cost"), ("b", "cost"), ("c", "cost")]) == [7, 7, 7]
    assert controller.undo_stack.undoText().startswith("Paste 3 scores")


def test_edit_menu_offers_copy_and_paste_without_a_second_shortcut(qtbot, window, controller) -> None:
    """Edit > Copy scores / Paste scores are the matrix's own actions: the keys still act once, in the matrix."""
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QMenu

    matrix = window.score_matrix
    edit_menu = window.menuBar().findChild(QMenu, "editMenu")
    copy, paste = matrix.clipboard_actions()
    assert copy in edit_menu.actions() and paste in edit_menu.actions()
    for key in (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Paste):
        owners = [a for a in window.findChildren(QAction) if QKeySequence(key) in a.shortcuts()]
        assert len(owners) == 1, [a.objectName() for a in owners]  # nothing else answers Ctrl+C or Ctrl+V
    triggered: list[bool] = []
    copy.triggered.connect(lambda *_: triggered.append(True))
    window.activateWindow()
    _select(matrix, 0, 2, 0, 2)
    QGuiApplication.clipboard().setText("")
    matrix.view.setFocus()
    qtbot.waitUntil(matrix.view.hasFocus)
    qtbot.keyClick(matrix.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "2\n")
    assert triggered == [True]  # once: the menu entry adds no second, ambiguous shortcut
    # the menu entry acts on the matrix wherever the focus is
    window.options_panel.list.setFocus()
    qtbot.waitUntil(window.options_panel.list.hasFocus)
    QGuiApplication.clipboard().setText("15\n")
    assert matrix.select_cell("c", "cost")
    with qtbot.waitSignal(controller.changed, timeout=2000):
        paste.trigger()
    assert controller.decision.score("c", "cost").value == 15


# ------------------------------------------------------------ QA 18: trailing empty cells, empty matrix
def test_trailing_empty_cells_and_lines_are_not_part_of_the_block() -> None:
    assert parse_block("5\t\n") == [["5"]]
    assert parse_block("5\t\t\r\n6\t\r\n\t\r\n\n") == [["5"], ["6"]]
    assert parse_block("1\t\t3\n\t4\t\n") == [["1", "", "3"], ["", "4", ""]]  # inside the block: they stay
    assert parse_block("1\t2\n3\t\n") == [["1", "2"], ["3", ""]]  # its column holds 2: it clears that cell
    assert parse_block("\t\n") == [] and parse_block("") == []


def test_a_trailing_tab_at_the_last_column_pastes(qtbot, matrix, controller) -> None:
    """QA 18: a block copied with a trailing tab was a column wider and refused at the last column."""
    assert matrix.select_cell("a", "cost")  # the last column
    with qtbot.waitSignal(controller.changed, timeout=2000):
        assert matrix.paste_text("3\t\r\n4\t\r\n5\t\r\n")
    assert _values(controller, [("a", "cost"), ("b", "cost"), ("c", "cost")]) == [3, 4, 5]
    assert controller.undo_stack.count() == 1 and matrix.error_label.isHidden()


def test_an_empty_cell_inside_the_block_still_clears(matrix, controller) -> None:
    assert matrix.select_cell("b", "effect")
    assert matrix.paste_text("\t7\t\n5\t\t\n")  # the trailing column is dropped, the inner gaps are not
    assert _values(controller, [("b", "effect"), ("b", "cost"), ("c", "effect"), ("c", "cost")]) == [None, 7, 5, None]


def test_a_trailing_tab_still_keeps_a_single_cell_filling_the_selection(matrix, controller) -> None:
    _select(matrix, 0, 2, 2, 2)  # the Cost column
    assert matrix.paste_text("9\t\n")
    assert _values(controller, [("a", "cost"), ("b", "cost"), ("c", "cost")]) == [9, 9, 9]


@pytest.mark.parametrize("keep, words", [("options", "no criteria to score"), ("criteria", "no options"),
                                         ("", "no options and no criteria")])
def test_paste_into_an_empty_matrix_says_why(qtbot, tmp_path, keep, words) -> None:
    """QA 18: Ctrl+V on a matrix with no criteria did nothing and said nothing."""
    from counterweight.domain import Decision
    from tests.factories import small_decision
    from tests.ui.conftest import controller_on, shown

    full = small_decision()
    decision = Decision(id="empty", title="Empty", options=full.options if keep == "options" else [],
                        criteria=full.criteria if keep == "criteria" else [], scores=[])
    gen = controller_on(tmp_path / "empty.counterweight", decision)
    controller = next(gen)
    try:
        widget = shown(qtbot, ScoreMatrix(controller), 500, 300)
        QGuiApplication.clipboard().setText("1\t2\n")
        widget.view.setFocus()
        qtbot.waitUntil(widget.view.hasFocus)
        qtbot.keyClick(widget.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert not widget.error_label.isHidden()
        assert words in widget.error_label.text() and "nowhere to paste" in widget.error_label.text()
        assert controller.undo_stack.count() == 0
    finally:
        gen.close()
