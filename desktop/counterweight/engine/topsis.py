"""TOPSIS: closeness to the ideal option (Hwang & Yoon 1981).

Steps (Hwang, C.-L. & Yoon, K. 1981, *Multiple Attribute Decision Making: Methods
and Applications*, Springer, pp. 128-134):

1. normalise each column of the raw decision matrix: vector normalisation
   ``r_ij = x_ij / sqrt(sum_i x_ij**2)`` (the book's choice, the default) or
   min-max ``r_ij = (x_ij - min_j) / (max_j - min_j)``;
2. weight: ``v_ij = w_j * r_ij`` with the weights summing to 1;
3. ideal ``A*`` = best weighted value of each column (largest for a benefit
   criterion, smallest for a cost criterion) and anti-ideal ``A-`` = worst;
4. Euclidean distances ``D+`` to ``A*`` and ``D-`` to ``A-``;
5. relative closeness ``C = D- / (D+ + D-)`` in [0, 1]; higher is better.

Cost criteria are *not* flipped during normalisation; the direction enters only
through the choice of ideal and anti-ideal (as in the book). pymcdm 1.4 flips cost
columns inside its normalisation and then takes the column maximum as the ideal;
the distances, and so the closeness values, are the same.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

TopsisNormalization = Literal["vector", "min_max"]

_CONSTANT_RTOL = 1e-12


@dataclass(frozen=True, eq=False)
class TopsisResult:
    """Every intermediate of one TOPSIS run (rows = options, columns = criteria).

    Attributes
    ----------
    normalization : {"vector", "min_max"}
        How the columns were normalised.
    normalized : numpy.ndarray
        ``r_ij``; cost columns are not flipped.
    weighted : numpy.ndarray
        ``v_ij = w_j * r_ij``.
    ideal, anti_ideal : numpy.ndarray
        ``A*`` and ``A-``, one value per criterion.
    d_plus, d_minus : numpy.ndarray
        Distance of each option to the ideal and to the anti-ideal.
    closeness : numpy.ndarray
        ``D- / (D+ + D-)``, in [0, 1]. Where an option coincides with both the
        ideal and the anti-ideal (every criterion constant, or no weight) the
        ratio is 0/0; it is set to 0.5 and listed in ``undecided``.
    undecided : numpy.ndarray of bool
        Options whose closeness was set to 0.5 for that reason.
    constant_columns : numpy.ndarray of bool
        Criteria on which every option has the same score (they cannot separate
        options and add nothing to either distance).
    """

    normalization: TopsisNormalization
    normalized: np.ndarray
    weighted: np.ndarray
    ideal: np.ndarray
    anti_ideal: np.ndarray
    d_plus: np.ndarray
    d_minus: np.ndarray
    closeness: np.ndarray
    undecided: np.ndarray
    constant_columns: np.ndarray


def check_inputs(matrix: np.ndarray, cost: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, ...]:
    """Validate shapes and finiteness; return float matrix, bool cost, weights summing to 1.

    Shared by the aggregation kernels. Weights are divided by their sum when it is
    positive (only their ratios matter to every method here); all-zero weights
    are returned as zeros.

    Raises
    ------
    ValueError
        On mismatched shapes, non-finite scores or negative / non-finite weights.
    """
    x = np.asarray(matrix, dtype=float)
    c = np.asarray(cost, dtype=bool)
    w = np.asarray(weights, dtype=float)
    if x.ndim != 2 or c.shape != (x.shape[1],) or w.shape != (x.shape[1],):
        raise ValueError(f"matrix {x.shape}, cost {c.shape} and weights {w.shape} do not match")
    if not np.all(np.isfinite(x)):
        raise ValueError("the decision matrix must be complete and finite (no NaN or infinity)")
    if not np.all(np.isfinite(w)) or np.any(w < 0):
        raise ValueError("weights must be finite and non-negative")
    return x, c, unit_weights(w)


def unit_weights(w: np.ndarray) -> np.ndarray:
    """Finite, non-negative weights divided by their sum (all zeros stay zeros)."""
    total = float(w.sum())
    return w / total if total > 0 else np.zeros_like(w)


def _spread(xt: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per-criterion min, max and constant flag of a criteria-by-options array."""
    if xt.shape[1] == 0:
        zeros = np.zeros(xt.shape[0])
        return zeros, zeros, np.ones(xt.shape[0], dtype=bool)
    lo, hi = xt.min(axis=1), xt.max(axis=1)
    return lo, hi, (hi - lo) <= _CONSTANT_RTOL * np.maximum(np.abs(lo), np.abs(hi))


def constant_columns(x: np.ndarray) -> np.ndarray:
    """Columns whose values are all equal, up to a relative 1e-12 (rounding noise)."""
    return _spread(np.ascontiguousarray(np.asarray(x, dtype=float).T))[2]


class TopsisCore:
    """The part of TOPSIS that does not depend on the weights: the normalised columns.

    :func:`topsis` is ``TopsisCore(x, cost, normalization).result(weights)``; a
    caller that tries many weight vectors on the same scores builds it once.

    Parameters
    ----------
    x : numpy.ndarray
        ``(n_options, n_criteria)`` finite raw scores (as returned by ``check_inputs``).
    cost : numpy.ndarray of bool
    normalization : {"vector", "min_max"}
    """

    def __init__(self, x: np.ndarray, cost: np.ndarray, normalization: TopsisNormalization = "vector") -> None:
        if normalization not in ("vector", "min_max"):
            raise ValueError(f"unknown TOPSIS normalisation {normalization!r}")
        self.normalization: TopsisNormalization = normalization
        self.cost = cost
        self.n_options = x.shape[0]
        # Work criterion by criterion on the transpose: every reduction runs along memory.
        xt = np.ascontiguousarray(x.T)
        lo, hi, const = _spread(xt)
        if normalization == "vector":
            scale = np.maximum(np.abs(lo), np.abs(hi))
            rt = xt * (1.0 / np.where(scale > 0, scale, 1.0))[:, None]  # |x| <= 1: squares cannot overflow
            norm = np.sqrt(np.einsum("ji,ji->j", rt, rt))
            rt *= (1.0 / np.where(norm > 0, norm, 1.0))[:, None]  # an all-zero column stays 0
        else:
            span = np.where(const, 1.0, hi - lo)
            rt = np.where(const[:, None], 1.0, (xt - lo[:, None]) / span[:, None])
        self.rt, self.const = rt, const

    def result(self, w: np.ndarray) -> TopsisResult:
        """Closeness and every intermediate for weights ``w`` summing to 1 (or all zero)."""
        c, rt = self.cost, self.rt
        vt = rt * w[:, None]
        if self.n_options:
            vhi, vlo = vt.max(axis=1), vt.min(axis=1)
        else:
            vhi = vlo = np.zeros(rt.shape[0])
        ideal = np.where(c, vlo, vhi)
        anti = np.where(c, vhi, vlo)
        gap = vt - ideal[:, None]
        d_plus = np.sqrt(np.einsum("ji,ji->i", gap, gap))
        gap = vt - anti[:, None]
        d_minus = np.sqrt(np.einsum("ji,ji->i", gap, gap))
        denom = d_plus + d_minus
        undecided = denom <= 0
        closeness = np.where(undecided, 0.5, d_minus / np.where(undecided, 1.0, denom))
        return TopsisResult(
            normalization=self.normalization, normalized=rt.T, weighted=vt.T, ideal=ideal, anti_ideal=anti,
            d_plus=d_plus, d_minus=d_minus, closeness=np.clip(closeness, 0.0, 1.0),
            undecided=undecided, constant_columns=self.const,
        )


def topsis(
    matrix: np.ndarray, cost: np.ndarray, weights: np.ndarray, normalization: TopsisNormalization = "vector"
) -> TopsisResult:
    """Rank options by relative closeness to the ideal (Hwang & Yoon 1981).

    This is the unchecked kernel: it validates shapes and finiteness only.

    Parameters
    ----------
    matrix : numpy.ndarray
        ``(n_options, n_criteria)`` raw scores in natural units, complete.
    cost : numpy.ndarray of bool
        ``True`` where lower scores are better.
    weights : numpy.ndarray
        Non-negative weights; divided by their sum.
    normalization : {"vector", "min_max"}
        Column normalisation (see the module docstring).

    Returns
    -------
    TopsisResult
        Closeness in [0, 1] (higher is better) plus every intermediate.
    """
    x, c, w = check_inputs(matrix, cost, weights)
    return TopsisCore(x, c, normalization).result(w)


__all__ = [
    "TopsisCore", "TopsisNormalization", "TopsisResult", "check_inputs", "constant_columns", "topsis",
    "unit_weights",
]
