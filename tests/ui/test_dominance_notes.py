"""The Ranking tab's notes name a dominated option and a criterion that cannot separate the options (QA 21)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractItemView

from counterweight.domain import Score
from counterweight.services.edits import SetScore
from counterweight.ui.widgets.ranking_panel import RankingPanel

pytestmark = pytest.mark.qt


@pytest.fixture
def panel(qtbot, controller):
    widget = RankingPanel(controller)
    qtbot.addWidget(widget)
    widget.resize(480, 560)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _set(controller, option: str, criterion: str, **value) -> None:  # noqa: ANN001, ANN003
    controller.submit(SetScore(option, criterion, Score(option_id=option, criterion_id=criterion, **value)))


def test_a_dominated_option_replaces_no_problems_found(qtbot, panel, controller):
    assert panel.diagnostic_messages() == ["No problems found."]
    # Charlie worse than Alpha on all three criteria: harm High (Alpha Low), effect 1 (2), cost 9 (2)
    _set(controller, "c", "harm", level="High")
    _set(controller, "c", "effect", value=1)
    _set(controller, "c", "cost", value=9)
    (note,) = panel.diagnostic_messages()
    assert note.startswith("'Charlie' is dominated by 'Alpha' on the rated values: 'Alpha' is at least as good")
    item = panel.diagnostics.item(0)
    assert item.toolTip() == "Note: " + note
    with qtbot.waitSignal(panel.diagnosticActivated, timeout=1000) as blocker:
        panel.diagnostics.itemActivated.emit(item)
    assert blocker.args == ["c", ""]
    # a note taller than the list scrolls a line at a time rather than being cut off
    assert panel.diagnostics.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerPixel
    for _ in range(3):
        controller.undo_stack.undo()
    assert panel.diagnostic_messages() == ["No problems found."]


def test_a_criterion_every_option_scores_the_same_on_is_noted(panel, controller):
    for option in ("a", "b", "c"):
        _set(controller, option, "harm", level="Moderate")
    (note,) = panel.diagnostic_messages()
    assert note.startswith("On 'Civilian harm' every option has the same score, so it cannot tell the options apart")
    assert "sensitivity thresholds" in note
