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
  alive to slow down later garbage collections (:mod:`~counterweight.ui.models.results_tables`).
  The tables show at most the :data:`MAX_TABLE_ROWS` options most often ranked first, and as
  many ranks; the note then says so (:func:`shown_note`).
  Under the ranks table a line says what the confidence factor means, or why its
  column is hidden (exact weights); options a red line excluded read "excluded by a
  red line" instead of shares, come last, get no bar, and the note names them
  (:mod:`~counterweight.ui.models.acceptability_notes`). With a red line, a column
  before the ranks says how often each option's drawn scores are past one, and the notes
  who ranks first while past one (:mod:`~counterweight.ui.models.acceptability_red_lines`).

User-visible text is translated under the one context ``"AcceptabilityResults"``
(literal ``QCoreApplication.translate`` calls, so lupdate files each string under the
context it is looked up in).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from counterweight.charts.acceptability_chart import (
    AcceptabilityChart,
    acceptability_order,
    build_acceptability_chart,
    rank_count,
    ranked_options,
    update_acceptability_chart,
)
from counterweight.domain.methods import Distribution
from counterweight.ui.numbers import percent, shown
from counterweight.ui.models.results_tables import (  # re-exported: their home was here
    MAX_RESULT_ROWS,
    NAME_MIN_CHARS,
    SLICED_CELLS,
    Cell,
    LazyRows,
    ResultsTable,
    TableContent,
    cell_texts,
    fill_table,
    fill_table_steps,
    fit_name_column,
    new_table,
)
from counterweight.ui.models.acceptability_notes import (
    confidence_head,
    confidence_note,
    confidence_tip,
    excluded_note,
    excluded_text,
    shows_confidence,
)
from counterweight.ui.models.acceptability_red_lines import (
    red_line_head,
    red_line_notes,
    red_line_share,
    red_line_tip,
    shows_red_lines,
)
from counterweight.ui.accessibility import speak_shown_text
from counterweight.ui.engine_text import engine_text
from counterweight.ui.pane_room import keep_rows
from counterweight.ui.theme import set_tone
from counterweight.ui.widgets.chart_view import WrappedLabel, chart_view, keep_chart_room

if TYPE_CHECKING:
    from counterweight.domain import Decision
    from counterweight.engine.smaa import SmaaResult

DASH = "—"
#: Columns of the ranks table: option, confidence factor, then rank 1, 2, ... (with a red line, the share of
#: draws past one last, as in the brief and ``counterweight smaa``: QA 32 item 2).
COL_OPTION, COL_CONFIDENCE, COL_FIRST_RANK = 0, 1, 2
#: Rows of the ranks table kept in view however short the tab (the panel scrolls instead).
TABLE_ROWS = 5
#: The chart shows at most this many options (those most often ranked first); the table shows all.
MAX_CHART_BARS = 30
#: The tables show at most this many options (those most often ranked first) and as many ranks: 1,000
#: options would make a table of a million cells, twenty seconds of the GUI thread's time.
MAX_TABLE_ROWS = MAX_RESULT_ROWS
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


def _pct(share: float) -> str:
    return percent(share)  # rounded as the brief and the command line round (QA 32 item 1)


def ranks_table(r: SmaaResult, limit: int | None = None) -> TableContent:
    """Option, confidence factor and the share of draws giving each rank, best option first.

    There are as many rank columns as options that took part (at most ``limit``, and
    at most ``limit`` rows: the options most often ranked first). The confidence shows
    a dash for an option that never ranks first (it has no central weights; its value
    is then still the computed factor, 0, or ``None`` when the run stopped before the
    factors were computed) and for every option when the weights were not drawn
    (:func:`~counterweight.ui.models.acceptability_notes.shows_confidence`). An option a
    red line excluded comes last, with a short row: "excluded by a red line" (its value
    ``None``) spanning the confidence and rank columns, or only the rank columns when the
    confidence column is hidden (an empty cell before it). When the decision has a red
    line, the share of draws past one (:mod:`~counterweight.ui.models.acceptability_red_lines`)
    comes last, after the ranks, as in the brief and the command line.
    """
    rank = QCoreApplication.translate("AcceptabilityResults", "Rank {0}")
    ranks = max(1, rank_count(r))  # one, if every option is excluded
    ranks = ranks if limit is None else min(ranks, limit)
    red = shows_red_lines(r)
    heads = ([QCoreApplication.translate("AcceptabilityResults", "Option"), confidence_head()]
             + [rank.format(k + 1) for k in range(ranks)] + ([red_line_head()] if red else []))
    ranked, drawn = ranked_options(r), shows_confidence(r)

    def row(i: int) -> list[Cell]:
        if not ranked[i]:
            return [(r.option_names[i], r.option_ids[i])] + ([] if drawn else [("", None)]) + [(excluded_text(), None)]
        conf = DASH if r.confidence is None or not r.has_central[i] or not drawn else _pct(r.confidence[i])
        past = red_line_share(r, r.option_ids[i]) if red else None
        return ([(r.option_names[i], r.option_ids[i]),
                 (conf, None if r.confidence is None else float(r.confidence[i]))]
                + [(_pct(b), float(b)) for b in r.acceptability[i, :ranks].tolist()]
                + ([] if past is None else [(_pct(past), past)]))
    return TableContent(heads, LazyRows(_ranked_first(r)[:limit], row))


def _ranked_first(r: SmaaResult) -> list[int]:
    """Rows best first (:func:`acceptability_order`), the options a red line excluded last."""
    ranked = ranked_options(r)
    order = acceptability_order(r.acceptability)
    return [i for i in order if ranked[i]] + [i for i in order if not ranked[i]]


def central_weights_table(r: SmaaResult, limit: int | None = None) -> TableContent:
    """Each option's central weights (global leaf weights), in the order of :func:`ranks_table` (``limit`` rows at most).

    An option a red line excluded has a short row: "excluded by a red line" spanning the weights.
    """
    heads = [QCoreApplication.translate("AcceptabilityResults", "Option")] + list(r.leaf_labels)
    ranked = ranked_options(r)

    def row(i: int) -> list[Cell]:
        if not ranked[i] and r.leaf_ids:
            return [(r.option_names[i], r.option_ids[i]), (excluded_text(), None)]
        return [(r.option_names[i], r.option_ids[i])] + [
            (_pct(w) if r.has_central[i] else DASH, float(w)) for w in r.central_weights[i].tolist()]
    return TableContent(heads, LazyRows(_ranked_first(r)[:limit], row))


def shown_note(r: SmaaResult) -> str:
    """What the tables leave out of a result of more than :data:`MAX_TABLE_ROWS` options ('' otherwise)."""
    if len(r.option_ids) <= MAX_TABLE_ROWS:
        return ""
    return QCoreApplication.translate(
        "AcceptabilityResults", "The tables show the top {0} of {1:,} options (those most often ranked first) "
        "and ranks 1 to {0}.").format(MAX_TABLE_ROWS, shown(len(r.option_ids)))


def run_notes(r: SmaaResult, weight_mode: str) -> str:
    """What was drawn (draws, seed, ``weight_mode`` in words), what varied and what was held, and the engine's notes.

    Red-line breaches are left out: the ranking already shows them. The line on what
    varied and what was held is :func:`~counterweight.ui.models.smaa_scope.scope_line` (QA 21).
    """
    from counterweight.ui.models.smaa_scope import scope_line  # kept here, the imports above are shared

    notes = [QCoreApplication.translate("AcceptabilityResults", "{0:,} draws, seed {1}; weights: {2}.").format(
        shown(r.samples), r.seed, weight_mode), scope_line(r)]
    if r.acceptance_rate is not None:
        notes.append(QCoreApplication.translate(
            "AcceptabilityResults", "{0} of random weight sets fell within the ranges.").format(
            percent(r.acceptance_rate)))
    notes += red_line_notes(r)  # who ranks first while past a red line on its drawn scores
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
    first_rank_column
        The ranks table's column of Rank 1 (:data:`COL_FIRST_RANK`; the share past a red line comes last).
    """

    def __init__(self, parent: QWidget) -> None:
        self._job = 0  # bumped to drop the rest of a result still being put on screen
        self.first_rank_column = COL_FIRST_RANK  # the share past a red line comes last (QA 32 item 2)
        self.chart: AcceptabilityChart | None = None
        view = self.chart_view = chart_view(
            parent, "acceptabilityChartView",
            QCoreApplication.translate("AcceptabilityResults", "Rank acceptability chart"),
            QCoreApplication.translate("AcceptabilityResults",
                                       "For each option, the share of draws in which it takes each rank."))
        view.setMinimumHeight(200)
        self.ranks = new_table(parent, "acceptabilityTable", QCoreApplication.translate(
            "AcceptabilityResults", "Rank acceptability and confidence factor"))
        page = QWidget(parent)  # the Ranks tab: the table, and under it what the confidence factor means
        page.setObjectName("acceptabilityPage")
        explain = self.explanation = WrappedLabel(page)  # its lines' height: the splitter never cuts it
        explain.setObjectName("acceptabilityExplanation")
        explain.setAccessibleName(QCoreApplication.translate("AcceptabilityResults", "About the confidence factor"))
        set_tone(explain, "muted")
        explain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.ranks, 1)
        box.addWidget(explain)
        self.central = new_table(parent, "centralWeightsTable", QCoreApplication.translate(
            "AcceptabilityResults", "Central weights"))
        tabs = self.tabs = QTabWidget(parent)
        tabs.setObjectName("uncertaintyResultsTabs")
        tabs.setAccessibleName(QCoreApplication.translate("AcceptabilityResults", "Uncertainty results"))
        tabs.addTab(page, QCoreApplication.translate("AcceptabilityResults", "Ranks"))
        tabs.addTab(self.central, QCoreApplication.translate("AcceptabilityResults", "Central weights"))
        tabs.setTabToolTip(0, QCoreApplication.translate(
            "AcceptabilityResults", "Share of draws giving each rank, and each option's confidence factor"))
        tabs.setTabToolTip(1, QCoreApplication.translate(
            "AcceptabilityResults", "The average weights under which each option comes first"))
        split = self.splitter = QSplitter(Qt.Orientation.Vertical, parent)
        split.setObjectName("uncertaintyResultsSplitter")
        split.setChildrenCollapsible(False)
        split.addWidget(view)
        split.addWidget(tabs)
        notes = self.notes = QLabel(parent)
        notes.setObjectName("uncertaintyNotes")
        speak_shown_text(notes, QCoreApplication.translate("AcceptabilityResults", "Notes on the results"),
                         QCoreApplication.translate(
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
        content = ranks_table(r, MAX_TABLE_ROWS)  # a large result: its best options only
        hide = not shows_confidence(r)  # exact weights: the factor would repeat Rank 1
        self.ranks.setColumnHidden(COL_CONFIDENCE, hide)  # before filling: spans are sized on the columns shown
        yield
        yield from fill_table_steps(self.ranks, content)
        self.ranks.horizontalHeaderItem(COL_CONFIDENCE).setToolTip(confidence_tip())
        if shows_red_lines(r):  # which red lines its column (the last) counts
            self.ranks.horizontalHeaderItem(self.ranks.columnCount() - 1).setToolTip(red_line_tip(r))
        self.ranks.setColumnHidden(COL_CONFIDENCE, hide)  # again: a first fill makes the column
        fit_name_column(self.ranks)  # the names take what is left with that column shown or not
        self.explanation.setText(confidence_note(r))
        keep_rows(self.ranks, min(self.ranks.rowCount(), TABLE_ROWS))  # the note under it never squeezes them away
        content = central_weights_table(r, MAX_TABLE_ROWS)
        yield
        yield from fill_table_steps(self.central, content)
        self.notes.setText("\n".join(filter(None, (run_notes(r, weight_mode), excluded_note(r), shown_note(r)))))
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
        """First-rank acceptability per option id, as shown (0-1; options a red line excluded are left out)."""
        t = self.ranks
        shown = ((t.item(r, COL_OPTION), t.item(r, self.first_rank_column)) for r in range(t.rowCount()))
        return {name.data(Qt.ItemDataRole.UserRole): share.data(Qt.ItemDataRole.UserRole) for name, share in shown
                if share is not None and share.data(Qt.ItemDataRole.UserRole) is not None}


__all__ = [
    "AcceptabilityResults",
    "DISTRIBUTION_LABELS",
    "COL_CONFIDENCE",
    "COL_FIRST_RANK",
    "LazyRows",
    "MAX_CHART_BARS",
    "MAX_TABLE_ROWS",
    "NAME_MIN_CHARS",
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
    "shown_note",
]
