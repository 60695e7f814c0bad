"""Choose the scores a selected passage supports: options × criteria, credibility and a note.

Options and criteria are lists with check boxes (Space toggles the current row); the
passage is linked to every checked option on every checked criterion. A long option
name or criterion path wraps onto more lines rather than scrolling its list sideways
(QA: 150 % text on a 1,366 x 768 screen), and the dialog opens at the size its lists
ask for, within the screen (:func:`counterweight.ui.dialogs.dialog_fit.fit_to_screen`).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain import Decision
from counterweight.domain.evidence import Credibility
from counterweight.ui.accessibility import named
from counterweight.ui.dialogs.dialog_fit import fit_to_screen

#: Passages longer than this are shortened in the preview (the link keeps all of it).
PREVIEW_CHARS = 400
#: A list asks for the height of this many of its rows, as they wrap at its width...
SHOWN_ROWS = 8
#: ...and keeps at least this many in view however small the dialog is made.
MIN_ROWS = 3
#: Width a list asks for, in average characters of its font (most names then take one line).
LIST_CHARS = 48


class CheckList(QListWidget):
    """A list of check boxes whose long lines wrap at its width, so that it never scrolls sideways.

    Its size hint is :data:`LIST_CHARS` characters wide and as high as its first
    :data:`SHOWN_ROWS` rows as they wrap at its width; its minimum keeps :data:`MIN_ROWS`
    rows in view. Both follow its font and width (measured beside a vertical scroll bar,
    shown or not, so that the height asked for never changes the width it is measured at).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # the rows wrap again when the list's width changes
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)  # rows of several lines
        self.setTextElideMode(Qt.TextElideMode.ElideRight)  # only a single word wider than the list is cut

    def _bar(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def _hint_width(self) -> int:
        return LIST_CHARS * self.fontMetrics().averageCharWidth() + 2 * self.frameWidth() + self._bar()

    def rows_height(self, rows: int) -> int:
        """Height showing the first ``rows`` rows as they wrap at the list's width (before it is shown: its hint's)."""
        width = self.width() if self.isVisible() else self._hint_width()
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = QRect(0, 0, max(1, width - 2 * self.frameWidth() - self._bar()), 1)  # the width rows wrap at
        delegate, model = self.itemDelegate(), self.model()
        total = sum(delegate.sizeHint(option, model.index(r, 0)).height() for r in range(min(rows, self.count())))
        return (total or 2 * self.fontMetrics().lineSpacing()) + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self._hint_width(), self.rows_height(SHOWN_ROWS))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(super().minimumSizeHint().width(), self.rows_height(MIN_ROWS))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the rows wrap onto more or fewer lines: the layout asks again


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
    view : str, optional
        The view the main window shows when it is not the shared inputs ("Analyst
        view: Ann"). Library passages are always linked to the shared scores, so the
        dialog then says so plainly (QA pass 19: in an analyst's view the link went
        to the shared score and nothing said so).
    """

    def __init__(self, decision: Decision, quote: str, cell: tuple[str, str] | None = None,
                 parent: QWidget | None = None, *, view: str = "") -> None:
        super().__init__(parent)
        self._view = view
        self.setObjectName("linkPassageDialog")
        self.setWindowTitle(self.tr("Link passage to a score"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(440)

        shown = quote if len(quote) <= PREVIEW_CHARS else quote[:PREVIEW_CHARS].rstrip() + "…"
        self.quote_label = QLabel(f"\u201c{shown}\u201d", self)
        named(self.quote_label, "linkPassageQuote", self.tr("Selected passage"))
        self.quote_label.setAccessibleDescription(self.tr("The passage that will be quoted as evidence"))
        self.quote_label.setWordWrap(True)
        self.option_list = self._checklist("linkPassageOptions", self.tr("Options"),
                                           [(o.id, o.name) for o in decision.options])
        self.criterion_list = self._checklist("linkPassageCriteria", self.tr("Criteria"),
                                              [(c.id, decision.path_name(c.id)) for c in decision.leaves])
        self.shared_note = QLabel(self.tr(
            "{0} is shown, but the passage will be linked to the shared scores: library evidence belongs "
            "to the shared inputs, not to an analyst's own scores.").format(view), self)
        named(self.shared_note, "linkPassageSharedNote", self.tr("Where the passage is linked"))
        self.shared_note.setWordWrap(True)
        self.shared_note.setTextFormat(Qt.TextFormat.PlainText)  # an analyst's name as typed
        self.shared_note.setVisible(bool(view))
        self.count_label = QLabel(self)
        named(self.count_label, "linkPassageCount", self.tr("Number of scores to link"))
        self.count_label.setAccessibleDescription(self.tr("How many scores the passage will be linked to"))
        self.credibility_combo = QComboBox(self)
        named(self.credibility_combo, "linkPassageCredibility", self.tr("Credibility of this evidence"))
        self.credibility_combo.setAccessibleDescription(self.tr("How far this passage supports the score"))
        labels = {Credibility.LOW: self.tr("Low"), Credibility.MEDIUM: self.tr("Medium"),
                  Credibility.HIGH: self.tr("High")}
        for cred in Credibility:
            self.credibility_combo.addItem(labels[cred], cred.value)
        self.credibility_combo.setCurrentIndex(self.credibility_combo.findData(Credibility.MEDIUM.value))
        self.credibility_combo.setToolTip(self.tr("How far this passage supports the score (low, medium, high)."))
        self.note_edit = QLineEdit(self)
        named(self.note_edit, "linkPassageNote", self.tr("Note"))
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
        layout.addWidget(self.shared_note)
        layout.addLayout(form)
        layout.addWidget(self.count_label)
        layout.addWidget(self.buttons)
        for lst in (self.option_list, self.criterion_list):
            lst.itemChanged.connect(self._update_count)
        if cell is not None:
            self.set_cell(*cell)
        self._update_count()
        fit_to_screen(self)  # large text: the lists' rows as they wrap at this font, within the screen

    def _checklist(self, name: str, accessible: str, rows: list[tuple[str, str]]) -> QListWidget:
        lst = CheckList(self)
        named(lst, name, accessible)
        lst.setAccessibleDescription(self.tr("Tick each one the passage applies to; Space ticks"))
        lst.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for ident, text in rows:
            item = QListWidgetItem(text, lst)
            item.setData(Qt.ItemDataRole.UserRole, ident)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
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
        if self._view:  # not the shared inputs: say whose scores take the link
            self.count_label.setText(self.tr("The passage will be linked to 1 shared score.") if n == 1 else
                                     self.tr("The passage will be linked to %n shared scores.", "", n))
        else:
            self.count_label.setText(self.tr("The passage will be linked to 1 score.") if n == 1 else
                                     self.tr("The passage will be linked to %n scores.", "", n))
        self.ok_button.setEnabled(n > 0)

    def credibility(self) -> Credibility:
        return Credibility(self.credibility_combo.currentData())

    def note(self) -> str:
        return self.note_edit.text().strip()


__all__ = ["CheckList", "LinkPassageDialog"]
