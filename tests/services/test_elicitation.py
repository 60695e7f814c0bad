"""Weight elicitation services: weights from judgements, the SetElicitation edit, staleness."""

from __future__ import annotations

import pytest

from counterweight.domain import (
    Criterion,
    Decision,
    Elicitation,
    InvalidInputError,
    NumericScale,
    Option,
    PairwiseJudgement,
    WeightMethod,
)
from counterweight.services.changes import Part
from counterweight.services.edits import AddCriterion, SetWeight
from counterweight.services.elicitation import (
    ClearElicitation,
    SetElicitation,
    compute_elicitation,
    elicitation_for_method,
    elicitation_is_stale,
    find_node,
    weights_from_elicitation,
)

TEN = NumericScale(lower=0, upper=10)


def decision() -> Decision:
    """Top: Benefits 1, Risks 1. Benefits: Health, Jobs, Cost (all 1 point). Risks: Safety."""
    crit = [
        Criterion(id="ben", name="Benefits", weight=1),
        Criterion(id="health", name="Health", parent_id="ben", scale=TEN, weight=1),
        Criterion(id="jobs", name="Jobs", parent_id="ben", scale=TEN, weight=1),
        Criterion(id="cost", name="Cost", parent_id="ben", scale=TEN, weight=1),
        Criterion(id="risk", name="Risks", weight=1),
        Criterion(id="safety", name="Safety", parent_id="risk", scale=TEN, weight=1),
    ]
    return Decision(id="d", title="Test", options=[Option(id="a", name="A")], criteria=crit)


def pj(first: str, second: str, value: float) -> PairwiseJudgement:
    return PairwiseJudgement(first=first, second=second, value=value)


# Consistent judgements from w = 4 : 2 : 1 (Health : Jobs : Cost): weights 4/7, 2/7, 1/7.
AHP = Elicitation(node_id="ben", method=WeightMethod.AHP,
                  pairwise=[pj("health", "jobs", 2), pj("health", "cost", 4), pj("jobs", "cost", 2)])
SWING = Elicitation(node_id="ben", method=WeightMethod.SWING,
                    swing_points={"health": 100, "jobs": 60, "cost": 40})
ROC = Elicitation(node_id="ben", method=WeightMethod.ROC, ranks={"health": 1, "jobs": 2, "cost": 3})


@pytest.mark.parametrize(
    ("elicitation", "points"),
    [
        (AHP, {"health": 57.14, "jobs": 28.57, "cost": 14.29}),  # 100 * (4, 2, 1) / 7
        (SWING, {"health": 50.0, "jobs": 30.0, "cost": 20.0}),  # 100 * (100, 60, 40) / 200
        (ROC, {"health": 61.11, "jobs": 27.78, "cost": 11.11}),  # 100 * (11, 5, 2) / 18
        (ROC.model_copy(update={"method": WeightMethod.RANK_SUM}), {"health": 50.0, "jobs": 33.33, "cost": 16.67}),
        (Elicitation(node_id="ben", method=WeightMethod.EQUAL), {"health": 33.33, "jobs": 33.33, "cost": 33.33}),
        (Elicitation(node_id="ben", method=WeightMethod.DIRECT), {"health": 1.0, "jobs": 1.0, "cost": 1.0}),
    ],
    ids=["ahp", "swing", "roc", "rank-sum", "equal", "direct"],
)
def test_weights_from_elicitation(elicitation: Elicitation, points: dict[str, float]) -> None:
    assert weights_from_elicitation(decision(), elicitation) == points


def test_outcome_has_local_and_global_weights() -> None:
    out = compute_elicitation(decision(), AHP)
    assert out.child_ids == ("health", "jobs", "cost") and out.node_name == "Benefits"
    assert out.local == pytest.approx({"health": 4 / 7, "jobs": 2 / 7, "cost": 1 / 7})
    # Benefits has half of the model (1 : 1 with Risks), so global = local / 2 (up to point rounding).
    assert out.global_ == pytest.approx({"health": 2 / 7, "jobs": 1 / 7, "cost": 1 / 14}, abs=1e-4)
    assert out.ahp is not None and out.ahp.cr == pytest.approx(0.0, abs=1e-9)
    top = compute_elicitation(decision(), Elicitation(method=WeightMethod.EQUAL))
    assert top.node_name == "the top level" and top.child_ids == ("ben", "risk")


def test_set_elicitation_sets_judgements_and_weights_and_undo_restores_both() -> None:
    d = decision()
    applied = SetElicitation(SWING).apply(d)
    new = applied.decision
    assert new.elicitation("ben") == SWING
    assert [new.criterion(k).weight for k in ("health", "jobs", "cost")] == [50.0, 30.0, 20.0]
    assert applied.changes.parts == frozenset({Part.WEIGHTS})
    assert applied.changes.criterion_ids == {"health", "jobs", "cost"}
    assert applied.before["elicitation"] is None and applied.after["weights"]["health"] == 50.0
    undone = applied.inverse.apply(new)
    assert undone.decision == d
    assert undone.inverse.apply(d).decision == new  # redo


def test_set_elicitation_replaces_only_its_node() -> None:
    d = SetElicitation(Elicitation(method=WeightMethod.EQUAL)).apply(decision()).decision
    d = SetElicitation(SWING).apply(d).decision
    d2 = SetElicitation(ROC).apply(d).decision
    assert [e.node_id for e in d2.elicitations] == [None, "ben"]
    assert d2.elicitation("ben") == ROC and d2.elicitation(None) == d.elicitation(None)
    undone = SetElicitation(ROC).apply(d).inverse.apply(d2).decision
    assert undone.elicitation("ben") == SWING
    assert undone.criterion("health").weight == 50.0


def test_set_weight_keeps_the_elicitation_and_makes_it_stale() -> None:
    d = SetElicitation(AHP).apply(decision()).decision
    assert not elicitation_is_stale(d, "ben")
    edited = SetWeight("cost", 30).apply(d).decision
    assert edited.elicitation("ben") == AHP
    assert elicitation_is_stale(edited, "ben")
    # Scaling every point by the same factor changes nothing (only ratios matter).
    from counterweight.services.edits import SetWeights

    scaled = SetWeights({k: 2 * d.criterion(k).weight for k in ("health", "jobs", "cost")}).apply(d).decision
    assert not elicitation_is_stale(scaled, "ben")


def test_stale_when_a_child_is_added() -> None:
    d = SetElicitation(ROC).apply(decision()).decision
    grown = AddCriterion(Criterion(id="new", name="New", parent_id="ben", scale=TEN)).apply(d).decision
    assert elicitation_is_stale(grown, "ben")


def test_not_stale_without_judgements_or_for_direct() -> None:
    d = decision()
    assert not elicitation_is_stale(d, "ben")
    direct = SetElicitation(Elicitation(node_id="ben", method=WeightMethod.DIRECT)).apply(d).decision
    assert not elicitation_is_stale(SetWeight("cost", 7).apply(direct).decision, "ben")


def test_clear_elicitation_keeps_weights_and_undoes() -> None:
    d = SetElicitation(SWING).apply(decision()).decision
    cleared = ClearElicitation("ben").apply(d)
    assert cleared.decision.elicitation("ben") is None
    assert cleared.decision.criteria == d.criteria
    assert cleared.inverse.apply(cleared.decision).decision == d
    with pytest.raises(InvalidInputError):
        ClearElicitation("ben").apply(cleared.decision)


@pytest.mark.parametrize(
    ("elicitation", "words"),
    [
        (Elicitation(node_id="ben", method=WeightMethod.SWING, swing_points={"health": 100, "jobs": 50}),
         ["'Benefits'", "'Cost'", "swing"]),
        (Elicitation(node_id="ben", method=WeightMethod.SWING,
                     swing_points={"health": 100, "jobs": 50, "cost": 5, "safety": 10}),
         ["'Safety'", "not directly under 'Benefits'"]),
        (Elicitation(node_id="ben", method=WeightMethod.ROC, ranks={"health": 1, "ghost": 2}),
         ["'ghost'", "does not exist"]),
        (Elicitation(node_id="ben", method=WeightMethod.AHP, pairwise=[pj("health", "jobs", 3)]),
         ["'Benefits'", "'Health'", "'Cost'", "missing"]),
        (Elicitation(node_id="ben", method=WeightMethod.ROC, ranks={"health": 1, "jobs": 2}),
         ["'Cost'", "ranks"]),
        (Elicitation(node_id="health", method=WeightMethod.EQUAL), ["'Health'", "scored criterion"]),
        (Elicitation(node_id="nope", method=WeightMethod.EQUAL), ["'nope'", "does not exist"]),
    ],
    ids=["swing-missing", "not-a-child", "unknown-id", "ahp-missing-pair", "rank-missing", "leaf", "no-node"],
)
def test_invalid_judgements_are_refused_with_names(elicitation: Elicitation, words: list[str]) -> None:
    d = decision()
    with pytest.raises(InvalidInputError) as info:
        SetElicitation(elicitation).apply(d)
    for w in words:
        assert w in str(info.value)


def test_find_node() -> None:
    d = decision()
    assert find_node(d, None) is None
    assert find_node(d, "benefits") == "ben" and find_node(d, "  RISKS ") == "risk" and find_node(d, "ben") == "ben"
    with pytest.raises(InvalidInputError, match="no criterion called 'Wealth'.*'Benefits', 'Risks'"):
        find_node(d, "Wealth")
    with pytest.raises(InvalidInputError, match="'Health' is a scored criterion"):
        find_node(d, "health")
    # Repeated names are refused by the edits since session 28, but older files may still hold them.
    criteria = [*d.criteria, Criterion(id="ben2", name="Benefits", parent_id="risk")]
    twin = Decision.model_validate({**dict(d), "criteria": criteria})
    with pytest.raises(InvalidInputError, match="several criteria are called 'Benefits'.*ben2"):
        find_node(twin, "Benefits")


def test_elicitation_for_method() -> None:
    d = SetElicitation(SWING).apply(decision()).decision
    ranked = elicitation_for_method(d, "ben", WeightMethod.EQUAL)
    assert ranked.method is WeightMethod.EQUAL and ranked.swing_points == SWING.swing_points
    with pytest.raises(InvalidInputError, match="no pairwise judgements are stored for the criteria under 'Benefits'"):
        elicitation_for_method(d, "ben", WeightMethod.AHP)
    with pytest.raises(InvalidInputError, match="no importance ranks.*the top level"):
        elicitation_for_method(d, None, WeightMethod.ROC)
    gm = elicitation_for_method(SetElicitation(AHP).apply(d).decision, "ben", WeightMethod.AHP, "geometric_mean")
    assert gm.ahp_priority == "geometric_mean"
