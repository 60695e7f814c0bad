"""QA pass 22 item 6: a ranking row whose weighted sum counts a missing score as the worst value is marked.

The weighted sum scores a missing value as 0 (the worst on its scale); the note saying so was in
the list under the chart, out of sight at 1,366 x 768, and the row showed a plain score. Now the
score cell carries a warning mark, the row's tooltip and spoken text say "1 missing score counted
as the worst value", and a line above the table leads to the notes. Decision:
tests.factories.small_decision with Bravo's Cost cleared (so Bravo scores 0 there instead of 0.5).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea

from counterweight.domain import AggregationMethod
from counterweight.services.edits import SetMethod, SetScore
from counterweight.ui.widgets.ranking_panel import RankingPanel

pytestmark = pytest.mark.qt


@pytest.fixture
def panel(qtbot, controller):
    assert controller.submit(SetScore("b", "cost", None)) is None
    widget = RankingPanel(controller)
    qtbot.addWidget(widget)
    widget.resize(480, 560)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _row(panel: RankingPanel, name: str) -> int:
    return next(r for r in range(panel.model.rowCount()) if panel.model.index(r, 1).data() == name)


def test_the_row_with_a_missing_score_is_marked_with_words(panel) -> None:
    model = panel.model
    bravo = _row(panel, "Bravo")
    score = model.index(bravo, 2)
    assert score.data(Qt.ItemDataRole.DecorationRole) is not None  # the mark beside the number
    tip = score.data(Qt.ItemDataRole.ToolTipRole)
    assert "1 missing score counted as the worst value (0): 'Cost'" in tip
    assert "1 missing score counted as the worst value" in model.index(bravo, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "1 missing score counted as the worst value" in score.data(Qt.ItemDataRole.AccessibleTextRole)
    alpha = _row(panel, "Alpha")
    assert model.index(alpha, 2).data(Qt.ItemDataRole.DecorationRole) is None
    assert "worst" not in model.index(alpha, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert model.marked_rows() == 1


def test_a_line_above_the_table_leads_to_the_notes(qtbot, panel) -> None:
    line = panel.missing_line
    assert line.isVisible()
    assert "1 option has a missing score counted as the worst value" in line.text()
    assert line.accessibleDescription()
    line.linkActivated.emit("#notes")
    qtbot.waitUntil(panel.diagnostics.hasFocus)
    current = panel.diagnostics.currentItem()
    assert "'Bravo' has no score on 'Cost'" in current.text()


def test_the_notes_are_scrolled_into_view_inside_a_short_page(qtbot, controller) -> None:
    assert controller.submit(SetScore("b", "cost", None)) is None
    area = QScrollArea()
    qtbot.addWidget(area)
    panel = RankingPanel(controller)
    panel.setMinimumHeight(900)  # taller than the page, as at 1,366 x 768
    area.setWidget(panel)
    area.setWidgetResizable(True)
    area.resize(480, 300)
    area.show()
    qtbot.waitExposed(area)
    assert area.verticalScrollBar().value() == 0
    panel.missing_line.linkActivated.emit("#notes")  # scrolls at once: no timer to wait for
    assert area.verticalScrollBar().value() > 0
    notes = panel.diagnostics
    top = notes.mapTo(panel, notes.rect().topLeft()).y() - area.verticalScrollBar().value()
    assert 0 <= top and top + notes.height() <= area.viewport().height()  # the whole list in sight now
    assert notes.height() >= 2 * notes.fontMetrics().lineSpacing() * 2  # room for two notes of two lines


def test_other_methods_and_weightless_criteria_are_not_marked(qtbot, panel, controller) -> None:
    method = controller.decision.method.model_copy(update={"aggregation": AggregationMethod.TOPSIS})
    assert controller.submit(SetMethod(method)) is None
    assert panel.model.marked_rows() == 0  # TOPSIS cannot place Bravo: "—" and its own reason
    assert not panel.missing_line.isVisible()
    controller.undo_stack.undo()
    assert panel.model.marked_rows() == 1
    from counterweight.services.edits import SetWeights

    assert controller.submit(SetWeights({"cost": 0})) is None  # Cost no longer counts
    assert panel.model.marked_rows() == 0 and not panel.missing_line.isVisible()
