"""Edit › Decision details…: title, description and notice, checked in place and applied as one undo step."""

from __future__ import annotations

import pytest
from counterweight.domain import Decision
from counterweight.ui.dialogs.decision_details_dialog import (
    DecisionDetailsDialog,
    max_length,
)
from pydantic import ValidationError
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMenu

pytestmark = pytest.mark.qt


def _when_open(qtbot, act) -> None:
    """Call ``act(dialog)`` once the details dialog is the active modal window."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, DecisionDetailsDialog):
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


@pytest.mark.parametrize("field", ["title", "description", "notice"])
def test_length_limits_are_the_domains(controller, field: str) -> None:
    limit = max_length(field)
    data = controller.decision.model_dump()
    Decision.model_validate({**data, field: "x" * limit})
    with pytest.raises(ValidationError):
        Decision.model_validate({**data, field: "x" * (limit + 1)})


def test_menu_item_edits_title_description_and_notice_in_one_undo_step(qtbot, window, controller) -> None:
    edit_menu = window.menuBar().findChild(QMenu, "editMenu")
    action = next(a for a in edit_menu.actions() if a.objectName() == "decisionDetailsAction")

    def fill(dialog: DecisionDetailsDialog) -> None:
        assert dialog.title_edit.text() == "Small test decision"
        assert dialog.notice_edit.toPlainText() == "Test data only"
        dialog.title_edit.setText("  Housing supply  ")
        dialog.description_edit.setPlainText("Which policy adds homes fastest")
        dialog.notice_edit.setPlainText("Draft: scores not yet reviewed")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    steps = controller.undo_stack.count()
    _when_open(qtbot, fill)
    action.trigger()
    d = controller.decision
    assert (d.title, d.description, d.notice) == (
        "Housing supply", "Which policy adds homes fastest", "Draft: scores not yet reviewed")
    assert window.windowTitle().startswith("Housing supply — ")
    assert window.banners.notice_banner.text() == "Draft: scores not yet reviewed"
    assert controller.undo_stack.count() == steps + 1
    controller.undo_stack.undo()
    d = controller.decision
    assert (d.title, d.description, d.notice) == ("Small test decision", "", "Test data only")
    assert window.windowTitle().startswith("Small test decision — ")
    assert window.banners.notice_banner.text() == "Test data only"


def test_escape_cancels(qtbot, window, controller) -> None:
    def type_then_escape(dialog: DecisionDetailsDialog) -> None:
        qtbot.keyClicks(dialog.title_edit, " changed")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Escape)

    _when_open(qtbot, type_then_escape)
    assert window.edit_decision_details() is False
    assert controller.decision.title == "Small test decision"
    assert controller.undo_stack.count() == 0


def test_empty_title_is_refused_under_the_field(qtbot) -> None:
    dialog = DecisionDetailsDialog("Old", "", "", None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title_edit.setText("   ")
    dialog.accept()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.title_problem.isVisible() and "title" in dialog.title_problem.text().lower()
    assert not dialog.notice_problem.isVisible()
    dialog.title_edit.setText("New")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.title_problem.isVisible()


def test_too_long_notice_is_refused_under_the_field(qtbot) -> None:
    limit = max_length("notice")
    dialog = DecisionDetailsDialog("Title", "", "", None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.notice_edit.setPlainText("n" * (limit + 1))
    dialog.accept()
    assert dialog.isVisible() and dialog.notice_problem.isVisible()
    assert str(limit) in dialog.notice_problem.text() and not dialog.title_problem.isVisible()


def test_every_field_is_named_and_described(qtbot) -> None:
    dialog = DecisionDetailsDialog("Title", "", "", None)
    qtbot.addWidget(dialog)
    for edit in (dialog.title_edit, dialog.description_edit, dialog.notice_edit):
        assert edit.accessibleName() and edit.accessibleDescription()
    assert "banner" in dialog.notice_edit.accessibleDescription().lower()


def test_read_only_project_shows_details_without_saving(qtbot) -> None:
    dialog = DecisionDetailsDialog("Title", "About", "Note", None, read_only=True)
    qtbot.addWidget(dialog)
    assert dialog.title_edit.isReadOnly() and dialog.notice_edit.isReadOnly()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
