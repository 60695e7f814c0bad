"""The ranks-per-method chart (a "bump chart"): where each option lands under every method.

The horizontal axis lists the aggregation methods in the order the comparison runs
them (the order of the columns of the Compare methods table); the vertical axis is
the rank, 1 at the top, with a tick at every whole rank (or every second, fifth...
rank when the plot is too short to label each one). Each option is one line with a
marker at every method, in the option's colour and dash pattern from the colour-blind-safe
palette (:func:`counterweight.charts.style.series_mark_colour` and
:func:`~counterweight.charts.style.series_pen` by its place in the decision; the dashes keep
the lines apart in a greyscale print). Flat lines mean the methods
agree; crossing lines show where the choice of method matters.

Ranks are the engine's competition ranks ("1224"): options tied under a method
share a point. An option a method cannot place (a missing score) or that a red line
excludes has no rank there, as the table's "—" says, so its line breaks at that
method instead of joining its neighbours across the gap; an option no method ranks
has no line, and its legend entry starts with "—". A grey ring marks a point several
options share, so a line hidden under another still shows. Beyond :data:`MAX_LINES`
options only the best under the method in use are drawn (the method axis's title says so).

The legend stands to the right of the plot while the chart is wide enough for the rank
axis, the upright method codes and every legend entry whole (:meth:`MethodRanksChart.side_legend_width`);
in a narrower chart (a narrow column, large text) it moves under the plot, one entry a
line, so no name is cut, the plot keeps the whole width and the chart grows taller instead of wider. The
chart then says so (``sizeNeedChanged``): the widget holding its view gives it the new
:meth:`~MethodRanksChart.minimum_height`; the chart never sizes the view itself.

The Qt-free parts (method names and codes, the spacing of rank labels, the breaking of
lines) are in :mod:`counterweight.charts.method_ranks_layout` and importable from here.
Every Qt Charts call of the application lives in this package.
"""

from __future__ import annotations


from PySide6.QtCharts import QBarCategoryAxis, QChart, QLegend, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QCursor, QFontMetricsF, QPen
from PySide6.QtWidgets import QToolTip
from shiboken6 import delete

from counterweight.charts.method_ranks_layout import method_code, method_name, rank_step, segments
from counterweight.charts.method_ranks_legend import RanksLegend
from counterweight.charts.method_ranks_sizing import _LABEL_PADDING_PX, MIN_RANK_ROWS, RanksChartSizing
from counterweight.charts.style import (
    category_axis,
    new_chart,
    safe_labels,
    screen_is_dark,
    series_mark_colour,
    series_pen,
    style_texts,
)
from counterweight.domain import AggregationMethod
from counterweight.engine.comparison import MethodComparison

#: Most options drawn; the rest are left to the table (a bump chart of more lines is a tangle).
MAX_LINES = 12
#: Marker size of a line series' points (Qt 6.11 draws it as a radius, measured: about 11 px across with the pen).
_MARKER_SIZE = 4.5
#: A ring around a point that several options share (a tie): its width across, and a grey that keeps
#: 3:1 against both the light chart background and a dark palette's field colour (WCAG 2.x, non-text).
_TIE_RING_PX = 17.0
_TIE_HEX = "#808080"
#: Mark after the method in use, as in the header of the ranks table.
CURRENT_MARK = " ●"


class MethodRanksChart(RanksLegend, RanksChartSizing, QChart):
    """One line per option through its rank under each method, updated in place by :meth:`refresh`.

    Signals
    -------
    sizeNeedChanged()
        :meth:`minimum_height` changed because the legend moved under the plot or back
        beside it. It is emitted in the middle of the chart's layout: a slot that resizes
        the chart's view should be connected queued.
    """

    sizeNeedChanged = Signal()

    def __init__(self, *, for_print: bool = False, max_lines: int | None = MAX_LINES, legend: bool = True) -> None:
        super().__init__()
        self.for_print = for_print
        self.max_lines = max_lines
        #: Option id -> its line segments (several when a method does not rank it, none when no method does).
        self.option_series: dict[str, list[QLineSeries]] = {}
        self._places: dict[str, int] = {}  # each option's place in the decision: its colour and dashes
        self._dark = not for_print and screen_is_dark()  # the ground the lines are coloured for
        new_chart(self, "methodRanksChart", for_print=for_print, legend_alignment=Qt.AlignmentFlag.AlignRight,
                  legend_tooltips=True)
        self.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)  # a bit of line and a point
        self.legend().setVisible(legend)  # the window shows it in a label under the chart (h28b: whole dashes)
        if for_print:
            self.setTitle(self.tr("Rank of each option under each method"))

        self.method_axis: QBarCategoryAxis = category_axis("methodAxis")
        self.rank_axis = QValueAxis()
        self.rank_axis.setObjectName("rankAxis")
        self.rank_axis.setReverse(True)  # rank 1 at the top
        self.rank_axis.setLabelFormat("%.0f")
        self.rank_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.rank_axis.setTickAnchor(1.0)
        self.rank_axis.setTickInterval(1.0)
        self.rank_axis.setMinorTickCount(0)
        self.addAxis(self.method_axis, Qt.AlignmentFlag.AlignBottom)
        self.addAxis(self.rank_axis, Qt.AlignmentFlag.AlignLeft)
        style_texts(self, (self.method_axis, self.rank_axis), for_print=for_print)

        self.methods: tuple[AggregationMethod, ...] = ()
        self.current: AggregationMethod | None = None
        #: Shown options in legend order (best under the method in use first): id, name, ranks per method.
        self.rows: list[tuple[str, str, list[int | None]]] = []
        self._legend_series: dict[str, QLineSeries] = {}  # the segment that carries the option's legend entry
        self.total_options = 0
        self.tie_series = QScatterSeries()
        self.tie_series.setObjectName("tiedRankSeries")
        self.tie_series.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeCircle)
        self.tie_series.setMarkerSize(_TIE_RING_PX)
        self.tie_series.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        self.tie_series.setPen(QPen(QColor(_TIE_HEX), 1.6))
        self.tie_series.hovered.connect(lambda point, state: self._show_tooltip(point, state, None))
        self._fitting = False
        self._base_margins = QMargins(self.margins())
        #: Whether the legend stands under the plot (a narrow chart) rather than to its right.
        self.legend_below = False
        self.plotAreaChanged.connect(self._fit_axes)

    # ------------------------------------------------------------------ data
    def refresh(self, comparison: MethodComparison, current: AggregationMethod | None = None) -> None:
        """Show ``comparison``'s ranks; ``current`` is the method in use (it orders the legend and is marked).

        Options follow the order of the method in use (the first method if ``current``
        is not compared), as the rows of the Compare methods table do.
        """
        methods = tuple(comparison.methods)
        self.methods = methods
        self.current = current if current in methods else None
        lead = comparison.evaluations[self.current if self.current is not None else methods[0]] if methods \
            else None
        order = [lead.option_ids[int(i)] for i in lead.order] if lead is not None else []
        self.total_options = len(order)
        shown = order if self.max_lines is None else order[: self.max_lines]
        rows = []
        for oid in shown:
            ranks = [comparison.evaluations[m].rank_of(oid) if comparison.evaluations[m].is_ranked(oid) else None
                     for m in methods]
            rows.append((oid, lead.option_names[lead.option_index(oid)], ranks))  # type: ignore[union-attr]
        self.rows = rows
        self._places = {oid: i for i, oid in enumerate(lead.option_ids)} if lead is not None else {}
        self._rebuild_series(self._screen_colours())
        top = self.top_rank()
        self.rank_axis.setRange(0.5, top + 0.5)  # half a rank of air, so the end markers are whole
        self.rank_axis.setTitleText(self.tr("Rank"))
        # the ranking chart's wording, so the note reads (and is translated) the same in every chart
        note = QCoreApplication.translate("ContributionChart", "Top {0} of {1} options").format(
            len(shown), f"{self.total_options:,}") if len(shown) < self.total_options else ""
        if self.method_axis.titleText() != note:
            self.method_axis.setTitleText(note)
            self.method_axis.setTitleVisible(bool(note))
        self._relabel()

    def _update_in_place(self, colours: dict[str, QColor]) -> bool:
        """Reuse the existing lines, row by row, when every row keeps its number of segments.

        Most edits move a rank or two, or swap two options, without changing how many
        options are shown or where lines break; the lines then get their new option,
        colour and points, and no series, legend marker or scene item is made or deleted.
        """
        old = list(self.option_series.values())
        runs = [segments(ranks) or [[]] for _, _, ranks in self.rows]
        if len(old) != len(runs) or any(len(parts) != len(r) for parts, r in zip(old, runs, strict=True)):
            return False
        self.option_series, self._legend_series = {}, {}
        for (oid, _name, _ranks), parts, run_list in zip(self.rows, old, runs, strict=True):
            for k, (series, run) in enumerate(zip(parts, run_list, strict=True)):
                series.setObjectName(f"rankLine_{oid}_{k}")
                series.setProperty("optionId", oid)
                pen = self._pen(oid, colours[oid])
                if series.pen() != pen:  # the line may now be another option's: its colour and dashes
                    series.setPen(pen)
                series.replace([QPointF(float(x), float(y)) for x, y in run])
            self.option_series[oid] = parts
            self._legend_series[oid] = parts[0]
        self._show_ties()
        return True

    def _on_line_hovered(self, point: QPointF, state: bool) -> None:
        series = self.sender()
        self._show_tooltip(point, state, series.property("optionId") if series is not None else None)

    def _screen_colours(self) -> dict[str, QColor]:
        """Each option's line colour, 3:1 or more against the chart's ground (h26d, h26k)."""
        return {oid: series_mark_colour(i, dark=self._dark) for oid, i in self._places.items()}

    def _pen(self, oid: str, colour: QColor) -> QPen:
        pen = series_pen(colour, 2.2, self._places.get(oid, 0))
        if pen.style() == Qt.PenStyle.SolidLine:
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        return pen

    def recolour_series(self, dark: bool) -> None:
        """Re-colour the lines for a dark or light ground (called by the shared chart styling)."""
        self._dark = dark
        colours = self._screen_colours()
        for oid, parts in self.option_series.items():
            for series in parts:
                if oid in colours and series.pen().color() != colours[oid]:
                    pen = series.pen()
                    pen.setColor(colours[oid])
                    series.setPen(pen)

    def _rebuild_series(self, colours: dict[str, QColor]) -> None:
        if self._update_in_place(colours):
            return
        for parts in self.option_series.values():
            for series in parts:
                self.removeSeries(series)
                # Deleted now, not with deleteLater(): a deferred delete waits for the event loop that
                # asked for it, and the shipping benchmark measured 13 MiB per 1,000 edits of series
                # still waiting. Nothing else refers to a removed series.
                delete(series)
        self.option_series, self._legend_series = {}, {}
        for oid, _name, ranks in self.rows:
            runs = segments(ranks) or [[]]  # an option no method ranks keeps an empty series for its legend entry
            parts = []
            for k, run in enumerate(runs):
                series = QLineSeries()
                series.setObjectName(f"rankLine_{oid}_{k}")
                series.setPen(self._pen(oid, colours[oid]))
                series.setPointsVisible(True)
                series.setMarkerSize(_MARKER_SIZE)
                series.replace([QPointF(float(x), float(y)) for x, y in run])
                self.addSeries(series)
                series.attachAxis(self.method_axis)
                series.attachAxis(self.rank_axis)
                series.setProperty("optionId", oid)
                series.hovered.connect(self._on_line_hovered)
                parts.append(series)
            for extra in parts[1:]:  # one legend entry per option
                for marker in self.legend().markers(extra):
                    marker.setVisible(False)
            self.option_series[oid] = parts
            self._legend_series[oid] = parts[0]
        self._show_ties()

    def _show_ties(self) -> None:
        """Ring every point two or more options share; listed last in the legend, and only if there is one."""
        ties = sorted({(k, r) for k in range(len(self.methods)) for _, _, ranks in self.rows
                       if (r := ranks[k]) is not None and sum(rk[k] == r for _, _, rk in self.rows) > 1})
        if self.tie_series.chart() is not None:
            self.removeSeries(self.tie_series)
        self.tie_series.replace([QPointF(float(k), float(r)) for k, r in ties])
        self.tie_series.setName(self.tr("Shared rank (tie)"))
        if ties:
            self.addSeries(self.tie_series)
            self.tie_series.attachAxis(self.method_axis)
            self.tie_series.attachAxis(self.rank_axis)

    def tied_points(self) -> list[tuple[int, int]]:
        """``(method index, rank)`` of every ringed point (shared by two or more options)."""
        if self.tie_series.chart() is None:
            return []
        return [(round(p.x()), round(p.y())) for p in self.tie_series.points()]

    def top_rank(self) -> int:
        """The largest rank drawn (1 when nothing is drawn)."""
        return max((r for _, _, ranks in self.rows for r in ranks if r is not None), default=1)

    def points_of(self, option_id: str) -> list[tuple[int, int]]:
        """``(method index, rank)`` of every point drawn for an option, from its series."""
        return [(round(p.x()), round(p.y())) for s in self.option_series.get(option_id, []) for p in s.points()]

    # ------------------------------------------------------------------ labels
    def _method_texts(self, *, codes: bool) -> list[str]:
        """Each method's name (or code), the method in use marked as in the ranks table."""
        return [(method_code(m) if codes else method_name(m)) + (CURRENT_MARK if m is self.current else "")
                for m in self.methods]

    def _relabel(self) -> None:
        """Place the legend, fit its names to its room, then the axes to the plot."""
        self._place_legend()
        self._relegend()
        self._fit_axes()

    def _fit_axes(self, *_args: object) -> None:
        """Method names if they fit across the plot, else codes, standing upright if even those do not fit
        (Qt Charts would cut them to "..."); and as many rank labels as the plot's height keeps apart."""
        if self._fitting or not self.methods:
            return
        self._fitting = True
        try:
            metrics = QFontMetricsF(self.method_axis.labelsFont())
            width = self.plotArea().width()
            band = width / (len(self.methods) + 1) - 2 * _LABEL_PADDING_PX - 1.0
            texts, angle = self._method_texts(codes=False), 0
            if width <= 0 or any(metrics.horizontalAdvance(t) > band for t in texts):
                texts = self._method_texts(codes=True)
                if width <= 0 or any(metrics.horizontalAdvance(t) > band for t in texts):
                    angle = -90
            labels = safe_labels(texts)
            if self.method_axis.categories() != labels:
                self.method_axis.clear()
                self.method_axis.append(labels)
            if self.method_axis.labelsAngle() != angle:
                self.method_axis.setLabelsAngle(angle)
            line = QFontMetricsF(self.rank_axis.labelsFont()).height()
            step = float(rank_step(self.top_rank(), self.plotArea().height(), line))
            if self.rank_axis.tickInterval() != step:
                self.rank_axis.setTickInterval(step)
        finally:
            self._fitting = False

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Re-fit the method names, the legend and the rank labels to the new size."""
        super().resizeEvent(event)
        if event.newSize() != event.oldSize() and self.methods:
            self._relabel()

    # ------------------------------------------------------------------ tooltips
    def describe_point(self, method_index: int, rank: int | None) -> str:
        """"Option — Method: rank N" for the point at ``rank`` under the ``method_index``-th method,
        one line for each option there (several in a tie); ``""`` where no option is."""
        if rank is None or not 0 <= method_index < len(self.methods):
            return ""
        method = method_name(self.methods[method_index])
        return "\n".join(self.tr("{option} — {method}: rank {rank}").format(option=name, method=method, rank=rank)
                         for _, name, ranks in self.rows if ranks[method_index] == rank)

    def _show_tooltip(self, point: QPointF, state: bool, option_id: str | None) -> None:
        """The words for the point nearest the pointer on an option's line (``None``: on a tie ring)."""
        if not state:
            QToolTip.hideText()
            return
        k = round(point.x())
        ranks = next((ranks for oid, _, ranks in self.rows if oid == option_id), None)
        rank = round(point.y()) if ranks is None else ranks[k] if 0 <= k < len(ranks) else None
        QToolTip.showText(QCursor.pos(), self.describe_point(k, rank))


def build_method_ranks_chart(comparison: MethodComparison, current: AggregationMethod | None = None, *,
                             for_print: bool = False, max_lines: int | None = MAX_LINES,
                             legend: bool = True) -> MethodRanksChart:
    """Build the ranks-per-method chart of a method comparison.

    Parameters
    ----------
    comparison
        From :func:`counterweight.services.analysis.compare`.
    current
        The method in use: it orders the options (best first) and its label is marked.
    for_print
        Add a title and drop the background, for reports.
    max_lines
        Draw only the best ``max_lines`` options under the method in use (``None``: all).
    legend
        Draw Qt's legend in the chart; the window shows :meth:`MethodRanksChart.legend_entries` in a
        wrapping label under it instead, where each line's dash pattern shows whole (h28b).

    Returns
    -------
    MethodRanksChart
        Show it with ``QChartView(chart)``; update it with :func:`update_method_ranks_chart`.
    """
    chart = MethodRanksChart(for_print=for_print, max_lines=max_lines, legend=legend)
    chart.refresh(comparison, current)
    return chart


def update_method_ranks_chart(chart: QChart, comparison: MethodComparison,
                              current: AggregationMethod | None = None) -> None:
    """Show a new comparison in a chart from :func:`build_method_ranks_chart`."""
    if not isinstance(chart, MethodRanksChart):
        raise TypeError("update_method_ranks_chart needs a chart from build_method_ranks_chart")
    chart.refresh(comparison, current)


__all__ = [
    "CURRENT_MARK",
    "MAX_LINES",
    "MIN_RANK_ROWS",
    "MethodRanksChart",
    "build_method_ranks_chart",
    "method_code",
    "method_name",
    "rank_step",
    "segments",
    "update_method_ranks_chart",
]
