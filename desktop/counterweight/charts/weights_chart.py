"""The brief's weights chart: one horizontal bar per criterion, its share of the whole decision.

Bars are grouped by top-level group, in the criteria tree's order; each group starts with a
heading row that names it and gives its total ("Risks (35.1 % in all)"), and its criteria
follow, heaviest first. A decision without groups gets one list, heaviest first. Every bar
carries its weight as text at its end, so the chart reads without its colours; the colours are
those of the contribution chart's groups (:func:`~counterweight.charts.palette.segment_colour`,
which differ in grey as well), so a group has the same colour in both charts.

Unlike the other charts this one is painted with ``QPainter`` rather than Qt Charts, so a group
heading can span the row and a long criterion name can wrap onto a second line instead of
being cut (QA 25: "Option 19: Information operations a…"). :meth:`WeightsChart.paint` draws it on
any paint device; :mod:`counterweight.reports.brief_charts` records it as SVG (vector shapes,
text as text) like the Qt Charts ones. The chart exists only in the brief, which is English, so
its few words are not translated.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen

from counterweight.charts.contribution_chart import chart_segments
from counterweight.charts.palette import segment_colour
from counterweight.charts.style import INK_HEX, TEXT_HEX, chart_font
from counterweight.charts.wrapped_legend import wrap_words
from counterweight.domain import Decision
from counterweight.domain.shown_numbers import percent
from counterweight.domain.wording import isolate
from counterweight.engine import Evaluation

#: The chart's title (the brief is English).
TITLE = "Weight of each criterion (share of the whole decision)"
#: Tick steps of the weight axis, in percent; the smallest that needs at most :data:`_MAX_TICKS` steps is used.
_STEPS = (0.5, 1.0, 2.0, 2.5, 5.0, 10.0, 20.0, 25.0)
_MAX_TICKS = 6
#: Layout in CSS pixels: outer margin, room under the title, a criterion's indent under its group
#: heading, gap between a label and its bar, padding above and below a row's text.
_MARGIN, _TITLE_GAP, _INDENT, _GAP, _ROW_PAD = 4.0, 8.0, 12.0, 8.0, 3.0
#: Share of the width given to the labels.
_LABEL_SHARE = 0.42
#: Most lines a criterion's name takes (a longer one is cut at its end).
_MAX_LINES = 2
_GRID_HEX, _AXIS_HEX = "#E2E2E2", "#9A9A9A"


@dataclass(frozen=True)
class WeightRow:
    """One row of the chart: a criterion's bar, or a group's heading (``weight`` is then the group's total)."""

    label: str
    weight: float
    colour_index: int
    heading: bool = False


def weight_rows(decision: Decision, evaluation: Evaluation) -> list[WeightRow]:
    """The chart's rows: each top-level group's heading, then its criteria heaviest first.

    Groups keep the tree's order (as in the weights table and the contribution chart, whose
    colour index they share); a criterion under a sub-group is named with its path below the
    top group ("Sub-group › Criterion"). Without any group the criteria are simply heaviest first.
    """
    weights = [float(w) for w in evaluation.leaf_weights]
    segments = chart_segments(decision, evaluation)
    if not any(decision.criterion(s.criterion_id).is_group for s in segments):
        order = sorted(range(len(weights)), key=lambda j: (-weights[j], j))
        return [WeightRow(evaluation.leaf_labels[j], weights[j], 0) for j in order]
    rows: list[WeightRow] = []
    for k, segment in enumerate(segments):
        top = decision.criterion(segment.criterion_id)
        if not top.is_group:
            rows.append(WeightRow(top.name, weights[segment.columns[0]], k))
            continue
        rows.append(WeightRow(top.name, float(evaluation.global_weights.get(top.id, 0.0)), k, heading=True))
        for j in sorted(segment.columns, key=lambda j: (-weights[j], j)):
            path = [evaluation.criterion_names[a] for a in evaluation.leaf_ancestors[j][1:]]
            name = decision.criterion(evaluation.leaf_ids[j]).name
            rows.append(WeightRow(" › ".join([*path, name]), weights[j], k))
    return rows


def _print_device() -> QImage:
    """A paint device at 96 dpi, so text is measured in CSS pixels whatever the screen."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    dots = round(96 / 0.0254)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    return image


def _percent(share: float) -> str:
    return percent(share)


def _axis(top: float) -> tuple[float, float]:
    """(axis end, tick step) in percent for a largest weight of ``top`` percent."""
    for step in _STEPS:
        if math.ceil(top / step - 1e-9) <= _MAX_TICKS:
            return max(step, step * math.ceil(top / step - 1e-9)), step
    return 100.0, 20.0


def _lines(text: str, metrics: QFontMetricsF, width: float, most: int) -> list[str]:
    """``text`` wrapped to ``width`` on at most ``most`` lines, the last cut with "…" if it goes on."""
    lines = wrap_words(text, metrics, width)
    if len(lines) > most:
        lines = [*lines[: most - 1], " ".join(lines[most - 1:])]
    last = metrics.elidedText(lines[-1], Qt.TextElideMode.ElideRight, width)
    cut = [metrics.elidedText(t, Qt.TextElideMode.ElideRight, width) for t in lines[:-1]]
    return [*cut, last]


class WeightsChart:
    """The laid-out chart: :meth:`height` for a width, :meth:`paint` onto a painter."""

    def __init__(self, rows: Sequence[WeightRow]) -> None:
        self.rows = list(rows)
        device = _print_device()
        self.label_font = chart_font("label", for_print=True)
        self.heading_font = QFont(self.label_font)
        self.heading_font.setBold(True)
        self.title_font = chart_font("title", for_print=True, scale=15.0 / 14.0)
        self.metrics = QFontMetricsF(self.label_font, device)
        self.heading_metrics = QFontMetricsF(self.heading_font, device)
        self.title_metrics = QFontMetricsF(self.title_font, device)
        top = max((100.0 * r.weight for r in self.rows if not r.heading), default=0.0)
        self.axis_end, self.step = _axis(top)
        self.most_lines = _MAX_LINES
        # a criterion under a group heading is indented; a top-level criterion beside the groups is not
        headed = {r.colour_index for r in self.rows if r.heading}
        self.indents = [0.0 if r.heading or r.colour_index not in headed else _INDENT for r in self.rows]
        self.hidden = 0  # criteria left out to fit the page (:meth:`fit`)

    # ------------------------------------------------------------------ layout
    def _label_width(self, width: float, k: int) -> float:
        if self.rows[k].heading:
            return width - 2 * _MARGIN
        return width * _LABEL_SHARE - _MARGIN - self.indents[k]

    def row_lines(self, width: float, k: int) -> list[str]:
        """The lines of text of row ``k`` at ``width`` (a heading: its name and the group's total)."""
        row = self.rows[k]
        if row.heading:  # a long name is cut, never the group's total
            total = f" ({_percent(row.weight)} in all)"
            room = self._label_width(width, k) - self.heading_metrics.horizontalAdvance(total)
            return [isolate(self.heading_metrics.elidedText(row.label, Qt.TextElideMode.ElideRight, room)) + total]
        return _lines(row.label, self.metrics, self._label_width(width, k), self.most_lines)

    def _row_height(self, width: float, k: int) -> float:
        heading = self.rows[k].heading
        line = self.heading_metrics.height() if heading else self.metrics.height()
        return len(self.row_lines(width, k)) * line + 2 * _ROW_PAD + (_ROW_PAD if heading else 0.0)

    def _title_height(self) -> float:
        return self.title_metrics.height() + _TITLE_GAP

    def _axis_height(self) -> float:
        return self.metrics.height() + 6.0

    def height(self, width: float) -> int:
        """Height in CSS pixels that the chart needs at ``width``."""
        rows = sum(self._row_height(width, k) for k in range(len(self.rows)))
        return math.ceil(2 * _MARGIN + self._title_height() + rows + self._axis_height())

    def fit(self, width: float, most: float) -> int:
        """Height at ``width``, made to fit ``most``: names take one line each when two would not fit,
        and if one line each is still too tall the lightest criteria are left out (:attr:`hidden`)."""
        if self.height(width) > most:
            self.most_lines = 1
        while self.height(width) > most and sum(not r.heading for r in self.rows) > 1:
            lightest = min((k for k, r in enumerate(self.rows) if not r.heading),
                           key=lambda k: (self.rows[k].weight, -k))
            self._drop(lightest)
        return self.height(width)

    def _drop(self, k: int) -> None:
        """Leave row ``k`` out, and its group's heading if it was the group's last criterion."""
        colour = self.rows[k].colour_index
        del self.rows[k], self.indents[k]
        self.hidden += 1
        if not any(r.colour_index == colour and not r.heading for r in self.rows):
            keep = [j for j, r in enumerate(self.rows) if r.colour_index != colour]
            self.rows = [self.rows[j] for j in keep]
            self.indents = [self.indents[j] for j in keep]

    @property
    def title(self) -> str:
        """The title, saying how many criteria are drawn when some are left out."""
        if not self.hidden:
            return TITLE
        shown = sum(not r.heading for r in self.rows)
        return f"Weight of the {shown} heaviest of {shown + self.hidden} criteria (share of the whole decision)"

    # ------------------------------------------------------------------ painting
    def paint(self, painter: QPainter, width: float) -> None:
        """Draw the chart in ``(0, 0, width, height(width))`` of ``painter`` (CSS pixels)."""
        text, ink = QColor(TEXT_HEX), QColor(INK_HEX)
        value_room = self.metrics.horizontalAdvance("100.0 %") + _GAP
        x0 = width * _LABEL_SHARE + _GAP
        x1 = width - _MARGIN - value_room
        scale = (x1 - x0) / self.axis_end if self.axis_end > 0 else 0.0
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setFont(self.title_font)
        painter.setPen(text)
        title = QRectF(_MARGIN, _MARGIN, width - 2 * _MARGIN, self.title_metrics.height())
        painter.drawText(title, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), self.title)
        tops = [_MARGIN + self._title_height()]
        for k in range(len(self.rows)):
            tops.append(tops[-1] + self._row_height(width, k))
        bottom = tops[-1]
        ticks = int(round(self.axis_end / self.step))
        # grid and axis lines run down each group's bars only, so they never cross a group's heading
        spans = [(tops[k], tops[k + 1]) for k, r in enumerate(self.rows) if not r.heading]
        for t in range(ticks + 1):
            x = x0 + t * self.step * scale
            painter.setPen(QPen(QColor(_AXIS_HEX if t == 0 else _GRID_HEX), 1.0))
            for y0, y1 in spans:
                painter.drawLine(QPointF(x, y0), QPointF(x, y1))
        for k in range(len(self.rows)):
            self._paint_row(painter, k, tops[k], width, x0, scale)
        painter.setPen(QPen(QColor(_AXIS_HEX), 1.0))
        painter.drawLine(QPointF(x0, bottom), QPointF(x1, bottom))
        painter.setFont(self.label_font)
        painter.setPen(ink)
        for t in range(ticks + 1):
            x = x0 + t * self.step * scale
            label = f"{t * self.step:g} %"
            box = QRectF(x - 40.0, bottom + 3.0, 80.0, self.metrics.height())
            painter.drawText(box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), label)
        painter.restore()

    def _paint_row(self, painter: QPainter, k: int, y: float, width: float, x0: float, scale: float) -> None:
        row, lines, height = self.rows[k], self.row_lines(width, k), self._row_height(width, k)
        painter.setPen(QColor(TEXT_HEX))
        if row.heading:
            painter.setFont(self.heading_font)
            line = self.heading_metrics.height()
            for n, t in enumerate(lines):
                painter.drawText(QRectF(_MARGIN, y + 2 * _ROW_PAD + n * line, width - 2 * _MARGIN, line),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), t)
            return
        painter.setFont(self.label_font)
        line = self.metrics.height()
        left = _MARGIN + self.indents[k]
        for n, t in enumerate(lines):
            painter.drawText(QRectF(left, y + _ROW_PAD + n * line, x0 - _GAP - left, line),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), t)
        bar_height = min(line, height - 2 * _ROW_PAD)
        bar_top = y + (height - bar_height) / 2
        length = 100.0 * row.weight * scale
        fill = segment_colour(row.colour_index)
        if length > 0:
            painter.setPen(QPen(fill.darker(150), 0.75))
            painter.setBrush(fill)
            painter.drawRect(QRectF(x0, bar_top, length, bar_height))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QColor(TEXT_HEX))
        value = QRectF(x0 + length + 4.0, bar_top - 2.0, width, bar_height + 4.0)
        painter.drawText(value, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), _percent(row.weight))


def build_weights_chart(decision: Decision, evaluation: Evaluation) -> WeightsChart | None:
    """The weights chart of ``evaluation``, or ``None`` when it has no scored criterion."""
    if not len(evaluation.leaf_ids):
        return None
    return WeightsChart(weight_rows(decision, evaluation))


__all__ = ["TITLE", "WeightRow", "WeightsChart", "build_weights_chart", "weight_rows"]
