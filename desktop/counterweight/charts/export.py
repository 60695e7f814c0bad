"""Save a chart as a PNG picture (at twice its size on screen) or as an SVG drawing.

Both go through :func:`counterweight.charts.render_chart`, which lays the chart out
for the target as if it were 96 dots per inch, so the file looks like the chart on
screen: the PNG has twice as many pixels in each direction (and says 192 dpi), the
SVG is resolution-independent with its text kept as text.

A saved picture says what it shows: a band above the chart holds a title line (the
chart's own title, else the name the caller gives, such as the view's accessible
name) and a smaller caption line (for example the decision's title and the date).
The chart in the window is not changed: the band is painted beside it in the file,
and a chart title moved into the band is blanked only while the file is painted. The
band's text is measured and painted on the target itself (a point is twice the pixels
on the 192 dpi PNG), so it is whole at every scale. A chart whose legend the window
shows outside it (the Sensitivity chart) gets one painted under it in the file
(:mod:`counterweight.charts.picture_legend`), so the picture stands alone; so do the Compare methods
tab's ranks (since h28b its window legend is a label under it too) and any chart whose own legend lines
are dashed, as Qt's short line samples cannot show the dashes. The band's title and caption wrap within
its margins, inside a word too long for them, up to :data:`MAX_BAND_LINES` lines each (h28b). :func:`chart_mime_data` puts the PNG's picture on the clipboard (Edit > Copy chart).
"""

from __future__ import annotations

import html
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCharts import QChart
from PySide6.QtCore import QBuffer, QIODevice, QMimeData, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPaintDevice, QPen, QTextLayout, QTextOption
from PySide6.QtSvg import QSvgGenerator

from counterweight.charts.contribution_chart import render_chart
from counterweight.charts.picture_legend import PictureLegend, picture_entries, qt_legend_swapped, wants_legend
from counterweight.charts.style import print_colours  # issue 6: dark palettes
from counterweight.domain.errors import CounterweightError

#: The PNG has this many pixels per pixel of the chart on screen.
PNG_SCALE = 2
_SCREEN_DPI = 96.0
_INCH_PER_METRE = 39.3700787
#: Title and caption text sizes, as multiples of the application's font (so they follow the
#: system's text size, as every other text does), and the space around them in pixels.
TITLE_SCALE, CAPTION_SCALE, _PAD = 1.35, 1.0, 8
_INK = QColor("#1a1a1a")  # the legend's names, on the file's white ground
_LINES = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop  # the band's lines, broken by _wrapped
#: Most lines the title, and the caption, take in the band; the last one ends in "…" if there is more.
MAX_BAND_LINES = 4


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


def _probe(dpi: float) -> QImage:
    """A one-pixel image of ``dpi`` dots per inch, to measure text for a target before it exists."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    dots = round(dpi * _INCH_PER_METRE)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    return image


def _band_pad(device: QPaintDevice, width: float) -> float:
    """The band's margin in ``device`` pixels: :data:`_PAD` pixels at 96 dpi, less in a picture too narrow for them."""
    return min(_PAD * device.logicalDpiY() / _SCREEN_DPI, width / 6)


def _wrapped(text: str, font: QFont, device: QPaintDevice, width: float) -> list[str]:
    """``text`` in lines no wider than ``width`` (``device`` pixels): broken at spaces and after hyphens, inside a
    word only where that word alone is wider (h28b: a long word in a small picture ran out of the band), at most
    :data:`MAX_BAND_LINES` lines, the last one cut short with "…" if the text goes on."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout = QTextLayout(text, font, device)
    layout.setTextOption(option)
    layout.beginLayout()
    starts = []
    while len(starts) < MAX_BAND_LINES:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    lines = [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)])]
    if lines and len(starts) == MAX_BAND_LINES:  # the last line holds the rest of the text: cut it to the width
        lines[-1] = QFontMetricsF(font, device).elidedText(lines[-1], Qt.TextElideMode.ElideRight, width)
    return lines or [""]


def _band_lines(device: QPaintDevice, width: float, title: str, caption: str) -> list[tuple[str, QFont, QColor, float]]:
    """Each line of the band with its font, colour and height, measured on ``device`` (``width`` in its pixels).

    A title or caption that wraps is one entry, its lines joined by line breaks."""
    inner_width = max(1.0, width - 2 * _band_pad(device, width))
    inner = QRectF(0, 0, inner_width, 1_000_000)
    out = []
    for text, font, colour in ((title, _band_font(TITLE_SCALE, bold=True), QColor("#000000")),
                               (caption, _band_font(CAPTION_SCALE, bold=False), QColor("#4a5460"))):
        if text:
            shown = "\n".join(_wrapped(text, font, device, inner_width))
            out.append((shown, font, colour, QFontMetricsF(font, device).boundingRect(inner, int(_LINES), shown).height()))
    return out


def band_height(width: int, title: str, caption: str, dpi: float = _SCREEN_DPI) -> int:
    """Height in pixels of the band holding ``title`` and ``caption`` (0 when both are empty) on a target of
    ``dpi`` dots per inch, ``width`` of its pixels wide (by default a screen at 96 dpi).

    Long lines wrap at word boundaries within ``width`` minus the margins (a word wider than that
    inside the word), up to :data:`MAX_BAND_LINES` lines each. The text is measured for the target
    itself: a point is more pixels at 192 dpi than on the screen (h27i: the band was measured on
    the screen and painted twice as large on the PNG, which cut it off).
    """
    probe = _probe(dpi)
    lines = _band_lines(probe, width, title, caption)
    if not lines:
        return 0
    unit = dpi / _SCREEN_DPI
    return int(sum(line[3] + 2 * unit for line in lines) + 1.5 * _band_pad(probe, width) + 0.999)


def _paint_band(painter: QPainter, width: float, title: str, caption: str) -> None:
    """Title and caption at the top of ``painter``'s target, ``width`` of its pixels wide (painter not scaled).

    The text is kept to the band's inner width; in a picture too small for even one letter it is clipped there."""
    device = painter.device()
    unit = device.logicalDpiY() / _SCREEN_DPI
    pad = _band_pad(device, width)
    painter.save()
    y = pad
    inner_width = max(1.0, width - 2 * pad)
    for text, font, colour, height in _band_lines(device, width, title, caption):
        painter.setFont(font)
        painter.setPen(QPen(colour))
        box = QRectF(pad, y, inner_width, height + 2 * unit)
        painter.setClipRect(box)
        painter.drawText(box, int(_LINES), text)
        y += height + 2 * unit
    painter.restore()


def _foot_legend(chart: QChart, device: QPaintDevice) -> PictureLegend | None:
    """The legend painted under a chart whose window shows its legend outside it (h27i), else ``None``."""
    return PictureLegend(picture_entries(chart), device, chart.legend().font()) if wants_legend(chart) else None


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
    width, high = logical.width() * scale, logical.height() * scale
    probe = _probe(_SCREEN_DPI * scale)
    band = band_height(width, heading, caption, _SCREEN_DPI * scale)
    legend = _foot_legend(chart, probe)
    foot = legend.height(width) if legend is not None else 0
    image = QImage(width, band + high + foot, QImage.Format.Format_ARGB32)
    image.setDotsPerMeterX(probe.dotsPerMeterX())
    image.setDotsPerMeterY(probe.dotsPerMeterY())
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    if band:
        _paint_band(painter, width, heading, caption)
    with print_colours(chart), _title_moved(chart, heading), qt_legend_swapped(chart) as entries:  # issue 6
        render_chart(chart, painter, QRectF(0, band, width, high))
        if legend is not None:  # entries taken after print_colours took hold: the lines' light-ground colours
            PictureLegend(entries, image, legend.font).paint(painter, band + high, width, _INK)
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


def chart_mime_data(chart: QChart, size: QSize | None = None, *, title: str = "", caption: str = "") -> QMimeData:
    """The picture :func:`save_chart_png` writes, for the clipboard: as ``image/png`` (with its 192 dpi,
    so a word processor pastes it at the chart's size on screen, crisp) and as Qt's image for other programs."""
    image = chart_image(chart, size, title=title, caption=caption)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    data = QMimeData()
    data.setData("image/png", buffer.data())
    data.setImageData(image)
    return data


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
    legend = _foot_legend(chart, _probe(_SCREEN_DPI))
    foot = legend.height(logical.width()) if legend is not None else 0
    full = QSize(logical.width(), logical.height() + band + foot)
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
    with print_colours(chart), _title_moved(chart, heading), qt_legend_swapped(chart) as entries:  # issue 6
        render_chart(chart, painter, QRectF(0, band, logical.width(), logical.height()))
        if legend is not None:
            PictureLegend(entries, generator, legend.font).paint(
                painter, band + logical.height(), logical.width(), _INK)
    painter.end()
    if not target.exists():
        raise CounterweightError("The chart could not be saved there.", where=str(target))
    return target


__all__ = ["CAPTION_SCALE", "MAX_BAND_LINES", "PNG_SCALE", "TITLE_SCALE", "band_height", "chart_image",
           "chart_mime_data", "chart_size", "picture_title", "save_chart_png", "save_chart_svg"]
