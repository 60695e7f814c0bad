"""Give every window the keyboard focus enters a key of the application's, once.

Qt's window shortcuts belong to one window, so a key meant to work everywhere (F1 for the
guide, Shift+F10 for context menus) must be given to each dialog as well. :class:`WindowKeys`
follows the application's ``focusChanged`` signal (no event filter, so no event pays for it)
and, the first time the focus enters a window, calls each registered giver with it. Menus,
tooltips and other pop-ups are passed over: they close on a key press and hold no shortcuts.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

#: A function that gives a window its key; called once per window.
Giver = Callable[[QWidget], None]
_POPUPS = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


class WindowKeys(QObject):
    """The application's one follower of the focus; see the module notes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._givers: dict[str, Giver] = {}
        app.focusChanged.connect(self._on_focus_changed)

    def give(self, name: str, giver: Giver, owner: QObject | None = None) -> None:
        """Call ``giver`` for every window the focus enters from now on (and the active one now).

        ``name`` marks the windows already served, so registering the same name again
        replaces the giver without serving a window twice. The giver is dropped when
        ``owner`` (the object whose method it is) is destroyed, unless replaced before.
        """
        self._givers[name] = giver
        if owner is not None:
            owner.destroyed.connect(lambda *_args: self._forget(name, giver))
        app = QApplication.instance()
        active = app.activeWindow() if isinstance(app, QApplication) else None
        if active is not None:  # focus that arrived before this giver
            self._serve(active, name, giver)

    def _forget(self, name: str, giver: Giver) -> None:
        if self._givers.get(name) is giver:
            del self._givers[name]

    def _on_focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if now is None:
            return
        window = now.window()
        for name, giver in list(self._givers.items()):
            self._serve(window, name, giver)

    @staticmethod
    def _serve(window: QWidget, name: str, giver: Giver) -> None:
        mark = f"windowKey_{name}"
        if window.property(mark) or window.windowType() in _POPUPS:
            return
        window.setProperty(mark, True)
        giver(window)


def window_keys(app: QApplication | None = None) -> WindowKeys | None:
    """The application's :class:`WindowKeys`, made on first use (``None`` without an application)."""
    app = app if app is not None else QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    existing = app.findChild(WindowKeys)
    return existing if existing is not None else WindowKeys(app)


__all__ = ["Giver", "WindowKeys", "window_keys"]
