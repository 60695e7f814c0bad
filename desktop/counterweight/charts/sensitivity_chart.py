"""The one-way sensitivity chart: each option's overall score against one criterion's weight.

The horizontal axis is the criterion's local weight (its share of its group) from
0 % to 100 %, the siblings keeping their proportions of what is left (see
:mod:`counterweight.engine.sensitivity`). One line per option, each with its own colour
and dash pattern (so a greyscale print still tells them apart); the top option's line
is drawn thicker. A dashed vertical line marks the current weight, and a marker on
a dotted vertical line shows each weight at which the top option changes. For the
weighted sum the lines are straight and the thresholds exact; for other methods the
curves come from a grid and the thresholds from bisection.

The plot keeps :data:`PLOT_LINES` lines of the label font in height
(:meth:`SensitivityChart.minimum_height`), so the score axis stays readable at any text
size. An axis title longer than its side of the plot (the score axis's "Score out of 100"
beside a short plot, a long criterion name under a narrow one) goes onto centred lines
(:func:`counterweight.charts.labels.wrapped_title`) instead of being cut; when the weight
axis's title takes more or fewer lines the chart emits ``sizeNeedChanged``.

Every Qt Charts call of the application lives in this package.
"""

from __future__ import annotations

from counterweight.charts.style import safe_label, safe_labels  # noqa: F401

from collections.abc import Collection

import numpy as np
from PySide6.QtCharts import QChart, QLegend, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFontMetricsF, QPen
from PySide6.QtWidgets import QToolTip

from counterweight.charts.comparison_chart import flow_axis_bound, method_measure
from counterweight.charts.labels import fit_axis_title
from counterweight.charts.legend_words import first_place_words
from counterweight.charts.palette import OKABE_ITO
from counterweight.charts.style import chart_number, new_chart, percent_axis, screen_is_dark, series_mark_colour, series_pen, style_texts
from counterweight.domain.shown_numbers import fixed
from counterweight.engine.sensitivity import CriterionSensitivity, SensitivityResult

_MARKER_HEX = "#404040"
#: Widest legend entry (pixels of the legend font) and its share of the chart width.
_LEGEND_NAME_PX = 170.0
_LEGEND_SHARE = 0.26
#: The plot is at least this many lines of the label font high; around it the axis labels, the weight
#: axis's title and the margins take this many lines plus fixed pixels (measured: 75 px at 9 pt, 93 at 13.5 pt).
PLOT_LINES = 8.0
_FRAME_LINES, _FRAME_PX = 3.0, 36.0


#: The chart draws at most this many options' lines (QA 27: 1,000 lines took most of a second to draw, and
#: the legend could not hold them): the best at the current weight, always with every option that takes first
#: place somewhere along the axis. The Sensitivity table lists every option.
MAX_LINES = 12


def shown_options(result: SensitivityResult, crit: CriterionSensitivity, cap: int = MAX_LINES) -> list[int]:
    """Indexes of the options whose lines are drawn: all of them up to ``cap``; past it, the top option and each
    option that takes first place at a threshold, then the best at the current weight, best first."""
    count = len(result.option_ids)
    if count <= cap:
        return list(range(count))
    now = np.array([np.interp(crit.local_weight, crit.curve_weights, np.asarray(row, dtype=float))
                    for row in crit.curve_scores])
    order = [int(i) for i in np.argsort(-now, kind="stable")]
    index = {oid: i for i, oid in enumerate(result.option_ids)}
    must = {index[o] for o in (result.top_id, *(t.new_top_id for t in (crit.decrease, crit.increase) if t))
            if o in index}
    picked = set(must)
    for i in order:
        if len(picked) >= cap:
            break
        picked.add(i)
    return [i for i in order if i in picked]


def _pct(share: float) -> str:
    """A share 0-1 as a percentage with one decimal, as the thresholds table and the sentence give it (QA 21)."""
    return fixed(100.0 * share, 1)


class SensitivityChart(QChart):
    """Score-against-weight lines for one criterion, updated in place by :meth:`refresh`.

    Signals
    -------
    sizeNeedChanged()
        :meth:`minimum_height` changed without new data (the weight axis's title took more or
        fewer lines at a new width). It is emitted in the middle of the chart's layout: a slot
        that resizes the chart's view should be connected queued.
    """

    sizeNeedChanged = Signal()

    def __init__(self, *, for_print: bool = False, legend: bool = True) -> None:
        super().__init__()
        self._titles = ("", "")  # the weight and score axes' titles as set, before any wrapping
        self._title_extra = 0.0  # pixels the weight axis's title takes beyond one line
        self.for_print = for_print
        self._dark = not for_print and screen_is_dark()  # the ground the option lines are coloured for
        new_chart(self, "sensitivityChart", for_print=for_print, legend_alignment=Qt.AlignmentFlag.AlignRight, legend_tooltips=True)
        self.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)  # each line's dashes (h26k)

        self.weight_axis = percent_axis(QValueAxis())
        self.weight_axis.setObjectName("weightAxis")
        self.score_axis = QValueAxis()
        self.score_axis.setObjectName("scoreAxis")
        self.addAxis(self.weight_axis, Qt.AlignmentFlag.AlignBottom)
        self.addAxis(self.score_axis, Qt.AlignmentFlag.AlignLeft)

        self.option_series: list[QLineSeries] = []
        self.current_series = self._line("currentWeightSeries", QColor(_MARKER_HEX), 1.5, Qt.PenStyle.DashLine)
        self.flip_series = QScatterSeries()
        self.flip_series.setObjectName("flipPointSeries")
        self.flip_series.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeCircle)
        self.flip_series.setMarkerSize(11.0)
        self.flip_series.setColor(QColor(OKABE_ITO["vermillion"]))
        self.flip_series.setBorderColor(QColor("#000000"))
        self._attach(self.flip_series)
        self.flip_lines: list[QLineSeries] = []
        self._tune_fonts()

        self.criterion: CriterionSensitivity | None = None
        self._names: tuple[str, ...] = ()
        self._top: str | None = None
        self._excluded: frozenset[str] = frozenset()
        self._flagged: frozenset[str] = frozenset()
        self._tied: frozenset[str] = frozenset()  # ids of the options sharing first place (none: one leads)
        self._option_ids: tuple[str, ...] = ()
        self._shown: list[int] = []  # the option index of each line (see shown_options)
        self.shown_note = ""  # "Lines of the best 12 of 1,000 options …" when not every option is drawn
        self._scale = 100.0
        self.legend().setVisible(legend)
        self.plotAreaChanged.connect(self._fit_titles)

    def minimum_height(self) -> int:
        """Height (pixels) that keeps the score axis readable and both axis titles whole; it grows with the
        text. The legend is not counted (it stands beside the plot, or outside the chart)."""
        line = QFontMetricsF(self.weight_axis.labelsFont()).height()
        title = 2.0 * QFontMetricsF(self.titleFont()).height() if self.title() else 0.0
        return int(_FRAME_PX + (_FRAME_LINES + PLOT_LINES) * line + title + self._title_extra + 0.999)

    def _fit_titles(self, plot: QRectF) -> None:
        """Break each axis title into lines that fit its side of the plot (Qt would cut it)."""
        extra = fit_axis_title(self.weight_axis, self._titles[0], plot.width())  # a criterion's name as typed
        fit_axis_title(self.score_axis, self._titles[1], plot.height())
        if abs(extra - self._title_extra) >= 0.5:
            self._title_extra = extra
            self.sizeNeedChanged.emit()

    # ------------------------------------------------------------------ building blocks
    def _attach(self, series) -> None:
        self.addSeries(series)
        series.attachAxis(self.weight_axis)
        series.attachAxis(self.score_axis)

    def _line(self, name: str, colour: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QLineSeries:
        series = QLineSeries()
        series.setObjectName(name)
        pen = QPen(colour, width)
        pen.setStyle(style)
        series.setPen(pen)
        self._attach(series)
        return series

    def _tune_fonts(self) -> None:
        style_texts(self, (self.weight_axis, self.score_axis), for_print=self.for_print)

    def _legend_name(self, name: str) -> str:
        metrics = QFontMetricsF(self.legend().font())
        width = self.size().width()
        room = _LEGEND_NAME_PX if width <= 0 else max(60.0, min(_LEGEND_NAME_PX, _LEGEND_SHARE * width))
        return safe_label(metrics.elidedText(name, Qt.TextElideMode.ElideRight, room))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Re-elide the option names in the legend for the new width."""
        super().resizeEvent(event)
        if abs(event.newSize().width() - event.oldSize().width()) >= 1:
            for series, i in zip(self.option_series, self._shown):
                series.setName(self._legend_name(self._names[i]))

    def _zoom(self, scores: np.ndarray, floor: float, ceiling: float) -> tuple[float, float]:
        """Fit the score axis to the lines (with some air), with round tick values, inside the method's range."""
        axis = self.score_axis
        if scores.size == 0 or not np.isfinite(scores).any():
            lo, hi = floor, ceiling
        else:
            lo, hi = float(np.nanmin(scores)), float(np.nanmax(scores))
            pad = max(0.08 * (hi - lo), 0.02 * (ceiling - floor), 0.5 * (0.1 * (ceiling - floor) - (hi - lo)))
            lo, hi = max(floor, lo - pad), min(ceiling, hi + pad)
        axis.setRange(lo, hi)
        axis.setTickCount(6)
        axis.applyNiceNumbers()
        lo, hi = max(floor, axis.min()), min(ceiling, axis.max())
        axis.setRange(lo, hi)
        return lo, hi

    # ------------------------------------------------------------------ data
    def refresh(self, result: SensitivityResult, criterion_id: str, *, excluded: Collection[str] = (),
                flagged: Collection[str] = (), tied: Collection[str] = ()) -> None:
        """Show ``criterion_id``'s lines from ``result``.

        Parameters
        ----------
        result
            Sensitivity of (at least) this criterion.
        criterion_id
            The criterion whose weight is on the horizontal axis.
        excluded
            Ids of options a red line keeps out of the ranking: drawn dotted, they
            cannot take the top place.
        flagged
            Ids of options that breach a red line whose action is "flag": their
            tooltips say so.
        tied
            Ids of the options that share first place (the flip analysis's ``tied_ids``): the
            legend calls each "tied first" rather than the top option "first".
        """
        crit = result.get(criterion_id)
        self.criterion = crit
        self._names = result.option_names
        measure = method_measure(result.aggregation)
        self._scale = 100.0 if measure.high > 1.0 else 1.0
        scores = np.asarray(crit.curve_scores, dtype=float) * self._scale
        if measure.low < 0:
            bound = flow_axis_bound(scores)
            floor, ceiling = -bound, bound
        else:
            floor, ceiling = measure.low, measure.high
        self._shown = shown_options(result, crit)
        low, high = self._zoom(scores[self._shown], floor, ceiling)  # the lines drawn; at least a tenth of the range
        self.score_axis.setLabelFormat(measure.label_format)
        self._titles = (self.tr("Local weight of {0} (%)").format(crit.name),
                        QCoreApplication.translate("MethodScoreChart", measure.axis_title))  # marked there
        self._fit_titles(self.plotArea())
        if self.for_print:
            self.setTitle(self.tr("Overall score as the weight of {0} changes").format(safe_label(crit.label)))

        self._sync_option_series(len(self._shown))
        top = result.top_id
        hidden = set(excluded)
        self._top, self._excluded, self._option_ids = top, frozenset(hidden), result.option_ids
        self._flagged, self._tied = frozenset(flagged), frozenset(tied)
        count = len(result.option_ids)
        self.shown_note = "" if len(self._shown) == count else self.tr(
            "Lines of the best {0} of {1} options at the current weight, with every option that comes first "
            "somewhere on the axis; the table lists them all.").format(len(self._shown), chart_number(self, f"{count:,}"))
        exact_lines = crit.intercepts is not None and crit.slopes is not None
        for k, (i, series) in enumerate(zip(self._shown, self.option_series)):
            oid = result.option_ids[i]
            if exact_lines:
                a, b = float(crit.intercepts[i]) * self._scale, float(crit.slopes[i]) * self._scale  # type: ignore[index]
                points = [QPointF(0.0, a), QPointF(100.0, a + b)]
            else:
                points = [QPointF(100.0 * float(w), float(s)) for w, s in zip(crit.curve_weights, scores[i])]
            series.replace(points)
            series.setName(self._legend_name(result.option_names[i]))
            pen = series_pen(self._line_colour(k), 3.2 if oid == top else 1.8, k)  # dashed apart for greyscale
            if oid in hidden:
                pen.setStyle(Qt.PenStyle.DotLine)
            series.setPen(pen)

        w0 = 100.0 * crit.local_weight
        self.current_series.replace([QPointF(w0, low), QPointF(w0, high)])
        self.current_series.setName(self.tr("Current weight: {0} %").format(chart_number(self, _pct(crit.local_weight))))
        self._show_flips(result, crit, low, high)

    def _sync_option_series(self, count: int) -> None:
        while len(self.option_series) > count:
            self.removeSeries(self.option_series.pop())
        if len(self.option_series) == count:
            return
        while len(self.option_series) < count:
            index = len(self.option_series)
            series = QLineSeries()
            series.setObjectName(f"optionLine{index}")
            series.hovered.connect(lambda point, state, k=index: self._on_hovered(k, point, state))
            self._attach(series)
            self.option_series.append(series)
        # keep the markers drawn above the option lines
        for series in (self.current_series, *self.flip_lines, self.flip_series):
            self.removeSeries(series)
            self._attach(series)

    def _show_flips(self, result: SensitivityResult, crit: CriterionSensitivity, low: float, high: float) -> None:
        thresholds = [t for t in (crit.decrease, crit.increase) if t is not None]
        while len(self.flip_lines) > len(thresholds):
            self.removeSeries(self.flip_lines.pop())
        while len(self.flip_lines) < len(thresholds):
            line = self._line(f"flipLine{len(self.flip_lines)}", QColor(OKABE_ITO["vermillion"]), 1.2,
                              Qt.PenStyle.DotLine)
            self.flip_lines.append(line)
        for line in self.flip_lines:  # one legend entry (the markers) stands for the lines too
            for marker in self.legend().markers(line):
                marker.setVisible(False)
        top = result.option_ids.index(result.top_id) if result.top_id in result.option_ids else None
        points = []
        for t, line in zip(thresholds, self.flip_lines):
            x = 100.0 * t.local_weight
            y = low if top is None else float(np.interp(t.local_weight, crit.curve_weights,
                                                        np.asarray(crit.curve_scores[top], dtype=float)))
            if top is not None:
                y *= self._scale
            points.append(QPointF(x, y))
            line.replace([QPointF(x, low), QPointF(x, high)])
        self.flip_series.replace(points)
        if thresholds:
            where = " / ".join(f"{chart_number(self, _pct(t.local_weight))} %" for t in thresholds)
            self.flip_series.setName(self.tr("Top changes: {0}").format(safe_label(where)))
        else:
            self.flip_series.setName(self.tr("Top never changes"))
        for marker in self.legend().markers(self.flip_series):
            marker.setVisible(True)

    def _line_colour(self, k: int) -> QColor:
        """Colour of the ``k``-th option line: 3:1 or more against the chart's ground (h26d, h26k)."""
        return series_mark_colour(k, dark=self._dark)

    def recolour_series(self, dark: bool) -> None:
        """Re-colour the option lines for a dark or light ground (called by the shared chart styling)."""
        self._dark = dark
        for k, series in enumerate(self.option_series):
            pen = series.pen()
            pen.setColor(self._line_colour(k))
            series.setPen(pen)

    def legend_entries(self) -> list[tuple[str, QColor, str]]:
        """What the legend shows, for a legend drawn outside the chart: ``(text, colour, kind)``.

        ``kind`` is ``"top"`` (the option ranked first), ``"option"``, ``"excluded"``
        (kept out of the ranking by a red line), ``"current"`` (the current-weight
        line) or ``"flip"`` (the points where the top option changes).
        """
        out: list[tuple[str, QColor, str]] = []
        for k, i in enumerate(self._shown):
            oid = self._option_ids[i]
            kind = "top" if oid == self._top else "excluded" if oid in self._excluded else "option"
            out.append((self._names[i], self._line_colour(k), kind))
        # the line's own pen: on a dark screen the neutral ink is swapped for a light one
        out.append((self.current_series.name(), QColor(self.current_series.pen().color()), "current"))
        out.append((self.flip_series.name(), QColor(OKABE_ITO["vermillion"]), "flip"))
        return out

    def legend_pens(self) -> list[QPen | None]:
        """The pen of each :meth:`legend_entries` entry that stands for an option's line (its width and its dashes,
        or dots for an option a red line excludes), ``None`` for the current weight and the flip points (h27c)."""
        return [QPen(s.pen()) for s in self.option_series] + [None, None]

    def legend_words(self) -> list[str]:
        """The words after each :meth:`legend_entries` entry's name: "(first)" for the top option, "(tied first)"
        for each option sharing first place, as the window's legend says (h28b), else ``""``."""
        kinds = [kind for _text, _colour, kind in self.legend_entries()]
        ids = [self._option_ids[i] for i in self._shown] + [""] * (len(kinds) - len(self._shown))
        return [first_place_words(kind, oid in self._tied) for kind, oid in zip(kinds, ids)]

    # ------------------------------------------------------------------ tooltips
    def describe_point(self, index: int, weight_pct: float) -> str:
        """Plain words for option ``index`` at local weight ``weight_pct`` (0-100)."""
        crit = self.criterion
        if crit is None or not 0 <= index < len(self._names):
            return ""
        score = float(np.interp(weight_pct / 100.0, crit.curve_weights,
                                np.asarray(crit.curve_scores[index], dtype=float))) * self._scale
        number = chart_number(self, fixed(score, 1) if self._scale > 1 else fixed(score, 3))
        text = self.tr("{option}: {score} when {criterion} has {weight} % of its group's weight").format(
            option=self._names[index], score=number, criterion=crit.name, weight=fixed(weight_pct, 0))
        if self._option_ids[index] in self._flagged:
            text += " " + self.tr("⚑ It breaches a red line.")
        return text

    def _on_hovered(self, line: int, point: QPointF, state: bool) -> None:
        if state and 0 <= line < len(self._shown):
            QToolTip.showText(QCursor.pos(), self.describe_point(self._shown[line], point.x()))
        else:
            QToolTip.hideText()


def build_sensitivity_chart(result: SensitivityResult, criterion_id: str, *, for_print: bool = False,
                            excluded: Collection[str] = (), legend: bool = True,
                            flagged: Collection[str] = (), tied: Collection[str] = ()) -> SensitivityChart:
    """Build the score-against-weight chart of one criterion.

    Parameters
    ----------
    result
        From :func:`counterweight.services.robustness.sensitivity_analysis`; it must
        include ``criterion_id``.
    criterion_id
        The criterion whose local weight is varied.
    for_print
        Add a title and drop the background, for reports.
    excluded
        Options a red line keeps out of the ranking (drawn dotted).
    legend
        Draw the legend inside the chart; a narrow window may prefer to show
        :meth:`SensitivityChart.legend_entries` in a wrapping label instead.
    flagged
        Options that breach a red line (action "flag"): their tooltips say so.
    tied
        Options that share first place: the legend calls each "tied first".

    Returns
    -------
    SensitivityChart
        Show it with ``QChartView(chart)``; update it with :func:`update_sensitivity_chart`.
    """
    chart = SensitivityChart(for_print=for_print, legend=legend)
    chart.refresh(result, criterion_id, excluded=excluded, flagged=flagged, tied=tied)
    return chart


def update_sensitivity_chart(chart: QChart, result: SensitivityResult, criterion_id: str, *,
                             excluded: Collection[str] = (), flagged: Collection[str] = (),
                             tied: Collection[str] = ()) -> None:
    """Show another criterion, or new results, in a chart from :func:`build_sensitivity_chart`."""
    if not isinstance(chart, SensitivityChart):
        raise TypeError("update_sensitivity_chart needs a chart from build_sensitivity_chart")
    chart.refresh(result, criterion_id, excluded=excluded, flagged=flagged, tied=tied)


__all__ = ["MAX_LINES", "SensitivityChart", "build_sensitivity_chart", "shown_options", "update_sensitivity_chart"]
