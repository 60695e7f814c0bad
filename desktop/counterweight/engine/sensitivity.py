"""One-way weight sensitivity: how far can one criterion's weight move before the top option changes?

For a criterion *c* (a leaf or a group) with local weight ``w0`` among its
siblings, the analysis varies its local weight ``w`` from 0 to 1 and rescales the
siblings proportionally, each keeping its share of what is left (``l_k (1 - w) /
(1 - w0)``), so the weights under every other group and the parent's own global
weight stay as they are. The global weight of every leaf is then an affine
function of ``w`` (one-way sensitivity analysis of weights: Belton & Stewart 2002,
*Multiple Criteria Decision Analysis*; DCLG 2009, *Multi-criteria analysis: a manual*).

* Weighted sum: each option's total is a straight line ``a_i + b_i w``. The top
  option changes where its line meets another's; the crossings are solved in
  closed form (``w = (a_k - a_t) / (b_t - b_k)``), so thresholds are exact.
* Other methods: the top option is evaluated on a grid of ``w`` and each change
  found on the grid is narrowed by bisection to a bracket narrower than
  ``tolerance``. A flip and flip back between two grid points can be missed.
  Each step re-weights only (:class:`~counterweight.engine.weight_probe.WeightProbe`
  with :meth:`WeightFamily.leaf_weights_grid`), with results identical to a full
  evaluation of the re-weighted decision.

When every sibling of *c* has zero weight the proportional rule is undefined; the
remaining weight is then shared equally among the siblings that can carry weight.
Options that a red line excludes from the ranking never take over, and a change
after which no option is ranked is not a change of top option. When no option is
ranked there is no top option: ``top_id`` is ``None`` and ``notes`` says why.
See docs/methods.md, "Sensitivity and uncertainty".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from counterweight.domain.decision import Decision
from counterweight.domain.errors import InvalidInputError
from counterweight.domain.methods import AggregationMethod
from counterweight.engine.evaluate import evaluate
from counterweight.engine.evaluation import Evaluation
from counterweight.engine.phrase import Phrase
from counterweight.engine.weight_family import Status, WeightFamily, rebuild
from counterweight.engine.weight_probe import WeightProbe

Side = Literal["increase", "decrease"]
GRID = 101
TOLERANCE = 1e-9
_SLOPE_EPS = 1e-12
_END = 1e-12


@dataclass(frozen=True)
class Threshold:
    """Where the top option changes when one weight moves in one direction.

    ``local_weight`` is the crossing point; the new top takes over just past it.
    ``points`` is the criterion's weight in points that gives this local weight
    with its siblings' points unchanged (``None`` when no finite number does).
    """

    direction: Side
    local_weight: float
    change: float
    global_weight: float
    points: float | None
    new_top_id: str
    new_top_name: str
    exact: bool
    tolerance: float

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready view; ``change_points`` is the change in percentage points."""
        return {
            "direction": self.direction,
            "local_weight": round(self.local_weight, 9),
            "change_points": round(100.0 * self.change, 6),
            "global_weight": round(self.global_weight, 9),
            "points": None if self.points is None else round(self.points, 6),
            "new_top": {"id": self.new_top_id, "name": self.new_top_name},
            "exact": self.exact,
        }


@dataclass(frozen=True, eq=False)
class CriterionSensitivity:
    """One criterion's sensitivity: thresholds both ways and each option's score against its weight.

    ``curve_scores[i, p]`` is option *i*'s overall score when the criterion's local
    weight is ``curve_weights[p]``. For the weighted sum ``intercepts + slopes * w``
    gives the exact lines.
    """

    criterion_id: str
    name: str
    label: str
    is_group: bool
    status: Status
    note: str
    local_weight: float
    global_weight: float
    parent_weight: float
    increase: Threshold | None
    decrease: Threshold | None
    intercepts: np.ndarray | None
    slopes: np.ndarray | None
    curve_weights: np.ndarray
    curve_scores: np.ndarray

    @property
    def distance(self) -> float | None:
        """Smallest change of local weight (0-1) that changes the top option, or ``None``."""
        found = [abs(t.change) for t in (self.increase, self.decrease) if t is not None]
        return min(found) if found else None

    def as_dict(self, option_ids: Sequence[str], *, curve: bool = False) -> dict[str, Any]:
        """JSON-ready view; with ``curve`` also the chart data (scores on 0-100)."""
        out: dict[str, Any] = {
            "id": self.criterion_id,
            "name": self.name,
            "label": self.label,
            "is_group": self.is_group,
            "status": self.status,
            "note": self.note,
            "local_weight": round(self.local_weight, 9),
            "global_weight": round(self.global_weight, 9),
            "increase": None if self.increase is None else self.increase.as_dict(),
            "decrease": None if self.decrease is None else self.decrease.as_dict(),
        }
        if curve:
            out["curve"] = {
                "local_weights": [round(float(w), 9) for w in self.curve_weights],
                "scores": {oid: [round(100.0 * float(s), 6) for s in self.curve_scores[i]]
                           for i, oid in enumerate(option_ids)},
            }
            if self.intercepts is not None and self.slopes is not None:
                out["lines"] = {oid: {"intercept": round(100.0 * float(self.intercepts[i]), 9),
                                      "slope": round(100.0 * float(self.slopes[i]), 9)}
                                for i, oid in enumerate(option_ids)}
        return out


@dataclass(frozen=True, eq=False)
class SensitivityResult:
    """Sensitivity of every requested criterion, in tree order."""

    option_ids: tuple[str, ...]
    option_names: tuple[str, ...]
    top_id: str | None
    aggregation: AggregationMethod
    exact: bool
    criteria: tuple[CriterionSensitivity, ...]
    notes: tuple[str, ...] = ()

    def get(self, criterion_id: str) -> CriterionSensitivity:
        """The analysis of one criterion; ``KeyError`` if it was not analysed."""
        for c in self.criteria:
            if c.criterion_id == criterion_id:
                return c
        raise KeyError(criterion_id)

    def as_dict(self, *, curves: bool = False) -> dict[str, Any]:
        """JSON-ready view of every criterion's analysis."""
        return {
            "aggregation": self.aggregation.value,
            "exact": self.exact,
            "top": self.top_id,
            "criteria": [c.as_dict(self.option_ids, curve=curves) for c in self.criteria],
            "notes": list(self.notes),
        }


def nothing_to_test(ev: Evaluation) -> str:
    """Why there is no top option whose sensitivity could be tested; ``""`` when there is one.

    Worded like the uncertainty analysis's message when every option is excluded.
    """
    if ev.top() is not None:
        return ""
    if ev.option_ids and len(ev.excluded_option_ids) == len(ev.option_ids):
        return Phrase("Every option is excluded by a red line, so the sensitivity analysis has nothing to rank;"
                      " there is no top option to test.")
    return Phrase("{why} There is no top option to test.", why=ev.nothing_ranked())


def moves_top(new: str | None, top: str | None) -> bool:
    """Whether ``new``, the top option after a change, replaces ``top``.

    A change after which no option is ranked (every one excluded or unplaceable)
    puts no other option first, so it is not a flip.
    """
    return new is not None and new != top


def line_thresholds(
    a: np.ndarray, b: np.ndarray, top: int, w0: float, eligible: np.ndarray | None = None
) -> tuple[tuple[float, int] | None, tuple[float, int] | None]:
    """First crossing of the top option's line by another, above and below ``w0``.

    Lines are ``a_i + b_i w`` on ``0 <= w <= 1``; only options where ``eligible``
    is True (default: all) can take over. Returns ``(w, new_top)`` per
    direction, or ``None`` when the top line stays highest to that end (a line
    that only reaches the top one at ``w = 0`` or ``w = 1`` never gets ahead).
    Among lines crossing at the same point the steepest in that direction wins.
    """
    da, db = a - a[top], b - b[top]
    found: list[tuple[float, int] | None] = []
    for sign in (1.0, -1.0):
        best: tuple[float, float, int] | None = None
        room = w0 < 1.0 if sign > 0 else w0 > 0.0
        ok = sign * db > _SLOPE_EPS
        if eligible is not None:
            ok &= eligible
        for k in np.flatnonzero(ok) if room else ():
            w = float(-da[k] / db[k])
            w = max(w, w0) if sign > 0 else min(w, w0)
            if not _END < w < 1.0 - _END and w != w0:
                continue  # meeting at 0 or 1 only draws level: the other option cannot get ahead
            key = (sign * w, -sign * float(db[k]), int(k))
            if best is None or key < best:
                best = key
        found.append(None if best is None else (sign * best[0], best[2]))
    return found[0], found[1]


def _bisect(flipped: Callable[[float], bool], inside: float, outside: float, tol: float) -> tuple[float, float]:
    while abs(outside - inside) > tol:
        mid = 0.5 * (inside + outside)
        if flipped(mid):
            outside = mid
        else:
            inside = mid
    return inside, outside


def criterion_sensitivity(
    decision: Decision,
    criterion_id: str,
    *,
    base: Evaluation | None = None,
    grid: int = GRID,
    tolerance: float = TOLERANCE,
    probe: WeightProbe | None = None,
) -> CriterionSensitivity:
    """Sensitivity of the top option to one criterion's local weight.

    Parameters
    ----------
    decision : Decision
    criterion_id : str
        A leaf or a group.
    base : Evaluation, optional
        ``evaluate(decision)``, if already at hand.
    grid : int
        Points of the chart curves (and of the search grid for non-additive methods).
    tolerance : float
        Width of the bracket around a threshold found by bisection.
    probe : WeightProbe, optional
        ``WeightProbe(decision, base)`` to share between criteria (other methods only).

    Returns
    -------
    CriterionSensitivity

    Raises
    ------
    InvalidInputError
        If ``criterion_id`` is not a criterion of the decision.
    """
    if not decision.has_criterion(criterion_id):
        raise InvalidInputError(f"there is no criterion with id {criterion_id!r}", where="criterion")
    ev = base if base is not None else evaluate(decision)
    fam = WeightFamily(decision, criterion_id)
    crit = fam.crit
    n = len(ev.option_ids)
    ws = np.linspace(0.0, 1.0, max(2, grid))
    exact = decision.method.aggregation is AggregationMethod.WSM
    a = b = None
    thresholds: dict[str, Threshold | None] = {"increase": None, "decrease": None}
    top = ev.top()
    if fam.status != "ok":
        scores = np.repeat(np.asarray(ev.totals, dtype=float)[:, None], ws.size, axis=1)
    elif exact:
        g0, g1 = fam.leaf_weights_at(0.0), fam.leaf_weights_at(1.0)
        values = np.asarray(ev.values, dtype=float)
        a, b = values @ g0, values @ (g1 - g0)
        scores = a[:, None] + b[:, None] * ws[None, :]
        if top is not None and n > 1 and ev.is_ranked(top):
            t = ev.option_index(top)
            ranked = np.array([ev.is_ranked(o) for o in ev.option_ids], dtype=bool)
            for name, hit in zip(("increase", "decrease"), line_thresholds(a, b, t, fam.w0, ranked)):
                if hit is not None:
                    thresholds[name] = _threshold(name, hit[0], hit[1], fam, ev, True, 0.0)
    else:
        probe = probe if probe is not None else WeightProbe(decision, ev)
        runs = [probe.run(row) for row in fam.leaf_weights_grid(ws)]
        scores = np.array([totals for totals, _ in runs]).T.reshape(n, ws.size)
        if top is not None and n > 1:
            def flipped(w: float) -> bool:
                return moves_top(probe.top(fam.leaf_weights_at(w)), top)
            tops = [new for _, new in runs]
            for name, sign in (("increase", 1), ("decrease", -1)):
                idx = [p for p in range(ws.size) if sign * (ws[p] - fam.w0) > 0]
                idx.sort(key=lambda p: sign * ws[p])
                inside = fam.w0
                for p in idx:
                    if moves_top(tops[p], top):
                        lo, hi = _bisect(flipped, inside, float(ws[p]), tolerance)
                        new = probe.top(fam.leaf_weights_at(hi))
                        thresholds[name] = _threshold(
                            name, 0.5 * (lo + hi), ev.option_index(new or top), fam, ev, False, abs(hi - lo) / 2
                        )
                        break
                    inside = float(ws[p])
    return CriterionSensitivity(
        criterion_id=crit.id, name=crit.name, label=decision.path_name(crit.id), is_group=crit.is_group,
        status=fam.status, note=fam.note, local_weight=fam.w0,
        global_weight=float(fam.weights.global_[crit.id]), parent_weight=fam.parent_weight,
        increase=thresholds["increase"], decrease=thresholds["decrease"],
        intercepts=a, slopes=b, curve_weights=ws, curve_scores=scores,
    )


def _threshold(direction: str, w: float, new: int, fam: WeightFamily, ev: Evaluation,
               exact: bool, tol: float) -> Threshold:
    return Threshold(
        direction="increase" if direction == "increase" else "decrease",
        local_weight=w, change=w - fam.w0, global_weight=fam.parent_weight * w,
        points=fam.equivalent_points(w), new_top_id=ev.option_ids[new], new_top_name=ev.option_names[new],
        exact=exact, tolerance=tol,
    )


def weight_probe_for(decision: Decision, base: Evaluation) -> WeightProbe | None:
    """The probe :func:`weight_sensitivity` re-weights with: none for the weighted sum (its thresholds are exact)."""
    return None if decision.method.aggregation is AggregationMethod.WSM else WeightProbe(decision, base)


def weight_sensitivity(
    decision: Decision,
    criterion_ids: Sequence[str] | None = None,
    *,
    grid: int = GRID,
    tolerance: float = TOLERANCE,
    base: Evaluation | None = None,
    probe: WeightProbe | None = None,
) -> SensitivityResult:
    """One-way sensitivity of the top option to each criterion's weight.

    Parameters
    ----------
    decision : Decision
    criterion_ids : sequence of str, optional
        Criteria to analyse (default: every criterion, groups included, tree order).
    grid, tolerance
        See :func:`criterion_sensitivity`.
    base, probe : optional
        ``evaluate(decision)`` and ``WeightProbe(decision, base)`` if already at hand (a
        caller analysing the criteria a few at a time shares them between the calls).

    Returns
    -------
    SensitivityResult
    """
    ev = base if base is not None else evaluate(decision)
    ids = [c.id for c, _ in decision.walk()] if criterion_ids is None else list(criterion_ids)
    probe = probe if probe is not None else weight_probe_for(decision, ev)
    results = tuple(criterion_sensitivity(decision, cid, base=ev, grid=grid, tolerance=tolerance, probe=probe)
                    for cid in ids)
    why = nothing_to_test(ev)
    return SensitivityResult(
        option_ids=ev.option_ids, option_names=ev.option_names, top_id=ev.top(),
        aggregation=decision.method.aggregation,
        exact=decision.method.aggregation is AggregationMethod.WSM, criteria=results,
        notes=(why,) if why and ev.option_ids else (),
    )


__all__ = [
    "CriterionSensitivity",
    "SensitivityResult",
    "Threshold",
    "WeightFamily",
    "criterion_sensitivity",
    "line_thresholds",
    "moves_top",
    "nothing_to_test",
    "rebuild",
    "weight_probe_for",
    "weight_sensitivity",
]
