"""The Trade-offs map: each option a point by its value on two parts of the value tree, with the efficient frontier.

Both axes run 0-100 (each node's own value scale, :mod:`counterweight.engine.tradeoff`), titled
with the node's name and "(0-100 value)"; right and up are better. Efficient options are solid
dark circles joined, in order along the X axis, by the frontier line; dominated options are
hollow grey squares. The shapes as well as the shades tell them apart, so the map reads in
black and white. Each point is labelled with its option's place in the ranking (1 = first), a
key beside the chart names them (each number beside its point, clear of every marker and of the labels
placed before it; a point with no free spot around it goes unlabelled, the key still lists it):
numbers stay short where names would run into each other. The legend draws each entry as the map
does (a line, circles, squares); "Frontier" is left out when no line is drawn.
Points that fall on top of each other (within :data:`_NEAR` on both axes) share one label,
"2, 5". With more than :data:`MAX_LABELS` options only the efficient and the best-ranked are labelled
(:func:`labelled`; the key still lists them all).

The colours follow the screen palette like the other charts (:func:`counterweight.charts.style.apply_colours`
calls :meth:`TradeoffChart.recolour_series`); a chart for print keeps the light look.

Every Qt Charts call of the application lives in this package.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QChart, QLegend, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from counterweight.charts.labels import fit_axis_title
from counterweight.charts.palette import OKABE_ITO
from counterweight.charts.style import chart_colours, new_chart, percent_axis, safe_label, screen_is_dark, style_texts
from counterweight.engine.tradeoff import MapPoint, TradeoffMap

#: Most label groups drawn on the map (each is a series of its own); the rest of the points go unlabelled.
MAX_LABELS = 40
#: Points closer than this on both axes (0-100) share one label.
_NEAR = 3.0
#: Pixels between a point and its label.
_GAP = 7.0
#: Pixels a label keeps clear of every other point, so it is plainly its own point's (QA 31 item 18: a "16"
#: between two points): its own marker is about 2 px away, any other at least this far.
_CLEAR = 7.0
#: Dominated options: mid grey on a light background, a lighter grey on a dark one.
_GREY, _DARK_GREY = "#8C8C8C", "#8F8F8F"


def label_groups(points: Sequence[MapPoint], numbers: dict[str, int]) -> list[tuple[float, float, list[int]]]:
    """Points close together gathered under one label: ``(x, y, [numbers])``, best-ranked first."""
    groups: list[tuple[float, float, list[int]]] = []
    for p in points:
        for gx, gy, nums in groups:
            if abs(gx - p.x) < _NEAR and abs(gy - p.y) < _NEAR:
                nums.append(numbers[p.option_id])
                break
        else:
            groups.append((p.x, p.y, [numbers[p.option_id]]))
    return groups


def labelled(tmap: TradeoffMap) -> list[MapPoint]:
    """The points that get a label: the efficient ones and the best-ranked, :data:`MAX_LABELS` at most, by rank."""
    if len(tmap.points) <= MAX_LABELS:
        return list(tmap.points)
    efficient = {p.option_id for p in tmap.points if p.efficient}
    room = max(0, MAX_LABELS - len(efficient))
    chosen = {p.option_id for p in tmap.points[:room]} | efficient
    return [p for p in tmap.points if p.option_id in chosen][:MAX_LABELS]


#: Room (in value points) the axes leave past 0 and 100, so a point on the edge is drawn whole.
AXIS_PAD = 4.0


class TradeoffChart(QChart):
    """The map, updated in place by :meth:`refresh`."""

    def __init__(self, *, for_print: bool = False) -> None:
        super().__init__()
        self.for_print = for_print
        new_chart(self, "tradeoffChart", for_print=for_print)
        self.x_axis = percent_axis(QValueAxis())
        self.x_axis.setObjectName("tradeoffXAxis")
        self.y_axis = percent_axis(QValueAxis())
        self.y_axis.setObjectName("tradeoffYAxis")
        for axis in (self.x_axis, self.y_axis):  # a little room past 0 and 100, so no point is cut in half
            axis.setRange(-AXIS_PAD, 100.0 + AXIS_PAD)
            axis.setTickType(QValueAxis.TickType.TicksDynamic)
            axis.setTickAnchor(0.0)
            axis.setTickInterval(20.0)
        self.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.frontier = QLineSeries()
        self.frontier.setObjectName("tradeoffFrontier")
        self.frontier.setName(self.tr("Efficient frontier") if for_print else self.tr("Frontier"))  # the window's narrow pane: one word
        self.efficient = QScatterSeries()
        self.efficient.setObjectName("tradeoffEfficient")
        self.efficient.setName(self.tr("Efficient option") if for_print else self.tr("Efficient"))  # the window's narrow pane: one word
        self.efficient.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeCircle)
        self.efficient.setMarkerSize(11.0)
        self.dominated = QScatterSeries()
        self.dominated.setObjectName("tradeoffDominated")
        self.dominated.setName(self.tr("Dominated option") if for_print else self.tr("Dominated"))  # the window's narrow pane: one word
        self.dominated.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        self.dominated.setMarkerSize(9.0)
        for series in (self.frontier, self.dominated, self.efficient):
            self.addSeries(series)
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        self.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)  # a line, circles, squares
        self.labels: list[QGraphicsSimpleTextItem] = []
        self._label_points: list[QPointF] = []
        self._marker_points: list[tuple[QPointF, float]] = []  # every point drawn and its marker size
        #: Each label group's text ("3" or "2, 5"), for tests and the key.
        self.label_texts: list[str] = []
        style_texts(self, (self.x_axis, self.y_axis), for_print=for_print)
        self.recolour_series(not for_print and screen_is_dark())
        self._titles = ("", "")
        self.plotAreaChanged.connect(self._fit_titles)
        self.plotAreaChanged.connect(self._place_labels)

    def _fit_titles(self, *_args: object) -> None:
        """Break a long axis title into lines that fit beside the plot (Qt would cut "(0-100 value…)" off)."""
        plot = self.plotArea()
        if plot.width() > 0 and self._titles[0]:
            fit_axis_title(self.x_axis, self._titles[0], plot.width())
            fit_axis_title(self.y_axis, self._titles[1], plot.height())

    def _place_labels(self, *_args: object) -> None:
        """Put each label beside its point, clear of the marker: up and right if free, else the first free
        of up-left, down-right and down-left (labels placed earlier, the better-ranked, keep their place)."""
        plot = self.plotArea()
        markers = []
        for point, size in self._marker_points:
            at = self.mapToPosition(point, self.efficient)
            # kept clear of by _CLEAR (inflated once here, not once per label)
            markers.append((point, QRectF(at.x() - size / 2 - _CLEAR, at.y() - size / 2 - _CLEAR,
                                          size + 2 * _CLEAR, size + 2 * _CLEAR)))
        taken: list[QRectF] = []
        for item, point in zip(self.labels, self._label_points):
            # its own marker and those sharing its label are beside the spots, not under them
            blocking = taken + [r for p, r in markers
                                if abs(p.x() - point.x()) >= _NEAR or abs(p.y() - point.y()) >= _NEAR]
            at = self.mapToPosition(point, self.efficient)
            box = item.boundingRect()
            right, left = at.x() + _GAP, at.x() - _GAP - box.width()
            up, down = at.y() - box.height() - 1.0, at.y() + 1.0
            spots = [(right, up), (left, up), (right, down), (left, down)]
            if right + box.width() > plot.right():
                spots = [(left, up), (left, down), (right, up), (right, down)]
            rects = [QRectF(x, y, box.width(), box.height()) for x, y in spots]
            free = next((r for r in rects if not any(r.intersects(t) for t in blocking)), None)
            item.setVisible(free is not None)  # no free spot: unlabelled (the key lists it) rather than misread
            if free is not None:
                item.setPos(free.topLeft())
                taken.append(free)

    def refresh(self, tmap: TradeoffMap, numbers: dict[str, int], x_title: str, y_title: str) -> None:
        """Show ``tmap``; ``numbers`` gives each option's label (its place in the ranking)."""
        self._titles = (x_title, y_title)
        if self.plotArea().width() > 0 and x_title:
            self._fit_titles()  # sets a title only if its fitted text changed: each set lays the chart out again
        else:  # not laid out yet: whole, until the plot area is known
            self.x_axis.setTitleText(safe_label(x_title))
            self.y_axis.setTitleText(safe_label(y_title))
        self.efficient.replace([QPointF(p.x, p.y) for p in tmap.points if p.efficient])
        self.dominated.replace([QPointF(p.x, p.y) for p in tmap.points if not p.efficient])
        line = [tmap.point(oid) for oid in tmap.frontier]
        drawn = len({(round(p.x, 6), round(p.y, 6)) for p in line}) > 1  # two places at least: a line to see
        self.frontier.replace([QPointF(p.x, p.y) for p in line] if drawn else [])
        for marker in self.legend().markers(self.frontier):
            marker.setVisible(drawn)  # no line drawn: no "Frontier" in the legend
        for marker in self.legend().markers(self.dominated):  # QA 31 item 18: none dominated, none in the legend
            marker.setVisible(any(not p.efficient for p in tmap.points))
        self._marker_points = [(QPointF(p.x, p.y), (self.efficient if p.efficient else self.dominated).markerSize())
                               for p in tmap.points]
        for item in self.labels:
            item.setParentItem(None)
            if item.scene() is not None:
                item.scene().removeItem(item)
        self.labels, self.label_texts, self._label_points = [], [], []
        font = self.x_axis.labelsFont()
        for x, y, nums in label_groups(labelled(tmap), numbers):
            text = ", ".join(str(n) for n in sorted(nums))
            item = QGraphicsSimpleTextItem(text, self)
            item.setFont(font)
            item.setZValue(10)
            self.labels.append(item)
            self.label_texts.append(text)
            self._label_points.append(QPointF(x, y))
        self._place_labels()
        self.recolour_series(not self.for_print and screen_is_dark())

    def recolour_series(self, dark: bool) -> None:
        """Colour the points, the line and the labels for a light or dark background."""
        if not hasattr(self, "efficient"):
            return  # still being set up
        colours = chart_colours(dark)
        ink, text = colours["ink"], colours["text"]
        self.efficient.setColor(ink)
        self.efficient.setBorderColor(ink)
        grey = QColor(_DARK_GREY if dark else _GREY)
        self.dominated.setBrush(QBrush(colours["background"]))
        self.dominated.setPen(QPen(grey, 1.6))
        for marker in self.legend().markers(self.dominated):  # the legend's square drawn as on the map
            marker.setPen(QPen(grey, 1.6))
            marker.setBrush(QBrush(colours["background"]))
        pen = QPen(QColor("#56B4E9" if dark else OKABE_ITO["blue"]), 2.0)
        self.frontier.setPen(pen)
        for item in self.labels:
            item.setBrush(QBrush(text))


def build_tradeoff_chart(tmap: TradeoffMap, numbers: dict[str, int], x_title: str, y_title: str, *,
                         for_print: bool = False, title: str = "") -> TradeoffChart:
    """A new map of ``tmap`` (see :meth:`TradeoffChart.refresh`)."""
    chart = TradeoffChart(for_print=for_print)
    if title:
        chart.setTitle(safe_label(title))
        style_texts(chart, (chart.x_axis, chart.y_axis), for_print=for_print)
    chart.refresh(tmap, numbers, x_title, y_title)
    return chart


__all__ = ["MAX_LABELS", "TradeoffChart", "build_tradeoff_chart", "label_groups", "labelled"]
