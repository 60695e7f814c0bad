"""How the weights vary in the Uncertainty tab: the mode, and the weight ranges or importance order.

:class:`WeightUncertaintyEditor` holds the choice of mode (``mode_combo``, which the
Uncertainty tab places in its form) and, for the leaf criteria, either a table of
weight ranges (each criterion's share of the total weight, low and high, in %) or
a list to put the criteria in order of importance, whichever the decision's
``method.uncertainty.weights`` mode needs; the editor itself is hidden for the
other modes. Every change is one undoable ``SetMethod`` edit.
"""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counterweight.domain.methods import WeightRange, WeightUncertainty
from counterweight.ui.numbers import fixed, formatted
from counterweight.services.edits import SetMethod
from counterweight.ui.session_controller import SessionController
from counterweight.ui.theme import set_tone  # issue 6: theme
from counterweight.ui.text_size import follow_font  # issue 6: text size

#: Per mode: the name in the list and a sentence that explains it.
WEIGHT_MODE_LABELS = {
    WeightUncertainty.EXACT: ("As set (exact)", "The weights are taken as they are; only ranged scores vary."),
    WeightUncertainty.RANGES: ("Within ranges", "Each criterion's overall weight varies within its range."),
    WeightUncertainty.ORDINAL: ("Order of importance only",
                                "Any weights that keep the criteria's order of importance."),
    WeightUncertainty.NONE: ("Unknown (any weights)", "Every set of weights is equally likely."),
}


def _parse_pct(text: str) -> float | None:
    """A percentage typed by the user (``"12,5"``, ``"12.5 %"``) as a share 0-1; ``None`` when blank."""
    cleaned = text.replace("%", "").replace(",", ".").strip()
    return None if not cleaned else float(cleaned) / 100.0


class WeightUncertaintyEditor(QWidget):
    """The weight ranges (ranges mode) or the order of importance (ordinal mode) of the leaf criteria.

    Every change is one ``SetMethod`` edit. ``problem(str)`` carries a message to
    show when an entry cannot be used (empty string: no problem). ``mode_combo``,
    the choice of mode, is a child of ``parent`` (it stays visible when the editor
    is hidden); :meth:`refresh` keeps it in step with the decision.
    """

    problem = Signal(str)
    COL_NOW, COL_LOW, COL_HIGH = 1, 2, 3

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weightUncertaintyEditor")
        self._controller = controller
        self._filling = False
        self.mode_combo = combo = QComboBox(parent)
        combo.setObjectName("weightModeInput")
        combo.setAccessibleName(self.tr("How the weights may vary"))
        combo.setAccessibleDescription(self.tr("As set, within ranges, by order of importance, or any weights"))
        for mode, (label, tip) in WEIGHT_MODE_LABELS.items():
            combo.addItem(self.tr(label), mode)
            combo.setItemData(combo.count() - 1, self.tr(tip), Qt.ItemDataRole.ToolTipRole)
        combo.activated.connect(self._on_mode_chosen)
        self.ranges_table = QTableWidget(0, 4, self)
        self.ranges_table.setObjectName("weightRangesTable")
        self.ranges_table.setAccessibleName(self.tr("Weight ranges"))
        self.ranges_table.setAccessibleDescription(self.tr("Each criterion's low and high share of all weight, in %"))
        self.ranges_table.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Now %"), self.tr("Low %"),
                                                     self.tr("High %")])
        self.ranges_table.setToolTip(self.tr("Bounds on each criterion's share of the total weight, in %. "
                                             "Leave both blank for 0 to 100."))
        self.ranges_table.verticalHeader().hide()
        follow_font(self.ranges_table)  # issue 6: rows follow the system font
        self.ranges_table.setTabKeyNavigation(False)
        self.ranges_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.ranges_table.horizontalHeader().setStretchLastSection(True)
        self.ranges_table.setMinimumHeight(110)
        self.ranges_table.setMaximumHeight(190)
        self.ranges_table.itemChanged.connect(self._on_range_edited)
        self.order_list = QListWidget(self)
        self.order_list.setObjectName("importanceOrderList")
        self.order_list.setAccessibleName(self.tr("Criteria from most to least important"))
        self.order_list.setAccessibleDescription(self.tr("Alt+Up and Alt+Down move the selected criterion"))
        self.order_list.setMinimumHeight(110)
        self.order_list.setMaximumHeight(190)
        buttons = QHBoxLayout()
        self.order_buttons: list[QPushButton] = []
        for name, text, keys, step in (("moveUpButton", self.tr("&Move up"), "Alt+Up", -1),
                                       ("moveDownButton", self.tr("Move dow&n"), "Alt+Down", 1),
                                       ("orderByWeightButton", self.tr("Order &by weights"), "", 0)):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setAccessibleName(text.replace("&", ""))
            button.setAccessibleDescription(self.tr("Changes the order of importance above"))
            if keys:
                action = QAction(self.order_list)
                action.setShortcut(QKeySequence(keys))
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                action.triggered.connect(lambda _c=False, s=step: self.move_current(s))
                self.order_list.addAction(action)
                button.setToolTip(self.tr("{0} ({1})").format(text.replace("&", ""), keys))
            button.clicked.connect(lambda _c=False, s=step: self.move_current(s) if s else self._submit_order(
                self._by_weight()))
            buttons.addWidget(button)
            self.order_buttons.append(button)
        order_page = QWidget(self)
        col = QVBoxLayout(order_page)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(QLabel(self.tr("Most important first:"), order_page))
        col.addWidget(self.order_list)
        self.order_hint = QLabel(self.tr("Suggested from the current weights and not saved yet: move a "
                                         "criterion or press “Order by weights” to use this order."), order_page)
        self.order_hint.setObjectName("importanceOrderHint")
        self.order_hint.setWordWrap(True)
        set_tone(self.order_hint, "muted")  # issue 6: follows the system palette
        col.addWidget(self.order_hint)
        col.addLayout(buttons)
        self.order_page = order_page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.ranges_table)
        layout.addWidget(order_page)

    def _leaves(self) -> list[tuple[str, str, float]]:
        ev = self._controller.evaluation
        return [(cid, label, float(w)) for cid, label, w in zip(ev.leaf_ids, ev.leaf_labels, ev.leaf_weights)]

    def _by_weight(self) -> list[str]:
        return [cid for cid, _, _ in sorted(self._leaves(), key=lambda x: -x[2])]

    def complete_order(self) -> list[str]:
        """The saved order without unknown ids, then the leaves it leaves out, heaviest first."""
        given = self._controller.decision.method.uncertainty.criteria_order
        leaves = self._by_weight()
        kept = [c for c in dict.fromkeys(given) if c in leaves]
        return kept + [c for c in leaves if c not in kept]

    def _on_mode_chosen(self, index: int) -> None:
        if not self._controller.has_session or self._controller.read_only:
            return
        mode = WeightUncertainty(self.mode_combo.itemData(index))
        update: dict[str, object] = {"weights": mode}
        if mode is WeightUncertainty.ORDINAL:  # give the order a starting point in the same edit
            update["criteria_order"] = self.complete_order()
        self._submit(self.tr("Uncertainty: how weights vary"), **update)

    def _sync_mode(self, mode: WeightUncertainty) -> None:
        at = self.mode_combo.findData(mode)
        if at >= 0 and at != self.mode_combo.currentIndex():
            self.mode_combo.blockSignals(True)
            self.mode_combo.setCurrentIndex(at)
            self.mode_combo.blockSignals(False)
        self.mode_combo.setToolTip(self.tr(WEIGHT_MODE_LABELS[mode][1]))

    def refresh(self) -> None:
        """Show the editor the weight mode needs (hidden for exact and unknown weights); update the mode."""
        ctl = self._controller
        mode = ctl.decision.method.uncertainty.weights if ctl.has_session else WeightUncertainty.EXACT
        if ctl.has_session:
            self._sync_mode(mode)
        wanted = ctl.has_session and mode in (WeightUncertainty.RANGES, WeightUncertainty.ORDINAL)
        self.setVisible(wanted)
        if not wanted:
            return
        editable = not ctl.read_only
        self.ranges_table.setVisible(mode is WeightUncertainty.RANGES)
        self.order_page.setVisible(mode is WeightUncertainty.ORDINAL)
        if mode is WeightUncertainty.RANGES:
            self._fill_ranges(editable)
        else:
            labels = {cid: label for cid, label, _ in self._leaves()}
            order = self.complete_order()
            self.order_hint.setVisible(order != list(ctl.decision.method.uncertainty.criteria_order))
            row = self.order_list.currentRow()
            self.order_list.clear()
            self.order_list.addItems([labels[c] for c in order])
            self.order_list.setCurrentRow(max(0, min(row, len(order) - 1)))
            for button in self.order_buttons:
                button.setEnabled(editable)

    def _fill_ranges(self, editable: bool) -> None:
        ranges = self._controller.decision.method.uncertainty.weight_ranges
        leaves = self._leaves()
        self._filling = True
        t = self.ranges_table
        t.setRowCount(len(leaves))
        for r, (cid, label, w) in enumerate(leaves):
            rng = ranges.get(cid)
            cells = [label, fixed(100 * w, 1), "" if rng is None else formatted(100 * rng.low),
                     "" if rng is None else formatted(100 * rng.high)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, cid)
                flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
                if c >= self.COL_LOW and editable:
                    flags |= Qt.ItemFlag.ItemIsEditable
                item.setFlags(flags)
                if c == 0:
                    item.setToolTip(label)
                else:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                t.setItem(r, c, item)
        self._filling = False
        self._size_ranges()

    def _size_ranges(self) -> None:
        t = self.ranges_table
        t.resizeColumnsToContents()
        room = t.viewport().width() or t.width()
        t.setColumnWidth(0, min(t.columnWidth(0), max(100, int(0.45 * room))))
        for c in (self.COL_LOW, self.COL_HIGH):
            t.setColumnWidth(c, max(t.columnWidth(c), 64))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Give the criterion names their share of a new width."""
        super().resizeEvent(event)
        if self.ranges_table.isVisible() and self.ranges_table.rowCount():
            self._size_ranges()

    def _on_range_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() < self.COL_LOW:
            return
        row, cid = item.row(), item.data(Qt.ItemDataRole.UserRole)
        name = self.ranges_table.item(row, 0).text()
        try:
            low = _parse_pct(self.ranges_table.item(row, self.COL_LOW).text())
            high = _parse_pct(self.ranges_table.item(row, self.COL_HIGH).text())
            ranges = dict(self._controller.decision.method.uncertainty.weight_ranges)
            if low is None and high is None:
                ranges.pop(cid, None)
            else:
                ranges[cid] = WeightRange(low=0.0 if low is None else low, high=1.0 if high is None else high)
        except (ValueError, ValidationError):
            self.problem.emit(self.tr("The weight range of {0} must be two numbers from 0 to 100, the lowest "
                                      "first.").format(name))
            self.refresh()
            return
        self._submit(self.tr("Uncertainty: weight range of {0}").format(name), weight_ranges=ranges)

    def move_current(self, step: int) -> None:
        """Move the selected criterion ``step`` places (-1: more important)."""
        row = self.order_list.currentRow()
        order = self.complete_order()
        to = row + step
        if not (0 <= row < len(order) and 0 <= to < len(order)):
            return
        order.insert(to, order.pop(row))
        self._submit_order(order)
        self.order_list.setCurrentRow(to)

    def _submit_order(self, order: list[str]) -> None:
        self._submit(self.tr("Uncertainty: importance order"), criteria_order=order)

    def _submit(self, label: str, **update: object) -> None:
        ctl = self._controller
        method = ctl.decision.method
        unc = method.uncertainty.model_copy(update=update)
        if unc != method.uncertainty:
            error = ctl.submit(SetMethod(method.model_copy(update={"uncertainty": unc}), label))
            self.problem.emit(error or "")
        self.refresh()


__all__ = ["WEIGHT_MODE_LABELS", "WeightUncertaintyEditor"]
