"""Ranking of totals, best first, with ties.

Rules (see docs/methods.md):

* Two totals ``a`` and ``b`` are tied when ``|a - b| <= atol + rtol * max(|a|, |b|)``
  with ``rtol = atol = 1e-9``, so floating-point noise never separates options
  that are equal on paper.
* Tied options share the best rank of their group and the next group's rank skips
  accordingly ("standard competition" or "1224" ranking).
* Options are grouped after sorting from best to worst: an option joins the current
  tie group when it is within tolerance of the group's *first* (best) member, so a
  group never spans more than the tolerance, even if a chain of small differences
  would otherwise link many options.
* Within a tie group, options are listed in the order of the decision's option
  list.

Numbers in a criterion's own units (red-line limits, scores compared for dominance
or a constant column) use the relative part only, :func:`same_in_units`: the
absolute ``atol`` suits 0-1 totals, but in raw units it would depend on the unit
chosen (a risk of 1.9e-9 was "equal" to a limit of 1e-9; QA pass 23).
"""

from __future__ import annotations

import numpy as np

RTOL = 1e-9
ATOL = 1e-9


def is_tie(a: float, b: float, rtol: float = RTOL, atol: float = ATOL) -> bool:
    """Whether two totals count as equal: ``|a - b| <= atol + rtol * max(|a|, |b|)``."""
    return abs(a - b) <= atol + rtol * max(abs(a), abs(b))


def tie_mask(a: float, b: np.ndarray) -> np.ndarray:
    """:func:`is_tie` of ``a`` with each of ``b``, element-wise (the same rule, for many totals at once)."""
    return np.abs(a - b) <= ATOL + RTOL * np.maximum(np.abs(a), np.abs(b))


def unit_tolerance(magnitude: float | np.ndarray) -> float | np.ndarray:
    """How far apart two numbers in a criterion's own units of about ``magnitude`` may be and still count as equal.

    ``RTOL * |magnitude|``, relative only, so the verdict does not depend on the unit the
    criterion is measured in (the same decision in kg or tonnes, per million or per
    billion, gets the same answer). :data:`ATOL` is left out: it stands for rounding
    noise in 0-1 totals and means nothing in a criterion's units.
    """
    return RTOL * np.abs(magnitude)


def same_in_units(a: float | np.ndarray, b: float | np.ndarray) -> np.bool_ | np.ndarray:
    """Whether two numbers in a criterion's own units count as equal: ``|a - b| <= RTOL * max(|a|, |b|)``.

    Works element-wise on arrays. Rounding noise (``0.1 + 0.2`` against ``0.3``) counts as
    equal; any real difference, however small the numbers, does not (1e-10 and 9e-10 are
    not equal). Two zeros are equal; zero and any other number are not.
    """
    return np.abs(np.subtract(a, b)) <= unit_tolerance(np.maximum(np.abs(a), np.abs(b)))


def competition_ranks(
    totals: np.ndarray, rtol: float = RTOL, atol: float = ATOL
) -> tuple[np.ndarray, np.ndarray]:
    """Ranks (1 = best) and best-first display order of ``totals``.

    Parameters
    ----------
    totals : numpy.ndarray
        One total per option, higher is better, all finite.
    rtol, atol : float
        Tie tolerance (see :func:`is_tie`).

    Returns
    -------
    ranks : numpy.ndarray of int
        ``ranks[i]`` is option *i*'s rank; ties share the best rank ("1224").
    order : numpy.ndarray of int
        Option indices best first; tied options in index order.
    """
    t = np.asarray(totals, dtype=float)
    n = t.shape[0]
    ranks = np.zeros(n, dtype=int)
    if n == 0:
        return ranks, np.zeros(0, dtype=int)
    by = np.argsort(-t, kind="stable")
    if n > 1 and np.isfinite(t).all():
        # Fast path, same result: when no two neighbours in sorted order tie, every
        # group is a single option (the loop below would compare exactly these pairs).
        s = t[by]
        a, b = s[:-1], s[1:]
        if not (np.abs(a - b) <= atol + rtol * np.maximum(np.abs(a), np.abs(b))).any():
            ranks[by] = np.arange(1, n + 1)
            return ranks, by.astype(int)
    by_total = by.tolist()
    vals = t.tolist()
    order: list[int] = []
    start = 0
    while start < n:
        leader = vals[by_total[start]]
        end = start + 1
        while end < n:  # is_tie(leader, next), inlined: this loop runs for every option
            b = vals[by_total[end]]
            if abs(leader - b) > atol + rtol * max(abs(leader), abs(b)):
                break
            end += 1
        group = sorted(by_total[start:end])
        ranks[group] = start + 1
        order.extend(group)
        start = end
    return ranks, np.array(order, dtype=int)


def first_in_order(totals: np.ndarray, rtol: float = RTOL, atol: float = ATOL) -> int | None:
    """``competition_ranks(totals)[1][0]`` without ranking the rest: the best option, first among ties.

    Returns ``None`` for no totals.
    """
    t = np.asarray(totals, dtype=float)
    n = t.shape[0]
    if n == 0:
        return None
    if not np.isfinite(t).all():
        return int(competition_ranks(t, rtol, atol)[1][0])
    by = np.argsort(-t, kind="stable")
    s = t[by]
    leader = s[0]
    tied = np.abs(leader - s) <= atol + rtol * np.maximum(np.abs(leader), np.abs(s))
    # the leader's group runs up to the first option in sorted order that is not tied with it
    end = int(np.argmin(tied)) if not tied.all() else n
    return int(by[:end].min())


__all__ = [
    "ATOL", "RTOL", "competition_ranks", "first_in_order", "is_tie", "same_in_units", "tie_mask", "unit_tolerance"]
