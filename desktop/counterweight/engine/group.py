"""Group aggregation kernels: combine several analysts' numbers into one.

Scores and weights are combined value by value with the arithmetic mean, the
median or the geometric mean. AHP judgements are combined either before or after
priorities are derived (Forman & Peniwati 1998, "Aggregating individual judgments
and priorities with the Analytic Hierarchy Process", EJOR 108: 165-169):

* AIJ, aggregation of individual judgements: the element-wise geometric mean of
  the analysts' reciprocal matrices (which is again reciprocal), then priorities
  from that matrix.
* AIP, aggregation of individual priorities: each analyst's priority vector,
  then the geometric mean per criterion, normalised to sum 1.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np

from counterweight.domain.errors import InvalidInputError
from counterweight.engine.ahp import Priority, ahp_weights

METHODS = ("mean", "median", "geometric_mean")


def aggregate(values: Sequence[float], method: str, *, what: str = "the values") -> float:
    """Combine ``values`` into one number.

    Parameters
    ----------
    values : sequence of float
        At least one value.
    method : {"mean", "median", "geometric_mean"}
        The geometric mean is ``exp(mean(log x))``; it is 0 when any value is 0 (its
        limit) and undefined for negative values.
    what : str
        Names the values in the error message.

    Raises
    ------
    InvalidInputError
        The geometric mean of a negative value was asked for.
    """
    if not values:
        raise ValueError("nothing to aggregate")  # programming error
    x = np.asarray(values, dtype=float)
    if method == "mean":
        return float(x.mean())
    if method == "median":
        return float(np.median(x))
    if method == "geometric_mean":
        if (x < 0).any():
            raise InvalidInputError(
                f"the geometric mean of {what} cannot be taken: some are below zero."
                " Choose the mean or the median for the group."
            )
        if (x == 0).any():
            return 0.0
        return float(np.exp(np.log(x).mean()))
    raise ValueError(f"unknown aggregation {method!r}")


def spread(values: Sequence[float]) -> tuple[float, float | None]:
    """Range and coefficient of variation of ``values``.

    Parameters
    ----------
    values : sequence of float
        At least one value.

    Returns
    -------
    tuple of (float, float or None)
        The range ``max - min`` and the coefficient of variation, the population
        standard deviation over the absolute mean. Equal values give a CV of 0 (full
        agreement, whatever the mean, 0 included). When the values differ but their
        mean is 0 (some below zero, some above) the CV is undefined and ``None`` is
        returned; the caller then shows the range.
    """
    x = np.asarray(values, dtype=float)
    rng = float(x.max() - x.min())
    if rng == 0.0:
        return 0.0, 0.0
    mean = float(x.mean())
    if abs(mean) <= 1e-12 * float(np.abs(x).max()):
        return rng, None
    return rng, float(x.std() / abs(mean))


def aij_priorities(
    ids: Sequence[str],
    judgement_sets: Iterable[Iterable[tuple[str, str, float]]],
    *,
    priority: Priority = "eigenvector",
    names: dict[str, str] | None = None,
) -> tuple[dict[tuple[str, str], float], np.ndarray]:
    """AIJ: the geometric-mean judgements (pair -> value, for ``ids[i]`` vs ``ids[j]``, i < j) and their priorities."""
    logs: list[np.ndarray] = []
    for judgements in judgement_sets:
        a = ahp_weights(ids, judgements, priority=priority, names=names).matrix
        logs.append(np.log(a))
    if not logs:
        raise ValueError("no judgements to aggregate")  # programming error
    g = np.exp(np.mean(logs, axis=0))
    n = len(ids)
    pairs = {(ids[i], ids[j]): float(g[i, j]) for i in range(n) for j in range(i + 1, n)}
    result = ahp_weights(ids, [(a, b, v) for (a, b), v in pairs.items()], priority=priority, names=names)
    return pairs, np.asarray(result.weights, dtype=float)


def aip_priorities(
    ids: Sequence[str],
    judgement_sets: Iterable[Iterable[tuple[str, str, float]]],
    *,
    priority: Priority = "eigenvector",
    names: dict[str, str] | None = None,
) -> np.ndarray:
    """AIP: geometric mean of each analyst's priorities, normalised to sum 1."""
    logs = [np.log(np.asarray(ahp_weights(ids, j, priority=priority, names=names).weights, dtype=float))
            for j in judgement_sets]
    if not logs:
        raise ValueError("no judgements to aggregate")  # programming error
    g = np.exp(np.mean(logs, axis=0))
    return g / g.sum()


__all__ = ["METHODS", "aggregate", "aij_priorities", "aip_priorities", "spread"]
