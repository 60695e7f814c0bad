"""VIKOR: Opricovic & Tzeng's examples (2004, 2007), compromise conditions, degenerate data."""

from __future__ import annotations

import numpy as np
import pytest

from counterweight.domain import AggregationMethod, Direction, MethodSettings, VikorSettings
from counterweight.engine import compromise_solution, evaluate, vikor
from tests.engine.helpers import flat_decision

# Opricovic, S. & Tzeng, G.-H. (2004). Compromise solution by MCDM methods: a
# comparative analysis of VIKOR and TOPSIS. EJOR 156(2), 445-455, section 4: three
# alternatives, f1 to be minimised (1, 2, 5), f2 to be maximised (3000, 3750, 4500),
# equal weights, v = 0.5. S = (0.5, 0.375, 0.5), R = (0.5, 0.25, 0.5),
# Q = (1, 0, 1); A2 is the compromise solution (both conditions hold).
OT2004 = np.array([[1.0, 3000.0], [2.0, 3750.0], [5.0, 4500.0]])


def test_opricovic_tzeng_2004() -> None:
    res = vikor(OT2004, np.array([True, False]), np.array([0.5, 0.5]), v=0.5)
    np.testing.assert_allclose(res.s, [0.5, 0.375, 0.5])
    np.testing.assert_allclose(res.r, [0.5, 0.25, 0.5])
    np.testing.assert_allclose(res.q, [1.0, 0.0, 1.0])
    np.testing.assert_array_equal(res.best, [1.0, 4500.0])
    np.testing.assert_array_equal(res.worst, [5.0, 3000.0])
    assert res.dq == 0.5
    assert res.acceptable_advantage and res.acceptable_stability
    assert res.compromise == (1,)
    assert res.ranks.tolist() == [2, 1, 2]


# Opricovic, S. & Tzeng, G.-H. (2007). Extended VIKOR method in comparison with
# outranking methods. EJOR 178(2), 514-529, numerical example: six reservoir
# alternatives, eight criteria (profit max, cost min, energy max, peak energy max,
# homes relocated min, reservoir area min, villages displaced min, environmental
# grade max) under four weight sets; S, R, Q printed to 3 decimals. Data and
# results as transcribed in scikit-criteria's test suite (tests/agg/test_vikor.py).
OT2007 = np.array([
    [4184.3, 2914.0, 407.2, 251.0, 195, 244, 15, 2.41],
    [5211.9, 3630.0, 501.7, 308.3, 282, 346, 21, 1.41],
    [5021.3, 3920.5, 504.0, 278.6, 12, 56, 3, 4.42],
    [5566.1, 3957.9, 559.5, 335.3, 167, 268, 16, 3.36],
    [5060.5, 3293.5, 514.1, 284.2, 69, 90, 7, 4.04],
    [4317.9, 2925.9, 432.8, 239.3, 12, 55, 3, 4.36],
])
OT2007_COST = np.array([False, True, False, False, True, True, True, False])
OT2007_CASES = [
    ([1, 1, 1, 1, 1, 1, 1, 1],
     [0.692, 0.7, 0.29, 0.423, 0.28, 0.346], [0.125, 0.125, 0.121, 0.125, 0.067, 0.125],
     [0.991, 1.0, 0.473, 0.670, 0.0, 0.578], (4,), True),
    ([2, 2, 2, 2, 1, 1, 1, 1],
     [0.701, 0.6, 0.386, 0.365, 0.317, 0.459], [0.167, 0.114, 0.161, 0.167, 0.089, 0.167],
     [1.0, 0.533, 0.552, 0.563, 0.0, 0.686], (4,), True),
    ([1, 1, 1, 1, 2, 2, 2, 2],
     [0.683, 0.8, 0.193, 0.48, 0.243, 0.232], [0.113, 0.167, 0.08, 0.122, 0.044, 0.083],
     [0.684, 1.0, 0.147, 0.554, 0.041, 0.191], (4, 2, 5), False),
    ([1, 1, 1, 1, 3.2, 3.2, 3.2, 3.2],
     [0.678, 0.857, 0.138, 0.513, 0.222, 0.167], [0.129, 0.190, 0.057, 0.139, 0.042, 0.060],
     [0.668, 1.0, 0.051, 0.588, 0.058, 0.078], (2, 4, 5), False),
]


@pytest.mark.parametrize("weights,s,r,q,compromise,advantage", OT2007_CASES)
def test_opricovic_tzeng_2007(weights: list[float], s: list[float], r: list[float], q: list[float],
                              compromise: tuple[int, ...], advantage: bool) -> None:
    res = vikor(OT2007, OT2007_COST, np.array(weights, dtype=float))
    np.testing.assert_allclose(res.s, s, atol=1.5e-3)
    np.testing.assert_allclose(res.r, r, atol=1.5e-3)
    np.testing.assert_allclose(res.q, q, atol=1.5e-3)
    assert res.dq == pytest.approx(0.2)
    assert res.acceptable_advantage is advantage and res.acceptable_stability
    assert res.compromise == compromise


def test_only_stability_fails_gives_the_first_two() -> None:
    # Five options, five cost criteria, equal weights 0.2, v = 0.5; by hand:
    # t_ij = 0.2 (x - 1) / 100 on every column (best 1, worst 101), so
    #   S = (.40, .60, .20, .21, .55), R = (.20, .20, .20, .12, .11)
    #   Q = (.75, 1, .5, .0681, .4375): order A4, A5, A3, A1, A2.
    # C1 holds (.4375 - .0681 >= DQ = .25) but A4 is best by neither S (A3) nor R (A5),
    # so the compromise set is {A4, A5}.
    x = np.array([
        [1.0, 101.0, 1.0, 101.0, 1.0],
        [101.0, 1.0, 101.0, 1.0, 101.0],
        [1.0, 1.0, 1.0, 1.0, 101.0],
        [11.0, 11.0, 11.0, 16.0, 61.0],
        [56.0, 56.0, 56.0, 56.0, 56.0],
    ])
    res = vikor(x, np.ones(5, dtype=bool), np.full(5, 0.2))
    np.testing.assert_allclose(res.s, [0.4, 0.6, 0.2, 0.21, 0.55])
    np.testing.assert_allclose(res.r, [0.2, 0.2, 0.2, 0.12, 0.11])
    np.testing.assert_allclose(res.q, [0.75, 1.0, 0.5, 0.5 * 0.01 / 0.4 + 0.5 * 0.01 / 0.09, 0.4375])
    assert res.acceptable_advantage and not res.acceptable_stability
    assert res.compromise == (3, 4)


def test_v_extremes_reduce_q_to_scaled_s_or_r() -> None:
    x, cost, w = OT2007, OT2007_COST, np.ones(8)
    both = vikor(x, cost, w, v=0.5)
    s_only, r_only = vikor(x, cost, w, v=1.0), vikor(x, cost, w, v=0.0)
    span = lambda a: (a - a.min()) / (a.max() - a.min())  # noqa: E731
    np.testing.assert_allclose(s_only.q, span(both.s), atol=1e-15)
    np.testing.assert_allclose(r_only.q, span(both.r), atol=1e-15)
    with pytest.raises(ValueError):
        vikor(x, cost, w, v=1.5)


def test_tie_at_the_top_fails_the_advantage_condition() -> None:
    res = vikor(np.array([[1.0, 2.0], [2.0, 1.0], [0.0, 0.0]]), np.array([False, False]), np.array([1.0, 1.0]))
    np.testing.assert_allclose(res.q[:2], [0.0, 0.0])
    assert not res.acceptable_advantage
    assert res.compromise == (0, 1)


def test_degenerate_columns_and_flat_s_give_no_nan() -> None:
    res = vikor(np.array([[3.0, 1.0], [3.0, 2.0]]), np.array([False, False]), np.array([1.0, 1.0]))
    np.testing.assert_array_equal(res.degenerate_columns, [True, False])
    np.testing.assert_allclose(res.regrets[:, 0], [0.0, 0.0])
    np.testing.assert_allclose(res.q, [1.0, 0.0])
    flat = vikor(np.full((3, 2), 7.0), np.array([False, True]), np.array([1.0, 1.0]))
    assert flat.s_spread_zero and flat.r_spread_zero
    np.testing.assert_array_equal(flat.q, [0.0, 0.0, 0.0])
    assert not flat.acceptable_advantage and flat.compromise == (0, 1, 2)
    for r in (res, flat):
        assert all(np.all(np.isfinite(a)) for a in (r.s, r.r, r.q, r.regrets))


def test_compromise_edge_sizes() -> None:
    assert compromise_solution(np.zeros(0), np.zeros(0), np.zeros(0), np.zeros(0, dtype=int)) == (1.0, True, True, ())
    one = vikor(np.array([[1.0, 2.0]]), np.array([False, False]), np.array([1.0, 1.0]))
    assert one.compromise == (0,) and one.q.tolist() == [0.0]


def test_matches_pymcdm_q() -> None:
    pytest.importorskip("pymcdm")
    from pymcdm.methods import VIKOR

    rng = np.random.default_rng(5)
    for v in (0.2, 0.5, 0.9):
        x = rng.uniform(1, 50, size=(10, 4))
        w = np.array([0.4, 0.3, 0.2, 0.1])
        cost = np.array([True, False, False, True])
        theirs = VIKOR(v=v)(x, w, np.where(cost, -1, 1))
        np.testing.assert_allclose(vikor(x, cost, w, v).q, theirs, atol=1e-12)


def test_evaluate_reports_s_r_q_and_the_compromise() -> None:
    # The 2004 example as a decision: f1 on 0-10 (lower better), f2 on 0-10000.
    d = flat_decision(OT2004.tolist(), [1, 1], lower=0, upper=10000,
                      directions=[Direction.LOWER_BETTER, Direction.HIGHER_BETTER])
    d = d.model_copy(update={"method": MethodSettings(aggregation=AggregationMethod.VIKOR,
                                                      vikor=VikorSettings(v=0.5))})
    ev = evaluate(d)
    np.testing.assert_allclose(ev.extras["S"], [0.5, 0.375, 0.5])
    np.testing.assert_allclose(ev.extras["R"], [0.5, 0.25, 0.5])
    np.testing.assert_allclose(ev.extras["Q"], [1.0, 0.0, 1.0])
    np.testing.assert_allclose(ev.totals, 1.0 - ev.extras["Q"])  # display: higher is better
    assert ev.ranked_option_ids()[0] == "o2" and ev.ranks.tolist() == [2, 1, 2]
    assert ev.compromise_option_ids == ("o2",)
    assert ev.parameters == {"v": 0.5}
    note = next(x for x in ev.diagnostics if x.code == "vikor_compromise")
    assert "'A2'" in note.message and "compromise solution" in note.message
    assert ev.as_dict()["compromise_option_ids"] == ["o2"]


def test_an_option_a_red_line_excludes_is_never_the_proposed_compromise() -> None:
    """The 2004 example with a red line "f1 at most 1.5" (exclude): A2 (f1 = 2) and A3 (f1 = 5) leave
    the ranking, A1 (f1 = 1) alone stays. S, R and Q are unchanged (the excluded options still take part,
    docs/methods.md "Red lines"), but VIKOR proposed A2, an excluded option, as the compromise solution.
    Among the ranked options C1 and C2 hold trivially for A1 alone."""
    from counterweight.domain import RedLine, RedLineAction
    from counterweight.services.analysis import compromise_summary

    d = flat_decision(OT2004.tolist(), [1, 1], lower=0, upper=10000,
                      directions=[Direction.LOWER_BETTER, Direction.HIGHER_BETTER])
    d = d.model_copy(update={
        "method": MethodSettings(aggregation=AggregationMethod.VIKOR, vikor=VikorSettings(v=0.5)),
        "red_lines": [RedLine(id="r", criterion_id="c1", limit=1.5, action=RedLineAction.EXCLUDE)]})
    ev = evaluate(d)
    np.testing.assert_allclose(ev.extras["Q"], [1.0, 0.0, 1.0])  # the calculation is the same
    assert [o for o in ev.option_ids if ev.is_ranked(o)] == ["o1"]
    assert ev.compromise_option_ids == ("o1",)
    note = next(x for x in ev.diagnostics if x.code == "vikor_compromise")
    assert "'A1'" in note.message and "'A2'" not in note.message
    summary = compromise_summary(ev)
    assert summary is not None and summary.leader_id == "o1" and summary.runner_up_id is None
