"""Evaluate one decision again and again under other leaf weights, cheaply and exactly.

The weight sensitivity of WPM, TOPSIS, PROMETHEE II and VIKOR evaluates the
decision at a hundred or more weight vectors per criterion. Only the weights
change, so the raw matrix, the normalised values, the red lines and each method's
weight-free work (TOPSIS's normalised columns, PROMETHEE's summed preference
degrees, VIKOR's best and worst scores) stay the same. :class:`WeightProbe` does
that work once and, for each weight vector, only what depends on the weights,
through the same kernel code (:class:`~counterweight.engine.topsis.TopsisCore`,
:class:`~counterweight.engine.promethee.PrometheeCore`,
:class:`~counterweight.engine.vikor.VikorCore`,
:class:`~counterweight.engine.wpm.WpmCore`) that
:func:`~counterweight.engine.evaluate.evaluate` runs. Totals and the top option are
therefore identical to evaluating the re-weighted decision; diagnostics are not
produced.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from counterweight.domain.decision import Decision
from counterweight.domain.methods import AggregationMethod
from counterweight.engine.compared import compared_numbers
from counterweight.engine.evaluation import Evaluation
from counterweight.engine.methods import cost_vector, promethee_display, vikor_display
from counterweight.engine.promethee import PrometheeCore
from counterweight.engine.ranking import first_in_order
from counterweight.engine.topsis import TopsisCore, unit_weights
from counterweight.engine.vikor import VikorCore
from counterweight.engine.wpm import WpmCore
from counterweight.engine.wsm import weighted_sum


class WeightProbe:
    """Totals and top option of ``decision`` under any global leaf weights.

    Parameters
    ----------
    decision : Decision
    base : Evaluation
        ``evaluate(decision)``: supplies the raw matrix, the values, the method and
        the options a red line excludes (scores, not weights, decide those).
    """

    def __init__(self, decision: Decision, base: Evaluation) -> None:
        self.decision = decision
        self.method = base.aggregation
        self.option_ids = base.option_ids
        self.leaf_ids = base.leaf_ids
        self.raw = compared_numbers(decision, self.leaf_ids, base.raw)  # as run_aggregation compares them
        self.values = np.asarray(base.values, dtype=float)
        n = self.raw.shape[0]
        out = set(base.excluded_option_ids)
        self.excluded = np.array([oid in out for oid in base.option_ids], dtype=bool)
        self.has_data = np.isfinite(self.raw).any(axis=0) if n else np.zeros(self.raw.shape[1], dtype=bool)
        self.cost = cost_vector(decision, self.leaf_ids) if self.method is not AggregationMethod.WSM else None
        self._prepared: dict[bytes, tuple[np.ndarray, np.ndarray, np.ndarray, Any]] = {}

    def _prepare(self, used: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, Any]:
        """Rows placed, their mask, the columns used and the method's weight-free core (cached)."""
        key = used.tobytes()
        hit = self._prepared.get(key)
        if hit is not None:
            return hit
        cols = np.flatnonzero(used)
        n = self.raw.shape[0]
        complete = np.isfinite(self.raw[:, cols]).all(axis=1) if n else np.zeros(0, dtype=bool)
        rows = np.flatnonzero(complete)
        x = self.raw[np.ix_(rows, cols)]
        assert self.cost is not None
        cost = self.cost[cols]
        settings = self.decision.method
        core: Any
        if self.method is AggregationMethod.WPM:
            core = WpmCore(self.values[np.ix_(rows, cols)])
        elif self.method is AggregationMethod.TOPSIS:
            core = TopsisCore(x, cost, settings.topsis.normalization)
        elif self.method is AggregationMethod.PROMETHEE:
            prefs = [settings.promethee.preferences.get(self.leaf_ids[j]) for j in cols]
            core = PrometheeCore(x, cost, prefs)
        else:
            core = VikorCore(x, cost)
        hit = (rows, complete, cols, core)
        self._prepared[key] = hit
        return hit

    def totals(self, leaf_weights: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Overall score per option and which options are ranked, as ``evaluate`` gives them.

        Parameters
        ----------
        leaf_weights : numpy.ndarray
            Global weights aligned with the leaves (as from ``compute_weights``).

        Returns
        -------
        totals : numpy.ndarray
        ranked : numpy.ndarray of bool
            Not excluded by a red line and placed by the method.
        """
        lw = np.asarray(leaf_weights, dtype=float)
        n = self.raw.shape[0]
        if self.method is AggregationMethod.WSM:
            return weighted_sum(self.values, lw)[1], ~self.excluded
        rows, complete, cols, core = self._prepare((lw > 0) & self.has_data)
        w = unit_weights(lw[cols])
        if self.method is AggregationMethod.WPM:
            part = core.factors_and_scores(w)[1]
        elif self.method is AggregationMethod.TOPSIS:
            part = core.result(w).closeness
        elif self.method is AggregationMethod.PROMETHEE:
            phi_plus, phi_minus = core.flows(w)
            part = promethee_display(phi_plus - phi_minus)
        else:
            part = vikor_display(core.q(w, self.decision.method.vikor.v))
        totals = np.zeros(n)
        totals[rows] = part
        ranked = ~self.excluded
        if n:
            ranked = ranked & complete
        return totals, ranked

    def run(self, leaf_weights: np.ndarray) -> tuple[np.ndarray, str | None]:
        """``(totals, top option id)`` under ``leaf_weights``; the top is ``None`` when nothing is ranked."""
        totals, ranked = self.totals(leaf_weights)
        idx = np.flatnonzero(ranked)
        if not idx.size:
            return totals, None
        first = first_in_order(totals[idx])
        return totals, self.option_ids[int(idx[first or 0])]

    def top(self, leaf_weights: np.ndarray) -> str | None:
        """The top option under ``leaf_weights`` (``Evaluation.top`` of the re-weighted decision)."""
        return self.run(leaf_weights)[1]


__all__ = ["WeightProbe"]
