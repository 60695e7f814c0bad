"""WPM: Triantaphyllou's worked example, the product form, zeros and negatives, pymcdm."""

from __future__ import annotations

import numpy as np
import pytest

from counterweight.domain import Direction, Normalization
from counterweight.engine import evaluate, pairwise_ratios, weighted_product, wpm
from tests.engine.helpers import flat_decision

# Triantaphyllou, E. (2000). Multi-Criteria Decision Making Methods: A Comparative
# Study. Kluwer, ch. 2, numerical example of the WPM (the same data as the WSM
# example in test_wsm_ranking.py): three alternatives, four benefit criteria,
# weights 0.20, 0.15, 0.40, 0.25. The book gives R(A1/A2) = 1.007,
# R(A1/A3) = 1.067 and R(A2/A3) = 1.059, so A1 > A2 > A3, whereas the WSM on the
# same data ranks A2 and A3 first (tied) and A1 last.
TRI_WEIGHTS = np.array([0.20, 0.15, 0.40, 0.25])
TRI_TABLE = np.array([[25, 20, 15, 30], [10, 30, 20, 30], [30, 10, 30, 10]], dtype=float)
BENEFIT = np.zeros(4, dtype=bool)


def test_triantaphyllou_ratios() -> None:
    r = pairwise_ratios(TRI_TABLE, BENEFIT, TRI_WEIGHTS)
    assert r[0, 1] == pytest.approx(1.007, abs=5e-4)
    assert r[0, 2] == pytest.approx(1.067, abs=5e-4)
    assert r[1, 2] == pytest.approx(1.059, abs=5e-4)
    np.testing.assert_allclose(np.diag(r), 1.0)
    np.testing.assert_allclose(r * r.T, 1.0)  # R(K/L) R(L/K) = 1


def test_product_form_reproduces_the_ratio_form() -> None:
    res = wpm(TRI_TABLE, BENEFIT, TRI_WEIGHTS)
    p = res.scores
    r = pairwise_ratios(TRI_TABLE, BENEFIT, TRI_WEIGHTS)
    np.testing.assert_allclose(p[:, None] / p[None, :], r, rtol=1e-12)
    assert list(np.argsort(-p)) == [0, 1, 2]
    np.testing.assert_allclose(res.factors.prod(axis=1), p)
    # Ratio-to-best values: each column divided by its largest score.
    np.testing.assert_allclose(res.values, TRI_TABLE / TRI_TABLE.max(axis=0))


def test_evaluate_with_ratio_to_best_normalisation() -> None:
    d = flat_decision(TRI_TABLE.tolist(), [20, 15, 40, 25], lower=0, upper=100)
    ev = evaluate(d, Normalization.MAX, method="wpm")
    t = ev.totals
    assert t[0] / t[1] == pytest.approx(1.007, abs=5e-4)
    assert t[0] / t[2] == pytest.approx(1.067, abs=5e-4)
    assert ev.ranked_option_ids() == ["o1", "o2", "o3"]
    np.testing.assert_allclose(ev.extras["product"], t)
    assert ev.parameters == {"normalization": "max"}


def test_cost_criteria_enter_inverted() -> None:
    x = np.array([[2.0, 10.0], [4.0, 5.0]])
    cost = np.array([False, True])
    w = np.array([0.5, 0.5])
    # R(A1/A2) = (2/4)^0.5 * (5/10)^0.5 = 0.5: A2 is twice as good.
    r = pairwise_ratios(x, cost, w)
    assert r[0, 1] == pytest.approx(0.5)
    p = wpm(x, cost, w).scores
    np.testing.assert_allclose(p, [0.5, 1.0])  # A2 is best on both ratios


def test_weighted_product_closed_form_and_zero_weights() -> None:
    v = np.array([[0.5, 0.0, 1.0], [0.25, 0.8, 0.5]])
    w = np.array([2.0, 0.0, 2.0])  # rescaled to 0.5, 0, 0.5
    res = weighted_product(v, w)
    np.testing.assert_allclose(res.scores, [np.sqrt(0.5), np.sqrt(0.25 * 0.5)])
    assert not res.zero_cells.any()  # the 0 sits on a weightless criterion: factor 1
    np.testing.assert_array_equal(res.factors[:, 1], [1.0, 1.0])


def test_a_zero_value_forces_the_product_to_zero_with_a_warning() -> None:
    # Value functions on 0-100: a score of 0 on a benefit criterion has value 0.
    d = flat_decision([[0, 90], [50, 50]], [1, 1])
    ev = evaluate(d, method="wpm")
    np.testing.assert_allclose(ev.totals, [0.0, 0.5])
    notes = [x for x in ev.diagnostics if x.code == "wpm_zero_value"]
    assert len(notes) == 1 and notes[0].option_id == "o1" and "'C1'" in notes[0].message


def test_negative_or_zero_raw_scores_fall_back_to_min_max() -> None:
    x = np.array([[-2.0, 3.0], [4.0, 6.0], [1.0, 9.0]])
    res = wpm(x, np.array([False, True]), np.array([0.5, 0.5]))
    np.testing.assert_allclose(res.values[:, 0], [0.0, 1.0, 0.5])  # min-max on the negative column
    np.testing.assert_allclose(res.values[:, 1], [1.0, 0.5, 1 / 3])  # cost: min / x
    assert [d.code for d in res.diagnostics] == ["normalization_fallback"]
    assert np.all(np.isfinite(res.scores)) and res.scores[0] == 0.0
    with pytest.raises(ValueError):
        pairwise_ratios(x, np.array([False, True]), np.array([0.5, 0.5]))


def test_matches_pymcdm() -> None:
    pytest.importorskip("pymcdm")
    from pymcdm import normalizations
    from pymcdm.methods import WPM

    rng = np.random.default_rng(9)
    x = rng.uniform(1, 100, size=(10, 5))
    w = np.array([0.3, 0.1, 0.2, 0.25, 0.15])
    cost = np.array([False, True, False, True, False])
    types = np.where(cost, -1, 1)
    ours = wpm(x, cost, w).scores
    # pymcdm's linear_normalization is x/max (cost min/x): the same numbers.
    np.testing.assert_allclose(ours, WPM(normalizations.linear_normalization)(x, w, types), rtol=1e-12)
    # Its default (sum normalisation) rescales each column by a constant: same ranking.
    default = WPM()(x, w, types)
    assert list(np.argsort(-ours)) == list(np.argsort(-default))


def test_missing_scores_leave_the_option_unranked() -> None:
    d = flat_decision([[10, 20], [None, 30], [30, 40]], [1, 1], directions=[Direction.HIGHER_BETTER] * 2)
    ev = evaluate(d, method="wpm")
    assert ev.unranked_option_ids == ("o2",)
    assert ev.ranked_option_ids()[-1] == "o2" and not ev.is_ranked("o2")
    assert ev.totals[1] == 0.0 and ev.ranks.tolist() == [2, 3, 1]
    assert ev.as_dict()["options"][-1]["rank"] is None
    note = next(x for x in ev.diagnostics if x.code == "missing_score")
    assert "listed after the ranked options" in note.message
