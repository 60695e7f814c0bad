"""File > Set protective marking…: choose a preset or type the project's marking.

The marking (for example OFFICIAL-SENSITIVE) is shown across the top of the main
window and printed at the top and bottom of every page of a brief. The presets are
suggestions; any single line of up to 120 characters can be typed, including
caveats and descriptors used by an organisation. Leaving it empty removes it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain.decision import MAX_MARKING_CHARS
from counterweight.domain.errors import CounterweightError
from counterweight.services.marking import MARKING_PRESETS, clean_marking
from counterweight.ui.engine_text import engine_text
from counterweight.ui.theme import set_tone  # issue 6: colours follow the system palette


class MarkingDialog(QDialog):
    """Asks for the protective marking; :meth:`marking` gives the cleaned text once accepted."""

    def __init__(self, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markingDialog")
        self.setWindowTitle(self.tr("Protective marking"))
        self.setAccessibleName(self.tr("Protective marking"))
        intro = QLabel(self.tr(
            "The marking is shown across the top of the window and printed at the top and bottom of "
            "every page of a brief. Choose one or type your own (one line, up to {0} characters); leave "
            "it empty for none.").format(MAX_MARKING_CHARS), self)
        intro.setWordWrap(True)
        self.combo = QComboBox(self)
        self.combo.setObjectName("markingCombo")
        self.combo.setAccessibleName(self.tr("Protective marking"))
        self.combo.setAccessibleDescription(self.tr("Pick a marking or type your own; leave it empty for none"))
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.addItem(self.tr("(none)"), "")
        for preset in MARKING_PRESETS:
            self.combo.addItem(preset, preset)
        self.combo.lineEdit().setMaxLength(MAX_MARKING_CHARS)
        self.combo.lineEdit().setPlaceholderText(self.tr("e.g. OFFICIAL-SENSITIVE"))
        self.combo.setEditText(current)
        self.problem = QLabel(self)
        self.problem.setObjectName("markingProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # it may quote the marking typed
        set_tone(self.problem, "error")  # issue 6: follows the system palette
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.setObjectName("markingButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addWidget(intro)
        col.addWidget(self.combo)
        col.addWidget(self.problem)
        col.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def text(self) -> str:
        """What is in the box now ("(none)" counts as empty)."""
        text = self.combo.currentText()
        return "" if text == self.combo.itemText(0) else text

    def marking(self) -> str:
        """The marking to store (cleaned: one line, single spaces)."""
        return clean_marking(self.text())

    def accept(self) -> None:
        """Close only when the marking can be used; otherwise say why."""
        try:
            clean_marking(self.text())
        except CounterweightError as exc:
            self.problem.setText(engine_text(exc.message))
            self.problem.show()
            return
        super().accept()


__all__ = ["MarkingDialog"]
