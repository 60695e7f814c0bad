"""Red lines: list, add, edit and remove the limits no option may cross.

Each add, change or removal is submitted at once as its own undoable edit
(:mod:`counterweight.services.red_lines`), so the ranking behind the dialog shows
the effect straight away and Ctrl+Z takes back one step. The list follows the
session: an undo in the main window updates it too.

Each red line is edited in :class:`~counterweight.ui.dialogs.red_line_editor.RedLineEditor`
(its own module; imported here too, as before).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QKeySequence, QPainter, QPainterPath, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain import RedLine, RedLineAction
from counterweight.services.changes import ChangeSet
from counterweight.services.red_lines import AddRedLine, RemoveRedLine, UpdateRedLine, describe_red_line
from counterweight.ui.accessibility import named
from counterweight.ui.dialogs.dialog_fit import fit_to_screen, keep_name_column, refit_columns
from counterweight.ui.dialogs.red_line_editor import RedLineEditor
from counterweight.ui.session_controller import SessionController
from counterweight.ui.engine_text import engine_text
from counterweight.ui.theme import set_tone  # issue 6: colours follow the system palette

_ICONS: dict[RedLineAction, QIcon] = {}
_EXCLUDE_HEX = "#C62828"
_FLAG_HEX = "#E69F00"


def red_line_icon(action: RedLineAction) -> QIcon:
    """A 16-pixel marker: a red no-entry sign (excluded) or an amber flag (flagged)."""
    action = RedLineAction(action)
    if action not in _ICONS:
        pix = QPixmap(32, 32)
        pix.fill(Qt.GlobalColor.transparent)
        p = QPainter(pix)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if action is RedLineAction.EXCLUDE:
            p.setPen(QPen(QColor(_EXCLUDE_HEX).darker(120), 1.5))
            p.setBrush(QColor(_EXCLUDE_HEX))
            p.drawEllipse(QRectF(2, 2, 28, 28))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor("white"))
            p.drawRect(QRectF(7, 13, 18, 6))
        else:
            p.setPen(QPen(QColor("#404040"), 2.5))
            p.drawLine(QPointF(7, 3), QPointF(7, 30))
            path = QPainterPath(QPointF(8, 4))
            for x, y in ((28, 9), (8, 17)):
                path.lineTo(x, y)
            path.closeSubpath()
            p.setPen(QPen(QColor(_FLAG_HEX).darker(140), 1))
            p.setBrush(QBrush(QColor(_FLAG_HEX)))
            p.drawPath(path)
        p.end()
        _ICONS[action] = QIcon(pix)
    return _ICONS[action]


class RedLinesDialog(QDialog):
    """Lists the decision's red lines; Add, Edit and Remove each make one undoable edit."""

    COLUMNS = (QT_TRANSLATE_NOOP("RedLinesDialog", "Rule"), QT_TRANSLATE_NOOP("RedLinesDialog", "Action"),
               QT_TRANSLATE_NOOP("RedLinesDialog", "Breached by"), QT_TRANSLATE_NOOP("RedLinesDialog", "Note"))

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("redLinesDialog")
        self._controller = controller
        self.setWindowTitle(self.tr("Red lines"))
        self.setAccessibleName(self.windowTitle())
        self.editor: RedLineEditor | None = None

        intro = QLabel(self.tr(
            "A red line is a limit that no good score elsewhere can make up for. An option on the wrong side "
            "is flagged beside the ranking, or excluded from it. Each change here can be undone (Ctrl+Z)."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        named(self.table, "redLinesTable", self.tr("Red lines"))
        self.table.setAccessibleDescription(self.tr("One row per red line: criterion, limit, action and note"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        # QA 17: the rule keeps at least 28 characters, the other columns fit their contents (see refresh)
        keep_name_column(self.table, 0, chars=28, cap_chars=30)

        self.add_button = QPushButton(self.tr("&Add…"), self)
        named(self.add_button, "addRedLineButton", self.tr("Add red line"))
        self.add_button.setAccessibleDescription(self.tr("Opens an editor for a new red line"))
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        named(self.edit_button, "editRedLineButton", self.tr("Edit red line"))
        self.edit_button.setAccessibleDescription(self.tr("Opens the selected red line in the editor"))
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        named(self.remove_button, "removeRedLineButton", self.tr("Remove red line"))
        self.remove_button.setAccessibleDescription(self.tr("Deletes the selected red line (undo with Ctrl+Z)"))
        self.add_button.setToolTip(self.tr("Add a red line (Insert)"))
        self.edit_button.setToolTip(self.tr("Edit the selected red line (Return)"))
        self.remove_button.setToolTip(self.tr("Remove the selected red line (Delete)"))
        self.status_label = QLabel(self)
        named(self.status_label, "redLinesStatus", self.tr("Problems"))
        self.status_label.setAccessibleDescription(self.tr("Why the last change could not be made"))
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        set_tone(self.status_label, "error")  # issue 6: follows the system palette
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("redLinesButtons")
        buttons.rejected.connect(self.reject)

        row = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        layout.addWidget(buttons)

        self.add_button.clicked.connect(self.add_red_line)
        self.edit_button.clicked.connect(self.edit_red_line)
        self.remove_button.clicked.connect(self.remove_red_line)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self.edit_red_line())
        for key, slot in ((QKeySequence.StandardKey.Delete, self.remove_red_line),
                          (QKeySequence(Qt.Key.Key_Insert), self.add_red_line)):
            shortcut = QShortcut(key, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        controller.changed.connect(self._on_changed)
        self.refresh()
        fit_to_screen(self, QSize(760, 360))  # QA 17: the columns at this font, within the screen (was 760 x 360)

    # ------------------------------------------------------------ list
    def _on_changed(self, _changes: ChangeSet) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Re-read the red lines from the session, keeping the selection."""
        ctl = self._controller
        keep = self.selected_id()
        decision = ctl.decision
        ev = ctl.evaluation
        self.table.setRowCount(len(decision.red_lines))
        for r, line in enumerate(decision.red_lines):
            crossed = sorted({b.option_name for b in ev.red_line_breaches if b.red_line_id == line.id})
            cells = (engine_text(describe_red_line(decision, line)),
                     self.tr("Exclude") if line.action is RedLineAction.EXCLUDE else self.tr("Flag"),
                     ", ".join(crossed) if crossed else self.tr("no option"),
                     line.note)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, line.id)
                if c == 1:
                    item.setIcon(red_line_icon(line.action))
                self.table.setItem(r, c, item)
        refit_columns(self.table)
        if keep is not None:
            self.select(keep)
        self._update_buttons()

    def _update_buttons(self) -> None:
        writable = not self._controller.read_only
        chosen = self.selected_id() is not None
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and chosen)
        self.remove_button.setEnabled(writable and chosen)

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select(self, red_line_id: str) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == red_line_id:
                self.table.selectRow(r)
                return

    def rules(self) -> list[str]:
        """The Rule column as shown."""
        return [self.table.item(r, 0).text() for r in range(self.table.rowCount())]

    # ------------------------------------------------------------ actions
    def _open_editor(self, line: RedLine | None) -> RedLineEditor:
        editor = RedLineEditor(self._controller.decision, line, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(lambda: self._submit_editor(editor, line is None))
        self.editor = editor
        editor.open()
        return editor

    def add_red_line(self) -> RedLineEditor | None:
        """Open the editor for a new red line (window-modal); OK submits one edit."""
        if self._controller.read_only:
            return None
        return self._open_editor(None)

    def edit_red_line(self) -> RedLineEditor | None:
        """Open the editor for the selected red line; OK submits one edit."""
        rid = self.selected_id()
        if rid is None or self._controller.read_only:
            return None
        line = next((r for r in self._controller.decision.red_lines if r.id == rid), None)
        return self._open_editor(line) if line is not None else None

    def _submit_editor(self, editor: RedLineEditor, new: bool) -> None:
        line = editor.red_line()
        if line is None:
            return
        edit = AddRedLine(line, label=self.tr("Add red line")) if new else \
            UpdateRedLine(line, label=self.tr("Edit red line"))
        error = self._controller.submit(edit)
        self.status_label.setText(error or "")
        if error is None:
            self.select(line.id)

    def remove_red_line(self) -> None:
        """Remove the selected red line (one undoable edit)."""
        rid = self.selected_id()
        if rid is None or self._controller.read_only:
            return
        error = self._controller.submit(RemoveRedLine(rid, label=self.tr("Remove red line")))
        self.status_label.setText(error or "")


__all__ = ["RedLineEditor", "RedLinesDialog", "red_line_icon"]
