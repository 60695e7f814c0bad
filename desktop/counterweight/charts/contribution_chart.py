"""The contribution chart: how much each part of the criteria tree adds to each option.

One horizontal stacked bar per option, in rank order with the best on top; one
segment per top-level criterion (a group's segment sums the contributions of every
leaf under it, so a flat tree gets one segment per leaf). Lengths are in points out
of 100, so a bar's total is the option's overall score.

Every Qt Charts call of the application lives in this package, so a later port to Qt
Graphs only touches ``counterweight.charts``.
"""

from __future__ import annotations

from counterweight.charts.style import safe_label, safe_labels  # noqa: F401

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from PySide6.QtCharts import (
    QBarSet,
    QChart,
    QValueAxis,
)
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QCursor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QToolTip

from counterweight.charts.labels import bar_labels, label_room
from counterweight.charts.palette import segment_colour
from counterweight.charts.style import chart_number  # h27b: "0,5" in a French window
from counterweight.charts.style import (
    category_axis,
    chart_colours,
    new_chart,
    percent_axis,
    screen_is_dark,
    stacked_bars,
    style_texts,
)
from counterweight.charts.wrapped_legend import WrappedLegend
from counterweight.domain import Decision
from counterweight.domain.shown_numbers import fixed
from counterweight.engine import Evaluation

#: Resolution that one layout pixel is meant for (CSS pixels).
_REFERENCE_DPI = 96.0

#: Widest the option labels get in a chart that has no size yet (pixels).
_LABEL_WIDTH_DEFAULT = 260.0


@dataclass(frozen=True)
class Segment:
    """One stacked segment: a top-level criterion and the leaf columns it sums."""

    criterion_id: str
    name: str
    columns: tuple[int, ...]


def chart_segments(decision: Decision, evaluation: Evaluation) -> list[Segment]:
    """The segments of the contribution chart, in criteria-tree order.

    Parameters
    ----------
    decision
        The decision whose top-level criteria become segments.
    evaluation
        Its evaluation; ``leaf_ids`` maps leaves to contribution columns.

    Returns
    -------
    list of Segment
        Top-level criteria that have at least one leaf in the evaluation.
    """
    column_of = {cid: j for j, cid in enumerate(evaluation.leaf_ids)}
    out: list[Segment] = []
    for top in decision.children(None):
        if top.is_group:
            leaves = [c.id for c in decision.descendants(top.id) if not c.is_group]
        else:
            leaves = [top.id]
        columns = tuple(column_of[c] for c in leaves if c in column_of)
        if columns:
            out.append(Segment(top.id, top.name, columns))
    return out


def segment_points(evaluation: Evaluation, segments: Sequence[Segment]) -> np.ndarray:
    """Contribution of each segment for each option, in points of 100 (n_opt x n_seg)."""
    contrib = np.asarray(evaluation.contributions, dtype=float)
    n_opt = len(evaluation.option_ids)
    if contrib.size == 0 or not segments:
        return np.zeros((n_opt, len(segments)))
    return np.column_stack([contrib[:, list(s.columns)].sum(axis=1) for s in segments]) * 100.0


class ContributionChart(QChart):
    """A ``QChart`` that remembers which option and segment each bar stands for."""

    def __init__(self, *, for_print: bool = False, max_bars: int | None = None) -> None:
        super().__init__()
        self.for_print = for_print
        self.max_bars = max_bars
        new_chart(self, "contributionChart", for_print=for_print, legend_tooltips=True)

        self.series_ = stacked_bars(self, "contributionSeries")

        self.value_axis = percent_axis(QValueAxis())
        self.value_axis.setObjectName("scoreAxis")
        self.value_axis.setTitleText(self.tr("Score out of 100"))
        self.category_axis = category_axis("optionAxis")
        self.addAxis(self.value_axis, Qt.AlignmentFlag.AlignBottom)
        self.addAxis(self.category_axis, Qt.AlignmentFlag.AlignLeft)
        self.series_.attachAxis(self.value_axis)
        self.series_.attachAxis(self.category_axis)

        if for_print:
            self.setTitle(self.tr("Contribution of each criterion to the overall score"))
        self._tune_fonts()
        # in print the legend wraps onto more rows rather than cutting long group names (QA 25 item 4)
        self._legend: WrappedLegend | None = None
        if for_print:
            self.legend().setVisible(False)
            self._legend = WrappedLegend(self, self.legend().font(), chart_colours(False)["text"])

        # state for tooltips: bottom-to-top option ids and names, segment names, points
        self._bar_options: list[str] = []
        self._bar_names: list[str] = []
        self._bar_ranks: list[int | None] = []  # None: no rank (excluded by a red line, or not placed)
        self._segment_names: list[str] = []
        self._points = np.zeros((0, 0))
        self._totals = np.zeros(0)
        self.series_.hovered.connect(self._on_hovered)

    # ------------------------------------------------------------------ looks
    def _tune_fonts(self) -> None:
        style_texts(self, (self.value_axis, self.category_axis), for_print=self.for_print, title_scale=15.0 / 14.0)
        if not self.for_print:  # on screen the title is only the "Top N of M options" caption: an axis title's size
            self.setTitleFont(self.value_axis.titleFont())

    def _relabel(self) -> None:
        """Label each bar "rank. name" ("— name" for an option without a rank, as in the table): names get
        the room they need, up to a share of the chart's width (:func:`~counterweight.charts.labels.label_room`);
        longer ones are shortened as in :func:`~counterweight.charts.labels.bar_labels`."""
        metrics = QFontMetricsF(self.category_axis.labelsFont())
        prefixes = ["— " if r is None else f"{r}. " for r in self._bar_ranks]
        room = label_room(self, self.category_axis, [p + n for p, n in zip(prefixes, self._bar_names)],
                          _LABEL_WIDTH_DEFAULT)
        labels = safe_labels(bar_labels(prefixes, self._bar_names, metrics, room))
        if self.category_axis.categories() != labels:
            self.category_axis.setCategories(labels)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Re-elide option names when the chart gets narrower or wider."""
        super().resizeEvent(event)
        if abs(event.newSize().width() - event.oldSize().width()) >= 1 and self._bar_names:
            self._relabel()
        if self._legend is not None:
            self._legend.layout()

    def legend_height(self, width: float) -> float:
        """Height of the printed legend at ``width`` (0 on screen, where Qt's own legend is used)."""
        return self._legend.height(width) if self._legend is not None else 0.0

    # ------------------------------------------------------------------ data
    def refresh(self, decision: Decision, evaluation: Evaluation) -> None:
        """Show ``evaluation`` (of ``decision``), keeping the chart object and its view."""
        segments = chart_segments(decision, evaluation)
        points = segment_points(evaluation, segments)
        order = [int(i) for i in evaluation.order]
        shown = order if self.max_bars is None else order[: self.max_bars]
        bottom_up = list(reversed(shown))  # category 0 is drawn at the bottom
        n = len(shown)
        self._note_truncation(len(shown), len(order))
        self._bar_options = [evaluation.option_ids[i] for i in bottom_up]
        self._bar_names = [decision.option(oid).name if decision.has_option(oid) else oid
                           for oid in self._bar_options]
        self._bar_ranks = [int(evaluation.ranks[i]) if evaluation.is_ranked(evaluation.option_ids[i]) else None
                           for i in bottom_up]
        self._segment_names = [s.name for s in segments]
        self._points = points[bottom_up, :] if n else np.zeros((0, len(segments)))
        self._totals = np.asarray(evaluation.totals, dtype=float)[bottom_up] * 100.0 if n else np.zeros(0)

        self._relabel()
        self._sync_sets(segments)
        if self._legend is not None:
            sets = self.series_.barSets()
            self._legend.set_entries([(name, b.color(), b.borderColor()) for name, b in zip(self._segment_names, sets)])
        for j, bar_set in enumerate(self.series_.barSets()):
            column = [float(v) for v in self._points[:, j]]
            if bar_set.count() == len(column) and all(bar_set.at(k) == v for k, v in enumerate(column)):
                continue
            # one removal and one append: far cheaper than replacing values one by one
            if bar_set.count():
                bar_set.remove(0, bar_set.count())
            bar_set.append(column)

    def _note_truncation(self, shown: int, total: int) -> None:
        """Say "Top N of M options" when only the best N have bars (nothing otherwise: the rank numbers
        in the labels say "best on top").

        In print it runs up the options axis, as the whole chart is on the page. On screen it is
        a caption above the bars: the Ranking tab scrolls when the window is short, and a title
        centred on the axis was cut to "of 40 options" at 1,366 x 768 (QA 22 item 15); the top
        of the chart is the part in sight first, and a caption across it reads in full.
        """
        text = self.tr("Top {0} of {1} options").format(shown, chart_number(self, f"{total:,}")) if shown < total else ""
        if not self.for_print:
            if self.title() != text:
                self.setTitle(text)
        elif self.category_axis.titleText() != text:
            self.category_axis.setTitleText(text)
            self.category_axis.setTitleVisible(bool(text))

    def _sync_sets(self, segments: Sequence[Segment]) -> None:
        sets = self.series_.barSets()
        if [s.label() for s in sets] == [seg.name for seg in segments]:
            return
        if len(sets) == len(segments):  # renamed only
            for bar_set, seg in zip(sets, segments):
                bar_set.setLabel(safe_label(seg.name))
            return
        self.series_.clear()
        for seg in segments:
            self.series_.append(QBarSet(safe_label(seg.name)))
        self.recolour_series(not self.for_print and screen_is_dark())

    def recolour_series(self, dark: bool) -> None:
        """Colour the segments for a light ground (print, or a light screen: colours distinct in grey too,
        :func:`~counterweight.charts.palette.segment_colour`) or a dark screen (the bright Okabe-Ito set)."""
        for j, bar_set in enumerate(self.series_.barSets()):
            colour = segment_colour(j, dark=dark)
            edge = colour.lighter(130) if dark else colour.darker(150)
            bar_set.setColor(colour)
            bar_set.setBorderColor(edge)
            bar_set.setPen(QPen(edge, 0.5))

    # ------------------------------------------------------------------ tooltips
    def describe_bar(self, index: int, bar_set: QBarSet) -> str:
        """Plain-words description of one segment of one bar (used as tooltip)."""
        sets = self.series_.barSets()
        j = next((k for k, s in enumerate(sets) if s is bar_set or s == bar_set), -1)
        if not (0 <= index < len(self._bar_names)) or j < 0:
            return ""
        return self.tr("{option}: {segment} adds {points} of {total} points").format(
            option=self._bar_names[index],
            segment=self._segment_names[j],
            points=chart_number(self, fixed(float(self._points[index, j]), 1)),
            total=chart_number(self, fixed(float(self._totals[index]), 1)),
        )

    def _on_hovered(self, status: bool, index: int, bar_set: QBarSet) -> None:
        if status:
            QToolTip.showText(QCursor.pos(), self.describe_bar(index, bar_set))
        else:
            QToolTip.hideText()


def build_contribution_chart(decision: Decision, evaluation: Evaluation, *, for_print: bool = False,
                             max_bars: int | None = None) -> QChart:
    """Build the contribution chart for ``evaluation``.

    Parameters
    ----------
    decision
        Supplies option and criterion names and the criteria tree.
    evaluation
        Engine result: contributions (n_opt x n_leaf, summing to the totals) and order.
    for_print
        Add a title and drop the background, for reports.
    max_bars
        Show only the best ``max_bars`` options (a caption then says "Top N of M options": the
        title on screen, the options axis's title in print);
        ``None`` shows every option.

    Returns
    -------
    QChart
        A :class:`ContributionChart`; show it with ``QChartView(chart)``.
    """
    chart = ContributionChart(for_print=for_print, max_bars=max_bars)
    chart.refresh(decision, evaluation)
    return chart


def update_contribution_chart(chart: QChart, decision: Decision, evaluation: Evaluation) -> None:
    """Update a chart made by :func:`build_contribution_chart` in place.

    Bar values, option order and segment names change without replacing the chart,
    series or axes, so the view keeps its size, zoom and hover state.
    """
    if not isinstance(chart, ContributionChart):
        raise TypeError("update_contribution_chart needs a chart from build_contribution_chart")
    chart.refresh(decision, evaluation)


def render_chart(chart: QChart, painter: QPainter, rect: QRectF) -> None:
    """Paint ``chart`` into ``rect`` of an active ``painter``, as vector graphics.

    The chart is laid out for ``rect``'s physical size (one layout pixel is 1/96 inch
    on the target device, so a 300 dpi PDF gets the same proportions as the screen)
    and painted item by item: on a ``QPdfWriter`` or ``QSvgGenerator`` text stays
    text and bars stay shapes. A chart shown in a view is laid out afresh for the
    print and then given its size back.

    Parameters
    ----------
    chart
        Any chart (usually from :func:`build_contribution_chart`).
    painter
        An active painter on the target device.
    rect
        Target rectangle in the painter's logical coordinates.
    """
    if rect.isEmpty():
        return
    device = painter.device()
    dpi = float(device.logicalDpiX()) if device is not None else _REFERENCE_DPI
    scale = dpi / _REFERENCE_DPI if dpi > 0 else 1.0
    layout = QRectF(0.0, 0.0, rect.width() / scale, rect.height() / scale)
    own_scene = chart.scene() is None
    scene = QGraphicsScene() if own_scene else chart.scene()
    if own_scene:
        scene.addItem(chart)
    old_pos, old_size, old_scene_rect = chart.pos(), chart.size(), scene.sceneRect()
    try:
        chart.setPos(QPointF(0.0, 0.0))
        chart.resize(layout.size())
        scene.setSceneRect(layout)
        painter.save()
        try:
            scene.render(painter, rect, layout, Qt.AspectRatioMode.IgnoreAspectRatio)
        finally:
            painter.restore()
    finally:
        if own_scene:
            scene.removeItem(chart)
        else:
            chart.setPos(old_pos)
            chart.resize(old_size)
            scene.setSceneRect(old_scene_rect)


__all__ = [
    "ContributionChart",
    "Segment",
    "build_contribution_chart",
    "chart_segments",
    "render_chart",
    "segment_points",
    "update_contribution_chart",
]
