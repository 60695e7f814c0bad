"""Run every aggregation method on one decision and say how far they agree.

Agreement between two rankings is Kendall's tau-b (Kendall 1945, "The treatment
of ties in ranking problems", *Biometrika* 33(3), 239-251):

    tau_b = (n_c - n_d) / sqrt((n_0 - n_1) (n_0 - n_2))

over all pairs of options, where ``n_c`` and ``n_d`` count concordant and
discordant pairs, ``n_0 = n (n - 1) / 2`` and ``n_1``, ``n_2`` count the pairs tied
in the first and in the second ranking. It runs from -1 (reversed) to 1
(identical) and is undefined when either ranking ties every option (then
``None`` is reported, never NaN).

Kendall's tau compares only the options every method ranks: an option a red line
excludes, or that a method cannot place for want of a score, is left out of every
pair. Each method's first place, lead and caveats are its own ranking's, over the
options it ranks itself, so a method that cannot place the weighted sum's winner is
never said to put another option first when its own ranking does not (QA pass 25).

Each method's first place comes with its caveats (:mod:`counterweight.engine.method_standing`):
a near tie (less than 0.05 points out of 100 between displayed scores), VIKOR's
compromise set, the weighted product's zero values and PROMETHEE II's preference
functions. The verdict counts a near tie or a compromise set as such, not as
disagreement: ``"agree"`` when every method ranks the same option(s) first,
``"near"`` when they do not but one option is first (alone or tied), in a near tie
for first or in VIKOR's compromise set under every method, ``"disagree"`` otherwise, and ``"none"``
when no method ranks any option. An option named first that breaches a
(flagged) red line is named with the breach.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any, Literal

import numpy as np

from counterweight.domain.decision import Decision, Normalization
from counterweight.domain.methods import AggregationMethod
from counterweight.domain.wording import join_words
from counterweight.engine.evaluate import evaluate
from counterweight.engine.evaluation import Evaluation
from counterweight.engine.method_standing import NEAR_TIE, MethodStanding, caveat_sentences, quoted, standing

#: Rows of the pair matrix handled at once by :func:`kendall_tau_b`.
_BLOCK = 512

Verdict = Literal["agree", "near", "disagree", "none"]


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
        Whether every method puts the same option(s) first (``verdict == "agree"``).
    summary : str
        "Methods agree on the top option: yes (...)", "...: no, but only within ties,
        near ties or a compromise set (...): ..." or "...: no; ...".
    standings : dict
        Method -> its :class:`MethodStanding` over the options that method ranks itself
        (lead, near tie, compromise set, caveats): its first option is its own ranking's.
    verdict : {"agree", "near", "disagree", "none"}
        See the module notes.
    common_ids : tuple of str
        Options first, in a near tie for first or in the compromise set under every method.
    caveats : tuple of str
        Each method's caveats in English, in method order.
    """

    methods: tuple[AggregationMethod, ...]
    evaluations: dict[AggregationMethod, Evaluation]
    compared_option_ids: tuple[str, ...]
    tau: dict[tuple[AggregationMethod, AggregationMethod], float | None]
    top_option_ids: dict[AggregationMethod, tuple[str, ...]]
    agree_on_top: bool
    summary: str
    standings: dict[AggregationMethod, MethodStanding]
    verdict: Verdict
    common_ids: tuple[str, ...]
    caveats: tuple[str, ...]

    def groups(self) -> list[tuple[str, tuple[str, ...], list[AggregationMethod]]]:
        """Methods grouped by what they put first: ``(kind, option ids, methods)``, in method order."""
        return _groups(self.methods, self.standings)

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
            "verdict": self.verdict,
            "near_tie_points": 100.0 * NEAR_TIE,
            "standings": {m.value: st.as_dict() for m, st in self.standings.items()},
            "caveats": list(self.caveats),
        }


def _groups(methods: Sequence[AggregationMethod], standings: dict[AggregationMethod, MethodStanding],
            ) -> list[tuple[str, tuple[str, ...], list[AggregationMethod]]]:
    out: dict[tuple[str, tuple[str, ...]], list[AggregationMethod]] = {}
    for m in methods:
        st = standings[m]
        out.setdefault((st.kind, st.leading_ids), []).append(m)
    return [(kind, ids, ms) for (kind, ids), ms in out.items()]


def _methods(ms: Sequence[AggregationMethod], short: bool = False) -> str:
    return join_words([m.label.split(" (")[0] if short else m.label for m in ms])


def _part(ev: Evaluation, kind: str, ids: tuple[str, ...], ms: list[AggregationMethod], short: bool = False) -> str:
    one = len(ms) == 1
    if kind == "compromise":
        return f"{_methods(ms, short)} {'proposes' if one else 'propose'} the compromise set {quoted(ev, ids)}"
    if kind == "near_tie":
        return f"{_methods(ms, short)} {'has' if one else 'have'} {quoted(ev, ids)} in a near tie for first"
    joint = " joint" if len(ids) > 1 else ""
    return f"{_methods(ms, short)} {'ranks' if one else 'rank'} {quoted(ev, ids)}{joint} first"


def group_phrases(cmp: MethodComparison, short: bool = False) -> list[str]:
    """What each group of methods puts first, in English: "Weighted product has 'A' and 'B' in a near tie for first".

    ``short`` names the methods without their parenthesis ("TOPSIS", not "TOPSIS (closeness to ideal)").
    """
    ev = cmp.evaluations[cmp.methods[0]]
    return [_part(ev, kind, ids, ms, short) for kind, ids, ms in cmp.groups()]


def _summary(ev: Evaluation, verdict: Verdict, methods: Sequence[AggregationMethod],
             standings: dict[AggregationMethod, MethodStanding], common: tuple[str, ...]) -> str:
    """The English verdict; ``ev`` (any method's evaluation) gives the names and the red-line breaches."""
    if verdict == "none":
        return "Methods agree on the top option: cannot tell (no method ranks any option)."
    if verdict == "agree":
        return f"Methods agree on the top option: yes ({quoted(ev, standings[methods[0]].first_ids)})."
    parts = "; ".join(_part(ev, kind, ids, ms) for kind, ids, ms in _groups(methods, standings))
    if verdict == "near":
        are = "are" if len(common) > 1 else "is"
        return (f"Methods agree on the top option: no, but only within ties, near ties or a compromise set "
                f"({quoted(ev, common)} {are} among the leaders under every method): {parts}.")
    return f"Methods agree on the top option: no; {parts}."


def compare_methods(
    decision: Decision,
    methods: Sequence[AggregationMethod | str] | None = None,
    normalization: Normalization | None = None,
    evaluated: Evaluation | None = None,
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
    evaluated : Evaluation, optional
        ``decision`` already evaluated by the caller (the brief, the spreadsheet):
        used for its own method instead of evaluating that method again, when it
        has the same method and normalisation.

    Returns
    -------
    MethodComparison
    """
    chosen = tuple(AggregationMethod(m) for m in (methods if methods is not None else list(AggregationMethod)))
    wanted = normalization if normalization is not None else decision.method.normalization
    at_hand = evaluated if evaluated is not None and evaluated.normalization == wanted else None
    evals = {m: at_hand if at_hand is not None and at_hand.aggregation == m else evaluate(decision, normalization, method=m)
             for m in chosen}
    ids = tuple(o.id for o in decision.options if all(e.is_ranked(o.id) for e in evals.values()))
    ranks = {m: np.array([e.ranks[e.option_index(i)] for i in ids], dtype=float) for m, e in evals.items()}
    tau = {(a, b): kendall_tau_b(ranks[a], ranks[b]) for a, b in combinations(chosen, 2)}
    tops: dict[AggregationMethod, tuple[str, ...]] = {}
    for m in chosen:
        r = ranks[m]
        tops[m] = tuple(i for i, x in zip(ids, r) if x == r.min()) if r.size else ()
    # QA 25: each method stands on the options it ranks itself, so its first option is the one its own
    # ranking puts first; on the options every method ranks, a method that leaves an option unranked
    # for want of a score could be credited with another one. Kendall's tau and ``tops`` stay on those.
    standings = {m: standing(decision, e, [o for o in e.ranked_option_ids() if e.is_ranked(o)])
                 for m, e in evals.items()}
    firsts = {st.first_ids for st in standings.values()}
    order = evals[chosen[0]].ranked_option_ids() if chosen else []
    common = tuple(i for i in order if all(i in st.leading_ids for st in standings.values()))
    verdict: Verdict = ("none" if not any(firsts) else "agree" if len(firsts) == 1 else "near" if common
                        else "disagree")
    agree = verdict == "agree"
    caveats = tuple(c for m in chosen for c in caveat_sentences(evals[m], standings[m]))
    summary = _summary(evals[chosen[0]], verdict, chosen, standings, common) if chosen else ""
    return MethodComparison(chosen, evals, ids, tau, tops, agree, summary, standings, verdict, common, caveats)


__all__ = ["NEAR_TIE", "MethodComparison", "MethodStanding", "Verdict", "compare_methods", "group_phrases",
           "kendall_tau_b"]
