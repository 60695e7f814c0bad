"""Domain models: pydantic v2, frozen, unknown fields rejected. No I/O, no Qt."""

from counterweight.domain.base import new_id, slug
from counterweight.domain.decision import Decision
from counterweight.domain.elicitation import Elicitation, PairwiseJudgement, WeightMethod
from counterweight.domain.methods import (
    AggregationMethod,
    CriterionPreference,
    Distribution,
    MethodSettings,
    Normalization,
    PreferenceFunction,
    PrometheeSettings,
    RedLine,
    RedLineAction,
    TopsisSettings,
    UncertaintySettings,
    VikorSettings,
    WeightRange,
    WeightUncertainty,
)
from counterweight.domain.elements import Criterion, Direction, EvidenceRef, Option, Score
from counterweight.domain.errors import (
    CounterweightError,
    ExchangeFormatError,
    InvalidInputError,
    NotAProjectError,
    ProjectFileError,
    ProjectTooNewError,
    ReadOnlyProjectError,
    from_validation_error,
)
from counterweight.domain.scales import Breakpoint, Level, NumericScale, QualitativeScale

__all__ = [
    "AggregationMethod",
    "CriterionPreference",
    "Distribution",
    "Elicitation",
    "PairwiseJudgement",
    "PreferenceFunction",
    "PrometheeSettings",
    "RedLine",
    "RedLineAction",
    "TopsisSettings",
    "UncertaintySettings",
    "VikorSettings",
    "WeightMethod",
    "WeightRange",
    "WeightUncertainty",
    "Breakpoint",
    "CounterweightError",
    "Criterion",
    "Decision",
    "Direction",
    "EvidenceRef",
    "ExchangeFormatError",
    "InvalidInputError",
    "Level",
    "MethodSettings",
    "Normalization",
    "NotAProjectError",
    "NumericScale",
    "Option",
    "ProjectFileError",
    "ProjectTooNewError",
    "QualitativeScale",
    "ReadOnlyProjectError",
    "Score",
    "from_validation_error",
    "new_id",
    "slug",
]
