"""Weighting dialog: methods, live preview, AHP consistency, one undo step, panel markers.

Opening and the methods here; OK, Cancel, undo, the weights panel's markers and numbers kept as
stored in test_weighting_apply.py; shared helpers in weighting_helpers.py.

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

from counterweight.domain import WeightMethod
from counterweight.ui.dialogs.weighting_dialog import WeightingDialog
from counterweight.ui.dialogs.weighting_preview import COL_NEW_GLOBAL, COL_NEW_LOCAL, COL_NOW_LOCAL
from counterweight.ui.dialogs.weighting_editors import swing_range
from counterweight.ui.theme import tone_of
from counterweight.ui.widgets.pairwise_editor import GOOD_TONE, WARN_TONE
from counterweight.ui.widgets.weights_panel import MARKER_ROLE, WeightsPanel
from tests.ui import weighting_helpers
from tests.ui.weighting_helpers import BENEFITS, TOP, judge, local_weights, open_dialog, set_ranks

pytestmark = pytest.mark.qt

example = weighting_helpers.example  # the fixture, found by pytest under this name


# ------------------------------------------------------------------ opening
def test_without_stored_judgements_it_starts_with_direct_points(qtbot, controller):
    dialog = open_dialog(qtbot, controller, "benefits")  # tests.factories.small_decision: effect 3, cost 1
    assert dialog.method() is WeightMethod.DIRECT
    assert [dialog.direct_editor.spins[c].value() for c in ("effect", "cost")] == [3.0, 1.0]
    assert [dialog.preview.item(r, COL_NOW_LOCAL).text() for r in range(2)] == ["75.0 %", "25.0 %"]
    assert dialog.new_local() == pytest.approx({"effect": 0.75, "cost": 0.25})
    assert dialog.by_edit.text() == getpass.getuser()
    assert dialog.ok_button.isEnabled()


def test_opens_on_top_level_with_the_stored_swing_and_accessible_widgets(qtbot, example):
    dialog = open_dialog(qtbot, example, None)
    assert dialog.method() is WeightMethod.SWING
    assert [dialog.preview.item(r, 0).text() for r in range(3)] == ["Risks", "Costs", "Benefits"]
    assert [dialog.swing_editor.spins[c].value() for c in TOP] == [78.0, 44.0, 100.0]
    assert [dialog.swing_editor.ranks[c].value() for c in TOP] == [2, 3, 1]
    now = local_weights(example, TOP)
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
    dialog = open_dialog(qtbot, example, "benefits")
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
    benefits = local_weights(example, TOP)[2]
    assert dialog.preview.item(2, COL_NEW_GLOBAL).text() == f"{100 * benefits * 0.4:.1f} %"
    dialog.accept()
    assert local_weights(example, BENEFITS) == pytest.approx(expected)
    qtbot.waitUntil(lambda: panel.item("nuclear-bargain").text(WeightsPanel.COL_LOCAL) == "40.0 %")
    assert panel.item("nuclear-bargain").text(WeightsPanel.COL_GLOBAL) == f"{100 * benefits * 0.4:.1f} %"
    assert panel.item("benefits").data(0, MARKER_ROLE) == "Swing"


def test_swing_rated_above_a_higher_ranked_swing_is_named_and_blocks_ok(qtbot, example):
    dialog = open_dialog(qtbot, example, "benefits")
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
    dialog = open_dialog(qtbot, example, None)
    dialog.set_method(WeightMethod.ROC)
    set_ranks(dialog.rank_editor, {"benefits": 1, "risks": 2, "costs": 3})
    new = dialog.new_local()
    assert [new["benefits"], new["risks"], new["costs"]] == pytest.approx([11 / 18, 5 / 18, 2 / 18])
    assert [round(new[c], 4) for c in ("benefits", "risks", "costs")] == [0.6111, 0.2778, 0.1111]
    dialog.set_method(WeightMethod.RANK_SUM)  # same ranks, other formula
    new = dialog.new_local()
    assert [new["benefits"], new["risks"], new["costs"]] == pytest.approx([3 / 6, 2 / 6, 1 / 6])


def test_direct_points_with_all_zero_show_the_service_error_inline(qtbot, example):
    dialog = open_dialog(qtbot, example, None)
    dialog.set_method(WeightMethod.DIRECT)
    for spin in dialog.direct_editor.spins.values():
        spin.setValue(0)
    qtbot.waitUntil(lambda: not dialog.ok_button.isEnabled())
    assert "more than 0 points" in dialog.problems_label.text()
    assert "Traceback" not in dialog.problems_label.text()


def test_ahp_consistent_matrix_gives_cr_zero_and_the_generating_weights(qtbot, example):
    dialog = open_dialog(qtbot, example, None)
    dialog.set_method(WeightMethod.AHP)
    v = {"risks": 2.0, "costs": 1.0, "benefits": 4.0}
    judge(dialog.ahp_editor, v)
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
    dialog = open_dialog(qtbot, example, None)
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


def test_ahp_at_large_text_fits_a_small_screen_and_shows_every_name(qtbot, example, scale_font):
    """At 1.5 times the font, AHP on Benefits opened 1,125 px wide (past a 1,024 px screen) and still cut
    the names right of the sliders ("Disruptic / the Russ"): the pairs' area was squeezed below its rows."""
    from PySide6.QtWidgets import QApplication, QScrollArea

    scale_font(1.5)
    dialog = open_dialog(qtbot, example, "benefits")
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

    dialog = open_dialog(qtbot, example, None)
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
