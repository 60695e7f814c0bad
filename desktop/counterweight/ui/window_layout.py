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
#: A window narrower or shorter than this (a 1,366 x 768 laptop) gives the right column and the weights
#: more of their splitters: there the weights tree showed four rows with names cut to a few letters,
#: while the score matrix scrolls sideways whatever its share (QA pass 18).
COMPACT_WIDTH, COMPACT_HEIGHT = 1500, 800
COMPACT_SHARES = {
    "mainSplitter": [0.17, 0.47, 0.36],
    "rightSplitter": [0.38, 0.62],
}
DOCKS_KEY = "window/docks"
ANALYSIS_TAB_KEY = "window/analysisTab"
HIGHLIGHT_KEY = "view/highlightUnsupported"


def shares(name: str, width: int, height: int) -> list[float]:
    """The default shares of the splitter ``name`` in a window of ``width`` x ``height`` pixels."""
    compact = COMPACT_SHARES.get(name) if width < COMPACT_WIDTH or height < COMPACT_HEIGHT else None
    return compact or DEFAULT_SHARES[name]


def reset(window: MainWindow) -> None:
    """Put the splitters back to their default proportions for the window's size."""
    width, height = window.width(), window.height()
    for splitter in window.splitters():
        shares_now = shares(splitter.objectName(), width, height)
        length = width if splitter.orientation() == Qt.Orientation.Horizontal else height
        splitter.setSizes([int(length * share) for share in shares_now])


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


__all__ = ["ANALYSIS_TAB_KEY", "COMPACT_SHARES", "DEFAULT_SHARES", "DOCKS_KEY", "HIGHLIGHT_KEY", "reset", "restore", "save", "shares"]
