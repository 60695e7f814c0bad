"""Which direction applies to a criterion, in words for the criterion dialog.

With the default value-function method a piecewise value function (breakpoints)
already says which scores are better: the engine reads the breakpoint values and
does not apply the criterion's direction again (docs/methods.md, section 2.1). The
dialog therefore shows the direction the breakpoints imply and lets the user choose
one only for a straight line between the bounds.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from counterweight.domain import Direction
from counterweight.domain.direction import implied_direction
from counterweight.domain.scales import Breakpoint
from counterweight.ui.numbers import formatted


def piecewise_note(points: Sequence[Breakpoint]) -> str:
    """What a piecewise value function decides, and how to choose a direction instead."""
    ordered = sorted(points, key=lambda p: p.x)
    first, last = ordered[0], ordered[-1]
    best = max(ordered, key=lambda p: p.value)
    implied = implied_direction(ordered)
    if implied is Direction.HIGHER_BETTER:
        says = QCoreApplication.translate(
            "CriterionDialog", "The piecewise value function decides what is better: it rises from %1 at %2 "
            "to %3 at %4, so higher scores are better. Direction follows it.")
    elif implied is Direction.LOWER_BETTER:
        says = QCoreApplication.translate(
            "CriterionDialog", "The piecewise value function decides what is better: it falls from %1 at %2 "
            "to %3 at %4, so lower scores are better. Direction follows it.")
    else:
        says = QCoreApplication.translate(
            "CriterionDialog", "The piecewise value function decides what is better: its best value (%5) is "
            "at %6, not at either end, so Direction is not used by it.")
    says = (says.replace("%1", formatted(first.value)).replace("%2", formatted(first.x)).replace("%3", formatted(last.value))
            .replace("%4", formatted(last.x)).replace("%5", formatted(best.value)).replace("%6", formatted(best.x)))
    return says + " " + QCoreApplication.translate(
        "CriterionDialog", "Remove every breakpoint to use a straight line in the direction you choose.")


def linear_note(direction: Direction, lower: float | None, upper: float | None) -> str:
    """Which end of a straight-line value function is best."""
    higher = direction is Direction.HIGHER_BETTER
    if lower is None or upper is None or lower >= upper:
        if higher:
            return QCoreApplication.translate(
                "CriterionDialog", "Straight line between the bounds: higher scores are better.")
        return QCoreApplication.translate(
            "CriterionDialog", "Straight line between the bounds: lower scores are better.")
    best, worst = (upper, lower) if higher else (lower, upper)
    if higher:
        text = QCoreApplication.translate(
            "CriterionDialog", "Straight line between the bounds: a score of %1 is best (value 100) and %2 "
            "worst (value 0), so higher scores are better.")
    else:
        text = QCoreApplication.translate(
            "CriterionDialog", "Straight line between the bounds: a score of %1 is best (value 100) and %2 "
            "worst (value 0), so lower scores are better.")
    return text.replace("%1", formatted(best)).replace("%2", formatted(worst))


def levels_note() -> str:
    """Why direction does not apply to named levels."""
    return QCoreApplication.translate(
        "CriterionDialog", "Each level carries its own value (100 best, 0 worst), so Direction does not apply.")


__all__ = ["implied_direction", "levels_note", "linear_note", "piecewise_note"]
