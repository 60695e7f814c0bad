"""Small decisions built in code for tests (independent of the shipped example)."""

from __future__ import annotations

from counterweight.domain import (
    Criterion,
    Decision,
    Direction,
    Level,
    NumericScale,
    Option,
    QualitativeScale,
    Score,
)

RISK_LEVELS = QualitativeScale(
    levels=[
        Level(label="Severe", descriptor="Likely large-scale harm", value=0),
        Level(label="High", descriptor="Harm likely", value=30),
        Level(label="Moderate", descriptor="Harm possible", value=60),
        Level(label="Low", descriptor="Harm unlikely", value=100),
    ]
)


def small_decision() -> Decision:
    """Three options, two groups, three leaves (one qualitative, one lower-is-better).

    Hand-computed with value functions: weights risks 1 : benefits 1, inside risks
    only 'harm'; inside benefits effect 3 : cost 1 -> global harm 0.5, effect 0.375,
    cost 0.125.
    """
    crit = [
        Criterion(id="risks", name="Risks", weight=1),
        Criterion(id="harm", name="Civilian harm", parent_id="risks", scale=RISK_LEVELS, weight=1),
        Criterion(id="benefits", name="Benefits", weight=1),
        Criterion(id="effect", name="Effect", parent_id="benefits", unit="points",
                  scale=NumericScale(lower=0, upper=10), weight=3),
        Criterion(id="cost", name="Cost", parent_id="benefits", unit="$bn",
                  direction=Direction.LOWER_BETTER, scale=NumericScale(lower=0, upper=20), weight=1),
    ]
    opts = [Option(id="a", name="Alpha"), Option(id="b", name="Bravo"), Option(id="c", name="Charlie")]
    s = [
        Score(option_id="a", criterion_id="harm", level="Low", rationale="quiet"),
        Score(option_id="a", criterion_id="effect", value=2, low=1, high=3, rationale="weak"),
        Score(option_id="a", criterion_id="cost", value=2, rationale="cheap"),
        Score(option_id="b", criterion_id="harm", level="High", rationale="loud"),
        Score(option_id="b", criterion_id="effect", value=9, rationale="strong"),
        Score(option_id="b", criterion_id="cost", value=10, rationale="dear"),
        Score(option_id="c", criterion_id="harm", level="Moderate", rationale="middling"),
        Score(option_id="c", criterion_id="effect", value=6, rationale="fair"),
        Score(option_id="c", criterion_id="cost", value=8, rationale="fair"),
    ]
    return Decision(id="small", title="Small test decision", notice="Test data only",
                    options=opts, criteria=crit, scores=s)


def two_analysts() -> Decision:
    """Ann keeps the shared inputs; Ben rates Bravo's harm Low, Alpha's effect 6 and weighs cost up."""
    data = small_decision().model_dump()
    data["analysts"] = [{"id": "ann", "name": "Ann"}, {"id": "ben", "name": "Ben", "role": "Audit"}]
    data["analyst_inputs"] = [{
        "analyst_id": "ben",
        "scores": [{"option_id": "b", "criterion_id": "harm", "level": "Low"},
                   {"option_id": "a", "criterion_id": "effect", "value": 6}],
        "weights": {"risks": 0.2},
    }]
    return Decision.model_validate(data)


def smaa_result(acceptability: object, names: list[str]) -> object:
    """A finished rank-acceptability result with the given matrix (options x ranks) and option names.

    For chart and table tests that need a result without running the analysis.
    """
    import numpy as np

    from counterweight.domain.methods import WeightUncertainty
    from counterweight.engine.smaa_result import SmaaResult

    acc = np.asarray(acceptability, dtype=float)
    n = acc.shape[0]
    return SmaaResult(
        option_ids=tuple(f"o{i}" for i in range(n)), option_names=tuple(names), leaf_ids=("k",),
        leaf_labels=("K",), weight_mode=WeightUncertainty.NONE, seed=1, samples_requested=100, samples=100,
        uncertain_scores=0, rank_counts=(acc * 100).astype(int), acceptability=acc,
        central_weights=np.ones((n, 1)), has_central=np.ones(n, dtype=bool), confidence=np.ones(n),
        acceptance_rate=None, cancelled=False,
    )
