"""The levels table of the criterion dialog: one row per named level.

Each row's label item remembers the label the level had when the dialog opened
(:data:`ORIGIN_ROLE`; ``None`` for a row added in the dialog), so an edited label is
known to be a *rename* of that level, not a new level, and the scores using it can
follow (see :meth:`LevelRows.level_renames`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain import Level, QualitativeScale
from counterweight.ui.accessibility import named
from counterweight.ui.numbers import formatted

NUMERIC, QUALITATIVE = 0, 1
LABEL_COL, DESCRIPTOR_COL, VALUE_COL = 0, 1, 2
#: The label item of a level row keeps the label the level had when the dialog opened (None: new).
ORIGIN_ROLE = Qt.ItemDataRole.UserRole


def button_row(page: QWidget, description: str,
               buttons: Iterable[tuple[str, str, Callable[[], object]]]) -> QHBoxLayout:
    """A row of named push buttons under a table (object name, text, slot), left-aligned.

    Each button is named for screen readers by its text and described by ``description``;
    none is a default button, so Return in the table does not press one.
    """
    row = QHBoxLayout()
    for name, text, slot in buttons:
        b = QPushButton(text, page)
        b.setObjectName(name)
        b.setAccessibleName(text.replace("&", ""))
        b.setAccessibleDescription(description)
        b.setAutoDefault(False)
        b.clicked.connect(slot)
        row.addWidget(b)
    row.addStretch(1)
    return row


class LevelRows:
    """Building and editing the levels table; mixed into :class:`CriterionDialog`.

    Expects ``levels_table``, ``kind_combo``, ``_original``, ``tr`` and
    ``revalidate`` from the dialog.
    """

    def _build_levels_page(self) -> QWidget:
        page = QWidget(self)
        col = QVBoxLayout(page)
        col.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(QCoreApplication.translate(
            "CriterionDialog", "One row per level. Value: 0 (worst) to 100 (best)."), page)
        hint.setWordWrap(True)
        col.addWidget(hint)
        t = self.levels_table
        named(t, "levelsTable", QCoreApplication.translate("CriterionDialog", "Levels"))
        t.setAccessibleDescription(QCoreApplication.translate(
            "CriterionDialog", "Columns: label, what the level means, value from 0 to 100"))
        t.setHorizontalHeaderLabels([QCoreApplication.translate("CriterionDialog", "Label"),
                                     QCoreApplication.translate("CriterionDialog", "Descriptor"),
                                     QCoreApplication.translate("CriterionDialog", "Value (0-100)")])
        header = t.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTOR_COL, QHeaderView.ResizeMode.Stretch)
        for column in (LABEL_COL, VALUE_COL):  # as wide as their title and cells, at any text size
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setMinimumHeight(150)
        col.addWidget(t)
        described = QCoreApplication.translate("CriterionDialog", "Changes the list of levels above")
        col.addLayout(button_row(page, described, (
            ("addLevelButton", QCoreApplication.translate("CriterionDialog", "&Add level"), self.add_level),
            ("removeLevelButton", QCoreApplication.translate("CriterionDialog", "&Remove level"), self.remove_level),
            ("levelUpButton", QCoreApplication.translate("CriterionDialog", "Move u&p"), lambda: self._move_level(-1)),
            ("levelDownButton", QCoreApplication.translate(
                "CriterionDialog", "Move do&wn"), lambda: self._move_level(1)),
        )))
        self._fit_levels_table()
        return page

    def _fit_levels_table(self) -> None:
        """Make the levels table wide enough for all its column titles at the current font."""
        t = self.levels_table
        header = t.horizontalHeader()
        titles = sum(header.sectionSizeFromContents(c).width() for c in range(t.columnCount()))
        rows = 0 if t.verticalHeader().isHidden() else t.verticalHeader().sizeHint().width()
        t.setMinimumWidth(titles + rows + t.verticalScrollBar().sizeHint().width() + 2 * t.frameWidth())


    def _fill_levels(self, levels: list[Level], keep_origin: bool = False) -> None:
        self.levels_table.blockSignals(True)
        self.levels_table.setRowCount(0)
        for lv in levels:
            self._append_level_row(lv.label, lv.descriptor, formatted(lv.value), lv.label if keep_origin else None)
        self.levels_table.blockSignals(False)

    def _append_level_row(self, label: str, descriptor: str, value: str, origin: str | None = None) -> None:
        t = self.levels_table
        r = t.rowCount()
        t.insertRow(r)
        for c, text in ((LABEL_COL, label), (DESCRIPTOR_COL, descriptor), (VALUE_COL, value)):
            t.setItem(r, c, QTableWidgetItem(text))
        t.item(r, LABEL_COL).setData(ORIGIN_ROLE, origin)

    def level_renames(self) -> dict[str, str]:
        """Levels renamed in the table: the label each row started with -> its label now.

        Empty unless the criterion had named levels and still has them. Rows added in
        the dialog have no old label; removed rows are not renames.
        """
        if self._original.is_group or self.kind_combo.currentIndex() != QUALITATIVE \
                or not isinstance(self._original.scale, QualitativeScale):
            return {}
        renames: dict[str, str] = {}
        for r in range(self.levels_table.rowCount()):
            item = self.levels_table.item(r, LABEL_COL)
            origin = item.data(ORIGIN_ROLE) if item else None
            label = item.text().strip() if item else ""
            if origin and label and label != origin:
                renames[origin] = label
        return renames

    # ------------------------------------------------------------ level editing
    def add_level(self) -> None:
        """Append a level row and start editing its label."""
        self.levels_table.blockSignals(True)
        self._append_level_row(QCoreApplication.translate(
            "CriterionDialog", "Level %1").replace("%1", str(self.levels_table.rowCount() + 1)), "", "")
        self.levels_table.blockSignals(False)
        r = self.levels_table.rowCount() - 1
        self.levels_table.setCurrentCell(r, LABEL_COL)
        self.levels_table.editItem(self.levels_table.item(r, LABEL_COL))
        self.revalidate()

    def remove_level(self) -> None:
        """Remove the selected level row."""
        r = self.levels_table.currentRow()
        if r >= 0:
            self.levels_table.removeRow(r)
            self.revalidate()

    def _move_level(self, step: int) -> None:
        t = self.levels_table
        r = t.currentRow()
        target = r + step
        if r < 0 or not 0 <= target < t.rowCount():
            return
        t.blockSignals(True)
        for c in range(3):  # move the items themselves, so each row keeps the label it started with
            first, second = t.takeItem(r, c) or QTableWidgetItem(), t.takeItem(target, c) or QTableWidgetItem()
            t.setItem(r, c, second)
            t.setItem(target, c, first)
        t.blockSignals(False)
        t.setCurrentCell(target, t.currentColumn())
        self.revalidate()



__all__ = ["DESCRIPTOR_COL", "LABEL_COL", "NUMERIC", "ORIGIN_ROLE", "QUALITATIVE", "VALUE_COL", "LevelRows"]
