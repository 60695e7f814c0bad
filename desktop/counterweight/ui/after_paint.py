"""Run a piece of work just after a widget has painted (issue 6: start-up and large projects).

Two users: the start-up window hands over to the main window once the main window has
painted, and panels that rebuild for a newly opened project leave the work nobody can
see yet (score columns off screen, weight sliders of rows out of view) until the
project is on screen. A zero-delay timer is not enough for the second: Qt delivers a
window's repaint through its own timer, a frame later, so work queued with a zero
timer runs before the paint, not after it.

Imports only PySide6: the start-up window uses it before anything heavy is loaded.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterPaint(QObject):
    """Event filter on one widget: once armed, calls back once just after its next paint pass.

    A panel keeps one and arms it again for each rebuild; arming anew replaces a
    callback that has not run yet. The object is never deleted by itself (deleting it
    from inside its own timer's call crashed PySide6 6.11), so one-off users create one
    per widget and leave it to the widget.
    """

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], object] | None = None
        self._armed = 0  # counts arm() calls, so a call queued for an earlier one does nothing
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(lambda: self._fire(self._armed))

    def arm(self, callback: Callable[[], object], *, fallback_ms: int | None = None) -> AfterPaint:
        """Call ``callback`` after the next paint, or after ``fallback_ms`` if no paint came first."""
        self._armed += 1
        self._callback = callback
        self._widget.removeEventFilter(self)
        self._widget.installEventFilter(self)
        if fallback_ms is None:  # a widget out of sight never paints: with a fallback, do the work anyway
            self._fallback.stop()
        else:
            self._fallback.start(fallback_ms)
        return self

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            armed = self._armed
            QTimer.singleShot(0, self, lambda: self._fire(armed))  # runs once the whole paint pass is done
        return False

    @property
    def pending(self) -> bool:
        """True while a callback waits (not yet run, not cancelled)."""
        return self._callback is not None

    def _fire(self, armed: int) -> None:
        if armed != self._armed or self._callback is None:
            return
        callback, self._callback = self._callback, None
        self._fallback.stop()
        self._widget.removeEventFilter(self)
        callback()

    def cancel(self) -> None:
        """Never call back (for a wait that has ended anyway)."""
        self._callback = None
        self._fallback.stop()
        self._widget.removeEventFilter(self)


#: Longest wait for the paint of a widget on screen before the work is done anyway.
PAINT_WAIT_MS = 1000


def after_next_paint(widget: QWidget, callback: Callable[[], object], *,
                     fallback_ms: int | None = None) -> AfterPaint:
    """Call ``callback`` once, just after ``widget`` has next finished painting.

    With ``fallback_ms``, call it after that many milliseconds if no paint came first
    (a widget on a hidden tab, or a window not shown yet).
    """
    return AfterPaint(widget).arm(callback, fallback_ms=fallback_ms)


def paint_wait_ms(widget: QWidget) -> int:
    """How long work that changes nothing on screen should wait for ``widget``'s paint.

    A hidden widget (on another tab, or in a window not shown yet) gets no paint, so
    its work runs on the next turn of the event loop; one on screen waits at most
    :data:`PAINT_WAIT_MS`.
    """
    return PAINT_WAIT_MS if widget.isVisible() else 0


__all__ = ["PAINT_WAIT_MS", "AfterPaint", "after_next_paint", "paint_wait_ms"]
