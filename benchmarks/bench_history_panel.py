#!/usr/bin/env python3
"""The History panel on a long history: the cost of an edit while it is open, of a filter
keystroke, and of opening it.

Usage (from a checkout)::

    python benchmarks/bench_history_panel.py [--entries 5000 30000] [--edits 8]

For each size a copy of the worked example gets that many audited weight edits
(through ``ProjectSession.apply``, as the window saves them), then the real main
window opens it offscreen with the History panel shown. Figures, medians over
``--edits`` edits: an edit and the panel's catch-up (what its 250 ms timer runs), a
filter keystroke once its pause has passed, clearing the filter, and opening the
panel (which reads and verifies the whole log). Plain script; prints figures only.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if not (HERE.parent / "desktop" / "counterweight").is_dir():  # pragma: no cover
    raise SystemExit("run from a Counterweight checkout")
sys.path.insert(0, str(HERE.parent / "desktop"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def build(path: Path, entries: int) -> None:
    from counterweight.services import projects
    from counterweight.services.edits import SetWeight
    from counterweight.services.session import ProjectSession

    decision = projects.load_decision(HERE.parent / "data" / "examples" / "north-korea-troops.json")
    leaf = next(c for c in decision.criteria if not c.is_group)
    with ProjectSession.create(path, decision) as session:
        for i in range(entries - 1):  # creating the file wrote the first entry
            session.apply(SetWeight(leaf.id, 10 + i % 50))


def ms(seconds: list[float]) -> str:
    return f"{statistics.median(seconds) * 1000:8.1f} ms (max {max(seconds) * 1000:.1f})"


def measure(path: Path, edits: int) -> dict[str, list[float]]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from counterweight.services.edits import SetWeight
    from counterweight.services.session import ProjectSession
    from counterweight.ui.main_window import MainWindow
    from counterweight.ui.session_controller import SessionController

    app = QApplication.instance() or QApplication([])
    controller = SessionController(ProjectSession.open(path))
    window = MainWindow(controller, native_dialogs=False,
                        settings=QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat))
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    panel = window.history_panel
    out: dict[str, list[float]] = {"open": [], "edit": [], "key": [], "clear": []}
    t = time.perf_counter()
    window.history_action.trigger()
    app.processEvents()
    out["open"].append(time.perf_counter() - t)
    leaf = next(c for c in controller.decision.criteria if not c.is_group)
    for i in range(edits):
        t = time.perf_counter()
        controller.submit(SetWeight(leaf.id, 20 + i))
        panel._refresh_timer.stop()  # what its timer would run 250 ms later
        panel.update_entries()
        app.processEvents()
        out["edit"].append(time.perf_counter() - t)
    for text in ("weight", ""):
        t = time.perf_counter()
        panel.element_edit.setText(text)
        timer = getattr(panel, "_filter_timer", None)
        if timer is not None and timer.isActive():
            timer.stop()
            timer.timeout.emit()
        app.processEvents()
        out["key" if text else "clear"].append(time.perf_counter() - t)
    window.close()
    controller.close_session()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, nargs="+", default=[5000, 30000])
    parser.add_argument("--edits", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["COUNTERWEIGHT_HOME"] = str(Path(tmp) / "home")
        for n in args.entries:
            path = Path(tmp) / f"history-{n}.counterweight"
            t = time.perf_counter()
            build(path, n)
            print(f"{n:,} entries: built in {time.perf_counter() - t:.1f} s", flush=True)
            out = measure(path, args.edits)
            print(f"  open the panel (read and verify all): {ms(out['open'])}")
            print(f"  an edit with the panel open:          {ms(out['edit'])}")
            print(f"  a filter keystroke, after its pause:  {ms(out['key'])}")
            print(f"  clearing the filter:                  {ms(out['clear'])}")


if __name__ == "__main__":
    main()
