"""Trade-offs tab: the value map of two parts of the value tree, with the efficient frontier.

From top to bottom: whose inputs it shows, the two axis choosers (every criterion, indented by
its depth in the tree), the map (:mod:`counterweight.charts.tradeoff_chart`), a short reading in
plain words, and a key table naming each numbered point with its two values and whether it is
efficient. The numbers and definitions are :mod:`counterweight.engine.tradeoff`'s.

The axes are stored with the project (``MethodSettings.map_axes``), so the brief and the command
line use the same ones; choosing one is an undoable edit ("Change map axes") that touches only
:attr:`~counterweight.services.changes.Part.DISPLAY`, so no other analysis reruns. The map is
redrawn after every change while the tab is shown (after a pause on a large project, see
:class:`~counterweight.ui.widgets.shown_work.ShownWork`), and when the tab is shown again. On a
large project the map is worked out on a worker thread (:class:`~counterweight.ui.widgets.latest_run.LatestRun`;
1,000 options took 0.1-0.3 s of the GUI thread's time after every edit).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QGridLayout, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

from counterweight.charts.tradeoff_chart import TradeoffChart
from counterweight.domain import Decision
from counterweight.domain.methods import MapAxes
from counterweight.ui.numbers import fixed
from counterweight.domain.wording import isolate
from counterweight.engine.evaluation import Evaluation
from counterweight.engine.tradeoff import NO_OPTIONS, NO_WEIGHT, NOT_ADDITIVE, TradeoffMap, tradeoff_map, turned_round
from counterweight.services.changes import ChangeSet
from counterweight.services.edits import SetMethod
from counterweight.ui.accessibility import speak_shown_text
from counterweight.ui.engine_text import term_text
from counterweight.ui.session_controller import SessionController
from counterweight.ui.widgets.chart_view import WrappedLabel, chart_view
from counterweight.ui.widgets.latest_run import LatestRun
from counterweight.ui.widgets.shown_work import IMMEDIATE_CELLS, ShownWork, decision_cells
from counterweight.ui.widgets.tradeoff_text import one_point, reading
from counterweight.ui.widgets.view_switcher import ViewCaption

#: The edit's label (the History's Action column and Edit › Undo).
AXES_LABEL = "Change map axes"
#: Most rows of the key table (the map itself labels at most charts.tradeoff_chart.MAX_LABELS points).
MAX_KEY_ROWS = 200
#: Options named as dominating one in the key's Standing column; the rest are counted.
_MAX_BY = 5


class TradeoffPanel(QWidget):
    """The Trade-offs tab."""

    COL_NUMBER, COL_OPTION, COL_X, COL_Y, COL_STANDING = range(5)

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tradeoffPanel")
        self.setAccessibleName(self.tr("Trade-offs"))
        self._controller = controller
        self.tmap: TradeoffMap | None = None
        self._stale = True
        self._build()
        self._run = LatestRun(self.tr("the trade-offs map"), self)
        self._run.resultReady.connect(self._put)
        self._work = ShownWork(self, self.refresh, lambda: decision_cells(controller), lambda: self._stale,
                               "tradeoffDebounce")
        controller.changed.connect(self._on_changed)
        controller.sessionReplaced.connect(self._on_changed)
        controller.viewChanged.connect(self._on_changed)
        self.refresh()

    def _build(self) -> None:
        self.view_caption = ViewCaption(self._controller, self, name="tradeoffViewCaption")
        self.x_combo, self.y_combo = QComboBox(self), QComboBox(self)
        for combo, name, accessible, description, text in (
                (self.x_combo, "tradeoffXCombo", self.tr("X axis (across)"),
                 self.tr("The part of the value tree the map puts across, from 0 on the left to 100 on the right"),
                 self.tr("&X axis (across):")),
                (self.y_combo, "tradeoffYCombo", self.tr("Y axis (up)"),
                 self.tr("The part of the value tree the map puts up, from 0 at the bottom to 100 at the top"),
                 self.tr("Y axi&s (up):"))):
            combo.setObjectName(name)
            combo.setAccessibleName(accessible)
            combo.setAccessibleDescription(description)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
            combo.activated.connect(self._on_axis_chosen)
            combo.label = QLabel(text, self)  # type: ignore[attr-defined]
            combo.label.setBuddy(combo)  # type: ignore[attr-defined]
        choosers = QGridLayout()  # one row each: side by side they would widen a narrow analysis column
        for row, combo in enumerate((self.x_combo, self.y_combo)):
            choosers.addWidget(combo.label, row, 0)  # type: ignore[attr-defined]
            choosers.addWidget(combo, row, 1)
        choosers.setColumnStretch(1, 1)
        self.message = WrappedLabel(self)
        self.message.setObjectName("tradeoffMessage")
        speak_shown_text(self.message, self.tr("Why there is no map"))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.chart = TradeoffChart()
        self.chart_view = chart_view(self, "tradeoffChartView", self.tr("Trade-offs map"),
                                     self.tr("Each option placed by its value on the two chosen parts of the value "
                                             "tree; the line joins the options no other option beats on both."))
        self.chart_view.setChart(self.chart)
        self.chart_view.setMinimumHeight(300)
        self.reading = WrappedLabel(self)
        self.reading.setObjectName("tradeoffReading")
        speak_shown_text(self.reading, self.tr("What the map shows"),
                         self.tr("The efficient options, the dominated ones and what the "
                                 "top option gives up against its nearest efficient rival"))
        self.reading.setTextFormat(Qt.TextFormat.PlainText)  # option names as typed
        self.reading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("tradeoffKey")
        self.table.setAccessibleName(self.tr("Key to the map"))
        self.table.setAccessibleDescription(self.tr("Each numbered point of the map: the option, its two values "
                                                    "and whether another option beats it on both"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_OPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_STANDING, QHeaderView.ResizeMode.Stretch)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a long axis name in a narrow value column
        self.table.setWordWrap(True)  # "Dominated by 1, 2; 80.0 short on Costs" wraps rather than being cut
        self.table.setMinimumHeight(120)
        self.key_note = QLabel(self)
        self.key_note.setObjectName("tradeoffKeyNote")
        self.key_note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view_caption)
        layout.addLayout(choosers)
        layout.addWidget(self.message)
        layout.addWidget(self.chart_view, 3)
        layout.addWidget(self.reading)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.key_note)
        self.setFocusProxy(self.x_combo)

    # ------------------------------------------------------------ changes
    def _on_changed(self, *_args: object) -> None:
        if _args and isinstance(_args[0], ChangeSet) and not _args[0].parts:
            return  # an export or another event: nothing the map shows
        self._stale = True
        self._work.changed()

    def _on_axis_chosen(self, _index: int) -> None:
        ctl = self._controller
        if not ctl.has_session or ctl.read_only:
            self.refresh()
            return
        axes = MapAxes(x=self.x_combo.currentData(), y=self.y_combo.currentData())
        if axes.x is not None and axes.x == axes.y:  # the same part on both axes: a diagonal, nothing to read
            self.refresh()
            return
        method = ctl.decision.method
        if axes == method.map_axes:
            return
        error = ctl.submit(SetMethod(method.model_copy(update={"map_axes": axes}), AXES_LABEL))
        if error:
            self.refresh()

    # ------------------------------------------------------------ showing
    def refresh(self) -> None:
        """Redraw the map for the controller's current view and the stored axes."""
        self._work.timer.stop()
        self._stale = False
        ctl = self._controller
        if not ctl.has_session:
            self._run.drop()
            self.tmap = None
            self._fill_combos([])
            self._show(None, None, None)
            return
        decision, evaluation = ctl.view_decision, ctl.view_evaluation
        stored = ctl.decision.method.map_axes
        # a large project: the map is made off the GUI thread
        self._run.run(lambda: tradeoff_map(evaluation, stored.x, stored.y), (decision, evaluation),
                      background=decision_cells(ctl) > IMMEDIATE_CELLS)

    def _put(self, context: tuple[Decision, Evaluation], tmap: TradeoffMap) -> None:
        """Show ``tmap``, made from ``context`` (the decision and evaluation of the view)."""
        decision, evaluation = context
        self.tmap = tmap
        self._fill_combos(_tree_order(decision))
        self._show(tmap, decision, evaluation)

    def is_busy(self) -> bool:
        """Whether a large project's map is being made on a worker thread."""
        return self._run.is_busy()

    def _fill_combos(self, nodes: list[tuple[str, str, int]]) -> None:
        tmap = self.tmap
        chosen = (tmap.x_id, tmap.y_id) if tmap is not None else (None, None)
        editable = self._controller.has_session and not self._controller.read_only
        additive = tmap is None or tmap.unavailable != NOT_ADDITIVE
        why = "" if additive else self.tr("The map needs the weighted sum: the axes can be chosen under it.")
        for combo, current, other in zip((self.x_combo, self.y_combo), chosen, reversed(chosen)):
            combo.blockSignals(True)
            combo.clear()
            for cid, name, depth in nodes:
                combo.addItem("\u2003" * depth + name, cid)
                if cid == other:  # the other axis's part: the same on both would only draw a diagonal
                    combo.model().item(combo.count() - 1).setEnabled(False)  # type: ignore[attr-defined]
                    combo.setItemData(combo.count() - 1, self.tr("Already on the other axis"),
                                      Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(max(0, combo.findData(current)) if nodes else -1)
            combo.setEnabled(bool(nodes) and editable and additive)
            combo.setToolTip(why)
            combo.blockSignals(False)

    def _show(self, tmap: TradeoffMap | None, decision: Decision | None, evaluation: Evaluation | None) -> None:
        """Show ``tmap``, made from ``decision`` and ``evaluation`` (all three ``None`` with no project)."""
        why = self._why_not(tmap)
        self.message.setText(why)
        self.message.setVisible(bool(why))
        shown = tmap is not None and not tmap.unavailable and len(tmap.points) > 1
        self.chart_view.setVisible(shown)
        self.table.setVisible(shown)
        self.key_note.setVisible(shown and len(tmap.points) > MAX_KEY_ROWS)  # type: ignore[union-attr]
        if not shown:
            self.reading.setText(one_point(tmap) if tmap is not None and len(tmap.points) == 1 else "")
            self.table.setRowCount(0)
            return
        assert tmap is not None and decision is not None and evaluation is not None
        numbers = {p.option_id: k + 1 for k, p in enumerate(tmap.points)}
        self.chart.refresh(tmap, numbers, self._title(tmap.x_name, turned_round(decision, tmap.x_id)),
                           self._title(tmap.y_name, turned_round(decision, tmap.y_id)))
        self.reading.setText(reading(tmap, evaluation))
        self._fill_table(tmap, numbers)
        self.key_note.setText(self.tr("The key lists the first {0} options of {1}.").format(
            MAX_KEY_ROWS, len(tmap.points)))

    def _title(self, name: str, turned: bool) -> str:
        """An axis title: the part's name (isolated, so a right-to-left name keeps the English in order)."""
        if turned:  # a lower-is-better criterion: its value is high where its score is low
            return self.tr("{0} (0-100 value; higher = lower {0})").format(isolate(name))
        return self.tr("{0} (0-100 value)").format(isolate(name))

    def _why_not(self, tmap: TradeoffMap | None) -> str:
        if tmap is None:
            return self.tr("Open a project to see its trade-offs.")
        if tmap.unavailable == NOT_ADDITIVE:
            method = self._controller.view_evaluation.aggregation
            return self.tr("No map for {0}: its score is not a sum of points from each criterion, so the options "
                           "have no value on a part of the tree. The map needs the weighted sum.").format(
                term_text(method.label))
        if tmap.unavailable == NO_WEIGHT:
            names = [isolate(n) for n in tmap.weightless]
            if len(names) > 1:
                return self.tr("No map: \u2018{0}\u2019 and \u2018{1}\u2019 have no weight, so no 0-100 value scale. "
                               "Choose other axes or give them weight.").format(*names)
            return self.tr("No map: \u2018{0}\u2019 has no weight, so it has no 0-100 value scale. "
                           "Choose another axis or give it a weight.").format(names[0] if names else "")
        if tmap.unavailable == NO_OPTIONS:
            return self.tr("No map: there is no option to place (a red line excludes every option).")
        if tmap.unavailable:
            return self.tr("No map: the decision needs at least two scored criteria.")
        return ""

    def _fill_table(self, tmap: TradeoffMap, numbers: dict[str, int]) -> None:
        points = tmap.points[:MAX_KEY_ROWS]
        self.table.setRowCount(len(points))
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Option"), tmap.x_name, tmap.y_name,
                                              self.tr("Standing")])
        for r, p in enumerate(points):
            if p.efficient:
                standing = self.tr("Efficient")
            else:
                firsts = sorted(numbers[o] for o in p.dominated_by)
                by = ", ".join(str(n) for n in firsts[:_MAX_BY])
                if len(firsts) > _MAX_BY:
                    by = self.tr("{0} and {1} more").format(by, len(firsts) - _MAX_BY)
                axis = tmap.x_name if p.shortfall_axis == "x" else tmap.y_name
                standing = self.tr("Dominated by {0}; {1} short on {2}").format(by, fixed(p.shortfall, 1), isolate(axis))
            cells = (str(numbers[p.option_id]), p.name, fixed(p.x, 1), fixed(p.y, 1), standing)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (self.COL_NUMBER, self.COL_X, self.COL_Y):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        for col in (self.COL_NUMBER, self.COL_X, self.COL_Y):  # the numbers' width, not the default 100 px
            self.table.resizeColumnToContents(col)
            cells = self.table.sizeHintForColumn(col) + 12
            header.resizeSection(col, max(cells, min(header.sectionSize(col), 9 * self.fontMetrics().averageCharWidth())))
        for c, name in ((self.COL_X, tmap.x_name), (self.COL_Y, tmap.y_name)):
            self.table.horizontalHeaderItem(c).setToolTip(name)  # the full name where the header cuts it
        self.table.resizeRowsToContents()


def _tree_order(decision: Decision) -> list[tuple[str, str, int]]:
    """Every criterion as (id, name, depth), in depth-first tree order."""
    out: list[tuple[str, str, int]] = []

    def walk(parent: str | None, depth: int) -> None:
        for c in decision.children(parent):
            out.append((c.id, c.name, depth))
            walk(c.id, depth + 1)

    walk(None, 0)
    return out


__all__ = ["AXES_LABEL", "TradeoffPanel"]
