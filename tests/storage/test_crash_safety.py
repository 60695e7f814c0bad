"""A process killed while saving loses nothing it acknowledged and corrupts nothing.

Writer processes commit a stream of score values 1, 2, 3, ... and print an
acknowledgement after each ``commit`` returns. Each is SIGKILLed at a random
moment (so some kills land inside a transaction or an fsync), then the file is
checked and reopened. The writers are forked from a helper process that has
already imported Counterweight, so many kills fit in a few seconds.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from counterweight.domain import Criterion, Decision, NumericScale, Option, Score
from counterweight.storage import ProjectStore
from tests.storage.test_locking import start_child

KILLS = 50  # issue 6 asks for at least 50 kills

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")


def _start() -> Decision:
    return Decision(
        id="crash",
        title="Crash test",
        options=[Option(id="O1", name="One"), Option(id="O2", name="Two")],
        criteria=[Criterion(id="C1", name="Counter", scale=NumericScale(lower=0, upper=1e9))],
        scores=[Score(option_id="O1", criterion_id="C1", value=0), Score(option_id="O2", criterion_id="C1", value=5)],
    )


class Lines:
    """Lines read from a stream by a background thread."""

    def __init__(self, stream) -> None:  # type: ignore[no-untyped-def]
        self.items: list[str] = []
        self._cond = threading.Condition()
        self._thread = threading.Thread(target=self._pump, args=(stream,), daemon=True)
        self._thread.start()

    def _pump(self, stream) -> None:  # type: ignore[no-untyped-def]
        for line in stream:
            with self._cond:
                self.items.append(line.strip())
                self._cond.notify_all()

    def wait_for(self, start: int, test: Callable[[str], bool], timeout: float = 30) -> int:
        """Index of the first line at or after ``start`` passing ``test``."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for i in range(start, len(self.items)):
                    if test(self.items[i]):
                        return i
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"timed out; lines so far: {self.items[start:][-5:]}")
                self._cond.wait(left)


def _check(path: Path, previous: int, last_ack: int) -> int:
    """Verify the file after a kill; return the stored counter."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()
    with ProjectStore.open(path) as store:
        assert not store.read_only, store.read_only_reason  # the dead writer's lock is gone
        d = store.load()
        score = d.score("O1", "C1")
        assert score is not None and score.value is not None
        stored = int(score.value)
        # every acknowledged value is there; at most one more commit landed (it
        # finished but the writer died before printing)
        floor = max(previous, last_ack)
        assert floor <= stored <= floor + 1, (previous, last_ack, stored)
        # data and audit log move together: one audit row per committed value
        sets = [e for e in store.audit_log() if e.action == "Set score"]
        assert len(sets) == stored
        assert not sets or sets[0].new == stored
        report = store.verify_audit()  # the hash chain survives every kill
        assert report.ok, report.problem
        assert d.score("O2", "C1") == _start().score("O2", "C1")
    return stored


def test_sigkill_during_commits_loses_no_acknowledged_edit(folder: Path) -> None:
    path = folder / "crash.counterweight"
    ProjectStore.create(path, _start()).close()
    rng = random.Random(20240501)
    server = start_child("forkserver", path, stdin=True)
    assert server.stdin is not None
    out = Lines(server.stdout)
    err = Lines(server.stderr)
    stored = 0
    acknowledged = 0
    try:
        for k in range(KILLS):
            mark = len(out.items)
            server.stdin.write("go\n")
            server.stdin.flush()
            i = out.wait_for(mark, lambda s: s.startswith(("ready", "read-only", "reaped")))
            assert out.items[i].startswith("ready"), (out.items[mark:], err.items[-10:])
            pid = int(out.items[i].split()[1])
            if k % 5 != 0:  # most kills land in the stream of commits, a few during start-up
                out.wait_for(i, lambda s: s.startswith(("ack", "reaped")))
                time.sleep(rng.uniform(0.0, 0.1))
            os.kill(pid, signal.SIGKILL)
            end = out.wait_for(i, lambda s, pid=pid: s == f"reaped {pid}")
            acks = [int(s.split()[1]) for s in out.items[i:end] if s.startswith("ack ")]
            assert acks == list(range(stored + 1, stored + 1 + len(acks)))
            last_ack = acks[-1] if acks else -1
            acknowledged += len(acks)
            stored = _check(path, stored, last_ack)
    finally:
        server.stdin.close()
        try:
            server.wait(timeout=10)
        except Exception:
            server.kill()
            server.wait()
    assert not err.items or not any("Traceback" in s for s in err.items), err.items
    assert acknowledged > KILLS, "the writers hardly committed anything; the test proved little"
    if sys.platform.startswith("linux"):
        assert stored >= acknowledged
