"""QA 21 items 1 and 7 in the window: the level-rated setting of the Uncertainty tab, and run notes that
say what the draws varied and what they held (the example: 10 ranged scores, 25 level-rated scores)."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel

from counterweight.domain import Decision, LevelUncertainty, WeightUncertainty
from counterweight.services.edits import SetMethod
from counterweight.services.robustness import run_smaa
from counterweight.ui.models.acceptability_model import run_notes
from counterweight.ui.models.smaa_scope import scores_text
from counterweight.ui.session_controller import SessionController
from counterweight.ui.widgets.uncertainty_panel import UncertaintyPanel

pytestmark = pytest.mark.qt
RUN_TIMEOUT_MS = 60_000


@pytest.fixture
def controller(qtbot, example_session):
    ctl = SessionController(example_session)
    yield ctl
    ctl.undo_stack.clear()


@pytest.fixture
def panel(qtbot, controller):
    widget = UncertaintyPanel(controller)
    qtbot.addWidget(widget)
    widget.resize(560, 900)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    if widget.worker is not None:
        widget.worker.cancel()
        widget.worker.wait(30)


def _set(controller, **update) -> None:
    method = controller.decision.method
    unc = method.uncertainty.model_copy(update=update)
    assert controller.submit(SetMethod(method.model_copy(update={"uncertainty": unc}))) is None


def _run(qtbot, panel):
    with qtbot.waitSignal(panel.runFinished, timeout=RUN_TIMEOUT_MS) as blocker:
        assert panel.run() is not None
    return blocker.args[0]


def test_the_setting_is_a_named_keyboard_control_and_one_undoable_edit(qtbot, panel, controller):
    combo = panel.levels_combo
    assert combo.objectName() == "levelScoresInput" and combo.accessibleName() == "Level-rated scores"
    assert combo.accessibleDescription() and combo.toolTip()
    assert [combo.itemData(i) for i in range(combo.count())] == list(LevelUncertainty)
    assert combo.currentData() == LevelUncertainty.AS_RATED  # the example predates the setting
    assert combo.focusPolicy() & Qt.FocusPolicy.TabFocus
    form = next(lay for lay in panel.findChildren(QFormLayout) if lay.indexOf(combo) >= 0)
    label = form.labelForField(combo)
    # every Alt letter of "Level-rated scores" is taken on this tab (tests/ui/test_access_keys.py): Tab reaches it
    assert isinstance(label, QLabel) and label.buddy() is combo and label.text() == "Level-rated scores:"
    # Tab from the widening box lands on it
    panel.widen_check.setFocus()
    qtbot.waitUntil(panel.widen_check.hasFocus)
    qtbot.keyClick(panel.widen_check, Qt.Key.Key_Tab)
    assert combo.hasFocus()
    stack = controller.undo_stack
    start = stack.count()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # a closed combo box changes item on the arrow keys
    assert controller.decision.method.uncertainty.level_scores is LevelUncertainty.WEAK_EVIDENCE
    assert stack.count() == start + 1
    assert panel.scores_label.text() == ("10 of 35 scores have a range; they are drawn from a triangular "
                                         "distribution. 17 of 25 level-rated scores (those with weak or no "
                                         "evidence) will move one level either way.")
    stack.undo()
    assert controller.decision.method.uncertainty.level_scores is LevelUncertainty.AS_RATED
    assert combo.currentData() == LevelUncertainty.AS_RATED
    assert "level-rated" not in panel.scores_label.text()
    stack.redo()
    assert combo.currentData() == LevelUncertainty.WEAK_EVIDENCE


def test_the_line_before_a_run_never_says_only_the_weights_vary_when_levels_move(qtbot, panel, controller):
    data = controller.decision.model_dump()
    for s in data["scores"]:
        s.update(low=None, high=None)
    fixed = Decision.model_validate(data)
    assert "only the weights vary" in scores_text(fixed)
    unc = fixed.method.uncertainty.model_copy(update={"level_scores": LevelUncertainty.ALL})
    moving = fixed.model_copy(update={"method": fixed.method.model_copy(update={"uncertainty": unc})})
    assert scores_text(moving) == "No score has a range. All 25 level-rated scores will move one level either way."


def test_notes_say_what_was_varied_and_what_was_held(qtbot, panel, controller):
    _set(controller, samples=1_000)
    shown = _run(qtbot, panel)
    notes = panel.notes_label.text()
    assert "10 ranged scores varied within their ranges; 25 level-rated scores held as rated; weights held as " \
           "set." in notes
    assert shown.score_counts.levels_held == 25 and shown.score_counts.numbers_varied == 10
    panel.levels_combo.setCurrentIndex(panel.levels_combo.findData(LevelUncertainty.WEAK_EVIDENCE))
    panel.levels_combo.activated.emit(panel.levels_combo.currentIndex())
    shown = _run(qtbot, panel)
    np.testing.assert_array_equal(shown.rank_counts, run_smaa(controller.decision).rank_counts)
    notes = panel.notes_label.text()
    assert "17 level-rated scores with weak or no evidence varied one level either way" in notes
    assert "8 level-rated scores held as rated" in notes
    assert "Each score is drawn independently of the others." in notes


def test_unknown_weights_are_said_to_ignore_the_groups(qtbot, panel, controller):
    _set(controller, samples=1_000, weights=WeightUncertainty.NONE)
    shown = _run(qtbot, panel)
    notes = panel.notes_label.text()
    assert "weights drawn uniformly over all 7 scored criteria together, ignoring the groups" in notes
    assert "weights held" not in notes
    assert run_notes(shown, "unknown (any weights)") == notes


def test_counts_of_a_thousand_or_more_have_their_thousands_separator() -> None:
    """On 1,000 x 60 the notes read "12000 level-rated scores … 48000 numeric scores" (h25e)."""
    from types import SimpleNamespace

    from counterweight.ui.models.smaa_scope import _held, _varied

    counts = SimpleNamespace(levels_held=12000, numbers_held=48000, levels_varied=0, numbers_varied=1500)
    held = _held(SimpleNamespace(score_counts=counts, weight_mode=WeightUncertainty.EXACT))
    assert held == ["12,000 level-rated scores held as rated",
                    "48,000 numeric scores without a range held at their values", "weights held as set"]
    varied = _varied(SimpleNamespace(score_counts=counts, level_scores=LevelUncertainty.AS_RATED, leaf_ids=["a"] * 60,
                                     weight_mode=WeightUncertainty.ORDINAL))
    assert varied[0] == "1,500 ranged scores varied within their ranges"
    assert "all 60 scored criteria" in varied[1]
