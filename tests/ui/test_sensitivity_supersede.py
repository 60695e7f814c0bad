"""Sensitivity tab: a change made while the analysis runs supersedes the run, and the status says how far it is.

The analysis is held at a criterion (a gate on the engine's per-criterion function) so the
tests can act while it runs; expected thresholds come from ``services.robustness``.
"""

from __future__ import annotations

import re
import threading

import pytest

from counterweight.services.edits import SetWeight
from counterweight.services.robustness import sensitivity_analysis
from counterweight.ui.widgets.sensitivity_panel import SensitivityPanel

pytestmark = pytest.mark.qt


def _panel(qtbot, controller, size: tuple[int, int] = (560, 900), timeout: int = 10_000) -> SensitivityPanel:
    """The Sensitivity tab on ``controller`` at ``size``, shown once its first results are in."""
    panel = SensitivityPanel(controller)
    qtbot.addWidget(panel)
    panel.resize(*size)
    with qtbot.waitSignal(panel.updated, timeout=timeout):
        panel.show()
    return panel


def _gate(monkeypatch, *, free: int = 0) -> tuple[threading.Event, list[object]]:
    """Hold the analysis at each criterion after the first ``free`` until the event is set.

    Returns the event and the decisions analysed, one entry per criterion started.
    """
    from counterweight.engine import sensitivity as engine

    gate = threading.Event()
    seen: list[object] = []
    real = engine.criterion_sensitivity

    def held(decision, criterion_id, **kwargs):
        seen.append(decision)
        if len(seen) > free:
            gate.wait(10)
        return real(decision, criterion_id, **kwargs)

    monkeypatch.setattr(engine, "criterion_sensitivity", held)
    return gate, seen


def _thresholds(decision) -> dict[str, tuple[float | None, float | None]]:
    sens = sensitivity_analysis(decision)
    return {c.criterion_id: (c.decrease and c.decrease.local_weight, c.increase and c.increase.local_weight)
            for c in sens.criteria}


def test_a_change_during_a_run_supersedes_it(qtbot, controller, monkeypatch) -> None:
    panel = _panel(qtbot, controller)
    gate, seen = _gate(monkeypatch)
    shown: list[dict] = []
    panel.updated.connect(lambda: shown.append(panel.thresholds()))
    try:
        assert controller.submit(SetWeight("risks", 3.0)) is None
        qtbot.waitUntil(lambda: len(seen) == 1, timeout=5_000)  # the run is held at its first criterion
        first = seen[0]
        assert controller.submit(SetWeight("risks", 0.5)) is None
        qtbot.waitUntil(lambda: not panel._timer.isActive(), timeout=5_000)  # the newer request has been made
    finally:
        gate.set()
    qtbot.waitUntil(lambda: not panel.is_stale() and panel._worker is None, timeout=10_000)
    qtbot.wait(50)
    criteria = len(controller.decision.criteria)
    assert sum(d is first for d in seen) < criteria  # the superseded run stopped early
    assert len(shown) == 1  # its result never reached the screen
    expected = _thresholds(controller.decision)
    assert shown[0].keys() == expected.keys()
    for cid, (down, up) in expected.items():
        assert shown[0][cid] == (pytest.approx(down) if down is not None else None,
                                 pytest.approx(up) if up is not None else None), cid
    assert not panel.status_label.isVisible()


def test_the_status_line_says_how_far_a_run_is_and_that_the_results_are_older(qtbot, controller,
                                                                               monkeypatch) -> None:
    panel = _panel(qtbot, controller)
    gate, _seen = _gate(monkeypatch, free=1)
    try:
        assert controller.submit(SetWeight("risks", 3.0)) is None
        qtbot.waitUntil(lambda: "%" in panel.status_label.text(), timeout=5_000)
        qtbot.waitUntil(lambda: re.search(r"([1-9]\d?) %", panel.status_label.text()) is not None, timeout=5_000)
        text = panel.status_label.text()
        assert text.startswith("Updating") and "before the last change" in text
        assert panel.status_label.isVisible()
    finally:
        gate.set()
    qtbot.waitUntil(lambda: panel._worker is None and not panel.is_stale(), timeout=10_000)
    assert not panel.status_label.isVisible()


def test_calling_compute_during_a_run_starts_again_and_settles(qtbot, controller, monkeypatch) -> None:
    """QA 27: a direct ``compute()`` while a run is going used to leave "starting again…" on screen for good."""
    panel = _panel(qtbot, controller)
    gate, seen = _gate(monkeypatch)
    try:
        assert controller.submit(SetWeight("risks", 3.0)) is None
        qtbot.waitUntil(lambda: len(seen) == 1, timeout=5_000)  # the run is held at its first criterion
        panel.compute()  # as a caller of the public method may do, without a change signal
        assert panel.status_label.text().startswith("Updating: starting again")
    finally:
        gate.set()
    with qtbot.waitSignal(panel.updated, timeout=10_000):
        pass  # the run asked for meanwhile finishes and shows its results
    qtbot.waitUntil(lambda: panel._worker is None and not panel.is_stale(), timeout=10_000)
    assert not panel.status_label.isVisible()
