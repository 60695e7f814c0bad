"""Save a chart as a PNG picture (at twice its size on screen) or as an SVG drawing.

Both go through :func:`counterweight.charts.render_chart`, which lays the chart out
for the target as if it were 96 dots per inch, so the file looks like the chart on
screen: the PNG has twice as many pixels in each direction (and says 192 dpi), the
SVG is resolution-independent with its text kept as text.

A saved picture says what it shows: a band above the chart holds a title line (the
chart's own title, else the name the caller gives, such as the view's accessible
name) and a smaller caption line (for example the decision's title and the date).
The chart in the window is not changed: the band is painted beside it in the file,
and a chart title moved into the band is blanked only while the file is painted.
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCharts import QChart
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPen
from PySide6.QtSvg import QSvgGenerator

from counterweight.charts.contribution_chart import render_chart
from counterweight.charts.style import print_colours  # issue 6: dark palettes
from counterweight.domain.errors import CounterweightError

#: The PNG has this many pixels per pixel of the chart on screen.
PNG_SCALE = 2
_SCREEN_DPI = 96.0
_INCH_PER_METRE = 39.3700787
#: Title and caption text sizes, as multiples of the application's font (so they follow the
#: system's text size, as every other text does), and the space around them in pixels.
TITLE_SCALE, CAPTION_SCALE, _PAD = 1.35, 1.0, 8
_WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def _band_font(scale: float, *, bold: bool) -> QFont:
    font = QFont()  # the application's font
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(bold)
    return font


def picture_title(chart: QChart, fallback: str = "") -> str:
    """The title line of a saved picture: the chart's own title as shown (plain text), else ``fallback``."""
    own = html.unescape(chart.title()).strip()  # chart titles are escaped for Qt's rich text
    return own or fallback.strip()


def band_height(width: int, title: str, caption: str) -> int:
    """Height in screen pixels of the band holding ``title`` and ``caption`` (0 when both are empty).

    Long lines wrap at word boundaries within ``width`` minus the margins.
    """
    if not title and not caption:
        return 0
    inner = QRectF(0, 0, max(1, width - 2 * _PAD), 10_000)
    height = float(_PAD)
    for text, font in ((title, _band_font(TITLE_SCALE, bold=True)), (caption, _band_font(CAPTION_SCALE, bold=False))):
        if text:
            height += QFontMetricsF(font).boundingRect(inner, int(_WRAP), text).height() + 2
    return int(height + _PAD / 2 + 0.999)


def _paint_band(painter: QPainter, width: int, title: str, caption: str) -> None:
    """Title and caption at the top of ``painter``'s target, in screen pixels (scale the painter first)."""
    painter.save()
    y = float(_PAD)
    inner_width = max(1, width - 2 * _PAD)
    for text, font, colour in ((title, _band_font(TITLE_SCALE, bold=True), QColor("#000000")),
                               (caption, _band_font(CAPTION_SCALE, bold=False), QColor("#4a5460"))):
        if not text:
            continue
        height = QFontMetricsF(font).boundingRect(QRectF(0, 0, inner_width, 10_000), int(_WRAP), text).height()
        painter.setFont(font)
        painter.setPen(QPen(colour))
        painter.drawText(QRectF(_PAD, y, inner_width, height + 2), int(_WRAP), text)
        y += height + 2
    painter.restore()


@contextmanager
def _title_moved(chart: QChart, title: str) -> Iterator[None]:
    """Blank the chart's own title while it is painted under a band that already shows it."""
    own = chart.title()
    moved = bool(own) and html.unescape(own).strip() == title
    if moved:
        chart.setTitle("")
    try:
        yield
    finally:
        if moved:
            chart.setTitle(own)


def chart_size(chart: QChart, fallback: QSize = QSize(800, 500)) -> QSize:
    """The chart's size on screen, or ``fallback`` when it has never been shown."""
    size = chart.size().toSize()
    return size if size.width() > 10 and size.height() > 10 else fallback


def chart_image(chart: QChart, size: QSize | None = None, scale: int = PNG_SCALE, *, title: str = "",
                caption: str = "") -> QImage:
    """The chart painted on a white image ``scale`` times ``size`` (default: its size on screen).

    With a title (the chart's own, else ``title``) or a ``caption``, a band holding
    them is added above the chart, so the image is that much taller.
    """
    logical = size if size is not None else chart_size(chart)
    heading = picture_title(chart, title)
    band = band_height(logical.width(), heading, caption)
    image = QImage(logical.width() * scale, (logical.height() + band) * scale, QImage.Format.Format_ARGB32)
    dots = round(_SCREEN_DPI * scale * _INCH_PER_METRE)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    if band:
        painter.save()
        painter.scale(scale, scale)
        _paint_band(painter, logical.width(), heading, caption)
        painter.restore()
    with print_colours(chart), _title_moved(chart, heading):  # issue 6: a file keeps the light look
        render_chart(chart, painter, QRectF(0, band * scale, logical.width() * scale, logical.height() * scale))
    painter.end()
    return image


def _target(path: str | os.PathLike[str], suffix: str) -> Path:
    p = Path(path)
    return p if p.suffix.lower() == suffix else p.with_name(p.name + suffix)


def save_chart_png(chart: QChart, path: str | os.PathLike[str], size: QSize | None = None, *, title: str = "",
                   caption: str = "") -> Path:
    """Write the chart as a PNG at twice its screen size; ``.png`` is added when missing.

    ``title`` (used when the chart has no title of its own) and ``caption`` are
    drawn in a band above the chart (see :func:`chart_image`).

    Raises
    ------
    CounterweightError
        The file could not be written (names the file).
    """
    target = _target(path, ".png")
    if not chart_image(chart, size, title=title, caption=caption).save(str(target), "PNG"):
        raise CounterweightError("The chart could not be saved there (check the folder exists and can be "
                                 "written to).", where=str(target))
    return target


def save_chart_svg(chart: QChart, path: str | os.PathLike[str], size: QSize | None = None,
                   title: str = "", *, caption: str = "") -> Path:
    """Write the chart as an SVG drawing (vector, text kept as text); ``.svg`` is added when missing.

    ``title`` (used when the chart has no title of its own) and ``caption`` are
    drawn as text in a band above the chart; the title is also the drawing's
    ``<title>``.

    Raises
    ------
    CounterweightError
        The file could not be written (names the file).
    """
    target = _target(path, ".svg")
    logical = size if size is not None else chart_size(chart)
    heading = picture_title(chart, title)
    band = band_height(logical.width(), heading, caption)
    full = QSize(logical.width(), logical.height() + band)
    generator = QSvgGenerator()
    generator.setFileName(str(target))
    generator.setResolution(int(_SCREEN_DPI))
    generator.setSize(full)
    generator.setViewBox(QRectF(0, 0, full.width(), full.height()))
    generator.setTitle(heading or "Counterweight chart")
    generator.setDescription(caption or "Made with Counterweight")
    painter = QPainter()
    if not painter.begin(generator):
        raise CounterweightError("The chart could not be saved there (check the folder exists and can be "
                                 "written to).", where=str(target))
    if band:
        _paint_band(painter, logical.width(), heading, caption)
    with print_colours(chart), _title_moved(chart, heading):  # issue 6: a file keeps the light look
        render_chart(chart, painter, QRectF(0, band, logical.width(), logical.height()))
    painter.end()
    if not target.exists():
        raise CounterweightError("The chart could not be saved there.", where=str(target))
    return target


__all__ = ["CAPTION_SCALE", "PNG_SCALE", "TITLE_SCALE", "band_height", "chart_image", "chart_size", "picture_title",
           "save_chart_png", "save_chart_svg"]
