"""Shared looks of every chart: fonts, text colour, axes, legend, margins and print mode.

Text sizes follow the system font: each role is a multiple of
``QApplication.font().pointSizeF()``, so a user who enlarges the desktop font gets
larger chart text too. Charts made for reports (``for_print=True``) use fixed point
sizes instead, so a printed page looks the same on every workstation. The factors
are chosen so that the usual 9 pt desktop font gives the sizes the charts were
designed with (12 px labels at 96 dpi).

Every Qt Charts call of the application lives in this package.
"""

from __future__ import annotations

import html

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QChart,
    QHorizontalStackedBarSeries,
    QLegend,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication

#: Colour of every piece of chart text.
TEXT_HEX = "#202020"

#: Size of each text role relative to the system font, and whether it is bold.
_ROLES: dict[str, tuple[float, bool]] = {
    "label": (1.0, False),
    "axis_title": (1.0, True),
    "title": (14.0 / 12.0, True),
}
#: Point size of the body text of a chart made for print.
_PRINT_POINTS = 9.0
#: Used when no application (and so no system font) exists yet.
_FALLBACK_POINTS = 9.0


def _system_points() -> float:
    app = QApplication.instance()
    size = QApplication.font().pointSizeF() if app is not None else -1.0
    return size if size > 0 else _FALLBACK_POINTS


def chart_font(role: str, *, for_print: bool, base: QFont | None = None, scale: float = 1.0) -> QFont:
    """The font of one kind of chart text.

    Parameters
    ----------
    role
        ``"label"`` (axis labels, legend), ``"axis_title"`` or ``"title"``.
    for_print
        Use a fixed point size instead of one that follows the system font.
    base
        Font to copy the family and style from (default: the application font).
    scale
        Extra factor on top of the role's own.

    Returns
    -------
    QFont
        A point-sized font.
    """
    if role not in _ROLES:
        raise ValueError(f"unknown chart text role {role!r}; use one of {sorted(_ROLES)}")
    factor, bold = _ROLES[role]
    font = QFont(base) if base is not None else QFont(QApplication.font())
    points = _PRINT_POINTS if for_print else _system_points()
    font.setPointSizeF(points * factor * scale)
    font.setBold(bold)
    return font


def style_axis(axis: QAbstractAxis, *, for_print: bool, base: QFont | None = None) -> None:
    """Give ``axis`` the chart fonts and text colour."""
    axis.setLabelsFont(chart_font("label", for_print=for_print, base=base))
    axis.setTitleFont(chart_font("axis_title", for_print=for_print, base=base))
    axis.setLabelsColor(QColor(TEXT_HEX))
    axis.setTitleBrush(QColor(TEXT_HEX))


def style_legend(legend: QLegend, *, for_print: bool, base: QFont | None = None) -> None:
    """Give ``legend`` the label font and text colour."""
    legend.setFont(chart_font("label", for_print=for_print, base=base))
    legend.setLabelColor(QColor(TEXT_HEX))


def style_title(chart: QChart, *, for_print: bool, base: QFont | None = None, scale: float = 1.0) -> None:
    """Give the title of ``chart`` its font (``scale`` times the usual title size) and colour."""
    chart.setTitleFont(chart_font("title", for_print=for_print, base=base, scale=scale))
    chart.setTitleBrush(QColor(TEXT_HEX))


def style_texts(chart: QChart, axes: tuple[QAbstractAxis, ...], *, for_print: bool, title: bool = True,
                title_scale: float = 1.0) -> None:
    """Style the ``axes``, the legend and (if ``title``) the title of ``chart`` in one go."""
    base = chart.font()
    for axis in axes:
        style_axis(axis, for_print=for_print, base=base)
    style_legend(chart.legend(), for_print=for_print, base=base)
    if title:
        style_title(chart, for_print=for_print, base=base, scale=title_scale)


def new_chart(chart: QChart, name: str, *, for_print: bool = False,
              legend_alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignBottom, legend_tooltips: bool = False) -> None:
    """Set up a freshly made chart the way every Counterweight chart starts.

    No animation, the light theme, square corners, narrow margins and the legend at
    ``legend_alignment``; for print, no background and no drop shadow.

    Parameters
    ----------
    chart
        The chart, usually ``self`` in a ``QChart`` subclass's ``__init__``.
    name
        Its object name (tests and the accessibility tree find it by this).
    for_print
        Drop the background and shadow, for reports.
    legend_alignment
        Side of the chart the legend sits on.
    legend_tooltips
        Show a legend entry's full text as a tooltip (for elided names).
    """
    chart.setObjectName(name)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setTheme(QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundRoundness(0)
    chart.setMargins(QMargins(4, 4, 8, 4))
    chart.legend().setAlignment(legend_alignment)
    if legend_tooltips:
        chart.legend().setShowToolTips(True)
    if for_print:
        chart.setBackgroundVisible(False)
        chart.setDropShadowEnabled(False)


def stacked_bars(chart: QChart, name: str) -> QHorizontalStackedBarSeries:
    """A horizontal stacked bar series called ``name``, added to ``chart`` (bars 70 % of a row)."""
    series = QHorizontalStackedBarSeries()
    series.setObjectName(name)
    series.setBarWidth(0.7)
    chart.addSeries(series)
    return series


def percent_axis(axis: QValueAxis) -> QValueAxis:
    """Make ``axis`` run 0-100 with labels every 20 and a minor tick between them."""
    axis.setRange(0.0, 100.0)
    axis.setTickCount(6)
    axis.setMinorTickCount(1)
    axis.setLabelFormat("%.0f")
    return axis


def category_axis(name: str) -> QBarCategoryAxis:
    """A category axis called ``name`` without grid lines (one row per bar)."""
    axis = QBarCategoryAxis()
    axis.setObjectName(name)
    axis.setGridLineVisible(False)
    return axis


__all__ = [
    "TEXT_HEX",
    "category_axis",
    "chart_font",
    "new_chart",
    "percent_axis",
    "stacked_bars",
    "style_axis",
    "style_legend",
    "style_texts",
    "style_title",
]


def safe_label(text: str) -> str:
    """Text for a Qt Charts label, shown exactly as typed.

    Qt Charts lays labels out as rich text, so a name such as
    ``<img src="file:///etc/passwd">`` would make Qt read that file. Escaping
    ``<``, ``>`` and ``&`` makes Qt show the characters instead.
    """
    return html.escape(text, quote=False)


def safe_labels(texts: list[str]) -> list[str]:
    """:func:`safe_label` for a list of category labels."""
    return [safe_label(t) for t in texts]
