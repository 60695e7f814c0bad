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

Other normalisations (the default, value functions, measures each score from its
scale's worst bound; min-max from the worst option) are not this published form:
they can rank the options the other way, and an option at a criterion's worst end
has value 0 there, so its product is 0. :func:`ratio_form_note` then adds one
``wpm_not_ratio_form`` note saying so and how to get the published form (QA pass
23 item 9); it is left out where the values happen to be proportional to the ratio
to best on every criterion (say a higher-is-better scale from 0), since the
products' ratios are then Triantaphyllou's ``R`` exactly.

Zeros: a value of 0 on any criterion with positive weight makes the product 0,
whatever the other values (the model is non-compensatory at zero). Such cells are
reported in ``zero_cells`` so the caller can warn. Negative or zero raw scores
cannot enter a ratio; :func:`wpm` then falls back to min-max for that column, as
the "ratio to best" normalisation does everywhere in the engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from counterweight.domain.methods import Normalization
from counterweight.engine.diagnostics import Diagnostic
from counterweight.engine.normalization import max_normalization
from counterweight.engine.phrase import Phrase, quoted_names
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


WPM_NOT_RATIO_FORM = "wpm_not_ratio_form"


def ratio_form_columns(matrix: np.ndarray, cost: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Per column, whether ``values`` are proportional to the ratio-to-best values of the raw ``matrix``.

    Where every column is, the products' ratios equal Triantaphyllou's ``R(A_K / A_L)``
    (a constant factor per column cancels), so the ranking is the published one. The
    reference is the engine's own "ratio to best" (:func:`max_normalization`, with its
    min-max fallback for a column that no ratio can take).
    """
    x, v = np.asarray(matrix, dtype=float), np.asarray(values, dtype=float)
    out = np.ones(x.shape[1], dtype=bool)
    for j in range(x.shape[1]):
        ref = max_normalization(x[:, j], bool(cost[j])).values
        k = int(np.argmax(ref))
        factor = v[k, j] / ref[k] if ref[k] > 0 else 0.0
        out[j] = factor > 0 and bool(np.allclose(v[:, j], factor * ref, rtol=1e-9, atol=1e-12))
    return out


def ratio_form_note(normalization: Normalization, matrix: np.ndarray, cost: np.ndarray, values: np.ndarray,
                    names: list[str]) -> Diagnostic | None:
    """The ``wpm_not_ratio_form`` note when the weighted product's values are not the published ratio form.

    ``matrix`` holds the raw numbers of the criteria taking part (options computed, in
    rows), ``values`` their 0-1 values under ``normalization``, ``names`` the criteria.
    ``None`` under "ratio to best", or when every column is proportional to it anyway.
    """
    norm = Normalization(normalization)
    if norm is Normalization.MAX or np.shape(matrix)[0] < 2:
        return None
    off = np.flatnonzero(~ratio_form_columns(matrix, cost, values))
    if not off.size:
        return None
    zero: Phrase | str = ""
    if norm is Normalization.VALUE_FUNCTION:
        zero = Phrase(" Under value functions an option at the worst end of a criterion's scale (after a plain"
                      " table import, the worst option) has value 0 there, so its product is 0 whatever its other"
                      " scores.")
    elif norm is Normalization.MIN_MAX:
        zero = Phrase(" Under min-max the worst option on each criterion has value 0 there, so its product is 0"
                      " whatever its other scores.")
    return Diagnostic(WPM_NOT_RATIO_FORM, "info", Phrase(
        "The weighted product here multiplies '{normalization}' values, which on {criteria} are not proportional"
        " to each score divided by the best score: this is not the published ratio form of the method (Bridgman"
        " 1922; Triantaphyllou 2000), and it can rank the options differently.{zero} For the published form choose"
        " the normalisation '{ratio}' (Ranking tab or Method settings).",
        normalization=Phrase.term(norm.label), criteria=quoted_names([names[j] for j in off]), zero=zero,
        ratio=Phrase.term(Normalization.MAX.label)))


__all__ = ["WPM_NOT_RATIO_FORM", "WpmCore", "WpmResult", "pairwise_ratios", "ratio_form_columns", "ratio_form_note",
           "weighted_product", "wpm"]
