"""The application settles the heap once after each open (issue 6; see counterweight.bulk)."""

from __future__ import annotations

import gc

import pytest

from counterweight.ui.app import HEAP_SETTLE_MS, settle_heap_after_opens

pytestmark = pytest.mark.qt


def test_each_open_freezes_the_heap_once_things_are_quiet(qtbot, controller, monkeypatch) -> None:
    import counterweight.ui.app as app_module

    calls: list[int] = []
    monkeypatch.setattr(app_module, "collect_and_freeze", lambda: calls.append(1))
    timer = settle_heap_after_opens(controller)
    assert timer.interval() == HEAP_SETTLE_MS and not timer.isActive()
    controller.set_session(controller.session)  # opening a project installs its session
    assert timer.isActive() and calls == []
    qtbot.waitUntil(lambda: calls == [1], timeout=5 * HEAP_SETTLE_MS)
    assert not timer.isActive()


def test_the_real_settle_leaves_the_heap_frozen(qtbot, controller) -> None:
    try:
        timer = settle_heap_after_opens(controller)
        controller.sessionReplaced.emit()
        qtbot.waitUntil(lambda: not timer.isActive() and gc.get_freeze_count() > 0, timeout=5 * HEAP_SETTLE_MS)
    finally:
        gc.unfreeze()
