"""Compare methods on a large project runs the methods on a worker thread (QA pass 27).

On 1,000 x 60 the five methods took 0.3-0.4 s after every edit while the tab was shown,
and 1.2-1.8 s when it was first shown, all in the window's thread. Above
``IMMEDIATE_CELLS`` the panel now hands the run to a worker, keeps the last comparison
under "Updating…", and shows the latest edit's comparison once it is done; a small
project is still compared at once, in the window's thread.
"""

from __future__ import annotations

import threading

import pytest

from counterweight.domain import Score
from counterweight.services.analysis import compare as real_compare
from counterweight.services.edits import SetScore
from counterweight.ui.widgets import comparison_panel
from counterweight.ui.widgets.comparison_panel import ComparisonPanel

pytestmark = pytest.mark.qt


def _panel(qtbot, controller, monkeypatch, *, large: bool, record: list[str]) -> ComparisonPanel:
    if large:  # the small decision stands for a large one
        monkeypatch.setattr(comparison_panel, "IMMEDIATE_CELLS", 0)

    def compare(decision):  # noqa: ANN001, ANN202
        record.append(threading.current_thread().name)
        return real_compare(decision)

    monkeypatch.setattr(comparison_panel, "compare", compare)
    panel = ComparisonPanel(controller)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    return panel


def _orders(cmp) -> tuple[str, dict[str, list[str]]]:  # noqa: ANN001
    """The comparison's sentence and each method's order of option ids."""
    return cmp.summary, {m.value: [ev.option_ids[int(i)] for i in ev.order] for m, ev in cmp.evaluations.items()}


def _ranks(panel: ComparisonPanel) -> list[str]:
    table = panel.ranks_table
    return [table.item(r, 0).text() for r in range(table.rowCount())]


def test_a_large_project_is_compared_off_the_window_thread(qtbot, controller, monkeypatch) -> None:
    threads: list[str] = []
    panel = _panel(qtbot, controller, monkeypatch, large=True, record=threads)
    qtbot.waitUntil(lambda: panel.comparison is not None and not panel.is_busy(), timeout=10_000)
    threads.clear()
    panel.recompute()
    assert panel.is_busy() and panel.status_label.isVisible()
    assert panel.status_label.text().startswith("Updating…")
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=10_000)
    assert threads and threading.main_thread().name not in threads
    assert not panel.status_label.isVisible()
    assert _orders(panel.comparison) == _orders(real_compare(controller.view_decision))
    assert _ranks(panel)  # the table was filled from the worker's result


def test_the_latest_edit_wins_when_edits_come_during_a_run(qtbot, controller, monkeypatch) -> None:
    panel = _panel(qtbot, controller, monkeypatch, large=True, record=[])
    qtbot.waitUntil(lambda: panel.comparison is not None and not panel.is_busy(), timeout=10_000)
    decision = controller.decision
    option, criterion = decision.options[-1].id, "cost"
    for value in (1, 2, 3, 19):  # each edit asks for a run while the one before is going
        assert controller.submit(SetScore(option, criterion, Score(option_id=option, criterion_id=criterion,
                                                                    value=value))) is None
        panel.recompute()
    qtbot.waitUntil(lambda: not panel.is_busy(), timeout=10_000)
    assert _orders(panel.comparison) == _orders(real_compare(controller.view_decision))


def test_a_small_project_is_compared_at_once_in_the_window_thread(qtbot, controller, monkeypatch) -> None:
    threads: list[str] = []
    panel = _panel(qtbot, controller, monkeypatch, large=False, record=threads)
    threads.clear()
    panel.recompute()
    assert threads == [threading.current_thread().name] and not panel.is_busy()
    assert not panel.status_label.isVisible()
    assert _orders(panel.comparison) == _orders(real_compare(controller.view_decision))
