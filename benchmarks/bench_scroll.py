"""Scrolling the score matrix of a 1,000 x 60 project: the GUI thread's work per step (issue 6, session 27).

``bench_shipping.py`` times a page step by the wall clock, which on a shared machine counts
the time other processes held the CPU. This script times each step twice: by the wall clock
(the spacing of frames a user would see) and by the CPU time of the GUI thread
(``time.thread_time``: the scroll, the painting and the model's answers, and nothing
else), the viewport's own repaint separately. Several passes, page and line steps, down
and across, with and without the hatching of scores on no evidence; per kind of step the
median, 95th and 99th percentiles (nearest rank), the longest and the number over
16.7 ms (one 60 Hz frame), and the load average before and after.

Run from the top of a checkout::

    python benchmarks/bench_scroll.py                      # generated 1,000 x 60 project, 5 passes
    python benchmarks/bench_scroll.py --project x.counterweight --passes 10 --json out.json

Offscreen by default (``QT_QPA_PLATFORM``); the window is 1366 x 768. Nothing is asserted.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "desktop")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from shipping_stats import FRAME_MS, percentile  # noqa: E402

#: (name, scroll bar, step): the steps timed, each from the top or the left edge.
KINDS = (("down, a page", "v", "page"), ("down, a line", "v", "line"),
         ("across, a page", "h", "page"), ("across, a line", "h", "line"))
#: Line steps per pass (a page step goes to the end).
LINE_STEPS = 60


def _load() -> str:
    return " ".join(Path("/proc/loadavg").read_text(encoding="ascii").split()[:3])


def _host() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), "?")
    from PySide6 import __version__ as pyside

    return f"{cpu}, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, PySide6 {pyside}, " \
           f"{os.environ.get('QT_QPA_PLATFORM')}"


def _open(project: Path | None, work: Path) -> tuple[Any, Any, Callable[[], object]]:
    """The main window at 1366 x 768 with the project open and its columns fitted."""
    from PySide6.QtCore import QEventLoop, QSettings

    from counterweight.services.session import ProjectSession
    from counterweight.ui.app import make_application
    from counterweight.ui.main_window import MainWindow
    from counterweight.ui.session_controller import SessionController

    path = work / "scroll.counterweight"
    if project is None:
        from synthetic import generate_decision

        ProjectSession.create(path, generate_decision(1000, 60, seed=1)).close()
    else:
        shutil.copy(project, path)  # never the original
    app = make_application(["bench_scroll"])
    loop = QEventLoop(app)
    controller = SessionController(ProjectSession.open(path))
    window = MainWindow(controller, native_dialogs=False,
                        settings=QSettings(str(work / "window.ini"), QSettings.Format.IniFormat))
    window.resize(1366, 768)
    window.show()
    end = time.perf_counter() + 1.5  # the panels' work after the open is over
    while time.perf_counter() < end or not window.score_matrix.columns_fitted:
        loop.processEvents()
    return controller, window, loop.processEvents


def _pass(view: Any, bar_name: str, step: str, pump: Callable[[], object]) -> list[tuple[float, float, float]]:
    """One pass from the start: (wall ms, GUI-thread CPU ms, viewport repaint CPU ms) per step."""
    bar = view.verticalScrollBar() if bar_name == "v" else view.horizontalScrollBar()
    bar.setValue(0)
    view.viewport().repaint()
    pump()
    size = bar.pageStep() if step == "page" else bar.singleStep()
    limit = 10**9 if step == "page" else LINE_STEPS
    out = []
    while bar.value() < bar.maximum() and len(out) < limit:
        wall, cpu = time.perf_counter(), time.thread_time()
        bar.setValue(min(bar.value() + size, bar.maximum()))
        paint = time.thread_time()
        view.viewport().repaint()  # paints now, taking in the update the scroll asked for
        paint = time.thread_time() - paint
        pump()  # the headers, the scroll bar and anything else the step posted
        out.append(((time.perf_counter() - wall) * 1000, (time.thread_time() - cpu) * 1000, paint * 1000))
    return out


def _row(xs: list[float]) -> str:
    return (f"{percentile(xs, 50):6.2f} {percentile(xs, 95):6.2f} {percentile(xs, 99):6.2f} {max(xs):6.2f} "
            f"{sum(x > FRAME_MS for x in xs):5d}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--project", type=Path, help="a .counterweight file (copied); default: generated 1,000 x 60")
    parser.add_argument("--passes", type=int, default=5, help="timed passes per kind of step (one untimed first)")
    parser.add_argument("--json", type=Path, help="write every step's figures here")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="bench_scroll-"))
    before = _load()
    controller, window, pump = _open(args.project, work)
    view = window.score_matrix.view
    results: dict[str, list[tuple[float, float, float]]] = {}
    try:
        for hatch in (False, True):
            window.score_matrix.model.set_highlight_unsupported(hatch)
            pump()
            for name, bar, step in KINDS:
                _pass(view, bar, step, pump)  # untimed: cells and glyphs worked out once
                key = f"{name}{', hatched' if hatch else ''}"
                results[key] = [s for _ in range(args.passes) for s in _pass(view, bar, step, pump)]
        viewport = view.viewport().size()
    finally:
        window.close()
        controller.close_session()
        pump()
        shutil.rmtree(work, ignore_errors=True)
    after = _load()
    print(f"host: {_host()}")
    print(f"load average (1, 5, 15 min): before {before}, after {after}")
    print(f"window 1366x768, matrix viewport {viewport.width()}x{viewport.height()}, {args.passes} passes per kind")
    print(f"ms per step: median, p95, p99, max, over {FRAME_MS:.1f} ms")
    head = f"{'step':24s} {'n':>5s} | {'GUI-thread CPU (scroll + paint + model)':38s} | " \
           f"{'viewport repaint CPU':34s} | wall clock (frame spacing)"
    print(head)
    for key, steps in results.items():
        wall, cpu, paint = ([s[i] for s in steps] for i in range(3))
        print(f"{key:24s} {len(steps):5d} | {_row(cpu):38s} | {_row(paint):34s} | {_row(wall)}")
    if args.json:
        args.json.write_text(json.dumps({"host": _host(), "load_before": before, "load_after": after,
                                         "steps": {k: [list(s) for s in v] for k, v in results.items()}}),
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
