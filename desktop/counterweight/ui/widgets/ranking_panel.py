"""Ranking panel: method and normalisation, ranking table, red lines, chart, diagnostics.

Everything here follows the session's evaluation and is refreshed on every change
set, so dragging a weight slider or editing a score moves the ranking and the chart
at once. The table shows the method's own numbers (TOPSIS distances and closeness,
PROMETHEE flows, VIKOR S, R, Q and the compromise); an option a red line excludes,
or that the method cannot place, has "—" for its rank with the reason in a tooltip.
The weighted sum gets the contribution chart; the other methods, which are not
additive, a bar chart of their own score. Charts are updated in place.

The panel follows the controller's view (issue 4: analysts): it ranks the shared
inputs, one analyst's view or the group view, and a caption says which. The
method settings are shared by every view; the row that changes them is
:class:`~counterweight.ui.widgets.ranking_method_row.MethodRow`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counterweight.ui.models.ranking_model import RankingModel
from counterweight.ui.session_controller import SessionController
from counterweight.ui.widgets.ranking_method_row import TOPSIS_NORMALIZATIONS, MethodRow
from counterweight.ui.widgets.ranking_chart_stack import MAX_CHART_BARS, MIN_CHART_BARS, RankingChartStack
from counterweight.ui.widgets.ranking_notes import MissingScoresLine, fill_notes  # QA 22: missing as worst
from counterweight.ui.widgets.conclusion_line import ConclusionLine  # the recommendation and decision
from counterweight.ui.widgets.red_lines_section import RedLinesSection
from counterweight.ui.widgets.view_switcher import ViewCaption  # issue 4: analysts

if TYPE_CHECKING:
    from counterweight.ui.dialogs.red_lines_dialog import RedLinesDialog

_MIN_TABLE_ROWS = 5
_BREACH_ROWS = 2


class RankingPanel(QWidget, MethodRow):
    """The outcome of the evaluation, in a table, a chart and plain-words notes.

    Signals
    -------
    optionActivated(str)
        The user activated an option in the ranking (Enter or double-click) or a
        red-line breach.
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
        self._sized = False

        top = self._build_method_row()  # the method choices (ranking_method_row)

        self.model = RankingModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("rankingTable")
        self.table.setAccessibleName(self.tr("Ranking of the options"))
        self.table.setAccessibleDescription(self.tr("Rank, option and the method's own numbers, best first"))  # issue 6
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.model.modelReset.connect(self._size_columns)
        self.model.headerDataChanged.connect(lambda *_: self._size_columns())  # a column's decimals changed

        self.red_lines_box = RedLinesSection(self)
        self.red_lines_summary = self.red_lines_box.summary
        self.red_lines_button = self.red_lines_box.button
        self.breaches = self.red_lines_box.breaches
        self.view_caption = ViewCaption(controller, self, name="rankingViewCaption")  # issue 4: analysts

        self.chart_stack = RankingChartStack(self)

        self.diagnostics = QListWidget(self)
        self.diagnostics.setObjectName("diagnosticsList")
        self.diagnostics.setAccessibleName(self.tr("Notes about the result"))
        self.diagnostics.setAccessibleDescription(self.tr("Missing scores, ties and other remarks"))  # issue 6
        self.diagnostics.setWordWrap(True)
        self.diagnostics.setResizeMode(QListWidget.ResizeMode.Adjust)  # QA 22: wrapped notes re-measured on resize
        # QA 21: a note longer than the list is high (a dominance note) scrolls line by line, never cut off
        self.diagnostics.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.diagnostics.setAlternatingRowColors(True)
        self.diagnostics.setMinimumHeight(48)
        self.missing_line = MissingScoresLine(self.diagnostics, self)  # QA 22: above the table, leads to the notes

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("rankingSplitter")
        self.splitter.setAccessibleName(self.tr("Ranking, chart and notes"))
        self.splitter.setChildrenCollapsible(False)
        for w in (self.table, self.red_lines_box, self.chart_stack, self.diagnostics):
            self.splitter.addWidget(w)
        for i, stretch in enumerate((3, 1, 4, 1)):
            self.splitter.setStretchFactor(i, stretch)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view_caption)  # issue 4: analysts
        layout.addWidget(top)
        layout.addWidget(self.missing_line)
        layout.addWidget(ConclusionLine(controller, self))  # the recommendation and decision recorded
        layout.addWidget(self.splitter, 1)
        # the first control, not the table: Tab into the panel starts at its proxy, so a proxy
        # further down made Tab skip the method choice (View > Go to Ranking focuses the table)
        self.setFocusProxy(self.method_combo)

        self.table.activated.connect(self._on_row_activated)
        self.diagnostics.itemActivated.connect(self._on_diagnostic_activated)
        self.red_lines_button.clicked.connect(self.open_red_lines)
        self.red_lines_box.optionActivated.connect(self.optionActivated)
        controller.changed.connect(self._on_changed)
        controller.sessionReplaced.connect(self.refresh)
        controller.viewChanged.connect(self._on_changed)  # issue 4: analysts
        self._stale = False  # an edit came while another tab was shown: refresh when shown (session 26)
        self.refresh()

    # The charts live in the chart stack; these names are kept for callers and tests.
    @property
    def chart(self):  # noqa: ANN201 - a ContributionChart, or None before the first additive method
        return self.chart_stack.chart

    @property
    def method_chart(self):  # noqa: ANN201 - a MethodScoreChart, or None
        return self.chart_stack.method_chart

    @property
    def chart_view(self) -> QChartView:
        return self.chart_stack.chart_view

    @property
    def method_chart_view(self) -> QChartView:
        return self.chart_stack.method_chart_view

    def bars_that_fit(self) -> int:
        """See :meth:`RankingChartStack.bars_that_fit`."""
        return self.chart_stack.bars_that_fit()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """On first show, give the chart the room the notes list does not need; put Tab in reading order.

        The choices sit in a reflowing row (session 17); moving the panel into its page's
        scroll area then left the table out of the focus chain after the settings button,
        so Tab went on to the next panel. The order is set again on every showing.
        """
        super().showEvent(event)
        self.catch_up()
        # QA 30: on to the red lines, the chart and the notes, so Tab reaches what Shift+Tab does
        chain = [w for w in (self.method_combo, self.normalization_combo, self.settings_button, self.missing_line,
                             self.table, self.red_lines_button, self.breaches, self.chart_view,
                             self.method_chart_view, self.diagnostics) if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        if not self._sized:
            self._sized = True
            total = sum(self.splitter.sizes())
            table = self.table.minimumHeight()
            box = self.red_lines_box.minimumSizeHint().height()
            if self.breaches.isVisibleTo(self):
                box += (min(self.breaches.count(), _BREACH_ROWS) - 1) * self.red_lines_box.row_height()
            notes = max(self.diagnostics.minimumHeight(), 3 * self.diagnostics.fontMetrics().lineSpacing() + 12)
            if total > table + box + notes:
                self.splitter.setSizes([table, box, total - table - box - notes, notes])

    # ------------------------------------------------------------ refresh
    def refresh(self) -> None:
        """Show the controller's current evaluation."""
        self._stale = False
        ctl = self._controller
        enabled = ctl.has_session
        for w in (self.method_combo, self.normalization_combo, self.settings_button, self.red_lines_button):
            w.setEnabled(enabled and not ctl.read_only)
        if not enabled:
            self.model.set_evaluation(None)
            self.diagnostics.clear()
            self.red_lines_box.clear()
            self.missing_line.show_count(0)
            return
        decision, evaluation = ctl.view_decision, ctl.view_evaluation  # issue 4: analysts: the view shown
        self._sync_method()
        selected = self.selected_option_id()
        self.model.set_evaluation(evaluation, decision)
        self._reselect(selected)
        self.chart_stack.show_evaluation(decision, evaluation)
        n = len(evaluation.option_ids)
        rows = max(1, min(n, _MIN_TABLE_ROWS))
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height()
                                    + rows * self.table.verticalHeader().defaultSectionSize() + 4)
        self.red_lines_box.fill(decision, evaluation)
        fill_notes(self.diagnostics, evaluation)
        self.missing_line.show_count(self.model.marked_rows())

    def _size_columns(self) -> None:
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        for c in range(self.model.columnCount()):
            if c == self.COL_OPTION:
                header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
                continue
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Fixed)
            sample = "0000" if c == self.COL_RANK else self.model.sample_text(c)
            marked = c == self.model.headline_column() and self.model.marked_rows()
            small = self.table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self.table)
            icon = small + 6 if marked else 0  # QA 22: room for the missing-score mark
            header.resizeSection(c, max(metrics.horizontalAdvance(sample) + 12 + icon,
                                        header.sectionSizeFromContents(c).width()) + 6)

    def _reselect(self, option_id: str | None) -> None:
        if option_id is None:
            return
        for row in range(self.model.rowCount()):
            if self.model.option_id(row) == option_id:
                if self.table.currentIndex().row() != row:
                    self.table.setCurrentIndex(self.model.index(row, self.COL_OPTION))
                return

    def _on_changed(self, _changes: object) -> None:  # also the view (issue 4: analysts)
        """Refresh now if seen (or the window is not on screen), else when shown: 15-25 ms at 1,000 x 60."""
        if self.isVisible() or not self.window().isVisible():
            self.refresh()
        else:
            self._stale = True

    def catch_up(self) -> None:
        """Show the current evaluation if an edit came while the panel was hidden."""
        if self._stale:
            self.refresh()

    # ------------------------------------------------------------ lookups
    def ranking(self) -> list[tuple[int | None, str, str]]:
        """The table as shown: ``(rank, option name, headline number)`` rows, best first.

        The rank is ``None`` for an option without one ("—"); the headline number
        is the score (WSM, WPM), closeness (TOPSIS), net flow (PROMETHEE) or Q (VIKOR).
        """
        self.catch_up()
        m = self.model
        head = m.headline_column()
        return [(m.rank(r), m.index(r, self.COL_OPTION).data(), m.index(r, head).data())
                for r in range(m.rowCount())]

    def headers(self) -> list[str]:
        """Column titles as shown."""
        self.catch_up()
        return [self.model.headerData(c, Qt.Orientation.Horizontal) for c in range(self.model.columnCount())]

    def table_rows(self) -> list[list[str]]:
        """Every cell's text, row by row (best first)."""
        self.catch_up()
        m = self.model
        return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]

    def selected_option_id(self) -> str | None:
        self.catch_up()
        index = self.table.currentIndex()
        return self.model.option_id(index.row()) if index.isValid() else None

    def diagnostic_messages(self) -> list[str]:
        self.catch_up()
        return [self.diagnostics.item(i).text() for i in range(self.diagnostics.count())]

    def breach_messages(self) -> list[str]:
        """The lines of the Red lines section, one per breach."""
        self.catch_up()
        return self.red_lines_box.messages()

    # ------------------------------------------------------------ actions
    def open_red_lines(self) -> RedLinesDialog | None:
        """Open the red lines dialog (window-modal, not blocking)."""
        if not self._controller.has_session:
            return None
        # issue 6: imported on first use, not while the window opens
        from counterweight.ui.dialogs.red_lines_dialog import RedLinesDialog

        dialog = RedLinesDialog(self._controller, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _on_row_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.optionActivated.emit(self.model.option_id(index.row()))

    def _on_diagnostic_activated(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if key:
            self.diagnosticActivated.emit(key[0], key[1])


__all__ = ["MAX_CHART_BARS", "MIN_CHART_BARS", "TOPSIS_NORMALIZATIONS", "RankingModel", "RankingPanel"]
