"""The pure helpers of the shipping benchmark (``benchmarks/bench_shipping.py``).

Nothing here times anything: the memory reader, the statistics, the parsing of the
app's first-paint line and the printed table are checked on numbers worked out by
hand. The benchmark itself is run by hand (see docs/performance.md).
"""

from __future__ import annotations

import importlib.util
import math
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
UI_SOURCE = Path(__file__).resolve().parent.parent / "desktop" / "counterweight" / "ui"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def stats() -> ModuleType:
    return _load("shipping_stats")


@pytest.fixture(scope="module")
def bench(stats: ModuleType) -> ModuleType:
    return _load("bench_shipping")


# ------------------------------------------------------------------ memory reader
STATUS = "Name:\tpython\nVmPeak:\t  300000 kB\nVmRSS:\t  204800 kB\nRssAnon:\t  100000 kB\n"


def test_vm_rss_reads_the_vmrss_line_in_mib(stats: ModuleType) -> None:
    assert stats.vm_rss_mib(STATUS) == 200.0  # 204800 KiB / 1024


def test_vm_rss_without_the_line_says_linux_only(stats: ModuleType) -> None:
    with pytest.raises(ValueError, match="Linux"):
        stats.vm_rss_mib("Name:\tpython\nVmPeak:\t  300000 kB\n")


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="Linux /proc only")
def test_vm_rss_of_this_process_agrees_with_statm(stats: ModuleType) -> None:
    import os

    pages = int(Path("/proc/self/statm").read_text().split()[1])
    from_statm = pages * os.sysconf("SC_PAGE_SIZE") / 2 ** 20
    assert abs(stats.vm_rss_mib() - from_statm) < 8.0


def test_heap_in_use_follows_an_allocation_and_its_release(stats: ModuleType) -> None:
    before = stats.heap_in_use_mib()
    if before is None:
        pytest.skip("needs glibc 2.33 or later (mallinfo2)")
    block = bytearray(64 * 2**20)
    held = stats.heap_in_use_mib()
    del block
    after = stats.heap_in_use_mib()
    assert held - before >= 63 and held - after >= 63


# ------------------------------------------------------------------ statistics
def test_percentile_nearest_rank(stats: ModuleType) -> None:
    # Worked example of the nearest-rank method (Wikipedia, "Percentile", first example):
    # for 15, 20, 35, 40, 50 the 5th, 30th, 40th, 50th and 100th percentiles are
    # 15, 20, 20, 35 and 50.
    xs = [50.0, 15.0, 40.0, 20.0, 35.0]
    assert [stats.percentile(xs, q) for q in (5, 30, 40, 50, 100)] == [15, 20, 20, 35, 50]
    assert math.isnan(stats.percentile([], 95))


def test_summarize_counts_frames_strictly_over_the_budget(stats: ModuleType) -> None:
    s = stats.summarize([10.0, 16.7, 16.8, 40.0], budget=16.7)
    assert s["over"] == 2
    assert (s["n"], s["median"], s["min"], s["max"]) == (4, 16.75, 10.0, 40.0)
    assert s["p95"] == 40.0  # ceil(4 * 0.95) = 4th of 4
    assert stats.summarize([])["n"] == 0


def test_slope_of_a_straight_line(stats: ModuleType) -> None:
    assert stats.slope([(x, 3.0 * x + 2.0) for x in (0.0, 1.0, 5.0, 9.0)]) == pytest.approx(3.0)
    assert math.isnan(stats.slope([(1.0, 2.0), (1.0, 5.0)]))


def test_memory_trend_leaves_out_the_warm_up(stats: ModuleType) -> None:
    samples = [(0, 100.0), (300, 120.0), (600, 121.0), (900, 121.5), (1200, 122.0)]
    trend = stats.memory_trend(samples, warmup=600, threshold_mib=5.0)
    assert trend["from_edit"] == 600
    assert trend["growth_mib"] == pytest.approx(1.0)
    assert trend["slope_mib_per_1000"] == pytest.approx(0.5 / 300 * 1000)
    assert trend["flat"] is True
    growing = stats.memory_trend([(0, 100.0), (600, 110.0), (1200, 116.0)], warmup=600, threshold_mib=5.0)
    assert growing["growth_mib"] == pytest.approx(6.0)
    assert growing["flat"] is False


# ------------------------------------------------------------------ the first-paint line
def test_parse_first_paint_line(stats: ModuleType) -> None:
    assert stats.parse_first_paint(b"first-paint 0.8123 12345.678900") == (0.8123, 12345.6789)
    assert stats.parse_first_paint(b"first-paint 1.5") == (1.5, None)
    assert stats.parse_first_paint(b"shell-paint 0.2 7.5", stats.SHELL_MARKER) == (0.2, 7.5)
    with pytest.raises(ValueError):
        stats.parse_first_paint(b"smoke test: window shown")
    with pytest.raises(ValueError):
        stats.parse_first_paint(b"shell-paint 0.2 7.5")


def test_the_app_hook_and_the_benchmark_agree_on_the_variable_and_markers(bench: ModuleType) -> None:
    startup = (UI_SOURCE / "startup.py").read_text(encoding="utf-8")
    app = (UI_SOURCE / "app.py").read_text(encoding="utf-8")
    assert f'"{bench.HOOK_ENV}"' in startup
    assert f'report_paint(shell, "{bench.SHELL_MARKER.decode()}")' in startup
    assert f'report_paint(window, "{bench.MARKER.decode()}", quit_after=True)' in app


_FAKE_CHILD = """
import time
print("loading", flush=True)
print(f"shell-paint 0.10 {time.monotonic():.6f}", flush=True)
time.sleep(0.05)
print(f"first-paint 0.30 {time.monotonic():.6f}", flush=True)
"""


def test_first_paint_once_reads_both_paints_in_order(bench: ModuleType) -> None:
    result = bench.first_paint_once([sys.executable, "-c", _FAKE_CHILD], dict(os.environ), 60.0)
    assert 0 < result["shell_ms"] < result["frame_ms"] <= result["wall_ms"]
    assert result["frame_ms"] - result["shell_ms"] >= 45
    assert result["age_ms"] == pytest.approx(300.0)


def test_first_paint_once_without_a_start_up_window(bench: ModuleType) -> None:
    result = bench.first_paint_once([sys.executable, "-c", "print('first-paint 0.2 1.0')"], dict(os.environ), 60.0)
    assert "shell_ms" not in result


# ------------------------------------------------------------------ table and options
def test_table_aligns_columns_and_verdicts(stats: ModuleType) -> None:
    table = stats.Table()
    table.add("a figure", "1 ms", "0 ms", "<= 2 ms", stats.verdict(1.0, 2.0))
    table.add("another, longer figure", "3 ms", "", "<= 2 ms", stats.verdict(3.0, 2.0))
    lines = table.render().splitlines()
    assert len(lines) == 4
    assert lines[2].endswith("PASS") and lines[3].endswith("MISS")
    assert lines[0].index("median") == lines[2].index("1 ms") == lines[3].index("3 ms")


def test_quick_mode_is_small(bench: ModuleType) -> None:
    args = bench._parse_args(["--quick"])
    assert (args.repeats, args.warmup) == (1, 0) and args.edits <= 60
    full = bench._parse_args([])
    assert (full.repeats, full.edits) == (7, 3600)
    with pytest.raises(SystemExit):
        bench._parse_args(["--edits", "0"])


def test_edit_script_mixes_every_kind_of_action(bench: ModuleType) -> None:
    assert {"score", "press", "drag", "release", "undo", "redo", "view"} == set(bench.EDIT_CYCLE)
    assert bench.EDIT_CYCLE.index("press") < bench.EDIT_CYCLE.index("release")
