#!/usr/bin/env python3
"""What a large project keeps in memory over reopens and over edits (issue 6; session 28).

Usage (from a checkout)::

    python benchmarks/bench_memory_growth.py [--options 1000] [--criteria 60] [--reopens 10]
                                             [--warmup 100] [--edits 300] [--pump loop|process-events]

Opens a generated project in bench_shipping's window ``--reopens`` times, then runs
bench_shipping's edit cycle (:data:`shipping_memory.EDIT_CYCLE`). After each reopen and
every 100 edits, once the workers are done and everything is collected, it prints
Python's live blocks (``sys.getallocatedblocks``), the C heap in use (glibc ``mallinfo2``)
and the objects the collector tracks, with the types that changed most. At the end it
clears the undo stack and prints what that freed. It measures no time.

``--pump loop`` (the default) turns the event loop as the application does, so what Qt
scheduled for deletion is deleted; ``--pump process-events`` calls
``QEventLoop.processEvents`` only, as the benchmarks did before session 28, which never
deletes it (see :func:`shipping_memory.loop_turns`).
"""

from __future__ import annotations

import argparse
import collections
import gc
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import bench_foundation as bf  # noqa: E402 - a sibling script: machine header, Qt platform

Counts = tuple[collections.Counter, int, float]


def _measure(pump: Any) -> Counts:
    """Objects by type, live blocks and C heap in use (MiB), once the workers are done and all is collected."""
    from PySide6.QtCore import QThreadPool

    from shipping_large import _settle
    from shipping_stats import heap_in_use_mib

    pool = QThreadPool.globalInstance()
    for _ in range(50):  # never list the objects while a worker builds a tuple (SystemError)
        pool.waitForDone()
        _settle(pump, 0.3)
        if pool.activeThreadCount() == 0:
            break
    gc.unfreeze()
    gc.collect()
    types = collections.Counter(type(o).__name__ for o in gc.get_objects())
    gc.freeze()
    return types, sys.getallocatedblocks(), heap_in_use_mib() or 0.0


def _line(label: str, cur: Counts, prev: Counts | None) -> str:
    text = f"{label:<16} blocks {cur[1]:>9,}  heap {cur[2]:7.2f} MiB  objects {sum(cur[0].values()):>8,}"
    if prev is not None:
        changed = {t: cur[0][t] - prev[0][t] for t in cur[0] | prev[0] if cur[0][t] != prev[0][t]}
        top = sorted(changed.items(), key=lambda kv: -abs(kv[1]))[:5]
        text += (f"  ({cur[1] - prev[1]:+,} blocks, {cur[2] - prev[2]:+.2f} MiB; "
                 + ", ".join(f"{t} {n:+}" for t, n in top) + ")")
    return text


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--options", type=int, default=1000)
    p.add_argument("--criteria", type=int, default=60)
    p.add_argument("--reopens", type=int, default=10)
    p.add_argument("--warmup", type=int, default=100, help="edits before the first edit figure (tabs computed once)")
    p.add_argument("--edits", type=int, default=300, help="edits measured after the warm-up")
    p.add_argument("--pump", choices=("loop", "process-events"), default="loop")
    args = p.parse_args(argv)
    bf._ensure_package()
    load_before = bf._load_1min()
    with tempfile.TemporaryDirectory(prefix="counterweight-memory-") as tmp:
        work = Path(tmp)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ["COUNTERWEIGHT_HOME"] = str(work / "home")
        from synthetic import generate_decision

        from counterweight.services.session import ProjectSession
        from shipping_large import _open_window, _settle
        from shipping_memory import _edit_actions, loop_turns

        path = work / f"synthetic-{args.options}x{args.criteria}.counterweight"
        ProjectSession.create(path, generate_decision(args.options, args.criteria, seed=1)).close()
        controller, window, process_events = _open_window(work, "memory-growth")
        pump = loop_turns(process_events.__self__) if args.pump == "loop" else process_events
        print(f"{path.name}, pump: {args.pump}, 1-min load {load_before:.2f}", flush=True)
        prev = None
        grown = []
        for k in range(1, args.reopens + 1):
            if not window.file_actions.open_path(path):
                raise SystemExit(f"the window could not open {path}")
            _settle(pump, 1.0)
            cur = _measure(pump)
            print(_line(f"open {k}", cur, prev), flush=True)
            if prev is not None and k > 2:  # the first reopen still replaces the example's panels
                grown.append((cur[1] - prev[1], cur[2] - prev[2]))
            prev = cur
        actions = _edit_actions(controller, window)
        done, start = 0, None
        for target in [args.warmup, *range(args.warmup + 100, args.warmup + args.edits + 1, 100)]:
            while done < target:
                name, act = next(actions)
                act()
                done += 1
                _settle(pump, 0.2) if name == "view" else pump()
            cur = _measure(pump)
            print(_line(f"edit {done}", cur, prev) + f"  undo steps {controller.undo_stack.count()}", flush=True)
            start = start or cur
            prev = cur
        steps = controller.undo_stack.count()
        controller.undo_stack.clear()
        cleared = _measure(pump)
        print(_line("undo cleared", cleared, prev), flush=True)
        window.close()
        controller.close_session()
    if grown:
        blocks = sorted(b for b, _ in grown)[len(grown) // 2]
        heap = sorted(h for _, h in grown)[len(grown) // 2]
        print(f"\nper reopen (median of opens 3-{args.reopens}): {blocks:+,} blocks, {heap:+.2f} MiB C heap")
    if start is not None and prev is not None:
        print(f"edits {args.warmup} -> {done}: {prev[1] - start[1]:+,} blocks, {prev[2] - start[2]:+.2f} MiB C heap, "
              f"{sum(prev[0].values()) - sum(start[0].values()):+,} objects")
        if steps:
            print(f"the undo stack's {steps} steps held {prev[1] - cleared[1]:,} blocks "
                  f"({(prev[1] - cleared[1]) / steps:.0f} per step) and {prev[2] - cleared[2]:.2f} MiB of C heap")
    print(f"1-min load {load_before:.2f} before, {bf._load_1min():.2f} after ({os.cpu_count()} CPUs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
