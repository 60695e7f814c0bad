"""The garbage-collector pause used while a large project is read (issue 6)."""

from __future__ import annotations

import gc
import threading

import pytest

from counterweight.bulk import gc_paused


@pytest.fixture(autouse=True)
def _collector_on():
    """Each test starts with the collector on; afterwards it is as before, whatever the test did."""
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()  # test_a_collector_that_was_off_stays_off switches it off: not for the tests after it
    else:
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


@pytest.fixture
def full_collections(monkeypatch):
    """Settles start afresh and end unfrozen; yields the list of full collections (``gc.unfreeze`` calls)."""
    from counterweight.bulk import freeze_after_pauses

    freeze_after_pauses(None)  # forgets the size of the frozen heap a previous test left
    calls: list[int] = []
    real = gc.unfreeze
    monkeypatch.setattr(gc, "unfreeze", lambda: (calls.append(1), real())[1])
    try:
        yield calls
    finally:
        freeze_after_pauses(None)


def _alive_and_frozen(obj: object) -> bool:
    return gc.is_tracked(obj) and not any(o is obj for o in gc.get_objects())  # frozen: in no generation


def test_a_settle_collects_what_is_not_frozen_and_freezes_the_rest(full_collections) -> None:
    import weakref

    from counterweight.bulk import collect_and_freeze

    cycle = _Node()
    gone = weakref.ref(cycle)
    kept = _Node()
    del cycle
    collect_and_freeze()
    assert gone() is None and gc.get_freeze_count() > 0 and _alive_and_frozen(kept)
    later = _Node()  # made after the freeze: the next settle freezes it too
    collect_and_freeze()
    assert _alive_and_frozen(later)
    assert full_collections == []


def test_a_settle_leaves_the_frozen_heap_alone_until_it_has_grown_by_a_quarter(full_collections) -> None:
    """Session 27: no full collection of the frozen heap (0.13-1.1 s on 1,000 x 60) after every open."""
    import weakref

    from counterweight.bulk import collect_and_freeze

    frozen_cycle = _Node()
    gone = weakref.ref(frozen_cycle)
    collect_and_freeze()  # the first settle only sets the size: frozen_cycle is frozen
    del frozen_cycle
    for _ in range(5):  # reopening a project of the same size
        collect_and_freeze()
    assert full_collections == [] and gone() is not None  # a cycle among frozen objects waits ...
    grown = [[i] for i in range(gc.get_freeze_count() // 4 + 1_000)]  # a larger project opened
    gc.freeze()  # as the end of its pause does
    collect_and_freeze()
    assert full_collections == [1] and gone() is None  # ... until the frozen heap has grown by a quarter
    del grown


def test_the_quarter_is_counted_from_what_is_left_after_a_large_project_closes(full_collections) -> None:
    """Review: after a large project was closed, its size stayed the measure, so a small project's cycles could
    wait for ever; the next settles count the quarter from the heap as it is now."""
    import weakref

    from counterweight.bulk import collect_and_freeze

    large = [[i] for i in range(200_000)]  # a large project, open and settled
    gc.freeze()
    collect_and_freeze()
    del large  # closed: freed by reference counting, frozen or not
    collect_and_freeze()
    cycle = _Node()  # a small project's cycle, frozen by the next settle
    gone = weakref.ref(cycle)
    collect_and_freeze()
    del cycle
    grown = [[i] for i in range(gc.get_freeze_count() // 4 + 1_000)]  # the small heap grows by a quarter
    gc.freeze()
    collect_and_freeze()
    assert full_collections == [1] and gone() is None
    del grown


def test_repeated_opens_leave_no_frozen_garbage_behind(tmp_path, full_collections) -> None:
    """Counted objects: reading the same project again and again, the frozen heap stays the same size."""
    from counterweight.bulk import collect_and_freeze, freeze_after_pauses
    from counterweight.storage import ProjectStore
    from tests.storage.builders import rich_decision

    ProjectStore.create(tmp_path / "p.counterweight", rich_decision()).close()
    freeze_after_pauses(lambda: None)  # the application's pauses: ending frozen
    decision, sizes = None, []
    for _ in range(12):
        with ProjectStore.open(tmp_path / "p.counterweight") as store:
            decision = store.load()  # the previous decision goes with its last reference
        collect_and_freeze()
        sizes.append(gc.get_freeze_count())
    assert decision == rich_decision()
    assert full_collections == []
    assert sizes[-1] - sizes[2] < 20  # measured: none (7 objects a read before session 27: the store's cycle)


def test_after_an_edit_only_the_young_are_collected_and_all_is_frozen(full_collections) -> None:
    """Session 27: what an edit leaves is frozen without a full collection, and freed by its last reference."""
    import weakref

    from counterweight.bulk import collect_and_freeze, freeze_after_edit

    collect_and_freeze()  # the settle after an open
    young_cycle, shown, frozen_cycle = _Node(), _Node(), _Node()
    shown.me = None  # no cycle, as what an edit leaves (none found in 300 edits on 1,000 x 60)
    gone = weakref.ref(young_cycle)
    del young_cycle
    freeze_after_edit()
    assert gone() is None  # the young generations were collected ...
    assert _alive_and_frozen(shown) and _alive_and_frozen(frozen_cycle)  # ... and the rest frozen
    freed, waits = weakref.ref(shown), weakref.ref(frozen_cycle)
    del shown, frozen_cycle  # the next edit replaces them
    assert freed() is None and waits() is not None  # frozen, freed by its last reference; a cycle waits ...
    grown = [[i] for i in range(gc.get_freeze_count() // 4 + 1_000)]  # a quarter more frozen, edit after edit
    freeze_after_edit()
    assert full_collections == [] and _alive_and_frozen(grown)  # never the whole heap after an edit ...
    collect_and_freeze()  # ... but once edits pause, when the frozen heap has grown by a quarter
    assert full_collections == [1] and waits() is None
    del grown


def test_a_closed_store_is_freed_without_the_collector(tmp_path) -> None:
    """Session 27: the store and its snapshot-copies reader made a cycle that waited for a full collection."""
    import weakref

    from counterweight.storage import ProjectStore
    from tests.storage.builders import rich_decision

    store = ProjectStore.create(tmp_path / "p.counterweight", rich_decision())
    store.load()
    store.close()
    gone = weakref.ref(store)
    gc.disable()  # switched back on by the _collector_on fixture
    del store
    assert gone() is None


# ------------------------------------------------------------ freezing at the end of a pause (issue 6)
@pytest.fixture
def freezing():
    """Pauses end with a freeze; yields the list of settle requests."""
    from counterweight.bulk import freeze_after_pauses

    asked: list[int] = []
    freeze_after_pauses(lambda: asked.append(1))
    try:
        yield asked
    finally:
        freeze_after_pauses(None)


def _collections_after_a_big_pause() -> list[int]:
    """Generations collected by the first allocations after a pause that made many objects."""
    seen: list[int] = []

    def note(phase: str, info: dict) -> None:
        if phase == "start":
            seen.append(info["generation"])

    gc.collect()
    gc.callbacks.append(note)  # nothing is collected inside the pause; the end of it is what is watched
    try:
        with gc_paused():
            made = [[i] for i in range(20_000)]  # tracked objects, far over the youngest generation's threshold
        more = [[i] for i in range(50)]  # fewer than the threshold: only the pause's objects can set it off
    finally:
        gc.callbacks.remove(note)
    del made, more
    return seen


def test_without_freezing_the_first_allocation_after_a_pause_collects_everything_made_in_it() -> None:
    assert _collections_after_a_big_pause() == [0]


def test_a_freezing_pause_ends_without_that_collection_and_asks_for_a_settle(freezing) -> None:
    assert _collections_after_a_big_pause() == []
    assert gc.get_freeze_count() > 20_000
    assert freezing == [1]


def test_only_the_outermost_pause_freezes_and_asks(freezing) -> None:
    with gc_paused():
        with gc_paused():
            pass
        assert freezing == [] and gc.get_freeze_count() == 0
    assert freezing == [1] and gc.get_freeze_count() > 0


def test_a_collector_that_was_off_is_not_frozen_either(freezing) -> None:
    gc.disable()
    with gc_paused():
        pass
    assert freezing == [] and gc.get_freeze_count() == 0


def test_a_pause_that_leaves_cycles_collects_them_before_freezing(freezing) -> None:
    """An export's workbook is a web of cycles: frozen with the rest, it would stay in memory."""
    import weakref

    with gc_paused(cycles=True):
        workbook = _Node()
        gone = weakref.ref(workbook)
        del workbook
    assert gone() is None and gc.get_freeze_count() > 0 and freezing == [1]


def test_switching_it_off_undoes_the_freeze() -> None:
    from counterweight.bulk import freeze_after_pauses

    freeze_after_pauses(lambda: None)
    with gc_paused():
        pass
    assert gc.get_freeze_count() > 0
    freeze_after_pauses(None)
    assert gc.get_freeze_count() == 0
    with gc_paused():
        pass
    assert gc.get_freeze_count() == 0
