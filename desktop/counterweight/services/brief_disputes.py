"""The analysts' disagreements and the ranks across perspectives, as the brief states them (QA 25 item 13).

The disagreement analysis (:mod:`counterweight.services.disagreement`) finds every score
and weight on which the views differ, and puts each differing value alone into the group
view to see whether the top option changes. The brief must say that in its body, not
leave the reader to find two analysts' scores in the annex: :func:`disputed_facts` turns
the analysis into the plain facts a :class:`~counterweight.reports.brief_content.ViewsNote`
carries, values in the words the analysts chose (a level's name, a number with its unit,
a weight as a percentage of its group). :func:`regret_facts` does the same for the
ranks across the weight sets and scenarios, which the brief gave in one sentence only.
"""

from __future__ import annotations

import math

from counterweight.domain import Decision
from counterweight.domain.shown_numbers import fixed
from counterweight.reports.brief_content import Disputed, RegretRow
from counterweight.services.disagreement import DisagreementReport, Spread, falls_back, score_words
from counterweight.services.perspective_analysis import RobustReport


def _values(decision: Decision, report: DisagreementReport, item: Spread,
            other: Spread | None = None) -> tuple[tuple[str, str], ...]:
    if other is not None:  # a group of two: "80.0 / 20.0 %"
        return tuple((report.label(k), f"{fixed(v, 1)} / {fixed(other.values.get(k, 100.0 - v), 1)} %")
                     for k, v in item.values.items())
    if item.option_id is None:
        return tuple((report.label(k), f"{fixed(v, 1)} %") for k, v in item.values.items())
    shared = {k for k in item.values if falls_back(decision, k, item.option_id, item.criterion_id)}
    return tuple((report.label(k), score_words(decision, item.criterion_id, v) + (" (shared)" if k in shared else ""))
                 for k, v in item.values.items())


def disputed_facts(decision: Decision, report: DisagreementReport) -> dict[str, object]:
    """``disputed``, ``cells_compared`` and ``weights_compared`` for the brief's :class:`ViewsNote`.

    Parameters
    ----------
    decision : Decision
        The project's decision (names, scales and units).
    report : DisagreementReport
        :func:`counterweight.services.disagreement.disagreement` of that decision.

    Returns
    -------
    dict
        The differing scores and weights: those that change the top option first, then
        the widest spread first (coefficient of variation; an undefined one counts as
        widest), scores before weights, then in the decision's order. The two weights of
        a group of two are one judgement (one share fixes the other): one row, "Benefits
        and Costs", counted once in ``weights_compared`` (QA 29).
    """
    names = {o.id: o.name for o in decision.options}
    order = {c.id: i for i, c in enumerate(decision.criteria)}
    rows = {o.id: i for i, o in enumerate(decision.options)}
    tops: dict[tuple[str, str, str | None], list[tuple[str, str]]] = {}
    for m in report.movers:
        tops.setdefault((m.kind, m.criterion_id, m.option_id), []).append(
            (m.analyst, names.get(m.new_top or "", "no option")))
    weights = {s.criterion_id: s for s in report.weights}
    pairs = report.pairs  # the groups of two the analysis found
    found = []
    for kind, items, least in (("score", report.cells, 0.0), ("weight", report.weights, 1e-9)):
        for item in items:
            pair = pairs.get(item.criterion_id) if kind == "weight" else None
            if item.range <= least or (pair is not None and pair[1] == item.criterion_id):
                continue
            moves = tuple(tops.get((kind, item.criterion_id, item.option_id), ()))
            spread = math.inf if item.cv is None else item.cv
            key = (not moves, -spread, kind != "score", order.get(item.criterion_id, 0),
                   rows.get(item.option_id or "", 0))
            name = decision.criterion(item.criterion_id).name
            other = weights.get(pair[1]) if pair is not None else None
            if other is not None:
                name = f"{name} and {decision.criterion(other.criterion_id).name}"
            found.append((key, Disputed(kind, name, names.get(item.option_id or "", ""),
                                        _values(decision, report, item, other), moves)))
    found.sort(key=lambda pair: pair[0])
    seconds = sum(1 for cid, pair in pairs.items() if pair[1] == cid and pair[0] in weights)
    return {"disputed": tuple(d for _, d in found), "cells_compared": len(report.cells),
            "weights_compared": len(report.weights) - seconds}


def regret_facts(robust: RobustReport) -> dict[str, object]:
    """``combination_labels`` and ``regret_rows`` for the brief's :class:`ViewsNote`.

    Rows: the robust choice (minimax regret, from
    :func:`~counterweight.services.perspective_analysis.robust_choice`) first, then the
    other candidates (ranked in every combination) by largest regret, then the options
    some combination leaves out, in the decision's order.
    """
    def row(oid: str) -> RegretRow:
        ranks = tuple(p.ranks[oid] if p.is_ranked(oid) else p.status(oid) for p in robust.pairs)
        return RegretRow(robust.option_names[oid], ranks, robust.max_regret.get(oid), oid == robust.choice_id)

    first = [robust.choice_id] if robust.choice_id is not None else []
    rest = sorted((o for o in robust.candidate_ids if o not in first),
                  key=lambda o: (round(robust.max_regret[o] or 0.0, 9), robust.option_ids.index(o)))
    others = [o for o in robust.option_ids if o not in robust.candidate_ids]
    return {"combination_labels": tuple(str(p.label) for p in robust.pairs),
            "regret_rows": tuple(row(o) for o in [*first, *rest, *others])}


__all__ = ["disputed_facts", "regret_facts"]
