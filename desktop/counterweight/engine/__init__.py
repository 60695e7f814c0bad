"""Pure numerics, free of Qt and I/O: normalisation, weights, weighted sum, ranking.

The entry point is :func:`evaluate`, which turns a ``Decision`` into an
:class:`Evaluation`. The kernels it is built from are exported for reuse
(sensitivity analysis, other aggregation methods) and for testing.
"""

from counterweight.engine.diagnostics import Diagnostic
from counterweight.engine.evaluate import evaluate
from counterweight.engine.evaluation import Evaluation
from counterweight.engine.normalization import (
    KERNELS,
    NormalizedColumn,
    max_linear_normalization,
    max_normalization,
    min_max_normalization,
    normalize,
    sum_normalization,
    vector_normalization,
)
from counterweight.engine.ranking import competition_ranks, is_tie
from counterweight.engine.value_functions import (
    linear_value,
    piecewise_value,
    raw_number,
    score_value,
    value_column,
    value_matrix,
)
from counterweight.engine.weights import WeightResult, compute_weights
from counterweight.engine.wsm import weighted_sum

__all__ = [
    "KERNELS",
    "Diagnostic",
    "Evaluation",
    "NormalizedColumn",
    "WeightResult",
    "competition_ranks",
    "compute_weights",
    "evaluate",
    "is_tie",
    "linear_value",
    "max_linear_normalization",
    "max_normalization",
    "min_max_normalization",
    "normalize",
    "piecewise_value",
    "raw_number",
    "score_value",
    "sum_normalization",
    "value_column",
    "value_matrix",
    "vector_normalization",
    "weighted_sum",
]
