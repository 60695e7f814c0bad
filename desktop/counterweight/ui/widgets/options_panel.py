"""The options panel: the list of courses of action, with add, rename, edit, move, delete.

Keyboard (while the list has focus): Insert adds an option after the current one, F2
renames it in place, Alt+Return edits its description and source, Alt+Up/Alt+Down move
it, Delete removes it after a confirmation naming the option and its scores. Every
change is an edit submitted to the session controller, so it is saved and undoable.
"""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain import Decision, Option, new_id
from counterweight.domain.errors import InvalidInputError, from_validation_error
from counterweight.services.changes import ChangeSet, Part
from counterweight.services.option_edits import AddOption, MoveOption, RemoveOption, UpdateOption, refuse_taken_name
from counterweight.ui.engine_text import error_text
from counterweight.ui.session_controller import SessionController
from counterweight.ui.safe_tooltips import escaped
from counterweight.ui.widgets.kept_focus import set_enabled  # session 28: focus kept off Delete
from counterweight.ui.widgets.kept_selection import follow, nearby
from counterweight.services.naming import NameNew
from counterweight.ui.widgets.name_delegate import NAME_MAX_LENGTH, NameDelegate, first_free_name, rename_problem
from counterweight.ui.widgets.open_editor import commit_open_editor  # QA 24: a name being typed
from counterweight.ui.theme import set_tone  # issue 6: colours follow the system palette
from counterweight.ui.text_size import lines_high  # issue 6: text scales with the system font

OptionIdRole = Qt.ItemDataRole.UserRole + 1


def _validated_option(data: dict[str, str], what: str) -> Option | str:
    try:
        return Option.model_validate(data)
    except ValidationError as exc:
        return str(from_validation_error(exc, what=what))


def action_buttons(parent: QWidget, name: str, accessible: str, rows: list[list[QAction]]) -> QWidget:
    """A compact grid of tool buttons, one per action, that fits a narrow column."""
    box = QWidget(parent)
    box.setObjectName(name)
    box.setAccessibleName(accessible)
    grid = QGridLayout(box)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setSpacing(2)
    for r, actions in enumerate(rows):
        for c, action in enumerate(actions):
            button = QToolButton(box)
            button.setDefaultAction(action)
            button.setObjectName(action.objectName().replace("Action", "Button"))
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            button.setAccessibleDescription(action.toolTip())  # issue 6: what it does, with its shortcut
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            grid.addWidget(button, r, c)
    return box


class OptionDialog(QDialog):
    """Edit an option's name, description and source.

    OK is disabled while the name is empty or, given the ``decision``, another option
    already has it (the rule of :func:`~counterweight.services.option_edits.refuse_taken_name`).
    """

    def __init__(self, option: Option, parent: QWidget | None = None, decision: Decision | None = None) -> None:
        super().__init__(parent)
        self._decision = decision
        self.setObjectName("optionDialog")
        self.setWindowTitle(self.tr("Edit option"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(460)
        self._option = option
        self.name_edit = QLineEdit(option.name, self)
        self.name_edit.setMaxLength(NAME_MAX_LENGTH)
        self.description_edit = QPlainTextEdit(option.description, self)
        self.source_edit = QPlainTextEdit(option.source, self)
        for widget, name, acc in (
            (self.name_edit, "optionNameEdit", self.tr("Name")),
            (self.description_edit, "optionDescriptionEdit", self.tr("Description")),
            (self.source_edit, "optionSourceEdit", self.tr("Source")),
        ):
            widget.setObjectName(name)
            widget.setAccessibleName(acc)
        self.source_edit.setAccessibleDescription(self.tr("Where the option comes from, e.g. a citation"))
        self.name_edit.setAccessibleDescription(self.tr("The name shown in the score matrix, ranking and reports"))
        self.description_edit.setAccessibleDescription(self.tr("What the option would do, in a sentence or two"))
        for edit in (self.description_edit, self.source_edit):
            edit.setTabChangesFocus(True)
            lines_high(edit, 5)  # issue 6: grows with the system font (was 80 px)
        form = QFormLayout()
        for text, widget in ((self.tr("&Name:"), self.name_edit),
                             (self.tr("&Description:"), self.description_edit),
                             (self.tr("&Source:"), self.source_edit)):
            label = QLabel(text, self)
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("optionProblemsLabel")
        self.problems_label.setAccessibleName(self.tr("Problems"))
        self.problems_label.setAccessibleDescription(self.tr("What must be fixed before OK can be pressed"))
        set_tone(self.problems_label, "error")  # issue 6: follows the system palette
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)  # it may quote another option's name
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.setObjectName("optionDialogButtons")
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("okButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addLayout(form)
        col.addWidget(self.problems_label)
        col.addWidget(buttons)
        for edit in (self.name_edit, self.description_edit, self.source_edit):
            edit.textChanged.connect(self._revalidate)
        self._result: Option | None = None
        self._revalidate()

    def _revalidate(self) -> None:
        result = _validated_option({
            "id": self._option.id,
            "name": self.name_edit.text().strip(),
            "description": self.description_edit.toPlainText().strip(),
            "source": self.source_edit.toPlainText().strip(),
        }, self.tr("Option"))
        if isinstance(result, Option) and result.name and self._decision is not None:
            try:
                refuse_taken_name(self._decision, result, self._option)
            except InvalidInputError as exc:
                result = self.tr("Name: %1").replace("%1", error_text(exc))
        if isinstance(result, str) or not result.name:
            self._result = None
            self.problems_label.setText(self.tr("Name: must not be empty.") if not self.name_edit.text().strip()
                                        else str(result))
        else:
            self._result = result
            self.problems_label.setText("")
        self.problems_label.setVisible(self._result is None)
        self.ok_button.setEnabled(self._result is not None)

    def option(self) -> Option | None:
        """The edited option, or ``None`` while the input is invalid."""
        return self._result


class OptionsPanel(QWidget):
    """List of options with the actions that change them.

    Signals
    -------
    currentOptionChanged(str)
        The id of the option now selected (empty when none).
    """

    currentOptionChanged = Signal(str)

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("optionsPanel")
        self.setAccessibleName(self.tr("Options"))
        self._controller = controller
        self.title_label = QLabel(self)
        self.title_label.setObjectName("optionsTitle")
        self.list = QListWidget(self)
        self.list.setObjectName("optionsList")
        self.list.setAccessibleName(self.tr("Options"))
        self.list.setAccessibleDescription(
            self.tr("Insert adds, F2 renames, Alt+Return edits details, Alt+Up and Alt+Down move, Delete removes")
        )
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setItemDelegate(NameDelegate("optionNameEditor", self.tr("Name of option"), self.list))
        self._naming: NameNew | None = None  # the option just inserted, while its first name is typed
        self.list.itemDelegate().closeEditor.connect(self._naming_done)
        self.title_label.setBuddy(self.list)

        self.add_action = self._action("addOptionAction", self.tr("&Add option"), "Insert",
                                       self.tr("Add a new option after the selected one"), self.add_option)
        self.rename_action = self._action("renameOptionAction", self.tr("&Rename"), "F2",
                                          self.tr("Rename the selected option in place"), self.rename_current)
        self.edit_action = self._action("editOptionAction", self.tr("&Edit details…"), "Alt+Return",
                                        self.tr("Edit name, description and source"), self.edit_current)
        self.up_action = self._action("moveOptionUpAction", self.tr("Move &up"), "Alt+Up",
                                      self.tr("Move the selected option up"), lambda: self.move_current(-1))
        self.down_action = self._action("moveOptionDownAction", self.tr("Move &down"), "Alt+Down",
                                        self.tr("Move the selected option down"), lambda: self.move_current(1))
        self.delete_action = self._action("deleteOptionAction", self.tr("De&lete…"), "Delete",
                                          self.tr("Delete the selected option and its scores"),
                                          self.delete_current)
        for action, short in ((self.add_action, self.tr("Add")), (self.edit_action, self.tr("Details…")),
                              (self.up_action, self.tr("↑ Up")), (self.down_action, self.tr("↓ Down"))):
            action.setIconText(short)  # button caption; menus keep the full text
        self.buttons = action_buttons(self, "optionsButtons", self.tr("Option actions"), [
            [self.add_action, self.rename_action, self.edit_action],
            [self.up_action, self.down_action, self.delete_action]])
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list.addActions(self.edit_actions())

        col = QVBoxLayout(self)
        col.setContentsMargins(4, 4, 4, 4)
        col.addWidget(self.title_label)
        col.addWidget(self.list, 1)
        col.addWidget(self.buttons)

        self.list.itemChanged.connect(self._on_item_changed)
        self.list.currentItemChanged.connect(self._on_current_changed)
        controller.sessionReplaced.connect(self.reload)
        controller.changed.connect(self._on_changed)
        controller.add_pending_edits(self)  # QA 24: a name being typed, applied before Open or New
        self._select_after: str | None = None
        self.reload()

    # ------------------------------------------------------------ set-up
    def _action(self, name: str, text: str, shortcut: str, tip: str, slot) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{tip} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def edit_actions(self) -> list[QAction]:
        """The panel's actions, in button order."""
        return [self.add_action, self.rename_action, self.edit_action, self.up_action, self.down_action,
                self.delete_action]

    # ------------------------------------------------------------ state
    def current_option_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(OptionIdRole) if item is not None else None

    def select_option(self, option_id: str) -> None:
        """Make ``option_id`` the current item (no-op if it is not listed)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(OptionIdRole) == option_id:
                if self.list.currentRow() != row:
                    self.list.setCurrentRow(row)
                return

    def reload(self) -> None:
        """Rebuild the list from the current decision, keeping the selection where possible."""
        keep = self._select_after or self.current_option_id()
        self._select_after = None
        with QSignalBlocker(self.list):
            self.list.clear()
            if self._controller.has_session:
                decision = self._controller.decision
                for opt in decision.options:
                    item = QListWidgetItem(opt.name)
                    item.setData(OptionIdRole, opt.id)
                    tip = "\n".join(t for t in (opt.description, opt.source and self.tr("Source: ") + opt.source)
                                    if t)
                    item.setToolTip(tip or opt.name)
                    flags = item.flags() | Qt.ItemFlag.ItemIsEditable
                    if self._controller.read_only:
                        flags &= ~Qt.ItemFlag.ItemIsEditable
                    item.setFlags(flags)
                    self.list.addItem(item)
        count = self.list.count()
        self.title_label.setText(self.tr("&Options (%1)").replace("%1", str(count)))
        if keep:
            self.select_option(keep)
        if self.list.currentRow() < 0 and count:
            self.list.setCurrentRow(0)
        self._update_actions()
        self.currentOptionChanged.emit(self.current_option_id() or "")

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Part.OPTIONS):
            if self._select_after is None and self._controller.has_session:
                # an option put back by undo is selected; a removed one hands over to its neighbour
                listed = [self.list.item(row).data(OptionIdRole) for row in range(self.list.count())]
                current = self.current_option_id()
                self._select_after = follow(current, listed, [o.id for o in self._controller.decision.options],
                                            nearby(listed, current) if current else ())
            self.reload()

    def _on_current_changed(self, *_: object) -> None:
        self._update_actions()
        self.currentOptionChanged.emit(self.current_option_id() or "")

    def _update_actions(self) -> None:
        editable = self._controller.has_session and not self._controller.read_only
        row, count = self.list.currentRow(), self.list.count()
        # session 28: a button that disables itself (Down on the last place) hands the focus to the list
        set_enabled([(self.add_action, editable), (self.up_action, editable and row > 0),
                     (self.down_action, editable and 0 <= row < count - 1),
                     *((a, editable and row >= 0) for a in (self.rename_action, self.edit_action,
                                                            self.delete_action))], focus_to=[self.list])

    # ------------------------------------------------------------ actions
    def _unique_name(self) -> str:
        return first_free_name(self.tr("Option %1"), (o.name for o in self._controller.decision.options))

    def add_option(self) -> None:
        """Add a new option after the current one and start renaming it."""
        if not self.add_action.isEnabled():
            return
        option = Option(id=new_id("opt"), name=self._unique_name())
        row = self.list.currentRow()
        index = row + 1 if row >= 0 else None
        self._select_after = option.id
        insert = NameNew.insert(AddOption(option, index=index))
        if self._controller.submit(insert) is not None:
            self._select_after = None
            return
        self.rename_current()
        if self.list.state() == QAbstractItemView.State.EditingState:
            self._naming = insert  # the name typed now joins the insert's undo step

    def commit_pending_edits(self) -> str | None:
        """Apply the name being typed in the list, as Enter would (before the project is left, saved or
        exported): ``None`` when applied or none was typed, else why it was refused (still open, as typed)."""
        problem = commit_open_editor(self.list, self._controller.errorRaised)
        if problem is None:
            return None
        return self.tr("The option name typed in the Options list could not be applied.\n\n{0}\n\nThe list still "
                       "shows what was typed.").format(problem)

    def _naming_done(self, *_: object) -> None:
        self._naming = None

    def rename_current(self) -> None:
        """Start editing the current option's name in place."""
        item = self.list.currentItem()
        if item is not None and self.rename_action.isEnabled():
            self.list.setFocus()
            self.list.editItem(item)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        option_id = item.data(OptionIdRole)
        if not self._controller.decision.has_option(option_id):
            return
        old = self._controller.decision.option(option_id)
        name = item.text().strip()
        if name == old.name:
            return
        label = self.tr("Rename option")
        error: str | None
        try:
            renamed = Option.model_validate({**old.model_dump(), "name": name})
        except ValidationError as exc:
            error = rename_problem(exc)  # plain words, not "Name of 'X': name: must not be empty"
            self._controller.errorRaised.emit(error)
        else:
            naming = self._naming  # the first name of the option just inserted: the insert's undo step
            error = self._controller.submit(naming.named(renamed, label) if naming and naming.item_id == option_id
                                            else UpdateOption(renamed, label=label))
        if error is not None:
            with QSignalBlocker(self.list):
                item.setText(old.name)  # put the saved name back

    def edit_current(self) -> None:
        """Open the details dialog for the current option."""
        option_id = self.current_option_id()
        if option_id is None or not self.edit_action.isEnabled():
            return
        decision = self._controller.decision
        dialog = OptionDialog(decision.option(option_id), self, decision)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            edited = dialog.option()
            if edited is not None and edited != self._controller.decision.option(option_id):
                self._controller.submit(UpdateOption(edited))

    def move_current(self, step: int) -> None:
        """Move the current option ``step`` places (negative: up)."""
        option_id = self.current_option_id()
        row = self.list.currentRow()
        if option_id is None or not (0 <= row + step < self.list.count()):
            return
        if self._controller.read_only:
            return
        self._select_after = option_id
        self._controller.submit(MoveOption(option_id, row + step))

    def delete_current(self) -> None:
        """Delete the current option (and its scores) after asking the user."""
        option_id = self.current_option_id()
        if option_id is None or not self.delete_action.isEnabled():
            return
        decision = self._controller.decision
        opt = decision.option(option_id)
        n = sum(1 for s in decision.scores if s.option_id == option_id)
        text = self.tr("Delete the option “%1”?").replace("%1", opt.name)
        detail = (self.tr("It has no scores yet.") if n == 0
                  else self.tr("Its one score will be deleted with it.") if n == 1
                  else self.tr("Its %n scores will be deleted with it.", "", n))
        answer = QMessageBox.question(  # escaped: a name such as "<b>x</b>" shows as typed
            self, self.tr("Delete option"),
            escaped(f"{text}\n\n{detail}\n" + self.tr("You can undo this with Edit › Undo.")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._controller.submit(RemoveOption(option_id))  # the selection moves to its neighbour
