"""Ranking panel: table, normalisation selector, live chart, diagnostics.

Hand computation on tests.factories.small_decision (global weights harm 0.5,
effect 0.375, cost 0.125):

* value functions: Alpha 0.6875, Charlie 0.6, Bravo 0.55.
* min-max across options (cost is lower-is-better): harm levels 100/30/60 ->
  1, 0, 30/70; effect 2/9/6 -> 0, 1, 4/7; cost 2/10/8 -> 1, 0, 2/8.
  Alpha 0.5 + 0 + 0.125 = 0.625; Bravo 0.375; Charlie 0.5*3/7 + 0.375*4/7 + 0.125/4
  = 0.459821...
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from counterweight.domain import Normalization, Score
from counterweight.services.edits import SetScore
from counterweight.ui.widgets.ranking_panel import RankingPanel

pytestmark = pytest.mark.qt


@pytest.fixture
def panel(qtbot, controller):
    widget = RankingPanel(controller)
    qtbot.addWidget(widget)
    widget.resize(480, 560)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_ranking_table_shows_rank_option_and_score(panel):
    assert panel.ranking() == [(1, "Alpha", "68.8"), (2, "Charlie", "60.0"), (3, "Bravo", "55.0")]
    assert panel.table.objectName() == "rankingTable"
    assert panel.model.headerData(2, Qt.Orientation.Horizontal) == "Score"


def test_normalisation_selector_submits_set_method(qtbot, panel, controller):
    combo = panel.normalization_combo
    assert combo.currentData() == Normalization.VALUE_FUNCTION
    assert combo.count() == len(Normalization)
    assert combo.itemText(combo.findData(Normalization.MIN_MAX)) == Normalization.MIN_MAX.label
    panel.setFocus()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    with qtbot.waitSignal(controller.changed, timeout=2000):
        combo.setCurrentIndex(combo.findData(Normalization.MIN_MAX))
        combo.activated.emit(combo.currentIndex())  # what choosing an entry in the popup emits
    assert controller.decision.method.normalization is Normalization.MIN_MAX
    assert controller.evaluation.total_of("c") == pytest.approx(0.5 * 3 / 7 + 0.375 * 4 / 7 + 0.125 / 4)
    assert panel.ranking() == [(1, "Alpha", "62.5"), (2, "Charlie", "46.0"), (3, "Bravo", "37.5")]
    assert controller.undo_stack.count() == 1
    controller.undo_stack.undo()
    assert combo.currentData() == Normalization.VALUE_FUNCTION
    assert panel.ranking()[0] == (1, "Alpha", "68.8")


def test_normalisation_selector_keyboard(qtbot, panel, controller):
    combo = panel.normalization_combo
    panel.activateWindow()
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    with qtbot.waitSignal(controller.changed, timeout=2000):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert controller.decision.method.normalization is list(Normalization)[1]


def test_chart_follows_score_edits_without_rebuilding(panel, controller):
    chart = panel.chart
    sets_before = chart.series_.barSets()
    # Bravo effect 10 and cost 0: 0.15 + 0.375 + 0.125 = 0.65 -> Bravo second
    controller.submit(SetScore("b", "effect", Score(option_id="b", criterion_id="effect", value=10)))
    controller.submit(SetScore("b", "cost", Score(option_id="b", criterion_id="cost", value=0)))
    assert panel.chart is chart
    assert chart.series_.barSets() == sets_before
    assert chart.category_axis.categories() == ["3. Charlie", "2. Bravo", "1. Alpha"]
    benefits = chart.series_.barSets()[1]
    assert benefits.at(1) == pytest.approx(50.0)  # Bravo: 37.5 + 12.5 points from Benefits
    assert panel.ranking()[1] == (2, "Bravo", "65.0")


def test_diagnostics_list_missing_scores_in_plain_words(panel, controller):
    assert panel.diagnostic_messages() == ["No problems found."]
    controller.submit(SetScore("c", "cost", None))
    messages = panel.diagnostic_messages()
    assert len(messages) == 1
    assert "Charlie" in messages[0] and "Cost" in messages[0]
    assert "c-" not in messages[0]  # names, not identifiers
    controller.undo_stack.undo()
    assert panel.diagnostic_messages() == ["No problems found."]


def test_activating_a_diagnostic_names_the_cell(qtbot, panel, controller):
    controller.submit(SetScore("c", "cost", None))
    item = panel.diagnostics.item(0)
    with qtbot.waitSignal(panel.diagnosticActivated, timeout=1000) as blocker:
        panel.diagnostics.itemActivated.emit(item)
    assert blocker.args == ["c", "cost"]


def test_ties_share_a_rank(panel, controller):
    # Alpha harm Moderate (0.6), effect 6, cost 8 -> identical to Charlie: 0.6
    for cid, score in (("harm", Score(option_id="a", criterion_id="harm", level="Moderate")),
                       ("effect", Score(option_id="a", criterion_id="effect", value=6)),
                       ("cost", Score(option_id="a", criterion_id="cost", value=8))):
        assert controller.submit(SetScore("a", cid, score)) is None
    assert panel.ranking() == [(1, "Alpha", "60.0"), (1, "Charlie", "60.0"), (3, "Bravo", "55.0")]
    assert panel.chart.category_axis.categories() == ["3. Bravo", "1. Charlie", "1. Alpha"]


def test_panel_without_project(qtbot):
    from counterweight.ui.session_controller import SessionController

    ctl = SessionController()
    widget = RankingPanel(ctl)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 0
    assert not widget.normalization_combo.isEnabled()


def test_large_decision_updates_without_reset_and_caps_the_chart(qtbot, tmp_path):
    from counterweight.services.edits import SetWeight
    from counterweight.services.session import ProjectSession
    from counterweight.ui.session_controller import SessionController
    from counterweight.ui.widgets.ranking_panel import MAX_CHART_BARS
    from tests.ui.test_score_matrix import _big_decision

    session = ProjectSession.create(tmp_path / "big.counterweight", _big_decision())
    ctl = SessionController(session)
    try:
        widget = RankingPanel(ctl)
        qtbot.addWidget(widget)
        resets: list[int] = []
        widget.model.modelReset.connect(lambda: resets.append(1))
        assert widget.model.rowCount() == 200
        assert len(widget.chart.category_axis.categories()) == MAX_CHART_BARS
        assert widget.chart.title() == f"Top {MAX_CHART_BARS} of 200 options"  # QA 22: a caption on top
        assert ctl.submit(SetWeight("g1", 5)) is None
        assert not resets
        ev = ctl.evaluation
        best = ev.option_names[int(ev.order[0])]
        rank, name, shown = widget.ranking()[0]
        assert (rank, name) == (1, best)
        # one decimal, or more where 200 options hold near-ties (tests/ui/test_ranking_shown_values.py)
        assert float(shown) == pytest.approx(100 * float(ev.totals[int(ev.order[0])]), abs=0.05)
        assert len(shown.split(".")[1]) >= 1
        assert widget.chart.category_axis.categories()[-1] == f"1. {best}"
    finally:
        ctl.close_session()


def test_the_chart_shows_only_the_bars_its_height_has_room_for(qtbot, tmp_path):
    """Issue 6: 30 bars in a short chart had every label elided to '...'."""
    from counterweight.services.session import ProjectSession
    from counterweight.ui.session_controller import SessionController
    from counterweight.ui.widgets.ranking_panel import MAX_CHART_BARS, MIN_CHART_BARS
    from tests.ui.test_score_matrix import _big_decision

    ctl = SessionController(ProjectSession.create(tmp_path / "big.counterweight", _big_decision()))
    try:
        widget = RankingPanel(ctl)
        qtbot.addWidget(widget)
        widget.resize(700, 700)
        widget.show()
        qtbot.waitExposed(widget)
        widget.splitter.setSizes([200, 40, 260, 200])  # a short chart
        qtbot.waitUntil(lambda: len(widget.chart.category_axis.categories()) == widget.bars_that_fit(), timeout=3000)
        shown = len(widget.chart.category_axis.categories())
        assert MIN_CHART_BARS <= shown < MAX_CHART_BARS
        from PySide6.QtGui import QFontMetricsF

        line = QFontMetricsF(widget.chart.category_axis.labelsFont()).height()
        assert widget.chart.plotArea().height() / shown >= 1.6 * line  # less and Qt shows "..." instead
        assert widget.chart.title() == f"Top {shown} of 200 options"  # QA 22: a caption on top
        widget.resize(700, 1600)
        widget.splitter.setSizes([200, 40, 1160, 200])  # room again
        qtbot.waitUntil(lambda: len(widget.chart.category_axis.categories()) == MAX_CHART_BARS, timeout=3000)
    finally:
        ctl.close_session()


@pytest.fixture
def all_excluded_controller(qtbot, tmp_path):
    # small_decision's costs are 2, 10 and 8 $bn (lower is better): a 1 $bn ceiling excludes all three.
    from counterweight.domain import Decision, RedLine, RedLineAction
    from tests.factories import small_decision
    from tests.ui.conftest import controller_on

    data = small_decision().model_dump()
    data["red_lines"] = [RedLine(id="r", criterion_id="cost", limit=1, action=RedLineAction.EXCLUDE).model_dump()]
    yield from controller_on(tmp_path / "excluded.counterweight", Decision.model_validate(data))


def test_notes_say_when_every_option_is_excluded(qtbot, all_excluded_controller):
    panel = RankingPanel(all_excluded_controller)
    qtbot.addWidget(panel)
    assert [rank for rank, _, _ in panel.ranking()] == [None, None, None]
    notes = panel.diagnostic_messages()
    assert notes[0] == "Every option is excluded by a red line, so no option is ranked."
    assert "No problems found." not in notes


def test_an_edit_on_another_tab_refreshes_the_ranking_when_shown(qtbot, window, controller, monkeypatch):
    """Session 26: at 1,000 x 60 the table's texts cost 15-25 ms an edit whichever tab was shown."""
    from counterweight.ui.widgets.analysis_tabs import COMPARE, RANKING

    tabs, panel = window.analysis_tabs, window.ranking_panel
    qtbot.waitExposed(window)
    tabs.show_tab(COMPARE)
    qtbot.waitUntil(lambda: not panel.isVisible())
    made = []
    real = panel.model.set_evaluation
    monkeypatch.setattr(panel.model, "set_evaluation", lambda *a: made.append(1) or real(*a))
    controller.submit(SetScore("b", "effect", Score(option_id="b", criterion_id="effect", value=10)))
    controller.submit(SetScore("b", "cost", Score(option_id="b", criterion_id="cost", value=0)))
    assert made == []  # hidden: nothing made
    tabs.show_tab(RANKING)
    qtbot.waitUntil(panel.isVisible)
    assert made == [1]  # once, when shown
    fresh = RankingPanel(controller)
    qtbot.addWidget(fresh)
    assert panel.table_rows() == fresh.table_rows() and panel.diagnostic_messages() == fresh.diagnostic_messages()
    assert panel.ranking()[1] == (2, "Bravo", "65.0")
    tabs.show_tab(COMPARE)  # a lookup catches up too, without showing
    qtbot.waitUntil(lambda: not panel.isVisible())
    controller.undo_stack.undo()
    assert panel.ranking() == fresh.ranking() and len(made) == 2
