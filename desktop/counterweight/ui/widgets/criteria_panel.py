"""The criteria panel: the criteria tree with add, rename, edit, move and delete.

Keyboard (while the tree has focus): Insert adds a criterion and Ctrl+Shift+Insert a
group, both in the selected group (or beside the selected criterion), F2 renames in
place, Return (or Alt+Return) opens the criterion dialog, Alt+Up/Alt+Down move among
siblings, Ctrl+Shift+M moves into another group or to the top level, Delete removes
after a confirmation that lists what goes with it.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain import Criterion, NumericScale, new_id
from counterweight.ui.numbers import amount
from counterweight.services.changes import ChangeSet
from counterweight.services.edits import AddCriterion, MoveCriterion, RemoveCriterion, UpdateCriterion
from counterweight.ui.models.criteria_tree_model import NAME_COLUMN, CriteriaTreeModel
from counterweight.ui.models.score_text import format_number
from counterweight.ui.session_controller import SessionController
from counterweight.ui.safe_tooltips import escaped
from counterweight.ui.widgets.kept_focus import set_enabled  # session 28: focus kept off Move to group
from counterweight.ui.widgets.kept_selection import follow, tree_nearby, tree_order
from counterweight.services.naming import NameNew
from counterweight.ui.widgets.name_delegate import NameDelegate, first_free_name
from counterweight.ui.widgets.open_editor import commit_open_editor  # QA 24: a name being typed
from counterweight.ui.widgets.options_panel import action_buttons

MAX_LISTED = 8  # sub-criteria named in the delete confirmation before "and N more"


class CriteriaPanel(QWidget):
    """Criteria tree with the actions that change it.

    Signals
    -------
    currentCriterionChanged(str)
        The id of the criterion now selected (empty when none).
    notice(str)
        A sentence for the status bar: the points and share a criterion just added starts with.
    """

    currentCriterionChanged = Signal(str)
    notice = Signal(str)

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("criteriaPanel")
        self.setAccessibleName(self.tr("Criteria"))
        self._controller = controller
        self._select_after: str | None = None
        self._keep: str | None = None
        self._before: tuple[list[str], list[str]] = ([], [])  # the tree's ids, and the current one's neighbours
        self._added: str | None = None  # a criterion just added, to be told about once named
        self.model = CriteriaTreeModel(controller, self)
        self.title_label = QLabel(self.tr("&Criteria"), self)
        self.title_label.setObjectName("criteriaTitle")
        self.tree = QTreeView(self)
        self.tree.setObjectName("criteriaTree")
        self.tree.setAccessibleName(self.tr("Criteria"))
        self.tree.setAccessibleDescription(self.tr(
            "Insert adds a criterion, Ctrl+Shift+Insert adds a group, F2 renames, Return edits,"
            " Alt+Up and Alt+Down move, Ctrl+Shift+M moves to another group, Delete removes"))
        self.tree.setModel(self.model)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.name_delegate = NameDelegate("criterionNameEditor", self.tr("Name of criterion or group"), self.tree)
        self.tree.setItemDelegateForColumn(NAME_COLUMN, self.name_delegate)  # the in-place editor has a name
        self.name_delegate.closeEditor.connect(self._naming_done)
        self.title_label.setBuddy(self.tree)

        a = self._action
        self.add_action = a("addCriterionAction", self.tr("Add &criterion"), ["Insert"],
                            self.tr("Add a scored criterion to the selected group"), self.add_criterion)
        self.add_group_action = a("addGroupAction", self.tr("Add &group"), ["Ctrl+Shift+Insert"],
                                  self.tr("Add a group of criteria in the selected group"), self.add_group)
        self.rename_action = a("renameCriterionAction", self.tr("&Rename"), ["F2"],
                               self.tr("Rename the selected criterion in place"), self.rename_current)
        self.edit_action = a("editCriterionAction", self.tr("&Edit…"), ["Alt+Return"],
                             self.tr("Edit the scale, direction, unit and description"), self.edit_current)
        self.up_action = a("moveCriterionUpAction", self.tr("Move &up"), ["Alt+Up"],
                           self.tr("Move the selected criterion up"), lambda: self.move_current(-1))
        self.down_action = a("moveCriterionDownAction", self.tr("Move &down"), ["Alt+Down"],
                             self.tr("Move the selected criterion down"), lambda: self.move_current(1))
        self.move_to_group_action = a("moveCriterionToGroupAction", self.tr("Move &to group…"), ["Ctrl+Shift+M"],
                                      self.tr("Move the selected criterion into another group or to the top level"),
                                      self.move_to_group)
        self.delete_action = a("deleteCriterionAction", self.tr("De&lete…"), ["Delete"],
                               self.tr("Delete the selected criterion, what it holds and its scores"),
                               self.delete_current)
        for action, short in ((self.add_action, self.tr("+ Criterion")), (self.add_group_action, self.tr("+ Group")),
                              (self.up_action, self.tr("↑ Up")), (self.down_action, self.tr("↓ Down"))):
            action.setIconText(short)  # button caption; menus keep the full text
        self.buttons = action_buttons(self, "criteriaButtons", self.tr("Criterion actions"), [
            [self.add_action, self.add_group_action, self.rename_action],
            [self.edit_action, self.up_action, self.down_action],
            [self.move_to_group_action, self.delete_action]])
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.tree.addActions(self.edit_actions())

        col = QVBoxLayout(self)
        col.setContentsMargins(4, 4, 4, 4)
        col.addWidget(self.title_label)
        col.addWidget(self.tree, 1)
        col.addWidget(self.buttons)

        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._after_reset)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        # Return or double-click on an item (not a shortcut, so Return still commits an in-place rename)
        self.tree.activated.connect(lambda _index: self.edit_current())
        controller.changed.connect(self._on_changed)
        controller.add_pending_edits(self)  # QA 24: a name being typed, applied before Open or New
        self._after_reset()

    # ------------------------------------------------------------ set-up
    def _action(self, name: str, text: str, keys: list[str], tip: str, slot) -> QAction:  # noqa: ANN001
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        native = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({native})")
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def edit_actions(self) -> list[QAction]:
        """The panel's actions, in button order."""
        return [self.add_action, self.add_group_action, self.rename_action, self.edit_action,
                self.up_action, self.down_action, self.move_to_group_action, self.delete_action]

    # ------------------------------------------------------------ state
    def current_criterion(self) -> Criterion | None:
        return self.model.criterion_at(self.tree.currentIndex())

    def select_criterion(self, criterion_id: str) -> None:
        """Make ``criterion_id`` current (no-op if it does not exist)."""
        index = self.model.index_for(criterion_id)
        if index.isValid() and index != self.tree.currentIndex().siblingAtColumn(NAME_COLUMN):
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _remember_current(self) -> None:
        crit = self.current_criterion()
        self._keep = crit.id if crit else None
        before = self.model.decision  # the tree shown until now
        self._before = (tree_order(before), tree_nearby(before, crit.id) if before and crit else [])

    def _after_reset(self) -> None:
        self.tree.expandAll()
        target = self._select_after or self._keep
        if self._select_after is None and self.model.edited:  # not a new project: an edit changed the tree
            # a criterion put back by undo is selected; a removed one hands over to its neighbour
            target = follow(self._keep, self._before[0], tree_order(self.model.decision), self._before[1])
        self._select_after = self._keep = None
        if target:
            self.select_criterion(target)
        if not self.tree.currentIndex().isValid() and self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, NAME_COLUMN))
        self._update_actions()

    def _on_changed(self, _changes: ChangeSet) -> None:
        self._update_actions()

    def _on_current_changed(self, *_: object) -> None:
        self._update_actions()
        crit = self.current_criterion()
        self.currentCriterionChanged.emit(crit.id if crit else "")

    def _update_actions(self) -> None:
        editable = self._controller.has_session and not self._controller.read_only
        crit = self.current_criterion()
        row = self.tree.currentIndex().row() if crit else -1
        n_siblings = len(self._controller.decision.children(crit.parent_id)) if crit else 0
        # session 28: a button that disables itself (Down on the last place) hands the focus to the tree
        set_enabled([(self.add_action, editable), (self.add_group_action, editable),
                     (self.up_action, editable and crit is not None and row > 0),
                     (self.down_action, editable and crit is not None and 0 <= row < n_siblings - 1),
                     *((a, editable and crit is not None) for a in (self.rename_action, self.edit_action,
                                                                    self.move_to_group_action, self.delete_action))],
                    focus_to=[self.tree])

    # ------------------------------------------------------------ actions
    def _unique_name(self, template: str) -> str:
        return first_free_name(template, (c.name for c in self._controller.decision.criteria))

    def _add(self, criterion: Criterion) -> None:
        self._select_after = criterion.id
        insert = NameNew.insert(AddCriterion(criterion))
        if self._controller.submit(insert) is not None:
            self._select_after = None
            return
        self._added = criterion.id
        self.rename_current()
        if self.tree.state() == QAbstractItemView.State.EditingState:
            self.model.naming = insert  # the name typed now joins the insert's undo step
        else:
            self._tell_points()

    def commit_pending_edits(self) -> str | None:
        """Apply the name being typed in the tree, as Enter would (before the project is left, saved or
        exported): ``None`` when applied or none was typed, else why it was refused (still open, as typed)."""
        problem = commit_open_editor(self.tree, self._controller.errorRaised)
        if problem is None:
            return None
        return self.tr("The name typed in the Criteria tree could not be applied.\n\n{0}\n\nThe tree still "
                       "shows what was typed.").format(problem)

    def _naming_done(self, *_: object) -> None:
        self.model.naming = None
        self._tell_points()

    def _tell_points(self) -> None:
        """Say what a criterion just added weighs (QA 18: its 1 point, 1 % beside 40/30/30, went unnoticed)."""
        cid, self._added = self._added, None
        decision = self._controller.view_decision if self._controller.has_session else None
        if cid is None or decision is None or not decision.has_criterion(cid):
            return
        crit = decision.criterion(cid)
        total = sum(c.weight for c in decision.children(crit.parent_id))
        points = self.tr("1 point") if crit.weight == 1 else self.tr("{0} points").format(format_number(crit.weight))
        share = amount(100.0 * crit.weight / total, 1) if total > 0 else amount(0.0, 1)
        group = decision.criterion(crit.parent_id).name if crit.parent_id is not None else ""
        text = self.tr("“{0}” starts with {1}, {2} % of the top-level weight. Set its points under Weights.") \
            if not group else self.tr("“{0}” starts with {1}, {2} % of the weight in “{3}”. Set its points under Weights.")
        self.notice.emit(text.format(crit.name, points, share, group))

    def _new_parent(self) -> str | None:
        """Where an added criterion or group goes: in the selected group, or beside the selected criterion."""
        crit = self.current_criterion()
        if crit is None:
            return None
        return crit.id if crit.is_group else crit.parent_id

    def add_criterion(self) -> None:
        """Add a numeric 0-10 criterion in the selected group (or beside the selected criterion)."""
        if self.add_action.isEnabled():
            self._add(Criterion(id=new_id("crit"), name=self._unique_name(self.tr("Criterion %1")),
                                parent_id=self._new_parent(), scale=NumericScale(lower=0, upper=10)))

    def add_group(self) -> None:
        """Add an empty group in the selected group (or beside the selected criterion), like :meth:`add_criterion`."""
        if self.add_group_action.isEnabled():
            self._add(Criterion(id=new_id("group"), name=self._unique_name(self.tr("Group %1")),
                                parent_id=self._new_parent()))

    def rename_current(self) -> None:
        """Start editing the current criterion's name in place."""
        index = self.tree.currentIndex()
        if index.isValid() and self.rename_action.isEnabled():
            self.tree.setFocus()
            self.tree.edit(index.siblingAtColumn(NAME_COLUMN))

    def edit_current(self) -> None:
        """Open the criterion dialog for the current criterion."""
        crit = self.current_criterion()
        if crit is None or not self.edit_action.isEnabled():
            return
        label = self.tr("Edit group") if crit.is_group else self.tr("Edit criterion")  # QA 24: names the undo step
        # issue 6: imported on first use, not while the window opens
        from counterweight.ui.dialogs.criterion_dialog import CriterionDialog

        # level renames (old label -> new) travel with the edit, so the scores follow them
        dialog = CriterionDialog(
            crit, lambda c, renames: self._controller.validate(UpdateCriterion(c, label, renames)), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            edited = dialog.criterion()
            if edited is not None and edited != crit:
                self._controller.submit(UpdateCriterion(edited, label, dialog.level_renames()))

    def move_current(self, step: int) -> None:
        """Move the current criterion ``step`` places among its siblings (negative: up)."""
        crit = self.current_criterion()
        if crit is None or self._controller.read_only:
            return
        row = self.tree.currentIndex().row()
        if not 0 <= row + step < len(self._controller.decision.children(crit.parent_id)):
            return
        self._select_after = crit.id
        label = self.tr("Move group") if crit.is_group else self.tr("Move criterion")  # QA 24: names the undo step
        self._controller.submit(MoveCriterion(crit.id, crit.parent_id, row + step, label))

    def move_to_group(self) -> None:
        """Ask which group (or the top level) the current criterion goes into, then move it there."""
        crit = self.current_criterion()
        if crit is None or not self.move_to_group_action.isEnabled():
            return
        # imported on first use, not while the window opens (issue 6)
        from counterweight.ui.dialogs.move_criterion_dialog import MoveCriterionDialog, destinations

        if not destinations(self._controller.decision, crit.id):
            text = self.tr("There is no other group to move “%1” into. Add a group with + Group first.")
            QMessageBox.information(self, self.tr("Move to group"), escaped(text.replace("%1", crit.name)))
            return
        dialog = MoveCriterionDialog(self._controller.decision, crit.id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.move_into(crit.id, dialog.destination())

    def move_into(self, criterion_id: str, parent_id: str | None) -> str | None:
        """Move a criterion (with what it holds) to the end of group ``parent_id`` (``None``: the top level).

        One undo step. The criterion keeps its points and scores; a group it leaves
        empty stays in the tree (the ranking warns about it) until deleted.

        Returns
        -------
        str or None
            ``None`` on success, else the message shown to the user.
        """
        end = len(self._controller.decision.children(parent_id))
        self._select_after = criterion_id
        error = self._controller.submit(MoveCriterion(criterion_id, parent_id, end, self.tr("Move to group")))
        if error is not None:
            self._select_after = None
        self.tree.setFocus()
        return error

    def delete_current(self) -> None:
        """Delete the current criterion, its sub-criteria and their scores after asking."""
        crit = self.current_criterion()
        if crit is None or not self.delete_action.isEnabled():
            return
        decision = self._controller.decision
        below = decision.descendants(crit.id)
        gone = {crit.id} | {c.id for c in below}
        n_scores = sum(1 for s in decision.scores if s.criterion_id in gone)
        what = self.tr("group") if crit.is_group else self.tr("criterion")
        lines = [self.tr("Delete the %1 “%2”?").replace("%1", what).replace("%2", crit.name), ""]
        if below:
            lines.append(self.tr("It holds one criterion, which goes with it:") if len(below) == 1
                         else self.tr("It holds %n criteria, which go with it:", "", len(below)))
            lines += [f"  • {decision.path_name(c.id)}" for c in below[:MAX_LISTED]]
            if len(below) > MAX_LISTED:
                lines.append("  " + self.tr("…and %n more", "", len(below) - MAX_LISTED))
        lines.append(self.tr("No scores will be deleted.") if n_scores == 0
                     else self.tr("One score will be deleted.") if n_scores == 1
                     else self.tr("%n scores will be deleted.", "", n_scores))
        lines.append(self.tr("You can undo this with Edit › Undo."))
        label = self.tr("Delete group") if crit.is_group else self.tr("Delete criterion")  # QA 24: the undo step
        answer = QMessageBox.question(
            self, label, escaped("\n".join(lines)),  # names show as typed
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._controller.submit(RemoveCriterion(crit.id, label))  # the selection moves to its neighbour

    def current_index(self) -> QModelIndex:
        return self.tree.currentIndex()
