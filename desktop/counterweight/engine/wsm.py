"""Weighted-sum model (WSM): the additive aggregation of 0-1 values.

The total of option *i* is ``sum_j w_j * v_ij`` where ``w_j`` are the global leaf
weights (summing to 1) and ``v_ij`` the 0-1 values (Fishburn 1967, "Additive
utilities with incomplete product set", *Operations Research* 15; Triantaphyllou
2000, *Multi-Criteria Decision Making Methods: A Comparative Study*, ch. 2). Each
term ``w_j * v_ij`` is the option's *contribution* from criterion *j*; the
contributions add up to the total, which is what the stacked-bar chart shows.
"""

from __future__ import annotations

import numpy as np


def weighted_sum(values: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Contributions and totals of the weighted-sum model.

    This is the unchecked kernel: it validates shapes only. Callers supply finite
    values and non-negative weights.

    Parameters
    ----------
    values : numpy.ndarray
        Shape ``(n_options, n_criteria)``.
    weights : numpy.ndarray
        Shape ``(n_criteria,)``.

    Returns
    -------
    contributions : numpy.ndarray
        ``values * weights`` broadcast over rows, shape ``(n_options, n_criteria)``.
    totals : numpy.ndarray
        Row sums of ``contributions``, shape ``(n_options,)``.

    Raises
    ------
    ValueError
        If the shapes do not match.
    """
    v = np.asarray(values, dtype=float)
    w = np.asarray(weights, dtype=float)
    if v.ndim != 2 or w.ndim != 1 or v.shape[1] != w.shape[0]:
        raise ValueError(f"values {v.shape} and weights {w.shape} do not match")
    contributions = v * w[np.newaxis, :]
    totals = contributions.sum(axis=1)
    return contributions, totals


__all__ = ["weighted_sum"]
