"""The Uncertainty tab's tables of a result of many options show its best options only (session 25).

A run of 1,000 options made a ranks table of 1,000 x 1,002 cells, filled a row at a
time for twenty seconds of the GUI thread's time. The tables now hold at most
``MAX_TABLE_ROWS`` options (those most often ranked first) and as many ranks, and the
note says so; a result of fewer options is shown whole, as before.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QVBoxLayout, QWidget

from counterweight.ui.models.acceptability_model import (
    MAX_TABLE_ROWS,
    AcceptabilityResults,
    central_weights_table,
    ranks_table,
)
from tests.factories import smaa_result

pytestmark = pytest.mark.qt


def _result(n: int):
    """Option k always takes rank n - k: the last option is the one most often first."""
    return smaa_result(np.eye(n)[::-1], [f"Option {k}" for k in range(n)])


@pytest.fixture
def results(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    shown = AcceptabilityResults(host)
    layout = QVBoxLayout(host)
    layout.addWidget(shown.notes)
    layout.addWidget(shown.splitter, 1)
    host.resize(700, 600)
    host.show()
    yield shown
    del host


def _show(qtbot, results: AcceptabilityResults, r) -> None:
    done: list[bool] = []
    results.show_result(r, "exact", on_shown=lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)


def test_a_result_of_many_options_fills_only_the_best_rows_and_ranks(qtbot, results):
    n = MAX_TABLE_ROWS + 50
    r = _result(n)
    assert len(ranks_table(r, MAX_TABLE_ROWS).rows) == MAX_TABLE_ROWS
    _show(qtbot, results, r)
    t = results.ranks
    assert t.rowCount() == MAX_TABLE_ROWS  # was 150 rows of 152 cells
    assert t.columnCount() == 2 + MAX_TABLE_ROWS  # option, confidence, ranks 1 to 100
    assert t.item(0, 0).text() == f"Option {n - 1}"  # best first
    assert t.horizontalHeaderItem(t.columnCount() - 1).text() == f"Rank {MAX_TABLE_ROWS}"
    assert results.central.rowCount() == MAX_TABLE_ROWS
    assert f"top {MAX_TABLE_ROWS} of {n} options" in results.notes.text()


def test_a_result_of_fewer_options_is_shown_whole(qtbot, results):
    r = _result(7)
    assert len(ranks_table(r).rows) == len(central_weights_table(r).rows) == 7
    _show(qtbot, results, r)
    assert results.ranks.rowCount() == 7 and results.ranks.columnCount() == 2 + 7
    assert results.central.rowCount() == 7
    assert "top" not in results.notes.text()
