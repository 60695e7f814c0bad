"""Compare methods: every aggregation method's ranking side by side, and how far they agree.

A sentence says whether the methods put the same option first, counting a near tie
or VIKOR's compromise set as such (QA 21); beneath it each method's caveats (a near
tie and its gap, the weighted product's zero values, VIKOR's compromise set,
PROMETHEE II's preference functions), worded by
:mod:`counterweight.ui.widgets.comparison_text`. The ranks table
lists options (in the order of the method in use; the first 100 of a larger
project, h25m) against methods, with the method in use highlighted; "—" marks an
option a method does not rank (a red line excludes it, or it lacks a score the method needs). The agreement table gives
Kendall's tau-b for every pair of methods (1 = same order, 0 = unrelated,
-1 = reversed), coloured from red (disagree) to green (agree), over the options
every method ranks. Between the two, a chart of ranks per method draws one line per
option through its rank under each method (:mod:`counterweight.charts.method_ranks_chart`), with its
legend in a wrapping label under it: each option's line in its colour with its whole dash pattern
(:mod:`counterweight.ui.widgets.line_marks`, as on the Sensitivity tab; h28b: Qt's own legend drew a
bit of line too short to tell the dashes apart).
The two tables are filled and coloured by :mod:`counterweight.ui.widgets.comparison_tables`.

The comparison is recomputed after every change. On a small decision that takes a
few milliseconds and happens at once; on a large one it is debounced (a burst of
slider steps recomputes once, :data:`DEBOUNCE_MS` after the last step) and the
methods run on a worker thread (:class:`~counterweight.ui.widgets.latest_run.LatestRun`),
the tables keeping the last comparison under "Updating…"; while the panel is hidden
it waits until it is shown.

It compares the methods on the controller's view (issue 4: analysts): the shared
inputs, one analyst's view or the group view, as a caption says.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QLabel, QSplitter, QTableWidget, QVBoxLayout, QWidget

from counterweight.charts.method_ranks_chart import build_method_ranks_chart, method_code, update_method_ranks_chart
from counterweight.charts.method_ranks_chart import method_name as short_label  # one wording: table, sentence, chart
from counterweight.domain import AggregationMethod, Decision
from counterweight.engine.comparison import MethodComparison
from counterweight.services.analysis import compare
from counterweight.services.changes import ChangeSet
from counterweight.ui.accessibility import show_status_line, speak_shown_text
from counterweight.ui import theme  # issue 6: colours follow the system palette
from counterweight.ui.widgets import comparison_text
from counterweight.ui.pane_room import rows_height
from counterweight.ui.session_controller import SessionController
from counterweight.ui.widgets import comparison_tables as tables
from counterweight.ui.widgets.chart_view import chart_view, keep_chart_room
from counterweight.ui.widgets.comparison_tables import current_method_colours, tau_colour
from counterweight.ui.widgets.fitting import NameColumnFitter
from counterweight.ui.widgets.latest_run import LatestRun
from counterweight.ui.widgets.line_marks import LegendLabel, legend_marks, named_entry
from counterweight.ui.widgets.shown_work import DEBOUNCE_MS, IMMEDIATE_CELLS, ShownWork, decision_cells
from counterweight.ui.widgets.view_switcher import ViewCaption  # issue 4: analysts

#: How the panes share the splitter's height: ranks table, chart, agreement table (see :func:`share_height`).
SPLIT_WEIGHTS = (3, 4, 3)
#: Each table keeps room for this many rows (fewer if it has fewer); a short window scrolls the tab instead.
MIN_TABLE_ROWS = 3
#: Narrower than this (pixels), the panel is not laid out yet and its wrapped texts are not measured.
MIN_TEXT_WIDTH = 60
#: Between two entries of the chart's legend (as on the Sensitivity tab).
LEGEND_GAP = " &nbsp; "


def share_height(room: int, least: Sequence[int], full: Sequence[int | None], weights: Sequence[int]) -> list[int]:
    """Heights of a splitter's panes that add up to ``room`` (more than the sum of the minimums ``least``).

    A pane with a ``full`` height (a table: what shows all its rows) gets its share of
    ``room`` by ``weights``, but no more than that full height and no less than its
    minimum; the one pane without (the chart) takes the rest, the tables giving way
    to keep it at its minimum.
    """
    sizes = [lo if f is None else max(lo, min(f, room * w // sum(weights))) for lo, f, w in zip(least, full, weights)]
    flex = list(full).index(None)
    for i in (i for i, f in enumerate(full) if f is not None):
        sizes[i] -= max(0, min(sizes[i] - least[i], sum(sizes) - room))
    sizes[flex] += room - sum(sizes)
    return sizes


class ComparisonPanel(QWidget):
    """Ranks under every method and Kendall's tau-b between them; follows the session."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.setObjectName("comparisonPanel")
        self.setAccessibleName(self.tr("Compare methods"))
        self.comparison: MethodComparison | None = None
        self._stale = True
        self._highlighted_column = -1  # ranks-table column coloured as the method in use

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("comparisonSummary")
        speak_shown_text(self.summary_label, self.tr("Do the methods agree?"),
                         self.tr("Whether every method puts the same option first"))
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)  # option names show as typed
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont(self.summary_label.font())
        font.setBold(True)
        self.summary_label.setFont(font)
        self.caveats_label = QLabel(self)  # QA 21: each method's caveats, one per line
        self.caveats_label.setObjectName("comparisonCaveats")
        speak_shown_text(self.caveats_label, self.tr("Caveats of each method"), self.tr(
            "Near ties, compromise sets, zero scores and preference functions that qualify the methods' answers"))
        self.caveats_label.setWordWrap(True)
        self.caveats_label.setTextFormat(Qt.TextFormat.PlainText)
        self.caveats_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_label = QLabel(self)
        self.note_label.setObjectName("comparisonNote")
        self.note_label.setWordWrap(True)
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)

        self.ranks_table = tables.new_table(self, "methodRanksTable", self.tr("Rank of each option under each method"))
        self.ranks_table.setAccessibleDescription(self.tr("Options in rows, methods in columns"))
        self.tau_table = tables.new_table(self, "kendallTauTable",
                                          self.tr("Agreement between methods, Kendall's tau-b"))
        self.tau_table.setAccessibleDescription(self.tr("1: same order, 0: unrelated, -1: reversed"))
        self._name_fitter = NameColumnFitter(self.ranks_table)  # session 17: names give way to ranks
        self.ranks_table.viewport().installEventFilter(self)  # again once the viewport has its new width
        tau_help = QLabel(self.tr(
            "Kendall's tau-b between two rankings: 1 = same order, 0 = unrelated, −1 = reversed; "
            "over the options every method ranks."), self)
        tau_help.setWordWrap(True)
        self._tau_help = tau_help
        tau_help.installEventFilter(self)  # its height for the panel's width is right once it has a width of its own
        self._refit = QTimer(self)  # the panes' heights again once the layout pass that gave it that width is over
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._fit_heights)
        lower = self._lower = QWidget(self)
        col = QVBoxLayout(lower)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(tau_help)
        col.addWidget(self.tau_table, 1)

        self.chart = None  # MethodRanksChart, built with the first comparison
        self.chart_view = chart_view(self, "methodRanksChartView", self.tr("Ranks per method chart"), self.tr(
            "One line per option through its rank under each method, rank 1 at the top; "
            "flat lines mean the methods agree, crossing lines that the choice of method matters."))
        self.chart_legend = LegendLabel(self)  # h28b: each option's colour and whole dash pattern; it wraps
        self.chart_legend.setObjectName("methodRanksChartLegend")
        speak_shown_text(self.chart_legend, self.tr("Chart legend"))
        self.chart_box = QWidget(self)
        box = QVBoxLayout(self.chart_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.chart_view, 1)
        box.addWidget(self.chart_legend)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("comparisonSplitter")
        self.splitter.setAccessibleName(self.tr("Ranks, chart and agreement"))
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.ranks_table)
        self.splitter.addWidget(self.chart_box)
        self.splitter.addWidget(lower)
        for index, stretch in enumerate(SPLIT_WEIGHTS):
            self.splitter.setStretchFactor(index, stretch)
        self._user_split = False  # once the user drags a handle, the panel stops sharing out the height
        self.splitter.splitterMoved.connect(self._on_splitter_moved)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.view_caption = ViewCaption(controller, self, name="comparisonViewCaption")  # issue 4: analysts
        layout.addWidget(self.view_caption)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.caveats_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.splitter, 1)
        self.setFocusProxy(self.ranks_table)

        self.status_label = QLabel(self)  # "Updating…" while a large decision's methods run on a worker
        self.status_label.setObjectName("comparisonStatus")
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        layout.insertWidget(1, self.status_label)
        self._run = LatestRun(self.tr("the comparison of methods"), self)
        self._run.resultReady.connect(self._show)
        self._run.failedWith.connect(self._on_failed)
        self._run.busyChanged.connect(self._on_busy)
        self._work = ShownWork(self, self.recompute, lambda: decision_cells(controller), lambda: self._stale,
                               "comparisonDebounce")
        self.timer = self._work.timer
        controller.changed.connect(self._on_changed)
        controller.sessionReplaced.connect(self._on_changed)  # hidden: recomputed when shown
        controller.viewChanged.connect(self._on_changed)  # issue 4: analysts
        watcher = theme.install()
        if watcher is not None:  # issue 6: a new palette re-colours the tables
            watcher.changed.connect(self.recolour)
            watcher.changed.connect(self._relegend)  # the lines' colours follow the palette
        self.recompute()

    # ------------------------------------------------------------ layout
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        """Share the new height among the panes (the chart's view reports only its minimum as its hint)."""
        super().resizeEvent(event)
        self._fit_heights()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        """Fit the ranks table's name column when its viewport changes width, and the panes' heights when the
        agreement table's help does (h28b: with the chart's legend under it, the panel is laid out in another
        order; the table's own resize event comes before its viewport's, and the word-wrapped help measured its
        height for the panel's width as for its old width until the layout pass was over)."""
        if event.type() == QEvent.Type.Resize and event.size().width() != event.oldSize().width():
            if watched is self.ranks_table.viewport():
                self._name_fitter.fit()
            elif watched is self._tau_help:
                self._refit.start()
        return super().eventFilter(watched, event)

    @staticmethod
    def _rows_height(table: QTableWidget, rows: int) -> int:
        """Height of ``table`` showing its header, ``rows`` rows and its sideways scroll bar (session 17)."""
        return rows_height(table, rows)

    def _keep_rows(self, table: QTableWidget) -> None:
        """Never squeeze ``table`` below its header and :data:`MIN_TABLE_ROWS` rows."""
        table.setMinimumHeight(self._rows_height(table, min(table.rowCount(), MIN_TABLE_ROWS)))

    def _on_splitter_moved(self, _pos: int, _index: int) -> None:
        self._user_split = True

    def _fit_heights(self) -> None:
        """Minimums that keep every text readable, then the splitter's spare height shared by :data:`SPLIT_WEIGHTS`.

        A short window scrolls the tab (see :mod:`counterweight.ui.widgets.scrolling`)
        rather than squeezing the wrapped sentences, the tables or the chart.
        """
        margins = self.layout().contentsMargins()
        width = self.width() - margins.left() - margins.right()  # the labels' and the splitter's width
        if width < MIN_TEXT_WIDTH:  # not laid out yet
            return
        for label in (self.summary_label, self.caveats_label, self.note_label):  # wrapped: as tall as its lines
            label.setMinimumHeight(0)  # a label never measures shorter than its minimum
            label.setMinimumHeight(label.heightForWidth(width) if label.text() else 0)
        self._lower.setMinimumHeight(self._tau_help.heightForWidth(width) + self._lower.layout().spacing()
                                     + self.tau_table.minimumHeight())  # the wrapped help, then the table
        splitter = self.splitter
        if self._user_split or splitter.height() <= 0:
            return
        if not self.chart_view.isVisibleTo(self):
            return
        panes = [splitter.widget(i) for i in range(splitter.count())]
        least = [max(w.minimumSizeHint().height(), w.minimumHeight()) for w in panes]
        room = splitter.height() - splitter.handleWidth() * (len(panes) - 1)
        if room <= sum(least):  # no more than the minimums: the splitter keeps every pane at its own
            return
        tau_extra = least[2] - self.tau_table.minimumHeight()  # the help above the agreement table
        full = [self._rows_height(self.ranks_table, self.ranks_table.rowCount()), None,
                tau_extra + self._rows_height(self.tau_table, self.tau_table.rowCount())]
        sizes = share_height(room, least, full, SPLIT_WEIGHTS)
        if sizes != splitter.sizes():
            splitter.setSizes(sizes)

    # ------------------------------------------------------------ updating
    def _on_changed(self, _changes: ChangeSet | object = None) -> None:
        if isinstance(_changes, ChangeSet) and _changes.display_only:
            return  # the Trade-offs map's axes: no method's ranking moves
        self._stale = True
        self._work.changed()  # now, after a pause (large project) or when shown

    def recompute(self) -> None:
        """Run every method on the current decision and show the comparison.

        On a large decision (more than :data:`IMMEDIATE_CELLS` cells) the methods run on a
        worker thread and the tables keep the last comparison under "Updating…" meanwhile
        (QA 27: 0.6-0.9 s of frozen window after every edit on 1,000 x 60).
        """
        self.timer.stop()
        self._stale = False
        ctl = self._controller
        if not ctl.has_session:
            self._run.drop()
            self.comparison = None
            self.ranks_table.setRowCount(0)
            self.tau_table.setRowCount(0)
            self.chart_view.hide()
            self.chart_legend.hide()
            self.summary_label.setText(self.tr("No project is open."))
            self.caveats_label.clear()
            self.caveats_label.hide()
            self.note_label.clear()
            self._fit_heights()
            return
        decision = ctl.view_decision  # issue 4: analysts: the view shown
        self._run.run(lambda: compare(decision), decision, background=decision_cells(ctl) > IMMEDIATE_CELLS)

    def is_busy(self) -> bool:
        """Whether the methods are being run on a worker thread."""
        return self._run.is_busy()

    def _on_busy(self, busy: bool) -> None:
        text = self.tr("Updating…") if busy else ""
        if busy and self.comparison is not None:
            text += " " + self.tr("The results below are from before the last change.")
        show_status_line(self, self.status_label, text, lambda: self.tr("Compare methods updated: {0}").format(
            self.summary_label.text()))  # QA pass 30: spoken

    def _on_failed(self, _decision: object, message: str) -> None:
        self.summary_label.setText(self.tr("The methods cannot be compared: {0}").format(message))

    def _show(self, decision: Decision, comparison: MethodComparison) -> None:
        """Fill the tables, the chart and the sentences from ``comparison`` of ``decision``."""
        self.comparison = comparison
        self._fill_ranks(decision.method.aggregation)
        self._fill_chart(decision.method.aggregation)
        self._fill_tau()
        self.summary_label.setText(self.summary())
        lines = self.caveats()
        self.caveats_label.setText("\n".join(f"• {line}" for line in lines))
        self.caveats_label.setVisible(bool(lines))
        self.note_label.setText(self._note())
        self.note_label.setVisible(bool(self.note_label.text()))
        self._fit_heights()

    def _fill_ranks(self, current: AggregationMethod) -> None:
        assert self.comparison is not None
        self._highlighted_column = tables.fill_ranks(self.ranks_table, self.comparison, current)
        self._colour_current_column()
        self._keep_rows(self.ranks_table)

    def _fill_chart(self, current: AggregationMethod) -> None:
        cmp = self.comparison
        assert cmp is not None
        if self.chart is None:
            self.chart = build_method_ranks_chart(cmp, current, legend=False)  # its legend: the label under it
            # the least size that shows every label and legend entry, again whenever the legend moves
            self._fit_chart = keep_chart_room(self.chart_view, self.chart, self.chart.minimum_height, 0,
                                              self.chart.minimum_width)
        else:
            update_method_ranks_chart(self.chart, cmp, current)
            self._fit_chart()
        self.chart_view.show()
        self._relegend()
        self.chart_legend.show()

    def _relegend(self) -> None:
        """The legend under the chart: each option's line (colour and dashes, drawn for the label's text size and
        screen), after "— " if no method ranks it, and the grey ring of a shared rank if there is one."""
        chart, label = self.chart, self.chart_legend
        if chart is None:
            return
        entries = chart.legend_entries()
        marks = legend_marks([colour for _, colour, _ in entries], chart.legend_pens(), label, rings=True)
        label.set_entries([named_entry(mark, text) for (text, _colour, _kind), mark in zip(entries, marks)], LEGEND_GAP)

    def _fill_tau(self) -> None:
        assert self.comparison is not None
        tables.fill_tau(self.tau_table, self.comparison)
        self._keep_rows(self.tau_table)

    # ------------------------------------------------------------ colours
    def recolour(self) -> None:
        """Colour both tables for the current palette (called again when the palette changes)."""
        self._colour_current_column()
        table = self.tau_table
        for r in range(table.rowCount()):
            for c in range(table.columnCount()):
                item = table.item(r, c)
                if item is not None:
                    tables.colour_tau(item)

    def _colour_current_column(self) -> None:
        tables.colour_column(self.ranks_table, self._highlighted_column)

    # ------------------------------------------------------------ words
    def summary(self) -> str:
        """One sentence: do the methods put the same option first (near ties and compromise sets counted as such)?"""
        return comparison_text.summary(self.comparison)

    def caveats(self) -> list[str]:
        """Each method's caveats, one line each (:func:`comparison_text.caveats`)."""
        return comparison_text.caveats(self.comparison)

    def _note(self) -> str:
        cmp = self.comparison
        if cmp is None:
            return ""
        ev = cmp.evaluations[cmp.methods[0]]
        compared = set(cmp.compared_option_ids)
        left_out = [ev.option_names[i] for i, oid in enumerate(ev.option_ids) if oid not in compared]
        lines = [tables.shown_note(cmp)]  # h25m: a large project's table lists the first 100 options only
        if left_out:
            lines.append(self.tr("Left out of the agreement measure (not ranked by every method): {0}.").format(
                ", ".join(left_out)))
        return "\n".join(line for line in lines if line)

    # ------------------------------------------------------------ lookups
    def rank_rows(self) -> list[tuple[str, list[int | None]]]:
        """``(option name, rank under each method or None)`` rows as shown."""
        return tables.rank_rows(self.ranks_table)

    def tau_matrix(self) -> list[list[str]]:
        """The agreement table's texts."""
        return tables.cell_texts(self.tau_table)

    def current_column(self) -> int:
        """Column of the ranks table that holds the method in use (-1 if none)."""
        if self.comparison is None or not self._controller.has_session:
            return -1
        current = self._controller.decision.method.aggregation
        methods = list(self.comparison.methods)
        return methods.index(current) + 1 if current in methods else -1


__all__ = ["DEBOUNCE_MS", "ComparisonPanel", "current_method_colours", "method_code", "short_label", "tau_colour"]
