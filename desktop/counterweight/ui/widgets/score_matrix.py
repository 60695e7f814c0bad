"""The score matrix: an editable options × criteria table with stoplight colours.

Keyboard: arrows move, F2 / Enter / typing starts an edit, Enter commits, Escape
cancels, Delete clears the selected cells (one undo step). Rejected input leaves the
cell as it was and shows the reason in a line under the table.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain import QualitativeScale
from counterweight.domain.errors import CounterweightError
from counterweight.ui.models.score_table_model import (
    CellKeyRole,
    CriterionRole,
    ScoreRole,
    ScoreTableModel,
    parse_cell_text,
)
from counterweight.ui.session_controller import SessionController

ModelIndex = QModelIndex | QPersistentModelIndex

_ERROR_STYLE = (
    "QLabel { background: #FDECEA; color: #5F2120; border: 1px solid #D55E00;"
    " border-radius: 3px; padding: 4px 6px; }"
)
_BAD_INPUT_STYLE = "QLineEdit { border: 2px solid #D55E00; }"


class ScoreDelegate(QStyledItemDelegate):
    """Level picker for qualitative criteria, checked line edit for numeric ones."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: ModelIndex) -> QWidget:
        crit = index.data(CriterionRole)
        if isinstance(crit.scale, QualitativeScale):
            combo = QComboBox(parent)
            combo.setObjectName("scoreLevelEditor")
            combo.setAccessibleName(self.tr("Level for {0}").format(crit.name))
            combo.addItem(self.tr("(no score)"), "")
            for level in crit.scale.levels:
                combo.addItem(level.label, level.label)
                if level.descriptor:
                    combo.setItemData(combo.count() - 1, level.descriptor, Qt.ItemDataRole.ToolTipRole)
            return combo
        edit = QLineEdit(parent)
        edit.setObjectName("scoreValueEditor")
        edit.setAccessibleName(self.tr("Value for {0}").format(crit.name))
        edit.textChanged.connect(lambda text, e=edit, i=QPersistentModelIndex(index): self._check(e, i, text))
        return edit

    def _check(self, edit: QLineEdit, index: QPersistentModelIndex, text: str) -> None:
        """Live feedback while typing: a coloured border and the reason as tooltip."""
        if not index.isValid():
            return
        crit = index.data(CriterionRole)
        option_id, _ = index.data(CellKeyRole)
        try:
            parse_cell_text(text, crit, index.data(ScoreRole), option_id, crit.name)
        except CounterweightError as exc:
            edit.setStyleSheet(_BAD_INPUT_STYLE)
            edit.setToolTip(exc.message)
            return
        edit.setStyleSheet("")
        edit.setToolTip("")

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:  # noqa: N802
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QComboBox):
            at = editor.findData(text)
            editor.setCurrentIndex(max(0, at))
        elif isinstance(editor, QLineEdit):
            editor.setText(text)
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: ModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class _MatrixView(QTableView):
    """Table view that also starts editing on Enter and clears cells on Delete."""

    clearRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if self.state() != QAbstractItemView.State.EditingState:
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clearRequested.emit()
                event.accept()
                return
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
    """

    currentCellChanged = Signal(str, str)

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
            "Delete clears it."))
        self.view.setModel(self.model)
        self.view.setItemDelegate(ScoreDelegate(self.view))
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(True)
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(70)
        header.setResizeContentsPrecision(60)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.verticalHeader().setResizeContentsPrecision(60)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("scoreMatrixError")
        self.error_label.setAccessibleName(self.tr("Score entry problem"))
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_label)
        self.setFocusProxy(self.view)

        self.model.editRejected.connect(self._show_error)
        self.model.modelReset.connect(self._fit_columns)
        self.view.clearRequested.connect(self.clear_selected)
        self.view.selectionModel().currentChanged.connect(self._on_current_changed)
        controller.changed.connect(self._on_changed)
        self._fit_columns()

    # ------------------------------------------------------------ public
    def select_cell(self, option_id: str, criterion_id: str) -> bool:
        """Make ``(option_id, criterion_id)`` the current cell; ``False`` if it is not shown."""
        index = self.model.index_of(option_id, criterion_id)
        if not index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)
        return True

    def current_cell(self) -> tuple[str, str] | None:
        index = self.view.currentIndex()
        return index.data(CellKeyRole) if index.isValid() else None

    def clear_selected(self) -> None:
        """Clear every selected cell that has a score; several cells make one undo step."""
        indexes = [i for i in self.view.selectionModel().selectedIndexes() if i.isValid()]
        if not indexes and self.view.currentIndex().isValid():
            indexes = [self.view.currentIndex()]
        targets = [QPersistentModelIndex(i) for i in indexes if i.data(ScoreRole) is not None]
        if not targets or self._controller.read_only:
            return
        stack = self._controller.undo_stack
        if len(targets) > 1:
            stack.beginMacro(self.tr("Clear {0} scores").format(len(targets)))
        try:
            for index in targets:
                if index.isValid() and not self.model.submit_score(index, None):
                    break
        finally:
            if len(targets) > 1:
                stack.endMacro()

    # ------------------------------------------------------------ internals
    def _fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        header = self.view.horizontalHeader()
        for col in range(self.model.columnCount()):
            if header.sectionSize(col) > 220:
                header.resizeSection(col, 220)

    def _show_error(self, message: str, index: QModelIndex) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        if index.isValid():
            self.view.setCurrentIndex(index)

    def _on_changed(self, _changes: object) -> None:
        self.error_label.hide()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        key = current.data(CellKeyRole) if current.isValid() else None
        if key:
            self.currentCellChanged.emit(key[0], key[1])


__all__ = ["ScoreDelegate", "ScoreMatrix"]
