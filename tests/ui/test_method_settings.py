"""Method choice in the ranking panel and the method settings dialog.

The expected numbers come from the engine's ``evaluate()`` run in the test on the
same decision (the engine itself is checked against published examples in
tests/engine); these tests check that the panel shows them under the right
headings and that each dialog OK is one undo step.

Suggested thresholds are checked by hand on tests.factories.small_decision: cost
scores 2, 10, 8 $bn spread over 8 -> q 0.8, p 4, s 2.4; civilian-harm levels 100,
30, 60 spread over 70 points -> q 7, p 35, s 21.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from counterweight.charts.comparison_chart import method_values
from counterweight.domain import AggregationMethod, CriterionPreference, PreferenceFunction, PrometheeSettings, VikorSettings
from counterweight.engine import evaluate
from counterweight.services.edits import SetMethod
from counterweight.ui.dialogs.method_settings_dialog import MethodSettingsDialog, suggested_thresholds
from counterweight.ui.widgets.ranking_panel import RankingPanel

pytestmark = pytest.mark.qt

HEADERS = {
    AggregationMethod.WSM: ["Rank", "Option", "Score"],
    AggregationMethod.WPM: ["Rank", "Option", "Score"],
    AggregationMethod.TOPSIS: ["Rank", "Option", "D+", "D−", "Closeness"],
    AggregationMethod.PROMETHEE: ["Rank", "Option", "φ+", "φ−", "Net φ"],
    AggregationMethod.VIKOR: ["Rank", "Option", "S", "R", "Q", "Compromise"],
}


@pytest.fixture
def panel(qtbot, controller):
    widget = RankingPanel(controller)
    qtbot.addWidget(widget)
    widget.resize(520, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _choose(qtbot, controller, combo, data) -> None:
    with qtbot.waitSignal(controller.changed, timeout=2000):
        combo.setCurrentIndex(combo.findData(data))
        combo.activated.emit(combo.currentIndex())  # what picking an entry in the popup emits


def _expected_rows(ev) -> list[list[str]]:
    rows = []
    for i in (int(k) for k in ev.order):
        x = {k: float(v[i]) for k, v in ev.extras.items()}
        cells = {
            AggregationMethod.WSM: [f"{100 * float(ev.totals[i]):.1f}"],
            AggregationMethod.WPM: [f"{100 * x.get('product', 0.0):.1f}"],
            AggregationMethod.TOPSIS: [f"{x.get('d_plus', 0):.3f}", f"{x.get('d_minus', 0):.3f}",
                                       f"{x.get('closeness', 0):.3f}"],
            AggregationMethod.PROMETHEE: [f"{x.get('phi_plus', 0):.3f}", f"{x.get('phi_minus', 0):.3f}",
                                          f"{x.get('phi', 0):+.3f}"],
            AggregationMethod.VIKOR: [f"{x.get('S', 0):.3f}", f"{x.get('R', 0):.3f}", f"{x.get('Q', 0):.3f}",
                                      "✓" if ev.option_ids[i] in ev.compromise_option_ids else ""],
        }[ev.aggregation]
        rows.append([str(int(ev.ranks[i])), ev.option_names[i], *cells])
    return rows


@pytest.mark.parametrize("method", [m for m in AggregationMethod if m is not AggregationMethod.WSM])
def test_switching_method_shows_the_methods_own_columns_and_numbers(qtbot, panel, controller, method):
    decision = controller.decision
    expected = evaluate(decision, method=method)  # computed here, before the panel changes anything
    assert panel.headers() == HEADERS[AggregationMethod.WSM]
    _choose(qtbot, controller, panel.method_combo, method)
    assert controller.decision.method.aggregation is method
    assert panel.headers() == HEADERS[method]
    assert panel.table_rows() == _expected_rows(expected)
    assert panel.ranking()[0][1] == expected.option_names[int(expected.order[0])]
    # non-additive: the method's own score chart replaces the contribution chart
    assert panel.chart_stack.currentWidget() is panel.method_chart_view
    chart = panel.method_chart
    shown = [chart.ranked_set.at(k) + chart.compromise_set.at(k) for k in range(chart.ranked_set.count())]
    best_first = [float(method_values(expected)[int(i)]) for i in expected.order]
    assert shown[::-1] == pytest.approx(best_first)
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert panel.headers() == HEADERS[AggregationMethod.WSM]
    assert panel.chart_stack.currentWidget() is panel.chart_view
    assert panel.method_combo.currentData() == AggregationMethod.WSM


def test_normalisation_combo_follows_the_method(qtbot, panel, controller):
    combo = panel.normalization_combo
    assert combo.isEnabled() and combo.count() == 6
    _choose(qtbot, controller, panel.method_combo, AggregationMethod.TOPSIS)
    assert [combo.itemData(i) for i in range(combo.count())] == ["vector", "min_max"]
    assert combo.currentData() == "vector" and combo.isEnabled()
    _choose(qtbot, controller, combo, "min_max")
    assert controller.decision.method.topsis.normalization == "min_max"
    expected = evaluate(controller.decision, method=AggregationMethod.TOPSIS)
    assert expected.parameters.get("normalization") == "min_max"
    assert panel.table_rows() == _expected_rows(expected)
    for method in (AggregationMethod.PROMETHEE, AggregationMethod.VIKOR):
        _choose(qtbot, controller, panel.method_combo, method)
        assert not combo.isEnabled()
    assert controller.undo_stack.count() == 4


def test_vikor_marks_the_compromise(qtbot, panel, controller):
    _choose(qtbot, controller, panel.method_combo, AggregationMethod.VIKOR)
    ev = controller.evaluation
    assert ev.compromise_option_ids  # VIKOR always proposes at least one option
    marked = [row[1] for row in panel.table_rows() if row[-1] == "✓"]
    assert set(marked) == {ev.option_names[ev.option_index(i)] for i in ev.compromise_option_ids}


# ---------------------------------------------------------------- the dialog
@pytest.fixture
def dialog(qtbot, panel):
    dlg = panel.open_method_settings()
    assert isinstance(dlg, MethodSettingsDialog)
    assert dlg.isVisible()  # opened window-modal with open(), not a blocking exec()
    return dlg


def test_suggested_thresholds_come_from_the_score_spread(dialog):
    assert suggested_thresholds(8.0) == {"q": 0.8, "p": 4.0, "s": 2.4}
    for key, value in {"q": 0.8, "p": 4.0, "s": 2.4}.items():
        spin = dialog.threshold_spin("cost", key)
        assert spin.value() == pytest.approx(value)
        assert spin.suffix() == " $bn"
        assert not spin.isEnabled()  # type I uses no threshold
    assert dialog.threshold_spin("harm", "p").value() == pytest.approx(35.0)
    assert dialog.threshold_spin("harm", "q").suffix() == " pts"
    assert dialog.promethee_table.item(2, 1).text() == "2 – 10 $bn"  # cost is the third leaf


def test_threshold_boxes_enabled_per_function(dialog):
    combo = dialog.function_combo("effect")
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert "Type V – V-shape with indifference (q and p)" in labels
    expected = {PreferenceFunction.USUAL: set(), PreferenceFunction.U_SHAPE: {"q"},
                PreferenceFunction.V_SHAPE: {"p"}, PreferenceFunction.LEVEL: {"q", "p"},
                PreferenceFunction.V_SHAPE_INDIFFERENCE: {"q", "p"}, PreferenceFunction.GAUSSIAN: {"s"}}
    for fn, enabled in expected.items():
        combo.setCurrentIndex(combo.findData(fn))
        assert {k for k in "qps" if dialog.threshold_spin("effect", k).isEnabled()} == enabled


def test_q_not_below_p_shows_an_inline_error_and_disables_ok(qtbot, dialog, controller):
    combo = dialog.function_combo("cost")
    combo.setCurrentIndex(combo.findData(PreferenceFunction.V_SHAPE_INDIFFERENCE))
    assert dialog.ok_button.isEnabled()  # the suggestions q 0.8 < p 4 are valid
    dialog.threshold_spin("cost", "q").setValue(5.0)
    dialog.threshold_spin("cost", "p").setValue(3.0)
    assert not dialog.ok_button.isEnabled()
    assert dialog.problems_label.isVisible()
    assert "Cost" in dialog.problems_label.text() and "q (5)" in dialog.problems_label.text()
    assert dialog.method_settings() is None
    dialog.threshold_spin("cost", "q").setValue(3.0)  # q == p is still wrong
    assert not dialog.ok_button.isEnabled()
    dialog.accept()  # refused while invalid: nothing submitted
    assert controller.undo_stack.count() == 0 and dialog.isVisible()


def test_gaussian_spread_must_be_positive(dialog):
    combo = dialog.function_combo("effect")
    combo.setCurrentIndex(combo.findData(PreferenceFunction.GAUSSIAN))
    dialog.threshold_spin("effect", "s").setValue(0.0)
    assert not dialog.ok_button.isEnabled()
    assert "Effect" in dialog.problems_label.text()


def test_valid_settings_are_one_undo_step_and_undo_restores(qtbot, dialog, panel, controller):
    before = controller.decision.method
    dialog.method_combo.setCurrentIndex(dialog.method_combo.findData(AggregationMethod.PROMETHEE))
    assert dialog.tabs.currentIndex() == 2  # the PROMETHEE page comes forward
    combo = dialog.function_combo("cost")
    combo.setCurrentIndex(combo.findData(PreferenceFunction.V_SHAPE_INDIFFERENCE))
    dialog.threshold_spin("cost", "q").setValue(1.0)
    dialog.threshold_spin("cost", "p").setValue(6.0)
    dialog.v_slider.setValue(80)
    assert dialog.v_spin.value() == pytest.approx(0.8)
    dialog.topsis_combo.setCurrentIndex(dialog.topsis_combo.findData("min_max"))
    with qtbot.waitSignal(controller.changed, timeout=2000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    method = controller.decision.method
    assert method.aggregation is AggregationMethod.PROMETHEE
    assert method.promethee.preferences == {
        "cost": CriterionPreference(function=PreferenceFunction.V_SHAPE_INDIFFERENCE, q=1.0, p=6.0)}
    assert method.vikor.v == pytest.approx(0.8)
    assert method.topsis.normalization == "min_max"
    assert controller.undo_stack.count() == 1
    assert panel.table_rows() == _expected_rows(evaluate(controller.decision))
    controller.undo_stack.undo()
    assert controller.decision.method == before
    assert panel.headers() == HEADERS[AggregationMethod.WSM]


def test_unchanged_settings_submit_nothing(qtbot, dialog, controller):
    dialog.accept()
    assert controller.undo_stack.count() == 0


def test_stored_preferences_are_shown(qtbot, controller, panel):
    pref = CriterionPreference(function=PreferenceFunction.LEVEL, q=1.5, p=3.5)
    method = controller.decision.method
    assert controller.submit(SetMethod(method.model_copy(update={
        "promethee": method.promethee.model_copy(update={"preferences": {"effect": pref}})}))) is None
    dlg = panel.open_method_settings()
    assert dlg.function_of("effect") is PreferenceFunction.LEVEL
    assert (dlg.threshold_spin("effect", "q").value(), dlg.threshold_spin("effect", "p").value()) == (1.5, 3.5)
    assert dlg.method_settings() == controller.decision.method  # round trip: nothing lost


def test_widgets_are_named_for_assistive_technology(panel, dialog):
    for w in (panel.method_combo, panel.normalization_combo, panel.settings_button, panel.red_lines_button,
              dialog.method_combo, dialog.v_slider, dialog.v_spin, dialog.topsis_combo,
              dialog.function_combo("cost"), dialog.threshold_spin("cost", "q")):
        assert w.objectName() and w.accessibleName()


def test_tab_walks_the_promethee_row(qtbot, dialog):
    dialog.tabs.setCurrentIndex(2)
    combo = dialog.function_combo("effect")
    combo.setCurrentIndex(combo.findData(PreferenceFunction.LEVEL))
    dialog.activateWindow()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    assert dialog.threshold_spin("effect", "q").hasFocus()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.threshold_spin("effect", "p").hasFocus()


# ---------------------------------------------------------------- untouched numbers stay as stored
def _store_method(controller, **update) -> None:
    """Give the decision these method settings (as an import would), with an empty undo stack."""
    assert controller.submit(SetMethod(controller.decision.method.model_copy(update=update))) is None
    controller.undo_stack.clear()


def _type_into(qtbot, spin, text: str) -> None:
    """Replace a spin box's number by typing ``text``, as the analyst would."""
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    spin.interpretText()


def test_choosing_another_method_keeps_untouched_thresholds_and_v_exactly(qtbot, controller, panel):
    # more decimals than the boxes of the cost row used to show (two: its scores spread over 8 $bn);
    # the U-shape row also holds a p its function does not use, which must survive too
    prefs = {"cost": CriterionPreference(function=PreferenceFunction.V_SHAPE_INDIFFERENCE, q=0.125, p=2.345),
             "effect": CriterionPreference(function=PreferenceFunction.U_SHAPE, q=1 / 3, p=5.0)}
    _store_method(controller, promethee=PrometheeSettings(preferences=prefs), vikor=VikorSettings(v=0.333))
    before = controller.decision.method
    dlg = panel.open_method_settings()
    assert dlg.threshold_spin("cost", "q").text() == "0.125 $bn"  # shown as stored, not as 0.13
    assert dlg.threshold_spin("cost", "p").text() == "2.345 $bn"
    assert dlg.v_spin.text() == "0.333"
    dlg.method_combo.setCurrentIndex(dlg.method_combo.findData(AggregationMethod.TOPSIS))  # the only change
    dlg.accept()
    method = controller.decision.method
    assert method.aggregation is AggregationMethod.TOPSIS
    assert method.promethee.preferences == prefs
    assert method.vikor.v == 0.333
    assert method == before.model_copy(update={"aggregation": AggregationMethod.TOPSIS})
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert controller.decision.method == before


@pytest.mark.parametrize("spread", [0.004, 1e-7])
def test_a_tiny_stored_gaussian_spread_is_valid_and_kept(qtbot, controller, panel, spread):
    prefs = {"effect": CriterionPreference(function=PreferenceFunction.GAUSSIAN, s=spread)}
    _store_method(controller, promethee=PrometheeSettings(preferences=prefs))
    dlg = panel.open_method_settings()
    assert dlg.problems_label.text() == "" and dlg.ok_button.isEnabled()  # checked as stored, not as shown
    assert dlg.method_settings() == controller.decision.method
    dlg.accept()  # nothing changed: nothing submitted
    assert controller.undo_stack.count() == 0 and not dlg.isVisible()
    dlg = panel.open_method_settings()
    dlg.method_combo.setCurrentIndex(dlg.method_combo.findData(AggregationMethod.PROMETHEE))
    dlg.accept()
    assert controller.decision.method.aggregation is AggregationMethod.PROMETHEE
    assert controller.decision.method.promethee.preferences == prefs


def test_edited_thresholds_and_v_are_taken_as_typed(qtbot, controller, panel):
    prefs = {"cost": CriterionPreference(function=PreferenceFunction.V_SHAPE_INDIFFERENCE, q=0.125, p=2.345)}
    _store_method(controller, promethee=PrometheeSettings(preferences=prefs))
    dlg = panel.open_method_settings()
    _type_into(qtbot, dlg.threshold_spin("cost", "q"), "0.1234")
    _type_into(qtbot, dlg.v_spin, "0.337")
    assert dlg.v_slider.value() == 34  # the slider follows, without rounding the box to 0.34
    assert dlg.v_spin.value() == pytest.approx(0.337)
    dlg.accept()
    method = controller.decision.method
    assert method.promethee.preferences == {
        "cost": CriterionPreference(function=PreferenceFunction.V_SHAPE_INDIFFERENCE, q=0.1234, p=2.345)}
    assert method.vikor.v == pytest.approx(0.337, abs=1e-12)
