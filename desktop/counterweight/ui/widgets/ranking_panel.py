"""Ranking panel: normalisation choice, ranking table, contribution chart, diagnostics.

Everything here follows the session's evaluation and is refreshed on every change
set, so dragging a weight slider or editing a score moves the ranking and the chart
at once. The chart object is updated in place, never rebuilt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counterweight.charts import build_contribution_chart, update_contribution_chart
from counterweight.domain import Normalization
from counterweight.services.changes import ChangeSet
from counterweight.services.edits import SetMethod
from counterweight.ui.session_controller import SessionController

if TYPE_CHECKING:
    from counterweight.engine import Evaluation

_BAR_HEIGHT_PX = 22
_CHART_FRAME_PX = 120
_CHART_MIN_CAP_PX = 320
_MIN_TABLE_ROWS = 3
#: The chart shows at most this many options (the best ones); the table shows all.
MAX_CHART_BARS = 30


class RankingModel(QAbstractTableModel):
    """Rank, option and score (0-100, one decimal), best first.

    A change of evaluation emits one ``dataChanged`` for the whole table (or a reset
    when the number of options changed), so a 200-option ranking updates in
    milliseconds.
    """

    HEADERS = ("Rank", "Option", "Score")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, str]] = []  # option id, rank, name, score

    def set_evaluation(self, evaluation: Evaluation | None) -> None:
        """Show ``evaluation`` (``None``: empty)."""
        rows = [] if evaluation is None else [
            (evaluation.option_ids[i], str(int(evaluation.ranks[i])), evaluation.option_names[i],
             f"{100.0 * float(evaluation.totals[i]):.1f}")
            for i in (int(k) for k in evaluation.order)
        ]
        if len(rows) != len(self._rows):
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
        elif rows != self._rows:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, 2))

    def option_id(self, row: int) -> str:
        return self._rows[row][0]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 3

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row[index.column() + 1]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() != 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("Rank {0}: {1}, score {2}").format(row[1], row[2], row[3])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 3:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Rank"), self.tr("Option"), self.tr("Score"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == 2:
            return self.tr("Overall score, 0 to 100")
        return None


class RankingPanel(QWidget):
    """The outcome of the evaluation, in a table, a chart and plain-words notes.

    Signals
    -------
    optionActivated(str)
        The user activated an option in the ranking (Enter or double-click).
    diagnosticActivated(str, str)
        The user activated a note about ``(option_id, criterion_id)``; either may be "".
    """

    optionActivated = Signal(str)
    diagnosticActivated = Signal(str, str)

    COL_RANK, COL_OPTION, COL_SCORE = range(3)

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setObjectName("rankingPanel")
        self.setAccessibleName(self.tr("Ranking"))

        self.normalization_combo = QComboBox(self)
        self.normalization_combo.setObjectName("normalizationSelector")
        self.normalization_combo.setAccessibleName(self.tr("How scores are made comparable"))
        for method in Normalization:
            self.normalization_combo.addItem(self.tr(method.label), method)
        self.normalization_combo.setToolTip(self.tr(
            "Value functions use each criterion's own scale; the other methods rescale the scores "
            "against the options being compared."))
        method_label = QLabel(self.tr("&Normalisation:"), self)
        method_label.setBuddy(self.normalization_combo)
        top = QHBoxLayout()
        top.addWidget(method_label)
        top.addWidget(self.normalization_combo, 1)

        self.model = RankingModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("rankingTable")
        self.table.setAccessibleName(self.tr("Ranking of the options"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COL_RANK, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(self.COL_OPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_SCORE, QHeaderView.ResizeMode.Fixed)
        digits = self.table.fontMetrics().horizontalAdvance("0000")
        header.resizeSection(self.COL_RANK, max(digits, header.sectionSizeFromContents(self.COL_RANK).width()) + 8)
        header.resizeSection(self.COL_SCORE, max(digits + 12,
                                                 header.sectionSizeFromContents(self.COL_SCORE).width()) + 8)

        self.chart = None
        self.chart_view = QChartView(self)
        self.chart_view.setObjectName("contributionChartView")
        self.chart_view.setAccessibleName(self.tr("Contribution chart"))
        self.chart_view.setAccessibleDescription(self.tr(
            "Stacked bars: how many points each top-level criterion adds to each option's score."))
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chart_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.diagnostics = QListWidget(self)
        self.diagnostics.setObjectName("diagnosticsList")
        self.diagnostics.setAccessibleName(self.tr("Notes about the result"))
        self.diagnostics.setWordWrap(True)
        self.diagnostics.setAlternatingRowColors(True)
        self.diagnostics.setMinimumHeight(48)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("rankingSplitter")
        self.splitter.setAccessibleName(self.tr("Ranking, chart and notes"))
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart_view)
        self.splitter.addWidget(self.diagnostics)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setStretchFactor(2, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.table)

        self.normalization_combo.activated.connect(self._on_method_chosen)
        self.table.activated.connect(self._on_row_activated)
        self.diagnostics.itemActivated.connect(self._on_diagnostic_activated)
        controller.changed.connect(self._on_changed)
        controller.sessionReplaced.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------ refresh
    def refresh(self) -> None:
        """Show the controller's current evaluation."""
        ctl = self._controller
        enabled = ctl.has_session
        self.normalization_combo.setEnabled(enabled and not ctl.read_only)
        if not enabled:
            self.model.set_evaluation(None)
            self.diagnostics.clear()
            return
        decision, evaluation = ctl.decision, ctl.evaluation
        self._sync_method(decision.method.normalization)
        selected = self.selected_option_id()
        self.model.set_evaluation(evaluation)
        self._reselect(selected)
        if self.chart is None:
            self.chart = build_contribution_chart(decision, evaluation, max_bars=MAX_CHART_BARS)
            self.chart_view.setChart(self.chart)
        else:
            update_contribution_chart(self.chart, decision, evaluation)
        n = len(evaluation.option_ids)
        bars = min(n, MAX_CHART_BARS)
        self.chart_view.setMinimumHeight(min(_CHART_MIN_CAP_PX, _CHART_FRAME_PX + _BAR_HEIGHT_PX * bars))
        rows = max(1, min(n, _MIN_TABLE_ROWS))
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height()
                                    + rows * self.table.verticalHeader().defaultSectionSize() + 4)
        self._fill_diagnostics(evaluation)

    def _reselect(self, option_id: str | None) -> None:
        if option_id is None:
            return
        for row in range(self.model.rowCount()):
            if self.model.option_id(row) == option_id:
                if self.table.currentIndex().row() != row:
                    self.table.setCurrentIndex(self.model.index(row, self.COL_OPTION))
                return

    def _on_changed(self, _changes: ChangeSet) -> None:
        self.refresh()

    def _sync_method(self, method: Normalization) -> None:
        at = self.normalization_combo.findData(method)
        if at >= 0 and at != self.normalization_combo.currentIndex():
            self.normalization_combo.blockSignals(True)
            self.normalization_combo.setCurrentIndex(at)
            self.normalization_combo.blockSignals(False)

    def _fill_diagnostics(self, evaluation) -> None:
        self.diagnostics.clear()
        style = self.style()
        if not evaluation.diagnostics:
            item = QListWidgetItem(self.tr("No problems found."))
            item.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton))
            self.diagnostics.addItem(item)
            return
        for diag in sorted(evaluation.diagnostics, key=lambda d: d.severity != "warning"):
            item = QListWidgetItem(diag.message)
            warning = diag.severity == "warning"
            item.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning if warning
                                            else QStyle.StandardPixmap.SP_MessageBoxInformation))
            item.setToolTip((self.tr("Warning: ") if warning else self.tr("Note: ")) + diag.message)
            item.setData(Qt.ItemDataRole.UserRole, (diag.option_id or "", diag.criterion_id or ""))
            self.diagnostics.addItem(item)

    # ------------------------------------------------------------ lookups
    def ranking(self) -> list[tuple[int, str, str]]:
        """The table as shown: ``(rank, option name, score text)`` rows, best first."""
        m = self.model
        return [(int(m.index(r, 0).data()), m.index(r, 1).data(), m.index(r, 2).data())
                for r in range(m.rowCount())]

    def selected_option_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.option_id(index.row()) if index.isValid() else None

    def diagnostic_messages(self) -> list[str]:
        return [self.diagnostics.item(i).text() for i in range(self.diagnostics.count())]

    # ------------------------------------------------------------ actions
    def _on_method_chosen(self, index: int) -> None:
        ctl = self._controller
        if not ctl.has_session:
            return
        method = self.normalization_combo.itemData(index)
        current = ctl.decision.method
        if method == current.normalization:
            return
        error = ctl.submit(SetMethod(current.model_copy(update={"normalization": Normalization(method)})))
        if error:
            self._sync_method(current.normalization)

    def _on_row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.optionActivated.emit(self.model.option_id(index.row()))

    def _on_diagnostic_activated(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if key:
            self.diagnosticActivated.emit(key[0], key[1])


__all__ = ["RankingPanel"]
