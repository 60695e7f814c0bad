#!/usr/bin/env python3
"""Aggregation kernels against pymcdm: TOPSIS and PROMETHEE II on 1,000 x 20.

Usage (from a checkout; the package is found in ``desktop/`` when not installed)::

    python benchmarks/bench_methods.py [--options 1000] [--criteria 20] [--runs 7] [--quick]

Both libraries get the same random matrix (uniform 1-100, every third criterion a
cost criterion, random weights summing to 1) in the same run. pymcdm is called with
``validation=False`` so that only its computation is timed; Counterweight's kernels
always validate their input, and that time is included. Each figure is the median
of ``--runs`` timed calls after one untimed warm-up. The script also checks that
the two libraries agree (largest absolute difference of the scores) and times
``evaluate()`` end to end on a generated decision of the same size, for each method.
It is a plain script, not a test; the target is simply "faster than pymcdm".
"""

from __future__ import annotations

import argparse
import importlib.util
import platform
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
if importlib.util.find_spec("counterweight") is None:
    sys.path.insert(0, str(HERE.parent / "desktop"))
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))


def _median_ms(fn: Callable[[], Any], runs: int) -> tuple[float, Any]:
    """Median time of one call over ``runs`` samples; a fast call is repeated within a sample."""
    result = fn()  # warm-up (imports, caches)
    start = time.perf_counter()
    fn()
    once = time.perf_counter() - start
    loops = max(1, min(1000, int(0.02 / max(once, 1e-9))))  # about 20 ms per sample
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for _ in range(loops):
            result = fn()
        times.append((time.perf_counter() - start) * 1000.0 / loops)
    return statistics.median(times), result


def _data(n: int, m: int, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = rng.uniform(1.0, 100.0, size=(n, m))
    w = rng.uniform(0.1, 1.0, size=m)
    cost = np.arange(m) % 3 == 0
    return x, cost, w / w.sum()


def _cases(x: np.ndarray, cost: np.ndarray, w: np.ndarray) -> list[tuple[str, Callable[[], Any], Callable[[], Any]]]:
    from pymcdm import normalizations
    from pymcdm.methods import PROMETHEE_II, TOPSIS

    from counterweight.domain import CriterionPreference, PreferenceFunction
    from counterweight.engine import promethee_ii, topsis

    types = np.where(cost, -1, 1)
    m = x.shape[1]
    vshape = [CriterionPreference(function=PreferenceFunction.V_SHAPE, p=30.0)] * m
    level = [CriterionPreference(function=PreferenceFunction.LEVEL, q=5.0, p=30.0)] * m
    return [
        ("TOPSIS, vector normalisation",
         lambda: topsis(x, cost, w, "vector").closeness,
         lambda: TOPSIS(normalizations.vector_normalization)(x, w, types, validation=False)),
        ("TOPSIS, min-max normalisation",
         lambda: topsis(x, cost, w, "min_max").closeness,
         lambda: TOPSIS(normalizations.minmax_normalization)(x, w, types, validation=False)),
        ("PROMETHEE II, usual (type I)",
         lambda: promethee_ii(x, cost, w, keep_pairwise=False).phi,
         lambda: PROMETHEE_II("usual")(x, w, types, validation=False)),
        ("PROMETHEE II, V-shape (type III, p=30)",
         lambda: promethee_ii(x, cost, w, vshape, keep_pairwise=False).phi,
         lambda: PROMETHEE_II("vshape", p=np.full(m, 30.0))(x, w, types, validation=False)),
        ("PROMETHEE II, level (type IV, q=5, p=30)",
         lambda: promethee_ii(x, cost, w, level, keep_pairwise=False).phi,
         lambda: PROMETHEE_II("level", q=np.full(m, 5.0), p=np.full(m, 30.0))(x, w, types, validation=False)),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--options", type=int, default=1000)
    parser.add_argument("--criteria", type=int, default=20)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quick", action="store_true", help="100 x 10, 1 run: for a smoke test only")
    args = parser.parse_args(argv)
    if args.quick:
        args.options, args.criteria, args.runs = 100, 10, 1
    if importlib.util.find_spec("pymcdm") is None:
        print("pymcdm is not installed; nothing to compare against.", file=sys.stderr)
        return 2

    from importlib.metadata import version

    x, cost, w = _data(args.options, args.criteria, args.seed)
    print(f"Aggregation kernels, {args.options} options x {args.criteria} criteria, median of {args.runs} runs")
    print(f"python {platform.python_version()}, numpy {np.__version__}, pymcdm {version('pymcdm')},"
          f" {platform.machine()}, {platform.processor() or platform.system()}")
    print()
    header = f"{'method':<42} {'ours ms':>9} {'pymcdm ms':>10} {'speed-up':>9} {'max |diff|':>11}  verdict"
    print(header)
    print("-" * len(header))
    misses = 0
    for name, ours, theirs in _cases(x, cost, w):
        t_ours, r_ours = _median_ms(ours, args.runs)
        t_theirs, r_theirs = _median_ms(theirs, args.runs)
        diff = float(np.max(np.abs(np.asarray(r_ours) - np.asarray(r_theirs))))
        ok = t_ours < t_theirs and diff < 1e-9
        misses += not ok
        print(f"{name:<42} {t_ours:>9.2f} {t_theirs:>10.2f} {t_theirs / t_ours:>8.1f}x {diff:>11.1e}"
              f"  {'PASS' if ok else 'MISS'}")

    from benchmarks.synthetic import generate_decision

    from counterweight.domain import AggregationMethod
    from counterweight.engine import evaluate

    decision = generate_decision(args.options, args.criteria)
    print()
    print(f"evaluate() end to end on a generated {args.options} x {args.criteria} decision (informational):")
    for method in AggregationMethod:
        t, _ = _median_ms(lambda method=method: evaluate(decision, method=method), max(1, args.runs // 2))
        print(f"  {method.label:<40} {t:>9.1f} ms")
    return 1 if misses else 0


if __name__ == "__main__":
    sys.exit(main())
