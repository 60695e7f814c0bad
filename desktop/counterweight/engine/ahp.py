"""Analytic Hierarchy Process: priorities and consistency from pairwise judgements.

The analyst says, for every pair of sibling criteria, how many times more important
the first is than the second on Saaty's 1-9 scale (or the reciprocal, 1/9-1). The
judgements fill a positive reciprocal matrix ``A`` (``a_ji = 1 / a_ij``, ``a_ii = 1``).

* **Priorities** are the principal right eigenvector of ``A`` normalised to sum 1
  (Saaty 1977; Saaty 1980), or, on request, the normalised geometric means of the
  rows (Crawford & Williams 1985).
* **lambda_max** is always the principal (Perron) eigenvalue of ``A``, whichever
  priority method was chosen; ``CI = (lambda_max - n) / (n - 1)`` and
  ``CR = CI / RI(n)`` with a random-index table (default: Saaty 1980, and Saaty
  2005 for 11 to 15 criteria). ``n <= 2`` gives ``CR = 0``. A CR above 0.10 is
  flagged (Saaty 1980). Beyond 15 there is no RI, so no CR: ``acceptable`` is
  ``None`` (cannot be checked) unless CI = 0, and a warning gives CI and Saaty's
  advice to compare at most about seven elements at a time (Saaty & Ozdemir 2003,
  *Mathematical and Computer Modelling* 38: 233-244).
* **Pinpointing**: for each judgement ``a_ij`` the ratio ``e_ij = a_ij * w_j / w_i``
  is 1 when the judgement agrees with the derived priorities. Judgements are ranked
  by ``|ln e_ij|``; for each, the value that would agree, ``w_i / w_j``, is snapped to
  the nearest Saaty scale value (nearest on a log scale) and the CR the matrix would
  have with that one judgement replaced is reported. This follows the way Saaty
  suggests improving consistency: find the judgement whose ratio ``e_ij`` is
  furthest from 1 and revise it towards ``w_i / w_j`` (Saaty 2003, EJOR 145).

The scale, the random-index tables and the kernels, which take arrays and do not check
them, are in :mod:`counterweight.engine.ahp_scale`; :func:`ahp_weights` validates
judgements given by identifier and returns an :class:`AhpResult`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

import numpy as np

from counterweight.domain.elicitation import WeightMethod
from counterweight.domain.errors import InvalidInputError
from counterweight.domain.shown_numbers import fixed
from counterweight.engine.ahp_scale import (
    SAATY_1980,
    SAATY_2005,
    RandomIndexTable,
    consistency_index,
    consistency_ratio,
    format_saaty,
    geometric_mean_priorities,
    inconsistency_ratios,
    principal_eigen,
    snap_to_saaty,
)
from counterweight.engine.diagnostics import Diagnostic
from counterweight.engine.phrase import Phrase, quoted_name

Priority = Literal["eigenvector", "geometric_mean"]
PRIORITY_METHODS: tuple[Priority, ...] = ("eigenvector", "geometric_mean")


#: Saaty's CR threshold: judgements with a larger CR should be revisited (Saaty 1980).
CR_THRESHOLD = 0.10

_TOL = 1e-9
#: CI at most this counts as 0 (eigenvalue rounding noise): every judgement agrees with the weights.
_CI_NOISE = 1e-9
_AHP_INCONSISTENT = "ahp_inconsistent"
_AHP_CR_UNAVAILABLE = "ahp_cr_unavailable"
_AHP_LATER_RI = "ahp_later_random_index"


# ----------------------------------------------------------------- results
@dataclass(frozen=True)
class JudgementCheck:
    """How well one judgement agrees with the priorities derived from all of them.

    Attributes
    ----------
    first, second : str
        Identifiers, in the orientation the analyst gave.
    value : float
        The judgement: ``first`` is ``value`` times as important as ``second``.
    ratio : float
        ``e = value * w_second / w_first``; 1 means full agreement.
    deviation : float
        ``|ln ratio|``; judgements are ranked by it, largest first.
    consistent_value : float
        ``w_first / w_second``: the value that would agree with the priorities.
    suggestion : float
        ``consistent_value`` snapped to the nearest Saaty scale value.
    cr_if_changed : float or None
        The CR with this one judgement replaced by ``suggestion`` (None when the
        matrix is too large for the RI table).
    """

    first: str
    second: str
    value: float
    ratio: float
    deviation: float
    consistent_value: float
    suggestion: float
    cr_if_changed: float | None


@dataclass(frozen=True)
class AhpResult:
    """Priorities of one set of siblings from pairwise judgements, with diagnostics.

    ``weights`` follow ``ids`` and sum to 1. ``cr`` is None only when ``n`` is beyond
    the RI table; ``acceptable`` is then None too (the consistency cannot be
    checked) unless CI is 0. ``judgements`` are ranked from least to most consistent
    with the priorities (largest deviation first).
    """

    ids: tuple[str, ...]
    matrix: np.ndarray
    weights: np.ndarray
    priority: Priority
    lambda_max: float
    ci: float
    ri: float | None
    cr: float | None
    ri_table: RandomIndexTable
    judgements: tuple[JudgementCheck, ...]
    diagnostics: tuple[Diagnostic, ...] = field(default=())
    method: WeightMethod = WeightMethod.AHP

    @property
    def acceptable(self) -> bool | None:
        """Whether CR is at most :data:`CR_THRESHOLD`; ``None`` when there is no CR (QA 23 item 8: was ``True``).

        With no CR, CI = 0 still says ``True``: every judgement agrees, so CR would be 0 with any RI.
        """
        if self.cr is None:
            return True if self.ci <= _CI_NOISE else None
        return self.cr <= CR_THRESHOLD + 1e-12

    def as_dict(self) -> dict[str, float]:
        """Identifier -> weight."""
        return {i: float(w) for i, w in zip(self.ids, self.weights, strict=True)}

    def most_inconsistent(self, count: int = 3) -> tuple[JudgementCheck, ...]:
        """The ``count`` judgements that agree least, ignoring ones already in agreement."""
        return tuple(j for j in self.judgements if j.deviation > 1e-9)[:count]


# ----------------------------------------------------------------- wrapper
def _label(names: Mapping[str, str] | None, ident: str) -> str:
    return quoted_name(names.get(ident, ident) if names else ident)


def build_matrix(
    ids: Sequence[str],
    judgements: Iterable[tuple[str, str, float]],
    names: Mapping[str, str] | None = None,
) -> tuple[np.ndarray, list[tuple[int, int]]]:
    """The reciprocal matrix for ``ids`` from ``(first, second, value)`` judgements.

    Returns the matrix and the index pairs in the orientation given. Raises
    :class:`InvalidInputError` naming the criteria for an unknown identifier, a
    self-comparison, a value off the 1/9-9 scale, two contradicting judgements of
    one pair, or a pair with no judgement.
    """
    index = {ident: k for k, ident in enumerate(ids)}
    if len(index) != len(ids):
        raise ValueError("identifiers must be unique")  # programming error
    n = len(ids)
    a = np.full((n, n), np.nan)
    np.fill_diagonal(a, 1.0)
    pairs: list[tuple[int, int]] = []
    for first, second, value in judgements:
        for ident in (first, second):
            if ident not in index:
                raise InvalidInputError(
                    Phrase("a pairwise judgement refers to {criterion}, which is not one of the criteria being weighted",
                           criterion=_label(names, ident)))
        i, j = index[first], index[second]
        what = Phrase("the judgement {first} vs {second}", first=_label(names, first), second=_label(names, second))
        if i == j:
            raise InvalidInputError(Phrase("{judgement} compares a criterion with itself", judgement=what))
        v = float(value)
        if not math.isfinite(v) or v < 1 / 9 - _TOL or v > 9 + _TOL:
            raise InvalidInputError(Phrase("{judgement} must be between 1/9 and 9 (it is {value:g})", judgement=what, value=v))
        if not np.isnan(a[i, j]):
            if abs(math.log(a[i, j]) - math.log(v)) > 1e-9:
                raise InvalidInputError(
                    Phrase("{judgement} is given twice with different values ({one} and {other})", judgement=what,
                           one=format_saaty(a[i, j]), other=format_saaty(v)))
            continue
        a[i, j], a[j, i] = v, 1.0 / v
        pairs.append((i, j))
    missing = [(i, j) for i in range(n) for j in range(i + 1, n) if np.isnan(a[i, j])]
    if missing:
        i, j = missing[0]
        total = n * (n - 1) // 2
        raise InvalidInputError(
            Phrase("no judgement compares {first} with {second} ({n} of {total} comparisons are missing); AHP needs "
                   "every pair", first=_label(names, ids[i]), second=_label(names, ids[j]), n=len(missing), total=total))
    return a, pairs


def _cr_unavailable(n: int, ci: float, table: RandomIndexTable) -> Diagnostic:
    """The ``ahp_cr_unavailable`` note: no RI for ``n`` criteria, so no CR; what CI says instead."""
    if ci <= _CI_NOISE:
        return Diagnostic(_AHP_CR_UNAVAILABLE, "info", Phrase(
            "There is no random index for {n} criteria, so no consistency ratio, but none is needed: every"
            " judgement agrees with the weights (consistency index 0).", n=n))
    return Diagnostic(_AHP_CR_UNAVAILABLE, "warning", Phrase(
        "The consistency of these judgements cannot be checked: the {table} random-index table stops at {last}"
        " criteria, so there is no consistency ratio for {n}. Their consistency index is CI {ci:.3f} (0 when every"
        " judgement agrees). Saaty advises comparing at most about seven criteria at a time (Saaty & Ozdemir"
        " 2003): group them under a few headings and weight each group on its own.",
        table=table.name, last=len(table.values), n=n, ci=float(fixed(ci, 3))))  # its .3f: a half as the window rounds it


def _checks(
    ids: Sequence[str], a: np.ndarray, w: np.ndarray, pairs: Sequence[tuple[int, int]], table: RandomIndexTable
) -> list[JudgementCheck]:
    e = inconsistency_ratios(a, w)
    out: list[JudgementCheck] = []
    for i, j in pairs:
        consistent = float(w[i] / w[j])
        suggestion = snap_to_saaty(consistent)
        changed = a.copy()
        changed[i, j], changed[j, i] = suggestion, 1.0 / suggestion
        out.append(JudgementCheck(
            first=ids[i], second=ids[j], value=float(a[i, j]), ratio=float(e[i, j]),
            deviation=abs(math.log(e[i, j])), consistent_value=consistent, suggestion=suggestion,
            cr_if_changed=consistency_ratio(changed, table),
        ))
    out.sort(key=lambda c: -c.deviation)  # stable: ties keep the order given
    return out


def ahp_weights(
    ids: Sequence[str],
    judgements: Iterable[tuple[str, str, float]],
    *,
    priority: Priority = "eigenvector",
    ri_table: RandomIndexTable | None = None,
    names: Mapping[str, str] | None = None,
) -> AhpResult:
    """AHP priorities, consistency and pinpointing for one set of siblings.

    Parameters
    ----------
    ids : sequence of str
        The criteria being compared, in display order.
    judgements : iterable of (first, second, value)
        ``first`` is ``value`` times as important as ``second`` (1/9 .. 9). Every
        pair must be judged once, in either orientation.
    priority : {"eigenvector", "geometric_mean"}
        How priorities are derived; lambda_max, CI and CR always use the principal
        eigenvalue.
    ri_table : RandomIndexTable, optional
        Random index for the CR. By default :data:`SAATY_1980`, and for 11 to 15
        criteria, which that table does not reach, :data:`SAATY_2005` (with a note);
        beyond 15 the result names :data:`SAATY_2005`, which has no RI there either.
    names : mapping, optional
        Identifier -> display name, used in error messages and diagnostics.

    Returns
    -------
    AhpResult

    Raises
    ------
    InvalidInputError
        For an empty list, unknown identifiers, values off the scale,
        contradicting duplicates, or missing pairs (the message names the pair).
    """
    if priority not in PRIORITY_METHODS:
        raise ValueError(f"unknown priority method {priority!r}")
    ids = tuple(ids)
    if not ids:
        raise InvalidInputError(Phrase("there are no criteria to compare"))
    a, pairs = build_matrix(ids, judgements, names)
    n = len(ids)
    lam, w_eig = principal_eigen(a)
    w = w_eig if priority == "eigenvector" else geometric_mean_priorities(a)
    ci = consistency_index(lam, n)
    notes: list[Diagnostic] = []
    if ri_table is None:
        ri_table = SAATY_1980
        if ri_table.ri(n) is None:  # beyond 15 neither reaches: the later, longer table is the one named
            ri_table = SAATY_2005
        if ri_table is SAATY_2005 and ri_table.ri(n) is not None:
            notes.append(Diagnostic(
                _AHP_LATER_RI, "info",
                Phrase("With {n} criteria the random index comes from Saaty's later table (Saaty 2005): "
                       "the 1980 table stops at {last}.", n=n, last=len(SAATY_1980.values)),
            ))
    ri = ri_table.ri(n)
    cr = 0.0 if n <= 2 else (ci / ri if ri else None)
    checks = _checks(ids, a, w, pairs, ri_table)
    if cr is None:
        notes.append(_cr_unavailable(n, ci, ri_table))
    elif cr > CR_THRESHOLD + 1e-12 and checks:
        worst = checks[0]
        notes.append(Diagnostic(
            _AHP_INCONSISTENT, "warning",
            Phrase("The pairwise judgements are inconsistent: CR {cr:.3f} is above {limit:.2f}. The judgement"
                   " that fits the others least is {first} vs {second} ({value}; about {suggestion} would fit).",
                   cr=float(fixed(cr, 3)), limit=CR_THRESHOLD, first=_label(names, worst.first), second=_label(names, worst.second),
                   value=format_saaty(worst.value), suggestion=format_saaty(worst.suggestion)),
            criterion_id=worst.first,
        ))
    a.setflags(write=False)
    w = np.array(w, dtype=float)
    w.setflags(write=False)
    return AhpResult(ids, a, w, priority, lam, ci, ri, cr, ri_table, tuple(checks), tuple(notes))


__all__ = [
    "CR_THRESHOLD", "PRIORITY_METHODS", "AhpResult", "JudgementCheck", "Priority", "ahp_weights", "build_matrix",
]
