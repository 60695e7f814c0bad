"""Properties of every aggregation method (hypothesis), and the rules they share.

* no NaN or infinity, display scores in [0, 1], ranks consistent with the order;
* reordering the options reorders the result and changes nothing else;
* an option dominated by another never scores above it (WSM, WPM, TOPSIS,
  PROMETHEE II, VIKOR: all five are monotone in each criterion);
* missing scores and unscored criteria follow docs/methods.md.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counterweight.domain import (
    AggregationMethod,
    CriterionPreference,
    Decision,
    Direction,
    MethodSettings,
    PreferenceFunction,
    PrometheeSettings,
    TopsisSettings,
    VikorSettings,
)
from counterweight.engine import Evaluation, evaluate
from tests.engine.helpers import flat_decision

METHODS = list(AggregationMethod)
LOW, HIGH = 0, 20


@st.composite
def problems(draw: st.DrawFn, allow_missing: bool = True) -> tuple[list[list[float | None]], list[float], list[Direction]]:
    """Small integer score tables (integers keep 'equal on paper' exactly equal)."""
    n = draw(st.integers(2, 6))
    m = draw(st.integers(1, 4))
    cell = st.integers(LOW, HIGH).map(float)
    if allow_missing:
        cell = st.one_of(cell, cell, cell, cell, st.none())
    table = [[draw(cell) for _ in range(m)] for _ in range(n)]
    weights = [float(draw(st.integers(0, 5))) for _ in range(m)]
    directions = [draw(st.sampled_from(list(Direction))) for _ in range(m)]
    return table, weights, directions


@st.composite
def settings_for(draw: st.DrawFn, m: int) -> MethodSettings:
    prefs = {}
    for j in range(m):
        f = draw(st.sampled_from(list(PreferenceFunction)))
        q, p = sorted(draw(st.lists(st.integers(0, 12), min_size=2, max_size=2, unique=True)))
        prefs[f"c{j + 1}"] = CriterionPreference(function=f, q=q if "q" in f.parameters else None,
                                                 p=p if "p" in f.parameters else None,
                                                 s=float(p + 1) if "s" in f.parameters else None)
    return MethodSettings(
        topsis=TopsisSettings(normalization=draw(st.sampled_from(["vector", "min_max"]))),
        promethee=PrometheeSettings(preferences=prefs),
        vikor=VikorSettings(v=draw(st.sampled_from([0.0, 0.3, 0.5, 1.0]))),
    )


def _decision(table: list[list[float | None]], weights: list[float], directions: list[Direction],
              method: MethodSettings | None = None) -> Decision:
    d = flat_decision(table, weights or [1.0], lower=LOW, upper=HIGH, directions=directions)
    return d if method is None else d.model_copy(update={"method": method})


def _check_sane(ev: Evaluation) -> None:
    for arr in (ev.totals, ev.values, *ev.extras.values()):
        assert np.all(np.isfinite(arr))
    assert np.all((ev.totals >= 0) & (ev.totals <= 1 + 1e-12))
    assert sorted(ev.order.tolist()) == list(range(len(ev.option_ids)))
    ranked = [i for i in ev.order if ev.is_ranked(ev.option_ids[i])]
    assert ranked == [int(i) for i in ev.order[:len(ranked)]]  # ranked options come first
    assert all(ev.ranks[a] <= ev.ranks[b] for a, b in zip(ranked, ranked[1:]))
    assert all(ev.ranks[i] == len(ranked) + 1 for i in ev.order[len(ranked):])


@settings(max_examples=60, deadline=None)
@given(problems(), st.data())
def test_no_nan_and_consistent_ranks(problem: tuple, data: st.DataObject) -> None:
    table, weights, directions = problem
    d = _decision(table, weights, directions, data.draw(settings_for(len(weights))))
    for method in METHODS:
        _check_sane(evaluate(d, method=method))


@settings(max_examples=50, deadline=None)
@given(problems(), st.permutations(range(6)), st.data())
def test_reordering_options_reorders_the_result(problem: tuple, perm: list[int], data: st.DataObject) -> None:
    table, weights, directions = problem
    perm = [i for i in perm if i < len(table)]
    method = data.draw(settings_for(len(weights)))
    d = _decision(table, weights, directions, method)
    shuffled = d.model_copy(update={"options": [d.options[i] for i in perm]})
    shuffled = Decision.model_validate(shuffled.model_dump())
    for agg in METHODS:
        a, b = evaluate(d, method=agg), evaluate(shuffled, method=agg)
        np.testing.assert_allclose(b.totals, a.totals[perm], atol=1e-12)
        np.testing.assert_array_equal(b.ranks, a.ranks[perm])
        for key in a.extras:
            np.testing.assert_allclose(b.extras[key], a.extras[key][perm], atol=1e-12)
        assert set(b.unranked_option_ids) == set(a.unranked_option_ids)


@settings(max_examples=60, deadline=None)
@given(problems(allow_missing=False), st.data())
def test_a_dominated_option_never_beats_its_dominator(problem: tuple, data: st.DataObject) -> None:
    table, weights, directions = problem
    victim = data.draw(st.integers(0, len(table) - 1))
    better = []
    for j, x in enumerate(table[victim]):
        step = data.draw(st.integers(0, 5))
        assert x is not None
        better.append(min(HIGH, x + step) if directions[j] is Direction.HIGHER_BETTER else max(LOW, x - step))
    d = _decision([*table, better], weights, directions, data.draw(settings_for(len(weights))))
    for method in METHODS:
        ev = evaluate(d, method=method)
        assert ev.totals[-1] >= ev.totals[victim] - 1e-12, method
        assert ev.ranks[-1] <= ev.ranks[victim], method


def test_shared_rules_for_missing_scores_and_unscored_criteria() -> None:
    # c3 is weighted but nobody scored it: left out (no_data), not a reason to
    # unrank everyone. c2 carries no weight: o2's missing c2 does not matter.
    # o3 misses c1, which takes part: TOPSIS cannot place it.
    d = flat_decision([[5, 1, None], [7, None, None], [None, 3, None]], [1, 0, 1])
    ev = evaluate(d, method="topsis")
    assert ev.unranked_option_ids == ("o3",)
    assert ev.ranked_option_ids() == ["o2", "o1", "o3"]
    assert ev.method_rows.tolist() == [0, 1]
    codes = [(x.code, x.option_id, x.criterion_id) for x in ev.diagnostics]
    assert ("no_data", None, "c3") in codes
    missing = {(x.option_id, x.criterion_id): x.message for x in ev.diagnostics if x.code == "missing_score"}
    assert "does not affect" in missing[("o2", "c2")]
    assert "listed after the ranked options" in missing[("o3", "c1")]
    # The weighted sum keeps its own rule: a missing score is worth 0.
    wsm = evaluate(d)
    assert wsm.unranked_option_ids == () and "worst possible score" in next(
        x.message for x in wsm.diagnostics if x.code == "missing_score")


@pytest.mark.parametrize("method", METHODS)
def test_empty_and_single_option_decisions(method: AggregationMethod) -> None:
    d = flat_decision([[3, 4]], [1, 1])
    ev = evaluate(d, method=method)
    assert ev.ranks.tolist() == [1] and np.all(np.isfinite(ev.totals))
    empty = evaluate(d.model_copy(update={"options": [], "scores": []}), method=method)
    assert empty.totals.shape == (0,) and empty.order.shape == (0,)
    none_weighted = evaluate(flat_decision([[3, 4], [5, 1]], [0, 0]), method=method)
    _check_sane(none_weighted)
    assert none_weighted.ranks.tolist() == [1, 1]  # nothing carries weight: a tie


def test_wsm_result_is_unchanged_by_the_new_fields() -> None:
    d = flat_decision([[10, 80], [30, 20]], [1, 3])
    ev = evaluate(d)
    assert ev.aggregation is AggregationMethod.WSM and ev.additive and ev.extras == {} and ev.details is None
    np.testing.assert_allclose(ev.contributions.sum(axis=1), ev.totals)
    assert ev.method_rows.tolist() == [0, 1]
    assert set(ev.as_dict()["options"][0]) == {"id", "name", "score", "rank", "contributions"}
