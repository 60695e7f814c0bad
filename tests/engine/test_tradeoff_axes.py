"""The Trade-offs map's axes and shortfalls on unusual decisions (QA pass 29, findings 1, 6 and 7).

A dominated option's shortfall is given on the axis where it is beaten; the default axes skip a
part without weight; one part on both axes, an axis nobody scored and a lower-is-better criterion.
"""

from __future__ import annotations

import pytest

from counterweight.domain import Decision
from counterweight.engine import evaluate
from counterweight.engine.tradeoff import NO_WEIGHT, default_axes, map_axes, tradeoff_map
from counterweight.locations import example_decision_path
from counterweight.services import exchange
from tests.engine.helpers import flat_decision, tree_decision


def _weights(decision: Decision, **points: float) -> Decision:
    return decision.model_copy(update={"criteria": [
        c.model_copy(update={"weight": points[c.id]}) if c.id in points else c for c in decision.criteria]})


def test_the_example_shortfall_is_on_the_axis_where_the_option_is_beaten() -> None:
    # Full deterrence package (o5) is at (33.3, 100) and Strike troops (o2) at (44.4, 100): level at the top
    # of Deterrence, beaten on cost. The shortfall was "0.0 short on Deterrence"; it is 11.1 on the cost axis.
    ev = evaluate(exchange.read_file(example_decision_path()))
    p = tradeoff_map(ev, "materiel-cost", "deterrent-effect").point("o5")
    assert p.dominated_by == ("o2",)
    assert p.shortfall_axis == "x" and p.shortfall == pytest.approx(100 * 4 / 9 - 100 / 3)


def test_the_smaller_rise_is_given_with_its_axis() -> None:
    # o1 (50, 50) beaten by o2 (80, 50) and o3 (50, 90): 30 more on C1 or 40 more on C2 -> 30 on C1.
    ev = evaluate(flat_decision([[50, 50], [80, 50], [50, 90]], [1, 1]))
    p = tradeoff_map(ev).point("o1")
    assert (p.shortfall, p.shortfall_axis) == (pytest.approx(30.0), "x")
    # o1 (50, 50) beaten by o2 (90, 60): 10 more on C2 beats 40 more on C1.
    p = tradeoff_map(evaluate(flat_decision([[50, 50], [90, 60]], [1, 1]))).point("o1")
    assert (p.shortfall, p.shortfall_axis) == (pytest.approx(10.0), "y")
    assert tradeoff_map(evaluate(flat_decision([[50, 50], [90, 60]], [1, 1]))).point("o2").shortfall_axis == ""


def test_the_default_axes_skip_a_group_without_weight() -> None:
    d = _weights(tree_decision(), ben=0.0)  # Benefits weighs nothing: Risks alone has weight
    ev = evaluate(d)
    assert default_axes(ev) == ("safety", "legal")  # Risks' two criteria, not Benefits against Risks
    assert not tradeoff_map(ev).unavailable


def test_a_stored_axis_without_weight_is_named() -> None:
    ev = evaluate(_weights(tree_decision(), ben=0.0))
    tmap = tradeoff_map(ev, "ben", "risk")
    assert tmap.unavailable == NO_WEIGHT and tmap.weightless == ("Benefits",)


def test_one_part_on_both_axes_falls_back_for_y() -> None:
    ev = evaluate(tree_decision())
    assert map_axes(ev, "risk", "risk") == ("risk", "ben")
    assert map_axes(ev, "ben", "ben") == ("ben", "risk")


def test_an_axis_nobody_scored_is_named() -> None:
    ev = evaluate(flat_decision([[None, 10], [None, 50], [None, 90]], [1, 1]))
    tmap = tradeoff_map(ev)
    assert tmap.unscored == ("C1",)
    assert tradeoff_map(evaluate(flat_decision([[1, 10], [None, 50]], [1, 1]))).unscored == ()


def test_a_lower_is_better_criterion_is_turned_round() -> None:
    from counterweight.engine.tradeoff import turned_round  # new in QA pass 29

    d = tree_decision()
    assert turned_round(d, "safety")  # lower is better: high value = few incidents
    assert not turned_round(d, "health") and not turned_round(d, "risk") and not turned_round(d, None)


def test_isolate_wraps_right_to_left_names_only() -> None:
    from counterweight.domain.wording import isolate  # new in QA pass 29

    assert isolate("\u0641\u0648\u0627\u0626\u062f") == "\u200e\u2068\u0641\u0648\u0627\u0626\u062f\u2069"
    assert isolate("\u05e2\u05dc\u05d5\u05ea costs") == "\u200e\u2068\u05e2\u05dc\u05d5\u05ea costs\u2069"
    assert isolate("Costs") == "Costs" and isolate("\u6210\u672c") == "\u6210\u672c"  # CJK runs left to right
