"""The ranking panel's chart: the contribution chart for additive methods, a score chart otherwise.

Both charts are kept and updated in place; the stack shows the one the method calls
for. It shows only as many bars as its height leaves room for with a readable label
(issue 6: thirty bars in a short chart had every label replaced by "..."), recounted
when its height changes; the chart's vertical axis then says "Top N of M options".
A bar's band is measured in lines of the label font, so it grows with the text size,
and the stack is never shorter than :data:`MIN_HEIGHT_BARS` readable bars need.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import math

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QStackedWidget, QWidget

from counterweight.charts import build_contribution_chart, update_contribution_chart
from counterweight.charts.comparison_chart import build_method_score_chart, update_method_score_chart
from counterweight.charts.labels import row_height
from counterweight.ui.widgets.chart_view import chart_view

if TYPE_CHECKING:
    from counterweight.domain import Decision
    from counterweight.engine import Evaluation

#: The chart shows at most this many options (the best ones); the table shows all.
MAX_CHART_BARS = 30
#: Fewest bars the chart shows (1,000-option projects).
MIN_CHART_BARS = 5
#: The stack is never shorter than this many readable bars need (fewer if there are fewer options),
#: so the chart keeps room for the "Top N of M options" axis title too.
MIN_HEIGHT_BARS = 8
#: Height around the plot (value axis, its title, the legend, margins) before the chart is laid
#: out, in lines of the label font plus fixed pixels (measured: 108 px at 9 pt, 129 px at 13.5 pt).
_FRAME_LINES, _FRAME_PX = 4.0, 56


class RankingChartStack(QStackedWidget):
    """Contribution chart and method score chart, one shown at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rankingChartStack")
        self.chart = None
        self.chart_view = chart_view(self, "contributionChartView", self.tr("Contribution chart"), self.tr(
            "Stacked bars: how many points each top-level criterion adds to each option's score."))
        self.method_chart = None
        self.method_chart_view = chart_view(self, "methodScoreChartView", self.tr("Method score chart"), self.tr(
            "One bar per option with the chosen method's own score, best on top."))
        self.addWidget(self.chart_view)
        self.addWidget(self.method_chart_view)
        self._bars = MAX_CHART_BARS
        self._shown: tuple[Decision, Evaluation] | None = None
        self._bars_timer = QTimer(self)
        self._bars_timer.setSingleShot(True)
        self._bars_timer.setInterval(50)
        self._bars_timer.timeout.connect(self._fit_bars)

    def show_evaluation(self, decision: Decision, evaluation: Evaluation) -> None:
        """Chart ``evaluation`` with the chart its method calls for."""
        self._shown = (decision, evaluation)
        if evaluation.additive:
            if self.chart is None:
                self.chart = build_contribution_chart(decision, evaluation, max_bars=self._bars)
                self.chart_view.setChart(self.chart)
            else:
                update_contribution_chart(self.chart, decision, evaluation)
            self.setCurrentWidget(self.chart_view)
        else:
            if self.method_chart is None:
                self.method_chart = build_method_score_chart(evaluation, max_bars=self._bars)
                self.method_chart_view.setChart(self.method_chart)
            else:
                update_method_score_chart(self.method_chart, evaluation)
            self.setCurrentWidget(self.method_chart_view)
        self._update_minimum()

    def _current_chart(self):  # noqa: ANN202 - the ContributionChart or MethodScoreChart shown, or None
        return self.chart if self.currentWidget() is self.chart_view else self.method_chart

    def row_height(self) -> float:
        """Height of one bar's band that keeps its label readable (it grows with the label font).

        Qt Charts replaces a category label by "..." when its band is shorter than
        about 1.6 lines of the label font (measured: a 14 px font was cut at 21 px a
        band and shown at 24 px), so each bar is given
        :data:`~counterweight.charts.labels.LABEL_BAND_LINES` lines.
        """
        chart = self._current_chart()
        font = chart.category_axis.labelsFont() if chart is not None else self.chart_view.font()
        return row_height(QFontMetricsF(font))

    def _frame_height(self) -> float:
        """Height of the chart outside its plot area: measured once laid out, but never less than
        estimated from the font.

        A chart squeezed below what it needs shows "..." for every axis label, and its
        frame then measures smaller than a readable one; taking that as the measure
        would keep the chart squeezed (seen in a 760 x 736 window with 3 options).
        """
        chart = self._current_chart()
        font = chart.category_axis.labelsFont() if chart is not None else self.chart_view.font()
        estimate = _FRAME_PX + _FRAME_LINES * QFontMetricsF(font).height()
        if chart is not None and chart.plotArea().height() > 0 and chart.size().height() > 0:
            return max(estimate, chart.size().height() - chart.plotArea().height())
        return estimate

    def _update_minimum(self) -> None:
        """Keep room for :data:`MIN_HEIGHT_BARS` readable bars (fewer if there are fewer options)."""
        if self._shown is None:
            return
        bars = max(1, min(len(self._shown[1].option_ids), MIN_HEIGHT_BARS))
        view = self.currentWidget()
        border = 2 * view.frameWidth() if view is not None else 0
        height = math.ceil(self._frame_height() + self.row_height() * bars) + border + 1
        if height != self.minimumHeight():
            self.setMinimumHeight(height)

    def bars_that_fit(self) -> int:
        """How many bars the chart's height leaves room for, each with a readable label (see :meth:`row_height`)."""
        chart = self._current_chart()
        plot = chart.plotArea().height() if chart is not None else 0.0
        room = plot if plot > 0 else self.height() - self._frame_height()
        return max(MIN_CHART_BARS, min(MAX_CHART_BARS, int(room // self.row_height())))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._bars_timer.start()  # once a splitter drag settles

    def _fit_bars(self) -> None:
        self._update_minimum()  # the frame is measured now that the chart is laid out
        bars = self.bars_that_fit()
        if bars == self._bars:
            return
        self._bars = bars
        for chart in (self.chart, self.method_chart):
            if chart is not None:
                chart.max_bars = bars
        if self._shown is not None:
            self.show_evaluation(*self._shown)


__all__ = ["MAX_CHART_BARS", "MIN_CHART_BARS", "RankingChartStack"]
