"""The Trade-offs map: every option placed by its value on two parts of the value tree, with the efficient frontier.

The map plots two criterion nodes (groups or scored criteria) against each other, typically
Benefits against Costs or against Risks, after the "map" display of Hiview3 (Catalyze Ltd's
decision-conferencing software) and the value-for-money charts of other MCDA tools. Phillips, L.D.
and Bana e Costa, C.A. (2007), "Transparent prioritisation, budgeting and resource allocation with
multi-criteria decision analysis and decision conferencing", *Annals of Operations Research*
154(1), 51-68 (doi:10.1007/s10479-007-0183-3) describe the practice behind it: balancing benefits,
costs and risks, and reading an efficient frontier (there, of portfolios of options). The
dominance test is the usual Pareto one (Belton & Stewart 2002, *Multiple Criteria Decision
Analysis*, Kluwer).

**An option's value under a node** (:func:`node_value`) is the node's own 0-100 value scale (the
scale a node of a value tree has; we take Hiview3's map to plot nodes on it, but had no copy of its
manual to check): the option's weighted contributions under the node summed, divided by the
node's share of the total weight, times 100 — the weighted average of its 0-100 values on the
criteria under the node, weighted within the node. 100 means the best value on every criterion
under it. Higher is always better: a lower-is-better criterion (a cost, a risk) is already turned
round by its value function, so "more value on Costs" means "cheaper". Only an additive method
(the weighted sum) adds up points criterion by criterion; for the others the map is not
available (:data:`NOT_ADDITIVE`).

**The efficient frontier** (:func:`tradeoff_map`): an option is *dominated* when another option is
at least as good on both axes and better on at least one (differences below :data:`TOLERANCE`
count as ties); the others are *efficient*. Two options at the same point are both efficient
(neither is better on either axis). The frontier line joins the efficient options in order of
their X value.

**The shortfall** of a dominated option is the smaller rise, on X or on Y, that would bring it level
with the options beating it, so that none is better on both: on Y, the best Y value among the other
options at least as good on X, minus its own; on X the same with the axes swapped. An axis where it
is already level (the rise is 0, and a rise there alone would not stop the others beating it on the
other axis) does not count; :attr:`MapPoint.shortfall_axis` names the axis (``"x"`` or ``"y"``) the
figure is on. 0 and ``""`` for an efficient option.

**Options left out** follow the Ranking: an option an ``exclude`` red line takes out of the
ranking is not placed (it is listed in ``left_out``); a missing score counts as 0, as in the
weighted sum that ranks the option.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from counterweight.domain import Decision
from counterweight.domain.direction import applied_direction
from counterweight.domain.elements import Direction
from counterweight.engine.evaluation import Evaluation
from counterweight.engine.ranking import ATOL

#: Values (0-100) closer than this count as equal when comparing options: the ranking's tie tolerance on 0-100.
TOLERANCE = 100.0 * ATOL

#: Why a map cannot be drawn (:attr:`TradeoffMap.unavailable`).
NOT_ADDITIVE = "not_additive"  # the method's score is not a sum of points criterion by criterion
TOO_FEW_CRITERIA = "too_few_criteria"  # fewer than two scored criteria: nothing to plot against
NO_WEIGHT = "no_weight"  # an axis's node has no weight, so it has no value scale
NO_OPTIONS = "no_options"  # no option to place (none, or every one excluded by a red line)


@dataclass(frozen=True)
class MapPoint:
    """One option on the map: its values on the two axes (0-100) and where it stands."""

    option_id: str
    name: str
    x: float
    y: float
    dominated_by: tuple[str, ...]  # the options that dominate it (in option order); empty: efficient
    shortfall: float  # the smaller rise, on X or Y, that would bring it level with those beating it (0 when efficient)
    shortfall_axis: str = ""  # the axis of the shortfall: "x" or "y" ("" when efficient)

    @property
    def efficient(self) -> bool:
        return not self.dominated_by


@dataclass(frozen=True)
class TradeoffMap:
    """The map of one evaluation on two axes.

    ``points`` follow the ranking (best first); ``frontier`` holds the efficient options' ids in
    order of their X value (then Y, highest first), the order the frontier line joins them;
    ``left_out`` the options not placed (excluded by a red line). ``unavailable`` is ``""`` when the
    map can be drawn, else one of the reasons above (:data:`NOT_ADDITIVE`...), and ``points`` is empty.
    ``weightless`` names the axes without weight (:data:`NO_WEIGHT`); ``unscored`` the axes on which no
    placed option has a score at all (every one stands at 0 there).
    """

    x_id: str | None
    y_id: str | None
    x_name: str
    y_name: str
    points: tuple[MapPoint, ...] = ()
    frontier: tuple[str, ...] = ()
    left_out: tuple[str, ...] = ()
    unavailable: str = ""
    weightless: tuple[str, ...] = ()
    unscored: tuple[str, ...] = ()

    def point(self, option_id: str) -> MapPoint:
        """The point of ``option_id``; ``KeyError`` when it is not on the map."""
        for p in self.points:
            if p.option_id == option_id:
                return p
        raise KeyError(option_id)

    def efficient_ids(self) -> list[str]:
        """The efficient options' ids, in ranking order."""
        return [p.option_id for p in self.points if p.efficient]


def _nodes(evaluation: Evaluation) -> list[str]:
    """Criterion nodes with at least one scored criterion under them, in tree order."""
    return [cid for cid in evaluation.criterion_ids if evaluation.leaves_under(cid)]


def _weighted(evaluation: Evaluation, criterion_id: str) -> bool:
    """Whether the node has weight (so a 0-100 value scale, :func:`node_values`)."""
    cols = evaluation.leaves_under(criterion_id)
    return bool(cols) and float(np.sum(evaluation.leaf_weights[cols])) > 0.0


def default_axes(evaluation: Evaluation) -> tuple[str | None, str | None]:
    """The map's axes when none are chosen: the first and the last top-level group with weight (at least
    two); otherwise the first and the second scored criteria with weight (any two scored criteria when
    fewer than two have weight). ``None`` where there is no such node."""
    nodes = set(_nodes(evaluation))
    leaves = set(evaluation.leaf_ids)
    groups = [cid for cid in evaluation.criterion_ids
              if evaluation.criterion_parents[cid] is None and cid not in leaves and cid in nodes
              and _weighted(evaluation, cid)]
    if len(groups) >= 2:
        return groups[0], groups[-1]
    weighted = [cid for cid in evaluation.leaf_ids if _weighted(evaluation, cid)]
    first = weighted[:2] if len(weighted) >= 2 else list(evaluation.leaf_ids[:2])
    return (first[0] if first else None), (first[1] if len(first) > 1 else None)


def map_axes(evaluation: Evaluation, x: str | None = None, y: str | None = None) -> tuple[str | None, str | None]:
    """The axes to plot: ``x`` and ``y`` where they name a node with scored criteria under it, else the default.

    A stale id (the criterion was deleted) or an unset one falls back to :func:`default_axes`, each
    axis on its own; so does a Y axis naming the X axis's part.
    """
    nodes = set(_nodes(evaluation))
    dx, dy = default_axes(evaluation)
    x, y = (x if x in nodes else dx), (y if y in nodes else dy)
    if x is not None and x == y:  # one part on both axes draws only a diagonal: Y takes a default part
        y = dy if dy != x else dx
    return x, y


def node_values(evaluation: Evaluation, criterion_id: str) -> np.ndarray | None:
    """Every option's value (0-100) under ``criterion_id``, in option order; ``None`` when the node has no weight.

    The contributions under the node summed, divided by the node's weight (the sum of its scored
    criteria's global weights), times 100. Meaningful for an additive evaluation only.
    """
    cols = evaluation.leaves_under(criterion_id)
    weight = float(np.sum(evaluation.leaf_weights[cols])) if cols else 0.0
    if weight <= 0.0:
        return None
    return 100.0 * evaluation.contributions[:, cols].sum(axis=1) / weight


def node_value(evaluation: Evaluation, option_id: str, criterion_id: str) -> float | None:
    """One option's value (0-100) under ``criterion_id`` (see :func:`node_values`)."""
    values = node_values(evaluation, criterion_id)
    return None if values is None else float(values[evaluation.option_index(option_id)])


def dominance(x: np.ndarray, y: np.ndarray, tolerance: float = TOLERANCE) -> np.ndarray:
    """``d[i, k]``: option ``k`` dominates option ``i`` (at least as good on both, better on one)."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    dx = x[None, :] - x[:, None]  # dx[i, k] = x[k] - x[i]
    dy = y[None, :] - y[:, None]
    at_least = (dx >= -tolerance) & (dy >= -tolerance)
    better = (dx > tolerance) | (dy > tolerance)
    return at_least & better


def tradeoff_map(evaluation: Evaluation, x: str | None = None, y: str | None = None) -> TradeoffMap:
    """The map of ``evaluation`` on the nodes ``x`` and ``y`` (stale or unset ids: :func:`map_axes`)."""
    x_id, y_id = map_axes(evaluation, x, y)
    names = evaluation.criterion_names
    x_name = names.get(x_id, "") if x_id else ""
    y_name = names.get(y_id, "") if y_id else ""

    def empty(reason: str, left_out: tuple[str, ...] = ()) -> TradeoffMap:
        return TradeoffMap(x_id, y_id, x_name, y_name, left_out=left_out, unavailable=reason)

    if not evaluation.additive:
        return empty(NOT_ADDITIVE)
    if x_id is None or y_id is None:
        return empty(TOO_FEW_CRITERIA)
    xs, ys = node_values(evaluation, x_id), node_values(evaluation, y_id)
    if xs is None or ys is None:
        weightless = tuple(dict.fromkeys(name for name, v in ((x_name, xs), (y_name, ys)) if v is None))
        return TradeoffMap(x_id, y_id, x_name, y_name, unavailable=NO_WEIGHT, weightless=weightless)
    left_out = tuple(oid for oid in evaluation.option_ids if evaluation.is_excluded(oid))
    rows = [int(i) for i in evaluation.order if not evaluation.is_excluded(evaluation.option_ids[int(i)])]
    if not rows:
        return empty(NO_OPTIONS, left_out)
    px, py = xs[rows], ys[rows]
    beaten = dominance(px, py)
    ids = [evaluation.option_ids[i] for i in rows]
    option_order = {oid: k for k, oid in enumerate(evaluation.option_ids)}
    points = []
    for a, i in enumerate(rows):
        by = sorted((ids[k] for k in np.flatnonzero(beaten[a])), key=option_order.__getitem__)
        shortfall, axis = _shortfall(px, py, a) if by else (0.0, "")
        points.append(MapPoint(ids[a], evaluation.option_names[i], float(px[a]), float(py[a]), tuple(by),
                               shortfall, axis))
    frontier = tuple(p.option_id for p in sorted((p for p in points if p.efficient), key=lambda p: (p.x, -p.y)))
    unscored = tuple(dict.fromkeys(name for name, cid in ((x_name, x_id), (y_name, y_id))
                                   if np.all(np.isnan(evaluation.raw[np.ix_(rows, evaluation.leaves_under(cid))]))))
    return TradeoffMap(x_id, y_id, x_name, y_name, tuple(points), frontier, left_out, unscored=unscored)


def _shortfall(px: np.ndarray, py: np.ndarray, a: int) -> tuple[float, str]:
    """The dominated point ``a``'s shortfall and its axis: the smaller rise, on an axis where it is behind,
    that brings it level with the best of the others at least as good on the other axis."""
    others = np.arange(len(px)) != a
    rises = []
    for axis, mine, other in (("x", px, py), ("y", py, px)):
        rivals = others & (other >= other[a] - TOLERANCE)
        rise = float(mine[rivals].max()) - float(mine[a]) if rivals.any() else 0.0
        if rise > TOLERANCE:  # level there: rising on this axis alone would not stop the others beating it
            rises.append((rise, axis))
    if len(rises) == 2 and rises[0][0] >= rises[1][0] - TOLERANCE:
        return rises[1]  # Y when the two rises are level
    return rises[0] if rises else (0.0, "")


def turned_round(decision: Decision, criterion_id: str | None) -> bool:
    """Whether the axis is a scored criterion on which lower is better, so its value runs the other way
    from its scores (higher value = a lower score). A group mixes directions and is not flagged."""
    if criterion_id is None or not decision.has_criterion(criterion_id) or decision.children(criterion_id):
        return False
    return applied_direction(decision.criterion(criterion_id)) == Direction.LOWER_BETTER


def nearest_rival(tmap: TradeoffMap, option_id: str) -> MapPoint | None:
    """The efficient option closest to ``option_id`` on the map (straight-line distance), other than itself.

    For the top option, the alternative a reader weighs it against: what it gives up on one axis
    for what it gains on the other. ``None`` when no other option is efficient.
    """
    here = tmap.point(option_id)
    others = [p for p in tmap.points if p.efficient and p.option_id != option_id]
    if not others:
        return None
    return min(others, key=lambda p: (p.x - here.x) ** 2 + (p.y - here.y) ** 2)


__all__ = [
    "NOT_ADDITIVE", "NO_OPTIONS", "NO_WEIGHT", "TOLERANCE", "TOO_FEW_CRITERIA", "MapPoint", "TradeoffMap",
    "default_axes", "dominance", "map_axes", "nearest_rival", "node_value", "node_values", "tradeoff_map",
    "turned_round",
]
