"""Timing of ``evaluate`` on a 200-option x 40-criterion decision.

Not collected by pytest (benchmarks are kept out of timed tests). Run with the
source root on the import path, e.g. ``python tests/engine/bench_evaluate.py``.
"""

from __future__ import annotations

import random
import statistics
import time

from counterweight.domain import Criterion, Decision, Direction, Level, NumericScale, Option, QualitativeScale, Score
from counterweight.domain.decision import Normalization
from counterweight.engine import evaluate

LEVELS = QualitativeScale(levels=[Level(label=f"L{k}", value=25 * k) for k in range(5)])


def big_decision(n_options: int = 200, n_groups: int = 8, per_group: int = 5, seed: int = 1) -> Decision:
    """A decision with ``n_groups * per_group`` leaves, one in five qualitative."""
    rng = random.Random(seed)
    crit: list[Criterion] = []
    leaves: list[Criterion] = []
    for g in range(n_groups):
        crit.append(Criterion(id=f"g{g}", name=f"Group {g}", weight=rng.randint(1, 10)))
        for k in range(per_group):
            qual = k == 0
            leaf = Criterion(
                id=f"c{g}_{k}", name=f"Criterion {g}.{k}", parent_id=f"g{g}",
                scale=LEVELS if qual else NumericScale(lower=0, upper=100),
                direction=Direction.LOWER_BETTER if k % 2 else Direction.HIGHER_BETTER,
                weight=rng.randint(0, 10),
            )
            crit.append(leaf)
            leaves.append(leaf)
    opts = [Option(id=f"o{i}", name=f"Option {i}") for i in range(n_options)]
    scores = []
    for o in opts:
        for leaf in leaves:
            if isinstance(leaf.scale, QualitativeScale):
                scores.append(Score(option_id=o.id, criterion_id=leaf.id, level=f"L{rng.randint(0, 4)}"))
            else:
                scores.append(Score(option_id=o.id, criterion_id=leaf.id, value=rng.uniform(0, 100)))
    return Decision(id="big", title="Benchmark", options=opts, criteria=crit, scores=scores)


def main() -> None:
    d = big_decision()
    for method in (Normalization.VALUE_FUNCTION, Normalization.VECTOR):
        evaluate(d, method)  # warm-up
        wall, cpu = [], []
        for _ in range(50):
            t0, c0 = time.perf_counter(), time.process_time()
            evaluate(d, method)
            wall.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
        print(
            f"{method.value:15s} wall median {1000 * statistics.median(wall):.2f} ms"
            f" (max {1000 * max(wall):.2f}), CPU median {1000 * statistics.median(cpu):.2f} ms"
        )


if __name__ == "__main__":
    main()
