"""Edit › Recommendation and decision…: fill, save as one undo step, the line in the Ranking panel, read-only."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMenu

from counterweight.domain.conclusion import Conclusion
from counterweight.services.session import ProjectSession
from tests.factories import small_decision

pytestmark = pytest.mark.qt


def _dialogs():
    """The module under test (imported in the tests, so an older tree fails on its assertions)."""
    from counterweight.ui.dialogs import conclusion_dialog
    return conclusion_dialog


def _when_open(act) -> None:
    """Call ``act(dialog)`` once the dialog is the active modal window."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, _dialogs().ConclusionDialog):
            act(dialog)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def _line(window) -> QLabel:
    return window.ranking_panel.findChild(QLabel, "conclusionLine")


def test_menu_item_records_the_conclusion_in_one_undo_step(qtbot, window, controller) -> None:
    edit_menu = window.menuBar().findChild(QMenu, "editMenu")
    action = next(a for a in edit_menu.actions() if a.objectName() == "conclusionAction")
    assert "&" in action.text()
    assert not _line(window).isVisibleTo(window)  # nothing recorded: no line

    def fill(dialog) -> None:
        # small_decision ranks Alpha first
        assert dialog.top_label.text() == "The analysis ranks Alpha first (68.8 out of 100)."
        assert dialog.recommended_combo.itemText(0) == "None yet"
        assert dialog.decided_combo.itemText(0) == "Not decided yet"
        assert not dialog.differs_label.isVisibleTo(dialog)
        dialog.recommended_combo.setCurrentIndex(dialog.recommended_combo.findData("c"))
        assert dialog.differs_label.isVisibleTo(dialog)  # Charlie is not the top option: the line says so
        assert "No reasons are given yet" in dialog.differs_label.text()
        qtbot.keyClicks(dialog.reasons_edit, "Cheaper to run")
        assert "No reasons are given yet" not in dialog.differs_label.text()
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        dialog.recommended_by_edit.setText("Policy team")
        dialog.decided_combo.setCurrentIndex(dialog.decided_combo.findData("c"))
        assert not dialog.decided_differs_label.isVisibleTo(dialog)  # same as the recommendation: said once
        dialog.decided_by_edit.setText("Minister")
        dialog.dated_check.setChecked(True)
        dialog.date_edit.setDate(QDate(2026, 3, 5))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    steps = controller.undo_stack.count()
    _when_open(fill)
    action.trigger()
    assert controller.decision.conclusion == Conclusion(
        recommended_option_id="c", recommendation="Cheaper to run", recommended_by="Policy team",
        decided_option_id="c", decided_by="Minister", decided_on=dt.date(2026, 3, 5))
    assert controller.undo_stack.count() == steps + 1
    line = _line(window)
    assert line.isVisibleTo(window)
    assert line.text() == "Recommended: Charlie (by Policy team). Decided: Charlie, by Minister on 5 March 2026."
    controller.undo_stack.undo()
    assert controller.decision.conclusion is None
    assert not _line(window).isVisibleTo(window)


def test_clearing_everything_records_none_and_cancel_changes_nothing(qtbot, window, controller) -> None:
    from counterweight.services.conclusion_edits import SetConclusion

    controller.submit(SetConclusion(Conclusion(decided_option_id="b")))
    assert _line(window).text() == "Decided: Bravo."

    def cancel(dialog) -> None:
        dialog.decided_combo.setCurrentIndex(0)
        dialog.reject()

    _when_open(cancel)
    assert _dialogs().edit_conclusion(controller, window) is False
    assert controller.decision.conclusion == Conclusion(decided_option_id="b")

    def clear(dialog) -> None:
        assert dialog.decided_differs_label.isVisibleTo(dialog)  # Bravo is not the top option
        dialog.decided_combo.setCurrentIndex(0)
        assert not dialog.decided_differs_label.isVisibleTo(dialog)
        dialog.accept()

    _when_open(clear)
    assert _dialogs().edit_conclusion(controller, window) is True
    assert controller.decision.conclusion is None


def test_read_only_project_shows_the_record_and_cannot_save(qtbot, tmp_path: Path) -> None:
    from counterweight.ui.session_controller import SessionController

    path = tmp_path / "ro.counterweight"
    decision = small_decision().model_copy(update={"conclusion": Conclusion(
        recommended_option_id="b", recommendation="Strongest effect", decided_on=dt.date(2026, 1, 2))})
    ProjectSession.create(path, decision).close()
    controller = SessionController(ProjectSession.open(path, read_only=True))
    try:
        dialog = _dialogs().ConclusionDialog(controller.decision, controller.evaluation, None, read_only=True)
        qtbot.addWidget(dialog)
        assert dialog.recommended_combo.currentData() == "b" and not dialog.recommended_combo.isEnabled()
        assert dialog.reasons_edit.toPlainText() == "Strongest effect" and dialog.reasons_edit.isReadOnly()
        assert dialog.dated_check.isChecked() and dialog.date_edit.date() == QDate(2026, 1, 2)
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        assert "read-only" in dialog.problem.text()
    finally:
        controller.close_session()


def test_every_field_has_an_access_key_and_an_accessible_name(qtbot, controller) -> None:
    dialog = _dialogs().ConclusionDialog(controller.decision, controller.evaluation)
    qtbot.addWidget(dialog)
    fields = [dialog.recommended_combo, dialog.reasons_edit, dialog.recommended_by_edit, dialog.decided_combo,
              dialog.decided_by_edit, dialog.dated_check, dialog.date_edit, dialog.note_edit]
    for field in fields:
        assert field.accessibleName(), field.objectName()
    keys = []
    for label in dialog.findChildren(QLabel):
        if label.buddy() is not None and "&" in label.text():
            keys.append(label.text()[label.text().index("&") + 1].lower())
    keys.append(dialog.dated_check.text()[dialog.dated_check.text().index("&") + 1].lower())
    assert len(keys) == len(set(keys)) == 7  # each field but the date (reached by its tick box) has its letter
    # Tab goes through the fields in reading order
    order, widget = [], dialog.recommended_combo
    for _ in range(len(fields)):
        order.append(widget)
        widget = widget.nextInFocusChain()
        while widget not in fields and widget is not dialog.recommended_combo:
            widget = widget.nextInFocusChain()
    assert order == fields
