"""Which scores of a criterion are better, in the words and arrows the exports and the brief use.

The engine applies a criterion's *direction* only to a numeric scale without
breakpoints (docs/methods.md, sections 2.1 and 2.2). A level scale ranks its levels
by their 0-100 values, and a piecewise value function carries its own direction in
its breakpoint values; for both, the stored direction is not used. The desktop app
already shows no arrow for levels (its criterion dialog says "Direction does not
apply"); the brief's scorecard and the spreadsheet's Weights sheet follow the same
rule through :func:`better_words` and :func:`better_arrow`.
"""

from __future__ import annotations

from itertools import pairwise

from counterweight.domain import Criterion, Direction, NumericScale, QualitativeScale

#: What a level-scale criterion says instead of a direction.
LEVELS_DECIDE = "set by the level values"
#: What a piecewise value function that rises and falls says instead of a direction.
FUNCTION_DECIDES = "set by the value function"


def applied_direction(criterion: Criterion) -> Direction | None:
    """The direction the engine actually applies, or ``None`` when the scale itself decides.

    A straight-line numeric scale uses the criterion's direction. A piecewise value
    function that only rises (or only falls) means higher (lower) is better; one that
    rises and falls, a level scale and a group have none.
    """
    scale = criterion.scale
    if not isinstance(scale, NumericScale):
        return None
    if not scale.breakpoints:
        return criterion.direction
    values = [b.value for b in sorted(scale.breakpoints, key=lambda b: b.x)]
    steps = [y - x for x, y in pairwise(values)]
    if values[-1] > values[0] and all(s >= 0 for s in steps):
        return Direction.HIGHER_BETTER
    if values[-1] < values[0] and all(s <= 0 for s in steps):
        return Direction.LOWER_BETTER
    return None


def better_words(criterion: Criterion) -> str | None:
    """``higher is better``, ``lower is better``, :data:`LEVELS_DECIDE`, :data:`FUNCTION_DECIDES`, or ``None`` (group)."""
    if isinstance(criterion.scale, QualitativeScale):
        return LEVELS_DECIDE
    if criterion.scale is None:
        return None
    applied = applied_direction(criterion)
    return FUNCTION_DECIDES if applied is None else applied.label


def better_arrow(criterion: Criterion) -> str:
    """``↑`` (higher is better), ``↓`` (lower is better) or ``""`` (levels, a rising-and-falling function, a group)."""
    applied = applied_direction(criterion)
    if applied is None:
        return ""
    return "↑" if applied is Direction.HIGHER_BETTER else "↓"


__all__ = ["FUNCTION_DECIDES", "LEVELS_DECIDE", "applied_direction", "better_arrow", "better_words"]
