"""Weights panel: the criteria tree with a points slider per node.

Points are relative: a node's local weight is its points divided by its siblings'
points, and its global weight is the product of local weights down the tree (both
shown read-only, as computed by the engine). Dragging a slider applies the weight
continuously so the ranking and chart follow the hand; one drag is one undo step.
Points typed in a box and not entered yet are applied before the project is left,
saved or exported; Ctrl+Z in a box with no typed points undoes the project.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain.errors import CounterweightError
from counterweight.ui.engine_text import error_text
from counterweight.ui.numbers import percent
from counterweight.services.changes import ChangeSet, Part
from counterweight.services.edits import equal_weights
from counterweight.ui.after_paint import AfterPaint, paint_wait_ms  # issue 6: sliders out of view after the paint
from counterweight.ui.dialogs.weighting_markers import elicitation_summary, mark_tree_item
from counterweight.ui.dialogs.weighting_consistency import INCONSISTENT_MARK  # QA 22
from counterweight.ui.theme import TONE_PROPERTY, set_tone  # QA 22
from counterweight.ui.pending_edits import ProjectUndoKeys, holds_typed_change
from counterweight.ui.session_controller import GROUP_VIEW, SessionController  # issue 4: analysts
from counterweight.ui.widgets.weight_editor import (
    GestureAnalystWeight,  # issue 4: analysts
    GestureWeight,
    WeightEditor,
    new_gesture,
)
from counterweight.ui.widgets.weights_columns import COL_GLOBAL, COL_LOCAL, COL_NAME, COL_POINTS, WeightColumns

if TYPE_CHECKING:
    from counterweight.ui.dialogs.weighting_dialog import WeightingDialog

#: Item data role holding a group's elicitation marker text (issue 3, weighting dialog).
MARKER_ROLE = Qt.ItemDataRole.UserRole + 1


class WeightsPanel(QWidget):
    """Criteria tree with points sliders and the resulting local and global weights."""

    COL_NAME, COL_POINTS, COL_LOCAL, COL_GLOBAL = COL_NAME, COL_POINTS, COL_LOCAL, COL_GLOBAL  # one numbering

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._items: dict[str, QTreeWidgetItem] = {}
        self._editors: dict[str, WeightEditor] = {}  # made for the rows in view first (see rebuild)
        self._undo_keys = ProjectUndoKeys(self)  # Ctrl+Z in a points box with nothing typed: Edit > Undo
        self.setObjectName("weightsPanel")
        self.setAccessibleName(self.tr("Weights"))

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("weightsTree")
        self._editors_after_paint = AfterPaint(self.tree.viewport())  # see rebuild
        self.tree.setAccessibleName(self.tr("Criteria weights"))
        self.tree.setAccessibleDescription(self.tr("Each criterion with its points and its share of the total weight"))
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels([self.tr("Criterion"), self.tr("Points"), self.tr("Local"),
                                   self.tr("Global")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        # QA pass 20: widths from the font, the points box always whole (weights_columns)
        self._columns = WeightColumns(self.tree, lambda: next(iter(self._editors.values()), None))
        self.tree.headerItem().setToolTip(self.COL_LOCAL, self.tr("Local weight: share of the criteria beside it"))
        self.tree.headerItem().setToolTip(self.COL_GLOBAL, self.tr("Global weight: share of the whole decision"))

        self.hint = QLabel(self.tr("Points are relative: a criterion's share is its points divided by the "
                                   "points of the criteria beside it."), self)
        self.hint.setObjectName("weightsHint")
        self.hint.setWordWrap(True)
        self.equal_button = QPushButton(self.tr("Equal weights"), self)
        self.equal_button.setObjectName("equalWeightsButton")
        self.equal_button.setAccessibleName(self.tr("Give the selected group's criteria equal weights"))
        self.equal_button.setAccessibleDescription(self.tr("One undo step; the criteria elsewhere keep their weights"))
        self.equal_button.setToolTip(self.tr(
            "Give equal points to the criteria inside the selected group (or beside the selected criterion; "
            "with nothing selected, the top-level criteria)."))
        # --- issue 3: weight elicitation (button, context menu, method markers) ---
        self.elicit_button = QPushButton(self.tr("Elicit weights…"), self)
        self.elicit_button.setObjectName("elicitWeightsButton")
        self.elicit_button.setAccessibleName(self.tr("Elicit the weights of the selected group's criteria"))
        self.elicit_button.setAccessibleDescription(self.tr("Direct, ranking, swing or pairwise (AHP) weighting"))
        self.elicit_button.setToolTip(self.tr("Weigh the same criteria by swing, ranking, AHP or points."))
        self.elicit_button.clicked.connect(lambda: self.open_weighting_dialog(self.elicit_target()))
        self.method_summary = QLabel(self)  # how each set of weights was elicited; hidden if none
        self.method_summary.setObjectName("elicitationSummaryLabel")
        self.method_summary.setWordWrap(True)
        self.method_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._show_context_menu)
        buttons = QHBoxLayout()
        buttons.addWidget(self.equal_button)
        buttons.addWidget(self.elicit_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(self.method_summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.tree)

        self.tree.installEventFilter(self)
        # The name column is fitted whenever the room for it changes: the viewport is resized when the
        # panel is first shown (its size is not known before), laid out anew, or gets a scroll bar.
        self.tree.viewport().installEventFilter(self)
        self.tree.setToolTip(self.tr("+ and - change the points of the selected criterion; "
                                     "Enter or F2 moves to its points box."))
        self.equal_button.clicked.connect(self.equalize_selected)
        controller.changed.connect(self._on_changed)
        controller.sessionReplaced.connect(self.rebuild)
        controller.viewChanged.connect(lambda _view: self.sync())  # issue 4: analysts
        controller.add_pending_edits(self)  # points typed and not entered yet
        self.rebuild()

    # ------------------------------------------------------------ building
    def rebuild(self) -> None:
        """Rebuild the tree from the current decision, keeping selection and collapsed groups.

        The rows in view get their slider and spin box at once; the others just after
        the tree has painted (issue 6: building 64 of them took 0.1 s of opening a
        60-criterion project). :meth:`editor` makes any one on demand.
        """
        self._editors_after_paint.cancel()  # an earlier rebuild's late controls are not wanted now
        selected = self.selected_criterion_id()
        collapsed = {cid for cid, item in self._items.items() if item.childCount() and not item.isExpanded()}
        self.tree.clear()
        self._items.clear()
        self._editors.clear()
        if not self._controller.has_session:
            return
        decision = self._controller.decision
        for crit, _depth in decision.walk():
            parent = self._items.get(crit.parent_id) if crit.parent_id else None
            item = QTreeWidgetItem(parent if parent is not None else self.tree)
            item.setText(self.COL_NAME, crit.name)
            item.setData(self.COL_NAME, Qt.ItemDataRole.UserRole, crit.id)
            item.setToolTip(self.COL_NAME, decision.path_name(crit.id))
            for col in (self.COL_LOCAL, self.COL_GLOBAL):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._items[crit.id] = item
        for cid, item in self._items.items():
            item.setExpanded(cid not in collapsed)
        if selected in self._items:
            self.tree.setCurrentItem(self._items[selected])
        bottom = self.tree.viewport().height()
        for cid, item in self._items.items():
            rect = self.tree.visualItemRect(item)
            if rect.isValid() and rect.bottom() >= 0 and rect.top() < bottom:  # in view
                self._attach_editor(cid, item)
        self.sync()
        self._columns.size_numbers()  # the tree's least width counts the points box, made just now
        self._columns.fit_names()
        self._order_tab()
        if len(self._editors) < len(self._items):
            self._editors_after_paint.arm(self._attach_other_editors, fallback_ms=paint_wait_ms(self.tree.viewport()))

    def _attach_editor(self, cid: str, item: QTreeWidgetItem) -> WeightEditor:
        decision = self._controller.view_decision
        known = decision.has_criterion(cid)  # named for screen readers without the row's weighting marker
        editor = WeightEditor(cid, decision.criterion(cid).name if known else item.text(self.COL_NAME))
        editor.setEnabled(self._editable())
        if known:
            editor.set_points(decision.criterion(cid).weight)
        editor.pointsChanged.connect(self._submit)
        self._undo_keys.watch(editor.spin)
        self.tree.setItemWidget(item, self.COL_POINTS, editor)
        self._editors[cid] = editor
        return editor

    def _attach_other_editors(self) -> None:
        if not self._controller.has_session:  # closed meanwhile (closing does not rebuild the tree)
            return
        for cid, item in self._items.items():
            if cid not in self._editors:
                self._attach_editor(cid, item)
        self._order_tab()

    def _order_tab(self) -> None:
        """Tab follows the screen: the tree, its rows' sliders and spin boxes in tree order, then the buttons.

        The rows' controls are made after the buttons (and some only after the first paint), so
        without this Tab would visit Equal weights and Elicit weights… before the rows above them.
        """
        rows = [w for cid in self._items if cid in self._editors
                for w in (self._editors[cid].slider, self._editors[cid].spin)]
        for first, second in pairwise([self.tree, *rows, self.equal_button, self.elicit_button]):
            QWidget.setTabOrder(first, second)

    @property
    def editors_complete(self) -> bool:
        """True once every criterion has its slider and spin box (tests wait for it)."""
        return len(self._editors) == len(self._items)

    def sync(self) -> None:
        """Show the decision's points and the engine's local and global weights."""
        if not self._controller.has_session:
            return
        # issue 4: analysts: show the current view's points and weights (shared by default)
        decision, evaluation = self._controller.view_decision, self._controller.view_evaluation
        shared, editable = self._controller.view is None, self._editable()
        self.equal_button.setEnabled(shared)
        self.elicit_button.setEnabled(True)  # issue 4: analysts: the dialog follows the view (was: shared only)
        for cid, item in self._items.items():
            if not decision.has_criterion(cid):
                continue
            editor = self._editors.get(cid)
            # the group view's points are averages (39.393688): shown to two places, and not editable
            points = decision.criterion(cid).weight if editable else round(decision.criterion(cid).weight, 2)
            if editor is not None and editor.isEnabled() != editable:
                editor.setEnabled(editable)
            if editor is not None and editor.spin.value() != points:
                editor.set_points(points)
            for col, weights in ((self.COL_LOCAL, evaluation.local_weights),
                                 (self.COL_GLOBAL, evaluation.global_weights)):
                text = _percent(weights.get(cid))
                if item.text(col) != text:
                    item.setText(col, text)
        self._sync_markers()

    def _editable(self) -> bool:
        """Whether the points can be changed here (not in a read-only project, nor in the group view: QA 19)."""
        return not self._controller.read_only and self._controller.view != GROUP_VIEW

    def _sync_markers(self) -> None:
        """Show on each group (and above the tree) how its weights were elicited (issue 3)."""
        decision = self._controller.view_decision  # issue 4: an analyst's own judgements in their view
        renamed = False
        for cid, item in self._items.items():
            if decision.has_criterion(cid):
                before = item.text(self.COL_NAME)
                mark_tree_item(item, self.COL_NAME, MARKER_ROLE, decision, cid)
                renamed = renamed or item.text(self.COL_NAME) != before
        if renamed:  # a marker came or went: the names may need another width (not on every slider step)
            self._columns.fit_names()
        text, tip = elicitation_summary(decision)
        self.method_summary.setVisible(bool(text))
        self.method_summary.setText(text)
        self.method_summary.setToolTip(tip)
        self.method_summary.setAccessibleDescription(tip)
        tone = "warning" if INCONSISTENT_MARK in text else ""  # QA 22: weights on inconsistent AHP judgements
        if self.method_summary.property(TONE_PROPERTY) != tone:
            set_tone(self.method_summary, tone or None)

    # ------------------------------------------------------------ lookups
    def selected_criterion_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(self.COL_NAME, Qt.ItemDataRole.UserRole) if item is not None else None

    def editor(self, criterion_id: str) -> WeightEditor:
        """The slider and spin box of one criterion (for tests and keyboard focus), made if need be."""
        editor = self._editors.get(criterion_id)
        return editor if editor is not None else self._attach_editor(criterion_id, self._items[criterion_id])

    def item(self, criterion_id: str) -> QTreeWidgetItem:
        return self._items[criterion_id]

    # ------------------------------------------------------------ keyboard
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self._columns.fit_names()
        elif watched is self.tree and event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self._columns.refit_for_font)  # once the rows and boxes have the new font
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            cid = self.selected_criterion_id()
            editor = self.editor(cid) if cid in self._items else None
            if editor is not None and editor.isEnabled():
                key = event.key()
                # + and - step the points by one, as the points box does: the slider only spans
                # 0-100 in whole points, so stepping it would clip 250 to 99 or round 3.5 to 5
                if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                    editor.spin.stepBy(1)
                    return True
                if key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
                    editor.spin.stepBy(-1)
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
                    editor.spin.setFocus(Qt.FocusReason.ShortcutFocusReason)
                    editor.spin.selectAll()
                    return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------ editing
    def _submit(self, criterion_id: str, points: float) -> None:
        editor = self._editors.get(criterion_id)
        gesture = editor.gesture if editor is not None else new_gesture()
        view = self._controller.view  # issue 4: analysts
        if view == GROUP_VIEW:
            self._controller.errorRaised.emit(self.tr(
                "The group view is read-only: it combines the analysts' weights. Switch to an analyst's "
                "view or the shared inputs to change weights."))
            self.sync()
            return
        edit = GestureWeight(criterion_id, points, gesture=gesture) if view is None else \
            GestureAnalystWeight(view, criterion_id, points, gesture=gesture)  # issue 4: analysts
        error = self._controller.submit(edit)
        if error:
            self.sync()  # put the control back to the stored weight

    def commit_pending_edits(self) -> None:
        """Enter the points typed in a box and not entered yet (before the project is left, saved
        or exported); a refusal is reported as any other and puts the box back."""
        for editor in list(self._editors.values()):
            if holds_typed_change(editor.spin):
                editor.spin.interpretText()

    def equalize_selected(self) -> None:
        """Give equal points to the selected group's children (see the button's tooltip)."""
        if not self._controller.has_session or self._controller.view is not None:  # issue 4: analysts
            return
        edit = equal_weights(self._controller.decision, self.selected_criterion_id(), self.tr("Equal weights"))
        if edit is not None:
            self._controller.submit(edit)

    # ------------------------------------------------------------ elicitation (issue 3)
    def elicit_target(self, criterion_id: str | None = None) -> str | None:
        """The group to weigh for ``criterion_id`` (default: the selection); None is the top level."""
        cid = criterion_id if criterion_id is not None else self.selected_criterion_id()
        decision = self._controller.decision if self._controller.has_session else None
        if decision is None or cid is None or not decision.has_criterion(cid):
            return None
        crit = decision.criterion(cid)
        return crit.id if crit.is_group and decision.children(crit.id) else crit.parent_id

    def open_weighting_dialog(self, node_id: str | None) -> WeightingDialog | None:
        """Open the weighting dialog (window-modal, not blocking) for ``node_id``'s children."""
        if not self._controller.has_session:
            return None
        # issue 6: imported on first use, not while the window opens
        from counterweight.ui.dialogs.weighting_dialog import WeightingDialog
        from counterweight.ui.dialogs.weighting_views import nothing_to_weigh

        if nothing_to_weigh(self, self._controller.decision, node_id):
            return None
        try:
            dialog = WeightingDialog(self._controller, node_id, self)
        except CounterweightError as exc:
            self._controller.errorRaised.emit(error_text(exc))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _show_context_menu(self, pos) -> None:
        menu = self.context_menu(self.tree.itemAt(pos))
        menu.exec(self.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def context_menu(self, item: QTreeWidgetItem | None) -> QMenu:
        """The tree's context menu for ``item`` (None: empty space)."""
        menu = QMenu(self)
        menu.setObjectName("weightsContextMenu")
        cid = item.data(self.COL_NAME, Qt.ItemDataRole.UserRole) if item is not None else None
        target = self.elicit_target(cid) if cid else None
        if self._controller.has_session and target is not None:
            name = self._controller.decision.criterion(target).name
            action = menu.addAction(self.tr("Elicit weights in {0}…").format(name))
            action.setObjectName("elicitWeightsAction")
            action.triggered.connect(lambda: self.open_weighting_dialog(target))
        top = menu.addAction(self.tr("Elicit top-level weights…"))
        top.setObjectName("elicitTopWeightsAction")
        top.triggered.connect(lambda: self.open_weighting_dialog(None))
        return menu

    # ------------------------------------------------------------ reactions
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.structural or Part.PROJECT in changes.parts or Part.CRITERIA in changes.parts:
            self.rebuild()
        elif changes.touches(Part.WEIGHTS) or (self._controller.view is not None
                                               and changes.touches(Part.INFO, Part.METHOD)):  # issue 4: analysts
            self.sync()


def _percent(x: float | None) -> str:
    return "" if x is None else percent(x)  # rounded and spaced as every other tab (QA 32 item 1, h26f: was "35.1%")


__all__ = ["GestureWeight", "WeightEditor", "WeightsPanel"]
