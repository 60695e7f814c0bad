#!/usr/bin/env python3
"""Counterweight foundation benchmark: start-up, edit-to-repaint latency and idle memory.

Usage (from a checkout; the package is found in ``desktop/`` when not installed)::

    python benchmarks/bench_foundation.py [--quick] [--runs N] [--platform xcb] [--json FILE]

Everything is measured in one run on one machine and printed as a table with the
targets and PASS/MISS. Linux only (memory is read from ``/proc``). See
``benchmarks/README.md`` for what each figure means.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import functools
import importlib.util
import json
import os
import platform
import select
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CHECKOUT_SOURCE = HERE.parent / "desktop"
FRAME_MS = 1000.0 / 60.0  # one frame at 60 Hz
TARGETS = {"startup_ratio": 2.0, "edit_example_ms": FRAME_MS, "edit_large_ms": 100.0, "idle_rss_mib": 150.0}
#: Imported by a dependency only when installed (sqlite_utils.db tries pandas), not
#: declared by Counterweight: a development venv may have it, a user's install not.
UNDECLARED_OPTIONAL = ("pandas",)
LARGE = (200, 40)  # options x criteria of the generated project
SCREEN = {"screens": [{"name": "bench", "x": 0, "y": 0, "width": 1920, "height": 1080,
                       "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}


def _ensure_package() -> Path:
    """Make ``counterweight`` importable (from the checkout when not installed).

    Returns
    -------
    Path
        The folder holding the ``counterweight`` package (put on the children's path).
    """
    if importlib.util.find_spec("counterweight") is None and CHECKOUT_SOURCE.is_dir():
        sys.path.insert(0, str(CHECKOUT_SOURCE))
    spec = importlib.util.find_spec("counterweight")
    if spec is None or spec.origin is None:
        raise SystemExit("bench_foundation: cannot find the counterweight package (install it or run from a checkout)")
    return Path(spec.origin).resolve().parent.parent


# ---------------------------------------------------------------- machine header
def _read_text(path: str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return "unknown"


def _load_1min() -> float:
    try:
        return float(_read_text("/proc/loadavg").split()[0])
    except (ValueError, IndexError):
        return float("nan")


def _proc_field(path: str, key: str) -> str:
    for line in _read_text(path).splitlines():
        if line.split(":")[0].strip() == key:
            return line.split(":", 1)[1].strip()
    return "unknown"


def _machine_info(qpa: str) -> dict[str, str]:
    """CPU, cores, memory, OS and the versions of Python, PySide6, Qt, numpy and Counterweight."""
    import numpy
    import PySide6
    from PySide6.QtCore import qVersion

    import counterweight

    mem_kib = _proc_field("/proc/meminfo", "MemTotal").split()[0]
    ram = f"{int(mem_kib) / 1024 ** 2:.1f} GiB" if mem_kib.isdigit() else "unknown"
    return {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "cpu": _proc_field("/proc/cpuinfo", "model name"),
        "cores": f"{os.cpu_count()} logical",
        "ram": ram,
        "os": platform.platform(),
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "qt": qVersion(),
        "numpy": numpy.__version__,
        "counterweight": counterweight.__version__,
        "load_avg": " ".join(_read_text("/proc/loadavg").split()[:3]) + " (1, 5, 15 min, before the run)",
        "qt_platform": qpa + (" (virtual 1920x1080 screen)" if qpa == "offscreen" else ""),
        "undeclared": ", ".join(f"{m} {'installed' if importlib.util.find_spec(m) else 'absent'}"
                                for m in UNDECLARED_OPTIONAL),
    }


# ---------------------------------------------------------------- helpers
def _median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def _vm_rss_mib(pid: int) -> float:
    """Resident memory of ``pid`` from ``/proc/<pid>/status`` (VmRSS), in MiB."""
    value = _proc_field(f"/proc/{pid}/status", "VmRSS").split()
    if not value or not value[0].isdigit():
        raise RuntimeError(f"no VmRSS for process {pid}")
    return int(value[0]) / 1024.0


def _qt_platform(choice: str, workdir: Path) -> str:
    """``QT_QPA_PLATFORM`` value: offscreen on a 1920x1080 virtual screen, or xcb."""
    if choice == "xcb":
        if not os.environ.get("DISPLAY"):
            raise SystemExit("bench_foundation: --platform xcb needs DISPLAY (an X server or Xvfb)")
        return "xcb"
    config = workdir / "screen.json"
    config.write_text(json.dumps(SCREEN), encoding="utf-8")
    return f"offscreen:configfile={config}"


# ---------------------------------------------------------------- report
class _Report:
    """Rows of (figure, measured, spread, target, PASS/MISS) and the raw numbers."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str]] = []
        self.data: dict[str, Any] = {}

    def add(self, key: str, label: str, value: float, unit: str, *, spread: str = "",
            target: float | None = None, op: str = "<=") -> None:
        fmt = "{:.2f}x" if unit == "x" else "{:.1f} " + unit
        verdict, target_text = "", ""
        if target is not None:
            ok = value <= target if op == "<=" else value < target
            verdict = "PASS" if ok else "MISS"
            target_text = f"{op} " + ("{:.1f}x".format(target) if unit == "x" else f"{target:.1f} {unit}")
            self.data.setdefault("verdicts", {})[key] = verdict
        self.data.setdefault("figures", {})[key] = value
        self.rows.append((label, fmt.format(value), spread, target_text, verdict))

    def table(self) -> str:
        head = ("figure", "median", "min-max", "target", "result")
        widths = [max(len(r[i]) for r in [head, *self.rows]) for i in range(5)]
        lines = ["  ".join(c.ljust(w) for c, w in zip(head, widths, strict=True)).rstrip(),
                 "  ".join("-" * w for w in widths)]
        lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in self.rows]
        return "\n".join(lines)


def _spread(xs: list[float], unit: str = "ms") -> str:
    return f"{min(xs):.1f}-{max(xs):.1f} {unit}" if xs else ""


# ---------------------------------------------------------------- 1 + 4: start-up and idle memory
#: Shared by both children: watches one window, prints "PAINT t" at its first Paint
#: event and "FRAME t" once that paint pass has finished (CLOCK_MONOTONIC seconds,
#: comparable with the parent's), then idles, prints "IDLE" and waits for a line on
#: stdin before quitting, so the parent can read the child's memory meanwhile.
_PROBE = r'''
import sys, time
for _name in sys.argv[2:]:  # modules to treat as not installed
    sys.modules[_name] = None
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class FirstPaint(QObject):
    def __init__(self, idle_ms):
        super().__init__()
        self.seen, self.idle_ms = False, idle_ms
    def eventFilter(self, obj, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            print("PAINT", time.monotonic(), flush=True)
            QTimer.singleShot(0, self.frame_done)
        return False
    def frame_done(self):
        print("FRAME", time.monotonic(), flush=True)
        QTimer.singleShot(self.idle_ms, self.idle)
    def idle(self):
        print("IDLE", flush=True)
        sys.stdin.readline()
        QApplication.quit()

PROBE = FirstPaint(int(sys.argv[1]))
'''

#: The real start-up path (``counterweight`` with no arguments reopens the last
#: project); the only change is that the main window gets the probe installed.
_APP_CHILD = _PROBE + r'''
import counterweight.ui.app as gui
from counterweight.__main__ import main

class ProbedMainWindow(gui.MainWindow):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.installEventFilter(PROBE)

gui.MainWindow = ProbedMainWindow
sys.argv = ["counterweight"]
sys.exit(main([]))
'''

#: The reference: a bare QMainWindow of the same size, started the same way.
_BARE_CHILD = _PROBE + r'''
from PySide6.QtWidgets import QLabel, QMainWindow
app = QApplication(["bare"])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1400, 860)
window.installEventFilter(PROBE)
window.show()
sys.exit(app.exec())
'''


def _read_until(proc: subprocess.Popen[bytes], marker: bytes, deadline: float) -> bytes:
    """Read the child's stdout until ``marker`` appears (or fail at ``deadline``)."""
    assert proc.stdout is not None
    fd, buf = proc.stdout.fileno(), b""
    while marker not in buf:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            raise TimeoutError(f"no {marker.decode()!r} from the start-up child in time")
        chunk = os.read(fd, 4096)
        if not chunk:
            raise RuntimeError(f"the start-up child exited before {marker.decode()!r}")
        buf += chunk
    return buf


def _start_once(kind: str, env: dict[str, str], idle_s: float, timeout_s: float = 120.0) -> dict[str, float]:
    """Start one child (``"app"``, ``"app-lean"`` or ``"bare"``); times in ms from Popen, RSS in MiB."""
    code = _BARE_CHILD if kind == "bare" else _APP_CHILD
    hidden = list(UNDECLARED_OPTIONAL) if kind == "app-lean" else []
    with tempfile.TemporaryFile() as err:
        t0 = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-c", code, str(int(idle_s * 1000)), *hidden], env=env,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=err, bufsize=0)
        try:
            out = _read_until(proc, b"IDLE", t0 + timeout_s)
            rss = _vm_rss_mib(proc.pid)
            assert proc.stdin is not None
            proc.stdin.write(b"\n")
            proc.stdin.close()
            proc.wait(timeout=30)
        except BaseException as exc:
            proc.kill()
            proc.wait()
            err.seek(0)
            tail = err.read().decode(errors="replace")[-2000:]
            raise RuntimeError(f"start-up child ({kind}) failed: {exc}\n{tail}") from exc
    marks = dict(line.split() for line in out.decode().splitlines() if line.startswith(("PAINT", "FRAME")))
    return {"paint_ms": (float(marks["PAINT"]) - t0) * 1000, "frame_ms": (float(marks["FRAME"]) - t0) * 1000,
            "rss_mib": rss}


def _lean_variant() -> bool:
    """Whether an undeclared optional module is installed here, so a lean child is worth timing."""
    return any(importlib.util.find_spec(name) is not None for name in UNDECLARED_OPTIONAL)


def _run_startup(report: _Report, args: argparse.Namespace, source: Path, qpa: str, work: Path) -> None:
    """Figures 1 and 4: start-up to the first frame, and idle memory, against a bare window."""
    from counterweight.services import workspace

    home = work / "startup-home"
    env = {**os.environ, "QT_QPA_PLATFORM": qpa, "COUNTERWEIGHT_HOME": str(home),
           "PYTHONPATH": os.pathsep.join(p for p in (str(source), os.environ.get("PYTHONPATH", "")) if p)}
    if args.warmup:
        # Bytecode is cached (by the warm-up run), as for an installed app, even from a
        # checkout or where PYTHONDONTWRITEBYTECODE is set; the cache is thrown away after.
        env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["COUNTERWEIGHT_HOME"] = str(home)  # the project the user "used last time"
    workspace.remember_project(workspace.create_example_project())
    kinds = ("app", "app-lean", "bare") if _lean_variant() else ("app", "bare")
    runs: dict[str, list[dict[str, float]]] = {kind: [] for kind in kinds}
    for k in range(args.warmup + args.runs):
        for kind in kinds:  # interleaved, so slow drift hits every kind alike
            result = _start_once(kind, env, args.idle)
            if k >= args.warmup:
                runs[kind].append(result)
        last = {kind: rs[-1]["frame_ms"] for kind, rs in runs.items() if rs and k >= args.warmup}
        print(f"  start-up run {k + 1}/{args.warmup + args.runs}" + (" (warm-up)" if k < args.warmup else ": ")
              + ", ".join(f"{kind} {ms:.0f} ms" for kind, ms in last.items()), flush=True)
    report.data["startup_runs"] = runs
    col = {kind: {f: [r[f] for r in rs] for f in ("paint_ms", "frame_ms", "rss_mib")} for kind, rs in runs.items()}
    bare_ms = _median(col["bare"]["frame_ms"])
    report.add("startup_bare_ms", "1. start-up to first frame, bare QMainWindow", bare_ms, "ms",
               spread=_spread(col["bare"]["frame_ms"]))
    for kind in kinds[:-1]:
        suffix, note = ("", "") if kind == "app" else ("_lean", f", without {'/'.join(UNDECLARED_OPTIONAL)}")
        frame = col[kind]["frame_ms"]
        report.add(f"startup_app{suffix}_ms", f"   start-up to first frame, Counterweight{note}", _median(frame),
                   "ms", spread=_spread(frame))
        report.add(f"startup_ratio{suffix}", f"   start-up ratio Counterweight{note} / bare", _median(frame) / bare_ms,
                   "x", target=TARGETS["startup_ratio"])
    report.add("startup_app_paint_ms", "   (first Paint event of the window, Counterweight)",
               _median(col["app"]["paint_ms"]), "ms", spread=_spread(col["app"]["paint_ms"]))
    report.data["_rss"] = {kind: col[kind]["rss_mib"] for kind in kinds}


def _add_memory_rows(report: _Report) -> None:
    """Figure 4 (measured with the start-up children, printed last)."""
    rss = report.data.pop("_rss")
    number = "4."
    for kind, values in rss.items():
        if kind == "bare":
            continue
        suffix, note = ("", "") if kind == "app" else ("_lean", f", without {'/'.join(UNDECLARED_OPTIONAL)}")
        report.add(f"idle_rss_app{suffix}_mib", f"{number} idle RSS, Counterweight{note}", _median(values), "MiB",
                   spread=_spread(values, "MiB"), target=TARGETS["idle_rss_mib"], op="<")
        number = "  "
    report.add("idle_rss_bare_mib", "   idle RSS, bare QMainWindow", _median(rss["bare"]), "MiB",
               spread=_spread(rss["bare"], "MiB"))


# ---------------------------------------------------------------- 2 + 3: edit-to-repaint latency
PHASES = ("apply", "commit", "evaluate")


@contextlib.contextmanager
def _phase_timers() -> Iterator[dict[str, float]]:
    """Time the edit's ``apply``, the storage commit and the engine evaluation in place.

    Wraps ``SetScore.apply``, ``SetWeight.apply`` (and so its subclasses),
    ``ProjectStore.commit`` and the ``evaluate`` that ``ProjectSession`` calls, for
    the duration of the block; the yielded dict accumulates seconds per phase.
    """
    import counterweight.services.session as session_module
    from counterweight.services.edits import SetScore, SetWeight
    from counterweight.storage import ProjectStore

    spent = dict.fromkeys(PHASES, 0.0)

    def timed(fn: Callable[..., Any], phase: str) -> Callable[..., Any]:
        @functools.wraps(fn)
        def wrapper(*a: Any, **k: Any) -> Any:
            t = time.perf_counter()
            try:
                return fn(*a, **k)
            finally:
                spent[phase] += time.perf_counter() - t
        return wrapper

    patches = [(SetScore, "apply", "apply"), (SetWeight, "apply", "apply"),
               (ProjectStore, "commit", "commit"), (session_module, "evaluate", "evaluate")]
    saved = [(owner, name, owner.__dict__[name]) for owner, name, _ in patches]
    try:
        for owner, name, phase in patches:
            setattr(owner, name, timed(getattr(owner, name), phase))
        yield spent
    finally:
        for owner, name, original in saved:
            setattr(owner, name, original)


def _paint_counter(widgets: list[Any]) -> Any:
    """An event filter counting Paint events on each of ``widgets``."""
    from PySide6.QtCore import QEvent, QObject

    class PaintCounter(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.widgets, self.counts = widgets, [0] * len(widgets)
            for w in widgets:
                w.installEventFilter(self)

        def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                for k, w in enumerate(self.widgets):
                    if obj is w:
                        self.counts[k] += 1
            return False

        def reset(self) -> None:
            self.counts = [0] * len(self.widgets)

        def done(self) -> bool:
            return all(self.counts)

        def remove(self) -> None:
            for w in self.widgets:
                w.removeEventFilter(self)

    return PaintCounter()


def _settle(pump: Callable[[], object], counter: Any, quiet_s: float = 0.03) -> None:
    """Process events until nothing has painted for ``quiet_s``."""
    t = time.perf_counter()
    while time.perf_counter() - t < quiet_s:
        pump()
        if any(counter.counts):
            counter.reset()
            t = time.perf_counter()


def _time_steps(pump: Callable[[], object], counter: Any, steps: list[Callable[[], None]], label: str,
               profiler: Any = None) -> list[dict[str, float]]:
    """Run each step and time it until every watched widget has painted (ms per phase).

    With a ``cProfile.Profile``, only the steps and the wait for the repaint are profiled.
    """
    out = []
    with _phase_timers() as spent:
        for step in steps:
            _settle(pump, counter)
            counter.reset()
            for phase in PHASES:
                spent[phase] = 0.0
            if profiler is not None:
                profiler.enable()
            t0 = time.perf_counter()
            step()
            t1 = time.perf_counter()
            deadline = t1 + 10.0
            while not counter.done():
                pump()
                if time.perf_counter() > deadline:
                    raise RuntimeError(f"{label}: the views did not repaint within 10 s (counts {counter.counts})")
            t2 = time.perf_counter()
            if profiler is not None:
                profiler.disable()
            row = {p: spent[p] * 1000 for p in PHASES}
            row["notify"] = (t1 - t0) * 1000 - sum(row.values())
            row["repaint"] = (t2 - t1) * 1000
            row["total"] = (t2 - t0) * 1000
            out.append(row)
    return out[1:]  # the first step is a warm-up


def _score_steps(controller: Any, window: Any, n: int) -> list[Callable[[], None]]:
    """``n`` SetScore edits on the top-ranked option's first numeric criterion, alternating values."""
    from counterweight.domain import Score
    from counterweight.services.edits import SetScore

    decision, ev = controller.decision, controller.evaluation
    option_id = ev.option_ids[int(ev.order[0])]
    crit = next(c for c in decision.criteria if not c.is_group and c.scale is not None and c.scale.kind == "numeric")
    lo, hi = float(crit.scale.lower), float(crit.scale.upper)
    window.score_matrix.select_cell(option_id, crit.id)  # the edited cell is on screen
    old = decision.score(option_id, crit.id)

    def step(value: float) -> Callable[[], None]:
        edit = SetScore(option_id, crit.id, Score(option_id=option_id, criterion_id=crit.id, value=value,
                                                  rationale=old.rationale if old else ""))

        def run() -> None:
            error = controller.submit(edit)
            if error:
                raise RuntimeError(f"the benchmark edit was refused: {error}")
        return run

    values = [lo + 0.9 * (hi - lo), lo + 0.1 * (hi - lo)]
    if old is not None and old.value == values[0]:
        values.reverse()  # every step must change the score
    return [step(values[k % 2]) for k in range(n + 1)]


def _weight_steps(controller: Any, window: Any, n: int) -> list[Callable[[], None]]:
    """``n`` steps of one slider drag on the first leaf criterion (SetWeight through the panel)."""
    crit = next(c for c, _ in controller.decision.walk() if not c.is_group)
    slider = window.weights_panel.editor(crit.id).slider
    slider.setSliderDown(True)  # a drag in progress: the panel does not move it back

    def step(value: int) -> Callable[[], None]:
        def run() -> None:
            slider.setValue(value)
            if controller.decision.criterion(crit.id).weight != value:
                raise RuntimeError("the slider step did not change the weight")
        return run

    values = [70, 30] if controller.decision.criterion(crit.id).weight != 70 else [30, 70]
    return [step(values[k % 2]) for k in range(n + 1)]


def _bench_project(pump: Callable[[], object], name: str, decision: Any, work: Path,
                  args: argparse.Namespace) -> dict[str, Any]:
    """Open ``decision`` as a project in a shown MainWindow and time score and weight edits."""
    from PySide6.QtCore import QSettings

    from counterweight.services.session import ProjectSession
    from counterweight.ui.main_window import MainWindow
    from counterweight.ui.session_controller import SessionController

    session = ProjectSession.create(work / f"{name}.counterweight", decision)
    controller = SessionController(session)
    settings = QSettings(str(work / f"{name}-window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(controller, native_dialogs=False, settings=settings)
    window.show()
    results: dict[str, Any] = {"window": f"{window.width()}x{window.height()}"}
    try:
        matrix = window.score_matrix.view.viewport()
        chart = window.ranking_panel.chart_view.viewport()
        tree = window.weights_panel.tree.viewport()
        for kind, make, watched in (("score", _score_steps, [matrix, chart]), ("weight", _weight_steps, [chart, tree])):
            counter = _paint_counter(watched)
            steps = make(controller, window, args.edits)
            _settle(pump, counter, 0.2)
            results[kind] = _time_steps(pump, counter, steps, f"{name} {kind}")
            if args.profile and name != "example":
                _profile_steps(pump, counter, make(controller, window, args.edits), f"{name} {kind}")
            counter.remove()
    finally:
        window.close()
        controller.close_session()
        window.deleteLater()
        pump()
    return results


def _profile_steps(pump: Callable[[], object], counter: Any, steps: list[Callable[[], None]], label: str) -> None:
    """Run the steps under cProfile and print the functions with the most own time."""
    import cProfile
    import pstats

    profiler = cProfile.Profile()
    _time_steps(pump, counter, steps, label, profiler)
    for order in ("cumulative", "tottime"):
        print(f"\n--- cProfile, {label}: {len(steps)} steps (edit until repainted), by {order} ---")
        pstats.Stats(profiler).sort_stats(order).print_stats(30)


def _run_latency(report: _Report, args: argparse.Namespace, work: Path) -> None:
    """Figures 2 and 3: score edit and weight drag step to repaint, example and 200x40."""
    sys.path.insert(0, str(HERE))
    from synthetic import generate_decision

    from PySide6.QtCore import QEventLoop

    from counterweight.locations import example_decision_path
    from counterweight.services.exchange import read_file
    from counterweight.ui.app import make_application

    app = make_application(["bench_foundation"])
    # QEventLoop.processEvents, not QCoreApplication.processEvents: with PySide6 6.12.0 on
    # Python 3.11 the static call drops a reference to None each time, and a busy loop
    # of them aborts the interpreter ("none_dealloc") after some tens of thousands.
    loop = QEventLoop(app)
    large = f"{LARGE[0]}x{LARGE[1]}"
    example = read_file(example_decision_path())
    projects = {"example": example, large: generate_decision(*LARGE, seed=1)}
    measured = {}
    for name, decision in projects.items():
        print(f"  timing edits on {name} ...", flush=True)
        measured[name] = _bench_project(loop.processEvents, name, decision, work, args)
    report.data["latency"] = measured
    ex_size = f"{len(example.options)}x{sum(not c.is_group for c in example.criteria)}"
    for number, kind, what in (("2.", "score", "SetScore edit"), ("3.", "weight", "weight drag step")):
        for name, target_key, op in (("example", "edit_example_ms", "<="), (large, "edit_large_ms", "<")):
            totals = [r["total"] for r in measured[name][kind]]
            shown = f"example {ex_size}" if name == "example" else name
            report.add(f"{kind}_{'example' if name == 'example' else 'large'}_ms",
                       f"{number if name == 'example' else '  '} {what} to repaint, {shown}", _median(totals), "ms",
                       spread=_spread(totals), target=TARGETS[target_key], op=op)
    breakdowns = {}
    for name in projects:
        lines = [f"{'phase':<10}{'SetScore':>10}{'SetWeight':>11}   (median ms; window {measured[name]['window']})"]
        for phase in (*PHASES, "notify", "repaint", "total"):
            cells = [_median([r[phase] for r in measured[name][kind]]) for kind in ("score", "weight")]
            lines.append(f"{phase:<10}{cells[0]:>10.2f}{cells[1]:>11.2f}")
        breakdowns[f"Breakdown, {name}:"] = lines
    report.data["breakdowns"] = breakdowns


# ---------------------------------------------------------------- main
def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description="Counterweight foundation benchmark (start-up, latency, memory).")
    p.add_argument("--quick", action="store_true", help="tiny run for smoke tests (1 run, few edits)")
    p.add_argument("--runs", type=int, default=7, help="timed start-ups of each kind (default 7)")
    p.add_argument("--warmup", type=int, default=1, help="untimed start-ups first (default 1)")
    p.add_argument("--edits", type=int, default=30, help="timed edits per series (default 30)")
    p.add_argument("--idle", type=float, default=1.0, help="seconds idle before reading RSS (default 1)")
    p.add_argument("--platform", choices=("offscreen", "xcb"), default="offscreen", help="Qt platform plugin")
    p.add_argument("--json", type=Path, help="also write every number to this JSON file")
    p.add_argument("--profile", action="store_true", help="cProfile the 200x40 edits and print hot spots")
    args = p.parse_args(argv)
    if args.quick:
        args.runs, args.warmup, args.edits, args.idle = 1, 0, 3, 0.2
    if args.runs < 1 or args.edits < 1:
        p.error("--runs and --edits must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the machine, the figures, the targets and PASS/MISS.

    Parameters
    ----------
    argv : list of str, optional
        Command-line arguments (``sys.argv[1:]`` when omitted); see ``--help``.

    Returns
    -------
    int
        0 when every figure was measured, whether or not the targets were met (a
        failed measurement raises instead).
    """
    args = _parse_args(argv)
    source = _ensure_package()
    report = _Report()
    load_before = _load_1min()
    with tempfile.TemporaryDirectory(prefix="counterweight-bench-") as tmp:
        work = Path(tmp)
        qpa = _qt_platform(args.platform, work)
        os.environ["QT_QPA_PLATFORM"] = qpa
        os.environ["COUNTERWEIGHT_HOME"] = str(work / "home")  # never the user's own folder
        info = _machine_info(args.platform)
        report.data["machine"] = info
        print("Counterweight foundation benchmark" + (" (quick mode: not representative)" if args.quick else ""))
        for key, value in info.items():
            print(f"  {key:<14} {value}")
        print(f"  {'settings':<14} runs={args.runs} warmup={args.warmup} edits={args.edits} idle={args.idle}s"
              + ("; start-up children use a bytecode cache filled by the warm-up" if args.warmup else ""))
        print(flush=True)
        _run_startup(report, args, source, qpa, work)
        _run_latency(report, args, work)
        _add_memory_rows(report)
    print()
    print(report.table())
    for title, lines in report.data.get("breakdowns", {}).items():
        print()
        print(title)
        for line in lines:
            print("  " + line)
    if args.json:
        args.json.write_text(json.dumps(report.data, indent=2, default=str), encoding="utf-8")
    missed = [k for k, v in report.data.get("verdicts", {}).items() if v == "MISS"]
    print()
    load_after = report.data["load_1min_after"] = _load_1min()
    if max(load_before, load_after) > 0.5 * (os.cpu_count() or 1):  # False for NaN
        print(f"Warning: the machine was busy (1-min load {load_before:.2f} before, {load_after:.2f} after, "
              f"{os.cpu_count()} cores); other work inflates every figure. Rerun when it is idle.")
    print("All targets met." if not missed else "Targets missed: " + ", ".join(missed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
