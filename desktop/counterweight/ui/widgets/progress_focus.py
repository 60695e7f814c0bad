"""A non-modal progress window within reach of the keyboard (QA pass 30).

The brief's progress window leaves the main window usable, so it does not take the focus
itself, and its Cancel button was out of reach without a window manager's help.
:func:`reach_by_keyboard` gives it the focus when it appears, unless the user is typing in
a field (the focus then stays there), and gives the focus back to the window it came from
when it closes, so Escape or Space cancels from where the user already is.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid


def typing_in_a_field() -> bool:
    """Whether the keyboard focus is in a field the user types into (an editable line, number or text)."""
    focus = QApplication.focusWidget()
    return isinstance(focus, (QLineEdit, QAbstractSpinBox, QTextEdit, QPlainTextEdit)) and not focus.isReadOnly()


class _Reach(QObject):
    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._came_from: QWidget | None = None
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._dialog and event.type() == QEvent.Type.Show and not typing_in_a_field():
            self._came_from = QApplication.activeWindow()
            QTimer.singleShot(0, self._dialog, self._take_focus)
        elif watched is self._dialog and event.type() == QEvent.Type.Hide and self._came_from is not None:
            back, self._came_from = self._came_from, None
            if isValid(back) and (self._dialog.isActiveWindow() or QApplication.activeWindow() is None):
                back.activateWindow()
        return False

    def _take_focus(self) -> None:
        if self._dialog.isVisible() and not typing_in_a_field():
            self._dialog.activateWindow()
            button = self._dialog.findChild(QPushButton)  # Cancel
            (button or self._dialog).setFocus()


def reach_by_keyboard(dialog: QWidget) -> QWidget:
    """Give ``dialog`` (a non-modal progress window) the focus when it appears, unless the user is typing."""
    _Reach(dialog)
    return dialog


__all__ = ["reach_by_keyboard", "typing_in_a_field"]
