"""The editable evidence rows of a score (source, locator, note) with Add and Remove buttons.

Split from :mod:`counterweight.ui.widgets.score_detail_parts`. Rows that came from a
linked library passage keep the link, passage and credibility the table does not show,
and are named by the library's title.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain import EvidenceRef
from counterweight.domain.errors import InvalidInputError
from counterweight.ui.accessibility import HeaderNamedEditors
from counterweight.ui.text_size import follow_font

#: Item data of an evidence row's first cell: the stored EvidenceRef (issue 4: evidence).
REF_ROLE = Qt.ItemDataRole.UserRole + 1


class EvidenceRows(QWidget):
    """Evidence rows of one score, editable, with "Add source" and "Remove source" buttons.

    Signals
    -------
    edited()
        A row was added, removed or changed by the user.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("scoreDetailEvidence")
        self.table.setAccessibleName(QCoreApplication.translate("ScoreDetailPanel", "Evidence"))
        self.table.setAccessibleDescription(QCoreApplication.translate(
                "ScoreDetailPanel", "Sources behind this score: source, locator and note, one row each"))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("ScoreDetailPanel", "Source"),
                                              QCoreApplication.translate("ScoreDetailPanel", "Locator"),
                                              QCoreApplication.translate("ScoreDetailPanel", "Note")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        self.table.setItemDelegate(HeaderNamedEditors(self.table))  # QA pass 30: "Source", not just "text"
        # One line per row, cut with an ellipsis (the tooltip and "Linked passages" show it all):
        # wrapped rows grew taller than the table in a narrow panel and showed neither end.
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        follow_font(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_button = QPushButton(QCoreApplication.translate("ScoreDetailPanel", "Add source"), self)
        self.add_button.setObjectName("scoreDetailAddEvidence")
        self.add_button.setAccessibleName(QCoreApplication.translate("ScoreDetailPanel", "Add an evidence row"))
        self.add_button.setAccessibleDescription(QCoreApplication.translate(
                "ScoreDetailPanel", "Adds an empty row and starts editing its source"))
        self.remove_button = QPushButton(QCoreApplication.translate("ScoreDetailPanel", "Remove source"), self)
        self.remove_button.setObjectName("scoreDetailRemoveEvidence")
        self.remove_button.setAccessibleName(QCoreApplication.translate(
                "ScoreDetailPanel", "Remove the selected evidence row"))
        self.remove_button.setAccessibleDescription(QCoreApplication.translate(
                "ScoreDetailPanel", "Removes the selected row from this score's evidence"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.table, 1)
        col.addLayout(buttons)
        self.table.itemChanged.connect(lambda _item: None if self._loading else self.edited.emit())
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)

    def load(self, evidence: list[EvidenceRef], titles: Callable[[EvidenceRef], str] | None = None) -> None:
        """Show ``evidence`` (without emitting :attr:`edited`).

        ``titles`` names a row citing the source library by the library's title (QA pass 19:
        the table showed the label stored at linking, the passages and the brief the title,
        and renaming the source changed only the latter); such a row's source is then
        renamed in the library, not here.
        """
        self._loading = True
        try:
            self.table.setRowCount(0)
            for ev in evidence:
                row = self.append(titles(ev) if titles is not None and ev.source_id else ev.source,
                                  ev.locator, ev.note, ref=ev)
                if titles is not None and ev.source_id:
                    first = self.table.item(row, 0)
                    first.setFlags(first.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    first.setToolTip(first.toolTip() + "\n" + QCoreApplication.translate(
                        "ScoreDetailPanel", "From the source library: rename it there (Evidence › Source library, "
                        "Ctrl+L)."))
        finally:
            self._loading = False

    def append(self, source: str = "", locator: str = "", note: str = "", ref: EvidenceRef | None = None) -> int:
        """Add a row and return its index."""
        table = self.table
        row = table.rowCount()
        was, self._loading = self._loading, True
        try:
            table.insertRow(row)
            for col, text in enumerate((source, locator, note)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, col, item)
            if ref is not None:  # issue 4: keep the link, passage and credibility the table does not show
                table.item(row, 0).setData(REF_ROLE, ref)
                if ref.quote:
                    table.item(row, 0).setToolTip(f"{source}\n\u201c{ref.quote[:500]}\u201d")
        finally:
            self._loading = was
        return row

    def add_row(self) -> None:
        """Add an empty evidence row and start editing its source."""
        row = self.append()
        self.edited.emit()
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def remove_row(self) -> None:
        """Remove the current evidence row."""
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit()

    def flush_editor(self) -> None:
        """Take in text still sitting in an open cell editor."""
        focus = QApplication.focusWidget()
        if focus is not None and focus is not self.table and self.table.isAncestorOf(focus):
            self.table.commitData(focus)

    def rows(self, where: str) -> list[dict[str, Any]]:
        """The rows as ``EvidenceRef`` fields (empty rows left out).

        Raises
        ------
        InvalidInputError
            A row has a locator or note but no source; ``where`` names the cell.
        """
        table = self.table
        evidence = []
        for row in range(table.rowCount()):
            cells = [(table.item(row, c).text().strip() if table.item(row, c) else "") for c in range(3)]
            if not any(cells):
                continue
            if not cells[0]:
                raise InvalidInputError(QCoreApplication.translate(
                        "ScoreDetailPanel", "evidence row {0} needs a source.").format(row + 1), where=where)
            first = table.item(row, 0)
            ref = first.data(REF_ROLE) if first is not None else None  # issue 4: keep linked fields
            kept = ref.model_dump() if isinstance(ref, EvidenceRef) else {}
            named_here = first is None or bool(first.flags() & Qt.ItemFlag.ItemIsEditable)
            source = cells[0] if named_here else kept["source"]  # a library row keeps its stored label
            evidence.append({**kept, "source": source, "locator": cells[1], "note": cells[2]})
        return evidence


__all__ = ["REF_ROLE", "EvidenceRows"]
