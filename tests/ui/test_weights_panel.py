"""Weights panel: slider drags, one undo step per drag, equal weights, sync on undo.

Hand computation on tests.factories.small_decision (value functions). Values per
option (harm, effect, cost): Alpha (1.0, 0.2, 0.9), Bravo (0.3, 0.9, 0.5),
Charlie (0.6, 0.6, 0.6).

Start: risks 1 : benefits 1, effect 3 : cost 1 -> global harm 0.5, effect 0.375,
cost 0.125; totals Alpha 0.6875, Charlie 0.6, Bravo 0.55.

Benefits dragged to 3 points: risks 1/4, benefits 3/4 -> harm 0.25, effect 0.5625,
cost 0.1875; totals Alpha 0.25 + 0.1125 + 0.16875 = 0.53125,
Bravo 0.075 + 0.50625 + 0.09375 = 0.675, Charlie 0.15 + 0.3375 + 0.1125 = 0.6.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from counterweight.domain import Criterion, Decision, NumericScale, Option, Score
from counterweight.services.edits import SetWeight
from counterweight.ui.widgets.ranking_panel import RankingPanel
from counterweight.ui.widgets.weights_panel import WeightsPanel
from tests.ui.conftest import controller_on, shown

pytestmark = pytest.mark.qt


@pytest.fixture
def panels(qtbot, controller):
    weights = WeightsPanel(controller)
    ranking = RankingPanel(controller)
    for w in (weights, ranking):
        qtbot.addWidget(w)
        w.resize(480, 420)
        w.show()
    qtbot.waitExposed(weights)
    return weights, ranking


def _drag(slider, values: list[int]) -> None:
    slider.setSliderDown(True)  # what a mouse press on the handle does (emits sliderPressed)
    for v in values:
        slider.setValue(v)
    slider.setSliderDown(False)


def test_tree_mirrors_criteria_with_local_and_global_percent(panels):
    weights, _ = panels
    assert weights.item("risks").childCount() == 1
    assert weights.item("benefits").childCount() == 2
    assert weights.item("effect").text(WeightsPanel.COL_LOCAL) == "75.0 %"
    assert weights.item("effect").text(WeightsPanel.COL_GLOBAL) == "37.5 %"
    assert weights.item("cost").text(WeightsPanel.COL_GLOBAL) == "12.5 %"
    assert weights.editor("effect").slider.value() == 3
    assert weights.editor("effect").spin.value() == 3.0
    assert weights.editor("effect").slider.accessibleName()


def test_slider_drag_updates_ranking_and_chart_as_one_undo_step(qtbot, panels, controller):
    weights, ranking = panels
    chart = ranking.chart
    assert [name for _, name, _ in ranking.ranking()] == ["Alpha", "Charlie", "Bravo"]
    steps: list[object] = []
    controller.changed.connect(steps.append)

    _drag(weights.editor("benefits").slider, [2, 3])

    assert len(steps) == 2  # applied continuously, once per step
    assert controller.decision.criterion("benefits").weight == 3
    assert controller.undo_stack.count() == 1
    ev = controller.evaluation
    assert ev.total_of("a") == pytest.approx(0.53125)
    assert ev.total_of("b") == pytest.approx(0.675)
    assert ev.total_of("c") == pytest.approx(0.6)
    assert ranking.ranking() == [(1, "Bravo", "67.5"), (2, "Charlie", "60.0"), (3, "Alpha", "53.1")]
    # chart: same object, best bar on top, Bravo's Risks segment = 0.25 * 0.3 * 100 = 7.5 points
    assert ranking.chart is chart
    assert chart.category_axis.categories()[-1] == "1. Bravo"
    risks = chart.series_.barSets()[0]
    assert risks.label() == "Risks"
    assert risks.at(2) == pytest.approx(7.5)
    assert weights.item("harm").text(WeightsPanel.COL_GLOBAL) == "25.0 %"
    assert weights.editor("benefits").spin.value() == 3.0

    controller.undo_stack.undo()
    assert controller.decision.criterion("benefits").weight == 1
    assert [name for _, name, _ in ranking.ranking()] == ["Alpha", "Charlie", "Bravo"]
    assert weights.editor("benefits").slider.value() == 1
    assert weights.item("harm").text(WeightsPanel.COL_GLOBAL) == "50.0 %"
    assert controller.undo_stack.count() == 1  # syncing the slider did not push anything
    controller.undo_stack.redo()
    assert ranking.ranking()[0][1] == "Bravo"


def test_second_drag_is_a_second_undo_step(panels, controller):
    weights, _ = panels
    slider = weights.editor("effect").slider
    _drag(slider, [4, 5])
    _drag(slider, [6, 7])
    assert controller.undo_stack.count() == 2
    controller.undo_stack.undo()
    assert controller.decision.criterion("effect").weight == 5
    controller.undo_stack.undo()
    assert controller.decision.criterion("effect").weight == 3


def test_keyboard_steps_on_a_focused_slider_merge(qtbot, panels, controller):
    weights, _ = panels
    slider = weights.editor("cost").slider
    weights.activateWindow()
    slider.setFocus()
    qtbot.waitUntil(slider.hasFocus)
    for _ in range(3):
        qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert controller.decision.criterion("cost").weight == 4
    assert controller.undo_stack.count() == 1
    # Global: effect 3/7 * 0.5, cost 4/7 * 0.5
    assert weights.item("cost").text(WeightsPanel.COL_GLOBAL) == f"{100 * 4 / 7 * 0.5:.1f} %"


def test_spin_box_sets_points_above_slider_range(qtbot, panels, controller):
    weights, _ = panels
    spin = weights.editor("risks").spin
    spin.setValue(150.0)
    assert controller.decision.criterion("risks").weight == 150
    assert weights.editor("risks").slider.value() == 100  # slider pinned at its end
    assert weights.item("risks").text(WeightsPanel.COL_LOCAL) == f"{100 * 150 / 151:.1f} %"


def test_points_are_stored_as_typed_and_shown_without_rewriting(qtbot, panels, controller):
    """QA session 12: the points box kept one decimal, so a typed 0.25 was stored as 0.3."""
    weights, _ = panels
    spin = weights.editor("cost").spin
    weights.activateWindow()
    spin.lineEdit().setFocus()
    qtbot.waitUntil(spin.hasFocus)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "0.25")
    qtbot.keyClick(spin.lineEdit(), Qt.Key.Key_Return)
    assert controller.decision.criterion("cost").weight == 0.25
    assert spin.text() == "0.25"  # trailing zeros dropped
    # effect 3 : cost 0.25 -> cost's local share 0.25 / 3.25
    assert weights.item("cost").text(WeightsPanel.COL_LOCAL) == f"{100 * 0.25 / 3.25:.1f} %"
    # a stored value with more decimals than the box shows is not rewritten by leaving the box untouched
    controller.submit(SetWeight("effect", 1 / 3))
    effect = weights.editor("effect").spin
    assert effect.text() == "0.333333" and effect.kept_value() == 1 / 3
    steps = controller.undo_stack.count()
    effect.lineEdit().setFocus()
    qtbot.waitUntil(effect.hasFocus)
    spin.lineEdit().setFocus()  # in and out of the box: editing finished, nothing typed
    qtbot.waitUntil(spin.hasFocus)
    assert controller.decision.criterion("effect").weight == 1 / 3 and controller.undo_stack.count() == steps
    # the fixed-width box still shows a long value whole
    weights.editor("harm").set_points(1234.125)
    harm = weights.editor("harm").spin
    assert harm.fontMetrics().horizontalAdvance(harm.text()) <= harm.lineEdit().contentsRect().width()


def test_equal_weights_for_selected_group(panels, controller):
    weights, ranking = panels
    weights.tree.setCurrentItem(weights.item("benefits"))
    weights.equal_button.click()
    assert controller.decision.criterion("effect").weight == 2
    assert controller.decision.criterion("cost").weight == 2
    assert controller.undo_stack.count() == 1
    assert weights.item("effect").text(WeightsPanel.COL_GLOBAL) == "25.0 %"
    # Alpha 0.5 + 0.25*0.2 + 0.25*0.9 = 0.775
    assert ranking.ranking()[0] == (1, "Alpha", "77.5")
    controller.undo_stack.undo()
    assert controller.decision.criterion("effect").weight == 3


def test_weight_changed_elsewhere_updates_panel(panels, controller):
    weights, _ = panels
    assert controller.submit(SetWeight("harm", 7)) is None
    assert weights.editor("harm").spin.value() == 7.0
    assert controller.undo_stack.count() == 1


def test_plus_minus_keys_on_the_tree(qtbot, panels, controller):
    weights, _ = panels
    weights.activateWindow()
    weights.tree.setFocus()
    weights.tree.setCurrentItem(weights.item("effect"))
    qtbot.waitUntil(weights.tree.hasFocus)
    qtbot.keyClick(weights.tree, Qt.Key.Key_Plus)
    qtbot.keyClick(weights.tree, Qt.Key.Key_Plus)
    qtbot.keyClick(weights.tree, Qt.Key.Key_Minus)
    assert controller.decision.criterion("effect").weight == 4
    assert controller.undo_stack.count() == 1
    qtbot.keyClick(weights.tree, Qt.Key.Key_F2)
    qtbot.waitUntil(weights.editor("effect").spin.hasFocus)


@pytest.mark.parametrize(("points", "key", "expected"), [
    (250.0, Qt.Key.Key_Minus, 249.0),  # above the slider's 100: stepping the slider gave 99
    (250.0, Qt.Key.Key_Plus, 251.0),  # stepping the slider did nothing
    (3.5, Qt.Key.Key_Plus, 4.5),  # the slider rounded to whole points: 5.0
    (0.4, Qt.Key.Key_Plus, 1.4),
    (0.4, Qt.Key.Key_Minus, 0.0),  # not below zero
])
def test_plus_minus_keys_step_the_points_by_one(qtbot, panels, controller, points, key, expected):
    weights, _ = panels
    assert controller.submit(SetWeight("effect", points)) is None
    weights.activateWindow()
    weights.tree.setFocus()
    weights.tree.setCurrentItem(weights.item("effect"))
    qtbot.waitUntil(weights.tree.hasFocus)
    qtbot.keyClick(weights.tree, key)
    assert controller.decision.criterion("effect").weight == pytest.approx(expected)
    assert weights.editor("effect").spin.value() == pytest.approx(expected)


def _live_edit_commands() -> int:
    import gc

    from counterweight.ui.undo import EditCommand

    gc.collect()
    return sum(1 for o in gc.get_objects() if type(o) is EditCommand)


def test_the_steps_of_many_drags_leave_nothing_behind(panels, controller):
    """Issue 6: each merged drag step used to keep a command object alive for good."""
    weights, _ = panels
    before = _live_edit_commands()
    for drag in range(20):
        _drag(weights.editor("effect").slider, [4 + (drag + k) % 5 for k in range(10)])
    assert controller.undo_stack.count() == 20
    assert _live_edit_commands() - before == 20  # one per undo step, none per merged step
    for _ in range(20):
        controller.undo_stack.undo()
    assert controller.decision.criterion("effect").weight == 3


def test_a_drag_continued_after_saving_is_a_new_undo_step(panels, controller):
    weights, _ = panels
    slider = weights.editor("effect").slider
    slider.setSliderDown(True)
    slider.setValue(5)
    controller.undo_stack.setClean()  # saved mid-drag
    slider.setValue(6)
    slider.setSliderDown(False)
    assert controller.undo_stack.count() == 2
    assert controller.undo_stack.isClean() is False
    controller.undo_stack.undo()
    assert controller.undo_stack.isClean() and controller.decision.criterion("effect").weight == 5


def test_a_step_after_an_undo_does_not_join_the_undone_gesture(panels, controller):
    weights, _ = panels
    _drag(weights.editor("effect").slider, [4, 5])
    _drag(weights.editor("cost").slider, [2])
    controller.undo_stack.undo()  # the cost drag
    from counterweight.ui.widgets.weights_panel import GestureWeight

    same_gesture = GestureWeight("effect", 9, gesture=weights.editor("effect").gesture)
    assert controller.submit(same_gesture) is None
    assert controller.undo_stack.count() == 2 and not controller.undo_stack.canRedo()
    controller.undo_stack.undo()
    assert controller.decision.criterion("effect").weight == 5


# ------------------------------------------------------------ issue 6: sliders for the rows in view first
def _tall_decision() -> Decision:
    crit = []
    for g in range(3):
        crit.append(Criterion(id=f"g{g}", name=f"Group {g}", weight=g + 1))
        crit += [Criterion(id=f"g{g}c{j}", name=f"Criterion {g}.{j}", parent_id=f"g{g}", weight=j + 1,
                           scale=NumericScale(lower=0, upper=10)) for j in range(12)]
    opts = [Option(id="a", name="Alpha"), Option(id="b", name="Bravo")]
    scores = [Score(option_id=o.id, criterion_id=c.id, value=5) for o in opts for c in crit if c.scale]
    return Decision(id="tall", title="Tall", options=opts, criteria=crit, scores=scores)


@pytest.fixture
def tall_controller(qtbot, tmp_path):
    yield from controller_on(tmp_path / "tall.counterweight", _tall_decision())


@pytest.fixture
def tall_panel(qtbot, tall_controller) -> WeightsPanel:
    """A weights panel shown on the 39-criterion decision, too short to show every row."""
    return shown(qtbot, WeightsPanel(tall_controller), 480, 300)


def test_rows_out_of_view_get_their_controls_after_the_first_paint(qtbot, tall_controller, tall_panel) -> None:
    panel = tall_panel
    panel.item("g0").setExpanded(False)  # a collapsed group: its rows are not in view either
    panel.rebuild()  # what opening a project does
    made = set(panel._editors)
    assert "g0" in made and "g1" in made and "g1c0" in made  # in view
    assert "g0c0" not in made and "g2c11" not in made  # collapsed, and below the view
    assert not panel.editors_complete

    qtbot.waitUntil(lambda: panel.editors_complete)
    decision = tall_controller.decision
    for cid in panel._editors:
        assert panel.editor(cid).spin.value() == decision.criterion(cid).weight, cid
    # Tab runs through the controls in tree order, not in the order they were made.
    panel.item("g0").setExpanded(True)
    chain = [w for c, _depth in decision.walk() for w in (panel.editor(c.id).slider, panel.editor(c.id).spin)]
    panel.activateWindow()
    chain[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is chain[0])
    visited: list[QWidget] = []
    for _ in range(len(chain) + 5):
        w = QApplication.focusWidget()
        owner = w if w in chain else w.parentWidget()  # a spin box's line edit stands for it
        if owner not in chain:
            break
        visited.append(owner)
        panel.tree.scrollToItem(panel.item(owner.parentWidget().criterion_id))
        qtbot.keyClick(w, Qt.Key.Key_Tab)
    assert visited == chain


def test_a_control_out_of_view_is_made_at_once_when_asked_for(qtbot, tall_controller, tall_panel) -> None:
    panel = tall_panel
    panel.rebuild()
    assert "g2c11" not in panel._editors
    editor = panel.editor("g2c11")  # e.g. Enter on the row, or a test
    assert editor.spin.value() == 12 and panel.tree.itemWidget(panel.item("g2c11"), 1) is editor
    tall_controller.submit(SetWeight("g2c11", 20))
    assert editor.spin.value() == 20
    qtbot.waitUntil(lambda: panel.editors_complete)
    assert panel.editor("g2c11") is editor  # not made twice


def test_tab_reaches_the_rows_before_the_buttons_under_them(qtbot, tall_controller, tall_panel) -> None:
    """The rows' controls come before Equal weights and Elicit weights…, also those made after the first paint."""
    panel = tall_panel
    panel.rebuild()
    qtbot.waitUntil(lambda: panel.editors_complete)
    decision = tall_controller.decision
    rows = [w for c, _depth in decision.walk() for w in (panel.editor(c.id).slider, panel.editor(c.id).spin)]
    chain: list[QWidget] = [panel.tree]
    w = panel.tree.nextInFocusChain()
    while w is not panel.tree and len(chain) < 400:
        if w in rows or w in (panel.equal_button, panel.elicit_button):
            chain.append(w)
        w = w.nextInFocusChain()
    assert chain == [panel.tree, *rows, panel.equal_button, panel.elicit_button]
    # and with Tab itself: the last spin box hands over to the buttons
    panel.activateWindow()
    panel.tree.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(panel.tree.hasFocus)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is rows[0]
    rows[-1].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (rows[-1], rows[-1].focusProxy()) or
                    rows[-1].isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.equal_button


def test_the_points_controls_are_named_without_the_weighting_marker(qtbot, example_session) -> None:
    """QA 18: a group's row shows how its weights were elicited ("Benefits — AHP, CR 0.01"); a screen
    reader read that marker as part of the points box's name, for the rows made after the first paint."""
    from counterweight.ui.session_controller import SessionController
    from counterweight.ui.widgets.weights_panel import MARKER_ROLE

    controller = SessionController(example_session)
    panel = shown(qtbot, WeightsPanel(controller), 480, 200)  # too short for every row
    qtbot.waitUntil(lambda: panel.editors_complete)
    assert panel.item("benefits").data(0, MARKER_ROLE) and "AHP" in panel.item("benefits").text(0)
    for crit in controller.decision.criteria:
        editor = panel.editor(crit.id)
        assert editor.spin.accessibleName() == f"Points for {crit.name}", crit.id
        assert editor.slider.accessibleName() == f"Weight of {crit.name} in points", crit.id
    controller.undo_stack.clear()
