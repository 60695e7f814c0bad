"""Where things go on the ranks-per-method chart, worked out without Qt.

The chart (:mod:`counterweight.charts.method_ranks_chart`) asks three questions that
need no drawing: what each method is called on its axis (:func:`method_name`, or the
short :func:`method_code` when names do not fit), how far apart the labelled ranks
must be so their labels do not crowd (:func:`rank_step`), and which of an option's
ranks join into one line, since a method that does not rank the option breaks it
(:func:`segments`). The Compare methods table uses the same method names and codes.
The chart module re-exports these functions.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from counterweight.domain import AggregationMethod

#: Lines of the label font between two labelled ranks, so labels on the vertical axis do not crowd.
_RANK_LABEL_LINES = 1.3
#: Steps between labelled ranks when not every rank can be labelled.
_STEPS = (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)

_CODES = {
    AggregationMethod.WSM: "WSM",
    AggregationMethod.WPM: "WPM",
    AggregationMethod.TOPSIS: "TOPSIS",
    AggregationMethod.PROMETHEE: "PROMETHEE",
    AggregationMethod.VIKOR: "VIKOR",
}


def method_name(method: AggregationMethod) -> str:
    """A method's label without its parenthesis ("Weighted sum", "PROMETHEE II")."""
    return AggregationMethod(method).label.split(" (")[0]


def method_code(method: AggregationMethod) -> str:
    """A method's abbreviation ("WSM", "PROMETHEE"), for a narrow chart or column header."""
    return _CODES[AggregationMethod(method)]


def rank_step(top_rank: int, height: float, line: float) -> int:
    """Labelled ranks are this far apart: 1 if every rank of 1..``top_rank`` gets
    :data:`_RANK_LABEL_LINES` lines of ``line`` pixels in ``height`` pixels, else the
    smallest of 2, 5, 10, 20... that leaves that much room between labels."""
    if top_rank <= 1 or height <= 0 or line <= 0:
        return 1
    room = max(1, int(height // (_RANK_LABEL_LINES * line)))
    need = math.ceil(top_rank / room)
    return next((s for s in _STEPS if s >= need), _STEPS[-1])


def below_legend_height(entries: int, entry: float, margin: float) -> float:
    """Height of a legend under the plot with one of ``entries`` a line, each ``entry`` pixels high,
    half an entry's gap above it and the legend's own ``margin`` above and below its entries (a
    detached Qt legend that runs short of height starts a second column, whose names it cuts)."""
    return (entries + 0.5) * entry + 2 * margin


def segments(ranks: Sequence[int | None]) -> list[list[tuple[int, int]]]:
    """Runs of consecutive methods that rank an option, as ``(method index, rank)`` points.

    ``ranks`` holds the rank under each method in order, ``None`` where the method
    does not rank the option; each ``None`` ends a run, so no line crosses it.
    """
    runs: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for k, rank in enumerate(ranks):
        if rank is None:
            if current:
                runs.append(current)
            current = []
        else:
            current.append((k, int(rank)))
    if current:
        runs.append(current)
    return runs


__all__ = ["below_legend_height", "method_code", "method_name", "rank_step", "segments"]
