"""The closed-form score distances to flip of :mod:`counterweight.engine.flip`, a criterion at a time.

Under the weighted sum with value functions a change of option *i*'s score on leaf
*j* moves only its own total, so the value each option needs on *j* follows from the
totals alone (``flip.py`` explains the formula). :func:`exact_items` works that out
for a whole column of the score table at once with numpy, doing element by element
the same floating-point operations, in the same order, as the score-by-score
:func:`exact_score` (kept for the columns that need it, and as the reference the
tests compare with), so every distance is the same number to the last bit (session
27: the score-by-score loop took seconds on 1,000 options x 60 criteria).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from counterweight.domain.decision import Decision
from counterweight.domain.methods import RedLineAction
from counterweight.domain.scales import NumericScale, QualitativeScale
from counterweight.engine.evaluation import Evaluation
from counterweight.engine.flip_items import FlipItem, nearest_crossing, score_cell, search_score, value_knots
from counterweight.engine.ranking import is_tie, tie_mask
from counterweight.engine.score_probe import ScoreProbe


def tie_gap(top: float, other: float) -> float:
    """How far ``other``'s total is behind the top's: exactly 0 when the ranking ties them (no rounding noise)."""
    return 0.0 if is_tie(top, other) else top - other


def tie_gaps(top: float, totals: np.ndarray) -> np.ndarray:
    """How far each total is behind ``top``: exactly 0 where the ranking ties them (``is_tie``), element-wise."""
    t = np.float64(top)
    return np.where(tie_mask(t, totals), 0.0, t - totals)


def value_targets(values: np.ndarray, totals: np.ndarray, g: float, top: int,
                  runner: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For one leaf of weight ``g > 0``: the value each option must pass, the side, and who comes first then.

    A challenger *i* overtakes the top option when its value rises above ``v_i +
    gap_i / g``; the top option loses first place to ``runner`` when its value falls
    below ``v_t - gap_runner / g``. Returns ``(target, sign, new_top_row)``.
    """
    target = values + tie_gaps(totals[top], totals) / g
    target[top] = values[top] - tie_gaps(totals[top], totals[runner:runner + 1])[0] / g
    sign = np.ones(values.shape[0])
    sign[top] = -1.0
    new = np.arange(values.shape[0])
    new[top] = runner
    return target, sign, new


def nearest_crossings(x0: np.ndarray, xs: np.ndarray, vs: np.ndarray, target: np.ndarray,
                      sign: np.ndarray) -> np.ndarray:
    """:func:`~counterweight.engine.flip_items.nearest_crossing` for many rows at once; NaN where it gives ``None``.

    Row *r* asks for the ``x`` nearest ``x0[r]`` on the boundary of ``{x : sign[r] *
    (v(x) - target[r]) > 0}``, ``v`` piecewise linear through ``(xs, vs)``. Among
    candidates equally near, the smaller ``x`` wins, as there.
    """
    xs, vs = np.asarray(xs, dtype=float), np.asarray(vs, dtype=float)
    f = sign[:, None] * (vs[None, :] - target[:, None])
    f0 = sign * (np.interp(x0, xs, vs) - target)
    knots = np.where(f > 0, xs[None, :], np.nan)
    fa, fb = f[:, :-1], f[:, 1:]
    crossing = (fa != fb) & (np.maximum(fa, fb) > 0) & (np.minimum(fa, fb) <= 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        segs = xs[None, :-1] + (0.0 - fa) * (xs[None, 1:] - xs[None, :-1]) / (fb - fa)
    cands = np.concatenate([knots, np.where(crossing, segs, np.nan)], axis=1)
    dist = np.abs(cands - x0[:, None])
    dist = np.where(np.isnan(cands), np.inf, dist)
    nearest = dist.min(axis=1, keepdims=True)
    best = np.where((dist == nearest) & np.isfinite(dist), cands, np.inf).min(axis=1)
    best = np.where(np.isfinite(best), best, np.nan)
    return np.where(f0 >= 0, x0, best)


def exact_score(decision: Decision, ev: Evaluation, i: int, j: int) -> FlipItem:
    """Option ``i``'s score item on leaf ``j`` in closed form, one score at a time (the reference for the columns)."""
    base, current, why = score_cell(decision, ev, i, j)
    base["exact"] = True
    span = base["span"]
    crit = decision.criterion(ev.leaf_ids[j])
    scale = crit.scale
    raw = float(ev.raw[i, j])
    g = float(ev.leaf_weights[j])
    if why or g <= 0:
        return FlipItem(**base, current=current, target=None, change=None, fraction=None, new_top_id=None,
                        note=why or "The criterion carries no weight.")
    if not ev.is_ranked(ev.option_ids[i]):
        return FlipItem(**base, current=current, target=None, change=None, fraction=None, new_top_id=None,
                        note="A red line excludes this option from the ranking.")
    t = int(ev.order[0])
    totals = np.asarray(ev.totals, dtype=float)
    v = float(ev.values[i, j])
    if i == t:
        runner = int(next(k for k in ev.order if int(k) != t))
        if not ev.is_ranked(ev.option_ids[runner]):
            return FlipItem(**base, current=current, target=None, change=None, fraction=None, new_top_id=None,
                            note="No other option is ranked.")
        target, sign, new = v - tie_gap(totals[t], totals[runner]) / g, -1.0, runner
    else:
        target, sign, new = v + tie_gap(totals[t], totals[i]) / g, 1.0, i
    if isinstance(scale, QualitativeScale):
        flips = [lv for lv in scale.levels if sign * (lv.value / 100.0 - target) > 0]
        if not flips or span <= 0:
            return FlipItem(**base, current=current, target=None, change=None, fraction=None,
                            new_top_id=None, note="No level of the scale changes the top option.")
        lv = min(flips, key=lambda x: abs(x.value - raw))
        return FlipItem(**base, current=current, target=lv.label, change=lv.value - raw,
                        fraction=abs(lv.value - raw) / span, new_top_id=ev.option_ids[new])
    assert isinstance(scale, NumericScale)
    xs, vs = value_knots(scale, crit.direction.value == "higher_better")
    x = nearest_crossing(raw, xs, vs, target, sign)
    if x is None:
        return FlipItem(**base, current=raw, target=None, change=None, fraction=None,
                        new_top_id=None, note="No score within the scale changes the top option.")
    return FlipItem(**base, current=raw, target=x, change=x - raw, fraction=abs(x - raw) / span,
                    new_top_id=ev.option_ids[new])


def exact_items(decision: Decision, ev: Evaluation) -> list[FlipItem]:
    """Every score's item under the weighted sum with value functions, in option-then-criterion order.

    Each column is worked out at once; a column with a red line that excludes options
    (a score change can cross it) is searched score by score, and one without weight,
    or where the top option has no ranked runner-up, goes score by score too.
    """
    guarded = {r.criterion_id for r in decision.red_lines if r.action is RedLineAction.EXCLUDE}
    n = len(ev.option_ids)
    ranked = np.array([ev.is_ranked(oid) for oid in ev.option_ids], dtype=bool)
    t = int(ev.order[0])
    runner = int(next(k for k in ev.order if int(k) != t))
    totals = np.asarray(ev.totals, dtype=float)
    probe: ScoreProbe | None = None
    columns: list[list[FlipItem]] = []
    for j, cid in enumerate(ev.leaf_ids):
        crit = decision.criterion(cid)
        g = float(ev.leaf_weights[j])
        if cid in guarded:
            probe = probe if probe is not None else ScoreProbe(decision, ev)
            columns.append([search_score(decision, ev, i, j, probe) for i in range(n)])
        elif g > 0 and ranked[runner]:
            column = _numeric_column if isinstance(crit.scale, NumericScale) else _level_column
            columns.append(column(decision, ev, j, ranked, value_targets(
                np.asarray(ev.values[:, j], dtype=float), totals, g, t, runner)))
        else:
            columns.append([exact_score(decision, ev, i, j) for i in range(n)])
    return [columns[j][i] for i in range(n) for j in range(len(columns))]


def _numeric_column(decision: Decision, ev: Evaluation, j: int, ranked: np.ndarray,
                    aim: tuple[np.ndarray, np.ndarray, np.ndarray]) -> list[FlipItem]:
    """:func:`exact_score` for every option on numeric leaf ``j`` (weight > 0, a ranked runner-up)."""
    crit = decision.criterion(ev.leaf_ids[j])
    scale = crit.scale
    assert isinstance(scale, NumericScale)
    span = scale.upper - scale.lower
    raw = np.asarray(ev.raw[:, j], dtype=float)
    target, sign, new = aim
    xs, vs = value_knots(scale, crit.direction.value == "higher_better")
    found = nearest_crossings(raw, xs, vs, target, sign)
    items = []
    for i, oid in enumerate(ev.option_ids):
        base: dict[str, Any] = dict(kind="score", label=f"{ev.option_names[i]} on {ev.leaf_labels[j]}",
                                    criterion_id=crit.id, option_id=oid, span=span, exact=True)
        x0 = float(raw[i])
        if np.isnan(x0):  # no score, or only a range: the value function has nothing to start from
            items.append(FlipItem(**base, current=None, target=None, change=None, fraction=None, new_top_id=None,
                                  note="No score to change."))
        elif not ranked[i]:
            items.append(FlipItem(**base, current=x0, target=None, change=None, fraction=None, new_top_id=None,
                                  note="A red line excludes this option from the ranking."))
        elif np.isnan(found[i]):
            items.append(FlipItem(**base, current=x0, target=None, change=None, fraction=None, new_top_id=None,
                                  note="No score within the scale changes the top option."))
        else:
            x = float(found[i])
            items.append(FlipItem(**base, current=x0, target=x, change=x - x0, fraction=abs(x - x0) / span,
                                  new_top_id=ev.option_ids[int(new[i])]))
    return items



def _level_column(decision: Decision, ev: Evaluation, j: int, ranked: np.ndarray,
                  aim: tuple[np.ndarray, np.ndarray, np.ndarray]) -> list[FlipItem]:
    """:func:`exact_score` for every option on qualitative leaf ``j``: the nearest level past the target."""
    crit = decision.criterion(ev.leaf_ids[j])
    scale = crit.scale
    assert isinstance(scale, QualitativeScale)
    levels = scale.levels
    target, sign, new = aim
    raw = np.asarray(ev.raw[:, j], dtype=float)
    worth = np.array([lv.value for lv in levels], dtype=float)
    flips = sign[:, None] * (worth[None, :] / 100.0 - target[:, None]) > 0
    nearest = np.argmin(np.where(flips, np.abs(worth[None, :] - raw[:, None]), np.inf), axis=1)  # first of equals
    some = flips.any(axis=1)
    items = []
    for i, oid in enumerate(ev.option_ids):
        base, current, why = score_cell(decision, ev, i, j)
        base["exact"] = True
        span, r = base["span"], float(raw[i])
        if why or not ranked[i] or not some[i] or span <= 0:
            note = why or ("A red line excludes this option from the ranking." if not ranked[i]
                           else "No level of the scale changes the top option.")
            items.append(FlipItem(**base, current=current, target=None, change=None, fraction=None, new_top_id=None,
                                  note=note))
            continue
        lv = levels[int(nearest[i])]
        items.append(FlipItem(**base, current=current, target=lv.label, change=lv.value - r,
                              fraction=abs(lv.value - r) / span, new_top_id=ev.option_ids[int(new[i])]))
    return items


__all__ = ["exact_items", "exact_score", "nearest_crossings", "tie_gap", "tie_gaps", "value_targets"]
