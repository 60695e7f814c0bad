"""Choose the scores a selected passage supports: options × criteria, credibility and a note.

Options and criteria are lists with check boxes (Space toggles the current row); the
passage is linked to every checked option on every checked criterion.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain import Decision
from counterweight.domain.evidence import Credibility

#: Passages longer than this are shortened in the preview (the link keeps all of it).
PREVIEW_CHARS = 400


def _named(widget: QWidget, name: str, accessible: str) -> None:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)


class LinkPassageDialog(QDialog):
    """Pick the score cells a passage is evidence for.

    Parameters
    ----------
    decision : Decision
        Supplies the options and scored criteria.
    quote : str
        The selected passage, shown for reference.
    cell : (option_id, criterion_id), optional
        The cell checked at first (e.g. the current cell of the score matrix).
    """

    def __init__(self, decision: Decision, quote: str, cell: tuple[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkPassageDialog")
        self.setWindowTitle(self.tr("Link passage to a score"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(440)

        shown = quote if len(quote) <= PREVIEW_CHARS else quote[:PREVIEW_CHARS].rstrip() + "…"
        self.quote_label = QLabel(f"\u201c{shown}\u201d", self)
        _named(self.quote_label, "linkPassageQuote", self.tr("Selected passage"))
        self.quote_label.setAccessibleDescription(self.tr("The passage that will be quoted as evidence"))
        self.quote_label.setWordWrap(True)
        self.option_list = self._checklist("linkPassageOptions", self.tr("Options"),
                                           [(o.id, o.name) for o in decision.options])
        self.criterion_list = self._checklist("linkPassageCriteria", self.tr("Criteria"),
                                              [(c.id, decision.path_name(c.id)) for c in decision.leaves])
        self.count_label = QLabel(self)
        _named(self.count_label, "linkPassageCount", self.tr("Number of scores to link"))
        self.count_label.setAccessibleDescription(self.tr("How many scores the passage will be linked to"))
        self.credibility_combo = QComboBox(self)
        _named(self.credibility_combo, "linkPassageCredibility", self.tr("Credibility of this evidence"))
        self.credibility_combo.setAccessibleDescription(self.tr("How far this passage supports the score"))
        labels = {Credibility.LOW: self.tr("Low"), Credibility.MEDIUM: self.tr("Medium"),
                  Credibility.HIGH: self.tr("High")}
        for cred in Credibility:
            self.credibility_combo.addItem(labels[cred], cred.value)
        self.credibility_combo.setCurrentIndex(self.credibility_combo.findData(Credibility.MEDIUM.value))
        self.credibility_combo.setToolTip(self.tr("How far this passage supports the score (low, medium, high)."))
        self.note_edit = QLineEdit(self)
        _named(self.note_edit, "linkPassageNote", self.tr("Note"))
        self.note_edit.setAccessibleDescription(self.tr("How the passage bears on the score (optional)"))
        self.note_edit.setPlaceholderText(self.tr("How the passage bears on the score"))

        form = QFormLayout()
        for text, widget in ((self.tr("&Options:"), self.option_list), (self.tr("Cr&iteria:"), self.criterion_list),
                             (self.tr("C&redibility:"), self.credibility_combo), (self.tr("&Note:"), self.note_edit)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("linkPassageButtons")
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Link"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote_label)
        layout.addLayout(form)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        for lst in (self.option_list, self.criterion_list):
            lst.itemChanged.connect(self._update_count)
        if cell is not None:
            self.set_cell(*cell)
        self._update_count()

    def _checklist(self, name: str, accessible: str, rows: list[tuple[str, str]]) -> QListWidget:
        lst = QListWidget(self)
        _named(lst, name, accessible)
        lst.setAccessibleDescription(self.tr("Tick each one the passage applies to; Space ticks"))
        lst.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for ident, text in rows:
            item = QListWidgetItem(text, lst)
            item.setData(Qt.ItemDataRole.UserRole, ident)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        lst.setMaximumHeight(max(60, min(8, len(rows)) * lst.sizeHintForRow(0) + 6) if rows else 60)
        return lst

    @staticmethod
    def _set_checked(lst: QListWidget, ident: str, on: bool = True) -> None:
        for row in range(lst.count()):
            item = lst.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == ident:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                lst.setCurrentItem(item)

    @staticmethod
    def _checked(lst: QListWidget) -> list[str]:
        return [lst.item(r).data(Qt.ItemDataRole.UserRole) for r in range(lst.count())
                if lst.item(r).checkState() == Qt.CheckState.Checked]

    def set_cell(self, option_id: str, criterion_id: str, on: bool = True) -> None:
        """Check (or uncheck) an option and a criterion; unknown ids are ignored."""
        self._set_checked(self.option_list, option_id, on)
        self._set_checked(self.criterion_list, criterion_id, on)

    def cells(self) -> list[tuple[str, str]]:
        """Every checked option on every checked criterion, in list order."""
        return [(o, c) for o in self._checked(self.option_list) for c in self._checked(self.criterion_list)]

    def _update_count(self, *_: object) -> None:
        n = len(self.cells())
        self.count_label.setText(self.tr("The passage will be linked to 1 score.") if n == 1 else
                                 self.tr("The passage will be linked to %n scores.", "", n))
        self.ok_button.setEnabled(n > 0)

    def credibility(self) -> Credibility:
        return Credibility(self.credibility_combo.currentData())

    def note(self) -> str:
        return self.note_edit.text().strip()


__all__ = ["LinkPassageDialog"]
