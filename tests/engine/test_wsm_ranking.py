"""Weighted sum and ranking: a published WSM example, ties, competition ranks."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counterweight.engine import competition_ranks, evaluate, is_tie, weighted_sum
from counterweight.engine.ranking import first_in_order
from tests.engine.helpers import flat_decision

# Triantaphyllou, E. (2000). Multi-Criteria Decision Making Methods: A Comparative
# Study. Kluwer, ch. 2, numerical example of the WSM: three alternatives, four
# benefit criteria in the same unit, weights 0.20, 0.15, 0.40, 0.25. The book
# gives A1 = 21.50, A2 = 22.00, A3 = 22.00 (A2 and A3 tie for best).
TRI_WEIGHTS = [0.20, 0.15, 0.40, 0.25]
TRI_TABLE = [[25, 20, 15, 30], [10, 30, 20, 30], [30, 10, 30, 10]]
TRI_TOTALS = [21.50, 22.00, 22.00]


def test_weighted_sum_kernel_reproduces_triantaphyllou() -> None:
    contributions, totals = weighted_sum(np.array(TRI_TABLE, dtype=float), np.array(TRI_WEIGHTS))
    np.testing.assert_allclose(totals, TRI_TOTALS)
    np.testing.assert_allclose(contributions.sum(axis=1), totals)
    assert contributions[0, 0] == pytest.approx(25 * 0.20)


def test_evaluate_reproduces_triantaphyllou_through_value_functions() -> None:
    # A linear value function on 0-100 divides every score by 100, so the totals
    # are the book's WSM scores / 100; weight points 20/15/40/25 give the book's weights.
    d = flat_decision(TRI_TABLE, [20, 15, 40, 25], lower=0, upper=100)
    ev = evaluate(d)
    np.testing.assert_allclose(ev.totals * 100, TRI_TOTALS)
    assert [ev.rank_of(o) for o in ("o1", "o2", "o3")] == [3, 1, 1]
    assert ev.ranked_option_ids() == ["o2", "o3", "o1"]
    assert ev.top() == "o2"
    assert ev.as_dict()["options"][0]["score"] == 22.0


def test_ties_share_the_best_rank_1224() -> None:
    ranks, order = competition_ranks(np.array([0.5, 0.9, 0.7, 0.9, 0.7, 0.1]))
    assert ranks.tolist() == [5, 1, 3, 1, 3, 6]
    assert order.tolist() == [1, 3, 2, 4, 0, 5]


def test_floating_noise_counts_as_a_tie_and_order_follows_option_list() -> None:
    a = 0.1 + 0.2  # 0.30000000000000004
    ranks, order = competition_ranks(np.array([0.3, a, 0.2]))
    assert ranks.tolist() == [1, 1, 3]
    assert order.tolist() == [0, 1, 2]
    ranks, order = competition_ranks(np.array([a, 0.3]))  # the larger listed first either way
    assert order.tolist() == [0, 1]


def test_tie_groups_do_not_chain() -> None:
    # Near 0.5 the tolerance is 1e-9 + 0.5e-9 = 1.5e-9. Neighbours 1.2e-9 apart are
    # ties, but the first and third (2.4e-9 apart) are not, so the third starts a
    # new group instead of being chained onto the first.
    t = np.array([0.5, 0.5 - 1.2e-9, 0.5 - 2.4e-9])
    assert is_tie(t[0], t[1]) and is_tie(t[1], t[2]) and not is_tie(t[0], t[2])
    ranks, order = competition_ranks(t)
    assert ranks.tolist() == [1, 1, 3]
    assert order.tolist() == [0, 1, 2]


def test_distinct_totals_rank_strictly() -> None:
    ranks, order = competition_ranks(np.array([0.2, 0.4, 0.3]))
    assert ranks.tolist() == [3, 1, 2] and order.tolist() == [1, 2, 0]


def test_empty_ranking() -> None:
    ranks, order = competition_ranks(np.zeros(0))
    assert ranks.shape == (0,) and order.shape == (0,)


def test_shape_mismatch_is_an_error() -> None:
    with pytest.raises(ValueError):
        weighted_sum(np.ones((2, 3)), np.ones(2))


def _reference_ranks(totals: list[float]) -> tuple[list[int], list[int]]:
    """The documented rule written out plainly (docs/methods.md, section 5), for comparison."""
    by_total = sorted(range(len(totals)), key=lambda i: (-totals[i], i))
    ranks, order, start = [0] * len(totals), [], 0
    while start < len(by_total):
        end = start + 1
        while end < len(by_total) and is_tie(totals[by_total[start]], totals[by_total[end]]):
            end += 1
        group = sorted(by_total[start:end])
        for i in group:
            ranks[i] = start + 1
        order += group
        start = end
    return ranks, order


@given(st.lists(st.one_of(st.sampled_from([0.0, 0.5, 0.5 - 1.2e-9, 0.5 - 2.4e-9, 1.0]),
                          st.floats(0.0, 1.0, allow_nan=False)), max_size=30))
@settings(max_examples=300, deadline=None)
def test_fast_ranking_paths_follow_the_documented_rule(totals: list[float]) -> None:
    # competition_ranks skips its loop when no neighbours tie, and first_in_order finds the
    # top without ranking the rest; both must give exactly what the plain rule gives.
    ranks, order = competition_ranks(np.array(totals))
    ref_ranks, ref_order = _reference_ranks(totals)
    assert ranks.tolist() == ref_ranks and order.tolist() == ref_order
    assert first_in_order(np.array(totals)) == (ref_order[0] if totals else None)
