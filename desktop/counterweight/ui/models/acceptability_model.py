"""What the Uncertainty tab shows about an SMAA-2 run, in words and tables.

Two layers:

* Plain functions: :func:`scores_line` says which scores will vary and how;
  :func:`ranks_table`, :func:`central_weights_table` and :func:`run_notes` turn a
  :class:`~counterweight.engine.smaa.SmaaResult` into headers and rows of
  ``(text, value)`` cells (options in the chart's order: most often first, then
  second...) and a note on what was drawn. They use no widget.
* :class:`AcceptabilityResults` builds the widgets that show a result (a note, and
  the stacked rank-acceptability chart above a tab widget with the two read-only
  tables, in a vertical splitter), fills them and reads the tables back. The
  chart is made as tall as its options need to keep every name readable (rows
  follow the text size; the tab scrolls), up to :data:`MAX_CHART_BARS` options;
  in the tables the option column takes the spare width, the numbers stay
  compact. Each cell keeps its number (0-1) or, in the first column, the option id under
  ``Qt.ItemDataRole.UserRole``. A large result (100 options make a table of
  10,200 cells, a few hundred milliseconds of work for the GUI thread) is put on
  screen a slice of about :data:`SLICE_S` at a time, so the window keeps reacting;
  the cells are set through the table's model, so no Python object per cell stays
  alive to slow down later garbage collections.

User-visible text is translated under the one context ``"AcceptabilityResults"``
(literal ``QCoreApplication.translate`` calls, so lupdate files each string under the
context it is looked up in).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QLabel, QSplitter, QTableWidget, QTabWidget, QWidget

from counterweight.charts.acceptability_chart import (
    AcceptabilityChart,
    acceptability_order,
    build_acceptability_chart,
    update_acceptability_chart,
)
from counterweight.domain.methods import Distribution
from counterweight.ui.engine_text import engine_text
from counterweight.ui.text_size import follow_font
from counterweight.ui.widgets.fitting import give_name_column_the_rest
from counterweight.ui.theme import set_tone
from counterweight.ui.widgets.chart_view import chart_view, keep_chart_room

if TYPE_CHECKING:
    from counterweight.domain import Decision
    from counterweight.engine.smaa import SmaaResult

DASH = "—"
#: Columns of the ranks table: option, confidence factor, then rank 1, 2, ...
COL_OPTION, COL_CONFIDENCE, COL_FIRST_RANK = 0, 1, 2
#: The option column takes the table's spare width, but is never made narrower than this many
#: average characters of the table's font (or its text, if shorter) to make room for the others.
NAME_MIN_CHARS = 26
#: Dynamic property of a results table: the width its option column's text needs (measured when filled).
_NAME_CONTENT_PROPERTY = "counterweightNameWidth"
#: The chart shows at most this many options (those most often ranked first); the table shows all.
MAX_CHART_BARS = 30
#: A table with more cells than this has its columns sized one at a time (same widths, in slices).
SLICED_CELLS = 2_000
#: Longest the GUI thread spends on one slice of showing a large result before other events run (seconds).
SLICE_S = 0.025

#: Names of the score distributions, as listed in the settings.
DISTRIBUTION_LABELS = {Distribution.UNIFORM: "Uniform", Distribution.TRIANGULAR: "Triangular",
                       Distribution.PERT: "PERT (beta)"}
_IN_SENTENCE = {Distribution.UNIFORM: QT_TRANSLATE_NOOP("AcceptabilityResults", "uniform"),
                Distribution.TRIANGULAR: QT_TRANSLATE_NOOP("AcceptabilityResults", "triangular"),
                Distribution.PERT: QT_TRANSLATE_NOOP("AcceptabilityResults", "PERT (beta)")}


def scores_line(decision: Decision) -> str:
    """How many scores have a range and which distribution they are drawn from, in plain words."""
    ranged = [s for s in decision.scores if s.low is not None or s.high is not None]
    default = decision.method.uncertainty.distribution
    name = QCoreApplication.translate("AcceptabilityResults", _IN_SENTENCE[default])
    if not ranged:
        return QCoreApplication.translate("AcceptabilityResults", "No score has a range, so only the weights vary.")
    own = sum(1 for s in ranged if s.distribution is not None and s.distribution is not default)
    text = QCoreApplication.translate(
        "AcceptabilityResults", "{0} of {1} scores have a range; they are drawn from a {2} distribution").format(
        len(ranged), len(decision.scores), name)
    return text + (QCoreApplication.translate("AcceptabilityResults", " ({0} set their own).").format(own)
                   if own else ".")


Cell = tuple[str, object]


@dataclass(frozen=True)
class TableContent:
    """Headers and rows of ``(text, value)`` cells for one table (rows may be made as they are read)."""

    heads: list[str]
    rows: Sequence[list[Cell]]


class LazyRows(Sequence[list[Cell]]):
    """Rows made when read: while a large table is filled, its cells never all exist at once.

    (Ten thousand cells kept between slices would outlive the young generations of
    the garbage collector and bring on a full collection, a pause of 100 ms or more.)
    """

    def __init__(self, keys: Sequence[int], make: Callable[[int], list[Cell]]) -> None:
        self._keys, self._make = keys, make

    def __len__(self) -> int:
        return len(self._keys)

    def __getitem__(self, k: int) -> list[Cell]:  # type: ignore[override]
        return self._make(self._keys[k])


def _pct(share: float) -> str:
    return f"{100 * share:.1f} %"


def ranks_table(r: SmaaResult) -> TableContent:
    """Option, confidence factor and the share of draws giving each rank, best option first.

    The confidence shows a dash for an option that never ranks first (it has no
    central weights); its value is then still the computed factor (0), or ``None``
    when the run stopped before the factors were computed.
    """
    n = len(r.option_ids)
    rank = QCoreApplication.translate("AcceptabilityResults", "Rank {0}")
    heads = ([QCoreApplication.translate("AcceptabilityResults", "Option"),
              QCoreApplication.translate("AcceptabilityResults", "Confidence")]
             + [rank.format(k + 1) for k in range(n)])

    def row(i: int) -> list[Cell]:
        conf = DASH if r.confidence is None or not r.has_central[i] else _pct(r.confidence[i])
        return ([(r.option_names[i], r.option_ids[i]),
                 (conf, None if r.confidence is None else float(r.confidence[i]))]
                + [(_pct(b), float(b)) for b in r.acceptability[i].tolist()])
    return TableContent(heads, LazyRows(acceptability_order(r.acceptability), row))


def central_weights_table(r: SmaaResult) -> TableContent:
    """Each option's central weights (global leaf weights), in the order of :func:`ranks_table`."""
    heads = [QCoreApplication.translate("AcceptabilityResults", "Option")] + list(r.leaf_labels)

    def row(i: int) -> list[Cell]:
        return [(r.option_names[i], r.option_ids[i])] + [
            (_pct(w) if r.has_central[i] else DASH, float(w)) for w in r.central_weights[i].tolist()]
    return TableContent(heads, LazyRows(acceptability_order(r.acceptability), row))


def run_notes(r: SmaaResult, weight_mode: str) -> str:
    """What was drawn (draws, seed, ``weight_mode`` in words, ranged scores) and the engine's notes.

    Red-line breaches are left out: the ranking already shows them.
    """
    notes = [QCoreApplication.translate(
        "AcceptabilityResults", "{0:,} draws, seed {1}; weights: {2}; {3} ranged scores varied.").format(
        r.samples, r.seed, weight_mode, r.uncertain_scores)]
    if r.acceptance_rate is not None:
        notes.append(QCoreApplication.translate(
            "AcceptabilityResults", "{0:.1f} % of random weight sets fell within the ranges.").format(
            100 * r.acceptance_rate))
    notes += [engine_text(d.message) for d in r.diagnostics if d.code != "red_line_breach"]
    return "\n".join(notes)


class AcceptabilityResults:
    """The chart and the two tables of a run, in a vertical splitter (``splitter``) to place in a layout.

    Parameters
    ----------
    parent
        The widget that shows them (it owns the widgets created here).

    Attributes
    ----------
    notes
        A label for the run's notes (or, before a run, how to start one); place it too.
    chart_view, chart
        The rank-acceptability chart; ``chart`` is ``None`` until the first result.
    ranks, central, tabs
        The ranks table, the central-weights table and the tab widget holding them.
    """

    def __init__(self, parent: QWidget) -> None:
        self._job = 0  # bumped to drop the rest of a result still being put on screen
        self.chart: AcceptabilityChart | None = None
        view = self.chart_view = chart_view(
            parent, "acceptabilityChartView",
            QCoreApplication.translate("AcceptabilityResults", "Rank acceptability chart"),
            QCoreApplication.translate("AcceptabilityResults",
                                       "For each option, the share of draws in which it takes each rank."))
        view.setMinimumHeight(200)
        self.ranks = _new_table(parent, "acceptabilityTable", QCoreApplication.translate(
            "AcceptabilityResults", "Rank acceptability and confidence"))
        self.central = _new_table(parent, "centralWeightsTable", QCoreApplication.translate(
            "AcceptabilityResults", "Central weights"))
        tabs = self.tabs = QTabWidget(parent)
        tabs.setObjectName("uncertaintyResultsTabs")
        tabs.setAccessibleName(QCoreApplication.translate("AcceptabilityResults", "Uncertainty results"))
        tabs.addTab(self.ranks, QCoreApplication.translate("AcceptabilityResults", "Ranks"))
        tabs.addTab(self.central, QCoreApplication.translate("AcceptabilityResults", "Central weights"))
        tabs.setTabToolTip(0, QCoreApplication.translate(
            "AcceptabilityResults", "Share of draws giving each rank; confidence: how often the option comes first "
            "with its central weights"))
        tabs.setTabToolTip(1, QCoreApplication.translate(
            "AcceptabilityResults", "The average weights under which each option comes first"))
        tabs.setMinimumHeight(160)
        split = self.splitter = QSplitter(Qt.Orientation.Vertical, parent)
        split.setObjectName("uncertaintyResultsSplitter")
        split.setChildrenCollapsible(False)
        split.addWidget(view)
        split.addWidget(tabs)
        notes = self.notes = QLabel(parent)
        notes.setObjectName("uncertaintyNotes")
        notes.setAccessibleName(QCoreApplication.translate("AcceptabilityResults", "Notes on the results"))  # issue 6
        notes.setAccessibleDescription(QCoreApplication.translate(
            "AcceptabilityResults", "What the run could not vary, and other remarks"))
        notes.setWordWrap(True)
        set_tone(notes, "muted")  # issue 6: follows the palette
        notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        notes.hide()

    def clear(self) -> None:
        """Empty both tables and hide them; the note says how to start a run (the chart keeps its content)."""
        self._job += 1
        self.ranks.setRowCount(0)
        self.central.setRowCount(0)
        self.notes.setText(QCoreApplication.translate(
            "AcceptabilityResults", "Press Run (Ctrl+R) to see how often each option takes each rank when the "
            "uncertain scores and weights vary."))
        self.notes.show()
        self.splitter.hide()

    def show_result(self, r: SmaaResult, weight_mode: str, on_shown: Callable[[], None] | None = None) -> None:
        """Draw ``r`` in the chart, fill both tables and the note (``weight_mode``: the mode in words).

        ``on_shown`` is called once all of it is on screen: before this returns for a
        result whose tables have at most :data:`SLICED_CELLS` cells; otherwise the
        rest is done from the event loop in slices of :data:`SLICE_S`, and
        ``on_shown`` is not called if the tables are cleared or another result is
        shown first.
        """
        self._job += 1
        n, m = len(r.option_ids), len(r.leaf_ids)
        steps = self._steps(r, weight_mode)
        if max(n * (n + 2), n * (m + 1)) <= SLICED_CELLS:
            for _ in steps:
                pass
            if on_shown is not None:
                on_shown()
        else:
            self._resume(self._job, steps, on_shown)

    def _steps(self, r: SmaaResult, weight_mode: str) -> Iterator[bool | None]:
        """The work of :meth:`show_result` in small steps; a step yielding True ends its slice (a repaint is due)."""
        if self.chart is None:
            self.chart = build_acceptability_chart(r, max_bars=MAX_CHART_BARS)
            # every option shown gets a readable row: the chart grows (the tab scrolls) rather than squeeze them
            self._keep_chart_room = keep_chart_room(self.chart_view, self.chart, self.chart.preferred_height, 200)
        else:
            update_acceptability_chart(self.chart, r)
        yield True
        self.splitter.show()
        self._keep_chart_room()
        yield True
        content = ranks_table(r)
        yield
        yield from fill_table_steps(self.ranks, content)
        self.ranks.horizontalHeaderItem(COL_CONFIDENCE).setToolTip(QCoreApplication.translate(
            "AcceptabilityResults", "How often the option comes first when the weights are its central weights "
            "and the scores vary (SMAA-2 confidence factor)"))
        content = central_weights_table(r)
        yield
        yield from fill_table_steps(self.central, content)
        self.notes.setText(run_notes(r, weight_mode))
        self.notes.show()

    def _resume(self, job: int, steps: Iterator[bool | None], on_shown: Callable[[], None] | None) -> None:
        """Run ``steps`` for up to :data:`SLICE_S` (or to a step yielding True), then let the event loop in."""
        if job != self._job:
            return  # cleared, or another result is being shown
        end = time.perf_counter() + SLICE_S
        for repaint_due in steps:
            if repaint_due or time.perf_counter() >= end:
                QTimer.singleShot(0, self.ranks, lambda: self._resume(job, steps, on_shown))
                return
        if on_shown is not None:
            on_shown()

    def first_rank(self) -> dict[str, float]:
        """First-rank acceptability per option id, as shown (0-1)."""
        t = self.ranks
        return {t.item(r, COL_OPTION).data(Qt.ItemDataRole.UserRole):
                t.item(r, COL_FIRST_RANK).data(Qt.ItemDataRole.UserRole) for r in range(t.rowCount())}


class ResultsTable(QTableWidget):
    """A read-only results table whose option column (the first) takes the spare width.

    The other columns keep the width of their contents; the option column gets what
    is left of the view, but never less than :data:`NAME_MIN_CHARS` average characters
    (or its widest text, if that is shorter), so a table wider than its view scrolls
    instead of squeezing the names. It is sized again when the view's width changes.
    """

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API (the viewport's size changed)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            fit_name_column(self)


def fit_name_column(table: QTableWidget) -> None:
    """Give the option column of ``table`` the spare width (see :class:`ResultsTable`)."""
    if table.columnCount() == 0:
        return
    content = table.property(_NAME_CONTENT_PROPERTY)
    content = int(content) if content is not None else table.sizeHintForColumn(0)
    give_name_column_the_rest(table, 0, min(content, NAME_MIN_CHARS * table.fontMetrics().averageCharWidth()))


def _new_table(parent: QWidget, name: str, accessible: str) -> QTableWidget:
    table = ResultsTable(0, 0, parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    follow_font(table)  # issue 6: rows follow the system font, also while the window is open
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.horizontalHeader().setStretchLastSection(False)  # the option column takes the spare width instead
    return table


def fill_table(table: QTableWidget, content: TableContent) -> None:
    """Replace ``table``'s cells: numbers right-aligned, the first column's full text as a tooltip."""
    for _ in fill_table_steps(table, content):
        pass


def fill_table_steps(table: QTableWidget, content: TableContent) -> Iterator[None]:
    """:func:`fill_table` as small steps: yields after the headers, after each row and, in a table of
    more than :data:`SLICED_CELLS` cells, after sizing each column (which gives the widths
    ``resizeColumnsToContents`` would, once the columns overflow the view)."""
    table.clear()
    yield
    table.setColumnCount(len(content.heads))
    table.setHorizontalHeaderLabels(content.heads)
    table.setRowCount(len(content.rows))
    yield
    # Through the model, the table makes each cell's item itself: no Python object per cell is kept
    # alive (ten thousand of them would weigh on every later garbage collection).
    model, index, role = table.model(), table.model().index, Qt.ItemDataRole
    show, keep, align, tip = role.DisplayRole, role.UserRole, role.TextAlignmentRole, role.ToolTipRole
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    for r, row in enumerate(content.rows):
        (text, value), *numbers = row
        model.setItemData(index(r, 0), {show: text, keep: value, tip: text})
        for c, (text, value) in enumerate(numbers, start=1):
            model.setItemData(index(r, c), {show: text, keep: value, align: right})
        yield
    if len(content.rows) * len(content.heads) > SLICED_CELLS:
        for c in range(table.columnCount()):
            table.resizeColumnToContents(c)
            yield
    else:
        table.resizeColumnsToContents()
    table.setProperty(_NAME_CONTENT_PROPERTY, table.columnWidth(0))
    fit_name_column(table)


def cell_texts(table: QTableWidget) -> list[list[str]]:
    """Every cell's text, row by row."""
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


__all__ = [
    "AcceptabilityResults",
    "DISTRIBUTION_LABELS",
    "COL_CONFIDENCE",
    "COL_FIRST_RANK",
    "LazyRows",
    "MAX_CHART_BARS",
    "ResultsTable",
    "TableContent",
    "cell_texts",
    "central_weights_table",
    "fill_table",
    "fill_table_steps",
    "fit_name_column",
    "ranks_table",
    "run_notes",
    "scores_line",
]
