"""VIKOR: compromise ranking (Opricovic & Tzeng 2004).

Steps (Opricovic, S. & Tzeng, G.-H. 2004, "Compromise solution by MCDM methods: a
comparative analysis of VIKOR and TOPSIS", *EJOR* 156(2), 445-455, section 3):

1. best ``f*_j`` and worst ``f-_j`` raw score of each criterion (largest and
   smallest for a benefit criterion, the other way round for a cost criterion);
2. ``S_i = sum_j t_ij`` (group utility) and ``R_i = max_j t_ij`` (individual
   regret), with ``t_ij = w_j (f*_j - f_ij) / (f*_j - f-_j)`` and weights summing
   to 1;
3. ``Q_i = v (S_i - S*) / (S- - S*) + (1 - v) (R_i - R*) / (R- - R*)`` where
   ``S*, S-`` are the smallest and largest S (likewise R) and ``v`` is the weight
   of the "majority of criteria" strategy (0.5 by default);
4. rank by Q, **lower is better**;
5. propose the option ``a1`` ranked first by Q as the compromise solution if

   * C1 "acceptable advantage": ``Q(a2) - Q(a1) >= DQ`` with ``DQ = 1 / (n - 1)``,
     a2 being second by Q, and
   * C2 "acceptable stability": a1 is also best by S or by R.

   Otherwise propose a compromise *set*: ``{a1, a2}`` when only C2 fails, or
   ``{a1, ..., aM}`` with M the largest position such that
   ``Q(aM) - Q(a1) < DQ`` when C1 fails.

Degenerate cases, which the paper does not cover, never produce NaN: a criterion
with ``f* = f-`` (every option equal) gives ``t_ij = 0`` for every option, and a
zero spread of S (or R) makes that term of Q zero for every option. Q values are
ranked with the engine's usual tie tolerance (docs/methods.md, section 5); the
compromise conditions treat differences within 1e-12 as equal (Q, S and R lie in
[0, 1]).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from counterweight.engine.ranking import competition_ranks
from counterweight.engine.topsis import check_inputs, constant_columns

_TOL = 1e-12


@dataclass(frozen=True, eq=False)
class VikorResult:
    """Every intermediate of one VIKOR run.

    Attributes
    ----------
    v : float
        Weight of the majority-of-criteria strategy.
    best, worst : numpy.ndarray
        ``f*_j`` and ``f-_j`` per criterion, in raw units.
    regrets : numpy.ndarray
        ``(n_options, n_criteria)`` terms ``t_ij``.
    degenerate_columns : numpy.ndarray of bool
        Criteria with ``f* = f-`` (contribute 0).
    s, r, q : numpy.ndarray
        S, R and Q per option, each in [0, 1]; lower is better.
    s_spread_zero, r_spread_zero : bool
        Whether every option had the same S (or R), so that term of Q is 0.
    ranks, order : numpy.ndarray of int
        Competition ranks by Q (1 = smallest Q) and option indices best first.
    dq : float
        ``1 / (n - 1)`` (1.0 when there is a single option).
    acceptable_advantage, acceptable_stability : bool
        Conditions C1 and C2.
    compromise : tuple of int
        Indices of the compromise solution or set, best first.
    """

    v: float
    best: np.ndarray
    worst: np.ndarray
    regrets: np.ndarray
    degenerate_columns: np.ndarray
    s: np.ndarray
    r: np.ndarray
    q: np.ndarray
    s_spread_zero: bool
    r_spread_zero: bool
    ranks: np.ndarray
    order: np.ndarray
    dq: float
    acceptable_advantage: bool
    acceptable_stability: bool
    compromise: tuple[int, ...]


def _scaled(values: np.ndarray) -> tuple[np.ndarray, bool]:
    """``(x - min) / (max - min)``, or zeros (and ``True``) when the spread is zero."""
    if values.size == 0:
        return values.copy(), True
    lo, hi = float(values.min()), float(values.max())
    if hi - lo <= _TOL:
        return np.zeros_like(values), True
    return (values - lo) / (hi - lo), False


def compromise_solution(
    q: np.ndarray, s: np.ndarray, r: np.ndarray, order: np.ndarray
) -> tuple[float, bool, bool, tuple[int, ...]]:
    """Opricovic & Tzeng's (2004) compromise conditions C1 and C2 and the proposed set.

    Parameters
    ----------
    q, s, r : numpy.ndarray
        Q, S and R per option.
    order : numpy.ndarray of int
        Option indices sorted by Q, best (smallest) first.

    Returns
    -------
    dq : float
    acceptable_advantage, acceptable_stability : bool
    compromise : tuple of int
        Best first. Empty when there are no options; with one option, that
        option (both conditions hold trivially).
    """
    n = int(q.size)
    if n == 0:
        return 1.0, True, True, ()
    a1 = int(order[0])
    if n == 1:
        return 1.0, True, True, (a1,)
    dq = 1.0 / (n - 1)
    a2 = int(order[1])
    advantage = bool(q[a2] - q[a1] >= dq - _TOL)
    stability = bool(s[a1] <= s.min() + _TOL or r[a1] <= r.min() + _TOL)
    if not advantage:
        chosen = tuple(int(i) for i in order if q[i] - q[a1] < dq - _TOL)
    elif not stability:
        chosen = (a1, a2)
    else:
        chosen = (a1,)
    return dq, advantage, stability, chosen


class VikorCore:
    """The part of VIKOR that does not depend on the weights, for one complete matrix.

    :func:`vikor` is ``VikorCore(x, cost).result(weights, v)``; a caller that
    tries many weight vectors on the same scores (the weight sensitivity) builds
    the core once and calls :meth:`q` for each.

    Parameters
    ----------
    x : numpy.ndarray
        ``(n_options, n_criteria)`` finite raw scores (as returned by ``check_inputs``).
    cost : numpy.ndarray of bool
    """

    def __init__(self, x: np.ndarray, cost: np.ndarray) -> None:
        n, m = x.shape
        self.shape = (n, m)
        self.degenerate = constant_columns(x)
        if n:
            self.best = np.where(cost, x.min(axis=0), x.max(axis=0))
            self.worst = np.where(cost, x.max(axis=0), x.min(axis=0))
        else:
            self.best = self.worst = np.zeros(m)
        self.span = np.where(self.degenerate, 1.0, self.best - self.worst)
        self.gap = self.best - x

    def parts(self, w: np.ndarray, v: float) -> tuple[np.ndarray, ...]:
        """``regrets, s, r, q, s_flat, r_flat`` for weights ``w`` summing to 1 (or all zero)."""
        n, m = self.shape
        regrets = np.where(self.degenerate, 0.0, w * self.gap / self.span)
        regrets = np.clip(regrets, 0.0, None)
        s = regrets.sum(axis=1)
        r = regrets.max(axis=1) if m else np.zeros(n)
        s_scaled, s_flat = _scaled(s)
        r_scaled, r_flat = _scaled(r)
        q = np.clip(float(v) * s_scaled + (1.0 - float(v)) * r_scaled, 0.0, 1.0)
        return regrets, s, r, q, s_flat, r_flat

    def q(self, w: np.ndarray, v: float) -> np.ndarray:
        """Q per option (lower is better) for weights ``w`` summing to 1 (or all zero)."""
        return self.parts(w, v)[3]

    def result(self, w: np.ndarray, v: float) -> VikorResult:
        """The full :class:`VikorResult` for weights ``w`` summing to 1 (or all zero)."""
        regrets, s, r, q, s_flat, r_flat = self.parts(w, v)
        ranks, order = competition_ranks(1.0 - q)
        dq, advantage, stability, chosen = compromise_solution(q, s, r, order)
        return VikorResult(
            v=float(v), best=self.best, worst=self.worst, regrets=regrets, degenerate_columns=self.degenerate,
            s=s, r=r, q=q, s_spread_zero=s_flat, r_spread_zero=r_flat, ranks=ranks, order=order,
            dq=dq, acceptable_advantage=advantage, acceptable_stability=stability, compromise=chosen,
        )


def vikor(matrix: np.ndarray, cost: np.ndarray, weights: np.ndarray, v: float = 0.5) -> VikorResult:
    """Compromise ranking by VIKOR (Opricovic & Tzeng 2004).

    This is the unchecked kernel: it validates shapes, finiteness and ``v`` only.

    Parameters
    ----------
    matrix : numpy.ndarray
        ``(n_options, n_criteria)`` raw scores in natural units, complete.
    cost : numpy.ndarray of bool
        ``True`` where lower scores are better.
    weights : numpy.ndarray
        Non-negative; divided by their sum.
    v : float
        Weight of the strategy of the majority of criteria, in [0, 1].

    Returns
    -------
    VikorResult
        S, R, Q (lower is better), the ranking by Q and the compromise solution.
    """
    x, c, w = check_inputs(matrix, cost, weights)
    if not 0.0 <= float(v) <= 1.0:
        raise ValueError(f"v must lie between 0 and 1, not {v}")
    return VikorCore(x, c).result(w, v)


__all__ = ["VikorCore", "VikorResult", "compromise_solution", "vikor"]
