"""A frameless scroll area around a panel, so a small screen never cuts a panel off.

Without it, each panel's minimum size adds up through the splitters and tabs into the
main window's minimum size (1,096 x 823 pixels with the example, more with the
history dock open), so on a 1,366 x 768 laptop screen the bottom of the window was
off screen. In a scroll area a panel keeps its own minimum size and scrolls
instead when the window is smaller. The area takes no keyboard focus of its own
(it would be an extra Tab stop) and passes focus to the panel; Qt scrolls a focused
child into view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scroll_area(panel: QWidget, parent: QWidget | None = None) -> QScrollArea:
    """``panel`` inside a frameless scroll area that resizes it to the area when it fits."""
    area = QScrollArea(parent)
    area.setObjectName(f"{panel.objectName() or 'panel'}Scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(panel)
    area.setFocusProxy(panel)
    return area


def inner(widget: QWidget | None) -> QWidget | None:
    """The panel inside ``widget`` when it is a scroll area, else ``widget`` itself."""
    return widget.widget() if isinstance(widget, QScrollArea) else widget


__all__ = ["inner", "scroll_area"]
