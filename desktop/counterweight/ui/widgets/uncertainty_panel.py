"""Uncertainty tab: SMAA-2 settings, a cancellable run off the GUI thread, and its results.

Settings (samples, seed, the distribution of ranged scores, how the weights may
vary, and the weight ranges or importance order those modes need) are stored in
the decision's ``method.uncertainty``; each change is one undoable ``SetMethod``
edit. "Run" (Ctrl+R) starts :func:`counterweight.services.robustness.run_smaa` on
the thread pool with a progress bar; "Cancel" (Esc) stops it at the next block of
draws. Results: the stacked rank-acceptability chart, a table of acceptability per
rank with each option's confidence factor, and the central weights. When the
decision changes after a run, the results are marked out of date. Errors (for
example weight ranges that no set of weights can meet) are shown in the panel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import ValidationError
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counterweight.charts.acceptability_chart import (
    acceptability_order,
    build_acceptability_chart,
    update_acceptability_chart,
)
from counterweight.domain.methods import Distribution, WeightRange, WeightUncertainty
from counterweight.services.changes import ChangeSet, Part
from counterweight.services.edits import SetMethod
from counterweight.services.robustness import run_smaa
from counterweight.ui.session_controller import SessionController
from counterweight.ui.workers import Worker

if TYPE_CHECKING:
    from collections.abc import Callable

    from counterweight.domain import Decision
    from counterweight.engine.smaa import SmaaResult

_MUTED = "color:#5f5f5f;"
_ERROR = "color:#a1461a; font-weight:bold;"
_STALE = "background:#F8E7A6; color:#000000; border:1px solid #9a7b00; border-radius:3px; padding:2px 6px;"
DISTRIBUTION_LABELS = {Distribution.UNIFORM: "Uniform", Distribution.TRIANGULAR: "Triangular",
                       Distribution.PERT: "PERT (beta)"}
WEIGHT_MODE_LABELS = {
    WeightUncertainty.EXACT: ("As set (exact)", "The weights are taken as they are; only ranged scores vary."),
    WeightUncertainty.RANGES: ("Within ranges", "Each criterion's overall weight varies within its range."),
    WeightUncertainty.ORDINAL: ("Order of importance only",
                                "Any weights that keep the criteria's order of importance."),
    WeightUncertainty.NONE: ("Unknown (any weights)", "Every set of weights is equally likely."),
}


_IN_SENTENCE = {Distribution.UNIFORM: "uniform", Distribution.TRIANGULAR: "triangular",
                Distribution.PERT: "PERT (beta)"}


def scores_line(decision: Decision, tr: Callable[[str], str] = str) -> str:
    """How many scores have a range and which distribution they are drawn from, in plain words."""
    ranged = [s for s in decision.scores if s.low is not None or s.high is not None]
    default = decision.method.uncertainty.distribution
    name = tr(_IN_SENTENCE[default])
    if not ranged:
        return tr("No score has a range, so only the weights vary.")
    own = sum(1 for s in ranged if s.distribution is not None and s.distribution is not default)
    text = tr("{0} of {1} scores have a range; they are drawn from a {2} distribution").format(
        len(ranged), len(decision.scores), name)
    return text + (tr(" ({0} set their own).").format(own) if own else ".")


def _parse_pct(text: str) -> float | None:
    """A percentage typed by the user (``"12,5"``, ``"12.5 %"``) as a share 0-1; ``None`` when blank."""
    cleaned = text.replace("%", "").replace(",", ".").strip()
    return None if not cleaned else float(cleaned) / 100.0


class WeightUncertaintyEditor(QWidget):
    """The weight ranges (ranges mode) or the order of importance (ordinal mode) of the leaf criteria.

    Every change is one ``SetMethod`` edit. ``problem(str)`` carries a message to
    show when an entry cannot be used (empty string: no problem).
    """

    problem = Signal(str)
    COL_NOW, COL_LOW, COL_HIGH = 1, 2, 3

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("weightUncertaintyEditor")
        self._controller = controller
        self._filling = False
        self.ranges_table = QTableWidget(0, 4, self)
        self.ranges_table.setObjectName("weightRangesTable")
        self.ranges_table.setAccessibleName(self.tr("Weight ranges"))
        self.ranges_table.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Now %"), self.tr("Low %"),
                                                     self.tr("High %")])
        self.ranges_table.setToolTip(self.tr("Bounds on each criterion's share of the total weight, in %. "
                                             "Leave both blank for 0 to 100."))
        self.ranges_table.verticalHeader().hide()
        self.ranges_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.ranges_table.setTabKeyNavigation(False)
        self.ranges_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.ranges_table.horizontalHeader().setStretchLastSection(True)
        self.ranges_table.setMinimumHeight(110)
        self.ranges_table.setMaximumHeight(190)
        self.ranges_table.itemChanged.connect(self._on_range_edited)
        self.order_list = QListWidget(self)
        self.order_list.setObjectName("importanceOrderList")
        self.order_list.setAccessibleName(self.tr("Criteria from most to least important"))
        self.order_list.setMinimumHeight(110)
        self.order_list.setMaximumHeight(190)
        buttons = QHBoxLayout()
        self.order_buttons: list[QPushButton] = []
        for name, text, keys, step in (("moveUpButton", self.tr("Move &up"), "Alt+Up", -1),
                                       ("moveDownButton", self.tr("Move do&wn"), "Alt+Down", 1),
                                       ("orderByWeightButton", self.tr("Order by &weights"), "", 0)):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.setAccessibleName(text.replace("&", ""))
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
        self.order_hint.setStyleSheet(_MUTED)
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

    def refresh(self) -> None:
        """Show the editor the weight mode needs (hidden for exact and unknown weights)."""
        ctl = self._controller
        mode = ctl.decision.method.uncertainty.weights if ctl.has_session else WeightUncertainty.EXACT
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
            cells = [label, f"{100 * w:.1f}", "" if rng is None else f"{100 * rng.low:g}",
                     "" if rng is None else f"{100 * rng.high:g}"]
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


class UncertaintyPanel(QWidget):
    """The Uncertainty tab.

    Signals
    -------
    runFinished(object)
        A completed run's :class:`~counterweight.engine.smaa.SmaaResult` is on screen.
    runStopped(str)
        A run ended without new results: ``"cancelled"`` or the error message.
    """

    runFinished = Signal(object)
    runStopped = Signal(str)
    COL_CONFIDENCE, COL_FIRST_RANK = 1, 2

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("uncertaintyPanel")
        self.setAccessibleName(self.tr("Uncertainty"))
        self._controller = controller
        self.result: SmaaResult | None = None
        self.worker: Worker | None = None
        self._out_of_date = False
        self._changed_during_run = False
        self._session_gen = 0  # a run of a project that was replaced meanwhile is dropped
        self._run_gen = 0
        self.chart = None
        self._build()
        controller.changed.connect(self._on_changed)
        controller.sessionReplaced.connect(self._on_session_replaced)
        self._sync_settings()

    # ------------------------------------------------------------ layout
    def _build(self) -> None:
        self.samples_spin = QSpinBox(self)
        self.samples_spin.setRange(100, 1_000_000)
        self.samples_spin.setSingleStep(1_000)
        self.samples_spin.setGroupSeparatorShown(True)
        self.seed_spin = QDoubleSpinBox(self)  # a QSpinBox stops at 2**31 - 1; seeds go to 2**32 - 1
        self.seed_spin.setDecimals(0)
        self.seed_spin.setRange(0, 2**32 - 1)
        self.distribution_combo = QComboBox(self)
        for dist, label in DISTRIBUTION_LABELS.items():
            self.distribution_combo.addItem(self.tr(label), dist)
        self.weight_mode_combo = QComboBox(self)
        for mode, (label, tip) in WEIGHT_MODE_LABELS.items():
            self.weight_mode_combo.addItem(self.tr(label), mode)
            self.weight_mode_combo.setItemData(self.weight_mode_combo.count() - 1, self.tr(tip),
                                               Qt.ItemDataRole.ToolTipRole)
        tips = {
            "samples": (self.samples_spin, self.tr("Number of draws"),
                        self.tr("More draws give steadier shares but take longer (100 to 1,000,000).")),
            "seed": (self.seed_spin, self.tr("Random seed"),
                     self.tr("The same seed and settings always give the same results.")),
            "distribution": (self.distribution_combo, self.tr("Distribution of ranged scores"),
                             self.tr("How a score varies between its low and high ends; its value is the most "
                                     "likely one.")),
            "weightMode": (self.weight_mode_combo, self.tr("How the weights may vary"), ""),
        }
        for key, (w, name, tip) in tips.items():
            w.setObjectName(f"{key}Input")
            w.setAccessibleName(name)
            if tip:
                w.setToolTip(tip)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Draws:"), self.samples_spin)
        form.addRow(self.tr("S&eed:"), self.seed_spin)
        form.addRow(self.tr("&Ranged scores:"), self.distribution_combo)
        form.addRow(self.tr("&Weights:"), self.weight_mode_combo)
        self.samples_spin.editingFinished.connect(self._on_samples_edited)
        self.seed_spin.editingFinished.connect(self._on_seed_edited)
        self.distribution_combo.activated.connect(self._on_distribution_chosen)
        self.weight_mode_combo.activated.connect(self._on_weight_mode_chosen)

        self.scores_label = self._label("uncertaintyScoresLine", _MUTED)
        self.weights_editor = WeightUncertaintyEditor(self._controller, self)
        self.weights_editor.problem.connect(lambda text: self._show_error(text))

        self.run_action = QAction(self.tr("&Run"), self)
        self.run_action.setObjectName("runUncertaintyAction")
        self.run_action.setShortcut(QKeySequence("Ctrl+R"))
        self.run_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.run_action.triggered.connect(self.run)
        self.cancel_action = QAction(self.tr("Cancel"), self)
        self.cancel_action.setObjectName("cancelUncertaintyAction")
        self.cancel_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.cancel_action.triggered.connect(self.cancel)
        self.cancel_action.setEnabled(False)
        self.addActions([self.run_action, self.cancel_action])
        self.run_button = self._button("runUncertaintyButton", self.tr("&Run"), self.run_action,
                                       self.tr("Run the uncertainty analysis (Ctrl+R)"))
        self.cancel_button = self._button("cancelUncertaintyButton", self.tr("Cancel"), self.cancel_action,
                                          self.tr("Stop the run (Esc)"))
        self.progress_bar = QProgressBar(self)
        self.progress_bar.setObjectName("uncertaintyProgress")
        self.progress_bar.setAccessibleName(self.tr("Progress of the run"))
        self.progress_bar.setRange(0, 1000)
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat("%p %")
        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.cancel_button)
        run_row.addWidget(self.progress_bar, 1)
        self.error_label = self._label("uncertaintyError", _ERROR)
        self.status_label = self._label("uncertaintyStatus", _MUTED)

        self.chart_view = QChartView(self)
        self.chart_view.setObjectName("acceptabilityChartView")
        self.chart_view.setAccessibleName(self.tr("Rank acceptability chart"))
        self.chart_view.setAccessibleDescription(self.tr("For each option, the share of draws in which it takes "
                                                         "each rank."))
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chart_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.chart_view.setMinimumHeight(200)
        self.acceptability_table = self._table("acceptabilityTable", self.tr("Rank acceptability and confidence"))
        self.central_table = self._table("centralWeightsTable", self.tr("Central weights"))
        self.results_tabs = QTabWidget(self)
        self.results_tabs.setObjectName("uncertaintyResultsTabs")
        self.results_tabs.setAccessibleName(self.tr("Uncertainty results"))
        self.results_tabs.addTab(self.acceptability_table, self.tr("Ranks"))
        self.results_tabs.addTab(self.central_table, self.tr("Central weights"))
        self.results_tabs.setTabToolTip(0, self.tr("Share of draws giving each rank; confidence: how often the "
                                                   "option comes first with its central weights"))
        self.results_tabs.setTabToolTip(1, self.tr("The average weights under which each option comes first"))
        self.results_tabs.setMinimumHeight(160)
        self.notes_label = self._label("uncertaintyNotes", _MUTED)

        self.results_splitter = results = QSplitter(Qt.Orientation.Vertical, self)
        results.setObjectName("uncertaintyResultsSplitter")
        results.setChildrenCollapsible(False)
        results.addWidget(self.chart_view)
        results.addWidget(self.results_tabs)
        body = QWidget(self)
        col = QVBoxLayout(body)
        col.setContentsMargins(0, 0, 0, 0)
        col.addLayout(form)
        col.addWidget(self.scores_label)
        col.addWidget(self.weights_editor)
        col.addLayout(run_row)
        col.addWidget(self.error_label)
        col.addWidget(self.status_label)
        col.addWidget(self.notes_label)
        col.addWidget(results, 1)
        col.addStretch(0)
        scroll = QScrollArea(self)
        scroll.setObjectName("uncertaintyScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(scroll)
        self.setFocusProxy(self.run_button)
        self._show_empty()

    def _label(self, name: str, style: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(style)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        return label

    def _button(self, name: str, text: str, action: QAction, tip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAccessibleName(action.text().replace("&", ""))
        button.setToolTip(tip)
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        button.setEnabled(action.isEnabled())
        return button

    def _table(self, name: str, accessible: str) -> QTableWidget:
        table = QTableWidget(0, 0, self)
        table.setObjectName(name)
        table.setAccessibleName(accessible)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # ------------------------------------------------------------ settings
    def _sync_settings(self) -> None:
        ctl = self._controller
        enabled = ctl.has_session
        editable = enabled and not ctl.read_only
        for w in (self.samples_spin, self.seed_spin, self.distribution_combo, self.weight_mode_combo):
            w.setEnabled(editable)
        self.run_action.setEnabled(enabled and self.worker is None)
        if not enabled:
            self.scores_label.hide()
            self.weights_editor.hide()
            return
        unc = ctl.decision.method.uncertainty
        for w, setter, value in ((self.samples_spin, self.samples_spin.setValue, unc.samples),
                                 (self.seed_spin, self.seed_spin.setValue, float(unc.seed))):
            if w.value() != value and not w.hasFocus():
                w.blockSignals(True)
                setter(value)
                w.blockSignals(False)
        for combo, value in ((self.distribution_combo, unc.distribution), (self.weight_mode_combo, unc.weights)):
            at = combo.findData(value)
            if at >= 0 and at != combo.currentIndex():
                combo.blockSignals(True)
                combo.setCurrentIndex(at)
                combo.blockSignals(False)
        self.weight_mode_combo.setToolTip(self.tr(WEIGHT_MODE_LABELS[unc.weights][1]))
        self.scores_label.setText(scores_line(ctl.decision, self.tr))
        self.scores_label.show()
        self.weights_editor.refresh()

    def _submit(self, label: str, **update: object) -> None:
        ctl = self._controller
        if not ctl.has_session or ctl.read_only:
            return
        method = ctl.decision.method
        unc = method.uncertainty.model_copy(update=update)
        if unc == method.uncertainty:
            return
        error = ctl.submit(SetMethod(method.model_copy(update={"uncertainty": unc}), label))
        self._show_error(error or "")
        if error:
            self._sync_settings()

    def _on_samples_edited(self) -> None:
        self._submit(self.tr("Uncertainty: number of draws"), samples=int(self.samples_spin.value()))

    def _on_seed_edited(self) -> None:
        self._submit(self.tr("Uncertainty: random seed"), seed=int(self.seed_spin.value()))

    def _on_distribution_chosen(self, index: int) -> None:
        self._submit(self.tr("Uncertainty: score distribution"),
                     distribution=Distribution(self.distribution_combo.itemData(index)))

    def _on_weight_mode_chosen(self, index: int) -> None:
        mode = WeightUncertainty(self.weight_mode_combo.itemData(index))
        update: dict[str, object] = {"weights": mode}
        if mode is WeightUncertainty.ORDINAL:  # give the order a starting point in the same edit
            update["criteria_order"] = self.weights_editor.complete_order()
        self._submit(self.tr("Uncertainty: how weights vary"), **update)

    # ------------------------------------------------------------ changes
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches(Part.METHOD, Part.CRITERIA, Part.WEIGHTS, Part.SCORES, Part.OPTIONS):
            self._sync_settings()
        if changes.parts <= {Part.INFO}:
            return
        if self.worker is not None:
            self._changed_during_run = True
        if self.result is not None:
            self._set_out_of_date(True)

    def _on_session_replaced(self) -> None:
        self._session_gen += 1
        if self.worker is not None:
            self.worker.cancel()
        self.result = None
        self._set_out_of_date(False)
        self._show_error("")
        self._show_empty()
        self._sync_settings()

    def _set_out_of_date(self, stale: bool) -> None:
        self._out_of_date = stale
        if stale:
            self.status_label.setText(self.tr("Out of date: the decision has changed since this run. "
                                              "Run again (Ctrl+R) to update."))
            self.status_label.setStyleSheet(_STALE)
            self.status_label.show()
        elif self.status_label.styleSheet() == _STALE:
            self.status_label.hide()

    def is_out_of_date(self) -> bool:
        """True when the results shown were computed for an earlier state of the decision."""
        return self._out_of_date

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def _show_status(self, text: str) -> None:
        self.status_label.setStyleSheet(_MUTED)
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    # ------------------------------------------------------------ running
    def is_running(self) -> bool:
        return self.worker is not None

    def run(self) -> Worker | None:
        """Start a run with the decision's settings; returns its worker (``None`` if none started)."""
        ctl = self._controller
        if self.worker is not None or not ctl.has_session:
            return None
        if self.samples_spin.hasFocus() or self.seed_spin.hasFocus():
            self._on_samples_edited()  # a number typed but not yet confirmed counts
            self._on_seed_edited()
        decision = ctl.decision
        if len(decision.options) < 2:
            self._show_error(self.tr("There is nothing to compare: add at least two options."))
            return None
        self._show_error("")
        self._show_status(self.tr("Running {0:,} draws…").format(decision.method.uncertainty.samples))
        self._changed_during_run = False
        self.progress_bar.setValue(0)
        worker = Worker(lambda progress, cancelled: run_smaa(decision, progress=progress, cancelled=cancelled),
                        description=self.tr("the uncertainty analysis"), parent=self)
        worker.progress.connect(self._on_progress)  # bound methods: queued to the GUI thread
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        self.worker = worker
        self._run_gen = self._session_gen
        self.run_action.setEnabled(False)
        self.cancel_action.setEnabled(True)
        worker.start()
        return worker

    def _on_progress(self, share: float) -> None:
        self.progress_bar.setValue(round(1000 * share))

    def cancel(self) -> None:
        """Stop the running analysis at its next check (the panel stays usable)."""
        if self.worker is not None:
            self.worker.cancel()
            self._show_status(self.tr("Cancelling…"))

    def _release(self) -> None:
        self.worker = None
        self.cancel_action.setEnabled(False)
        self.run_action.setEnabled(self._controller.has_session)

    def _on_failed(self, message: str) -> None:
        self._release()
        if self._run_gen != self._session_gen:
            self.runStopped.emit(message)
            return
        self._show_status("")
        self._show_error(self.tr("The uncertainty analysis could not run: {0}").format(message))
        if self.result is not None:
            self._set_out_of_date(self._out_of_date)
        self.runStopped.emit(message)

    def _on_finished(self, result: SmaaResult) -> None:
        self._release()
        if self._run_gen != self._session_gen:  # another project was opened during the run
            self._show_status("")
            self.runStopped.emit("cancelled")
            return
        if result.cancelled:
            self.progress_bar.setValue(0)
            kept = self.tr(" The results shown are from the previous run.") if self.result is not None else ""
            self._show_status(self.tr("Cancelled after {0:,} of {1:,} draws; nothing was kept.").format(
                result.samples, result.samples_requested) + kept)
            if self._out_of_date:
                self._set_out_of_date(True)
            self.runStopped.emit("cancelled")
            return
        self.result = result
        self._show_status("")
        self._show_result(result)
        self._set_out_of_date(self._changed_during_run)
        self.runFinished.emit(result)

    # ------------------------------------------------------------ results
    def _show_empty(self) -> None:
        self.acceptability_table.setRowCount(0)
        self.central_table.setRowCount(0)
        self.notes_label.setText(self.tr("Press Run (Ctrl+R) to see how often each option takes each rank when "
                                         "the uncertain scores and weights vary."))
        self.notes_label.show()
        self.results_splitter.hide()

    def _show_result(self, r: SmaaResult) -> None:
        if self.chart is None:
            self.chart = build_acceptability_chart(r)
            self.chart_view.setChart(self.chart)
        else:
            update_acceptability_chart(self.chart, r)
        self.results_splitter.show()
        self.chart_view.setMinimumHeight(min(360, max(200, self.chart.preferred_height())))
        order = acceptability_order(r.acceptability)
        n = len(r.option_ids)
        heads = [self.tr("Option"), self.tr("Confidence")] + [self.tr("Rank {0}").format(k + 1) for k in range(n)]
        rows = []
        for i in order:
            conf = "—" if r.confidence is None or not r.has_central[i] else f"{100 * r.confidence[i]:.1f} %"
            rows.append([(r.option_names[i], r.option_ids[i]),
                         (conf, None if r.confidence is None else float(r.confidence[i]))]
                        + [(f"{100 * r.acceptability[i, k]:.1f} %", float(r.acceptability[i, k])) for k in range(n)])
        self._fill(self.acceptability_table, heads, rows)
        conf_head = self.acceptability_table.horizontalHeaderItem(self.COL_CONFIDENCE)
        conf_head.setToolTip(self.tr("How often the option comes first when the weights are its central weights "
                                     "and the scores vary (SMAA-2 confidence factor)"))
        heads = [self.tr("Option")] + list(r.leaf_labels)
        rows = [[(r.option_names[i], r.option_ids[i])]
                + [(f"{100 * w:.1f} %" if r.has_central[i] else "—", float(w)) for w in r.central_weights[i]]
                for i in order]
        self._fill(self.central_table, heads, rows)
        mode = self.tr(WEIGHT_MODE_LABELS[r.weight_mode][0]).lower()
        notes = [self.tr("{0:,} draws, seed {1}; weights: {2}; {3} ranged scores varied.").format(
            r.samples, r.seed, mode, r.uncertain_scores)]
        if r.acceptance_rate is not None:
            notes.append(self.tr("{0:.1f} % of random weight sets fell within the ranges.").format(
                100 * r.acceptance_rate))
        notes += [d.message for d in r.diagnostics if d.code != "red_line_breach"]
        self.notes_label.setText("\n".join(notes))
        self.notes_label.show()

    def _fill(self, table: QTableWidget, heads: list[str], rows: list[list[tuple[str, object]]]) -> None:
        table.clear()
        table.setColumnCount(len(heads))
        table.setHorizontalHeaderLabels(heads)
        table.setRowCount(len(rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, row in enumerate(rows):
            for c, (text, value) in enumerate(row):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, value)
                if c:
                    item.setTextAlignment(right)
                else:
                    item.setToolTip(text)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()
        if table.columnWidth(0) > 160:
            table.setColumnWidth(0, 160)

    # ------------------------------------------------------------ lookups (tests, reports)
    def first_rank(self) -> dict[str, float]:
        """First-rank acceptability per option id, as shown in the table (0-1)."""
        t = self.acceptability_table
        return {t.item(r, 0).data(Qt.ItemDataRole.UserRole):
                t.item(r, self.COL_FIRST_RANK).data(Qt.ItemDataRole.UserRole) for r in range(t.rowCount())}

    def table_rows(self, table: QTableWidget | None = None) -> list[list[str]]:
        """Every cell's text of ``table`` (default: the acceptability table)."""
        t = table if table is not None else self.acceptability_table
        return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


__all__ = ["UncertaintyPanel", "scores_line"]
