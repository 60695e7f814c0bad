"""Charts in the Ranking and Uncertainty tabs keep every option name readable, and the ranks table its names.

QA (1.5 times larger text, and a decision of twelve options) found charts that showed
"…" instead of every option name: their heights were capped in pixels whatever the
font. Row heights are measured here from the fonts the charts use; Qt Charts shows
"…" instead of a category label whose band is under about 1.6 lines of its font.
"""

from __future__ import annotations


import numpy as np
import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from counterweight.engine.smaa import SmaaResult
from tests.factories import smaa_result

pytestmark = pytest.mark.qt

READABLE_LINES = 1.6


def _band_is_readable(chart) -> bool:
    rows = len(chart.category_axis.categories())
    line = QFontMetricsF(chart.category_axis.labelsFont()).height()
    return rows > 0 and chart.plotArea().height() / rows >= READABLE_LINES * line


def _result(names: list[str]) -> SmaaResult:
    n = len(names)
    rng = np.random.default_rng(3)
    acc = rng.dirichlet(np.ones(n), size=n)
    return smaa_result(acc, names)


def _results_widget(qtbot, width: int, height: int):
    """An AcceptabilityResults in a plain widget (as the Uncertainty tab lays it out), shown."""
    from counterweight.ui.models.acceptability_model import AcceptabilityResults

    host = QWidget()
    qtbot.addWidget(host)
    results = AcceptabilityResults(host)
    layout = QVBoxLayout(host)
    layout.addWidget(results.notes)
    layout.addWidget(results.splitter, 1)
    host.resize(width, height)
    host.show()
    qtbot.waitExposed(host)
    return host, results


def _show(qtbot, host, results, result: SmaaResult) -> None:
    results.show_result(result, "as set (exact)")
    QApplication.processEvents()
    host.resize(host.width(), 10)  # as short as its contents allow: the chart gets its minimum height
    qtbot.waitUntil(lambda: results.chart_view.height() >= results.chart_view.minimumHeight(), timeout=3000)
    QApplication.processEvents()


# ---------------------------------------------------------------- ranking chart
@pytest.mark.parametrize("factor", [1.0, 1.5])
def test_ranking_chart_keeps_every_label_readable_in_a_short_pane(qtbot, example_session, scale_font, factor):
    """c_large_chart.png: five options at 1.5 times the text size, every label "…"."""
    from counterweight.ui.session_controller import SessionController
    from counterweight.ui.widgets.ranking_panel import RankingPanel

    scale_font(factor)
    ctl = SessionController(example_session)
    widget = RankingPanel(ctl)
    qtbot.addWidget(widget)
    widget.resize(576, 640)
    widget.show()
    qtbot.waitExposed(widget)
    widget.splitter.setSizes([2000, 40, 10, 40])  # the table takes all it can: the chart gets its minimum
    stack = widget.chart_stack
    qtbot.waitUntil(lambda: not stack._bars_timer.isActive(), timeout=3000)
    QApplication.processEvents()
    assert len(widget.chart.category_axis.categories()) == 5  # all five options still shown...
    assert _band_is_readable(widget.chart)  # ...each with room for its name
    ctl.undo_stack.clear()


def test_ranking_chart_row_height_follows_the_font(qtbot, controller, scale_font):
    from counterweight.ui.widgets.ranking_panel import RankingPanel

    sizes = []
    for factor in (1.0, 2.0):
        scale_font(factor)
        widget = RankingPanel(controller)
        qtbot.addWidget(widget)
        line = QFontMetricsF(widget.chart.category_axis.labelsFont()).height()
        assert widget.chart_stack.row_height() >= READABLE_LINES * line
        sizes.append(widget.chart_stack.minimumHeight())
    assert sizes[1] > sizes[0] + 3 * (sizes[0] / 10)  # the room kept for the bars grows with the text


# ---------------------------------------------------------------- uncertainty chart
@pytest.mark.parametrize("factor", [1.0, 1.5])
def test_acceptability_chart_with_twelve_options_keeps_every_label_readable(qtbot, scale_font, factor):
    """twelve_tab3.png: twelve options in a chart capped at 360 px, every label "…"."""
    scale_font(factor)
    host, results = _results_widget(qtbot, 560, 500)
    names = [f"Strike troops in staging areas (variant {k})" for k in range(12)]
    _show(qtbot, host, results, _result(names))
    chart = results.chart
    assert len(chart.category_axis.categories()) == 12
    assert _band_is_readable(chart)
    for label in chart.category_axis.categories():
        assert label.startswith("Strike t")


def test_acceptability_chart_shows_at_most_thirty_options_and_says_so(qtbot):
    from counterweight.ui.models.acceptability_model import MAX_CHART_BARS

    host, results = _results_widget(qtbot, 560, 500)
    _show(qtbot, host, results, _result([f"Option {k}" for k in range(MAX_CHART_BARS + 10)]))
    chart = results.chart
    assert len(chart.category_axis.categories()) == MAX_CHART_BARS
    assert chart.category_axis.titleText() == f"Top {MAX_CHART_BARS} of {MAX_CHART_BARS + 10} options"
    assert _band_is_readable(chart)
    assert results.ranks.rowCount() == MAX_CHART_BARS + 10  # the table lists every option


def _shown_texts(view) -> list[tuple[str, object]]:
    """Every text item of a chart view's scene as drawn: its plain text and its rectangle in the scene."""
    from PySide6.QtWidgets import QGraphicsTextItem

    found = []
    for item in view.scene().items():
        text_item = item.toGraphicsObject() if item.isVisible() else None
        if isinstance(text_item, QGraphicsTextItem) and text_item.toPlainText().strip():
            found.append((text_item.toPlainText(), text_item.sceneBoundingRect()))
    return found


@pytest.mark.parametrize("factor", [1.0, 1.5])
def test_acceptability_axis_title_reads_in_full_in_the_narrow_tab(qtbot, scale_font, factor):
    """QA (1,366 x 768, 150 % text): the Uncertainty tab's chart (about 400 px wide) read "Share of the draw..."."""
    scale_font(factor)
    host, results = _results_widget(qtbot, 420, 500)
    names = ["Continue escalation management", "Joint information campaign", "Strike troops in staging areas",
             "Full deterrence package", "Transfer US cluster munitions"]
    _show(qtbot, host, results, _result(names))
    qtbot.waitUntil(lambda: results.chart_view.height() >= results.chart_view.minimumHeight(), timeout=3000)
    QApplication.processEvents()
    chart, view = results.chart, results.chart_view
    assert view.width() < 440  # as narrow as the tab at 1,366 x 768
    title = next((text, rect) for text, rect in _shown_texts(view) if text.startswith("Share"))
    assert " ".join(title[0].split()) == "Share of the draws (%)"  # whole, on one line or more; not "…" nor "..."
    plot = chart.plotArea()
    legend = chart.legend().geometry()
    assert title[1].top() >= plot.bottom() and title[1].bottom() <= min(legend.top(), chart.size().height()) + 1
    assert _band_is_readable(chart)  # the title's extra line was added to the chart, not taken from the bars


# ---------------------------------------------------------------- ranks table
def test_option_column_takes_the_spare_width_and_rank_columns_stay_compact(qtbot):
    """unc_inner.png: names cut at 160 px while the "Rank 5" column stretched to the edge."""
    host, results = _results_widget(qtbot, 700, 600)
    names = ["Continue escalation management with every partner", "Joint information campaign",
             "Strike troops in staging areas", "Full deterrence package", "Transfer US cluster munitions"]
    _show(qtbot, host, results, _result(names))
    table = results.ranks
    last = table.columnCount() - 1
    assert table.columnWidth(last) == table.sizeHintForColumn(last) or \
        table.columnWidth(last) == table.horizontalHeader().sectionSizeHint(last)  # not stretched
    assert table.columnWidth(0) >= table.sizeHintForColumn(0)  # every name in full
    total = sum(table.columnWidth(c) for c in range(table.columnCount()))
    assert total == table.viewport().width()  # the option column took what was left
    wide = table.columnWidth(0)
    host.resize(900, host.height())
    qtbot.waitUntil(lambda: table.columnWidth(0) > wide, timeout=3000)
    assert sum(table.columnWidth(c) for c in range(table.columnCount())) == table.viewport().width()


def test_option_column_keeps_a_readable_width_when_the_ranks_overflow(qtbot):
    from counterweight.ui.models.acceptability_model import NAME_MIN_CHARS

    host, results = _results_widget(qtbot, 420, 600)
    names = [f"Strike troops in staging areas (variant {k})" for k in range(12)]
    _show(qtbot, host, results, _result(names))
    table = results.ranks
    floor = min(table.sizeHintForColumn(0), NAME_MIN_CHARS * table.fontMetrics().averageCharWidth())
    assert table.columnWidth(0) >= floor
    assert sum(table.columnWidth(c) for c in range(table.columnCount())) > table.viewport().width()  # scrolls
