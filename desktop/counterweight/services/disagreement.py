"""Where the analysts disagree, and which disagreements matter for the ranking.

Spread is reported per score cell (on the raw number in the criterion's unit, or on
the 0-100 level value for qualitative criteria) and per weight (as the local share
of its sibling group, in percent). The test that matters: for each voice, the top
option under their inputs against the group's; and for each cell or weight, the
group view with that one value replaced by each voice's value in turn, re-evaluated.
Only replacements that change the top option are listed as ranking-moving. In a group
of two criteria one share fixes the other, so a weight there is one judgement: it is
tried and listed once, under the first of the two (QA 29: "Ann's weight of Benefits"
and "Ann's weight of Costs" were the same disagreement counted twice).

Voices are keyed by analyst id (``""`` for the shared inputs), never by name: two
analysts may share a name in an older project, and each keeps their own value.
:func:`analyst_labels` gives the names to show, numbered where they repeat.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from counterweight.domain import Criterion, Decision, Score
from counterweight.domain.analysts import analyst_labels
from counterweight.domain.scales import QualitativeScale
from counterweight.engine import evaluate
from counterweight.engine.group import spread
from counterweight.engine.phrase import Figure
from counterweight.engine.score_probe import ScoreProbe
from counterweight.engine.weight_probe import WeightProbe
from counterweight.engine.weights import compute_weights
from counterweight.services.edits import rebuild
from counterweight.services.group import _local_shares, group_view, nearest_level, score_number, voices


@dataclass(frozen=True)
class Spread:
    """The spread of the voices' values for one score cell (``option_id`` set) or one weight."""

    criterion_id: str
    option_id: str | None
    values: dict[str, float]  # voice -> value: analyst id, or SHARED ("") for the shared inputs
    range: float
    cv: float | None  # 0 when all agree; None when the values differ around a mean of 0 (undefined)
    unit: str


@dataclass(frozen=True)
class AnalystTop:
    """The top option under one voice's inputs."""

    analyst_id: str | None
    name: str  # the analyst's label (numbered when two share a name), or "Shared inputs"
    top: str | None
    differs: bool
    #: h28g: the analyst gave scores, weights or judgements of their own (their view is not just the shared inputs).
    own: bool = True


@dataclass(frozen=True)
class Mover:
    """A disagreement that moves the ranking: one voice's value put into the group view changes the top."""

    kind: str  # "score" or "weight"
    criterion_id: str
    option_id: str | None
    analyst_id: str | None
    analyst: str  # label, as AnalystTop.name
    group_value: float
    analyst_value: float
    new_top: str | None
    #: A weight in a group of two: the other criterion, whose share (100 % minus this one's) moves with it.
    other_id: str | None = None


@dataclass(frozen=True)
class DisagreementReport:
    """Everything :func:`disagreement` finds."""

    group_top: str | None
    group_ranking: list[str]
    tops: list[AnalystTop]
    cells: list[Spread] = field(default_factory=list)
    weights: list[Spread] = field(default_factory=list)
    movers: list[Mover] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # Spread.values key -> label to show
    #: A weight of :attr:`weights` in a group of two -> the group's two ids (:func:`weight_pair`): one judgement.
    pairs: dict[str, tuple[str, str]] = field(default_factory=dict)

    def label(self, key: str) -> str:
        """The label of a :attr:`Spread.values` key (an analyst id, or ``SHARED``)."""
        return self.labels.get(key, key)

    @property
    def nothing_to_compare(self) -> bool:
        """No analyst has inputs of their own yet: every analyst's view is the shared inputs (h28g: the tab
        showed that as full agreement, every cell a green 0 %)."""
        analysts = [t for t in self.tops if t.analyst_id is not None]
        return bool(analysts) and not any(t.own for t in analysts)

    @property
    def top_changes_under_some_analyst(self) -> bool:
        """Would the top option change under any single analyst's inputs?"""
        return any(t.differs for t in self.tops)

    def as_dict(self, decision: Decision) -> dict[str, Any]:
        """Plain data for JSON output, with names beside ids."""
        def opt(i: str | None) -> str | None:
            return None if i is None else decision.option(i).name

        def sp(s: Spread) -> dict[str, Any]:
            values = [{"analyst_id": k or None, "analyst": self.label(k), "value": v} for k, v in s.values.items()]
            return {"criterion_id": s.criterion_id, "criterion": decision.criterion(s.criterion_id).name,
                    "option_id": s.option_id, "option": opt(s.option_id), "values": values, "range": s.range,
                    "cv": s.cv, "unit": s.unit}

        return {
            "group_top": self.group_top, "group_top_name": opt(self.group_top), "group_ranking": self.group_ranking,
            "top_changes_under_some_analyst": self.top_changes_under_some_analyst,
            "analysts": [{"analyst_id": t.analyst_id, "name": t.name, "top": t.top, "top_name": opt(t.top),
                          "differs": t.differs} for t in self.tops],
            "score_spread": [sp(s) for s in self.cells],
            "weight_spread": [sp(s) for s in self.weights],
            "ranking_movers": [{"kind": m.kind, "criterion_id": m.criterion_id,
                                "criterion": decision.criterion(m.criterion_id).name, "option_id": m.option_id,
                                "option": opt(m.option_id), "analyst_id": m.analyst_id, "analyst": m.analyst,
                                "group_value": m.group_value, "analyst_value": m.analyst_value,
                                "new_top": m.new_top, "new_top_name": opt(m.new_top), "other_criterion_id": m.other_id,
                                "other_criterion": None if m.other_id is None else decision.criterion(m.other_id).name}
                               for m in self.movers],
        }


#: The key of the shared inputs in :attr:`Spread.values` and :attr:`DisagreementReport.labels`.
SHARED = ""


def weight_pair(decision: Decision, criterion_id: str) -> tuple[str, str] | None:
    """The two ids of the criterion's group when it has exactly two members (one share fixes the other), else None."""
    siblings = decision.children(decision.criterion(criterion_id).parent_id)
    return (siblings[0].id, siblings[1].id) if len(siblings) == 2 else None


def _names(decision: Decision) -> dict[str | None, str]:
    out: dict[str | None, str] = dict(analyst_labels(decision.analysts))
    out[None] = "Shared inputs"
    return out


class _Trials:
    """The top option of the group view with one value replaced, found cheaply.

    QA 27: on 40 options x 25 criteria with four analysts, 3,805 trials took two minutes, each
    validating the whole decision again (every analyst's thousand scores included) and
    evaluating it in full. The trials now start from :attr:`base`, the group view without the
    analysts' inputs and the perspectives (evaluation never reads them), validated and evaluated
    once. A weight trial re-runs only the aggregation
    (:class:`~counterweight.engine.weight_probe.WeightProbe`); a score trial changes one cell
    of the matrices (:class:`~counterweight.engine.score_probe.ScoreProbe`). Both give the top
    option evaluating the changed decision gives. A score the probe does not model (a cell the
    group did not score, a score with only a range, or a range on a criterion with red lines)
    is put in its place and the decision evaluated in full, as before.
    """

    def __init__(self, group: Decision) -> None:
        self.base = rebuild(group, "Disagreement test", analysts=[], analyst_inputs=[], weight_sets=[],
                            scenarios=[], snapshots=[])
        ev = evaluate(self.base)
        self._leaves = {cid: j for j, cid in enumerate(ev.leaf_ids)}
        self._options = {oid: i for i, oid in enumerate(ev.option_ids)}
        self._cells = {x.key for x in self.base.scores}
        self._lined = {r.criterion_id for r in self.base.red_lines}
        self._scores = ScoreProbe(self.base, ev)
        self._weights = WeightProbe(self.base, ev)

    def top_with_score(self, score: Score) -> str | None:
        """The top option with ``score`` in place of the group's score of its cell."""
        i, j = self._options.get(score.option_id), self._leaves.get(score.criterion_id)
        ranged = score.low is not None or score.high is not None
        if (i is not None and j is not None and score.key in self._cells
                and not (ranged and score.criterion_id in self._lined)):
            if score.level is not None and score.value is None:
                return self._scores.top_with(i, j, level=score.level)
            if score.value is not None and score.level is None:
                return self._scores.top_with(i, j, value=score.value)
        scores = [x for x in self.base.scores if x.key != score.key] + [score]
        return evaluate(rebuild(self.base, "Disagreement test", scores=scores)).top()

    def top_with_criteria(self, criteria: list[Criterion]) -> str | None:
        """The top option with ``criteria`` (the same tree, some weights changed)."""
        return self._weights.top(np.asarray(compute_weights(criteria).leaf_weights, dtype=float))


def disagreement(decision: Decision, *, group: Decision | None = None) -> DisagreementReport:
    """Spread per cell and weight, each voice's top option, and the disagreements that move the top.

    Parameters
    ----------
    decision : Decision
    group : Decision, optional
        ``group_view(decision)`` when the caller has it already (it is the slow part); made here otherwise.

    Returns
    -------
    DisagreementReport
    """
    names = _names(decision)
    group = group_view(decision) if group is None else group
    g_eval = evaluate(group)
    g_top = g_eval.top()
    views = voices(decision)
    inputs = {i.analyst_id: i for i in decision.analyst_inputs}
    tops = []
    for aid, view in views:
        top = evaluate(view).top()
        own = aid is None or (aid in inputs and not inputs[aid].is_empty)
        tops.append(AnalystTop(aid, names[aid], top, top != g_top, own))

    cells: list[Spread] = []
    movers: list[Mover] = []
    trial = _Trials(group)
    for crit in decision.leaves:
        unit = "points (0-100)" if isinstance(crit.scale, QualitativeScale) else crit.unit
        for o in decision.options:
            vals = {aid: x for aid, v in views if (x := score_number(v, v.score(o.id, crit.id))) is not None}
            if len(vals) < 2:
                continue
            rng, cv = spread(list(vals.values()))
            cells.append(Spread(crit.id, o.id, {k or SHARED: v for k, v in vals.items()}, rng, cv, unit))
            if rng <= 0:
                continue
            g_score = group.score(o.id, crit.id)
            g_val = score_number(group, g_score)
            for aid, view in views:
                s = view.score(o.id, crit.id)
                if s is None or score_number(view, s) == g_val:
                    continue
                top = trial.top_with_score(s)
                if top != g_top:
                    movers.append(Mover("score", crit.id, o.id, aid, names[aid], float(g_val or 0.0),
                                        float(vals[aid]), top))

    weights: list[Spread] = []
    pairs: dict[str, tuple[str, str]] = {}
    for crit in decision.criteria:
        siblings = decision.children(crit.parent_id)
        if len(siblings) < 2:
            continue
        shares = {aid: _local_shares(v, crit.parent_id)[crit.id] for aid, v in views}
        if len(shares) < 2:
            continue
        pct = {k: 100.0 * v for k, v in shares.items()}
        rng, cv = spread(list(pct.values()))
        weights.append(Spread(crit.id, None, {k or SHARED: v for k, v in pct.items()}, rng, cv, "% of its group"))
        pair = weight_pair(decision, crit.id)
        if pair is not None:
            pairs[crit.id] = pair
        if rng <= 1e-9 or (pair is not None and pair[1] == crit.id):  # the second of two: tried with the first
            continue
        g_share = _local_shares(group, crit.parent_id)
        others = sum(group.criterion(c.id).weight for c in siblings if c.id != crit.id)
        for aid, share in shares.items():
            if abs(share - g_share[crit.id]) <= 1e-12:
                continue
            if share >= 1.0:
                points = {c.id: (1.0 if c.id == crit.id else 0.0) for c in siblings}
            else:
                points = {crit.id: share * others / (1.0 - share)}
            criteria = [c.model_copy(update={"weight": points[c.id]}) if c.id in points else c
                        for c in trial.base.criteria]
            top = trial.top_with_criteria(criteria)
            if top != g_top:
                movers.append(Mover("weight", crit.id, None, aid, names[aid], 100.0 * g_share[crit.id],
                                    100.0 * share, top, pair[1] if pair is not None else None))
    labels = {(k or SHARED): v for k, v in names.items()}
    return DisagreementReport(g_top, g_eval.ranked_option_ids(), tops, cells, weights, movers, labels, pairs)


def falls_back(decision: Decision, voice: str, option_id: str, criterion_id: str) -> bool:
    """Whether an analyst's value of a score cell is the shared score, because they gave none of their own.

    A view scores a cell its analyst left blank with the shared score (QA 31 item 9: the brief listed
    "Grace Okafor: 1500 homes" where Grace gave no score); ``False`` for the shared inputs themselves.
    """
    if voice == SHARED:
        return False
    own = next((i for i in decision.analyst_inputs if i.analyst_id == voice), None)
    return own is None or own.score(option_id, criterion_id) is None


def score_words(decision: Decision, criterion_id: str, value: float) -> str:
    """A mover's score as the analyst chose it: a level's name, or the number.

    Scores are compared on numbers (a level's 0-100 value), but "Low instead of the
    group's High" is what the analyst and the group chose; "70 instead of 100" reads
    like a raw score on a scale the criterion does not have.
    """
    crit = decision.criterion(criterion_id)
    if isinstance(crit.scale, QualitativeScale):
        return nearest_level(crit.scale, value)
    return Figure(f"{value:.4g}", crit.unit)  # the window writes the number its own way (h27n)


__all__ = ["SHARED", "AnalystTop", "DisagreementReport", "Mover", "Spread", "analyst_labels", "disagreement",
           "falls_back", "score_words", "weight_pair"]
