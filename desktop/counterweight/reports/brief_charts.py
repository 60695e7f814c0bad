"""The brief's charts, built with Qt Charts and recorded as SVG for printing on any thread.

Qt Charts draws axis, legend and title labels as rich text (a label is laid out by a
``QTextDocument``), so a name such as ``<img src="file:///etc/passwd">`` would make
it read that file. The chart builders in :mod:`counterweight.charts` escape every
name they hand to Qt Charts (``charts.style.safe_label``), for the window and the
brief alike, so Qt shows the characters typed.

Charts are widgets (``QGraphicsWidget``) and must be built and painted in the GUI
thread; :func:`record_charts` does that once and keeps each chart as SVG (vector
shapes, text as text), which :mod:`counterweight.reports.pdf_brief` can then print
from a worker thread with ``QSvgRenderer``.

The brief is written in English whatever the window's language, so its charts are
built and recorded with the application's translators set aside (:func:`in_english`):
a French window used to give French chart titles, axes and legends in an English
brief (QA 25 item 6). The window's own charts keep following the interface language.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCharts import QChart
from PySide6.QtCore import QBuffer, QCoreApplication, QEvent, QIODevice, QObject, QRectF, QSize, QSizeF, QThread, QTranslator
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication
from shiboken6 import delete, isValid

from counterweight.charts import build_contribution_chart, render_chart
from counterweight.charts.acceptability_chart import acceptability_order, build_acceptability_chart
from counterweight.charts.tornado_chart import build_tornado_chart, tornado_items
from counterweight.charts.tradeoff_chart import build_tradeoff_chart
from counterweight.charts.weights_chart import build_weights_chart
from counterweight.domain.errors import CounterweightError
from counterweight.reports.brief_content import Brief
from counterweight.reports.brief_tradeoff import axis_titles, brief_map, point_numbers
from counterweight.reports.html_parts import MAX_CHART_BARS

#: Width of a chart placeholder in CSS pixels (the A4 text column is about 657, US Letter's about 680).
CHART_WIDTH_PX = 640
#: Tallest chart in CSS pixels: fits the text column of a Letter page as well as A4.
MAX_CHART_HEIGHT_PX = 860
#: Shortest contribution chart in CSS pixels: below about 280 px the plot is too short for a
#: vertical axis title ("Top 30 of 45 options") and Qt Charts cuts it ("Top 30 of 4…").
MIN_CONTRIBUTION_HEIGHT_PX = 300
#: Height of the Trade-offs map: a plot about as tall as it is wide, with its axis titles and legend.
TRADEOFF_HEIGHT_PX = 560
#: Height of a one-row legend, already counted in a contribution chart's height.
_ONE_LEGEND_ROW_PX = 32


@dataclass(frozen=True)
class ChartPicture:
    """A chart recorded as SVG (vector drawing commands and text), and its size in CSS pixels (1/96 inch)."""

    svg: bytes
    width: int
    height: int


def ensure_application() -> QApplication:
    """The running ``QApplication``, created for a command-line run (no window is shown).

    On Linux the off-screen platform is used unless ``QT_QPA_PLATFORM`` says
    otherwise: nothing is shown, so no display is needed (SSH, batch jobs, a
    Wayland session without XWayland for the packaged app, which ships only xcb).
    """
    app = QCoreApplication.instance()
    if isinstance(app, QApplication):
        return app
    if app is not None:
        raise CounterweightError("The PDF brief needs a QApplication, but another kind of Qt application is running.")
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QApplication([sys.argv[0] if sys.argv else "counterweight"])


class _HoldLanguageChange(QObject):
    """Event filter that keeps ``LanguageChange`` from the application while translators are set aside."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        return event.type() == QEvent.Type.LanguageChange


@contextmanager
def in_english() -> Iterator[None]:
    """Set the application's installed translators aside, so ``tr()`` gives the English source texts.

    The translators (children of the application, as :mod:`counterweight.ui.i18n` installs them) are
    removed and put back in the same order. The ``LanguageChange`` events that removing and installing
    send are held back, so the window is not retranslated twice and nothing on screen changes.
    Must run in the GUI thread.
    """
    app = QCoreApplication.instance()
    if app is None:
        yield
        return
    hold = _HoldLanguageChange()
    app.installEventFilter(hold)
    removed: list[QTranslator] = []
    try:
        removed = [t for t in app.findChildren(QTranslator) if app.removeTranslator(t)]
        yield
    finally:
        for translator in removed:
            app.installTranslator(translator)
        app.removeEventFilter(hold)


def build_charts(brief: Brief) -> tuple[dict[str, QChart], dict[str, tuple[int, int]]]:
    """The brief's charts and their placeholder sizes in CSS pixels (charts with no data are left out).

    The tornado chart is drawn only for a robust or fragile verdict, not for a tie or
    when no verdict applies (:mod:`counterweight.reports.brief_verdict`).

    Each chart shows at most :data:`MAX_CHART_BARS` options (the best ones) and is
    at most :data:`MAX_CHART_HEIGHT_PX` tall, so it always fits on one page.
    """
    charts: dict[str, QChart] = {}
    sizes: dict[str, tuple[int, int]] = {}
    ev = brief.evaluation
    if ev.additive and len(ev.option_ids) and len(ev.leaf_ids):
        bars = min(len(ev.option_ids), MAX_CHART_BARS)
        contribution = build_contribution_chart(brief.decision, ev, for_print=True, max_bars=MAX_CHART_BARS)
        charts["contribution"] = contribution
        # the legend wraps onto more rows for long group names: room for every row past the first
        extra = max(0, round(contribution.legend_height(CHART_WIDTH_PX)) - _ONE_LEGEND_ROW_PX)
        sizes["contribution"] = (CHART_WIDTH_PX, max(MIN_CONTRIBUTION_HEIGHT_PX, 26 * bars + 170) + extra)
    tmap = brief_map(brief)  # the value map, on the project's stored axes
    if len(tmap.points) > 1:  # one option: a sentence instead (brief_tradeoff.one_point)
        charts["tradeoff"] = build_tradeoff_chart(tmap, point_numbers(tmap), *axis_titles(brief.decision, tmap),
                                                  for_print=True,
                                                  title="Value map of the options (best up and to the right)")
        sizes["tradeoff"] = (CHART_WIDTH_PX, TRADEOFF_HEIGHT_PX)
    # a tie's distances are all "already level" (zero bars) and "not applicable" has none worth drawing:
    # the Sensitivity section says which instead of a chart "of the top option" (QA pass 18)
    judged = brief.flips.verdict in ("robust", "fragile")
    items = tornado_items(brief.decision, brief.flips, brief.sensitivity) if judged else []
    if items:
        tornado = build_tornado_chart(items, brief.flips.threshold, for_print=True)
        charts["tornado"] = tornado
        sizes["tornado"] = (CHART_WIDTH_PX, tornado.preferred_height())
    result = brief.smaa
    if result is not None and result.samples > 0:
        rows = acceptability_order(result.acceptability)[:MAX_CHART_BARS]
        shown = dataclasses.replace(result, option_ids=tuple(result.option_ids[i] for i in rows),
                                    option_names=tuple(result.option_names[i] for i in rows),
                                    acceptability=result.acceptability[rows, :])
        accept = build_acceptability_chart(shown, for_print=True)
        charts["acceptability"] = accept
        sizes["acceptability"] = (CHART_WIDTH_PX, accept.preferred_height())
    sizes = {name: (w, min(h, MAX_CHART_HEIGHT_PX)) for name, (w, h) in sizes.items()}
    return charts, sizes


def record_charts(brief: Brief) -> dict[str, ChartPicture]:
    """Build the brief's charts and record each as SVG (vector drawing commands and text).

    Qt Charts items are widgets, so this must run in the GUI thread; the pictures
    can then be printed from any thread (:func:`write_pdf`, :func:`render_brief`).
    """
    app = ensure_application()
    if QThread.currentThread() is not app.thread():
        raise RuntimeError("record_charts must run in the GUI thread (Qt Charts are widgets)")
    with in_english():  # the brief is English, whatever the window's language
        charts, sizes = build_charts(brief)
        try:
            out = _record(charts, sizes)
        finally:
            discard_charts(charts)
    weights = weights_picture(brief)
    if weights is not None:
        out["weights"] = weights
    return out


def discard_charts(charts: dict[str, QChart]) -> None:
    """Delete ``charts`` here and now (GUI thread): their series first, then each chart.

    QA 27 item 1: a chart left to Python's collector (the print contribution chart and its
    wrapped legend refer to each other, so only the cyclic collector frees them) was
    destroyed in whichever thread the collector next ran in, often the brief's worker while
    it laid the document out. Destroying a chart outside its own thread posts its "series
    removed" notices to the GUI thread, which then handled them for series already freed
    and crashed the program. Deleted here, nothing Qt Charts made is left for the collector.
    """
    for chart in charts.values():
        if isValid(chart):
            chart.removeAllSeries()  # deletes the series, with the chart's presenter told at once
            delete(chart)
    charts.clear()


def weights_picture(brief: Brief) -> ChartPicture | None:
    """The Weights section's chart (:mod:`counterweight.charts.weights_chart`), recorded as SVG.

    As wide as the other charts and as tall as its rows need, at most :data:`MAX_CHART_HEIGHT_PX`
    (names then take one line each, and past that the lightest criteria are left out).
    ``None`` when no criterion is scored.
    """
    chart = build_weights_chart(brief.decision, brief.evaluation)
    if chart is None:
        return None
    height = chart.fit(CHART_WIDTH_PX, MAX_CHART_HEIGHT_PX)
    return _svg(CHART_WIDTH_PX, height, lambda painter: chart.paint(painter, CHART_WIDTH_PX))


def _svg(width: int, height: int, paint: Callable[[QPainter], None]) -> ChartPicture:
    """What ``paint`` draws in ``(0, 0, width, height)``, recorded as SVG at 96 dpi (one unit a CSS pixel)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(96)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    painter = QPainter(generator)
    paint(painter)
    painter.end()
    return ChartPicture(bytes(buffer.data()), width, height)


def _record(charts: dict[str, QChart], sizes: dict[str, tuple[int, int]]) -> dict[str, ChartPicture]:
    out: dict[str, ChartPicture] = {}
    for name, chart in charts.items():
        width, height = sizes[name]
        # lay the chart out at its printed size first: a chart that re-fills itself on a resize (the tornado
        # shows as many rows as fit) then has its final title before painting, not "the 8 most fragile of 8"
        chart.resize(QSizeF(width, height))
        if chart.layout() is not None:
            chart.layout().activate()
        out[name] = _svg(width, height,
                         lambda painter, c=chart, w=width, h=height: render_chart(c, painter, QRectF(0, 0, w, h)))
    return out


__all__ = ["CHART_WIDTH_PX", "MAX_CHART_HEIGHT_PX", "MIN_CONTRIBUTION_HEIGHT_PX", "ChartPicture", "build_charts",
           "discard_charts", "ensure_application", "in_english", "record_charts", "weights_picture"]
