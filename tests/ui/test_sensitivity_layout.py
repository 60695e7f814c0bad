"""The answer stays readable in a narrow pane at large text (QA 21, item 11).

At 1366x768 with 150 % text the analysis pane gives the Sensitivity tab 280 to 340
pixels: the thresholds table cut the option that takes over to "39.9… → C…" (its
header to "Down tc") and the tornado's labels to "Con…: Dete…". Here the tab is that
narrow with a text 1.5 times the usual size: every cell that names the option taking
over gets the width and height its words need (they wrap, none is cut), every header
fits its column, and a tornado row keeps whole words of both names in view.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from counterweight.ui.session_controller import SessionController
from counterweight.ui.widgets.sensitivity_panel import SensitivityPanel

pytestmark = pytest.mark.qt


@pytest.fixture
def large_text(qapp):
    font = QApplication.font()
    big = QFont(font)
    big.setPointSizeF(font.pointSizeF() * 1.5)
    QApplication.setFont(big)
    yield big
    QApplication.setFont(font)


@pytest.fixture(params=[280, 340])
def narrow_panel(request, qtbot, example_session, large_text):
    controller = SessionController(example_session)
    panel = SensitivityPanel(controller)
    qtbot.addWidget(panel)
    panel.resize(request.param, 2400)
    with qtbot.waitSignal(panel.updated, timeout=10_000):
        panel.show()
    qtbot.wait(100)  # the chart's resize (two-line rows) and the table's column sizes settle
    yield panel
    controller.undo_stack.clear()


def test_each_option_taking_over_gets_the_room_its_words_need(narrow_panel) -> None:
    panel = narrow_panel
    t = panel.table
    names = set(panel.result.option_names)
    checked = 0
    for r in range(t.rowCount()):
        for c in range(t.columnCount()):
            item = t.item(r, c)
            if not any(n in item.text() for n in names):
                continue
            index = t.model().index(r, c)
            option = QStyleOptionViewItem()
            option.initFrom(t)
            option.font = t.font()
            option.rect = QRect(0, 0, t.columnWidth(c), t.rowHeight(r))
            hint = t.itemDelegateForIndex(index).sizeHint(option, index)
            assert hint.width() <= t.columnWidth(c), (item.text(), hint.width(), t.columnWidth(c))
            assert t.rowHeight(r) >= hint.height(), item.text()
            checked += 1
    assert checked >= 7  # every criterion whose weight can change the top option
    metrics = t.horizontalHeader().fontMetrics()
    header = t.horizontalHeader()
    for c in range(t.columnCount()):
        lines = t.horizontalHeaderItem(c).text().split("\n")
        for line in lines:
            assert metrics.horizontalAdvance(line) + 8 <= t.columnWidth(c), line
        assert header.height() >= len(lines) * metrics.lineSpacing()
    assert t.horizontalScrollBar().maximum() == 0 or not t.horizontalScrollBar().isVisible()


def test_tornado_rows_keep_whole_words_of_both_names(narrow_panel) -> None:
    chart = narrow_panel.tornado
    labels = chart.category_axis.categories()
    metrics = QFontMetricsF(chart.category_axis.labelsFont())
    by_item = dict(zip((it.label for it in chart.items), labels))
    cem = by_item["Continue escalation management: Deterrence of further North Korean deployments"]
    lines = cem.split("<br>")
    assert lines[0].startswith("Continue e") and lines[-1].startswith("Deterrence")  # whole first words
    assert chart.row_px >= 2 * metrics.height()  # two lines of the label font in each row
