"""Builders and checks shared by the engine tests."""

from __future__ import annotations

import numpy as np

from counterweight.domain import (
    Criterion,
    Decision,
    Direction,
    Level,
    NumericScale,
    Option,
    QualitativeScale,
    Score,
)
from counterweight.engine import Evaluation

LEGAL = QualitativeScale(levels=[
    Level(label="Unlawful", value=0), Level(label="Risky", value=25), Level(label="Compliant", value=100),
])
TEN = NumericScale(lower=0, upper=10)


def tree_decision() -> Decision:
    """Two groups, one nested group, five leaves; hand-computed in test_weights/test_evaluate.

    Top level: Benefits 60, Risks 40 points.
    Benefits: Health 3, Economy 1.   Economy: Jobs 1, Growth 1.
    Risks: Safety 1 (lower is better), Legal 3 (qualitative).
    """
    crit = [
        Criterion(id="ben", name="Benefits", weight=60),
        Criterion(id="health", name="Health", parent_id="ben", scale=TEN, weight=3),
        Criterion(id="eco", name="Economy", parent_id="ben", weight=1),
        Criterion(id="jobs", name="Jobs", parent_id="eco", scale=TEN, weight=1),
        Criterion(id="growth", name="Growth", parent_id="eco", scale=TEN, weight=1),
        Criterion(id="risk", name="Risks", weight=40),
        Criterion(id="safety", name="Safety incidents", parent_id="risk", scale=TEN,
                  direction=Direction.LOWER_BETTER, weight=1),
        Criterion(id="legal", name="Legal exposure", parent_id="risk", scale=LEGAL, weight=3),
    ]
    opts = [Option(id="x", name="Option X"), Option(id="y", name="Option Y")]
    scores = [
        Score(option_id="x", criterion_id="health", value=10),
        Score(option_id="x", criterion_id="jobs", value=5),
        Score(option_id="x", criterion_id="growth", value=0),
        Score(option_id="x", criterion_id="safety", value=2),
        Score(option_id="x", criterion_id="legal", level="Compliant"),
        Score(option_id="y", criterion_id="health", value=4),
        Score(option_id="y", criterion_id="jobs", value=10),
        Score(option_id="y", criterion_id="growth", value=10),
        Score(option_id="y", criterion_id="safety", value=0),
        Score(option_id="y", criterion_id="legal", level="Risky"),
    ]
    return Decision(id="tree", title="Tree example", options=opts, criteria=crit, scores=scores)


def flat_decision(
    table: list[list[float | None]], weights: list[float], *, lower: float = 0.0, upper: float = 100.0,
    directions: list[Direction] | None = None,
) -> Decision:
    """Options o1.. scored on top-level numeric leaves c1.. (None = no score)."""
    n_crit = len(weights)
    dirs = directions or [Direction.HIGHER_BETTER] * n_crit
    crit = [
        Criterion(id=f"c{j + 1}", name=f"C{j + 1}", scale=NumericScale(lower=lower, upper=upper),
                  direction=dirs[j], weight=weights[j])
        for j in range(n_crit)
    ]
    opts = [Option(id=f"o{i + 1}", name=f"A{i + 1}") for i in range(len(table))]
    scores = [
        Score(option_id=f"o{i + 1}", criterion_id=f"c{j + 1}", value=v)
        for i, row in enumerate(table) for j, v in enumerate(row) if v is not None
    ]
    return Decision(id="flat", title="Flat example", options=opts, criteria=crit, scores=scores)


def assert_all_finite(ev: Evaluation) -> None:
    """No NaN or infinity anywhere a user or chart could see it."""
    for name in ("values", "leaf_weights", "contributions", "totals"):
        arr = getattr(ev, name)
        assert np.all(np.isfinite(arr)), name
    assert all(np.isfinite(v) for v in ev.local_weights.values())
    assert all(np.isfinite(v) for v in ev.global_weights.values())
    assert np.all((ev.values >= 0) & (ev.values <= 1))
    assert np.all((ev.totals >= 0) & (ev.totals <= 1 + 1e-12))
