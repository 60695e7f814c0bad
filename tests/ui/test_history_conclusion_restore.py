"""History > Restore this value on an entry that changed the recommendation and decision record (h25d)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from counterweight.domain.conclusion import Conclusion
from counterweight.services.conclusion_edits import SetConclusion
from counterweight.services.option_edits import RemoveOption
from counterweight.ui.session_controller import SessionController
from counterweight.ui.widgets.history_panel import ENTRY_ID_ROLE, HistoryPanel

pytestmark = pytest.mark.qt

FIRST = Conclusion(recommended_option_id="c", recommendation="Cheaper to run")


def _panel(qtbot, controller: SessionController) -> HistoryPanel:  # noqa: ANN001
    widget = HistoryPanel(controller)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.rowCount() > 0)
    return widget


def _newest(panel: HistoryPanel) -> int:
    return panel.model.index(0, 0).data(ENTRY_ID_ROLE)


def test_the_button_restores_the_record_in_one_step(qtbot, controller: SessionController) -> None:  # noqa: ANN001
    assert controller.submit(SetConclusion(FIRST)) is None  # entry 2
    assert controller.submit(SetConclusion(FIRST.model_copy(update={"decided_option_id": "b"}))) is None  # entry 3
    panel = _panel(qtbot, controller)
    assert panel.select_entry(3) and panel.restore_button.isEnabled()
    steps = controller.undo_stack.count()
    qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert controller.decision.conclusion == FIRST and controller.undo_stack.count() == steps + 1
    qtbot.waitUntil(lambda: _newest(panel) == 4)
    assert panel.model.index(0, 3).data() == "Restore value from entry #3"
    assert panel.model.index(0, 4).data() == "recommendation and decision"
    assert panel.message_label.text() == "Restored the value from entry 3."
    controller.undo_stack.undo()
    assert controller.decision.conclusion.decided_option_id == "b"


def test_a_record_naming_a_deleted_option_is_refused_in_words(qtbot, controller: SessionController) -> None:  # noqa: ANN001
    assert controller.submit(SetConclusion(FIRST)) is None  # entry 2
    assert controller.submit(SetConclusion(None)) is None  # entry 3: its old value recommends Charlie
    assert controller.submit(RemoveOption("c")) is None
    panel = _panel(qtbot, controller)
    assert panel.select_entry(3) and panel.restore_button.isEnabled()
    error = panel.restore_selected()
    assert error is not None and "the option it recommends has been deleted since" in error
    assert "the option it recommends has been deleted since" in panel.message_label.text()
    assert controller.decision.conclusion is None
