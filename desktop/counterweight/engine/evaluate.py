"""Evaluate a decision: the validating wrapper around the aggregation kernels.

``evaluate`` turns a :class:`~counterweight.domain.decision.Decision` into an
:class:`~counterweight.engine.evaluation.Evaluation`, with the weighted-sum model
by default or the method the decision (or the caller) names: WPM, TOPSIS,
PROMETHEE II or VIKOR (dispatched through :mod:`counterweight.engine.methods`).
Red lines are checked for every method. It never raises for a valid decision and
never produces ``NaN`` or infinity: awkward inputs (no options, a missing score,
a constant column, all-zero weights) give a well-defined result plus diagnostics
that say what was done. The conventions are in docs/methods.md.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from itertools import compress
from operator import attrgetter, is_not

import numpy as np

from collections.abc import Callable

from counterweight.domain.decision import Decision, Normalization
from counterweight.domain.elements import Score
from counterweight.domain.methods import AggregationMethod
from counterweight.domain.scales import QualitativeScale
from counterweight.engine.diagnostics import ALL_WEIGHTS_ZERO, MISSING_SCORE, NO_CRITERIA, NO_OPTIONS, Diagnostic
from counterweight.engine.dominance import option_notes
from counterweight.engine.evaluation import Evaluation
from counterweight.engine.phrase import Phrase
from counterweight.engine.methods import (
    VIKOR_COMPROMISE,
    MethodOutcome,
    rank_options,
    run_aggregation,
    screened_compromise,
    usable_columns,
)
from counterweight.engine.compared import normalized_values
from counterweight.engine.ranking import competition_ranks
from counterweight.engine.red_lines import assess_red_lines
from counterweight.engine.value_functions import level_values, value_matrix
from counterweight.engine.weights import compute_weights
from counterweight.engine.wsm import weighted_sum

_OPTION_ID = attrgetter("option_id")
_CRITERION_ID = attrgetter("criterion_id")
_VALUE = attrgetter("value")


#: Per thread, ``.raw``: the last raw matrix worked out, with what it came from: option ids, leaf ids,
#: their scales, the scores list, the matrix and its range-only cells (session 26: one edit on 1,000 x
#: 60). One slot per thread, so the window's chain of edits is not undone by a worker evaluating another
#: decision (a group view, a brief's views) in between.
_recent = threading.local()
#: Most replaced scores worked out one by one from the last matrix; more, and it is all worked out again.
_FEW_CELLS = 1000


def _raw_matrix(decision: Decision, leaf_ids: tuple[str, ...]) -> tuple[np.ndarray, set[tuple[int, int]]]:
    """Raw numbers (NaN = missing) and the cells whose score has only a range.

    After an edit (a decision with the same options, leaves and scales as the last one
    worked out, and the same score objects but a few replaced in place), only the
    replaced scores' cells are worked out again: the same numbers, about 25 ms sooner.
    """
    option_ids = [o.id for o in decision.options]
    scales = [decision.criterion(cid).scale for cid in leaf_ids]
    last, found = getattr(_recent, "raw", None), None
    if last is not None and last[0] == option_ids and last[1] == leaf_ids and all(
            a is b or a == b for a, b in zip(last[2], scales, strict=True)):
        replaced = _replaced_cells(decision.scores, last[3])
        if replaced is not None and len(replaced) <= _FEW_CELLS:
            found = last[4].copy(), set(last[5])
            _refill(decision, leaf_ids, [decision.scores[k] for k in replaced], *found)
    raw, range_only = found if found is not None else _whole_raw_matrix(decision, leaf_ids)
    _recent.raw = (option_ids, leaf_ids, scales, decision.scores, raw.copy(), frozenset(range_only))
    return raw, range_only


def _replaced_cells(scores: list[Score], old: list[Score]) -> list[int] | None:
    """Positions where ``scores`` holds other objects than ``old``, each for the same cell; None otherwise."""
    if len(scores) != len(old):
        return None
    replaced = list(compress(range(len(old)), map(is_not, scores, old)))
    return replaced if all(scores[k].key == old[k].key for k in replaced) else None


def _refill(decision: Decision, leaf_ids: tuple[str, ...], scores: list[Score], raw: np.ndarray,
            range_only: set[tuple[int, int]]) -> None:
    """Work out the cells of ``scores`` in ``raw`` and ``range_only`` again, as :func:`_whole_raw_matrix` does."""
    opt_pos = {o.id: i for i, o in enumerate(decision.options)}
    leaf_pos = {cid: j for j, cid in enumerate(leaf_ids)}
    for sc in scores:
        i, j = opt_pos[sc.option_id], leaf_pos[sc.criterion_id]
        range_only.discard((i, j))
        value = np.nan if sc.value is None else float(sc.value)
        if sc.value is None:
            scale = decision.criterion(sc.criterion_id).scale
            if isinstance(scale, QualitativeScale) and sc.level is not None:
                value = level_values(scale).get(sc.level.casefold(), np.nan)
            elif sc.level is None and (sc.low is not None or sc.high is not None):
                range_only.add((i, j))
        raw[i, j] = value


def _whole_raw_matrix(decision: Decision, leaf_ids: tuple[str, ...]) -> tuple[np.ndarray, set[tuple[int, int]]]:
    """Raw numbers (NaN = missing) and the cells whose score has only a range, from every score.

    The per-score work runs in C (``map``/``attrgetter``) and numpy fills the
    matrix in one assignment; Python only visits the scores given as levels and
    those without a number.
    """
    opt_pos = {o.id: i for i, o in enumerate(decision.options)}
    leaf_pos = {cid: j for j, cid in enumerate(leaf_ids)}
    raw = np.full((len(opt_pos), len(leaf_pos)), np.nan)
    range_only: set[tuple[int, int]] = set()
    scores = decision.scores
    if not scores or raw.size == 0:
        return raw, range_only
    n = len(scores)
    # A validated decision only scores its own options and leaves.
    rows = np.fromiter(map(opt_pos.__getitem__, map(_OPTION_ID, scores)), dtype=np.intp, count=n)
    cols = np.fromiter(map(leaf_pos.__getitem__, map(_CRITERION_ID, scores)), dtype=np.intp, count=n)
    vals = np.array(list(map(_VALUE, scores)), dtype=float)  # None (no number) becomes NaN
    no_number = np.flatnonzero(np.isnan(vals)).tolist()
    if no_number:
        level_maps: dict[int, dict[str, float]] = {}
        for j, cid in enumerate(leaf_ids):
            scale = decision.criterion(cid).scale
            if isinstance(scale, QualitativeScale):
                level_maps[j] = level_values(scale)
        col_list = cols.tolist()
        nan = float("nan")
        found: list[float] = []
        for k in no_number:
            j = col_list[k]
            sc = scores[k]
            lv = level_maps.get(j)
            if lv is not None and sc.level is not None:
                found.append(lv.get(sc.level.casefold(), nan))
                continue
            found.append(nan)
            if sc.level is None and (sc.low is not None or sc.high is not None):
                range_only.add((int(rows[k]), j))
        vals[no_number] = found
    raw[rows, cols] = vals
    return raw, range_only


def _labels(decision: Decision, leaf_ids: tuple[str, ...]) -> tuple[str, ...]:
    names = [decision.criterion(cid).name for cid in leaf_ids]
    folded = [n.casefold() for n in names]
    return tuple(
        decision.path_name(cid) if folded.count(n.casefold()) > 1 else n
        for cid, n in zip(leaf_ids, names)
    )


def _wsm_consequence(leaf_weights: np.ndarray) -> Callable[[int], str]:
    def consequence(j: int) -> str:
        if leaf_weights[j] > 0:
            return Phrase("it is treated as the worst possible score (value 0)")
        # QA 23 item 10: weight 0 adds 0 to every total, as the other methods say
        return Phrase("this does not affect the {method} result (the criterion carries no weight or has no scores)",
                      method=Phrase.term(AggregationMethod.WSM.label))
    return consequence


def _method_consequence(label: str, used: np.ndarray) -> Callable[[int], str]:
    def consequence(j: int) -> str:
        if used[j]:
            return Phrase("{method} cannot place the option, so it is listed after the ranked options without a rank",
                          method=Phrase.term(label))
        return Phrase("this does not affect the {method} result (the criterion carries no weight or has no scores)",
                      method=Phrase.term(label))
    return consequence


def _in_method_words(note: Diagnostic, aggregation: AggregationMethod) -> Diagnostic:
    """The no-weight warning as it holds for ``aggregation``: only the weighted sum scores everyone 0.

    With no weight the weighted product is the empty product 1, TOPSIS's closeness 0/0 is
    taken as 0.5, PROMETHEE's net flows are 0 and VIKOR's Q is 0 (docs/methods.md,
    "Aggregation methods"): every option ties, but not at 0 (QA h26j).
    """
    if note.code != ALL_WEIGHTS_ZERO:
        return note
    return replace(note, message=Phrase(
        "No criterion carries any weight, so {method} cannot tell the options apart: every option ties. Give at"
        " least one criterion (and each group above it) a positive weight.", method=Phrase.term(aggregation.label)))


def _missing_notes(
    decision: Decision, leaf_ids: tuple[str, ...], raw: np.ndarray, range_only: set[tuple[int, int]],
    consequence: Callable[[int], str],
) -> list[Diagnostic]:
    notes: list[Diagnostic] = []
    for i, j in np.argwhere(np.isnan(raw)):
        opt = decision.options[int(i)]
        crit = decision.criterion(leaf_ids[int(j)])
        notes.append(Diagnostic(
            MISSING_SCORE, "warning",
            Phrase("'{option}' has only a range, no central value, on '{criterion}'; {consequence}."
                   if (int(i), int(j)) in range_only else "'{option}' has no score on '{criterion}'; {consequence}.",
                   option=opt.name, criterion=crit.name, consequence=consequence(int(j))),
            option_id=opt.id, criterion_id=crit.id,
        ))
    return notes


def evaluate(
    decision: Decision, normalization: Normalization | None = None, *,
    method: AggregationMethod | str | None = None,
) -> Evaluation:
    """Evaluate ``decision`` with the weighted-sum model or another aggregation method.

    Parameters
    ----------
    decision : Decision
        A validated decision.
    normalization : Normalization, optional
        How raw scores become 0-1 values; ``None`` uses
        ``decision.method.normalization``. ``VALUE_FUNCTION`` uses each criterion's
        scale (bounds, breakpoints, level values); the data-driven methods use the
        scores present in each column, in the direction the value function
        applies (a piecewise function's breakpoints decide, whatever direction is
        stored) and with a qualitative level's 0-100 value as its number (higher
        is better). WSM and WPM aggregate these values; TOPSIS, PROMETHEE and
        VIKOR work on the raw numbers, in the same direction, with their own
        settings (engine/compared.py).
    method : AggregationMethod or str, optional
        The aggregation method; ``None`` uses ``decision.method.aggregation``.

    Returns
    -------
    Evaluation
        Values, weights, totals, ranks, the method's own numbers, red-line
        breaches and diagnostics. An empty decision (no options or no scored
        criteria) gives an empty, valid result with a diagnostic.
    """
    aggregation = AggregationMethod(method if method is not None else decision.method.aggregation)
    norm = Normalization(normalization if normalization is not None else decision.method.normalization)
    weights = compute_weights(decision.criteria)
    leaf_ids = weights.leaf_ids
    wsm = aggregation is AggregationMethod.WSM
    notes: list[Diagnostic] = []
    if not decision.options:
        notes.append(Diagnostic(NO_OPTIONS, "warning", Phrase("The decision has no options to compare yet.")))
    if not leaf_ids:
        notes.append(Diagnostic(NO_CRITERIA, "warning", Phrase(
            "The decision has no scored criteria yet, so every option scores 0.") if wsm else Phrase(
            "The decision has no scored criteria yet, so {method} cannot tell the options apart: every option"
            " ties.", method=Phrase.term(aggregation.label))))
    notes.extend(weights.diagnostics if wsm else [_in_method_words(d, aggregation) for d in weights.diagnostics])

    raw, range_only = _raw_matrix(decision, leaf_ids)
    consequence = _wsm_consequence(np.asarray(weights.leaf_weights)) if wsm else _method_consequence(
        aggregation.label, usable_columns(raw, weights.leaf_weights))
    notes.extend(_missing_notes(decision, leaf_ids, raw, range_only, consequence))

    leaves = [decision.criterion(cid) for cid in leaf_ids]
    scales = [c.scale for c in leaves if c.scale is not None]  # every leaf has one
    if norm is Normalization.VALUE_FUNCTION:
        values = value_matrix(raw, scales, [c.direction for c in leaves])
        used = [norm] * len(leaves)
    else:  # in the direction the value function applies, the one the screens show (engine/compared.py)
        values, used, more = normalized_values(decision, leaf_ids, raw, norm,
                                               explain=aggregation in (AggregationMethod.WSM, AggregationMethod.WPM))
        notes.extend(more)

    outcome: MethodOutcome | None = None
    if wsm:
        contributions, totals = weighted_sum(values, weights.leaf_weights)
    else:
        outcome = run_aggregation(aggregation, decision, raw, values, leaf_ids, weights.leaf_weights, norm)
        contributions, totals = np.zeros(values.shape), outcome.totals
        notes.extend(outcome.diagnostics)

    red = assess_red_lines(decision)
    notes.extend(red.diagnostics)
    excluded_ids = set(red.excluded_option_ids)
    excluded = np.array([o.id in excluded_ids for o in decision.options], dtype=bool)
    if outcome is not None and aggregation is AggregationMethod.VIKOR and excluded.any():
        # VIKOR's compromise is about the ranking: never propose an option a red line excludes
        outcome = screened_compromise(decision, outcome, excluded)
        notes = [d for d in notes if d.code != VIKOR_COMPROMISE] + [
            d for d in outcome.diagnostics if d.code == VIKOR_COMPROMISE]
    labels = _labels(decision, leaf_ids)
    notes.extend(option_notes(decision, leaf_ids, labels, raw, values, weights.leaf_weights, aggregation, norm,
                              excluded, notes))  # dominated options; criteria every option scores the same on
    unplaced = np.zeros(len(decision.options), dtype=bool)
    if outcome is not None:
        unplaced[outcome.unranked_rows] = True
    unplaced &= ~excluded
    if excluded.any() or unplaced.any():
        ranks, order = rank_options(
            totals, np.flatnonzero(~excluded & ~unplaced), [np.flatnonzero(unplaced), np.flatnonzero(excluded)])
    else:
        ranks, order = competition_ranks(totals)

    option_ids = [o.id for o in decision.options]
    tree = [c for c, _ in decision.walk()]
    return Evaluation(
        option_ids=tuple(o.id for o in decision.options),
        option_names=tuple(o.name for o in decision.options),
        leaf_ids=leaf_ids,
        leaf_labels=labels,
        normalization=norm,
        normalization_used=tuple(used),
        raw=raw,
        values=values,
        local_weights=dict(weights.local),
        global_weights=dict(weights.global_),
        leaf_weights=np.array(weights.leaf_weights, dtype=float),
        contributions=contributions,
        totals=totals,
        ranks=ranks,
        order=order,
        diagnostics=tuple(notes),
        criterion_ids=tuple(c.id for c in tree),
        criterion_names={c.id: c.name for c in tree},
        criterion_parents={c.id: c.parent_id for c in tree},
        leaf_ancestors=tuple(tuple(a.id for a in reversed(decision.ancestors(cid))) for cid in leaf_ids),
        aggregation=aggregation,
        additive=wsm,
        extras=outcome.extras if outcome is not None else {},
        details=outcome.details if outcome is not None else None,
        method_rows=outcome.computed_rows if outcome is not None else None,
        parameters=outcome.parameters if outcome is not None else {},
        unranked_option_ids=tuple(option_ids[i] for i in np.flatnonzero(unplaced)),
        excluded_option_ids=red.excluded_option_ids,
        red_line_breaches=red.breaches,
        compromise_option_ids=tuple(option_ids[i] for i in outcome.compromise_rows) if outcome is not None else (),
    )


__all__ = ["evaluate"]
