"""The Perspectives tab in an analyst's view: the rank table, saved weights and the scenario editor's base scores."""

from __future__ import annotations

import pytest

from tests.ui.conftest import shown


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


@pytest.fixture
def two_views(qtbot, tmp_path):
    """A panel on a project where Ben's view has its own scores and weights (issue 4: analysts)."""
    from counterweight.services.session import ProjectSession
    from counterweight.ui.session_controller import SessionController
    from counterweight.ui.widgets.perspectives_panel import PerspectivesPanel
    from tests.factories import two_analysts

    ctl = SessionController(ProjectSession.create(tmp_path / "two.counterweight", two_analysts()))
    panel = shown(qtbot, PerspectivesPanel(ctl), 900, 700)
    yield panel, ctl
    ctl.undo_stack.clear()
    ctl.close_session()


def test_saving_weights_in_an_analyst_view_keeps_the_analysts_weights(two_views) -> None:
    from counterweight.services.group import analyst_view

    panel, ctl = two_views
    assert ctl.set_view("ben") is None
    bens = {c.id: c.weight for c in analyst_view(ctl.decision, "ben").criteria}
    assert bens["risks"] != ctl.decision.criterion("risks").weight  # Ben weighs risks differently
    assert panel.save_current_weights("Ben's weights") is None
    [saved] = ctl.decision.weight_sets
    assert saved.weights == bens
    # Ben's saved weights over the base scores rank exactly as Ben's current weights do
    t = panel.rank_table
    assert t.horizontalHeaderItem(1).text().startswith("Ben's weights")
    assert [t.item(r, 1).text() for r in range(t.rowCount())] == [t.item(r, 0).text() for r in range(t.rowCount())]


def test_saving_weights_in_the_shared_view_keeps_the_shared_weights(two_views) -> None:
    panel, ctl = two_views
    assert panel.save_current_weights("Shared") is None
    assert ctl.decision.weight_sets[0].weights == {c.id: c.weight for c in ctl.decision.criteria}


def test_scenario_editor_tooltips_give_the_base_scores_of_the_view_shown(two_views, qtbot) -> None:
    from PySide6.QtCore import Qt

    panel, ctl = two_views
    assert panel.new_scenario("Harm spike") is None
    model = panel.scenario_table.model()
    d = ctl.decision
    cell = model.index([o.id for o in d.options].index("b"), [c.id for c in d.leaves].index("harm"))
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole) == "Base score: High"  # the shared score
    assert ctl.set_view("ben") is None
    qtbot.waitUntil(lambda: not panel.is_stale())
    assert model.data(cell, Qt.ItemDataRole.ToolTipRole) == "Base score: Low"  # Ben's score
    header = model.headerData(cell.column(), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert header == d.criterion("harm").name
