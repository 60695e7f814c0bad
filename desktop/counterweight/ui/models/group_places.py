"""How many decimals the group view's combined scores are shown with in the score matrix (h26f).

The group view's score of a cell is combined from the analysts' (a mean of 7, 8 and 8 is
7.66667), and the matrix wrote it as stored, six significant digits. It now rounds each
column to the precision its voices give their scores with (the decimals of the shared and
the analysts' own scores of that criterion, at most :data:`~counterweight.domain.shown_numbers.EXTRA_DECIMALS`,
as the brief rounds a score), plus one decimal so that a mean of 7 and 8 reads 7.5, not 8;
a column whose combined scores need fewer decimals gets fewer. One precision per column.
The value itself stays exact: the cell's tooltip and the detail panel show it unrounded.
"""

from __future__ import annotations

from collections.abc import Iterator

from counterweight.domain import Decision, Score
from counterweight.domain.shown_numbers import EXTRA_DECIMALS, written_decimals


def _numbers(scores: Iterator[Score | None]) -> Iterator[float]:
    for s in scores:
        if s is not None:
            yield from (v for v in (s.value, s.low, s.high) if v is not None)


def _places(x: float, most: int) -> int:
    """The fewest decimals, up to ``most``, that write ``x`` exactly but for the noise of the arithmetic.

    A mean of 42.4 and 42.55 is stored 42.474999999999994, not 42.475: its written form has no use here.
    """
    for d in range(most):
        if abs(round(x, d) - x) <= 1e-9 * max(1.0, abs(x)):
            return d
    return most


def _voice_scores(shared: Decision, criterion_id: str) -> Iterator[Score | None]:
    """The shared and every analyst's own score of each option on ``criterion_id`` (index lookups)."""
    inputs = shared.analyst_inputs
    for option in shared.options:
        yield shared.score(option.id, criterion_id)
        for item in inputs:
            yield item.score(option.id, criterion_id)


class GroupPlaces:
    """Decimals per criterion of the group view's numeric scores, worked out when a column is first painted.

    Each column looks only at its own criterion's scores, so :meth:`forget` after any edit is cheap
    (review of h26f: a pass over every voice's every score took about 450 ms on 1,000 x 60 with three
    analysts, after each edit, in the group view).
    """

    def __init__(self) -> None:
        self._columns: dict[str, int] = {}

    def forget(self) -> None:
        """The project or the view changed: work the decimals out again when next asked."""
        self._columns = {}

    def decimals(self, shared: Decision, group: Decision, criterion_id: str) -> int:
        """The decimals of ``criterion_id``'s column in ``group`` (the group view of ``shared``)."""
        known = self._columns.get(criterion_id)
        if known is None:
            voices = written_decimals(_numbers(_voice_scores(shared, criterion_id)), EXTRA_DECIMALS)
            column = _numbers(group.score(o.id, criterion_id) for o in group.options)  # index lookups
            known = self._columns[criterion_id] = max((_places(x, voices + 1) for x in column), default=0)
        return known


__all__ = ["GroupPlaces"]
