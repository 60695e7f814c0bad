"""The project's path in the status bar, shortened in the middle so status messages keep their room.

A status bar gives its permanent widgets their full width first and the message what is
left. With a deep project folder, a large text size (200 % on a 1,366-pixel screen) or a
narrow window, a plain label holding the path left the message a few words, cut mid-word
("Opened Example - North Korean troo"). :class:`PathLabel` never takes more than
:data:`SHARE` of its status bar and draws the path with "…" in the middle
("/srv/projects/…/Example.counterweight"); its text, tooltip and accessible name stay whole.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar

#: Most of the status bar's width the path may take.
SHARE = 0.45
#: Characters of the path kept however narrow the bar.
MIN_CHARS = 12


class PathLabel(QLabel):
    """A label for ``bar``'s permanent area whose text is elided in the middle to the width it gets."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__(bar)
        self._bar = bar
        self.setSizePolicy(QSizePolicy.Policy.Preferred, self.sizePolicy().verticalPolicy())
        bar.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        """As high as the text, :data:`MIN_CHARS` characters wide (or the text, if shorter)."""
        hint = super().minimumSizeHint()
        least = self.fontMetrics().averageCharWidth() * MIN_CHARS
        return QSize(min(hint.width(), least), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Keep the label within :data:`SHARE` of the status bar as it resizes."""
        if watched is self._bar and event.type() == QEvent.Type.Resize:
            self.setMaximumWidth(max(self.minimumSizeHint().width(), int(self._bar.width() * SHARE)))
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        """Draw the text elided in the middle to the label's width."""
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, rect.width())
        painter = QPainter(self)
        self.style().drawItemText(painter, rect, int(self.alignment()), self.palette(), self.isEnabled(), shown,
                                  self.foregroundRole())

    def shown_text(self) -> str:
        """The text as drawn at the current width (for tests and checks)."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, self.contentsRect().width())


__all__ = ["MIN_CHARS", "SHARE", "PathLabel"]
