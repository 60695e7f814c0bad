"""The window's side of following a project file renamed or moved while open (QA pass 24, item 7).

The session follows the file itself (:meth:`ProjectStore.follow_rename`), on the next
change or when the window comes to the front; then the title, the path in the status
bar and the recent files name the new file, and the banner says so once
(:class:`~counterweight.ui.widgets.banners.BannerArea`).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject

from counterweight.services import workspace

if TYPE_CHECKING:
    from counterweight.ui.main_window import MainWindow

log = logging.getLogger(__name__)


class MovedFileWatcher(QObject):
    """Follows the project file when the window is activated, and updates the window when it was followed.

    A child of the window, so its connections end with it.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("movedFileWatcher")
        self._window = window
        window.controller.fileMoved.connect(self._on_moved)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._window and event.type() == QEvent.Type.WindowActivate:
            self._window.controller.follow_file()  # renamed in a file manager, then back to the window
        return False

    def _on_moved(self, old: Path, new: Path) -> None:
        self._window.update_title()
        try:
            workspace.forget_project(old)
        except OSError as exc:
            log.warning("Could not update the recent files list: %s", exc)
        self._window.file_actions.remember(new)  # the top of the recent files, and reopened next time
