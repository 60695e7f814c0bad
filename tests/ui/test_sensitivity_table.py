"""The Sensitivity tab's thresholds table: refilling it measures each row once, and rows fit their lines."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QWidget

from counterweight.services.robustness import sensitivity_analysis
from counterweight.ui.models.sensitivity_table import COL_CHANGES, ThresholdTable

pytestmark = pytest.mark.qt


class _CountingDelegate(QStyledItemDelegate):
    """Counts how often the table measures a cell (for its row heights)."""

    def __init__(self) -> None:
        super().__init__()
        self.measured = 0

    def sizeHint(self, option, index):
        self.measured += 1
        return super().sizeHint(option, index)


@pytest.fixture
def shown_table(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    table = ThresholdTable(host)
    host.resize(600, 700)
    table.table.resize(600, 700)
    host.show()
    qtbot.waitExposed(host)
    yield table
    host.close()  # the host (and its table) live until here


def _decision():
    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    from synthetic import generate_decision

    return generate_decision(12, 16, seed=4)


def test_refilling_measures_each_row_once_not_after_every_cell(shown_table, qtbot) -> None:
    """Replacing the cells of rows already shown measured every row after every new cell (cells x rows).

    Each new cell marked the row heights for re-measuring, and repainting that cell asked where its
    row is, which re-measured every row at once.
    """
    decision = _decision()
    sens = sensitivity_analysis(decision)
    delegate = _CountingDelegate()
    shown_table.table.setItemDelegate(delegate)
    shown_table.fill(sens, decision)
    qtbot.wait(50)  # laid out: the rows exist and have their heights (a pending layout hides the cost)
    delegate.measured = 0
    shown_table.fill(sens, decision)  # a new result for the same criteria (an edit elsewhere)
    cells = shown_table.table.rowCount() * shown_table.table.columnCount()
    assert cells >= 3 * 16
    assert delegate.measured <= 3 * cells  # about one measurement per cell; it was cells x rows


def test_rows_fit_the_wrapped_threshold_cells_after_a_refill(shown_table, qtbot) -> None:
    decision = _decision()
    sens = sensitivity_analysis(decision)
    for _ in range(2):
        shown_table.fill(sens, decision)
        qtbot.wait(20)
    t = shown_table.table
    metrics, width = t.fontMetrics(), t.columnWidth(COL_CHANGES) - 8  # the cell's text margins
    rows = [r for r in range(t.rowCount()) if t.item(r, COL_CHANGES).text() != "—"]
    assert rows, "the example should have at least one threshold"
    for r in rows:
        needed = metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap),
                                      t.item(r, COL_CHANGES).text()).height()
        assert t.rowHeight(r) >= needed, r
    assert shown_table.rows()[0][0].strip() == sens.criteria[0].name
