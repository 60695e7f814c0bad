"""The window's status bar: a message too long for its room is cut with "…", whole in the tooltip.

QStatusBar draws its message from the left across the bar without cutting it, so a message
longer than the room left of the permanent widgets ran on under them; the project path
(:class:`~counterweight.ui.widgets.path_label.PathLabel`) paints no background, and the two
texts showed one over the other (h27m). :class:`StatusBar` draws the message itself, cut at
the end to the room Qt gives it (left of the permanent widgets and the size grip), and shows
the whole message as a tooltip over it when cut. :meth:`currentMessage` stays whole.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizeGrip, QStatusBar, QStyle, QStyleOption, QToolTip, QWidget

#: Qt's margins around the message (qstatusbar.cpp): 6 pixels on the left, 12 on the right.
LEFT, RIGHT = 6, 12


class StatusBar(QStatusBar):
    """A status bar whose temporary message never runs under its permanent widgets."""

    def _shown_widgets(self) -> list[QWidget]:
        """The child widgets drawn while a message shows: the permanent ones (Qt hides the others)."""
        return [child for child in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                if child.isVisible() and not child.isWindow()]

    def message_rect(self) -> QRect:
        """The room for the message: the bar less its margins, the permanent widgets and the size grip."""
        left, right = LEFT, self.width() - RIGHT
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for widget in self._shown_widgets():
            if rtl:
                left = max(left, widget.geometry().right() + 1 + LEFT)
            else:
                right = min(right, widget.x() - LEFT)
        return QRect(left, 0, max(0, right - left), self.height())

    def shown_message(self) -> str:
        """The message as drawn: whole if it fits its room, else cut with "…" at the end."""
        return self.fontMetrics().elidedText(self.currentMessage(), Qt.TextElideMode.ElideRight,
                                             self.message_rect().width())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        """QStatusBar's own drawing, with the message cut to its room."""
        if not self.currentMessage():
            super().paintEvent(event)
            return
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        for widget in self._shown_widgets():
            if isinstance(widget, QSizeGrip):
                continue
            frame = QStyleOption()
            frame.rect = widget.geometry().adjusted(-2, -1, 2, 1)
            frame.palette = self.palette()
            frame.state = QStyle.StateFlag.State_None
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameStatusBarItem, frame, painter, widget)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(self.message_rect(), Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter
                         | Qt.TextFlag.TextSingleLine, self.shown_message())

    def event(self, event: QEvent) -> bool:
        """Over a cut message, its tooltip is the whole message."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            message = self.currentMessage()
            if message and self.shown_message() != message and self.message_rect().contains(event.pos()):
                QToolTip.showText(event.globalPos(), message, self)
                return True
        return super().event(event)


__all__ = ["StatusBar"]
