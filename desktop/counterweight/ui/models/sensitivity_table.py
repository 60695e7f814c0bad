"""The Sensitivity tab's table of weight thresholds: one row per criterion, in tree order.

Columns: the criterion (indented under its groups), its local weight, and the local
weights at which the top option changes when the weight goes down or up, each with
the option that then comes first on a second line. :class:`ThresholdTable` builds the
read-only ``QTableWidget``, fills it from a
:class:`~counterweight.engine.sensitivity.SensitivityResult` and reads it back.
Every cell keeps its number under ``Qt.ItemDataRole.UserRole`` (the criterion id in
the first column) and, in the threshold columns, the id of the option that then
comes first under :data:`NEW_TOP_ROLE`. Its words are translated under the one context
``"ThresholdTable"`` (literal ``QCoreApplication.translate`` calls, which lupdate extracts).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from counterweight.ui.widgets.sensitivity_text import DASH, pct
from counterweight.ui.engine_text import engine_text

if TYPE_CHECKING:
    from counterweight.domain import Decision
    from counterweight.engine.sensitivity import CriterionSensitivity, SensitivityResult, Threshold

COL_CRITERION, COL_WEIGHT, COL_DOWN, COL_UP = range(4)
#: Item data role holding the id of the option that then comes first (threshold cells).
NEW_TOP_ROLE = Qt.ItemDataRole.UserRole + 1

Cell = tuple[str, object, str | None]


class ThresholdTable:
    """The thresholds table (``table``, a child of ``parent``) and what it shows.

    Parameters
    ----------
    parent
        The widget that shows the table.
    """

    def __init__(self, parent: QWidget) -> None:
        t = self.table = QTableWidget(0, 4, parent)
        t.setObjectName("sensitivityTable")
        t.setAccessibleName(QCoreApplication.translate("ThresholdTable", "Weight thresholds per criterion"))
        t.setAccessibleDescription(QCoreApplication.translate(
            "ThresholdTable", "How far each weight may move before another option leads; Enter charts it"))
        heads = [(QCoreApplication.translate("ThresholdTable", "Criterion"),
                  QCoreApplication.translate("ThresholdTable", "Criteria, indented under their groups")),
                 (QCoreApplication.translate("ThresholdTable", "Weight"),
                  QCoreApplication.translate("ThresholdTable", "Its share of its group's weight (local weight)")),
                 (QCoreApplication.translate("ThresholdTable", "Down to"),
                  QCoreApplication.translate("ThresholdTable", "If its local weight falls to this, another option "
                                             "(named below it) comes first")),
                 (QCoreApplication.translate("ThresholdTable", "Up to"),
                  QCoreApplication.translate("ThresholdTable", "If its local weight rises to this, another option "
                                             "(named below it) comes first"))]
        for c, (text, tip) in enumerate(heads):
            item = QTableWidgetItem(text)
            item.setToolTip(tip)
            t.setHorizontalHeaderItem(c, item)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.setTabKeyNavigation(False)
        t.setWordWrap(False)
        t.verticalHeader().hide()
        t.setTextElideMode(Qt.TextElideMode.ElideRight)
        t.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = t.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_DOWN, QHeaderView.ResizeMode.Stretch)  # two lines: weight, option
        header.setSectionResizeMode(COL_UP, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        t.setMinimumHeight(150)
        t.setToolTip(QCoreApplication.translate("ThresholdTable",
                                                "Double-click a row (or press Enter) to chart that criterion"))

    def fill(self, sens: SensitivityResult, decision: Decision | None) -> None:
        """One row per criterion of ``sens``; ``decision`` (if any) gives the indentation of groups."""
        # Rows fit their two-line cells (the vertical header sizes them to their contents). Left so
        # while the cells of shown rows are replaced, each new cell marks the heights out of date
        # and repainting it asks where its row is, which measures every row again (cells x rows
        # measurements: over a second for 66 criteria in the window). Rows keep their height
        # meanwhile and are measured once at the end.
        heights = self.table.verticalHeader()
        heights.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        try:
            self.table.setRowCount(len(sens.criteria))
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            for row, c in enumerate(sens.criteria):
                for col, (text, value, tip) in enumerate(criterion_cells(c, decision)):
                    item = QTableWidgetItem(text)
                    value, new_top = value if isinstance(value, tuple) else (value, None)
                    item.setData(Qt.ItemDataRole.UserRole, value)
                    item.setData(NEW_TOP_ROLE, new_top)
                    if tip:
                        item.setToolTip(tip)
                    if col == COL_WEIGHT:
                        item.setTextAlignment(right)
                    self.table.setItem(row, col, item)
        finally:
            heights.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.size_columns()

    def size_columns(self) -> None:
        """Criterion and weight fit their text (the criterion up to a limit); thresholds share the rest."""
        t, metrics = self.table, self.table.fontMetrics()
        room = t.viewport().width() or t.width()
        for col, cap in ((COL_CRITERION, max(100, min(200, int(0.38 * room)))), (COL_WEIGHT, 80)):
            texts = [t.horizontalHeaderItem(col).text()] + [t.item(r, col).text() for r in range(t.rowCount())]
            widest = max(metrics.horizontalAdvance(x) for x in texts) + 18
            t.horizontalHeader().resizeSection(col, min(cap, widest))

    # ------------------------------------------------------------ reading back
    def rows(self) -> list[list[str]]:
        """Every cell's text, row by row (tree order)."""
        t = self.table
        return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]

    def column_pairs(self, role: int) -> dict[str, tuple[object, object]]:
        """Per criterion id, the ``role`` data of its (down, up) threshold cells."""
        t = self.table
        return {t.item(r, COL_CRITERION).data(Qt.ItemDataRole.UserRole):
                (t.item(r, COL_DOWN).data(role), t.item(r, COL_UP).data(role)) for r in range(t.rowCount())}


def criterion_cells(c: CriterionSensitivity, decision: Decision | None) -> list[Cell]:
    """The four cells of one criterion's row: ``(text, value or (value, new top id), tooltip)``."""
    note = engine_text(c.note) or QCoreApplication.translate("ThresholdTable", "No weight from 0 % to 100 % puts another option "
                                                "first.")
    depth = len(decision.ancestors(c.criterion_id)) if decision is not None and \
        decision.has_criterion(c.criterion_id) else 0
    weight_tip = QCoreApplication.translate("ThresholdTable", "{0} % of its group; {1} % of the total weight").format(
        pct(c.local_weight, 1), pct(c.global_weight, 1))
    return [("    " * depth + c.name, c.criterion_id, c.label),
            (pct(c.local_weight, 1) + " %", c.local_weight, weight_tip),
            threshold_cell(c.decrease, note), threshold_cell(c.increase, note)]


def threshold_cell(t: Threshold | None, note: str) -> Cell:
    """One threshold cell: the weight, and on a second line the option that then comes first."""
    if t is None:
        return (DASH, None, note)
    tip = QCoreApplication.translate(
        "ThresholdTable", "At {0} % of its group ({1} % of the total weight), {2} comes first.").format(
        pct(t.local_weight, 1), pct(t.global_weight, 1), t.new_top_name)
    if not t.exact:
        tip += " " + QCoreApplication.translate(
            "ThresholdTable", "Found by search, to within {0} percentage points.").format(f"{100 * t.tolerance:.1g}")
    return (f"{pct(t.local_weight, 1)} %\n→ {t.new_top_name}", (t.local_weight, t.new_top_id), tip)


__all__ = [
    "COL_CRITERION",
    "COL_DOWN",
    "COL_UP",
    "COL_WEIGHT",
    "NEW_TOP_ROLE",
    "ThresholdTable",
    "criterion_cells",
    "threshold_cell",
]
