"""Keeping Python's cyclic garbage collector out of the way of large projects.

Two tools: :func:`gc_paused` while many objects are built at once, and
:func:`collect_and_freeze` once a project has been opened.

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
1,000 x 60 project (measured with ``gc.callbacks``, docs/performance.md).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_depth = 0
_was_enabled = False
_settle_soon: Callable[[], object] | None = None  # see freeze_after_pauses


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run the ``with`` block with the cyclic garbage collector switched off."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        settle = None
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                settle = _settle_soon
                if settle is not None:
                    gc.freeze()  # before switching on, or the first allocation collects them all
                gc.enable()
        if settle is not None:
            settle()


def freeze_after_pauses(settle_soon: Callable[[], object] | None) -> None:
    """Make each pause end by freezing the heap and calling ``settle_soon``; ``None`` stops it.

    For the running application only: ``settle_soon`` must arrange for
    :func:`collect_and_freeze` to run shortly afterwards (it may be called from any
    thread that ends a pause), because reference cycles made before a freeze are only
    collected once it is undone. Stopping undoes the freeze at once.
    """
    global _settle_soon
    with _lock:
        _settle_soon = settle_soon
    if settle_soon is None:
        gc.unfreeze()


def collect_and_freeze() -> None:
    """Collect once, then leave every surviving object out of later collections.

    A full collection walks every tracked object; with a 1,000 x 60 project open that
    is over 100 ms, taken at whatever moment the collector chooses (during scrolling,
    in the benchmark). After opening a project the window calls this once, at a quiet
    moment: the previous freeze is undone, so whatever the last project left in
    reference cycles is collected now, and the objects alive afterwards (the new
    decision, the window) are frozen (:func:`gc.freeze`). Frozen objects are still
    freed as usual when their last reference goes; only cycles among them wait until
    the next call.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()


__all__ = ["collect_and_freeze", "freeze_after_pauses", "gc_paused"]
