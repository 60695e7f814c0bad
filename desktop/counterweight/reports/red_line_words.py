"""A red line's limit in the words of the brief and the workbook ("at most 9 $bn", "no worse than level High").

One wording for both (they had a copy each); the caller chooses how the number is written
(the brief groups thousands, the workbook writes a number that reads back exactly) and
escapes the result for HTML if it needs to.
"""

from __future__ import annotations

from collections.abc import Callable

from counterweight.domain.direction import limit_direction
from counterweight.domain.elements import Criterion, Direction
from counterweight.domain.methods import RedLine


def limit_words(line: RedLine, criterion: Criterion, number: Callable[[float], str]) -> str:
    """``"at most 9 $bn"`` (lower is better), ``"at least 3"``, or ``"no worse than level High"``.

    The direction is the one the screens show (:func:`~counterweight.domain.direction.limit_direction`).
    """
    if line.level is not None:
        return f"no worse than level {line.level}"
    word = "at most" if limit_direction(criterion) is Direction.LOWER_BETTER else "at least"
    unit = f" {criterion.unit}" if criterion.unit else ""
    return f"{word} {number(float(line.limit or 0.0))}{unit}"


__all__ = ["limit_words"]
