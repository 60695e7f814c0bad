"""QA 22 item 15: the ranking chart's "Top N of M options" reads in full at 1,366 x 768.

With 40 options the window (about 1,300 x 706) leaves the Ranking tab too short for its
table, red lines and chart, so the tab scrolls and only the chart's top shows. The note ran
up the options axis, centred on the whole chart, and what showed of it was "of 40
options". It is now a caption across the top of the chart, for the contribution chart
(additive methods) and the method's score chart (the others); the brief keeps it up the
axis, where the whole chart is on the page.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from counterweight.domain import AggregationMethod
from counterweight.services.edits import SetMethod
from tests.ui.test_chart_room import _band_is_readable, _shown_texts

pytestmark = pytest.mark.qt


@pytest.fixture
def big(qtbot, tmp_path):
    from tests.ui.conftest import controller_on
    from tests.ui.test_score_matrix import _big_decision

    yield from controller_on(tmp_path / "big.counterweight", _big_decision())


@pytest.mark.parametrize("method", [AggregationMethod.WSM, AggregationMethod.TOPSIS])
def test_the_caption_sits_above_the_bars_and_reads_in_full(qtbot, big, method) -> None:
    from counterweight.ui.widgets.ranking_panel import RankingPanel

    if method is not AggregationMethod.WSM:
        assert big.submit(SetMethod(big.decision.method.model_copy(update={"aggregation": method}))) is None
    widget = RankingPanel(big)
    qtbot.addWidget(widget)
    widget.resize(440, 700)  # the analysis column's width at 1,366 x 768
    widget.show()
    qtbot.waitExposed(widget)
    widget.splitter.setSizes([200, 40, 300, 100])  # a short chart: a few of the 200 options
    stack = widget.chart_stack
    qtbot.waitUntil(lambda: not stack._bars_timer.isActive(), timeout=3000)
    QApplication.processEvents()
    chart = widget.chart if method is AggregationMethod.WSM else widget.method_chart
    view = stack.currentWidget()
    shown = len(chart.category_axis.categories())
    caption = f"Top {shown} of 200 options"
    assert shown < 200 and chart.title() == caption
    assert not chart.category_axis.isTitleVisible() or not chart.category_axis.titleText()  # not up the axis too
    drawn = [rect for text, rect in _shown_texts(view) if text == caption]  # whole: not "…" nor cut
    assert drawn, _shown_texts(view)
    rect = drawn[0]
    assert rect.bottom() <= chart.plotArea().top() + 1  # above the bars: the part of the chart in sight first
    assert rect.left() >= 0 and rect.right() <= chart.size().width()
    assert _band_is_readable(chart)  # the caption's line was not taken from the bars' labels
    big.undo_stack.clear()


def test_every_option_shown_needs_no_caption(qtbot, controller) -> None:
    from counterweight.ui.widgets.ranking_panel import RankingPanel

    widget = RankingPanel(controller)
    qtbot.addWidget(widget)
    assert widget.chart.title() == "" and len(widget.chart.category_axis.categories()) == 3
