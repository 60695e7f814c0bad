"""The main window's layout: default splitter shares, and saving and restoring it per user.

Geometry, the four splitters, the History dock (shown or not, and where), the current
analysis tab and the "highlight unsupported scores" view option are written to the
user's window settings (never into the project) when the window closes, and read back
when it opens (issue 6: the whole layout comes back).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt

from counterweight.ui.startup import GEOMETRY_KEY

if TYPE_CHECKING:
    from counterweight.ui.main_window import MainWindow

#: Default share of each splitter's length per pane (the score matrix gets the most).
DEFAULT_SHARES = {
    "mainSplitter": [0.17, 0.53, 0.30],
    "leftSplitter": [0.42, 0.58],
    "centreSplitter": [0.6, 0.4],
    "rightSplitter": [0.3, 0.7],  # the analysis tabs need more height than the weights tree
}
DOCKS_KEY = "window/docks"
ANALYSIS_TAB_KEY = "window/analysisTab"
HIGHLIGHT_KEY = "view/highlightUnsupported"


def reset(window: MainWindow) -> None:
    """Put the splitters back to their default proportions."""
    width, height = window.width(), window.height()
    for splitter in window.splitters():
        shares = DEFAULT_SHARES[splitter.objectName()]
        length = width if splitter.orientation() == Qt.Orientation.Horizontal else height
        splitter.setSizes([int(length * share) for share in shares])


def restore(window: MainWindow, settings: QSettings) -> None:
    """Restore what :func:`save` wrote: geometry, splitters, docks, tab and view options."""
    geometry = settings.value(GEOMETRY_KEY)
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    for splitter in window.splitters():
        state = settings.value(f"splitters/{splitter.objectName()}")
        if isinstance(state, QByteArray) and not state.isEmpty():
            splitter.restoreState(state)
    docks = settings.value(DOCKS_KEY)  # the history dock: shown or not, and where
    if isinstance(docks, QByteArray) and not docks.isEmpty():
        window.pane_room.dock_sized = True  # session 17: the saved dock height wins over the default
        window.restoreState(docks)
    tab = settings.value(ANALYSIS_TAB_KEY, 0, type=int)
    if 0 < tab < window.analysis_tabs.count():
        window.analysis_tabs.setCurrentIndex(tab)
    window.highlight_unsupported_action.setChecked(settings.value(HIGHLIGHT_KEY, False, type=bool))


def save(window: MainWindow, settings: QSettings) -> None:
    """Write the window's layout to ``settings`` (per user, not in the project)."""
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    for splitter in window.splitters():
        settings.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())
    settings.setValue(DOCKS_KEY, window.saveState())
    settings.setValue(ANALYSIS_TAB_KEY, window.analysis_tabs.currentIndex())
    settings.setValue(HIGHLIGHT_KEY, window.highlight_unsupported_action.isChecked())
    settings.sync()


__all__ = ["ANALYSIS_TAB_KEY", "DEFAULT_SHARES", "DOCKS_KEY", "HIGHLIGHT_KEY", "reset", "restore", "save"]
