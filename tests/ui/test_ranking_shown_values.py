"""The ranking table never shows two ranks with the same number, nor a number the method did not compute.

Cases and hand calculations: tests/shown_values_cases.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from counterweight.domain import AggregationMethod, Score
from counterweight.engine import evaluate
from counterweight.services.edits import SetScore
from counterweight.ui.widgets.ranking_panel import RankingPanel
from tests.shown_values_cases import closeness_tie_decision, near_tie_decision, uncomputed_decision
from tests.ui.conftest import controller_on, shown

pytestmark = pytest.mark.qt


@pytest.fixture
def open_panel(qtbot, tmp_path):
    controllers = []

    def make(decision, with_controller=False):
        gen = controller_on(tmp_path / f"{decision.id}-{len(controllers)}.counterweight", decision)
        controllers.append(gen)
        controller = next(gen)
        panel = shown(qtbot, RankingPanel(controller), 560, 600)
        return (panel, controller) if with_controller else panel

    yield make
    for gen in controllers:
        next(gen, None)


def test_near_tie_gets_two_decimals_and_a_tie_stays_a_tie(open_panel) -> None:
    panel = open_panel(near_tie_decision())
    assert panel.ranking() == [(1, "Alpha", "50.89"), (2, "Bravo", "50.86"), (3, "Charlie", "30.00"),
                               (3, "Delta", "30.00")]


def test_an_edit_that_needs_more_decimals_widens_the_column(open_panel) -> None:
    panel, controller = open_panel(near_tie_decision(), with_controller=True)
    # Bravo 50.88999 against Alpha 50.89: equal up to four decimals, 50.89000 / 50.88999 at five
    controller.submit(SetScore("bravo", "effect", Score(option_id="bravo", criterion_id="effect", value=50.88999)))
    assert panel.ranking()[:2] == [(1, "Alpha", "50.89000"), (2, "Bravo", "50.88999")]
    metrics = panel.table.fontMetrics()
    assert panel.table.columnWidth(panel.COL_SCORE) >= metrics.horizontalAdvance("50.88999")


def test_topsis_columns_take_four_decimals_when_three_hide_the_order(open_panel) -> None:
    panel = open_panel(closeness_tie_decision())
    assert panel.headers() == ["Rank", "Option", "D+", "D−", "Closeness"]
    # closeness 1, 0.9998, 0.5, 0 (hand: one criterion); D+ 0 and 0.00013 (ranks 1 and 2) also need four
    assert [row[4] for row in panel.table_rows()] == ["1.0000", "0.9998", "0.5000", "0.0000"]
    ev = evaluate(closeness_tie_decision())
    for row, i in zip(panel.table_rows(), (int(k) for k in ev.order)):
        assert float(row[2]) == pytest.approx(float(ev.extras["d_plus"][i]), abs=5e-5)
        assert len(row[2].split(".")[1]) == 4


def test_an_excluded_option_the_method_could_not_compute_shows_dashes(open_panel) -> None:
    panel = open_panel(uncomputed_decision())
    rows = {row[1]: row for row in panel.table_rows()}
    assert rows["Charlie"][2:] == ["—", "—", "—"]  # TOPSIS cannot place it (no Cost score)
    assert rows["Delta"][2:] == ["—", "—", "—"]  # excluded by the red line AND no Cost score
    assert rows["Delta"][0] == "—"
    # Echo is excluded but computed: it keeps its numbers (engine's, three decimals here)
    ev = evaluate(uncomputed_decision())
    echo = ev.option_index("e")
    assert float(rows["Echo"][4]) == pytest.approx(float(ev.extras["closeness"][echo]), abs=5e-4)
    # Delta's tooltip still says it is excluded, and why it has no numbers
    model = panel.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "Delta")
    tip = model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "Excluded from the ranking by a red line" in tip
    assert "'Cost'" in tip


def test_wpm_excluded_and_uncomputed_option_has_no_score(open_panel) -> None:
    panel = open_panel(uncomputed_decision(AggregationMethod.WPM))
    rows = {name: score for _, name, score in panel.ranking()}
    assert rows["Delta"] == "—" and rows["Charlie"] == "—"
    assert rows["Echo"] != "—"
