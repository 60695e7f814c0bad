"""The Disagreement tab works the report out on a worker thread (QA 27: a minute-long freeze).

The service is replaced by one that waits for the test's go-ahead, so the run is caught while
it is still going: the window must keep serving events, the tab must say it is updating, and
a change made meanwhile must supersede the run (its result dropped, the latest shown).
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from counterweight.services.analyst_edits import SetAnalystWeight
from counterweight.services.disagreement import disagreement

from tests.factories import two_analysts


@pytest.fixture
def held(monkeypatch):
    """The panel's service, held until ``go`` is set; records the thread and decision of each call."""
    from counterweight.ui.widgets import disagreement_panel

    go = threading.Event()
    calls: list[tuple[threading.Thread, object]] = []

    def slow(decision):
        calls.append((threading.current_thread(), decision))
        go.wait(10)
        return disagreement(decision)

    monkeypatch.setattr(disagreement_panel, "disagreement", slow)
    yield go, calls
    go.set()


@pytest.fixture
def panel(qtbot, tmp_path: Path):
    from counterweight.ui.widgets.disagreement_panel import DisagreementPanel

    from tests.ui.conftest import controller_on

    for ctl in controller_on(tmp_path / "two.counterweight", two_analysts()):
        widget = DisagreementPanel(ctl)
        qtbot.addWidget(widget)
        widget.resize(700, 900)
        yield widget
        widget.hide()
        if widget._worker is not None:
            widget._worker.wait(10)


def test_the_report_is_worked_out_off_the_gui_thread_with_a_note(qtbot, panel, held):
    go, calls = held
    panel.show()
    qtbot.waitUntil(lambda: len(calls) == 1)
    assert calls[0][0] is not threading.main_thread()  # the window's thread stays free
    qtbot.wait(50)  # events are still served while the report is being worked out
    assert panel.is_busy() and panel.report is None
    assert panel.status.isVisible() and panel.status.text().startswith("Updating")
    go.set()
    qtbot.waitUntil(lambda: panel.report is not None)
    assert panel.report == disagreement(panel._controller.decision)
    assert not panel.status.isVisible() and not panel.is_busy()
    assert panel.heatmap.rowCount() == len(panel._controller.decision.options)


def test_a_change_while_working_supersedes_the_run(qtbot, panel, held):
    go, calls = held
    ctl = panel._controller
    panel.show()
    qtbot.waitUntil(lambda: len(calls) == 1)
    first = ctl.decision
    ctl.submit(SetAnalystWeight("ben", "risks", 50.0))
    qtbot.waitUntil(lambda: "starting again" in panel.status.text())
    assert len(calls) == 1  # one run at a time: the new one waits for the old to stop
    go.set()
    qtbot.waitUntil(lambda: len(calls) == 2 and panel.report is not None and not panel.is_busy())
    assert calls[0][1] is first and calls[1][1] is ctl.decision
    assert panel.report == disagreement(ctl.decision) != disagreement(first)  # the old run's result was dropped
    assert not panel.status.isVisible()


def test_a_hidden_tab_starts_the_superseding_run_when_shown_again(qtbot, panel, held):
    go, calls = held
    ctl = panel._controller
    panel.show()
    qtbot.waitUntil(lambda: len(calls) == 1)
    ctl.submit(SetAnalystWeight("ben", "risks", 50.0))
    qtbot.waitUntil(lambda: "starting again" in panel.status.text())
    panel.hide()
    go.set()
    qtbot.waitUntil(lambda: not panel.is_busy())
    qtbot.wait(300)
    assert len(calls) == 1 and panel.report is None  # superseded, and nothing runs while hidden
    panel.show()
    qtbot.waitUntil(lambda: panel.report is not None)
    assert panel.report == disagreement(ctl.decision)
