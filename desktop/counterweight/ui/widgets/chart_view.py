"""The one way the window makes a view for a Qt chart: named, described, antialiased.

:func:`keep_chart_room` shows a chart that knows the height its texts need (its rows, its
wrapped titles and legend at the current text size) and keeps the view at least that tall,
so a page that is too short scrolls instead of squeezing the chart. A caption or legend
under the chart is a :class:`WrappedLabel`, which keeps the height of its lines: a splitter
(which reads minimum heights only) would otherwise give it one line, under a chart that no
longer leaves any height spare.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from counterweight.ui.widgets.focus_frame import show_focus


def chart_view(parent: QWidget, name: str, accessible: str, description: str) -> QChartView:
    """A chart view that grows with its pane, reached by Tab (its context menu saves it) with a visible focus frame."""
    view = QChartView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setAccessibleDescription(description)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # QA 30: as chart_saving gives it, from the start
    show_focus(view)  # QA 30: the focus was invisible on a chart
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return view


def keep_chart_room(view: QChartView, chart: QChart, need: Callable[[], int], floor: int,
                    width: Callable[[], int] | None = None) -> Callable[[], None]:
    """Show ``chart`` in ``view`` and keep the view at least ``need()`` pixels of chart tall (never under ``floor``)
    and, given ``width``, at least ``width()`` pixels of chart wide.

    The size is set now, whenever the chart emits ``sizeNeedChanged`` (queued: a chart says so
    in the middle of its layout) and whenever the returned function is called (after new data).
    """
    view.setChart(chart)

    def fit() -> None:
        frame = 2 * view.frameWidth()
        view.setMinimumHeight(max(floor, need() + frame))
        if width is not None:
            view.setMinimumWidth(width() + frame)

    chart.sizeNeedChanged.connect(fit, Qt.ConnectionType.QueuedConnection)
    fit()
    return fit


class WrappedLabel(QLabel):
    """A word-wrapped label whose minimum height is that of its lines at its width (rich text too)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self._keep_lines()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._keep_lines()

    def _keep_lines(self) -> None:
        if self.width() <= 1:
            return  # not laid out yet: measured once it has a width
        self.setMinimumHeight(0)  # a label never measures shorter than its minimum
        self.setMinimumHeight(self.heightForWidth(self.width()) if self.text() else 0)
