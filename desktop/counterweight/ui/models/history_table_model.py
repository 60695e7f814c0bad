"""The History panel's table: filtered audit entries, newest first, old and new values in words.

Split from :mod:`counterweight.ui.widgets.history_panel`, which owns the filters and the
verification status; the wording itself is in :mod:`counterweight.services.history_wording`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from counterweight.domain import Decision
from counterweight.services.history import AuditEntry, split_action
from counterweight.services.history_phrases import action_phrase, target_phrase
from counterweight.services.history_packets import packet_lines
from counterweight.services.history_wording import Names, describe_change, full_text
from counterweight.services.history_values import shorten  # fix17f
from counterweight.ui.engine_text import engine_text
from counterweight.ui.local_times import local_stamp, local_time, local_time_tip

__all__ = ["ENTRY_ID_ROLE", "HistoryTableModel"]

ModelIndex = QModelIndex | QPersistentModelIndex
#: Item data role holding an entry's id.
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class HistoryTableModel(QAbstractTableModel):
    """The filtered audit entries, one per row, newest first; old and new values in words."""

    #: Column headers, translated when shown (marked here so lupdate files them under this class).
    HEADERS = (QT_TRANSLATE_NOOP("HistoryTableModel", "#"), QT_TRANSLATE_NOOP("HistoryTableModel", "When"),
               QT_TRANSLATE_NOOP("HistoryTableModel", "Who"), QT_TRANSLATE_NOOP("HistoryTableModel", "Action"),
               QT_TRANSLATE_NOOP("HistoryTableModel", "What"), QT_TRANSLATE_NOOP("HistoryTableModel", "Old value"),
               QT_TRANSLATE_NOOP("HistoryTableModel", "New value"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[AuditEntry] = []
        self._names = Names(None)
        self._texts: dict[int, tuple[str, str]] = {}  # entry id -> (old, new) in words, for _names
        self._log: list[AuditEntry] = []  # the whole history: an undone import's values are read from it

    def set_entries(self, entries: list[AuditEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def set_log(self, log: list[AuditEntry]) -> None:
        """The whole history the rows come from (an import taken back by Undo is worded from its import)."""
        self._log = log

    def prepend(self, entries: list[AuditEntry]) -> None:
        """Show ``entries`` (newer than every row, newest first) above the rows shown."""
        if entries:
            self.beginInsertRows(QModelIndex(), 0, len(entries) - 1)
            self._entries[:0] = entries
            self.endInsertRows()

    def set_decision(self, decision: Decision | None) -> None:
        """Name elements from ``decision`` (after an edit a name may have changed)."""
        if decision is not self._names.decision:
            self._names, self._texts = Names(decision), {}
            if self._entries:
                self.dataChanged.emit(self.index(0, 5), self.index(len(self._entries) - 1, 6))

    def entry(self, row: int) -> AuditEntry:
        return self._entries[row]

    def entries(self) -> list[AuditEntry]:
        return list(self._entries)

    def values_text(self, entry: AuditEntry) -> tuple[str, str]:
        """The entry's old and new values in words (worked out once per entry and decision)."""
        found = self._texts.get(entry.id)
        if found is None:
            found = self._texts[entry.id] = describe_change(entry, self._names, self._log)
        return found

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal and section == 1:
            return local_time_tip()  # "When" is local time; the audit log command prints UTC
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self._entries[index.row()]
        col = index.column()
        if role == ENTRY_ID_ROLE:
            return e.id
        if role == Qt.ItemDataRole.DisplayRole:
            if col >= 5:  # fix17f: the words around the values in the user's language
                return shorten(engine_text(self.values_text(e)[col - 5]))
            return (str(e.id), local_stamp(e.at), e.user,
                    engine_text(action_phrase(e.action)), engine_text(target_phrase(e.target)))[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(e, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, e: AuditEntry, col: int) -> str | None:
        # QA pass 19: a packet import lists every value it changed, one a line, and the packet's facts
        lines = "\n".join(engine_text(line) for line in packet_lines(e, self._names, self._log)) if col >= 4 else ""
        if col >= 5:  # the value in words, then in full as recorded
            value = e.old if col == 5 else e.new
            text = lines or shorten(engine_text(self.values_text(e)[col - 5]))  # fix17f
            return text if value is None else text + "\n\n" + self.tr("As recorded:") + "\n" + full_text(value)
        if col == 1:  # the clock the column reads, and the time with its offset from UTC
            return local_time(e.at).isoformat(timespec="seconds") + "\n" + local_time_tip(e.at)
        if col == 3 and split_action(e.action)[0] is not None:
            return (self.tr("Written by Edit > Undo: it took back the step named after “Undo:”.")
                    if split_action(e.action)[0] == "undo"
                    else self.tr("Written by Edit > Redo: it made the step named after “Redo:” again."))
        return (e.target + ("\n\n" + lines if lines else "")) if col == 4 else None
