"""Figures 1 and 2 of ``bench_shipping.py``: the first paint of a fresh process, source and bundle.

Each start-up runs in its own process (a bare ``QMainWindow`` for reference, the app from
source, the frozen bundle) and prints a ``first-paint`` line once its window has painted.
"""

from __future__ import annotations

import argparse
import os
import select
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import bench_foundation as bf  # noqa: E402 - a sibling script: machine header, Qt platform

from shipping_stats import HOOK_ENV, MARKER, SHELL_MARKER, TARGETS, Table, parse_first_paint, verdict  # noqa: E402

_BARE_CHILD = r'''
import os, sys, time
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

def since_start():
    with open("/proc/self/stat", encoding="ascii") as stat:
        started = int(stat.read().rsplit(")", 1)[1].split()[19]) / os.sysconf("SC_CLK_TCK")
    return time.clock_gettime(time.CLOCK_BOOTTIME) - started

class Probe(QObject):  # the same probe as counterweight.ui.startup's paint reports
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False
    def report(self):
        print(f"first-paint {since_start():.4f} {time.monotonic():.6f}", flush=True)
        QCoreApplication.quit()

app = QApplication(["bare"])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
window.resize(1400, 860)
window.installEventFilter(Probe(window))
window.show()
sys.exit(app.exec())
'''

#: ``python -m counterweight [FILE]``, with optional modules marked as not installed (argv[1]).
_APP_CHILD = r'''
import sys
for name in filter(None, sys.argv[1].split(",")):
    sys.modules[name] = None
from counterweight.__main__ import main
args = sys.argv[2:]
sys.argv = ["counterweight", *args]
sys.exit(main(args))
'''


def _read_marker_lines(proc: subprocess.Popen[bytes], deadline: float) -> list[bytes]:
    """The child's stdout lines up to its ``first-paint`` line (or fail at ``deadline``)."""
    assert proc.stdout is not None
    fd, buf = proc.stdout.fileno(), b""
    while MARKER not in buf or b"\n" not in buf[buf.index(MARKER):]:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            raise TimeoutError("no first-paint line in time")
        chunk = os.read(fd, 4096)
        if not chunk:
            raise RuntimeError(f"the child exited (status {proc.wait()}) without a first-paint line")
        buf += chunk
    return buf[:buf.index(MARKER)].splitlines() + buf[buf.index(MARKER):].splitlines()[:1]


def first_paint_once(cmd: list[str], env: dict[str, str], timeout_s: float) -> dict[str, float]:
    """Start ``cmd`` and wait for its ``first-paint`` line; times in ms from just before ``Popen``.

    ``frame_ms`` uses the child's own ``time.monotonic()`` stamp (the same clock as the
    parent's on Linux), ``wall_ms`` the moment the parent read the line, and
    ``age_ms`` the child's own reading of its process age (10 ms steps). ``shell_ms``,
    when the child printed a ``shell-paint`` line first, is the start-up window's paint.
    """
    with tempfile.TemporaryFile() as err:
        t0 = time.monotonic()
        proc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=err,
                                bufsize=0)
        try:
            lines = _read_marker_lines(proc, t0 + timeout_s)
            wall = time.monotonic() - t0
            proc.wait(timeout=30)
        except BaseException as exc:
            proc.kill()
            proc.wait()
            err.seek(0)
            raise RuntimeError(f"{exc}\n{err.read().decode(errors='replace')[-1500:]}") from exc
    age, stamp = parse_first_paint(lines[-1])
    result = {"frame_ms": ((stamp - t0) if stamp is not None else wall) * 1000, "wall_ms": wall * 1000,
              "age_ms": age * 1000}
    for line in lines[:-1]:
        if line.startswith(SHELL_MARKER):
            _, shell_stamp = parse_first_paint(line, SHELL_MARKER)
            if shell_stamp is not None:
                result["shell_ms"] = (shell_stamp - t0) * 1000
    return result


def _startup_kinds(args: argparse.Namespace, bundle: Path | None) -> dict[str, list[str]]:
    """Command per kind: bare window, app from source (and without pandas), bundle."""
    kinds = {"bare": [sys.executable, "-c", _BARE_CHILD], "source": [sys.executable, "-c", _APP_CHILD, ""]}
    if bf._lean_variant():  # pandas installed here, not in a user's install
        kinds["source, without pandas"] = [sys.executable, "-c", _APP_CHILD, ",".join(bf.UNDECLARED_OPTIONAL)]
    if bundle is not None:
        kinds["bundle"] = [str(bundle)]
    return kinds


def _judge(value: float, target: float, unit: str, judged: bool) -> tuple[str, str]:
    """The target and verdict columns of a row (none for the development-only start)."""
    return (f"<= {target}{unit}", verdict(value, target)) if judged else ("dev only: for information", "")


def run_first_paint(table: Table, args: argparse.Namespace, env: dict[str, str], bundle: Path | None) -> None:
    """Figures 1 and 2: start-up window and example window, source and bundle, against a bare window."""
    kinds = _startup_kinds(args, bundle)
    runs: dict[str, list[dict[str, float]]] = {k: [] for k in kinds}
    for k in range(args.warmup + args.repeats):
        for kind, cmd in list(kinds.items()):  # interleaved, so drift hits every kind alike
            timeout = (15.0 if args.quick else 60.0) if kind == "bundle" else 120.0
            try:
                result = first_paint_once(cmd, env, timeout)
            except RuntimeError as exc:
                if kind != "bundle":
                    raise
                print(f"  bundle gave no first-paint line ({str(exc).splitlines()[0]}); built before the "
                      f"{HOOK_ENV} hook? bundle: skipped", flush=True)
                del kinds[kind], runs[kind]
                continue
            if k >= args.warmup:
                runs[kind].append(result)
            shell = f"start-up window {result['shell_ms']:.0f} ms, " if "shell_ms" in result else ""
            print(f"  first-paint run {k + 1}/{args.warmup + args.repeats}{' (warm-up)' if k < args.warmup else ''}:"
                  f" {kind} {shell}{result['frame_ms']:.0f} ms (process age {result['age_ms']:.0f} ms)", flush=True)
    table.data["first_paint"] = runs
    bare = [r["frame_ms"] for r in runs["bare"]]
    table.add("1. first paint, bare QMainWindow", f"{statistics.median(bare):.0f} ms", f"{min(bare):.0f} ms",
              "reference")
    for kind, rs in runs.items():
        if kind == "bare":
            continue
        number = "2." if kind == "bundle" else "  "
        # With pandas installed (a development environment only), sqlite-utils imports it:
        # that start is shown for information; the one without it is the user's.
        judged = not (kind == "source" and "source, without pandas" in runs)

        shells = [r["shell_ms"] for r in rs if "shell_ms" in r]
        if len(shells) == len(rs):
            table.add(f"{number} start-up window on screen, {kind}", f"{statistics.median(shells):.0f} ms",
                      f"{min(shells):.0f} ms")
            ratio = statistics.median(shells) / statistics.median(bare)
            table.add(f"   ratio {kind} start-up window / bare", f"{ratio:.2f}x",
                      f"{min(shells) / min(bare):.2f}x (of mins)", *_judge(ratio, TARGETS["window_ratio"], "x", judged))
        else:
            table.add(f"{number} start-up window, {kind}", "none", "built before the start-up window")
        frames = [r["frame_ms"] for r in rs]
        seconds = statistics.median(frames) / 1000
        table.add(f"   main window with the example on screen, {kind}", f"{seconds:.2f} s",
                  f"{min(frames) / 1000:.2f} s", *_judge(seconds, TARGETS["example_s"], " s", judged))
        table.add(f"   ratio {kind} main window / bare", f"{statistics.median(frames) / statistics.median(bare):.2f}x",
                  f"{min(frames) / min(bare):.2f}x (of mins)", "for information")
    if "bundle" not in runs:
        table.add("2. first paint, frozen bundle", "skipped", "bundle not built" if bundle is None else "no marker")

