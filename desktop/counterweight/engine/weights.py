"""Hierarchical weights: local weights from points, global weights down the tree.

A criterion's ``weight`` is in points; only ratios between siblings matter. The
local weight of a node is its points divided by the points of its *contributing*
siblings, and the global weight of a node is the product of the local weights on
the path from the top of the tree down to it (hierarchical weighting of a value
tree: Belton & Stewart 2002, *Multiple Criteria Decision Analysis*; DCLG 2009,
*Multi-criteria analysis: a manual*). A group's global weight equals
the sum of the global weights of the leaves under it.

A node *contributes* when its points are positive and it is either a leaf or a
group with at least one contributing child. Nodes that do not contribute get local
and global weight 0 and their siblings share the whole of the parent's weight, so
the global weights of the leaves sum to exactly 1 whenever at least one leaf has
positive points all the way up the tree, and are all 0 otherwise. Diagnostics name
every group that drops out and why.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from counterweight.domain.elements import Criterion
from counterweight.engine.diagnostics import (
    ALL_WEIGHTS_ZERO,
    EMPTY_GROUP,
    ZERO_WEIGHT,
    ZERO_WEIGHT_GROUP,
    Diagnostic,
)
from counterweight.engine.phrase import Phrase


@dataclass(frozen=True)
class WeightResult:
    """Local and global weights of a criteria tree.

    Attributes
    ----------
    local : dict[str, float]
        Every criterion id -> its share of its contributing siblings' points.
    global_ : dict[str, float]
        Every criterion id -> product of local weights from the top down to it.
    leaf_ids : tuple of str
        Leaves in depth-first tree order (the order of ``Decision.leaves``).
    leaf_weights : numpy.ndarray
        Global weights of ``leaf_ids``.
    diagnostics : tuple of Diagnostic
    """

    local: dict[str, float]
    global_: dict[str, float]
    leaf_ids: tuple[str, ...]
    leaf_weights: np.ndarray
    diagnostics: tuple[Diagnostic, ...] = field(default=())


def compute_weights(
    criteria: Sequence[Criterion], points: Mapping[str, float] | None = None
) -> WeightResult:
    """Local and global weights for every criterion of a tree.

    Parameters
    ----------
    criteria : sequence of Criterion
        A valid tree (as held by a ``Decision``): parents exist, no loops. Sibling
        order is list order.
    points : mapping, optional
        Weight points overriding ``Criterion.weight`` for the ids it contains
        (e.g. a scenario's weight set). Negative or non-finite points count as 0.

    Returns
    -------
    WeightResult
    """
    by_id = {c.id: c for c in criteria}
    kids: dict[str | None, list[str]] = {}
    for c in criteria:
        kids.setdefault(c.parent_id, []).append(c.id)

    def pts(cid: str) -> float:
        w = float(points[cid]) if points is not None and cid in points else float(by_id[cid].weight)
        return w if np.isfinite(w) and w > 0 else 0.0

    # Depth-first order (parents before children) and the reverse for bottom-up passes.
    order: list[str] = []
    stack = list(reversed(kids.get(None, [])))
    while stack:
        cid = stack.pop()
        order.append(cid)
        stack.extend(reversed(kids.get(cid, [])))

    has_leaf: dict[str, bool] = {}
    live: dict[str, bool] = {}
    for cid in reversed(order):
        c = by_id[cid]
        if not c.is_group:
            has_leaf[cid] = True
            live[cid] = pts(cid) > 0
        else:
            ch = kids.get(cid, [])
            has_leaf[cid] = any(has_leaf[k] for k in ch)
            live[cid] = pts(cid) > 0 and any(live[k] for k in ch)

    local: dict[str, float] = {}
    glob: dict[str, float] = {}
    notes: list[Diagnostic] = []
    for parent in [None, *order]:
        if parent is not None and (not by_id[parent].is_group or not has_leaf[parent]):
            for k in kids.get(parent, []):
                local.setdefault(k, 0.0)
            continue
        sibs = kids.get(parent, [])
        unit, total = _points_unit([pts(k) for k in sibs if live[k]])
        base = 1.0 if parent is None else glob[parent]
        for k in sibs:
            local[k] = (pts(k) / unit) / total if live[k] and total > 0 else 0.0
            glob[k] = base * local[k]
        notes.extend(_sibling_notes(parent, sibs, by_id, has_leaf, live, pts))
    for cid in order:  # anything under an empty group
        glob.setdefault(cid, 0.0)
        local.setdefault(cid, 0.0)

    leaf_ids = tuple(cid for cid in order if not by_id[cid].is_group)
    leaf_w = np.array([glob[cid] for cid in leaf_ids], dtype=float)
    local = {c.id: local[c.id] for c in criteria}
    glob = {c.id: glob[c.id] for c in criteria}
    return WeightResult(local, glob, leaf_ids, leaf_w, tuple(notes))


def _points_unit(points: Sequence[float]) -> tuple[float, float]:
    """The unit to count sibling points in, and their total in that unit.

    Normally the unit is 1 and the total the plain sum. When the sum of finite points
    overflows (points near the largest float, such as 1e308 twice), the points are
    first divided by the largest of them, so the shares ``points / total`` stay exact
    ratios instead of all becoming 0.
    """
    total = sum(points)
    if math.isfinite(total):
        return 1.0, total
    unit = max(points)
    return unit, sum(p / unit for p in points)


def _sibling_notes(
    parent: str | None,
    sibs: list[str],
    by_id: dict[str, Criterion],
    has_leaf: dict[str, bool],
    live: dict[str, bool],
    pts: Callable[[str], float],
) -> list[Diagnostic]:
    notes: list[Diagnostic] = []
    for k in sibs:
        if by_id[k].is_group and not has_leaf[k]:
            notes.append(Diagnostic(
                EMPTY_GROUP, "warning",
                Phrase("The group '{group}' has no scored criteria under it, so it contributes nothing.",
                       group=by_id[k].name),
                criterion_id=k,
            ))
    scored = [k for k in sibs if has_leaf[k]]
    if not scored:
        return notes
    if not any(live[k] for k in scored):
        if parent is None:
            notes.append(Diagnostic(
                ALL_WEIGHTS_ZERO, "warning",
                Phrase("No criterion carries any weight, so every option scores 0. Give at least one"
                       " criterion (and each group above it) a positive weight."),
            ))
        elif pts(parent) > 0:
            notes.append(Diagnostic(
                ZERO_WEIGHT_GROUP, "warning",
                Phrase("No criterion under the group '{group}' carries any weight, so the"
                       " group contributes nothing and its weight goes to the criteria beside it.",
                       group=by_id[parent].name),
                criterion_id=parent,
            ))
        return notes
    for k in scored:
        if not live[k] and pts(k) == 0:
            notes.append(Diagnostic(
                ZERO_WEIGHT, "info",
                Phrase("'{criterion}' has zero weight, so it does not affect the result.", criterion=by_id[k].name),
                criterion_id=k,
            ))
    return notes


__all__ = ["WeightResult", "compute_weights"]
