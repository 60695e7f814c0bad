"""Smoke test of the foundation benchmark (``benchmarks/bench_foundation.py --quick``).

Not a timed test: nothing here depends on how fast the machine is. It checks that
the script runs end to end, measures every figure (a positive, finite number),
prints each one in its table with the target and a PASS/MISS verdict that agrees
with the number, and prints the machine header and the 200x40 breakdown.
"""

from __future__ import annotations

import importlib.util
import json
import math
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.qt, pytest.mark.slow]

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_foundation.py"
FRAME_60HZ_MS = 1000.0 / 60.0

#: figure key -> (text of its row in the table, target or None, comparison).
#: The targets are the product's performance goals, written out here on purpose
#: rather than read from the script, so a wrong target in the script fails the test.
FIGURES: dict[str, tuple[str, float | None, str]] = {
    "startup_bare_ms": ("start-up to first frame, bare QMainWindow", None, ""),
    "startup_app_ms": ("start-up to first frame, Counterweight ", None, ""),
    "startup_ratio": ("start-up ratio Counterweight / bare", 2.0, "<="),
    "startup_app_paint_ms": ("(first Paint event of the window, Counterweight)", None, ""),
    "score_example_ms": ("SetScore edit to repaint, example", FRAME_60HZ_MS, "<="),
    "score_large_ms": ("SetScore edit to repaint, 200x40", 100.0, "<"),
    "weight_example_ms": ("weight drag step to repaint, example", FRAME_60HZ_MS, "<="),
    "weight_large_ms": ("weight drag step to repaint, 200x40", 100.0, "<"),
    "idle_rss_app_mib": ("idle RSS, Counterweight ", 150.0, "<"),
    "idle_rss_bare_mib": ("idle RSS, bare QMainWindow", None, ""),
}
#: Extra rows when pandas is installed: the start-up without it, as on a user's machine.
LEAN_FIGURES: dict[str, tuple[str, float | None, str]] = {
    "startup_app_lean_ms": ("start-up to first frame, Counterweight, without pandas", None, ""),
    "startup_ratio_lean": ("start-up ratio Counterweight, without pandas / bare", 2.0, "<="),
    "idle_rss_app_lean_mib": ("idle RSS, Counterweight, without pandas", 150.0, "<"),
}
HEADER_KEYS = ("date", "cpu", "cores", "ram", "python", "pyside6", "qt", "numpy")
BREAKDOWN_PHASES = ("apply", "commit", "evaluate", "notify", "repaint", "total")


def _expected() -> dict[str, tuple[str, float | None, str]]:
    lean = importlib.util.find_spec("pandas") is not None
    return {**FIGURES, **LEAN_FIGURES} if lean else dict(FIGURES)


def _row(stdout: str, text: str) -> str:
    rows = [line for line in stdout.splitlines() if text in line]
    assert len(rows) == 1, f"expected one table row containing {text!r}, found {rows!r}"
    return rows[0]


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], capture_output=True, text=True,
                          timeout=600, cwd=tmp_path, check=False)


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, Any]]:
    """One ``--quick`` run shared by the tests below: its stdout and its JSON figures."""
    pytest.importorskip("PySide6")
    folder = tmp_path_factory.mktemp("bench")
    result = _run(folder, "--quick", "--json", str(folder / "figures.json"))
    assert result.returncode == 0, f"benchmark failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result.stdout, json.loads((folder / "figures.json").read_text(encoding="utf-8"))


def test_every_figure_is_measured(quick_run: tuple[str, dict[str, Any]]) -> None:
    _, data = quick_run
    figures = data["figures"]
    for key in _expected():
        assert key in figures, f"figure {key!r} missing"
        assert math.isfinite(figures[key]) and figures[key] > 0, f"{key} = {figures[key]!r}"
    assert figures["startup_ratio"] == pytest.approx(figures["startup_app_ms"] / figures["startup_bare_ms"])


def test_every_figure_is_printed_with_its_target_and_verdict(quick_run: tuple[str, dict[str, Any]]) -> None:
    stdout, data = quick_run
    for key, (text, target, op) in _expected().items():
        row = _row(stdout, text)
        value = data["figures"][key]
        assert re.search(r"\d+\.\d+(x| ms| MiB)", row), f"no measured value in {row!r}"
        if target is None:
            assert not row.rstrip().endswith(("PASS", "MISS")), row
            continue
        met = value <= target if op == "<=" else value < target
        verdict = "PASS" if met else "MISS"
        assert row.rstrip().endswith(verdict), f"{key} = {value} against {op} {target}: {row!r}"
        assert data["verdicts"][key] == verdict


def test_header_and_breakdown_are_printed(quick_run: tuple[str, dict[str, Any]]) -> None:
    stdout, data = quick_run
    for key in HEADER_KEYS:
        assert re.search(rf"^\s+{key}\s+\S", stdout, re.MULTILINE), f"header line {key!r} missing"
        assert data["machine"][key]
    block = stdout.split("Breakdown, 200x40:", 1)
    assert len(block) == 2, "no 200x40 breakdown"
    for phase in BREAKDOWN_PHASES:
        assert re.search(rf"^\s+{phase}\s+\d+\.\d+\s+\d+\.\d+\s*$", block[1], re.MULTILINE), phase


def test_bad_arguments_are_refused(tmp_path: Path) -> None:
    result = _run(tmp_path, "--runs", "0")
    assert result.returncode == 2
    assert "--runs" in result.stderr
