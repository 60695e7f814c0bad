"""Distance to flip: the smallest single change of a weight or a score that changes the top option.

* **Weights**: for each criterion, the smaller of the two one-way thresholds of
  :mod:`counterweight.engine.sensitivity` (local weight, siblings rescaled), as
  a share of the local-weight range 0-1.
* **Scores**, weighted sum with value functions (exact): changing option *i*'s
  score on leaf *j* moves only its own total, by ``g_j (v' - v_ij)``. A challenger
  overtakes the top option *t* when ``v' > v_ij + (T_t - T_i) / g_j``; the top
  option loses first place when ``v' < v_tj - (T_t - T_2) / g_j`` (``T_2`` the
  best other total). The value threshold is turned back into the criterion's
  units through the value function (linear or piecewise), staying within the
  scale; a qualitative score moves to the nearest level that flips the result.
  This is the "minimum change in a performance measure" of Triantaphyllou &
  Sánchez (1997), "A sensitivity analysis approach for some deterministic
  multi-criteria decision-making methods", *Decision Sciences* 28(1), applied to
  value scores.
* **Scores**, other methods and data-driven normalisations, and criteria with a
  red line that excludes options (a score change can cross it): a grid search
  over the scale with bisection (numeric) or a trial of every level
  (qualitative), each step a full evaluation; skipped beyond
  ``max_search_cells`` cells (except the red-line criteria of an exact analysis).

Only a change that puts another *ranked* option first is a flip; one after which
no option is ranked is not. The verdict is "fragile" when some single change
smaller than ``threshold`` (10% of its range by default: 10 points of local weight,
or 10% of a scale) changes the top option, a distance within the tie tolerance of
the threshold counting as equal to it (:func:`is_fragile`), and "robust"
otherwise. It is "tied" when two or more ranked options share first place (equal
totals as the ranking ties them): any change that favours one of them puts it
first, so the result is neither robust nor fragile. It is "not applicable", with
the reason in ``notes`` and a code in ``reason``, with fewer than two options, no
scored criteria, no criterion carrying weight, no option ranked (every one excluded
by a red line) or no score at all. See docs/methods.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from counterweight.domain.decision import Decision
from counterweight.domain.methods import AggregationMethod, Normalization
from counterweight.domain.scales import NumericScale, QualitativeScale
from counterweight.engine.evaluate import evaluate
from counterweight.engine.diagnostics import ALL_WEIGHTS_ZERO, NO_CRITERIA
from counterweight.engine.evaluation import Evaluation
from counterweight.engine.phrase import Phrase
from counterweight.engine.ranking import is_tie
from counterweight.engine.score_probe import ScoreProbe
from counterweight.engine.sensitivity import (
    SensitivityResult,
    moves_top,
    nothing_to_test,
    weight_sensitivity,
)

FRAGILE_THRESHOLD = 0.10
MAX_SEARCH_CELLS = 150
_GRID = 21
_TOL = 1e-9

Verdict = Literal["robust", "fragile", "tied", "not_applicable"]
#: Why a verdict is "not applicable" (``FlipResult.reason``); ``notes`` holds the sentence.
Reason = Literal["", "few_options", "no_criteria", "no_weight", "nothing_ranked", "no_scores"]


@dataclass(frozen=True)
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


@dataclass(frozen=True, eq=False)
class FlipResult:
    """Every item's distance to flip, most fragile first, and the overall verdict.

    ``tied_ids`` are the options that share first place (in ranking order; ``top_id``
    is the first of them), also under "not applicable" (no weight: every option ties
    at 0), and empty when one option leads alone. ``reason`` says
    why the verdict is ``"not_applicable"`` (``""`` otherwise); the first note is
    that reason in words.
    """

    top_id: str | None
    items: tuple[FlipItem, ...]
    threshold: float
    verdict: Verdict
    notes: tuple[str, ...] = ()
    tied_ids: tuple[str, ...] = ()
    reason: Reason = ""

    @property
    def fragile_items(self) -> tuple[FlipItem, ...]:
        """The items whose distance is below the threshold (see :func:`is_fragile`)."""
        return tuple(i for i in self.items if is_fragile(i.fraction, self.threshold))

    def tornado(self) -> list[tuple[str, float]]:
        """``(label, fraction)`` of the items that can flip the result, smallest first."""
        return [(i.label, i.fraction) for i in self.items if i.fraction is not None]

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready view: verdict, threshold and every item, most fragile first."""
        return {
            "top": self.top_id, "verdict": self.verdict, "threshold": self.threshold,
            "items": [i.as_dict() for i in self.items], "notes": list(self.notes),
            "tied": list(self.tied_ids), "reason": self.reason or None,
        }


def is_fragile(fraction: float | None, threshold: float = FRAGILE_THRESHOLD) -> bool:
    """Whether a distance to flip is smaller than ``threshold``.

    A distance within the ranking's tie tolerance of the threshold (docs/methods.md,
    section 5) counts as exactly the threshold, so it is not smaller: two moves that
    are equal on paper get the same verdict whatever the rounding.
    """
    return fraction is not None and fraction < threshold and not is_tie(fraction, threshold)


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


def _weight_items(sens: SensitivityResult) -> list[FlipItem]:
    items = []
    for c in sens.criteria:
        best = min((t for t in (c.increase, c.decrease) if t is not None), key=lambda t: abs(t.change), default=None)
        items.append(FlipItem(
            kind="weight", label=f"Weight of {c.label}", criterion_id=c.criterion_id, option_id=None,
            current=c.local_weight, target=None if best is None else best.local_weight,
            change=None if best is None else best.change, fraction=None if best is None else abs(best.change),
            span=1.0, new_top_id=None if best is None else best.new_top_id, exact=sens.exact,
            note=c.note or ("" if best is not None else "No weight from 0% to 100% changes the top option."),
        ))
    return items


def _cell(decision: Decision, ev: Evaluation, i: int, j: int) -> tuple[dict[str, Any], float | str | None, str]:
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


def _gap(top: float, other: float) -> float:
    """How far ``other``'s total is behind the top's: exactly 0 when the ranking ties them (no rounding noise)."""
    return 0.0 if is_tie(top, other) else top - other


def _level_span(scale: QualitativeScale) -> float:
    values = [lv.value for lv in scale.levels]
    return float(max(values) - min(values))


def _search_score(decision: Decision, ev: Evaluation, i: int, j: int, probe: ScoreProbe) -> FlipItem:
    """Grid and bisection (numeric) or every level (qualitative), each step a re-evaluation (``probe``)."""
    base, current, why = _cell(decision, ev, i, j)
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


def flip_distances(
    decision: Decision,
    *,
    sensitivity: SensitivityResult | None = None,
    threshold: float = FRAGILE_THRESHOLD,
    max_search_cells: int = MAX_SEARCH_CELLS,
    base: Evaluation | None = None,
) -> FlipResult:
    """Distance to flip for every weight and every score, and a robust/fragile verdict.

    Parameters
    ----------
    decision : Decision
    sensitivity : SensitivityResult, optional
        ``weight_sensitivity(decision)`` if already computed (all criteria).
    threshold : float
        A change smaller than this share of its range that flips the top option
        makes the result "fragile".
    max_search_cells : int
        Largest number of score cells searched numerically when no closed form
        applies (other methods, data-driven normalisations).
    base : Evaluation, optional
        ``evaluate(decision)`` if already at hand.

    Returns
    -------
    FlipResult
        Items sorted by ``fraction`` (smallest first; items that cannot flip last).
    """
    ev = base if base is not None else evaluate(decision)
    top = ev.top()
    reason, why = not_applicable(ev)
    tied = ev.first_place()
    tied = tied if len(tied) > 1 else ()
    if reason:  # with no weight, no criteria or no scores every option ties at 0: tied_ids says so
        return FlipResult(top, (), threshold, "not_applicable", (why,), tied_ids=tied, reason=reason)
    sens = sensitivity if sensitivity is not None else weight_sensitivity(decision, base=ev)
    items = _weight_items(sens)
    notes: list[str] = []
    exact = (decision.method.aggregation is AggregationMethod.WSM
             and ev.normalization is Normalization.VALUE_FUNCTION)
    n_cells = len(ev.option_ids) * len(ev.leaf_ids)
    if exact:
        from counterweight.engine.flip_exact import exact_items  # it builds on this module's items

        items += exact_items(decision, ev)
    elif n_cells <= max_search_cells:
        probe = ScoreProbe(decision, ev)
        items += [_search_score(decision, ev, i, j, probe) for i in range(len(ev.option_ids))
                  for j in range(len(ev.leaf_ids))]
    else:
        notes.append(Phrase(
            "Score changes were not searched: {n} scores is more than {limit}; exact"
            " distances are available for the weighted sum with value functions.", n=n_cells, limit=max_search_cells
        ))
    items.sort(key=lambda it: (it.fraction is None, it.fraction if it.fraction is not None else 0.0))
    if tied:  # any change favouring one of them puts it first: neither robust nor fragile
        return FlipResult(top, tuple(items), threshold, "tied", tuple(notes), tied_ids=tied)
    fragile = any(is_fragile(it.fraction, threshold) for it in items)
    return FlipResult(top, tuple(items), threshold, "fragile" if fragile else "robust", tuple(notes))


def sensitivity_and_flips(
    decision: Decision, *, threshold: float = FRAGILE_THRESHOLD, base: Evaluation | None = None
) -> tuple[SensitivityResult, FlipResult]:
    """:func:`weight_sensitivity` of every criterion and :func:`flip_distances`, evaluating ``decision`` once.

    For the callers that report both (the command line, the brief, the spreadsheet's
    Robustness sheet); ``base`` is ``evaluate(decision)`` when the caller already has it.
    """
    ev = base if base is not None else evaluate(decision)
    sensitivity = weight_sensitivity(decision, base=ev)
    return sensitivity, flip_distances(decision, sensitivity=sensitivity, threshold=threshold, base=ev)


def not_applicable(ev: Evaluation) -> tuple[Reason, str]:
    """Why no robust/fragile verdict applies, as a code and a sentence; ``("", "")`` when one does.

    The sentence is the evaluation's own warning where there is one (no scored
    criteria, no criterion carrying weight), so the verdict and the warnings agree.
    """
    warnings = {d.code: d.message for d in ev.diagnostics}
    if len(ev.option_ids) < 2:
        return "few_options", Phrase("Fewer than two options: nothing can change places.")
    if NO_CRITERIA in warnings:
        return "no_criteria", warnings[NO_CRITERIA]
    if ALL_WEIGHTS_ZERO in warnings:
        return "no_weight", warnings[ALL_WEIGHTS_ZERO]
    if ev.top() is None:  # every option excluded by a red line (or unplaceable): there is no top option to test
        return "nothing_ranked", nothing_to_test(ev)
    if np.isnan(np.asarray(ev.raw, dtype=float)).all():
        if ev.aggregation is AggregationMethod.WSM:
            return "no_scores", Phrase("No option has a score yet, so every option scores 0.")
        return "no_scores", Phrase("No option has a score yet, so {method} cannot tell the options apart: every"
                                   " option ties.", method=Phrase.term(ev.aggregation.label))
    return "", ""


__all__ = [
    "FRAGILE_THRESHOLD",
    "FlipItem",
    "FlipResult",
    "Reason",
    "flip_distances",
    "is_fragile",
    "nearest_crossing",
    "not_applicable",
    "sensitivity_and_flips",
    "value_knots",
]
