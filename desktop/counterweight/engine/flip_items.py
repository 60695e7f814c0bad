"""One item of the distance to flip, and the score-by-score pieces both ways of finding it share.

:mod:`counterweight.engine.flip` puts every item together and gives the verdict;
:mod:`counterweight.engine.flip_exact` works the score items out in closed form
under the weighted sum with value functions. Both build :class:`FlipItem` from the
same fields of a score cell (:func:`score_cell`), read a numeric scale's value
function the same way (:func:`value_knots`, :func:`nearest_crossing`) and fall back
on the same search (:func:`search_score`: grid and bisection, or every level), so
those live here, below both, and the two modules import them from one place
instead of from each other.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from counterweight.domain.decision import Decision
from counterweight.domain.scales import NumericScale, QualitativeScale
from counterweight.engine.evaluation import Evaluation
from counterweight.engine.score_probe import ScoreProbe
from counterweight.engine.sensitivity import moves_top

_GRID = 21
_TOL = 1e-9


@dataclass(frozen=True, slots=True)  # 60,000 of them on 1,000 x 60: no dict each (h28a)
class FlipItem:
    """One weight or one score, and the smallest change of it that changes the top option.

    ``change`` is signed, in local-weight units (weights), the criterion's units
    (numeric scores) or level value points 0-100 (qualitative scores).
    ``fraction`` is ``|change|`` divided by the item's range; ``None`` when no
    change within the range flips the top option (``note`` says why).
    """

    kind: Literal["weight", "score"]
    label: str
    criterion_id: str
    option_id: str | None
    current: float | str | None
    target: float | str | None
    change: float | None
    fraction: float | None
    span: float
    new_top_id: str | None
    exact: bool
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready view (numbers rounded to 9 decimals)."""
        def num(x: float | str | None) -> float | str | None:
            return round(x, 9) if isinstance(x, float) else x

        return {
            "kind": self.kind, "label": self.label, "criterion_id": self.criterion_id,
            "option_id": self.option_id, "current": num(self.current), "target": num(self.target),
            "change": num(self.change), "fraction": num(self.fraction), "new_top": self.new_top_id,
            "exact": self.exact, "note": self.note,
        }


def nearest_crossing(x0: float, xs: np.ndarray, vs: np.ndarray, target: float, sign: float) -> float | None:
    """Nearest ``x`` to ``x0`` on the boundary of ``{x : sign * (v(x) - target) > 0}``.

    ``v`` is piecewise linear through ``(xs, vs)`` on ``[xs[0], xs[-1]]``. Returns
    ``x0`` if ``x0`` is already on or inside the set, ``None`` if the set is empty.
    """
    f = sign * (np.asarray(vs, dtype=float) - target)
    f0 = sign * (float(np.interp(x0, xs, vs)) - target)
    if f0 >= 0:
        return x0
    cands = [float(x) for x, fx in zip(xs, f) if fx > 0]
    for k in range(len(xs) - 1):
        fa, fb = float(f[k]), float(f[k + 1])
        if fa != fb and max(fa, fb) > 0 and min(fa, fb) <= 0:
            cands.append(float(xs[k] + (0.0 - fa) * (xs[k + 1] - xs[k]) / (fb - fa)))
    return min(cands, key=lambda x: (abs(x - x0), x)) if cands else None


def value_knots(scale: NumericScale, higher_better: bool) -> tuple[np.ndarray, np.ndarray]:
    """The value function of a numeric scale as knots ``(x, value 0-1)`` over the scale."""
    lo, hi = scale.lower, scale.upper
    if not scale.breakpoints:
        return np.array([lo, hi]), (np.array([0.0, 1.0]) if higher_better else np.array([1.0, 0.0]))
    bx = np.array([b.x for b in scale.breakpoints], dtype=float)
    bv = np.array([b.value for b in scale.breakpoints], dtype=float) / 100.0
    inside = (bx > lo) & (bx < hi)
    xs = np.concatenate([[lo], bx[inside], [hi]])
    return xs, np.interp(xs, bx, bv)


def score_cell(decision: Decision, ev: Evaluation, i: int, j: int) -> tuple[dict[str, Any], float | str | None, str]:
    """Fields shared by every score item, the current score, and why it cannot move ('' if it can)."""
    crit = decision.criterion(ev.leaf_ids[j])
    scale = crit.scale
    oid = ev.option_ids[i]
    span = (scale.upper - scale.lower) if isinstance(scale, NumericScale) else _level_span(scale)  # type: ignore[arg-type]
    base: dict[str, Any] = dict(kind="score", label=f"{ev.option_names[i]} on {ev.leaf_labels[j]}",
                                criterion_id=crit.id, option_id=oid, span=span)
    sc = decision.score(oid, crit.id)
    if isinstance(scale, QualitativeScale):
        lv = None if sc is None or sc.level is None else scale.level(sc.level)
        return base, (None if lv is None else lv.label), ("" if lv is not None else "No score to change.")
    if sc is None or sc.value is None:
        return base, None, "No score to change."
    return base, float(sc.value), ""



def _level_span(scale: QualitativeScale) -> float:
    values = [lv.value for lv in scale.levels]
    return float(max(values) - min(values))


def search_score(decision: Decision, ev: Evaluation, i: int, j: int, probe: ScoreProbe) -> FlipItem:
    """Grid and bisection (numeric) or every level (qualitative), each step a re-evaluation (``probe``)."""
    base, current, why = score_cell(decision, ev, i, j)
    common = {**base, "exact": False}
    span = float(base["span"])
    if why:
        return FlipItem(**common, current=current, target=None, change=None, fraction=None, new_top_id=None, note=why)
    cid = ev.leaf_ids[j]
    top = ev.top()
    scale = decision.criterion(cid).scale

    def top_with(**change: Any) -> str | None:
        return probe.top_with(i, j, **change)  # as evaluating the decision with this one score changed

    if isinstance(scale, QualitativeScale):
        raw = float(scale.level(str(current)).value)  # type: ignore[union-attr]
        tried = [(abs(lv.value - raw), lv, top_with(level=lv.label)) for lv in scale.levels]
        hits = sorted((d, lv.label, lv.value, new) for d, lv, new in tried if moves_top(new, top))
        if not hits or span <= 0:
            return FlipItem(**common, current=current, target=None, change=None, fraction=None,
                            new_top_id=None, note="No level of the scale changes the top option.")
        d, label, value, new = hits[0]
        return FlipItem(**common, current=current, target=label, change=value - raw,
                        fraction=d / span, new_top_id=new)
    assert isinstance(scale, NumericScale)
    x0 = float(current)  # type: ignore[arg-type]
    best: tuple[float, float, str | None] | None = None
    grid = np.linspace(scale.lower, scale.upper, _GRID)
    for side in (grid[grid > x0], grid[grid < x0][::-1]):
        inside = x0
        for x in side:
            new = top_with(value=float(x))
            if moves_top(new, top):
                outside = float(x)
                while abs(outside - inside) > _TOL * max(1.0, span):
                    mid = 0.5 * (inside + outside)
                    if moves_top(top_with(value=mid), top):
                        outside = mid
                    else:
                        inside = mid
                cand = (abs(outside - x0), 0.5 * (inside + outside), top_with(value=outside))
                best = cand if best is None or cand[0] < best[0] else best
                break
            inside = float(x)
    if best is None:
        return FlipItem(**common, current=x0, target=None, change=None, fraction=None, new_top_id=None,
                        note="No score within the scale changes the top option (searched on a grid).")
    return FlipItem(**common, current=x0, target=best[1], change=best[1] - x0, fraction=abs(best[1] - x0) / span,
                    new_top_id=best[2])


__all__ = ["FlipItem", "nearest_crossing", "score_cell", "search_score", "value_knots"]
