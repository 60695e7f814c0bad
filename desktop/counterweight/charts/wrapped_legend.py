"""A legend for printed charts that wraps onto more rows instead of cutting names short.

Qt Charts lays a bottom legend out on one row and elides every label that does not fit,
so six groups with long names printed as "Strategic …", "Operation…" (QA 25 item 4).
:class:`WrappedLegend` draws the swatches and names itself, as plain text items under the
chart (no rich text, so names need no escaping): entries flow left to right and start a
new row when the next would not fit; a name wider than the whole row wraps at its spaces.
The chart keeps room for it with its bottom margin.
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence

from PySide6.QtCharts import QChart
from PySide6.QtCore import QMargins, QRectF
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsSimpleTextItem

#: Gap between a swatch and its name, and between two entries, in layout pixels.
_GAP = 6.0
_ENTRY_GAP = 16.0
#: Extra space between two rows of entries.
_ROW_GAP = 3.0
#: Room left above the legend (under the axis title) and below it.
_TOP_PAD = 8.0
_BOTTOM_PAD = 4.0


def wrap_words(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """``text`` cut into lines no wider than ``width`` at its spaces (a single longer word keeps its own line)."""
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


class WrappedLegend:
    """Swatches and names drawn under ``chart``, wrapped to its width; call :meth:`set_entries`, then
    :meth:`layout` whenever the chart's size changes."""

    def __init__(self, chart: QChart, font: QFont, colour: QColor) -> None:
        # a weak reference: the chart keeps its legend, and a legend that kept its chart made a cycle that
        # only Python's collector could free, in whatever thread it ran (QA 27: a crash during brief export)
        self._chart = weakref.ref(chart)
        self.font = font
        self.colour = colour
        self._entries: list[tuple[str, QColor, QColor]] = []
        self._items: list[QGraphicsRectItem | QGraphicsSimpleTextItem] = []
        self._margins = chart.margins()

    @property
    def chart(self) -> QChart:
        chart = self._chart()
        if chart is None:
            raise RuntimeError("the chart of this legend is gone")
        return chart

    def set_entries(self, entries: Sequence[tuple[str, QColor, QColor]]) -> None:
        """The legend's (name, fill, edge) entries, in order."""
        self._entries = list(entries)
        self.layout()

    def texts(self) -> list[str]:
        """The lines of text drawn (for tests: every name whole, perhaps over several lines)."""
        return [item.text() for item in self._items if isinstance(item, QGraphicsSimpleTextItem)]

    def _rows(self, width: float) -> list[list[tuple[int, list[str], float]]]:
        """Entries placed in rows: (entry index, its lines, its width)."""
        metrics = QFontMetricsF(self.font)
        swatch = metrics.height() * 0.7
        room = max(40.0, width - swatch - _GAP)
        rows: list[list[tuple[int, list[str], float]]] = [[]]
        used = 0.0
        for k, (name, _fill, _edge) in enumerate(self._entries):
            lines = wrap_words(name, metrics, room)
            entry = swatch + _GAP + max(metrics.horizontalAdvance(line) for line in lines)
            if rows[-1] and used + _ENTRY_GAP + entry > width:
                rows.append([])
                used = 0.0
            used += (_ENTRY_GAP if rows[-1] else 0.0) + entry
            rows[-1].append((k, lines, entry))
        return [row for row in rows if row]

    def height(self, width: float) -> float:
        """Height the legend needs at a chart ``width`` (layout pixels), padding included."""
        if not self._entries:
            return 0.0
        line = QFontMetricsF(self.font).lineSpacing()
        usable = width - self._margins.left() - self._margins.right()
        rows = self._rows(usable)
        return _TOP_PAD + _BOTTOM_PAD + _ROW_GAP * (len(rows) - 1) + sum(line * max(len(e[1]) for e in row)
                                                                          for row in rows)

    def layout(self) -> None:
        """Place the swatches and names at the foot of the chart and keep room for them."""
        for item in self._items:
            if item.scene() is not None:
                item.scene().removeItem(item)
            item.setParentItem(None)
        self._items = []
        size = self.chart.size()
        usable = size.width() - self._margins.left() - self._margins.right()
        height = self.height(size.width())
        self.chart.setMargins(QMargins(self._margins.left(), self._margins.top(), self._margins.right(),
                                       int(self._margins.bottom() + height + 0.5)))
        if not self._entries:
            return
        metrics = QFontMetricsF(self.font)
        line, swatch = metrics.lineSpacing(), metrics.height() * 0.7
        rows = self._rows(usable)
        y = size.height() - height + _TOP_PAD
        block = max(sum(e[2] for e in row) + _ENTRY_GAP * (len(row) - 1) for row in rows)
        left = self._margins.left() + max(0.0, (usable - block) / 2)  # centred as a block, rows left-aligned
        for row in rows:
            x = left
            for k, lines, entry in row:
                _name, fill, edge = self._entries[k]
                box = QGraphicsRectItem(QRectF(x, y + (line - swatch) / 2, swatch, swatch), self.chart)
                box.setBrush(QBrush(fill))
                box.setPen(QPen(edge, 0.5))
                self._items.append(box)
                for n, text in enumerate(lines):
                    label = QGraphicsSimpleTextItem(text, self.chart)
                    label.setFont(self.font)
                    label.setBrush(QBrush(self.colour))
                    label.setPos(x + swatch + _GAP, y + n * line)
                    self._items.append(label)
                x += entry + _ENTRY_GAP
            y += line * max(len(e[1]) for e in row) + _ROW_GAP


__all__ = ["WrappedLegend", "wrap_words"]
