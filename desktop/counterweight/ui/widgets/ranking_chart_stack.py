"""The ranking panel's chart: the contribution chart for additive methods, a score chart otherwise.

Both charts are kept and updated in place; the stack shows the one the method calls
for. It shows only as many bars as its height leaves room for with a readable label
(issue 6: thirty bars in a short chart had every label replaced by "..."), recounted
when its height changes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QStackedWidget, QWidget

from counterweight.charts import build_contribution_chart, update_contribution_chart
from counterweight.charts.comparison_chart import build_method_score_chart, update_method_score_chart
from counterweight.ui.widgets.chart_view import chart_view

if TYPE_CHECKING:
    from counterweight.domain import Decision
    from counterweight.engine import Evaluation

#: The chart shows at most this many options (the best ones); the table shows all.
MAX_CHART_BARS = 30
#: Fewest bars the chart shows when it is short of room (1,000-option projects).
MIN_CHART_BARS = 5
#: Height of one bar's band, in lines of the axis label font (see RankingChartStack.bars_that_fit).
_LABEL_BAND_LINES = 1.8
_BAR_HEIGHT_PX = 22
_CHART_FRAME_PX = 120
_CHART_MIN_CAP_PX = 320


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
        bars = min(len(evaluation.option_ids), MAX_CHART_BARS)
        self.setMinimumHeight(min(_CHART_MIN_CAP_PX, _CHART_FRAME_PX + _BAR_HEIGHT_PX * bars))

    def bars_that_fit(self) -> int:
        """How many bars the chart's height leaves room for, each with a readable label.

        Qt Charts replaces a category label by "..." when its band is shorter than
        about 1.6 lines of the label font (measured: a 14 px font was cut at 21 px a
        band and shown at 24 px), so each bar is given :data:`_LABEL_BAND_LINES` lines.
        """
        chart = self.chart if self.currentWidget() is self.chart_view else self.method_chart
        font = chart.category_axis.labelsFont() if chart is not None else self.chart_view.font()
        band = QFontMetricsF(font).height() * _LABEL_BAND_LINES
        plot = chart.plotArea().height() if chart is not None else 0.0
        room = plot if plot > 0 else self.height() - _CHART_FRAME_PX
        return max(MIN_CHART_BARS, min(MAX_CHART_BARS, int(room // band)))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._bars_timer.start()  # once a splitter drag settles

    def _fit_bars(self) -> None:
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
