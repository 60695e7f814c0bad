#!/usr/bin/env python3
"""SMAA-2 against the bare numpy floor: 10,000 samples on 20 x 10, 100,000 on 100 x 20.

Usage (from a checkout; the package is found in ``desktop/`` when not installed)::

    python benchmarks/bench_smaa.py [--runs 7] [--quick] [--json FILE]

Each case is a generated decision (``synthetic.generate_decision``) with weights
"nothing known" (uniform on the simplex) and exact scores. Two things are timed in
the same run, alternating, and the medians compared:

* ``counterweight.engine.smaa.smaa`` end to end: evaluation of the decision,
  weight draws, totals, ranks with the engine's tie rule, rank acceptability
  counts, central weights and confidence factors;
* the floor: the same number of weight vectors drawn the same way (normalised
  standard exponentials), one matrix product for all totals and one ``argsort``.

Target: SMAA-2 within 2x of the floor. For information the script also times one
run on 100 x 20 with every numeric score varying (no floor applies: each sample
draws 1,600 scores, and the confidence factors need a second pass over them). Multithreaded BLAS on a busy machine
penalises SMAA-2's per-block products more than the floor's single product, so the
script prints the load average and the BLAS thread setting; run it on an idle
machine (or with ``OPENBLAS_NUM_THREADS=1`` to compare single-threaded).
It is a plain script, not a test.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
if importlib.util.find_spec("counterweight") is None:
    sys.path.insert(0, str(HERE.parent / "desktop"))
if str(HERE.parent) not in sys.path:
    sys.path.insert(0, str(HERE.parent))

CASES = ((20, 10, 10_000), (100, 20, 100_000))
TARGET = 2.0


def _decision(n: int, m: int) -> Any:
    from benchmarks.synthetic import generate_decision
    from counterweight.domain import Decision

    data = generate_decision(n, m, seed=1).model_dump()
    data["method"]["uncertainty"]["weights"] = "none"
    return Decision.model_validate(data)


def _with_ranges(decision: Any, spread: float = 10.0) -> Any:
    """Every numeric score given a range of +-``spread`` (within the scale): all of them vary."""
    from counterweight.domain import Decision

    data = decision.model_dump()
    for s in data["scores"]:
        if s["value"] is not None:
            s["low"], s["high"] = max(0.0, s["value"] - spread), min(100.0, s["value"] + spread)
    return Decision.model_validate(data)


def _floor(values: np.ndarray, samples: int, seed: int) -> np.ndarray:
    """Draw ``samples`` uniform weight vectors, one product for all totals, one argsort.

    The ascending argsort is used (read backwards it is the best-first order): on
    numpy 2.x it is markedly faster than sorting the negated totals.
    """
    e = np.random.default_rng(seed).standard_exponential((samples, values.shape[1]))
    w = e / e.sum(axis=1, keepdims=True)
    return np.argsort(w @ values.T, axis=1)


def _case(n: int, m: int, samples: int, runs: int) -> dict[str, Any]:
    from counterweight.engine import evaluate
    from counterweight.engine.smaa import smaa

    decision = _decision(n, m)
    values = np.ascontiguousarray(evaluate(decision).values)
    smaa(decision, samples, 1)  # warm-up
    _floor(values, samples, 1)
    ours, floor = [], []
    for k in range(runs):
        start = time.perf_counter()
        result = smaa(decision, samples, 1 + k)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        _floor(values, samples, 1 + k)
        floor.append(time.perf_counter() - start)
    assert result.samples == samples and np.allclose(result.acceptability.sum(axis=1), 1.0)
    o, f = statistics.median(ours) * 1000, statistics.median(floor) * 1000
    return {"options": n, "criteria": m, "samples": samples, "smaa_ms": o, "floor_ms": f, "ratio": o / f}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="timed runs per case (median reported)")
    parser.add_argument("--quick", action="store_true", help="2 runs, smaller second case: smoke test only")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    runs = 2 if args.quick else max(1, args.runs)
    cases = ((20, 10, 10_000), (100, 20, 20_000)) if args.quick else CASES

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"load {load:.2f}; python {platform.python_version()}; numpy {np.__version__}; "
          f"OPENBLAS_NUM_THREADS={os.environ.get('OPENBLAS_NUM_THREADS', 'unset')}")
    rows = [_case(n, m, s, runs) for n, m, s in cases]
    from counterweight.engine.smaa import smaa

    uncertain = _with_ranges(_decision(100, 20))
    samples = 2_000 if args.quick else 10_000
    start = time.perf_counter()
    varied = smaa(uncertain, samples, 1)
    scores_ms = (time.perf_counter() - start) * 1000
    print(f"{'case':<24}{'SMAA-2 ms':>11}{'floor ms':>11}{'ratio':>8}  target <= {TARGET:g}x")
    for r in rows:
        verdict = "PASS" if r["ratio"] <= TARGET else "MISS"
        label = f"{r['options']} x {r['criteria']}, {r['samples']:,}"
        print(f"{label:<24}{r['smaa_ms']:>11.1f}{r['floor_ms']:>11.1f}{r['ratio']:>7.2f}x  {verdict}")
    print(f"for information (no target): 100 x 20, {samples:,} samples, all {varied.uncertain_scores:,}"
          f" numeric scores varying (triangular): {scores_ms:.0f} ms, one run")
    if load > (os.cpu_count() or 1) / 2:
        print(f"warning: the 1-minute load average ({load:.2f}) is high; the figures are unreliable")
    if args.json:
        info = {"samples": samples, "uncertain_scores": varied.uncertain_scores, "smaa_ms": scores_ms}
        Path(args.json).write_text(json.dumps({"load": load, "cases": rows, "score_ranges": info}, indent=2) + "\n",
                                   encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
