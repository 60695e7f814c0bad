"""A legend painted under a chart in a saved picture, for a chart whose legend the window shows outside it.

The Sensitivity tab shows its chart's legend in a wrapping label under the chart (the chart is
built with ``legend=False``), so a picture saved from the window had lines and no key (h27i). A
chart that says its legend lives outside it (it has ``legend_entries()``, as
:class:`~counterweight.charts.sensitivity_chart.SensitivityChart` does, and its own legend is
hidden) gets this one in the file: each entry of its ``legend_entries()``, a line sample in the
series' own pen (long enough to show its dash pattern whole, twice over) or a dot or a swatch,
then its name; entries flow in rows no wider than the picture and a long name wraps at its spaces.
The top option's name is bold and followed by the window's words for it, "(first)" or "(tied first)"
(the chart's ``legend_words()``, h28b), so a reader who cannot see bold is told too.
Everything is measured on the target device, as the title band is.

The Compare methods tab's chart of ranks does the same since h28b (its window legend is a label
too). A chart whose own legend is shown with a dashed line (that chart built with its Qt legend, h27l)
gets this legend in the file too, instead of its own: Qt's line samples are too short for a dash pattern.
:func:`qt_legend_swapped` hides Qt's legend while the file is painted; the entries are the legend's
markers, each named by the series' ``legendName`` property (its whole name) or else its label.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCharts import QChart, QLineSeries, QScatterSeries
from PySide6.QtCore import QLineF, QMargins, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPaintDevice, QPen

_REFERENCE_DPI = 96.0
#: Gaps in pixels at 96 dpi: sample to name, between entries, between rows, above and below the legend.
_GAP, _ENTRY_GAP, _ROW_GAP, _TOP_PAD, _BOTTOM_PAD = 6.0, 16.0, 3.0, 6.0, 8.0
#: Largest share of the legend's width a sample takes (only a tiny picture has too little room for two periods).
_SAMPLE_SHARE = 0.35


@dataclass(frozen=True)
class PictureEntry:
    """One legend entry: its name, ``kind`` ("line", "dot" or "box"), pen and brush; ``bold`` for the top option,
    whose ``words`` ("(first)", in the normal weight) follow its name."""

    name: str
    kind: str
    pen: QPen
    brush: QBrush
    bold: bool = False
    words: str = ""


def _marked_series(chart: QChart) -> list:
    """The series of the visible markers of the chart's own legend, in the legend's order."""
    return [m.series() for m in chart.legend().markers() if m.isVisible() and m.series().isVisible()]


def dashed_legend(chart: QChart) -> bool:
    """Whether the chart's own legend is shown and has a dashed line, whose pattern its short sample cuts off."""
    return chart.legend().isVisible() and any(
        isinstance(s, QLineSeries) and s.pen().style() != Qt.PenStyle.SolidLine for s in _marked_series(chart))


def wants_legend(chart: QChart) -> bool:
    """Whether a saved picture of ``chart`` needs a legend painted under it (its own is shown outside it,
    or is one whose dashes it cannot show)."""
    return (hasattr(chart, "legend_entries") and not chart.legend().isVisible()) or dashed_legend(chart)


@contextmanager
def qt_legend_swapped(chart: QChart) -> Iterator[list[PictureEntry]]:
    """Hide a :func:`dashed_legend` while the chart is painted for a file, whose legend is painted under it;
    a legend set under the plot (detached, in the chart's bottom margin) gives that room back meanwhile.

    Gives the :func:`picture_entries` to paint (none when the picture wants no legend), taken as the
    chart is now (in its print colours, when entered after them), before its legend's markers are hidden.
    """
    entries = picture_entries(chart) if wants_legend(chart) else []
    if not dashed_legend(chart):
        yield entries
        return
    legend, margins = chart.legend(), QMargins(chart.margins())
    if not legend.isAttachedToChart():
        chart.setMargins(margins - QMargins(0, 0, 0, max(0, int(legend.geometry().height()))))
    legend.setVisible(False)
    chart.layout().activate()  # the plot takes the legend's room now, not when the event loop next runs
    try:
        yield entries
    finally:
        legend.setVisible(True)
        chart.setMargins(margins)
        chart.layout().activate()


def _entry(chart: QChart, name: str, colour: QColor, pen: QPen | None, bold: bool, words: str) -> PictureEntry:
    """An entry drawn with ``pen`` as a line, else like the series of that name (a line or a dot), else a swatch."""
    if pen is not None:
        return PictureEntry(name, "line", QPen(pen), QBrush(), bold, words)
    for series in chart.series():
        if series.name() != name or not series.isVisible():
            continue
        if isinstance(series, QScatterSeries):  # a filled dot, or a ring (no brush) as the series draws it
            brush = QBrush(series.color()) if series.brush().style() != Qt.BrushStyle.NoBrush else QBrush()
            return PictureEntry(name, "dot", QPen(series.borderColor(), max(1.0, series.pen().widthF())), brush,
                                bold, words)
        if isinstance(series, QLineSeries):
            return PictureEntry(name, "line", QPen(series.pen()), QBrush(), bold, words)
    return PictureEntry(name, "box", QPen(colour.darker(130), 0.5), QBrush(colour), bold, words)


def _marker_entries(chart: QChart) -> list[PictureEntry]:
    """The entries of the chart's own legend: a line in the series' pen, or a dot (a ring) as the series draws it."""
    out = []
    for series in _marked_series(chart):
        name = str(series.property("legendName") or series.name())
        if not name.strip():
            continue
        if isinstance(series, QScatterSeries):
            out.append(PictureEntry(name, "dot", QPen(series.pen()), QBrush(series.brush())))
        elif isinstance(series, QLineSeries):
            out.append(PictureEntry(name, "line", QPen(series.pen()), QBrush()))
    return out


def picture_entries(chart: QChart) -> list[PictureEntry]:
    """The entries of the legend the window shows outside ``chart`` (its ``legend_entries()``, with the
    ``legend_pens()`` of the lines when it has them), in order, with whole names; for a chart without
    ``legend_entries()``, those of its own legend (see :func:`dashed_legend`)."""
    if not hasattr(chart, "legend_entries"):
        return _marker_entries(chart)
    entries = chart.legend_entries()
    pens = list(chart.legend_pens()) if hasattr(chart, "legend_pens") else []
    pens += [None] * (len(entries) - len(pens))
    words = list(chart.legend_words()) if hasattr(chart, "legend_words") else []
    words += [""] * (len(entries) - len(words))
    return [_entry(chart, text, colour, pen, kind == "top" or bool(said), said)
            for (text, colour, kind), pen, said in zip(entries, pens, words) if text.strip()]


#: A line of an entry's text: runs of words in one weight, ``(text, bold)``.
Line = list[tuple[str, bool]]


def _runs(tokens: list[tuple[str, bool]]) -> Line:
    """Words in runs of one weight, a space between two words (at the start of a run after another weight)."""
    runs: Line = []
    for word, bold in tokens:
        if runs and runs[-1][1] == bold:
            runs[-1] = (f"{runs[-1][0]} {word}", bold)
        else:
            runs.append((f" {word}" if runs else word, bold))
    return runs


def _sample_width(entry: PictureEntry, line_px: float, unit: float) -> float:
    """Length of an entry's sample: a line shows its dash pattern twice over, and never less than two text heights."""
    if entry.kind != "line":
        return line_px * 0.7
    pattern = entry.pen.dashPattern() if entry.pen.style() != Qt.PenStyle.SolidLine else []
    period = sum(pattern) * max(1.0, entry.pen.widthF()) * unit  # Qt's dashes are in pen widths
    return max(2.0 * line_px, 2.0 * period)


class PictureLegend:
    """The entries laid out for a width on a device: :meth:`height`, then :meth:`paint`."""

    def __init__(self, entries: list[PictureEntry], device: QPaintDevice, font: QFont) -> None:
        self.entries = entries
        self.font = font
        self.device = device
        self.metrics = QFontMetricsF(font, device)
        self.unit = max(0.01, device.logicalDpiY() / _REFERENCE_DPI)  # device pixels per 96-dpi pixel

    def _font(self, bold: bool) -> QFont:
        font = QFont(self.font)
        font.setBold(bold)
        return font

    def _advance(self, runs: Line) -> float:
        return sum(QFontMetricsF(self._font(bold), self.device).horizontalAdvance(text) for text, bold in runs)

    def _lines(self, entry: PictureEntry, width: float) -> list[Line]:
        """The entry's name (bold for the top option) and then its words, in lines no wider than ``width`` where
        its spaces allow; the words start beside the name's last word, as in the window's legend."""
        units = [[(word, entry.bold)] for word in entry.name.split()]
        said = [(word, False) for word in entry.words.split()]
        if said:
            units = [*units[:-1], units[-1] + said[:1]] if units else [said[:1]]
            units += [[token] for token in said[1:]]
        lines: list[list[tuple[str, bool]]] = []
        for unit in units:
            if lines and self._advance(_runs(lines[-1] + unit)) <= width:
                lines[-1] += unit
            else:
                lines.append(list(unit))
        return [_runs(tokens) for tokens in lines] or [[]]

    def _rows(self, width: float) -> list[list[tuple[int, list[Line], float, float]]]:
        """Entries in rows: (entry index, its lines, its sample's width, its whole width)."""
        line_px = self.metrics.height()
        rows: list[list[tuple[int, list[Line], float, float]]] = [[]]
        used = 0.0
        sample = max((_sample_width(e, line_px, self.unit) for e in self.entries), default=0.0)  # names line up
        sample = min(sample, max(line_px, _SAMPLE_SHARE * width))  # a tiny picture keeps room for the names
        for k, entry in enumerate(self.entries):
            lines = self._lines(entry, max(40.0, width - sample - _GAP * self.unit))
            whole = sample + _GAP * self.unit + max(self._advance(line) for line in lines)
            if rows[-1] and used + _ENTRY_GAP * self.unit + whole > width:
                rows.append([])
                used = 0.0
            used += (_ENTRY_GAP * self.unit if rows[-1] else 0.0) + whole
            rows[-1].append((k, lines, sample, whole))
        return [row for row in rows if row]

    def height(self, width: float) -> int:
        """Device pixels the legend takes under the chart at ``width`` device pixels (0 without entries)."""
        if not self.entries:
            return 0
        rows = self._rows(width - 2 * _GAP * self.unit)
        spacing = self.metrics.lineSpacing()
        text = sum(spacing * max(len(e[1]) for e in row) for row in rows)
        return int(text + (_TOP_PAD + _BOTTOM_PAD + _ROW_GAP * (len(rows) - 1)) * self.unit + 0.999)

    def paint(self, painter: QPainter, top: float, width: float, colour: QColor) -> None:
        """Paint the entries from ``top`` down, centred as a block in ``width`` (device pixels, painter unscaled)."""
        rows = self._rows(width - 2 * _GAP * self.unit)
        if not rows:
            return
        spacing, line_px = self.metrics.lineSpacing(), self.metrics.height()
        block = max(sum(e[3] for e in row) + _ENTRY_GAP * self.unit * (len(row) - 1) for row in rows)
        left = max(_GAP * self.unit, (width - block) / 2)
        y = top + _TOP_PAD * self.unit
        painter.save()
        painter.setFont(self.font)
        for row in rows:
            x = left
            for k, lines, sample, whole in row:
                self._paint_sample(painter, self.entries[k], QRectF(x, y, sample, line_px))
                painter.setPen(QPen(colour))
                for n, line in enumerate(lines):
                    at = x + sample + _GAP * self.unit
                    for text, bold in line:  # the name (bold for the top option), then "(first)" in the normal weight
                        painter.setFont(self._font(bold))
                        painter.drawText(QPointF(at, y + n * spacing + self.metrics.ascent()), text)
                        at += QFontMetricsF(painter.font(), self.device).horizontalAdvance(text)
                x += whole + _ENTRY_GAP * self.unit
            y += spacing * max(len(e[1]) for e in row) + _ROW_GAP * self.unit
        painter.restore()

    def _paint_sample(self, painter: QPainter, entry: PictureEntry, box: QRectF) -> None:
        mid = box.center().y()
        if entry.kind == "line":
            pen = QPen(entry.pen)
            pen.setWidthF(max(1.0, pen.widthF()) * self.unit)  # the dashes scale with the width
            painter.setPen(pen)
            painter.drawLine(QLineF(box.left(), mid, box.right(), mid))
            return
        side = min(box.width(), box.height() * 0.7)
        shape = QRectF(box.left() + (box.width() - side) / 2, mid - side / 2, side, side)
        pen = QPen(entry.pen)
        pen.setWidthF(max(0.5, pen.widthF()) * self.unit)
        painter.setPen(pen)
        painter.setBrush(entry.brush)
        if entry.kind == "dot":
            painter.drawEllipse(shape)
        else:
            painter.drawRect(shape)
        painter.setBrush(Qt.BrushStyle.NoBrush)


__all__ = ["PictureEntry", "PictureLegend", "dashed_legend", "picture_entries", "qt_legend_swapped", "wants_legend"]
