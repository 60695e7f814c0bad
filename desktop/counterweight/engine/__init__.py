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

# ----- weight elicitation (issue 3): direct, equal, swing, ROC, rank-sum, AHP
from counterweight.engine.ahp import CR_THRESHOLD, AhpResult, JudgementCheck, ahp_weights  # noqa: E402
from counterweight.engine.ahp_scale import (  # noqa: E402
    RI_TABLES,
    SAATY_1980,
    SAATY_2005,
    SAATY_LABELS,
    SAATY_SCALE,
    RandomIndexTable,
    format_saaty,
    snap_to_saaty,
)
from counterweight.engine.weighting import (  # noqa: E402
    ElicitedWeights,
    direct_weights,
    equal_weights,
    rank_sum_weights,
    rank_weights,
    roc_weights,
    swing_weights,
)

__all__ += [
    "CR_THRESHOLD",
    "RI_TABLES",
    "SAATY_1980",
    "SAATY_2005",
    "SAATY_LABELS",
    "SAATY_SCALE",
    "AhpResult",
    "ElicitedWeights",
    "JudgementCheck",
    "RandomIndexTable",
    "ahp_weights",
    "direct_weights",
    "equal_weights",
    "format_saaty",
    "rank_sum_weights",
    "rank_weights",
    "roc_weights",
    "snap_to_saaty",
    "swing_weights",
]

# ----- aggregation methods, method comparison and red lines (issue 3)
from counterweight.engine.comparison import MethodComparison, compare_methods, kendall_tau_b  # noqa: E402
from counterweight.engine.methods import MethodOutcome, rank_options, run_aggregation  # noqa: E402
from counterweight.engine.promethee import PrometheeResult, preference_degree, promethee_ii  # noqa: E402
from counterweight.engine.red_lines import (  # noqa: E402
    RedLineBreach,
    RedLineReport,
    assess_red_lines,
    breaches_limit,
)
from counterweight.engine.topsis import TopsisResult, topsis  # noqa: E402
from counterweight.engine.vikor import VikorResult, compromise_solution, vikor  # noqa: E402
from counterweight.engine.wpm import WpmResult, pairwise_ratios, weighted_product, wpm  # noqa: E402

__all__ += [
    "MethodComparison",
    "MethodOutcome",
    "PrometheeResult",
    "RedLineBreach",
    "RedLineReport",
    "TopsisResult",
    "VikorResult",
    "WpmResult",
    "assess_red_lines",
    "breaches_limit",
    "compare_methods",
    "compromise_solution",
    "kendall_tau_b",
    "pairwise_ratios",
    "preference_degree",
    "promethee_ii",
    "rank_options",
    "run_aggregation",
    "topsis",
    "vikor",
    "weighted_product",
    "wpm",
]

# ----- robustness (issue 3): one-way weight sensitivity, distance to flip, SMAA-2
from counterweight.engine.flip import FRAGILE_THRESHOLD, FlipItem, FlipResult, flip_distances  # noqa: E402
from counterweight.engine.sensitivity import (  # noqa: E402
    CriterionSensitivity,
    SensitivityResult,
    Threshold,
    criterion_sensitivity,
    weight_sensitivity,
)
from counterweight.engine.smaa import SmaaResult, smaa  # noqa: E402

__all__ += [
    "FRAGILE_THRESHOLD",
    "CriterionSensitivity",
    "FlipItem",
    "FlipResult",
    "SensitivityResult",
    "SmaaResult",
    "Threshold",
    "criterion_sensitivity",
    "flip_distances",
    "smaa",
    "weight_sensitivity",
]
