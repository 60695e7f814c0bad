"""Value functions: the value (0 = worst, 1 = best) of a score on its criterion's scale.

This is the default way Counterweight makes scores comparable (``Normalization.
VALUE_FUNCTION``). Unlike the data-driven normalisations it does not depend on the
other options: a score's value is fixed by the scale the analyst defined, so adding
or removing an option never changes another option's values (Belton & Stewart
2002, *Multiple Criteria Decision Analysis: An Integrated Approach*; DCLG 2009,
*Multi-criteria analysis: a manual*).

* Numeric scale, no breakpoints: linear between the bounds. Higher-is-better:
  ``(x - lower) / (upper - lower)``; lower-is-better: ``(upper - x) / (upper - lower)``.
* Numeric scale with breakpoints: piecewise-linear through the points
  ``(x_k, value_k / 100)``; the breakpoint values already express the preference
  direction, so the criterion's direction is not applied again.
* Qualitative scale: the level's value divided by 100.

Scores outside the scale (the domain model rejects them, but the functions do not
rely on that) are clamped to the nearest bound. Missing scores (``NaN``) give 0.
Bounds so far apart that ``upper - lower`` overflows (near ±1.8e308) are halved,
with the scores, before subtracting: the same ratio, computed without overflow.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from counterweight.domain.elements import Direction, Score
from counterweight.domain.scales import Breakpoint, NumericScale, QualitativeScale


def linear_value(
    x: np.ndarray | float, lower: float, upper: float, direction: Direction = Direction.HIGHER_BETTER
) -> np.ndarray:
    """Linear value between two bounds.

    Parameters
    ----------
    x : array_like
        Scores.
    lower, upper : float
        Scale bounds, ``lower < upper``.
    direction : Direction
        Which bound is best: ``upper`` for higher-is-better, ``lower`` otherwise.

    Returns
    -------
    numpy.ndarray
        Values in [0, 1]; ``NaN`` stays ``NaN`` (callers replace it).
    """
    arr = np.asarray(x, dtype=float)
    lower, upper = float(lower), float(upper)
    span = upper - lower
    if not np.isfinite(span):  # bounds near the float limit (e.g. ±1e308): halve all, so nothing overflows
        arr, lower, upper = arr / 2, lower / 2, upper / 2
        span = upper - lower
    if Direction(direction) is Direction.HIGHER_BETTER:
        v = (arr - lower) / span
    else:
        v = (upper - arr) / span
    return np.clip(v, 0.0, 1.0)


def piecewise_value(x: np.ndarray | float, breakpoints: Sequence[Breakpoint]) -> np.ndarray:
    """Piecewise-linear value through breakpoints.

    Parameters
    ----------
    x : array_like
        Scores.
    breakpoints : sequence of Breakpoint
        At least two, in strictly increasing ``x``; ``value`` on 0-100.

    Returns
    -------
    numpy.ndarray
        ``value / 100`` interpolated linearly between neighbouring breakpoints and
        held constant beyond the first and last; ``NaN`` stays ``NaN``.
    """
    xs = np.array([b.x for b in breakpoints], dtype=float)
    vs = np.array([b.value for b in breakpoints], dtype=float) / 100.0
    arr = np.asarray(x, dtype=float)
    out = np.interp(arr, xs, vs)
    return np.where(np.isnan(arr), np.nan, out)


def level_values(scale: QualitativeScale) -> dict[str, float]:
    """Map each level label (case-folded) to its 0-100 value."""
    return {lv.label.casefold(): float(lv.value) for lv in scale.levels}


def raw_number(score: Score | None, scale: NumericScale | QualitativeScale) -> float:
    """The number the engine works with for one score.

    A numeric score's ``value``; a qualitative score's level value on 0-100.
    ``NaN`` when the score is missing (no value and no level, or an unknown level).
    """
    if score is None:
        return float("nan")
    if isinstance(scale, QualitativeScale):
        if score.level is None:
            return float("nan")
        lv = scale.level(score.level)
        return float("nan") if lv is None else float(lv.value)
    return float("nan") if score.value is None else float(score.value)


def value_column(
    raw: np.ndarray, scale: NumericScale | QualitativeScale, direction: Direction = Direction.HIGHER_BETTER
) -> np.ndarray:
    """Values of a whole column of raw numbers (see :func:`raw_number`).

    Parameters
    ----------
    raw : numpy.ndarray
        Numeric scores, or level values on 0-100 for a qualitative scale; ``NaN``
        where the score is missing.
    scale : NumericScale or QualitativeScale
        The criterion's scale.
    direction : Direction
        The criterion's direction (used by the linear function only).

    Returns
    -------
    numpy.ndarray
        Values in [0, 1], 0.0 where the score is missing.
    """
    arr = np.asarray(raw, dtype=float)
    if isinstance(scale, QualitativeScale):
        v = np.clip(arr / 100.0, 0.0, 1.0)
    elif scale.breakpoints:
        v = piecewise_value(arr, scale.breakpoints)
    else:
        v = linear_value(arr, scale.lower, scale.upper, direction)
    return np.where(np.isnan(v), 0.0, v)


def value_matrix(
    raw: np.ndarray,
    scales: Sequence[NumericScale | QualitativeScale],
    directions: Sequence[Direction],
) -> np.ndarray:
    """Values of a whole ``(n_options, n_criteria)`` matrix at once.

    Gives exactly what :func:`value_column` gives column by column, but handles all
    linear and all qualitative columns in single array operations.

    Parameters
    ----------
    raw : numpy.ndarray
        Raw numbers (see :func:`raw_number`), ``NaN`` where missing.
    scales, directions : sequences
        One scale and one direction per column.

    Returns
    -------
    numpy.ndarray
        Values in [0, 1], 0.0 where the score is missing.
    """
    arr = np.asarray(raw, dtype=float)
    if arr.ndim != 2 or arr.shape[1] != len(scales) or len(scales) != len(directions):
        raise ValueError(f"raw matrix {arr.shape} does not match {len(scales)} scales")
    out = np.zeros(arr.shape)
    linear = [j for j, sc in enumerate(scales) if isinstance(sc, NumericScale) and not sc.breakpoints]
    if linear:
        lo = np.array([scales[j].lower for j in linear], dtype=float)  # type: ignore[union-attr]
        up = np.array([scales[j].upper for j in linear], dtype=float)  # type: ignore[union-attr]
        best_high = np.array([Direction(directions[j]) is Direction.HIGHER_BETTER for j in linear])
        x = arr[:, linear]
        # Bounds near the float limit (e.g. ±1e308) overflow the span: halve those columns (exactly), as
        # in linear_value, so the ratio stays finite.
        with np.errstate(over="ignore"):
            half = np.where(np.isfinite(up - lo), 1.0, 0.5)
        x, lo, up = x * half, lo * half, up * half
        span = up - lo
        out[:, linear] = np.clip(np.where(best_high, (x - lo) / span, (up - x) / span), 0.0, 1.0)
    qual = [j for j, sc in enumerate(scales) if isinstance(sc, QualitativeScale)]
    if qual:
        out[:, qual] = np.clip(arr[:, qual] / 100.0, 0.0, 1.0)
    for j, sc in enumerate(scales):
        if isinstance(sc, NumericScale) and sc.breakpoints:
            out[:, j] = piecewise_value(arr[:, j], sc.breakpoints)
    return np.where(np.isnan(out), 0.0, out)


def score_value(score: Score | None, scale: NumericScale | QualitativeScale,
                direction: Direction = Direction.HIGHER_BETTER) -> float | None:
    """Value (0-1) of a single score, or ``None`` if it is missing."""
    x = raw_number(score, scale)
    if np.isnan(x):
        return None
    return float(value_column(np.array([x]), scale, direction)[0])


__all__ = [
    "level_values",
    "linear_value",
    "piecewise_value",
    "raw_number",
    "score_value",
    "value_column",
    "value_matrix",
]
