"""Value functions: linear in both directions, piecewise through breakpoints, levels."""

from __future__ import annotations

import numpy as np
import pytest

from counterweight.domain import Breakpoint, Direction, Level, NumericScale, QualitativeScale, Score
from counterweight.engine import linear_value, piecewise_value, raw_number, score_value, value_column
from counterweight.engine.value_functions import value_matrix

SCALE = NumericScale(lower=10, upper=30)
LEVELS = QualitativeScale(levels=[
    Level(label="Poor", value=0), Level(label="Fair", value=40), Level(label="Good", value=100),
])
# A value function that rises steeply, then flattens: 0 at 0, 80 at 5, 100 at 20.
CONCAVE = NumericScale(
    lower=0, upper=20,
    breakpoints=[Breakpoint(x=0, value=0), Breakpoint(x=5, value=80), Breakpoint(x=20, value=100)],
)
# A target: best at 50, worse either side. Direction is built into the values.
TARGET = NumericScale(
    lower=0, upper=100,
    breakpoints=[Breakpoint(x=0, value=0), Breakpoint(x=50, value=100), Breakpoint(x=100, value=20)],
)


def test_linear_higher_is_better() -> None:
    np.testing.assert_allclose(linear_value([10, 15, 20, 30], 10, 30), [0.0, 0.25, 0.5, 1.0])


def test_linear_lower_is_better() -> None:
    got = linear_value([10, 15, 20, 30], 10, 30, Direction.LOWER_BETTER)
    np.testing.assert_allclose(got, [1.0, 0.75, 0.5, 0.0])


def test_linear_clamps_outside_the_bounds() -> None:
    np.testing.assert_allclose(linear_value([0, 40], 10, 30), [0.0, 1.0])


def test_bounds_whose_span_overflows_give_exact_values() -> None:
    # 1e308 - (-1e308) overflows to infinity, which made every value 0 (or NaN). The value is the
    # same ratio (x - lower) / (upper - lower): -1e308 -> 0, 0 -> 0.5, 5e307 -> 0.75, 1e308 -> 1.
    xs = [-1e308, 0, 5e307, 1e308]
    assert linear_value(xs, -1e308, 1e308).tolist() == [0.0, 0.5, 0.75, 1.0]
    assert linear_value(xs, -1e308, 1e308, Direction.LOWER_BETTER).tolist() == [1.0, 0.5, 0.25, 0.0]
    assert linear_value([-1.7e308, 1.7e308], -1.7e308, 1.7e308).tolist() == [0.0, 1.0]
    # The domain refuses bounds beyond 1e15 (domain.base.MAX_MAGNITUDE); the engine stays exact anyway.
    huge = NumericScale.model_construct(lower=-1e308, upper=1e308, breakpoints=[])
    raw = np.array([xs, [5.0, 5.0, 5.0, 5.0]]).T
    got = value_matrix(raw, [huge, SCALE], [Direction.HIGHER_BETTER, Direction.LOWER_BETTER])
    assert got[:, 0].tolist() == [0.0, 0.5, 0.75, 1.0]
    np.testing.assert_array_equal(got[:, 0], value_column(raw[:, 0], huge))
    np.testing.assert_array_equal(got[:, 1], value_column(raw[:, 1], SCALE, Direction.LOWER_BETTER))


def test_piecewise_at_and_between_breakpoints() -> None:
    got = piecewise_value([0, 2.5, 5, 12.5, 20], CONCAVE.breakpoints)
    # 2.5 is halfway from (0, 0) to (5, 80): 40; 12.5 is halfway from (5, 80) to (20, 100): 90.
    np.testing.assert_allclose(got, [0.0, 0.4, 0.8, 0.9, 1.0])


def test_piecewise_ignores_direction() -> None:
    x = np.array([25.0, 50.0, 75.0])
    expected = [0.5, 1.0, 0.6]  # (25: halfway 0->100), (50: 100), (75: halfway 100->20 = 60)
    np.testing.assert_allclose(value_column(x, TARGET, Direction.HIGHER_BETTER), expected)
    np.testing.assert_allclose(value_column(x, TARGET, Direction.LOWER_BETTER), expected)


def test_levels_are_value_over_100() -> None:
    raw = np.array([raw_number(Score(option_id="a", criterion_id="q", level=lbl), LEVELS)
                    for lbl in ("Poor", "Fair", "Good")])
    np.testing.assert_allclose(raw, [0, 40, 100])
    np.testing.assert_allclose(value_column(raw, LEVELS), [0.0, 0.4, 1.0])


def test_level_lookup_ignores_case() -> None:
    assert raw_number(Score(option_id="a", criterion_id="q", level="fAIR"), LEVELS) == 40


def test_missing_scores_get_zero() -> None:
    raw = np.array([np.nan, 20.0])
    np.testing.assert_allclose(value_column(raw, SCALE, Direction.LOWER_BETTER), [0.0, 0.5])
    np.testing.assert_allclose(value_column(raw, CONCAVE), [0.0, 1.0])
    assert score_value(None, SCALE) is None
    assert score_value(Score(option_id="a", criterion_id="n"), SCALE) is None


def test_score_value_of_a_single_score() -> None:
    assert score_value(Score(option_id="a", criterion_id="n", value=25), SCALE) == pytest.approx(0.75)
    s = Score(option_id="a", criterion_id="n", value=25)
    assert score_value(s, SCALE, Direction.LOWER_BETTER) == pytest.approx(0.25)


def test_value_matrix_equals_column_by_column() -> None:
    scales = [SCALE, SCALE, CONCAVE, LEVELS]
    dirs = [Direction.HIGHER_BETTER, Direction.LOWER_BETTER, Direction.HIGHER_BETTER, Direction.HIGHER_BETTER]
    raw = np.array([[10, 12, 2.5, 40], [30, np.nan, 20, 100], [17.5, 30, np.nan, 0]], dtype=float)
    got = value_matrix(raw, scales, dirs)
    for j, (sc, d) in enumerate(zip(scales, dirs)):
        np.testing.assert_array_equal(got[:, j], value_column(raw[:, j], sc, d))
    np.testing.assert_allclose(got[0], [0.0, 0.9, 0.4, 0.4])
