#!/usr/bin/env python3
"""Stalls of the window on a large project: the longest gap of a 5 ms timer per action.

Usage (from a checkout; the package is found in ``desktop/`` when not installed)::

    python benchmarks/bench_large_project_stalls.py [PROJECT] [--options N] [--criteria M] [--json FILE]

The real main window is opened offscreen (1366 x 768, a temporary
``COUNTERWEIGHT_HOME``) on a copy of ``PROJECT`` or, without one, on a generated
project of ``--options`` x ``--criteria`` (default 1,000 x 60, as
``synthetic.generate_decision`` makes it). A 5 ms ``QTimer`` in the GUI thread
(``bench_gui_responsiveness.TickRecorder``) records every tick; the longest gap
between two ticks is the longest the window could not have reacted to the user.
Each action is timed from the moment it starts until the window is quiet again (no
worker thread running and a quarter of a second without a gap over 30 ms):

* opening each analysis tab (after collecting and freezing the heap, as the application
  does once a project is open), the History dock and the source library;
* an Uncertainty run (its draws, then putting the results on screen), and the same results
  put on screen again (the display alone);
* with each analysis tab shown: a weight edit, a score edit, Undo and Redo.

For each action it prints the longest gap, the number of gaps over 100 ms and where
the GUI thread was while late (sampled stacks, innermost first). It is a plain
script, not a test: the figures depend on the machine and on what else runs on it.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if importlib.util.find_spec("counterweight") is None:
    sys.path.insert(0, str(HERE.parent / "desktop"))
for _path in (HERE, HERE.parent):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

import bench_gui_responsiveness as gui  # noqa: E402 - after the paths above

gui.TICK_MS = 5
QUIET_MS = 30.0  # a gap longer than this means the window is still busy
QUIET_S = 0.25  # how long without such a gap counts as quiet


def _threads_busy() -> bool:
    from PySide6.QtCore import QThreadPool

    return QThreadPool.globalInstance().activeThreadCount() > 0


def _settle(recorder: gui.TickRecorder, timeout_s: float) -> None:
    """Run the event loop until no worker runs and no gap over ``QUIET_MS`` happened for ``QUIET_S``."""
    end = time.perf_counter() + timeout_s

    def quiet() -> bool:
        ticks, now = recorder.ticks, time.perf_counter()
        if now > end:
            return True
        if _threads_busy() or now - ticks[-1] > QUIET_MS / 1000 or now - ticks[0] < QUIET_S:
            return False
        recent = [t for t in ticks if t >= now - QUIET_S]
        return all((b - a) * 1000 <= QUIET_MS for a, b in zip(recent, recent[1:]))

    gui._wait(quiet, timeout_s + 5, "settling")  # noqa: SLF001 - the sibling benchmark's helper


def measure(action: Callable[[], object], timeout_s: float = 300.0,
            done: Callable[[], bool] = lambda: True) -> dict[str, Any]:
    """The longest gap from ``action()`` until ``done()`` and the window is quiet again, and where the GUI thread was.

    (Work the window does in slices of under ``QUIET_MS`` looks quiet: ``done`` waits for its end.)
    """
    recorder = gui.TickRecorder()
    sampler = gui.StallSampler(recorder, threading.get_ident())
    with gui.GcPauses(threading.get_ident()) as collector:
        sampler.start()
        recorder.start()
        t0 = time.perf_counter()
        action()
        gui._wait(done, timeout_s, "the action")  # noqa: SLF001
        _settle(recorder, timeout_s)
        total = (time.perf_counter() - t0) * 1000
        recorder.stop()
        sampler.stop()
    ticks = [t0, *[t for t in recorder.ticks if t >= t0]]
    gaps = [(b - a) * 1000 for a, b in zip(ticks, ticks[1:])]
    return {"max_gap_ms": max(gaps, default=0.0), "gaps_over_100ms": sum(g > 100 for g in gaps),
            "busy_ms": total - QUIET_S * 1000, "stacks": sampler.samples["GUI thread"].most_common(3),
            "gc_longest_ms": max((ms for _, ms, _, _ in collector.pauses), default=0.0)}


def _open_window(path: Path, work: Path) -> tuple[Any, Any]:
    from PySide6.QtCore import QSettings

    from counterweight.services.session import ProjectSession
    from counterweight.ui.main_window import MainWindow
    from counterweight.ui.session_controller import SessionController

    controller = SessionController(ProjectSession.open(path))
    settings = QSettings(str(work / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(controller, native_dialogs=False, settings=settings)
    window.resize(1366, 768)
    window.show()
    return window, controller


def _edits(controller: Any) -> dict[str, Callable[[], object]]:
    """A weight edit, a score edit, Undo and Redo (each a new value, so every one changes the decision)."""
    from counterweight.services.edits import SetScore, SetWeight

    step = {"n": 0}

    def weight() -> None:
        d = controller.decision
        leaf = next(c for c in d.criteria if not any(k.parent_id == c.id for k in d.criteria))
        step["n"] += 1
        controller.submit(SetWeight(leaf.id, leaf.weight + 1 + step["n"] % 3))

    def score() -> None:
        d = controller.decision
        s = next(s for s in d.scores if s.value is not None and s.low is None)
        step["n"] += 1
        new = max(0.0, min(100.0, s.value + (1 if s.value < 50 else -1) * (1 + step["n"] % 3)))
        controller.submit(SetScore(s.option_id, s.criterion_id, s.model_copy(update={"value": new})))

    return {"weight edit": weight, "score edit": score,
            "undo": controller.undo_stack.undo, "redo": controller.undo_stack.redo}


def run(path: Path, work: Path, timeout_s: float) -> dict[str, dict[str, Any]]:
    from counterweight.ui.widgets.analysis_tabs import UNCERTAINTY

    window, controller = _open_window(path, work)
    results: dict[str, dict[str, Any]] = {}

    def record(name: str, action: Callable[[], object], done: Callable[[], bool] = lambda: True) -> None:
        results[name] = r = measure(action, timeout_s, done)
        print(f"  {name:<44} longest gap {r['max_gap_ms']:7.1f} ms, {r['gaps_over_100ms']:3d} over 100 ms, "
              f"busy {r['busy_ms'] / 1000:6.2f} s; longest garbage collection {r['gc_longest_ms']:5.0f} ms", flush=True)
        for where, count in r["stacks"]:
            print(f"      {count:>4}  {where}")

    tabs = window.analysis_tabs
    names = [tabs.tabText(i) for i in range(tabs.count())]
    record("opening the window", lambda: None)
    from counterweight.bulk import collect_and_freeze

    collect_and_freeze()  # as the application does once a project is open (ui.app.settle_heap_after_opens)
    for i, name in enumerate(names):
        record(f"tab {name} (first time)", lambda i=i: tabs.show_tab(i))
    record("tab Ranking (again)", lambda: tabs.show_tab(0))
    record("History dock", window.history_action.trigger)
    record("History dock closed", window.history_action.trigger)
    record("source library", window.show_source_library)
    dialog = getattr(window, "sources_dialog", None)
    if dialog is not None:
        dialog.close()
    tabs.show_tab(UNCERTAINTY)
    panel, shown = tabs.uncertainty_panel, []
    panel.runFinished.connect(lambda _r: shown.append(True))
    panel.runStopped.connect(lambda _m: shown.append(False))
    record("Uncertainty run and its results", panel.run, lambda: bool(shown))
    if panel.result is not None:  # the same results again: their display alone
        shown.clear()
        record("Uncertainty results shown again",
               lambda: panel.results.show_result(panel.result, "", on_shown=lambda: shown.append(True)),
               lambda: bool(shown))
    edits = _edits(controller)
    for i, name in enumerate(names):
        tabs.show_tab(i)
        measure(lambda: None, timeout_s)
        for what, action in edits.items():
            record(f"{what} on {name}", action)
    window.close()
    controller.close_session()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", nargs="?", type=Path, help="a .counterweight file (copied first)")
    parser.add_argument("--options", type=int, default=1000)
    parser.add_argument("--criteria", type=int, default=60)
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds allowed per action")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    from bench_foundation import _machine_info, _qt_platform

    with tempfile.TemporaryDirectory(prefix="counterweight-stalls-") as tmp:
        work = Path(tmp)
        os.environ["QT_QPA_PLATFORM"] = _qt_platform("offscreen", work)
        os.environ["COUNTERWEIGHT_HOME"] = str(work / "home")  # never the user's own folder
        from counterweight.ui.app import make_application

        app = make_application(["bench_large_project_stalls"])  # noqa: F841 - kept alive for the run
        path = work / "project.counterweight"
        if args.project is not None:
            shutil.copyfile(args.project, path)
            what = args.project.name
        else:
            from synthetic import generate_decision

            from counterweight.services.session import ProjectSession

            ProjectSession.create(path, generate_decision(args.options, args.criteria, seed=1)).close()
            what = f"generated, {args.options} x {args.criteria}"
        info = _machine_info("offscreen")
        print(f"Counterweight stalls on a large project ({what}); timer {gui.TICK_MS} ms")
        for key, value in info.items():
            print(f"  {key:<14} {value}")
        results = run(path, work, args.timeout)
    worst = max(results.items(), key=lambda kv: kv[1]["max_gap_ms"])
    print(f"\nLongest gap: {worst[1]['max_gap_ms']:.0f} ms ({worst[0]})")
    if args.json:
        args.json.write_text(json.dumps({"machine": info, **results}, indent=2, default=str) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
