"""The result object of an evaluation: arrays plus lookups by id and a JSON view."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np

from counterweight.domain.decision import Normalization
from counterweight.domain.methods import AggregationMethod
from counterweight.engine.diagnostics import Diagnostic
from counterweight.engine.phrase import Phrase
from counterweight.engine.red_lines import RedLineBreach


ALL_EXCLUDED = Phrase("Every option is excluded by a red line, so no option is ranked.")
"""What :meth:`Evaluation.nothing_ranked` says when the red lines exclude every option."""


@dataclass(frozen=True, eq=False)
class Evaluation:
    """Everything one evaluation of a decision produced.

    The aggregation method is ``aggregation`` (weighted sum unless the decision or
    the caller chose another). Arrays are read-only. Rows follow ``option_ids`` (the decision's option order),
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
        The normalisation requested for ``values`` (and used by WSM and WPM;
        TOPSIS, PROMETHEE and VIKOR work on ``raw``, see ``parameters``).
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
        ``values * leaf_weights``; rows sum to ``totals``. Only meaningful when
        ``additive`` (WSM); all zeros for the other methods.
    totals : numpy.ndarray
        Overall score per option in [0, 1], higher is better: the WSM total, the
        WPM product, the TOPSIS closeness, ``(phi + 1) / 2`` for PROMETHEE or
        ``1 - Q`` for VIKOR. 0 for an option the method could not place
        (a placeholder: :meth:`is_computed` is ``False``; show it as not computed).
    ranks : numpy.ndarray of int
        1 = best; ties share the best rank ("1224"). Options that are not ranked
        (``unranked_option_ids``, ``excluded_option_ids``) all get one more than
        the number of ranked options; :meth:`is_ranked` tells them apart.
    order : numpy.ndarray of int
        Option indices best first; ties in option-list order; then the options
        the method could not place, then those a red line excludes (each group in
        option-list order).
    diagnostics : tuple of Diagnostic
    criterion_ids : tuple of str
        Every criterion, depth-first tree order.
    criterion_names : dict[str, str]
    criterion_parents : dict[str, str | None]
    leaf_ancestors : tuple of tuple of str
        Per leaf, the ids of its groups from the top level down.
    aggregation : AggregationMethod
        The aggregation method used.
    additive : bool
        Whether ``contributions`` add up to ``totals`` (WSM only).
    extras : mapping of str to numpy.ndarray
        The method's own per-option numbers, aligned with ``option_ids`` (0 where
        not computed): WPM ``product``; TOPSIS ``closeness``, ``d_plus``,
        ``d_minus``; PROMETHEE ``phi_plus``, ``phi_minus``, ``phi``; VIKOR ``S``,
        ``R``, ``Q`` (lower is better). Empty for WSM.
    details : object or None
        The kernel's full result (intermediate matrices); its rows are
        ``method_rows``. ``None`` for WSM.
    method_rows : numpy.ndarray of int
        Options the method computed (all of them for WSM).
    parameters : mapping
        The method settings used, JSON-ready (e.g. TOPSIS normalisation, VIKOR v).
    unranked_option_ids : tuple of str
        Options WPM/TOPSIS/PROMETHEE/VIKOR could not place (a missing score on a
        weighted criterion); listed after the ranked options.
    excluded_option_ids : tuple of str
        Options taken out of the ranking by an ``exclude`` red line; listed last.
    red_line_breaches : tuple of RedLineBreach
    compromise_option_ids : tuple of str
        VIKOR's compromise solution or set, best first; empty for other methods.
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
    aggregation: AggregationMethod = AggregationMethod.WSM
    additive: bool = True
    extras: Mapping[str, np.ndarray] = field(default_factory=dict)
    details: Any = None
    method_rows: np.ndarray | None = None
    parameters: Mapping[str, Any] = field(default_factory=dict)
    unranked_option_ids: tuple[str, ...] = ()
    excluded_option_ids: tuple[str, ...] = ()
    red_line_breaches: tuple[RedLineBreach, ...] = ()
    compromise_option_ids: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.method_rows is None:
            object.__setattr__(self, "method_rows", np.arange(len(self.option_ids)))
        for name in ("raw", "values", "leaf_weights", "contributions", "totals", "ranks", "order", "method_rows"):
            getattr(self, name).setflags(write=False)
        for arr in self.extras.values():
            arr.setflags(write=False)

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

    @cached_property
    def _not_ranked(self) -> frozenset[str]:
        return frozenset(self.unranked_option_ids) | frozenset(self.excluded_option_ids)

    def is_ranked(self, option_id: str) -> bool:
        """Whether an option has a real rank (not unplaceable, not excluded by a red line)."""
        if option_id not in self._option_pos:
            raise KeyError(option_id)
        return option_id not in self._not_ranked

    def is_excluded(self, option_id: str) -> bool:
        """Whether an ``exclude`` red line takes the option out of the ranking."""
        if option_id not in self._option_pos:
            raise KeyError(option_id)
        return option_id in self.excluded_option_ids

    @cached_property
    def _computed(self) -> frozenset[str]:
        return frozenset(self.option_ids[int(r)] for r in self.method_rows)  # type: ignore[union-attr]

    def is_computed(self, option_id: str) -> bool:
        """Whether the method computed the option's numbers (``totals`` and ``extras``).

        ``False`` for an option WPM, TOPSIS, PROMETHEE or VIKOR could not place (a
        missing score on a weighted criterion), including one that a red line also
        excludes, which is listed only in ``excluded_option_ids``: its 0 in
        ``totals`` and ``extras`` is a placeholder and must be shown as "not
        computed", never as a number. An excluded option that the method did
        compute keeps its numbers. Every option is computed under WSM.
        """
        if option_id not in self._option_pos:
            raise KeyError(option_id)
        return option_id in self._computed

    def ranks_or_none(self) -> list[int | None]:
        """Each option's rank, in option order; ``None`` for one without a real rank (:meth:`is_ranked`)."""
        return [int(self.ranks[i]) if oid not in self._not_ranked else None for i, oid in enumerate(self.option_ids)]

    def where_computed(self, values: Sequence[float], scale: float = 1.0) -> list[float | None]:
        """``values`` (one per option, in option order) times ``scale``; ``None`` where :meth:`is_computed` is not.

        For ``totals`` (``scale=100`` gives points) and the columns of ``extras``.
        """
        return [scale * float(values[i]) if oid in self._computed else None for i, oid in enumerate(self.option_ids)]

    def breaches_of(self, option_id: str) -> list[RedLineBreach]:
        """The red lines an option breaches."""
        return [b for b in self.red_line_breaches if b.option_id == option_id]

    def top(self) -> str | None:
        """Id of the best ranked option (first in option order among ties).

        ``None`` when no option is ranked: there are no options, or every option
        is excluded by a red line or cannot be placed by the method (see
        :meth:`nothing_ranked`). An excluded option is never the top option.
        """
        if not len(self.order):
            return None
        first = self.option_ids[int(self.order[0])]
        return first if first not in self._not_ranked else None

    def first_place(self) -> tuple[str, ...]:
        """Ids of the ranked options that share rank 1 (equal totals as the ranking ties them), in ranking order.

        One id when an option leads alone; empty when no option is ranked.
        """
        return tuple(oid for oid in self.ranked_option_ids() if self.is_ranked(oid) and self.rank_of(oid) == 1)

    def nothing_ranked(self) -> str:
        """Why no option is ranked, as a sentence; ``""`` when at least one option is ranked.

        The analyses that follow the top option (sensitivity, distance to flip,
        the robust choice) report this sentence instead of a result.
        """
        if not self.option_ids:
            return Phrase("The decision has no options to rank.")
        if self.top() is not None:
            return ""
        if len(self.excluded_option_ids) == len(self.option_ids):
            return ALL_EXCLUDED
        if not self.excluded_option_ids:
            return Phrase("The method cannot place any option (each misses a score on a weighted criterion),"
                          " so none is ranked.")
        return Phrase("No option is ranked: the red lines exclude some and the method cannot place the others"
                      " (each misses a score on a weighted criterion).")

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
        by leaf label (the criterion's name, or its path where names repeat). For
        a non-additive method ``contributions`` is empty and ``method_values``
        holds the method's own numbers (``extras``, rounded to 6 places). An
        option that is not ranked has ``"rank": None`` and ``"unranked": True``
        or ``"excluded": True``; an option the method did not compute
        (:meth:`is_computed`) has ``"score": None`` and ``None`` method values. An
        option that breaches red lines lists them under ``red_line_breaches``.
        """
        options = []
        for i in self.order:
            i = int(i)
            oid = self.option_ids[i]
            entry: dict[str, Any] = {
                "id": oid,
                "name": self.option_names[i],
                "score": round(100.0 * float(self.totals[i]), 4) if self.is_computed(oid) else None,
                "rank": int(self.ranks[i]) if self.is_ranked(oid) else None,
                "contributions": {
                    label: round(100.0 * float(self.contributions[i, j]), 4)
                    for j, label in enumerate(self.leaf_labels)
                } if self.additive else {},
            }
            if self.extras:
                done = self.is_computed(oid)
                entry["method_values"] = {k: round(float(v[i]), 6) if done else None for k, v in self.extras.items()}
            if oid in self.unranked_option_ids:
                entry["unranked"] = True
            if oid in self.excluded_option_ids:
                entry["excluded"] = True
            breaches = self.breaches_of(oid)
            if breaches:
                entry["red_line_breaches"] = [b.as_dict() for b in breaches]
            options.append(entry)
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
            "method": self.aggregation.value,
            "normalization": self.normalization.value,
            "additive": self.additive,
            "parameters": dict(self.parameters),
            "compromise_option_ids": list(self.compromise_option_ids),
            "unranked_option_ids": list(self.unranked_option_ids),
            "excluded_option_ids": list(self.excluded_option_ids),
            "options": options,
            "criteria": criteria,
            "diagnostics": [d.as_dict() for d in self.diagnostics],
        }


__all__ = ["ALL_EXCLUDED", "Evaluation"]
