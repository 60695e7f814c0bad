"""Figure 4 of ``bench_shipping.py``: resident memory over a scripted hour of edits.

Measured in a fresh child process (``bench_shipping.py --memory-child FILE``) so the other
figures do not weigh on it; :func:`run_memory` starts it and reads what it wrote.

The child turns the event loop with :func:`loop_turns`, not ``QEventLoop.processEvents``:
only a running loop deletes what Qt scheduled for deletion (``deleteLater``), as the
application's own loop does. Pumped with ``processEvents`` alone, every widget a panel
replaced stayed alive, and that was all of the 3,400 blocks and 1.75 MiB of C heap a
reopen of a 1,000 x 60 project seemed to keep (session 28, docs/performance.md).
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import bench_foundation as bf  # noqa: E402 - a sibling script: machine header, Qt platform

from shipping_large import _open_window, _settle  # noqa: E402
from shipping_stats import TARGETS, Table, heap_in_use_mib, memory_trend, slope, vm_rss_mib  # noqa: E402

#: The script that runs the memory child.
SCRIPT = HERE / "bench_shipping.py"
#: Every action of the edit script, in order; repeated. Four score edits, three steps of
#: one weight-slider drag, an undo, a redo and a switch to the next analysis tab.
EDIT_CYCLE = ("score", "press", "drag", "release", "score", "undo", "score", "redo", "score", "view")


def loop_turns(loop: Any) -> Callable[[], None]:
    """A pump that runs one turn of ``loop`` (a ``QEventLoop``) as the running application does.

    Each call runs ``loop.exec()`` until a zero-delay timer quits it: posted events, timers
    and the deletions scheduled with ``deleteLater`` are all handled, which
    ``loop.processEvents()`` outside a running loop never does. Only calls on instances, so
    no reference to ``None`` is dropped (see the note on ``processEvents`` in benchmarks/README.md).
    """
    from PySide6.QtCore import QTimer

    timer = QTimer(loop)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(loop.quit)

    def turn() -> None:
        timer.start()
        loop.exec()

    return turn


def _edit_actions(controller: Any, window: Any, seed: int = 7) -> Iterator[tuple[str, Callable[[], None]]]:
    """Endless realistic edits: score edits, slider drags, undo/redo and tab switches (:data:`EDIT_CYCLE`)."""
    from counterweight.domain import Score
    from counterweight.services.edits import SetScore

    rng = random.Random(seed)
    state: dict[str, Any] = {}

    def score() -> None:
        decision = controller.decision
        crit = rng.choice([c for c in decision.criteria
                           if not c.is_group and c.scale is not None and c.scale.kind == "numeric"])
        option = rng.choice(decision.options)
        lo, hi = float(crit.scale.lower), float(crit.scale.upper)
        old = decision.score(option.id, crit.id)
        new = Score(option_id=option.id, criterion_id=crit.id, value=round(rng.uniform(lo, hi), 1),
                    rationale=old.rationale if old else "")
        controller.submit(SetScore(option.id, crit.id, new))

    def press() -> None:
        leaf = rng.choice([c for c, _ in controller.decision.walk() if not c.is_group])
        state["slider"] = slider = window.weights_panel.editor(leaf.id).slider
        slider.setSliderDown(True)
        slider.setValue(rng.randint(5, 95))

    def drag() -> None:
        state["slider"].setValue(rng.randint(5, 95))

    def release() -> None:
        state["slider"].setValue(rng.randint(5, 95))
        state["slider"].setSliderDown(False)

    def view() -> None:
        tabs = window.analysis_tabs
        tabs.show_tab((tabs.currentIndex() + 1) % tabs.count())

    actions = {"score": score, "press": press, "drag": drag, "release": release, "view": view,
               "undo": controller.undo_stack.undo, "redo": controller.undo_stack.redo}
    while True:
        for name in EDIT_CYCLE:
            yield name, actions[name]


def memory_child(args: argparse.Namespace, out: Path) -> None:
    """In a fresh process: idle RSS with the example open, then RSS every twelfth of the edits (at most 300)."""
    controller, window, process_events = _open_window(out.parent, "memory")
    pump = loop_turns(process_events.__self__)  # deferred deletions too, as in the application
    _settle(pump, 1.0)
    idle, heap_idle = vm_rss_mib(), heap_in_use_mib()
    every = max(1, min(300, args.edits // 12))
    samples, none_refs = [(0, idle)], [(0, sys.getrefcount(None))]
    heap = [(0, heap_idle)]
    t = time.perf_counter()
    actions = _edit_actions(controller, window)
    for k in range(1, args.edits + 1):
        name, act = next(actions)
        act()
        # After a tab switch, run past the panels' 150 ms debounce so the shown tab
        # recomputes, as it would between a user's actions; otherwise one turn of events.
        if name == "view":
            _settle(pump, 0.2)
        else:
            pump()
        if k % every == 0 or k == args.edits:
            pump()
            samples.append((k, vm_rss_mib()))
            heap.append((k, heap_in_use_mib()))
            none_refs.append((k, sys.getrefcount(None)))
            if k % (every * 4) == 0 or k == args.edits:
                print(f"  edit {k}/{args.edits}: RSS {samples[-1][1]:.1f} MiB", flush=True)
    elapsed = time.perf_counter() - t
    gc.collect()
    from PySide6.QtGui import QPixmapCache

    after_gc, heap_end = vm_rss_mib(), heap_in_use_mib()
    QPixmapCache.clear()  # Qt's own cache of rendered pieces of widgets, bounded by Qt (10 MiB)
    heap_cleared = heap_in_use_mib()
    result = {"idle_mib": idle, "samples": samples, "none_refs": none_refs, "seconds": elapsed,
              "after_gc_mib": after_gc, "undo_count": controller.undo_stack.count(), "every": every,
              "heap_idle_mib": heap_idle, "heap_samples": heap, "heap_end_mib": heap_end,
              "heap_without_pixmap_cache_mib": heap_cleared,
              "pixmap_cache_limit_kib": QPixmapCache.cacheLimit()}
    out.write_text(json.dumps(result), encoding="utf-8")
    window.close()
    controller.close_session()


def run_memory(table: Table, args: argparse.Namespace, env: dict[str, str], work: Path) -> None:
    """Figure 4, measured in a fresh child process so the other figures do not weigh on it."""
    out = work / "memory.json"
    cmd = [sys.executable, str(SCRIPT), "--memory-child", str(out), "--edits", str(args.edits)]
    subprocess.run(cmd, env={**env, "COUNTERWEIGHT_HOME": str(work / "memory-home")}, check=True, timeout=3600)
    r = json.loads(out.read_text(encoding="utf-8"))
    samples = [(int(n), float(m)) for n, m in r["samples"]]
    warmup = args.edits // 6
    lean = f"; without {'/'.join(bf.UNDECLARED_OPTIONAL)}" if bf._lean_variant() else ""
    trend = memory_trend(samples, warmup)
    limit = TARGETS["rss_growth_mib"]
    table.add(f"4. idle RSS, example open (VmRSS, Linux /proc{lean})", f"{r['idle_mib']:.1f} MiB")
    table.add(f"   RSS after {args.edits} scripted edits ({r['seconds']:.0f} s)", f"{samples[-1][1]:.1f} MiB",
              f"{r['after_gc_mib']:.1f} MiB after gc.collect()")
    table.add(f"   RSS growth from edit {trend['from_edit']} to {args.edits}", f"{trend['growth_mib']:.1f} MiB",
              f"{trend['slope_mib_per_1000']:.2f} MiB per 1,000 edits", f"< {limit:.0f} MiB (flat)",
              "PASS" if trend["flat"] else "MISS")
    heap = [(int(n), float(m)) for n, m in r["heap_samples"] if m is not None]
    if len(heap) > 2 and r["heap_end_mib"] is not None:
        grown = memory_trend(heap, warmup)
        pixmaps = r["heap_end_mib"] - r["heap_without_pixmap_cache_mib"]
        table.add(f"   heap in use (glibc mallinfo2) growth from edit {grown['from_edit']}",
                  f"{grown['growth_mib']:.1f} MiB", f"{grown['slope_mib_per_1000']:.2f} MiB per 1,000 edits",
                  "for information")
        table.add("   of the heap at the end: Qt's pixmap cache", f"{pixmaps:.1f} MiB",
                  f"Qt bounds it at {r['pixmap_cache_limit_kib'] / 1024:.0f} MiB", "for information")
    refs = [(float(n), float(c)) for n, c in r["none_refs"]]
    table.add("   change in references to None per 1,000 edits (3.11 aborts at 0)", f"{slope(refs) * 1000:+.0f}",
              f"{int(refs[-1][1])} at the end", "for information")
    table.data["memory"] = {**r, "trend": trend, "warmup_edits": warmup}

