"""The one way the window makes a view for a Qt chart: named, described, antialiased."""

from __future__ import annotations

from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget


def chart_view(parent: QWidget, name: str, accessible: str, description: str) -> QChartView:
    """A chart view that takes no focus (its numbers are in a table beside it) and grows with its pane."""
    view = QChartView(parent)
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setAccessibleDescription(description)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return view
