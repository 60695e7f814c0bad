"""Weighting dialog: methods, live preview, AHP consistency, one undo step, panel markers.

Expected weights are closed forms, worked out by hand:

* swing (von Winterfeldt & Edwards 1986): weight = rating / sum of ratings;
* rank-order centroid (Barron & Barrett 1996, Management Science 42(11)):
  w_i = (1/n) * sum_{k=i..n} 1/k, so for n = 3: 11/18, 5/18, 2/18 = 0.6111, 0.2778, 0.1111;
* rank-sum (Stillwell, Seaver & Edwards 1981): 2 (n + 1 - i) / (n (n + 1)) = 3/6, 2/6, 1/6;
* AHP (Saaty 1980): a matrix built as a_ij = v_i / v_j is perfectly consistent, its
  principal eigenvector is v / sum(v), lambda_max = n and CR = 0.

The example decision (data/examples/north-korea-troops.json) has top-level groups
Risks, Costs and Benefits, weighted by a stored swing elicitation (Benefits 100,
Risks 78, Costs 44); Benefits holds deterrent-effect, time-to-effect (0-24 months,
lower is better) and nuclear-bargain, weighted by stored AHP judgements.
"""

from __future__ import annotations

import getpass
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTableWidget,
    QWidget,
)

from counterweight.domain import Elicitation, WeightMethod
from counterweight.services.edits import SetWeights
from counterweight.services.elicitation import SetElicitation
from counterweight.ui.dialogs.weighting_dialog import WeightingDialog
from counterweight.ui.dialogs.weighting_preview import COL_NEW_GLOBAL, COL_NEW_LOCAL, COL_NOW_LOCAL
from counterweight.ui.dialogs.weighting_editors import swing_range
from counterweight.ui.session_controller import SessionController
from counterweight.ui.theme import tone_of
from counterweight.ui.widgets.pairwise_editor import GOOD_TONE, WARN_TONE
from counterweight.ui.widgets.weights_panel import MARKER_ROLE, WeightsPanel

pytestmark = pytest.mark.qt

TOP = ("risks", "costs", "benefits")
BENEFITS = ("deterrent-effect", "time-to-effect", "nuclear-bargain")


@pytest.fixture
def example(qtbot, example_session):
    ctl = SessionController(example_session)
    yield ctl
    ctl.undo_stack.clear()


def _dialog(qtbot, controller, node_id):
    dialog = WeightingDialog(controller, node_id)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def _local(controller, ids):
    total = sum(controller.decision.criterion(i).weight for i in ids)
    return [controller.decision.criterion(i).weight / total for i in ids]


def _set_ranks(editor, ranks):
    for cid, rank in ranks.items():
        editor.spins[cid].setValue(rank)


# ------------------------------------------------------------------ opening
def test_without_stored_judgements_it_starts_with_direct_points(qtbot, controller):
    dialog = _dialog(qtbot, controller, "benefits")  # tests.factories.small_decision: effect 3, cost 1
    assert dialog.method() is WeightMethod.DIRECT
    assert [dialog.direct_editor.spins[c].value() for c in ("effect", "cost")] == [3.0, 1.0]
    assert [dialog.preview.item(r, COL_NOW_LOCAL).text() for r in range(2)] == ["75.0 %", "25.0 %"]
    assert dialog.new_local() == pytest.approx({"effect": 0.75, "cost": 0.25})
    assert dialog.by_edit.text() == getpass.getuser()
    assert dialog.ok_button.isEnabled()


def test_opens_on_top_level_with_the_stored_swing_and_accessible_widgets(qtbot, example):
    dialog = _dialog(qtbot, example, None)
    assert dialog.method() is WeightMethod.SWING
    assert [dialog.preview.item(r, 0).text() for r in range(3)] == ["Risks", "Costs", "Benefits"]
    assert [dialog.swing_editor.spins[c].value() for c in TOP] == [78.0, 44.0, 100.0]
    assert [dialog.swing_editor.ranks[c].value() for c in TOP] == [2, 3, 1]
    now = _local(example, TOP)
    assert [dialog.preview.item(r, COL_NOW_LOCAL).text() for r in range(3)] == [f"{100 * w:.1f} %" for w in now]
    assert [dialog.new_local()[c] for c in TOP] == pytest.approx([78 / 222, 44 / 222, 100 / 222])
    assert now == pytest.approx([78 / 222, 44 / 222, 100 / 222], abs=1e-4)  # stored weights follow them
    assert dialog.ok_button.isEnabled()
    for method in WeightMethod:  # show every editor so hidden pages are checked too
        dialog.set_method(method)
        interactive = (QAbstractButton, QAbstractSpinBox, QComboBox, QSlider, QLineEdit, QPlainTextEdit,
                       QTableWidget)
        for w in (w for w in dialog.findChildren(QWidget) if isinstance(w, interactive)):
            if w.objectName().startswith("qt_") or isinstance(w.parent(), (QAbstractSpinBox, QComboBox)):
                continue  # Qt's own parts of compound widgets
            if not w.isVisibleTo(dialog) or type(w).__name__ == "QTableCornerButton":
                continue
            assert w.objectName(), f"{type(w).__name__} without objectName in {method}"
            assert w.accessibleName() or isinstance(w, QAbstractButton) and w.text(), w.objectName()


def test_opens_on_a_group_and_describes_each_swing(qtbot, example):
    dialog = _dialog(qtbot, example, "benefits")
    assert dialog.method() is WeightMethod.AHP  # as stored in the example
    dialog.set_method(WeightMethod.SWING)
    table = dialog.swing_editor.table
    assert [table.item(r, 0).text() for r in range(3)] == [
        "Deterrence of further North Korean deployments", "Time to effect",
        "Disruption of the Russia-North Korea nuclear bargain"]
    assert table.item(1, dialog.swing_editor.COL_RANGE).text() == "24 → 0 months"  # lower is better
    assert table.item(0, dialog.swing_editor.COL_RANGE).text() == "None → Strong"
    decision = example.decision
    assert swing_range(decision.criterion("civilian-risk")) == "Severe → Negligible"
    assert swing_range(decision.criterion("risks")) == "group"


def test_scored_criterion_is_refused_with_a_message(qtbot, example):
    panel = WeightsPanel(example)
    qtbot.addWidget(panel)
    errors: list[str] = []
    example.errorRaised.connect(errors.append)
    assert panel.open_weighting_dialog("time-to-effect") is None
    assert errors and "Time to effect" in errors[0]


# ------------------------------------------------------------------ methods
def test_swing_gives_closed_form_weights_and_the_panel_updates(qtbot, example):
    panel = WeightsPanel(example)
    qtbot.addWidget(panel)
    panel.tree.setCurrentItem(panel.item("benefits"))
    qtbot.mouseClick(panel.elicit_button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(WeightingDialog)
    assert dialog is not None and dialog.node_id == "benefits"
    dialog.set_method(WeightMethod.SWING)
    swing = dialog.swing_editor
    swing.ranks["deterrent-effect"].setValue(1)
    swing.ranks["nuclear-bargain"].setValue(2)
    swing.ranks["time-to-effect"].setValue(3)
    swing.spins["nuclear-bargain"].setValue(80)
    swing.spins["time-to-effect"].setValue(20)
    assert swing.spins["deterrent-effect"].value() == 100 and swing.spins["deterrent-effect"].isReadOnly()
    expected = [100 / 200, 20 / 200, 80 / 200]  # ratings over their sum, in tree order
    assert [dialog.new_local()[c] for c in BENEFITS] == pytest.approx(expected)
    assert dialog.preview.item(0, COL_NEW_LOCAL).text() == "50.0 %"
    benefits = _local(example, TOP)[2]
    assert dialog.preview.item(2, COL_NEW_GLOBAL).text() == f"{100 * benefits * 0.4:.1f} %"
    dialog.accept()
    assert _local(example, BENEFITS) == pytest.approx(expected)
    qtbot.waitUntil(lambda: panel.item("nuclear-bargain").text(WeightsPanel.COL_LOCAL) == "40.0 %")
    assert panel.item("nuclear-bargain").text(WeightsPanel.COL_GLOBAL) == f"{100 * benefits * 0.4:.1f} %"
    assert panel.item("benefits").data(0, MARKER_ROLE) == "Swing"


def test_swing_rated_above_a_higher_ranked_swing_is_named_and_blocks_ok(qtbot, example):
    dialog = _dialog(qtbot, example, "benefits")
    dialog.set_method(WeightMethod.SWING)
    swing = dialog.swing_editor
    for cid, rank in {"deterrent-effect": 1, "nuclear-bargain": 2, "time-to-effect": 3}.items():
        swing.ranks[cid].setValue(rank)
    swing.spins["nuclear-bargain"].setValue(30)
    swing.spins["time-to-effect"].setValue(50)
    qtbot.waitUntil(lambda: not dialog.ok_button.isEnabled())
    assert "Time to effect" in dialog.problems_label.text()
    assert "Disruption of the Russia-North Korea nuclear bargain" in dialog.problems_label.text()
    assert dialog.new_local() == {}
    swing.spins["time-to-effect"].setValue(30)  # equal to the one above: acceptable
    assert dialog.ok_button.isEnabled() and not dialog.problems_label.text()


def test_roc_for_three_children(qtbot, example):
    dialog = _dialog(qtbot, example, None)
    dialog.set_method(WeightMethod.ROC)
    _set_ranks(dialog.rank_editor, {"benefits": 1, "risks": 2, "costs": 3})
    new = dialog.new_local()
    assert [new["benefits"], new["risks"], new["costs"]] == pytest.approx([11 / 18, 5 / 18, 2 / 18])
    assert [round(new[c], 4) for c in ("benefits", "risks", "costs")] == [0.6111, 0.2778, 0.1111]
    dialog.set_method(WeightMethod.RANK_SUM)  # same ranks, other formula
    new = dialog.new_local()
    assert [new["benefits"], new["risks"], new["costs"]] == pytest.approx([3 / 6, 2 / 6, 1 / 6])


def test_direct_points_with_all_zero_show_the_service_error_inline(qtbot, example):
    dialog = _dialog(qtbot, example, None)
    dialog.set_method(WeightMethod.DIRECT)
    for spin in dialog.direct_editor.spins.values():
        spin.setValue(0)
    qtbot.waitUntil(lambda: not dialog.ok_button.isEnabled())
    assert "more than 0 points" in dialog.problems_label.text()
    assert "Traceback" not in dialog.problems_label.text()


# ------------------------------------------------------------------ AHP
def _judge(editor, v):
    """Judgements a_ij = v_i / v_j over the displayed pairs (perfectly consistent)."""
    for first, second in editor.rows():
        editor.set_judgement(first, second, v[first] / v[second])


def test_ahp_consistent_matrix_gives_cr_zero_and_the_generating_weights(qtbot, example):
    dialog = _dialog(qtbot, example, None)
    dialog.set_method(WeightMethod.AHP)
    v = {"risks": 2.0, "costs": 1.0, "benefits": 4.0}
    _judge(dialog.ahp_editor, v)
    ahp = dialog.outcome.ahp
    assert ahp.cr == pytest.approx(0.0, abs=1e-9)
    assert ahp.lambda_max == pytest.approx(3.0)
    assert [dialog.new_local()[c] for c in TOP] == pytest.approx([2 / 7, 1 / 7, 4 / 7])
    assert tone_of(dialog.ahp_editor.verdict_label) == GOOD_TONE
    assert "CR 0.000" in dialog.ahp_editor.stats_label.text()
    assert not dialog.ahp_editor.suggestion_buttons[0].isVisible()
    # slider positions carry the verbal labels: risks vs benefits = 1/2
    assert dialog.ahp_editor.value("risks", "benefits") == pytest.approx(0.5)
    slider = dialog.ahp_editor.slider("risks", "benefits")
    assert slider.accessibleDescription().startswith("Benefits more important")
    assert dialog.ahp_editor.findChild(type(dialog.ahp_editor.verdict_label), "pairText_risks__benefits").text() == (
        "Weak or slight (between equal and moderate) (1/2) ▶")


def test_ahp_inconsistent_matrix_warns_and_a_suggestion_lowers_cr(qtbot, example):
    dialog = _dialog(qtbot, example, None)
    dialog.set_method(WeightMethod.AHP)
    editor = dialog.ahp_editor
    # risks > costs (3), costs > benefits (3) but benefits > risks (5): a cycle
    editor.slider("risks", "costs").setValue(-2)  # 3, towards risks
    editor.slider("costs", "benefits").setValue(-2)  # 3, towards costs
    editor.slider("risks", "benefits").setValue(4)  # 1/5, towards benefits
    assert editor.value("risks", "benefits") == pytest.approx(1 / 5)
    before = dialog.outcome.ahp.cr
    assert before > 0.10
    assert tone_of(editor.verdict_label) == WARN_TONE
    assert "above 0.10" in editor.verdict_label.text()
    assert editor.suggestion_buttons[0].isVisibleTo(dialog)
    check = editor.suggestion(0)
    qtbot.mouseClick(editor.suggestion_buttons[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.outcome.ahp.cr < before)
    assert dialog.outcome.ahp.cr == pytest.approx(check.cr_if_changed)
    assert editor.value(check.first, check.second) == pytest.approx(check.suggestion)


# ------------------------------------------------------------------ applying
def test_ok_is_one_undo_step_restoring_weights_and_judgements(qtbot, example):
    before_points = [example.decision.criterion(c).weight for c in TOP]
    swing = example.decision.elicitation(None)
    first = _dialog(qtbot, example, None)
    first.set_method(WeightMethod.ROC)
    _set_ranks(first.rank_editor, {"benefits": 1, "risks": 2, "costs": 3})
    first.accept()
    assert example.undo_stack.count() == 1
    roc = example.decision.elicitation(None)
    assert roc.method is WeightMethod.ROC and roc.ranks == {"benefits": 1, "risks": 2, "costs": 3}
    assert roc.elicited_at is not None

    second = _dialog(qtbot, example, None)
    second.set_method(WeightMethod.AHP)
    _judge(second.ahp_editor, {"risks": 1.0, "costs": 1.0, "benefits": 2.0})
    second.accept()
    assert example.undo_stack.count() == 2
    assert _local(example, TOP) == pytest.approx([0.25, 0.25, 0.5], abs=1e-4)

    example.undo_stack.undo()
    assert example.decision.elicitation(None) == roc
    assert _local(example, TOP) == pytest.approx([5 / 18, 2 / 18, 11 / 18], abs=1e-4)
    example.undo_stack.undo()
    assert example.decision.elicitation(None) == swing
    assert [example.decision.criterion(c).weight for c in TOP] == before_points


def test_direct_points_and_the_record_are_one_undo_step(qtbot, example):
    before = example.decision
    dialog = _dialog(qtbot, example, "benefits")
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
    dialog = _dialog(qtbot, example, None)
    dialog.set_method(WeightMethod.EQUAL)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.method_combo, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: example.decision.elicitation(None) is not None)
    assert _local(example, TOP) == pytest.approx([1 / 3] * 3, abs=1e-4)
    assert not dialog.isVisible()


def test_reopening_shows_the_stored_judgements(qtbot, example):
    dialog = _dialog(qtbot, example, "benefits")
    dialog.set_method(WeightMethod.AHP)
    dialog.ahp_editor.set_judgement("deterrent-effect", "time-to-effect", 5)
    dialog.ahp_editor.set_judgement("nuclear-bargain", "deterrent-effect", 3)  # reversed orientation
    dialog.ahp_editor.set_judgement("time-to-effect", "nuclear-bargain", 1 / 7)
    dialog.ahp_editor.priority_combo.setCurrentIndex(dialog.ahp_editor.priority_combo.findData("geometric_mean"))
    dialog.by_edit.setText("A. Analyst")
    dialog.accept()

    again = _dialog(qtbot, example, "benefits")
    assert again.method() is WeightMethod.AHP
    assert again.ahp_editor.value("deterrent-effect", "time-to-effect") == pytest.approx(5)
    assert again.ahp_editor.value("deterrent-effect", "nuclear-bargain") == pytest.approx(1 / 3)
    assert again.ahp_editor.value("time-to-effect", "nuclear-bargain") == pytest.approx(1 / 7)
    assert again.ahp_editor.priority_combo.currentData() == "geometric_mean"
    assert again.by_edit.text() == "A. Analyst"
    assert again.new_local() == pytest.approx(dict(zip(BENEFITS, _local(example, BENEFITS), strict=True)),
                                              abs=1e-4)


def test_cancel_changes_nothing(qtbot, example):
    before = example.decision
    dialog = _dialog(qtbot, example, None)
    dialog.set_method(WeightMethod.ROC)
    _set_ranks(dialog.rank_editor, {"costs": 1, "risks": 2, "benefits": 3})
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

    top = _dialog(qtbot, example, None)
    top.set_method(WeightMethod.AHP)
    _judge(top.ahp_editor, {"risks": 2.0, "costs": 1.0, "benefits": 4.0})
    top.accept()
    qtbot.waitUntil(lambda: panel.method_summary.text().startswith("Elicited: top level: AHP, CR 0.00 ·"))

    menu = panel.context_menu(panel.item("time-to-effect"))  # a leaf: weigh the criteria beside it
    action = menu.findChild(type(menu.actions()[0]), "elicitWeightsAction")
    assert "Benefits" in action.text()
    action.trigger()
    dialog = panel.findChild(WeightingDialog)
    assert dialog.node_id == "benefits"
    dialog.set_method(WeightMethod.ROC)
    _set_ranks(dialog.rank_editor, {"deterrent-effect": 1, "nuclear-bargain": 2, "time-to-effect": 3})
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
        dialog = _dialog(qtbot, controller, "benefits")
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
    dialog = _dialog(qtbot, controller, "benefits")
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
    dialog = _dialog(qtbot, controller, "benefits")
    assert [dialog.direct_editor.spins[k].text() for k in ("effect", "cost")] == ["0.004", "0.006"]
    _type_into(qtbot, dialog.direct_editor.spins["effect"], "0.0045")
    assert dialog.new_local()["effect"] == pytest.approx(0.0045 / 0.0105)
    dialog.accept()
    assert [controller.decision.criterion(k).weight for k in ("effect", "cost")] == [0.0045, 0.006]


def test_ok_with_nothing_changed_records_nothing(qtbot, example):
    before = example.decision
    for node in (None, "benefits"):  # the example's stored swing and AHP judgements
        dialog = _dialog(qtbot, example, node)
        dialog.accept()
        assert not dialog.isVisible()
    assert example.undo_stack.count() == 0
    assert example.decision == before


def test_untouched_swing_points_are_kept_exactly(qtbot, example):
    swing = Elicitation(method=WeightMethod.SWING, ranks={"benefits": 1, "risks": 2, "costs": 3},
                        swing_points={"benefits": 100.0, "risks": 78.25, "costs": 44.05})
    _store(example, SetElicitation(swing))
    dialog = _dialog(qtbot, example, None)
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
    dialog = _dialog(qtbot, example, None)
    assert dialog.rank_editor.spins["costs"].value() == 5  # not cut to 3, which would tie it with risks
    dialog.note_edit.setPlainText("Checked again")
    dialog.accept()
    assert example.decision.elicitation(None).ranks == roc.ranks
    assert [example.decision.criterion(c).weight for c in TOP] == weights


def test_ahp_at_large_text_fits_a_small_screen_and_shows_every_name(qtbot, example, scale_font):
    """At 1.5 times the font, AHP on Benefits opened 1,125 px wide (past a 1,024 px screen) and still cut
    the names right of the sliders ("Disruptic / the Russ"): the pairs' area was squeezed below its rows."""
    from PySide6.QtWidgets import QApplication, QScrollArea

    scale_font(1.5)
    dialog = _dialog(qtbot, example, "benefits")
    for _ in range(5):  # let the layout settle after the labels were filled
        QApplication.processEvents()
    assert WeightMethod(dialog.method_combo.currentData()) is WeightMethod.AHP
    assert dialog.minimumSizeHint().width() <= 1024
    area = dialog.findChild(QScrollArea, "pairwiseScroll")
    assert area.viewport().width() >= area.widget().minimumSizeHint().width()
    stats = dialog.ahp_editor.stats_label
    assert stats.height() >= stats.sizeHint().height()  # both lines of the measures show


def test_inconsistent_ahp_suggestions_read_in_full(qtbot, example):
    """QA pass 18: with three suggestions shown, the consistency measures' second line and the
    suggestions' last lines were cut in half at the dialog's opening size."""
    from PySide6.QtWidgets import QApplication

    dialog = _dialog(qtbot, example, None)
    dialog.set_method(WeightMethod.AHP)
    editor = dialog.ahp_editor
    editor.slider("risks", "costs").setValue(-2)
    editor.slider("costs", "benefits").setValue(-4)
    editor.slider("risks", "benefits").setValue(4)
    qtbot.waitUntil(lambda: all(b.isVisible() for b in editor.suggestion_buttons))
    QApplication.processEvents()
    room = dialog.screen().availableGeometry().height()
    for label in [editor.stats_label, editor.verdict_label, *editor.suggestion_labels]:
        needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        assert label.height() >= needed or dialog.height() >= room - 80, (label.objectName(), label.height(), needed)
