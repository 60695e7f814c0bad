"""The result object of an evaluation: arrays plus lookups by id and a JSON view."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

import numpy as np

from counterweight.domain.decision import Normalization
from counterweight.engine.diagnostics import Diagnostic


@dataclass(frozen=True, eq=False)
class Evaluation:
    """Everything one weighted-sum evaluation of a decision produced.

    Arrays are read-only. Rows follow ``option_ids`` (the decision's option order),
    columns follow ``leaf_ids`` (leaves in depth-first tree order).

    Attributes
    ----------
    option_ids, option_names : tuple of str
        Options in the decision's order.
    leaf_ids : tuple of str
        Scored criteria in tree order.
    leaf_labels : tuple of str
        Display label per leaf: its name, or its path (``Group › Name``) when two
        leaves share a name. Used as keys in :meth:`as_dict`.
    normalization : Normalization
        The method requested.
    normalization_used : tuple of Normalization
        Per leaf, the method actually applied (a data-driven method may fall back
        to min-max for one column; see diagnostics).
    raw : numpy.ndarray
        ``(n_options, n_leaves)`` raw numbers (numeric value, or a level's 0-100
        value), ``NaN`` where a score is missing. For inspection only; never shown.
    values : numpy.ndarray
        ``(n_options, n_leaves)`` values in [0, 1]; a missing score counts as 0.
    local_weights, global_weights : dict[str, float]
        For every criterion (groups included), by id.
    leaf_weights : numpy.ndarray
        Global weights aligned with ``leaf_ids``.
    contributions : numpy.ndarray
        ``values * leaf_weights``; rows sum to ``totals``.
    totals : numpy.ndarray
        Overall value per option, in [0, 1].
    ranks : numpy.ndarray of int
        1 = best; ties share the best rank ("1224").
    order : numpy.ndarray of int
        Option indices best first; ties in option-list order.
    diagnostics : tuple of Diagnostic
    criterion_ids : tuple of str
        Every criterion, depth-first tree order.
    criterion_names : dict[str, str]
    criterion_parents : dict[str, str | None]
    leaf_ancestors : tuple of tuple of str
        Per leaf, the ids of its groups from the top level down.
    """

    option_ids: tuple[str, ...]
    option_names: tuple[str, ...]
    leaf_ids: tuple[str, ...]
    leaf_labels: tuple[str, ...]
    normalization: Normalization
    normalization_used: tuple[Normalization, ...]
    raw: np.ndarray
    values: np.ndarray
    local_weights: dict[str, float]
    global_weights: dict[str, float]
    leaf_weights: np.ndarray
    contributions: np.ndarray
    totals: np.ndarray
    ranks: np.ndarray
    order: np.ndarray
    diagnostics: tuple[Diagnostic, ...]
    criterion_ids: tuple[str, ...]
    criterion_names: dict[str, str]
    criterion_parents: dict[str, str | None]
    leaf_ancestors: tuple[tuple[str, ...], ...]

    def __post_init__(self) -> None:
        for name in ("raw", "values", "leaf_weights", "contributions", "totals", "ranks", "order"):
            getattr(self, name).setflags(write=False)

    # ----- lookups -----
    @cached_property
    def _option_pos(self) -> dict[str, int]:
        return {oid: i for i, oid in enumerate(self.option_ids)}

    @cached_property
    def _leaf_pos(self) -> dict[str, int]:
        return {cid: j for j, cid in enumerate(self.leaf_ids)}

    def option_index(self, option_id: str) -> int:
        """Row of ``option_id``; ``KeyError`` if the option is not in the result."""
        return self._option_pos[option_id]

    def rank_of(self, option_id: str) -> int:
        """Rank of an option (1 = best)."""
        return int(self.ranks[self._option_pos[option_id]])

    def total_of(self, option_id: str) -> float:
        """Overall value of an option, 0-1."""
        return float(self.totals[self._option_pos[option_id]])

    def top(self) -> str | None:
        """Id of the option listed first (best; first in option order among ties), or ``None``."""
        return self.option_ids[int(self.order[0])] if len(self.order) else None

    def ranked_option_ids(self) -> list[str]:
        """Option ids best first (the display order)."""
        return [self.option_ids[int(i)] for i in self.order]

    def leaves_under(self, criterion_id: str) -> list[int]:
        """Columns of the leaves that are ``criterion_id`` or lie under it."""
        if criterion_id in self._leaf_pos:
            return [self._leaf_pos[criterion_id]]
        if criterion_id not in self.criterion_names:
            raise KeyError(criterion_id)
        return [j for j, anc in enumerate(self.leaf_ancestors) if criterion_id in anc]

    def contribution(self, option_id: str, criterion_id: str) -> float:
        """Contribution (0-1 scale) of a leaf, or of all leaves under a group, to an option's total."""
        row = self._option_pos[option_id]
        cols = self.leaves_under(criterion_id)
        return float(self.contributions[row, cols].sum()) if cols else 0.0

    def group_contributions(self) -> dict[str, np.ndarray]:
        """Contributions per top-level criterion, for the stacked-bar chart.

        Returns
        -------
        dict[str, numpy.ndarray]
            Top-level criterion id (groups and any top-level leaves, in tree order)
            -> array aligned with ``option_ids``. The arrays add up to ``totals``.
        """
        n = len(self.option_ids)
        out: dict[str, np.ndarray] = {
            cid: np.zeros(n) for cid in self.criterion_ids if self.criterion_parents[cid] is None
        }
        for j, cid in enumerate(self.leaf_ids):
            top = self.leaf_ancestors[j][0] if self.leaf_ancestors[j] else cid
            out[top] = out[top] + self.contributions[:, j]
        return out

    def diagnostics_for(self, option_id: str | None = None, criterion_id: str | None = None) -> list[Diagnostic]:
        """Diagnostics about one option and/or one criterion."""
        return [
            d for d in self.diagnostics
            if (option_id is None or d.option_id == option_id)
            and (criterion_id is None or d.criterion_id == criterion_id)
        ]

    @property
    def warnings(self) -> list[Diagnostic]:
        """Diagnostics of severity ``"warning"``."""
        return [d for d in self.diagnostics if d.severity == "warning"]

    # ----- export -----
    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready summary.

        Options are listed best first. ``score`` and the per-criterion
        ``contributions`` are on a 0-100 scale rounded to 4 decimal places (the
        contributions add up to the score, up to rounding); contributions are keyed
        by leaf label (the criterion's name, or its path where names repeat).
        """
        options = []
        for i in self.order:
            i = int(i)
            options.append({
                "id": self.option_ids[i],
                "name": self.option_names[i],
                "score": round(100.0 * float(self.totals[i]), 4),
                "rank": int(self.ranks[i]),
                "contributions": {
                    label: round(100.0 * float(self.contributions[i, j]), 4)
                    for j, label in enumerate(self.leaf_labels)
                },
            })
        criteria = [
            {
                "id": cid,
                "name": self.criterion_names[cid],
                "parent_id": self.criterion_parents[cid],
                "local_weight": self.local_weights[cid],
                "global_weight": self.global_weights[cid],
            }
            for cid in self.criterion_ids
        ]
        return {
            "method": "wsm",
            "normalization": self.normalization.value,
            "options": options,
            "criteria": criteria,
            "diagnostics": [d.as_dict() for d in self.diagnostics],
        }


__all__ = ["Evaluation"]
