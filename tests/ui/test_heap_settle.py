"""The application settles the heap once after each open (issue 6; see counterweight.bulk)."""

from __future__ import annotations

import gc
import time

import pytest
from PySide6.QtCore import QCoreApplication

from counterweight.ui.app import HEAP_SETTLE_MS, settle_heap_after_opens

pytestmark = pytest.mark.qt


def test_each_open_freezes_the_heap_once_things_are_quiet(qtbot, controller, monkeypatch) -> None:
    import counterweight.ui.app as app_module

    calls: list[int] = []
    monkeypatch.setattr(app_module, "collect_and_freeze", lambda: calls.append(1))
    timer = settle_heap_after_opens(controller)
    assert timer.interval() == HEAP_SETTLE_MS and not timer.isActive()
    controller.set_session(controller.session)  # opening a project installs its session
    assert not timer.isActive()  # the countdown waits for the event loop (see the next test)
    qtbot.waitUntil(timer.isActive, timeout=HEAP_SETTLE_MS)
    assert calls == []
    qtbot.waitUntil(lambda: calls == [1], timeout=5 * HEAP_SETTLE_MS)
    assert not timer.isActive()


def test_a_rebuild_longer_than_the_interval_still_paints_before_the_collection(qtbot, controller,
                                                                               monkeypatch) -> None:
    """The panels rebuild in slots of sessionReplaced; the countdown starts only after them."""
    import counterweight.ui.app as app_module

    calls: list[int] = []
    monkeypatch.setattr(app_module, "collect_and_freeze", lambda: calls.append(1))
    settle_heap_after_opens(controller)
    # a panel connected after the timer (as in run_gui) whose rebuild outlasts the interval
    controller.sessionReplaced.connect(lambda: time.sleep(1.5 * HEAP_SETTLE_MS / 1000))
    controller.set_session(controller.session)
    QCoreApplication.processEvents()  # the first turn of the event loop: the first paint happens here
    assert calls == []
    qtbot.waitUntil(lambda: calls == [1], timeout=5 * HEAP_SETTLE_MS)


def test_each_edit_freezes_once_shown_and_settles_again_once_edits_pause(qtbot, controller, monkeypatch) -> None:
    import counterweight.ui.app as app_module

    calls: list[str] = []
    monkeypatch.setattr(app_module, "freeze_after_edit", lambda: calls.append("edit"))
    monkeypatch.setattr(app_module, "collect_and_freeze", lambda: calls.append("settle"))
    timer = settle_heap_after_opens(controller)
    controller.changed.emit(None)  # an edit: the panels update in slots of this signal
    assert calls == [] and not timer.isActive()  # the freeze waits until they have run
    QCoreApplication.processEvents()
    assert calls == ["edit"] and timer.isActive()
    qtbot.waitUntil(lambda: calls == ["edit", "settle"], timeout=5 * HEAP_SETTLE_MS)


def test_the_real_settle_leaves_the_heap_frozen(qtbot, controller) -> None:
    from counterweight import bulk

    bulk.freeze_after_pauses(None)  # the first settle after this, as in a new application
    try:
        timer = settle_heap_after_opens(controller)
        for _ in range(2):  # the first settle, then one after a reopen (which collects only what is not frozen)
            controller.set_session(controller.session)
            qtbot.waitUntil(timer.isActive, timeout=HEAP_SETTLE_MS)
            qtbot.waitUntil(lambda: not timer.isActive(), timeout=5 * HEAP_SETTLE_MS)
            decision = controller.decision
            assert gc.get_freeze_count() > 0 and gc.is_tracked(decision)
            assert not any(o is decision for o in gc.get_objects())  # frozen objects are in no generation
    finally:
        bulk.freeze_after_pauses(None)


def test_bulk_work_in_any_thread_ends_frozen_and_restarts_the_settle(qtbot, controller) -> None:
    import threading

    from counterweight import bulk
    from counterweight.ui.app import freeze_heap_after_bulk_work

    timer = settle_heap_after_opens(controller)
    freeze_heap_after_bulk_work(timer)
    was_enabled = gc.isenabled()
    gc.enable()  # a pause freezes only a collector that was running
    try:
        def work() -> None:
            with bulk.gc_paused():
                pass

        thread = threading.Thread(target=work)
        thread.start()
        thread.join(5)
        assert gc.get_freeze_count() > 0
        qtbot.waitUntil(timer.isActive, timeout=HEAP_SETTLE_MS)  # started in the timer's own thread
        qtbot.waitUntil(lambda: not timer.isActive(), timeout=5 * HEAP_SETTLE_MS)  # settled: collected, refrozen
    finally:
        bulk.freeze_after_pauses(None)
        if not was_enabled:
            gc.disable()
    assert gc.get_freeze_count() == 0


def test_an_export_leaves_no_workbook_frozen(tmp_path) -> None:
    """Session 27: settles no longer undo the freeze, so an export collects its workbook's cycles itself."""
    from counterweight import bulk
    from counterweight.engine.evaluate import evaluate
    from counterweight.services.export_notes import MATRIX, XLSX
    from counterweight.ui.export_runner import ExportJob, write_export
    from tests.storage.builders import rich_decision

    decision = rich_decision()
    job = ExportJob(decision, evaluate(decision), tmp_path / "x.xlsx", XLSX, MATRIX)
    was_enabled = gc.isenabled()
    gc.enable()
    bulk.freeze_after_pauses(lambda: None)  # as the application: each pause ends frozen
    try:
        assert write_export(job, lambda _: None, lambda: False) is True
        assert gc.get_freeze_count() > 0
        gc.unfreeze()
        assert gc.collect() < 50  # counted objects: the workbook's thousands were not among the frozen
    finally:
        bulk.freeze_after_pauses(None)
        if not was_enabled:
            gc.disable()


@pytest.fixture
def large(tmp_path):
    import sys
    from pathlib import Path

    from tests.ui.conftest import controller_on

    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    from synthetic import generate_decision

    yield from controller_on(tmp_path / "large.counterweight", generate_decision(200, 20, seed=3))


def test_a_stream_of_edits_runs_no_full_collection_and_leaves_the_heap_frozen(qtbot, large, tmp_path) -> None:
    """Session 27: each edit's new objects were left to pile up until Python collected the whole heap.

    Counted: the decision and evaluation an edit left are frozen once it has been shown
    (before, they stayed in the generations until a full collection went through them).
    """
    import random

    from PySide6.QtCore import QSettings

    from counterweight import bulk
    from counterweight.domain import Score
    from counterweight.services.edits import SetScore
    from counterweight.ui.main_window import MainWindow
    from tests.ui.conftest import shown

    rng, full = random.Random(3), []
    crits = [c for c in large.decision.criteria if not c.is_group and c.scale is not None and c.scale.kind == "numeric"]

    def count(phase: str, info: dict) -> None:
        if phase == "stop" and info["generation"] == 2:
            full.append(info["collected"])

    was_enabled = gc.isenabled()
    gc.enable()
    bulk.freeze_after_pauses(None)  # the first settle after this, as in a new application
    bulk.freeze_after_pauses(lambda: None)  # as the application: pauses end frozen ...
    settle_heap_after_opens(large)  # ... and each edit too
    shown(qtbot, MainWindow(large, native_dialogs=False, settings=QSettings(str(tmp_path / "w.ini"),
                                                                              QSettings.Format.IniFormat)), 1200, 800)
    qtbot.wait(300)
    bulk.collect_and_freeze()  # the settle after the open
    gc.callbacks.append(count)
    try:
        for _ in range(30):
            crit, option = rng.choice(crits), rng.choice(large.decision.options)
            value = round(rng.uniform(float(crit.scale.lower), float(crit.scale.upper)), 1)
            assert large.submit(SetScore(option.id, crit.id, Score(option_id=option.id, criterion_id=crit.id,
                                                                   value=value))) is None
            qtbot.wait(5)  # the edit has been shown
        shown_now = (large.decision, large.evaluation)
        assert full == []  # here as on 1,000 x 60 (docs/performance.md: 9 in 300 edits before)
        unfrozen = gc.get_objects()
        assert all(gc.is_tracked(o) and not any(u is o for u in unfrozen) for o in shown_now)  # frozen
    finally:
        gc.callbacks.remove(count)
        bulk.freeze_after_pauses(None)
        if not was_enabled:
            gc.disable()
