"""The weighting dialog's preview: each criterion's local and global weight now and after OK.

Split from :mod:`counterweight.ui.dialogs.weighting_dialog` (its texts keep that dialog's
translation context).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from counterweight.domain import Criterion, Decision
from counterweight.ui.numbers import percent
from counterweight.engine import Evaluation
from counterweight.services.elicitation import ElicitationOutcome

COL_NAME, COL_NOW_LOCAL, COL_NEW_LOCAL, COL_NOW_GLOBAL, COL_NEW_GLOBAL = range(5)


class WeightPreview(QTableWidget):
    """One row per criterion weighed: local and global weight, now and as the judgements give them."""

    def __init__(self, kids: Sequence[Criterion], parent: QWidget | None = None) -> None:
        super().__init__(len(kids), 5, parent)
        self._kids = list(kids)
        self.setObjectName("previewTable")
        self.setAccessibleName(QCoreApplication.translate("WeightingDialog", "Current and resulting weights"))
        self.setAccessibleDescription(QCoreApplication.translate(
            "WeightingDialog", "Local and global weights, now and after OK"))  # issue 6
        self.setHorizontalHeaderLabels([
            QCoreApplication.translate("WeightingDialog", "Criterion"),
            QCoreApplication.translate("WeightingDialog", "Local\nnow"),
            QCoreApplication.translate("WeightingDialog", "Local\nnew"),
            QCoreApplication.translate("WeightingDialog", "Global\nnow"),
            QCoreApplication.translate("WeightingDialog", "Global\nnew")])
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        number = self.fontMetrics().horizontalAdvance(percent(1.0)) + 14  # h26f: "100.0 %", as the cells write it
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, number)
        for row, kid in enumerate(self._kids):
            name = QTableWidgetItem(kid.name)
            name.setToolTip(kid.name)
            self.setItem(row, COL_NAME, name)
            for col in range(1, 5):
                item = QTableWidgetItem("")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, col, item)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        line = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(3 * line + 8 + min(len(self._kids), 5) * (2 * line + 6))

    def fill(self, decision: Decision, evaluation: Evaluation, outcome: ElicitationOutcome | None) -> None:
        """Show the weights in ``decision`` now, and those of ``outcome`` ("—" while there is none).

        Every cell is a weight as the weights panel and the brief show it, computed from
        stored points: now the decision's, new the points OK would store (the judgements'
        weights rounded to 0.01 of a point). The judgements' unrounded local weight
        could read 39.7 % beside a global 39.8 % made from the rounded points (QA 22 item 11).
        """
        for row, kid in enumerate(self._kids):
            cells = {COL_NOW_LOCAL: evaluation.local_weights.get(kid.id),
                     COL_NOW_GLOBAL: evaluation.global_weights.get(kid.id),
                     COL_NEW_LOCAL: outcome.stored_local.get(kid.id) if outcome else None,
                     COL_NEW_GLOBAL: outcome.global_.get(kid.id) if outcome else None}
            for col, value in cells.items():
                self.item(row, col).setText("—" if value is None else percent(value))  # as the weights panel


__all__ = ["COL_NAME", "COL_NEW_GLOBAL", "COL_NEW_LOCAL", "COL_NOW_GLOBAL", "COL_NOW_LOCAL", "WeightPreview"]
