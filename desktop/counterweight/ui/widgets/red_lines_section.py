"""The Red lines section of the ranking panel: a summary, the breaches, and the edit button.

One line per breach names the option and the limit it crosses (the reason is the
tooltip); activating a line asks for that option to be shown. The red lines
themselves are edited in :class:`~counterweight.ui.dialogs.red_lines_dialog.RedLinesDialog`,
which the ranking panel opens when the button is pressed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counterweight.services.red_lines import describe_breach
from counterweight.ui.engine_text import engine_text
from counterweight.ui.dialogs.red_lines_dialog import red_line_icon

if TYPE_CHECKING:
    from counterweight.domain import Decision
    from counterweight.engine import Evaluation


class RedLinesSection(QWidget):
    """Summary, breaches list and "Red lines…" button.

    Signals
    -------
    optionActivated(str)
        The user activated the breach of this option.
    """

    optionActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redLinesSection")
        title = QLabel(self.tr("<b>Red lines</b>"), self)
        self.summary = QLabel(self)
        self.summary.setObjectName("redLinesSummary")
        self.summary.setWordWrap(True)
        self.button = QPushButton(self.tr("Re&d lines…"), self)
        self.button.setObjectName("redLinesButton")
        self.button.setAccessibleName(self.tr("Edit red lines"))
        self.button.setToolTip(self.tr("Limits no option may cross, however well it scores elsewhere"))
        self.button.setAccessibleDescription(self.tr("Limits no option may cross, however well it scores elsewhere"))
        self.breaches = QListWidget(self)
        self.breaches.setObjectName("redLineBreachesList")
        self.breaches.setAccessibleName(self.tr("Red-line breaches"))
        self.breaches.setAccessibleDescription(self.tr("One line per option that crosses a red line; Enter shows "
                                                   "the option"))
        self.breaches.setWordWrap(True)
        self.breaches.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustIgnored)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(title)
        head.addWidget(self.summary, 1)
        head.addWidget(self.button)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addLayout(head)
        col.addWidget(self.breaches)
        self.breaches.itemActivated.connect(self._on_activated)

    def row_height(self) -> int:
        """Height of one breach line (two lines of text)."""
        return 2 * self.breaches.fontMetrics().lineSpacing() + 8

    def clear(self) -> None:
        """Show nothing (no project)."""
        self.breaches.clear()
        self.breaches.hide()
        self.summary.clear()

    def fill(self, decision: Decision, evaluation: Evaluation) -> None:
        """Show the red lines of ``decision`` and the breaches ``evaluation`` found."""
        self.breaches.clear()
        n_lines = len(decision.red_lines)
        breaches = evaluation.red_line_breaches
        if not n_lines:
            self.summary.setText(self.tr("none set"))
        elif not breaches:
            self.summary.setText(self.tr("No option breaches the red line.") if n_lines == 1
                                 else self.tr("No option breaches the %n red lines.", "", n_lines))
        else:
            self.summary.setText(self._breach_summary(len(breaches), len(evaluation.excluded_option_ids)))
        for breach in breaches:
            item = QListWidgetItem(red_line_icon(breach.action), engine_text(describe_breach(decision, breach)))
            item.setToolTip(engine_text(breach.reason))
            item.setData(Qt.ItemDataRole.UserRole, breach.option_id)
            self.breaches.addItem(item)
        self.breaches.setVisible(bool(breaches))
        # at least one breach (two lines) in view; drag the splitter for more
        self.breaches.setMinimumHeight(self.row_height() + 2 * self.breaches.frameWidth() + 4)

    def _breach_summary(self, n_breaches: int, n_excluded: int) -> str:
        """"2 breaches; 1 option excluded." with English plurals (no English numerus forms are loaded)."""
        breaches = self.tr("1 breach") if n_breaches == 1 else self.tr("%n breaches", "", n_breaches)
        excluded = (self.tr("1 option excluded") if n_excluded == 1
                    else self.tr("%n options excluded", "", n_excluded))
        #: Translators: {0} is "1 breach" or "%n breaches", {1} is "1 option excluded" or "%n options excluded".
        return self.tr("{0}; {1}.").format(breaches, excluded)

    def messages(self) -> list[str]:
        """The lines shown, one per breach."""
        return [self.breaches.item(i).text() for i in range(self.breaches.count())]

    def _on_activated(self, item: QListWidgetItem) -> None:
        option_id = item.data(Qt.ItemDataRole.UserRole)
        if option_id:
            self.optionActivated.emit(option_id)


__all__ = ["RedLinesSection"]
