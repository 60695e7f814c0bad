"""Work left for after a paint runs after it, once (issue 6; counterweight.ui.after_paint)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from counterweight.ui.after_paint import PAINT_WAIT_MS, AfterPaint, after_next_paint, paint_wait_ms

pytestmark = pytest.mark.qt


class _Log(QObject):
    """Notes each paint of the widgets it watches in a shared list."""

    def __init__(self, log: list[str]) -> None:
        super().__init__()
        self.log = log

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self.log.append("paint")
        return False


@pytest.fixture
def shown(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(200, 100)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.wait(20)  # the first paint is over
    return widget


def test_the_work_runs_after_the_paint_and_once(qtbot, shown) -> None:
    log: list[str] = []
    spy = _Log(log)
    shown.installEventFilter(spy)
    after_next_paint(shown, lambda: log.append("work"))
    shown.update()
    qtbot.waitUntil(lambda: "work" in log)
    shown.update()
    qtbot.waitUntil(lambda: log.count("paint") >= 2)
    qtbot.wait(20)
    assert log[:2] == ["paint", "work"] and log.count("work") == 1


def test_a_zero_timer_would_have_run_before_the_paint(qtbot, shown) -> None:
    """Why the module exists: Qt delivers the repaint later than a zero-delay call."""
    from PySide6.QtCore import QTimer

    log: list[str] = []
    spy = _Log(log)
    shown.installEventFilter(spy)
    shown.update()
    QTimer.singleShot(0, lambda: log.append("work"))
    qtbot.waitUntil(lambda: "paint" in log)
    assert log[0] == "work"


def test_a_hidden_widget_gets_the_work_on_the_next_turn(qtbot) -> None:
    hidden = QWidget()
    qtbot.addWidget(hidden)
    done: list[int] = []
    waiting = after_next_paint(hidden, lambda: done.append(1), fallback_ms=paint_wait_ms(hidden))
    assert waiting.pending and done == []
    QApplication.processEvents()
    qtbot.waitUntil(lambda: done == [1], timeout=200)


def test_a_widget_on_screen_that_never_repaints_gets_it_after_the_wait(qtbot, shown) -> None:
    done: list[int] = []
    after_next_paint(shown, lambda: done.append(1), fallback_ms=paint_wait_ms(shown))  # nothing repaints it
    qtbot.wait(PAINT_WAIT_MS // 2)
    assert done == []
    qtbot.waitUntil(lambda: done == [1], timeout=2 * PAINT_WAIT_MS)


def test_cancelled_work_never_runs(qtbot, shown) -> None:
    done: list[int] = []
    waiting = after_next_paint(shown, lambda: done.append(1), fallback_ms=10)
    waiting.cancel()
    assert not waiting.pending
    shown.update()
    qtbot.wait(60)
    assert done == []


def test_arming_again_replaces_the_waiting_work(qtbot, shown) -> None:
    done: list[str] = []
    waiting = AfterPaint(shown)
    waiting.arm(lambda: done.append("first"))
    waiting.arm(lambda: done.append("second"))
    shown.update()
    qtbot.waitUntil(lambda: done == ["second"])
    waiting.arm(lambda: done.append("third"))  # the same object serves the next rebuild
    shown.update()
    qtbot.waitUntil(lambda: done == ["second", "third"])
    assert not waiting.pending
