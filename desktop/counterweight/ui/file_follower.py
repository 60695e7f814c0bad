"""A project open read-only because another window has it follows what that window saves (h27e).

While the other window holds the project, this window polls the file's change counter
(:meth:`counterweight.storage.store.ProjectStore.data_version`: one cheap look, every
:data:`POLL_MS`). When it moved, the decision is read again on a worker thread (about
0.7 s for 1,000 options x 60 criteria, which would freeze the window if read here), then
shown as an edit is shown: the panels keep their selection, scroll position, tab and
analyst view. A file that cannot be read leaves the last state read on show, and says so.
Once the other window has closed the project, the read-only banner offers to open it
here for editing (the same as File > Open Recent). A window read-only for another reason
(a read-only file, ``--read-only``) does not poll. An older file, upgraded in a copy in
memory, is followed the same way: its counter is the file's, and each read copies and
upgrades the file again (h28d, :mod:`counterweight.storage.upgraded_copy`).
"""

from __future__ import annotations

import logging
import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from counterweight.bulk import gc_paused
from counterweight.domain.errors import CounterweightError
from counterweight.services.session import ProjectSession
from counterweight.ui.engine_text import engine_text
from counterweight.ui.workers import Worker

if TYPE_CHECKING:
    from counterweight.ui.main_window import MainWindow

log = logging.getLogger(__name__)

#: How often a read-only window looks whether the other window saved, in milliseconds.
POLL_MS = 1500


class FileFollower(QObject):
    """Polls while the project is read-only because another window has it; a child of the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("fileFollower")
        self._window = window
        self._session: ProjectSession | None = None  # the session followed
        self._version: int | None = None  # the file's change counter when last read
        self._reading: Worker | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.look)
        window.controller.sessionReplaced.connect(self._on_session_replaced)
        window.banners.open_for_editing_button.clicked.connect(self._open_for_editing)
        self._on_session_replaced()

    def _on_session_replaced(self) -> None:
        controller = self._window.controller
        session = controller.session if controller.has_session else None
        follows = (session is not None and not self._window.file_actions.force_read_only
                   and session.other_window_has_it)
        self._session, self._version = (session, self._read_version(session)) if follows else (None, None)
        if self._session is not None:
            self.timer.start()
        else:
            self.timer.stop()

    @staticmethod
    def _read_version(session: ProjectSession) -> int | None:
        try:
            return session.file_version()
        except (CounterweightError, sqlite3.Error) as exc:
            log.info("Cannot tell whether the project file changed: %s", exc)
            return None

    def look(self) -> None:
        """Read the project again if the other window saved since the last read (the timer's tick)."""
        session = self._session
        if session is not self._current():  # the project was closed
            self.timer.stop()
            return
        if session is None or self._reading is not None:
            return
        version = self._read_version(session)
        if version is not None and version != self._version:
            self._version = version  # a save during the read moves it again: read again at the next look
            self._read(session)
        self._window.banners.say_other_window_closed(not session.other_window_has_it)

    def _current(self) -> ProjectSession | None:
        controller = self._window.controller
        return controller.session if controller.has_session else None

    def _read(self, session: ProjectSession) -> None:
        def read(_progress: object, _cancelled: object) -> object:
            try:
                return session.read_file_again()
            except CounterweightError as exc:  # given back whole: its message without the file's path
                return exc

        worker = Worker(read, description=self.tr("reading the project again"), parent=self)
        worker.finished.connect(lambda result: self._show(session, result))
        worker.failed.connect(lambda message: self._say_unreadable(session, message))  # a bug: said in plain words
        worker.done.connect(self._read_done)
        self._reading = worker
        worker.start()

    def _read_done(self) -> None:
        self._reading = None

    def _show(self, session: ProjectSession, result: object) -> None:
        if session is not self._current() or not session.read_only:
            return  # another project was opened meanwhile
        if isinstance(result, CounterweightError):
            self._say_unreadable(session, engine_text(result.message))  # the file is the one this window shows
            return
        decision, evaluation = result
        with gc_paused():  # every panel shows the decision read again at once
            session.show_read_again(decision, evaluation)
        self._window.show_status(self.tr("Updated with the changes saved in the other window."))

    def _say_unreadable(self, session: ProjectSession, message: str) -> None:
        if session is not self._current():
            return  # closed while it was read: nothing to say
        self._window.controller.errorRaised.emit(self.tr(
            "The changes saved in the other window could not be read, so this window still shows the project "
            "as it was last read. %1").replace("%1", message))

    def _open_for_editing(self) -> None:
        path = self._window.controller.path
        if path is not None:
            self._window.file_actions.open_path(path)  # writable now, as File > Open Recent
