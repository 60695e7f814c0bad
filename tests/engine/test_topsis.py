"""TOPSIS: Hwang & Yoon's fighter-aircraft example, pymcdm cross-checks, degenerate input."""

from __future__ import annotations

import numpy as np
import pytest

from counterweight.domain import (
    AggregationMethod,
    Criterion,
    Decision,
    Direction,
    MethodSettings,
    NumericScale,
    Option,
    Score,
    TopsisSettings,
)
from counterweight.engine import evaluate, topsis
from tests.engine.helpers import flat_decision

# Hwang, C.-L. & Yoon, K. (1981). Multiple Attribute Decision Making: Methods and
# Applications. Springer (LNEMS 186), pp. 133-134, the fighter-aircraft problem:
# 4 aircraft x 6 attributes (max speed, ferry range, max payload, acquisition cost
# [the only cost attribute], reliability, manoeuvrability; the last two coded on the
# book's 3/5/7/9 interval scale), weights 0.2, 0.1, 0.1, 0.1, 0.2, 0.3. The book's
# intermediate and final values are printed to 4 (distances, ideals) and 3
# (closeness) decimals, several truncated rather than rounded (D-(A1) = 0.09838 is
# printed 0.0983, C(A3) = 0.6135 is printed 0.613), so distances are checked to
# 2e-4 and closeness to 1e-3.
FIGHTER = [
    [2.0, 1500, 20000, 5.5, 5, 9],
    [2.5, 2700, 18000, 6.5, 3, 5],
    [1.8, 2000, 21000, 4.5, 7, 7],
    [2.2, 1800, 20000, 5.0, 5, 5],
]
FIGHTER_WEIGHTS = [0.2, 0.1, 0.1, 0.1, 0.2, 0.3]
FIGHTER_COST = [False, False, False, True, False, False]
BOOK_IDEAL = [0.1168, 0.0659, 0.0531, 0.0414, 0.1347, 0.2012]
BOOK_ANTI_IDEAL = [0.0841, 0.0366, 0.0455, 0.0598, 0.0577, 0.1118]
BOOK_D_PLUS = [0.0545, 0.1197, 0.0580, 0.1009]
BOOK_D_MINUS = [0.0983, 0.0439, 0.0920, 0.0458]
BOOK_CLOSENESS = [0.643, 0.268, 0.613, 0.312]  # A1 > A3 > A4 > A2


def test_fighter_aircraft_kernel_matches_the_book() -> None:
    res = topsis(np.array(FIGHTER), np.array(FIGHTER_COST), np.array(FIGHTER_WEIGHTS))
    np.testing.assert_allclose(res.ideal, BOOK_IDEAL, atol=2e-4)
    np.testing.assert_allclose(res.anti_ideal, BOOK_ANTI_IDEAL, atol=2e-4)
    np.testing.assert_allclose(res.d_plus, BOOK_D_PLUS, atol=2e-4)
    np.testing.assert_allclose(res.d_minus, BOOK_D_MINUS, atol=2e-4)
    np.testing.assert_allclose(res.closeness, BOOK_CLOSENESS, atol=1e-3)
    assert list(np.argsort(-res.closeness)) == [0, 2, 3, 1]
    assert res.normalization == "vector"
    assert not res.undecided.any()


def _fighter_decision(normalization: str = "vector") -> Decision:
    names = ["Max speed", "Ferry range", "Max payload", "Acquisition cost", "Reliability", "Manoeuvrability"]
    bounds = [(0, 5), (0, 5000), (0, 50000), (0, 20), (0, 10), (0, 10)]
    crit = [
        Criterion(id=f"c{j}", name=names[j], scale=NumericScale(lower=lo, upper=hi), weight=10 * FIGHTER_WEIGHTS[j],
                  direction=Direction.LOWER_BETTER if FIGHTER_COST[j] else Direction.HIGHER_BETTER)
        for j, (lo, hi) in enumerate(bounds)
    ]
    opts = [Option(id=f"a{i + 1}", name=f"A{i + 1}") for i in range(4)]
    scores = [Score(option_id=f"a{i + 1}", criterion_id=f"c{j}", value=v)
              for i, row in enumerate(FIGHTER) for j, v in enumerate(row)]
    method = MethodSettings(aggregation=AggregationMethod.TOPSIS,
                            topsis=TopsisSettings(normalization=normalization))  # type: ignore[arg-type]
    return Decision(id="fighter", title="Fighter aircraft", options=opts, criteria=crit, scores=scores,
                    method=method)


def test_fighter_aircraft_through_evaluate() -> None:
    ev = evaluate(_fighter_decision())
    assert ev.aggregation is AggregationMethod.TOPSIS and not ev.additive
    np.testing.assert_allclose(ev.totals, BOOK_CLOSENESS, atol=1e-3)
    np.testing.assert_allclose(ev.extras["closeness"], ev.totals)
    np.testing.assert_allclose(ev.extras["d_plus"], BOOK_D_PLUS, atol=2e-4)
    np.testing.assert_allclose(ev.extras["d_minus"], BOOK_D_MINUS, atol=2e-4)
    assert ev.ranked_option_ids() == ["a1", "a3", "a4", "a2"]
    assert ev.parameters == {"normalization": "vector"}
    assert not ev.contributions.any()
    out = ev.as_dict()
    assert out["method"] == "topsis" and out["additive"] is False
    assert out["options"][0]["contributions"] == {}
    assert out["options"][0]["method_values"]["closeness"] == pytest.approx(0.643, abs=1e-3)


def test_the_method_argument_overrides_the_decision() -> None:
    d = _fighter_decision()
    assert evaluate(d, method="wsm").aggregation is AggregationMethod.WSM
    assert evaluate(d, method=AggregationMethod.TOPSIS).aggregation is AggregationMethod.TOPSIS


def test_min_max_setting_is_used_and_matches_the_closed_form() -> None:
    # Two options, min-max: the better option on every criterion is the ideal
    # itself (C = 1); the other is the anti-ideal (C = 0).
    d = flat_decision([[10, 80], [30, 20]], [1, 1], directions=[Direction.LOWER_BETTER, Direction.HIGHER_BETTER])
    d = d.model_copy(update={"method": MethodSettings(topsis=TopsisSettings(normalization="min_max"))})
    ev = evaluate(d, method="topsis")
    np.testing.assert_allclose(ev.totals, [1.0, 0.0])
    assert ev.parameters == {"normalization": "min_max"}


@pytest.mark.parametrize("ours,theirs", [("vector", "vector_normalization"), ("min_max", "minmax_normalization")])
def test_matches_pymcdm_on_random_data(ours: str, theirs: str) -> None:
    pymcdm = pytest.importorskip("pymcdm")
    from pymcdm import normalizations
    from pymcdm.methods import TOPSIS

    rng = np.random.default_rng(7)
    for _ in range(5):
        x = rng.uniform(1, 100, size=(12, 5))
        w = rng.uniform(0.1, 1, size=5)
        w /= w.sum()
        cost = rng.random(5) < 0.4
        theirs_c = TOPSIS(getattr(normalizations, theirs))(x, w, np.where(cost, -1, 1))
        np.testing.assert_allclose(topsis(x, cost, w, ours).closeness, theirs_c, atol=1e-12)
    assert pymcdm is not None


def test_constant_data_gives_one_half_without_nan() -> None:
    res = topsis(np.full((3, 2), 4.0), np.array([False, True]), np.array([0.5, 0.5]))
    np.testing.assert_array_equal(res.closeness, [0.5, 0.5, 0.5])
    assert res.undecided.all() and res.constant_columns.all()
    ev = evaluate(flat_decision([[4, 4], [4, 4]], [1, 1]), method="topsis")
    np.testing.assert_array_equal(ev.totals, [0.5, 0.5])
    assert "topsis_undecided" in {d.code for d in ev.diagnostics}
    assert ev.ranks.tolist() == [1, 1]


def test_zero_weights_and_zero_columns_stay_finite() -> None:
    x = np.array([[0.0, 1.0], [0.0, 3.0]])
    res = topsis(x, np.array([False, False]), np.array([0.0, 0.0]))
    assert np.all(np.isfinite(res.closeness)) and np.all(res.closeness == 0.5)
    res = topsis(x, np.array([False, False]), np.array([1.0, 1.0]))  # first column all zero
    np.testing.assert_array_equal(res.normalized[:, 0], [0.0, 0.0])
    np.testing.assert_allclose(res.closeness, [0.0, 1.0])


def test_weights_are_rescaled_and_scale_free() -> None:
    x = np.array(FIGHTER)
    a = topsis(x, np.array(FIGHTER_COST), np.array(FIGHTER_WEIGHTS)).closeness
    b = topsis(x, np.array(FIGHTER_COST), 7.0 * np.array(FIGHTER_WEIGHTS)).closeness
    np.testing.assert_allclose(a, b, atol=1e-15)


def test_negative_scores_are_noted_under_vector_normalisation() -> None:
    d = flat_decision([[-5, 1], [5, 2]], [1, 1], lower=-10, upper=10)
    ev = evaluate(d, method="topsis")
    assert "topsis_negative_scores" in {x.code for x in ev.diagnostics}
    assert np.all(np.isfinite(ev.totals))


def test_kernel_rejects_incomplete_data() -> None:
    with pytest.raises(ValueError):
        topsis(np.array([[1.0, np.nan]]), np.array([False, False]), np.array([1.0, 1.0]))
    with pytest.raises(ValueError):
        topsis(np.ones((2, 2)), np.array([False]), np.array([1.0, 1.0]))
    with pytest.raises(ValueError):
        topsis(np.ones((2, 2)), np.array([False, False]), np.array([1.0, 1.0]), "sum")  # type: ignore[arg-type]
