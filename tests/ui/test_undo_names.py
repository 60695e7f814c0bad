"""Each undo step, and its history entry, names the edit it undoes (QA pass 24, item 9).

Adding a group showed "Undo Add criterion", and applying a rationale in the score
details "Undo Set score". A group's rename, edit, move and delete said "criterion" too.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QLineEdit, QMessageBox

from counterweight.domain import Criterion, EvidenceRef, Score
from counterweight.services.edits import AddCriterion

pytestmark = pytest.mark.qt


def _newest_action(controller) -> str:  # noqa: ANN001
    return controller.session.audit_log(limit=1)[0].action


def _named(window, controller, step: str) -> None:  # noqa: ANN001
    """The Edit menu, the undo stack and the history all call the last edit ``step``."""
    assert controller.undo_stack.undoText() == step
    assert window.undo_action.text().replace("&", "") == f"Undo {step}"
    assert _newest_action(controller) == step


def test_adding_a_group_is_called_add_group(qtbot, window, controller) -> None:  # noqa: ANN001
    panel = window.criteria_panel
    panel.select_criterion("benefits")
    panel.add_group()
    QTest.keyClick(QApplication.focusWidget() or panel.tree, Qt.Key.Key_Escape)  # the default name kept
    _named(window, controller, "Add group")
    controller.undo_stack.undo()
    assert _newest_action(controller) == "Undo: Add group"


def test_adding_a_criterion_is_still_called_add_criterion(qtbot, window, controller) -> None:  # noqa: ANN001
    panel = window.criteria_panel
    panel.select_criterion("effect")
    panel.add_criterion()
    QTest.keyClick(QApplication.focusWidget() or panel.tree, Qt.Key.Key_Escape)
    _named(window, controller, "Add criterion")


def test_a_group_added_outside_the_panel_is_called_add_group_too() -> None:
    assert AddCriterion(Criterion(id="g", name="G")).label == "Add group"
    assert AddCriterion(Criterion(id="g", name="G"), label="Bring back").label == "Bring back"


def test_renaming_editing_moving_and_deleting_a_group_name_the_group(qtbot, window, controller,
                                                                    monkeypatch) -> None:  # noqa: ANN001
    panel = window.criteria_panel
    panel.select_criterion("benefits")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    panel.rename_current()
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    editor.selectAll()
    QTest.keyClicks(editor, "Gains")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.tree.state() != QAbstractItemView.State.EditingState)  # Qt commits a beat later
    _named(window, controller, "Rename group")

    from counterweight.ui.dialogs import criterion_dialog

    def accept_with_description(dialog: QDialog) -> QDialog.DialogCode:
        dialog.description_edit.setPlainText("What we gain")
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(criterion_dialog.CriterionDialog, "exec", accept_with_description)
    panel.edit_current()
    _named(window, controller, "Edit group")

    panel.select_criterion("benefits")
    panel.move_current(-1)  # above Risks
    _named(window, controller, "Move group")

    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    panel.select_criterion("benefits")
    panel.delete_current()
    _named(window, controller, "Delete group")


def _apply_in_details(qtbot, window, *, rationale: str | None = None, value: str | None = None) -> None:  # noqa: ANN001
    window.score_matrix.select_cell("a", "effect")
    details = window.score_detail
    if rationale is not None:
        details.rationale_edit.setPlainText(rationale)
    if value is not None:
        details.value_edit.setText(value)
        details.value_edit.textEdited.emit(value)  # as typed
    assert details.apply()


def test_applying_a_rationale_is_called_set_rationale(qtbot, window, controller) -> None:  # noqa: ANN001
    _apply_in_details(qtbot, window, rationale="Trials were small")
    _named(window, controller, "Set rationale")
    controller.undo_stack.undo()
    assert _newest_action(controller) == "Undo: Set rationale"
    assert controller.decision.score("a", "effect").rationale == "weak"


def test_the_score_details_name_what_changed(qtbot, window, controller) -> None:  # noqa: ANN001
    _apply_in_details(qtbot, window, value="3")
    _named(window, controller, "Set score")
    _apply_in_details(qtbot, window, value="2", rationale="Revised down")
    _named(window, controller, "Edit score details")


def test_score_change_labels() -> None:
    from counterweight.services.score_labels import score_change_label

    old = Score(option_id="a", criterion_id="e", value=2, rationale="weak")
    assert score_change_label(old, old.model_copy(update={"value": 3})) == "Set score"
    assert score_change_label(old, old.model_copy(update={"low": 1})) == "Set score"
    assert score_change_label(old, old.model_copy(update={"rationale": "new"})) == "Set rationale"
    cited = old.model_copy(update={"evidence": [EvidenceRef(source="Report 7")]})
    assert score_change_label(old, cited) == "Edit evidence"
    assert score_change_label(old, cited.model_copy(update={"rationale": "new"})) == "Edit score details"
    assert score_change_label(old, None) == "Clear score"
    assert score_change_label(None, Score(option_id="a", criterion_id="e", rationale="why")) == "Set rationale"
    assert score_change_label(None, Score(option_id="a", criterion_id="e", value=1)) == "Set score"


def test_typing_over_a_cell_is_set_score_and_clearing_one_is_clear_score(qtbot, window, controller) -> None:  # noqa: ANN001
    matrix = window.score_matrix
    matrix.select_cell("a", "cost")  # 2, with a rationale kept when the value is typed over
    assert matrix.model.setData(matrix.view.currentIndex(), "4")
    _named(window, controller, "Set score")
    assert controller.decision.score("a", "cost").rationale == "cheap"
    matrix.clear_selected()  # Delete on one cell
    _named(window, controller, "Clear score")
