"""Ranks across perspectives and scenarios, and the minimax-regret robust choice.

Every pair (weight set x scenario) is evaluated with the decision's own method; the
base weights ("Current weights") and base scores ("Base scores") take part as one
more weight set and one more scenario. In each pair an option's *regret* is the
best overall score in that pair minus the option's score, in points (0-100). The
robust choice is the option whose largest regret over all pairs is smallest
(Savage's minimax-regret rule; Savage 1951, "The theory of statistical decision",
JASA 46:55-67). Ties are broken by the smaller mean regret, then by list order.

Red lines and options the method cannot place: in a pair where a red line excludes
an option, or the method cannot place it, that option takes no part. It has no rank
and no regret there (``None``), and the other options' regrets are measured from
the best *ranked* score of the pair. An option that is not ranked in every pair
cannot be the robust choice: a red line is a limit no good score elsewhere makes up
for. When no option is ranked in every pair there is no robust choice, and the
reason says why.

The reason, the notes and the pairs' labels are :class:`~counterweight.engine.phrase.Phrase`
objects: English text everywhere (the command line, the brief), translated in the window.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from counterweight.domain import Criterion, Decision, Score
from counterweight.domain.decision import PREVIOUS
from counterweight.domain.perspectives import ScoreScenario, WeightSet
from counterweight.domain.scales import QualitativeScale
from counterweight.domain.shown_numbers import fixed
from counterweight.engine import evaluate
from counterweight.engine.phrase import Phrase

BASE_WEIGHTS = Phrase("Current weights")
BASE_SCORES = Phrase("Base scores")


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
    # Checked against ``decision``: the scores left as they were are not checked again (issue 6).
    return Decision.model_validate(data, context={PREVIOUS: decision})


def _find(items: list[Any], item_id: str, what: str) -> Any:
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(f"there is no {what} with id {item_id!r}")


Status = Literal["ranked", "excluded", "unranked"]


@dataclass(frozen=True)
class PairResult:
    """One (weight set x scenario) pair: ranks, scores and regrets of every option.

    ``ranks`` and ``regrets`` are ``None`` for an option that is not ranked in this
    pair: a red line excludes it (``excluded_option_ids``) or the method cannot
    place it (``unranked_option_ids``). ``scores`` (0-100) cover every option, as
    the Ranking tab shows an excluded option's score. Regrets are measured from
    the best score among the ranked options. ``nothing_ranked`` says why no
    option is ranked in this pair (``""`` when some are).
    """

    weight_set_id: str | None
    weight_set_name: str
    scenario_id: str | None
    scenario_name: str
    ranks: dict[str, int | None]
    scores: dict[str, float]  # 0-100
    regrets: dict[str, float | None]  # points
    top_option_ids: tuple[str, ...]
    excluded_option_ids: tuple[str, ...] = ()
    unranked_option_ids: tuple[str, ...] = ()
    nothing_ranked: str = ""

    @property
    def label(self) -> str:
        return Phrase("{weights} \u00d7 {scores}", weights=self.weight_set_name, scores=self.scenario_name)

    def status(self, option_id: str) -> Status:
        """``"ranked"``, ``"excluded"`` (by a red line) or ``"unranked"`` (the method cannot place it)."""
        if option_id in self.excluded_option_ids:
            return "excluded"
        if option_id in self.unranked_option_ids:
            return "unranked"
        return "ranked"

    def is_ranked(self, option_id: str) -> bool:
        """Whether the option has a rank and a regret in this pair."""
        return self.status(option_id) == "ranked"


@dataclass(frozen=True)
class RobustReport:
    """Ranks under every pair, each option's worst regret and the robust choice.

    ``candidate_ids`` are the options ranked in every pair; only they have a
    ``max_regret`` (``None`` for the others) and a ``worst_pair``. ``left_out``
    gives, for every other option, the indices of the pairs where it is not
    ranked (see :meth:`PairResult.status` for why).
    """

    option_ids: tuple[str, ...]
    option_names: dict[str, str]
    pairs: tuple[PairResult, ...]
    max_regret: dict[str, float | None]
    worst_pair: dict[str, int]  # index into ``pairs`` where the worst regret occurs
    choice_id: str | None
    reason: str
    notes: tuple[str, ...] = field(default_factory=tuple)
    candidate_ids: tuple[str, ...] = ()
    left_out: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready view (scores and regrets rounded to 4 decimals; ``null`` where not ranked)."""
        def num(x: float | None) -> float | None:
            return None if x is None else round(x, 4)

        return {
            "options": [{"id": o, "name": self.option_names[o], "max_regret": num(self.max_regret.get(o)),
                         "worst_pair": self.pairs[self.worst_pair[o]].label if o in self.worst_pair else None,
                         "not_ranked_under": [self.pairs[i].label for i in self.left_out.get(o, ())]}
                        for o in self.option_ids],
            "pairs": [{"weight_set_id": p.weight_set_id, "weight_set": p.weight_set_name,
                       "scenario_id": p.scenario_id, "scenario": p.scenario_name,
                       "ranks": p.ranks, "scores": {k: round(v, 4) for k, v in p.scores.items()},
                       "regrets": {k: num(v) for k, v in p.regrets.items()},
                       "top_option_ids": list(p.top_option_ids),
                       "excluded_option_ids": list(p.excluded_option_ids),
                       "unranked_option_ids": list(p.unranked_option_ids)} for p in self.pairs],
            "robust_choice": self.choice_id,
            "reason": self.reason,
            "notes": list(self.notes),
        }


def _pair(decision: Decision, ws: WeightSet | None, sc: ScoreScenario | None) -> PairResult:
    seen = apply_perspective(decision, ws.id if ws else None, sc.id if sc else None)
    ev = evaluate(seen)
    scores = {oid: float(ev.total_of(oid)) * 100.0 for oid in ev.option_ids}
    ranked = [oid for oid in ev.option_ids if ev.is_ranked(oid)]
    ranks: dict[str, int | None] = {oid: int(ev.rank_of(oid)) if ev.is_ranked(oid) else None for oid in ev.option_ids}
    best = max((scores[oid] for oid in ranked), default=0.0)  # excluded options take no part
    regrets: dict[str, float | None] = {oid: (best - scores[oid]) if ev.is_ranked(oid) else None
                                        for oid in ev.option_ids}
    tops = ev.first_place()
    return PairResult(ws.id if ws else None, ws.name if ws else BASE_WEIGHTS,
                      sc.id if sc else None, sc.name if sc else BASE_SCORES, ranks, scores, regrets, tops,
                      tuple(ev.excluded_option_ids), tuple(ev.unranked_option_ids), ev.nothing_ranked())


def _names(items: list[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    return items[0] if len(items) == 1 else Phrase("{first} and {second}", first=", ".join(items[:-1]),
                                                   second=items[-1])


def _no_choice(pairs: tuple[PairResult, ...]) -> str:
    """Why no option is ranked under every pair."""
    empty = next((p for p in pairs if not p.top_option_ids), None)
    if empty is None:
        return Phrase("No option is ranked under every perspective and scenario: each is excluded by a red line, "
                      "or cannot be placed by the method, under at least one, so there is no robust choice.")
    if len(empty.excluded_option_ids) == len(empty.ranks):
        if len(pairs) > 1:
            return Phrase("Every option is excluded by a red line under {pair}, so there is no robust choice.",
                          pair=empty.label)
        return Phrase("Every option is excluded by a red line, so there is no robust choice.")
    if len(pairs) > 1:
        return Phrase("No option is ranked under {pair} (each is excluded by a red line or cannot be placed by "
                      "the method), so there is no robust choice.", pair=empty.label)
    return Phrase("No option is ranked (each is excluded by a red line or cannot be placed by the method), so "
                  "there is no robust choice.")


def _left_out_note(name: str, pairs: tuple[PairResult, ...], oid: str, where: tuple[int, ...]) -> str:
    first = pairs[where[0]]
    why = (Phrase("is excluded by a red line") if first.status(oid) == "excluded"
           else Phrase("cannot be placed by the method"))
    under = Phrase(" under {pair}", pair=first.label) if len(pairs) > 1 else ""
    more = Phrase(" (and {n} more)", n=len(where) - 1) if len(where) > 1 else ""
    return Phrase("{name} {why}{under}{more}, so it cannot be the robust choice.", name=name, why=why, under=under,
                  more=more)


def _reason(names: dict[str, str], pairs: tuple[PairResult, ...], order: list[str],
            max_regret: dict[str, float | None], mean: dict[str, float], worst: dict[str, int]) -> str:
    choice = order[0]
    value = max_regret[choice] or 0.0
    tied = [o for o in order[1:] if abs((max_regret[o] or 0.0) - value) <= 1e-9]
    count = Phrase("1 combination") if len(pairs) == 1 else Phrase("{n} combinations", n=len(pairs))
    if value <= 1e-9:
        if not tied:
            return Phrase("{option} is best under every perspective and scenario ({count}), so it never has any "
                          "regret.", option=names[choice], count=count)
        who = _names([names[o] for o in (choice, *tied)])
        if len(tied) == 1:
            return Phrase("{options} tie: both are best under every perspective and scenario ({count}), so neither "
                          "ever has any regret. {option} is named because it comes first in the option list.",
                          options=who, count=count, option=names[choice])
        return Phrase("{options} tie: each is best under every perspective and scenario ({count}), so none ever "
                      "has any regret. {option} is named because it comes first in the option list.",
                      options=who, count=count, option=names[choice])
    tie: str = ""
    if tied:
        others = _names([names[t] for t in tied])
        if all(round(mean[choice], 9) < round(mean[o], 9) for o in tied):
            tie = (Phrase(" {options} ties on it; the smaller average regret decides.", options=others)
                   if len(tied) == 1 else
                   Phrase(" {options} tie on it; the smaller average regret decides.", options=others))
        else:
            tie = (Phrase(" {options} ties on it, with the same average regret; the option list order decides.",
                          options=others) if len(tied) == 1 else
                   Phrase(" {options} tie on it, with the same average regret; the option list order decides.",
                          options=others))
    return Phrase("{option} has the smallest worst-case regret ({value:.1f} points, under {pair}).{tie}",
                  option=names[choice], value=float(fixed(value, 1)), pair=pairs[worst[choice]].label, tie=tie)


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
        base scores first, then each scenario. Only options ranked under every
        pair (not excluded by a red line, placed by the method) are candidates.
    """
    weight_sets: list[WeightSet | None] = [None, *decision.weight_sets]
    scenarios: list[ScoreScenario | None] = [None, *decision.scenarios]
    pairs = tuple(_pair(decision, ws, sc) for ws in weight_sets for sc in scenarios)
    option_ids = tuple(o.id for o in decision.options)
    names = {o.id: o.name for o in decision.options}
    max_regret: dict[str, float | None] = {}
    worst: dict[str, int] = {}
    mean: dict[str, float] = {}
    left_out: dict[str, tuple[int, ...]] = {}
    for oid in option_ids:
        missing = tuple(i for i, p in enumerate(pairs) if not p.is_ranked(oid))
        if missing:
            left_out[oid], max_regret[oid] = missing, None
            continue
        regrets = [float(p.regrets[oid] or 0.0) for p in pairs]
        i = max(range(len(regrets)), key=regrets.__getitem__)
        max_regret[oid], worst[oid], mean[oid] = regrets[i], i, sum(regrets) / len(regrets)
    candidates = tuple(o for o in option_ids if o not in left_out)
    if not option_ids:
        return RobustReport(option_ids, names, pairs, max_regret, worst, None,
                            Phrase("There are no options to choose from."), ())
    if not candidates:
        return RobustReport(option_ids, names, pairs, max_regret, worst, None, _no_choice(pairs), (),
                            candidates, left_out)
    order = sorted(candidates, key=lambda o: (round(max_regret[o] or 0.0, 9), round(mean[o], 9),
                                              option_ids.index(o)))
    notes = [_left_out_note(names[o], pairs, o, left_out[o]) for o in option_ids if o in left_out]
    if len(pairs) == 1:
        notes.append(Phrase("Add a perspective or a scenario: with the base alone the robust choice is the top "
                            "option."))
    reason = _reason(names, pairs, order, max_regret, mean, worst)
    return RobustReport(option_ids, names, pairs, max_regret, worst, order[0], reason, tuple(notes),
                        candidates, left_out)


__all__ = ["BASE_SCORES", "BASE_WEIGHTS", "PairResult", "RobustReport", "Status", "apply_perspective",
           "robust_choice"]
