"""How weights were elicited: the judgements behind each node's weights.

One :class:`Elicitation` per criteria-tree node (``node_id`` None = the top level)
records the method and the analyst's judgements. Editing a judgement recomputes the
children's weights (in services), so the brief can always show how weights arose.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Annotated, Literal

from pydantic import Field, model_validator

from counterweight.domain.base import Frozen, Identifier, Text


#: Decimal places kept when elicited weights become points (0.01 of a point). The brief and
#: the workbook say so when the points add to 99.99 or 100.01.
POINT_DECIMALS = 2

#: Largest difference between an elicited local weight and the current one (as a share of 1)
#: that still counts as "the same": well above the rounding of points. Further apart, the
#: weights were edited by hand since the judgements.
STALE_TOLERANCE = 5e-4


class WeightMethod(str, Enum):
    DIRECT = "direct"  # points typed or dragged
    EQUAL = "equal"  # every child the same
    SWING = "swing"  # swings ranked, then rated 0-100 against the top one
    ROC = "roc"  # rank-order centroid (Barron & Barrett 1996)
    RANK_SUM = "rank_sum"  # rank-sum weights
    AHP = "ahp"  # pairwise comparisons (Saaty)

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    WeightMethod.DIRECT: "Direct points",
    WeightMethod.EQUAL: "Equal weights",
    WeightMethod.SWING: "Swing weighting",
    WeightMethod.ROC: "Rank-order centroid",
    WeightMethod.RANK_SUM: "Rank-sum",
    WeightMethod.AHP: "AHP pairwise comparison",
}

SaatyValue = Annotated[float, Field(ge=1 / 9 - 1e-9, le=9 + 1e-9, allow_inf_nan=False)]


class PairwiseJudgement(Frozen):
    """``first`` is ``value`` times as important as ``second`` (Saaty's 1/9..9 scale)."""

    first: Identifier
    second: Identifier
    value: SaatyValue

    @model_validator(mode="after")
    def _check(self) -> PairwiseJudgement:
        if self.first == self.second:
            raise ValueError("a criterion cannot be compared with itself")
        return self


class Elicitation(Frozen):
    """The judgements that set the weights of one node's children."""

    node_id: Identifier | None = None
    method: WeightMethod = WeightMethod.DIRECT
    ranks: dict[Identifier, Annotated[int, Field(ge=1)]] = Field(
        default_factory=dict, description="Importance rank per child, 1 = most important (ties allowed)"
    )
    swing_points: dict[Identifier, Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)]] = Field(
        default_factory=dict, description="Swing rating 0-100 per child; the top swing is 100"
    )
    pairwise: list[PairwiseJudgement] = Field(default_factory=list)
    ahp_priority: Literal["eigenvector", "geometric_mean"] = "eigenvector"
    elicited_by: Annotated[str, Field(max_length=200)] = ""
    elicited_at: datetime | None = None
    note: Text = ""
