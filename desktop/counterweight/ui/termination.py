"""A clean end when the system asks the window to stop (SIGTERM at logout or shutdown, ``kill <pid>``).

QA pass 24: a plain ``kill`` ended the process at once, so the ``-wal``, ``-shm`` and
``.lock`` files stayed beside the project and the backup made on close was skipped.
:class:`QuitOnSignal` turns SIGTERM (and SIGHUP, sent when the terminal or the session
that started the window goes away) into File > Quit: typed changes are applied, the
window closes, and :func:`counterweight.ui.app.run_gui` closes the project as on any
exit, which makes the close backup.

Python runs a signal handler only when the interpreter next gets control, and Qt's event
loop waits in C++; so, in the usual Qt pattern, :func:`signal.set_wakeup_fd` writes a
byte to one end of a socket pair the moment a signal arrives, and a
:class:`~PySide6.QtCore.QSocketNotifier` on the other end wakes the loop, which lets
Python run the handler. The handler only records the request; the quit itself runs
from the event loop. A second signal (the first quit was refused, say a question is
waiting for an answer) ends the event loop without asking; the project is still closed
properly. Signals that were set to be ignored (``nohup``) are left alone, and nothing is
installed outside POSIX systems or off the main thread.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import threading
from collections.abc import Callable
from types import FrameType

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


def _signals() -> list[signal.Signals]:
    return [s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if s is not None]


class QuitOnSignal(QObject):
    """Quit as File > Quit does when SIGTERM or SIGHUP arrives.

    Parameters
    ----------
    quit
        What File > Quit runs (its action's ``trigger``).
    closed
        Whether the main window is closed (after ``quit``, the event loop is then ended
        too, in case another top-level window would keep it running).

    Attributes
    ----------
    requests : int
        How many of these signals arrived since :meth:`install`.
    """

    def __init__(self, quit: Callable[[], object], closed: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._quit = quit
        self._closed = closed
        self.requests = 0
        self._previous: dict[signal.Signals, object] = {}
        self._previous_fd = -1
        self._sockets: tuple[socket.socket, socket.socket] | None = None
        self._notifier: QSocketNotifier | None = None
        self._boxes: QTimer | None = None  # closes start-up boxes once asked to stop (see _end_boxes)

    @property
    def installed(self) -> bool:
        return self._sockets is not None

    def install(self) -> bool:
        """Catch the signals; returns whether anything was installed (see the module's notes)."""
        if self.installed or os.name != "posix" or threading.current_thread() is not threading.main_thread():
            return False
        wanted = [s for s in _signals() if signal.getsignal(s) == signal.SIG_DFL]
        if not wanted:
            return False
        read_end, write_end = socket.socketpair()
        for end in (read_end, write_end):
            end.setblocking(False)
        self._sockets = (read_end, write_end)
        self._previous_fd = signal.set_wakeup_fd(write_end.fileno(), warn_on_full_buffer=False)
        self._notifier = QSocketNotifier(read_end.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        for sig in wanted:
            self._previous[sig] = signal.signal(sig, self._handle)
        return True

    def uninstall(self) -> None:
        """Put back what was there before :meth:`install` (safe to call twice)."""
        for sig, handler in self._previous.items():
            with contextlib.suppress(ValueError, TypeError, OSError):
                signal.signal(sig, handler)  # type: ignore[arg-type]
        self._previous.clear()
        if self._boxes is not None:
            self._boxes.stop()
        if self._sockets is None:
            return
        with contextlib.suppress(ValueError):
            signal.set_wakeup_fd(self._previous_fd)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        for end in self._sockets:
            end.close()
        self._sockets = None

    def _drain(self) -> None:
        """Empty the wake-up socket; Python has already run the handler by the time this slot runs."""
        if self._sockets is None:
            return
        with contextlib.suppress(BlockingIOError, InterruptedError, OSError):
            while self._sockets[0].recv(64):
                pass

    def _handle(self, signum: int, _frame: FrameType | None) -> None:
        self.requests += 1
        log.warning("Asked to stop (signal %d): closing as File > Quit does", signum)
        QTimer.singleShot(0, self, self._act)  # from the event loop, not from whatever code was running

    def _act(self) -> None:
        if self.requests > 1:
            log.warning("Asked to stop again: ending without waiting for the window")
            self._end_boxes()
            QCoreApplication.quit()
            return
        self._quit()
        if self._closed():
            self._end_boxes()
            QCoreApplication.quit()
        else:
            log.warning("The window did not close (a question is waiting, or typed changes could not be "
                        "applied); a second signal ends it anyway")

    def _end_boxes(self) -> None:
        """Close the message box the start-up is waiting on, and any shown after it (QA 28).

        Before the window is shown, a box (say "Could not open…") runs its own event loop,
        which ``quit()`` does not end: the app said it was closing and went on waiting.
        Rejecting the box lets the start-up go on, and :func:`counterweight.ui.app.run_gui`
        then ends as it does for any signal that came while starting; a box shown later
        in that start-up (a second failure) is closed the same way.
        """
        box = QApplication.activeModalWidget() if isinstance(QCoreApplication.instance(), QApplication) else None
        if box is not None:
            log.warning("Closing the box %r so that Counterweight can end", box.windowTitle())
            box.reject()
        if self._boxes is None:
            self._boxes = QTimer(self)
            self._boxes.setInterval(100)
            self._boxes.timeout.connect(self._end_boxes)
            self._boxes.start()


__all__ = ["QuitOnSignal"]
