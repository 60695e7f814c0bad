"""Shift+F10 opens the context menu of the widget with the keyboard focus.

Qt turns Shift+F10 into a context-menu request only on Windows, so elsewhere a keyboard
user without a Menu key could not reach any context menu (QA pass 18). :func:`install`
gives every window the keyboard focus enters one Shift+F10 shortcut (``WindowShortcut``,
so a modal dialog gets its own and no two ever compete), through
:mod:`~counterweight.ui.window_keys`, as F1 is given. The
shortcut sends the focus widget the keyboard context-menu event the Menu key sends, at
the current item of an item view (else at the text cursor), so it opens the same menu.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QContextMenuEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QApplication, QWidget

from counterweight.ui.window_keys import window_keys

#: The key that asks for the context menu.
SEQUENCE = QKeySequence(Qt.Modifier.SHIFT | Qt.Key.Key_F10)
#: Object name of the shortcut each window gets.
SHORTCUT_NAME = "contextMenuShortcut"


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


def add_to(window: QWidget) -> QShortcut:
    """Give ``window`` its Shift+F10 shortcut (:mod:`~counterweight.ui.window_keys` calls it once per window)."""
    shortcut = QShortcut(SEQUENCE, window)
    shortcut.setObjectName(SHORTCUT_NAME)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(open_context_menu)
    return shortcut


def install(app: QApplication) -> bool:
    """Give every window the focus enters its Shift+F10; returns whether it did (not on Windows, where Qt does it)."""
    if sys.platform == "win32":
        return False
    keys = window_keys(app)
    if keys is None:
        return False
    keys.give("contextMenu", add_to)
    return True


__all__ = ["SEQUENCE", "add_to", "install", "menu_point", "open_context_menu"]
