"""Decisions built in code for the storage tests, and helpers to derive edited copies."""

from __future__ import annotations

import datetime as dt
from typing import Any

from counterweight.domain import (
    AggregationMethod,
    Breakpoint,
    Criterion,
    CriterionPreference,
    Decision,
    Direction,
    Distribution,
    Elicitation,
    EvidenceRef,
    Level,
    MethodSettings,
    Normalization,
    NumericScale,
    Option,
    PairwiseJudgement,
    PreferenceFunction,
    PrometheeSettings,
    QualitativeScale,
    RedLine,
    RedLineAction,
    Score,
    TopsisSettings,
    UncertaintySettings,
    VikorSettings,
    WeightMethod,
    WeightRange,
    WeightUncertainty,
)

LEVELS = QualitativeScale(
    levels=[
        Level(label="None", descriptor="No measurable effect", value=0),
        Level(label="Some", descriptor="Noticeable in one region", value=40),
        Level(label="Broad", descriptor="Noticeable nationally", value=100),
    ]
)


def rebuild(d: Decision, **changes: Any) -> Decision:
    """A validated copy of ``d`` with some fields replaced."""
    data = {name: getattr(d, name) for name in Decision.model_fields}
    data.update(changes)
    return Decision(**data)


def replace_score(d: Decision, option_id: str, criterion_id: str, **fields: Any) -> Decision:
    """Copy of ``d`` where one score has new field values (added if missing)."""
    scores = list(d.scores)
    for i, s in enumerate(scores):
        if s.option_id == option_id and s.criterion_id == criterion_id:
            scores[i] = Score(**{**s.model_dump(), **fields})
            break
    else:
        scores.append(Score(option_id=option_id, criterion_id=criterion_id, **fields))
    return rebuild(d, scores=scores)


def rich_decision() -> Decision:
    """Every feature the file must keep: nested groups, both scale kinds, breakpoints,
    both directions, ranges, a missing score with only a rationale, evidence, unicode."""
    criteria = [
        Criterion(id="risk", name="Risks", description="What could go wrong", weight=2),
        Criterion(id="risk.civ", name="Civilian risk", parent_id="risk", weight=3, unit="casualties/yr",
                  direction=Direction.LOWER_BETTER,
                  scale=NumericScale(lower=0, upper=500, breakpoints=[
                      Breakpoint(x=0, value=100), Breakpoint(x=50, value=40), Breakpoint(x=500, value=0)])),
        Criterion(id="risk.esc", name="Escalation", parent_id="risk", weight=1),
        Criterion(id="risk.esc.reg", name="Regional spill-over", parent_id="risk.esc", scale=LEVELS,
                  direction=Direction.LOWER_BETTER, weight=1.5),
        Criterion(id="benefit", name="Benefits", weight=1),
        Criterion(id="benefit.eff", name="Effectiveness", parent_id="benefit", unit="%",
                  scale=NumericScale(lower=0, upper=100), weight=0.25),
        Criterion(id="cost", name="Cost (€m)", unit="€m", direction=Direction.LOWER_BETTER,
                  scale=NumericScale(lower=-10, upper=1e4), weight=0),
    ]
    options = [
        Option(id="O1", name="Status quo", description="Keep current posture"),
        Option(id="O2", name="Targeted sanctions", source="White paper 2024, §3.2"),
        Option(id="O3", name="Mediation — track II", description="Ünïcödé ✓ «quotes»"),
    ]
    ev = [EvidenceRef(source="Ministry report", locator="p. 14, table 2", note="median of 3 estimates"),
          EvidenceRef(source="Interview notes")]
    scores = [
        Score(option_id="O1", criterion_id="risk.civ", value=120.5, low=80, high=200, rationale="Trend",
              evidence=ev),
        Score(option_id="O1", criterion_id="risk.esc.reg", level="Some", rationale="Border incidents"),
        Score(option_id="O1", criterion_id="benefit.eff", value=10),
        Score(option_id="O1", criterion_id="cost", value=0),
        Score(option_id="O2", criterion_id="risk.civ", value=0.1 + 0.2, rationale="Float must survive"),
        Score(option_id="O2", criterion_id="risk.esc.reg", level="Broad"),
        Score(option_id="O2", criterion_id="benefit.eff", value=55, low=40, high=70),
        Score(option_id="O2", criterion_id="cost", value=-3.25, rationale="Net saving"),
        Score(option_id="O3", criterion_id="risk.civ", rationale="Not yet estimated"),
        Score(option_id="O3", criterion_id="benefit.eff", low=5, high=60, rationale="Range only"),
    ]
    return Decision(
        id="dec-rich",
        title="Regional response options",
        description="Multi-line\ndescription",
        notice="Illustrative scores — not for decision",
        options=options,
        criteria=criteria,
        scores=scores,
        method=MethodSettings(normalization=Normalization.MIN_MAX),
    )


def full_method() -> MethodSettings:
    """Method settings with every nested part away from its default."""
    return MethodSettings(
        aggregation=AggregationMethod.VIKOR,
        normalization=Normalization.VECTOR,
        topsis=TopsisSettings(normalization="min_max"),
        promethee=PrometheeSettings(preferences={
            "risk.civ": CriterionPreference(function=PreferenceFunction.V_SHAPE_INDIFFERENCE, q=5, p=50),
            "benefit.eff": CriterionPreference(function=PreferenceFunction.GAUSSIAN, s=12.5),
            "cost": CriterionPreference(function=PreferenceFunction.U_SHAPE, q=0.5),
        }),
        vikor=VikorSettings(v=0.35),
        uncertainty=UncertaintySettings(
            samples=2500, seed=12345, distribution=Distribution.UNIFORM, weights=WeightUncertainty.ORDINAL,
            weight_ranges={"cost": WeightRange(low=0.05, high=0.2), "risk.civ": WeightRange(low=0.3, high=0.3)},
            criteria_order=["risk.civ", "benefit.eff", "risk.esc.reg", "cost"],
        ),
    )


def full_elicitations() -> list[Elicitation]:
    """One elicitation per weighting method family: pairwise, swing and rank-based."""
    return [
        Elicitation(
            node_id=None, method=WeightMethod.AHP, ahp_priority="geometric_mean",
            pairwise=[PairwiseJudgement(first="risk", second="benefit", value=3),
                      PairwiseJudgement(first="cost", second="risk", value=1 / 5),
                      PairwiseJudgement(first="benefit", second="cost", value=7)],
            elicited_by="Workshop 2 (J. Doe)",
            elicited_at=dt.datetime(2024, 6, 3, 14, 5, 9, 250000, tzinfo=dt.timezone(dt.timedelta(hours=2))),
            note="Consensus after discussion",
        ),
        Elicitation(node_id="risk", method=WeightMethod.SWING, ranks={"risk.civ": 1, "risk.esc": 2},
                    swing_points={"risk.civ": 100, "risk.esc": 37.5}),
        Elicitation(node_id="risk.esc", method=WeightMethod.ROC, ranks={"risk.esc.reg": 1},
                    elicited_at=dt.datetime(2024, 6, 4, 9, 0)),  # naive time stays naive
    ]


def full_red_lines() -> list[RedLine]:
    """Numeric and level red lines, both actions."""
    return [
        RedLine(id="rl-civ", criterion_id="risk.civ", limit=150, action=RedLineAction.EXCLUDE,
                note="Cabinet guidance: no option above 150 a year"),
        RedLine(id="rl-reg", criterion_id="risk.esc.reg", level="Broad"),
        RedLine(id="rl-cost", criterion_id="cost", limit=-0.5),
    ]


def full_decision() -> Decision:
    """:func:`rich_decision` plus every part added in file format 3: score
    distributions, elicitations, red lines and nested method settings."""
    d = rich_decision()
    distributions = {("O1", "risk.civ"): Distribution.PERT, ("O2", "benefit.eff"): Distribution.UNIFORM,
                     ("O3", "benefit.eff"): Distribution.TRIANGULAR}
    scores = [s.model_copy(update={"distribution": distributions[s.key]}) if s.key in distributions else s
              for s in d.scores]
    return rebuild(d, scores=scores, method=full_method(), elicitations=full_elicitations(),
                   red_lines=full_red_lines())


def drop_criteria(d: Decision, gone: set[str]) -> Decision:
    """Copy of ``d`` without the criteria ``gone`` and everything that refers to them."""
    return rebuild(
        d,
        criteria=[c for c in d.criteria if c.id not in gone],
        scores=[s for s in d.scores if s.criterion_id not in gone],
        elicitations=[e for e in d.elicitations if e.node_id not in gone],
        red_lines=[r for r in d.red_lines if r.criterion_id not in gone],
    )


def grid_decision(n_options: int, n_leaves: int, groups: int = 4) -> Decision:
    """``n_options`` × ``n_leaves`` numeric scores on 0-100, leaves spread over groups."""
    criteria = [Criterion(id=f"G{g}", name=f"Group {g}") for g in range(groups)]
    criteria += [
        Criterion(id=f"C{j}", name=f"Criterion {j}", parent_id=f"G{j % groups}", unit="pts",
                  scale=NumericScale(lower=0, upper=100), weight=1 + j % 3)
        for j in range(n_leaves)
    ]
    options = [Option(id=f"O{i}", name=f"Option {i}") for i in range(n_options)]
    scores = [
        Score(option_id=f"O{i}", criterion_id=f"C{j}", value=float((i * 7 + j * 3) % 101),
              rationale=f"r{i}-{j}")
        for i in range(n_options)
        for j in range(n_leaves)
    ]
    return Decision(id="grid", title=f"Grid {n_options}x{n_leaves}", options=options, criteria=criteria,
                    scores=scores)
