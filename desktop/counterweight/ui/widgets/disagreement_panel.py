"""The Disagreement tab: where the analysts' inputs differ, and whether it matters.

Shows, from :func:`counterweight.services.disagreement.disagreement`:

* a heatmap of options × leaf criteria, each cell the coefficient of variation of the
  voices' scores (light green: they agree; vermillion: they differ widely), with each
  voice's value in the tooltip. Equal values read 0 % whatever they are (0 included);
  values that differ around an average of 0, where the CV is undefined, show their
  range instead ("range 4") in the strongest colour, as the CV grows without bound
  when the average nears 0. A dash is kept for cells fewer than two voices scored;
* the spread of each criterion's weight (as a share of its group);
* each voice's top option beside the group's, and one sentence saying whether any
  single analyst's inputs would change the top option;
* the single disagreements that, put into the group view, change the top option.

An analyst who has no inputs of their own yet is said to have none, and the shared
inputs' top option shown for them says it is the shared inputs'; while no analyst has
any, the tables of spread are hidden, as every view is the shared inputs (h28g).

The panel recomputes after edits, debounced, and only while it is visible, on a worker
thread (QA 27: a minute on 40 options x 25 criteria with four analysts froze the window);
it says "Updating…" meanwhile, and a newer change supersedes a run still going.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QListWidget,
    QScrollArea,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counterweight.charts.palette import missing_colour, stoplight_colour, text_colour_for
from counterweight.domain import Decision
from counterweight.domain.errors import CounterweightError
from counterweight.ui.numbers import fixed, formatted, percent
from counterweight.services.changes import ChangeSet
from counterweight.services.disagreement import SHARED, DisagreementReport, Mover, Spread, disagreement, falls_back
from counterweight.ui.accessibility import show_status_line, speak_shown_text
from counterweight.ui.engine_text import error_text
from counterweight.ui.session_controller import SessionController
from counterweight.ui.theme import current as current_theme, install, is_dark, set_tone
from counterweight.ui.widgets.disagreement_parts import cap_to_rows, fit_to_rows, make_table, mover_text, top_text
from counterweight.ui.widgets.disagreement_parts import without_own_text  # h28g
from counterweight.ui.widgets.focus_frame import show_focus
from counterweight.ui.workers import Worker

#: A coefficient of variation at or above this shows in the strongest colour.
CV_FULL = 0.5
#: The widest an analyst's name is shown in the tables, in average characters.
NAME_CHARS = 40
#: Milliseconds to wait after the last change before recomputing.
DEBOUNCE_MS = 200


def cv_colour(cv: float | None, *, dark: bool | None = None) -> QColor:
    """Heatmap colour: the stoplight ramp read backwards (no spread = best, ``CV_FULL`` or more = worst).

    ``None`` (values that differ around an average of 0: the CV is unbounded) takes the worst colour.
    ``dark`` picks the ramp made for dark palettes (default: whichever suits the application palette).
    """
    dark = is_dark() if dark is None else dark
    if cv is None:
        return stoplight_colour(0.0, dark=dark)
    return stoplight_colour(1.0 - min(cv, CV_FULL) / CV_FULL, dark=dark)


def _num(x: float) -> str:
    return formatted(x, ".4g")


class DisagreementPanel(QWidget):
    """Heatmap, weight spread, top options and ranking-moving disagreements of the analysts."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._dirty = True
        self._worker: Worker | None = None
        self._pending = False  # a change came while the worker ran: run again once it has stopped
        self._gen = 0  # bumped when a result still being worked out is of no use any more
        self._running: tuple[Decision, int] | None = None
        self.report: DisagreementReport | None = None
        self.setObjectName("disagreementPanel")
        self.setAccessibleName(self.tr("Disagreement"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.compute)

        inner = QWidget(self)
        self.status = QLabel(inner)  # QA 27: "Updating…" while the worker runs
        self.status.setObjectName("disagreementStatus")
        self.status.setWordWrap(True)
        set_tone(self.status, "muted")
        self.status.hide()
        self.summary = QLabel(inner)
        self.summary.setObjectName("disagreementSummary")
        speak_shown_text(self.summary, self.tr("Disagreement summary"),
                         self.tr("Whether one analyst's inputs would change the top option"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # QA pass 19: it names analysts as typed
        show_focus(self.summary)  # QA 30: its focus showed as a one-pixel caret
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.tops = make_table("analystTopsTable", self.tr("Each analyst's top option"), inner)
        self.heatmap = make_table("disagreementHeatmap", self.tr("Spread of the scores, option by criterion"), inner)
        self.weights = make_table("weightSpreadTable", self.tr("Spread of the weights"), inner)
        for table, text in ((self.tops, self.tr("The option each analyst's view puts first")),  # issue 6
                            (self.heatmap, self.tr("Coefficient of variation of each score across analysts")),
                            (self.weights, self.tr("Each analyst's weight for a criterion, as a share of its group"))):
            table.setAccessibleDescription(text)
        for table in (self.tops, self.weights):
            table.verticalHeader().hide()
        fit_to_rows(self.tops)  # QA 29: as tall as its rows; the top option wraps rather than being cut
        self.movers = QListWidget(inner)
        self.movers.setObjectName("rankingMoversList")
        self.movers.setWordWrap(True)
        self.movers.setAccessibleName(self.tr("Disagreements that change the top option"))
        self.movers.setAccessibleDescription(self.tr("Each single value from one analyst that would put another option first"))
        col = QVBoxLayout(inner)
        col.addWidget(self.status)
        col.addWidget(self.summary)
        self._boxes: list[QGroupBox] = []  # hidden while there is nothing to compare
        for title, widget in ((self.tr("Top option per analyst"), self.tops),
                              (self.tr("Scores: coefficient of variation across analysts"), self.heatmap),
                              (self.tr("Weights: share of their group (%)"), self.weights),
                              (self.tr("Disagreements that change the top option"), self.movers)):
            # session 17: the title is a wrapped heading inside the box, not the frame's own title,
            # which cannot wrap and made the tab scroll sideways at large text on a 1,366 px screen
            box = QGroupBox(inner)
            box.setAccessibleName(title)
            heading = QLabel(title, box)
            heading.setWordWrap(True)
            heading_font = QFont(heading.font())
            heading_font.setBold(True)
            heading.setFont(heading_font)
            box_column = QVBoxLayout(box)
            box_column.addWidget(heading)
            box_column.addWidget(widget)
            col.addWidget(box)
            self._boxes.append(box)
        col.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("disagreementScroll")  # issue 6: named for screen readers
        scroll.setAccessibleName(self.tr("Disagreement"))
        scroll.setAccessibleDescription(self.tr("How far the analysts' scores and weights differ"))
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # QA 30: a stop for Shift+Tab only; the page scrolls to the focus
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setFocusProxy(self.tops)  # QA 29: the first table, so Tab goes on through the others in order
        # QA 30: without analysts, the summary from the start: the tables are hidden at the first refresh,
        # and Ctrl+6 focusing one of them sent the focus on to the notice's "Dismiss message"
        self._clear(bool(controller.has_session and controller.decision.analysts))
        QWidget.setTabOrder(self.tops, self.heatmap)

        controller.changed.connect(self._on_changed)
        controller.sessionReplaced.connect(self._on_session_replaced)
        watcher = install()  # session 17: the heatmap's colours follow a palette change
        if watcher is not None:
            watcher.changed.connect(self._on_palette_changed)

    # ------------------------------------------------------------ scheduling
    def _on_changed(self, changes: ChangeSet | None) -> None:
        if changes is not None and changes.display_only:
            return  # the Trade-offs map's axes: no disagreement moves
        self._dirty = True
        if self.isVisible():
            self._timer.start()

    def _on_palette_changed(self) -> None:
        self._on_changed(None)

    def _on_session_replaced(self) -> None:
        self._gen += 1  # the other project's report is of no use any more
        self.report = None
        self._clear(False)
        self._on_changed(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self._timer.start(0)

    def compute(self) -> None:
        """Work the report out on a worker thread, the tables keeping the last one under "Updating…" meanwhile.

        A run still going is superseded: its result is dropped and a new run starts once it has ended.
        """
        self._timer.stop()
        decision = self._ready()
        if decision is None:
            return
        if self._worker is not None:
            self._worker.cancel()
            self._pending = True
            self._dirty = True
            self._set_status(self.tr("Updating: starting again with the latest change…"))
            return
        self._dirty = False
        worker = Worker(lambda _progress, _cancelled: disagreement(decision),
                        description=self.tr("the disagreement analysis"), parent=self)
        worker.finished.connect(self._on_finished)  # bound methods: queued to the GUI thread
        worker.failed.connect(self._on_failed)
        self._worker = worker
        self._running = (decision, self._gen)
        text = self.tr("Updating…")
        if self.report is not None:
            text += " " + self.tr("The results below are from before the last change.")
        self._set_status(text)
        worker.start()

    def refresh(self) -> None:
        """Work the report out now, in this thread, and fill every table (a run still going is dropped)."""
        self._timer.stop()
        self._gen += 1
        self._dirty = False
        decision = self._ready()
        if decision is None:
            return
        try:
            report = disagreement(decision)
        except CounterweightError as exc:
            self._show_error(error_text(exc))
            return
        self._show(decision, report)

    def is_busy(self) -> bool:
        """Whether a report is being worked out on the worker thread."""
        return self._worker is not None

    def _superseded(self) -> bool:
        running = self._running
        return self._worker is None or self._worker.is_cancelled() or running is None or running[1] != self._gen

    def _on_finished(self, report: DisagreementReport) -> None:
        superseded, running = self._superseded(), self._running
        self._release()
        if not superseded and running is not None:
            self._show(running[0], report)

    def _on_failed(self, message: str) -> None:
        superseded = self._superseded()
        self._release()
        if not superseded:
            self._show_error(message)

    def _release(self) -> None:
        """The run has ended: start the one asked for meanwhile, if any (after this event)."""
        self._worker = None
        self._running = None
        if self._pending:
            self._pending = False
            QTimer.singleShot(0, self._maybe_compute)
        else:
            self._set_status("")

    def _maybe_compute(self) -> None:
        if self._dirty and self.isVisible():
            self.compute()
        elif self._worker is None:  # hidden: the run starts when the tab is shown again
            self._set_status("")

    def _set_status(self, text: str) -> None:
        show_status_line(self, self.status, text, lambda: self.tr("Disagreement updated: {0}").format(
            self.summary.text()))  # QA pass 30: spoken

    # ------------------------------------------------------------ filling
    def _clear(self, has_analysts: bool) -> None:
        for table in (self.tops, self.heatmap, self.weights):
            table.clear()
            table.setRowCount(0)
            table.setColumnCount(0)
        self.movers.clear()
        for box in self._boxes:  # empty tables under "no analysts yet" only looked broken
            box.setVisible(has_analysts)
        # the keyboard goes to the first table, or to the note while the tables are hidden
        self.summary.setFocusPolicy(Qt.FocusPolicy.NoFocus if has_analysts else Qt.FocusPolicy.StrongFocus)
        self.setFocusProxy(self.tops if has_analysts else self.summary)

    def _ready(self) -> Decision | None:
        """The decision to work on; None (with the tables cleared and a note) without a session or analysts."""
        ctl = self._controller
        if ctl.has_session and ctl.decision.analysts:
            return ctl.decision
        self._gen += 1  # a report still being worked out is of no use now
        self.report = None
        self._clear(False)
        self._set_status("")
        self.summary.setText("" if not ctl.has_session else self.tr(
            "No analysts are named in this project yet. Add them under "
            "Edit > Analysts… and give them their own scores or weights."))
        return None

    def _show_error(self, message: str) -> None:
        self.report = None
        self._clear(True)
        self._set_status("")
        self.summary.setText(self.tr("The disagreement cannot be worked out: {0}").format(message))

    def _show(self, decision: Decision, report: DisagreementReport) -> None:
        self._clear(True)
        if self._worker is None:
            self._set_status("")
        self.report = report
        self.summary.setText(self.sentence(report))
        self._fill_tops(decision, report)
        if report.nothing_to_compare:  # h28g: every view is the shared inputs; no green 0 % of agreement
            for box in self._boxes[1:]:
                box.hide()
            return
        self._fill_heatmap(decision, report)
        self._fill_weights(decision, report)
        for table in (self.heatmap, self.weights):  # QA 29: no empty area under a few rows
            cap_to_rows(table)
        for m in report.movers:
            self.movers.addItem(self.describe_mover(decision, m))
        if not report.movers:
            self.movers.addItem(self.tr("None: no single value from one analyst changes the top option."))

    def sentence(self, report: DisagreementReport) -> str:
        """Whether any single analyst's inputs change the top option, in words."""
        idle = without_own_text(report)  # h28g: analysts who have given nothing of their own yet
        changed = [t for t in report.tops if t.differs and t.analyst_id is not None]
        if report.nothing_to_compare:
            return idle
        if not changed:
            return " ".join(filter(None, (self.tr("No single analyst's inputs change the top option"), idle)))
        return " ".join([*(self.tr("The top option would change under {0}'s inputs.").format(t.name) if t.own else
                           self.tr("The top option would change under {0}'s inputs, which are the shared inputs."
                                   ).format(t.name) for t in changed), *filter(None, [idle])])

    def _item(self, text: str, tip: str = "") -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if tip:
            item.setToolTip(tip)
        return item

    def _name_item(self, name: str) -> QTableWidgetItem:
        """An analyst's name cut in the middle to :data:`NAME_CHARS` average characters (whole in the tooltip)."""
        metrics = self.fontMetrics()
        short = metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, metrics.averageCharWidth() * NAME_CHARS)
        return self._item(short, name if short != name else "")

    def _fill_tops(self, decision: Decision, report: DisagreementReport) -> None:
        def name(oid: str | None) -> str:
            return "—" if oid is None else decision.option(oid).name

        t = self.tops
        t.setColumnCount(2)
        t.setHorizontalHeaderLabels([self.tr("Analyst"), self.tr("Top option")])
        rows = [(self.tr("Group view"), name(report.group_top), False, True)]
        rows += [(top.name if top.analyst_id else self.tr("Shared inputs"), name(top.top), top.differs, top.own)
                 for top in report.tops]
        t.setRowCount(len(rows))
        for r, (who, top, differs, own) in enumerate(rows):
            t.setItem(r, 0, self._name_item(who))
            item = self._item(top_text(top, differs, own, report))
            if not own:  # h28g: not this analyst's own judgement
                item.setForeground(QBrush(current_theme().muted))  # contrast-checked secondary text
            if differs:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            t.setItem(r, 1, item)
        t.resizeColumnToContents(0)  # the top option takes the rest and wraps (fit_to_rows)

    def _voice(self, report: DisagreementReport, key: str) -> str:
        return self.tr("Shared inputs") if key == SHARED else report.label(key)

    def cv_text(self, s: Spread) -> str:
        """A cell's text: the CV in percent ("50 %", spaced as every other tab: h26k), or the range where the
        CV is undefined (average 0)."""
        return self.tr("range {0}").format(_num(s.range)) if s.cv is None else percent(s.cv, 0)

    def _fill_heatmap(self, decision: Decision, report: DisagreementReport) -> None:
        cells = report.cells
        t = self.heatmap
        options, leaves = decision.options, list(decision.leaves)
        t.setRowCount(len(options))
        t.setColumnCount(len(leaves))
        t.setVerticalHeaderLabels([o.name for o in options])
        t.setHorizontalHeaderLabels([c.name for c in leaves])
        by_cell = {(s.option_id, s.criterion_id): s for s in cells}
        for r, o in enumerate(options):
            for c, crit in enumerate(leaves):
                s = by_cell.get((o.id, crit.id))
                if s is None:
                    item = self._item("—", self.tr("Fewer than two analysts scored this cell."))
                    missing = missing_colour(is_dark())  # session 17: the dark palette's own grey
                    item.setBackground(QBrush(missing))
                    item.setForeground(QBrush(text_colour_for(missing)))  # issue 6: dark palettes
                    t.setItem(r, c, item)
                    continue
                lines = [f"{o.name} × {crit.name}"]
                lines += [f"{self._voice(report, k)}: {_num(v)} {s.unit}".rstrip()
                          + (self.tr(" (shared: no score of their own)")  # QA 31 item 9: not their judgement
                             if falls_back(decision, k, o.id, crit.id) else "") for k, v in s.values.items()]
                lines.append(self.tr("Range: {0}").format(_num(s.range)))
                if s.cv is None:
                    lines.append(self.tr("The scores differ around an average of 0, so the coefficient of "
                                         "variation cannot be worked out; the range is shown instead."))
                item = self._item(self.cv_text(s), "\n".join(lines))
                colour = cv_colour(s.cv)
                item.setBackground(QBrush(colour))
                item.setForeground(QBrush(text_colour_for(colour)))
                t.setItem(r, c, item)
        t.resizeColumnsToContents()

    def _fill_weights(self, decision: Decision, report: DisagreementReport) -> None:
        spreads = report.weights
        t = self.weights
        voices = list(spreads[0].values) if spreads else []  # analyst ids (SHARED for the shared inputs)
        t.setColumnCount(len(voices) + 3)
        t.setHorizontalHeaderLabels([self.tr("Criterion"), *[self._voice(report, v) for v in voices],
                                     self.tr("Range"), self.tr("CV")])
        for c, v in enumerate(voices, start=1):  # long names: cut in the middle, whole in the tooltip
            t.setHorizontalHeaderItem(c, self._name_item(self._voice(report, v)))
        t.setRowCount(len(spreads))
        for r, s in enumerate(spreads):
            t.setItem(r, 0, self._item(decision.criterion(s.criterion_id).name, decision.path_name(s.criterion_id)))
            for c, v in enumerate(voices, start=1):
                t.setItem(r, c, self._item(fixed(s.values.get(v, float('nan')), 1)))
            t.setItem(r, len(voices) + 1, self._item(fixed(s.range, 1)))
            cv = self._item(self.cv_text(s))
            colour = cv_colour(s.cv)
            cv.setBackground(QBrush(colour))
            cv.setForeground(QBrush(text_colour_for(colour)))
            t.setItem(r, len(voices) + 2, cv)
        t.resizeColumnsToContents()

    def describe_mover(self, decision: Decision, m: Mover) -> str:
        """One ranking-moving disagreement in words."""
        return mover_text(decision, m)


__all__ = ["CV_FULL", "DisagreementPanel", "cv_colour"]
