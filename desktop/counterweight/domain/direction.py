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

from counterweight.domain.decision import Decision
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


def limit_direction(criterion: Criterion) -> Direction:
    """The direction a limit in ``criterion``'s own units is read in (a red line's "at most" or "at least").

    The direction the screens show (:func:`applied_direction`), so a falling value function
    reads its limit as a ceiling whatever direction is stored; a function that rises and
    falls has none, and its stored direction is used.
    """
    return applied_direction(criterion) or criterion.direction


def is_cost(criterion: Criterion) -> bool:
    """Whether lower scores of ``criterion`` are better where the engine compares raw numbers.

    The one rule every method follows (TOPSIS, PROMETHEE II, VIKOR, the data-driven
    normalisations, the dominance check): the direction :func:`applied_direction` gives,
    the one every screen shows. A level scale is never a cost criterion.
    """
    return applied_direction(criterion) is Direction.LOWER_BETTER


def compares_values(criterion: Criterion) -> bool:
    """Whether ``criterion`` is a piecewise value function with no direction (it rises and falls, or is flat).

    No order of its raw scores says what is better, so the methods that compare raw
    numbers compare each score's value on the function instead (docs/methods.md,
    "What the methods share").
    """
    scale = criterion.scale
    return isinstance(scale, NumericScale) and bool(scale.breakpoints) and implied_direction(scale.breakpoints) is None


def with_applied_directions(decision: Decision) -> Decision:
    """``decision`` with each piecewise criterion's stored direction set to the one its breakpoints imply.

    The methods never apply a stored direction that contradicts a rising or falling
    value function (the breakpoints decide); this keeps the stored field in step for a
    file written by hand or by another program, so that whatever still reads the field
    (a red line's "at most" or "at least") follows the function too.
    """
    fixed = [c.model_copy(update={"direction": applied_direction(c)}) if _contradicted(c) else c
             for c in decision.criteria]
    if all(a is b for a, b in zip(fixed, decision.criteria)):
        return decision
    return decision.model_copy(update={"criteria": fixed})


def _contradicted(criterion: Criterion) -> bool:
    scale = criterion.scale
    if not isinstance(scale, NumericScale) or not scale.breakpoints:
        return False
    implied = implied_direction(scale.breakpoints)
    return implied is not None and implied is not criterion.direction


def direction_arrow(criterion: Criterion) -> str:
    """``↑`` (higher is better), ``↓`` (lower is better) or ``""`` (the scale decides, or a group)."""
    applied = applied_direction(criterion)
    if applied is None:
        return ""
    return "↑" if applied is Direction.HIGHER_BETTER else "↓"


__all__ = ["applied_direction", "compares_values", "direction_arrow", "implied_direction", "is_cost",
           "limit_direction", "with_applied_directions"]
