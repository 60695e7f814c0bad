"""Short pictures of chart lines for a legend written as rich text (h27c).

The Sensitivity tab writes its chart's legend in a wrapping label under the chart (Qt Charts' own
legend cannot wrap), where a coloured square stood for each option's line: it showed the colour but
not the dash pattern that keeps the lines apart in grey and for colour-blind readers, nor the dots of
an option a red line excludes. :func:`line_mark` draws a stretch of a line's pen (its colour and its
dashes or dots) into a small PNG and gives it as an ``<img>`` with a ``data:`` address, so nothing is
read from disk. The picture is as high as the label's text and at least :data:`_LENGTH_LINES` lines
long; :func:`legend_marks` makes every mark of a legend long enough to show the longest dash pattern
among its lines twice over (h28b: one period of a long pattern did not tell it from a shorter one). It is
drawn at the screen's pixel ratio, so it stays sharp on a high-density screen.

The Compare methods tab's legend is written the same way (h28b: Qt's own legend drew a bit of line too short
for a dash pattern): :func:`ring_mark` draws the grey ring that marks a rank several options share, and
:func:`named_entry` puts a mark before a name.

Qt's text layout may start a new line after any picture, even before a no-break space, so a picture
could end one line and its name begin the next. :class:`LegendLabel` therefore places the entries in
rows itself (each entry kept whole, a line break between rows), again whenever its width changes.
"""

from __future__ import annotations

import base64
import html
import math
import re
from collections.abc import Sequence
from functools import lru_cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLineF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QResizeEvent, QTextDocument, QTextOption
from PySide6.QtWidgets import QWidget

from counterweight.ui.widgets.chart_view import WrappedLabel

#: The mark's length and height, in lines of the label's text.
_LENGTH_LINES, _HEIGHT_LINES = 2.4, 0.7
#: Pixels per pen width of the chart's dash patterns, per line of text (1.8 pixels at a 16-pixel line, about
#: the chart's own pen widths).
_UNIT_PER_LINE = 1 / 9
#: Periods of its dash pattern a legend's mark shows, at least.
PERIODS = 2
#: The picture at the start of a legend entry.
_PICTURE = re.compile(r"^<img [^>]*>")
#: Lines drawn wider than this (the top option's) get a thicker mark, their dashes as long as the others'.
_THICK = 2.5


def _dashes(pen: QPen) -> tuple[float, ...]:
    return () if pen.style() == Qt.PenStyle.SolidLine else tuple(float(d) for d in pen.dashPattern())


def line_mark(pen: QPen, colour: QColor, line_px: float, ratio: float = 1.0, widths: float = 0.0) -> str:
    """An ``<img>`` of ``pen``'s dashes (or dots, or a solid line) in ``colour``, for a text ``line_px`` high;
    at least ``widths`` pen widths of the chart's patterns long (by default :data:`PERIODS` periods of its own)."""
    dashes = _dashes(pen)
    return _mark(dashes, pen.widthF() > _THICK, colour.name(QColor.NameFormat.HexArgb), max(8, round(line_px)),
                 max(1.0, round(ratio * 4) / 4), max(widths, PERIODS * sum(dashes)))


def _unit(line_px: int) -> float:
    return max(1.5, _UNIT_PER_LINE * line_px)  # one pen width of the chart's patterns, in pixels


def mark_width(line_px: float, widths: float = 0.0) -> int:
    """Pixels a mark for a text ``line_px`` high takes across, ``widths`` pen widths of pattern long at least."""
    line = max(8, round(line_px))
    return max(round(_LENGTH_LINES * line), math.ceil(widths * _unit(line)))


@lru_cache(maxsize=256)
def _mark(dashes: tuple[float, ...], thick: bool, colour: str, line_px: int, ratio: float, widths: float) -> str:
    width, height = mark_width(line_px, widths), max(4, round(_HEIGHT_LINES * line_px))
    unit = _unit(line_px)
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
    return _img(image, width, height)


def ring_mark(pen: QPen, line_px: float, ratio: float = 1.0, width: int = 0) -> str:
    """An ``<img>`` of a ring drawn in ``pen``'s colour (a chart's mark for a point several options share),
    ``width`` pixels across (at least as a plain :func:`line_mark`), for a text ``line_px`` high."""
    return _ring(pen.color().name(QColor.NameFormat.HexArgb), max(8, round(line_px)), max(1.0, round(ratio * 4) / 4),
                 max(width, mark_width(line_px)))


@lru_cache(maxsize=16)
def _ring(colour: str, line_px: int, ratio: float, width: int) -> str:
    height = max(6, round(0.8 * line_px))
    stroke = max(1.5, line_px / 10)
    image = QImage(round(width * ratio), round(height * ratio), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(ratio, ratio)
    painter.setPen(QPen(QColor(colour), stroke))
    side = height - stroke
    painter.drawEllipse(QRectF((width - side) / 2, stroke / 2, side, side))
    painter.end()
    return _img(image, width, height)


def _img(image: QImage, width: int, height: int) -> str:
    """``image`` as an ``<img>`` with a ``data:`` address, ``width`` x ``height`` pixels of text."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    encoded = base64.b64encode(bytes(data.data())).decode("ascii")
    return f'<img src="data:image/png;base64,{encoded}" width="{width}" height="{height}">'


def legend_marks(colours: Sequence[QColor], pens: Sequence[QPen | None], label: QWidget, *,
                 rings: bool = False) -> list[str]:
    """One mark per legend entry for ``label``'s text size and screen, all as long as the one that shows the
    longest dash pattern among ``pens`` :data:`PERIODS` times; where the entry has no pen, ``""`` (the caller
    writes a symbol) or with ``rings`` a :func:`ring_mark` in its colour."""
    line_px, ratio = label.fontMetrics().height(), label.devicePixelRatioF()
    widths = PERIODS * max((sum(_dashes(pen)) for pen in pens if pen is not None), default=0.0)
    return [line_mark(pen, colour, line_px, ratio, widths) if pen is not None
            else ring_mark(QPen(colour), line_px, ratio, mark_width(line_px, widths)) if rings else ""
            for colour, pen in zip(colours, pens)]


def named_entry(mark: str, name: str) -> str:
    """A legend entry as rich text: ``mark`` (a picture), then ``name`` escaped, kept on one line if short."""
    text = html.escape(name)
    if len(name) <= 36:  # as the Sensitivity legend: short names on one line, long ones may wrap
        text = text.replace(" ", "&nbsp;")
    return f"{mark}&nbsp;{text}"


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
        self._shown: tuple[object, ...] = ()  # what the text was set from: entries, gap, tail, font
        self._widths: dict[tuple[str, float, str], float] = {}  # measured texts (h28b: 60 ms a legend unmeasured)

    def set_entries(self, entries: Sequence[str], gap: str = " ", tail: str = "") -> None:
        """Show ``entries`` in rows, ``gap`` between two in a row, then ``tail`` (nothing to do if they are shown)."""
        shown = (tuple(entries), gap, tail, self.font().key())
        if shown == self._shown:
            return  # the Compare methods tab sets its legend after every edit; most leave it as it is
        self._shown = shown
        self._entries, self._gap, self._tail = list(entries), gap, tail
        self._least = max((math.ceil(self._least_width(e)) for e in self._entries), default=0)
        self.updateGeometry()
        self._flow()

    def _width(self, html: str, wrap_at: float = -1.0) -> float:
        """The width of ``html`` in this label's font: on one line, or wrapped as far as possible (``wrap_at`` 0)."""
        key = (html, wrap_at, self.font().key())
        if key not in self._widths:
            if len(self._widths) > 512:
                self._widths.clear()
            self._widths[key] = self._measure(html, wrap_at)
        return self._widths[key]

    def _measure(self, html: str, wrap_at: float) -> float:
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
        gap = self._width(f"x{self._gap}x") - self._width("xx")  # entries measured one by one, then added up
        used = 0.0
        for entry in self._entries:
            width = self._width(entry)
            if rows and used + gap + width <= room:
                rows[-1].append(entry)
                used += gap + width
            else:
                rows.append([entry])
                used = width
        super().setText("<br>".join(self._gap.join(row) for row in rows) + self._tail)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        if event.size().width() != event.oldSize().width() and self._entries:
            self._flow()
        super().resizeEvent(event)


__all__ = ["PERIODS", "LegendLabel", "legend_marks", "line_mark", "mark_width", "named_entry", "ring_mark"]
