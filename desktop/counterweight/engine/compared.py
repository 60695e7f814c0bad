"""What the methods that read raw scores compare on each criterion: one rule for direction.

TOPSIS, PROMETHEE II, VIKOR, the data-driven normalisations and the dominance check
compare each criterion's raw numbers in its direction. That direction is the one the
value function applies and every screen shows
(:func:`counterweight.domain.direction.applied_direction`): for a straight line between
the bounds the criterion's stored direction, for a piecewise value function the direction
its breakpoints imply, whatever direction is stored with it (a file written by hand or
another program may store the default, "higher is better", beside a falling function).

A piecewise function that rises and falls (or is flat) has no direction, so no order of
its raw numbers is right. Its column then holds each score's value on that function,
0-100, higher is better, just as a level scale enters with its levels' 0-100 values
(docs/methods.md, "What the methods share"), and a ``value_function_scores`` note says so.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from counterweight.domain.decision import Decision, Normalization
from counterweight.domain.direction import compares_values, is_cost
from counterweight.domain.elements import Criterion
from counterweight.domain.methods import AggregationMethod
from counterweight.domain.scales import NumericScale
from counterweight.engine.diagnostics import Diagnostic
from counterweight.engine.normalization import NormalizedColumn, normalize
from counterweight.engine.phrase import Phrase

#: A piecewise value function with no direction is compared by its values (see the module notes).
VALUE_FUNCTION_SCORES = "value_function_scores"


def cost_vector(decision: Decision, leaf_ids: Sequence[str]) -> np.ndarray:
    """``True`` for each leaf whose lower scores are better (:func:`~counterweight.domain.direction.is_cost`)."""
    return np.array([is_cost(decision.criterion(cid)) for cid in leaf_ids], dtype=bool)


def value_columns(decision: Decision, leaf_ids: Sequence[str]) -> np.ndarray:
    """``True`` for each leaf compared by its value function's values (a function with no direction)."""
    return np.array([compares_values(decision.criterion(cid)) for cid in leaf_ids], dtype=bool)


def compared_column(criterion: Criterion, raw: np.ndarray) -> np.ndarray:
    """The numbers compared on one criterion: the raw numbers, or each score's 0-100 value where no direction fits."""
    column = np.asarray(raw, dtype=float)
    if not compares_values(criterion):
        return column
    assert isinstance(criterion.scale, NumericScale)
    points = criterion.scale.breakpoints  # interpolated on their 0-100 values, as piecewise_value does on 0-1
    out = np.interp(column, [p.x for p in points], [p.value for p in points])
    return np.where(np.isnan(column), np.nan, out)  # NaN (missing) stays NaN


def compared_numbers(decision: Decision, leaf_ids: Sequence[str], raw: np.ndarray) -> np.ndarray:
    """The ``(n_options, n_leaves)`` numbers compared, ``NaN`` where a score is missing (see the module notes)."""
    out = np.array(raw, dtype=float)
    for j in np.flatnonzero(value_columns(decision, leaf_ids)):
        out[:, j] = compared_column(decision.criterion(leaf_ids[j]), out[:, j])
    return out


def value_column_notes(decision: Decision, leaf_ids: Sequence[str], used: np.ndarray,
                       method: AggregationMethod | None = None,
                       normalization: Normalization | None = None) -> list[Diagnostic]:
    """A ``value_function_scores`` note for each leaf taking part (``used``) that is compared by its values.

    The note names the ``method`` (TOPSIS, PROMETHEE II, VIKOR) or else the data-driven ``normalization``.
    """
    notes = []
    for j in np.flatnonzero(value_columns(decision, leaf_ids) & np.asarray(used, dtype=bool)):
        crit = decision.criterion(leaf_ids[j])
        if method is AggregationMethod.PROMETHEE:
            text = Phrase("The value function of '{criterion}' neither only rises nor only falls, so no direction"
                          " fits its scores: {method} compares each option's value on that function (0 to 100,"
                          " higher is better) instead, and reads the criterion's thresholds q, p and s on that"
                          " scale.", criterion=crit.name, method=Phrase.term(method.label))
        elif method is not None:
            text = Phrase("The value function of '{criterion}' neither only rises nor only falls, so no direction"
                          " fits its scores: {method} compares each option's value on that function (0 to 100,"
                          " higher is better) instead.", criterion=crit.name, method=Phrase.term(method.label))
        else:
            text = Phrase("The value function of '{criterion}' neither only rises nor only falls, so no direction"
                          " fits its scores: the normalisation '{normalization}' rescales each option's value on"
                          " that function (0 to 100, higher is better) instead.", criterion=crit.name,
                          normalization=Phrase.term(Normalization(normalization).label))
        notes.append(Diagnostic(VALUE_FUNCTION_SCORES, "info", text, criterion_id=crit.id))
    return notes


def normalized_column(criterion: Criterion, raw: np.ndarray, normalization: Normalization) -> NormalizedColumn:
    """One leaf's 0-1 values under a data-driven normalisation, in the direction the value function applies."""
    return normalize(compared_column(criterion, raw), normalization, is_cost(criterion),
                     label=f"'{criterion.name}'", criterion_id=criterion.id)


def normalized_values(decision: Decision, leaf_ids: Sequence[str], raw: np.ndarray, normalization: Normalization,
                      explain: bool = True) -> tuple[np.ndarray, list[Normalization], list[Diagnostic]]:
    """Every leaf's 0-1 values under a data-driven normalisation.

    Returns the values, the normalisation each leaf actually got (a ratio form may fall
    back to min-max) and the notes; with ``explain`` also the ``value_function_scores``
    notes of the leaves compared by their values.
    """
    values = np.zeros(np.shape(raw))
    used: list[Normalization] = []
    notes: list[Diagnostic] = []
    if not np.shape(raw)[0]:
        return values, [normalization] * len(leaf_ids), notes
    for j, cid in enumerate(leaf_ids):
        col = normalized_column(decision.criterion(cid), raw[:, j], normalization)
        values[:, j] = col.values
        used.append(col.method)
        notes.extend(col.diagnostics)
    if explain:
        notes.extend(value_column_notes(decision, leaf_ids, np.isfinite(raw).any(axis=0),
                                        normalization=normalization))
    return values, used, notes


__all__ = [
    "VALUE_FUNCTION_SCORES",
    "compared_column",
    "compared_numbers",
    "cost_vector",
    "normalized_column",
    "normalized_values",
    "value_column_notes",
    "value_columns",
]
