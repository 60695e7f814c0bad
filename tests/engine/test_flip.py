"""Distance to flip: every reported change is checked by applying it and evaluating again."""

from __future__ import annotations

import numpy as np
import pytest

from counterweight.domain import Breakpoint, Decision, Normalization, NumericScale, RedLine, RedLineAction
from counterweight.engine import evaluate
from counterweight.engine.flip import FlipItem, flip_distances, is_fragile, nearest_crossing, value_knots
from counterweight.locations import example_decision_path
from counterweight.services import exchange
from tests.engine.helpers import flat_decision, tree_decision
from tests.engine.test_sensitivity import with_points
from tests.factories import small_decision


def example() -> Decision:
    return exchange.read_file(example_decision_path())


def with_score(decision: Decision, option_id: str, criterion_id: str, **change: object) -> Decision:
    data = decision.model_dump()
    for s in data["scores"]:
        if s["option_id"] == option_id and s["criterion_id"] == criterion_id:
            s.update(low=None, high=None, **change)
    return Decision.model_validate(data)


def top_after(decision: Decision, item: FlipItem, target: float | str) -> str | None:
    if item.kind == "weight":
        return evaluate(with_points(decision, item.criterion_id, float(target))).top()
    assert item.option_id is not None
    key = "level" if isinstance(target, str) else "value"
    return evaluate(with_score(decision, item.option_id, item.criterion_id, **{key: target})).top()


def check_items(decision: Decision, result) -> int:
    """Apply every flipping change: the top changes just past it and not just before it."""
    top = evaluate(decision).top()
    checked = 0
    for item in result.items:
        if item.target is None:
            continue
        if isinstance(item.target, str):  # a level: it flips; every nearer level does not
            assert top_after(decision, item, item.target) == item.new_top_id, item.label
            scale = decision.criterion(item.criterion_id).scale
            now = scale.level(item.current).value
            for lv in scale.levels:
                if abs(lv.value - now) < abs(item.change):
                    assert top_after(decision, item, lv.label) == top, (item.label, lv.label)
        else:
            span = item.span
            step = 1e-6 * span * np.sign(item.change) if item.change else 1e-6 * span
            lo, hi = (0.0, 1.0) if item.kind == "weight" else (
                decision.criterion(item.criterion_id).scale.lower, decision.criterion(item.criterion_id).scale.upper)
            past = float(np.clip(item.target + step, lo, hi))
            assert top_after(decision, item, past) == item.new_top_id, item.label
            if item.change:
                assert top_after(decision, item, item.target - step) == top, item.label
        checked += 1
    return checked


def scan_never_flips(decision: Decision, item: FlipItem) -> bool:
    top = evaluate(decision).top()
    scale = decision.criterion(item.criterion_id).scale
    if hasattr(scale, "levels"):
        return all(top_after(decision, item, lv.label) == top for lv in scale.levels)
    return all(top_after(decision, item, float(x)) == top for x in np.linspace(scale.lower, scale.upper, 101))


@pytest.mark.parametrize("make", [small_decision, tree_decision, example], ids=["small", "tree", "example"])
def test_every_flip_is_confirmed_by_re_evaluation(make) -> None:
    decision = make()
    result = flip_distances(decision)
    assert check_items(decision, result) >= 3
    for item in result.items:
        if item.kind == "score" and item.target is None and item.current is not None and "weight" not in item.note:
            assert scan_never_flips(decision, item), item.label


def test_hand_derived_score_distances() -> None:
    # Scale 0-100, equal weights. A1 = (80, 20): T = 0.5; A2 = (30, 60): T = 0.45.
    # A2 overtakes when one of its scores rises by 0.05 / 0.5 = 0.1 in value: 10 units.
    # A1 loses first place when one of its scores falls by 10 units.
    d = flat_decision([[80, 20], [30, 60]], [1, 1])
    result = flip_distances(d)
    by_label = {i.label: i for i in result.items}
    assert by_label["A2 on C1"].target == pytest.approx(40.0)
    assert by_label["A2 on C2"].target == pytest.approx(70.0)
    assert by_label["A1 on C1"].target == pytest.approx(70.0)
    assert by_label["A1 on C2"].target == pytest.approx(10.0)
    for label in ("A2 on C1", "A2 on C2", "A1 on C1", "A1 on C2"):
        assert by_label[label].fraction == pytest.approx(0.1)
        assert by_label[label].new_top_id == "o2"
    # Weight of C1 (local 0.5): T1 = 0.2 + 0.6 w, T2 = 0.6 - 0.3 w -> equal at w = 4/9.
    assert by_label["Weight of C1"].target == pytest.approx(4 / 9)
    assert by_label["Weight of C1"].fraction == pytest.approx(1 / 18)
    assert result.items[0].label in {"Weight of C1", "Weight of C2"}  # the smallest distance first
    assert result.verdict == "fragile"  # 1/18 < 0.1
    assert flip_distances(d, threshold=1 / 18 - 1e-7).verdict == "robust"
    assert flip_distances(d, threshold=1 / 18 + 1e-7).verdict == "fragile"
    # within the tie tolerance of the threshold (about 1e-9) a distance counts as equal to it: not smaller
    assert flip_distances(d, threshold=1 / 18 + 5e-10).verdict == "robust"


def test_lower_is_better_and_no_flip_within_the_scale() -> None:
    # Cost-type C1 (lower better), C2 benefit; A1 = (10, 90), A2 = (60, 40); weights 1:1.
    # Values: A1 (0.9, 0.9) -> 0.9; A2 (0.4, 0.4) -> 0.4. A2 needs +1.0 of value on one
    # criterion, impossible (0.4 + 1.0 > 1): no flip within the scale.
    from counterweight.domain import Direction
    d = flat_decision([[10, 90], [60, 40]], [1, 1], directions=[Direction.LOWER_BETTER, Direction.HIGHER_BETTER])
    result = flip_distances(d)
    by_label = {i.label: i for i in result.items}
    assert by_label["A2 on C1"].target is None
    assert "within the scale" in by_label["A2 on C1"].note
    assert scan_never_flips(d, by_label["A2 on C1"])
    assert result.verdict == "robust"


def test_piecewise_value_function_is_inverted_through_its_breakpoints() -> None:
    # Value rises 0 -> 100 on 0..50, then falls to 50 at 100. A1 scores 25 (value 0.5) on C1.
    peak = NumericScale(lower=0, upper=100, breakpoints=[
        Breakpoint(x=0, value=0), Breakpoint(x=50, value=100), Breakpoint(x=100, value=50)])
    xs, vs = value_knots(peak, True)
    np.testing.assert_allclose(xs, [0, 50, 100])
    np.testing.assert_allclose(vs, [0, 1, 0.5])
    # need value > 0.8: nearest from 25 is 40 (0.8 on the rising side)
    assert nearest_crossing(25.0, xs, vs, 0.8, 1.0) == pytest.approx(40.0)
    # need value < 0.6 from x = 70 (value 0.8): falling side reaches 0.6 at x = 90
    assert nearest_crossing(70.0, xs, vs, 0.6, -1.0) == pytest.approx(90.0)
    # from x = 45 (value 0.9), value < 0.6 is nearer on the rising side (x = 30)
    assert nearest_crossing(45.0, xs, vs, 0.6, -1.0) == pytest.approx(30.0)
    assert nearest_crossing(45.0, xs, vs, 1.5, 1.0) is None
    d = flat_decision([[25, 50], [60, 40]], [1, 1])
    data = d.model_dump()
    data["criteria"][0]["scale"] = peak.model_dump()
    d = Decision.model_validate(data)
    result = flip_distances(d)
    assert check_items(d, result) >= 2


def test_search_path_for_data_driven_normalisation_is_confirmed() -> None:
    data = small_decision().model_dump()
    data["method"]["normalization"] = Normalization.MIN_MAX.value
    d = Decision.model_validate(data)
    result = flip_distances(d)
    scores = [i for i in result.items if i.kind == "score"]
    assert scores and not any(i.exact for i in scores)
    assert check_items(d, result) >= 3


def test_red_line_exclusion_is_respected() -> None:
    # C1 has an exclude red line at 50 (higher is better): A3 (40) is out of the ranking.
    d = flat_decision([[80, 20], [60, 30], [40, 100]], [1, 1])
    data = d.model_dump()
    data["red_lines"] = [RedLine(id="r1", criterion_id="c1", limit=50, action=RedLineAction.EXCLUDE).model_dump()]
    d = Decision.model_validate(data)
    assert evaluate(d).excluded_option_ids == ("o3",)
    result = flip_distances(d)
    by_label = {i.label: i for i in result.items}
    assert by_label["A3 on C2"].target is None and "red line" in by_label["A3 on C2"].note
    # raising A3 on C1 to the limit brings it back, and it then leads: the search finds 50
    a3 = by_label["A3 on C1"]
    assert a3.target == pytest.approx(50.0, abs=1e-6) and a3.new_top_id == "o3"
    assert check_items(d, result) >= 3


def test_items_are_sorted_and_tornado_lists_only_flipping_items() -> None:
    result = flip_distances(example())
    fractions = [i.fraction for i in result.items if i.fraction is not None]
    assert fractions == sorted(fractions)
    tail = [i.fraction for i in result.items[len(fractions):]]
    assert all(f is None for f in tail)
    assert [f for _, f in result.tornado()] == fractions
    assert result.verdict == ("fragile" if fractions[0] < 0.1 else "robust")


def test_single_option_is_not_applicable() -> None:
    result = flip_distances(flat_decision([[50, 50]], [1, 1]))
    assert result.verdict == "not_applicable" and result.items == ()


def test_every_option_excluded_is_not_applicable() -> None:
    # C2 floor of 95 (higher is better): 20, 70 and 50 all fall below it, so no option is
    # ranked and there is no top option to test (not "robust" about an excluded option).
    d = flat_decision([[90, 20], [40, 70], [60, 50]], [1, 1])
    data = d.model_dump()
    data["red_lines"] = [RedLine(id="r1", criterion_id="c2", limit=95, action=RedLineAction.EXCLUDE).model_dump()]
    d = Decision.model_validate(data)
    result = flip_distances(d)
    assert result.top_id is None and result.verdict == "not_applicable" and result.items == ()
    assert result.notes == ("Every option is excluded by a red line, so the sensitivity analysis has nothing"
                            " to rank; there is no top option to test.",)


def test_losing_the_only_ranked_option_is_not_a_flip() -> None:
    # A C2 floor of 50 excludes A1 (10) and A2 (20); only A3 (60) is ranked. Lowering A3's
    # C2 below 50 leaves no ranked option at all: nobody else comes first, so that is no flip.
    d = flat_decision([[90, 10], [70, 20], [80, 60]], [1, 1])
    data = d.model_dump()
    data["red_lines"] = [RedLine(id="r1", criterion_id="c2", limit=50, action=RedLineAction.EXCLUDE).model_dump()]
    d = Decision.model_validate(data)
    assert evaluate(d).top() == "o3"
    by_label = {i.label: i for i in flip_distances(d).items}
    a3 = by_label["A3 on C2"]
    assert a3.target is None and a3.new_top_id is None and "within the scale" in a3.note
    # raising A1's C2 to the floor brings it back ranked, and with 0.5 (0.9 + 0.5) = 0.7 it
    # ties A3's 0.5 (0.8 + 0.6) = 0.7 and leads by option order: a real flip at 50 (40 points away)
    a1 = by_label["A1 on C2"]
    assert a1.target == pytest.approx(50.0, abs=1e-6) and a1.new_top_id == "o1"


def test_a_change_of_exactly_ten_points_is_not_fragile() -> None:
    # Weights 60:40. Totals with local weight w on C2: A1 = 0.8 - 0.6 w, A2 = 0.3 + 0.4 w,
    # A3 = 0.5 - 0.05 w. A2 catches A1 at w = 0.5: raising C2 from 40% or lowering C1 from
    # 60% by exactly 10 points. Floating point gives 0.09999999999999998 and
    # 0.10000000000000003 for these two equal moves; both must count as 10%, not less.
    # Scores: A1 leads A3 by 0.08, so the nearest score move is 0.08 / 0.6 = 13.3% of a scale.
    d = flat_decision([[80, 20], [30, 70], [50, 45]], [60, 40])
    result = flip_distances(d)
    weights = [i for i in result.items if i.kind == "weight"]
    assert [i.fraction for i in weights] == [pytest.approx(0.1), pytest.approx(0.1)]
    assert min(i.fraction for i in result.items if i.kind == "score" and i.fraction is not None) == pytest.approx(
        0.08 / 0.6)
    assert result.verdict == "robust" and result.fragile_items == ()
    assert not is_fragile(0.1 - 2e-17) and not is_fragile(0.1 + 3e-17) and is_fragile(0.0999)
    assert not is_fragile(None) and not is_fragile(0.1)


@pytest.mark.parametrize("method,norm", [("wsm", "value_function"), ("wsm", "min_max"), ("wpm", "max"),
                                         ("topsis", "value_function"), ("promethee", "value_function"),
                                         ("vikor", "value_function")])
def test_score_probe_equals_a_full_evaluation(method: str, norm: str) -> None:
    # The search tries many values of one score through ScoreProbe; its top option must be
    # what evaluating the decision with that score changed gives, red lines included.
    from counterweight.engine.score_probe import ScoreProbe

    data = small_decision().model_dump()
    data["method"].update(aggregation=method, normalization=norm)
    data["red_lines"] = [RedLine(id="r", criterion_id="cost", limit=9, action=RedLineAction.EXCLUDE).model_dump(),
                         RedLine(id="h", criterion_id="harm", level="High", action=RedLineAction.EXCLUDE).model_dump()]
    d = Decision.model_validate(data)
    ev = evaluate(d)
    probe = ScoreProbe(d, ev)
    for i, oid in enumerate(ev.option_ids):
        for j, cid in enumerate(ev.leaf_ids):
            scale = d.criterion(cid).scale
            if hasattr(scale, "levels"):
                tries = [{"level": lv.label} for lv in scale.levels]
            else:
                tries = [{"value": float(x)} for x in np.linspace(scale.lower, scale.upper, 9)]
            for change in tries:
                assert probe.top_with(i, j, **change) == top_after(
                    d, FlipItem("score", "", cid, oid, None, None, None, None, 1.0, None, False),
                    change.get("level", change.get("value"))), (oid, cid, change)
