"""The score matrix: an editable options × criteria table with stoplight colours.

Keyboard: arrows move, F2 / Enter / typing starts an edit, Enter saves it and moves
down a row (Shift+Enter: up), as in a spreadsheet; Escape cancels, Delete clears the
selected cells (one undo step; **Clear scores** in the context menu does the same).
Rejected input leaves the cell as it was, keeps the current cell there and shows the
reason in a line under the table. Ctrl+C copies the selected cells and Ctrl+V pastes
a block from a spreadsheet as tab-separated text, checked cell by cell like typing
and applied as one undo step (:mod:`counterweight.ui.models.clipboard`).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain.errors import CounterweightError
from counterweight.services.changes import ChangeSet, Part
from counterweight.ui.after_paint import AfterPaint, paint_wait_ms  # issue 6: off-screen columns after the paint
from counterweight.ui.engine_text import engine_text
from counterweight.ui.models.clipboard import copy_text, parse_block, paste_edit, paste_summary, plan_paste  # issue 5
from counterweight.ui.models.score_table_model import ScoreTableModel
from counterweight.ui.models.score_text import CellKeyRole, ScoreRole
from counterweight.ui.session_controller import SessionController
from counterweight.ui.theme import set_tone  # issue 6: colours follow the system palette
from counterweight.ui.text_size import follow_font  # issue 6: text scales with the system font
from counterweight.ui.widgets.kept_place import KeptPlace  # h28d: the place in view outlives a reset
from counterweight.ui.widgets.kept_selection import KeptCell
from counterweight.ui.widgets.open_editor import commit_open_editor  # QA 24: typed, not entered
from counterweight.ui.widgets.score_matrix_delegate import ScoreDelegate

ModelIndex = QModelIndex | QPersistentModelIndex


#: Rows sampled when columns are sized to their contents.
FIT_SAMPLE_ROWS = 20
#: Widest a column is made by fitting (the user can still drag it wider).
FIT_MAX_PX = 220
#: Off-screen columns fitted per turn of the event loop (about 2 ms each on 1,000 rows).
FIT_BATCH = 8
#: Widest the option names beside the matrix are shown, in average characters of their font and (session 28:
#: at 1,024 px they took 245 of 430 px) in share of the matrix's width, unless that is under MIN_CHARS.
ROW_HEADER_MAX_CHARS, ROW_HEADER_MAX_SHARE, ROW_HEADER_MIN_CHARS = 40, 0.4, 12
#: How much wider the row header is made than Qt's measure, for the current row's bold name.
BOLD_ALLOWANCE = 1.1


class _RowHeader(QHeaderView):
    """The option names beside the matrix, at most :data:`ROW_HEADER_MAX_CHARS` wide (and a share of the matrix).

    A longer name is elided; the full name stays in the tooltip and is what screen
    readers read (both come from the model). The cap is worked out from the font and the
    matrix's width on every layout: it follows the text size, and a wider matrix (its splitter dragged) gives more.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("scoreMatrixRowHeader")
        self.setSectionsClickable(True)  # as QTableView's own header: a click selects the row
        self.setHighlightSections(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)

    def max_width(self) -> int:
        """Widest the header is made, in pixels, for its current font."""
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, self)
        char = self.fontMetrics().averageCharWidth()
        table = self.parentWidget()
        share = round(table.width() * ROW_HEADER_MAX_SHARE) if table is not None else 0
        return max(char * ROW_HEADER_MIN_CHARS, min(char * ROW_HEADER_MAX_CHARS, share)) + 2 * margin + 2

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API; QTableView sizes the header from this
        hint = super().sizeHint()
        # Qt measures the names in the plain font, but the current row's name is drawn in bold
        # (about a tenth wider): without the allowance the selected option was the one cut short
        hint.setWidth(min(round(hint.width() * BOLD_ALLOWANCE), self.max_width()))
        return hint


class _MatrixView(QTableView):
    """Table view that also starts editing on Enter (Delete and Backspace: :attr:`ScoreMatrix.clear_action`)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if self.state() != QAbstractItemView.State.EditingState:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
                if self.edit(self.currentIndex(), QAbstractItemView.EditTrigger.EditKeyPressed, event):
                    event.accept()
                    return
        super().keyPressEvent(event)


class ScoreMatrix(QWidget):
    """Options × criteria score table with an inline error line.

    Signals
    -------
    currentCellChanged(str, str)
        The keyboard/mouse focus moved to the cell ``(option_id, criterion_id)``.
    columnsFitted()
        Every column has its fitted width (some are fitted after the first paint).
    """

    currentCellChanged = Signal(str, str)
    columnsFitted = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setObjectName("scoreMatrixPanel")
        self.model = ScoreTableModel(controller, self)
        self.view = _MatrixView(self)
        self.view.setObjectName("scoreMatrix")
        self.view.setAccessibleName(self.tr("Score matrix"))
        self.view.setAccessibleDescription(self.tr(
            "Options in rows, criteria in columns. Press F2 or Enter, or start typing, to edit a score; "
            "Enter saves it and moves down a row. Delete clears it."))
        self.view.setModel(self.model)
        delegate = ScoreDelegate(self.view, cell=self.model.painted_cell)  # session 23: cells drawn directly
        delegate.enterSaved.connect(self._step_after_enter)
        self.view.setItemDelegate(delegate)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setWordWrap(False)
        # Arrow keys move between cells; Tab leaves the matrix, so keyboard users are never trapped.
        self.view.setTabKeyNavigation(False)
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(70)
        header.setResizeContentsPrecision(60)
        self.view.setVerticalHeader(_RowHeader(self.view))  # long option names elided, not widening it
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        follow_font(self.view, padding=16)  # issue 6: rows grow with the system font (30 px at 9 pt)
        self.view.verticalHeader().setResizeContentsPrecision(60)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("scoreMatrixError")
        self.error_label.setAccessibleName(self.tr("Score entry problem"))
        self.error_label.setWordWrap(True)
        set_tone(self.error_label, "message-error", "QLabel")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_label)
        self.setFocusProxy(self.view)

        self.model.editRejected.connect(self._show_error)
        self._fit_generation = 0  # bumped by each fit, so a batch queued for an earlier reset does nothing
        self._unfitted: list[int] = []  # columns still to fit after the first paint
        self._fit_after_paint = AfterPaint(self.view.viewport())
        self.model.modelReset.connect(self._fit_columns)
        self.kept_cell = KeptCell(self)  # the current cell outlives an edit that resets the model
        self.kept_place = KeptPlace(self, controller)  # and so do the options and criteria in view (h28d)
        self._build_clipboard_actions()  # issue 5: copy/paste with spreadsheets
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        controller.changed.connect(self._on_changed)
        controller.add_pending_edits(self)  # QA 24: a score typed without Enter, applied before Open or New
        self._fit_columns()

    # ------------------------------------------------------------ public
    def select_cell(self, option_id: str, criterion_id: str) -> bool:
        """Make ``(option_id, criterion_id)`` the current cell; ``False`` if it is not shown."""
        index = self.model.index_of(option_id, criterion_id)
        if not index.isValid():
            return False
        self._make_current(index)
        return True

    def _make_current(self, index: QModelIndex) -> None:
        """Make ``index`` the current (and only selected) cell, scrolled into view."""
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)

    def current_cell(self) -> tuple[str, str] | None:
        index = self.view.currentIndex()
        return index.data(CellKeyRole) if index.isValid() else None

    def commit_pending_edits(self) -> str | None:
        """Apply the score typed in a cell and not entered yet, as Enter would (before the project is
        left, saved or exported): ``None`` when applied or none was typed, else why it was refused
        (the cell then stays open with the text as typed)."""
        problem = commit_open_editor(self.view, self.model.editRejected)
        if problem is None:
            return None
        return self.tr("The score typed in the matrix could not be applied.\n\n{0}\n\nThe cell still shows what "
                       "was typed.").format(problem)

    def clear_selected(self) -> None:
        """Clear every selected cell that has a score; several cells make one undo step.

        Delete, Backspace and **Clear scores** in the context menu come here.
        """
        indexes = [i for i in self.view.selectionModel().selectedIndexes() if i.isValid()]
        if not indexes and self.view.currentIndex().isValid():
            indexes = [self.view.currentIndex()]
        targets = [QPersistentModelIndex(i) for i in indexes if i.data(ScoreRole) is not None]
        if not targets:
            return
        if self._controller.read_only:
            self._show_error(self.tr("This project is open read-only, so no score can be cleared."), QModelIndex())
            return
        with self._controller.one_undo_step(self.tr("Clear {0} scores").format(len(targets)), edits=len(targets)):
            for index in targets:
                if index.isValid() and not self.model.submit_score(index, None):
                    break

    # issue 5: copy and paste ------------------------------------------------------
    def _build_clipboard_actions(self) -> None:
        self.copy_action = QAction(self.tr("&Copy scores"), self.view)
        self.copy_action.setObjectName("copyScoresAction")
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setStatusTip(self.tr("Copy the selected scores as tab-separated text for a spreadsheet"))
        self.copy_action.triggered.connect(lambda _checked=False: self.copy_selection())
        self.paste_action = QAction(self.tr("&Paste scores"), self.view)
        self.paste_action.setObjectName("pasteScoresAction")
        self.paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        self.paste_action.setStatusTip(self.tr("Paste a block of scores copied from a spreadsheet, starting at the"
                                               " current cell"))
        self.paste_action.triggered.connect(lambda _checked=False: self.paste_clipboard())
        for action in (self.copy_action, self.paste_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.view.addAction(action)
        # QA 18: the context menu could copy and paste but not clear. Its Delete and Backspace shortcuts work
        # only while the table itself has the focus: in an open cell editor they still delete a character.
        self.clear_action = QAction(self.tr("C&lear scores"), self.view)
        self.clear_action.setObjectName("clearScoresAction")
        self.clear_action.setShortcuts([QKeySequence(Qt.Key.Key_Delete), QKeySequence(Qt.Key.Key_Backspace)])
        self.clear_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.clear_action.setStatusTip(self.tr("Clear the scores of the selected cells (one undo step)"))
        self.clear_action.setToolTip(self.clear_action.statusTip())
        self.clear_action.triggered.connect(lambda _checked=False: self.clear_selected())
        self.view.addAction(self.clear_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def clipboard_actions(self) -> list[QAction]:
        """Copy and paste, e.g. for an Edit menu (their shortcuts work while the matrix has focus)."""
        return [self.copy_action, self.paste_action]

    def copy_selection(self) -> str:
        """Put the selected cells on the clipboard as tab-separated text; returns the text."""
        indexes = self.view.selectionModel().selectedIndexes()
        if not indexes and self.view.currentIndex().isValid():
            indexes = [self.view.currentIndex()]
        text = copy_text(self.model, indexes)
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def paste_clipboard(self) -> bool:
        """Paste the clipboard's text at the current cell (see :meth:`paste_text`)."""
        return self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> bool:
        """Paste a tab-separated block with its top-left corner at the current cell.

        Every cell is checked as if typed; if any is refused (or the block does not
        fit) nothing changes and the line under the table names the cell. Otherwise
        all the cells change in one undo step. Returns whether the paste was applied.
        """
        start = self.view.currentIndex()
        if self.model.decision is None:
            return False
        if self._controller.read_only:
            self._show_error(self.tr("This project is open read-only, so nothing can be pasted."), QModelIndex())
            return False
        if not start.isValid():  # QA 18: an empty matrix took the paste and said nothing
            self._show_error(self._nowhere_to_paste(), QModelIndex())
            return False
        try:
            cells = plan_paste(self.model, parse_block(text), start, self.view.selectionModel().selectedIndexes())
        except CounterweightError as exc:
            problems = getattr(exc, "problems", [])
            extra = "".join(f"\n• {engine_text(p)}" for p in problems[1:6])
            self._show_error(engine_text(exc.message) + extra, QModelIndex())
            return False
        edit = paste_edit(cells)
        if edit is None:
            return True
        error = self._controller.submit(edit)
        if error:
            self._show_error(error, QModelIndex())
            return False
        self._controller.noticeRaised.emit(paste_summary(cells))  # QA 22: how many set, how many cleared
        return True

    def _nowhere_to_paste(self) -> str:
        """Why a paste has no cell to start at."""
        no_options, no_criteria = not self.model.rowCount(), not self.model.columnCount()
        if no_options and no_criteria:
            return self.tr("There are no options and no criteria to score yet, so there is nowhere to paste "
                           "scores. Add them first.")
        if no_options:
            return self.tr("There are no options yet, so there is nowhere to paste scores. Add an option first.")
        if no_criteria:
            return self.tr("There are no criteria to score yet, so there is nowhere to paste scores. "
                           "Add a criterion first.")
        return self.tr("Choose the cell where the pasted block should start, then paste again.")
    # ------------------------------------------------------------ end issue 5: copy and paste

    # ------------------------------------------------------------ internals
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # QA pass 20: "Negl…" under a larger font
            QTimer.singleShot(0, self, self._fit_columns)  # once the view and its headers have the new font

    def _fit_columns(self) -> None:
        """Fit the columns in view now, and the others just after the matrix has painted.

        Widths come from the header and the first rows only: measuring every cell of a
        1,000-option matrix took most of the time to open it. Of a 60-criterion matrix
        only the first few columns are on screen when it opens, so only they are fitted
        before the first paint; the rest follow just after it, off screen
        (docs/performance.md, session 13).
        """
        self._fit_generation += 1
        self._fit_after_paint.cancel()  # an earlier reset's columns are not wanted now
        header = self.view.horizontalHeader()
        header.setResizeContentsPrecision(FIT_SAMPLE_ROWS)
        count = self.model.columnCount()
        first = max(0, header.logicalIndexAt(0))  # the leftmost column in view (0 after a reset)
        room, used, col = self.view.viewport().width(), 0, first
        while col < count and used < room:
            self._fit_column(col)
            used += header.sectionSize(col)
            col += 1
        self._unfitted = [c for c in range(count) if c < first or c >= col]
        if self._unfitted:
            generation = self._fit_generation
            self._fit_after_paint.arm(lambda: self._fit_rest(generation),
                                      fallback_ms=paint_wait_ms(self.view.viewport()))
        else:
            self.columnsFitted.emit()

    def _fit_rest(self, generation: int) -> None:
        """Fit the next few off-screen columns; the others on later turns, so input is never held up long."""
        if generation != self._fit_generation:  # the model was reset again meanwhile: its own call follows
            return
        batch, self._unfitted = self._unfitted[:FIT_BATCH], self._unfitted[FIT_BATCH:]
        for col in batch:
            if col < self.model.columnCount():
                self._fit_column(col)
        if self._unfitted:
            QTimer.singleShot(0, self, lambda: self._fit_rest(generation))
        else:
            self.columnsFitted.emit()

    def _fit_column(self, col: int) -> None:
        self.view.resizeColumnToContents(col)
        if self.view.columnWidth(col) > FIT_MAX_PX:
            self.view.setColumnWidth(col, FIT_MAX_PX)

    @property
    def columns_fitted(self) -> bool:
        """True once every column has its fitted width (tests and benchmarks wait for it)."""
        return not self._unfitted

    def _show_error(self, message: str, index: QModelIndex) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        if index.isValid():
            self.view.setCurrentIndex(index)

    def _on_changed(self, changes: ChangeSet) -> None:
        self.error_label.hide()
        if changes.cells and not changes.structural and Part.PROJECT not in changes.parts:
            self._widen_for(changes.cells)

    def _widen_for(self, cells: Iterable[tuple[str, str]]) -> None:
        """Widen the columns of edited cells that no longer fit their new text (never narrow one).

        A value typed with a range ("0.125 (0.0625–0.3333)") was cut to "0.125 (0.06–…"
        in a column fitted to the bare numbers when the project opened. Only the edited
        cells are measured, at most :data:`FIT_SAMPLE_ROWS` per column, so a large paste
        costs in proportion to the columns it touched; a column the user made wider, or
        one already wider than :data:`FIT_MAX_PX`, keeps its width.
        """
        per_column: dict[int, list[QModelIndex]] = {}
        for option_id, criterion_id in cells:
            index = self.model.index_of(option_id, criterion_id)
            if index.isValid():
                sample = per_column.setdefault(index.column(), [])
                if len(sample) < FIT_SAMPLE_ROWS:
                    sample.append(index)
        grid = 1 if self.view.showGrid() else 0
        for col, indexes in per_column.items():
            width = self.view.columnWidth(col)
            if width >= FIT_MAX_PX:
                continue
            needed = max(self.view.sizeHintForIndex(i).width() for i in indexes) + grid
            if needed > width:
                self.view.setColumnWidth(col, min(needed, FIT_MAX_PX))

    def _step_after_enter(self, saved: QPersistentModelIndex, step: int) -> None:
        """Enter saved ``saved``: move the current cell ``step`` rows (not past the first or last row)."""
        row = saved.row() + step
        if not saved.isValid() or not 0 <= row < self.model.rowCount():
            return
        self._make_current(self.model.index(row, saved.column()))

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(CellKeyRole) if current.isValid() else None
        if key:
            self.currentCellChanged.emit(key[0], key[1])


__all__ = ["ScoreDelegate", "ScoreMatrix"]
