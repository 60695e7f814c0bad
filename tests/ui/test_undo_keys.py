"""Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y in the weights' points boxes and the score details' boxes
(QA pass 18, items 5 and 11).

A box with typed text of its own undoes that typing, as Qt does; a box with none lets the
keys reach the project (Edit > Undo and Redo). They used to be swallowed by the box, so
Ctrl+Z after typing 10 and Enter in a points box left the weight at 10. Plain Enter in the
score details' Score box applies the score, as Ctrl+Return does.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from counterweight.services.edits import SetWeight

pytestmark = pytest.mark.qt

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNTERWEIGHT_HOME", str(tmp_path / "home"))


def _focus(qtbot, window, widget):  # noqa: ANN001, ANN202
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    return widget


def _key(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifiers)


def test_ctrl_z_in_a_points_box_undoes_the_weight_once_it_is_entered(qtbot, window, controller) -> None:
    """The QA's steps: Enter on a weights row, type 10, Enter, then Ctrl+Z."""
    weights = window.weights_panel
    weight = lambda: controller.decision.criterion("effect").weight  # noqa: E731
    _focus(qtbot, window, weights.tree)
    weights.tree.setCurrentItem(weights.item("effect"))
    _key(Qt.Key.Key_Return)  # to the points box, all selected
    spin = weights.editor("effect").spin
    assert spin.hasFocus()
    QTest.keyClicks(spin, "10")
    _key(Qt.Key.Key_Return)
    assert weight() == 10 and spin.hasFocus()
    _key(Qt.Key.Key_Z, CTRL)
    assert weight() == 3 and spin.text() == "3"
    _key(Qt.Key.Key_Z, CTRL | SHIFT)
    assert weight() == 10 and spin.text() == "10"
    _key(Qt.Key.Key_Z, CTRL)
    _key(Qt.Key.Key_Y, CTRL)
    assert weight() == 10
    assert spin.hasFocus()


def test_ctrl_z_in_a_points_box_with_typed_points_undoes_the_typing(qtbot, window, controller) -> None:
    spin = _focus(qtbot, window, window.weights_panel.editor("cost").spin)
    controller.submit(SetWeight("effect", 5))  # something the project could undo
    spin.selectAll()
    QTest.keyClicks(spin, "7")
    _key(Qt.Key.Key_Z, CTRL)
    assert spin.text() == "1"  # the typing undone
    assert controller.decision.criterion("effect").weight == 5  # the project not
    assert controller.decision.criterion("cost").weight == 1


def test_enter_in_the_score_box_applies_the_score(qtbot, window, controller) -> None:
    window.score_matrix.select_cell("b", "effect")
    value = _focus(qtbot, window, window.score_detail.value_edit)
    value.selectAll()
    QTest.keyClicks(value, "4")
    _key(Qt.Key.Key_Return)
    assert controller.decision.score("b", "effect").value == 4
    assert not window.score_detail.dirty
    value.selectAll()
    QTest.keyClicks(value, "5")
    _key(Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert controller.decision.score("b", "effect").value == 5


def test_ctrl_z_in_the_score_box_undoes_the_score_once_it_is_applied(qtbot, window, controller) -> None:
    window.score_matrix.select_cell("b", "effect")
    value = _focus(qtbot, window, window.score_detail.value_edit)
    value.selectAll()
    QTest.keyClicks(value, "4")
    _key(Qt.Key.Key_Z, CTRL)  # typed, not applied: the typing goes
    assert value.text() == "9" and controller.decision.score("b", "effect").value == 9
    assert controller.undo_stack.count() == 0
    value.selectAll()
    QTest.keyClicks(value, "4")
    _key(Qt.Key.Key_Return)
    assert controller.decision.score("b", "effect").value == 4
    _key(Qt.Key.Key_Z, CTRL)
    assert controller.decision.score("b", "effect").value == 9 and value.text() == "9"
    _key(Qt.Key.Key_Z, CTRL | SHIFT)
    assert controller.decision.score("b", "effect").value == 4 and value.text() == "4"
    assert value.hasFocus()


@pytest.mark.parametrize("box", ["rationale_edit", "low_spin"])
def test_the_other_boxes_of_the_score_details_pass_ctrl_z_on_when_untouched(qtbot, window, controller,
                                                                          box) -> None:
    window.score_matrix.select_cell("a", "effect")  # has a range, so both ends are enabled
    controller.submit(SetWeight("effect", 5))
    _focus(qtbot, window, getattr(window.score_detail, box))
    _key(Qt.Key.Key_Z, CTRL)
    assert controller.decision.criterion("effect").weight == 3
    _key(Qt.Key.Key_Y, CTRL)
    assert controller.decision.criterion("effect").weight == 5


def test_ctrl_z_in_the_score_box_takes_back_a_rationale_typed_beside_it(qtbot, window, controller) -> None:
    """The rationale's change goes in first, so the project is not undone under it: Ctrl+Z
    takes that change back, and the panel shows what is stored (Redo brings it back)."""
    window.score_matrix.select_cell("a", "effect")
    detail = window.score_detail
    rationale = _focus(qtbot, window, detail.rationale_edit)
    rationale.selectAll()
    QTest.keyClicks(rationale, "Changed my mind")
    _focus(qtbot, window, detail.value_edit)
    _key(Qt.Key.Key_Z, CTRL)
    assert controller.decision.score("a", "effect").rationale == "weak"
    assert detail.rationale_edit.toPlainText() == "weak" and not detail.dirty
    _key(Qt.Key.Key_Z, CTRL | SHIFT)
    assert controller.decision.score("a", "effect").rationale == "Changed my mind"
