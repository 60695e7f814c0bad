"""Generate large random decisions for benchmarks (seeded, reproducible)."""

from __future__ import annotations

import random

from counterweight.domain import Criterion, Decision, Direction, Level, NumericScale, Option, QualitativeScale, Score

_LEVELS = QualitativeScale(
    levels=[Level(label=name, value=v) for name, v in (("Poor", 0), ("Fair", 40), ("Good", 75), ("Excellent", 100))]
)


def generate_decision(n_options: int, n_criteria: int, *, groups: int = 4, seed: int = 1) -> Decision:
    """``n_options`` x ``n_criteria`` leaves under ``groups`` groups; every fifth leaf qualitative."""
    rng = random.Random(seed)
    criteria: list[Criterion] = []
    for g in range(groups):
        criteria.append(Criterion(id=f"g{g}", name=f"Group {g + 1}", weight=rng.randint(1, 10)))
    leaves = []
    for j in range(n_criteria):
        qualitative = j % 5 == 4
        c = Criterion(
            id=f"c{j}",
            name=f"Criterion {j + 1}",
            parent_id=f"g{j % groups}",
            direction=Direction.LOWER_BETTER if j % 3 == 0 else Direction.HIGHER_BETTER,
            unit="" if qualitative else "units",
            scale=_LEVELS if qualitative else NumericScale(lower=0, upper=100),
            weight=rng.randint(1, 100),
        )
        criteria.append(c)
        leaves.append(c)
    options = [Option(id=f"o{i}", name=f"Option {i + 1}") for i in range(n_options)]
    scores = []
    for o in options:
        for c in leaves:
            if c.scale.kind == "qualitative":
                scores.append(Score(option_id=o.id, criterion_id=c.id, level=rng.choice(_LEVELS.levels).label))
            else:
                v = round(rng.uniform(0, 100), 1)
                scores.append(Score(option_id=o.id, criterion_id=c.id, value=v, rationale="generated"))
    return Decision(
        id=f"synthetic-{n_options}x{n_criteria}",
        title=f"Synthetic {n_options} x {n_criteria}",
        options=options,
        criteria=criteria,
        scores=scores,
    )
