"""The score detail, ranking and analysis panels follow the analyst view (issue 4: analysts).

Fixture (tests.ui.test_disagreement_panel.two_analysts): Ann keeps the shared inputs;
Ben rates Bravo's harm Low and Alpha's effect 6 and gives Risks 0.2 points against
Benefits' 1. Hand computation of Ben's view with value functions: Risks 1/6 and
Benefits 5/6 (effect 3/4, cost 1/4 inside). Bravo: harm Low = 1, effect 9/10 = 0.9,
cost 10 on 0..20 lower-better = 0.5, so 1/6 * 1 + 5/6 * (0.75 * 0.9 + 0.25 * 0.5)
= 1/6 + 2/3 = 5/6: Bravo comes first with 83.3, of which Risks adds 16.7 and
Benefits 66.7 points (the shared view puts Alpha first with 68.75).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from counterweight.engine import evaluate
from counterweight.services.analysis import compare
from counterweight.services.group import analyst_view, group_view
from counterweight.services.robustness import run_smaa, sensitivity_analysis
from PySide6.QtCore import Qt

from tests.ui.conftest import controller_on
from tests.factories import two_analysts

pytestmark = pytest.mark.qt


@pytest.fixture
def ctl(qtbot, tmp_path: Path):
    yield from controller_on(tmp_path / "views.counterweight", two_analysts())


@pytest.fixture
def detail(qtbot, ctl):
    from counterweight.ui.widgets.score_detail_panel import ScoreDetailPanel

    panel = ScoreDetailPanel(ctl)
    qtbot.addWidget(panel)
    panel.resize(900, 420)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


@pytest.fixture
def ranking(qtbot, ctl):
    from counterweight.ui.widgets.ranking_panel import RankingPanel

    panel = RankingPanel(ctl)
    qtbot.addWidget(panel)
    panel.resize(480, 560)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _ben(ctl):
    return next((i for i in ctl.decision.analyst_inputs if i.analyst_id == "ben"), None)


def _expected_ranking(decision) -> list[tuple[int, str]]:
    ev = evaluate(decision)
    return [(int(ev.rank_of(ev.option_ids[i])), ev.option_names[i]) for i in ev.order]


def _type_value(qtbot, panel, text: str) -> None:
    panel.value_edit.setFocus()
    panel.value_edit.selectAll()
    qtbot.keyClicks(panel.value_edit, text)


# ------------------------------------------------------------------ ranking
def test_ranking_and_chart_follow_the_view(qtbot, ctl, ranking):
    assert [(r, n) for r, n, _ in ranking.ranking()] == [(1, "Alpha"), (2, "Charlie"), (3, "Bravo")]
    assert ranking.view_caption.text() == "Shared inputs" and ranking.view_caption.isVisible()
    with qtbot.waitSignal(ctl.viewChanged):
        assert ctl.set_view("ben") is None
    assert [(r, n) for r, n, _ in ranking.ranking()] == _expected_ranking(analyst_view(ctl.decision, "ben"))
    assert ranking.ranking()[0] == (1, "Bravo", f"{100 * 5 / 6:.1f}")
    assert ranking.view_caption.text() == "Analyst view: Ben"
    chart = ranking.chart
    assert chart.category_axis.categories()[-1] == "1. Bravo"  # best on top
    top = len(chart.category_axis.categories()) - 1
    risks, benefits = (s.at(top) for s in chart.series_.barSets())
    assert (risks, benefits) == (pytest.approx(100 / 6), pytest.approx(100 * 2 / 3))
    ctl.set_view("group")
    assert [(r, n) for r, n, _ in ranking.ranking()] == _expected_ranking(group_view(ctl.decision))
    assert ranking.view_caption.text() == "Group view (mean)"
    ctl.set_view(None)
    assert ranking.ranking()[0][1] == "Alpha"


# ------------------------------------------------------------------ score detail
def test_detail_panel_shows_own_fallback_and_group_values(qtbot, ctl, detail):
    detail.show_cell("a", "effect")
    assert detail.value_edit.text() == "2" and not detail.source_label.isVisible()
    ctl.set_view("ben")
    assert detail.view_caption.text() == "Analyst view: Ben"
    own = analyst_view(ctl.decision, "ben").score("a", "effect")
    assert detail.value_edit.text() == f"{own.value:g}" == "6"
    assert "Ben's own score" in detail.source_label.text()
    assert detail.use_shared_button.isVisible()
    detail.show_cell("c", "effect")  # Ben gave no score here: the shared 6 shows through
    assert detail.value_edit.text() == f"{ctl.decision.score('c', 'effect').value:g}"
    assert "shared value (no own score)" in detail.source_label.text().lower()
    assert not detail.use_shared_button.isVisible()
    detail.show_cell("b", "harm")
    assert detail.level_combo.currentData() == analyst_view(ctl.decision, "ben").score("b", "harm").level == "Low"

    ctl.set_view("group")
    detail.show_cell("a", "effect")
    assert float(detail.value_edit.text()) == pytest.approx(group_view(ctl.decision).score("a", "effect").value)
    assert float(detail.value_edit.text()) == pytest.approx(4.0)  # mean of Ann's (shared) 2 and Ben's 6
    assert "read-only" in detail.source_label.text().lower()
    assert not detail.value_stack.isEnabled() and not detail.rationale_edit.isEnabled()
    assert not detail.add_evidence_button.isEnabled()
    assert detail.view_caption.text() == "Group view (mean)"


def test_edit_in_an_analyst_view_changes_only_that_analyst_and_undo_restores(qtbot, ctl, detail):
    shared_before, ben_before = ctl.decision.scores, _ben(ctl)
    ctl.set_view("ben")
    detail.show_cell("c", "effect")
    _type_value(qtbot, detail, "8")
    assert detail.dirty
    steps = ctl.undo_stack.count()
    assert detail.apply()
    assert ctl.undo_stack.count() == steps + 1
    assert _ben(ctl).score("c", "effect").value == 8
    assert ctl.decision.scores == shared_before
    assert not any(i.analyst_id == "ann" for i in ctl.decision.analyst_inputs)
    assert detail.value_edit.text() == "8" and "Ben's own score" in detail.source_label.text()
    ctl.undo_stack.undo()
    assert _ben(ctl) == ben_before
    assert detail.value_edit.text() == "6" and "no own score" in detail.source_label.text()


def test_use_shared_value_drops_the_own_score_as_one_step(qtbot, ctl, detail):
    ctl.set_view("ben")
    detail.show_cell("a", "effect")
    qtbot.mouseClick(detail.use_shared_button, Qt.MouseButton.LeftButton)
    assert _ben(ctl).score("a", "effect") is None
    assert detail.value_edit.text() == "2"
    ctl.undo_stack.undo()
    assert _ben(ctl).score("a", "effect").value == 6 and detail.value_edit.text() == "6"


def test_pending_changes_go_to_the_view_they_were_typed_in(qtbot, ctl, detail):
    ctl.set_view("ben")
    detail.show_cell("c", "cost")
    _type_value(qtbot, detail, "3")
    ctl.set_view("ann")
    assert _ben(ctl).score("c", "cost").value == 3
    assert ctl.decision.score("c", "cost").value == 8
    assert detail.value_edit.text() == "8" and "no own score" in detail.source_label.text()


# ------------------------------------------------------------------ analysis tabs
def test_comparison_sensitivity_and_uncertainty_follow_the_view(qtbot, ctl):
    from counterweight.ui.widgets.analysis_tabs import AnalysisTabs

    tabs = AnalysisTabs(ctl)
    qtbot.addWidget(tabs)
    tabs.resize(700, 800)
    tabs.show()
    qtbot.waitExposed(tabs)
    ctl.set_view("ben")
    ben = analyst_view(ctl.decision, "ben")

    tabs.show_tab(1)  # a hidden tab catches up when shown
    cmp = compare(ben)
    lead = cmp.evaluations[ben.method.aggregation]
    expected = [lead.option_names[lead.option_index(lead.option_ids[int(i)])] for i in lead.order]
    assert [name for name, _ in tabs.comparison_panel.rank_rows()] == expected
    assert tabs.comparison_panel.view_caption.text() == "Analyst view: Ben"

    sensitivity = tabs.sensitivity_panel
    with qtbot.waitSignal(sensitivity.updated, timeout=20_000):
        tabs.show_tab(2)
    qtbot.waitUntil(lambda: not sensitivity.is_stale() and sensitivity._worker is None, timeout=20_000)
    sens = sensitivity_analysis(ben)
    assert sensitivity.result.top_id == sens.top_id == "b"
    for c in sens.criteria:
        shown = sensitivity.thresholds()[c.criterion_id]
        assert shown[0] == (None if c.decrease is None else pytest.approx(c.decrease.local_weight))
        assert shown[1] == (None if c.increase is None else pytest.approx(c.increase.local_weight))
    assert sensitivity.view_caption.text() == "Analyst view: Ben"

    uncertainty = tabs.uncertainty_panel
    tabs.show_tab(3)
    with qtbot.waitSignal(uncertainty.runFinished, timeout=60_000):
        assert uncertainty.run() is not None
    direct = run_smaa(ben)
    expected_first = {oid: float(direct.acceptability[i, 0]) for i, oid in enumerate(direct.option_ids)}
    assert uncertainty.first_rank() == pytest.approx(expected_first)
    assert uncertainty.view_caption.text() == "Analyst view: Ben"
    ctl.set_view(None)
    assert uncertainty.is_out_of_date()
