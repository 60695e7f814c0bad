"""Uncertainty tab: SMAA-2 settings, a cancellable run off the GUI thread, and its results.

Settings (samples, seed, the distribution of ranged scores, whether level-rated
scores move one level either way, how the weights may vary, and the weight ranges
or importance order those modes need) are stored in
the decision's ``method.uncertainty``; each change is one undoable ``SetMethod``
edit. "Run" (Ctrl+R) starts :func:`counterweight.services.robustness.run_smaa` on
the thread pool with a progress bar; "Cancel" (Esc) stops it at the next block of
draws. Results: the stacked rank-acceptability chart, a table of acceptability per
rank with each option's confidence factor, and the central weights. When the
decision changes after a run, the results are marked out of date. Errors (for
example weight ranges that no set of weights can meet) are shown in the panel.
The weight-mode editor and the result widgets live in ``weight_uncertainty_editor``
and ``ui.models.acceptability_model``; their public names are importable from here.
The controls are made and placed by ``uncertainty_panel_layout``.
A run samples the controller's view (issue 4: analysts: the shared inputs, one
analyst's or the group's), as the caption says; switching view marks results out
of date. The settings are shared by every view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QTableWidget, QWidget

from counterweight.domain.methods import Distribution, LevelUncertainty
from counterweight.services.changes import ChangeSet, Part
from counterweight.services.edits import SetMethod
from counterweight.services.robustness import run_smaa
from counterweight.ui.accessibility import announce
from counterweight.ui.models import acceptability_model
from counterweight.ui.models.acceptability_model import DISTRIBUTION_LABELS, scores_line
from counterweight.ui.models.smaa_scope import scores_text
from counterweight.ui.numbers import shown
from counterweight.ui.session_controller import GROUP_VIEW, SessionController
from counterweight.ui.widgets.kept_focus import set_enabled  # session 28
from counterweight.ui.widgets.uncertainty_panel_layout import MUTED_TONE, build_uncertainty_panel
from counterweight.ui.widgets.weight_uncertainty_editor import WEIGHT_MODE_LABELS, WeightUncertaintyEditor
from counterweight.ui.workers import Worker
from counterweight.ui.theme import set_tone, tone_of  # issue 6: theme

if TYPE_CHECKING:
    from counterweight.charts.acceptability_chart import AcceptabilityChart
    from counterweight.engine.smaa import SmaaResult

# issue 6: tones of counterweight.ui.theme, so the colours follow the system palette
_MUTED = MUTED_TONE
_STALE = "badge-stale"


def _typing(spin: QAbstractSpinBox) -> bool:
    """Whether the user is typing a number into ``spin`` that is not confirmed yet.

    Merely having the focus is not enough: focus can land on a spin box (after Cancel is
    disabled, say) while the settings change elsewhere, and its old number must then
    follow the settings, not be submitted again by the next run.
    """
    edit = spin.findChild(QLineEdit)
    return spin.hasFocus() and edit is not None and edit.isModified()

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
    COL_CONFIDENCE, COL_FIRST_RANK = acceptability_model.COL_CONFIDENCE, acceptability_model.COL_FIRST_RANK

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
        self._build()
        controller.changed.connect(self._on_changed)
        controller.sessionReplaced.connect(self._on_session_replaced)
        controller.viewChanged.connect(self._on_view_changed)  # issue 4: analysts
        self._sync_settings()

    # ------------------------------------------------------------ layout
    def _build(self) -> None:
        build_uncertainty_panel(self, self._controller)  # the controls and their places; wired below
        self.widen_check.toggled.connect(lambda on: self._submit(
            self.tr("Uncertainty: widen ranges by evidence"), widen_by_evidence=bool(on)))
        self.weights_editor.problem.connect(lambda text: self._show_error(text))
        self.samples_spin.editingFinished.connect(self._on_samples_edited)
        self.seed_spin.editingFinished.connect(self._on_seed_edited)
        self.distribution_combo.activated.connect(self._on_distribution_chosen)
        self.levels_combo.activated.connect(self._on_levels_chosen)
        self.run_action.triggered.connect(self.run)
        self.cancel_action.triggered.connect(self.cancel)
        self._show_empty()

    # ------------------------------------------------------------ settings
    def _sync_settings(self) -> None:
        ctl = self._controller
        enabled = ctl.has_session
        editable = enabled and not ctl.read_only
        for w in (self.samples_spin, self.seed_spin, self.distribution_combo, self.weight_mode_combo,
                  self.widen_check, self.levels_combo):
            w.setEnabled(editable)
        self.run_action.setEnabled(enabled and self.worker is None)
        if not enabled:
            self.scores_label.hide()
            self.weights_editor.hide()
            return
        unc = ctl.decision.method.uncertainty
        for w, setter, value in ((self.samples_spin, self.samples_spin.setValue, unc.samples),
                                 (self.seed_spin, self.seed_spin.setValue, float(unc.seed))):
            if w.value() != value and not _typing(w):  # a number being typed is kept until confirmed
                w.blockSignals(True)
                setter(value)
                w.blockSignals(False)
        for combo, value in ((self.distribution_combo, unc.distribution), (self.levels_combo, unc.level_scores)):
            at = combo.findData(value)
            if at >= 0 and at != combo.currentIndex():
                combo.blockSignals(True)
                combo.setCurrentIndex(at)
                combo.blockSignals(False)
        if self.widen_check.isChecked() != unc.widen_by_evidence:
            self.widen_check.blockSignals(True)
            self.widen_check.setChecked(unc.widen_by_evidence)
            self.widen_check.blockSignals(False)
        self.scores_label.setText(scores_text(ctl.view_decision))  # issue 4: analysts; QA 21: and level-rated
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

    def _on_levels_chosen(self, index: int) -> None:
        self._submit(self.tr("Uncertainty: level-rated scores"),
                     level_scores=LevelUncertainty(self.levels_combo.itemData(index)))

    # ------------------------------------------------------------ changes
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.display_only:
            return  # the Trade-offs map's axes: the results shown are still up to date
        if changes.touches(Part.METHOD, Part.CRITERIA, Part.WEIGHTS, Part.SCORES, Part.OPTIONS):
            self._sync_settings()
        if changes.parts <= {Part.INFO} and self._controller.view != GROUP_VIEW:  # issue 4: analysts
            return
        if self.worker is not None:
            self._changed_during_run = True
        if self.result is not None:
            self._set_out_of_date(True)

    def _on_view_changed(self, _view: object) -> None:  # issue 4: analysts
        self._sync_settings()
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

    def _set_out_of_date(self, stale: bool, lead: str = "") -> None:
        """Say (after ``lead``, what just happened, if any) that the results shown are out of date."""
        self._out_of_date = stale
        if stale:
            self.status_label.setText(" ".join(filter(None, (lead, self.tr(
                "Out of date: the decision has changed since this run. Run again (Ctrl+R) to update.")))))
            set_tone(self.status_label, _STALE)
            self.status_label.show()
        elif tone_of(self.status_label) == _STALE:
            self.status_label.hide()

    def is_out_of_date(self) -> bool:
        """True when the results shown were computed for an earlier state of the decision."""
        return self._out_of_date

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        announce(self, text, assertive=True)  # QA pass 30: spoken (empty: nothing)

    def _show_status(self, text: str) -> None:
        set_tone(self.status_label, _MUTED)
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
        if _typing(self.samples_spin):
            self._on_samples_edited()  # a number typed but not yet confirmed counts
        if _typing(self.seed_spin):
            self._on_seed_edited()
        decision = ctl.view_decision  # issue 4: analysts: the view shown
        if len(decision.options) < 2:
            self._show_error(self.tr("There is nothing to compare: add at least two options."))
            return None
        self._show_error("")
        self._show_status(self.tr("Running {0:,} draws…").format(shown(decision.method.uncertainty.samples)))
        self._changed_during_run = False
        self.progress_bar.setValue(0)
        worker = Worker(lambda progress, cancelled: run_smaa(decision, progress=progress, cancelled=cancelled),
                        description=self.tr("the uncertainty analysis"), parent=self)
        worker.progress.connect(self._on_progress)  # bound methods: queued to the GUI thread
        worker.finished.connect(self._on_finished)
        worker.failed.connect(self._on_failed)
        self.worker = worker
        self._run_gen = self._session_gen
        # session 28: the focus goes from Run to Cancel (it went to the banner at the top of the window)
        set_enabled([(self.run_action, False), (self.cancel_action, True)], focus_to=[self.cancel_button])
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
        set_enabled([(self.cancel_action, False), (self.run_action, self._controller.has_session)],
                    focus_to=[self.run_button, self.samples_spin])  # session 28: back from Cancel to Run

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
            said = self.tr("Cancelled after {0:,} of {1:,} draws; nothing was kept.").format(
                shown(result.samples), shown(result.samples_requested)) + kept
            if self._out_of_date:  # say both: the run was cancelled, and what is shown is out of date
                self._set_out_of_date(True, said)
            else:
                self._show_status(said)
            announce(self, said)
            self.runStopped.emit("cancelled")
            return
        self.result = result
        self._show_status("")
        self._set_out_of_date(self._changed_during_run)
        self._show_result(result)  # a large result is put on screen in slices; then runFinished

    # ------------------------------------------------------------ results
    @property
    def chart(self) -> AcceptabilityChart | None:
        """The rank-acceptability chart (``None`` until the first result)."""
        return self.results.chart

    def _show_empty(self) -> None:
        self.results.clear()

    def _show_result(self, r: SmaaResult) -> None:
        mode = self.tr(WEIGHT_MODE_LABELS[r.weight_mode][0]).lower()
        self.results.show_result(r, mode, on_shown=lambda: self._shown(r))

    def _shown(self, r: SmaaResult) -> None:
        """The results are on screen: say so (QA pass 30: the focus stays on the settings), then tell listeners."""
        announce(self, self.tr("The uncertainty run has ended: {0:,} draws; the results are below.").format(shown(r.samples)))
        self.runFinished.emit(r)

    # ------------------------------------------------------------ lookups (tests, reports)
    def first_rank(self) -> dict[str, float]:
        """First-rank acceptability per option id, as shown in the table (0-1)."""
        return self.results.first_rank()

    def table_rows(self, table: QTableWidget | None = None) -> list[list[str]]:
        """Every cell's text of ``table`` (default: the acceptability table)."""
        return acceptability_model.cell_texts(table if table is not None else self.acceptability_table)


__all__ = ["DISTRIBUTION_LABELS", "UncertaintyPanel", "WEIGHT_MODE_LABELS", "WeightUncertaintyEditor", "scores_line"]
