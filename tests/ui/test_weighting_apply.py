"""Weighting dialog: what OK stores, as one undo step, and what the weights panel then shows.

Apart from the dialog's methods (test_weighting_dialog.py): OK, Cancel and Ctrl+Return, reopening
on the stored judgements, the panel's method marker and stale hint, read-only projects, and
numbers the user did not touch kept exactly as stored. The example decision is described in
weighting_helpers.py.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from counterweight.domain import Elicitation, WeightMethod
from counterweight.services.edits import SetWeights
from counterweight.services.elicitation import SetElicitation
from counterweight.ui.dialogs.weighting_dialog import WeightingDialog
from counterweight.ui.dialogs.weighting_preview import COL_NEW_LOCAL, COL_NOW_LOCAL
from counterweight.ui.session_controller import SessionController
from counterweight.ui.widgets.weights_panel import MARKER_ROLE, WeightsPanel
from tests.ui import weighting_helpers
from tests.ui.weighting_helpers import BENEFITS, TOP, judge, local_weights, open_dialog, set_ranks

pytestmark = pytest.mark.qt

example = weighting_helpers.example  # the fixture, found by pytest under this name


# ------------------------------------------------------------------ applying
def test_ok_is_one_undo_step_restoring_weights_and_judgements(qtbot, example):
    before_points = [example.decision.criterion(c).weight for c in TOP]
    swing = example.decision.elicitation(None)
    first = open_dialog(qtbot, example, None)
    first.set_method(WeightMethod.ROC)
    set_ranks(first.rank_editor, {"benefits": 1, "risks": 2, "costs": 3})
    first.accept()
    assert example.undo_stack.count() == 1
    roc = example.decision.elicitation(None)
    assert roc.method is WeightMethod.ROC and roc.ranks == {"benefits": 1, "risks": 2, "costs": 3}
    assert roc.elicited_at is not None

    second = open_dialog(qtbot, example, None)
    second.set_method(WeightMethod.AHP)
    judge(second.ahp_editor, {"risks": 1.0, "costs": 1.0, "benefits": 2.0})
    second.accept()
    assert example.undo_stack.count() == 2
    assert local_weights(example, TOP) == pytest.approx([0.25, 0.25, 0.5], abs=1e-4)

    example.undo_stack.undo()
    assert example.decision.elicitation(None) == roc
    assert local_weights(example, TOP) == pytest.approx([5 / 18, 2 / 18, 11 / 18], abs=1e-4)
    example.undo_stack.undo()
    assert example.decision.elicitation(None) == swing
    assert [example.decision.criterion(c).weight for c in TOP] == before_points


def test_direct_points_and_the_record_are_one_undo_step(qtbot, example):
    before = example.decision
    dialog = open_dialog(qtbot, example, "benefits")
    dialog.set_method(WeightMethod.DIRECT)
    dialog.direct_editor.spins["time-to-effect"].setValue(50)
    dialog.note_edit.setPlainText("Workshop 3")
    dialog.accept()
    assert example.decision.criterion("time-to-effect").weight == 50
    stored = example.decision.elicitation("benefits")
    assert stored.method is WeightMethod.DIRECT and stored.note == "Workshop 3"
    assert example.undo_stack.count() == 1
    example.undo_stack.undo()
    assert example.decision.criterion("time-to-effect").weight == before.criterion("time-to-effect").weight
    assert example.decision.elicitation("benefits") == before.elicitation("benefits")


def test_ctrl_return_accepts(qtbot, example):
    dialog = open_dialog(qtbot, example, None)
    dialog.set_method(WeightMethod.EQUAL)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.method_combo, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: example.decision.elicitation(None) is not None)
    assert local_weights(example, TOP) == pytest.approx([1 / 3] * 3, abs=1e-4)
    assert not dialog.isVisible()


def test_reopening_shows_the_stored_judgements(qtbot, example):
    dialog = open_dialog(qtbot, example, "benefits")
    dialog.set_method(WeightMethod.AHP)
    dialog.ahp_editor.set_judgement("deterrent-effect", "time-to-effect", 5)
    dialog.ahp_editor.set_judgement("nuclear-bargain", "deterrent-effect", 3)  # reversed orientation
    dialog.ahp_editor.set_judgement("time-to-effect", "nuclear-bargain", 1 / 7)
    dialog.ahp_editor.priority_combo.setCurrentIndex(dialog.ahp_editor.priority_combo.findData("geometric_mean"))
    dialog.by_edit.setText("A. Analyst")
    dialog.accept()

    again = open_dialog(qtbot, example, "benefits")
    assert again.method() is WeightMethod.AHP
    assert again.ahp_editor.value("deterrent-effect", "time-to-effect") == pytest.approx(5)
    assert again.ahp_editor.value("deterrent-effect", "nuclear-bargain") == pytest.approx(1 / 3)
    assert again.ahp_editor.value("time-to-effect", "nuclear-bargain") == pytest.approx(1 / 7)
    assert again.ahp_editor.priority_combo.currentData() == "geometric_mean"
    assert again.by_edit.text() == "A. Analyst"
    assert again.new_local() == pytest.approx(dict(zip(BENEFITS, local_weights(example, BENEFITS), strict=True)),
                                              abs=1e-4)


def test_cancel_changes_nothing(qtbot, example):
    before = example.decision
    dialog = open_dialog(qtbot, example, None)
    dialog.set_method(WeightMethod.ROC)
    set_ranks(dialog.rank_editor, {"costs": 1, "risks": 2, "benefits": 3})
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert example.decision == before
    assert example.undo_stack.count() == 0


# ------------------------------------------------------------------ weights panel
def test_panel_marker_shows_method_and_stale_hint_after_a_manual_change(qtbot, example):
    panel = WeightsPanel(example)
    qtbot.addWidget(panel)
    panel.resize(520, 420)
    panel.show()
    assert re.fullmatch(r"AHP, CR 0\.\d\d", panel.item("benefits").data(0, MARKER_ROLE))  # stored in the example
    assert panel.method_summary.text().startswith("Elicited: top level: Swing · Benefits: AHP, CR 0.")
    assert panel.item("risks").data(0, MARKER_ROLE) is None  # nothing stored there

    top = open_dialog(qtbot, example, None)
    top.set_method(WeightMethod.AHP)
    judge(top.ahp_editor, {"risks": 2.0, "costs": 1.0, "benefits": 4.0})
    top.accept()
    qtbot.waitUntil(lambda: panel.method_summary.text().startswith("Elicited: top level: AHP, CR 0.00 ·"))

    menu = panel.context_menu(panel.item("time-to-effect"))  # a leaf: weigh the criteria beside it
    action = menu.findChild(type(menu.actions()[0]), "elicitWeightsAction")
    assert "Benefits" in action.text()
    action.trigger()
    dialog = panel.findChild(WeightingDialog)
    assert dialog.node_id == "benefits"
    dialog.set_method(WeightMethod.ROC)
    set_ranks(dialog.rank_editor, {"deterrent-effect": 1, "nuclear-bargain": 2, "time-to-effect": 3})
    dialog.accept()
    item = panel.item("benefits")
    qtbot.waitUntil(lambda: item.data(0, MARKER_ROLE) == "ROC")
    assert "ROC" in item.text(0) and not item.font(0).italic()

    slider = panel.editor("time-to-effect").slider
    slider.setSliderDown(True)
    slider.setValue(slider.value() + 5)
    slider.setSliderDown(False)
    qtbot.waitUntil(lambda: item.data(0, MARKER_ROLE) == "ROC (edited by hand since)")
    assert item.font(0).italic()
    assert "changed by hand" in item.toolTip(0)
    example.undo_stack.undo()  # the drag: the marker is fresh again
    qtbot.waitUntil(lambda: item.data(0, MARKER_ROLE) == "ROC")


def test_read_only_project_shows_the_judgements_but_cannot_apply_them(qtbot, tmp_path):
    from counterweight.services.session import ProjectSession
    from tests.factories import small_decision

    path = tmp_path / "ro.counterweight"
    ProjectSession.create(path, small_decision()).close()
    session = ProjectSession.open(path, read_only=True)
    try:
        controller = SessionController(session)
        dialog = open_dialog(qtbot, controller, "benefits")
        dialog.set_method(WeightMethod.EQUAL)
        assert dialog.new_local() == pytest.approx({"effect": 0.5, "cost": 0.5})  # the preview still works
        assert not dialog.ok_button.isEnabled()
        dialog.accept()
        assert dialog.isVisible()
        assert controller.decision.elicitation("benefits") is None
    finally:
        session.close()


# ------------------------------------------------------------------ untouched numbers stay as stored
def _store(controller, edit) -> None:
    """Put ``edit`` into the decision as an import would: no undo step left behind."""
    assert controller.submit(edit) is None
    controller.undo_stack.clear()


def _type_into(qtbot, spin, text: str) -> None:
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    spin.interpretText()


@pytest.mark.parametrize("points", [(0.004, 0.006), (0.125, 0.375), (50_000.0, 1.0), (1 / 3, 1e-7)])
def test_untouched_direct_points_are_kept_exactly_and_the_preview_agrees(qtbot, controller, points):
    kids = ("effect", "cost")  # the children of "benefits" in tests.factories.small_decision
    _store(controller, SetWeights(dict(zip(kids, points, strict=True))))
    dialog = open_dialog(qtbot, controller, "benefits")
    assert dialog.method() is WeightMethod.DIRECT
    shares = [p / sum(points) for p in points]
    assert [dialog.new_local()[k] for k in kids] == pytest.approx(shares, rel=1e-12)
    now = [dialog.preview.item(r, COL_NOW_LOCAL).text() for r in range(2)]
    assert now == [f"{100 * s:.1f} %" for s in shares]
    assert [dialog.preview.item(r, COL_NEW_LOCAL).text() for r in range(2)] == now
    dialog.accept()  # nothing edited
    assert not dialog.isVisible()
    assert [controller.decision.criterion(k).weight for k in kids] == list(points)
    assert controller.undo_stack.count() == 1  # the first record of the direct judgements


def test_an_edited_direct_point_is_taken_as_typed(qtbot, controller):
    _store(controller, SetWeights({"effect": 0.004, "cost": 0.006}))
    dialog = open_dialog(qtbot, controller, "benefits")
    assert [dialog.direct_editor.spins[k].text() for k in ("effect", "cost")] == ["0.004", "0.006"]
    _type_into(qtbot, dialog.direct_editor.spins["effect"], "0.0045")
    assert dialog.new_local()["effect"] == pytest.approx(0.0045 / 0.0105)
    dialog.accept()
    assert [controller.decision.criterion(k).weight for k in ("effect", "cost")] == [0.0045, 0.006]


def test_ok_with_nothing_changed_records_nothing(qtbot, example):
    before = example.decision
    for node in (None, "benefits"):  # the example's stored swing and AHP judgements
        dialog = open_dialog(qtbot, example, node)
        dialog.accept()
        assert not dialog.isVisible()
    assert example.undo_stack.count() == 0
    assert example.decision == before


def test_untouched_swing_points_are_kept_exactly(qtbot, example):
    swing = Elicitation(method=WeightMethod.SWING, ranks={"benefits": 1, "risks": 2, "costs": 3},
                        swing_points={"benefits": 100.0, "risks": 78.25, "costs": 44.05})
    _store(example, SetElicitation(swing))
    dialog = open_dialog(qtbot, example, None)
    assert dialog.swing_editor.spins["risks"].text() == "78.25"
    dialog.note_edit.setPlainText("Checked again")  # the only change
    dialog.accept()
    stored = example.decision.elicitation(None)
    assert (stored.swing_points, stored.ranks, stored.note) == (swing.swing_points, swing.ranks, "Checked again")
    assert example.undo_stack.count() == 1


def test_stored_ranks_above_the_number_of_criteria_are_kept(qtbot, example):
    roc = Elicitation(method=WeightMethod.ROC, ranks={"benefits": 1, "costs": 5, "risks": 3})
    _store(example, SetElicitation(roc))
    weights = [example.decision.criterion(c).weight for c in TOP]
    dialog = open_dialog(qtbot, example, None)
    assert dialog.rank_editor.spins["costs"].value() == 5  # not cut to 3, which would tie it with risks
    dialog.note_edit.setPlainText("Checked again")
    dialog.accept()
    assert example.decision.elicitation(None).ranks == roc.ranks
    assert [example.decision.criterion(c).weight for c in TOP] == weights
