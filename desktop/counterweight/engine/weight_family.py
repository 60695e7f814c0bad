"""One criterion and its siblings: the weights that give the criterion local weight ``w``.

The one-way weight sensitivity (:mod:`counterweight.engine.sensitivity`) moves a
criterion's local weight ``w`` from 0 to 1 and rescales its siblings so each keeps
its share of what is left (docs/methods.md, "One-way weight sensitivity").
:class:`WeightFamily` gives the weight points and the global leaf weights for any
``w``. :meth:`WeightFamily.leaf_weights_grid` computes them for many ``w`` at once
with the same floating-point operations, in the same order, as
:func:`~counterweight.engine.weights.compute_weights` on the rescaled points, so the
numbers are identical to re-weighting the decision point by point.
"""

from __future__ import annotations

from typing import Any, Literal

import numpy as np

from counterweight.domain.decision import Decision
from counterweight.engine.phrase import Phrase
from counterweight.engine.weights import compute_weights

Status = Literal["ok", "fixed", "no_effect"]


def rebuild(decision: Decision, **changes: Any) -> Decision:
    """A copy of ``decision`` with some fields replaced, without re-validation.

    ``model_copy`` would keep the cached lookups of the original; this builds a
    fresh instance. The caller guarantees the changes keep the decision valid.
    """
    fields = {name: getattr(decision, name) for name in type(decision).model_fields}
    fields.update(changes)
    return Decision.model_construct(**fields)


class WeightFamily:
    """A criterion and its siblings: the points that give the criterion local weight ``w``."""

    def __init__(self, decision: Decision, criterion_id: str) -> None:
        self.decision = decision
        self.crit = decision.criterion(criterion_id)
        weights = compute_weights(decision.criteria)
        self.weights = weights
        parent = self.crit.parent_id
        self.parent_weight = 1.0 if parent is None else float(weights.global_[parent])
        self.w0 = float(weights.local[criterion_id])
        sibs = [k for k in decision.children(parent) if k.id != criterion_id]
        self.others = [k.id for k in sibs if self._can_carry(k.id)]
        live = {k: float(weights.local[k]) for k in self.others}
        total = sum(live.values())
        self.proportional = total > 0
        if self.proportional:
            self.shares = {k: v / total for k, v in live.items()}
            self.other_points = sum(float(decision.criterion(k).weight) for k, v in live.items() if v > 0)
        else:
            self.shares = {k: 1.0 / len(self.others) for k in self.others} if self.others else {}
            self.other_points = 0.0
        if self.parent_weight <= 0:
            self.status: Status = "no_effect"
            self.note: str = Phrase("The group it belongs to carries no weight, so its weight cannot change the"
                                    " result.")
        elif not self._can_carry(criterion_id):
            self.status = "no_effect"
            self.note = Phrase("No criterion under it carries weight, so its weight cannot change the result.")
        elif not self.others:
            self.status = "fixed"
            self.note = Phrase("It is the only criterion in its group that can carry weight; its local weight is"
                               " always 100 %.")
        else:
            self.status = "ok"
            self.note = ""
        self._chains: list[tuple[str, np.ndarray, np.ndarray]] | None = None

    def _can_carry(self, cid: str) -> bool:
        c = self.decision.criterion(cid)
        if not c.is_group:
            return True
        return any(k.weight > 0 and self._can_carry(k.id) for k in self.decision.children(cid))

    def points_at(self, w: float) -> dict[str, float]:
        """Weight points (by id) that make the criterion's local weight ``w``."""
        pts = {k: (1.0 - w) * s for k, s in self.shares.items()}
        pts[self.crit.id] = w
        return pts

    def leaf_weights_at(self, w: float) -> np.ndarray:
        """Global leaf weights (tree order) when the criterion's local weight is ``w``."""
        return self.leaf_weights_grid(np.array([float(w)]))[0]

    def leaf_weights_grid(self, ws: np.ndarray) -> np.ndarray:
        """Global leaf weights for each local weight in ``ws``: shape ``(len(ws), n_leaves)``.

        Row ``p`` equals ``compute_weights(criteria, points=self.points_at(ws[p])).leaf_weights``
        exactly: only the family's points change, and the same operations are
        applied in the same order, elementwise over ``ws``.
        """
        ws = np.asarray(ws, dtype=float)
        if self.status != "ok":
            return np.array([compute_weights(self.decision.criteria, points=self.points_at(float(w))).leaf_weights
                             for w in ws]).reshape(ws.size, len(self.weights.leaf_ids))
        base = self.weights.leaf_weights
        out = np.tile(base, (ws.size, 1))
        members = self._members()
        pts = {}
        for cid in members:
            raw = ws if cid == self.crit.id else (1.0 - ws) * self.shares[cid]
            pts[cid] = np.where(np.isfinite(raw) & (raw > 0), raw, 0.0)
        total = np.zeros(ws.size)
        for cid in members:  # sibling order, live members only (a zero adds nothing)
            total = total + pts[cid]
        if not (total > 0).all():  # not reached for a valid family; stay exact anyway
            return np.array([compute_weights(self.decision.criteria, points=self.points_at(float(w))).leaf_weights
                             for w in ws])
        for cid, cols, factors in self._leaf_chains():
            local = np.where(pts[cid] > 0, pts[cid] / total, 0.0)
            glob = self.parent_weight * local
            chain = np.repeat(glob[:, None], cols.size, axis=1)
            for row in factors:  # the local weights below the member, top down (1.0 past a leaf)
                chain = chain * row
            out[:, cols] = chain
        return out

    def _members(self) -> list[str]:
        """The criterion and the siblings that can carry weight, in sibling order."""
        ids = set(self.others) | {self.crit.id}
        return [k.id for k in self.decision.children(self.crit.parent_id) if k.id in ids]

    def _leaf_chains(self) -> list[tuple[str, np.ndarray, np.ndarray]]:
        """Per member: its leaves' columns and the local weights on the way down to them."""
        if self._chains is not None:
            return self._chains
        col = {cid: j for j, cid in enumerate(self.weights.leaf_ids)}
        local = self.weights.local
        chains = []
        for cid in self._members():
            paths: list[tuple[int, list[float]]] = []
            stack: list[tuple[str, list[float]]] = [(cid, [])]
            while stack:
                node, below = stack.pop()
                if node in col:
                    paths.append((col[node], below))
                    continue
                for k in self.decision.children(node):
                    stack.append((k.id, [*below, float(local[k.id])]))
            depth = max((len(b) for _, b in paths), default=0)
            factors = np.ones((depth, len(paths)))
            for i, (_, below) in enumerate(paths):
                factors[:len(below), i] = below
            chains.append((cid, np.array([j for j, _ in paths], dtype=int), factors))
        self._chains = chains
        return chains

    def decision_at(self, w: float) -> Decision:
        """The decision with the criterion at local weight ``w`` (for evaluating other methods)."""
        pts = self.points_at(w)
        crits = [c.model_copy(update={"weight": pts[c.id]}) if c.id in pts else c for c in self.decision.criteria]
        return rebuild(self.decision, criteria=crits)

    def equivalent_points(self, w: float) -> float | None:
        """The criterion's points giving local weight ``w`` with its siblings' points unchanged."""
        if not self.proportional or w >= 1.0:
            return None
        return w / (1.0 - w) * self.other_points


__all__ = ["Status", "WeightFamily", "rebuild"]
