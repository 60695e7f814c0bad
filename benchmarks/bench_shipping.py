#!/usr/bin/env python3
"""Counterweight shipping benchmark: start-up, a 1,000 x 60 project, and memory over a long session.

Usage (from a checkout; the package is found in ``desktop/`` when not installed)::

    python benchmarks/bench_shipping.py [--quick] [--repeats N] [--edits N] [--bundle PATH]
                                        [--platform xcb] [--json FILE]

Prints, in one run, the machine and then these figures (never asserts a timing):

1. Start-up from source, each in a fresh process, median and min of N runs: the first
   paint of the start-up window against a bare PySide6 ``QMainWindow`` (target 1.5x),
   and the first paint of the full main window with the worked example (target 1.5 s).
2. The same for the frozen bundle (``dist/counterweight/counterweight`` or ``--bundle``).
3. A generated 1,000-option x 60-criterion project: ``ProjectSession.open`` (file,
   load, evaluate), the same with two snapshots of the whole decision in the file,
   opening it in a running window until it has painted, a cold
   start on it, and the frame times of scrolling its score matrix top to bottom.
4. Resident memory (``VmRSS``, Linux ``/proc``) idle with the example open, and
   over a scripted hour of edits through the ``SessionController``.

See ``docs/performance.md`` ("Shipping benchmark") for what each figure means.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import bench_foundation as bf  # noqa: E402 - a sibling script: machine header, Qt platform

from shipping_first_paint import first_paint_once, run_first_paint  # noqa: E402
from shipping_large import run_large  # noqa: E402
from shipping_memory import EDIT_CYCLE, memory_child, run_memory  # noqa: E402
from shipping_stats import HOOK_ENV, MARKER, SHELL_MARKER, TARGETS, Table  # noqa: E402

DEFAULT_BUNDLE = HERE.parent / "dist" / "counterweight" / "counterweight"
__all__ = ["DEFAULT_BUNDLE", "EDIT_CYCLE", "HOOK_ENV", "MARKER", "SHELL_MARKER", "TARGETS", "first_paint_once",
           "main"]


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description="Counterweight shipping benchmark (first paint, large project, memory).")
    p.add_argument("--quick", action="store_true", help="smoke run: 1 repeat, 200x20 project, 60 edits")
    p.add_argument("--repeats", type=int, default=7, help="fresh processes / opens of each kind (default 7)")
    p.add_argument("--warmup", type=int, default=1, help="untimed start-ups of each kind first (default 1)")
    p.add_argument("--edits", type=int, default=3600, help="scripted edits for the memory figure (default 3600)")
    p.add_argument("--bundle", type=Path, help=f"frozen executable (default {DEFAULT_BUNDLE.relative_to(HERE.parent)})")
    p.add_argument("--platform", choices=("offscreen", "xcb"), default="offscreen", help="Qt platform plugin")
    p.add_argument("--json", type=Path, help="also write every number to this JSON file")
    p.add_argument("--memory-child", type=Path, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.quick:
        args.repeats, args.warmup, args.edits = 1, 0, min(args.edits, 60)
    if args.repeats < 1 or args.edits < 1:
        p.error("--repeats and --edits must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the machine, then every figure with its target.

    Returns 0 once every figure was measured, met or not (a failed measurement raises).
    """
    args = _parse_args(argv)
    source = bf._ensure_package()
    if args.memory_child is not None:
        for name in bf.UNDECLARED_OPTIONAL:  # as in a user's install (see benchmarks/README.md)
            sys.modules[name] = None  # type: ignore[assignment]
        memory_child(args, args.memory_child)
        return 0
    bundle = args.bundle or DEFAULT_BUNDLE
    if not bundle.is_file():
        print(f"bundle not built: skipped ({bundle}; build it with packaging/build-linux.sh or pass --bundle)")
        bundle = None
    table, load_before = Table(), bf._load_1min()
    with tempfile.TemporaryDirectory(prefix="counterweight-shipping-") as tmp:
        work = Path(tmp)
        qpa = bf._qt_platform(args.platform, work)
        os.environ.update(QT_QPA_PLATFORM=qpa, COUNTERWEIGHT_HOME=str(work / "home"))
        env = {**os.environ, HOOK_ENV: "1",
               "PYTHONPATH": os.pathsep.join(p for p in (str(source), os.environ.get("PYTHONPATH", "")) if p)}
        if args.warmup:  # bytecode cached once, as for an installed app (see benchmarks/README.md)
            env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
            env.pop("PYTHONDONTWRITEBYTECODE", None)
        info = table.data["machine"] = bf._machine_info(args.platform)
        print("Counterweight shipping benchmark" + (" (quick mode: the numbers mean nothing)" if args.quick else ""))
        for key, value in info.items():
            print(f"  {key:<14} {value}")
        print(f"  {'settings':<14} repeats={args.repeats} warmup={args.warmup} edits={args.edits} "
              f"bundle={bundle or 'none'}\n  Qt runs offscreen unless --platform xcb is given.\n", flush=True)
        from counterweight.services import workspace

        workspace.remember_project(workspace.create_example_project())  # what the children open
        run_first_paint(table, args, env, bundle)
        run_large(table, args, env, work)
        run_memory(table, args, env, work)
    print("\n" + table.render())
    if args.json:
        args.json.write_text(json.dumps(table.data, indent=2, default=str), encoding="utf-8")
    load_after = bf._load_1min()
    if max(load_before, load_after) > 0.5 * (os.cpu_count() or 1):
        print(f"\nWarning: the machine was busy (1-min load {load_before:.2f} before, {load_after:.2f} after, "
              f"{os.cpu_count()} cores); every timing is inflated. Rerun on an idle machine.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
