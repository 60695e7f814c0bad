"""Issue 6, session 27: what one scroll step of the score matrix asks of Python, counted.

A page step of the 1,000 x 60 matrix costs a few milliseconds of the GUI thread, and what
is left of it is mostly calls from Qt into Python (docs/performance.md, "Scrolling 1,000 x 60
(session 27)"). These tests count those calls per page step, down and across, so a change
that brings back the seven ``data()`` roles per cell of Qt's own item drawing, or adds a
call per cell, fails here instead of silently costing frames. No time is measured.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

from counterweight.ui.models.score_table_model import ScoreTableModel
from counterweight.ui.widgets.score_matrix import ScoreMatrix
from tests.ui.conftest import controller_on, shown

pytestmark = pytest.mark.qt


@pytest.fixture
def big(tmp_path):
    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    from synthetic import generate_decision

    yield from controller_on(tmp_path / "big.counterweight", generate_decision(200, 30, seed=2))


@pytest.fixture
def counted(qtbot, big, monkeypatch):
    """A shown matrix whose model counts its Python calls (patched before the model is made:
    PySide6 looks a Python override up when the object is created)."""
    calls: Counter[str] = Counter()
    for name in ("data", "flags", "headerData", "rowCount", "columnCount", "painted_cell"):
        real = getattr(ScoreTableModel, name)

        def counting(self, *args, _real=real, _name=name):  # noqa: ANN001, ANN002, ANN202
            calls[_name] += 1
            return _real(self, *args)

        monkeypatch.setattr(ScoreTableModel, name, counting)
    matrix = shown(qtbot, ScoreMatrix(big), 760, 420)
    qtbot.waitUntil(lambda: matrix.columns_fitted)
    matrix.select_cell(big.decision.options[0].id, big.decision.leaves[0].id)  # a current cell, as in use
    direct = matrix.view.itemDelegate().direct
    real_paint = direct.paint

    def painting(*args):  # noqa: ANN002, ANN202
        calls["cells"] += 1
        return real_paint(*args)

    monkeypatch.setattr(direct, "paint", painting)
    return matrix, calls


def _page_step(matrix: ScoreMatrix, calls: Counter[str], across: bool) -> Counter[str]:
    view = matrix.view
    bar = view.horizontalScrollBar() if across else view.verticalScrollBar()
    calls.clear()
    bar.setValue(bar.value() + bar.pageStep())
    view.viewport().repaint()
    step = Counter(calls)
    calls.clear()
    view.horizontalHeader().viewport().repaint()
    view.verticalHeader().viewport().repaint()
    step.update({f"header {k}": n for k, n in calls.items()})
    return step


@pytest.mark.parametrize("across", [False, True], ids=["down", "across"])
@pytest.mark.parametrize("cold", [False, True], ids=["warm", "cold"])
def test_a_page_step_asks_no_data_role_and_at_most_two_flags_per_cell(counted, across, cold) -> None:
    matrix, calls = counted
    if cold:  # every cell worked out again, as after an edit
        matrix.model._cells.forget()
    step = _page_step(matrix, calls, across)
    cells = step["cells"]
    assert cells >= 30  # a page of the matrix was painted
    assert step["data"] == 0  # the direct painting reads one paint tuple per cell, no role through Qt
    assert step["painted_cell"] == cells
    assert step["flags"] <= 2.5 * cells  # drawCell's enabled check and the selection's (about 2.1)
    assert step["rowCount"] + step["columnCount"] <= 3 * cells  # Qt's index() checks both (about 2.4)
    # only the headers' sections in view are asked, a few roles each (about 7)
    sections = cells ** 0.5 * 2 + 4
    assert step["headerData"] + step["header headerData"] <= 12 * sections
    assert step["header flags"] <= 2 * sections  # the headers' highlight of the current row and column


def test_the_counts_notice_a_return_to_the_styles_drawing(counted) -> None:
    """Without the direct path (Qt's item style draws every cell) the same step asks ``data()`` per role."""
    matrix, calls = counted
    matrix.view.itemDelegate().direct = None
    step = _page_step(matrix, calls, across=False)
    assert step["data"] >= 5 * 30
