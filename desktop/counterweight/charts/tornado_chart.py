"""The tornado chart: how far each weight or score can move before the top option changes.

One row per item (a criterion's weight, or one option's score on one criterion),
the most fragile on top. A bar to the left is the smallest decrease that changes the
top option, a bar to the right the smallest increase, both as a share of the item's
range (a weight's 0-100 % of its group; a score's scale). An item that changes the
top option with less than the threshold (10 % by default) is *fragile* and drawn in
vermillion; the rest are *robust* and drawn in blue; dotted lines mark the threshold.
Shares come from :mod:`counterweight.engine.flip` and
:mod:`counterweight.engine.sensitivity`.

On screen every row is :data:`~counterweight.charts.labels.LABEL_BAND_LINES` lines of the
label font high (never under :data:`ROW_PX`) and the room around the plot grows with the
text too, so the labels stay readable at any text size (:meth:`TornadoChart.preferred_height`);
they are as wide as Qt Charts lets the axis be, shortened as the other bar charts shorten
names (:mod:`counterweight.charts.tornado_labels`); when one line would cut a name, every row
takes two lines ("option:" above the criterion, as in print; QA 21, item 11) and the chart
asks for the height. A bar's tooltip names the option that the change puts first, and says
when that option breaches a red line (QA 21, items 5 and 8). Under a narrow plot the axis title puts
each of its three phrases on a line of its own, and in a narrow chart the "Fragile" legend
entry takes two lines, instead of being cut; the chart then emits ``sizeNeedChanged`` so the
widget holding its view can give it the extra height.

Every Qt Charts call of the application lives in this package.
"""

from __future__ import annotations

from counterweight.charts.style import safe_label, safe_labels  # noqa: F401

import math
from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarSet,
    QCategoryAxis,
    QChart,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFontMetricsF, QPen
from PySide6.QtWidgets import QToolTip

from counterweight.charts.labels import fit_axis_title, label_room, row_height, text_box, wrapped_label
from counterweight.charts.palette import OKABE_ITO
from counterweight.charts.tornado_items import MAX_ITEMS, TornadoItem, tornado_items  # noqa: F401 - re-exported
from counterweight.charts.tornado_labels import needs_two_lines, print_lines, screen_labels, screen_lines
from counterweight.charts.style import chart_number  # h27b: "0,5" in a French window
from counterweight.charts.style import (
    category_axis,
    new_chart,
    stacked_bars,
    style_texts,
)
from counterweight.domain.shown_numbers import amount  # fix17f
from counterweight.engine.flip import FRAGILE_THRESHOLD, is_fragile

#: Widest item label (pixels of the axis font) in a chart that has no size yet.
_LABEL_WIDTH = 220.0
#: Candidate half-widths of the axis and their tick steps, in % of range.
_BOUNDS = ((20.0, 10.0), (30.0, 10.0), (50.0, 25.0), (100.0, 50.0))
#: Qt Charts elides every row label when a row is shorter than about 1.6 lines of its font, so the
#: chart shows only as many rows as get this much height (the most fragile ones): on screen
#: :func:`~counterweight.charts.labels.row_height` of the label font, and never less than this.
ROW_PX = 26
#: Printed charts (briefs) give each row two lines of label ("option:" above the criterion, or a
#: long name wrapped), so a row is this much taller; the window's chart keeps one line per row.
PRINT_ROW_PX = 42
#: Height around the plot (value axis, its title, the legend, margins): at least this many pixels
#: and, on screen, this many lines of the label font plus fixed pixels (the same at the usual 9 pt).
_FRAME_PX = 112
_FRAME_LINES, _FRAME_BASE_PX = 4.0, 56.0
#: A legend entry's marker and padding besides its text, in lines of the legend font plus pixels
#: (measured with Qt 6.11: 20 px at 9 pt, 23 px at 13.5 pt), and lines of slack (Qt cut a narrow
#: legend a few pixels before these sums said it would).
_ENTRY_LINES, _ENTRY_PX, _SLACK_LINES = 0.5, 13.0, 2.0


class TornadoChart(QChart):
    """Diverging bars of distance to flip, updated in place by :meth:`refresh`.

    Signals
    -------
    sizeNeedChanged()
        :meth:`preferred_height` changed without new data (the axis title or the legend took
        more or fewer lines at a new width). It may be emitted in the middle of the chart's
        layout: a slot that resizes the chart's view should be connected queued.
    """

    sizeNeedChanged = Signal()

    def __init__(self, *, for_print: bool = False, max_items: int = MAX_ITEMS) -> None:
        super().__init__()
        self.for_print = for_print
        self.max_items = max_items
        new_chart(self, "tornadoChart", for_print=for_print)
        if for_print:
            self.setTitle(self.tr("Distance to a change of the top option"))

        self.series_ = stacked_bars(self, "tornadoSeries")
        fragile, robust = QColor(OKABE_ITO["vermillion"]), QColor(OKABE_ITO["blue"])
        self.fragile_down = self._bar_set(self.tr("Fragile"), fragile)
        self.robust_down = self._bar_set(self.tr("Robust"), robust)
        self.fragile_up = self._bar_set(self.tr("Fragile"), fragile)
        self.robust_up = self._bar_set(self.tr("Robust"), robust)

        self.value_axis = QCategoryAxis()
        self.value_axis.setObjectName("distanceAxis")
        self.value_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        #: Translators: three phrases set apart by runs of spaces; a narrow chart puts them on lines of their own.
        self._value_title = self.tr("← decrease    % of range    increase →")
        self.value_axis.setTitleText(self._value_title)
        self._title_extra = self._legend_extra = 0.0  # pixels the title and the legend take beyond one line
        self._fragile_text = ""
        self.category_axis = category_axis("itemAxis")
        self.addAxis(self.value_axis, Qt.AlignmentFlag.AlignBottom)
        self.addAxis(self.category_axis, Qt.AlignmentFlag.AlignLeft)
        self.series_.attachAxis(self.value_axis)
        self.series_.attachAxis(self.category_axis)
        # a hidden vertical value axis lets the threshold lines span every row
        self.row_axis = QValueAxis()
        self.row_axis.setVisible(False)
        self.addAxis(self.row_axis, Qt.AlignmentFlag.AlignRight)
        self.threshold_lines = [self._threshold_line(k) for k in range(2)]
        self._tune_fonts()
        for bar_set in (self.fragile_up, self.robust_up):  # one legend entry per colour
            for marker in self.legend().markers(self.series_):
                if marker.barset() is bar_set:
                    marker.setVisible(False)

        self.threshold = FRAGILE_THRESHOLD
        self.two_lines = False  # on screen: every row's label on two lines (one would cut a name)
        self.all_items: list[TornadoItem] = []
        self.items: list[TornadoItem] = []  # bottom to top, as drawn
        self.hidden_count = 0
        self.series_.hovered.connect(self._on_hovered)
        self.plotAreaChanged.connect(self._fit_value_title)

    def _bar_set(self, label: str, colour: QColor) -> QBarSet:
        bar_set = QBarSet(label)
        bar_set.setColor(colour)
        bar_set.setBorderColor(colour.darker(130))
        bar_set.setPen(QPen(colour.darker(130), 0.5))
        self.series_.append(bar_set)
        return bar_set

    def _threshold_line(self, k: int) -> QLineSeries:
        line = QLineSeries()
        line.setObjectName(f"thresholdLine{k}")
        pen = QPen(QColor("#404040"), 1.2)
        pen.setStyle(Qt.PenStyle.DotLine)
        line.setPen(pen)
        self.addSeries(line)
        line.attachAxis(self.value_axis)
        line.attachAxis(self.row_axis)
        for marker in self.legend().markers(line):
            marker.setVisible(False)
        return line

    def _tune_fonts(self) -> None:
        style_texts(self, (self.value_axis, self.category_axis), for_print=self.for_print)

    # ------------------------------------------------------------------ data
    def refresh(self, items: Sequence[TornadoItem], threshold: float = FRAGILE_THRESHOLD) -> None:
        """Show ``items`` (most fragile first; at most ``max_items`` of them)."""
        self.threshold = threshold
        self.all_items = list(items)
        self._fit_lines()
        shown = list(items[: self.capacity()])
        self.hidden_count = len(items) - len(shown)
        self.items = list(reversed(shown))  # category 0 is drawn at the bottom
        cols: dict[str, list[float]] = {"fd": [], "rd": [], "fu": [], "ru": []}
        for it in self.items:
            down = 0.0 if it.down is None else 100.0 * it.down
            up = 0.0 if it.up is None else 100.0 * it.up
            frag_down = is_fragile(it.down, threshold)  # the verdict's own rule, tolerance at 10 points included
            frag_up = is_fragile(it.up, threshold)
            cols["fd"].append(-down if frag_down else 0.0)
            cols["rd"].append(0.0 if frag_down else -down)
            cols["fu"].append(up if frag_up else 0.0)
            cols["ru"].append(0.0 if frag_up else up)
        for key, bar_set in (("fd", self.fragile_down), ("rd", self.robust_down),
                             ("fu", self.fragile_up), ("ru", self.robust_up)):
            if bar_set.count():
                bar_set.remove(0, bar_set.count())
            bar_set.append(cols[key])
        self._fragile_text = self.tr("Fragile: under {0} % of its range").format(chart_number(self, f"{100 * threshold:g}"))
        self.robust_down.setLabel(self.tr("Robust"))
        self._fit_legend()
        self._relabel()
        widest = max([abs(v) for col in cols.values() for v in col] + [100.0 * threshold])
        bound, step = next((b for b in _BOUNDS if widest <= b[0] + 1e-9), _BOUNDS[-1])
        self._set_ticks(bound, step)
        n = max(1, len(self.items))
        self.row_axis.setRange(-0.5, n - 0.5)
        t = 100.0 * threshold
        for line, x in zip(self.threshold_lines, (-t, t)):
            line.replace([QPointF(x, -0.5), QPointF(x, n - 0.5)])
        if self.for_print:
            title = self.tr("Distance to a change of the top option")
            if self.hidden_count:
                title += self.tr(" (the {0} most fragile of {1})").format(len(shown), len(items))
            self.setTitle(title)

    def _set_ticks(self, bound: float, step: float) -> None:
        axis = self.value_axis
        for label in list(axis.categoriesLabels()):
            axis.remove(label)
        axis.setRange(-bound, bound)
        axis.setStartValue(-bound)
        seen: set[str] = set()
        k_max = round(bound / step)
        for k in range(-k_max, k_max + 1):
            label = f"{abs(k * step):g}"
            while label in seen:  # labels of a category axis must differ
                label += "\u200b"
            seen.add(label)
            axis.append(label, k * step)

    @property
    def row_px(self) -> int:
        """Height of one row: two label lines in print; on screen a readable band of one line, or of two (two_lines)."""
        if self.for_print:
            return PRINT_ROW_PX
        metrics = QFontMetricsF(self.category_axis.labelsFont())
        extra = metrics.height() if self.two_lines else 0.0  # a second line of label
        return max(ROW_PX, math.ceil(row_height(metrics) + extra))

    def _fit_lines(self) -> bool:
        """On screen, two lines a row when one would cut a name of the rows that may be shown; True if it changed."""
        if self.for_print or self.size().width() <= 0:
            return False  # a chart with no width yet keeps one line: it is measured again once laid out
        candidates = self.all_items[: self.max_items]
        room = max(80.0, label_room(self, self.category_axis, [it.label for it in candidates], _LABEL_WIDTH))
        two = needs_two_lines(candidates, QFontMetricsF(self.category_axis.labelsFont()), room)
        if two == self.two_lines:
            return False
        self.two_lines = two
        self.sizeNeedChanged.emit()
        return True

    def _frame(self) -> float:
        """Height around the rows: axis, title (and its extra lines), legend, margins; it grows with the text."""
        line = QFontMetricsF(self.category_axis.labelsFont()).height()
        frame = _FRAME_PX if self.for_print else max(_FRAME_PX, _FRAME_LINES * line + _FRAME_BASE_PX)
        return frame + (30 if self.title() else 0) + self._title_extra + self._legend_extra

    def capacity(self) -> int:
        """Rows that fit the chart's height (at most ``max_items``)."""
        height = self.size().height()
        if height <= 0:
            return self.max_items
        return max(1, min(self.max_items, int((height - self._frame()) // self.row_px)))

    def preferred_height(self, rows: int | None = None) -> int:
        """Height that shows ``rows`` rows (default: every item, up to ``max_items``)."""
        n = min(self.max_items, len(self.all_items) if rows is None else rows)
        return math.ceil(self._frame() + self.row_px * max(1, n))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Show as many rows as fit, and re-elide the labels (and fit the legend) for the new width."""
        super().resizeEvent(event)
        if abs(event.newSize().width() - event.oldSize().width()) >= 1:
            self._fit_legend()
            if self._fit_lines():
                self.refresh(self.all_items, self.threshold)
                return
        if min(self.capacity(), len(self.all_items)) != len(self.items):
            self.refresh(self.all_items, self.threshold)
        elif abs(event.newSize().width() - event.oldSize().width()) >= 1 and self.items:
            self._relabel()

    def _fit_value_title(self, plot: QRectF) -> None:
        """Break the axis title into lines that fit under a plot ``plot.width()`` wide (Qt would cut it)."""
        width = plot.width() if self.scene() is not None else 0.0  # a print lays out before its size is known
        self._need(fit_axis_title(self.value_axis, self._value_title, width), self._legend_extra)

    def _fit_legend(self) -> None:
        """The "Fragile" entry on two lines (or more) when the legend's row is too narrow for it (Qt would cut it)."""
        legend, text, width = self.legend(), self._fragile_text, self.size().width()
        if not text:
            return
        room = 0.0  # not laid out yet (or for a print, before its size is known): one line
        if width > 0 and legend.isVisible() and self.scene() is not None:
            font, line = legend.font(), QFontMetricsF(legend.font()).height()
            left, _top, right, _bottom = self.layout().getContentsMargins() if self.layout() else (0.0,) * 4
            inner = width - self.margins().left() - self.margins().right() - left - right
            room = max(1.0, inner - 2 * (_ENTRY_LINES * line + _ENTRY_PX) - _SLACK_LINES * line
                       - text_box(font, self.robust_down.label()).width())
        shown, extra = wrapped_label(text, legend.font(), room)
        if self.fragile_down.label() != shown:
            self.fragile_down.setLabel(shown)
        self._need(self._title_extra, extra)

    def _need(self, title_extra: float, legend_extra: float) -> None:
        """Keep the extra height of the title and the legend; say so when it changed."""
        if abs(title_extra - self._title_extra) >= 0.5 or abs(legend_extra - self._legend_extra) >= 0.5:
            self._title_extra, self._legend_extra = title_extra, legend_extra
            self.sizeNeedChanged.emit()

    def _label_width(self) -> float:
        """As wide as Qt Charts lets a vertical axis be (labels.AXIS_SHARE of the width)."""
        return max(80.0, label_room(self, self.category_axis, [it.label for it in self.items], _LABEL_WIDTH))

    def _relabel(self) -> None:
        metrics = QFontMetricsF(self.category_axis.labelsFont())
        room = self._label_width()
        labels: list[str] = []
        seen: set[str] = set()
        screen = [] if self.for_print else screen_labels(self.items, metrics, room)
        for k, it in enumerate(self.items):
            if self.for_print or self.two_lines:
                lines = print_lines(it, metrics, room) if self.for_print else screen_lines(it, metrics, room)
                label = "<br>".join(safe_labels(lines))
            else:
                label = safe_label(screen[k])
            while label in seen:
                label += "\u200b"
            seen.add(label)
            labels.append(label)
        if self.category_axis.categories() != labels:
            self.category_axis.clear()
            if labels:
                self.category_axis.append(labels)
            layout = self.layout()
            if self.for_print and layout is not None:  # a print is painted at once: size the axis for these labels now
                layout.invalidate()
                layout.activate()

    # ------------------------------------------------------------------ tooltips
    def describe_row(self, index: int) -> str:
        """Plain words for the row at ``index`` (bottom = 0)."""
        if not 0 <= index < len(self.items):
            return ""
        it = self.items[index]
        parts = []
        if it.down is not None:
            # fix17f: amount() never reads "0.0" for a tiny share that is not zero
            parts.append(self.tr("a decrease of {0} % of its range").format(chart_number(self, amount(100 * it.down, 1)))
                         + self._then_first(it.down_top, it.down_breach))
        if it.up is not None:
            parts.append(self.tr("an increase of {0} % of its range").format(chart_number(self, amount(100 * it.up, 1)))
                         + self._then_first(it.up_top, it.up_breach))
        return self.tr("{0}: the top option changes after {1}.").format(it.description, self.tr(" or ").join(parts))

    def _then_first(self, name: str, breach: tuple[str, ...]) -> str:
        """`` (Alpha then comes first)``, saying when Alpha breaches a red line; ``""`` without a name."""
        if not name:
            return ""
        if not breach:
            return " " + self.tr("({0} then comes first)").format(name)
        text = (self.tr("({0} then comes first; ⚑ it breaches the red line on {1})") if len(breach) == 1
                else self.tr("({0} then comes first; ⚑ it breaches the red lines on {1})"))
        return " " + text.format(name, self.tr(", ").join(breach))

    def _on_hovered(self, status: bool, index: int, _bar_set: QBarSet) -> None:
        if status:
            QToolTip.showText(QCursor.pos(), self.describe_row(index))
        else:
            QToolTip.hideText()


def build_tornado_chart(items: Sequence[TornadoItem], threshold: float = FRAGILE_THRESHOLD, *,
                        for_print: bool = False, max_items: int = MAX_ITEMS) -> TornadoChart:
    """Build the tornado chart.

    Parameters
    ----------
    items
        From :func:`tornado_items`, most fragile first.
    threshold
        Share of range under which a change is fragile (the dotted lines).
    for_print
        Add a title and drop the background, for reports.
    max_items
        Rows shown (the most fragile); the axis title says when some are left out.

    Returns
    -------
    TornadoChart
    """
    chart = TornadoChart(for_print=for_print, max_items=max_items)
    chart.refresh(items, threshold)
    return chart


def update_tornado_chart(chart: QChart, items: Sequence[TornadoItem], threshold: float = FRAGILE_THRESHOLD) -> None:
    """Update a chart from :func:`build_tornado_chart` in place."""
    if not isinstance(chart, TornadoChart):
        raise TypeError("update_tornado_chart needs a chart from build_tornado_chart")
    chart.refresh(items, threshold)


__all__ = ["MAX_ITEMS", "TornadoChart", "TornadoItem", "build_tornado_chart", "tornado_items",
           "update_tornado_chart"]
