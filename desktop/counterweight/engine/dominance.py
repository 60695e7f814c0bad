"""Notes about the options and criteria themselves: dominated options, criteria that separate no one.

**Dominance.** Option A *dominates* option B when A is at least as good as B on
every scored criterion and strictly better on at least one (Keeney & Raiffa 1976,
*Decisions with Multiple Objectives*; Belton & Stewart 2002, *Multiple Criteria
Decision Analysis*). "Good"
is read the way the method in use reads the scores:

* the weighted sum and the weighted product with value functions compare the
  values 0-1 of each criterion's value function (levels, linear or piecewise), so
  a piecewise function that rises and falls is respected;
* every other combination (TOPSIS, PROMETHEE II, VIKOR, and any data-driven
  normalisation, which keeps the order of each column) compares the raw numbers
  in the criterion's direction, a level counting as its 0-100 value.

Every scored criterion counts, whatever its weight, so the claim does not depend
on the weights: under each method an option that is at least as good everywhere
can never be ranked below the one it dominates. Two numbers count as equal when
they differ by no more than rounding noise: for values 0-1, the ranking's tie
tolerance (:mod:`counterweight.engine.ranking`); for raw numbers in a criterion's
units, ``1e-9`` times the column's largest magnitude, relative only
(:func:`~counterweight.engine.ranking.unit_tolerance`), so the claim is the same in
any unit (QA pass 23 item 3: with an absolute 1e-9, risks of 1e-10 and 9e-10 were
"equal"). A pair with a
missing score on either side is not compared (no claim), nor is one that involves
an option a red line excludes (it is not in the ranking).

When either option has a score range, the note says whether the dominance also
holds across the ranges: the worst end of each of A's ranges (the worse of its
two ends, or the lowest value a piecewise function takes between them) against
the best end of B's. A score without a range counts as its own value at both
ends. Only the ranges given on scores are used.

**Criteria that cannot separate the options.** A weighted criterion on which every
option in the ranking (for TOPSIS, PROMETHEE II and VIKOR, which also compare with
the options a red line excludes: every option) has the same score, none missing
(highest and lowest within :func:`~counterweight.engine.ranking.same_in_units`, relative
only, whatever the unit) gets a note saying so and
what its weight then does (it only moves weight to or from the criteria beside it),
unless the method already noted the constant column.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

import numpy as np

from counterweight.domain.decision import Decision, Normalization
from counterweight.domain.direction import compares_values
from counterweight.domain.methods import AggregationMethod
from counterweight.domain.scales import NumericScale
from counterweight.engine.compared import compared_column, compared_numbers, cost_vector
from counterweight.engine.diagnostics import CONSTANT_COLUMN, DOMINATED, Diagnostic
from counterweight.engine.phrase import Phrase, and_more, quoted_names
from counterweight.engine.ranking import ATOL, RTOL, same_in_units, unit_tolerance
from counterweight.engine.value_functions import linear_value, piecewise_value

Scale = Callable[[np.ndarray], np.ndarray]
#: Columns compared as whole ``options x options`` matrices before the pairs left are narrowed one by one.
_MATRIX_COLUMNS = 4
#: Per thread, ``.pairs``: the last call of :func:`dominance_pairs`: its matrix, eligible rows, tolerances
#: and pairs (one slot per thread, replaced whole: a worker's call does not undo the window's chain of edits).
_recent = threading.local()
#: Most changed rows whose pairs are worked out again from the last call's; more, and all are.
_FEW_ROWS = 8


def _on_values(aggregation: AggregationMethod, normalization: Normalization) -> bool:
    """Whether the method reads the value functions' values (else the raw numbers in their direction)."""
    return aggregation in (AggregationMethod.WSM, AggregationMethod.WPM) \
        and normalization is Normalization.VALUE_FUNCTION


def _scales(decision: Decision, leaf_ids: Sequence[str], on_values: bool) -> list[Scale]:
    """Per leaf, the map from raw numbers to the number compared (higher is better)."""
    cost = cost_vector(decision, leaf_ids)
    out: list[Scale] = []
    for j, cid in enumerate(leaf_ids):
        crit = decision.criterion(cid)
        scale = crit.scale
        if not on_values and compares_values(crit):  # no direction: its values, 0-100 (engine/compared.py)
            out.append(lambda x, c=crit: compared_column(c, x))
        elif not on_values or not isinstance(scale, NumericScale):
            # levels: value/100 and the 0-100 number order the same way
            out.append((lambda x: -x) if cost[j] else (lambda x: x))
        elif scale.breakpoints:
            out.append(lambda x, bps=scale.breakpoints: piecewise_value(x, bps))
        else:
            direction = decision.criterion(cid).direction
            out.append(lambda x, lo=scale.lower, up=scale.upper, d=direction: linear_value(x, lo, up, d))
    return out


def _rated(decision: Decision, leaf_ids: Sequence[str], raw: np.ndarray, values: np.ndarray,
           on_values: bool) -> np.ndarray:
    """The matrix compared: higher is better, ``NaN`` where a score is missing.

    ``values`` are the evaluation's value-function values (used when ``on_values``).
    """
    missing = np.isnan(raw)
    if on_values:
        return np.where(missing, np.nan, values)
    numbers = compared_numbers(decision, leaf_ids, raw)  # as the methods compare them (engine/compared.py)
    return np.where(cost_vector(decision, leaf_ids), -numbers, numbers)  # NaN stays NaN


def _range_ends(decision: Decision, leaf_ids: Sequence[str], scales: Sequence[Scale],
                rated: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Worst and best compared number of each cell within its score range (its rated number without one)."""
    worst, best = rated.copy(), rated.copy()
    rows = {o.id: i for i, o in enumerate(decision.options)}
    cols = {cid: j for j, cid in enumerate(leaf_ids)}
    for s in decision.scores:
        if (s.low is None and s.high is None) or s.value is None or s.criterion_id not in cols:
            continue
        i, j = rows[s.option_id], cols[s.criterion_id]
        a = s.low if s.low is not None else s.value
        b = s.high if s.high is not None else s.value
        xs = [a, b, s.value]
        scale = decision.criterion(s.criterion_id).scale
        if isinstance(scale, NumericScale):  # a piecewise function may turn between the ends
            xs += [p.x for p in scale.breakpoints if min(a, b) < p.x < max(a, b)]
        ys = scales[j](np.asarray(xs, dtype=float))
        worst[i, j], best[i, j] = float(np.min(ys)), float(np.max(ys))
    return worst, best


def _tolerances(matrix: np.ndarray, on_values: bool = False) -> np.ndarray:
    """Per column, how far apart two of its numbers may be and still count as equal.

    Values 0-1 (``on_values``): the ranking's ``atol + rtol * (largest finite magnitude)``.
    Raw numbers in a criterion's units: ``rtol * (largest finite magnitude)`` only, so the
    answer does not depend on the unit (an absolute 1e-9 made 1e-10 and 9e-10 "equal").
    """
    largest = np.where(np.isfinite(matrix), np.abs(matrix), 0.0).max(axis=0, initial=0.0)
    return ATOL + RTOL * largest if on_values else unit_tolerance(largest)


def dominance_pairs(compared: np.ndarray, eligible: np.ndarray,
                    tols: np.ndarray | None = None) -> list[tuple[int, int]]:
    """``(dominated row, dominating row)`` pairs, dominated rows in order, then dominating rows in order.

    Parameters
    ----------
    compared : numpy.ndarray
        ``(options, criteria)``, higher is better, ``NaN`` where missing.
    eligible : numpy.ndarray of bool
        Rows that may take part; a row with a ``NaN`` never does.
    tols : numpy.ndarray, optional
        Per column, how far apart two numbers may be and still count as equal;
        default ``1e-9`` times the column's largest magnitude (relative only, as
        for numbers in a criterion's units).

    The columns with the most distinct numbers are compared first,
    as whole matrices; the pairs they leave are then narrowed column by column,
    stopping as soon as none is left. When only a few rows differ from the last call's
    (with the same eligible rows and tolerances: one edit), only the pairs with those rows
    are worked out again (session 26: 1,000 options cost about 15 ms a call).
    """
    rows = np.flatnonzero(eligible & np.isfinite(compared).all(axis=1))
    if rows.size < 2 or compared.shape[1] == 0:
        return []
    tols = np.asarray(_tolerances(compared) if tols is None else tols, dtype=float)
    eligible = np.asarray(eligible, dtype=bool)
    last = getattr(_recent, "pairs", None)
    changed = None
    if last is not None and last[0].shape == compared.shape and np.array_equal(last[1], eligible) \
            and np.array_equal(last[2], tols):
        same = (last[0] == compared) | (np.isnan(last[0]) & np.isnan(compared))
        changed = np.flatnonzero(~same.all(axis=1))
    if changed is not None and changed.size <= _FEW_ROWS:
        pairs = _pairs_again(last[3] if last is not None else [], compared, rows, tols, changed)
    else:
        pairs = _all_pairs(compared, rows, tols)
    _recent.pairs = (compared.copy(), eligible.copy(), tols.copy(), pairs)
    return list(pairs)


def _pairs_again(pairs: list[tuple[int, int]], compared: np.ndarray, rows: np.ndarray, tols: np.ndarray,
                 changed: np.ndarray) -> list[tuple[int, int]]:
    """``pairs`` without those of the ``changed`` rows, and those rows' pairs worked out again."""
    gone = set(changed.tolist())
    found = {(b, a) for b, a in pairs if b not in gone and a not in gone}
    taking_part = set(rows.tolist())
    for r in gone & taking_part:
        x, others = compared[r], rows[rows != r]
        q = compared[others]
        by = others[(q >= x - tols).all(axis=1) & (q > x + tols).any(axis=1)]  # the rows dominating r
        over = others[(x >= q - tols).all(axis=1) & (x > q + tols).any(axis=1)]  # the rows r dominates
        found.update((r, int(a)) for a in by)
        found.update((int(b), r) for b in over)
    return sorted(found)


def _all_pairs(compared: np.ndarray, rows: np.ndarray, tols: np.ndarray) -> list[tuple[int, int]]:
    """:func:`dominance_pairs` among ``rows``, worked out in full."""
    q = compared[rows]
    distinct = np.count_nonzero(np.diff(np.sort(q, axis=0), axis=0), axis=0)
    order = np.argsort(-distinct, kind="stable")  # the most telling columns first
    ok = ~np.eye(rows.size, dtype=bool)  # [b, a]: a at least as good as b so far
    up = np.zeros_like(ok)  # [b, a]: a better than b somewhere so far
    for j in order[:_MATRIX_COLUMNS]:
        col = q[:, j]
        ok &= col[None, :] >= col[:, None] - tols[j]
        up |= col[None, :] > col[:, None] + tols[j]
    b, a = np.nonzero(ok)
    better = up[b, a]
    for j in order[_MATRIX_COLUMNS:]:
        if not b.size:
            return []
        ca, cb = q[a, j], q[b, j]
        keep = ca >= cb - tols[j]
        b, a, better = b[keep], a[keep], better[keep] | (ca[keep] > cb[keep] + tols[j])
    b, a = b[better], a[better]  # row-major order from np.nonzero: dominated rows, then dominating rows
    return [(int(rows[i]), int(rows[k])) for i, k in zip(b, a)]


#: Most options a dominance note names; the rest are counted (QA h26j: with 1,000 options one note
#: named hundreds, and wording them took most of an evaluation).
MAX_NAMED = 5


def _some_names(names: Sequence[str]) -> str:
    """``'A', 'B', 'C'``, or the first :data:`MAX_NAMED` and how many more (never "and 1 more": one more fits)."""
    if len(names) <= MAX_NAMED + 1:
        return quoted_names(names)
    return and_more(quoted_names(names[:MAX_NAMED]), len(names) - MAX_NAMED)


def dominance_notes(decision: Decision, leaf_ids: Sequence[str], leaf_labels: Sequence[str], raw: np.ndarray,
                    values: np.ndarray, aggregation: AggregationMethod, normalization: Normalization,
                    excluded: np.ndarray) -> list[Diagnostic]:
    """One ``dominated_option`` note per dominated option, naming the options that dominate it.

    ``raw`` and ``values`` are the evaluation's matrices (``NaN`` in ``raw`` where a
    score is missing); ``excluded`` marks the options a red line excludes.
    """
    if raw.shape[0] < 2 or not len(leaf_ids):
        return []
    on_values = _on_values(aggregation, normalization)
    rated = _rated(decision, leaf_ids, raw, values, on_values)
    tols = _tolerances(rated, on_values)
    pairs = dominance_pairs(rated, ~np.asarray(excluded, dtype=bool), tols)
    if not pairs:
        return []
    worst, best = _range_ends(decision, leaf_ids, _scales(decision, leaf_ids, on_values), rated)

    def at_least(a: np.ndarray, b: np.ndarray) -> np.ndarray:
        return a >= b - tols

    ranged = (worst != best).any(axis=1)
    by_dominated: dict[int, list[int]] = {}
    for b, a in pairs:
        by_dominated.setdefault(b, []).append(a)
    names = [o.name for o in decision.options]
    notes = []
    for b, above in by_dominated.items():
        option = names[b]
        if len(above) == 1:
            a = above[0]
            better = quoted_names([leaf_labels[j] for j in np.flatnonzero(rated[a] > rated[b] + tols)])
            if not (ranged[a] or ranged[b]):
                text = Phrase("'{option}' is dominated by '{other}': '{other}' is at least as good on every"
                              " criterion and better on {criteria}, so no choice of weights ranks '{option}'"
                              " above it.", option=option, other=names[a], criteria=better)
            else:
                overlap = np.flatnonzero(~at_least(worst[a], best[b]))
                ranges = Phrase("This holds across their score ranges too: at the worst end of every range,"
                                " '{other}' is still at least as good as '{option}' at the best end.",
                                option=option, other=names[a]) if not overlap.size else Phrase(
                    "Within their score ranges it may not hold: on {criteria} the ranges overlap (the worst end"
                    " for '{other}' is worse than the best end for '{option}').",
                    option=option, other=names[a], criteria=quoted_names([leaf_labels[j] for j in overlap]))
                text = Phrase("'{option}' is dominated by '{other}' on the rated values: '{other}' is at least"
                              " as good on every criterion and better on {criteria}, so at those values no"
                              " choice of weights ranks '{option}' above it. {ranges}",
                              option=option, other=names[a], criteria=better, ranges=ranges)
        else:
            others = _some_names([names[a] for a in above])
            if not (ranged[b] or ranged[above].any()):
                text = Phrase("'{option}' is dominated by {others}: each is at least as good on every criterion"
                              " and better on at least one, so no choice of weights ranks '{option}' above any"
                              " of them.", option=option, others=others)
            else:
                held = [a for a in above if at_least(worst[a], best[b]).all()]
                if len(held) == len(above):
                    ranges = Phrase("This holds across their score ranges too: at the worst end of every range,"
                                    " each is still at least as good as '{option}' at the best end.", option=option)
                elif not held:
                    ranges = Phrase("Within their score ranges it may not hold for any of them: each has a range"
                                    " whose worst end is worse than the best end for '{option}'.", option=option)
                else:
                    ranges = Phrase("Across their score ranges (the worst end of each range against the best"
                                    " end for '{option}') it holds for {held} but may not for {rest}.",
                                    option=option, held=_some_names([names[a] for a in held]),
                                    rest=_some_names([names[a] for a in above if a not in held]))
                text = Phrase("'{option}' is dominated by {others} on the rated values: each is at least as good"
                              " on every criterion and better on at least one, so at those values no choice of"
                              " weights ranks '{option}' above any of them. {ranges}",
                              option=option, others=others, ranges=ranges)
        notes.append(Diagnostic(DOMINATED, "info", text, option_id=decision.options[b].id))
    return notes


def _constant_effect(aggregation: AggregationMethod) -> Phrase:
    if aggregation is AggregationMethod.WSM:
        return Phrase("it adds the same amount to every option's total")
    if aggregation is AggregationMethod.WPM:
        return Phrase("it multiplies every option's score by the same factor")
    return Phrase("it adds nothing to the differences between them under {method}",
                  method=Phrase.term(aggregation.label))


def constant_criterion_notes(decision: Decision, leaf_ids: Sequence[str], raw: np.ndarray,
                             leaf_weights: np.ndarray, aggregation: AggregationMethod, excluded: np.ndarray,
                             noted: set[str], values: np.ndarray | None = None) -> list[Diagnostic]:
    """A ``constant_column`` note for each weighted criterion every ranked option scores the same on.

    ``noted`` holds the criteria the method already gave such a note (they get no second one).
    ``values`` (the 0-1 values) tells the weighted product's one exception: a value of 0 for every ranked option
    (their scores the same or not: a value function or levels may give 0 to several) is a factor 0 for everyone,
    so every product is 0 and the options tie whatever else they score.
    """
    # WSM and WPM value each score on its own (same score, same value); the other methods also
    # compare with the options a red line excludes, so for them every option counts
    own = aggregation in (AggregationMethod.WSM, AggregationMethod.WPM)
    inside = raw[~np.asarray(excluded, dtype=bool)] if own else raw
    if inside.shape[0] < 2:
        return []
    who = Phrase("every option in the ranking") if inside.shape[0] < raw.shape[0] else Phrase("every option")
    finite = np.isfinite(inside).all(axis=0)
    lo, hi = np.nanmin(np.where(finite, inside, 0.0), axis=0), np.nanmax(np.where(finite, inside, 0.0), axis=0)
    weighted = np.asarray(leaf_weights) > 0
    same = finite & same_in_units(lo, hi) & weighted  # relative: any unit (QA 23 item 3)
    zero = np.zeros(raw.shape[1], dtype=bool)
    if aggregation is AggregationMethod.WPM and values is not None:  # QA h26j: a factor 0 for every option
        # the values the product multiplies (clipped at 0), not the scores: a value function or levels may give
        # 0 to different scores, and the options tie all the same (h27c); a criterion with scores missing is
        # left out or counted apart (no_data, missing_score), as before
        zero = (np.asarray(values)[~np.asarray(excluded, dtype=bool)] <= 0).all(axis=0) & weighted & finite
    notes = []
    for j in np.flatnonzero(same | zero):
        cid = leaf_ids[int(j)]
        if cid in noted:
            continue
        if zero[j]:
            notes.append(Diagnostic(CONSTANT_COLUMN, "info", Phrase(
                "On '{criterion}' {who} has the value 0, so under the weighted product every option's score is 0"
                " and the options tie whatever their other scores. A weight of 0 on '{criterion}', or a"
                " normalisation, value function or levels that do not give its scores the value 0, lets the other"
                " criteria decide.", criterion=decision.criterion(cid).name, who=who), criterion_id=cid))
            continue
        notes.append(Diagnostic(
            CONSTANT_COLUMN, "info",
            Phrase("On '{criterion}' {who} has the same score, so it cannot tell the options apart: {effect}."
                   " Moving its weight only moves weight to or from the criteria beside it, so its sensitivity"
                   " thresholds say how far those criteria can lose or gain weight, not how much '{criterion}'"
                   " matters.",
                   criterion=decision.criterion(cid).name, who=who, effect=_constant_effect(aggregation)),
            criterion_id=cid,
        ))
    return notes


def option_notes(decision: Decision, leaf_ids: Sequence[str], leaf_labels: Sequence[str], raw: np.ndarray,
                 values: np.ndarray, leaf_weights: np.ndarray, aggregation: AggregationMethod,
                 normalization: Normalization, excluded: np.ndarray,
                 earlier: Sequence[Diagnostic]) -> list[Diagnostic]:
    """The dominance notes, then the constant-criterion notes not already in ``earlier``."""
    noted = {d.criterion_id for d in earlier if d.code == CONSTANT_COLUMN and d.criterion_id}
    return [*dominance_notes(decision, leaf_ids, leaf_labels, raw, values, aggregation, normalization, excluded),
            *constant_criterion_notes(decision, leaf_ids, raw, leaf_weights, aggregation, excluded, noted, values)]


__all__ = ["constant_criterion_notes", "dominance_notes", "dominance_pairs", "option_notes"]
