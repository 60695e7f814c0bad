"""PROMETHEE II: net outranking flows (Brans & Vincke 1985; Brans, Vincke & Mareschal 1986).

For every ordered pair of options (a, b) and criterion j, ``d_j(a, b)`` is the
difference of the two raw scores in the criterion's own units, taken in its
better direction (``x_a - x_b`` for higher-is-better, ``x_b - x_a`` for
lower-is-better). A *preference function* turns it into a degree
``P_j(a, b)`` in [0, 1]; the six "generalised criteria" of Brans & Vincke (1985,
*Management Science* 31(6), 647-656, Fig. 1) are, for ``d > 0``
(``P = 0`` when ``d <= 0``):

======  ==============================  ============================================
type    name                            ``P(d)``
======  ==============================  ============================================
I       usual                           1
II      U-shape (quasi-criterion)       0 if d <= q, else 1
III     V-shape                         d / p if d <= p, else 1
IV      level                           0 if d <= q; 1/2 if q < d <= p; 1 if d > p
V       V-shape with indifference       0 if d <= q; (d - q) / (p - q) if q < d <= p;
        (often called "linear")         1 if d > p
VI      Gaussian                        1 - exp(-d**2 / (2 s**2))
======  ==============================  ============================================

Then ``pi(a, b) = sum_j w_j P_j(a, b)`` (weights summing to 1),
``phi+(a) = sum_b pi(a, b) / (n - 1)``, ``phi-(a) = sum_b pi(b, a) / (n - 1)`` and
the net flow ``phi(a) = phi+(a) - phi-(a)`` in [-1, 1] gives the complete
PROMETHEE II ranking (higher is better; Brans, Vincke & Mareschal 1986, *EJOR*
24(2), 228-238; Brans & Mareschal 2005, "PROMETHEE methods", in Figueira, Greco &
Ehrgott (eds), *Multiple Criteria Decision Analysis: State of the Art Surveys*).
The net flow is also the weighted sum of the *unicriterion* net flows
``phi_j(a) = sum_b [P_j(a, b) - P_j(b, a)] / (n - 1)``, which are reported too.

Rounding: for the step functions (types I, II, IV, and III with p = 0) a
difference within 1e-12 times the largest magnitude on the criterion counts as
equal to 0, q or p, so floating-point noise (``1.1 - 1.0 > 0.1``) never creates a
preference that is not there on paper. The continuous types move by no more than
the noise itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from counterweight.domain.methods import CriterionPreference, PreferenceFunction
from counterweight.engine.topsis import check_inputs

_NOISE_RTOL = 1e-12
#: Largest number of (a, b, j) cells broadcast at once (8 MB of float64).
CHUNK_CELLS = 1 << 20
#: Below this many options the full pairwise matrix pi(a, b) is kept by default.
KEEP_PAIRWISE_UP_TO = 500

_USUAL = CriterionPreference()


@dataclass(frozen=True, eq=False)
class PrometheeResult:
    """Flows of one PROMETHEE II run.

    Attributes
    ----------
    phi_plus, phi_minus, phi : numpy.ndarray
        Leaving, entering and net flow per option; ``phi`` in [-1, 1].
    unicriterion : numpy.ndarray
        ``(n_options, n_criteria)`` unicriterion net flows ``phi_j``; the net flow
        equals ``unicriterion @ weights``.
    weights : numpy.ndarray
        The weights used, summing to 1 (or all zero).
    pairwise : numpy.ndarray or None
        ``pi(a, b)`` (row a, column b), kept when requested (by default for at
        most :data:`KEEP_PAIRWISE_UP_TO` options).
    """

    phi_plus: np.ndarray
    phi_minus: np.ndarray
    phi: np.ndarray
    unicriterion: np.ndarray
    weights: np.ndarray
    pairwise: np.ndarray | None


def _params(prefs: Sequence[CriterionPreference], name: str, default: float) -> np.ndarray:
    return np.array([default if getattr(p, name) is None else float(getattr(p, name)) for p in prefs])


_STEPS = (PreferenceFunction.USUAL, PreferenceFunction.U_SHAPE, PreferenceFunction.LEVEL)


def _step_masks(
    d: np.ndarray, f: PreferenceFunction, q: np.ndarray, p: np.ndarray, t: np.ndarray
) -> list[tuple[np.ndarray, float]]:
    """Step functions as ``(mask, share)`` pairs: ``P = sum(share * mask)``."""
    if f is PreferenceFunction.USUAL:
        return [(d > t, 1.0)]
    if f is PreferenceFunction.U_SHAPE:
        return [(d > q + t, 1.0)]
    return [(d > q + t, 0.5), (d > p + t, 0.5)]  # level


def _continuous(d: np.ndarray, f: PreferenceFunction, q: np.ndarray, p: np.ndarray, s: np.ndarray) -> np.ndarray:
    """Types III (p > 0), V and VI, computed in place on the float array ``d``."""
    if f is PreferenceFunction.V_SHAPE:
        np.multiply(d, 1.0 / np.where(p > 0, p, 1.0), out=d)
    elif f is PreferenceFunction.V_SHAPE_INDIFFERENCE:
        np.subtract(d, q, out=d)
        np.multiply(d, 1.0 / np.where(p > q, p - q, 1.0), out=d)
    else:  # Gaussian: 1 - exp(-d^2 / (2 s^2)) for d > 0
        positive = d > 0
        np.multiply(d, d, out=d)
        np.multiply(d, -0.5 / np.square(np.where(s > 0, s, 1.0)), out=d)
        np.expm1(d, out=d)
        np.negative(d, out=d)
        np.multiply(d, positive, out=d)
    return np.clip(d, 0.0, 1.0, out=d)


def _step_flows(y: np.ndarray, cols: np.ndarray, f: PreferenceFunction, q: np.ndarray, p: np.ndarray,
                tol: np.ndarray, leave: np.ndarray, enter: np.ndarray) -> None:
    """Row and column sums of a step function's P matrix, by counting in sorted scores.

    ``sum_b [y_a - y_b > c]`` is the number of scores below ``y_a - c`` and
    ``sum_a [y_a - y_b > c]`` the number above ``y_b + c``: exact integer counts in
    O(n log n) instead of an n-by-n comparison.
    """
    n = y.shape[0]
    for j in cols:
        col = y[:, j]
        ordered = np.sort(col)
        steps = {PreferenceFunction.USUAL: [(0.0, 1.0)], PreferenceFunction.U_SHAPE: [(q[j], 1.0)]}.get(
            f, [(q[j], 0.5), (p[j], 0.5)])
        for threshold, share in steps:
            c = threshold + tol[j]
            leave[:, j] += share * np.searchsorted(ordered, col - c, side="left")
            enter[:, j] += share * (n - np.searchsorted(ordered, col + c, side="right"))


def preference_degree(
    d: np.ndarray, function: PreferenceFunction, q: np.ndarray | float = 0.0, p: np.ndarray | float = 0.0,
    s: np.ndarray | float = 1.0, tol: np.ndarray | float = 0.0,
) -> np.ndarray:
    """Brans' generalised criterion ``P(d)`` applied element-wise.

    Parameters
    ----------
    d : numpy.ndarray
        Differences in the criterion's units, oriented so that positive is better.
        The last axis may index criteria, with ``q``, ``p``, ``s``, ``tol``
        broadcasting against it.
    function : PreferenceFunction
        Which of the six types.
    q, p, s : array_like
        Indifference threshold, strict preference threshold, Gaussian spread (the
        ones the type uses). A V-shape with ``p = 0`` is a step at 0, like the
        usual type.
    tol : array_like
        For the step functions (types I, II, IV and III with ``p = 0``),
        differences within ``tol`` of 0, q or p count as equal to them. The
        continuous types move by no more than the noise itself and need none.

    Returns
    -------
    numpy.ndarray
        Degrees in [0, 1], float, same shape as ``d``.
    """
    f = PreferenceFunction(function)
    q_, p_, s_, t_ = (np.asarray(a, dtype=float) for a in (q, p, s, tol))
    arr = np.array(d, dtype=float)  # a copy: the continuous types work in place
    if f in _STEPS:
        out = np.zeros(arr.shape)
        for mask, share in _step_masks(arr, f, q_, p_, t_):
            out += share * mask
        return out
    if f is PreferenceFunction.V_SHAPE:
        step = arr > t_
        return np.where(p_ > 0, _continuous(arr, f, q_, p_, s_), step.astype(float))
    return _continuous(arr, f, q_, p_, s_)


def promethee_ii(
    matrix: np.ndarray,
    cost: np.ndarray,
    weights: np.ndarray,
    preferences: Sequence[CriterionPreference | None] | None = None,
    *,
    keep_pairwise: bool | None = None,
) -> PrometheeResult:
    """PROMETHEE II net flows (Brans & Vincke 1985; Brans, Vincke & Mareschal 1986).

    This is the unchecked kernel: it validates shapes and finiteness only. The
    continuous types (III, V, VI) are broadcast over ``(n, n, k)`` blocks of
    pairs and criteria sharing a type, ``k`` chosen so a block stays under
    :data:`CHUNK_CELLS`; the step types (I, II, IV) need only counts of scores
    below and above each threshold, found in the sorted column.

    Parameters
    ----------
    matrix : numpy.ndarray
        ``(n_options, n_criteria)`` raw scores in natural units, complete.
    cost : numpy.ndarray of bool
        ``True`` where lower scores are better.
    weights : numpy.ndarray
        Non-negative; divided by their sum.
    preferences : sequence of CriterionPreference or None, optional
        One per criterion, thresholds in the criterion's units; ``None`` (or a
        missing sequence) means type I, usual.
    keep_pairwise : bool, optional
        Keep the ``(n, n)`` matrix ``pi(a, b)``; by default only for at most
        :data:`KEEP_PAIRWISE_UP_TO` options.

    Returns
    -------
    PrometheeResult
        With one option (or none) every flow is 0: there is nothing to compare.
    """
    x, c, w = check_inputs(matrix, cost, weights)
    core = PrometheeCore(x, c, preferences, pairwise_weights=w if keep_pairwise is not False else None,
                         keep_pairwise=keep_pairwise)
    return core.result(w)


class PrometheeCore:
    """The part of PROMETHEE II that does not depend on the weights, for one complete matrix.

    For each criterion the preference degrees summed over the other options,
    ``leave[a, j] = sum_b P_j(a, b)`` and ``enter[a, j] = sum_b P_j(b, a)``, do not
    depend on the weights; the flows are then ``leave @ w / (n - 1)`` and
    ``enter @ w / (n - 1)``. :func:`promethee_ii` builds one core per call; a caller
    that tries many weight vectors on the same scores (the weight sensitivity)
    builds it once and calls :meth:`result` for each.

    Parameters
    ----------
    x : numpy.ndarray
        ``(n_options, n_criteria)`` finite raw scores (as returned by ``check_inputs``).
    cost : numpy.ndarray of bool
    preferences : sequence of CriterionPreference or None, optional
        As for :func:`promethee_ii`.
    pairwise_weights : numpy.ndarray, optional
        Weights (summing to 1) for the pairwise matrix ``pi(a, b)``, which depends
        on them; kept only when given and ``keep_pairwise`` allows it.
    keep_pairwise : bool, optional
        As for :func:`promethee_ii`.
    """

    def __init__(
        self, x: np.ndarray, cost: np.ndarray, preferences: Sequence[CriterionPreference | None] | None = None,
        *, pairwise_weights: np.ndarray | None = None, keep_pairwise: bool | None = None,
    ) -> None:
        n, m = x.shape
        prefs = [(p if p is not None else _USUAL) for p in (preferences or [None] * m)]
        if len(prefs) != m:
            raise ValueError(f"{len(prefs)} preference functions for {m} criteria")
        keep = pairwise_weights is not None and ((n <= KEEP_PAIRWISE_UP_TO) if keep_pairwise is None else keep_pairwise)
        w = pairwise_weights
        y = np.where(cost, -x, x)  # oriented: larger is better everywhere
        tol = _NOISE_RTOL * (np.abs(x).max(axis=0) if n else np.zeros(m))
        leave = np.zeros((n, m))
        enter = np.zeros((n, m))
        pairwise = np.zeros((n, n)) if keep else None
        if n > 1 and m:
            q, p, s = _params(prefs, "q", 0.0), _params(prefs, "p", 0.0), _params(prefs, "s", 1.0)
            per_block = max(1, CHUNK_CELLS // (n * n))
            # A V-shape with p = 0 is a step at 0: the usual criterion.
            kinds = [PreferenceFunction.USUAL if pr.function is PreferenceFunction.V_SHAPE and p[k] <= 0
                     else pr.function for k, pr in enumerate(prefs)]
            for function in PreferenceFunction:
                cols = np.flatnonzero([kind is function for kind in kinds])
                for start in range(0, cols.size, per_block):
                    j = cols[start:start + per_block]
                    if function in _STEPS:
                        _step_flows(y, j, function, q, p, tol, leave, enter)
                        if pairwise is not None and w is not None:
                            d = y[:, None, j] - y[None, :, j]
                            for mask, share in _step_masks(d, function, q[j], p[j], tol[j]):
                                pairwise += share * (mask @ w[j])
                        continue
                    d = y[:, None, j] - y[None, :, j]  # (a, b, k): d_j(a, b)
                    deg = _continuous(d, function, q[j], p[j], s[j])
                    leave[:, j] = deg.sum(axis=1)
                    enter[:, j] = deg.sum(axis=0)
                    if pairwise is not None and w is not None:
                        pairwise += deg @ w[j]
        self.n_options = n
        self.leave, self.enter, self.pairwise = leave, enter, pairwise

    def flows(self, w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Leaving and entering flows for weights ``w`` summing to 1 (or all zero)."""
        n = self.n_options
        scale = 1.0 / (n - 1) if n > 1 else 0.0
        return (self.leave @ w) * scale, (self.enter @ w) * scale

    def result(self, w: np.ndarray) -> PrometheeResult:
        """Every flow for weights ``w`` (with the pairwise matrix only if it was built for them)."""
        n = self.n_options
        scale = 1.0 / (n - 1) if n > 1 else 0.0
        phi_plus, phi_minus = self.flows(w)
        return PrometheeResult(
            phi_plus=phi_plus, phi_minus=phi_minus, phi=phi_plus - phi_minus,
            unicriterion=(self.leave - self.enter) * scale, weights=w, pairwise=self.pairwise,
        )


__all__ = [
    "CHUNK_CELLS", "KEEP_PAIRWISE_UP_TO", "PrometheeCore", "PrometheeResult", "preference_degree",
    "promethee_ii",
]
