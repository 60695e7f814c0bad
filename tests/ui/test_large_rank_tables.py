"""Perspectives and Compare methods on a large project (h25m).

On 1,000 options x 60 criteria the Perspectives tab held the window 270-500 ms when first
shown (the robust choice, one evaluation per perspective and scenario, worked out in the
window's thread, then 1,000 rows of items per pair), and Compare methods 93-511 ms after
its worker returned (1,000 rows x 6 columns of items, each column sized to all of them).
Now the Perspectives ranks come from a worker above ``IMMEDIATE_CELLS`` and both tables
list at most 100 options, saying how many of how many. These tests use 150 options x 20
criteria (3,000 cells, a large project by that measure).
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

from tests.ui.conftest import controller_on, shown

pytestmark = pytest.mark.qt


@pytest.fixture
def big(tmp_path):
    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    from synthetic import generate_decision

    yield from controller_on(tmp_path / "big.counterweight", generate_decision(150, 20, seed=5))


def test_the_robust_choice_of_a_large_project_is_worked_out_off_the_window_thread(qtbot, big, monkeypatch) -> None:
    from counterweight.domain.perspectives import ScoreScenario
    from counterweight.services.perspectives import AddScenario
    from counterweight.ui.widgets import perspectives_panel
    from counterweight.ui.widgets.perspectives_panel import PerspectivesPanel
    from counterweight.ui.widgets.shown_work import IMMEDIATE_CELLS

    assert len(big.decision.options) * len(big.decision.criteria) > IMMEDIATE_CELLS
    threads: list[str] = []
    real, gate = perspectives_panel.robust_choice, threading.Event()

    def recording(decision):  # noqa: ANN001, ANN202
        threads.append(threading.current_thread().name)
        gate.wait(10)  # held until the test has seen the tab while it works
        return real(decision)

    monkeypatch.setattr(perspectives_panel, "robust_choice", recording)
    panel = PerspectivesPanel(big)
    shown(qtbot, panel, 900, 700)
    qtbot.waitUntil(lambda: bool(threads), timeout=20_000)
    assert threading.main_thread().name not in threads
    assert panel.is_busy() and panel._ranks.status_label.text().startswith("Updating…")  # noqa: SLF001
    gate.set()
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=20_000)
    assert big.submit(AddScenario(ScoreScenario(id="scn_h25m", name="Second case"))) is None
    qtbot.waitUntil(lambda: not panel.is_stale() and not panel.is_busy(), timeout=20_000)
    assert len(threads) == 2 and threading.main_thread().name not in threads
    assert not panel._ranks.status_label.isVisible()  # noqa: SLF001
    # 100 rows of 150 options, 2 pairs: those with the smallest worst regret, first the robust choice
    report = real(big.view_decision)
    table = panel.rank_table
    assert (table.rowCount(), table.columnCount()) == (100, 2)
    names = [table.verticalHeaderItem(r).text() for r in range(table.rowCount())]
    assert names[0] == report.option_names[report.choice_id]
    worst = sorted(r for r in report.max_regret.values() if r is not None)
    assert all(report.max_regret[o] <= worst[99] for o in report.option_ids if report.option_names[o] in names)
    assert panel.robust_label.text().endswith("The table lists the 100 options of 150 with the smallest worst regret.")


def test_the_ranks_table_of_a_large_comparison_lists_its_first_100_options(qtbot, big) -> None:
    from counterweight.ui.widgets.comparison_panel import ComparisonPanel

    panel = shown(qtbot, ComparisonPanel(big), 900, 700)
    qtbot.waitUntil(lambda: panel.comparison is not None and not panel.is_busy(), timeout=20_000)
    cmp = panel.comparison
    lead = cmp.evaluations[big.decision.method.aggregation]
    first = [lead.option_names[int(i)] for i in lead.order][:100]
    assert [name for name, _ in panel.rank_rows()] == first
    assert "The ranks table lists the first 100 of 150 options under the method in use." in panel.note_label.text()
    assert panel.note_label.isVisible()


def test_the_perspectives_rank_table_lists_at_most_100_options(qtbot, big) -> None:
    from PySide6.QtWidgets import QLabel, QTableWidget

    from counterweight.services.perspectives import robust_choice
    from counterweight.ui.widgets.robust_ranks import fill_rank_table

    table, label = QTableWidget(), QLabel()
    qtbot.addWidget(table)
    qtbot.addWidget(label)
    fill_rank_table(table, label, robust_choice(big.view_decision))
    assert table.rowCount() == 100 and "the 100 options of 150" in label.text()
