"""The Perspectives tab's buttons are enabled only when they can act (QA, session 28).

Rename…, Delete and Compare… were enabled with empty lists and silently did nothing.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from tests.ui.conftest import shown

pytestmark = pytest.mark.qt

ACTING_ON_A_CHOICE = ("renameWeightSetButton", "deleteWeightSetButton", "renameScenarioButton",
                      "deleteScenarioButton", "compareSnapshotsButton", "deleteSnapshotButton")
ADDING = ("saveWeightSetButton", "newScenarioButton", "takeSnapshotButton")


def _button(panel, name: str) -> QPushButton:
    return panel.findChild(QPushButton, name)


@pytest.fixture
def panel(qtbot, controller):
    from counterweight.ui.widgets.perspectives_panel import PerspectivesPanel

    return shown(qtbot, PerspectivesPanel(controller), 900, 700)


def test_with_empty_lists_only_the_buttons_that_add_are_enabled(panel) -> None:
    assert panel.weight_set_list.count() == panel.scenario_list.count() == panel.snapshot_list.count() == 0
    enabled = {name for name in (*ACTING_ON_A_CHOICE, *ADDING) if _button(panel, name).isEnabled()}
    assert enabled == set(ADDING)
    assert _button(panel, "compareSnapshotsButton").toolTip(), "a disabled button says what it waits for"


def test_the_buttons_follow_the_selection(panel) -> None:
    panel.save_current_weights("Treasury")
    assert not _button(panel, "renameWeightSetButton").isEnabled()  # nothing selected yet
    panel.weight_set_list.setCurrentRow(0)
    assert _button(panel, "renameWeightSetButton").isEnabled() and _button(panel, "deleteWeightSetButton").isEnabled()
    panel.new_scenario("Harm spike")  # a new scenario is selected for the editor below
    assert _button(panel, "renameScenarioButton").isEnabled() and _button(panel, "deleteScenarioButton").isEnabled()
    panel.take_snapshot("Before")
    assert not _button(panel, "compareSnapshotsButton").isEnabled()
    panel.snapshot_list.item(0).setSelected(True)
    assert _button(panel, "compareSnapshotsButton").isEnabled() and _button(panel, "deleteSnapshotButton").isEnabled()
    panel.snapshot_list.clearSelection()
    assert not _button(panel, "deleteSnapshotButton").isEnabled()


def test_deleting_the_last_perspective_leaves_the_focus_on_its_list(qtbot, panel) -> None:
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    panel.save_current_weights("Treasury")
    panel.weight_set_list.setCurrentRow(0)
    delete = _button(panel, "deleteWeightSetButton")
    delete.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is delete)
    QTest.keyClick(delete, Qt.Key.Key_Space)
    assert panel.weight_set_list.count() == 0 and not delete.isEnabled()
    assert QApplication.focusWidget() is panel.weight_set_list


def test_a_read_only_project_offers_only_compare(qtbot, tmp_path) -> None:
    from counterweight.services.perspectives import TakeSnapshot
    from counterweight.services.session import ProjectSession
    from counterweight.ui.session_controller import SessionController
    from counterweight.ui.widgets.perspectives_panel import PerspectivesPanel
    from tests.factories import small_decision

    path = tmp_path / "kept.counterweight"
    with ProjectSession.create(path, small_decision()) as session:
        session.apply(TakeSnapshot.of(session.decision, "Before"))
    controller = SessionController(ProjectSession.open(path, read_only=True))
    panel = shown(qtbot, PerspectivesPanel(controller), 900, 700)
    panel.snapshot_list.item(0).setSelected(True)
    enabled = {name for name in (*ACTING_ON_A_CHOICE, *ADDING) if _button(panel, name).isEnabled()}
    assert enabled == {"compareSnapshotsButton"}
    controller.close_session()
