"""Method comparison: Kendall's tau-b (with ties) and agreement on the top option."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counterweight.domain import AggregationMethod, Decision, RedLine, RedLineAction
from counterweight.engine import compare_methods, kendall_tau_b
from tests.engine.helpers import flat_decision
from tests.factories import small_decision


def test_tau_b_by_hand() -> None:
    assert kendall_tau_b([1, 2, 3, 4], [1, 2, 3, 4]) == pytest.approx(1.0)
    assert kendall_tau_b([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    # x = (1, 2, 2, 3), y = (1, 2, 3, 3): of the 6 pairs, 4 are concordant, none
    # discordant, one tied in x only, one tied in y only, so
    # tau_b = 4 / sqrt((6 - 1) (6 - 1)) = 0.8.
    assert kendall_tau_b([1, 2, 2, 3], [1, 2, 3, 3]) == pytest.approx(0.8)


def test_tau_b_undefined_cases() -> None:
    assert kendall_tau_b([1], [1]) is None
    assert kendall_tau_b([1, 1, 1], [1, 2, 3]) is None
    with pytest.raises(ValueError):
        kendall_tau_b([1, 2], [1, 2, 3])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 4), st.integers(0, 4)), min_size=2, max_size=40))
def test_tau_b_matches_scipy(pairs: list[tuple[int, int]]) -> None:
    stats = pytest.importorskip("scipy.stats")
    x, y = (np.array(v, dtype=float) for v in zip(*pairs))
    ours = kendall_tau_b(x, y)
    theirs = stats.kendalltau(x, y, variant="b").statistic
    if np.isnan(theirs):
        assert ours is None
    else:
        assert ours == pytest.approx(theirs, abs=1e-12)


def test_tau_b_matches_scipy_on_a_long_vector() -> None:
    stats = pytest.importorskip("scipy.stats")
    rng = np.random.default_rng(2)
    x = rng.integers(0, 50, 1300).astype(float)  # more rows than one block
    y = x + rng.integers(-10, 10, 1300)
    assert kendall_tau_b(x, y) == pytest.approx(stats.kendalltau(x, y).statistic, abs=1e-12)


def test_dominance_chain_makes_every_method_agree() -> None:
    # o1 beats o2 beats o3 on every criterion (one of them lower-is-better): every
    # method respects strict dominance, so all rankings are identical (tau = 1).
    from counterweight.domain import Direction

    d = flat_decision([[90, 10, 80], [60, 30, 50], [20, 70, 10]], [3, 2, 1],
                      directions=[Direction.HIGHER_BETTER, Direction.LOWER_BETTER, Direction.HIGHER_BETTER])
    cmp = compare_methods(d)
    assert cmp.methods == tuple(AggregationMethod)
    assert cmp.agree_on_top and cmp.summary == "Methods agree on the top option: yes ('A1')."
    assert all(t == pytest.approx(1.0) for t in cmp.tau.values())
    assert cmp.tau_between("vikor", "wsm") == pytest.approx(1.0)
    assert cmp.tau_between("wsm", "wsm") == 1.0
    assert all(v == ("o1",) for v in cmp.top_option_ids.values())


def test_weighted_product_disagrees_on_the_small_decision() -> None:
    # tests/factories.py, value functions, global weights harm .5, effect .375, cost .125.
    # WSM (hand-computed in test_evaluate): Alpha .6875 > Charlie .6 > Bravo .55.
    # WPM by hand: Alpha 1^.5 * .2^.375 * .9^.125 = .540, Bravo .3^.5 * .9^.375 * .5^.125
    # = .483, Charlie .6^.5 * .6^.375 * .6^.125 = .6 -> Charlie > Alpha > Bravo.
    cmp = compare_methods(small_decision(), methods=["wsm", "wpm"])
    assert cmp.top_option_ids == {AggregationMethod.WSM: ("a",), AggregationMethod.WPM: ("c",)}
    assert not cmp.agree_on_top
    assert cmp.summary.startswith("Methods agree on the top option: no;")
    assert "'Alpha'" in cmp.summary and "'Charlie'" in cmp.summary
    # Rankings a,c,b versus c,a,b: one discordant pair of three -> tau = (2 - 1) / 3.
    assert cmp.tau[(AggregationMethod.WSM, AggregationMethod.WPM)] == pytest.approx(1 / 3)
    out = cmp.as_dict()
    assert out["rankings"] == {"wsm": ["a", "c", "b"], "wpm": ["c", "a", "b"]}
    assert out["agree_on_top"] is False


def test_excluded_options_are_left_out_of_the_comparison() -> None:
    data = small_decision().model_dump()
    data["red_lines"] = [RedLine(id="r", criterion_id="effect", limit=5, action=RedLineAction.EXCLUDE).model_dump()]
    cmp = compare_methods(Decision.model_validate(data), methods=["wsm", "wpm"])
    assert cmp.compared_option_ids == ("b", "c")  # Alpha (effect 2) is excluded
    assert cmp.agree_on_top and cmp.top_option_ids[AggregationMethod.WSM] == ("c",)


def test_nothing_to_compare() -> None:
    # Each option lacks a score on a different weighted criterion: neither
    # TOPSIS nor VIKOR can place either of them.
    d = flat_decision([[None, 1], [2, None]], [1, 1])
    cmp = compare_methods(d, methods=["topsis", "vikor"])
    assert cmp.compared_option_ids == () and not cmp.agree_on_top
    assert "cannot tell" in cmp.summary
    assert cmp.tau[(AggregationMethod.TOPSIS, AggregationMethod.VIKOR)] is None
