"""Method settings: aggregation method, its parameters, red lines and uncertainty.

Everything here is stored with the decision (project file and exchange JSON), so a
result can always be reproduced from the file alone.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, Literal

from pydantic import Field, SerializerFunctionWrapHandler, model_serializer, model_validator

from counterweight.domain.base import Finite, Frozen, Identifier, Text


class Normalization(str, Enum):
    """How raw scores become comparable 0-1 values (WSM and WPM). See docs/methods.md."""

    VALUE_FUNCTION = "value_function"  # the criterion's scale: bounds, breakpoints, levels
    MIN_MAX = "min_max"  # (x - min) / (max - min); cost: (max - x) / (max - min)
    MAX = "max"  # x / max; cost: min / x
    MAX_LINEAR = "max_linear"  # x / max; cost: 1 - x / max
    SUM = "sum"  # x / sum(x); cost: (1/x) / sum(1/x)
    VECTOR = "vector"  # x / sqrt(sum(x^2)); cost: 1 - x / sqrt(sum(x^2))

    @property
    def label(self) -> str:
        return _NORMALIZATION_LABELS[self]


_NORMALIZATION_LABELS = {
    Normalization.VALUE_FUNCTION: "Value functions (scale bounds)",
    Normalization.MIN_MAX: "Min-max across options",
    Normalization.MAX: "Ratio to best (cost: min/x)",
    Normalization.MAX_LINEAR: "Ratio to max (cost: 1 - x/max)",
    Normalization.SUM: "Share of total",
    Normalization.VECTOR: "Vector (Euclidean)",
}


class AggregationMethod(str, Enum):
    """How criterion values combine into one ranking."""

    WSM = "wsm"  # weighted sum (additive value model)
    WPM = "wpm"  # weighted product
    TOPSIS = "topsis"  # closeness to the ideal (Hwang & Yoon 1981)
    PROMETHEE = "promethee"  # PROMETHEE II net flow (Brans & Vincke 1985)
    VIKOR = "vikor"  # compromise ranking (Opricovic & Tzeng 2004)

    @property
    def label(self) -> str:
        return _AGGREGATION_LABELS[self]


_AGGREGATION_LABELS = {
    AggregationMethod.WSM: "Weighted sum (additive value)",
    AggregationMethod.WPM: "Weighted product",
    AggregationMethod.TOPSIS: "TOPSIS (closeness to ideal)",
    AggregationMethod.PROMETHEE: "PROMETHEE II (net flow)",
    AggregationMethod.VIKOR: "VIKOR (compromise)",
}


class PreferenceFunction(str, Enum):
    """Brans' six generalised criteria for PROMETHEE, named without ambiguity.

    d is the difference in the criterion's own units (in its better direction);
    q = indifference threshold, p = strict preference threshold, s = Gaussian spread.
    """

    USUAL = "usual"  # type I: P = 1 if d > 0
    U_SHAPE = "u_shape"  # type II (quasi-criterion): P = 1 if d > q
    V_SHAPE = "v_shape"  # type III: P = d/p up to p, then 1
    LEVEL = "level"  # type IV: 0 up to q, 1/2 up to p, then 1
    V_SHAPE_INDIFFERENCE = "v_shape_indifference"  # type V ("linear"): 0 up to q, linear to p, then 1
    GAUSSIAN = "gaussian"  # type VI: 1 - exp(-d^2 / (2 s^2))

    @property
    def label(self) -> str:
        return _PREFERENCE_LABELS[self]

    @property
    def parameters(self) -> tuple[str, ...]:
        return _PREFERENCE_PARAMETERS[self]


_PREFERENCE_LABELS = {
    PreferenceFunction.USUAL: "Type I – usual (no thresholds)",
    PreferenceFunction.U_SHAPE: "Type II – U-shape (indifference q)",
    PreferenceFunction.V_SHAPE: "Type III – V-shape (preference p)",
    PreferenceFunction.LEVEL: "Type IV – level (q and p)",
    PreferenceFunction.V_SHAPE_INDIFFERENCE: "Type V – V-shape with indifference (q and p)",
    PreferenceFunction.GAUSSIAN: "Type VI – Gaussian (s)",
}
_PREFERENCE_PARAMETERS = {
    PreferenceFunction.USUAL: (),
    PreferenceFunction.U_SHAPE: ("q",),
    PreferenceFunction.V_SHAPE: ("p",),
    PreferenceFunction.LEVEL: ("q", "p"),
    PreferenceFunction.V_SHAPE_INDIFFERENCE: ("q", "p"),
    PreferenceFunction.GAUSSIAN: ("s",),
}

NonNegative = Annotated[float, Field(ge=0.0, allow_inf_nan=False)]


class CriterionPreference(Frozen):
    """PROMETHEE preference function of one criterion, thresholds in its units."""

    function: PreferenceFunction = PreferenceFunction.USUAL
    q: NonNegative | None = None
    p: NonNegative | None = None
    s: Annotated[float, Field(gt=0.0, allow_inf_nan=False)] | None = None

    @model_validator(mode="after")
    def _check(self) -> CriterionPreference:
        needed = self.function.parameters
        missing = [name for name in needed if getattr(self, name) is None]
        if missing:
            raise ValueError(f"{self.function.label} needs {' and '.join(missing)}")
        if "q" in needed and "p" in needed and self.q is not None and self.p is not None and self.q >= self.p:
            raise ValueError(f"the indifference threshold q ({self.q:g}) must be below the preference threshold p ({self.p:g})")
        return self


class TopsisSettings(Frozen):
    """TOPSIS normalisation: Hwang & Yoon's vector normalisation, or min-max."""

    normalization: Literal["vector", "min_max"] = "vector"


class PrometheeSettings(Frozen):
    """Preference function per leaf criterion id; absent criteria use type I (usual)."""

    preferences: dict[Identifier, CriterionPreference] = Field(default_factory=dict)


class VikorSettings(Frozen):
    """VIKOR's weight of the 'majority of criteria' strategy, v in [0, 1]."""

    v: Annotated[float, Field(ge=0.0, le=1.0, allow_inf_nan=False)] = 0.5


class Distribution(str, Enum):
    """How a score varies between its low and high ends (likely = the score's value)."""

    UNIFORM = "uniform"
    TRIANGULAR = "triangular"
    PERT = "pert"


class WeightUncertainty(str, Enum):
    """What is known about the weights for the uncertainty analysis (SMAA-2)."""

    EXACT = "exact"  # the weights as set
    RANGES = "ranges"  # each global weight within a range
    ORDINAL = "ordinal"  # only the order of importance of the leaf criteria
    NONE = "none"  # nothing: uniform over all weight vectors


class LevelUncertainty(str, Enum):
    """Whether level-rated (qualitative) scores vary in the uncertainty analysis (SMAA-2).

    A level-rated score that varies takes, with equal chances (1/3 each), the level
    next below it, its rated level or the level next above it, the levels being put
    in order of their 0-100 values; at either end of the scale a step past the end
    stays on the end level (so the end level has 2/3). "Weak evidence" is what the
    evidence library calls ``none`` or ``weak`` (see engine/evidence_widening.py).
    See docs/methods.md, "Level-rated scores in the uncertainty analysis".
    """

    AS_RATED = "as_rated"  # held at the rated level (the behaviour before this setting existed)
    WEAK_EVIDENCE = "weak_evidence"  # one level either way where the evidence is weak or missing
    ALL = "all"  # one level either way for every level-rated score

    @property
    def label(self) -> str:
        return _LEVEL_UNCERTAINTY_LABELS[self]


_LEVEL_UNCERTAINTY_LABELS = {
    LevelUncertainty.AS_RATED: "As rated",
    LevelUncertainty.WEAK_EVIDENCE: "Where evidence is weak: one level either way",
    LevelUncertainty.ALL: "Every score: one level either way",
}


class WeightRange(Frozen):
    """Bounds on one leaf criterion's global weight (fractions of 1)."""

    low: Annotated[float, Field(ge=0.0, le=1.0, allow_inf_nan=False)]
    high: Annotated[float, Field(ge=0.0, le=1.0, allow_inf_nan=False)]

    @model_validator(mode="after")
    def _check(self) -> WeightRange:
        if self.low > self.high:
            raise ValueError(f"the low weight ({self.low:g}) is above the high weight ({self.high:g})")
        return self


class UncertaintySettings(Frozen):
    """Settings of the stochastic (SMAA-2) analysis; seeded so results are reproducible."""

    samples: Annotated[int, Field(ge=100, le=1_000_000)] = 10_000
    seed: Annotated[int, Field(ge=0, le=2**32 - 1)] = 20241101
    distribution: Distribution = Distribution.TRIANGULAR
    weights: WeightUncertainty = WeightUncertainty.EXACT
    weight_ranges: dict[Identifier, WeightRange] = Field(default_factory=dict)
    criteria_order: list[Identifier] = Field(default_factory=list, description="Most important first (ordinal mode)")
    widen_by_evidence: bool = Field(
        False,
        description="Widen numeric score ranges by 20 % of the scale with no evidence and 10 % with weak evidence",
    )
    level_scores: LevelUncertainty = Field(
        LevelUncertainty.AS_RATED,
        description="Level-rated scores: held as rated, or one level either way (all, or where evidence is weak)",
    )


class RedLineAction(str, Enum):
    FLAG = "flag"  # shown beside the ranking
    EXCLUDE = "exclude"  # option is removed from the ranking


class RedLine(Frozen):
    """A non-compensatory limit: an option worse than this on the criterion is flagged or excluded.

    For a numeric criterion give ``limit`` in its units (for lower-is-better criteria
    the option must not exceed it; for higher-is-better it must not fall below it).
    For a qualitative criterion give ``level``: options on a level worth less are in breach.
    """

    id: Identifier
    criterion_id: Identifier
    limit: Finite | None = None
    level: Annotated[str, Field(max_length=200)] | None = None
    action: RedLineAction = RedLineAction.FLAG
    note: Text = ""

    @model_validator(mode="after")
    def _check(self) -> RedLine:
        if (self.limit is None) == (self.level is None):
            raise ValueError("a red line needs either a numeric limit or a level (exactly one)")
        return self


class MapAxes(Frozen):
    """The two criteria (groups or scored criteria) the Trade-offs map plots, by id; unset: the default pair.

    Only how the results are shown: no score or rank depends on it. An id that no longer names a
    criterion (it was deleted) counts as unset (see :func:`counterweight.engine.tradeoff.map_axes`).
    """

    x: Identifier | None = None
    y: Identifier | None = None


class MethodSettings(Frozen):
    """How the decision is evaluated (and, in ``map_axes``, which two criteria the Trade-offs map plots)."""

    aggregation: AggregationMethod = AggregationMethod.WSM
    normalization: Normalization = Normalization.VALUE_FUNCTION
    topsis: TopsisSettings = Field(default_factory=TopsisSettings)
    promethee: PrometheeSettings = Field(default_factory=PrometheeSettings)
    vikor: VikorSettings = Field(default_factory=VikorSettings)
    uncertainty: UncertaintySettings = Field(default_factory=UncertaintySettings)
    map_axes: MapAxes = Field(default_factory=MapAxes)

    @model_serializer(mode="wrap")
    def _leave_out_unset_axes(self, handler: SerializerFunctionWrapHandler) -> Any:
        """Unset map axes are not written, so a file without a chosen map opens in versions before the map."""
        data = handler(self)
        if isinstance(data, dict) and self.map_axes == MapAxes():
            data.pop("map_axes", None)
        return data
