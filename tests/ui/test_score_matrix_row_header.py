"""The option names beside the score matrix: a long name is elided, never widening the header past a cap."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from counterweight.ui.widgets.score_matrix import ROW_HEADER_MAX_CHARS, ScoreMatrix
from tests.factories import small_decision
from tests.storage.builders import rebuild
from tests.ui.conftest import controller_on, shown

pytestmark = pytest.mark.qt

LONG_NAME = "Strike North Korean troops in their staging areas inside Russia's Kursk region"  # 78 characters


@pytest.fixture
def long_controller(tmp_path):
    decision = small_decision()
    options = [o.model_copy(update={"name": LONG_NAME}) if o.id == "b" else o for o in decision.options]
    yield from controller_on(tmp_path / "long.counterweight", rebuild(decision, options=options))


def test_a_long_option_name_is_elided_and_kept_whole_for_tooltip_and_screen_readers(qtbot, long_controller):
    assert len(LONG_NAME) == 78
    matrix = shown(qtbot, ScoreMatrix(long_controller), 900, 400)
    header = matrix.view.verticalHeader()
    cap = header.fontMetrics().averageCharWidth() * (ROW_HEADER_MAX_CHARS + 2)
    assert header.width() <= cap < header.fontMetrics().horizontalAdvance(LONG_NAME)
    assert header.width() >= header.fontMetrics().horizontalAdvance("Charlie")  # short names still whole
    row = matrix.model.index_of("b", "effect").row()
    assert matrix.model.headerData(row, Qt.Orientation.Vertical) == LONG_NAME  # what screen readers read
    assert LONG_NAME in matrix.model.headerData(row, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole)
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    assert header.sectionsClickable() and header.highlightSections()  # as QTableView's own header


def test_the_cap_follows_the_text_size(qtbot, long_controller):
    matrix = shown(qtbot, ScoreMatrix(long_controller), 900, 400)
    header = matrix.view.verticalHeader()
    before = header.width()
    big = QFont(matrix.view.font())
    big.setPointSizeF(big.pointSizeF() * 1.5)
    matrix.view.setFont(big)  # the header inherits it, as it would a larger system font
    qtbot.waitUntil(lambda: header.width() > before * 1.3, timeout=2000)
    assert header.width() <= header.fontMetrics().averageCharWidth() * (ROW_HEADER_MAX_CHARS + 2)


def test_the_selected_options_bold_name_fits(qtbot, tmp_path):
    """The current row's name is drawn in bold; the example's longest name must still show whole."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyle

    from counterweight.services import workspace
    from counterweight.services.session import ProjectSession
    from counterweight.ui.session_controller import SessionController

    controller = SessionController(ProjectSession.open(workspace.create_example_project(tmp_path / "ex")))
    try:
        matrix = shown(qtbot, ScoreMatrix(controller), 1200, 400)
        header = matrix.view.verticalHeader()
        bold = QFont(header.font())
        bold.setBold(True)
        longest = max((o.name for o in controller.decision.options), key=len)
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        assert QFontMetrics(bold).horizontalAdvance(longest) + 2 * margin <= header.width()
    finally:
        controller.close_session()
