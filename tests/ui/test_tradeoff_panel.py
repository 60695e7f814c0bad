"""The Trade-offs tab: the value map in the window, its axes as an undoable edit, keys, help, palette."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from counterweight.domain.methods import AggregationMethod, MapAxes
from counterweight.engine.tradeoff import tradeoff_map
from counterweight.services.edits import SetMethod, SetWeight
from tests.ui.conftest import controller_on

pytestmark = pytest.mark.qt


@pytest.fixture
def example_controller(tmp_path: Path):
    from counterweight.locations import example_decision_path
    from counterweight.services import exchange

    yield from controller_on(tmp_path / "ex.counterweight", exchange.read_file(example_decision_path()))


@pytest.fixture
def panel(qtbot, example_controller):
    from counterweight.ui.widgets.tradeoff_panel import TradeoffPanel

    widget = TradeoffPanel(example_controller)
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_example_map_risks_against_benefits(panel, example_controller) -> None:
    ev = example_controller.evaluation
    assert panel.x_combo.currentText().strip() == "Risks" and panel.y_combo.currentText().strip() == "Benefits"
    names = [panel.x_combo.itemText(i) for i in range(panel.x_combo.count())]
    assert len(names) == len(example_controller.decision.criteria)  # every node of the tree
    assert "\u2003Civilian risk" in names  # a sub-criterion indented by its depth
    expected = tradeoff_map(ev)
    assert panel.chart.efficient.count() == len(expected.efficient_ids()) == 4
    assert panel.chart.dominated.count() == 1 and panel.chart.frontier.count() == 4
    assert panel.chart.x_axis.titleText() == "Risks (0-100 value)"
    assert panel.table.rowCount() == len(ev.option_ids)
    assert panel.table.item(0, 1).text() == ev.option_names[int(ev.order[0])]  # rank order, numbered 1..
    text = panel.reading.text()
    assert text.startswith("Efficient: ") and "Strike troops in staging areas is dominated by Full deterrence" in text
    assert "the top option, Full deterrence package, gives up 11.0 on Risks for 33.5 more on Benefits" in text


def test_choosing_an_axis_is_one_undoable_display_edit(qtbot, panel, example_controller) -> None:
    ctl = example_controller
    costs = next(c.id for c in ctl.decision.criteria if c.name == "Costs")
    panel.x_combo.setCurrentIndex(panel.x_combo.findData(costs))
    panel.x_combo.activated.emit(panel.x_combo.currentIndex())  # as a user's choice does
    assert ctl.decision.method.map_axes.x == costs and ctl.undo_stack.count() == 1
    assert ctl.undo_stack.undoText() == "Change map axes"
    qtbot.waitUntil(lambda: panel.chart.x_axis.titleText() == "Costs (0-100 value)")
    ctl.undo_stack.undo()
    assert ctl.decision.method.map_axes == MapAxes()
    qtbot.waitUntil(lambda: panel.x_combo.currentText().strip() == "Risks")


def test_changing_the_axes_does_not_put_the_uncertainty_results_out_of_date(qtbot, example_controller) -> None:
    from counterweight.ui.widgets.uncertainty_panel import UncertaintyPanel

    unc = UncertaintyPanel(example_controller)
    qtbot.addWidget(unc)
    unc._set_out_of_date(False)
    unc.result = object()  # as after a run
    ctl = example_controller
    ctl.submit(SetMethod(ctl.decision.method.model_copy(update={"map_axes": MapAxes(x="gone")}), "Change map axes"))
    assert not unc._out_of_date
    ctl.submit(SetWeight(ctl.decision.criteria[0].id, 50.0))  # a real change still does
    assert unc._out_of_date
    unc.result = None


def test_the_map_follows_a_weight_change(qtbot, panel, example_controller) -> None:
    ctl = example_controller
    first = panel.table.item(0, 2).text()
    leaf = next(c for c in ctl.decision.criteria if c.name == "Civilian risk")
    ctl.submit(SetWeight(leaf.id, 5.0))  # Civilian risk counts for less inside Risks
    qtbot.waitUntil(lambda: panel.table.item(0, 2).text() != first)
    assert panel.table.item(0, 2).text() == f"{tradeoff_map(ctl.evaluation).points[0].x:.1f}"


def test_a_method_that_does_not_add_up_says_why(qtbot, panel, example_controller) -> None:
    ctl = example_controller
    ctl.submit(SetMethod(ctl.decision.method.model_copy(update={"aggregation": AggregationMethod.TOPSIS})))
    qtbot.waitUntil(lambda: panel.message.isVisible())
    assert "weighted sum" in panel.message.text() and not panel.chart_view.isVisible()


def test_ctrl_7_opens_the_tab_with_help_and_a_saveable_chart(qtbot, window) -> None:
    from counterweight.ui.help_actions import topic_for
    from counterweight.ui.widgets.analysis_tabs import TRADEOFFS

    tabs = window.analysis_tabs
    assert tabs.count() == 7 and tabs.tabText(TRADEOFFS) == "Trade-offs"
    assert "Ctrl+7" in tabs.accessibleDescription() and "Ctrl+7" in tabs.tabToolTip(TRADEOFFS)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: tabs.currentIndex() == TRADEOFFS)
    panel = tabs.tradeoff_panel
    qtbot.waitUntil(lambda: QApplication.focusWidget() is panel.x_combo)
    assert topic_for(panel.x_combo) == "trade-offs-tab"
    from counterweight.ui.dialogs.help_dialog import HelpDialog

    guide = HelpDialog()
    qtbot.addWidget(guide)
    assert "trade-offs-tab" in guide.browser.sections()  # F1 lands on a real section of the guide
    for w in (panel.x_combo, panel.y_combo, panel.chart_view, panel.table):
        assert w.accessibleName(), w.objectName()
    assert panel.reading.accessibleDescription()  # QA pass 30: read by what it shows, so no name of its own
    window.brief_actions.charts.install_chart_menus()  # right-click: save as PNG or SVG, like every chart
    assert {a.objectName() for a in panel.chart_view.actions()} >= {"saveChartPNGAction", "saveChartSVGAction"}


def test_the_map_follows_a_dark_palette(panel) -> None:
    from counterweight.charts.style import apply_colours

    light = panel.chart.efficient.color().name()
    apply_colours(panel.chart, True)
    assert panel.chart.efficient.color().name() != light
    apply_colours(panel.chart, False)
    assert panel.chart.efficient.color().name() == light


def test_changing_the_axes_leaves_the_perspectives_and_disagreement_as_they_are(qtbot, example_controller) -> None:
    """Neither tab works anything out again for the map's axes; a weight change still makes both catch up."""
    from counterweight.ui.widgets.disagreement_panel import DisagreementPanel
    from counterweight.ui.widgets.perspectives_panel import PerspectivesPanel

    ctl = example_controller
    persp, dis = PerspectivesPanel(ctl), DisagreementPanel(ctl)
    qtbot.addWidget(persp)
    qtbot.addWidget(dis)
    persp._stale_lists = persp._stale_ranks = False  # as after a catch-up
    dis._dirty = False
    ctl.submit(SetMethod(ctl.decision.method.model_copy(update={"map_axes": MapAxes(x="gone")}), "Change map axes"))
    assert not persp.is_stale() and not dis._dirty
    ctl.submit(SetWeight(ctl.decision.criteria[0].id, 50.0))
    assert persp.is_stale() and dis._dirty


def test_the_window_legend_uses_one_word_names_and_print_the_full_ones(panel) -> None:
    """At 1,366 x 768 the pane is about 330 px wide: "Efficient frontier" and the rest were cut to "Efficient fro…"."""
    from counterweight.charts.tradeoff_chart import TradeoffChart

    shown = [s.name() for s in (panel.chart.frontier, panel.chart.dominated, panel.chart.efficient)]
    assert shown == ["Frontier", "Dominated", "Efficient"]
    printed = TradeoffChart(for_print=True)
    assert [s.name() for s in (printed.frontier, printed.dominated, printed.efficient)] == [
        "Efficient frontier", "Dominated option", "Efficient option"]


def test_a_large_project_makes_its_map_off_the_gui_thread(qtbot, tmp_path, monkeypatch) -> None:
    """Session 25: 1,000 options took 0.1-0.3 s of the GUI thread's time after every edit on this tab."""
    import sys
    import threading

    from counterweight.ui.widgets import tradeoff_panel
    from counterweight.ui.widgets.shown_work import IMMEDIATE_CELLS

    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    from synthetic import generate_decision

    decision = generate_decision(60, 40, seed=3)
    assert len(decision.options) * len(decision.criteria) > IMMEDIATE_CELLS
    threads: list[bool] = []

    def recorded(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return tradeoff_map(*args, **kwargs)

    monkeypatch.setattr(tradeoff_panel, "tradeoff_map", recorded)
    for ctl in controller_on(tmp_path / "big.counterweight", decision):
        widget = tradeoff_panel.TradeoffPanel(ctl)
        qtbot.addWidget(widget)
        widget.resize(700, 900)
        widget.show()
        qtbot.waitUntil(lambda: widget.tmap is not None, timeout=30_000)
        assert threads and not any(threads)  # made on a worker thread
        assert widget.table.rowCount() == len(widget.tmap.points)
        ctl.submit(SetWeight(decision.criteria[0].id, decision.criteria[0].weight + 1))
        axes = ctl.decision.method.map_axes
        after = tradeoff_map(ctl.view_evaluation, axes.x, axes.y)
        assert after != widget.tmap
        qtbot.waitUntil(lambda: widget.tmap == after, timeout=30_000)  # the map after the edit, once made
        assert len(threads) > 1 and not any(threads)  # the panel's own calls (the test's is not recorded)


def test_a_refresh_sets_a_wrapped_axis_title_once_not_whole_then_wrapped(qtbot, panel, example_controller) -> None:
    """Each axis title set lays the chart out again: a refresh set the whole title, then its wrapped lines."""
    from counterweight.services.edits import UpdateCriterion

    ctl = example_controller
    risks = next(c for c in ctl.decision.criteria if c.name == "Risks")
    long_name = "Risks to civilians, to our own forces and to the wider region over the next decade"
    assert not ctl.submit(UpdateCriterion(risks.model_copy(update={"name": long_name})))
    panel.resize(500, 700)
    qtbot.waitUntil(lambda: "<br>" in panel.chart.x_axis.titleText())  # too long for the plot's width: wrapped
    shown = panel.chart.x_axis.titleText()
    sets: list[str] = []
    for axis in (panel.chart.x_axis, panel.chart.y_axis):
        real = axis.setTitleText
        axis.setTitleText = lambda text, real=real: (sets.append(text), real(text))
    panel.refresh()
    QApplication.processEvents()
    assert sets == [] and panel.chart.x_axis.titleText() == shown  # unchanged titles are left as they are
