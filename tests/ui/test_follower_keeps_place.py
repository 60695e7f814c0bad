"""A read-only window that follows another window's saves keeps the part of the score matrix in view (h28d).

Each save read again resets the matrix's model. The current cell was then scrolled back
into view, so a matrix scrolled away from it (the wheel, the scroll bars) jumped back to
it; and the columns are fitted again after a reset, some only after the first paint, so
a matrix scrolled fully right could end a column short of the right edge once the late
fitting moved the scroll bar's maximum. Now the options and criteria in view are put
back by id, and a matrix scrolled fully right or down stays there.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from counterweight.services.edits import UpdateCriterion, UpdateInfo
from counterweight.services.session import ProjectSession
from counterweight.ui.session_controller import SessionController
from counterweight.ui.widgets.score_matrix import ScoreMatrix
from tests.ui.conftest import shown

pytestmark = pytest.mark.qt


@pytest.fixture
def follower(qtbot, tmp_path: Path):
    """(first, matrix, reader): ``first`` holds a 200 x 30 project; the matrix shows ``reader``, read-only."""
    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    from synthetic import generate_decision

    path = tmp_path / "big.counterweight"
    ProjectSession.create(path, generate_decision(200, 30, seed=2)).close()
    first = ProjectSession.open(path)
    controller = SessionController(ProjectSession.open(path))
    assert controller.read_only
    matrix = shown(qtbot, ScoreMatrix(controller), 760, 420)
    qtbot.waitUntil(lambda: matrix.columns_fitted)
    yield first, matrix, controller.session
    controller.close_session()
    first.close()


def _read_again(qtbot, matrix: ScoreMatrix, session: ProjectSession) -> None:
    """What the file follower does with a save: read the file again and show it; then the late fitting."""
    session.show_read_again(*session.read_file_again())
    qtbot.waitUntil(lambda: matrix.columns_fitted)
    qtbot.wait(50)  # the paint and the turns after it


def _in_view(matrix: ScoreMatrix) -> tuple[int, int, int, int]:
    """(first row, first column, last row, last column) in view."""
    view = matrix.view
    rows, columns = view.verticalHeader(), view.horizontalHeader()
    return (rows.logicalIndexAt(0), columns.logicalIndexAt(0),
            rows.logicalIndexAt(view.viewport().height() - 1), columns.logicalIndexAt(view.viewport().width() - 1))


def test_scrolled_away_from_the_current_cell_the_place_is_kept(qtbot, follower) -> None:
    first, matrix, reader = follower
    matrix.select_cell("o0", "c0")
    view = matrix.view
    view.verticalScrollBar().setValue(120)
    view.horizontalScrollBar().setValue(12)
    before = _in_view(matrix)
    first.apply(UpdateInfo("Saved in the first window", first.decision.description, first.decision.notice))
    _read_again(qtbot, matrix, reader)
    assert matrix.model.decision.title == "Saved in the first window"
    assert _in_view(matrix) == before
    assert matrix.current_cell() == ("o0", "c0")  # the selection is kept too, out of view


def test_scrolled_fully_right_and_down_it_stays_there_when_the_widths_change(qtbot, follower) -> None:
    first, matrix, reader = follower
    view = matrix.view
    last = first.decision.leaves[-1]  # the last column (the leaves in tree order)
    matrix.select_cell("o199", last.id)  # the current cell in view, at the far corner
    right, down = view.horizontalScrollBar(), view.verticalScrollBar()
    right.setValue(right.maximum())
    down.setValue(down.maximum())
    # the other window gives the last column a long name: fitted again, it is wider
    first.apply(UpdateCriterion(last.model_copy(update={"name": "A much longer name for the last criterion"})))
    _read_again(qtbot, matrix, reader)
    assert matrix.model.headerData(29, Qt.Orientation.Horizontal).startswith("A much longer")
    assert right.value() == right.maximum()
    assert down.value() == down.maximum()
    assert _in_view(matrix)[3] == 29


def test_scrolled_fully_right_with_the_current_cell_elsewhere_it_stays_there(qtbot, follower) -> None:
    first, matrix, reader = follower
    matrix.select_cell("o0", "c0")
    view = matrix.view
    right, down = view.horizontalScrollBar(), view.verticalScrollBar()
    right.setValue(right.maximum())
    down.setValue(down.maximum())
    first.apply(UpdateInfo("Saved again", first.decision.description, first.decision.notice))
    _read_again(qtbot, matrix, reader)
    assert (right.value(), down.value()) == (right.maximum(), down.maximum())
    assert _in_view(matrix)[2:] == (199, 29)
