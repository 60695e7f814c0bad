"""The passages of library sources linked to one score, for the score detail panel.

Each entry shows the source's title, the credibility of the evidence and the quoted
passage (shortened in the list; whole in its tooltip). "Remove link" takes the
selected passage off the score as one undoable edit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain import EvidenceRef
from counterweight.domain.evidence import Credibility
from counterweight.services.evidence import UnlinkEvidence
from counterweight.ui.session_controller import SessionController

#: Quotes longer than this are shortened in the list.
SHOWN_QUOTE_CHARS = 240


class EvidencePassages(QWidget):
    """Linked passages of the score ``(option_id, criterion_id)`` with a Remove link button.

    Parameters
    ----------
    controller : SessionController
        The open project.
    before_edit : callable, optional
        Called before a link is removed; returning False cancels (the panel applies
        its pending changes there).
    """

    #: The last passage was removed: the focus should go back into the score details.
    focus_after_last = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None, *,
                 before_edit: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePassages")
        self._controller = controller
        self._before_edit = before_edit or (lambda: True)
        self._key: tuple[str, str] | None = None
        self.heading = QLabel(self.tr("Linked passages"), self)
        self.list = QListWidget(self)
        self.list.setObjectName("scoreDetailPassages")
        self.list.setAccessibleName(self.tr("Passages of sources linked to this score"))
        self.list.setAccessibleDescription(self.tr("Each quoted passage with its source and credibility"))
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.remove_button = QPushButton(self.tr("Remove lin&k"), self)  # Alt+L is History's "Go to e&lement"
        self.remove_button.setObjectName("scoreDetailRemoveLink")
        self.remove_button.setAccessibleName(self.tr("Remove the selected passage from this score"))
        self.remove_button.setAccessibleDescription(self.tr("The source keeps its text; undo with Ctrl+Z"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        self.list.currentRowChanged.connect(self._update_enabled)
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear()

    def _credibility_words(self, cred: Credibility) -> str:
        return {Credibility.LOW: self.tr("low credibility"), Credibility.MEDIUM: self.tr("medium credibility"),
                Credibility.HIGH: self.tr("high credibility")}[cred]

    def clear(self) -> None:
        self._key = None
        self.list.clear()
        self.setVisible(False)

    def show_score(self, option_id: str, criterion_id: str) -> None:
        """List the library evidence of the score of ``option_id`` on ``criterion_id``."""
        self._key = (option_id, criterion_id)
        decision = self._controller.decision
        # QA pass 19: outside the shared inputs, these are still the shared score's passages: say so
        self.heading.setText(self.tr("Linked passages") if self._controller.view is None
                             else self.tr("Linked passages (of the shared score)"))
        score = decision.score(option_id, criterion_id)
        self.list.clear()
        for index, ref in enumerate(score.evidence if score else []):
            if ref.source_id is None and not ref.quote:
                continue  # typed citations are in the evidence table above
            self.list.addItem(self._item(ref, index))
        self.setVisible(self.list.count() > 0)
        self._update_enabled()

    def _item(self, ref: EvidenceRef, index: int) -> QListWidgetItem:
        decision = self._controller.decision
        source = decision.source(ref.source_id) if ref.source_id else None
        title = source.title if source is not None else ref.source
        head = f"{title} · {self._credibility_words(ref.credibility)}"
        if ref.locator:
            head += f" · {ref.locator}"
        quote = ref.quote if len(ref.quote) <= SHOWN_QUOTE_CHARS else ref.quote[:SHOWN_QUOTE_CHARS].rstrip() + "…"
        lines = [head]
        if quote:
            lines.append(f"\u201c{quote}\u201d")
        if ref.note:
            lines.append(self.tr("Note: {0}").format(ref.note))
        item = QListWidgetItem("\n".join(lines))
        item.setData(Qt.ItemDataRole.UserRole, index)
        item.setData(Qt.ItemDataRole.UserRole + 1, ref)
        tip = [head]
        if ref.quote:
            tip.append(f"\u201c{ref.quote}\u201d")
        if source is not None and source.reference:
            tip.append(self.tr("Reference: {0}").format(source.reference))
        item.setToolTip("\n".join(tip))
        return item

    def _update_enabled(self, *_: object) -> None:
        self.remove_button.setEnabled(not self._controller.read_only and self.list.currentRow() >= 0)

    def remove_selected(self) -> bool:
        """Unlink the selected passage from the score (one undoable edit)."""
        item = self.list.currentItem()
        if item is None or self._key is None:
            return False
        ref: EvidenceRef = item.data(Qt.ItemDataRole.UserRole + 1)
        key = self._key
        if not self._before_edit():
            return False
        score = self._controller.decision.score(*key)
        at = next((i for i, e in enumerate(score.evidence) if e == ref), None) if score else None
        if at is None:
            return False
        row = self.list.currentRow()
        if self._controller.submit(UnlinkEvidence(key[0], key[1], at)) is not None:
            return False
        # QA pass 14: the button vanished with the last passage and Qt sent the focus across the
        # window (to the weights); keep it here: on the next passage, else on the score's rationale
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.parentWidget() is not None:
            self.focus_after_last.emit()
        return True


__all__ = ["EvidencePassages"]
