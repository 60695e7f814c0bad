"""Data-driven normalisations: turn one criterion's raw scores into 0-1 values.

Each kernel takes a 1-D float array (one entry per option; ``NaN`` marks a missing
score) and a ``cost`` flag (``True`` when lower raw numbers are better) and returns
a :class:`NormalizedColumn`: the values, the method actually applied, and any
diagnostics. The formulas follow the conventions of pymcdm 1.x
(Kizielewicz, Shekhovtsov & Sałabun 2023, "pymcdm - The universal library for
solving multi-criteria decision-making problems", SoftwareX 22, 101368), but the
names follow :class:`~counterweight.domain.decision.Normalization`; see
docs/methods.md for the correspondence and the cited sources.

Rules shared by every kernel:

* statistics (min, max, sums) use the scores that are present; a missing score
  gets 0.0, the worst value, and the caller reports it;
* a column that cannot be normalised by a ratio formula (a zero or negative score
  where the formula divides by it or would go below 0) falls back to min-max for
  that column, with a ``normalization_fallback`` warning;
* a constant column (all present scores equal, up to a relative 1e-12) cannot
  separate the options under min-max, so every present score gets 1.0 with a
  ``constant_column`` note. It then adds the same amount to every option and
  does not change the ranking;
* no kernel ever returns ``NaN`` or infinity; results lie in [0, 1].
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from counterweight.domain.decision import Normalization
from counterweight.engine.diagnostics import (
    CONSTANT_COLUMN,
    NO_DATA,
    NORMALIZATION_FALLBACK,
    Diagnostic,
    Severity,
)
from counterweight.engine.phrase import Phrase

_CONSTANT_RTOL = 1e-12


@dataclass(frozen=True)
class NormalizedColumn:
    """Result of normalising one column.

    Attributes
    ----------
    values : numpy.ndarray
        0-1 values, same length as the input; 0.0 where the input was missing.
    method : Normalization
        The normalisation actually applied (differs from the one asked for when
        the column fell back to min-max).
    diagnostics : tuple of Diagnostic
        Notes about constant columns, fallbacks or a column with no data.
    """

    values: np.ndarray
    method: Normalization
    diagnostics: tuple[Diagnostic, ...] = ()


def _prepare(x: np.ndarray | list[float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    arr = np.asarray(x, dtype=float)
    if arr.ndim != 1:
        raise ValueError(f"expected a 1-D array of scores, got shape {arr.shape}")
    present = np.isfinite(arr)
    return arr, present, arr[present]


def _finish(arr: np.ndarray, present: np.ndarray, out_present: np.ndarray) -> np.ndarray:
    out = np.zeros(arr.shape, dtype=float)
    out[present] = np.clip(out_present, 0.0, 1.0)  # guards rounding only
    return out


def _note(code: str, severity: Severity, message: str, criterion_id: str | None) -> Diagnostic:
    return Diagnostic(code=code, severity=severity, message=message, criterion_id=criterion_id)


def _no_data(arr: np.ndarray, method: Normalization, label: str, cid: str | None) -> NormalizedColumn:
    msg = Phrase("No option has a score on {criterion}, so every option gets the worst value (0) on it.",
                 criterion=label)
    return NormalizedColumn(np.zeros(arr.shape), method, (_note(NO_DATA, "warning", msg, cid),))


def min_max_normalization(
    x: np.ndarray | list[float], cost: bool = False, *, label: str = "this criterion",
    criterion_id: str | None = None,
) -> NormalizedColumn:
    """Min-max (interval) normalisation.

    Benefit: ``(x - min) / (max - min)``; cost: ``(max - x) / (max - min)``
    (Hwang & Yoon 1981, *Multiple Attribute Decision Making*, linear scale
    transformation; pymcdm ``minmax_normalization``).

    Parameters
    ----------
    x : array_like
        Raw scores, one per option; ``NaN`` for a missing score.
    cost : bool
        ``True`` if lower scores are better.
    label : str
        How to name the criterion in diagnostics, e.g. ``"'Cost'"``.
    criterion_id : str, optional
        Attached to any diagnostic.

    Returns
    -------
    NormalizedColumn
        Best present score gets 1, worst 0. A constant column gets 1.0 everywhere
        it is present, with a ``constant_column`` note.
    """
    arr, present, xs = _prepare(x)
    if xs.size == 0:
        return _no_data(arr, Normalization.MIN_MAX, label, criterion_id)
    lo, hi = float(xs.min()), float(xs.max())
    scale = max(abs(lo), abs(hi))
    if hi - lo <= _CONSTANT_RTOL * scale:
        msg = Phrase(
            "Every option has the same score on {criterion}, so it cannot tell the options apart;"
            " each option gets the full value (1) on it.", criterion=label,
        )
        return NormalizedColumn(
            _finish(arr, present, np.ones(xs.size)),
            Normalization.MIN_MAX,
            (_note(CONSTANT_COLUMN, "info", msg, criterion_id),),
        )
    # Dividing by the largest magnitude first keeps huge scores from overflowing.
    ys, ylo, yhi = xs / scale, lo / scale, hi / scale
    span = yhi - ylo
    out = (yhi - ys) / span if cost else (ys - ylo) / span
    return NormalizedColumn(_finish(arr, present, out), Normalization.MIN_MAX)


def _fallback(
    arr: np.ndarray, cost: bool, method: Normalization, reason: str, label: str, cid: str | None
) -> NormalizedColumn:
    mm = min_max_normalization(arr, cost, label=label, criterion_id=cid)
    msg = Phrase(
        "{criterion} {reason}, which the '{method}' normalisation cannot handle;"
        " min-max normalisation was used for this criterion instead.",
        criterion=f"{label[:1].upper()}{label[1:]}", reason=reason, method=Phrase.term(method.label),
    )
    return NormalizedColumn(
        mm.values, Normalization.MIN_MAX, (_note(NORMALIZATION_FALLBACK, "warning", msg, cid), *mm.diagnostics)
    )


def _ratio_problem(xs: np.ndarray, strictly_positive: bool) -> str | None:
    """Why a ratio formula cannot be used on ``xs`` (present scores), or ``None``."""
    lo, hi = float(xs.min()), float(xs.max())
    if lo < 0:
        return Phrase("has a negative score ({low:g})", low=lo)
    if hi == 0:
        return Phrase("has only zero scores")
    if strictly_positive and lo == 0:
        return Phrase("has a score of zero")
    return None


def _ratio_kernel(
    x: np.ndarray | list[float], cost: bool, method: Normalization, label: str, cid: str | None, *,
    strictly_positive: bool, formula: Callable[[np.ndarray], np.ndarray],
) -> NormalizedColumn:
    """The shape every ratio normalisation shares: no data, then fallback to min-max, then ``formula``."""
    arr, present, xs = _prepare(x)
    if xs.size == 0:
        return _no_data(arr, method, label, cid)
    problem = _ratio_problem(xs, strictly_positive=strictly_positive)
    if problem:
        return _fallback(arr, cost, method, problem, label, cid)
    return NormalizedColumn(_finish(arr, present, formula(xs)), method)


def max_normalization(
    x: np.ndarray | list[float], cost: bool = False, *, label: str = "this criterion",
    criterion_id: str | None = None,
) -> NormalizedColumn:
    """Ratio-to-best normalisation.

    Benefit: ``x / max``; cost: ``min / x`` (Hwang & Yoon 1981, linear scale
    transformation "max method"; the same formulas as pymcdm
    ``linear_normalization``). Needs non-negative scores with a positive maximum;
    the cost form needs every score strictly positive. Otherwise min-max is used
    for the column, with a ``normalization_fallback`` warning.

    Parameters and return value as for :func:`min_max_normalization`.
    """
    return _ratio_kernel(x, cost, Normalization.MAX, label, criterion_id, strictly_positive=cost,
                         formula=lambda xs: xs.min() / xs if cost else xs / xs.max())


def max_linear_normalization(
    x: np.ndarray | list[float], cost: bool = False, *, label: str = "this criterion",
    criterion_id: str | None = None,
) -> NormalizedColumn:
    """Ratio-to-maximum normalisation with a linear cost form.

    Benefit: ``x / max``; cost: ``1 - x / max`` (the same formulas as pymcdm
    ``max_normalization``). Needs non-negative scores with a positive maximum;
    otherwise min-max is used for the column, with a warning. Note that under the
    cost form the option with the largest score gets 0 but the best option does
    not necessarily get 1.

    Parameters and return value as for :func:`min_max_normalization`.
    """
    def formula(xs: np.ndarray) -> np.ndarray:
        ratio = xs / xs.max()
        return 1.0 - ratio if cost else ratio

    return _ratio_kernel(x, cost, Normalization.MAX_LINEAR, label, criterion_id, strictly_positive=False,
                         formula=formula)


def sum_normalization(
    x: np.ndarray | list[float], cost: bool = False, *, label: str = "this criterion",
    criterion_id: str | None = None,
) -> NormalizedColumn:
    """Share-of-total normalisation.

    Benefit: ``x / sum(x)``; cost: ``(1/x) / sum(1/x)`` (pymcdm
    ``sum_normalization``). Values in a column sum to 1 over the options that have
    a score. Needs non-negative scores with a positive total; the cost form needs
    every score strictly positive. Otherwise min-max is used, with a warning.

    Parameters and return value as for :func:`min_max_normalization`.
    """
    def formula(xs: np.ndarray) -> np.ndarray:
        # Rescaled forms of the same ratios, safe from overflow and underflow:
        # (1/x)/sum(1/x) == (min/x)/sum(min/x) and x/sum(x) == (x/max)/sum(x/max).
        r = xs.min() / xs if cost else xs / xs.max()
        return r / r.sum()

    return _ratio_kernel(x, cost, Normalization.SUM, label, criterion_id, strictly_positive=cost,
                         formula=formula)


def vector_normalization(
    x: np.ndarray | list[float], cost: bool = False, *, label: str = "this criterion",
    criterion_id: str | None = None,
) -> NormalizedColumn:
    """Vector (Euclidean) normalisation.

    Benefit: ``x / sqrt(sum(x**2))``; cost: ``1 - x / sqrt(sum(x**2))``
    (Hwang & Yoon 1981, vector normalisation as used in TOPSIS; pymcdm
    ``vector_normalization``). Needs non-negative scores with a positive maximum;
    otherwise min-max is used for the column, with a warning.

    Parameters and return value as for :func:`min_max_normalization`.
    """
    def formula(xs: np.ndarray) -> np.ndarray:
        r = xs / xs.max()  # scaled so the squares cannot overflow
        ratio = r / np.sqrt(np.sum(r * r))
        return 1.0 - ratio if cost else ratio

    return _ratio_kernel(x, cost, Normalization.VECTOR, label, criterion_id, strictly_positive=False,
                         formula=formula)


Kernel = Callable[..., NormalizedColumn]

#: The kernel for each data-driven normalisation.
KERNELS: dict[Normalization, Kernel] = {
    Normalization.MIN_MAX: min_max_normalization,
    Normalization.MAX: max_normalization,
    Normalization.MAX_LINEAR: max_linear_normalization,
    Normalization.SUM: sum_normalization,
    Normalization.VECTOR: vector_normalization,
}


def normalize(
    x: np.ndarray | list[float], method: Normalization, cost: bool = False, *,
    label: str = "this criterion", criterion_id: str | None = None,
) -> NormalizedColumn:
    """Apply the data-driven normalisation ``method`` to one column.

    Parameters
    ----------
    x : array_like
        Raw scores, one per option; ``NaN`` for missing.
    method : Normalization
        Any member except ``VALUE_FUNCTION`` (which needs the criterion's scale;
        see :mod:`counterweight.engine.value_functions`).
    cost : bool
        ``True`` if lower scores are better.
    label, criterion_id
        Used in diagnostics.

    Returns
    -------
    NormalizedColumn

    Raises
    ------
    ValueError
        If ``method`` is ``VALUE_FUNCTION``.
    """
    kernel = KERNELS.get(Normalization(method))
    if kernel is None:
        raise ValueError("value-function normalisation needs the criterion's scale; use value_functions")
    return kernel(x, cost, label=label, criterion_id=criterion_id)


__all__ = [
    "KERNELS",
    "NormalizedColumn",
    "max_linear_normalization",
    "max_normalization",
    "min_max_normalization",
    "normalize",
    "sum_normalization",
    "vector_normalization",
]
