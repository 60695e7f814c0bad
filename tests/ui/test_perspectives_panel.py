"""The Perspectives tab: weight sets, scenario editor, rank table, snapshots and undo."""

from __future__ import annotations

import pytest

from counterweight.domain import Score
from counterweight.services.edits import SetScore, SetWeight


@pytest.fixture
def panel(qtbot, controller):
    from counterweight.ui.widgets.perspectives_panel import PerspectivesPanel

    w = PerspectivesPanel(controller)
    qtbot.addWidget(w)
    return w


def test_save_weights_rename_delete_and_undo(panel, controller) -> None:
    controller.submit(SetWeight("risks", 0))
    assert panel.save_current_weights("Benefits view") is None
    assert [ws.name for ws in controller.decision.weight_sets] == ["Benefits view"]
    assert controller.decision.weight_sets[0].weights["risks"] == 0
    controller.submit(SetWeight("risks", 1))
    # Base (risks 1): Alpha first; Benefits view (risks 0): Bravo first (80 vs 60 vs 37.5 points).
    assert panel.rank_table.rowCount() == 2
    assert panel.rank_table.verticalHeaderItem(1).text().startswith("Benefits view")
    assert panel.rank_table.item(1, 1).text() == "1 (0.0)"
    assert panel.rank_table.item(1, 0).text() == "3 (42.5)"
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
    assert panel.rank_table.rowCount() == 2
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
    panel = PerspectivesPanel(ctl)
    qtbot.addWidget(panel)
    ctl.submit(AddAnalyst(Analyst(id="ann", name="Ann")))
    s = ctl.decision.score("a", "effect")
    ctl.submit(SetAnalystScore("ann", "a", "effect", s.model_copy(update={"value": 10, "low": None, "high": None})))

    def first_row() -> list[str]:
        return [panel.rank_table.item(0, c).text() for c in range(panel.rank_table.columnCount())]

    shared = first_row()
    ctl.set_view("ann")
    mine = robust_choice(analyst_view(ctl.decision, "ann"))
    p = mine.pairs[0]
    assert first_row() == [f"{p.ranks[o]} ({p.regrets[o]:.1f})" for o in mine.option_ids]
    assert first_row() != shared and panel.view_caption.text() == "Analyst view: Ann"
    session.close()
