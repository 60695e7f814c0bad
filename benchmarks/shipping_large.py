"""Figure 3 of ``bench_shipping.py``: a generated 1,000 x 60 project opened and scrolled.

Opened by the service, in a running window and by a cold start, then its score matrix
paged top to bottom against a plain ``QTableView`` of the same size.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import bench_foundation as bf  # noqa: E402 - a sibling script: machine header, Qt platform

from shipping_first_paint import _APP_CHILD, first_paint_once  # noqa: E402
from shipping_stats import FRAME_MS, TARGETS, Table, summarize, verdict  # noqa: E402

LARGE, QUICK_LARGE = (1000, 60), (200, 20)  # options x criteria of the generated project
SNAPSHOTS = 2  # snapshots of the whole decision in the second copy of it that is opened (issue 6)


def _pump_until(pump: Callable[[], object], done: Callable[[], bool], what: str, timeout_s: float = 60.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while not done():
        pump()
        if time.perf_counter() > deadline:
            raise RuntimeError(f"{what} did not happen within {timeout_s:.0f} s")


def _open_window(work: Path, name: str) -> tuple[Any, Any, Callable[[], object]]:
    """A shown MainWindow with the example project open, and an event pump."""
    from PySide6.QtCore import QEventLoop, QSettings

    from counterweight.services import workspace
    from counterweight.services.session import ProjectSession
    from counterweight.ui.app import freeze_heap_after_bulk_work, make_application, settle_heap_after_opens
    from counterweight.ui.main_window import MainWindow
    from counterweight.ui.session_controller import SessionController

    app = make_application([f"bench_shipping-{name}"])
    loop = QEventLoop(app)  # an instance: see the note on processEvents in benchmarks/README.md
    controller = SessionController(ProjectSession.open(workspace.create_example_project()))
    freeze_heap_after_bulk_work(settle_heap_after_opens(controller))  # as run_gui does
    settings = QSettings(str(work / f"{name}-window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(controller, native_dialogs=False, settings=settings)
    window.show()
    _settle(loop.processEvents, 0.3)
    return controller, window, loop.processEvents


def _until_painted(window: Any, counter: Any, pump: Callable[[], object]) -> float:
    """The clock at the end of the first paint pass that painted the score matrix.

    The end of a pass is caught as the start-up figures catch it: a paint of the main
    window (or, if the window itself is not repainted, of the matrix) schedules a
    zero-delay call, which runs once the whole pass is over. The window paints before
    its children and this filter was installed after the panels' own, so the call is
    queued before any work the panels leave for after the paint, and that work is not
    counted.
    """
    from counterweight.ui.after_paint import after_next_paint

    while True:
        stamp: list[float] = []
        probes = [after_next_paint(w, lambda s=stamp: s.append(time.perf_counter()))
                  for w in (window, window.score_matrix.view.viewport())]
        _pump_until(pump, stamp.__len__, "a repaint of the window")
        for probe in probes:
            probe.cancel()
        if counter.done():
            return stamp[0]


def _settle(pump: Callable[[], object], seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pump()


def run_large(table: Table, args: argparse.Namespace, env: dict[str, str], work: Path) -> None:
    """Figure 3: open a generated project (service, running window, cold start) and scroll it."""
    from synthetic import generate_decision

    from counterweight.services.session import ProjectSession

    n_opt, n_crit = QUICK_LARGE if args.quick else LARGE
    size = f"{n_opt}x{n_crit}"
    t = time.perf_counter()
    path = work / f"synthetic-{size}.counterweight"
    ProjectSession.create(path, generate_decision(n_opt, n_crit, seed=1)).close()
    print(f"  generated and stored the {size} project in {time.perf_counter() - t:.1f} s", flush=True)
    service = _time_opens(path, args.repeats)
    snapped = _with_snapshots(path, SNAPSHOTS)  # issue 6: a snapshot's copy is read when it is used
    service_snapped = _time_opens(snapped, args.repeats)
    controller, window, pump = _open_window(work, "large")
    viewport = window.score_matrix.view.viewport()
    gui, settled = [], []
    try:
        counter = bf._paint_counter([viewport])
        example = controller.path
        for _ in range(args.repeats):
            window.file_actions.open_path(example)  # back to the example, untimed
            _settle(pump, 0.2)
            counter.reset()
            t = time.perf_counter()
            if not window.file_actions.open_path(path):
                raise RuntimeError(f"the window could not open {path}")
            gui.append(_until_painted(window, counter, pump) - t)
            # what waits until after the first paint (off-screen columns and sliders): timed too
            _pump_until(pump, lambda: window.score_matrix.columns_fitted and window.weights_panel.editors_complete,
                        "the off-screen columns and sliders")
            settled.append(time.perf_counter() - t)
        counter.remove()
        frames = _scroll_frames(window, pump)
        matrix = window.score_matrix.view
        rows = matrix.verticalHeader().count()
        viewport = matrix.viewport().size()
        shown = f"window {window.width()}x{window.height()}, matrix {viewport.width()}x{viewport.height()}"
        again = _scroll_frames(window, pump)  # the same cells a second time
        plain = _reference_scroll_frames(matrix, rows, matrix.model().columnCount(), pump)
    finally:
        from counterweight import bulk

        bulk.freeze_after_pauses(None)  # as run_gui does when it returns
        window.close()
        controller.close_session()
        window.deleteLater()
        pump()
    hidden = ",".join(bf.UNDECLARED_OPTIONAL) if bf._lean_variant() else ""
    cold = [first_paint_once([sys.executable, "-c", _APP_CHILD, hidden, str(path)], env, 180.0)["frame_ms"]
            for _ in range(args.repeats)]
    target = TARGETS["open_large_s"]
    for label, xs in ((f"3. ProjectSession.open {size} (read, validate, evaluate)", service),
                      (f"   open {size} in the running window, to its first paint", gui)):
        table.add(label, f"{statistics.median(xs):.2f} s", f"{min(xs):.2f} s", f"<= {target:.1f} s",
                  verdict(statistics.median(xs), target))
    median = statistics.median(service_snapped)
    table.add(f"   ProjectSession.open {size} with {SNAPSHOTS} snapshots", f"{median:.2f} s",
              f"{min(service_snapped):.2f} s", f"<= {target:.1f} s", verdict(median, target))
    table.add("   ratio of that open to the target", f"{median / target:.2f}x",
              f"{median / statistics.median(service):.2f}x the open without snapshots", "for information")
    table.add("   the same, until the off-screen columns are fitted and sliders made",
              f"{statistics.median(settled):.2f} s", f"{min(settled):.2f} s", "for information")
    table.add(f"   cold start on {size} to first paint (process start)", f"{statistics.median(cold) / 1000:.2f} s",
              f"{min(cold) / 1000:.2f} s", "for information")
    s = summarize(frames)
    table.add(f"   scroll {size} top to bottom, frame time ({s['n']} page steps)", f"{s['median']:.1f} ms",
              f"p95 {s['p95']:.1f}, max {s['max']:.1f} ms", f"<= {FRAME_MS:.1f} ms")
    table.add(f"   dropped frames (> {FRAME_MS:.1f} ms) while scrolling", f"{s['over']} of {s['n']}", shown)
    a, p = summarize(again), summarize(plain)
    table.add("   the same scroll again (cells already worked out)", f"{a['median']:.1f} ms",
              f"p95 {a['p95']:.1f}, {a['over']} over", "for information")
    table.add("   reference: plain QTableView, constant cells, same viewport", f"{p['median']:.1f} ms",
              f"p95 {p['p95']:.1f}, {p['over']} over", "for information")
    table.add("   ratio score matrix / plain table (medians)", f"{s['median'] / p['median']:.2f}x", "",
              "for information")
    table.data["large"] = {"size": size, "service_s": service, "service_snapshots_s": service_snapped,
                           "gui_s": gui, "gui_settled_s": settled,
                           "cold_ms": cold, "scroll_ms": frames,
                           "scroll_again_ms": again, "scroll_plain_ms": plain}


def _time_opens(path: Path, repeats: int) -> list[float]:
    """Seconds of ``ProjectSession.open`` on ``path`` (read, validate, evaluate), ``repeats`` times."""
    from counterweight.services.session import ProjectSession

    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        session = ProjectSession.open(path)
        times.append(time.perf_counter() - t)
        session.close()
    return times


def _with_snapshots(path: Path, count: int) -> Path:
    """A copy of the project at ``path`` holding ``count`` snapshots of the whole decision, taken as a user does."""
    from counterweight.services.perspectives import TakeSnapshot
    from counterweight.services.session import ProjectSession

    copy = path.with_name(f"{path.stem}-{count}-snapshots.counterweight")
    with ProjectSession.open(path) as session:
        session.save_as(copy)
        for k in range(count):
            session.apply(TakeSnapshot.of(session.decision, f"Snapshot {k + 1}"))
    return copy


def _reference_scroll_frames(like: Any, rows: int, columns: int, pump: Callable[[], object]) -> list[float]:
    """The same paging on a plain QTableView whose model answers a constant text and colour.

    Its viewport has the score matrix's size and its cells the same text size, so it
    shows what Qt itself needs to paint a page on this machine: the floor for figure 3.
    """
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtGui import QBrush, QColor
    from PySide6.QtWidgets import QTableView

    brush, text = QBrush(QColor("#B7E1A1")), "12.5 (10–15)"

    class Plain(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
            return rows

        def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
            return columns

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001
            return text if role == 0 else brush if role == 8 else None

    view = QTableView()
    model = Plain(view)
    view.setModel(model)
    for c in range(columns):
        view.setColumnWidth(c, like.columnWidth(min(c, like.model().columnCount() - 1)))
    view.verticalHeader().setDefaultSectionSize(like.verticalHeader().defaultSectionSize())
    view.show()
    view.resize(view.size() + like.viewport().size() - view.viewport().size())
    try:
        return _page_down(view, pump)
    finally:
        view.close()
        view.deleteLater()
        pump()


def _scroll_frames(window: Any, pump: Callable[[], object]) -> list[float]:
    """Page down the score matrix from the top: ms per step, each step processed and repainted."""
    return _page_down(window.score_matrix.view, pump)


def _page_down(view: Any, pump: Callable[[], object]) -> list[float]:
    """From the top, one scroll-bar page per step to the bottom: ms per step, each repainted."""
    bar = view.verticalScrollBar()
    bar.setValue(0)
    _settle(pump, 1.0)  # the panels' work after the open (150 ms debounce, then recomputing) is over
    frames = []
    while bar.value() < bar.maximum():
        t = time.perf_counter()
        bar.setValue(min(bar.value() + bar.pageStep(), bar.maximum()))
        view.viewport().repaint()  # paints now, taking in the update the scroll asked for
        pump()  # anything else the step posted (headers, scroll bar)
        frames.append((time.perf_counter() - t) * 1000)
    return frames

