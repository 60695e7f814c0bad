"""The memory benchmarks turn the event loop as the application does (issue 6, session 28).

Pumped with ``QEventLoop.processEvents`` alone, the benchmarks never deleted what Qt
scheduled for deletion, so every reopen of a project seemed to keep the weights panel's
64 slider rows of the project before (about 3,400 blocks and 1.75 MiB of C heap on a
1,000 x 60 project). The application's own loop deletes them. Nothing here is timed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, QObject

pytestmark = pytest.mark.qt

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


@pytest.fixture
def shipping_memory(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    import shipping_memory

    yield shipping_memory
    for name in ("shipping_memory", "shipping_large", "shipping_first_paint", "shipping_stats", "bench_foundation"):
        sys.modules.pop(name, None)


def test_the_memory_pump_deletes_what_qt_scheduled_for_deletion(qapp, shipping_memory) -> None:
    loop = QEventLoop()
    pump = shipping_memory.loop_turns(loop)
    gone: list[str] = []
    obj = QObject()
    obj.destroyed.connect(lambda *_: gone.append("deleted"))
    obj.deleteLater()
    del obj
    pump()
    assert gone == ["deleted"]

