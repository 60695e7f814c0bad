"""The weights a node's stored judgements give: one dispatch for whoever needs them.

The services store these weights when judgements are entered
(:func:`counterweight.services.elicitation.compute_elicitation`); the workbook's Method
sheet shows how they arose (:mod:`counterweight.reports.xlsx_method`). Both call
:func:`judged_weights`, so the method each stored elicitation names is worked out
one way, and both ask :func:`edited_since` whether the weights were changed by hand
after the judgements.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from counterweight.domain.elicitation import STALE_TOLERANCE, Elicitation, WeightMethod
from counterweight.engine.ahp import AhpResult, Priority, ahp_weights
from counterweight.engine.ahp_scale import RandomIndexTable
from counterweight.engine.weighting import (
    ElicitedWeights,
    direct_weights,
    equal_weights,
    rank_weights,
    swing_weights,
)


def judged_weights(
    elicitation: Elicitation,
    ids: Sequence[str],
    names: Mapping[str, str],
    *,
    current: Mapping[str, float] | None = None,
    priority: Priority | None = None,
    ri_table: RandomIndexTable | None = None,
) -> ElicitedWeights | AhpResult:
    """The children's local weights from ``elicitation``'s judgements, by its method.

    ``current`` holds the children's points for the direct method (the points are the
    judgements); ``priority`` and ``ri_table`` override the AHP settings stored with it.
    A judgement missing for a child raises ``KeyError`` (callers check completeness first,
    or report it); judgements the method refuses raise ``InvalidInputError``.
    """
    method = elicitation.method
    if method is WeightMethod.DIRECT:
        return direct_weights(dict(current or {}), names)
    if method is WeightMethod.SWING:
        return swing_weights({i: elicitation.swing_points[i] for i in ids}, names)
    if method in (WeightMethod.ROC, WeightMethod.RANK_SUM):
        return rank_weights({i: elicitation.ranks[i] for i in ids}, method, names)
    if method is WeightMethod.AHP:
        judgements = [(j.first, j.second, j.value) for j in elicitation.pairwise]
        return ahp_weights(list(ids), judgements, priority=priority or elicitation.ahp_priority,
                           ri_table=ri_table, names=names)
    return equal_weights(list(ids))


def edited_since(weights: Mapping[str, float], local: Mapping[str, float]) -> bool:
    """Whether the children's ``weights`` (points) were changed since the judgements gave ``local``.

    True when a child's share of the points is further than
    :data:`~counterweight.domain.elicitation.STALE_TOLERANCE` from its judged share, or
    when the points add up to nothing.
    """
    total = sum(weights.values())
    if total <= 0:
        return True
    return any(abs(w / total - local[i]) > STALE_TOLERANCE for i, w in weights.items())


__all__ = ["edited_since", "judged_weights"]
