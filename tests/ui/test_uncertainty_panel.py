"""Uncertainty panel: settings as single edits, a run on the thread pool, cancel, errors, staleness.

The expected acceptabilities are computed in each test with
``services.robustness.run_smaa`` on the same decision and seed, so the panel is
checked against the service rather than against copied numbers.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from counterweight.domain import AggregationMethod, WeightUncertainty
from counterweight.domain.methods import Distribution, WeightRange
from counterweight.domain.shown_numbers import percent
from counterweight.services.edits import SetMethod, SetWeight
from counterweight.services.robustness import run_smaa
from counterweight.ui.session_controller import SessionController
from counterweight.ui.widgets.uncertainty_panel import UncertaintyPanel

pytestmark = pytest.mark.qt
RUN_TIMEOUT_MS = 60_000


@pytest.fixture
def example_controller(qtbot, example_session):
    ctl = SessionController(example_session)
    yield ctl
    ctl.undo_stack.clear()


@pytest.fixture
def panel(qtbot, example_controller):
    widget = UncertaintyPanel(example_controller)
    qtbot.addWidget(widget)
    widget.resize(560, 900)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    if widget.worker is not None:  # never leave a run behind on the shared pool
        worker = widget.worker
        worker.cancel()
        worker.wait(30)


def _set_uncertainty(controller, **update) -> None:
    method = controller.decision.method
    unc = method.uncertainty.model_copy(update=update)
    assert controller.submit(SetMethod(method.model_copy(update={"uncertainty": unc}))) is None


def _run(qtbot, panel) -> object:
    with qtbot.waitSignal(panel.runFinished, timeout=RUN_TIMEOUT_MS) as blocker:
        assert panel.run() is not None
    return blocker.args[0]


def test_run_completes_and_first_ranks_equal_the_service(qtbot, panel, example_controller):
    _set_uncertainty(example_controller, weights=WeightUncertainty.NONE, samples=5_000, seed=11)
    shown = _run(qtbot, panel)
    expected = run_smaa(example_controller.decision)  # the decision's own samples and seed
    np.testing.assert_array_equal(shown.rank_counts, expected.rank_counts)
    first = panel.first_rank()
    assert set(first) == set(expected.option_ids)
    for oid, share in first.items():
        assert share == pytest.approx(expected.first_rank(oid))
    rows = panel.table_rows()
    names = dict(zip(expected.option_ids, expected.option_names))
    for row in rows:
        oid = next(k for k, v in names.items() if v == row[0])
        assert row[panel.results.first_rank_column] == percent(expected.first_rank(oid))  # rounded as the brief
    # best first: first-rank shares do not increase down the table
    assert list(first.values()) == sorted(first.values(), reverse=True)
    assert panel.chart is not None and panel.chart_view.isVisible()
    assert panel.central_table.rowCount() == len(expected.option_ids)
    assert panel.central_table.columnCount() == 1 + len(expected.leaf_ids)
    assert not panel.is_out_of_date() and panel.run_button.isEnabled() and not panel.cancel_button.isEnabled()


def test_settings_are_single_set_method_edits(qtbot, panel, example_controller):
    stack = example_controller.undo_stack
    start = stack.count()
    panel.samples_spin.setFocus()
    panel.samples_spin.setValue(2_500)
    with qtbot.waitSignal(example_controller.changed, timeout=2000):
        panel.samples_spin.editingFinished.emit()
    assert example_controller.decision.method.uncertainty.samples == 2_500
    panel.seed_spin.setValue(4_000_000_000)  # above what a QSpinBox can hold
    panel.seed_spin.editingFinished.emit()
    assert example_controller.decision.method.uncertainty.seed == 4_000_000_000
    combo = panel.distribution_combo
    combo.setCurrentIndex(combo.findData(Distribution.PERT))
    combo.activated.emit(combo.currentIndex())
    assert example_controller.decision.method.uncertainty.distribution is Distribution.PERT
    assert "pert" in panel.scores_label.text().lower()
    assert stack.count() == start + 3
    before = example_controller.decision.method
    stack.undo()
    assert example_controller.decision.method.uncertainty.distribution is Distribution.TRIANGULAR
    assert example_controller.decision.method.model_copy(update={"uncertainty": before.uncertainty}) == before
    assert panel.distribution_combo.currentData() == Distribution.TRIANGULAR


def test_choosing_ordinal_weights_stores_an_order_in_the_same_edit(qtbot, panel, example_controller):
    start = example_controller.undo_stack.count()
    combo = panel.weight_mode_combo
    combo.setCurrentIndex(combo.findData(WeightUncertainty.ORDINAL))
    combo.activated.emit(combo.currentIndex())
    unc = example_controller.decision.method.uncertainty
    assert unc.weights is WeightUncertainty.ORDINAL and example_controller.undo_stack.count() == start + 1
    ev = example_controller.evaluation
    heaviest_first = [ev.leaf_ids[j] for j in np.argsort(-np.asarray(ev.leaf_weights), kind="stable")]
    assert unc.criteria_order == heaviest_first
    editor = panel.weights_editor
    assert editor.order_page.isVisible() and not editor.ranges_table.isVisible()
    editor.order_list.setCurrentRow(1)
    editor.move_current(-1)
    assert example_controller.decision.method.uncertainty.criteria_order[:2] == [heaviest_first[1],
                                                                                  heaviest_first[0]]
    _set_uncertainty(example_controller, samples=1_000)
    assert _run(qtbot, panel).weight_mode is WeightUncertainty.ORDINAL


def test_weight_range_entered_in_the_table_is_one_edit(qtbot, panel, example_controller):
    _set_uncertainty(example_controller, weights=WeightUncertainty.RANGES)
    table = panel.weights_editor.ranges_table
    assert table.isVisible() and table.rowCount() == len(example_controller.decision.leaves)
    start = example_controller.undo_stack.count()
    table.item(0, 2).setText("10")
    table.item(0, 3).setText("30")
    cid = table.item(0, 0).data(Qt.ItemDataRole.UserRole)
    assert example_controller.decision.method.uncertainty.weight_ranges[cid] == WeightRange(low=0.1, high=0.3)
    assert example_controller.undo_stack.count() == start + 2  # one edit per cell typed
    table.item(0, 2).setText("fifty")
    assert panel.error_label.isVisible() and "from 0 to 100" in panel.error_label.text()
    assert example_controller.decision.method.uncertainty.weight_ranges[cid] == WeightRange(low=0.1, high=0.3)


def test_infeasible_weight_ranges_are_reported_in_the_panel(qtbot, panel, example_controller):
    leaves = [c.id for c in example_controller.decision.leaves]
    _set_uncertainty(example_controller, weights=WeightUncertainty.RANGES,
                     weight_ranges={cid: WeightRange(low=0.5, high=0.9) for cid in leaves[:3]})
    opened: list[object] = []
    QApplication.instance().focusChanged.connect(lambda _old, new: opened.append(new))
    with qtbot.waitSignal(panel.runStopped, timeout=RUN_TIMEOUT_MS) as blocker:
        panel.run()
    assert "no set of weights" in blocker.args[0]
    assert panel.error_label.isVisible() and "no set of weights" in panel.error_label.text()
    assert not any(isinstance(w, (QDialog, QMessageBox)) for w in QApplication.topLevelWidgets() if w.isVisible())
    assert panel.run_button.isEnabled() and panel.result is None


def test_other_methods_are_refused_in_plain_words(qtbot, panel, example_controller):
    method = example_controller.decision.method.model_copy(update={"aggregation": AggregationMethod.TOPSIS})
    example_controller.submit(SetMethod(method))
    with qtbot.waitSignal(panel.runStopped, timeout=RUN_TIMEOUT_MS):
        panel.run()
    assert "weighted sum" in panel.error_label.text() and "Traceback" not in panel.error_label.text()


def test_results_go_out_of_date_when_the_decision_changes(qtbot, panel, example_controller):
    _set_uncertainty(example_controller, samples=1_000)
    _run(qtbot, panel)
    assert not panel.is_out_of_date() and not panel.status_label.isVisible()
    example_controller.submit(SetWeight("benefits", 70.0))
    assert panel.is_out_of_date() and panel.status_label.isVisible()
    assert "Out of date" in panel.status_label.text()
    _run(qtbot, panel)
    assert not panel.is_out_of_date()


def test_cancel_stops_a_long_run_and_the_panel_stays_usable(qtbot, panel, example_controller):
    _set_uncertainty(example_controller, weights=WeightUncertainty.NONE, samples=1_000_000)
    with qtbot.waitSignal(panel.runStopped, timeout=RUN_TIMEOUT_MS) as stopped:
        worker = panel.run()
        qtbot.waitUntil(lambda: panel.progress_bar.value() > 0, timeout=RUN_TIMEOUT_MS)
        assert panel.cancel_button.isEnabled() and not panel.run_button.isEnabled()
        qtbot.mouseClick(panel.cancel_button, Qt.MouseButton.LeftButton)
    assert stopped.args == ["cancelled"] and worker.is_cancelled()
    qtbot.waitUntil(lambda: panel.run_button.isEnabled(), timeout=5_000)
    assert "Cancelled after" in panel.status_label.text() and panel.result is None
    _set_uncertainty(example_controller, samples=1_000)
    assert _run(qtbot, panel).samples == 1_000  # usable again


def test_gui_thread_keeps_ticking_during_a_run(qtbot, panel, example_controller):
    _set_uncertainty(example_controller, weights=WeightUncertainty.NONE, samples=1_000_000)
    ticks: list[int] = []
    progress: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    try:
        with qtbot.waitSignal(panel.runFinished, timeout=RUN_TIMEOUT_MS):
            worker = panel.run()
            worker.progress.connect(progress.append)
            assert panel.is_running()
    finally:
        timer.stop()
    assert len(progress) >= 10 and progress[-1] == 1.0
    assert len(ticks) >= 10  # the event loop ran while the draws were made


def test_keyboard_shortcuts_run_and_cancel(qtbot, panel, example_controller):
    assert panel.run_action.shortcut() == QKeySequence("Ctrl+R")
    assert panel.cancel_action.shortcut() == QKeySequence(Qt.Key.Key_Escape)
    assert panel.run_action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    _set_uncertainty(example_controller, samples=1_000)
    panel.activateWindow()
    panel.run_button.setFocus()
    qtbot.waitUntil(panel.run_button.hasFocus)
    with qtbot.waitSignal(panel.runFinished, timeout=RUN_TIMEOUT_MS):
        qtbot.keyClick(panel.run_button, Qt.Key.Key_Space)  # the focused Run button
    for w in (panel.samples_spin, panel.seed_spin, panel.distribution_combo, panel.weight_mode_combo,
              panel.run_button, panel.cancel_button, panel.acceptability_table, panel.central_table):
        assert w.objectName() and w.accessibleName()


def test_opening_another_project_clears_the_results(qtbot, panel, example_controller, tmp_path):
    from counterweight.services.session import ProjectSession
    from tests.factories import small_decision

    _set_uncertainty(example_controller, samples=1_000)
    _run(qtbot, panel)
    assert panel.acceptability_table.rowCount() == 5
    other = ProjectSession.create(tmp_path / "other.counterweight", small_decision())
    example_controller.set_session(other)
    assert panel.result is None and panel.acceptability_table.rowCount() == 0
    assert not panel.results_splitter.isVisible() and not panel.is_out_of_date()
    assert panel.samples_spin.value() == other.decision.method.uncertainty.samples
    shown = _run(qtbot, panel)
    assert shown.option_names == ("Alpha", "Bravo", "Charlie")


# ---------------------------------------------------------------- the worker itself
def test_worker_turns_a_bug_into_a_plain_message_and_logs_it(qtbot, caplog):
    from counterweight.ui.workers import Worker

    worker = Worker(lambda _p, _c: {}["missing"], description="the test task")
    with qtbot.waitSignal(worker.failed, timeout=5_000) as failed:
        worker.start()
    assert "unexpected problem stopped the test task" in failed.args[0]
    assert "KeyError" not in failed.args[0] and "Traceback" not in failed.args[0]
    assert any(r.exc_info and r.exc_info[0] is KeyError for r in caplog.records)


def test_worker_passes_user_errors_through_and_reports_progress(qtbot):
    from counterweight.domain import InvalidInputError
    from counterweight.ui.workers import Worker

    def task(progress, cancelled):
        for k in range(1, 5):
            progress(k / 4)
        raise InvalidInputError("must be positive", where="samples")

    seen: list[float] = []
    worker = Worker(task)
    worker.progress.connect(seen.append)
    with qtbot.waitSignal(worker.failed, timeout=5_000) as failed:
        worker.start()
    assert failed.args[0] == str(InvalidInputError("must be positive", where="samples"))
    qtbot.waitUntil(lambda: len(seen) == 4)
    assert seen == [0.25, 0.5, 0.75, 1.0]
    with pytest.raises(RuntimeError):
        worker.start()  # a worker runs once


def test_widen_by_evidence_is_one_undoable_setting_used_by_the_run(qtbot, panel, example_controller):
    _set_uncertainty(example_controller, weights=WeightUncertainty.NONE, samples=2_000, seed=5)
    stack = example_controller.undo_stack
    start = stack.count()
    panel.widen_check.click()
    assert example_controller.decision.method.uncertainty.widen_by_evidence
    assert stack.count() == start + 1
    shown = _run(qtbot, panel)
    expected = run_smaa(example_controller.decision)
    np.testing.assert_array_equal(shown.rank_counts, expected.rank_counts)
    assert any(d.code == "evidence_widening" for d in shown.diagnostics)
    stack.undo()
    assert not example_controller.decision.method.uncertainty.widen_by_evidence
    assert not panel.widen_check.isChecked()


def test_a_number_typed_but_not_confirmed_counts_when_run(qtbot, panel, example_controller):
    _set_uncertainty(example_controller, samples=1_000)
    panel.activateWindow()
    panel.samples_spin.setFocus()
    qtbot.waitUntil(panel.samples_spin.hasFocus)
    panel.samples_spin.selectAll()
    qtbot.keyClicks(panel.samples_spin, "1500")  # no Enter yet
    assert _run(qtbot, panel).samples == 1_500
    assert example_controller.decision.method.uncertainty.samples == 1_500


def test_a_focused_but_untouched_box_follows_the_settings(qtbot, panel, example_controller):
    """Focus can land on Draws (after Cancel is disabled): its old number must not be run again."""
    _set_uncertainty(example_controller, samples=1_000)
    panel.activateWindow()
    panel.samples_spin.setFocus()
    qtbot.waitUntil(panel.samples_spin.hasFocus)
    _set_uncertainty(example_controller, samples=2_000)  # changed elsewhere (undo, another panel)
    assert panel.samples_spin.value() == 2_000
    assert _run(qtbot, panel).samples == 2_000


def test_cancelling_a_run_over_out_of_date_results_says_both(qtbot, panel, example_controller):
    """Esc during a run whose shown results are already out of date: the status says it was cancelled,
    and still says the results shown are out of date."""
    _set_uncertainty(example_controller, weights=WeightUncertainty.NONE, samples=1_000)
    _run(qtbot, panel)
    _set_uncertainty(example_controller, samples=1_000_000)  # a change: the results shown are now out of date
    assert panel.is_out_of_date()
    with qtbot.waitSignal(panel.runStopped, timeout=RUN_TIMEOUT_MS) as stopped:
        assert panel.run() is not None
        qtbot.waitUntil(lambda: panel.progress_bar.value() > 0, timeout=RUN_TIMEOUT_MS)
        panel.cancel()
    assert stopped.args == ["cancelled"]
    text = panel.status_label.text()
    assert "Cancelled after" in text and "Out of date" in text and panel.status_label.isVisible()
    assert panel.is_out_of_date() and panel.result is not None
