"""Random draws for the stochastic (SMAA-2) analysis: weights on the simplex, uncertain scores.

Every draw takes an explicit ``numpy.random.Generator`` and keeps no state, so a
result depends only on the generator it was given (see
:mod:`counterweight.engine.smaa` for how generators are seeded). The second half
of the module reduces a decision to what varies (:func:`build_model`).

Weights
    A weight vector of ``n`` criteria is a point of the unit simplex
    ``{w : w_j >= 0, sum_j w_j = 1}``. "Nothing known" means the uniform
    distribution on the simplex, which is the flat Dirichlet(1, ..., 1). Two exact
    ways to draw it are provided: normalised standard exponentials (the Gamma(1)
    construction of the Dirichlet) and the gaps between sorted uniforms (Devroye
    1986, *Non-Uniform Random Variate Generation*, on uniform spacings; Tervonen & Lahdelma
    2007, "Implementing stochastic multicriteria acceptability analysis",
    *EJOR* 178). Normalising independent uniforms would *not* be uniform on the
    simplex and is not used.

Scores
    A score with a range ``[low, high]`` and a most likely value ``mode`` is drawn
    from a uniform, triangular or PERT distribution. PERT is the Beta distribution
    rescaled to ``[low, high]`` with shape parameters
    ``alpha = 1 + lam (mode - low) / (high - low)`` and
    ``beta = 1 + lam (high - mode) / (high - low)``, ``lam = 4`` (Vose 2008,
    *Risk Analysis: A Quantitative Guide*, 3rd ed.).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from counterweight.domain.errors import InvalidInputError

#: PERT's weight on the most likely value (the classical choice).
PERT_LAMBDA = 4.0

#: Rejection sampling of weight ranges gives up after this many candidates per accepted draw.
MAX_DRAWS_PER_SAMPLE = 20_000


def uniform_simplex(rng: np.random.Generator, size: int, n: int) -> np.ndarray:
    """Uniform weight vectors on the simplex, by normalised exponentials (Dirichlet(1, ..., 1)).

    Parameters
    ----------
    rng : numpy.random.Generator
    size : int
        Number of vectors.
    n : int
        Number of criteria (``n >= 1``).

    Returns
    -------
    numpy.ndarray
        Shape ``(size, n)``; each row is non-negative and sums to 1. Each
        coordinate is Beta(1, n - 1) distributed.
    """
    e = rng.standard_exponential((size, n))
    e /= e.sum(axis=1, keepdims=True)
    return e


def uniform_simplex_sorted(rng: np.random.Generator, size: int, n: int) -> np.ndarray:
    """Uniform weight vectors on the simplex, as the gaps between ``n - 1`` sorted uniforms.

    Same distribution as :func:`uniform_simplex` (a different construction).

    Returns
    -------
    numpy.ndarray
        Shape ``(size, n)``; rows sum to 1.
    """
    cuts = np.sort(rng.random((size, n - 1)), axis=1)
    edges = np.concatenate([np.zeros((size, 1)), cuts, np.ones((size, 1))], axis=1)
    return np.diff(edges, axis=1)


def ordinal_weights(rng: np.random.Generator, size: int, order: Sequence[int], n: int) -> np.ndarray:
    """Uniform weights respecting an order of importance.

    A uniform point of the simplex is sorted in decreasing order and its largest
    coordinate goes to the most important criterion, and so on. This is uniform on
    the region ``w_order[0] >= w_order[1] >= ...`` of the simplex (Lahdelma,
    Hokkanen & Salminen 1998, "SMAA - Stochastic multiobjective acceptability
    analysis", *EJOR* 106).

    Parameters
    ----------
    rng : numpy.random.Generator
    size : int
    order : sequence of int
        Column indices, most important first; a permutation of ``range(n)``.
    n : int

    Returns
    -------
    numpy.ndarray
        Shape ``(size, n)``.
    """
    idx = np.asarray(order, dtype=np.intp)
    if sorted(idx.tolist()) != list(range(n)):
        raise ValueError("order must be a permutation of the criteria")
    decreasing = -np.sort(-uniform_simplex(rng, size, n), axis=1)
    out = np.empty((size, n))
    out[:, idx] = decreasing
    return out


def check_weight_ranges(low: np.ndarray, high: np.ndarray, names: Sequence[str]) -> None:
    """Raise a user-facing error when no weight vector fits the ranges.

    The ranges are feasible exactly when ``sum(low) <= 1 <= sum(high)`` (each
    ``low <= high`` is checked by the domain model).

    Raises
    ------
    InvalidInputError
        Naming the total that is out of bounds.
    """
    lo_sum, hi_sum = float(np.sum(low)), float(np.sum(high))
    listed = ", ".join(names)
    if lo_sum > 1.0 + 1e-12:
        raise InvalidInputError(
            f"the lowest weights allowed add up to {lo_sum:.3g}, more than 1, so no set of weights"
            f" fits the ranges ({listed}); lower some of the low ends",
            where="weight ranges",
        )
    if hi_sum < 1.0 - 1e-12:
        raise InvalidInputError(
            f"the highest weights allowed add up to {hi_sum:.3g}, less than 1, so no set of weights"
            f" fits the ranges ({listed}); raise some of the high ends",
            where="weight ranges",
        )


def ranged_weights(
    rng: np.random.Generator, size: int, low: np.ndarray, high: np.ndarray
) -> tuple[np.ndarray, int, int]:
    """Uniform weights on the part of the simplex where ``low <= w <= high``, by rejection.

    Candidates are drawn uniformly on the smaller simplex ``{w >= low, sum w = 1}``
    (the affine image ``low + (1 - sum(low)) u`` of a uniform simplex point ``u``,
    which keeps the distribution uniform) and kept when every ``w_j <= high_j``.
    The kept draws are therefore uniform on the feasible region.

    Parameters
    ----------
    rng : numpy.random.Generator
    size : int
    low, high : numpy.ndarray
        Bounds per criterion, feasible (see :func:`check_weight_ranges`).

    Returns
    -------
    weights : numpy.ndarray
        Shape ``(size, n)``.
    drawn, accepted : int
        Candidates drawn and candidates that fitted (``accepted / drawn`` is the
        acceptance rate; surplus fitting candidates of the last batch are dropped).

    Raises
    ------
    InvalidInputError
        When fewer than one candidate in :data:`MAX_DRAWS_PER_SAMPLE` is kept: the
        ranges leave almost no room.
    """
    lo = np.asarray(low, dtype=float)
    hi = np.asarray(high, dtype=float)
    n = lo.shape[0]
    free = max(0.0, 1.0 - float(lo.sum()))
    kept: list[np.ndarray] = []
    have = drawn = accepted = 0
    batch = max(size, 64)
    while have < size:
        cand = lo + free * uniform_simplex(rng, batch, n)
        ok = cand[np.all(cand <= hi + 1e-15, axis=1)]
        drawn += batch
        accepted += ok.shape[0]
        if ok.shape[0]:
            kept.append(ok[: size - have])
            have += min(ok.shape[0], size - have)
        if have < size:
            if drawn >= MAX_DRAWS_PER_SAMPLE * size:
                raise InvalidInputError(
                    f"the weight ranges leave almost no room: fewer than 1 in {MAX_DRAWS_PER_SAMPLE:,}"
                    " random weight sets fit them; widen the ranges",
                    where="weight ranges",
                )
            rate = accepted / drawn
            need = size - have
            batch = int(min(max(64, need / rate * 1.2 if rate > 0 else batch * 8), 2_000_000))
    return (np.concatenate(kept, axis=0) if kept else np.empty((0, n))), drawn, accepted


def triangular_from_uniform(u: np.ndarray, low: np.ndarray, mode: np.ndarray, high: np.ndarray) -> np.ndarray:
    """Triangular(low, mode, high) by its inverse distribution function.

    ``F(x) = (x - a)^2 / ((b - a)(m - a))`` for ``x <= m`` and
    ``1 - (b - x)^2 / ((b - a)(b - m))`` above it (``a = low``, ``m = mode``,
    ``b = high``, ``a < b``).
    """
    span = high - low
    cut = np.where(span > 0, (mode - low) / np.where(span > 0, span, 1.0), 0.5)
    below = u < cut
    r = np.where(below, u * (span * (mode - low)), (1.0 - u) * (span * (high - mode)))
    np.sqrt(r, out=r)
    return np.where(below, low + r, high - r)


def pert(rng: np.random.Generator, size: int, low: np.ndarray, mode: np.ndarray, high: np.ndarray,
         lam: float = PERT_LAMBDA) -> np.ndarray:
    """PERT(low, mode, high) draws: a Beta(alpha, beta) rescaled to ``[low, high]``.

    Returns
    -------
    numpy.ndarray
        Shape ``(size, len(low))``.
    """
    span = high - low
    alpha = 1.0 + lam * (mode - low) / span
    beta = 1.0 + lam * (high - mode) / span
    return low + span * rng.beta(alpha, beta, size=(size, low.shape[0]))


# ----------------------------------------------------------------- what varies in a decision


# The SMAA model itself lives in smaa_model.py; these names stay importable from here.
from counterweight.engine.smaa_model import (  # noqa: E402,F401
    LEVEL_STEP,
    LEVELS_IGNORED,
    RANGES_IGNORED,
    RANGE_ONLY_SAMPLED,
    UNRANGED_WEIGHTS,
    NOTHING_VARIES,
    _DRAW_CELLS,
    _DIST_CODE,
    ScoreCells,
    ScoreCounts,
    SmaaModel,
    _score_cells,
    _order,
    _ranges,
    build_model,
    level_score_varies,
    score_counts,
    __all__,
)
