"""Which scores of a criterion are better, in the words and arrows the exports and the brief use.

The engine applies a criterion's *direction* only to a numeric scale without
breakpoints (docs/methods.md, sections 2.1 and 2.2). A level scale ranks its levels
by their 0-100 values, and a piecewise value function carries its own direction in
its breakpoint values; for both, the stored direction is not used. The desktop app
already shows no arrow for levels (its criterion dialog says "Direction does not
apply"); the brief's scorecard and the spreadsheet's Weights sheet follow the same
rule: arrows come from :func:`counterweight.domain.direction.direction_arrow`, and
:func:`better_words` says it in words.
"""

from __future__ import annotations

from counterweight.domain import Criterion, QualitativeScale
from counterweight.domain.direction import applied_direction

#: What a level-scale criterion says instead of a direction.
LEVELS_DECIDE = "set by the level values"
#: What a piecewise value function that rises and falls says instead of a direction.
FUNCTION_DECIDES = "set by the value function"


def better_words(criterion: Criterion) -> str | None:
    """``higher is better``, ``lower is better``, :data:`LEVELS_DECIDE`, :data:`FUNCTION_DECIDES`, or ``None`` (group)."""
    if isinstance(criterion.scale, QualitativeScale):
        return LEVELS_DECIDE
    if criterion.scale is None:
        return None
    applied = applied_direction(criterion)
    return FUNCTION_DECIDES if applied is None else applied.label


__all__ = ["FUNCTION_DECIDES", "LEVELS_DECIDE", "better_words"]
