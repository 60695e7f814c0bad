"""Ranks across perspectives and scenarios, and the minimax-regret robust choice.

Every pair (weight set x scenario) is evaluated with the decision's own method; the
base weights ("Current weights") and base scores ("Base scores") take part as one
more weight set and one more scenario. In each pair an option's *regret* is the
best overall score in that pair minus the option's score, in points (0-100). The
robust choice is the option whose largest regret over all pairs is smallest
(Savage's minimax-regret rule; Savage 1951, "The theory of statistical decision",
JASA 46:55-67). Ties are broken by the smaller mean regret, then by list order.

An option a red line excludes, or that the method cannot place, in some pair has
score 0 there, so its regret in that pair is the full score of the best option.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from counterweight.domain import Criterion, Decision, Score
from counterweight.domain.perspectives import ScoreScenario, WeightSet
from counterweight.domain.scales import QualitativeScale
from counterweight.engine import evaluate

BASE_WEIGHTS = "Current weights"
BASE_SCORES = "Base scores"


def _fits(decision: Decision, option_id: str, criterion_id: str, value: float | None, level: str | None) -> bool:
    if not decision.has_option(option_id) or not decision.has_criterion(criterion_id):
        return False
    scale = decision.criterion(criterion_id).scale
    if scale is None:
        return False
    if isinstance(scale, QualitativeScale):
        return level is not None and scale.level(level) is not None
    return value is not None and scale.contains(value)


def apply_perspective(
    decision: Decision, weight_set_id: str | None = None, scenario_id: str | None = None
) -> Decision:
    """The decision as seen under one weight set and one scenario.

    Parameters
    ----------
    decision : Decision
        The live decision.
    weight_set_id, scenario_id : str, optional
        Ids of a weight set and a scenario of ``decision``; ``None`` keeps the base.

    Returns
    -------
    Decision
        A copy with the weight set's points and the scenario's scores in place, and
        without weight sets, scenarios or snapshots. Entries naming a criterion or
        option that no longer exists, or a score that no longer fits its scale, are
        ignored.

    Raises
    ------
    KeyError
        No weight set or scenario has that id.
    """
    update: dict[str, Any] = {"weight_sets": [], "scenarios": [], "snapshots": []}
    if weight_set_id is not None:
        ws = _find(decision.weight_sets, weight_set_id, "weight set")
        criteria: list[Criterion] = []
        for c in decision.criteria:
            points = ws.weights.get(c.id)
            criteria.append(c if points is None else c.model_copy(update={"weight": float(points)}))
        update["criteria"] = criteria
    if scenario_id is not None:
        sc = _find(decision.scenarios, scenario_id, "scenario")
        replaced = {
            o.key: o for o in sc.overrides if _fits(decision, o.option_id, o.criterion_id, o.value, o.level)
        }
        scores = [s for s in decision.scores if s.key not in replaced]
        for key, o in replaced.items():
            old = decision.score(*key)
            scores.append(Score(option_id=o.option_id, criterion_id=o.criterion_id, value=o.value,
                                level=o.level, rationale=old.rationale if old else ""))
        update["scores"] = scores
    data = {name: getattr(decision, name) for name in Decision.model_fields}
    data.update(update)
    return Decision(**data)


def _find(items: list[Any], item_id: str, what: str) -> Any:
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(f"there is no {what} with id {item_id!r}")


@dataclass(frozen=True)
class PairResult:
    """One (weight set x scenario) pair: ranks and scores of every option."""

    weight_set_id: str | None
    weight_set_name: str
    scenario_id: str | None
    scenario_name: str
    ranks: dict[str, int]
    scores: dict[str, float]  # 0-100
    regrets: dict[str, float]  # points
    top_option_ids: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.weight_set_name} \u00d7 {self.scenario_name}"


@dataclass(frozen=True)
class RobustReport:
    """Ranks under every pair, each option's worst regret and the robust choice."""

    option_ids: tuple[str, ...]
    option_names: dict[str, str]
    pairs: tuple[PairResult, ...]
    max_regret: dict[str, float]
    worst_pair: dict[str, int]  # index into ``pairs`` where the worst regret occurs
    choice_id: str | None
    reason: str
    notes: tuple[str, ...] = field(default_factory=tuple)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready view (scores and regrets rounded to 4 decimals)."""
        return {
            "options": [{"id": o, "name": self.option_names[o], "max_regret": round(self.max_regret[o], 4),
                         "worst_pair": self.pairs[self.worst_pair[o]].label if o in self.worst_pair else None}
                        for o in self.option_ids],
            "pairs": [{"weight_set_id": p.weight_set_id, "weight_set": p.weight_set_name,
                       "scenario_id": p.scenario_id, "scenario": p.scenario_name,
                       "ranks": p.ranks, "scores": {k: round(v, 4) for k, v in p.scores.items()},
                       "regrets": {k: round(v, 4) for k, v in p.regrets.items()},
                       "top_option_ids": list(p.top_option_ids)} for p in self.pairs],
            "robust_choice": self.choice_id,
            "reason": self.reason,
            "notes": list(self.notes),
        }


def _pair(decision: Decision, ws: WeightSet | None, sc: ScoreScenario | None) -> PairResult:
    seen = apply_perspective(decision, ws.id if ws else None, sc.id if sc else None)
    ev = evaluate(seen)
    scores = {oid: float(ev.total_of(oid)) * 100.0 for oid in ev.option_ids}
    ranks = {oid: int(ev.rank_of(oid)) for oid in ev.option_ids}
    best = max(scores.values(), default=0.0)
    regrets = {oid: best - s for oid, s in scores.items()}
    tops = tuple(oid for oid in ev.option_ids if ev.is_ranked(oid) and ranks[oid] == 1)
    return PairResult(ws.id if ws else None, ws.name if ws else BASE_WEIGHTS,
                      sc.id if sc else None, sc.name if sc else BASE_SCORES, ranks, scores, regrets, tops)


def robust_choice(decision: Decision) -> RobustReport:
    """Evaluate every (weight set x scenario) pair and pick the minimax-regret option.

    Parameters
    ----------
    decision : Decision
        The decision with its weight sets and scenarios.

    Returns
    -------
    RobustReport
        Pairs in order: base weights first, then each weight set; within each,
        base scores first, then each scenario.
    """
    weight_sets: list[WeightSet | None] = [None, *decision.weight_sets]
    scenarios: list[ScoreScenario | None] = [None, *decision.scenarios]
    pairs = tuple(_pair(decision, ws, sc) for ws in weight_sets for sc in scenarios)
    option_ids = tuple(o.id for o in decision.options)
    names = {o.id: o.name for o in decision.options}
    max_regret: dict[str, float] = {}
    worst: dict[str, int] = {}
    mean: dict[str, float] = {}
    for oid in option_ids:
        regrets = [p.regrets[oid] for p in pairs]
        i = max(range(len(regrets)), key=regrets.__getitem__)
        max_regret[oid], worst[oid], mean[oid] = regrets[i], i, sum(regrets) / len(regrets)
    notes: list[str] = []
    if not option_ids:
        return RobustReport(option_ids, names, pairs, max_regret, worst, None,
                            "There are no options to choose from.", ())
    order = sorted(range(len(option_ids)),
                   key=lambda k: (round(max_regret[option_ids[k]], 9), round(mean[option_ids[k]], 9), k))
    choice = option_ids[order[0]]
    value = max_regret[choice]
    if len(pairs) == 1:
        notes.append("Add a perspective or a scenario: with the base alone the robust choice is the top option.")
    if value <= 1e-9:
        reason = (f"{names[choice]} is best under every perspective and scenario "
                  f"({len(pairs)} combination{'s' if len(pairs) != 1 else ''}), so it never has any regret.")
    else:
        reason = (f"{names[choice]} has the smallest worst-case regret ({value:.1f} points, under "
                  f"{pairs[worst[choice]].label}).")
        tied = [option_ids[k] for k in order[1:] if abs(max_regret[option_ids[k]] - value) <= 1e-9]
        if tied:
            reason += " " + ", ".join(names[t] for t in tied) + " ties on it; the smaller average regret decides."
    return RobustReport(option_ids, names, pairs, max_regret, worst, choice, reason, tuple(notes))


__all__ = ["BASE_SCORES", "BASE_WEIGHTS", "PairResult", "RobustReport", "apply_perspective", "robust_choice"]
