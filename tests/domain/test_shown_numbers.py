"""The display rule for columns of result numbers: rounding never makes two ranks read the same.

Expected texts are worked out by hand from the numbers in each test.
"""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from counterweight.domain.shown_numbers import (
    COLUMN_EXTRA_DECIMALS,
    amount,
    column_decimals,
    column_texts,
    fixed,
    pair_decimals,
    written_decimals,
)


def test_a_column_that_one_decimal_separates_keeps_one_decimal() -> None:
    assert column_texts([62.0, 58.6, 57.8], [1, 2, 3], 1) == ["62.0", "58.6", "57.8"]


def test_two_ranks_that_round_alike_get_more_decimals_for_the_whole_column() -> None:
    # 50.8895 and 50.8635 both read 50.9; at two decimals 50.89 and 50.86. 49.5 gets two as well.
    assert column_texts([50.8895, 50.8635, 49.5], [1, 2, 3], 1) == ["50.89", "50.86", "49.50"]


def test_three_decimal_columns_grow_the_same_way() -> None:
    # TOPSIS closeness 0.2354064 and 0.2354063 (ranks 5 and 6) differ in the seventh decimal.
    assert column_decimals([0.7137, 0.2354064, 0.2354063], [1, 5, 6], 3) == 7
    assert column_texts([1.0, 0.9998, 0.5], [1, 2, 3], 3) == ["1.0000", "0.9998", "0.5000"]


def test_rounding_is_not_monotone_so_the_first_count_that_works_is_taken() -> None:
    # 0.1249 and 0.1251: 0.12 / 0.13 at two decimals, 0.125 / 0.125 at three.
    assert column_decimals([0.1249, 0.1251], [2, 1], 2) == 2


def test_tied_ranks_read_the_same_even_across_a_rounding_boundary() -> None:
    # 0.12345 and 0.1234500001 are tied by the engine (same rank); written separately they could round
    # differently at five decimals, but the column writes both with the first one's value.
    texts = column_texts([0.5, 0.1234500001, 0.12345], [1, 2, 2], 3)
    assert texts[1] == texts[2]


def test_side_columns_keep_their_own_values_within_a_tie() -> None:
    # A side column (TOPSIS D+) of two tied options may differ; it is not forced equal.
    assert column_texts([0.2, 0.3], [1, 1], 3, tied_equal=False) == ["0.200", "0.300"]


def test_equal_numbers_of_two_ranks_do_not_force_more_decimals() -> None:
    # A side column may hold the very same number for ranks 1 and 2: no count of decimals separates them.
    assert column_decimals([0.25, 0.25, 0.75], [1, 2, 3], 3, tied_equal=False) == 3


def test_rows_without_a_rank_or_a_number() -> None:
    # None (not computed) reads as the dash; a row without a rank never asks for decimals.
    assert column_texts([55.0, None, 55.04, float("nan")], [1, None, None, 2], 1) == ["55.0", "—", "55.0", "—"]
    assert column_texts([None], [None], 1, missing="") == [""]


def test_signs_and_negative_zero() -> None:
    assert fixed(-0.00001, 3) == "0.000"
    assert fixed(-0.00001, 3, sign=True) == "+0.000"
    assert fixed(0.25, 3, sign=True) == "+0.250"
    assert column_texts([0.4771, -0.3316], [1, 2], 3, sign=True) == ["+0.477", "-0.332"]


def test_pair_decimals() -> None:
    assert pair_decimals(45.1, 45.0, 1) == 1
    assert pair_decimals(35.1011, 35.1379, 1) == 2  # 35.1 / 35.1, then 35.10 / 35.14
    assert pair_decimals(35.13801, 35.13802, 1) is None  # equal even at four decimals


def test_an_amount_that_is_not_zero_never_reads_zero() -> None:
    assert amount(8.75, 1) == "8.8"
    assert amount(0.026, 1) == "0.03"
    assert amount(0.0004, 1) == "0.0004"
    assert amount(0.00004, 1) == "< 0.0001"
    assert amount(0.0, 1) == "0.0"


@given(st.lists(st.floats(min_value=-1.0, max_value=1.0, allow_nan=False), min_size=2, max_size=12))
def test_different_ranks_read_differently_whenever_the_limit_allows(values: list[float]) -> None:
    # Rank the values by hand (equal values share a rank, "1224"), then check the rule.
    ranks = [1 + sum(1 for w in values if w > v) for v in values]
    texts = column_texts(values, ranks, 3)
    places = {len(t.split(".")[1]) for t in texts}
    assert len(places) == 1  # one precision per column
    most = 3 + COLUMN_EXTRA_DECIMALS
    for i, a in enumerate(values):
        for j, b in enumerate(values):
            if ranks[i] == ranks[j]:
                assert texts[i] == texts[j]
            elif round(a, most) != round(b, most) and not math.isclose(a, b, abs_tol=10.0 ** -most):
                assert texts[i] != texts[j], (a, b, texts)


def _reference_decimals(values: list[float], ranks: list[int], base: int, extra: int) -> int:
    """The rule written pair by pair: the fewest decimals at which every two rows of different
    ranks that read alike also read alike at the most decimals (side-column form, no sharing)."""
    most = base + extra

    def alike(d: int, i: int, j: int) -> bool:
        return fixed(values[i], d) == fixed(values[j], d)

    pairs = [(i, j) for i in range(len(values)) for j in range(i + 1, len(values)) if ranks[i] != ranks[j]]
    for d in range(base, most + 1):
        if all(alike(most, i, j) for i, j in pairs if alike(d, i, j)):
            return d
    return most


@given(st.lists(st.tuples(st.sampled_from([0.0, 0.1, 0.12, 0.125, 0.1251, 0.5, 0.50001, 1.0]),
                          st.integers(min_value=1, max_value=4)), min_size=2, max_size=12))
def test_the_linear_check_agrees_with_the_pairwise_rule(rows: list[tuple[float, int]]) -> None:
    """The check went from pairs of rows (0.77 s for a constant 1,000-row side column) to groups."""
    values, ranks = [v for v, _ in rows], [r for _, r in rows]
    assert column_decimals(values, ranks, 1, 4, tied_equal=False) == _reference_decimals(values, ranks, 1, 4)


def test_written_decimals_counts_the_shortest_form_up_to_a_limit() -> None:  # h26f: the group view's voices
    assert written_decimals([6.0, 8.0]) == 0
    assert written_decimals([52.4, 50.1, 33.0]) == 1
    assert written_decimals([7.25, 1.5]) == 2
    assert written_decimals([20 / 3]) == 3  # at most EXTRA_DECIMALS
    assert written_decimals([20 / 3], 1) == 1
    assert written_decimals([1e-7, 2.0]) == 3 and written_decimals([1e16]) == 0
    assert written_decimals([math.nan, math.inf, 2.5]) == 1 and written_decimals([]) == 0

