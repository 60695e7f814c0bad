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

The closed form is worked out in :mod:`counterweight.engine.flip_exact`; the item
(:class:`FlipItem`) and the score-by-score search both use come from
:mod:`counterweight.engine.flip_items`, so imports between the three go one way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from counterweight.domain.decision import Decision
from counterweight.domain.methods import AggregationMethod, Normalization
from counterweight.engine.evaluate import evaluate
from counterweight.engine.diagnostics import ALL_WEIGHTS_ZERO, NO_CRITERIA
from counterweight.engine.evaluation import Evaluation
from counterweight.engine.flip_exact import exact_items
from counterweight.engine.flip_items import FlipItem, nearest_crossing, search_score, value_knots
from counterweight.engine.phrase import Phrase
from counterweight.engine.ranking import is_tie
from counterweight.engine.score_probe import ScoreProbe
from counterweight.engine.sensitivity import SensitivityResult, nothing_to_test, weight_sensitivity

FRAGILE_THRESHOLD = 0.10
MAX_SEARCH_CELLS = 150

Verdict = Literal["robust", "fragile", "tied", "not_applicable"]
#: Why a verdict is "not applicable" (``FlipResult.reason``); ``notes`` holds the sentence.
Reason = Literal["", "few_options", "no_criteria", "no_weight", "nothing_ranked", "no_scores"]


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
        items += exact_items(decision, ev)
    elif n_cells <= max_search_cells:
        probe = ScoreProbe(decision, ev)
        items += [search_score(decision, ev, i, j, probe) for i in range(len(ev.option_ids))
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
