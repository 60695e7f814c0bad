"""The Trade-offs map (engine/tradeoff.py): node values, the efficient frontier, shortfalls, axes.

The first test is worked by hand from ``tests.factories.small_decision`` (its docstring gives the
weights); dominance is checked against a brute-force pairwise loop on random points; the example
decision's values are checked against the brief's group points (reports/group_points.py).
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from counterweight.domain import Decision, MethodSettings, Option, RedLine, Score
from counterweight.domain.methods import AggregationMethod, RedLineAction
from counterweight.engine import evaluate
from counterweight.engine.tradeoff import (
    NO_OPTIONS, NO_WEIGHT, NOT_ADDITIVE, TOO_FEW_CRITERIA, default_axes, dominance, map_axes, nearest_rival,
    node_value, tradeoff_map)
from counterweight.locations import example_decision_path
from counterweight.reports.group_points import group_points, top_groups
from counterweight.services import exchange
from tests.engine.helpers import flat_decision
from tests.factories import small_decision


def _with(decision: Decision, **update: object) -> Decision:
    data = decision.model_dump()
    data.update({k: [v.model_dump() for v in vs] if isinstance(vs, list) else vs for k, vs in update.items()})
    return Decision.model_validate(data)


def _five() -> Decision:
    """small_decision plus Delta (dominated by Charlie) and Echo (Charlie's twin)."""
    d = small_decision()
    extra = [Option(id="d", name="Delta"), Option(id="e", name="Echo")]
    scores = [
        Score(option_id="d", criterion_id="harm", level="Moderate"),
        Score(option_id="d", criterion_id="effect", value=5),
        Score(option_id="d", criterion_id="cost", value=10),
        Score(option_id="e", criterion_id="harm", level="Moderate"),
        Score(option_id="e", criterion_id="effect", value=6),
        Score(option_id="e", criterion_id="cost", value=8),
    ]
    return _with(d, options=[*d.options, *extra], scores=[*d.scores, *scores])


def test_hand_worked_map() -> None:
    # Global weights: harm 0.5 (all of Risks), effect 0.375 and cost 0.125 (Benefits, 0.5 in all).
    # Values: harm Low 100, High 30, Moderate 60; effect 0-10 -> x10; cost 0-20 lower-better -> (20 - x) / 20.
    # Risks value = harm value.  Benefits value = (0.375 effect + 0.125 cost) / 0.5 = 0.75 effect + 0.25 cost.
    #   Alpha   harm Low 100;      effect 2 -> 20, cost 2 -> 90:   0.75*20 + 0.25*90 = 15 + 22.5 = 37.5
    #   Bravo   harm High 30;      effect 9 -> 90, cost 10 -> 50:  67.5 + 12.5 = 80
    #   Charlie harm Moderate 60;  effect 6 -> 60, cost 8 -> 60:   45 + 15 = 60
    #   Delta   harm Moderate 60;  effect 5 -> 50, cost 10 -> 50:  37.5 + 12.5 = 50
    #   Echo    = Charlie:         (60, 60)
    # Points (Risks, Benefits): A (100, 37.5), B (30, 80), C (60, 60), D (60, 50), E (60, 60).
    # D is dominated by C and E (level on Risks, 10 better on Benefits); C and E tie, so both are efficient.
    # D's shortfall: the best Benefits among the others at least as good on Risks (C, E 60; A 37.5) -> 60 - 50 = 10.
    ev = evaluate(_five())
    tmap = tradeoff_map(ev)
    assert (tmap.x_id, tmap.y_id, tmap.x_name, tmap.y_name) == ("risks", "benefits", "Risks", "Benefits")
    got = {p.option_id: (round(p.x, 9), round(p.y, 9)) for p in tmap.points}
    assert got == {"a": (100.0, 37.5), "b": (30.0, 80.0), "c": (60.0, 60.0), "d": (60.0, 50.0), "e": (60.0, 60.0)}
    assert [p.option_id for p in tmap.points] == ev.ranked_option_ids()  # ranking order
    assert tmap.point("d").dominated_by == ("c", "e")
    assert tmap.point("d").shortfall == pytest.approx(10.0)
    assert sorted(tmap.efficient_ids()) == ["a", "b", "c", "e"]
    assert all(tmap.point(o).shortfall == 0.0 for o in "abce")
    assert tmap.frontier == ("b", "c", "e", "a")  # by Risks value, the line's order
    assert node_value(ev, "a", "benefits") == pytest.approx(37.5)
    assert node_value(ev, "b", "effect") == pytest.approx(90.0)  # a leaf: its own value
    assert nearest_rival(tmap, "c").option_id == "e"  # the twin, at distance 0


def test_shortfall_is_on_x_when_beaten_only_on_x() -> None:
    ev = evaluate(flat_decision([[50, 40], [80, 40]], [1, 1]))  # o1 level on C2, worse on C1
    tmap = tradeoff_map(ev)
    assert tmap.point("o1").dominated_by == ("o2",)
    assert (tmap.point("o1").shortfall, tmap.point("o1").shortfall_axis) == (30.0, "x")  # QA pass 29: was 0.0 on Y


def _brute(x: list[float], y: list[float]) -> list[set[int]]:
    out = []
    for i in range(len(x)):
        out.append({k for k in range(len(x)) if k != i and x[k] >= x[i] and y[k] >= y[i]
                    and (x[k] > x[i] or y[k] > y[i])})
    return out


@given(st.lists(st.tuples(st.integers(0, 10), st.integers(0, 10)), min_size=1, max_size=25))
def test_dominance_matches_a_pairwise_check(pairs: list[tuple[int, int]]) -> None:
    x = [10.0 * a for a, _ in pairs]  # whole numbers on 0-100: ties are common and exact
    y = [10.0 * b for _, b in pairs]
    d = dominance(np.array(x), np.array(y))
    assert [set(np.flatnonzero(row)) for row in d] == _brute(x, y)


@given(st.lists(st.tuples(st.integers(0, 20), st.integers(0, 20)), min_size=2, max_size=15))
def test_the_maps_frontier_matches_a_pairwise_check(pairs: list[tuple[int, int]]) -> None:
    ev = evaluate(flat_decision([[5.0 * a, 5.0 * b] for a, b in pairs], [2, 1]))
    tmap = tradeoff_map(ev)
    assert (tmap.x_id, tmap.y_id) == ("c1", "c2")  # no groups: the first two criteria
    x = [5.0 * a for a, _ in pairs]
    y = [5.0 * b for _, b in pairs]
    brute = _brute(x, y)
    for p in tmap.points:
        i = int(p.option_id[1:]) - 1
        assert (p.x, p.y) == pytest.approx((x[i], y[i]))
        assert {int(o[1:]) - 1 for o in p.dominated_by} == brute[i]
        if brute[i]:  # the smaller rise on an axis where it is behind (Y first on a tie)
            rise_y = max(y[k] for k in range(len(x)) if k != i and x[k] >= x[i]) - y[i]
            rise_x = max(x[k] for k in range(len(x)) if k != i and y[k] >= y[i]) - x[i]
            best = min(((r, a) for r, a in ((rise_y, "y"), (rise_x, "x")) if r > 0),
                       key=lambda t: (round(t[0], 6), t[1] != "y"))
            assert (p.shortfall, p.shortfall_axis) == (pytest.approx(best[0]), best[1])
        else:
            assert (p.shortfall, p.shortfall_axis) == (0.0, "")
    line = [tmap.point(o) for o in tmap.frontier]
    assert [p.x for p in line] == sorted(p.x for p in line)


def test_example_values_are_group_points_over_group_weight() -> None:
    d = exchange.read_file(example_decision_path())
    ev = evaluate(d)
    tmap = tradeoff_map(ev)
    assert (tmap.x_name, tmap.y_name) == ("Risks", "Benefits")  # first and last top-level groups
    for cid, _name, _cols in top_groups(d, ev):
        weight = ev.global_weights[cid]
        for oid in ev.option_ids:
            assert node_value(ev, oid, cid) == pytest.approx(group_points(ev, oid, cid) / weight)
    for p in tmap.points:
        assert p.x == pytest.approx(group_points(ev, p.option_id, tmap.x_id) / ev.global_weights[tmap.x_id])
        assert p.y == pytest.approx(group_points(ev, p.option_id, tmap.y_id) / ev.global_weights[tmap.y_id])


def test_axes_fall_back_when_unset_or_stale() -> None:
    ev = evaluate(small_decision())
    assert default_axes(ev) == ("risks", "benefits")
    assert map_axes(ev, "cost", "harm") == ("cost", "harm")
    assert map_axes(ev, "gone", "harm") == ("risks", "harm")  # a deleted criterion: the default, axis by axis
    assert map_axes(ev, "effect", None) == ("effect", "benefits")
    flat = evaluate(flat_decision([[1, 2, 3]], [1, 1, 1]))
    assert default_axes(flat) == ("c1", "c2")


def test_not_available_for_a_method_that_does_not_add_up() -> None:
    d = small_decision().model_copy(update={"method": MethodSettings(aggregation=AggregationMethod.TOPSIS)})
    tmap = tradeoff_map(evaluate(d))
    assert tmap.unavailable == NOT_ADDITIVE and not tmap.points


def test_not_available_with_one_criterion_or_a_weightless_axis() -> None:
    assert tradeoff_map(evaluate(flat_decision([[1], [2]], [1]))).unavailable == TOO_FEW_CRITERIA
    assert tradeoff_map(evaluate(flat_decision([[1, 2], [2, 1]], [1, 0]))).unavailable == NO_WEIGHT


def test_excluded_options_are_left_out_as_the_ranking_does() -> None:
    line = RedLine(id="r", criterion_id="effect", limit=5, action=RedLineAction.EXCLUDE)  # Alpha's effect is 2
    d = _with(small_decision(), red_lines=[line])
    tmap = tradeoff_map(evaluate(d))
    assert tmap.left_out == ("a",)
    assert [p.option_id for p in tmap.points] == ["c", "b"]  # the ranking's order without Alpha
    everyone = _with(small_decision(), red_lines=[line.model_copy(update={"limit": 10})])
    assert tradeoff_map(evaluate(everyone)).unavailable == NO_OPTIONS


def test_a_missing_score_counts_as_zero_as_in_the_ranking() -> None:
    ev = evaluate(flat_decision([[None, 50], [40, 60]], [1, 1]))
    tmap = tradeoff_map(ev)
    assert tmap.point("o1").x == 0.0
