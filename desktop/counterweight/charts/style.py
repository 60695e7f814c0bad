"""Shared looks of every chart: fonts, text colour, axes, legend, margins and print mode.

Text sizes follow the system font: each role is a multiple of
``QApplication.font().pointSizeF()``, so a user who enlarges the desktop font gets
larger chart text too. Charts made for reports (``for_print=True``) use fixed point
sizes instead, so a printed page looks the same on every workstation. The factors
are chosen so that the usual 9 pt desktop font gives the sizes the charts were
designed with (12 px labels at 96 dpi).

Colours follow the application palette on screen: on a dark palette the chart takes
the palette's field colour as background, light text and softer grid lines
(:func:`apply_colours`; :func:`restyle_chart_views` re-applies them when the palette
changes). Charts made for print always keep the light look, and
:func:`print_colours` lends an on-screen chart that look while it is exported.

Every Qt Charts call of the application lives in this package.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCharts import (
    QAbstractAxis,
    QBarCategoryAxis,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLegend,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

from counterweight.charts.palette import (
    MIN_MARK_CONTRAST,
    ensure_contrast,
    is_dark_palette,
    line_colour,
    line_dashes,
    mix,
)

#: Colour of every piece of chart text on a light background (and in print).
TEXT_HEX = "#202020"
#: Neutral lines drawn over the data (the zero line, the current weight) on light and dark backgrounds.
INK_HEX = "#404040"
DARK_INK_HEX = "#C8C8C8"

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


def screen_is_dark() -> bool:
    """Whether the application palette is a dark one (``False`` without an application)."""
    return QApplication.instance() is not None and is_dark_palette(QApplication.palette())


def _dark(for_print: bool) -> bool:
    return not for_print and screen_is_dark()


def chart_colours(dark: bool) -> dict[str, QColor]:
    """Background, text, grid, axis line and ink colours of a chart on a light or dark screen.

    The dark set is taken from the application palette (its field colour, and its
    text colour checked to 4.5:1 against it); the light set is fixed.
    """
    if not dark:
        return {"background": QColor("#FFFFFF"), "text": QColor(TEXT_HEX), "grid": QColor("#E2E2E2"),
                "line": QColor("#D6D6D6"), "ink": QColor(INK_HEX)}
    palette = QApplication.palette()
    back = palette.color(QPalette.ColorRole.Base)
    text = ensure_contrast(palette.color(QPalette.ColorRole.Text), [back])
    return {"background": back, "text": text, "grid": mix(back, text, 0.22), "line": mix(back, text, 0.4),
            "ink": QColor(DARK_INK_HEX)}


def series_mark_colour(index: int, *, dark: bool) -> QColor:
    """Colour of the ``index``-th option's line or marks on a dark or light chart (h26k).

    A light chart (screen, print, an exported file) takes the deeper
    :data:`~counterweight.charts.palette.LIGHT_SERIES_COLOURS`, each 3:1 on white already; a dark one
    the bright Okabe-Ito colour, lifted to :data:`~counterweight.charts.palette.MIN_MARK_CONTRAST`
    against the palette's field colour if need be.
    """
    colour = line_colour(index, dark=dark)
    if not dark or QApplication.instance() is None:
        return colour
    return ensure_contrast(colour, [chart_colours(True)["background"]], MIN_MARK_CONTRAST)


def series_pen(colour: QColor, width: float, index: int) -> QPen:
    """A pen of ``colour`` and ``width`` with the ``index``-th line's dash pattern
    (:func:`~counterweight.charts.palette.line_dashes`), so the lines part in greyscale too."""
    pen = QPen(colour, width)
    dashes = line_dashes(index)
    if dashes:
        pen.setDashPattern(list(dashes))
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # round or square caps would eat the gaps
    return pen


def style_axis(axis: QAbstractAxis, *, for_print: bool, base: QFont | None = None) -> None:
    """Give ``axis`` the chart fonts and text colour."""
    axis.setLabelsFont(chart_font("label", for_print=for_print, base=base))
    axis.setTitleFont(chart_font("axis_title", for_print=for_print, base=base))
    dark = _dark(for_print)
    _colour_axis(axis, chart_colours(dark), lines=dark)


def _colour_axis(axis: QAbstractAxis, colours: dict[str, QColor], *, lines: bool) -> None:
    """Text colours always; grid and axis lines only when ``lines`` (the light theme's own are kept otherwise)."""
    axis.setLabelsColor(colours["text"])
    axis.setTitleBrush(colours["text"])
    if lines:
        axis.setGridLineColor(colours["grid"])
        axis.setMinorGridLineColor(colours["grid"])
        axis.setLinePenColor(colours["line"])


def style_legend(legend: QLegend, *, for_print: bool, base: QFont | None = None) -> None:
    """Give ``legend`` the label font and text colour."""
    legend.setFont(chart_font("label", for_print=for_print, base=base))
    legend.setLabelColor(chart_colours(_dark(for_print))["text"])


def style_title(chart: QChart, *, for_print: bool, base: QFont | None = None, scale: float = 1.0) -> None:
    """Give the title of ``chart`` its font (``scale`` times the usual title size) and colour."""
    chart.setTitleFont(chart_font("title", for_print=for_print, base=base, scale=scale))
    chart.setTitleBrush(chart_colours(_dark(for_print))["text"])


#: The window's locale and its way of writing a number's text ("0,5" in a French window): set by
#: :func:`follow_window_numbers` (h27b). Charts for print (the brief) keep the dot.
window_locale: Callable[[], QLocale] | None = None
window_number: Callable[[str], str] = str


def follow_window_numbers(locale: Callable[[], QLocale], number: Callable[[str], str]) -> None:
    """Make the window's charts write numbers by the window's rule: ``locale`` for axis ticks, ``number`` for texts.

    The charts layer does not know the window's language; :mod:`counterweight.ui.numbers`, which holds the rule,
    hands it over here when it is imported (the rule itself looks the language up each time).
    """
    global window_locale, window_number
    window_locale, window_number = locale, number


def chart_number(chart: QChart, text: str) -> str:
    """``text``, a number written the English way, as ``chart`` shows it: the window's way unless for print."""
    return text if is_print_chart(chart) else window_number(text)


def is_print_chart(chart: QChart) -> bool:
    """Whether ``chart`` was made for print (it then never follows the screen palette)."""
    return bool(getattr(chart, "for_print", False) or chart.property("counterweightForPrint"))


def apply_colours(chart: QChart, dark: bool, *, series: bool = True) -> None:
    """Colour ``chart``'s background, texts, axes and neutral lines for a light or dark screen.

    Series colours are left alone, except line series drawn in the neutral ink
    (:data:`INK_HEX` or its dark twin), which swap to the ink that shows on the new
    background, and those of a chart with a ``recolour_series(dark)`` method, which is called
    unless ``series`` is false (:func:`new_chart`: the chart's series do not exist yet, and
    each such chart colours its series for the screen when it fills them).
    """
    colours = chart_colours(dark)
    chart.setBackgroundBrush(QBrush(colours["background"]))
    chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
    chart.setTitleBrush(colours["text"])
    chart.legend().setLabelColor(colours["text"])
    for axis in chart.axes():
        _colour_axis(axis, colours, lines=True)
    inks = {QColor(INK_HEX).rgb(), QColor(DARK_INK_HEX).rgb()}
    for series in chart.series():
        if isinstance(series, QLineSeries) and series.pen().color().rgb() in inks:
            pen = series.pen()
            pen.setColor(colours["ink"])
            series.setPen(pen)
    recolour = getattr(chart, "recolour_series", None)  # charts whose series colours depend on the background
    if series and callable(recolour):
        recolour(dark)


def restyle(chart: QChart) -> None:
    """Re-colour an on-screen chart for the current palette (charts for print are left as they are)."""
    if not is_print_chart(chart):
        apply_colours(chart, screen_is_dark())


def restyle_chart_views(widgets: Iterable[QWidget]) -> int:
    """Re-colour the chart of every chart view among ``widgets``; returns how many were re-coloured."""
    count = 0
    for w in widgets:
        if isinstance(w, QChartView) and w.chart() is not None and not is_print_chart(w.chart()):
            restyle(w.chart())
            count += 1
    return count


@contextmanager
def print_colours(chart: QChart) -> Iterator[QChart]:
    """Lend an on-screen chart the light print colours while it is painted into a file."""
    dark = not is_print_chart(chart) and screen_is_dark()
    if dark:
        apply_colours(chart, False)
    try:
        yield chart
    finally:
        if dark:
            apply_colours(chart, True)


def style_texts(chart: QChart, axes: tuple[QAbstractAxis, ...], *, for_print: bool, title: bool = True,
                title_scale: float = 1.0) -> None:
    """Style the ``axes``, the legend and (if ``title``) the title of ``chart`` in one go."""
    base = chart.font()
    for axis in axes:
        style_axis(axis, for_print=for_print, base=base)
    style_legend(chart.legend(), for_print=for_print, base=base)
    if title:
        style_title(chart, for_print=for_print, base=base, scale=title_scale)
    if _dark(for_print):  # series added since new_chart() get the dark ink too
        apply_colours(chart, True)


def new_chart(chart: QChart, name: str, *, for_print: bool = False,
              legend_alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignBottom, legend_tooltips: bool = False) -> None:
    """Set up a freshly made chart the way every Counterweight chart starts.

    No animation, the light theme (re-coloured for a dark screen palette), square
    corners, narrow margins and the legend at ``legend_alignment``; for print, no
    background and no drop shadow.

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
    chart.setProperty("counterweightForPrint", for_print)
    locale = window_locale() if window_locale is not None and not for_print else None
    if locale is not None and locale.decimalPoint() != ".":  # axis ticks "0,5" in a French window; English as before
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)  # "1000", as the English ticks read
        chart.setLocale(locale)
        chart.setLocalizeNumbers(True)
    if for_print:
        chart.setBackgroundVisible(False)
        chart.setDropShadowEnabled(False)
    elif screen_is_dark():  # a dark desktop at start: the chart is dark from the first paint
        apply_colours(chart, True, series=False)


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
    "DARK_INK_HEX",
    "INK_HEX",
    "TEXT_HEX",
    "apply_colours",
    "category_axis",
    "chart_colours",
    "chart_font",
    "is_print_chart",
    "new_chart",
    "percent_axis",
    "print_colours",
    "restyle",
    "restyle_chart_views",
    "screen_is_dark",
    "series_mark_colour",
    "series_pen",
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
