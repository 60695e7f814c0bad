"""How big the chart of ranks per method must be, and where its legend goes.

Split from :mod:`counterweight.charts.method_ranks_chart`: :class:`RanksChartSizing` is
mixed into :class:`~counterweight.charts.method_ranks_chart.MethodRanksChart` and works
out, from the fonts, the chart's minimum height and width and the width below which the
legend leaves the right of the plot for the room under it (one entry a line): the legend
stays beside the plot only while every entry shows whole there, so that in a narrow column
(large text on a small screen) no name is cut, the plot keeps the whole width and the
chart grows taller instead of wider. When the legend moves, the chart emits
``sizeNeedChanged``; it never resizes the view that shows it (the panel holding the view
reads :meth:`RanksChartSizing.minimum_height` again).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QMargins, QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from counterweight.charts.method_ranks_layout import _RANK_LABEL_LINES, below_legend_height

if TYPE_CHECKING:
    from counterweight.charts.method_ranks_chart import MethodRanksChart

#: Room for a legend name in a chart that has no size yet (pixels of the legend font); the narrowest a name gets.
_LEGEND_NAME_PX = 170.0
_LEGEND_MIN_PX = 60.0
#: What a legend entry takes besides its name (its bit of line, padding): these pixels plus a line of the
#: legend font (measured with Qt 6.11: 40 px at 9 pt, 46 px at 13.5 pt).
_LEGEND_MARKER_PX = 28.0
#: Largest share of the chart's inner width (inside its margins) Qt Charts gives a legend beside the plot
#: (measured with Qt 6.11: 150.4 px of a 406 px chart with 30 px of margins); it cuts the names of a wider one.
_LEGEND_PORTION = 0.4
#: Room Qt Charts gives a label on a category axis of n categories: the axis width over n + 1, less
#: a padding on each side (measured with Qt 6.11); wider labels are cut to "...".
_LABEL_PADDING_PX = 4.0
#: Pixels above the plot and between the plot and the method labels (half a marker, ticks).
_PLOT_AIR_PX = 12
#: Largest share of the chart's inner height Qt Charts gives a horizontal axis (``maxAxisPortion``,
#: as for the vertical one in :mod:`counterweight.charts.labels`); a taller axis is squeezed and its labels cut.
_AXIS_SHARE = 0.4
#: Height of one legend entry: a line of the legend font (whole pixels) and this padding; and the margin
#: a legend keeps above and below its entries (measured with Qt 6.11: 22 px entries at 9 pt, 29 at 13.5 pt,
#: 36 at 18 pt; 9 px margins, 10 here for rounding).
_LEGEND_ENTRY_PAD_PX = 8.0
_LEGEND_MARGIN_PX = 10.0
#: The plot keeps room for this many labelled ranks (fewer when fewer are drawn).
MIN_RANK_ROWS = 5


class RanksChartSizing:
    """Sizes and legend placement of :class:`~counterweight.charts.method_ranks_chart.MethodRanksChart`.

    Expects the chart's ``rows``, ``methods``, ``method_axis``, ``rank_axis``,
    ``_base_margins`` and ``legend_below`` attributes, its ``sizeNeedChanged`` signal, and
    its :meth:`top_rank`, :meth:`tied_points` and :meth:`_method_texts`.
    """

    def minimum_height(self: MethodRanksChart) -> int:
        """Height (pixels) that keeps the rank labels and every legend entry readable; it grows with the fonts."""
        line = QFontMetricsF(self.rank_axis.labelsFont()).height()
        plot = min(self.top_rank(), MIN_RANK_ROWS) * _RANK_LABEL_LINES * line
        entries = len(self.rows) + (1 if self.tied_points() else 0)
        legend = entries * self._entry_px() if self.legend().isVisible() else 0.0
        title = 2.0 * QFontMetricsF(self.titleFont()).height() if self.title() else 0.0
        _left, top, _right, bottom = self._frame()  # without the legend's rows under the plot
        frame = top + bottom + 2.0
        axis = self._method_axis_height()
        if self.legend_below:  # the legend takes its own rows under the plot (in the chart's bottom margin)
            return math.ceil(frame + self._below_legend_height()
                             + max(title + axis + _PLOT_AIR_PX + plot, (title + axis) / _AXIS_SHARE))
        return math.ceil(frame + max(title + axis + _PLOT_AIR_PX + max(plot, legend), (title + axis) / _AXIS_SHARE))

    def minimum_width(self: MethodRanksChart) -> int:
        """Width (pixels) that leaves room for the rank axis and the method codes standing upright, with
        the legend under the plot; it grows with the fonts."""
        return math.ceil(self._plot_width())

    def side_legend_width(self: MethodRanksChart) -> int:
        """Narrowest width (pixels) at which the legend stays to the right of the plot: every entry whole
        beside a plot of :meth:`minimum_width`, within the share of the width Qt Charts gives a legend there
        (:data:`_LEGEND_PORTION`; below it Qt would cut the names). It grows with the fonts and the names."""
        entry = self.marker_px() + self._longest_entry()
        left, _top, right, _bottom = self._frame()
        return math.ceil(max(self._plot_width() + entry, entry / _LEGEND_PORTION + left + right))

    def side_name_room(self: MethodRanksChart, width: float) -> float:
        """Pixels a legend name may take beside the plot of a chart ``width`` pixels wide (Qt's share, less the marker)."""
        left, _top, right, _bottom = self._frame()
        return _LEGEND_PORTION * (width - left - right) - self.marker_px()

    def marker_px(self: MethodRanksChart) -> float:
        """Pixels a legend entry takes besides its name (its bit of line, padding); it grows with the font."""
        return _LEGEND_MARKER_PX + QFontMetricsF(self.legend().font()).height()

    def _longest_entry(self: MethodRanksChart) -> float:
        """Width of the widest legend entry's text, whole ("— " before an option no method ranks; the tie ring's)."""
        metrics = QFontMetricsF(self.legend().font())
        texts = [("" if any(r is not None for r in ranks) else "— ") + name for _, name, ranks in self.rows]
        if self.tied_points():
            texts.append(self.tie_series.name())
        return max((metrics.horizontalAdvance(t) for t in texts), default=0.0) + 1.0

    def _frame(self: MethodRanksChart) -> tuple[float, float, float, float]:
        """Left, top, right and bottom room around the chart's contents, without the legend's rows."""
        m = self._base_margins
        left, top, right, bottom = (self.layout().getContentsMargins() if self.layout() is not None
                                    else (0.0, 0.0, 0.0, 0.0))
        return m.left() + left, m.top() + top, m.right() + right, m.bottom() + bottom

    def _plot_width(self: MethodRanksChart) -> float:
        line = QFontMetricsF(self.method_axis.labelsFont()).height()
        rank_axis = QFontMetricsF(self.rank_axis.titleFont()).height() + QFontMetricsF(
            self.rank_axis.labelsFont()).horizontalAdvance(str(self.top_rank())) + 4 * _LABEL_PADDING_PX
        plot = (len(self.methods) + 1) * (line + 2 * _LABEL_PADDING_PX + 2.0)  # Qt's room per upright label
        left, _top, right, _bottom = self._frame()
        return left + right + rank_axis + plot

    def _legend_entries(self: MethodRanksChart) -> int:
        return len(self.rows) + (1 if self.tied_points() else 0)

    def _below_legend_height(self: MethodRanksChart) -> float:
        return below_legend_height(self._legend_entries(), self._entry_px(), _LEGEND_MARGIN_PX)

    def _entry_px(self: MethodRanksChart) -> float:
        """Height of one legend entry (pixels); it grows with the legend's font."""
        return math.ceil(QFontMetricsF(self.legend().font()).height()) + _LEGEND_ENTRY_PAD_PX

    def _place_legend(self: MethodRanksChart) -> None:
        """Legend to the right of the plot if the chart is wide enough for it, else under the plot,
        detached from Qt's layout and kept in the room the chart's bottom margin leaves."""
        legend = self.legend()
        width, height = self.size().width(), self.size().height()
        below = legend.isVisible() and 0 < width < self.side_legend_width()
        changed = below != self.legend_below
        self.legend_below = below
        if below:
            rows = self._below_legend_height()
            base = self._base_margins
            margins = QMargins(base.left(), base.top(), base.right(), base.bottom() + math.ceil(rows))
            if legend.isAttachedToChart():
                legend.detachFromChart()
                legend.setAlignment(Qt.AlignmentFlag.AlignLeft)  # detached: a column, one entry a line
            if self.margins() != margins:
                self.setMargins(margins)
            left, _top, right, bottom = self._frame()
            gap = 0.5 * self._entry_px()
            legend.setGeometry(QRectF(left, height - bottom - rows + gap, max(0.0, width - left - right),
                                      rows - gap))
            legend.update()
        elif changed or not legend.isAttachedToChart():
            legend.attachToChart()
            legend.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.setMargins(self._base_margins)
        if changed:  # the chart needs another height; the widget holding its view decides what to do
            self.sizeNeedChanged.emit()

    def _method_axis_height(self: MethodRanksChart) -> float:
        """Height of the method axis with its labels upright (the most it takes) and its title, if shown."""
        metrics = QFontMetricsF(self.method_axis.labelsFont())
        upright = max((metrics.horizontalAdvance(t) for t in self._method_texts(codes=True)), default=0.0)
        title = QFontMetricsF(self.method_axis.titleFont()).height() + _LABEL_PADDING_PX \
            if self.method_axis.isTitleVisible() and self.method_axis.titleText() else 0.0
        return upright + title + 2 * _LABEL_PADDING_PX


__all__ = ["MIN_RANK_ROWS", "RanksChartSizing"]
