"""File > Open Recent: the projects opened last, newest first (split from ``file_actions``).

The list lives in the user's preferences, never in a project. A project no longer on
disk stays listed, disabled and marked missing, so a user sees where it was; Clear list
forgets them all (the files themselves are untouched). Choosing one applies any typed
change still pending first, as every File action does.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMenu, QWidget

from counterweight.services import workspace
from counterweight.ui.pending_edits import PendingEditsGuard

log = logging.getLogger(__name__)


class RecentMenu(QMenu):
    """The recent projects, rebuilt each time the menu opens."""

    def __init__(self, parent: QWidget, open_path: Callable[[Path], object], pending: PendingEditsGuard) -> None:
        super().__init__(self.tr("Open &Recent"), parent)
        self._open_path = open_path
        self._pending = pending
        self.setObjectName("recentMenu")
        self.setAccessibleName(self.tr("Open recent"))
        self.aboutToShow.connect(self.rebuild)

    def rebuild(self) -> None:
        """List the recent projects; missing files are shown disabled."""
        self.clear()
        recent = workspace.load_preferences().recent_files
        for i, entry in enumerate(recent, start=1):
            path = Path(entry)
            text = f"&{i} {path.name}" if i < 10 else path.name
            if not path.exists():
                text += " " + self.tr("(missing)")
            action = self.addAction(text)
            action.setObjectName(f"recentFile{i}")
            action.setData(str(path))
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setEnabled(path.exists())
            action.triggered.connect(self._pending.then(lambda target=path: self._open_path(target), leaves=True))
        if not recent:
            empty = self.addAction(self.tr("No recent projects"))
            empty.setObjectName("noRecentAction")
            empty.setEnabled(False)
        self.addSeparator()
        clear = self.addAction(self.tr("&Clear list"))
        clear.setObjectName("clearRecentAction")
        clear.setEnabled(bool(recent))
        clear.triggered.connect(self.clear_list)
        self.menuAction().setEnabled(True)

    def clear_list(self) -> None:
        """Forget every recent project (the files themselves are untouched)."""
        prefs = workspace.load_preferences()
        try:
            workspace.save_preferences(prefs.model_copy(update={"recent_files": []}))
        except OSError as exc:
            log.warning("Could not clear the recent files list: %s", exc)
        self.rebuild()


__all__ = ["RecentMenu"]
