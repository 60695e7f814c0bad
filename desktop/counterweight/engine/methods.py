"""Dispatcher: run WPM, TOPSIS, PROMETHEE II or VIKOR on a decision's data.

:func:`counterweight.engine.evaluate.evaluate` builds the raw matrix (numeric
scores in their units, a qualitative level's 0-100 value, ``NaN`` where missing)
and the 0-1 values of the chosen normalisation, then calls
:func:`run_aggregation` for any method other than the weighted sum. The rules
common to the four methods (docs/methods.md, "Aggregation methods"):

* only leaves with a positive global weight and at least one score take part;
  a weighted leaf that nobody has scored is left out with a ``no_data`` warning;
* an option missing a score on a leaf that takes part cannot be placed by these
  methods (imputing a value would move the ideal, the flows or the regrets of
  everyone else), so it is left out of the calculation and listed after the
  ranked options, without a rank (:func:`rank_options`);
* TOPSIS, PROMETHEE and VIKOR compare each leaf's raw numbers in the direction
  its value function applies, the one the screens show; a piecewise function
  with no direction is compared by its values (:mod:`counterweight.engine.compared`);
* every method reports a display score in [0, 1], higher is better: WPM the
  product, TOPSIS the closeness, PROMETHEE ``(phi + 1) / 2``, VIKOR ``1 - Q``.
  The method's own numbers are in ``extras``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from counterweight.domain.decision import Decision, Normalization
from counterweight.domain.methods import AggregationMethod, CriterionPreference, PreferenceFunction
from counterweight.engine.compared import compared_numbers, cost_vector, value_column_notes
from counterweight.engine.diagnostics import CONSTANT_COLUMN, NO_DATA, Diagnostic
from counterweight.engine.phrase import Phrase, quoted_names
from counterweight.engine.promethee import promethee_ii
from counterweight.engine.ranking import competition_ranks
from counterweight.engine.topsis import topsis
from counterweight.engine.vikor import VikorResult, compromise_solution, vikor
from counterweight.engine.wpm import ratio_form_note, weighted_product

WPM_ZERO_VALUE = "wpm_zero_value"
SINGLE_OPTION = "single_option"
TOPSIS_NEGATIVE_SCORES = "topsis_negative_scores"
TOPSIS_UNDECIDED = "topsis_undecided"
PROMETHEE_UNKNOWN_CRITERION = "promethee_unknown_criterion"
PROMETHEE_THRESHOLD_TOO_WIDE = "promethee_threshold_too_wide"
VIKOR_FLAT = "vikor_flat"
VIKOR_COMPROMISE = "vikor_compromise"


@dataclass(frozen=True, eq=False)
class MethodOutcome:
    """What one non-additive method produced, aligned with the decision's options.

    Attributes
    ----------
    method : AggregationMethod
    totals : numpy.ndarray
        Display score per option in [0, 1], higher is better; 0 for options the
        method could not place (``unranked_rows``).
    extras : dict[str, numpy.ndarray]
        The method's own per-option numbers (0 where not computed).
    details : object
        The kernel's result (``WpmResult``, ``TopsisResult``, ``PrometheeResult``
        or ``VikorResult``); its rows are ``computed_rows``, its columns the
        leaves where ``used_columns`` is true.
    computed_rows, unranked_rows : numpy.ndarray of int
        Options the method scored, and options it could not place.
    used_columns : numpy.ndarray of bool
        Leaves that took part.
    compromise_rows : tuple of int
        VIKOR's compromise solution or set (rows of the decision), best first.
    parameters : dict
        The method settings used, JSON-ready.
    diagnostics : tuple of Diagnostic
    """

    method: AggregationMethod
    totals: np.ndarray
    extras: dict[str, np.ndarray]
    details: Any
    computed_rows: np.ndarray
    unranked_rows: np.ndarray
    used_columns: np.ndarray
    compromise_rows: tuple[int, ...] = ()
    parameters: dict[str, Any] = field(default_factory=dict)
    diagnostics: tuple[Diagnostic, ...] = ()


def usable_columns(raw: np.ndarray, leaf_weights: np.ndarray) -> np.ndarray:
    """Leaves that take part in WPM/TOPSIS/PROMETHEE/VIKOR: positive weight and some score."""
    has_data = np.isfinite(raw).any(axis=0) if raw.shape[0] else np.zeros(raw.shape[1], dtype=bool)
    return (np.asarray(leaf_weights) > 0) & has_data


def rank_options(
    totals: np.ndarray, ranked_rows: np.ndarray, tail_rows: Sequence[np.ndarray] = ()
) -> tuple[np.ndarray, np.ndarray]:
    """Competition ranks of ``ranked_rows``; every row in ``tail_rows`` placed after them.

    Parameters
    ----------
    totals : numpy.ndarray
        Display score per option, higher is better.
    ranked_rows : numpy.ndarray of int
        Options that take part in the ranking.
    tail_rows : sequence of numpy.ndarray of int
        Groups listed after the ranked options, group by group, each in the order
        given. Every tail option gets rank ``len(ranked_rows) + 1``.

    Returns
    -------
    ranks, order : numpy.ndarray of int
    """
    ranked = np.asarray(ranked_rows, dtype=int)
    ranks = np.zeros(totals.shape[0], dtype=int)
    sub_ranks, sub_order = competition_ranks(np.asarray(totals, dtype=float)[ranked])
    ranks[ranked] = sub_ranks
    tail = np.concatenate([np.asarray(t, dtype=int) for t in tail_rows]) if len(tail_rows) else np.zeros(0, int)
    ranks[tail] = ranked.size + 1
    return ranks, np.concatenate([ranked[sub_order], tail]).astype(int)


def promethee_display(phi: np.ndarray) -> np.ndarray:
    """PROMETHEE's display score ``(phi + 1) / 2`` in [0, 1] from the net flow."""
    return np.clip((phi + 1.0) / 2.0, 0.0, 1.0)


def vikor_display(q: np.ndarray) -> np.ndarray:
    """VIKOR's display score ``1 - Q`` (higher is better)."""
    return 1.0 - q


def _spread(n: int, rows: np.ndarray, values: np.ndarray) -> np.ndarray:
    out = np.zeros(n)
    out[rows] = values
    return out


def run_aggregation(
    method: AggregationMethod,
    decision: Decision,
    raw: np.ndarray,
    values: np.ndarray,
    leaf_ids: Sequence[str],
    leaf_weights: np.ndarray,
    normalization: Normalization | None = None,
) -> MethodOutcome:
    """Run one of WPM, TOPSIS, PROMETHEE II, VIKOR and align the result with the options.

    Parameters
    ----------
    method : AggregationMethod
        Any member except ``WSM`` (which :func:`evaluate` handles itself).
    decision : Decision
        Supplies names, directions and the method settings.
    raw : numpy.ndarray
        ``(n_options, n_leaves)`` raw numbers, ``NaN`` where missing.
    values : numpy.ndarray
        The same cells as 0-1 values of the decision's normalisation (used by WPM).
    leaf_ids : sequence of str
    leaf_weights : numpy.ndarray
        Global leaf weights.
    normalization : Normalization, optional
        The normalisation that produced ``values`` (reported with WPM); default
        ``decision.method.normalization``.

    Returns
    -------
    MethodOutcome
    """
    method = AggregationMethod(method)
    if method is AggregationMethod.WSM:
        raise ValueError("the weighted sum is evaluated by evaluate() itself")
    n = raw.shape[0]
    w = np.asarray(leaf_weights, dtype=float)
    used = usable_columns(raw, w)
    cols = np.flatnonzero(used)
    crit = [decision.criterion(leaf_ids[j]) for j in range(len(leaf_ids))]
    notes: list[Diagnostic] = []
    for j in np.flatnonzero((w > 0) & ~used):
        notes.append(Diagnostic(
            NO_DATA, "warning",
            Phrase("No option has a score on '{criterion}', so {method} leaves it out and its weight"
                   " is shared among the other criteria.", criterion=crit[j].name, method=Phrase.term(method.label))
            if used.any() else  # QA h26j: no other criterion to share it, nothing is compared
            Phrase("No option has a score on '{criterion}', so {method} leaves it out; no other criterion that"
                   " carries weight has a score either, so every option ties.",
                   criterion=crit[j].name, method=Phrase.term(method.label)),
            criterion_id=crit[j].id,
        ))
    complete = np.isfinite(raw[:, cols]).all(axis=1) if n else np.zeros(0, dtype=bool)
    rows, unranked = np.flatnonzero(complete), np.flatnonzero(~complete)
    x = compared_numbers(decision, leaf_ids, raw)[np.ix_(rows, cols)]  # in the direction the screens show
    cost = cost_vector(decision, leaf_ids)[cols]
    if method is not AggregationMethod.WPM:  # the weighted product reads the values of the normalisation
        notes.extend(value_column_notes(decision, leaf_ids, used, method))
    names = [crit[j].name for j in cols]
    if rows.size == 1 and method is not AggregationMethod.WPM:
        notes.append(Diagnostic(
            SINGLE_OPTION, "info",
            Phrase("Only one option can be ranked, so {method} has nothing to compare it with.",
                   method=Phrase.term(method.label)),
        ))
    runner = {
        AggregationMethod.WPM: _run_wpm,
        AggregationMethod.TOPSIS: _run_topsis,
        AggregationMethod.PROMETHEE: _run_promethee,
        AggregationMethod.VIKOR: _run_vikor,
    }[method]
    totals, extras, details, params, more = runner(decision, x, values[np.ix_(rows, cols)], cost,
                                                   w[cols], [leaf_ids[j] for j in cols], names, rows)
    notes.extend(more)
    if method is AggregationMethod.WPM:
        params = {"normalization": Normalization(normalization or decision.method.normalization).value}
        form = ratio_form_note(Normalization(params["normalization"]), x, cost, values[np.ix_(rows, cols)], names)
        notes.extend([form] if form is not None else [])  # QA 23 item 9: not the published ratio form
    compromise = tuple(int(rows[i]) for i in details.compromise) if isinstance(details, VikorResult) else ()
    return MethodOutcome(
        method=method, totals=_spread(n, rows, totals),
        extras={k: _spread(n, rows, v) for k, v in extras.items()}, details=details,
        computed_rows=rows, unranked_rows=unranked, used_columns=used, compromise_rows=compromise,
        parameters=params, diagnostics=tuple(notes),
    )


Run = tuple[np.ndarray, dict[str, np.ndarray], Any, dict[str, Any], list[Diagnostic]]


def _run_wpm(decision: Decision, x: np.ndarray, v: np.ndarray, cost: np.ndarray, w: np.ndarray,
             ids: list[str], names: list[str], rows: np.ndarray) -> Run:
    res = weighted_product(v, w)
    notes = []
    for i in np.flatnonzero(res.zero_cells.any(axis=1)):
        opt = decision.options[int(rows[i])]
        zeros = quoted_names([names[j] for j in np.flatnonzero(res.zero_cells[i])])
        notes.append(Diagnostic(
            WPM_ZERO_VALUE, "warning",
            Phrase("'{option}' has value 0 on {criteria}. Under the weighted product a single 0 makes the overall"
                   " score 0 whatever the other scores; the 'ratio to best' normalisation avoids this for criteria"
                   " measured from a true zero.", option=opt.name, criteria=zeros), option_id=opt.id,
        ))
    return res.scores, {"product": res.scores}, res, {}, notes


def _run_topsis(decision: Decision, x: np.ndarray, v: np.ndarray, cost: np.ndarray, w: np.ndarray,
                ids: list[str], names: list[str], rows: np.ndarray) -> Run:
    norm = decision.method.topsis.normalization
    res = topsis(x, cost, w, norm)
    notes = []
    if norm == "vector":
        for j in np.flatnonzero((x < 0).any(axis=0)) if x.size else []:
            notes.append(Diagnostic(
                TOPSIS_NEGATIVE_SCORES, "info",
                Phrase("'{criterion}' has negative scores; vector normalisation assumes scores measured from a"
                       " true zero, so TOPSIS's result depends on where zero lies. Min-max normalisation does not.",
                       criterion=names[j]),
                criterion_id=ids[j],
            ))
    if rows.size > 1:
        for j in np.flatnonzero(res.constant_columns):
            notes.append(Diagnostic(
                CONSTANT_COLUMN, "info",
                Phrase("Every ranked option has the same score on '{criterion}', so it cannot separate them.",
                       criterion=names[j]),
                criterion_id=ids[j],
            ))
        if res.undecided.all():
            notes.append(Diagnostic(
                TOPSIS_UNDECIDED, "warning",
                Phrase("TOPSIS cannot separate the options: they coincide with both the ideal and the anti-ideal"
                       " (no weighted criterion differs between them), so each gets closeness 0.5."),
            ))
    extras = {"closeness": res.closeness, "d_plus": res.d_plus, "d_minus": res.d_minus}
    return res.closeness, extras, res, {"normalization": norm}, notes


def _run_promethee(decision: Decision, x: np.ndarray, v: np.ndarray, cost: np.ndarray, w: np.ndarray,
                   ids: list[str], names: list[str], rows: np.ndarray) -> Run:
    settings = decision.method.promethee.preferences
    notes = []
    leaves = {c.id for c in decision.leaves}
    for key in settings:
        if key not in leaves:
            notes.append(Diagnostic(
                PROMETHEE_UNKNOWN_CRITERION, "info",
                Phrase("The PROMETHEE settings mention criterion '{criterion}', which is not a scored criterion;"
                       " that setting is ignored.", criterion=key),
            ))
    prefs: list[CriterionPreference | None] = [settings.get(cid) for cid in ids]
    for j, pref in enumerate(prefs):
        if pref is None or pref.q is None or not x.shape[0]:
            continue
        if pref.function in (PreferenceFunction.U_SHAPE, PreferenceFunction.LEVEL,
                             PreferenceFunction.V_SHAPE_INDIFFERENCE):
            spread = float(x[:, j].max() - x[:, j].min())
            if rows.size > 1 and spread <= pref.q:
                notes.append(Diagnostic(
                    PROMETHEE_THRESHOLD_TOO_WIDE, "warning",
                    Phrase("On '{criterion}' no two options differ by more than the indifference threshold"
                           " q = {q:g}, so the criterion has no effect on the PROMETHEE ranking.",
                           criterion=names[j], q=pref.q),
                    criterion_id=ids[j],
                ))
    res = promethee_ii(x, cost, w, prefs)
    params = {"preferences": {cid: (p or CriterionPreference()).model_dump(exclude_none=True, mode="json")
                              for cid, p in zip(ids, prefs)}}
    extras = {"phi_plus": res.phi_plus, "phi_minus": res.phi_minus, "phi": res.phi}
    return promethee_display(res.phi), extras, res, params, notes


def _run_vikor(decision: Decision, x: np.ndarray, v: np.ndarray, cost: np.ndarray, w: np.ndarray,
               ids: list[str], names: list[str], rows: np.ndarray) -> Run:
    res = vikor(x, cost, w, decision.method.vikor.v)
    notes = []
    if rows.size > 1:
        for j in np.flatnonzero(res.degenerate_columns):
            notes.append(Diagnostic(
                CONSTANT_COLUMN, "info",
                Phrase("Every ranked option has the same score on '{criterion}' (best = worst), so VIKOR counts no"
                       " regret on it for anyone.", criterion=names[j]), criterion_id=ids[j],
            ))
        for flat, what in ((res.s_spread_zero, Phrase("group utility S")),
                           (res.r_spread_zero, Phrase("individual regret R"))):
            if flat:
                notes.append(Diagnostic(
                    VIKOR_FLAT, "info",
                    Phrase("Every option has the same {what}, so that part of Q does not separate them.", what=what),
                ))
        notes.append(_compromise_note(decision, res, rows))
    extras = {"S": res.s, "R": res.r, "Q": res.q}
    return vikor_display(res.q), extras, res, {"v": res.v}, notes


def screened_compromise(decision: Decision, outcome: MethodOutcome, excluded: np.ndarray) -> MethodOutcome:
    """VIKOR's compromise among the options a red line leaves in the ranking.

    The excluded options still take part in S, R and Q (docs/methods.md, "Red lines":
    the screen applies to the ranking), but the conditions C1 and C2 and the proposed
    solution or set are about the ranking: they are worked out again over the options
    left, so that an excluded option is never proposed. ``excluded`` is per decision row.
    """
    res = outcome.details
    if not isinstance(res, VikorResult) or not excluded.any():
        return outcome
    rows = np.asarray(outcome.computed_rows, dtype=int)
    keep = [k for k in range(rows.size) if not excluded[rows[k]]]
    order = np.array([k for k in (int(i) for i in res.order) if k in set(keep)], dtype=int)
    if keep:
        sub = np.array(keep, dtype=int)
        at = {k: i for i, k in enumerate(keep)}
        dq, advantage, stability, chosen = compromise_solution(
            res.q[sub], res.s[sub], res.r[sub], np.array([at[k] for k in order], dtype=int))
        picked = tuple(keep[i] for i in chosen)
    else:
        dq, advantage, stability, picked = 1.0, True, True, ()
    screened = replace(res, order=order, dq=dq, acceptable_advantage=advantage, acceptable_stability=stability,
                       compromise=picked)
    notes = tuple(d for d in outcome.diagnostics if d.code != VIKOR_COMPROMISE)
    if picked:
        notes += (_compromise_note(decision, screened, rows),)
    return replace(outcome, details=screened, compromise_rows=tuple(int(rows[k]) for k in picked),
                   diagnostics=notes)


def _compromise_note(decision: Decision, res: VikorResult, rows: np.ndarray) -> Diagnostic:
    names = [f"'{decision.options[int(rows[i])].name}'" for i in res.compromise]
    lead = names[0]
    if res.acceptable_advantage and res.acceptable_stability:
        text = Phrase("VIKOR proposes {option} as the compromise solution: it leads on Q by at least"
                      " DQ = {dq:.3g} and is also best on group utility S or individual regret R.", option=lead, dq=res.dq)
    elif res.acceptable_advantage:
        both = (Phrase("{first} and {second}", first=" and ".join(names[:-1]), second=names[-1]) if len(names) > 1
                else lead)
        text = Phrase("VIKOR proposes {options} together as compromise solutions: {option} leads on Q"
                      " by enough, but is not also best on group utility S or individual regret R.",
                      options=both, option=lead)
    else:
        text = Phrase("VIKOR proposes a compromise set of {n} options ({options}): they lie"
                      " within DQ = {dq:.3g} of the best Q, so no single option leads by enough.",
                      n=len(names), options=", ".join(names), dq=res.dq)
    return Diagnostic(VIKOR_COMPROMISE, "info", text)


__all__ = [
    "MethodOutcome",
    "PROMETHEE_THRESHOLD_TOO_WIDE",
    "PROMETHEE_UNKNOWN_CRITERION",
    "SINGLE_OPTION",
    "TOPSIS_NEGATIVE_SCORES",
    "TOPSIS_UNDECIDED",
    "VIKOR_COMPROMISE",
    "VIKOR_FLAT",
    "WPM_ZERO_VALUE",
    "cost_vector",
    "promethee_display",
    "rank_options",
    "screened_compromise",
    "run_aggregation",
    "usable_columns",
    "vikor_display",
]
