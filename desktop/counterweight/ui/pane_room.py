"""Minimum heights, measured from the font, that keep a few rows of each list or table in view.

With large text on a small screen (QA pass 17: 1,366 x 768 at 150 %) the splitters and the
History dock squeezed the score matrix, the weights tree and the history table down to their
headers. Each view named here gets a minimum height worth a few of its own rows, computed
from its current row height, header and scroll bar, so the number follows the text size; the
window then scrolls, or the dock gives way, instead of hiding the rows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QTreeView

if TYPE_CHECKING:
    from counterweight.ui.main_window import MainWindow

#: Rows of each view that stay in sight however small the window is.
MIN_ROWS = 3


def row_height(view: QAbstractItemView) -> int:
    """The height of one row of ``view`` as drawn now (from the font when it is empty)."""
    model = view.model()
    if isinstance(view, QTableView):
        row = view.verticalHeader().defaultSectionSize()
        if model is not None and model.rowCount() > 0:
            row = max(row, view.rowHeight(0))
        return row
    row = view.sizeHintForRow(0) if model is not None and model.rowCount() > 0 else -1
    # the text's line height plus the padding a style puts around an item
    return max(row, view.fontMetrics().height() + 4)


def rows_height(view: QAbstractItemView, rows: int = MIN_ROWS) -> int:
    """The height ``view`` needs to show ``rows`` rows under its header, with a sideways scroll bar."""
    header: QHeaderView | None = None
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
    elif isinstance(view, QTreeView):
        header = view.header()
    head = header.sizeHint().height() if header is not None and not header.isHidden() else 0
    bar = view.horizontalScrollBar().sizeHint().height()
    return head + rows * row_height(view) + bar + 2 * view.frameWidth()


def keep_rows(view: QAbstractItemView, rows: int = MIN_ROWS) -> None:
    """Give ``view`` a minimum height worth ``rows`` rows at its current font."""
    view.setMinimumHeight(rows_height(view, rows))


def keep_text(label: QLabel) -> None:
    """Give a word-wrapped ``label`` the height its text needs at its current width."""
    # measured from the font, not QLabel.heightForWidth, which never answers less than the
    # minimum height set here before (so a first guess at a narrow width would stick)
    margins = label.contentsMargins()
    width = label.width() - margins.left() - margins.right() - 2 * label.margin()
    flags = Qt.TextFlag.TextWordWrap if label.wordWrap() else Qt.TextFlag(0)
    text = label.fontMetrics().boundingRect(QRect(0, 0, max(width, 1), 0), int(flags), label.text())
    need = text.height() + margins.top() + margins.bottom() + 2 * label.margin()
    if label.minimumHeight() != need:
        label.setMinimumHeight(need)


class PaneRoom(QObject):
    """Keeps the main window's panes a few rows tall, and sizes the History dock when first shown.

    :meth:`keep_rows` runs now and again whenever the window's font changes; the weights
    hint is measured again when its width changes. The History dock, docked at the top or
    bottom, is given its table's few rows (at most 40 % of the height) the first time it
    is shown, unless a saved layout (``dock_sized``) or the user already sized it.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.dock_sized = False
        window.weights_panel.hint.installEventFilter(self)
        window.history_dock.installEventFilter(self)
        self.keep_rows()

    def keep_rows(self) -> None:
        """Minimum heights, from the current font, that keep a few rows of each pane's list in view."""
        w = self._window
        for view in (w.score_matrix.view, w.weights_panel.tree, w.criteria_panel.tree, w.options_panel.list,
                     w.history_panel.table):
            keep_rows(view)
        keep_text(w.weights_panel.hint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        w = self._window
        if watched is w.weights_panel.hint and event.type() == QEvent.Type.Resize:
            keep_text(w.weights_panel.hint)  # a narrower column wraps to more lines
        elif watched is w.history_dock and event.type() == QEvent.Type.Show and not self.dock_sized:
            self.dock_sized = True  # once: later the user's own dock height (or a saved one) stands
            QTimer.singleShot(0, self._size_history_dock)
        return super().eventFilter(watched, event)

    def _size_history_dock(self) -> None:
        """Give a docked History panel what it needs, but never more than the central panes can spare."""
        w = self._window
        dock = w.history_dock
        if dock.isFloating() or w.dockWidgetArea(dock) not in (Qt.DockWidgetArea.BottomDockWidgetArea,
                                                               Qt.DockWidgetArea.TopDockWidgetArea):
            return
        central = w.centralWidget()
        room = central.height() + dock.height()
        chrome = dock.height() - dock.widget().height()  # the dock's title bar and frame
        table = w.history_panel.table  # its few rows in sight; what lies below them may scroll
        least = table.mapTo(w.history_panel, table.rect().bottomLeft()).y() + chrome
        full = w.history_panel.sizeHint().height() + chrome
        # the panes above keep at least 60 % of the room; the dock never drops below a few rows
        want = max(least, min(full, int(room * 0.4)))
        w.resizeDocks([dock], [min(want, room - central.minimumSizeHint().height())], Qt.Orientation.Vertical)


__all__ = ["MIN_ROWS", "PaneRoom", "keep_rows", "keep_text", "row_height", "rows_height"]
