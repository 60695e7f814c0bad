"""Random draws for SMAA: distributions checked against scipy (tests only) and closed forms."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats

from counterweight.domain import InvalidInputError
from counterweight.engine.sampling import (
    check_weight_ranges,
    ordinal_weights,
    pert,
    ranged_weights,
    triangular_from_uniform,
    uniform_simplex,
    uniform_simplex_sorted,
)

N = 20_000
ALPHA = 1e-3  # fixed seeds: these are deterministic, the level only guards against a wrong law


@pytest.mark.parametrize("draw", [uniform_simplex, uniform_simplex_sorted], ids=["dirichlet", "sorted"])
@pytest.mark.parametrize("n", [2, 3, 7])
def test_simplex_marginals_are_beta_1_n_minus_1(draw, n: int) -> None:
    # Uniform on the simplex = Dirichlet(1, ..., 1); each coordinate is Beta(1, n - 1).
    w = draw(np.random.default_rng(11 + n), N, n)
    assert w.shape == (N, n)
    np.testing.assert_allclose(w.sum(axis=1), 1.0, atol=1e-12)
    assert (w >= 0).all()
    for j in range(n):
        assert stats.kstest(w[:, j], stats.beta(1, n - 1).cdf).pvalue > ALPHA


def test_the_two_simplex_constructions_agree() -> None:
    a = uniform_simplex(np.random.default_rng(1), N, 4)
    b = uniform_simplex_sorted(np.random.default_rng(2), N, 4)
    for j in range(4):
        assert stats.ks_2samp(a[:, j], b[:, j]).pvalue > ALPHA
    # the largest coordinate: E = (1/n) sum_{k=1..n} 1/k (expected largest spacing)
    expected = np.mean([1 / k for k in range(1, 5)])
    for w in (a, b):
        assert w.max(axis=1).mean() == pytest.approx(expected, abs=4 * w.max(axis=1).std() / np.sqrt(N))


def test_normalised_uniforms_would_fail_the_same_test() -> None:
    # The check above can fail: normalised independent uniforms are not uniform on the simplex.
    u = np.random.default_rng(3).random((N, 3))
    w = u / u.sum(axis=1, keepdims=True)
    assert stats.kstest(w[:, 0], stats.beta(1, 2).cdf).pvalue < ALPHA


def test_ordinal_weights_respect_the_order_and_the_known_means() -> None:
    order = [2, 0, 1]  # criterion 2 most important, then 0, then 1
    w = ordinal_weights(np.random.default_rng(4), N, order, 3)
    assert (w[:, 2] >= w[:, 0]).all() and (w[:, 0] >= w[:, 1]).all()
    # Means of the ordered coordinates of a uniform simplex point (n = 3): the rank-order
    # centroid weights (Barron & Barrett 1996): 11/18, 5/18, 2/18.
    means = w[:, order].mean(axis=0)
    np.testing.assert_allclose(means, [11 / 18, 5 / 18, 2 / 18], atol=0.01)
    with pytest.raises(ValueError):
        ordinal_weights(np.random.default_rng(4), 3, [0, 0, 1], 3)


def test_ranged_weights_are_uniform_on_the_feasible_part() -> None:
    # Two criteria: w1 in [0.3, 0.6], w2 free. The feasible w1 is U(0.3, 0.6). Candidates are
    # w1 = 0.3 + 0.7 u with u ~ U(0, 1), kept when w1 <= 0.6: acceptance 3/7.
    low, high = np.array([0.3, 0.0]), np.array([0.6, 1.0])
    w, drawn, accepted = ranged_weights(np.random.default_rng(5), N, low, high)
    assert w.shape == (N, 2)
    assert ((w[:, 0] >= 0.3) & (w[:, 0] <= 0.6)).all()
    assert stats.kstest(w[:, 0], stats.uniform(0.3, 0.3).cdf).pvalue > ALPHA
    assert accepted >= N and accepted / drawn == pytest.approx(3 / 7, abs=0.01)


def test_infeasible_ranges_are_refused_with_a_clear_message() -> None:
    with pytest.raises(InvalidInputError) as err:
        check_weight_ranges(np.array([0.6, 0.5]), np.array([1.0, 1.0]), ["A", "B"])
    assert "more than 1" in str(err.value) and err.value.where == "weight ranges"
    with pytest.raises(InvalidInputError) as err:
        check_weight_ranges(np.array([0.0, 0.0]), np.array([0.4, 0.5]), ["A", "B"])
    assert "less than 1" in str(err.value)
    check_weight_ranges(np.array([0.5, 0.5]), np.array([0.5, 0.5]), ["A", "B"])  # a single point is fine


def test_triangular_inverse_matches_scipy() -> None:
    u = np.random.default_rng(6).random((N, 1))
    a, m, b = np.array([2.0]), np.array([3.0]), np.array([7.0])
    x = triangular_from_uniform(u, a, m, b)[:, 0]
    assert stats.kstest(x, stats.triang(c=(3 - 2) / 5, loc=2, scale=5).cdf).pvalue > ALPHA
    # modes at either end work too
    edge = triangular_from_uniform(u, a, a, b)[:, 0]
    assert stats.kstest(edge, stats.triang(c=0.0, loc=2, scale=5).cdf).pvalue > ALPHA


def test_pert_is_the_rescaled_beta_with_lambda_4() -> None:
    # PERT(0, 2, 10): alpha = 1 + 4 * 2/10 = 1.8, beta = 1 + 4 * 8/10 = 4.2; mean (0 + 4*2 + 10)/6 = 3.
    x = pert(np.random.default_rng(7), N, np.array([0.0]), np.array([2.0]), np.array([10.0]))[:, 0]
    assert stats.kstest(x, stats.beta(1.8, 4.2, loc=0, scale=10).cdf).pvalue > ALPHA
    assert x.mean() == pytest.approx(3.0, abs=0.05)
