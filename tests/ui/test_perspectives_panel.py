"""The Perspectives tab: weight sets, scenario editor, rank table, snapshots and undo."""

from __future__ import annotations

from pathlib import Path

import pytest

from counterweight.domain import Score
from counterweight.services.edits import SetScore, SetWeight

from tests.ui.conftest import shown


@pytest.fixture
def panel(qtbot, controller):
    from counterweight.ui.widgets.perspectives_panel import PerspectivesPanel

    return shown(qtbot, PerspectivesPanel(controller), 900, 700)  # a hidden tab waits until shown


def test_save_weights_rename_delete_and_undo(panel, controller) -> None:
    controller.submit(SetWeight("risks", 0))
    assert panel.save_current_weights("Benefits view") is None
    assert [ws.name for ws in controller.decision.weight_sets] == ["Benefits view"]
    assert controller.decision.weight_sets[0].weights["risks"] == 0
    controller.submit(SetWeight("risks", 1))
    # Base (risks 1): Alpha first; Benefits view (risks 0): Bravo first (80 vs 60 vs 37.5 points).
    assert panel.rank_table.columnCount() == 2 and panel.rank_table.rowCount() == 3  # pairs x options
    assert panel.rank_table.horizontalHeaderItem(1).text().startswith("Benefits view")
    assert panel.rank_table.verticalHeaderItem(1).text() == "Bravo"
    assert panel.rank_table.item(1, 1).text() == "1 (0.0)"
    assert panel.rank_table.item(0, 1).text() == "3 (42.5)"
    assert "Robust choice:" in panel.robust_label.text()
    panel.weight_set_list.setCurrentRow(0)
    assert panel.rename_weight_set("Treasury") is None
    assert panel.weight_set_list.item(0).text() == "Treasury"
    assert panel.delete_weight_set() is None
    assert panel.weight_set_list.count() == 0
    controller.undo_stack.undo()
    assert panel.weight_set_list.count() == 1


def test_scenario_editor_overrides_a_cell(panel, controller, qtbot) -> None:
    assert panel.new_scenario("Harm spike") is None
    assert panel.scenario_list.currentItem().text() == "Harm spike"
    d = controller.decision
    row = [o.id for o in d.options].index("b")
    col = [c.id for c in d.leaves].index("harm")
    panel.scenario_table.item(row, col).setText("Severe")
    [override] = controller.decision.scenarios[0].overrides
    assert (override.option_id, override.criterion_id, override.level) == ("b", "harm", "Severe")
    assert panel.rank_table.columnCount() == 2
    # A number that does not fit the scale is refused and the cell is put back.
    col_e = [c.id for c in d.leaves].index("effect")
    with qtbot.waitSignal(controller.errorRaised):
        panel.scenario_table.item(row, col_e).setText("42")
    assert len(controller.decision.scenarios[0].overrides) == 1
    assert panel.scenario_table.item(row, col_e).text() == ""
    controller.undo_stack.undo()
    assert controller.decision.scenarios[0].overrides == []


def test_snapshot_and_compare_with_now(panel, controller) -> None:
    assert panel.take_snapshot_button.shortcut().toString() == "Ctrl+Shift+T"
    assert panel.take_snapshot("Baseline") is None
    controller.submit(SetScore("c", "effect", Score(option_id="c", criterion_id="effect", value=10)))
    panel.snapshot_list.setCurrentRow(0)
    text = panel.compare_selected()
    assert "Score of Charlie on Benefits \u203a Effect changed from 6 to 10" in text
    assert "MOVED THE RANKING" in text
    assert panel.diff_view.toPlainText() == text


def test_tab_is_registered(qtbot, controller) -> None:
    from counterweight.ui.widgets.analysis_tabs import PERSPECTIVES, AnalysisTabs
    from counterweight.ui.widgets.perspectives_panel import PerspectivesPanel

    tabs = AnalysisTabs(controller)
    qtbot.addWidget(tabs)
    assert tabs.tabText(PERSPECTIVES) == "Perspectives"
    assert isinstance(tabs.perspectives_panel, PerspectivesPanel)


def test_rank_table_follows_the_analyst_view(qtbot, tmp_path):  # issue 4: analysts
    from counterweight.domain.analysts import Analyst
    from counterweight.services.analyst_edits import AddAnalyst, SetAnalystScore
    from counterweight.services.group import analyst_view
    from counterweight.services.perspective_analysis import robust_choice
    from counterweight.services.session import ProjectSession
    from counterweight.ui.session_controller import SessionController
    from counterweight.ui.widgets.perspectives_panel import PerspectivesPanel
    from tests.factories import small_decision

    session = ProjectSession.create(tmp_path / "p.counterweight", small_decision())
    ctl = SessionController(session)
    panel = shown(qtbot, PerspectivesPanel(ctl), 900, 700)
    ctl.submit(AddAnalyst(Analyst(id="ann", name="Ann")))
    s = ctl.decision.score("a", "effect")
    ctl.submit(SetAnalystScore("ann", "a", "effect", s.model_copy(update={"value": 10, "low": None, "high": None})))

    def first_column() -> list[str]:  # the current weights x base scores, one row per option
        return [panel.rank_table.item(r, 0).text() for r in range(panel.rank_table.rowCount())]

    shared = first_column()
    ctl.set_view("ann")
    mine = robust_choice(analyst_view(ctl.decision, "ann"))
    p = mine.pairs[0]
    assert first_column() == [f"{p.ranks[o]} ({p.regrets[o]:.1f})" for o in mine.option_ids]
    assert first_column() != shared and panel.view_caption.text() == "Analyst view: Ann"
    session.close()


def _count_robust_choice(monkeypatch) -> list[int]:
    from counterweight.ui.widgets import perspectives_panel

    calls = [0]
    real = perspectives_panel.robust_choice

    def counting(decision):
        calls[0] += 1
        return real(decision)

    monkeypatch.setattr(perspectives_panel, "robust_choice", counting)
    return calls


def test_a_hidden_tab_waits_until_shown(qtbot, controller, monkeypatch) -> None:
    from counterweight.ui.widgets.perspectives_panel import PerspectivesPanel

    calls = _count_robust_choice(monkeypatch)
    panel = PerspectivesPanel(controller)
    qtbot.addWidget(panel)
    for points in (4, 5, 6):  # a slider drag while another tab is shown
        controller.submit(SetWeight("effect", points))
    assert calls[0] == 0 and panel.is_stale()
    panel.resize(900, 700)
    panel.show()
    qtbot.waitExposed(panel)
    assert calls[0] == 1 and not panel.is_stale()
    assert panel.rank_table.rowCount() == 3 and panel.scenario_list.count() == 0


def test_a_weight_change_recomputes_the_ranks_only(panel, controller, monkeypatch) -> None:
    assert panel.new_scenario("Harm spike") is None
    calls = _count_robust_choice(monkeypatch)
    cell = panel.scenario_table.item(0, 0)
    controller.submit(SetWeight("effect", 5))
    assert calls[0] == 1
    assert panel.scenario_table.item(0, 0) is cell  # the editor was not rebuilt
    controller.submit(SetScore("c", "effect", Score(option_id="c", criterion_id="effect", value=10)))
    assert calls[0] == 2 and panel.scenario_table.item(0, 0) is not cell


def test_a_large_decision_recomputes_once_after_a_drag(qtbot, tmp_path, monkeypatch) -> None:
    import sys

    from counterweight.services.session import ProjectSession
    from counterweight.ui.session_controller import SessionController
    from counterweight.ui.widgets.perspectives_panel import PerspectivesPanel
    from counterweight.ui.widgets.shown_work import IMMEDIATE_CELLS

    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    from synthetic import generate_decision

    decision = generate_decision(60, 40, seed=3)
    assert len(decision.options) * len(decision.criteria) > IMMEDIATE_CELLS
    ctl = SessionController(ProjectSession.create(tmp_path / "big.counterweight", decision))
    try:
        panel = shown(qtbot, PerspectivesPanel(ctl), 900, 700)
        calls = _count_robust_choice(monkeypatch)
        leaf = ctl.decision.leaves[0].id
        for points in (2, 3, 4, 5):
            ctl.submit(SetWeight(leaf, points))
        assert calls[0] == 0 and panel.is_stale()
        qtbot.waitUntil(lambda: not panel.is_stale(), timeout=3000)
        assert calls[0] == 1
    finally:
        ctl.close_session()


def test_tab_leaves_the_rank_table_and_the_scenario_editor(panel, qtbot) -> None:
    """Tab and Shift+Tab move on from both tables (arrows move between cells), so the comparison is reached."""
    from PySide6.QtCore import Qt

    assert panel.new_scenario("Harm spike") is None
    panel.activateWindow()
    for table in (panel.scenario_table, panel.rank_table):
        for key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            table.setFocus()
            qtbot.waitUntil(table.hasFocus)
            qtbot.keyClick(table, key)
            assert not table.hasFocus(), (table.objectName(), key)
    panel.scenario_table.setFocus()
    panel.scenario_table.setCurrentCell(0, 0)
    qtbot.keyClick(panel.scenario_table, Qt.Key.Key_Right)
    assert (panel.scenario_table.currentRow(), panel.scenario_table.currentColumn()) == (0, 1)
    panel.rank_table.setFocus()
    qtbot.keyClick(panel.rank_table, Qt.Key.Key_Tab)
    assert panel.diff_view.hasFocus()  # the snapshot comparison is reachable from the keyboard
