"""At 1,024 x 700 the score's buttons are in sight and the option names leave room for criteria (QA, session 28).

The score details got about 430 x 280 px there; the whole panel scrolled and Revert/Apply sat half
cut off at its bottom. The score matrix got about 430 px, of which the option names took 245, so
only two of seven criteria showed.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

pytestmark = pytest.mark.qt


def _host(qtbot, widget: QWidget, width: int, height: int) -> QWidget:
    host = QWidget()
    col = QVBoxLayout(host)
    col.setContentsMargins(0, 0, 0, 0)
    col.addWidget(widget)
    qtbot.addWidget(host)
    host.resize(width, height)
    host.show()
    qtbot.waitExposed(host)
    QApplication.processEvents()
    widget.host = host  # keep the parentless host (and so the widget) alive for the test
    return host


@pytest.mark.parametrize(("width", "height", "factor"), [(430, 270, 1.0), (430, 300, 1.5)])
def test_revert_and_apply_are_wholly_in_sight(qtbot, example_session, scale_font, width, height, factor) -> None:
    from counterweight.ui.session_controller import SessionController
    from counterweight.ui.widgets.score_detail_panel import ScoreDetailPanel
    from counterweight.ui.widgets.scrolling import scroll_area

    scale_font(factor)
    controller = SessionController(example_session)
    panel = ScoreDetailPanel(controller)
    area = scroll_area(panel)  # in a scroll area, as the main window puts it
    _host(qtbot, area, width, height)
    decision = controller.decision
    panel.show_cell(decision.options[0].id, decision.leaves[0].id)
    QApplication.processEvents()
    for button in (panel.revert_button, panel.apply_button):
        seen = button.visibleRegion().boundingRect()
        assert seen == button.rect(), f"{button.text()}: {seen} of {button.rect()} in sight"
    controller.undo_stack.clear()


LONG = "Continue escalation management with a second long clause"


@pytest.mark.parametrize("width", [435, 520])
def test_the_option_names_take_at_most_two_fifths_of_the_matrix(qtbot, controller, width) -> None:
    from counterweight.services.option_edits import UpdateOption
    from counterweight.ui.widgets.score_matrix import ScoreMatrix

    option = controller.decision.options[0]
    controller.submit(UpdateOption(option.model_copy(update={"name": LONG})))
    matrix = ScoreMatrix(controller)
    _host(qtbot, matrix, width, 300)
    header = matrix.view.verticalHeader()
    qtbot.waitUntil(lambda: header.width() > 0)
    margin = 2 * header.style().pixelMetric(header.style().PixelMetric.PM_HeaderMargin, None, header) + 2
    assert header.width() <= round(matrix.view.width() * 0.4) + margin, \
        f"the names take {header.width()} of {matrix.view.width()} px"
    assert header.width() >= header.fontMetrics().averageCharWidth() * 12, "the names still get a dozen characters"
    # the name cut short is read whole in its tooltip
    assert matrix.model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole).startswith(LONG)
