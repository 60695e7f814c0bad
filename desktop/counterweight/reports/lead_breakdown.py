"""Why the first option leads the runner-up, criterion by criterion, in each method's own arithmetic.

The brief's summary names the criteria behind the first option's lead. What a
criterion's "part" of the lead is depends on the method, because only some methods
split their score into per-criterion pieces (docs/methods.md, "Why the first
option leads"):

* **Weighted sum**: the difference of the two contributions, ``w_j (v_aj - v_bj)``.
  The parts add up to the gap in total score.
* **PROMETHEE II**: the net flow is ``phi = sum_j w_j phi_j`` (unicriterion net
  flows), and the displayed score is ``(phi + 1) / 2``, so the part of criterion j
  is ``w_j (phi_j(a) - phi_j(b)) / 2``. The parts add up to the displayed gap.
* **Weighted product**: ``ln(P_a / P_b) = sum_j w_j ln(v_aj / v_bj)``. Each log term
  is scaled by the logarithmic mean ``L(P_a, P_b) = (P_a - P_b) / ln(P_a / P_b)``,
  so the parts ``L w_j ln(v_aj / v_bj)`` add up to ``P_a - P_b``, the displayed gap
  (the log-mean split of Ang 2004, "Decomposition analysis for policymaking in
  energy", *Energy Policy* 32, 1131-1139). When the runner-up's product is 0, the
  criteria on which it has value 0 are the whole story ("zero").
* **TOPSIS** and **VIKOR** have no such split: TOPSIS combines the criteria
  through Euclidean distances and a ratio, VIKOR through a sum and a maximum. For
  them the summary only says on which criteria each option does better ("order"),
  ranked by the method's own weighted quantity (TOPSIS: the weighted normalised
  difference, taken towards the ideal; VIKOR: the difference of weighted regrets
  ``t_bj - t_aj``), and gives no points.

:func:`lead_breakdown` computes the parts; :func:`method_sentence` words them for
the non-additive methods (the weighted sum keeps the summary's own sentence).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from counterweight.domain.methods import AggregationMethod
from counterweight.domain.shown_numbers import fixed
from counterweight.engine import Evaluation
from counterweight.engine.methods import usable_columns

Basis = Literal["points", "order", "zero"]
#: Per-criterion differences of the "order" methods smaller than this count as none.
ORDER_TOLERANCE = 1e-12
#: Criteria named on each side in an "order" sentence before "and N more".
ORDER_NAMED = 3


@dataclass(frozen=True, eq=False)
class LeadBreakdown:
    """Per scored criterion (aligned with ``Evaluation.leaf_ids``), option a's edge over option b.

    Attributes
    ----------
    basis : {"points", "order", "zero"}
        ``"points"``: ``parts`` are shares of the displayed gap (0-1 scale) and add up
        to it. ``"order"``: only the sign (positive: a does better) and the size
        order of ``parts`` mean something; they are the method's own weighted
        per-criterion differences, not points. ``"zero"``: weighted product whose
        runner-up scores 0; ``parts`` holds ``v_aj - v_bj`` on the criteria where
        b has value 0 (``zero_columns``) and 0 elsewhere.
    parts : numpy.ndarray
    zero_columns : tuple of int
        Weighted-product criteria on which b has value 0 (basis ``"zero"`` only).
    """

    basis: Basis
    parts: np.ndarray
    zero_columns: tuple[int, ...] = ()


def _placement(ev: Evaluation, a: int, b: int) -> tuple[int, int, np.ndarray] | None:
    """Rows of a and b in the kernel's result and the leaf columns that took part."""
    rows = [int(r) for r in np.asarray(ev.method_rows)]
    if ev.details is None or a not in rows or b not in rows:
        return None
    return rows.index(a), rows.index(b), np.flatnonzero(usable_columns(ev.raw, ev.leaf_weights))


def _log_mean(x: float, y: float) -> float:
    """``(x - y) / (ln x - ln y)``, and ``x`` when the two are equal (both > 0)."""
    if abs(x - y) <= 1e-15 * max(x, y):
        return x
    return (x - y) / (np.log(x) - np.log(y))


def lead_breakdown(ev: Evaluation, a: int, b: int) -> LeadBreakdown:
    """How much each criterion adds to option ``a``'s lead over option ``b`` under ``ev``'s method.

    Parameters
    ----------
    ev : Evaluation
    a, b : int
        Option rows (``ev.option_index``): the leader and the option it is compared with.

    Returns
    -------
    LeadBreakdown
        See the module docstring for what the parts are under each method.
    """
    n = len(ev.leaf_ids)
    if ev.additive:
        return LeadBreakdown("points", np.asarray(ev.contributions[a] - ev.contributions[b], dtype=float))
    parts = np.zeros(n)
    where = _placement(ev, a, b)
    det = ev.details
    if where is None:  # no kernel result for these rows: say only who does better on each value
        weighted = np.asarray(ev.leaf_weights, dtype=float) * (ev.values[a] - ev.values[b])
        return LeadBreakdown("order", np.asarray(weighted, dtype=float))
    ra, rb, cols = where
    if ev.aggregation is AggregationMethod.PROMETHEE:
        parts[cols] = det.weights * (det.unicriterion[ra] - det.unicriterion[rb]) / 2.0
        return LeadBreakdown("points", parts)
    if ev.aggregation is AggregationMethod.WPM:
        va, vb, w = det.values[ra], det.values[rb], det.weights
        pa, pb = float(det.scores[ra]), float(det.scores[rb])
        zero = [int(cols[k]) for k in np.flatnonzero((vb == 0.0) & (w > 0.0))]
        if pb <= 0.0 or pa <= 0.0:
            for k in np.flatnonzero((vb == 0.0) & (w > 0.0)):
                parts[cols[k]] = va[k] - vb[k]
            return LeadBreakdown("zero", parts, tuple(zero))
        live = w > 0.0
        logs = np.zeros(len(cols))
        logs[live] = w[live] * (np.log(va[live]) - np.log(vb[live]))
        parts[cols] = _log_mean(pa, pb) * logs
        return LeadBreakdown("points", parts)
    if ev.aggregation is AggregationMethod.TOPSIS:
        toward_ideal = np.sign(det.ideal - det.anti_ideal)  # +1 benefit, -1 cost, 0 constant
        parts[cols] = (det.weighted[ra] - det.weighted[rb]) * toward_ideal
        return LeadBreakdown("order", parts)
    # VIKOR: a smaller weighted regret is better
    parts[cols] = det.regrets[rb] - det.regrets[ra]
    return LeadBreakdown("order", parts)


def _apart(x: float, y: float) -> tuple[str, str]:
    """Two numbers with 3 decimals, or as many more (up to 6) as it takes for them to read differently."""
    for places in range(3, 7):
        sx, sy = fixed(x, places), fixed(y, places)
        if sx != sy or x == y:
            break
    return sx, sy


def _sides(ev: Evaluation, split: LeadBreakdown, join: Callable[[list[str]], str]) -> tuple[str, str, int]:
    """Names of the criteria favouring each side (largest first, a few named) and how many favour the leader."""
    labels, parts = ev.leaf_labels, split.parts

    def named(cols: list[int]) -> str:
        shown = [labels[j] for j in cols[:ORDER_NAMED]]
        if len(cols) > ORDER_NAMED:
            more = len(cols) - ORDER_NAMED
            shown.append(f"{more} more criteri{'on' if more == 1 else 'a'}")
        return join(shown)

    ahead = sorted((j for j in range(len(parts)) if parts[j] > ORDER_TOLERANCE), key=lambda j: (-parts[j], j))
    behind = sorted((j for j in range(len(parts)) if parts[j] < -ORDER_TOLERANCE), key=lambda j: (parts[j], j))
    return named(ahead), named(behind), len(ahead)


def _smaller(top: str, runner: str, what: str, x: float, y: float) -> tuple[str | None, str]:
    """Who has the smaller of a VIKOR measure (``x`` the leader's, ``y`` the runner-up's; ``None``: neither)."""
    sx, sy = _apart(x, y)
    if sx == sy:
        return None, f"{what} ({sx})"
    return (top, f"{what} ({sx} against {sy})") if x < y else (runner, f"{what} ({sy} against {sx})")


def _has(says: tuple[str | None, str]) -> str:
    who, what = says
    return f"the two have the same {what}" if who is None else f"{who} has the smaller {what}"


def _order_sentences(ev: Evaluation, a: int, b: int, split: LeadBreakdown,
                     join: Callable[[list[str]], str]) -> list[str]:
    top, runner = ev.option_names[a], ev.option_names[b]
    if ev.aggregation is AggregationMethod.VIKOR:
        s_says = _smaller(top, runner, "summed regret S", float(ev.extras["S"][a]), float(ev.extras["S"][b]))
        r_says = _smaller(top, runner, "largest single regret R", float(ev.extras["R"][a]), float(ev.extras["R"][b]))
        if r_says[0] == s_says[0] and r_says[0] is not None:
            both = f"{r_says[0]} has both the smaller {r_says[1]} and the smaller {s_says[1]}"
        else:
            both = f"{_has(r_says)}, and {_has(s_says)}"
        first = ("VIKOR does not add up points per criterion: its Q weighs each option's summed regret S against "
                 f"its largest single regret R. {both}.")
        how = "largest differences in weighted regret first"
    else:
        d_plus, d_minus = ev.extras["d_plus"], ev.extras["d_minus"]
        pa, pb = _apart(float(d_plus[a]), float(d_plus[b]))
        ma, mb = _apart(float(d_minus[a]), float(d_minus[b]))
        first = (f"TOPSIS does not add up points per criterion: it combines them through each option's distance "
                 f"to the ideal and to the anti-ideal ({top}: {pa} and {ma}; {runner}: {pb} and {mb}).")
        how = "largest weighted differences first"
    ahead, behind, count = _sides(ev, split, join)
    if not count:
        return [first]
    text = f"{top} does better than {runner} on {ahead}"
    text += f"; {runner} does better on {behind}" if behind else f"; {runner} does better on no criterion"
    return [first, f"{text} ({how})."]


def method_sentence(ev: Evaluation, a: int, b: int, split: LeadBreakdown,
                    drivers: Sequence[tuple[str, float]], setbacks: Sequence[tuple[str, float]], *,
                    points: Callable[[float], str], join: Callable[[list[str]], str]) -> list[str]:
    """The "why it ranks first" sentences for WPM, TOPSIS, PROMETHEE and VIKOR.

    Parameters
    ----------
    ev : Evaluation
    a, b : int
        Rows of the first option and the runner-up.
    split : LeadBreakdown
        ``lead_breakdown(ev, a, b)``.
    drivers, setbacks : sequence of (label, part)
        The criteria picked to name for and against the leader (``"points"`` basis).
    points, join : callable
        The summary's number format (0-1 -> points out of 100) and list joiner.

    Returns
    -------
    list of str
    """
    runner = ev.option_names[b]
    if split.basis == "zero":
        crits = join([ev.leaf_labels[j] for j in split.zero_columns])
        values = "its value is" if len(split.zero_columns) == 1 else "its values are"
        return [f"{runner} scores 0 because {values} 0 on {crits}: under the weighted product a single value "
                "of 0 makes the whole score 0, whatever the other criteria."]
    if split.basis == "order":
        return _order_sentences(ev, a, b, split, join)
    if not drivers:
        return []
    if ev.aggregation is AggregationMethod.PROMETHEE:
        how = "Splitting the net-flow gap by criterion"
    else:
        how = "Splitting the gap between the two products by criterion, in proportion to each one's weighted log-ratio"
    verb = "gives" if len(drivers) == 1 else "give"
    text = (f"{how} (the parts of all criteria add up to the gap above), it ranks first mainly because of "
            f"{join([label for label, _ in drivers])}, which {verb} it "
            f"{join([points(part) for _, part in drivers])} points more than {runner}")
    if setbacks:
        text += f"; {runner} does better on " + join([f"{label} ({points(-part)})" for label, part in setbacks])
    return [text + "."]


def missing_sentences(ev: Evaluation, a: int, b: int, drivers: Sequence[tuple[str, str, float]],
                      setbacks: Sequence[tuple[str, str, float]], *, points: Callable[[float], str],
                      join: Callable[[list[str]], str]) -> list[str]:
    """Say which of the named points come from a missing score counted as the worst value (QA 31 item 2).

    ``drivers`` and ``setbacks`` are (criterion id, label, part) as named in the summary; a driver's
    points come from the runner-up's (row ``b``) missing score there, a setback's from the leader's
    (row ``a``). Under the weighted sum a missing score counts as value 0, so the whole difference on
    that criterion is the other option's value: the sentence says so, since it is no judgement of merit.
    """
    out: list[str] = []
    for row, named in ((b, drivers), (a, setbacks)):
        gaps = [(label, part) for cid, label, part in named
                if cid in ev.leaf_ids and np.isnan(ev.raw[row, ev.leaf_ids.index(cid)])]
        if not gaps:
            continue
        amounts = join([f"{points(abs(part))} points on {label}" for label, part in gaps])
        scores = "score" if len(gaps) == 1 else "scores"
        out.append(f"The {amounts} come only from {ev.option_names[row]}'s missing {scores} there, counted as "
                   "the worst possible value.")
    return out


__all__ = ["LeadBreakdown", "ORDER_NAMED", "lead_breakdown", "method_sentence", "missing_sentences"]
