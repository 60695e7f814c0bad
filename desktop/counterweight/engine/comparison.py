"""Run every aggregation method on one decision and say how far they agree.

Agreement between two rankings is Kendall's tau-b (Kendall 1945, "The treatment
of ties in ranking problems", *Biometrika* 33(3), 239-251):

    tau_b = (n_c - n_d) / sqrt((n_0 - n_1) (n_0 - n_2))

over all pairs of options, where ``n_c`` and ``n_d`` count concordant and
discordant pairs, ``n_0 = n (n - 1) / 2`` and ``n_1``, ``n_2`` count the pairs tied
in the first and in the second ranking. It runs from -1 (reversed) to 1
(identical) and is undefined when either ranking ties every option (then
``None`` is reported, never NaN).

Only options every method ranks are compared: an option a red line excludes, or
that a method cannot place for want of a score, is left out of every pair.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

import numpy as np

from counterweight.domain.decision import Decision, Normalization
from counterweight.domain.methods import AggregationMethod
from counterweight.engine.evaluate import evaluate
from counterweight.engine.evaluation import Evaluation

#: Rows of the pair matrix handled at once by :func:`kendall_tau_b`.
_BLOCK = 512


def kendall_tau_b(x: Sequence[float] | np.ndarray, y: Sequence[float] | np.ndarray) -> float | None:
    """Kendall's tau-b between two rankings (or any two score vectors), ties allowed.

    Parameters
    ----------
    x, y : array_like
        Same length; only the order of the values matters (ranks or scores).

    Returns
    -------
    float or None
        In [-1, 1]; ``None`` when fewer than two items or when either vector is
        constant (the coefficient is undefined).
    """
    a = np.asarray(x, dtype=float)
    b = np.asarray(y, dtype=float)
    if a.shape != b.shape or a.ndim != 1:
        raise ValueError(f"rankings of different shapes: {a.shape} and {b.shape}")
    n = a.size
    if n < 2:
        return None
    s = 0.0  # n_c - n_d
    tied_x = tied_y = 0.0
    for start in range(0, n, _BLOCK):
        stop = min(n, start + _BLOCK)
        sx = np.sign(a[start:stop, None] - a[None, :])
        sy = np.sign(b[start:stop, None] - b[None, :])
        s += float(np.sum(sx * sy))
        tied_x += float(np.count_nonzero(sx == 0))
        tied_y += float(np.count_nonzero(sy == 0))
    # Every ordered pair was counted twice and the diagonal (n self-pairs) is "tied".
    n0 = n * (n - 1) / 2.0
    n1 = (tied_x - n) / 2.0
    n2 = (tied_y - n) / 2.0
    denom = (n0 - n1) * (n0 - n2)
    if denom <= 0:
        return None
    return float(np.clip((s / 2.0) / np.sqrt(denom), -1.0, 1.0))


@dataclass(frozen=True, eq=False)
class MethodComparison:
    """Every method's evaluation of one decision, side by side.

    Attributes
    ----------
    methods : tuple of AggregationMethod
        In the order run.
    evaluations : dict
        Method -> its :class:`Evaluation`.
    compared_option_ids : tuple of str
        Options ranked by every method (decision order).
    tau : dict
        ``(method_a, method_b)`` -> Kendall's tau-b over the compared options, for
        every pair with ``a`` before ``b``; ``None`` where undefined.
    top_option_ids : dict
        Method -> ids of the compared options it ranks first (several when tied).
    agree_on_top : bool
        Whether every method puts the same option(s) first.
    summary : str
        "Methods agree on the top option: yes (...)" or "... no: ...".
    """

    methods: tuple[AggregationMethod, ...]
    evaluations: dict[AggregationMethod, Evaluation]
    compared_option_ids: tuple[str, ...]
    tau: dict[tuple[AggregationMethod, AggregationMethod], float | None]
    top_option_ids: dict[AggregationMethod, tuple[str, ...]]
    agree_on_top: bool
    summary: str

    def tau_between(self, a: AggregationMethod | str, b: AggregationMethod | str) -> float | None:
        """Kendall's tau-b of two methods, in either order (1.0 for a method with itself)."""
        ma, mb = AggregationMethod(a), AggregationMethod(b)
        if ma is mb:
            return 1.0 if len(self.compared_option_ids) > 1 else None
        return self.tau[(ma, mb)] if (ma, mb) in self.tau else self.tau[(mb, ma)]

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready summary (rankings as ordered option ids)."""
        return {
            "methods": [m.value for m in self.methods],
            "compared_option_ids": list(self.compared_option_ids),
            "rankings": {m.value: self.evaluations[m].ranked_option_ids() for m in self.methods},
            "top_option_ids": {m.value: list(v) for m, v in self.top_option_ids.items()},
            "kendall_tau_b": [
                {"a": a.value, "b": b.value, "tau_b": t} for (a, b), t in self.tau.items()
            ],
            "agree_on_top": self.agree_on_top,
            "summary": self.summary,
        }


def _names(ev: Evaluation, ids: Sequence[str]) -> str:
    return " and ".join(f"'{ev.option_names[ev.option_index(i)]}'" for i in ids)


def compare_methods(
    decision: Decision,
    methods: Sequence[AggregationMethod | str] | None = None,
    normalization: Normalization | None = None,
) -> MethodComparison:
    """Evaluate ``decision`` with several aggregation methods and compare the rankings.

    Parameters
    ----------
    decision : Decision
        A validated decision; each method uses its own settings from
        ``decision.method``.
    methods : sequence, optional
        Methods to run, default all five in :class:`AggregationMethod` order.
    normalization : Normalization, optional
        Passed to :func:`evaluate` (WSM and WPM values).

    Returns
    -------
    MethodComparison
    """
    chosen = tuple(AggregationMethod(m) for m in (methods if methods is not None else list(AggregationMethod)))
    evals = {m: evaluate(decision, normalization, method=m) for m in chosen}
    ids = tuple(o.id for o in decision.options if all(e.is_ranked(o.id) for e in evals.values()))
    ranks = {m: np.array([e.ranks[e.option_index(i)] for i in ids], dtype=float) for m, e in evals.items()}
    tau = {(a, b): kendall_tau_b(ranks[a], ranks[b]) for a, b in combinations(chosen, 2)}
    tops: dict[AggregationMethod, tuple[str, ...]] = {}
    for m in chosen:
        r = ranks[m]
        tops[m] = tuple(i for i, x in zip(ids, r) if x == r.min()) if r.size else ()
    distinct = set(tops.values())
    agree = bool(ids) and len(distinct) == 1
    if not ids:
        summary = "Methods agree on the top option: cannot tell (no option is ranked by every method)."
    elif agree:
        summary = f"Methods agree on the top option: yes ({_names(evals[chosen[0]], tops[chosen[0]])})."
    else:
        parts = [f"{m.label} ranks {_names(evals[m], tops[m])} first" for m in chosen]
        summary = "Methods agree on the top option: no; " + "; ".join(parts) + "."
    return MethodComparison(chosen, evals, ids, tau, tops, agree, summary)


__all__ = ["MethodComparison", "compare_methods", "kendall_tau_b"]
