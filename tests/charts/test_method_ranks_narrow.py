"""The ranks-per-method chart in a narrow column with large text (session 17, brief K).

At 150 % text the Compare methods column is about 342 px wide. A legend on the right
left the plot so little width that Qt drew the upright method codes as a lone "⋮",
cut the option names to a few letters and asked for a wider column than there is.
The expectations here come from font metrics only: a label reads in full when its
text fits the room Qt Charts gives it (the plot's width over the number of
categories plus one, less a padding on each side: the measured rule the chart uses).
"""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6.QtCharts")

from PySide6.QtCharts import QChartView  # noqa: E402
from PySide6.QtGui import QFontMetricsF  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from counterweight.charts.method_ranks_chart import MethodRanksChart, build_method_ranks_chart  # noqa: E402
from counterweight.engine.comparison import compare_methods  # noqa: E402

pytestmark = pytest.mark.qt

#: A legend name shortened to fit keeps at least this many characters of the option's name.
READABLE_CHARS = 8
#: Padding Qt Charts keeps on each side of a category label (Qt 6.11, as in the chart module).
PADDING = 4.0
#: A chart wide enough for the example's names whole beside the plot at 150 % text (Qt gives a legend
#: there at most 40 % of the width; "Continue escalation management" needs about 305 px of it).
WIDE = 1100


def example_chart() -> tuple[MethodRanksChart, list[str]]:
    from counterweight.locations import example_decision_path
    from counterweight.services import exchange

    d = exchange.read_file(example_decision_path())
    chart = build_method_ranks_chart(compare_methods(d), d.method.aggregation)
    return chart, [name for _, name, _ in chart.rows]


def shown(chart: MethodRanksChart, width: int, height: int) -> QChartView:
    view = QChartView(chart)
    view.resize(width, height)
    view.show()
    for _ in range(4):
        QApplication.processEvents()
    return view


def labels_read_in_full(chart: MethodRanksChart) -> None:
    metrics = QFontMetricsF(chart.method_axis.labelsFont())
    texts = chart.method_axis.categories()
    plot = chart.plotArea()
    across = plot.width() / (len(texts) + 1) - 2 * PADDING
    if chart.method_axis.labelsAngle() == 0:
        for t in texts:
            assert metrics.horizontalAdvance(t) <= across, (t, across)
    else:  # standing up: a line of text across each category, the text's length below the plot
        assert metrics.height() <= across, (metrics.height(), across)
        legend = chart.legend().geometry()
        under = legend.top() if legend.top() >= plot.bottom() else chart.size().height()
        below = under - plot.bottom()  # the labels' room: down to the legend if it is under the plot
        for t in texts:
            assert metrics.horizontalAdvance(t) <= below, (t, below)
    assert all("…" not in t and "..." not in t for t in texts)


def legend_reads(chart: MethodRanksChart, names: list[str]) -> None:
    shown_names = chart.legend_names()
    assert len(shown_names) == len(names)
    metrics = QFontMetricsF(chart.legend().font())
    legend = chart.legend()
    for full, text in zip(names, shown_names, strict=True):
        kept = len(text.replace("…", "").replace("— ", ""))
        assert kept >= min(READABLE_CHARS, len(full)), (full, text)
        # and Qt does not cut it again: the name and its marker fit the legend's width
        assert metrics.horizontalAdvance(text) < legend.geometry().width(), (text, legend.geometry())
    assert legend.geometry().right() <= chart.size().width() + 0.5
    assert legend.geometry().bottom() <= chart.size().height() + 0.5


@pytest.mark.parametrize("factor", [1.0, 1.5])
def test_a_342_px_chart_reads_in_full(qapp, scale_font, factor):
    scale_font(factor)
    chart, names = example_chart()
    assert chart.minimum_width() <= 342
    view = shown(chart, 342, 300)
    view.resize(342, chart.minimum_height())  # as the Compare methods tab does, once the legend is placed
    for _ in range(3):
        QApplication.processEvents()
    labels_read_in_full(chart)
    legend_reads(chart, names)
    plot = chart.plotArea()
    assert plot.height() >= 3 * QFontMetricsF(chart.rank_axis.labelsFont()).height()
    legend = chart.legend().geometry()
    assert not legend.intersects(plot)
    assert chart.legend_below  # beside a plot this narrow Qt would cut the example's names, at any text size
    if chart.legend_below and chart.method_axis.labelsAngle() != 0:  # nor over the upright method labels
        longest = max(QFontMetricsF(chart.method_axis.labelsFont()).horizontalAdvance(t)
                      for t in chart.method_axis.categories())
        assert legend.top() >= plot.bottom() + longest
    view.close()


def test_a_wide_chart_keeps_its_legend_on_the_right(qapp, scale_font):
    scale_font(1.5)
    chart, names = example_chart()
    assert chart.side_legend_width() <= WIDE  # every name whole beside the plot
    view = shown(chart, WIDE, 420)
    legend = chart.legend().geometry()
    assert legend.left() >= chart.plotArea().right()  # beside the plot, as before
    legend_reads(chart, names)
    labels_read_in_full(chart)
    view.close()


def test_the_chart_says_when_it_needs_more_height_and_leaves_its_view_alone(qapp, qtbot, scale_font):
    """The chart used to set the minimum height of the view showing it when its legend
    moved; now it only says so (``sizeNeedChanged``) and the widget holding the view decides."""
    scale_font(1.5)
    chart, names = example_chart()
    side = chart.minimum_height()
    view = QChartView(chart)
    qtbot.addWidget(view)
    chosen = 640  # what the holder chose; more than the chart needs (Qt's view only ever raises it to the chart's)
    view.setMinimumHeight(chosen)
    view.resize(WIDE, chosen)
    view.show()
    qtbot.waitExposed(view)
    assert not chart.legend_below
    with qtbot.waitSignal(chart.sizeNeedChanged, timeout=2000):
        view.resize(342, chosen)  # too narrow for the legend beside the plot
    assert chart.legend_below and side < chart.minimum_height() < chosen  # it asks for the legend's rows...
    assert view.minimumHeight() == chosen  # ...and leaves the view's minimum to its holder
    for _ in range(3):
        QApplication.processEvents()
    legend_reads(chart, names)
    labels_read_in_full(chart)
    with qtbot.waitSignal(chart.sizeNeedChanged, timeout=2000):
        view.resize(WIDE, chosen)  # wide again: the legend goes back beside the plot
    assert not chart.legend_below and view.minimumHeight() == chosen


def drawn_legend(view: QChartView, names: list[str]) -> list[str]:
    """The legend entries as Qt Charts drew them in the scene (after any cut of its own)."""
    from PySide6.QtWidgets import QGraphicsTextItem

    texts = [item.toGraphicsObject().toPlainText() for item in view.scene().items()
             if item.isVisible() and isinstance(item.toGraphicsObject(), QGraphicsTextItem)]
    return [t for t in texts if any(t[:4] == name[:4] for name in names)]


@pytest.mark.parametrize("factor", [1.0, 1.5])
def test_the_legend_moves_under_the_plot_rather_than_cut_a_name(qapp, scale_font, factor):
    """QA (1,366 x 768, 150 % text): in the 406 px Compare methods column the legend stayed beside the
    plot and Qt drew "Transfer ...", "Strike tro..."; it must go under the plot whenever a name would be
    cut beside it, and may stay beside only where every name shows whole."""
    scale_font(factor)
    chart, names = example_chart()
    view = shown(chart, 406, 420)
    view.resize(406, chart.minimum_height() + 2 * view.frameWidth())
    for _ in range(3):
        QApplication.processEvents()
    assert sorted(drawn_legend(view, names)) == sorted(names)  # every name whole, none cut by Qt or by us
    assert chart.legend_below
    side = chart.side_legend_width()
    for width in (side, side + 80):  # from the width the legend goes back beside the plot, still whole
        view.resize(width + 2 * view.frameWidth(), 520)
        for _ in range(3):
            QApplication.processEvents()
        assert not chart.legend_below
        assert sorted(drawn_legend(view, names)) == sorted(names), width
    view.close()
