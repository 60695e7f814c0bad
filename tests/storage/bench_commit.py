"""Time ``ProjectStore`` on a 200-option × 40-criterion project (not a test).

    python tests/storage/bench_commit.py [folder]

Prints median and 95th-percentile times for committing one score change (the
common edit), of that commit's SQL alone (without the audit row and the durable
commit), of committing a red line change, loading the whole decision, and opening
the file. The project has an elicitation per group and a red line on every fourth
criterion, so the timings include skipping those unchanged parts.
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

from counterweight.domain import Decision, Distribution, Elicitation, RedLine, WeightMethod
from counterweight.storage import rows
from tests.storage.builders import grid_decision, rebuild, replace_score


def bench_decision() -> Decision:
    """200 x 40 grid with elicitations, red lines and some score distributions."""
    d = grid_decision(200, 40)
    elicitations = [
        Elicitation(node_id=g.id, method=WeightMethod.ROC, ranks={c.id: i + 1 for i, c in enumerate(d.children(g.id))})
        for g in d.children(None)
    ]
    red_lines = [RedLine(id=f"R{j}", criterion_id=f"C{j}", limit=10.0) for j in range(0, 40, 4)]
    scores = [s.model_copy(update={"distribution": Distribution.PERT}) if i % 7 == 0 else s
              for i, s in enumerate(d.scores)]
    return rebuild(d, elicitations=elicitations, red_lines=red_lines, scores=scores)


def _report(name: str, seconds: list[float]) -> None:
    ms = sorted(s * 1000 for s in seconds)
    p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))]
    print(f"{name:<34} median {statistics.median(ms):7.2f} ms   p95 {p95:7.2f} ms   (n={len(ms)})")


def main(folder: Path) -> None:
    path = folder / "bench.counterweight"
    path.unlink(missing_ok=True)
    d = bench_decision()
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
    conn = store._conn
    assert conn is not None
    sql_times = []
    for before, after in edits:
        conn.execute("BEGIN IMMEDIATE")
        t0 = time.perf_counter()
        rows.write_changes(conn, after, before)  # back to the stored state, then rolled back
        sql_times.append(time.perf_counter() - t0)
        conn.execute("ROLLBACK")
    _report("  of which write_changes()", sql_times)
    red_times = []
    for k in range(50):
        new = rebuild(old, red_lines=[r.model_copy(update={"limit": float(k)}) if r.id == "R0" else r
                                      for r in old.red_lines])
        t0 = time.perf_counter()
        store.commit(old, new, action="Red line", target="bench", before=None, after=None)
        red_times.append(time.perf_counter() - t0)
        old = new
    _report("commit: one red line", red_times)
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
