"""Charts for the methods that are not additive: one bar per option with the method's own score.

The weighted sum breaks a total down into contributions (see
:mod:`counterweight.charts.contribution_chart`); the weighted product, TOPSIS,
PROMETHEE II and VIKOR do not, so the ranking panel shows their headline number
instead: the WPM score, TOPSIS closeness ``C``, PROMETHEE net flow ``phi`` (which
can be negative) or VIKOR ``1 - Q``. Bars are in rank order, best on top. An
option a red line excludes keeps a grey bar (its score is still computed, see
docs/methods.md); an option the method cannot place has no number and no bar, even
when a red line excludes it too.
VIKOR's compromise solution is drawn in a second colour.

Every Qt Charts call of the application lives in this package.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCharts import (
    QBarSet,
    QChart,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QCursor, QFontMetricsF, QPen
from PySide6.QtWidgets import QToolTip

from counterweight.charts.labels import bar_labels, label_room
from counterweight.charts.palette import OKABE_ITO
from counterweight.charts.style import chart_number  # h27b: "0,5" in a French window
from counterweight.charts.style import (
    category_axis,
    new_chart,
    safe_labels,
    stacked_bars,
    style_texts,
)
from counterweight.domain import AggregationMethod
from counterweight.domain.shown_numbers import column_texts
from counterweight.engine import Evaluation

#: Widest the option labels get in a chart that has no size yet (pixels).
_LABEL_WIDTH_DEFAULT = 260.0
_EXCLUDED_HEX = "#9E9E9E"


@dataclass(frozen=True)
class Measure:
    """The number a method's chart shows, with its axis range and wording."""

    name: str
    axis_title: str
    low: float
    high: float
    label_format: str
    ticks: int


def method_measure(method: AggregationMethod) -> Measure:
    """What the chart of ``method`` plots (axis title, range, number format).

    The name and axis title are English, marked for lupdate under the context
    ``"MethodScoreChart"``, under which both this chart and the sensitivity chart look them up.
    """
    m = AggregationMethod(method)
    if m is AggregationMethod.TOPSIS:
        return Measure(QT_TRANSLATE_NOOP("MethodScoreChart", "closeness"),
                       QT_TRANSLATE_NOOP("MethodScoreChart", "Closeness to the ideal, C (1 = ideal)"),
                       0.0, 1.0, "%.1f", 6)
    if m is AggregationMethod.PROMETHEE:
        return Measure(QT_TRANSLATE_NOOP("MethodScoreChart", "net flow"),
                       QT_TRANSLATE_NOOP("MethodScoreChart", "Net flow φ (higher is better)"), -1.0, 1.0, "%.2f", 5)
    if m is AggregationMethod.VIKOR:
        return Measure(QT_TRANSLATE_NOOP("MethodScoreChart", "1 − Q"),
                       QT_TRANSLATE_NOOP("MethodScoreChart", "1 − Q (VIKOR; 1 = best)"), 0.0, 1.0, "%.1f", 6)
    return Measure(QT_TRANSLATE_NOOP("MethodScoreChart", "score"),
                   QT_TRANSLATE_NOOP("MethodScoreChart", "Score out of 100"), 0.0, 100.0, "%.0f", 6)


def method_values(evaluation: Evaluation) -> np.ndarray:
    """The plotted number for every option, aligned with ``evaluation.option_ids``."""
    m = evaluation.aggregation
    extras = evaluation.extras
    n = len(evaluation.option_ids)
    if m is AggregationMethod.TOPSIS and "closeness" in extras:
        return np.asarray(extras["closeness"], dtype=float)
    if m is AggregationMethod.PROMETHEE and "phi" in extras:
        return np.asarray(extras["phi"], dtype=float)
    if m is AggregationMethod.VIKOR and "Q" in extras:
        return 1.0 - np.asarray(extras["Q"], dtype=float)
    return np.asarray(evaluation.totals, dtype=float).reshape(n) * 100.0


#: Candidate half-widths of the net-flow axis.
_FLOW_BOUNDS = (0.05, 0.1, 0.2, 0.25, 0.5, 1.0)


def flow_axis_bound(values: np.ndarray) -> float:
    """The smallest of 0.05, 0.1, 0.2, 0.25, 0.5, 1 that is at least the largest absolute value."""
    top = float(np.max(np.abs(values))) if np.size(values) else 0.0
    return next((b for b in _FLOW_BOUNDS if top <= b + 1e-12), 1.0)


class MethodScoreChart(QChart):
    """Horizontal bars of one method's score per option, updated in place."""

    def __init__(self, *, max_bars: int | None = None) -> None:
        super().__init__()
        self.max_bars = max_bars
        new_chart(self, "methodScoreChart", for_print=False)

        self.series_ = stacked_bars(self, "methodScoreSeries")
        self.value_axis = QValueAxis()
        self.value_axis.setObjectName("methodValueAxis")
        self.category_axis = category_axis("methodOptionAxis")
        self.addAxis(self.value_axis, Qt.AlignmentFlag.AlignBottom)
        self.addAxis(self.category_axis, Qt.AlignmentFlag.AlignLeft)
        self.series_.attachAxis(self.value_axis)
        self.series_.attachAxis(self.category_axis)

        self.ranked_set = self._bar_set(self.tr("Ranked"), QColor(OKABE_ITO["blue"]))
        self.compromise_set = self._bar_set(self.tr("VIKOR compromise solution"), QColor(OKABE_ITO["orange"]))
        self.excluded_set = self._bar_set(self.tr("Excluded by a red line"), QColor(_EXCLUDED_HEX))
        self._all_sets = (("ranked", self.ranked_set), ("compromise", self.compromise_set),
                          ("excluded", self.excluded_set))
        self._tune_fonts()

        self.measure: Measure | None = None
        self._names: list[str] = []  # bottom to top
        self._values = np.zeros(0)
        self._ranks: list[int | None] = []
        self._texts: list[str] = []
        self.series_.hovered.connect(self._on_hovered)

    def _bar_set(self, label: str, colour: QColor) -> QBarSet:
        bar_set = QBarSet(label)
        bar_set.setColor(colour)
        bar_set.setBorderColor(colour.darker(130))
        bar_set.setPen(QPen(colour.darker(130), 0.5))
        self.series_.append(bar_set)
        return bar_set

    def _tune_fonts(self) -> None:
        style_texts(self, (self.value_axis, self.category_axis), for_print=False, title=False)
        self.setTitleFont(self.value_axis.titleFont())  # the title is only the "Top N of M options" caption

    # ------------------------------------------------------------------ data
    def refresh(self, evaluation: Evaluation) -> None:
        """Show ``evaluation``'s method score, keeping the chart, series and axes."""
        measure = method_measure(evaluation.aggregation)
        values = method_values(evaluation)
        if measure.low < 0:  # net flows: a symmetric range that fits them, so small flows stay visible
            bound = flow_axis_bound(values)
            measure = Measure(measure.name, measure.axis_title, -bound, bound, measure.label_format, measure.ticks)
        if measure != self.measure:
            self.measure = measure
            self.value_axis.setTitleText(self.tr(measure.axis_title))
            self.value_axis.setLabelFormat(measure.label_format)
            self.value_axis.setRange(measure.low, measure.high)
            self.value_axis.setTickCount(measure.ticks)
        # an option without a number (the method could not place it, excluded by a red line or not) has no bar
        unplaced = {oid for oid in evaluation.option_ids if not evaluation.is_computed(oid)}
        excluded = set(evaluation.excluded_option_ids)
        compromise = set(evaluation.compromise_option_ids) if evaluation.aggregation is AggregationMethod.VIKOR \
            else set()
        rows = [int(i) for i in evaluation.order if evaluation.option_ids[int(i)] not in unplaced]
        if self.max_bars is not None:
            rows = rows[: self.max_bars]
        bottom_up = list(reversed(rows))
        ids = [evaluation.option_ids[i] for i in bottom_up]
        self._names = [evaluation.option_names[i] for i in bottom_up]
        self._values = values[bottom_up] if bottom_up else np.zeros(0)
        self._ranks = [None if oid in excluded else int(evaluation.ranks[i]) for oid, i in zip(ids, bottom_up)]
        base = 1 if measure.high > 1.0 else 3
        self._texts = [chart_number(self, t) for t in column_texts([float(v) for v in self._values], self._ranks, base,
                                                                  sign=measure.low < 0)]
        columns: dict[str, list[float]] = {"ranked": [], "compromise": [], "excluded": []}
        for oid, v in zip(ids, self._values):
            kind = "excluded" if oid in excluded else "compromise" if oid in compromise else "ranked"
            for key, col in columns.items():
                col.append(float(v) if key == kind else 0.0)
        wanted = [bar_set for key, bar_set in self._all_sets
                  if key == "ranked" or any(v != 0.0 for v in columns[key])]
        if self.series_.barSets() != wanted:  # only the sets in use, so the legend lists only them
            for bar_set in self.series_.barSets():
                self.series_.take(bar_set)
            for bar_set in wanted:
                self.series_.append(bar_set)
        for key, bar_set in self._all_sets:
            col = columns[key]
            if [bar_set.at(k) for k in range(bar_set.count())] != col:
                if bar_set.count():
                    bar_set.remove(0, bar_set.count())
                bar_set.append(col)
        shown, total = len(rows), len(evaluation.option_ids) - len(unplaced)
        title = self.tr("Top {0} of {1} options").format(shown, chart_number(self, f"{total:,}")) if shown < total else ""
        if self.title() != title:  # a caption above the bars, as the contribution chart's (QA 22 item 15: a
            self.setTitle(title)   # title up the options axis was cut when the Ranking tab scrolled)
        self._relabel()

    def _relabel(self) -> None:
        """Label each bar "rank. name" ("— name" if excluded); long names shortened as in
        :func:`~counterweight.charts.labels.bar_labels`."""
        metrics = QFontMetricsF(self.category_axis.labelsFont())
        prefixes = ["— " if rank is None else f"{rank}. " for rank in self._ranks]
        room = label_room(self, self.category_axis, [p + n for p, n in zip(prefixes, self._names)],
                          _LABEL_WIDTH_DEFAULT)
        labels = safe_labels(bar_labels(prefixes, self._names, metrics, room))
        if self.category_axis.categories() != labels:
            self.category_axis.setCategories(labels)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Re-elide option names when the chart gets narrower or wider."""
        super().resizeEvent(event)
        if abs(event.newSize().width() - event.oldSize().width()) >= 1 and self._names:
            self._relabel()

    # ------------------------------------------------------------------ tooltips
    def describe_bar(self, index: int) -> str:
        """Plain-words description of the bar at ``index`` (bottom = 0)."""
        if not 0 <= index < len(self._names):
            return ""
        if self.measure is None:
            return ""
        number = self._texts[index]  # as many decimals as tell the ranks apart, as in the ranking table
        rank = self._ranks[index]
        where = self.tr("rank {0}").format(rank) if rank is not None else self.tr("excluded by a red line")
        return self.tr("{option}: {measure} {number} ({where})").format(
            option=self._names[index], measure=self.tr(self.measure.name), number=number, where=where)

    def _on_hovered(self, status: bool, index: int, _bar_set: QBarSet) -> None:
        if status:
            QToolTip.showText(QCursor.pos(), self.describe_bar(index))
        else:
            QToolTip.hideText()


def build_method_score_chart(evaluation: Evaluation, *, max_bars: int | None = None) -> MethodScoreChart:
    """Build the bar chart of ``evaluation``'s own score (for a non-additive method).

    Parameters
    ----------
    evaluation
        Engine result; its ``aggregation`` picks the number plotted
        (:func:`method_measure`).
    max_bars
        Show only the best ``max_bars`` options; ``None`` shows all that have a number.

    Returns
    -------
    MethodScoreChart
        Show it with ``QChartView(chart)``; update it with :func:`update_method_score_chart`.
    """
    chart = MethodScoreChart(max_bars=max_bars)
    chart.refresh(evaluation)
    return chart


def update_method_score_chart(chart: QChart, evaluation: Evaluation) -> None:
    """Update a chart made by :func:`build_method_score_chart` in place (any method)."""
    if not isinstance(chart, MethodScoreChart):
        raise TypeError("update_method_score_chart needs a chart from build_method_score_chart")
    chart.refresh(evaluation)


__all__ = [
    "Measure",
    "MethodScoreChart",
    "build_method_score_chart",
    "flow_axis_bound",
    "method_measure",
    "method_values",
    "update_method_score_chart",
]
