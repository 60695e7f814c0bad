"""Save a chart as a PNG picture (at twice its size on screen) or as an SVG drawing.

Both go through :func:`counterweight.charts.render_chart`, which lays the chart out
for the target as if it were 96 dots per inch, so the file looks like the chart on
screen: the PNG has twice as many pixels in each direction (and says 192 dpi), the
SVG is resolution-independent with its text kept as text.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCharts import QChart
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from counterweight.charts.contribution_chart import render_chart
from counterweight.charts.style import print_colours  # issue 6: dark palettes
from counterweight.domain.errors import CounterweightError

#: The PNG has this many pixels per pixel of the chart on screen.
PNG_SCALE = 2
_SCREEN_DPI = 96.0
_INCH_PER_METRE = 39.3700787


def chart_size(chart: QChart, fallback: QSize = QSize(800, 500)) -> QSize:
    """The chart's size on screen, or ``fallback`` when it has never been shown."""
    size = chart.size().toSize()
    return size if size.width() > 10 and size.height() > 10 else fallback


def chart_image(chart: QChart, size: QSize | None = None, scale: int = PNG_SCALE) -> QImage:
    """The chart painted on a white image ``scale`` times ``size`` (default: its size on screen)."""
    logical = size if size is not None else chart_size(chart)
    image = QImage(logical.width() * scale, logical.height() * scale, QImage.Format.Format_ARGB32)
    dots = round(_SCREEN_DPI * scale * _INCH_PER_METRE)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    with print_colours(chart):  # issue 6: a file keeps the light look, whatever the screen's palette
        render_chart(chart, painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    return image


def _target(path: str | os.PathLike[str], suffix: str) -> Path:
    p = Path(path)
    return p if p.suffix.lower() == suffix else p.with_name(p.name + suffix)


def save_chart_png(chart: QChart, path: str | os.PathLike[str], size: QSize | None = None) -> Path:
    """Write the chart as a PNG at twice its screen size; ``.png`` is added when missing.

    Raises
    ------
    CounterweightError
        The file could not be written (names the file).
    """
    target = _target(path, ".png")
    if not chart_image(chart, size).save(str(target), "PNG"):
        raise CounterweightError("The chart could not be saved there (check the folder exists and can be "
                                 "written to).", where=str(target))
    return target


def save_chart_svg(chart: QChart, path: str | os.PathLike[str], size: QSize | None = None,
                   title: str = "") -> Path:
    """Write the chart as an SVG drawing (vector, text kept as text); ``.svg`` is added when missing.

    Raises
    ------
    CounterweightError
        The file could not be written (names the file).
    """
    target = _target(path, ".svg")
    logical = size if size is not None else chart_size(chart)
    generator = QSvgGenerator()
    generator.setFileName(str(target))
    generator.setResolution(int(_SCREEN_DPI))
    generator.setSize(logical)
    generator.setViewBox(QRectF(0, 0, logical.width(), logical.height()))
    generator.setTitle(title or chart.title() or "Counterweight chart")
    generator.setDescription("Made with Counterweight")
    painter = QPainter()
    if not painter.begin(generator):
        raise CounterweightError("The chart could not be saved there (check the folder exists and can be "
                                 "written to).", where=str(target))
    with print_colours(chart):  # issue 6: a file keeps the light look, whatever the screen's palette
        render_chart(chart, painter, QRectF(0, 0, logical.width(), logical.height()))
    painter.end()
    if not target.exists():
        raise CounterweightError("The chart could not be saved there.", where=str(target))
    return target


__all__ = ["PNG_SCALE", "chart_image", "chart_size", "save_chart_png", "save_chart_svg"]
