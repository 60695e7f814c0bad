"""Evaluate a decision with the weighted-sum model: the validating wrapper.

``evaluate`` turns a :class:`~counterweight.domain.decision.Decision` into an
:class:`~counterweight.engine.evaluation.Evaluation`. It never raises for a valid
decision and never produces ``NaN`` or infinity: awkward inputs (no options, a
missing score, a constant column, all-zero weights) give a well-defined result
plus diagnostics that say what was done. The conventions are in docs/methods.md.
"""

from __future__ import annotations

from operator import attrgetter

import numpy as np

from counterweight.domain.decision import Decision, Normalization
from counterweight.domain.elements import Direction
from counterweight.domain.scales import QualitativeScale
from counterweight.engine.diagnostics import MISSING_SCORE, NO_CRITERIA, NO_OPTIONS, Diagnostic
from counterweight.engine.evaluation import Evaluation
from counterweight.engine.normalization import normalize
from counterweight.engine.ranking import competition_ranks
from counterweight.engine.value_functions import level_values, value_matrix
from counterweight.engine.weights import compute_weights
from counterweight.engine.wsm import weighted_sum

_OPTION_ID = attrgetter("option_id")
_CRITERION_ID = attrgetter("criterion_id")
_VALUE = attrgetter("value")


def _raw_matrix(decision: Decision, leaf_ids: tuple[str, ...]) -> tuple[np.ndarray, set[tuple[int, int]]]:
    """Raw numbers (NaN = missing) and the cells whose score has only a range.

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


def _missing_notes(
    decision: Decision, leaf_ids: tuple[str, ...], raw: np.ndarray, range_only: set[tuple[int, int]]
) -> list[Diagnostic]:
    notes: list[Diagnostic] = []
    for i, j in np.argwhere(np.isnan(raw)):
        opt = decision.options[int(i)]
        crit = decision.criterion(leaf_ids[int(j)])
        why = "has only a range, no central value," if (int(i), int(j)) in range_only else "has no score"
        notes.append(Diagnostic(
            MISSING_SCORE, "warning",
            f"'{opt.name}' {why} on '{crit.name}'; it is treated as the worst possible score (value 0).",
            option_id=opt.id, criterion_id=crit.id,
        ))
    return notes


def evaluate(decision: Decision, normalization: Normalization | None = None) -> Evaluation:
    """Evaluate ``decision`` with the weighted-sum model.

    Parameters
    ----------
    decision : Decision
        A validated decision.
    normalization : Normalization, optional
        How raw scores become 0-1 values; ``None`` uses
        ``decision.method.normalization``. ``VALUE_FUNCTION`` uses each criterion's
        scale (bounds, breakpoints, level values); the data-driven methods use the
        scores present in each column, with a lower-is-better criterion treated as
        a cost criterion and a qualitative level's 0-100 value as its number
        (higher is better).

    Returns
    -------
    Evaluation
        Values, weights, contributions, totals, ranks and diagnostics. An empty
        decision (no options or no scored criteria) gives an empty, valid result
        with a diagnostic.
    """
    method = Normalization(normalization if normalization is not None else decision.method.normalization)
    weights = compute_weights(decision.criteria)
    leaf_ids = weights.leaf_ids
    notes: list[Diagnostic] = []
    if not decision.options:
        notes.append(Diagnostic(NO_OPTIONS, "warning", "The decision has no options to compare yet."))
    if not leaf_ids:
        notes.append(Diagnostic(
            NO_CRITERIA, "warning", "The decision has no scored criteria yet, so every option scores 0."
        ))
    notes.extend(weights.diagnostics)

    raw, range_only = _raw_matrix(decision, leaf_ids)
    notes.extend(_missing_notes(decision, leaf_ids, raw, range_only))

    leaves = [decision.criterion(cid) for cid in leaf_ids]
    scales = [c.scale for c in leaves if c.scale is not None]  # every leaf has one
    if method is Normalization.VALUE_FUNCTION:
        values = value_matrix(raw, scales, [c.direction for c in leaves])
        used = [method] * len(leaves)
    else:
        values = np.zeros(raw.shape)
        used = []
        for j, (crit, scale) in enumerate(zip(leaves, scales)):
            if not decision.options:
                used.append(method)
                continue
            cost = not isinstance(scale, QualitativeScale) and crit.direction is Direction.LOWER_BETTER
            col = normalize(raw[:, j], method, cost, label=f"'{crit.name}'", criterion_id=crit.id)
            values[:, j] = col.values
            used.append(col.method)
            notes.extend(col.diagnostics)

    contributions, totals = weighted_sum(values, weights.leaf_weights)
    ranks, order = competition_ranks(totals)

    tree = [c for c, _ in decision.walk()]
    return Evaluation(
        option_ids=tuple(o.id for o in decision.options),
        option_names=tuple(o.name for o in decision.options),
        leaf_ids=leaf_ids,
        leaf_labels=_labels(decision, leaf_ids),
        normalization=method,
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
    )


__all__ = ["evaluate"]
