"""Shift+F10 opens the context menu of the widget with the keyboard focus.

Qt turns Shift+F10 into a context-menu request only on Windows, so elsewhere a keyboard
user without a Menu key could not reach any context menu (QA pass 18). :func:`install`
gives every window the keyboard focus enters one Shift+F10 shortcut (``WindowShortcut``,
so a modal dialog gets its own and no two ever compete). It follows the application's
``focusChanged`` signal rather than filtering events, so no event pays for it. The
shortcut sends the focus widget the keyboard context-menu event the Menu key sends, at
the current item of an item view (else at the text cursor), so it opens the same menu.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QContextMenuEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QApplication, QWidget

#: The key that asks for the context menu.
SEQUENCE = QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F10)
#: Object name of the shortcut each window gets.
SHORTCUT_NAME = "contextMenuShortcut"
_PROPERTY = "contextMenuKey"


def menu_point(widget: QWidget) -> tuple[QPoint, QPoint]:
    """Where a keyboard context menu of ``widget`` opens: ``(pos, global pos)``.

    In an item view, the middle of the current item (or the view's top left when no item
    is current or it is scrolled out of sight), in the viewport's coordinates as a mouse
    click's would be; elsewhere the text cursor, or the widget's middle, as for the Menu key.
    """
    if isinstance(widget, QAbstractItemView):
        viewport = widget.viewport()
        rect = widget.visualRect(widget.currentIndex()).intersected(viewport.rect())
        pos = rect.center() if rect.isValid() and not rect.isEmpty() else QPoint(4, 4)
        return pos, viewport.mapToGlobal(pos)
    area = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget  # text edits: viewport
    cursor = widget.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle)
    if isinstance(cursor, QRectF):
        cursor = cursor.toRect()
    pos = cursor.center() if isinstance(cursor, QRect) and cursor.isValid() else area.rect().center()
    if not area.rect().contains(pos):
        pos = area.rect().center()
    return pos, area.mapToGlobal(pos)


def open_context_menu(widget: QWidget | None = None) -> bool:
    """Ask ``widget`` (by default the focus widget) for its context menu, as the Menu key does.

    Returns whether the request was sent (not while a menu is already open).
    """
    widget = widget if widget is not None else QApplication.focusWidget()
    if widget is None or not widget.isEnabled() or QApplication.activePopupWidget() is not None:
        return False
    pos, global_pos = menu_point(widget)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, pos, global_pos, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)  # unanswered, it goes on to the parents, as Qt's own does
    return True


class ContextMenuKey(QObject):
    """Gives each window the keyboard focus enters its Shift+F10 shortcut (see the module notes)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is not None:
            self.add_to(now.window())

    @staticmethod
    def add_to(window: QWidget) -> QShortcut | None:
        """Give ``window`` its Shift+F10 shortcut, once (menus and other pop-ups get none)."""
        if window.property(_PROPERTY) or window.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip):
            return None
        shortcut = QShortcut(SEQUENCE, window)
        shortcut.setObjectName(SHORTCUT_NAME)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(open_context_menu)
        window.setProperty(_PROPERTY, True)
        return shortcut


def install(app: QApplication) -> ContextMenuKey | None:
    """Install once on ``app``; returns it (kept alive by the application). Not on Windows, where Qt does it."""
    if sys.platform == "win32":
        return None
    existing = app.findChild(ContextMenuKey)
    if existing is not None:
        return existing
    key = ContextMenuKey(app)
    active = app.activeWindow()
    if active is not None:  # focus that arrived before the install
        key.add_to(active)
    return key


__all__ = ["SEQUENCE", "ContextMenuKey", "install", "menu_point", "open_context_menu"]
