"""Pure helpers of ``bench_shipping.py``: its targets, memory reading, statistics and the printed table.

No Qt and no Counterweight imports, so the test suite can check them anywhere
(``tests/test_bench_shipping.py``); nothing here measures time.
"""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

FRAME_MS = 1000.0 / 60.0  # one frame at 60 Hz
#: Flat memory: RSS grows by less than this (MiB) over the edits after the warm-up.
RSS_GROWTH_LIMIT_MIB = 5.0
#: Printed when COUNTERWEIGHT_BENCH_FIRST_PAINT=1 (counterweight.ui.startup): by the main
#: window once it has painted with the project open, and before that by the start-up window.
MARKER = b"first-paint"
SHELL_MARKER = b"shell-paint"
#: Set in the children's environment to make the app print those lines.
HOOK_ENV = "COUNTERWEIGHT_BENCH_FIRST_PAINT"
#: Start-up (issue 6, as revised in session 11; docs/performance.md says why): a window on
#: screen within 1.5x a bare QMainWindow's first paint, and the full main window with the
#: example within 1.5 s of the process starting, on the reference machine.
TARGETS = {"window_ratio": 1.5, "example_s": 1.5, "open_large_s": 1.0, "rss_growth_mib": RSS_GROWTH_LIMIT_MIB}


def vm_rss_mib(status_text: str | None = None) -> float:
    """Resident set size in MiB from the ``VmRSS`` line of ``/proc/self/status`` (Linux only).

    Parameters
    ----------
    status_text : str, optional
        The text of a ``status`` file; by default this process's own is read.

    Returns
    -------
    float
        ``VmRSS`` in MiB (the file gives kB, meaning KiB).
    """
    if status_text is None:
        status_text = Path("/proc/self/status").read_text(encoding="ascii", errors="replace")
    for line in status_text.splitlines():
        key, _, rest = line.partition(":")
        if key == "VmRSS" and rest.split() and rest.split()[0].isdigit():
            return int(rest.split()[0]) / 1024.0
    raise ValueError("no VmRSS line: resident memory can only be read on Linux")


def heap_in_use_mib() -> float | None:
    """Bytes the C allocator has handed out and not had back, in MiB (glibc ``mallinfo2``).

    Unlike RSS this does not count freed memory the allocator keeps, so it tells real
    growth from fragmentation. ``None`` where there is no glibc 2.33 or later.
    """
    import ctypes

    class _MallInfo2(ctypes.Structure):
        _fields_ = [(name, ctypes.c_size_t) for name in (
            "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]

    try:
        libc = ctypes.CDLL("libc.so.6")
        mallinfo2 = libc.mallinfo2
    except (OSError, AttributeError):
        return None
    mallinfo2.restype = _MallInfo2
    info = mallinfo2()
    return (info.uordblks + info.hblkhd) / 2**20  # small blocks in use + blocks mapped on their own


def percentile(xs: list[float], q: float) -> float:
    """The ``q``-th percentile of ``xs`` by the nearest-rank rule (NaN when empty)."""
    if not xs:
        return float("nan")
    ordered = sorted(xs)
    rank = -(-len(ordered) * q // 100)  # ceil(n q / 100)
    return ordered[int(max(1, min(len(ordered), rank))) - 1]


def summarize(xs: list[float], budget: float = FRAME_MS) -> dict[str, float]:
    """Count, median, min, p95, max of ``xs`` and how many exceed ``budget`` (``over``)."""
    if not xs:
        return {"n": 0, "median": float("nan"), "min": float("nan"), "p95": float("nan"),
                "max": float("nan"), "over": 0}
    return {"n": len(xs), "median": statistics.median(xs), "min": min(xs), "p95": percentile(xs, 95),
            "max": max(xs), "over": sum(x > budget for x in xs)}


def slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of ``y`` on ``x`` (NaN with fewer than two distinct ``x``)."""
    if len({x for x, _ in points}) < 2:
        return float("nan")
    mx = statistics.fmean(x for x, _ in points)
    my = statistics.fmean(y for _, y in points)
    return sum((x - mx) * (y - my) for x, y in points) / sum((x - mx) ** 2 for x, _ in points)


def memory_trend(samples: list[tuple[int, float]], warmup: int,
                 threshold_mib: float = RSS_GROWTH_LIMIT_MIB) -> dict[str, float | bool]:
    """Growth of RSS after ``warmup`` edits, its slope per 1,000 edits, and whether it is flat.

    Parameters
    ----------
    samples : list of (int, float)
        ``(edits done, RSS in MiB)``, in order.
    warmup : int
        Samples taken before this many edits are left out (panels built, caches filled).
    threshold_mib : float
        The run counts as flat when RSS grew by less than this after the warm-up.
    """
    kept = [(n, mib) for n, mib in samples if n >= warmup] or samples[-1:]
    growth = kept[-1][1] - kept[0][1] if kept else float("nan")
    return {"growth_mib": growth, "slope_mib_per_1000": slope([(float(n), m) for n, m in kept]) * 1000,
            "flat": bool(growth < threshold_mib), "from_edit": kept[0][0] if kept else 0}


def parse_first_paint(line: bytes, marker: bytes = MARKER) -> tuple[float, float | None]:
    """``(seconds since process start, time.monotonic() or None)`` from a ``first-paint`` line.

    ``marker`` is :data:`SHELL_MARKER` for the start-up window's line.
    """
    fields = line.split()
    if not fields or fields[0] != marker or len(fields) < 2:
        raise ValueError(f"not a {marker.decode()} line: {line!r}")
    return float(fields[1]), float(fields[2]) if len(fields) > 2 else None


class Table:
    """Rows of (figure, median, min / spread, target, verdict) and the raw numbers for ``--json``."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, ...]] = []
        self.data: dict[str, Any] = {}

    def add(self, label: str, value: str, spread: str = "", target: str = "", verdict: str = "") -> None:
        self.rows.append((label, value, spread, target, verdict))

    def render(self) -> str:
        head = ("figure", "median", "min / spread", "target", "result")
        widths = [max(len(r[i]) for r in [head, *self.rows]) for i in range(5)]
        lines = [head, tuple("-" * w for w in widths), *self.rows]
        return "\n".join("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in lines)


def verdict(value: float, target: float) -> str:
    """PASS when ``value`` is at most ``target``, else MISS."""
    return "PASS" if value <= target else "MISS"
