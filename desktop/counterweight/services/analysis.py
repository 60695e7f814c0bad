"""Evaluation use-cases for the CLI and GUI (the engine behind a service face).

Besides plain evaluation this module lets a caller replace, for one run, some of
the method settings stored in a decision (the aggregation method, the
normalisation, TOPSIS's normalisation, VIKOR's ``v``, PROMETHEE preference
functions) and records where each setting in force came from. It also checks
such settings as a user types them, with errors that name the option and the
criterion, and runs every aggregation method side by side.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from counterweight.domain import Decision, Normalization
from counterweight.domain.errors import InvalidInputError
from counterweight.domain.methods import (
    AggregationMethod,
    CriterionPreference,
    MethodSettings,
    PrometheeSettings,
    TopsisSettings,
    VikorSettings,
)
from counterweight.engine import Evaluation, evaluate
from counterweight.engine.comparison import MethodComparison, compare_methods
from counterweight.services.projects import load_decision

#: Where a setting in force came from: stored in the decision (built-in defaults
#: that the decision carries count as stored), given for this run only, or the
#: built-in default because the decision stores nothing for it.
FROM_FILE = "file"
FROM_OVERRIDE = "override"
FROM_DEFAULT = "default"

#: ``MethodOverrides`` field names of the settings each method actually uses.
RELEVANT_SETTINGS: dict[AggregationMethod, tuple[str, ...]] = {
    AggregationMethod.WSM: ("normalization",),
    AggregationMethod.WPM: ("normalization",),
    AggregationMethod.TOPSIS: ("topsis_normalization",),
    AggregationMethod.PROMETHEE: ("preferences",),
    AggregationMethod.VIKOR: ("vikor_v",),
}




@dataclass(frozen=True)
class MethodOverrides:
    """Method settings for one run that replace those stored in a decision.

    ``None`` (or an empty mapping) keeps the stored setting. ``preferences`` maps
    a leaf criterion id to its PROMETHEE preference function; criteria not named
    keep their stored function.
    """

    aggregation: AggregationMethod | None = None
    normalization: Normalization | None = None
    topsis_normalization: str | None = None
    vikor_v: float | None = None
    preferences: Mapping[str, CriterionPreference] = field(default_factory=dict)

    def given(self) -> tuple[str, ...]:
        """Names of the fields that override something, in field order."""
        names = ("aggregation", "normalization", "topsis_normalization", "vikor_v")
        found = [n for n in names if getattr(self, n) is not None]
        return (*found, "preferences") if self.preferences else tuple(found)


@dataclass(frozen=True, eq=False)
class MethodRun:
    """One evaluation with the settings in force and where each came from.

    Attributes
    ----------
    decision : Decision
        The decision with the settings in force as its ``method``.
    evaluation : Evaluation
    sources : dict
        ``aggregation``, ``normalization``, ``topsis_normalization``, ``vikor_v``:
        one of :data:`FROM_FILE`, :data:`FROM_OVERRIDE`; ``preferences``: leaf id
        -> :data:`FROM_FILE`, :data:`FROM_OVERRIDE` or :data:`FROM_DEFAULT`.
    unused_overrides : tuple of str
        Overrides that the chosen method does not use (for example ``vikor_v``
        with TOPSIS), in :meth:`MethodOverrides.given` order.
    """

    decision: Decision
    evaluation: Evaluation
    sources: dict[str, Any]
    unused_overrides: tuple[str, ...] = ()

    @property
    def settings(self) -> MethodSettings:
        """The method settings in force."""
        return self.decision.method


@dataclass(frozen=True)
class CompromiseSummary:
    """VIKOR's compromise proposal and the two conditions behind it (Opricovic & Tzeng 2004).

    Attributes
    ----------
    option_ids : tuple of str
        The compromise solution (one option) or set, best first.
    leader_id, runner_up_id : str or None
        The options first and second by Q (``None`` when there are none).
    dq : float
        The advantage threshold ``1 / (n - 1)``.
    q_advantage : float or None
        ``Q(second) - Q(first)``; ``None`` with fewer than two options.
    acceptable_advantage, acceptable_stability : bool
        Conditions C1 (``q_advantage >= dq``) and C2 (the leader is also best by
        S or by R).
    best_by_s, best_by_r : bool
        Whether the leader has the lowest S, and the lowest R.
    """

    option_ids: tuple[str, ...]
    leader_id: str | None
    runner_up_id: str | None
    dq: float
    q_advantage: float | None
    acceptable_advantage: bool
    acceptable_stability: bool
    best_by_s: bool
    best_by_r: bool

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready mapping (numbers rounded to 6 places)."""
        return {
            "option_ids": list(self.option_ids),
            "leader_id": self.leader_id,
            "runner_up_id": self.runner_up_id,
            "dq": round(self.dq, 6),
            "q_advantage": None if self.q_advantage is None else round(self.q_advantage, 6),
            "acceptable_advantage": self.acceptable_advantage,
            "acceptable_stability": self.acceptable_stability,
            "best_by_s": self.best_by_s,
            "best_by_r": self.best_by_r,
        }


# ------------------------------------------------------------------ evaluation


def apply_overrides(decision: Decision, overrides: MethodOverrides | None = None) -> tuple[Decision, dict[str, Any]]:
    """``decision`` with ``overrides`` applied to its method settings, and the source of each setting.

    Parameters
    ----------
    decision : Decision
    overrides : MethodOverrides, optional

    Returns
    -------
    decision : Decision
        A copy whose ``method`` holds the settings in force (the same object when
        nothing is overridden).
    sources : dict
        See :attr:`MethodRun.sources`.

    Raises
    ------
    InvalidInputError
        A TOPSIS normalisation or ``v`` out of range, or a preference for a
        criterion that is not scored.
    """
    o = overrides or MethodOverrides()
    stored = decision.method
    stored_prefs = stored.promethee.preferences
    sources: dict[str, Any] = {
        name: FROM_OVERRIDE if getattr(o, name) is not None else FROM_FILE
        for name in ("aggregation", "normalization", "topsis_normalization", "vikor_v")
    }
    sources["preferences"] = {
        leaf.id: FROM_OVERRIDE if leaf.id in o.preferences else FROM_FILE if leaf.id in stored_prefs
        else FROM_DEFAULT
        for leaf in decision.leaves
    }
    if not o.given():
        return decision, sources
    update: dict[str, Any] = {}
    if o.aggregation is not None:
        update["aggregation"] = AggregationMethod(o.aggregation)
    if o.normalization is not None:
        update["normalization"] = Normalization(o.normalization)
    if o.topsis_normalization is not None:
        update["topsis"] = TopsisSettings(normalization=check_topsis_normalization(o.topsis_normalization))
    if o.vikor_v is not None:
        update["vikor"] = VikorSettings(v=check_vikor_v(o.vikor_v))
    if o.preferences:
        for cid in o.preferences:
            if not decision.has_criterion(cid) or decision.criterion(cid).scale is None:
                raise InvalidInputError(f"{cid!r} is not a scored criterion", where="preferences")
        update["promethee"] = PrometheeSettings(preferences={**stored_prefs, **o.preferences})
    return decision.model_copy(update={"method": stored.model_copy(update=update)}), sources


def run_method(decision: Decision, overrides: MethodOverrides | None = None) -> MethodRun:
    """Evaluate ``decision`` with its stored settings, ``overrides`` replacing some of them.

    Parameters
    ----------
    decision : Decision
    overrides : MethodOverrides, optional

    Returns
    -------
    MethodRun
        The evaluation, the settings in force, where each came from and which
        overrides the chosen method ignores.
    """
    o = overrides or MethodOverrides()
    effective, sources = apply_overrides(decision, o)
    evaluation = evaluate(effective)
    relevant = {"aggregation", *RELEVANT_SETTINGS[evaluation.aggregation]}
    unused = tuple(name for name in o.given() if name not in relevant)
    return MethodRun(effective, evaluation, sources, unused)


def evaluate_decision(
    decision: Decision,
    normalization: Normalization | None = None,
    method: AggregationMethod | str | None = None,
    *,
    overrides: MethodOverrides | None = None,
) -> Evaluation:
    """Evaluate ``decision`` with its own method settings, or with some replaced.

    Parameters
    ----------
    decision : Decision
    normalization : Normalization, optional
        Replaces the stored normalisation (and ``overrides.normalization``).
    method : AggregationMethod or str, optional
        Replaces the stored aggregation method (and ``overrides.aggregation``).
    overrides : MethodOverrides, optional
        Any other settings to replace for this run.

    Returns
    -------
    Evaluation
    """
    o = overrides or MethodOverrides()
    if method is not None:
        o = replace(o, aggregation=AggregationMethod(method))
    if normalization is not None:
        o = replace(o, normalization=Normalization(normalization))
    return run_method(decision, o).evaluation


def evaluate_file(path: str | Path, normalization: Normalization | None = None) -> tuple[Decision, Evaluation]:
    """Read a project or exchange file (never modifying it) and evaluate it."""
    decision = load_decision(path)
    return decision, evaluate_decision(decision, normalization)


def compare(decision: Decision, normalization: Normalization | None = None) -> MethodComparison:
    """Every aggregation method's ranking of ``decision`` with its stored settings, and their agreement.

    Parameters
    ----------
    decision : Decision
    normalization : Normalization, optional
        Replaces the stored normalisation (used by WSM and WPM).

    Returns
    -------
    MethodComparison
        Evaluations in :class:`AggregationMethod` order, Kendall's tau-b for every
        pair of methods and whether they agree on the top option.
    """
    return compare_methods(decision, None, normalization)


def compromise_summary(evaluation: Evaluation) -> CompromiseSummary | None:
    """VIKOR's compromise conditions for a VIKOR evaluation; ``None`` for other methods.

    The numbers come from the kernel's result (``evaluation.details``), whose rows
    are ``evaluation.method_rows``.
    """
    res = evaluation.details
    if evaluation.aggregation is not AggregationMethod.VIKOR or res is None:
        return None
    rows = [int(r) for r in evaluation.method_rows]
    order = [int(i) for i in res.order]
    leader = order[0] if order else None
    gap = float(res.q[order[1]] - res.q[order[0]]) if len(order) > 1 else None
    # among the options in the ranking: ``order`` leaves out those a red line excludes
    best_s = leader is not None and bool(res.s[leader] <= res.s[order].min() + 1e-12)
    best_r = leader is not None and bool(res.r[leader] <= res.r[order].min() + 1e-12)
    return CompromiseSummary(
        option_ids=tuple(evaluation.compromise_option_ids),
        leader_id=evaluation.option_ids[rows[leader]] if leader is not None else None,
        runner_up_id=evaluation.option_ids[rows[order[1]]] if len(order) > 1 else None,
        dq=float(res.dq),
        q_advantage=gap,
        acceptable_advantage=bool(res.acceptable_advantage),
        acceptable_stability=bool(res.acceptable_stability),
        best_by_s=best_s,
        best_by_r=best_r,
    )


def missing_scores(evaluation: Evaluation, option_id: str) -> list[str]:
    """Labels of the criteria that keep a method from placing ``option_id`` (no score there).

    Only criteria that take part count (positive weight, scored for some option);
    empty for the weighted sum, which places every option.
    """
    if evaluation.additive:
        return []
    raw = evaluation.raw
    row = evaluation.option_index(option_id)
    used = (evaluation.leaf_weights > 0) & np.isfinite(raw).any(axis=0)
    return [evaluation.leaf_labels[j] for j in np.flatnonzero(used & np.isnan(raw[row]))]


# ------------------------------------------------------------------ checking typed settings


from counterweight.services.method_options import (  # noqa: E402,F401 - re-exported
    _THRESHOLD_WORDS,
    TOPSIS_NORMALIZATIONS,
    _function,
    _thresholds,
    _SPEC,
    check_topsis_normalization,
    check_vikor_v,
    parse_preference,
)
