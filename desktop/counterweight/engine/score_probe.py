"""The top option after one score changes, without evaluating the whole decision again.

The distance-to-flip search (:mod:`counterweight.engine.flip`) tries many values of
one score. A change of option *i*'s score on leaf *j* moves only the raw number of
that cell, the values of column *j* (one cell under value functions, the column
under a data-driven normalisation) and option *i*'s red lines on *j*. Weights,
every other value and every other red-line check stay as they are.
:class:`ScoreProbe` recomputes just those parts, with the functions
:func:`~counterweight.engine.evaluate.evaluate` uses, and then the totals and the
ranking, so its top option is identical to evaluating the changed decision.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from counterweight.domain.decision import Decision, Normalization
from counterweight.domain.methods import AggregationMethod, RedLineAction
from counterweight.domain.scales import QualitativeScale
from counterweight.engine.compared import normalized_column
from counterweight.engine.evaluation import Evaluation
from counterweight.engine.methods import run_aggregation
from counterweight.engine.ranking import first_in_order
from counterweight.engine.red_lines import check_red_line
from counterweight.engine.value_functions import level_values, value_matrix
from counterweight.engine.wsm import weighted_sum


class ScoreProbe:
    """Top option of ``decision`` with one score replaced.

    Parameters
    ----------
    decision : Decision
    base : Evaluation
        ``evaluate(decision)``.
    """

    def __init__(self, decision: Decision, base: Evaluation) -> None:
        self.decision = decision
        self.base = base
        self.raw = np.array(base.raw, dtype=float)
        self.values = np.array(base.values, dtype=float)
        self.leaf_weights = np.asarray(base.leaf_weights, dtype=float)
        # exclude breaches per option and criterion: a change on one leaf leaves the others' as they are
        self._excluding: dict[str, set[str]] = {}
        for b in base.red_line_breaches:
            if b.excludes:
                self._excluding.setdefault(b.option_id, set()).add(b.criterion_id)
        self._positions = {s.key: k for k, s in enumerate(decision.scores)}

    def _excluded(self, i: int, j: int, change: dict[str, Any]) -> np.ndarray:
        """Which options a red line excludes once option ``i``'s score on leaf ``j`` changes."""
        ev, d = self.base, self.decision
        out = np.array([ev.is_excluded(oid) for oid in ev.option_ids], dtype=bool)
        oid, cid = ev.option_ids[i], ev.leaf_ids[j]
        lines = [r for r in d.red_lines if r.criterion_id == cid and r.action is RedLineAction.EXCLUDE]
        elsewhere = bool(self._excluding.get(oid, set()) - {cid})
        if not lines:
            return out
        score = d.scores[self._positions[(oid, cid)]].model_copy(update={**change, "low": None, "high": None})
        crit, option = d.criterion(cid), d.option(oid)
        out[i] = elsewhere or any(check_red_line(r, crit, option, score) is not None for r in lines)
        return out

    def top_with(self, i: int, j: int, **change: Any) -> str | None:
        """The top option when option ``i``'s score on leaf ``j`` takes ``value=`` or ``level=``.

        The score's range (``low``/``high``) is dropped, as a plain new score would have none.
        Returns ``None`` when no option is ranked.
        """
        ev, d = self.base, self.decision
        crit = d.criterion(ev.leaf_ids[j])
        scale = crit.scale
        if isinstance(scale, QualitativeScale):
            x = level_values(scale).get(str(change["level"]).casefold(), float("nan"))
        else:
            x = float(change["value"])
        raw = self.raw.copy()
        raw[i, j] = x
        values = self.values.copy()
        if ev.normalization is Normalization.VALUE_FUNCTION:
            values[i, j] = value_matrix(raw[i:i + 1, j:j + 1], [scale], [crit.direction])[0, 0]  # type: ignore[list-item]
        else:
            values[:, j] = normalized_column(crit, raw[:, j], ev.normalization).values
        excluded = self._excluded(i, j, change)
        unplaced = np.zeros(len(ev.option_ids), dtype=bool)
        if ev.aggregation is AggregationMethod.WSM:
            totals = weighted_sum(values, self.leaf_weights)[1]
        else:
            outcome = run_aggregation(ev.aggregation, d, raw, values, ev.leaf_ids, self.leaf_weights, ev.normalization)
            totals = outcome.totals
            unplaced[outcome.unranked_rows] = True
        ranked = np.flatnonzero(~excluded & ~unplaced)
        first = first_in_order(totals[ranked])
        return None if first is None else ev.option_ids[int(ranked[first])]


__all__ = ["ScoreProbe"]
