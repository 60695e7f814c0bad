#!/usr/bin/env python3
"""GUI responsiveness while an analysis runs: the gaps between the ticks of a 10 ms timer.

Usage (from a checkout; the package is found in ``desktop/`` when not installed)::

    python benchmarks/bench_gui_responsiveness.py [--samples N] [--repeats R] [--gc-freeze] [--quick] [--json FILE]

The real main window is opened offscreen (on a virtual 1920x1080 screen, with a
temporary ``COUNTERWEIGHT_HOME``, as ``bench_foundation.py`` does). A 10 ms
``QTimer`` in the GUI thread records the time of each tick; a gap much longer than
10 ms is a time the window could not have reacted to the user. Scenarios:

1. **Uncertainty**: a generated 100-option x 20-criterion project
   (``synthetic.generate_decision``) whose numeric scores get a range of +-10 (so
   they vary), weights "unknown" and 100,000 samples; the Uncertainty tab's
   ``UncertaintyPanel.run()`` starts the run; the timer runs until the results are
   on screen (``runFinished``) and 0.3 s more for the repaint. Gaps are reported for
   the run itself and for putting the results on screen.
2. **Sensitivity**: the worked example; the Sensitivity tab's
   ``SensitivityPanel.compute()`` is called ``--repeats`` times, each time until
   the results are shown (``updated``) and 0.2 s more. For information the same is
   done with the example switched to TOPSIS (threshold search by bisection).

Target: no gap over 100 ms. To trace a miss, the script splits each long gap (on
Linux, from ``/proc/thread-self/schedstat``) into the time the GUI thread ran, was
ready without a free CPU, and was blocked (the GIL); it also records the GUI-thread
time spent in the slots that handle results, every pause of Python's cyclic garbage
collector (which stops all threads), and the Python stacks of all threads sampled
while the GUI thread is more than 40 ms late. ``--gc-freeze`` calls ``gc.freeze()``
once the window is open, to show how much of the worst gap is the collector. It is a
plain script, not a test.
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib.util
import json
import os
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if importlib.util.find_spec("counterweight") is None:
    sys.path.insert(0, str(HERE.parent / "desktop"))
for _path in (HERE, HERE.parent):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

TICK_MS = 10
TARGET_MS = 100.0
STALL_MS = 40.0  # the watchdog samples stacks once the GUI thread is this late
SPREAD = 10.0  # +- range given to every numeric score of the generated project


# ---------------------------------------------------------------- probes
class TickRecorder:
    """A precise 10 ms timer in the GUI thread recording ``perf_counter`` at every tick.

    On Linux it also records, at every tick, the GUI thread's scheduler counters
    (``/proc/thread-self/schedstat``: nanoseconds on a CPU and waiting for one), so
    a long gap can be split into time the thread ran, time it was ready but had no
    CPU (a busy machine), and time it was blocked (waiting for the GIL or idle).
    """

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.ticks: list[float] = []
        self.sched: list[tuple[int, int]] = []
        self.last = time.perf_counter()
        try:  # opened in the GUI thread, so it describes this thread
            self._fd: int | None = os.open("/proc/thread-self/schedstat", os.O_RDONLY)
        except OSError:
            self._fd = None
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def _counters(self) -> tuple[int, int]:
        if self._fd is None:
            return (0, 0)
        on_cpu, waiting, _slices = os.pread(self._fd, 128, 0).split()
        return int(on_cpu), int(waiting)

    def _tick(self) -> None:
        self.last = now = time.perf_counter()
        self.ticks.append(now)
        self.sched.append(self._counters())

    def start(self) -> None:
        self.ticks, self.sched = [time.perf_counter()], [self._counters()]
        self.last = self.ticks[0]
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def split(self, k: int) -> dict[str, float]:
        """Gap ``k`` (between ticks k and k+1) in ms: ``ran``, ``no_cpu`` (ready, no CPU free), ``blocked``."""
        gap = (self.ticks[k + 1] - self.ticks[k]) * 1000
        ran = (self.sched[k + 1][0] - self.sched[k][0]) / 1e6
        no_cpu = (self.sched[k + 1][1] - self.sched[k][1]) / 1e6
        return {"gap_ms": gap, "ran_ms": ran, "no_cpu_ms": no_cpu, "blocked_ms": max(0.0, gap - ran - no_cpu)}


class StallSampler(threading.Thread):
    """Counts the innermost frames of every thread's stack while the GUI thread's timer is late."""

    def __init__(self, recorder: TickRecorder, gui_ident: int) -> None:
        super().__init__(daemon=True, name="stall-sampler")
        self.recorder, self.gui_ident = recorder, gui_ident
        self.samples: dict[str, Counter[str]] = {"GUI thread": Counter(), "other threads": Counter()}
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.wait(0.01):
            if (time.perf_counter() - self.recorder.last) * 1000 < STALL_MS:
                continue
            for ident, frame in sys._current_frames().items():  # noqa: SLF001 - a diagnostic
                if ident != self.ident:
                    role = "GUI thread" if ident == self.gui_ident else "other threads"
                    self.samples[role][_where(frame)] += 1

    def stop(self) -> None:
        self._halt.set()
        self.join()


def _where(frame: Any, depth: int = 3) -> str:
    """The innermost ``depth`` frames of a stack, innermost first (no source read: cheap while sampling)."""
    out = []
    while frame is not None and len(out) < depth:
        path = frame.f_code.co_filename.replace(os.sep, "/")
        for marker in ("/desktop/", "/site-packages/", "/benchmarks/", "/lib/python"):
            if marker in path:
                path = path.split(marker, 1)[1]
                break
        out.append(f"{path}:{frame.f_lineno} {frame.f_code.co_name}")
        frame = frame.f_back
    return " <- ".join(out)


class GcPauses:
    """Every run of the cyclic garbage collector: (start, ms, generation, thread), via ``gc.callbacks``."""

    def __init__(self, gui_ident: int) -> None:
        self.gui_ident = gui_ident
        self.pauses: list[tuple[float, float, int, str]] = []
        self._started: dict[int, float] = {}

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        ident = threading.get_ident()
        if phase == "start":
            self._started[ident] = time.perf_counter()
        elif ident in self._started:
            t = self._started.pop(ident)
            who = "GUI thread" if ident == self.gui_ident else "other thread"
            self.pauses.append((t, (time.perf_counter() - t) * 1000, info["generation"], who))

    def __enter__(self) -> GcPauses:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self)


class SlotTimes:
    """GUI-thread time spent in chosen methods, patched on their class for the duration of ``patch``."""

    def __init__(self) -> None:
        self.calls: dict[str, list[tuple[float, float]]] = {}

    @contextmanager
    def patch(self, targets: list[tuple[type, str]]) -> Iterator[None]:
        saved = [(owner, name, owner.__dict__[name]) for owner, name in targets]
        try:
            for owner, name in targets:
                setattr(owner, name, self._timed(getattr(owner, name), f"{owner.__name__}.{name}"))
            yield
        finally:
            for owner, name, original in saved:
                setattr(owner, name, original)

    def _timed(self, fn: Callable[..., Any], label: str) -> Callable[..., Any]:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.calls.setdefault(label, []).append((t, (time.perf_counter() - t) * 1000))
        return wrapper

    def first_call(self, label: str) -> float | None:
        calls = self.calls.get(label)
        return calls[0][0] if calls else None

    def summary(self) -> dict[str, dict[str, float]]:
        return {k: {"calls": len(v), "total_ms": sum(ms for _, ms in v), "max_ms": max(ms for _, ms in v)}
                for k, v in self.calls.items()}


# ---------------------------------------------------------------- measuring
def _percentile(xs: list[float], q: float) -> float:
    """The ``q``-th percentile of ``xs`` (nearest rank)."""
    if not xs:
        return float("nan")
    ordered = sorted(xs)
    rank = int(-(-len(ordered) * q // 100))  # ceil(n q / 100)
    return ordered[max(0, min(len(ordered) - 1, rank - 1))]


def _wait(done: Callable[[], bool], timeout_s: float, what: str) -> None:
    """Run the event loop (as the application does: Python is only entered for slots) until ``done()``."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    poll, limit = QTimer(), QTimer()
    poll.setInterval(25)
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    limit.setSingleShot(True)
    limit.timeout.connect(loop.quit)
    poll.start()
    limit.start(int(timeout_s * 1000))
    if not done():
        loop.exec()
    poll.stop()
    limit.stop()
    if not done():
        raise RuntimeError(f"{what} did not finish within {timeout_s:.0f} s")


def _idle(seconds: float) -> None:
    """Run the event loop for ``seconds``."""
    end = time.perf_counter() + seconds
    _wait(lambda: time.perf_counter() >= end, seconds + 60, "waiting")


def _gap_stats(ticks: list[float]) -> dict[str, float]:
    gaps = [(b - a) * 1000 for a, b in zip(ticks, ticks[1:])]
    return {"max_gap_ms": max(gaps, default=0.0), "p99_gap_ms": _percentile(gaps, 99),
            "gaps_over_target": sum(g > TARGET_MS for g in gaps), "ticks": len(ticks)}


def _measure(start: Callable[[], None], finished: Callable[[], bool], timeout_s: float, what: str,
             split: Callable[[], float | None] = lambda: None, tail_s: float = 0.3) -> dict[str, Any]:
    """Tick the timer from ``start()`` until ``finished()``, and ``tail_s`` more (the repaint).

    ``split()`` may give the moment the results reached the GUI thread: gaps are then
    also reported separately before ("during the run") and after ("showing the results").
    """
    recorder = TickRecorder()
    sampler = StallSampler(recorder, threading.get_ident())
    with GcPauses(threading.get_ident()) as collector:
        sampler.start()
        recorder.start()
        t0 = time.perf_counter()
        start()
        _wait(finished, timeout_s, what)
        run_ms = (time.perf_counter() - t0) * 1000
        _idle(tail_s)
        recorder.stop()
        sampler.stop()
    ticks = recorder.ticks
    out: dict[str, Any] = {"run_ms": run_ms, **_gap_stats(ticks)}
    order = sorted(range(len(ticks) - 1), key=lambda k: ticks[k] - ticks[k + 1])[:5]
    out["worst_gaps"] = [{**recorder.split(k), "after_ms": (ticks[k] - t0) * 1000} for k in order]
    long = [recorder.split(k) for k in range(len(ticks) - 1) if (ticks[k + 1] - ticks[k]) * 1000 > STALL_MS]
    out["long_gaps"] = {"count": len(long), **{key: sum(g[key] for g in long)
                                                for key in ("gap_ms", "ran_ms", "no_cpu_ms", "blocked_ms")}}
    cut = split()
    if cut is not None:
        out["during_run"] = _gap_stats([t for t in ticks if t <= cut])
        out["showing_results"] = _gap_stats([t for t in ticks if t >= max(x for x in ticks if x <= cut)])
        out["results_arrived_ms"] = (cut - t0) * 1000
    pauses = collector.pauses
    out["gc"] = {"collections": len(pauses), "full": sum(g == 2 for _, _, g, _ in pauses),
                 "longest_ms": max((ms for _, ms, _, _ in pauses), default=0.0),
                 "longest_in": max(pauses, key=lambda p: p[1])[3] if pauses else "",
                 "over_target": sum(ms > TARGET_MS for _, ms, _, _ in pauses)}
    out["stall_stacks"] = {role: c.most_common(5) for role, c in sampler.samples.items()}
    return out


# ---------------------------------------------------------------- scenarios
def _uncertain_project(n: int, m: int, samples: int) -> Any:
    """The generated project with every numeric score ranged +-SPREAD, unknown weights, ``samples`` draws."""
    from synthetic import generate_decision

    from counterweight.domain import Decision

    data = generate_decision(n, m, seed=1).model_dump()
    for s in data["scores"]:
        if s["value"] is not None:
            s["low"], s["high"] = max(0.0, s["value"] - SPREAD), min(100.0, s["value"] + SPREAD)
    data["method"]["uncertainty"].update(weights="none", samples=samples)
    return Decision.model_validate(data)


@contextmanager
def _window(decision: Any, name: str, work: Path, freeze: bool) -> Iterator[Any]:
    """The real main window on ``decision`` (a new project), shown; closed afterwards."""
    from PySide6.QtCore import QSettings

    from counterweight.services.session import ProjectSession
    from counterweight.ui.main_window import MainWindow
    from counterweight.ui.session_controller import SessionController

    controller = SessionController(ProjectSession.create(work / f"{name}.counterweight", decision))
    settings = QSettings(str(work / f"{name}-window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(controller, native_dialogs=False, settings=settings)
    window.show()
    _idle(0.3)
    if freeze:
        gc.collect()
        gc.freeze()
    try:
        yield window
    finally:
        if freeze:
            gc.unfreeze()
        window.close()
        controller.close_session()
        window.deleteLater()
        _idle(0.1)


def run_uncertainty(work: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Scenario 1: an SMAA run started from the Uncertainty tab of the real window."""
    from counterweight.ui.models.acceptability_model import AcceptabilityResults
    from counterweight.ui.widgets.analysis_tabs import UNCERTAINTY
    from counterweight.ui.widgets.uncertainty_panel import UncertaintyPanel

    decision = _uncertain_project(args.options, args.criteria, args.samples)
    slots = SlotTimes()
    with _window(decision, "uncertainty", work, args.gc_freeze) as window:
        window.analysis_tabs.show_tab(UNCERTAINTY)
        panel = window.analysis_tabs.uncertainty_panel
        _idle(0.5)
        outcome: dict[str, Any] = {}
        panel.runFinished.connect(lambda r: outcome.setdefault("result", r))
        panel.runStopped.connect(lambda m: outcome.setdefault("stopped", m))

        def start() -> None:
            if panel.run() is None:
                raise RuntimeError("the uncertainty panel did not start a run")

        finished = f"{UncertaintyPanel.__name__}._on_finished"
        with slots.patch([(UncertaintyPanel, "_on_progress"), (UncertaintyPanel, "_on_finished"),
                          (AcceptabilityResults, "_resume")]):
            figures = _measure(start, lambda: bool(outcome), args.timeout, "the uncertainty run",
                               split=lambda: slots.first_call(finished))
    if "stopped" in outcome:
        raise RuntimeError(f"the uncertainty run stopped: {outcome['stopped']}")
    result = outcome["result"]
    figures.update(options=len(result.option_ids), criteria=len(result.leaf_ids), samples=result.samples,
                   uncertain_scores=result.uncertain_scores, slots=slots.summary())
    return figures


def run_sensitivity(work: Path, args: argparse.Namespace, method: str | None,
                    repeats: int) -> dict[str, Any]:
    """Scenario 2: the Sensitivity tab recomputing the worked example ``repeats`` times."""
    from counterweight.domain import AggregationMethod
    from counterweight.locations import example_decision_path
    from counterweight.services.exchange import read_file
    from counterweight.ui.widgets.analysis_tabs import SENSITIVITY
    from counterweight.ui.widgets.sensitivity_panel import SensitivityPanel

    decision = read_file(example_decision_path())
    if method is not None:
        decision = decision.model_copy(update={"method": decision.method.model_copy(
            update={"aggregation": AggregationMethod(method)})})
    slots = SlotTimes()
    shown = f"{SensitivityPanel.__name__}._show"
    runs = []
    with _window(decision, f"sensitivity-{method}", work, args.gc_freeze) as window:
        window.analysis_tabs.show_tab(SENSITIVITY)
        panel = window.analysis_tabs.sensitivity_panel
        _wait(lambda: not panel.is_stale() and not panel.status_label.isVisible(), args.timeout,
              "the first sensitivity analysis")
        _idle(0.3)
        with slots.patch([(SensitivityPanel, "_show")]):
            for _ in range(repeats):
                updates: list[float] = []
                panel.updated.connect(lambda: updates.append(time.perf_counter()))
                runs.append(_measure(panel.compute, lambda: bool(updates), args.timeout,
                                     "the sensitivity analysis", split=lambda: slots.calls[shown][-1][0],
                                     tail_s=0.2))
                panel.updated.disconnect()
    worst = max(runs, key=lambda r: r["max_gap_ms"])
    return {"method": decision.method.aggregation.label, "repeats": len(runs),
            "max_gap_ms": worst["max_gap_ms"], "p99_gap_ms": max(r["p99_gap_ms"] for r in runs),
            "gaps_over_target": sum(r["gaps_over_target"] for r in runs), "ticks": sum(r["ticks"] for r in runs),
            "run_ms": _percentile([r["run_ms"] for r in runs], 50), "run_ms_max": max(r["run_ms"] for r in runs),
            "worst_gaps": worst["worst_gaps"], "stall_stacks": worst["stall_stacks"],
            "long_gaps": {key: sum(r["long_gaps"][key] for r in runs) for key in runs[0]["long_gaps"]},
            "gc": {"collections": sum(r["gc"]["collections"] for r in runs),
                   "full": sum(r["gc"]["full"] for r in runs),
                   "longest_ms": max(r["gc"]["longest_ms"] for r in runs),
                   "longest_in": max(runs, key=lambda r: r["gc"]["longest_ms"])["gc"]["longest_in"],
                   "over_target": sum(r["gc"]["over_target"] for r in runs)},
            "slots": slots.summary()}


# ---------------------------------------------------------------- report
def _verdict(ms: float) -> str:
    return "PASS" if ms <= TARGET_MS else "MISS"


def _print_scenario(title: str, r: dict[str, Any]) -> None:
    print(f"\n{title}")
    more = f" (median of {r['repeats']}; longest {r['run_ms_max']:.0f} ms)" if "repeats" in r else ""
    print(f"  run time              {r['run_ms']:.0f} ms{more}, timer ticks {r['ticks']}")
    print(f"  longest gap           {r['max_gap_ms']:.1f} ms   target <= {TARGET_MS:.0f} ms: {_verdict(r['max_gap_ms'])}")
    print(f"  99th percentile gap   {r['p99_gap_ms']:.1f} ms; gaps over {TARGET_MS:.0f} ms: {r['gaps_over_target']}")
    for key, label in (("during_run", "during the run"), ("showing_results", "showing the results")):
        if key in r:
            s = r[key]
            print(f"    {label:<20}longest {s['max_gap_ms']:.1f} ms, 99th percentile {s['p99_gap_ms']:.1f} ms, "
                  f"{s['ticks']} ticks")
    print("  worst gaps, and how the GUI thread spent them (ran / ready but no CPU free / blocked, e.g. on the GIL):")
    for g in r["worst_gaps"]:
        print(f"    {g['gap_ms']:6.1f} ms at {g['after_ms'] / 1000:6.2f} s: {g['ran_ms']:.0f} / {g['no_cpu_ms']:.0f} / "
              f"{g['blocked_ms']:.0f} ms")
    lg = r["long_gaps"]
    if lg["count"]:
        print(f"    all {lg['count']} gaps over {STALL_MS:.0f} ms, {lg['gap_ms']:.0f} ms in all: ran {lg['ran_ms']:.0f}, "
              f"no CPU {lg['no_cpu_ms']:.0f}, blocked {lg['blocked_ms']:.0f} ms")
    g = r["gc"]
    print(f"  garbage collector     {g['collections']} runs ({g['full']} full), longest {g['longest_ms']:.1f} ms"
          + (f" in the {g['longest_in']}" if g["longest_in"] else "") + f"; {g['over_target']} over the target")
    for label, s in sorted(r["slots"].items()):
        print(f"  GUI thread in {label}: {s['calls']} calls, {s['total_ms']:.1f} ms in all, "
              f"longest {s['max_ms']:.1f} ms")
    for role, stacks in r["stall_stacks"].items():
        if stacks:
            print(f"  {role}, sampled while the GUI thread was over {STALL_MS:.0f} ms late:")
            for where, count in stacks:
                print(f"    {count:>4}  {where}")


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=100_000, help="SMAA draws (default 100,000)")
    parser.add_argument("--options", type=int, default=100, help="options of the generated project (default 100)")
    parser.add_argument("--criteria", type=int, default=20, help="criteria of the generated project (default 20)")
    parser.add_argument("--repeats", type=int, default=10, help="sensitivity recomputations timed (default 10)")
    parser.add_argument("--gc-freeze", action="store_true", help="gc.freeze() once the window is open")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds allowed per run (default 900)")
    parser.add_argument("--quick", action="store_true", help="10,000 draws and 2 repeats: smoke test only")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    if args.quick:
        args.samples, args.repeats = 10_000, 2
    return args


def main(argv: list[str] | None = None) -> int:
    """Run the scenarios and print the figures; 0 when they were measured, whether or not the target was met."""
    args = _parse(argv)
    from bench_foundation import _load_1min, _machine_info, _qt_platform

    with tempfile.TemporaryDirectory(prefix="counterweight-bench-") as tmp:
        work = Path(tmp)
        os.environ["QT_QPA_PLATFORM"] = _qt_platform("offscreen", work)
        os.environ["COUNTERWEIGHT_HOME"] = str(work / "home")  # never the user's own folder
        from counterweight.ui.app import make_application

        app = make_application(["bench_gui_responsiveness"])  # noqa: F841 - kept alive for the run
        info = _machine_info("offscreen")
        info["blas threads"] = os.environ.get("OPENBLAS_NUM_THREADS", "unset (OpenBLAS default)")
        print("Counterweight GUI responsiveness benchmark" + (" (quick mode: not representative)" if args.quick else ""))
        for key, value in info.items():
            print(f"  {key:<14} {value}")
        print(f"  {'settings':<14} timer {TICK_MS} ms; {args.options} x {args.criteria}, {args.samples:,} draws; "
              f"{args.repeats} sensitivity repeats; gc.freeze() {'on' if args.gc_freeze else 'off'}", flush=True)
        results = {"uncertainty": run_uncertainty(work, args)}
        r = results["uncertainty"]
        _print_scenario(f"1. Uncertainty run: {r['options']} options x {r['criteria']} criteria, {r['samples']:,} "
                        f"draws, {r['uncertain_scores']:,} ranged scores, weights unknown", r)
        results["sensitivity"] = run_sensitivity(work, args, None, args.repeats)
        r = results["sensitivity"]
        _print_scenario(f"2. Sensitivity tab recomputing the worked example ({r['method']}), "
                        f"{r['repeats']} times", r)
        results["sensitivity_topsis"] = run_sensitivity(work, args, "topsis",
                                                        max(1, args.repeats // 3))
        r = results["sensitivity_topsis"]
        _print_scenario(f"   for information: the same with the example switched to {r['method']}, "
                        f"{r['repeats']} times", r)
    load = _load_1min()
    print(f"\n1-minute load average after the run: {load:.2f} on {os.cpu_count()} cores")
    if load > 0.5 * (os.cpu_count() or 1):
        print("Warning: the machine was busy; other work lengthens every gap. Rerun when it is idle.")
    if args.json:
        args.json.write_text(json.dumps({"machine": info, **results, "load_after": load}, indent=2, default=str)
                             + "\n", encoding="utf-8")
    missed = [name for name in ("uncertainty", "sensitivity") if results[name]["max_gap_ms"] > TARGET_MS]
    print("All targets met." if not missed else "Target missed: " + ", ".join(missed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
