"""A row of boxes that stacks them in a column when the row is too narrow for them.

The analysis column on a 1,366-pixel screen is about 370 pixels wide; three list boxes
side by side need more than that, and a fixed row then forced the whole column to
scroll sideways. :class:`ReflowRow` asks only for the width of its widest box, lays
the boxes out side by side when they fit, and one above the other when they do not.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QWidget


class ReflowRow(QWidget):
    """Holds widgets in a row, or in a column while its width is below what the row needs."""

    def __init__(self, parent: QWidget | None = None, *, natural: bool = False) -> None:
        """``natural``: side by side only when every widget has its preferred width (QA 29: eliding buttons)."""
        super().__init__(parent)
        self._natural = natural
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)

    def add(self, widget: QWidget) -> None:
        """Append ``widget`` to the row."""
        self._box.addWidget(widget)
        self._refit()

    def _widgets(self) -> list[QWidget]:
        items = (self._box.itemAt(i) for i in range(self._box.count()))
        return [w for w in (item.widget() for item in items) if w is not None and not w.isHidden()]

    def row_width(self) -> int:
        """The width the boxes need side by side."""
        widgets = self._widgets()
        spacing = max(0, self._box.spacing()) * max(0, len(widgets) - 1)
        return sum((w.sizeHint() if self._natural else w.minimumSizeHint()).width() for w in widgets) + spacing

    def is_row(self) -> bool:
        """Whether the boxes are side by side now."""
        return self._box.direction() == QBoxLayout.Direction.LeftToRight

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        widest = max((w.minimumSizeHint().width() for w in self._widgets()), default=0)
        return QSize(widest, self._box.minimumSize().height())

    def _refit(self) -> None:
        direction = (QBoxLayout.Direction.LeftToRight if self.width() >= self.row_width()
                     else QBoxLayout.Direction.TopToBottom)
        if direction != self._box.direction():
            self._box.setDirection(direction)
        # the layout would otherwise make its own (row) minimum the widget's minimum
        self.setMinimumSize(self.minimumSizeHint())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._refit()


__all__ = ["ReflowRow"]
