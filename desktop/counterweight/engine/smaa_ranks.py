"""Ranks of the SMAA-2 draws: each row's best-first order and its ties, under the engine's tie rule.

Moved out of :mod:`counterweight.engine.smaa` (which re-exports :func:`ranks_in_order`).
:func:`first_mask` says which options rank first in each row, for the counts that
need it draw by draw (:mod:`counterweight.engine.smaa_red_lines`).
"""

from __future__ import annotations

import numpy as np

from counterweight.engine.ranking import ATOL, RTOL


def sort_and_ties(
    totals: np.ndarray, work: np.ndarray | None = None, *, inplace: bool = False
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Best-first order of every row, the rows holding a tie, and the ranks of those rows.

    ``work`` is an optional scratch array of at least ``(size, n)`` floats, reused
    from block to block (fresh large arrays cost page faults). With ``inplace``
    the rows of ``totals`` are left sorted.
    """
    size, n = totals.shape
    ascending = np.argsort(totals, axis=1)
    order = ascending[:, ::-1]
    none = np.zeros(0, dtype=np.intp)
    if n < 2:
        return order, none, np.zeros((0, n), dtype=np.intp)
    if work is None or work.shape[0] < size or work.shape[1] < n - 1:
        work = np.empty((size, n - 1))
    s = totals if inplace else totals.copy()
    s.sort(axis=1)  # = totals in ``ascending`` order; cheaper than gathering them
    gaps = np.subtract(s[:, 1:], s[:, :-1], out=work[:size, : n - 1])  # >= 0
    bound = ATOL + RTOL * max(abs(float(s[:, -1].max())), abs(float(s[:, 0].min())))
    if float(gaps.min()) > bound:  # no two totals anywhere in the block are within the tolerance
        return order, none, np.zeros((0, n), dtype=np.intp)
    rows = np.flatnonzero((gaps <= bound).any(axis=1))
    new = np.empty((rows.size, n), dtype=bool)
    new[:, 0] = True
    np.greater(gaps[rows][:, ::-1], ATOL + RTOL * np.abs(s[rows][:, :0:-1]), out=new[:, 1:])
    keep = ~new[:, 1:].all(axis=1)
    pos = np.where(new[keep], np.arange(n), 0)
    return order, rows[keep], np.maximum.accumulate(pos, axis=1) + 1


def ranks_in_order(totals: np.ndarray) -> tuple[np.ndarray, np.ndarray | None]:
    """Per row: option indices best first, and the competition rank at each position.

    Totals within ``ATOL + RTOL * |a|`` of the previous one in sorted order share
    its rank (the engine's tie rule applied to neighbours).

    Returns
    -------
    order : numpy.ndarray of int, shape ``(size, n)``
        The order within a tie is unspecified (it does not affect any count).
    rank : numpy.ndarray of int, shape ``(size, n)``, or None
        ``rank[s, p]`` is the rank of option ``order[s, p]``; ``None`` when no row
        has a tie, so that every rank is simply ``p + 1``.
    """
    order, rows, tied = sort_and_ties(totals)
    if not rows.size:
        return order, None
    rank = np.tile(np.arange(1, totals.shape[1] + 1), (totals.shape[0], 1))
    rank[rows] = tied
    return order, rank


def first_mask(order: np.ndarray, rows: np.ndarray, tied: np.ndarray) -> np.ndarray:
    """``(size, n)`` bool: which options rank first in each row, from :func:`sort_and_ties`'s output.

    Exactly the draws counted in the rank-1 column of the rank acceptabilities: the
    option at the head of each row, and in a row holding a tie every option of rank 1.
    """
    size, n = order.shape
    first = np.zeros((size, n), dtype=bool)
    if not n:
        return first
    first[np.arange(size), order[:, 0]] = True
    if rows.size:
        first[rows] = False
        r, p = np.nonzero(tied == 1)
        first[rows[r], order[rows[r], p]] = True
    return first


def acceptability_order(acceptability: np.ndarray) -> list[int]:
    """Rows best first: most first ranks, then most second ranks, and so on (ties: original order).

    The order of the rank acceptability chart, of the window's table beside it and of the brief's table
    (QA 31 item 7: the brief sorted by first ranks alone, then by name, unlike its chart).
    """
    a = np.asarray(acceptability, dtype=float)
    if a.size == 0:
        return []
    keys = tuple(-a[:, r] for r in range(a.shape[1] - 1, -1, -1))  # the last key sorts first
    return [int(i) for i in np.lexsort((np.arange(a.shape[0]), *keys))]


__all__ = ["acceptability_order", "first_mask", "ranks_in_order", "sort_and_ties"]
