"""The garbage-collector pause used while a large project is read (issue 6)."""

from __future__ import annotations

import gc
import threading

import pytest

from counterweight.bulk import gc_paused


@pytest.fixture(autouse=True)
def _collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_the_collector_is_off_inside_and_back_on_after() -> None:
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_nested_pauses_switch_it_back_on_only_at_the_end() -> None:
    with gc_paused():
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_an_error_inside_still_switches_it_back_on() -> None:
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    with gc_paused():
        pass
    assert not gc.isenabled()


def test_overlapping_pauses_in_two_threads_leave_it_on() -> None:
    inside, release = threading.Event(), threading.Event()

    def other() -> None:
        with gc_paused():
            inside.set()
            release.wait(5)

    t = threading.Thread(target=other)
    t.start()
    inside.wait(5)
    with gc_paused():  # begins while the other thread's pause is running ...
        release.set()
        t.join(5)  # ... which ends first
        assert not gc.isenabled()
    assert gc.isenabled()


def test_loading_a_project_pauses_the_collector(tmp_path, monkeypatch) -> None:
    from counterweight.storage import ProjectStore, rows
    from tests.storage.builders import rich_decision

    seen = []
    real = rows.read_decision
    monkeypatch.setattr(rows, "read_decision", lambda *a: (seen.append(gc.isenabled()), real(*a))[1])
    ProjectStore.create(tmp_path / "p.counterweight", rich_decision()).close()
    with ProjectStore.open(tmp_path / "p.counterweight") as store:
        assert store.load() == rich_decision()
    assert seen == [False] and gc.isenabled()


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the collector frees it


def test_collect_and_freeze_frees_old_cycles_and_freezes_the_rest() -> None:
    import weakref

    from counterweight.bulk import collect_and_freeze

    try:
        cycle = _Node()
        gone = weakref.ref(cycle)
        kept = _Node()
        collect_and_freeze()  # kept is now frozen
        assert gc.get_freeze_count() > 0
        del cycle
        collect_and_freeze()  # the earlier freeze is undone first, so the dropped cycle is collected
        assert gone() is None
        ref_kept = weakref.ref(kept)
        del kept
        gc.collect()  # frozen: a plain collection leaves the cycle alone ...
        assert ref_kept() is not None
        collect_and_freeze()  # ... until the next settle
        assert ref_kept() is None
    finally:
        gc.unfreeze()
