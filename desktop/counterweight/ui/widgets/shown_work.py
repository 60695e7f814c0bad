"""When an analysis panel redoes its work: only while shown, and after a pause for large projects.

A panel on a hidden tab must not recompute on every edit (the Perspectives tab once
made every step of a slider drag pay for one evaluation per perspective and scenario),
and on a large project a slider drag must recompute once, after its last step, not at
every step. :class:`ShownWork` holds that scheduling; the panel keeps its own idea of
what is out of date and does the work in ``run``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from counterweight.ui.session_controller import SessionController

#: Up to this many options x criteria the work runs at once after a change; above,
#: once the changes pause for :data:`DEBOUNCE_MS`.
IMMEDIATE_CELLS = 2_000
DEBOUNCE_MS = 150


class ShownWork(QObject):
    """Runs ``run`` after changes while ``panel`` is shown, and when it is shown again if ``stale()``.

    Parameters
    ----------
    panel
        The panel doing the work.
    run
        Redoes the work (it is the panel's business to note that it is no longer stale).
    cells
        The size of the open decision (options x criteria; 0 when none is open).
    stale
        Whether the panel still has changes to take in.
    name
        Object name of the debounce timer (``timer``).
    """

    def __init__(self, panel: QWidget, run: Callable[[], None], cells: Callable[[], int],
                 stale: Callable[[], bool], name: str) -> None:
        super().__init__(panel)
        self._panel, self._run, self._cells, self._stale = panel, run, cells, stale
        self.timer = QTimer(panel)
        self.timer.setObjectName(name)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(run)
        panel.installEventFilter(self)

    def changed(self) -> None:
        """Something changed: run now (small project) or after a pause (large), or wait to be shown."""
        if not self._panel.isVisible():
            return  # run when shown (eventFilter)
        if self._cells() > IMMEDIATE_CELLS:
            self.timer.start()  # restarts: one run after the last of a burst of changes
        else:
            self._run()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._panel and event.type() == QEvent.Type.Show and self._stale() \
                and not self.timer.isActive():
            self._run()
        return super().eventFilter(watched, event)


def decision_cells(controller: SessionController) -> int:
    """Options x criteria of the controller's open decision (0 when none is open)."""
    if not controller.has_session:
        return 0
    decision = controller.decision
    return len(decision.options) * len(decision.criteria)


__all__ = ["DEBOUNCE_MS", "IMMEDIATE_CELLS", "ShownWork", "decision_cells"]
