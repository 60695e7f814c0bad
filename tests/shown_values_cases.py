"""Decisions for the shown-values tests: a near-tie that one decimal hides, and options without numbers.

Both are small enough to work out by hand.

``near_tie_decision``: one criterion, Effect, numeric 0-100, higher is better, so under
the weighted sum with value functions each total is the score divided by 100 (points
out of 100 = the score). Alpha 50.89, Bravo 50.86, Charlie and Delta 30 (a real tie).
One decimal writes Alpha and Bravo "50.9" although they rank 1 and 2; two decimals
tell them apart: 50.89, 50.86, 30.00, 30.00, ranks 1, 2, 3, 3. The gap is 0.03 points.

``closeness_tie_decision``: one criterion, scores 100, 99.98, 50 and 0. With one
criterion, TOPSIS closeness is ``(x - min) / (max - min)`` whatever the linear
normalisation (D+ and D- are the distances to the largest and smallest weighted
values): 1, 0.9998, 0.5, 0. Three decimals write 1.000 for both leaders; four tell
them apart. With 99.998 instead, closeness 0.99998 needs five.

``uncomputed_decision``: Effect (0-100, higher is better) and Cost (0-100, lower is
better), equal weights, a red line that excludes any option with Effect below 50.
Charlie has no Cost score (TOPSIS cannot place it); Delta has Effect 10 (excluded)
and no Cost score either, so TOPSIS computes nothing for it; Echo has Effect 20
(excluded) and every score, so TOPSIS computes it. Under the weighted sum every
option has a total (a missing score counts as 0).
"""

from __future__ import annotations

from counterweight.domain import (
    AggregationMethod,
    Criterion,
    Decision,
    Direction,
    NumericScale,
    Option,
    RedLine,
    RedLineAction,
    Score,
)
from counterweight.domain.methods import MethodSettings


def _one_criterion(decision_id: str, scores: dict[str, float], method: AggregationMethod) -> Decision:
    crit = [Criterion(id="effect", name="Effect", scale=NumericScale(lower=0, upper=100), weight=1)]
    opts = [Option(id=name.lower(), name=name) for name in scores]
    s = [Score(option_id=name.lower(), criterion_id="effect", value=v) for name, v in scores.items()]
    return Decision(id=decision_id, title="Shown values", options=opts, criteria=crit, scores=s,
                    method=MethodSettings(aggregation=method))


def near_tie_decision(method: AggregationMethod = AggregationMethod.WSM) -> Decision:
    """Alpha 50.89, Bravo 50.86, Charlie 30, Delta 30 on one 0-100 criterion."""
    return _one_criterion("near-tie", {"Alpha": 50.89, "Bravo": 50.86, "Charlie": 30.0, "Delta": 30.0}, method)


def closeness_tie_decision(second: float = 99.98) -> Decision:
    """Scores 100, ``second``, 50, 0 under TOPSIS: closeness 1, ``second / 100``, 0.5, 0."""
    return _one_criterion("closeness-tie", {"Alpha": 100.0, "Bravo": second, "Charlie": 50.0, "Delta": 0.0},
                          AggregationMethod.TOPSIS)


#: Option names of :func:`uncomputed_decision`, by id.
UNCOMPUTED_NAMES = {"a": "Alpha", "b": "Bravo", "c": "Charlie", "d": "Delta", "e": "Echo"}


def uncomputed_decision(method: AggregationMethod = AggregationMethod.TOPSIS) -> Decision:
    """Alpha and Bravo complete; Charlie lacks Cost; Delta is excluded and lacks Cost; Echo is excluded."""
    crit = [
        Criterion(id="effect", name="Effect", scale=NumericScale(lower=0, upper=100), weight=1),
        Criterion(id="cost", name="Cost", direction=Direction.LOWER_BETTER, scale=NumericScale(lower=0, upper=100),
                  weight=1),
    ]
    opts = [Option(id=k, name=v) for k, v in UNCOMPUTED_NAMES.items()]
    cells = {("a", "effect"): 80, ("a", "cost"): 20, ("b", "effect"): 60, ("b", "cost"): 40,
             ("c", "effect"): 70, ("d", "effect"): 10, ("e", "effect"): 20, ("e", "cost"): 30}
    s = [Score(option_id=o, criterion_id=c, value=v) for (o, c), v in cells.items()]
    red = [RedLine(id="floor", criterion_id="effect", limit=50, action=RedLineAction.EXCLUDE)]
    return Decision(id="uncomputed", title="Uncomputed", options=opts, criteria=crit, scores=s, red_lines=red,
                    method=MethodSettings(aggregation=method))


__all__ = ["UNCOMPUTED_NAMES", "closeness_tie_decision", "near_tie_decision", "uncomputed_decision"]
