"""Time ``ProjectStore`` on a 200-option × 40-criterion project (not a test).

    python tests/storage/bench_commit.py [folder]

Prints median and 95th-percentile times for committing one score change (the
common edit), loading the whole decision, and opening the file.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

try:
    from counterweight.storage import ProjectStore
except ImportError:  # run from a checkout without installing
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "desktop"))
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from counterweight.storage import ProjectStore

from tests.storage.builders import grid_decision, replace_score


def _report(name: str, seconds: list[float]) -> None:
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))]
    print(f"{name:<34} median {statistics.median(ms):7.2f} ms   p95 {p95:7.2f} ms   (n={len(ms)})")


def main(folder: Path) -> None:
    path = folder / "bench.counterweight"
    path.unlink(missing_ok=True)
    d = grid_decision(200, 40)
    store = ProjectStore.create(path, d)
    edits = []
    old = d
    for k in range(200):
        new = replace_score(old, f"O{k % 200}", f"C{k % 40}", value=float(k % 100))
        edits.append((old, new))
        old = new
    commit_times = []
    for before, after in edits:
        t0 = time.perf_counter()
        store.commit(before, after, action="Set score", target="bench", before=None, after=None)
        commit_times.append(time.perf_counter() - t0)
    _report("commit: one score of 200x40", commit_times)
    load_times = []
    for _ in range(10):
        t0 = time.perf_counter()
        store.load()
        load_times.append(time.perf_counter() - t0)
    _report("load: whole 200x40 decision", load_times)
    store.close()
    open_times = []
    for _ in range(10):
        t0 = time.perf_counter()
        ProjectStore.open(path).close()
        open_times.append(time.perf_counter() - t0)
    _report("open + close (probe, lock, WAL)", open_times)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        main(Path(sys.argv[1]))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            main(Path(tmp))
