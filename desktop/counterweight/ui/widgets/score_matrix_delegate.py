"""The score matrix's cell editors: a level picker or a checked line edit.

Enter (Return or the keypad's Enter) saves the cell being edited and, when the
score was taken, asks the matrix to move the current cell one row down; with
Shift, one row up (:attr:`ScoreDelegate.enterSaved`). Typing a column the
spreadsheet way, ``120⏎80⏎0⏎``, so fills three rows instead of writing each number
over the last. A refused value is not saved and the current cell stays where the
message is about.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from counterweight.domain import QualitativeScale
from counterweight.domain.errors import CounterweightError
from counterweight.ui.engine_text import engine_text
from counterweight.ui.models.score_text import CellKeyRole, CriterionRole, ScoreRole, parse_cell_text
from counterweight.ui.theme import set_tone  # issue 6: colours follow the system palette
from counterweight.ui.widgets.score_cell_painter import CellPainter  # issue 6: cells drawn directly

ModelIndex = QModelIndex | QPersistentModelIndex

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ScoreDelegate(QStyledItemDelegate):
    """Level picker for qualitative criteria, checked line edit for numeric ones.

    Signals
    -------
    enterSaved(QPersistentModelIndex, int)
        Enter saved the cell at the index; the current cell should move this many
        rows (1 down, -1 up with Shift).
    """

    enterSaved = Signal(QPersistentModelIndex, int)

    def __init__(self, parent: QObject | None = None,
                 cell: Callable[[int, int], tuple[Any, ...] | None] | None = None) -> None:
        super().__init__(parent)
        self._saved: QPersistentModelIndex | None = None  # the cell the last commit stored, if it was taken
        # session 23: with the model's paint tuples (``cell(row, column)``) and a view as parent, the
        # common cells are drawn directly (score_cell_painter); the others, and any without, by the style
        self.direct = CellPainter(parent, cell, self.initStyleOption) \
            if cell is not None and isinstance(parent, QWidget) else None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ModelIndex) -> None:
        if self.direct is None or not self.direct.paint(painter, option, index):
            super().paint(painter, option, index)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: ModelIndex) -> QWidget:
        crit = index.data(CriterionRole)
        if isinstance(crit.scale, QualitativeScale):
            combo = QComboBox(parent)
            combo.setObjectName("scoreLevelEditor")
            combo.setAccessibleName(self.tr("Level for {0}").format(crit.name))
            combo.setAccessibleDescription(combo.accessibleName())  # QA pass 30: on Linux the name read is the level
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
            set_tone(edit, "input-error", "QLineEdit")
            edit.setToolTip(engine_text(exc.message))
            return
        set_tone(edit, None)
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
            taken = model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            taken = model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            return
        self._saved = QPersistentModelIndex(index) if taken else None

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Enter saves the cell and moves down (Shift+Enter: up), as in a spreadsheet.

        Qt's own handling saves and closes the editor but leaves the current cell where
        it was, so the next number typed replaced the one just entered. An open level
        list keeps the keys (Enter there picks a level); Ctrl or Alt with Enter are left
        to Qt as before.
        """
        if (event.type() == QEvent.Type.KeyPress and isinstance(editor, (QLineEdit, QComboBox))
                and isinstance(event, QKeyEvent) and event.key() in _ENTER_KEYS):
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
                step = -1 if mods == Qt.KeyboardModifier.ShiftModifier else 1
                self._save_and_close(editor, step)
                return True
        return super().eventFilter(editor, event)

    def _save_and_close(self, editor: QWidget, step: int) -> None:
        self._saved = None
        self.commitData.emit(editor)  # the view calls setModelData, which notes whether the score was taken
        saved, self._saved = self._saved, None
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if saved is not None and saved.isValid():
            self.enterSaved.emit(saved, step)


__all__ = ["ScoreDelegate"]
