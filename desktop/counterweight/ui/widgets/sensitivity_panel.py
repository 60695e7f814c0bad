"""Sensitivity tab: how far weights and scores can move before the top option changes.

From top to bottom: a verdict (robust, fragile, tied or not applicable) and a plain
sentence naming the nearest change that would put another option on top; the chart of
every option's score against one criterion's weight (chosen in the selector, or by
double-clicking a row of the table); a table of every criterion with its weight and
the weights at which the top option changes, down and up, and who then leads, with a
line under it saying how the other weights move (one weight at a time, the rest of its
group keeping their proportions); and the tornado chart of distance to flip for weights
and scores. An option that breaches a red line is flagged wherever it is named (QA 21).

The analysis (``services.robustness``) runs on a worker thread: the weighted sum
takes milliseconds, the other methods a second or two (a minute on 300 options x 60
criteria). It is redone 150 ms after the last change, and only while the tab is
visible; a hidden tab catches up when shown. A change made while it runs supersedes
the run: the run stops at its next criterion, its result is dropped and the analysis
starts again on the latest decision. The status line says how far it has gone and that
the results on screen are from before the change.

It analyses the controller's view (issue 4: analysts): the shared inputs, one
analyst's view or the group view, as a caption above the verdict says.
"""

from __future__ import annotations

import html

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QSizePolicy, QSplitter, QVBoxLayout, QWidget

from counterweight.charts.sensitivity_chart import build_sensitivity_chart, update_sensitivity_chart
from counterweight.charts.tornado_chart import build_tornado_chart, tornado_items, update_tornado_chart
from counterweight.services.changes import ChangeSet, Part
from counterweight.services.robustness import robustness_in_slices
from counterweight.ui.accessibility import show_status_line, speak_shown_text
from counterweight.ui.models import sensitivity_table
from counterweight.ui.models.sensitivity_table import ThresholdTable, convention_note
from counterweight.ui.session_controller import GROUP_VIEW, SessionController
from counterweight.ui.widgets.sensitivity_text import (  # re-exported: public names of this module
    DASH, LEGEND_GAP, explain, flagged_ids, legend_html, legend_parts, pct, tied_names, tornado_caption, verdict_word)
from counterweight.ui.widgets.view_switcher import ViewCaption  # issue 4: analysts
from counterweight.ui.workers import Worker
from counterweight.ui.theme import install, set_tone  # issue 6: colours follow the system palette
from counterweight.ui.widgets.chart_view import WrappedLabel, chart_view, keep_chart_room
from counterweight.ui.widgets.line_marks import LegendLabel, legend_marks

if TYPE_CHECKING:
    from counterweight.domain import Decision
    from counterweight.engine.flip import FlipResult
    from counterweight.engine.sensitivity import SensitivityResult

DEBOUNCE_MS = 150
class SensitivityPanel(QWidget):
    """The Sensitivity tab.

    Signals
    -------
    updated()
        New results are on screen (after every finished analysis).
    """

    updated = Signal()
    COL_CRITERION, COL_WEIGHT, COL_CHANGES = range(3)
    #: Item data role holding the ``(down, up)`` ids of the options that then come first (threshold cells).
    NEW_TOP_ROLE = sensitivity_table.NEW_TOP_ROLE

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sensitivityPanel")
        self.setAccessibleName(self.tr("Sensitivity"))
        self._controller = controller
        self.result: SensitivityResult | None = None
        self.flips: FlipResult | None = None
        self._excluded: frozenset[str] = frozenset()
        self._flagged: frozenset[str] = frozenset()  # ids of the options that breach a red line
        self._stale = True
        self._pending = False
        self._worker: Worker | None = None
        self._running_for: tuple[Decision | None, frozenset[str]] = (None, frozenset())
        self._session_gen = 0  # results of a project that was replaced meanwhile are dropped
        self._run_gen = 0
        self._timer = QTimer(self)
        self._timer.setObjectName("sensitivityDebounce")
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._maybe_compute)
        self._build()
        controller.changed.connect(self._on_changed)
        controller.sessionReplaced.connect(self._on_session_replaced)
        controller.viewChanged.connect(self._on_view_changed)  # issue 4: analysts
        watcher = install()  # session 17: the legend's marks follow a palette change
        if watcher is not None:
            watcher.changed.connect(self._relegend)

    # ------------------------------------------------------------ layout
    def _build(self) -> None:
        self.verdict_label = QLabel(self)
        self.verdict_label.setObjectName("sensitivityVerdict")
        speak_shown_text(self.verdict_label, self.tr("Verdict"))
        self.verdict_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.explanation_label = QLabel(self)
        self.explanation_label.setObjectName("sensitivityExplanation")
        speak_shown_text(self.explanation_label, self.tr("What would change the top option"),
                         self.tr("The smallest change that puts another option first"))
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setTextFormat(Qt.TextFormat.PlainText)  # QA 18: option names show as typed
        self.explanation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                       | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("sensitivityStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.hide()
        head = QHBoxLayout()
        head.addWidget(self.verdict_label, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.explanation_label, 1)

        self.criterion_combo = QComboBox(self)
        self.criterion_combo.setObjectName("sensitivityCriterionCombo")
        self.criterion_combo.setAccessibleName(self.tr("Criterion whose weight is varied"))
        self.criterion_combo.setAccessibleDescription(self.tr("The chart follows this criterion's weight"))
        self.criterion_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.criterion_combo.setMinimumContentsLength(12)  # session 17: fits a 1,366 px screen at 150 % text (was 18)
        self.criterion_combo.currentIndexChanged.connect(self._on_criterion_chosen)
        pick = QLabel(self.tr("&Weight of:"), self)
        pick.setBuddy(self.criterion_combo)
        chooser = QHBoxLayout()
        chooser.addWidget(pick)
        chooser.addWidget(self.criterion_combo, 1)
        self.chart = None
        self.chart_view = chart_view(self, "sensitivityChartView", self.tr("Score against weight chart"),
                                           self.tr("Each option's overall score as the chosen criterion's "
                                                   "weight goes from 0 to 100 percent of its group."))
        self.chart_view.setMinimumHeight(200)
        self.chart_legend = LegendLabel(self)  # wraps, unlike the chart's own legend; h27c: each line's dashes
        self.chart_legend.setObjectName("sensitivityChartLegend")
        speak_shown_text(self.chart_legend, self.tr("Chart legend"))
        chart_box = QWidget(self)
        col = QVBoxLayout(chart_box)
        col.setContentsMargins(0, 0, 0, 0)
        col.addLayout(chooser)
        col.addWidget(self.chart_view, 1)
        col.addWidget(self.chart_legend)

        table_box = QWidget(self)
        self.threshold_table = ThresholdTable(table_box)
        self.table = self.threshold_table.table
        self.table.doubleClicked.connect(self._on_row_activated)
        self.table.activated.connect(self._on_row_activated)
        self.table_note = WrappedLabel(table_box)  # QA 21 item 9: the convention behind every threshold
        self.table_note.setObjectName("sensitivityTableNote")
        self.table_note.setTextFormat(Qt.TextFormat.PlainText)
        self.table_note.setText(convention_note())
        set_tone(self.table_note, "muted")
        col = QVBoxLayout(table_box)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.table, 1)
        col.addWidget(self.table_note)

        self.tornado = None
        self.tornado_view = chart_view(self, "tornadoChartView", self.tr("Distance to flip chart"),
                                             self.tr("For each weight and score, the smallest change that puts "
                                                     "another option first, as a share of its range."))
        self.tornado_view.setMinimumHeight(220)
        self.tornado_caption = WrappedLabel(self)  # as tall as its lines: the chart above leaves no height spare
        self.tornado_caption.setObjectName("tornadoCaption")
        tornado_box = QWidget(self)
        col = QVBoxLayout(tornado_box)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.tornado_view, 1)
        col.addWidget(self.tornado_caption)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("sensitivitySplitter")
        self.splitter.setChildrenCollapsible(False)
        for w in (chart_box, table_box, tornado_box):
            self.splitter.addWidget(w)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setStretchFactor(2, 3)
        body = QWidget(self)
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 0, 0)
        self.view_caption = ViewCaption(self._controller, body, name="sensitivityViewCaption")  # issue 4: analysts
        inner.addWidget(self.view_caption)
        inner.addLayout(head)
        inner.addWidget(self.status_label)
        inner.addWidget(self.splitter, 1)
        scroll = QScrollArea(self)
        scroll.setObjectName("sensitivityScroll")
        scroll.setAccessibleName(self.tr("Sensitivity"))  # issue 6: named for screen readers
        scroll.setAccessibleDescription(self.tr("How robust the ranking is to changes in weights and scores"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # QA 30: a stop for Shift+Tab only; the page scrolls to the focus
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(scroll)
        self.setFocusProxy(self.criterion_combo)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Give the criterion names their share of a new width."""
        super().resizeEvent(event)
        if self.table.rowCount():
            self.threshold_table.size_columns()

    # ------------------------------------------------------------ scheduling
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """Catch up with changes made while the tab was hidden."""
        super().showEvent(event)
        if self._stale:
            self._timer.start()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.display_only:
            return  # the Trade-offs map's axes: nothing to redo
        if changes.parts <= {Part.INFO} and self._controller.view != GROUP_VIEW:
            return  # title and notes do not move the ranking (naming an analyst moves the group's)
        self._stale = True
        self._timer.start()

    def _on_view_changed(self, _view: object) -> None:  # issue 4: analysts
        self._stale = True
        self._timer.start()

    def _on_session_replaced(self) -> None:
        self._session_gen += 1
        if self._worker is not None:
            self._worker.cancel()  # the other project's analysis is of no use any more
        self.result = self.flips = None
        self._stale = True
        self._clear()
        self._timer.start()

    def is_stale(self) -> bool:
        """True when the results on screen do not reflect the latest decision (yet)."""
        return self._stale

    def _maybe_compute(self) -> None:
        if self._stale and self.isVisible():
            self.compute()

    def compute(self) -> None:
        """Start the analysis of the current decision now; a run still going is superseded.

        The running analysis is asked to stop at its next criterion and its result is
        dropped; the new one starts as soon as it has stopped.
        """
        ctl = self._controller
        if not ctl.has_session:
            self._clear()
            return
        if self._worker is not None:
            self._worker.cancel()
            self._pending = True
            self._stale = True  # QA 27: so the run asked for here does start once this one has stopped
            self._set_status(self.tr("Updating: starting again with the latest change…"))
            return
        decision = ctl.view_decision  # issue 4: analysts: the view shown
        excluded = frozenset(ctl.view_evaluation.excluded_option_ids)
        self._stale = False
        worker = Worker(lambda progress, cancelled: robustness_in_slices(decision, progress, cancelled),
                        description=self.tr("the sensitivity analysis"), parent=self)
        self._running_for = (decision, excluded)
        self._run_gen = self._session_gen
        worker.progress.connect(self._on_progress)  # bound methods: queued to the GUI thread
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        self._worker = worker
        self._on_progress(0.0)
        worker.start()

    def _on_progress(self, share: float) -> None:
        if self._worker is None or self._worker.is_cancelled():
            return  # superseded: the status already says it starts again
        text = self.tr("Updating… {0} %").format(int(100 * share))
        if self.result is not None:
            text += " " + self.tr("The results below are from before the last change.")
        self._set_status(text)

    def _superseded(self) -> bool:
        """Whether the run that has just ended was superseded (its result or error is dropped)."""
        return self._worker is not None and self._worker.is_cancelled()

    def _on_finished(self, result: tuple[SensitivityResult, FlipResult] | None) -> None:
        decision, excluded = self._running_for
        superseded = self._superseded()
        self._release()
        if result is not None and not superseded and self._run_gen == self._session_gen:
            self._show(decision, excluded, result)

    def _on_failed(self, message: str) -> None:
        superseded = self._superseded()
        self._release()
        if not superseded:
            self._set_status(self.tr("The sensitivity analysis could not run: {0}").format(message), error=True)

    def _release(self) -> None:
        """The run has ended: start the one asked for meanwhile, if any (after this event)."""
        self._worker = None
        if self._pending:
            self._pending = False
            QTimer.singleShot(0, self._maybe_compute)

    def _set_status(self, text: str, *, error: bool = False) -> None:
        set_tone(self.status_label, "error" if error else "muted")  # issue 6: theme
        show_status_line(self, self.status_label, text, lambda: self.tr("Sensitivity updated: {0}").format(
            self.verdict_label.text()), assertive=error)  # QA pass 30: spoken

    # ------------------------------------------------------------ results
    def _clear(self) -> None:
        self.table.setRowCount(0)
        self.criterion_combo.blockSignals(True)
        self.criterion_combo.clear()
        self.criterion_combo.blockSignals(False)
        self.verdict_label.clear()
        set_tone(self.verdict_label, None)  # issue 6: theme
        self.explanation_label.setText(self.tr("Open a decision to see how robust its ranking is."))

    def _show(self, decision: Decision, excluded: frozenset[str], result: tuple[SensitivityResult, FlipResult]) -> None:
        if self._controller.has_session and self._controller.view_decision is not decision:
            self._stale = True  # superseded while it ran; the next run is already queued or scheduled
        sens, flips = result
        self.result, self.flips, self._excluded = sens, flips, excluded
        self._flagged = flagged_ids(decision, sens.option_ids)
        self._set_status("")
        verdict, sentence = explain(decision, sens, flips)
        word, tone = verdict_word(verdict)
        self.verdict_label.setText(word)
        set_tone(self.verdict_label, tone)  # issue 6: theme
        speak_shown_text(self.verdict_label, self.tr("Verdict"), sentence)  # "Verdict. <explanation>"
        self.explanation_label.setText(sentence)
        self._fill_combo(sens)
        self.threshold_table.fill(sens, decision)
        self._show_criterion_chart()
        items = tornado_items(decision, flips, sens)
        if self.tornado is None:
            self.tornado = build_tornado_chart(items, flips.threshold)
            # every row readable at this text size, every row shown: the tab scrolls instead
            self._fit_tornado = keep_chart_room(self.tornado_view, self.tornado, self.tornado.preferred_height, 220)
        else:
            update_tornado_chart(self.tornado, items, flips.threshold)
            self._fit_tornado()
        # tied first: every bar would be a zero change, so the chart is left out, as in the brief
        self.tornado_view.setVisible(bool(items) and verdict != "tied")
        shown = len(self.tornado.items) if self.tornado is not None else 0
        self.tornado_caption.setText(tornado_caption(len(items), shown, flips.threshold)
                                     if verdict not in ("not_applicable", "tied") else sentence)  # say why
        self.updated.emit()

    def _fill_combo(self, sens: SensitivityResult) -> None:
        combo = self.criterion_combo
        wanted = [(c.label, c.criterion_id) for c in sens.criteria]
        current = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
        if wanted == current:
            return
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for label, cid in wanted:
            combo.addItem(label, cid)
        at = combo.findData(keep) if keep is not None else -1
        if at < 0:  # first time: the criterion whose weight is closest to changing the result
            near = [c for c in sens.criteria if c.distance is not None]
            at = combo.findData(min(near, key=lambda c: c.distance).criterion_id) if near else 0
        combo.setCurrentIndex(max(0, at))
        combo.blockSignals(False)

    def _show_criterion_chart(self) -> None:
        cid = self.criterion_combo.currentData()
        if self.result is None or cid is None:
            return
        tied = self.flips.tied_ids if self.flips is not None else ()  # h28b: the saved legend says "tied first"
        if self.chart is None:
            self.chart = build_sensitivity_chart(self.result, cid, excluded=self._excluded, legend=False,
                                                 flagged=self._flagged, tied=tied)
            self._fit_chart = keep_chart_room(self.chart_view, self.chart, self.chart.minimum_height, 200)
        else:
            update_sensitivity_chart(self.chart, self.result, cid, excluded=self._excluded, flagged=self._flagged,
                                     tied=tied)
            self._fit_chart()
        self._relegend()

    def _relegend(self) -> None:
        """Redraw the legend's coloured marks (the chart's ink changes with the palette)."""
        if self.chart is not None:
            names = dict(zip(self.result.option_ids, self.result.option_names)) if self.result is not None else {}
            entries = self.chart.legend_entries()  # h27c: each line drawn with its dashes, not just its colour
            flagged = [names[o] for o in self._flagged if o in names]
            marks = legend_marks([e[1] for e in entries], self.chart.legend_pens(), self.chart_legend)
            parts = legend_parts(entries, tied_names(self.flips, self.result), flagged, marks)
            note = self.chart.shown_note  # QA 27: not every option's line is drawn on a large project
            self.chart_legend.set_entries(parts, LEGEND_GAP, f"<br><i>{html.escape(note)}</i>" if note else "")

    # ------------------------------------------------------------ interaction
    def _on_criterion_chosen(self, _index: int) -> None:
        self._show_criterion_chart()

    def _on_row_activated(self, index: QModelIndex) -> None:
        item = self.table.item(index.row(), self.COL_CRITERION) if index.isValid() else None
        if item is not None:
            self.select_criterion(item.data(Qt.ItemDataRole.UserRole))

    def select_criterion(self, criterion_id: str) -> None:
        """Chart ``criterion_id``'s weight."""
        at = self.criterion_combo.findData(criterion_id)
        if at >= 0:
            self.criterion_combo.setCurrentIndex(at)

    # ------------------------------------------------------------ lookups (tests, reports)
    def selected_criterion_id(self) -> str | None:
        return self.criterion_combo.currentData()

    def table_rows(self) -> list[list[str]]:
        """Every cell's text, row by row (tree order)."""
        return self.threshold_table.rows()

    def thresholds(self) -> dict[str, tuple[float | None, float | None]]:
        """Per criterion id, the local weights (0-1) at which the top option changes: (down, up)."""
        return self.threshold_table.column_pairs(Qt.ItemDataRole.UserRole)  # type: ignore[return-value]

    def takers(self) -> dict[str, tuple[str | None, str | None]]:
        """Per criterion id, the option ids that then come first: (if lowered, if raised)."""
        return self.threshold_table.column_pairs(self.NEW_TOP_ROLE)  # type: ignore[return-value]


__all__ = ["DASH", "DEBOUNCE_MS", "SensitivityPanel", "explain", "legend_html", "pct"]
