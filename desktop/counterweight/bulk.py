"""Keeping Python's cyclic garbage collector out of the way of large projects.

Two tools: :func:`gc_paused` while many objects are built at once, and
:func:`collect_and_freeze` once a project has been opened (:func:`freeze_after_edit`
after each edit).

Reading a large project makes on the order of 100,000 long-lived objects (one
validated model per score, its dict, its lists) and no reference cycles. With the
collector running, every few hundred allocations trigger a collection, and the older
generations are re-scanned again and again as the set of live objects grows. For a
1,000-option x 60-criterion project that was about 0.4 s of a 1.2 s open
(``benchmarks/bench_shipping.py``). Nothing made inside the pause is a cycle that
needs collecting, so pausing loses nothing; the collector runs as usual afterwards.

Uses may nest and may overlap across threads: the collector is switched back on when
the last one ends, and only if it was on when the first one began.

The running application goes one step further (:func:`freeze_after_pauses`): each pause
ends by freezing the heap before the collector is switched back on, and asks the
application to settle the heap soon after. Without the freeze, the first allocation
after a pause sets off a collection of the youngest generation, which then holds every
object made inside it: about 50 ms that collected nothing, in every open of a
1,000 x 60 project (measured with ``gc.callbacks``, docs/performance.md). A pause whose
work leaves reference cycles behind (an export's workbook) says so, and collects them
before the freeze, because the settle does not undo it (see :func:`collect_and_freeze`).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_lock = threading.RLock()
_depth = 0
_was_enabled = False
_cycles = False  # an unfinished pause was asked to collect before freezing (see gc_paused)
_settle_soon: Callable[[], object] | None = None  # see freeze_after_pauses
_frozen_after_full: int | None = None  # gc.get_freeze_count() after the last full collect_and_freeze


@contextmanager
def gc_paused(*, cycles: bool = False) -> Iterator[None]:
    """Run the ``with`` block with the cyclic garbage collector switched off.

    ``cycles``: the block leaves reference cycles behind (a spreadsheet's workbook).
    Where pauses end by freezing (:func:`freeze_after_pauses`), the outermost pause
    then collects before it freezes, so that they are not frozen with the rest.
    """
    global _depth, _was_enabled, _cycles
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
        _cycles = _cycles or cycles
    try:
        yield
    finally:
        settle = None
        with _lock:  # re-entrant: a finaliser run by the collection below may pause too
            _depth -= 1
            if _depth == 0:
                collect, _cycles = _cycles, False
                if _was_enabled:
                    settle = _settle_soon
                    if settle is not None:
                        if collect:
                            gc.collect()  # what the block made and dropped; frozen objects are skipped
                        gc.freeze()  # before switching on, or the first allocation collects them all
                    gc.enable()
        if settle is not None:
            settle()


def freeze_after_pauses(settle_soon: Callable[[], object] | None) -> None:
    """Make each pause end by freezing the heap and calling ``settle_soon``; ``None`` stops it.

    For the running application only: ``settle_soon`` must arrange for
    :func:`collect_and_freeze` to run shortly afterwards (it may be called from any
    thread that ends a pause), because objects made before a freeze are only examined
    again once it is undone. Stopping undoes the freeze at once, and the next
    :func:`collect_and_freeze` starts afresh.
    """
    global _settle_soon, _frozen_after_full
    with _lock:
        _settle_soon = settle_soon
        if settle_soon is None:
            gc.unfreeze()
            _frozen_after_full = None


def collect_and_freeze() -> None:
    """Collect what is not frozen, then leave every surviving object out of later collections.

    A full collection walks every tracked object; with a 1,000 x 60 project open that
    is over 100 ms, taken at whatever moment the collector chooses (during scrolling,
    in the benchmark). After opening a project the window calls this once, at a quiet
    moment, and the objects alive afterwards (the new decision, the window) are frozen
    (:func:`gc.freeze`). Frozen objects are still freed as usual when their last
    reference goes; only reference cycles among them wait.

    Each bulk operation already ends by freezing what it made, so collecting only the
    objects that are not frozen takes a few milliseconds, where undoing the freeze and
    collecting everything stopped the window for 0.13-1.1 s after every open, re-read
    and export of that project (session 27, docs/performance.md). The whole heap is
    collected only once the frozen heap has grown by more than a quarter since the last
    time, the rule Python itself applies to its oldest generation: cycles that wait are
    at most about a quarter of the heap, and in measurement a few objects per open.
    The first call only sets the starting size.
    """
    global _frozen_after_full
    full = _frozen_after_full is not None and gc.get_freeze_count() > _frozen_after_full * 5 // 4
    if full:
        gc.unfreeze()
    gc.collect()  # frozen objects are not examined
    gc.freeze()
    if full or _frozen_after_full is None:
        _frozen_after_full = gc.get_freeze_count()
    else:  # a closed project's objects have gone: the quarter is counted from what is left (review)
        _frozen_after_full = min(_frozen_after_full, gc.get_freeze_count())


def freeze_after_edit() -> None:
    """Freeze what an edit left alive, once it has been shown, so that no full collection follows.

    An edit replaces frozen objects (the decision's changed parts, the evaluation) with
    new ones that no settle after an open sees. In a stream of edits on a 1,000 x 60
    project they piled into the oldest generation until Python collected the whole of
    it: 7-9 full collections of up to 350 ms in 300 edits (session 27, docs/performance.md).
    Here only the young generations are collected (a few milliseconds), then everything
    is frozen. An edit's garbage has no reference cycles (none found in 300 edits), so
    the replaced objects are still freed as their last reference goes. Never the whole
    heap: the window also settles it (:func:`collect_and_freeze`) once edits pause, which
    applies the quarter rule at a quiet moment, when the edit's passing objects are gone.
    """
    gc.collect(1)
    gc.freeze()


__all__ = ["collect_and_freeze", "freeze_after_edit", "freeze_after_pauses", "gc_paused"]
