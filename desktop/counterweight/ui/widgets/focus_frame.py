"""A visible frame round a widget while it has the keyboard focus (QA pass 30).

Qt draws no focus mark on a chart view, a read-only text view or a selectable label (a
one-pixel caret at most), so a keyboard user could not tell where Tab had gone.
:func:`show_focus` draws a frame in the palette's highlight colour inside the widget (inside
its viewport for a scrolling view) while the widget has the focus, after the widget's own
painting, so the widget's pictures are unchanged (a label gets a margin of the frame's width).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QWidget
from shiboken6 import isValid

#: Width of the frame in pixels.
FRAME_WIDTH = 2
#: The events the filter acts on; every other one passes at once.
_WATCHED = frozenset({QEvent.Type.FocusIn, QEvent.Type.FocusOut, QEvent.Type.Paint})


class _FocusFrame(QObject):
    """Event filter on the widget (focus changes) and on what it paints on (its viewport, if any)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._surface = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
        widget.installEventFilter(self)
        if self._surface is not widget:
            self._surface.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        kind = event.type()
        if kind not in _WATCHED or not (isValid(self._widget) and isValid(self._surface)):
            return False  # not ours (a mouse move, say), or a view being destroyed: its viewport goes first
        if watched is self._widget and kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self._surface.update()
        elif watched is self._surface and kind == QEvent.Type.Paint and self._widget.hasFocus():
            # let the widget paint first (event() bypasses the filters), then draw the frame on top
            if self._surface is self._widget:
                self._widget.event(event)
            else:
                self._widget.viewportEvent(event)
            painter = QPainter(self._surface)
            pen = QPen(self._widget.palette().color(QPalette.ColorRole.Highlight), FRAME_WIDTH)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            half = FRAME_WIDTH // 2
            painter.drawRect(self._surface.rect().adjusted(half, half, -half, -half))
            painter.end()
            return True
        return False


def show_focus(widget: QWidget) -> QWidget:
    """Frame ``widget`` while it has the keyboard focus; returns ``widget``."""
    if widget.property("focusFrameShown"):
        return widget
    widget.setProperty("focusFrameShown", True)
    if isinstance(widget, QLabel):  # room for the frame, so it does not cross the text
        widget.setMargin(max(widget.margin(), FRAME_WIDTH + 1))
    _FocusFrame(widget)
    return widget


__all__ = ["FRAME_WIDTH", "show_focus"]
