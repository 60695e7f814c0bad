"""PROMETHEE II: the Brans, Vincke & Mareschal (1986) example, preference functions, pymcdm."""

from __future__ import annotations

import math

import numpy as np
import pytest

from counterweight.domain import (
    AggregationMethod,
    CriterionPreference,
    Direction,
    MethodSettings,
    PreferenceFunction,
    PrometheeSettings,
)
from counterweight.engine import evaluate, preference_degree, promethee_ii
from counterweight.engine import promethee as promethee_module
from tests.engine.helpers import flat_decision
from tests.factories import small_decision

PF = PreferenceFunction

# Brans, J.-P., Vincke, Ph. & Mareschal, B. (1986). How to select and how to rank
# projects: the PROMETHEE method. EJOR 24(2), 228-238, numerical application:
# six sites for a power station (a1 Italy, a2 Belgium, a3 Germany, a4 Sweden,
# a5 Austria, a6 France), six criteria with equal weights and one generalised
# criterion each: f1 manpower (min, type II q=10), f2 power (max, type III p=30),
# f3 construction cost (min, type V q=50 p=500), f4 maintenance cost (min, type IV
# q=10 p=60), f5 villages to evacuate (min, type I), f6 safety (max, type VI s=5).
# The data table is the one in Mareschal's teaching copy ("Exercises with Visual
# PROMETHEE", 2019, Table 1). The paper prints pi(a, b) to 3 decimals and the net
# flows as plain sums over b (not divided by n - 1): a1 -0.728, a2 +0.085,
# a3 -0.447, a4 -0.102, a5 +1.466, a6 -0.274, i.e. a5 > a2 > a4 > a6 > a3 > a1.
# It rounds pi before summing (its a4 row sums to 1.644 for 1.646), so net flows
# are checked to 3e-3 and pi to 1.5e-3.
BVM = np.array([
    [80, 90, 600, 54, 8, 5],
    [65, 58, 200, 97, 1, 1],
    [83, 60, 400, 72, 4, 7],
    [40, 80, 1000, 75, 7, 10],
    [52, 72, 600, 20, 3, 8],
    [94, 96, 700, 36, 5, 6],
], dtype=float)
BVM_COST = np.array([True, False, True, True, True, False])
BVM_PREFS = [
    CriterionPreference(function=PF.U_SHAPE, q=10),
    CriterionPreference(function=PF.V_SHAPE, p=30),
    CriterionPreference(function=PF.V_SHAPE_INDIFFERENCE, q=50, p=500),
    CriterionPreference(function=PF.LEVEL, q=10, p=60),
    CriterionPreference(function=PF.USUAL),
    CriterionPreference(function=PF.GAUSSIAN, s=5),
]
BVM_PI = [
    [0, .296, .250, .268, .100, .185],
    [.462, 0, .389, .333, .296, .500],
    [.236, .180, 0, .333, .056, .429],
    [.399, .505, .305, 0, .223, .212],
    [.444, .515, .487, .380, 0, .448],
    [.286, .399, .250, .432, .133, 0],
]
BVM_NET_SUMS = [-0.728, 0.085, -0.447, -0.102, 1.466, -0.274]


def test_brans_vincke_mareschal_example() -> None:
    res = promethee_ii(BVM, BVM_COST, np.ones(6), BVM_PREFS)
    assert res.pairwise is not None
    np.testing.assert_allclose(res.pairwise, BVM_PI, atol=1.5e-3)
    np.testing.assert_allclose(res.phi * 5, BVM_NET_SUMS, atol=3e-3)
    assert list(np.argsort(-res.phi)) == [4, 1, 3, 5, 2, 0]
    # The flows follow from pi (Brans & Mareschal 2005, eqs. for phi+ and phi-).
    np.testing.assert_allclose(res.phi_plus, res.pairwise.sum(axis=1) / 5, atol=1e-15)
    np.testing.assert_allclose(res.phi_minus, res.pairwise.sum(axis=0) / 5, atol=1e-15)


@pytest.mark.parametrize("weights,best", [
    # Mareschal (2019), "Exercises with Visual PROMETHEE": giving power (f2) weight
    # 50 and the others 10 makes France (a6) best; giving villages (f5) weight 55
    # and the others 9 makes Belgium (a2) best.
    ([10, 50, 10, 10, 10, 10], 5),
    ([9, 9, 9, 9, 55, 9], 1),
])
def test_weight_changes_from_the_teaching_copy(weights: list[float], best: int) -> None:
    res = promethee_ii(BVM, BVM_COST, np.array(weights, dtype=float), BVM_PREFS)
    assert int(np.argmax(res.phi)) == best


def test_flow_identities() -> None:
    rng = np.random.default_rng(3)
    x = rng.integers(0, 20, size=(9, 4)).astype(float)
    w = np.array([1.0, 2.0, 0.0, 3.0])
    res = promethee_ii(x, np.array([False, True, False, True]), w, BVM_PREFS[:4])
    assert abs(res.phi.sum()) < 1e-12  # net flows sum to zero
    np.testing.assert_allclose(res.phi, res.unicriterion @ (w / w.sum()), atol=1e-14)
    assert np.all((res.phi_plus >= 0) & (res.phi_plus <= 1) & (res.phi_minus >= 0) & (res.phi_minus <= 1))


@pytest.mark.parametrize("function,params,d,expected", [
    # Brans & Vincke (1985), Fig. 1, evaluated by hand.
    (PF.USUAL, {}, [-1, 0, 0.1, 50], [0, 0, 1, 1]),
    (PF.U_SHAPE, {"q": 2}, [-3, 2, 2.5], [0, 0, 1]),
    (PF.V_SHAPE, {"p": 4}, [-1, 0, 1, 4, 5], [0, 0, 0.25, 1, 1]),
    (PF.V_SHAPE, {"p": 0}, [-1, 0, 0.5], [0, 0, 1]),  # p = 0: a step at 0
    (PF.LEVEL, {"q": 1, "p": 3}, [1, 2, 3, 3.5], [0, 0.5, 0.5, 1]),
    (PF.V_SHAPE_INDIFFERENCE, {"q": 1, "p": 3}, [0.5, 1, 2, 3, 9], [0, 0, 0.5, 1, 1]),
    (PF.GAUSSIAN, {"s": 2}, [-2, 0, 2], [0, 0, 1 - math.exp(-0.5)]),
])
def test_preference_functions(function: PreferenceFunction, params: dict[str, float], d: list[float],
                              expected: list[float]) -> None:
    np.testing.assert_allclose(preference_degree(np.array(d, dtype=float), function, **params), expected,
                               atol=1e-15)


def test_rounding_noise_is_not_a_preference() -> None:
    # 1.1 - 1.0 = 0.10000000000000009 > 0.1 in floating point; on paper it equals q.
    x = np.array([[1.1], [1.0]])
    res = promethee_ii(x, np.array([False]), np.array([1.0]), [CriterionPreference(function=PF.U_SHAPE, q=0.1)])
    np.testing.assert_array_equal(res.phi, [0.0, 0.0])
    x = np.array([[0.1 + 0.2], [0.3]])
    np.testing.assert_array_equal(promethee_ii(x, np.array([False]), np.array([1.0])).phi, [0.0, 0.0])


@pytest.mark.parametrize("name,function,q,p", [
    ("usual", PF.USUAL, None, None),
    ("ushape", PF.U_SHAPE, 7.0, None),
    ("vshape", PF.V_SHAPE, None, 25.0),
    ("level", PF.LEVEL, 5.0, 30.0),
    ("vshape_2", PF.V_SHAPE_INDIFFERENCE, 5.0, 30.0),
])
def test_matches_pymcdm(name: str, function: PreferenceFunction, q: float | None, p: float | None) -> None:
    pytest.importorskip("pymcdm")
    from pymcdm.methods import PROMETHEE_II

    rng = np.random.default_rng(11)
    x = rng.uniform(0, 100, size=(15, 4))
    w = np.array([0.1, 0.2, 0.3, 0.4])
    cost = np.array([False, True, False, True])
    qs = None if q is None else np.full(4, q)
    ps = None if p is None else np.full(4, p)
    theirs = PROMETHEE_II(name, p=ps, q=qs)(x, w, np.where(cost, -1, 1))
    prefs = [CriterionPreference(function=function, q=q, p=p)] * 4
    np.testing.assert_allclose(promethee_ii(x, cost, w, prefs).phi, theirs, atol=1e-12)


@pytest.mark.parametrize("pref", [
    CriterionPreference(), CriterionPreference(function=PF.U_SHAPE, q=2),
    CriterionPreference(function=PF.LEVEL, q=1, p=3), CriterionPreference(function=PF.V_SHAPE, p=0),
])
def test_step_functions_counted_in_sorted_scores_match_the_pairwise_matrix(pref: CriterionPreference) -> None:
    # Integer scores put many differences exactly on 0, q and p: the counting shortcut
    # and the n-by-n comparison must agree on every one of them.
    rng = np.random.default_rng(4)
    x = rng.integers(0, 6, size=(25, 3)).astype(float)
    res = promethee_ii(x, np.array([False, True, False]), np.ones(3), [pref] * 3, keep_pairwise=True)
    assert res.pairwise is not None
    np.testing.assert_allclose(res.phi_plus, res.pairwise.sum(axis=1) / 24, atol=1e-14)
    np.testing.assert_allclose(res.phi_minus, res.pairwise.sum(axis=0) / 24, atol=1e-14)
    d = x[:, None, 0] - x[None, :, 0]
    expected = preference_degree(d, pref.function, pref.q or 0.0, pref.p or 0.0)
    np.testing.assert_allclose(res.unicriterion[:, 0], (expected.sum(axis=1) - expected.sum(axis=0)) / 24,
                               atol=1e-14)


def test_blocks_give_the_same_flows(monkeypatch: pytest.MonkeyPatch) -> None:
    whole = promethee_ii(BVM, BVM_COST, np.ones(6), BVM_PREFS)
    monkeypatch.setattr(promethee_module, "CHUNK_CELLS", 1)  # one criterion per block
    split = promethee_ii(BVM, BVM_COST, np.ones(6), BVM_PREFS, keep_pairwise=False)
    np.testing.assert_allclose(split.phi, whole.phi, atol=1e-15)
    np.testing.assert_allclose(split.unicriterion, whole.unicriterion, atol=1e-15)
    assert split.pairwise is None


def test_one_option_and_no_option() -> None:
    one = promethee_ii(np.array([[3.0, 4.0]]), np.array([False, False]), np.array([1.0, 1.0]))
    np.testing.assert_array_equal(one.phi, [0.0])
    none = promethee_ii(np.zeros((0, 2)), np.array([False, False]), np.array([1.0, 1.0]))
    assert none.phi.shape == (0,)


def test_evaluate_uses_the_decision_settings() -> None:
    # Two options on one 0-100 criterion, 10 points apart: with the usual function the
    # better one is fully preferred (phi = +1 -> display 1.0); a V-shape with p = 40
    # gives P = 10/40 = 0.25, so phi = +-0.25 and display scores 0.625 / 0.375.
    d = flat_decision([[60], [50]], [1])
    usual = evaluate(d, method="promethee")
    np.testing.assert_allclose(usual.extras["phi"], [1.0, -1.0])
    np.testing.assert_allclose(usual.totals, [1.0, 0.0])
    prefs = {"c1": CriterionPreference(function=PF.V_SHAPE, p=40)}
    d = d.model_copy(update={"method": MethodSettings(aggregation=AggregationMethod.PROMETHEE,
                                                      promethee=PrometheeSettings(preferences=prefs))})
    ev = evaluate(d)
    np.testing.assert_allclose(ev.extras["phi"], [0.25, -0.25])
    np.testing.assert_allclose(ev.extras["phi_plus"], [0.25, 0.0])
    np.testing.assert_allclose(ev.totals, [0.625, 0.375])
    assert ev.parameters["preferences"]["c1"] == {"function": "v_shape", "p": 40.0}


def test_cost_criteria_and_qualitative_levels_use_their_direction() -> None:
    # small_decision: Alpha is cheapest (cost, lower better) and safest (level Low = 100).
    # With only those two criteria weighted, Alpha beats both others on both.
    d = small_decision()
    crit = [c.model_copy(update={"weight": 0.0}) if c.id == "effect" else c for c in d.criteria]
    ev = evaluate(d.model_copy(update={"criteria": crit}), method="promethee")
    assert ev.top() == "a"
    assert ev.extras["phi"][0] == pytest.approx(1.0)


def test_threshold_and_unknown_criterion_notes() -> None:
    d = flat_decision([[60, 1], [50, 2]], [1, 1], directions=[Direction.HIGHER_BETTER] * 2)
    prefs = {"c1": CriterionPreference(function=PF.U_SHAPE, q=15), "gone": CriterionPreference()}
    d = d.model_copy(update={"method": MethodSettings(promethee=PrometheeSettings(preferences=prefs))})
    ev = evaluate(d, method="promethee")
    codes = [x.code for x in ev.diagnostics]
    assert "promethee_threshold_too_wide" in codes and "promethee_unknown_criterion" in codes
    np.testing.assert_allclose(ev.extras["phi"], [-0.5, 0.5])  # only c2 (weight 1/2) separates them
