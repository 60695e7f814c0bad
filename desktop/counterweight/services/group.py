"""Analysts' views and the group view of a decision.

* :func:`analyst_view`: the decision as one analyst sees it: their own scores,
  weights and weight judgements laid over the shared ones.
* :func:`group_view`: every voice's view aggregated per ``decision.group``.

Voices are the analysts (each with their complete view: override or shared value),
plus the shared inputs themselves when ``GroupSettings.shared_voice`` is set. With
no analysts the group view is the shared decision.

Scores are aggregated cell by cell on the raw number (in the criterion's unit);
a range is aggregated end by end (a voice without a range counts with its value at
both ends). Qualitative levels are aggregated on their 0-100 values and mapped back
to the level whose value is nearest (a tie goes to the lower-valued level, the
cautious reading). Weights are aggregated as *local shares* (each voice's points
divided by the points of the siblings in that voice's view), then renormalised
within each sibling group and written as points out of 100, so analysts who use
different point scales are compared fairly. Where every voice judged a node's
weights by AHP, that node is aggregated by AIJ or AIP instead (see
:mod:`counterweight.engine.group`); with AIJ the group view records the aggregated
judgements. Points an analyst gives under shared judgements take those judgements
out of their view, so that analyst counts by their points.
"""

from __future__ import annotations

from collections.abc import Sequence

from counterweight.domain import Criterion, Decision, Elicitation, PairwiseJudgement, Score, WeightMethod
from counterweight.domain.analysts import without_shared_reasoning
from counterweight.domain.errors import InvalidInputError
from counterweight.engine.phrase import Phrase, quoted_name
from counterweight.domain.scales import QualitativeScale
from counterweight.engine.group import aggregate, aij_priorities, aip_priorities
from counterweight.services.edits import rebuild
from counterweight.services.elicitation import weights_from_elicitation
from counterweight.domain.wording import count


def analyst_name(decision: Decision, analyst_id: str) -> str:
    """The analyst's display name (raises :class:`InvalidInputError` if unknown)."""
    for a in decision.analysts:
        if a.id == analyst_id:
            return a.name
    raise InvalidInputError(Phrase("There is no analyst {id} in this project.", id=quoted_name(analyst_id)))


def analyst_view(decision: Decision, analyst_id: str) -> Decision:
    """The decision with ``analyst_id``'s inputs laid over the shared ones.

    Parameters
    ----------
    decision : Decision
    analyst_id : str

    Returns
    -------
    Decision
        Same options, criteria and settings; scores, weights and elicitations are
        the analyst's where they gave any. An analyst's judgements at a node set
        the weights of that node's children (they win over point overrides there).
        An own score carries only the analyst's own rationale and evidence, never
        what it repeats from the shared score (see
        :func:`~counterweight.domain.analysts.without_shared_reasoning`).

    Raises
    ------
    InvalidInputError
        Unknown analyst, or judgements that no longer fit the node.
    """
    name = analyst_name(decision, analyst_id)
    item = next((i for i in decision.analyst_inputs if i.analyst_id == analyst_id), None)
    if item is None or item.is_empty:
        return decision
    # a rationale or evidence an older project copied from the shared score is not this analyst's
    own = {s.key: without_shared_reasoning(s, decision.score(*s.key)) for s in item.scores}
    scores = [own.pop(s.key, s) for s in decision.scores] + list(own.values())
    criteria = [c.model_copy(update={"weight": item.weights[c.id]}) if c.id in item.weights else c
                for c in decision.criteria]
    # Shared judgements at a node no longer describe its weights once this analyst gave
    # points of their own there: the points win, so the judgements leave the view (else
    # the group view would aggregate judgements that no analyst's weights come from).
    overridden = {c.parent_id for c in decision.criteria if c.id in item.weights}
    shared = [e for e in decision.elicitations if e.node_id not in overridden]
    view = rebuild(decision, f"The view of {name}", scores=scores, criteria=criteria, elicitations=shared)
    if item.elicitations:
        points: dict[str, float] = {}
        for e in item.elicitations:
            points.update(weights_from_elicitation(view, e))
        criteria = [c.model_copy(update={"weight": points[c.id]}) if c.id in points else c for c in view.criteria]
        nodes = {e.node_id for e in item.elicitations}
        elic = [e for e in view.elicitations if e.node_id not in nodes] + list(item.elicitations)
        view = rebuild(decision, f"The view of {name}", scores=scores, criteria=criteria, elicitations=elic)
    return view


#: The last decision :func:`voices` was asked about and its voices (the decision is immutable): the
#: disagreement analysis and the group view it compares them with share one set of views (session 26).
_last_voices: tuple[Decision, list[tuple[str | None, Decision]]] | None = None


def voices(decision: Decision) -> list[tuple[str | None, Decision]]:
    """``(analyst id or None for the shared inputs, view)`` for every voice of the group."""
    global _last_voices  # noqa: PLW0603 - one entry, replaced whole (safe from a worker thread)
    last = _last_voices
    if last is not None and last[0] is decision:
        return list(last[1])
    out: list[tuple[str | None, Decision]] = [(a.id, analyst_view(decision, a.id)) for a in decision.analysts]
    if decision.group.shared_voice or not out:
        out.insert(0, (None, decision))
    _last_voices = (decision, out)
    return list(out)


def voice_scores(decision: Decision, option_id: str, criterion_id: str) -> list[tuple[str | None, Score | None, bool]]:
    """Each voice's score of one cell, in the order of :func:`voices`.

    Returns ``(analyst id or None for the shared inputs, score, own)`` per voice:
    an analyst's own score (``own`` True, without reasoning repeated from the shared
    score) or the shared score showing through (``own`` False); ``None`` where there
    is no score. Reads the inputs directly, so it is cheap enough for a tooltip.
    """
    shared = decision.score(option_id, criterion_id)
    inputs = {i.analyst_id: i for i in decision.analyst_inputs}
    out: list[tuple[str | None, Score | None, bool]] = []
    for a in decision.analysts:
        item = inputs.get(a.id)
        own = item.score(option_id, criterion_id) if item is not None else None
        out.append((a.id, without_shared_reasoning(own, shared), True) if own is not None else (a.id, shared, False))
    if decision.group.shared_voice or not out:
        out.insert(0, (None, shared, True))
    return out


def score_number(decision: Decision, score: Score | None) -> float | None:
    """The number a score is aggregated on: the value, or a level's 0-100 value; None if missing."""
    if score is None:
        return None
    if score.value is not None:
        return score.value
    if score.level is not None:
        scale = decision.criterion(score.criterion_id).scale
        if isinstance(scale, QualitativeScale):
            level = scale.level(score.level)
            return None if level is None else level.value
    return None


def nearest_level(scale: QualitativeScale, value: float) -> str:
    """Label of the level whose 0-100 value is nearest ``value`` (ties: the lower value)."""
    best = min(scale.levels, key=lambda lv: (abs(lv.value - value), lv.value))
    return best.label


def _group_score(decision: Decision, views: Sequence[Decision], oid: str, crit: Criterion, how: str) -> Score | None:
    shared = decision.score(oid, crit.id)
    given = [s for v in views if (s := v.score(oid, crit.id)) is not None and not s.is_missing]
    if not given:
        return shared
    where = f"the scores of {decision.option(oid).name!r} on {crit.name!r}"
    base = {"option_id": oid, "criterion_id": crit.id,
            "rationale": f"Group {how.replace('_', ' ')} of {count(len(given), 'view')}.",
            "evidence": shared.evidence if shared else [], "distribution": shared.distribution if shared else None}
    if isinstance(crit.scale, QualitativeScale):
        value = aggregate([score_number(decision, s) or 0.0 for s in given], how, what=where)
        return Score(**base, level=nearest_level(crit.scale, value))
    values = [float(s.value) for s in given if s.value is not None]
    value = aggregate(values, how, what=where)
    low = high = None
    if any(s.low is not None or s.high is not None for s in given):
        low = min(value, aggregate([s.low if s.low is not None else s.value for s in given], how, what=where))
        high = max(value, aggregate([s.high if s.high is not None else s.value for s in given], how, what=where))
    return Score(**base, value=value, low=low, high=high)


def _local_shares(view: Decision, parent_id: str | None) -> dict[str, float]:
    kids = view.children(parent_id)
    total = sum(c.weight for c in kids)
    if total <= 0:
        return {c.id: 1.0 / len(kids) for c in kids}
    return {c.id: c.weight / total for c in kids}


def _ahp_sets(views: Sequence[Decision], node: str | None) -> list[Elicitation] | None:
    found = [v.elicitation(node) for v in views]
    if all(e is not None and e.method is WeightMethod.AHP and e.pairwise for e in found):
        return [e for e in found if e is not None]
    return None


def group_weights(decision: Decision, views: Sequence[Decision]) -> tuple[dict[str, float], list[Elicitation]]:
    """Group points (out of 100 per sibling group) and the AIJ elicitations recorded for the group."""
    settings = decision.group
    points: dict[str, float] = {}
    elicitations: list[Elicitation] = []
    nodes: list[str | None] = [None, *(c.id for c in decision.criteria if c.is_group)]
    for node in nodes:
        kids = decision.children(node)
        if not kids:
            continue
        ids = [c.id for c in kids]
        names = {c.id: c.name for c in kids}
        sets = _ahp_sets(views, node)
        if sets is not None and len(kids) > 1:
            judgements = [[(j.first, j.second, j.value) for j in e.pairwise] for e in sets]
            priority = sets[0].ahp_priority
            if settings.ahp == "aij":
                pairs, w = aij_priorities(ids, judgements, priority=priority, names=names)
                elicitations.append(Elicitation(
                    node_id=node, method=WeightMethod.AHP, ahp_priority=priority, elicited_by="group (AIJ)",
                    pairwise=[PairwiseJudgement(first=a, second=b, value=min(9.0, max(1 / 9, v)))
                              for (a, b), v in pairs.items()]))
            else:
                w = aip_priorities(ids, judgements, priority=priority, names=names)
            shares = dict(zip(ids, (float(x) for x in w)))
        else:
            per_view = [_local_shares(v, node) for v in views]
            raw = {i: aggregate([s[i] for s in per_view], settings.weights, what=f"the weights of {names[i]!r}")
                   for i in ids}
            total = sum(raw.values())
            shares = {i: (raw[i] / total if total > 0 else 1.0 / len(ids)) for i in ids}
        points.update({i: 100.0 * s for i, s in shares.items()})
    return points, elicitations


def group_view(decision: Decision) -> Decision:
    """The decision with every score and weight aggregated over the voices.

    Parameters
    ----------
    decision : Decision

    Returns
    -------
    Decision
        The shared decision when there are no analysts; otherwise group scores
        (rationale names the aggregation) and group weights as described in this
        module's docstring.

    Raises
    ------
    InvalidInputError
        A geometric mean over negative scores, or AHP judgements that no longer fit.
    """
    if not decision.analysts:
        return decision
    views = [v for _, v in voices(decision)]
    how = decision.group.scores
    scores = [s for o in decision.options for c in decision.leaves
              if (s := _group_score(decision, views, o.id, c, how)) is not None]
    points, aij = group_weights(decision, views)
    criteria = [c.model_copy(update={"weight": points[c.id]}) if c.id in points else c for c in decision.criteria]
    return rebuild(decision, "The group view", scores=scores, criteria=criteria, elicitations=aij)


#: The group view's name where a view is named: the window's ``SessionController.view``, ``report --view``.
GROUP = "group"


def view_decision(decision: Decision, view: str | None) -> Decision:
    """The decision as ``view`` shows it: the shared inputs (``None``), :data:`GROUP` or an analyst's id."""
    if view is None:
        return decision
    return group_view(decision) if view == GROUP else analyst_view(decision, view)


__all__ = ["GROUP", "analyst_name", "analyst_view", "group_view", "view_decision", "group_weights", "nearest_level", "score_number", "voice_scores",
           "voices"]
