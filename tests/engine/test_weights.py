"""Hierarchical weights: hand-computed tree, zero-weight and empty groups."""

from __future__ import annotations

import pytest

from counterweight.domain import Criterion, Decision, NumericScale, Option, Score
from counterweight.engine import compute_weights, evaluate
from tests.engine.helpers import tree_decision


def _crit(decision_criteria: list[Criterion], **weights: float) -> list[Criterion]:
    return [c.model_copy(update={"weight": weights[c.id]}) if c.id in weights else c for c in decision_criteria]


def test_tree_local_and_global_weights_by_hand() -> None:
    # Top: Benefits 60 / Risks 40 -> 0.6 / 0.4.
    # Benefits: Health 3 / Economy 1 -> 0.75 / 0.25; Economy: Jobs 1 / Growth 1 -> 0.5 / 0.5.
    # Risks: Safety 1 / Legal 3 -> 0.25 / 0.75.
    # Global = product down the tree: Health 0.6*0.75 = 0.45, Economy 0.6*0.25 = 0.15,
    # Jobs = Growth = 0.15*0.5 = 0.075, Safety 0.4*0.25 = 0.1, Legal 0.4*0.75 = 0.3.
    w = compute_weights(tree_decision().criteria)
    expected_local = {"ben": 0.6, "health": 0.75, "eco": 0.25, "jobs": 0.5, "growth": 0.5,
                      "risk": 0.4, "safety": 0.25, "legal": 0.75}
    expected_global = {"ben": 0.6, "health": 0.45, "eco": 0.15, "jobs": 0.075, "growth": 0.075,
                       "risk": 0.4, "safety": 0.1, "legal": 0.3}
    assert w.local == pytest.approx(expected_local)
    assert w.global_ == pytest.approx(expected_global)
    assert w.leaf_ids == ("health", "jobs", "growth", "safety", "legal")
    assert list(w.leaf_weights) == pytest.approx([0.45, 0.075, 0.075, 0.1, 0.3])
    assert w.leaf_weights.sum() == pytest.approx(1.0)
    assert w.diagnostics == ()


def test_leaf_order_matches_decision_leaves() -> None:
    d = tree_decision()
    assert compute_weights(d.criteria).leaf_ids == tuple(c.id for c in d.leaves)


def test_zero_weights_inside_one_group() -> None:
    # Jobs and Growth both 0: Economy drops out, Health takes all of Benefits' 0.6.
    crit = _crit(tree_decision().criteria, jobs=0, growth=0)
    w = compute_weights(crit)
    assert w.global_["jobs"] == w.global_["growth"] == w.global_["eco"] == 0.0
    assert w.local["health"] == pytest.approx(1.0)
    assert w.global_["health"] == pytest.approx(0.6)
    assert w.leaf_weights.sum() == pytest.approx(1.0)
    codes = {(d.code, d.criterion_id) for d in w.diagnostics}
    assert ("zero_weight_group", "eco") in codes
    msg = next(d.message for d in w.diagnostics if d.code == "zero_weight_group")
    assert "'Economy'" in msg


def test_zero_weight_leaf_is_noted_and_siblings_share() -> None:
    crit = _crit(tree_decision().criteria, health=0)
    w = compute_weights(crit)
    assert w.global_["health"] == 0.0
    assert w.local["eco"] == pytest.approx(1.0)
    assert w.global_["jobs"] == pytest.approx(0.3)
    assert [(d.code, d.severity, d.criterion_id) for d in w.diagnostics] == [("zero_weight", "info", "health")]


def test_all_weights_zero() -> None:
    crit = _crit(tree_decision().criteria, health=0, jobs=0, growth=0, safety=0, legal=0)
    w = compute_weights(crit)
    assert all(v == 0.0 for v in w.global_.values())
    assert all(v == 0.0 for v in w.local.values())
    assert w.leaf_weights.sum() == 0.0
    codes = [d.code for d in w.diagnostics]
    assert "all_weights_zero" in codes
    named = {d.criterion_id for d in w.diagnostics if d.code == "zero_weight_group"}
    assert {"ben", "risk", "eco"} <= named


def test_empty_group_contributes_nothing() -> None:
    crit = [*tree_decision().criteria, Criterion(id="other", name="Other matters", weight=100)]
    w = compute_weights(crit)
    assert w.local["other"] == 0.0 and w.global_["other"] == 0.0
    assert w.local["ben"] == pytest.approx(0.6)
    assert w.leaf_weights.sum() == pytest.approx(1.0)
    empty = [d for d in w.diagnostics if d.code == "empty_group"]
    assert len(empty) == 1 and empty[0].criterion_id == "other" and "'Other matters'" in empty[0].message


def test_nested_empty_groups_are_reported_once() -> None:
    crit = [
        *tree_decision().criteria,
        Criterion(id="outer", name="Outer", weight=5),
        Criterion(id="inner", name="Inner", parent_id="outer", weight=5),
    ]
    w = compute_weights(crit)
    assert [d.criterion_id for d in w.diagnostics if d.code == "empty_group"] == ["outer"]
    assert w.global_["inner"] == 0.0


def test_points_override() -> None:
    d = tree_decision()
    w = compute_weights(d.criteria, points={"ben": 1, "risk": 1})
    assert w.global_["ben"] == pytest.approx(0.5)
    assert w.global_["legal"] == pytest.approx(0.375)


def test_top_level_leaves_and_groups_mix() -> None:
    crit = [
        Criterion(id="cost", name="Cost", scale=NumericScale(), weight=1),
        Criterion(id="g", name="G", weight=3),
        Criterion(id="a", name="A", parent_id="g", scale=NumericScale(), weight=2),
        Criterion(id="b", name="B", parent_id="g", scale=NumericScale(), weight=6),
    ]
    w = compute_weights(crit)
    # Cost 1/4; G 3/4 split 2:6 -> A 0.1875, B 0.5625.
    assert list(w.leaf_weights) == pytest.approx([0.25, 0.1875, 0.5625])
    assert w.leaf_ids == ("cost", "a", "b")


def test_points_whose_sum_overflows_keep_their_ratios() -> None:
    # 1e308 + 1e308 overflows to infinity; dividing by it made every weight 0. The shares are
    # exact ratios: 2 : 1e308 : 1e308 -> 1e-308, 0.5, 0.5 (and the groups 1e308 : 1e308 -> 0.5 each).
    ten = NumericScale(lower=0, upper=10)
    flat = [Criterion(id="a", name="A", scale=ten, weight=2),
            Criterion(id="b", name="B", scale=ten, weight=1e308),
            Criterion(id="c", name="C", scale=ten, weight=1e308)]
    w = compute_weights(flat)
    assert w.local == {"a": 1e-308, "b": 0.5, "c": 0.5}
    assert w.leaf_weights.sum() == 1.0 and w.diagnostics == ()
    nested = [Criterion(id="g", name="G", weight=1e308), Criterion(id="h", name="H", weight=1.7e308),
              Criterion(id="x", name="X", parent_id="g", scale=ten, weight=1e308),
              Criterion(id="y", name="Y", parent_id="g", scale=ten, weight=1e308),
              Criterion(id="z", name="Z", parent_id="h", scale=ten, weight=1)]
    w = compute_weights(nested)
    assert w.global_["x"] == w.global_["y"] == pytest.approx(1 / 5.4, rel=1e-15)  # 1 / (1 + 1.7) / 2
    assert w.global_["z"] == pytest.approx(1.7 / 2.7, rel=1e-15)


def test_huge_points_give_the_right_total() -> None:
    # Every score is 5 on 0-10, so every option's total is 0.5 whatever the weights (QA report: it was 0).
    ten = NumericScale(lower=0, upper=10)
    decision = Decision(
        id="big", title="Big weights", options=[Option(id="a", name="A")],
        criteria=[Criterion(id="cost", name="Cost", scale=ten, weight=2),
                  Criterion(id="time", name="Time", scale=ten, weight=1e308),
                  Criterion(id="risk", name="Risk", scale=ten, weight=1e308)],
        scores=[Score(option_id="a", criterion_id=c, value=5) for c in ("cost", "time", "risk")])
    assert evaluate(decision).totals.tolist() == [0.5]


def test_no_criteria() -> None:
    w = compute_weights([])
    assert w.leaf_ids == () and w.leaf_weights.shape == (0,) and w.diagnostics == ()
