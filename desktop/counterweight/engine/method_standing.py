"""How firmly each method puts its first option first, and the caveats that go with it.

:func:`standing` reads one method's evaluation over the options every method ranks
(``compared``, see :mod:`counterweight.engine.comparison`) and records:

* the option(s) it ranks first and its **lead**: the gap between their displayed score
  (``Evaluation.totals``, 0-1, higher is better) and the next compared option's;
* a **near tie**: other compared options whose displayed score is less than
  :data:`NEAR_TIE` (0.05 points out of 100) below the first's. Scores are shown to one
  decimal; a gap under half that step is too small to read, and it is the same 0.05
  points below which the brief's summary names no difference
  (``reports.summary.MIN_POINTS``). Exact ties (docs/methods.md, section 5) share rank 1
  and are not near ties;
* VIKOR's **compromise set** when it holds more than one option: the acceptable-advantage
  or acceptable-stability condition of Opricovic & Tzeng (2004) fails (conditions C1,
  C2 in docs/methods.md, "VIKOR"), so VIKOR proposes no single option;
* the weighted product's **zero values**: an option with value 0 on a weighted
  criterion scores 0 whatever its other values (the ``wpm_zero_value`` diagnostic);
* PROMETHEE II's **preference functions** and thresholds, as set for each criterion
  that takes part (type I, "usual", where none is set).

:func:`caveat_sentences` words these in English for the command line and the brief;
the window words them in the user's language from the same fields.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from counterweight.domain import Decision
from counterweight.domain.direction import compares_values
from counterweight.domain.methods import AggregationMethod, PreferenceFunction
from counterweight.domain.scales import QualitativeScale
from counterweight.domain.shown_numbers import amount
from counterweight.domain.wording import join_words
from counterweight.engine.evaluation import Evaluation
from counterweight.engine.flip_red_lines import flagged
from counterweight.engine.methods import WPM_ZERO_VALUE
from counterweight.engine.vikor import VikorResult

#: Displayed scores (0-1) closer than this to the first option's are a near tie: 0.05 points out of 100.
NEAR_TIE = 0.0005

Kind = Literal["first", "near_tie", "compromise"]


@dataclass(frozen=True)
class PreferenceUse:
    """One criterion's PROMETHEE preference function as the run used it (thresholds in ``unit``)."""

    criterion_id: str
    criterion: str
    function: PreferenceFunction
    q: float | None = None
    p: float | None = None
    s: float | None = None
    unit: str = ""  # the criterion's unit; "level points" for a criterion scored with levels


@dataclass(frozen=True)
class MethodStanding:
    """One method's first place over the compared options, with its caveats.

    Attributes
    ----------
    method : AggregationMethod
    first_ids : tuple of str
        Compared options it ranks first (several when exactly tied).
    next_ids : tuple of str
        The compared option(s) ranked next; empty when every compared option is first.
    lead : float or None
        Displayed-score gap (0-1) between ``first_ids`` and ``next_ids``; ``None`` without a next option.
    near_tie_ids : tuple of str
        Other compared options within :data:`NEAR_TIE` of the first, best first.
    compromise_ids : tuple of str
        VIKOR's compromise set (best first) when it holds more than one compared option.
    dq, advantage_ok, stability_ok : float or None, bool, bool
        VIKOR's DQ = 1 / (n - 1) and conditions C1 (acceptable advantage) and C2
        (acceptable stability); ``None``, True, True for the other methods.
    zero_values : tuple of (str, tuple of str)
        Weighted product: each compared option that a value of 0 sends to a score of 0
        (the ``wpm_zero_value`` diagnostic), with the criteria on which its value is 0.
    preferences : tuple of PreferenceUse
        PROMETHEE II's preference function on each criterion that took part.
    """

    method: AggregationMethod
    first_ids: tuple[str, ...]
    next_ids: tuple[str, ...] = ()
    lead: float | None = None
    near_tie_ids: tuple[str, ...] = ()
    compromise_ids: tuple[str, ...] = ()
    dq: float | None = None
    advantage_ok: bool = True
    stability_ok: bool = True
    zero_values: tuple[tuple[str, tuple[str, ...]], ...] = ()
    preferences: tuple[PreferenceUse, ...] = ()

    @property
    def kind(self) -> Kind:
        """``compromise`` (VIKOR proposes a set), ``near_tie`` or ``first`` (alone, or exactly tied)."""
        if self.compromise_ids:
            return "compromise"
        return "near_tie" if self.near_tie_ids else "first"

    @property
    def leading_ids(self) -> tuple[str, ...]:
        """Every option the method leaves level for first: the first, its near ties and the compromise set."""
        if self.compromise_ids:
            return tuple(dict.fromkeys(self.compromise_ids + self.first_ids + self.near_tie_ids))
        return tuple(dict.fromkeys(self.first_ids + self.near_tie_ids))

    def as_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "first_option_ids": list(self.first_ids),
            "lead_points": None if self.lead is None else round(100.0 * self.lead, 6),
            "near_tie_option_ids": list(self.near_tie_ids),
            "compromise_option_ids": list(self.compromise_ids),
            "zero_values": {oid: list(crits) for oid, crits in self.zero_values},
            "preferences": {u.criterion_id: {"function": u.function.value,
                                             **{k: v for k, v in (("q", u.q), ("p", u.p), ("s", u.s)) if v is not None}}
                            for u in self.preferences},
        }


def _preferences(decision: Decision, ev: Evaluation) -> tuple[PreferenceUse, ...]:
    used: Mapping[str, Mapping[str, object]] = ev.parameters.get("preferences", {})
    out = []
    for cid, setting in used.items():
        crit = decision.criterion(cid) if decision.has_criterion(cid) else None
        unit = ("level points" if crit is not None and isinstance(crit.scale, QualitativeScale)
                else "value points" if crit is not None and compares_values(crit)  # engine/compared.py
                else crit.unit if crit is not None else "")
        label = ev.leaf_labels[ev.leaf_ids.index(cid)] if cid in ev.leaf_ids else cid
        nums = {k: float(setting[k]) for k in ("q", "p", "s") if setting.get(k) is not None}  # type: ignore[arg-type]
        out.append(PreferenceUse(cid, label, PreferenceFunction(str(setting.get("function", "usual"))), unit=unit,
                                 **nums))
    return tuple(out)


def _zero_values(ev: Evaluation, inside: set[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Compared options the weighted product scores 0, each with the criteria on which its value is 0."""
    flagged = [n.option_id for n in ev.diagnostics if n.code == WPM_ZERO_VALUE and n.option_id in inside]
    used = (ev.leaf_weights > 0) & np.isfinite(ev.raw).any(axis=0)
    out = []
    for oid in dict.fromkeys(o for o in flagged if o is not None):
        row = ev.values[ev.option_index(oid)]
        out.append((oid, tuple(ev.leaf_labels[j] for j in np.flatnonzero(used & (row == 0.0)))))
    return tuple(out)


def standing(decision: Decision | None, ev: Evaluation, compared: Sequence[str]) -> MethodStanding:
    """How firmly ``ev`` puts its first option first among the ``compared`` option ids (see the module notes).

    Without ``decision`` PROMETHEE II's preference functions are left out.
    """
    method = ev.aggregation
    prefs = _preferences(decision, ev) if method is AggregationMethod.PROMETHEE and decision is not None else ()
    inside = set(compared)
    zeros = _zero_values(ev, inside) if method is AggregationMethod.WPM else ()
    order = [oid for oid in ev.ranked_option_ids() if oid in inside]  # best first
    if not order:
        return MethodStanding(method, (), zero_values=zeros, preferences=prefs)
    best = min(ev.rank_of(o) for o in order)
    first = tuple(o for o in order if ev.rank_of(o) == best)
    rest = [o for o in order if o not in first]
    top = ev.total_of(first[0])
    nxt: tuple[str, ...] = ()
    lead = None
    if rest:
        second = ev.rank_of(rest[0])
        nxt = tuple(o for o in rest if ev.rank_of(o) == second)
        lead = max(0.0, top - ev.total_of(rest[0]))
    near = tuple(o for o in rest if top - ev.total_of(o) < NEAR_TIE)
    compromise: tuple[str, ...] = ()
    vikor = ev.details if isinstance(ev.details, VikorResult) else None
    if vikor is not None:  # the conditions over the options in the ranking (docs/methods.md, "Red lines")
        compromise = tuple(o for o in ev.compromise_option_ids if o in inside)
        compromise = compromise if len(compromise) > 1 else ()
        return MethodStanding(method, first, nxt, lead, near, compromise, float(vikor.dq),
                              bool(vikor.acceptable_advantage), bool(vikor.acceptable_stability), zeros, prefs)
    return MethodStanding(method, first, nxt, lead, near, zero_values=zeros, preferences=prefs)


# ------------------------------------------------------------------ English words (command line, brief)
def quoted(ev: Evaluation, ids: Sequence[str], breaches: bool = True) -> str:
    """``'A' and 'B'``; an option that breaches a red line is followed by ``(⚑ breaches the red line on X)``."""
    out = []
    for oid in ids:
        name = f"'{ev.option_names[ev.option_index(oid)]}'"
        out.append(flagged(name, tuple(ev.breaches_of(oid))) if breaches else name)
    return join_words(out)


#: Decimals of a lead in points: one, as the brief's summary and ranking write points (QA 25 item 11).
POINT_DECIMALS = 1


def points(gap: float) -> str:
    """A 0-1 gap as points out of 100 with one decimal, or more when one would read ``0.0`` (a near tie)."""
    return amount(100.0 * gap, POINT_DECIMALS)


def _threshold_words(use: PreferenceUse) -> str:
    unit = f" {use.unit}" if use.unit else ""
    return ", ".join(f"{k} = {v:g}{unit}" for k, v in (("q", use.q), ("p", use.p), ("s", use.s)) if v is not None)


def preference_sentence(uses: Sequence[PreferenceUse]) -> str:
    """PROMETHEE II's preference functions in one English sentence ("" when no criterion took part)."""
    if not uses:
        return ""
    usual = [u for u in uses if u.function is PreferenceFunction.USUAL]
    if len(usual) == len(uses):
        where = {1: "its one criterion", 2: "both criteria"}.get(len(uses), f"all {len(uses)} criteria")
        return (f"PROMETHEE II uses the usual preference function (type I) on {where}: any difference, however "
                "small, counts as full preference.")
    parts = [f"{u.function.label} on '{u.criterion}' ({_threshold_words(u)})" for u in uses if u not in usual]
    if usual:
        others = f"the other {len(usual)} criteria" if len(usual) > 1 else f"'{usual[0].criterion}'"
        parts.append(f"the usual function (type I, no thresholds: any difference counts as full preference) on {others}")
    return f"PROMETHEE II preference functions: {'; '.join(parts)}."


def caveat_sentences(ev: Evaluation, st: MethodStanding) -> list[str]:
    """The English caveats of one method's result (near tie, zero values, compromise set, preference functions)."""
    out = []
    label = ev.aggregation.label
    if st.near_tie_ids:
        gap = ev.total_of(st.first_ids[0]) - max(ev.total_of(o) for o in st.near_tie_ids)
        out.append(f"{label}: {quoted(ev, st.first_ids, False)} leads {quoted(ev, st.near_tie_ids, False)} by only "
                   f"{points(gap)} points out of 100, a near tie (under {100 * NEAR_TIE:g} points).")
    for oid, crits in st.zero_values:
        on = join_words([f"'{c}'" for c in crits])
        out.append(f"{label}: {quoted(ev, [oid], False)} scores 0 because its value on {on} is 0 (a single 0 "
                   "makes the product 0).")
    if st.compromise_ids:
        out.append(compromise_sentence(ev, st))
    if st.preferences:
        out.append(preference_sentence(st.preferences))
    return out


def compromise_sentence(ev: Evaluation, st: MethodStanding) -> str:
    """Why VIKOR proposes a compromise set rather than one option (Opricovic & Tzeng 2004), in English."""
    first = quoted(ev, st.first_ids[:1], False)
    if len(st.first_ids) > 1:
        return (f"VIKOR: {quoted(ev, st.first_ids, False)} tie on Q, so no option has an acceptable advantage and "
                "VIKOR proposes a compromise set (Opricovic & Tzeng 2004).")
    if not st.advantage_ok:
        gap = f"{st.lead or 0.0:.3g}"  # Q(a2) - Q(a1)
        return (f"VIKOR: {first} leads on Q by {gap}, less than DQ = {st.dq:.3g}, so no option has an acceptable "
                "advantage and VIKOR proposes a compromise set (Opricovic & Tzeng 2004).")
    return (f"VIKOR: {first} leads on Q by at least DQ = {st.dq:.3g} but is not also best on S or R (no acceptable "
            "stability), so VIKOR proposes it together with the runner-up (Opricovic & Tzeng 2004).")


__all__ = ["NEAR_TIE", "POINT_DECIMALS", "MethodStanding", "PreferenceUse", "caveat_sentences", "compromise_sentence",
           "preference_sentence", "quoted", "standing"]
