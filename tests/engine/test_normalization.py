"""Data-driven normalisations: closed forms, pymcdm cross-checks, a published table, degenerate columns."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from counterweight.domain import Normalization
from counterweight.engine import (
    max_linear_normalization,
    max_normalization,
    min_max_normalization,
    normalize,
    sum_normalization,
    vector_normalization,
)

pymcdm_norm = pytest.importorskip("pymcdm.normalizations")

# Our names follow the Normalization enum; pymcdm names the same formulas differently:
# our MAX (x/max, cost min/x) is pymcdm's linear_normalization, and our MAX_LINEAR
# (x/max, cost 1 - x/max) is pymcdm's max_normalization. See docs/methods.md.
PAIRS = [
    (Normalization.MIN_MAX, "minmax_normalization"),
    (Normalization.MAX, "linear_normalization"),
    (Normalization.MAX_LINEAR, "max_normalization"),
    (Normalization.SUM, "sum_normalization"),
    (Normalization.VECTOR, "vector_normalization"),
]

positive_columns = st.lists(
    st.floats(min_value=0.01, max_value=1e6, allow_nan=False, allow_infinity=False), min_size=1, max_size=12
).map(np.array)


@pytest.mark.parametrize("method,pymcdm_name", PAIRS)
@pytest.mark.parametrize("cost", [False, True])
@settings(deadline=None)
@given(x=positive_columns)
def test_matches_pymcdm_on_positive_data(method: Normalization, pymcdm_name: str, cost: bool, x: np.ndarray) -> None:
    # A constant column is where the conventions part (docs/methods.md): min-max gives every option 1.0
    # here, while pymcdm divides 0 by 0; hypothesis found [1e6, 1e6]. That case has its own test.
    assume(method is not Normalization.MIN_MAX or np.ptp(x) > 1e-12 * np.max(np.abs(x)))
    ours = normalize(x, method, cost)
    theirs = getattr(pymcdm_norm, pymcdm_name)(x.copy(), cost=cost)
    np.testing.assert_allclose(ours.values, theirs, rtol=1e-9, atol=1e-12)


X = np.array([2.0, 5.0, 3.0, 10.0])


def test_closed_forms_benefit() -> None:
    np.testing.assert_allclose(min_max_normalization(X).values, (X - 2) / 8)
    np.testing.assert_allclose(max_normalization(X).values, X / 10)
    np.testing.assert_allclose(max_linear_normalization(X).values, X / 10)
    np.testing.assert_allclose(sum_normalization(X).values, X / 20)
    np.testing.assert_allclose(vector_normalization(X).values, X / np.sqrt(4 + 25 + 9 + 100))


def test_closed_forms_cost() -> None:
    np.testing.assert_allclose(min_max_normalization(X, cost=True).values, (10 - X) / 8)
    np.testing.assert_allclose(max_normalization(X, cost=True).values, 2 / X)
    np.testing.assert_allclose(max_linear_normalization(X, cost=True).values, 1 - X / 10)
    inv = 1 / X
    np.testing.assert_allclose(sum_normalization(X, cost=True).values, inv / inv.sum())
    np.testing.assert_allclose(vector_normalization(X, cost=True).values, 1 - X / np.sqrt(138))


def test_vector_normalisation_matches_published_fighter_aircraft_table() -> None:
    """Hwang & Yoon (1981), *Multiple Attribute Decision Making*, fighter-aircraft example.

    Raw data (4 aircraft x 6 attributes) are Hwang & Yoon's, with reliability and
    manoeuvrability coded 3/5/7/9 as in the book. The vector-normalised matrix is
    printed, to 4 d.p., in step 1 of "Example: The Fighter Aircraft Problem -
    ELECTRE" (Czech University of Life Sciences Prague, ORMS course notes,
    orms.pef.czu.cz/text/Multicriteria/SubLevel/25ExElectre.html). The vector
    form there is applied to every column, the cost column f4 included.

    The printed table carries small slips (f4 is divided by 10.863 instead of
    sqrt(117.75) = 10.851; A4/f2 reads 0.4392 for 0.4394; A3/f6 reads 0.521117 for
    0.5217), all below 1e-3, so the check uses abs=1e-3. That still separates the
    vector form from every other normalisation by a wide margin. One cell is left
    out: A3/f3 is printed 0.538, but the same page's weighted matrix gives
    0.0531 / 0.1 = 0.531, which is what the formula yields (0.5308).
    """
    raw = [
        [2.0, 1500, 20000, 5.5, 5, 9],
        [2.5, 2700, 18000, 6.5, 3, 5],
        [1.8, 2000, 21000, 4.5, 7, 7],
        [2.2, 1800, 20000, 5.0, 5, 5],
    ]
    published = [
        [0.4671, 0.3662, 0.5056, 0.5063, 0.4811, 0.6708],
        [0.5839, 0.6591, 0.4550, 0.5983, 0.2887, 0.3727],
        [0.4204, 0.4882, None, 0.4143, 0.6736, 0.521117],
        [0.5139, 0.4392, 0.5056, 0.4603, 0.4811, 0.3727],
    ]
    matrix = np.array(raw, dtype=float)
    for j in range(matrix.shape[1]):
        got = vector_normalization(matrix[:, j]).values
        for i in range(matrix.shape[0]):
            if published[i][j] is not None:
                assert got[i] == pytest.approx(published[i][j], abs=1e-3), (i, j)
    # The one skipped cell, against the page's weighted matrix (weight 0.1):
    assert 0.1 * vector_normalization(matrix[:, 2]).values[2] == pytest.approx(0.0531, abs=5e-5)


def test_constant_column_min_max_gives_ones_and_a_note() -> None:
    res = min_max_normalization(np.array([4.0, 4.0, 4.0]), label="'Reach'", criterion_id="reach")
    np.testing.assert_array_equal(res.values, [1.0, 1.0, 1.0])
    assert [d.code for d in res.diagnostics] == ["constant_column"]
    assert res.diagnostics[0].criterion_id == "reach"
    assert "'Reach'" in res.diagnostics[0].message


def test_constant_up_to_rounding_counts_as_constant() -> None:
    res = min_max_normalization(np.array([0.1 + 0.2, 0.3]))
    np.testing.assert_array_equal(res.values, [1.0, 1.0])


@pytest.mark.parametrize("method", [Normalization.MAX, Normalization.MAX_LINEAR, Normalization.SUM, Normalization.VECTOR])
@pytest.mark.parametrize("cost", [False, True])
def test_negative_scores_fall_back_to_min_max(method: Normalization, cost: bool) -> None:
    x = np.array([-3.0, 1.0, 5.0])
    res = normalize(x, method, cost, label="'Net benefit'", criterion_id="nb")
    assert res.method is Normalization.MIN_MAX
    expected = (5 - x) / 8 if cost else (x + 3) / 8
    np.testing.assert_allclose(res.values, expected)
    fallback = [d for d in res.diagnostics if d.code == "normalization_fallback"]
    assert len(fallback) == 1 and fallback[0].severity == "warning"
    assert "'Net benefit'" in fallback[0].message and "-3" in fallback[0].message


@pytest.mark.parametrize("method", [Normalization.MAX, Normalization.SUM])
def test_zero_score_on_cost_criterion_falls_back(method: Normalization) -> None:
    # min/x and (1/x)/sum(1/x) divide by every score.
    res = normalize(np.array([0.0, 2.0, 4.0]), method, cost=True)
    assert res.method is Normalization.MIN_MAX
    np.testing.assert_allclose(res.values, [1.0, 0.5, 0.0])


@pytest.mark.parametrize("method", [Normalization.MAX, Normalization.MAX_LINEAR, Normalization.SUM, Normalization.VECTOR])
def test_zero_score_on_benefit_criterion_is_fine(method: Normalization) -> None:
    res = normalize(np.array([0.0, 2.0, 4.0]), method, cost=False)
    assert res.method is method and res.diagnostics == ()
    assert res.values[0] == 0.0


@pytest.mark.parametrize("method", list(PAIRS))
def test_all_zero_column_is_finite(method: tuple[Normalization, str]) -> None:
    for cost in (False, True):
        res = normalize(np.zeros(3), method[0], cost)
        assert np.all(np.isfinite(res.values))
        np.testing.assert_array_equal(res.values, [1.0, 1.0, 1.0])  # constant under the min-max fallback


def test_missing_scores_are_ignored_in_statistics_and_get_zero() -> None:
    x = np.array([2.0, np.nan, 6.0])
    np.testing.assert_allclose(sum_normalization(x).values, [0.25, 0.0, 0.75])
    np.testing.assert_allclose(min_max_normalization(x, cost=True).values, [1.0, 0.0, 0.0])


def test_column_with_no_scores_gives_zeros_and_a_warning() -> None:
    res = vector_normalization(np.array([np.nan, np.nan]))
    np.testing.assert_array_equal(res.values, [0.0, 0.0])
    assert [d.code for d in res.diagnostics] == ["no_data"]


def test_value_function_is_not_a_data_driven_method() -> None:
    with pytest.raises(ValueError):
        normalize(np.ones(2), Normalization.VALUE_FUNCTION)


finite = st.floats(min_value=-1e300, max_value=1e300, allow_nan=False, allow_infinity=False)
any_column = st.lists(st.one_of(finite, st.just(float("nan")), st.just(0.0)), min_size=0, max_size=10).map(
    lambda xs: np.array(xs, dtype=float)
)


@pytest.mark.parametrize("method", [m for m, _ in PAIRS])
@settings(deadline=None)
@given(x=any_column, cost=st.booleans())
def test_never_nan_or_out_of_range(method: Normalization, x: np.ndarray, cost: bool) -> None:
    res = normalize(x, method, cost)
    assert res.values.shape == x.shape
    assert np.all(np.isfinite(res.values))
    assert np.all((res.values >= 0.0) & (res.values <= 1.0))
    assert np.all(res.values[np.isnan(x)] == 0.0)
