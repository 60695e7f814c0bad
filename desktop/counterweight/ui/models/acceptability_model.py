"""The result tables of the Uncertainty tab: rank acceptability with confidence, and central weights.

Two layers:

* :func:`ranks_table`, :func:`central_weights_table` and :func:`run_notes` turn a
  :class:`~counterweight.engine.smaa.SmaaResult` into headers and rows of
  ``(text, value)`` cells, options in the chart's order (most often first, then
  second...). They use no widget, so they can be read and tested on their own.
* :class:`AcceptabilityResults` builds the widgets that show a result (the stacked
  rank-acceptability chart above a tab widget with the two read-only tables, in a
  vertical splitter), fills them and reads the tables back. Each cell keeps its
  number (0-1) or, in the first column, the option id under
  ``Qt.ItemDataRole.UserRole``.

User-visible text goes through the ``tr`` callable of the widget that shows it, so
the translation context stays that widget's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from counterweight.charts.acceptability_chart import (
    AcceptabilityChart,
    acceptability_order,
    build_acceptability_chart,
    update_acceptability_chart,
)

if TYPE_CHECKING:
    from counterweight.engine.smaa import SmaaResult

DASH = "—"
#: Columns of the ranks table: option, confidence factor, then rank 1, 2, ...
COL_OPTION, COL_CONFIDENCE, COL_FIRST_RANK = 0, 1, 2
#: Widest the option column opens at (pixels); the user may widen it.
NAME_WIDTH = 160

Cell = tuple[str, object]


@dataclass(frozen=True)
class TableContent:
    """Headers and rows of ``(text, value)`` cells for one table."""

    heads: list[str]
    rows: list[list[Cell]]


def _pct(share: float) -> str:
    return f"{100 * share:.1f} %"


def ranks_table(r: SmaaResult, tr: Callable[[str], str] = str) -> TableContent:
    """Option, confidence factor and the share of draws giving each rank, best option first.

    The confidence shows a dash for an option that never ranks first (it has no
    central weights); its value is then still the computed factor (0), or ``None``
    when the run stopped before the factors were computed.
    """
    n = len(r.option_ids)
    heads = [tr("Option"), tr("Confidence")] + [tr("Rank {0}").format(k + 1) for k in range(n)]
    rows: list[list[Cell]] = []
    for i in acceptability_order(r.acceptability):
        conf = DASH if r.confidence is None or not r.has_central[i] else _pct(r.confidence[i])
        rows.append([(r.option_names[i], r.option_ids[i]),
                     (conf, None if r.confidence is None else float(r.confidence[i]))]
                    + [(_pct(r.acceptability[i, k]), float(r.acceptability[i, k])) for k in range(n)])
    return TableContent(heads, rows)


def central_weights_table(r: SmaaResult, tr: Callable[[str], str] = str) -> TableContent:
    """Each option's central weights (global leaf weights), in the order of :func:`ranks_table`."""
    heads = [tr("Option")] + list(r.leaf_labels)
    rows = [[(r.option_names[i], r.option_ids[i])]
            + [(_pct(w) if r.has_central[i] else DASH, float(w)) for w in r.central_weights[i]]
            for i in acceptability_order(r.acceptability)]
    return TableContent(heads, rows)


def run_notes(r: SmaaResult, weight_mode: str, tr: Callable[[str], str] = str) -> str:
    """What was drawn (draws, seed, ``weight_mode`` in words, ranged scores) and the engine's notes.

    Red-line breaches are left out: the ranking already shows them.
    """
    notes = [tr("{0:,} draws, seed {1}; weights: {2}; {3} ranged scores varied.").format(
        r.samples, r.seed, weight_mode, r.uncertain_scores)]
    if r.acceptance_rate is not None:
        notes.append(tr("{0:.1f} % of random weight sets fell within the ranges.").format(100 * r.acceptance_rate))
    notes += [d.message for d in r.diagnostics if d.code != "red_line_breach"]
    return "\n".join(notes)


class AcceptabilityResults:
    """The chart and the two tables of a run, in a vertical splitter (``splitter``) to place in a layout.

    Parameters
    ----------
    parent
        The widget that shows them (it owns the widgets created here).
    tr
        Its translation function.

    Attributes
    ----------
    chart_view, chart
        The rank-acceptability chart; ``chart`` is ``None`` until the first result.
    ranks, central, tabs
        The ranks table, the central-weights table and the tab widget holding them.
    """

    def __init__(self, parent: QWidget, tr: Callable[[str], str]) -> None:
        self._tr = tr
        self.chart: AcceptabilityChart | None = None
        view = self.chart_view = QChartView(parent)
        view.setObjectName("acceptabilityChartView")
        view.setAccessibleName(tr("Rank acceptability chart"))
        view.setAccessibleDescription(tr("For each option, the share of draws in which it takes each rank."))
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        view.setMinimumHeight(200)
        self.ranks = _new_table(parent, "acceptabilityTable", tr("Rank acceptability and confidence"))
        self.central = _new_table(parent, "centralWeightsTable", tr("Central weights"))
        tabs = self.tabs = QTabWidget(parent)
        tabs.setObjectName("uncertaintyResultsTabs")
        tabs.setAccessibleName(tr("Uncertainty results"))
        tabs.addTab(self.ranks, tr("Ranks"))
        tabs.addTab(self.central, tr("Central weights"))
        tabs.setTabToolTip(0, tr("Share of draws giving each rank; confidence: how often the option comes first "
                                 "with its central weights"))
        tabs.setTabToolTip(1, tr("The average weights under which each option comes first"))
        tabs.setMinimumHeight(160)
        split = self.splitter = QSplitter(Qt.Orientation.Vertical, parent)
        split.setObjectName("uncertaintyResultsSplitter")
        split.setChildrenCollapsible(False)
        split.addWidget(view)
        split.addWidget(tabs)

    def clear(self) -> None:
        """Empty both tables and hide the results (the chart keeps its last content, unseen)."""
        self.ranks.setRowCount(0)
        self.central.setRowCount(0)
        self.splitter.hide()

    def show_result(self, r: SmaaResult) -> None:
        """Draw ``r`` in the chart, fill both tables and show them."""
        if self.chart is None:
            self.chart = build_acceptability_chart(r)
            self.chart_view.setChart(self.chart)
        else:
            update_acceptability_chart(self.chart, r)
        self.splitter.show()
        self.chart_view.setMinimumHeight(min(360, max(200, self.chart.preferred_height())))
        tr = self._tr
        fill_table(self.ranks, ranks_table(r, tr))
        self.ranks.horizontalHeaderItem(COL_CONFIDENCE).setToolTip(tr(
            "How often the option comes first when the weights are its central weights and the scores vary "
            "(SMAA-2 confidence factor)"))
        fill_table(self.central, central_weights_table(r, tr))

    def first_rank(self) -> dict[str, float]:
        """First-rank acceptability per option id, as shown (0-1)."""
        t = self.ranks
        return {t.item(r, COL_OPTION).data(Qt.ItemDataRole.UserRole):
                t.item(r, COL_FIRST_RANK).data(Qt.ItemDataRole.UserRole) for r in range(t.rowCount())}


def _new_table(parent: QWidget, name: str, accessible: str) -> QTableWidget:
    table = QTableWidget(0, 0, parent)
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


def fill_table(table: QTableWidget, content: TableContent) -> None:
    """Replace ``table``'s cells: numbers right-aligned, the first column's full text as a tooltip."""
    table.clear()
    table.setColumnCount(len(content.heads))
    table.setHorizontalHeaderLabels(content.heads)
    table.setRowCount(len(content.rows))
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for r, row in enumerate(content.rows):
        for c, (text, value) in enumerate(row):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            if c:
                item.setTextAlignment(right)
            else:
                item.setToolTip(text)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()
    if table.columnWidth(0) > NAME_WIDTH:
        table.setColumnWidth(0, NAME_WIDTH)


def cell_texts(table: QTableWidget) -> list[list[str]]:
    """Every cell's text, row by row."""
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


__all__ = [
    "AcceptabilityResults",
    "COL_CONFIDENCE",
    "COL_FIRST_RANK",
    "TableContent",
    "cell_texts",
    "central_weights_table",
    "fill_table",
    "ranks_table",
    "run_notes",
]
