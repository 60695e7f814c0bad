"""Short pictures of chart lines for a legend written as rich text (h27c).

The Sensitivity tab writes its chart's legend in a wrapping label under the chart (Qt Charts' own
legend cannot wrap), where a coloured square stood for each option's line: it showed the colour but
not the dash pattern that keeps the lines apart in grey and for colour-blind readers, nor the dots of
an option a red line excludes. :func:`line_mark` draws a stretch of a line's pen (its colour and its
dashes or dots) into a small PNG and gives it as an ``<img>`` with a ``data:`` address, so nothing is
read from disk. The picture is as high as the label's text and long enough to show a whole period of
every pattern of :data:`counterweight.charts.palette.SERIES_DASHES`; it is drawn at the screen's pixel
ratio, so it stays sharp on a high-density screen.

Qt's text layout may start a new line after any picture, even before a no-break space, so a picture
could end one line and its name begin the next. :class:`LegendLabel` therefore places the entries in
rows itself (each entry kept whole, a line break between rows), again whenever its width changes.
"""

from __future__ import annotations

import base64
import math
import re
from collections.abc import Sequence
from functools import lru_cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLineF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QResizeEvent, QTextDocument, QTextOption
from PySide6.QtWidgets import QWidget

from counterweight.ui.widgets.chart_view import WrappedLabel

#: The mark's length and height, in lines of the label's text.
_LENGTH_LINES, _HEIGHT_LINES = 2.4, 0.7
#: Pixels per pen width of the chart's dash patterns, per line of text (1.8 pixels at a 16-pixel line), so the
#: longest period (21 widths) fits the mark.
_UNIT_PER_LINE = 1 / 9
#: The picture at the start of a legend entry.
_PICTURE = re.compile(r"^<img [^>]*>")
#: Lines drawn wider than this (the top option's) get a thicker mark, their dashes as long as the others'.
_THICK = 2.5


def line_mark(pen: QPen, colour: QColor, line_px: float, ratio: float = 1.0) -> str:
    """An ``<img>`` of ``pen``'s dashes (or dots, or a solid line) in ``colour``, for a text ``line_px`` high."""
    dashes = () if pen.style() == Qt.PenStyle.SolidLine else tuple(float(d) for d in pen.dashPattern())
    return _mark(dashes, pen.widthF() > _THICK, colour.name(QColor.NameFormat.HexArgb), max(8, round(line_px)),
                 max(1.0, round(ratio * 4) / 4))


@lru_cache(maxsize=256)
def _mark(dashes: tuple[float, ...], thick: bool, colour: str, line_px: int, ratio: float) -> str:
    width, height = round(_LENGTH_LINES * line_px), max(4, round(_HEIGHT_LINES * line_px))
    unit = max(1.5, _UNIT_PER_LINE * line_px)  # one pen width of the chart's patterns, in pixels
    stroke = max(2.0, round(unit)) * (1.6 if thick else 1.0)  # whole pixels: crisp dots at any text size
    image = QImage(round(width * ratio), round(height * ratio), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(ratio, ratio)
    pen = QPen(QColor(colour), stroke)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # as the chart draws them: other caps would fill the gaps
    if dashes:
        pen.setDashPattern([d * unit / stroke for d in dashes])  # the same lengths whatever the thickness
    painter.setPen(pen)
    painter.drawLine(QLineF(0.0, height / 2, float(width), height / 2))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    encoded = base64.b64encode(bytes(data.data())).decode("ascii")
    return f'<img src="data:image/png;base64,{encoded}" width="{width}" height="{height}">'


def legend_marks(colours: Sequence[QColor], pens: Sequence[QPen | None], label: QWidget) -> list[str]:
    """One mark per legend entry for ``label``'s text size and screen (``""`` where the entry has no pen)."""
    line_px, ratio = label.fontMetrics().height(), label.devicePixelRatioF()
    return [line_mark(pen, colour, line_px, ratio) if pen is not None else "" for colour, pen in zip(colours, pens)]


class LegendLabel(WrappedLabel):
    """A wrapping rich-text legend whose entries (a picture and a name each) are never split between lines.

    :meth:`set_entries` gives the entries' rich text, the gap between two of them and a tail (a note on
    lines of its own); the label fills rows with whole entries up to its width. An entry wider than a row
    has a row to itself, where it wraps at its spaces. The label is at least as wide as its widest entry
    that cannot wrap (a picture with a short name), as it was when the mark was a character.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self._entries: list[str] = []
        self._gap = " "
        self._tail = ""
        self._least = 0  # pixels: the widest entry that cannot wrap

    def set_entries(self, entries: Sequence[str], gap: str = " ", tail: str = "") -> None:
        """Show ``entries`` in rows, ``gap`` between two in a row, then ``tail``."""
        self._entries, self._gap, self._tail = list(entries), gap, tail
        self._least = max((math.ceil(self._least_width(e)) for e in self._entries), default=0)
        self.updateGeometry()
        self._flow()

    def _width(self, html: str, wrap_at: float = -1.0) -> float:
        """The width of ``html`` in this label's font: on one line, or wrapped as far as possible (``wrap_at`` 0)."""
        document = QTextDocument()
        document.setDefaultFont(self.font())
        document.setDocumentMargin(0)
        option = document.defaultTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)  # as the label wraps: never inside a word
        document.setDefaultTextOption(option)
        document.setTextWidth(wrap_at)
        document.setHtml(html)
        return document.idealWidth()

    def _least_width(self, entry: str) -> float:
        """The narrowest ``entry`` can be with its picture kept beside the first word of its name."""
        whole = self._width(entry)
        name = _PICTURE.sub("", entry, count=1)
        return min(whole, whole - self._width(name) + self._width(name, 0.0))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().minimumSizeHint()
        return hint.expandedTo(QSize(self._least + 2 * self.margin() + 2, 0))

    def _flow(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin() - 2  # a pixel spare each side for rounding
        if room <= 1:
            super().setText(self._gap.join(self._entries) + self._tail)  # measured once it has a width
            return
        rows: list[list[str]] = []
        for entry in self._entries:
            if rows and self._width(self._gap.join([*rows[-1], entry])) <= room:
                rows[-1].append(entry)
            else:
                rows.append([entry])
        super().setText("<br>".join(self._gap.join(row) for row in rows) + self._tail)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        if event.size().width() != event.oldSize().width() and self._entries:
            self._flow()
        super().resizeEvent(event)


__all__ = ["LegendLabel", "legend_marks", "line_mark"]
