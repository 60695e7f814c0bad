"""Weights for one set of siblings from an analyst's judgements (other than AHP).

Every method returns local weights that are non-negative and sum to 1:

* **direct**: points typed or dragged, divided by their sum.
* **equal**: ``1 / n`` each.
* **swing**: the swings (from worst to best on each criterion) are ranked and the
  largest is given 100; every other swing is rated 0-100 against it. Weights are
  ratings divided by their sum (von Winterfeldt & Edwards 1986; DCLG 2009,
  *Multi-criteria analysis: a manual*). The top rating must be 100.
* **rank-order centroid (ROC)**: with ``n`` criteria ranked 1 (most important) to
  ``n``, ``w_i = (1/n) * sum_{k=i..n} 1/k`` (Barron & Barrett 1996, *Management
  Science* 42(11)). For n = 4: 0.5208, 0.2708, 0.1458, 0.0625.
* **rank-sum**: ``w_i = 2 (n + 1 - i) / (n (n + 1))`` (Stillwell, Seaver & Edwards
  1981). For n = 4: 0.4, 0.3, 0.2, 0.1.

Ties in ranks: only the order of the rank numbers matters (``1, 2, 2, 3`` and
``1, 2, 2, 4`` are the same ranking). Criteria are sorted by rank; tied criteria
occupy consecutive positions and each receives the *average* of the weights of
those positions, so the weights still sum to 1 and tied criteria weigh the same.

The kernels take sizes or arrays and do not check them; the wrappers take mappings
from identifier to judgement, validate them and return :class:`ElicitedWeights`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from counterweight.domain.elicitation import WeightMethod
from counterweight.domain.errors import InvalidInputError
from counterweight.engine.diagnostics import Diagnostic
from counterweight.engine.phrase import Phrase, comma_joined, quoted_name

_RANK_TIES = "rank_ties"
_SWING_ZERO = "swing_zero"

#: The rating the largest swing must be given.
SWING_TOP = 100.0


@dataclass(frozen=True)
class ElicitedWeights:
    """Local weights of one set of siblings.

    Attributes
    ----------
    method : WeightMethod
        How they were derived.
    ids : tuple of str
        The criteria, in the order given.
    weights : numpy.ndarray
        Non-negative, summing to 1, in the order of ``ids`` (read-only).
    diagnostics : tuple of Diagnostic
    """

    method: WeightMethod
    ids: tuple[str, ...]
    weights: np.ndarray
    diagnostics: tuple[Diagnostic, ...] = field(default=())

    def as_dict(self) -> dict[str, float]:
        """Identifier -> weight."""
        return {i: float(w) for i, w in zip(self.ids, self.weights, strict=True)}


# ----------------------------------------------------------------- kernels
def roc_kernel(n: int) -> np.ndarray:
    """Rank-order centroid weights for positions 1..n (Barron & Barrett 1996)."""
    inv = 1.0 / np.arange(1, n + 1)
    return np.cumsum(inv[::-1])[::-1] / n


def rank_sum_kernel(n: int) -> np.ndarray:
    """Rank-sum weights ``2 (n + 1 - i) / (n (n + 1))`` for positions 1..n."""
    i = np.arange(1, n + 1)
    return 2.0 * (n + 1 - i) / (n * (n + 1))


def tied_rank_weights(ranks: np.ndarray, kernel: Callable[[int], np.ndarray]) -> np.ndarray:
    """Weights for ``ranks`` (1 = most important; ties allowed) from a positional ``kernel``.

    Items are sorted by rank (stable); each group of equal ranks takes the mean of
    the kernel weights of the positions it occupies.
    """
    ranks = np.asarray(ranks)
    n = ranks.size
    per_position = kernel(n)
    order = np.argsort(ranks, kind="stable")
    out = np.empty(n)
    start = 0
    while start < n:
        stop = start
        while stop + 1 < n and ranks[order[stop + 1]] == ranks[order[start]]:
            stop += 1
        out[order[start:stop + 1]] = per_position[start:stop + 1].mean()
        start = stop + 1
    return out


def normalise(points: np.ndarray) -> np.ndarray:
    """``points / sum(points)``; points whose sum overflows (near 1e308) are first divided by the largest."""
    with np.errstate(over="ignore"):
        total = points.sum()
    if not np.isfinite(total):
        points = points / points.max()
        total = points.sum()
    return points / total


# ----------------------------------------------------------------- wrappers
def _label(names: Mapping[str, str] | None, ident: str) -> str:
    return quoted_name(names.get(ident, ident) if names else ident)


def _frozen(
    method: WeightMethod, ids: Sequence[str], w: np.ndarray, notes: Sequence[Diagnostic] = ()
) -> ElicitedWeights:
    w = np.array(w, dtype=float)
    w.setflags(write=False)
    return ElicitedWeights(method, tuple(ids), w, tuple(notes))


def _values(values: Mapping[str, float], what: str, names: Mapping[str, str] | None) -> tuple[list[str], np.ndarray]:
    ids = list(values)
    if not ids:
        raise InvalidInputError(Phrase("there are no criteria to weight"))
    arr = np.empty(len(ids))
    for k, ident in enumerate(ids):
        try:
            v = float(values[ident])
        except (TypeError, ValueError):
            raise InvalidInputError(Phrase("the points of {criterion} must be a number" if what == "points" else
                                           "the swing rating of {criterion} must be a number",
                                           criterion=_label(names, ident))) from None
        if not math.isfinite(v) or v < 0:
            raise InvalidInputError(Phrase("the points of {criterion} must be a number of 0 or more" if what == "points" else
                                           "the swing rating of {criterion} must be a number of 0 or more",
                                           criterion=_label(names, ident)))
        arr[k] = v
    return ids, arr


def equal_weights(ids: Sequence[str]) -> ElicitedWeights:
    """``1 / n`` for each of ``ids``."""
    if not ids:
        raise InvalidInputError(Phrase("there are no criteria to weight"))
    return _frozen(WeightMethod.EQUAL, ids, np.full(len(ids), 1.0 / len(ids)))


def direct_weights(points: Mapping[str, float], names: Mapping[str, str] | None = None) -> ElicitedWeights:
    """Points divided by their sum.

    Raises
    ------
    InvalidInputError
        If a value is negative or not finite, or every value is 0.
    """
    ids, arr = _values(points, "points", names)
    if arr.max() <= 0:  # all are 0 or more, so this is "all are 0" (and cannot overflow as a sum can)
        raise InvalidInputError(Phrase("at least one criterion needs more than 0 points"))
    return _frozen(WeightMethod.DIRECT, ids, normalise(arr))


def swing_weights(ratings: Mapping[str, float], names: Mapping[str, str] | None = None) -> ElicitedWeights:
    """Swing weights: 0-100 ratings, the largest swing rated exactly 100, divided by their sum.

    Raises
    ------
    InvalidInputError
        If a rating is outside 0-100 or the highest rating is not 100.
    """
    ids, arr = _values(ratings, "swing rating", names)
    for ident, v in zip(ids, arr, strict=True):
        if v > SWING_TOP + 1e-9:
            raise InvalidInputError(
                Phrase("the swing rating of {criterion} must be between 0 and 100 (it is {value:g})",
                       criterion=_label(names, ident), value=float(v)))
    top = float(arr.max())
    if abs(top - SWING_TOP) > 1e-9:
        raise InvalidInputError(
            Phrase("the largest swing must be rated 100 and every other swing against it; the highest rating"
                   " here is {top:g}", top=top))
    notes = [
        Diagnostic(_SWING_ZERO, "info", Phrase("{criterion} has a swing rating of 0, so it gets no weight.",
                                               criterion=_label(names, ident)),
                   criterion_id=ident)
        for ident, v in zip(ids, arr, strict=True) if v == 0
    ]
    return _frozen(WeightMethod.SWING, ids, normalise(arr), notes)


def rank_weights(
    ranks: Mapping[str, int], method: WeightMethod, names: Mapping[str, str] | None = None
) -> ElicitedWeights:
    """ROC or rank-sum weights from ranks (1 = most important; ties allowed, see module notes).

    Parameters
    ----------
    ranks : mapping
        Identifier -> rank, a whole number of 1 or more.
    method : WeightMethod
        ``WeightMethod.ROC`` or ``WeightMethod.RANK_SUM``.
    names : mapping, optional
        Identifier -> display name for messages.
    """
    kernels = {WeightMethod.ROC: roc_kernel, WeightMethod.RANK_SUM: rank_sum_kernel}
    if method not in kernels:
        raise ValueError(f"{method} is not a rank-based method")  # programming error
    ids = list(ranks)
    if not ids:
        raise InvalidInputError(Phrase("there are no criteria to rank"))
    arr = np.empty(len(ids), dtype=np.int64)
    for k, ident in enumerate(ids):
        r = ranks[ident]
        if isinstance(r, bool) or not isinstance(r, (int, np.integer)) or r < 1:
            raise InvalidInputError(Phrase("the rank of {criterion} must be a whole number of 1 or more",
                                           criterion=_label(names, ident)))
        arr[k] = int(r)
    w = tied_rank_weights(arr, kernels[method])
    notes: list[Diagnostic] = []
    values, counts = np.unique(arr, return_counts=True)
    for v, c in zip(values, counts, strict=True):
        if c > 1:
            tied = comma_joined([_label(names, i) for i, r in zip(ids, arr, strict=True) if r == v])
            notes.append(Diagnostic(
                _RANK_TIES, "info", Phrase("{criteria} share rank {rank}, so they share the weights of their"
                                           " positions equally.", criteria=tied, rank=int(v))
            ))
    return _frozen(method, ids, w, notes)


def roc_weights(ranks: Mapping[str, int], names: Mapping[str, str] | None = None) -> ElicitedWeights:
    """Rank-order centroid weights (Barron & Barrett 1996); see :func:`rank_weights`."""
    return rank_weights(ranks, WeightMethod.ROC, names)


def rank_sum_weights(ranks: Mapping[str, int], names: Mapping[str, str] | None = None) -> ElicitedWeights:
    """Rank-sum weights; see :func:`rank_weights`."""
    return rank_weights(ranks, WeightMethod.RANK_SUM, names)


__all__ = [
    "SWING_TOP", "ElicitedWeights", "direct_weights", "equal_weights", "normalise", "rank_sum_kernel",
    "rank_sum_weights", "rank_weights", "roc_kernel", "roc_weights", "swing_weights", "tied_rank_weights",
]
