"""Criteria › Move to group…: a criterion goes into another group or to the top level, as one undo step."""

from __future__ import annotations


import pytest
from counterweight.domain import Criterion
from counterweight.services.edits import AddCriterion, RemoveCriterion
from counterweight.ui.dialogs.move_criterion_dialog import (
    MoveCriterionDialog,
    destinations,
)
from counterweight.ui.widgets.criteria_panel import CriteriaPanel
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton

from tests.ui.criteria_helpers import criteria_panel, isolated_home  # noqa: E402

pytestmark = pytest.mark.qt


_isolated_home = pytest.fixture(autouse=True)(isolated_home)
panel = pytest.fixture(criteria_panel)


def child_ids(controller, parent_id: str | None) -> list[str]:
    return [c.id for c in controller.decision.children(parent_id)]


def test_destinations_are_other_groups_and_the_top_level(controller) -> None:
    d = controller.decision
    assert [p for p, _ in destinations(d, "cost")] == [None, "risks"]  # not its own group, no scored criterion
    assert [p for p, _ in destinations(d, "benefits")] == ["risks"]  # already at the top level
    assert dict(destinations(d, "harm"))["benefits"] == "Benefits"


def test_a_group_is_never_offered_itself_or_what_it_holds(controller) -> None:
    controller.submit(AddCriterion(Criterion(id="econ", name="Economic", parent_id="benefits")))
    controller.submit(AddCriterion(Criterion(id="jobs", name="Jobs", parent_id="econ")))
    d = controller.decision
    assert [p for p, _ in destinations(d, "benefits")] == ["risks"]
    assert [p for p, _ in destinations(d, "econ")] == [None, "risks"]
    assert dict(destinations(d, "cost"))["econ"] == "Benefits › Economic"  # named by its path


def test_move_into_another_group_keeps_points_and_scores_and_undoes_in_one_step(panel, controller) -> None:
    before = controller.decision
    steps = controller.undo_stack.count()
    assert panel.move_into("cost", "risks") is None
    after = controller.decision
    assert child_ids(controller, "risks") == ["harm", "cost"]
    assert child_ids(controller, "benefits") == ["effect"]
    assert after.criterion("cost").weight == before.criterion("cost").weight == 1
    assert after.criterion("effect").weight == 3 and after.criterion("harm").weight == 1  # siblings untouched
    cost_scores = [s for s in before.scores if s.criterion_id == "cost"]
    assert len(cost_scores) == 3 and [s for s in after.scores if s.criterion_id == "cost"] == cost_scores
    assert panel.current_criterion().id == "cost"
    assert controller.undo_stack.count() == steps + 1
    controller.undo_stack.undo()
    assert controller.decision.criteria == before.criteria


def test_moving_the_last_criterion_out_leaves_an_empty_group(panel, controller) -> None:
    """The group stays (it can be deleted or filled again); the ranking warns that it is empty."""
    assert panel.move_into("harm", None) is None
    d = controller.decision
    assert child_ids(controller, None) == ["risks", "benefits", "harm"]
    assert d.criterion("risks").is_group and d.children("risks") == []
    assert "empty_group" in {x.code for x in controller.evaluation.diagnostics}


def test_the_action_is_in_the_context_menu_with_a_shortcut_and_description(panel) -> None:
    action = panel.move_to_group_action
    assert action in panel.tree.actions() and action in panel.edit_actions()
    assert action.shortcut().toString() == "Ctrl+Shift+M"
    button = panel.buttons.findChild(QToolButton, "moveCriterionToGroupButton")
    assert button is not None and button.accessibleName() and "Ctrl+Shift+M" in button.accessibleDescription()


def test_keyboard_only_move_into_a_group(qtbot, panel, controller) -> None:
    panel.activateWindow()
    panel.tree.setFocus()
    qtbot.waitUntil(panel.tree.hasFocus)
    panel.select_criterion("cost")
    seen: list[str] = []

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MoveCriterionDialog):
            QTimer.singleShot(20, choose)
            return
        seen.append(dialog.list.currentItem().text())
        qtbot.keyClick(dialog.list, Qt.Key.Key_Down)  # Top level -> Risks
        seen.append(dialog.list.currentItem().text())
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose)
    qtbot.keyClick(panel.tree, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: child_ids(controller, "risks") == ["harm", "cost"])
    assert seen == ["Top level", "Risks"]


def test_escape_leaves_the_criterion_where_it_was(qtbot, panel, controller) -> None:
    panel.select_criterion("cost")

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MoveCriterionDialog):
            QTimer.singleShot(20, cancel)
            return
        qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)

    QTimer.singleShot(0, cancel)
    panel.move_to_group_action.trigger()
    assert child_ids(controller, "benefits") == ["effect", "cost"]
    assert controller.undo_stack.count() == 0


def test_no_other_group_says_so(panel, controller, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: told.append(text))
    controller.submit(RemoveCriterion("risks"))
    panel.select_criterion("benefits")
    panel.move_to_group_action.trigger()
    assert len(told) == 1 and "Benefits" in told[0] and "+ Group" in told[0]
    assert child_ids(controller, None) == ["benefits"]


def test_read_only_disables_the_action(qtbot, small_session) -> None:
    from counterweight.services.session import ProjectSession
    from counterweight.ui.session_controller import SessionController

    path = small_session.path
    small_session.close()
    controller = SessionController(ProjectSession.open(path, read_only=True))
    widget = CriteriaPanel(controller)
    qtbot.addWidget(widget)
    widget.select_criterion("cost")
    assert not widget.move_to_group_action.isEnabled()
    widget.move_to_group()  # does nothing
    assert child_ids(controller, "benefits") == ["effect", "cost"]
    controller.close_session()
