"""Weighted product model (WPM): multiply criterion values raised to their weights.

Triantaphyllou (2000, *Multi-Criteria Decision Making Methods: A Comparative
Study*, Kluwer, ch. 2, section 2.2.2; after Bridgman 1922 and Miller & Starr 1969)
compares two options K and L by the ratio

    R(A_K / A_L) = prod_j (a_Kj / a_Lj) ** w_j

(for a cost criterion the ratio is inverted), K being at least as good as L when
``R >= 1``. Counterweight uses the equivalent *product form* on normalised
values:

    P(A_i) = prod_j v_ij ** w_j,   v_ij in [0, 1],   sum_j w_j = 1,

so every option gets its own score in [0, 1] (higher is better) and
``P(A_K) / P(A_L)`` reproduces ``R(A_K / A_L)`` exactly when ``v`` is the
"ratio to best" normalisation (``x / max`` for benefit, ``min / x`` for cost
criteria): the common reference value cancels in the ratio.

Zeros: a value of 0 on any criterion with positive weight makes the product 0,
whatever the other values (the model is non-compensatory at zero). Such cells are
reported in ``zero_cells`` so the caller can warn. Negative or zero raw scores
cannot enter a ratio; :func:`wpm` then falls back to min-max for that column, as
the "ratio to best" normalisation does everywhere in the engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from counterweight.engine.diagnostics import Diagnostic
from counterweight.engine.normalization import max_normalization
from counterweight.engine.topsis import check_inputs


@dataclass(frozen=True, eq=False)
class WpmResult:
    """One weighted-product evaluation.

    Attributes
    ----------
    values : numpy.ndarray
        ``(n_options, n_criteria)`` normalised values in [0, 1].
    weights : numpy.ndarray
        Exponents, summing to 1 (or all zero).
    factors : numpy.ndarray
        ``values ** weights``; each row multiplies to the score. A criterion with
        weight 0 has factor 1.
    scores : numpy.ndarray
        ``P(A_i)``, in [0, 1], higher is better.
    zero_cells : numpy.ndarray of bool
        Cells with value 0 and positive weight (they force the score to 0).
    diagnostics : tuple of Diagnostic
        Normalisation notes (from :func:`wpm` only).
    """

    values: np.ndarray
    weights: np.ndarray
    factors: np.ndarray
    scores: np.ndarray
    zero_cells: np.ndarray
    diagnostics: tuple[Diagnostic, ...] = field(default=())


def weighted_product(values: np.ndarray, weights: np.ndarray) -> WpmResult:
    """Product form of the WPM on values already normalised to [0, 1].

    This is the unchecked kernel: it validates shapes and finiteness only and
    clips values into [0, 1].

    Parameters
    ----------
    values : numpy.ndarray
        ``(n_options, n_criteria)`` values, higher is better.
    weights : numpy.ndarray
        Non-negative; divided by their sum.

    Returns
    -------
    WpmResult
    """
    v, _, w = check_inputs(values, np.zeros(np.shape(values)[-1], dtype=bool), weights)
    return WpmCore(v).result(w)


class WpmCore:
    """The values of a weighted product, clipped into [0, 1], ready for many weight vectors.

    :func:`weighted_product` is ``WpmCore(values).result(weights)`` after checking.
    """

    def __init__(self, values: np.ndarray) -> None:
        self.values = np.clip(values, 0.0, 1.0)

    def factors_and_scores(self, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``values ** w`` and the clipped row products, for weights ``w`` summing to 1 (or all zero)."""
        v = self.values
        factors = v ** w  # 0 ** 0 == 1: a weightless criterion is ignored
        scores = np.prod(factors, axis=1) if v.shape[1] else np.ones(v.shape[0])
        return factors, np.clip(scores, 0.0, 1.0)

    def result(self, w: np.ndarray) -> WpmResult:
        """The full :class:`WpmResult` for weights ``w`` summing to 1 (or all zero)."""
        factors, scores = self.factors_and_scores(w)
        v = self.values
        return WpmResult(values=v, weights=w, factors=factors, scores=scores, zero_cells=(v == 0.0) & (w > 0.0))


def wpm(matrix: np.ndarray, cost: np.ndarray, weights: np.ndarray) -> WpmResult:
    """Weighted product of raw scores in Triantaphyllou's ratio form.

    Each column is divided by its best value (``x / max``; cost: ``min / x``), so
    that ``P(A_K) / P(A_L)`` equals Triantaphyllou's (2000) ``R(A_K / A_L)``. A
    column with a negative score (or, for a cost criterion, a zero) cannot be
    used in a ratio and is min-max normalised instead, with a diagnostic.

    Parameters
    ----------
    matrix : numpy.ndarray
        ``(n_options, n_criteria)`` raw scores, complete.
    cost : numpy.ndarray of bool
        ``True`` where lower scores are better.
    weights : numpy.ndarray
        Non-negative; divided by their sum.

    Returns
    -------
    WpmResult
    """
    x, c, w = check_inputs(matrix, cost, weights)
    values = np.zeros(x.shape)
    notes: list[Diagnostic] = []
    for j in range(x.shape[1]):
        col = max_normalization(x[:, j], bool(c[j]), label=f"criterion {j + 1}")
        values[:, j] = col.values
        notes.extend(col.diagnostics)
    res = weighted_product(values, w)
    return WpmResult(res.values, res.weights, res.factors, res.scores, res.zero_cells, tuple(notes))


def pairwise_ratios(matrix: np.ndarray, cost: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Triantaphyllou's (2000) ratios ``R(A_K / A_L) = prod_j (a_Kj / a_Lj) ** w_j``.

    Cost criteria enter inverted, ``(a_Lj / a_Kj) ** w_j``. Computed directly from
    the definition (in logarithms), independently of :func:`wpm`.

    Parameters
    ----------
    matrix : numpy.ndarray
        ``(n_options, n_criteria)`` strictly positive raw scores.
    cost : numpy.ndarray of bool
    weights : numpy.ndarray
        Non-negative; divided by their sum.

    Returns
    -------
    numpy.ndarray
        ``(n, n)``, entry ``[K, L]`` = ``R(A_K / A_L)``; the diagonal is 1.

    Raises
    ------
    ValueError
        If a score is not strictly positive.
    """
    x, c, w = check_inputs(matrix, cost, weights)
    if np.any(x <= 0):
        raise ValueError("the ratio form needs strictly positive scores")
    logs = np.where(c, -np.log(x), np.log(x))
    diff = logs[:, None, :] - logs[None, :, :]
    return np.exp(diff @ w)


__all__ = ["WpmCore", "WpmResult", "pairwise_ratios", "weighted_product", "wpm"]
