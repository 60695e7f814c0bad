"""Criteria › Move to group…: choose the group a criterion goes into, or the top level.

The list offers the top level and every group of the tree, named by its path
(``Benefits › Economic``), leaving out the place the criterion is in now, the
criterion itself and anything inside it (a criterion cannot go inside itself).
Scored criteria are never offered: only groups hold other criteria.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain import Decision

#: Item data of the "Top level" entry (a group's entry holds the group's id).
TOP_LEVEL = ""


def destinations(decision: Decision, criterion_id: str) -> list[tuple[str | None, str]]:
    """Where ``criterion_id`` can be moved: ``(parent id or None for the top level, path name)`` pairs.

    Parameters
    ----------
    decision : Decision
        The decision holding the criterion.
    criterion_id : str
        The criterion (leaf or group) to move.

    Returns
    -------
    list of tuple
        The top level (``None``) first, then the groups in tree order; without the
        criterion's current parent, the criterion itself and its descendants.
    """
    crit = decision.criterion(criterion_id)
    inside = {criterion_id} | {c.id for c in decision.descendants(criterion_id)}
    out: list[tuple[str | None, str]] = []
    if crit.parent_id is not None:
        out.append((None, ""))  # the caller names the top level (translated)
    for c, _depth in decision.walk():
        if c.is_group and c.id not in inside and c.id != crit.parent_id:
            out.append((c.id, decision.path_name(c.id)))
    return out


class MoveCriterionDialog(QDialog):
    """A list of the groups (and the top level) a criterion can move into; :meth:`destination` once accepted."""

    def __init__(self, decision: Decision, criterion_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moveCriterionDialog")
        crit = decision.criterion(criterion_id)
        self.setWindowTitle(self.tr("Move to group"))
        self.setAccessibleName(self.windowTitle())
        where = decision.path_name(crit.parent_id) if crit.parent_id else self.tr("the top level")
        intro = QLabel(self.tr("Move “%1” (now in %2) and everything it holds into:")  # "&&": no mnemonic
                       .replace("%1", crit.name.replace("&", "&&")).replace("%2", where.replace("&", "&&")), self)
        intro.setObjectName("moveCriterionIntro")
        intro.setTextFormat(Qt.TextFormat.PlainText)  # names show as typed
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("moveDestinationList")
        self.list.setAccessibleName(self.tr("Destination group"))
        self.list.setAccessibleDescription(self.tr(
            "The group to move the criterion into, or Top level; it keeps its points and scores"))
        for parent_id, path in destinations(decision, criterion_id):
            item = QListWidgetItem(path if parent_id is not None else self.tr("Top level"), self.list)
            item.setData(Qt.ItemDataRole.UserRole, TOP_LEVEL if parent_id is None else parent_id)
        if self.list.count():
            self.list.setCurrentRow(0)
        intro.setBuddy(self.list)
        note = QLabel(self.tr("It keeps its points, which now count against its new siblings' points,"
                              " and all its scores. You can undo the move."), self)
        note.setObjectName("moveCriterionNote")
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("moveCriterionButtons")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Move"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.list.count() > 0)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        col = QVBoxLayout(self)
        col.addWidget(intro)
        col.addWidget(self.list, 1)
        col.addWidget(note)
        col.addWidget(self.buttons)
        self.list.setFocus()
        self.resize(max(420, self.sizeHint().width()), self.sizeHint().height())

    def destination(self) -> str | None:
        """The chosen group's id, or ``None`` for the top level."""
        item = self.list.currentItem()
        if item is None:
            raise ValueError("no destination chosen")  # programming error: OK is disabled then
        value = item.data(Qt.ItemDataRole.UserRole)
        return None if value == TOP_LEVEL else str(value)


__all__ = ["MoveCriterionDialog", "destinations"]
