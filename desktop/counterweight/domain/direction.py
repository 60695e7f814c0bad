"""Which scores of a criterion are better: the direction the engine actually applies.

The engine applies a criterion's stored *direction* only to a numeric scale drawn as
a straight line between its bounds (docs/methods.md, sections 2.1 and 2.2). A
piecewise value function says what is better through its breakpoint values, and a
level scale through its levels' values; for those the stored direction is not used.
Every surface that shows a direction (the score table's headers, the criteria tree,
the criterion dialog, the brief, the spreadsheet) asks here, so they all agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from counterweight.domain.elements import Criterion, Direction
from counterweight.domain.scales import Breakpoint, NumericScale


def implied_direction(points: Sequence[Breakpoint]) -> Direction | None:
    """The direction a piecewise value function expresses, or ``None`` if it rises and falls.

    Values that never fall (and end higher than they start) mean higher is better;
    values that never rise (and end lower) mean lower is better. A function with a
    peak or a dip in the middle favours neither end.
    """
    values = [p.value for p in sorted(points, key=lambda p: p.x)]
    if len(values) < 2 or values[0] == values[-1]:
        return None
    steps = [b - a for a, b in pairwise(values)]
    if all(s >= 0 for s in steps):
        return Direction.HIGHER_BETTER
    if all(s <= 0 for s in steps):
        return Direction.LOWER_BETTER
    return None


def applied_direction(criterion: Criterion) -> Direction | None:
    """The direction the engine applies, or ``None`` when the scale itself decides.

    A straight-line numeric scale uses the criterion's direction; a piecewise value
    function the direction its breakpoints imply (none if it rises and falls); a
    level scale and a group have none.
    """
    scale = criterion.scale
    if not isinstance(scale, NumericScale):
        return None
    return implied_direction(scale.breakpoints) if scale.breakpoints else criterion.direction


def direction_arrow(criterion: Criterion) -> str:
    """``↑`` (higher is better), ``↓`` (lower is better) or ``""`` (the scale decides, or a group)."""
    applied = applied_direction(criterion)
    if applied is None:
        return ""
    return "↑" if applied is Direction.HIGHER_BETTER else "↓"


__all__ = ["applied_direction", "direction_arrow", "implied_direction"]
