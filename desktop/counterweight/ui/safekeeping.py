"""Looking after the open project: backups during a long session, and tidying after a killed run.

QA pass 24 found that a whole working day was one backup (they were made only on open
and on close), and that a Counterweight killed while writing left its temporary and
lock files beside the project for ever. :class:`Safekeeping` does two things:

* Each time a project is opened it removes what a killed Counterweight left in the
  project's folder, when that is provably ours and provably dead
  (:func:`counterweight.services.leftovers.tidy_beside`; each removal is logged).
* Once a minute, if the project has changed since it was opened or last backed up and
  its newest backup is older than :data:`~counterweight.services.backups.PERIODIC`
  (half an hour), it makes another backup. The copy goes through a read-only
  connection of its own, so it never waits for, or holds up, the window's saving. On
  the 1,000 x 60 benchmark project (4.3 MB) it takes about 25 ms, a quarter of one edit
  there, once in half an hour at most. A failure is logged and never stops the user
  working; the next minute tries again.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from counterweight.services import backups, leftovers
from counterweight.ui.session_controller import SessionController

log = logging.getLogger(__name__)

#: How often (milliseconds) the window looks whether a backup is due.
CHECK_MS = 60_000


class Safekeeping(QObject):
    """Periodic backups and the tidy-up on open, for one window's :class:`SessionController`.

    Attributes
    ----------
    interval : datetime.timedelta
        How old the newest backup must be before a changed project is backed up again.
    timer : QTimer
        Fires every :data:`CHECK_MS` while a project is open; runs :meth:`check`.
    """

    def __init__(self, controller: SessionController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.interval = backups.PERIODIC
        self._changed = False  # the project changed since it was opened or last backed up
        self.timer = QTimer(self)
        self.timer.setObjectName("periodicBackupTimer")
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        controller.sessionReplaced.connect(self._opened)
        controller.changed.connect(self._note_change)
        if controller.has_session:
            self.timer.start()

    def _opened(self) -> None:
        self._changed = False
        if not self._controller.has_session or self._controller.path is None:
            self.timer.stop()
            return
        self.tidy(self._controller.path)
        self.timer.start()

    def _note_change(self, _changes: object) -> None:
        self._changed = True

    @staticmethod
    def tidy(project: Path) -> list[Path]:
        """Remove what a killed Counterweight left beside ``project``; returns the files removed."""
        try:
            return leftovers.tidy_beside(project)
        except Exception:  # tidying must never stop a project opening
            log.exception("Could not look for leftovers beside %s", project)
            return []

    def check(self) -> Path | None:
        """Make a backup if one is due (see the module's notes); returns it, or ``None``."""
        controller = self._controller
        if not self._changed or not controller.has_session or controller.read_only or controller.path is None:
            return None
        try:
            made = backups.back_up_if_due(controller.path, older_than=self.interval)
        except Exception as exc:  # noqa: BLE001 - a failed backup must never stop the user working
            log.warning("Could not make a periodic backup of %s: %s", controller.path, exc)
            return None
        if made is not None:
            self._changed = False
            log.info("Periodic backup of %s: %s", controller.path, made)
        return made


__all__ = ["CHECK_MS", "Safekeeping"]
