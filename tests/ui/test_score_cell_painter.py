"""Issue 6, session 23: the score matrix draws its common cells directly, with the same pixels.

:class:`~counterweight.ui.widgets.score_cell_painter.CellPainter` replaces Qt's item style
for cells that are not selected, focused, hovered or edited. These tests grab the matrix
drawn both ways (the delegate without its direct path is exactly the style's drawing) and
compare every pixel, over palettes, text sizes, hatching, a missing score, evidence
markers, a selection, the current cell, an open editor, an elided text and right to left;
and check that the one-call paint role says what the separate roles say.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLineEdit

from counterweight.locations import example_decision_path
from counterweight.services import exchange
from counterweight.ui.models.score_text import CellKeyRole, CellPaintRole, UnsupportedRole
from counterweight.ui.widgets.score_matrix import ScoreMatrix
from tests.ui.conftest import controller_on, shown
from tests.ui.test_theme import PALETTES

pytestmark = pytest.mark.qt

_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.TextAlignmentRole,
          Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)


def _example_with_gaps():
    """The worked example with one score removed (a missing cell) and one resting on no evidence."""
    decision = exchange.read_file(example_decision_path())
    scores = list(decision.scores)
    del scores[3]
    scores[5] = scores[5].model_copy(update={"evidence": []})
    return decision.model_copy(update={"scores": scores})


@pytest.fixture
def gaps_controller(qtbot, tmp_path):
    yield from controller_on(tmp_path / "gaps.counterweight", _example_with_gaps())


@pytest.fixture
def matrix(qtbot, gaps_controller):
    widget = shown(qtbot, ScoreMatrix(gaps_controller), 760, 300)
    qtbot.waitUntil(lambda: widget.columns_fitted)
    return widget


class _Counted:
    """Counts the cells the direct path drew and the ones it left to the style."""

    def __init__(self, matrix: ScoreMatrix) -> None:
        self.delegate = matrix.view.itemDelegate()
        self.direct = self.delegate.direct
        assert self.direct is not None
        self.drawn = self.left = 0
        real = self.direct.paint

        def paint(*args: Any) -> bool:
            done = real(*args)
            self.drawn += done
            self.left += not done
            return done

        self.direct.paint = paint


def _grab(matrix: ScoreMatrix) -> QImage:
    viewport = matrix.view.viewport()
    viewport.update()
    QApplication.processEvents()
    return viewport.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def _both_ways(matrix: ScoreMatrix, counted: _Counted) -> tuple[QImage, QImage, int]:
    """The viewport drawn by the style alone, then with the direct path; and the cells it drew."""
    counted.delegate.direct = None
    style = _grab(matrix)
    counted.delegate.direct = counted.direct
    before = counted.drawn
    direct = _grab(matrix)
    return style, direct, counted.drawn - before


def _select_and_focus(matrix: ScoreMatrix) -> None:
    view, model = matrix.view, matrix.model
    selection = view.selectionModel()
    selection.clear()
    selection.select(QItemSelection(model.index(1, 1), model.index(2, 2)), QItemSelectionModel.SelectionFlag.Select)
    selection.setCurrentIndex(model.index(3, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
    view.setFocus()


@pytest.mark.parametrize("palette", ["light", "dark", "hc-black"])
def test_the_direct_path_paints_the_pixels_the_style_paints(qtbot, matrix, use_palette, scale_font, palette) -> None:
    counted = _Counted(matrix)
    use_palette(PALETTES[palette]())
    for factor in (1.0, 1.5):
        scale_font(factor)  # the kept layout and glyphs follow the font change
        QApplication.processEvents()
        for hatched in (False, True):
            matrix.model.set_highlight_unsupported(hatched)
            _select_and_focus(matrix)
            qtbot.waitUntil(matrix.view.hasFocus)
            style, direct, drawn = _both_ways(matrix, counted)
            assert drawn >= 15, "the plain cells should be drawn directly"
            assert direct == style, f"{palette}, text x{factor}, hatching {hatched}: the pictures differ"
    assert counted.left >= 5  # the four selected cells and the current one went to the style


def test_the_markers_the_missing_score_and_the_hatching_are_in_the_picture(matrix) -> None:
    """The cells compared above really hold what they should (so 'the same' means something)."""
    model = matrix.model
    cells = [model.painted_cell(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert any(text == "—" for text, *_ in cells)  # the removed score
    assert any(marker is not None for _, marker, *_ in cells)
    matrix.model.set_highlight_unsupported(True)
    assert any(values[-1] for values in (model.painted_cell(r, c) for r in range(model.rowCount())
                                         for c in range(model.columnCount())))


def test_cells_the_style_must_draw_are_left_to_it(qtbot, matrix) -> None:
    counted = _Counted(matrix)
    view = matrix.view
    # an open editor
    assert matrix.select_cell(*matrix.model.index(0, 2).data(CellKeyRole))
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(view.focusWidget(), QLineEdit))
    style, direct, _ = _both_ways(matrix, counted)
    assert direct == style
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Escape)
    # a column too narrow for its text: the style elides it
    view.setColumnWidth(2, 30)
    left = counted.left
    style, direct, _ = _both_ways(matrix, counted)
    assert direct == style
    assert counted.left - left >= matrix.model.rowCount()
    # right to left: all left to the style
    view.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    QApplication.processEvents()
    style, direct, drawn = _both_ways(matrix, counted)
    assert direct == style
    assert drawn == 0


def test_the_paint_role_agrees_with_the_separate_roles(gaps_controller) -> None:
    matrix = ScoreMatrix(gaps_controller)
    model = matrix.model
    for hatching in (False, True):
        model.set_highlight_unsupported(hatching)
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                values = model.data(index, CellPaintRole)
                assert values is model.painted_cell(row, column)
                assert values[:5] == tuple(model.data(index, role) for role in _ROLES)
                assert values[5] == values[4].color()  # the text colour
                assert values[6] is (hatching and model.data(index, UnsupportedRole))
                assert index.data(CellPaintRole)[0] == values[0]  # also through Qt
    assert model.painted_cell(model.rowCount(), 0) is None
