"""One-way weight sensitivity: closed forms, brute-force agreement, the non-additive search."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from scipy.optimize import brentq

from counterweight.domain import AggregationMethod, Decision, InvalidInputError, RedLine, RedLineAction
from counterweight.engine import evaluate
from counterweight.engine.sensitivity import criterion_sensitivity, line_thresholds, weight_sensitivity
from counterweight.engine.weight_family import WeightFamily
from counterweight.engine.weight_probe import WeightProbe
from counterweight.engine.weights import compute_weights
from counterweight.locations import example_decision_path
from counterweight.services import exchange
from tests.engine.helpers import flat_decision, tree_decision
from tests.factories import small_decision


def with_points(decision: Decision, criterion_id: str, w: float) -> Decision:
    """The decision with ``criterion_id`` at local weight ``w``, siblings' points unchanged.

    Independent of the code under test: local weight = p / (p + S), S = the siblings' points.
    """
    crit = decision.criterion(criterion_id)
    siblings = {c.id for c in decision.children(crit.parent_id) if c.id != criterion_id}
    s = sum(decision.criterion(k).weight for k in siblings)
    data = decision.model_dump()
    for c in data["criteria"]:
        if c["id"] == criterion_id:
            c["weight"] = 1.0 if w >= 1.0 else w * s / (1.0 - w)
        elif w >= 1.0 and c["id"] in siblings:
            c["weight"] = 0.0
    return Decision.model_validate(data)


def with_method(decision: Decision, aggregation: AggregationMethod) -> Decision:
    data = decision.model_dump()
    data["method"]["aggregation"] = aggregation.value
    return Decision.model_validate(data)


def example() -> Decision:
    return exchange.read_file(example_decision_path())


# ------------------------------------------------------------------ closed forms


def test_two_options_two_criteria_hand_derived_threshold() -> None:
    # Scale 0-100, so values are score/100. A1 = (0.8, 0.2), A2 = (0.3, 0.7); points 3 : 2.
    # With w the local (= global) weight of C1: T1 = 0.2 + 0.6 w, T2 = 0.7 - 0.4 w.
    # Now w = 0.6: T1 = 0.56 > T2 = 0.46. The lines meet at w = 0.5, where A2 takes over.
    d = flat_decision([[80, 20], [30, 70]], [3, 2])
    s = weight_sensitivity(d)
    c1, c2 = s.get("c1"), s.get("c2")
    assert s.top_id == "o1" and s.exact
    assert c1.local_weight == pytest.approx(0.6)
    assert c1.increase is None
    assert c1.decrease is not None
    assert c1.decrease.local_weight == pytest.approx(0.5, abs=1e-15)
    assert c1.decrease.change == pytest.approx(-0.1, abs=1e-15)
    assert c1.decrease.new_top_id == "o2"
    assert c1.decrease.points == pytest.approx(2.0)  # 0.5 / 0.5 x the sibling's 2 points
    np.testing.assert_allclose(c1.intercepts, [0.2, 0.7], atol=1e-15)
    np.testing.assert_allclose(c1.slopes, [0.6, -0.4], atol=1e-15)
    # C2's weight is 1 - w: it flips when raised from 0.4 to 0.5.
    assert c2.decrease is None
    assert c2.increase is not None and c2.increase.local_weight == pytest.approx(0.5, abs=1e-15)
    assert c2.distance == pytest.approx(0.1)


def test_a_lonely_weight_is_shared_equally_among_zero_weight_siblings() -> None:
    # C1 holds all 1 point, C2 and C3 none: lowering C1 to w gives each of them (1 - w) / 2.
    # A1 = (1, 0, 0), A2 = (0, 0.5, 0.5): T1 = w, T2 = (1 - w) / 2 (0.5 + 0.5) = (1 - w) / 2.
    # Equal at w = 1/3; points cannot express it (the siblings have none).
    d = flat_decision([[100, 0, 0], [0, 50, 50]], [1, 0, 0])
    c1 = weight_sensitivity(d).get("c1")
    assert c1.local_weight == 1.0 and c1.status == "ok"
    assert c1.decrease is not None
    assert c1.decrease.local_weight == pytest.approx(1 / 3, abs=1e-15)
    assert c1.decrease.points is None
    assert c1.decrease.new_top_id == "o2"


def test_only_child_is_fixed_and_weightless_group_has_no_effect() -> None:
    s = weight_sensitivity(small_decision())
    harm = s.get("harm")
    assert harm.status == "fixed" and harm.increase is None and harm.decrease is None
    assert harm.distance is None
    np.testing.assert_allclose(harm.curve_scores, np.repeat(evaluate(small_decision()).totals[:, None], 101, 1))
    data = small_decision().model_dump()
    for c in data["criteria"]:
        if c["id"] in {"effect", "cost"}:
            c["weight"] = 0
    s2 = weight_sensitivity(Decision.model_validate(data))
    assert s2.get("benefits").status == "no_effect"
    assert s2.get("effect").status == "no_effect"  # its group carries nothing


def test_touching_at_the_end_of_the_range_is_not_a_flip() -> None:
    # A1 = (1, 0), A2 = (0.5, 0.5): T1 = w, T2 = 0.5: lines cross at 0.5, below w0 = 0.8.
    # A3 = (1, 0) copies A1: it ties A1 everywhere and never gets ahead.
    d = flat_decision([[100, 0], [50, 50], [100, 0]], [4, 1])
    c1 = weight_sensitivity(d).get("c1")
    assert c1.increase is None
    assert c1.decrease is not None and c1.decrease.new_top_id == "o2"
    # lines that only meet the top one at w = 1 are ignored
    assert line_thresholds(np.array([0.0, 0.5]), np.array([1.0, 0.5]), 1, 0.2) == (None, None)


def test_unknown_criterion_is_refused() -> None:
    with pytest.raises(InvalidInputError) as err:
        criterion_sensitivity(small_decision(), "nope")
    assert "nope" in str(err.value)


# ------------------------------------------------------------------ brute force


def _top(decision: Decision, cid: str, w: float) -> str | None:
    return evaluate(with_points(decision, cid, w)).top()


@pytest.mark.parametrize("make", [small_decision, tree_decision, example], ids=["small", "tree", "example"])
def test_additive_thresholds_equal_a_brute_force_search(make) -> None:
    decision = make()
    result = weight_sensitivity(decision)
    assert result.exact
    checked = 0
    for c in result.criteria:
        if c.status != "ok" or not 0.0 < c.local_weight < 1.0:
            continue
        base_top = result.top_id
        for t, sign in ((c.increase, 1.0), (c.decrease, -1.0)):
            grid = np.arange(c.local_weight, 0.0 if sign < 0 else 1.0, sign * 4e-3)[1:]
            tops = [_top(decision, c.criterion_id, float(w)) for w in grid]
            first = next((k for k, top in enumerate(tops) if top != base_top), None)
            if t is None:
                assert first is None, f"{c.label}: the grid finds a change the analysis missed"
                continue
            assert first is not None, f"{c.label}: no change on the grid"
            new = tops[first]
            assert new == t.new_top_id

            def gap(w: float, cid: str = c.criterion_id, new: str = new) -> float:
                ev = evaluate(with_points(decision, cid, w))
                return ev.total_of(new) - ev.total_of(base_top)

            lo = float(grid[first - 1]) if first else c.local_weight
            root = brentq(gap, min(lo, grid[first]), max(lo, grid[first]), xtol=1e-14, rtol=1e-14)
            assert t.local_weight == pytest.approx(root, abs=1e-9), c.label
            checked += 1
    assert checked >= 2


def test_lines_agree_with_evaluate_at_every_weight() -> None:
    decision = example()
    for c in weight_sensitivity(decision).criteria:
        if c.status != "ok":
            continue
        for p in (0, 37, 100):
            w = float(c.curve_weights[p])
            if w >= 1.0:
                continue
            ev = evaluate(with_points(decision, c.criterion_id, w))
            np.testing.assert_allclose(c.curve_scores[:, p], ev.totals, atol=1e-12)
            np.testing.assert_allclose(c.intercepts + c.slopes * w, ev.totals, atol=1e-12)


def test_threshold_is_where_the_top_changes_just_past_it() -> None:
    decision = example()
    result = weight_sensitivity(decision)
    for c in result.criteria:
        for t in (c.increase, c.decrease):
            if t is None or not 0 < c.local_weight < 1:
                continue
            step = 1e-7 if t.direction == "increase" else -1e-7
            assert _top(decision, c.criterion_id, t.local_weight + step) == t.new_top_id
            assert _top(decision, c.criterion_id, t.local_weight - step) == result.top_id


# ------------------------------------------------------------------ non-additive methods


@pytest.mark.parametrize("method", [m for m in AggregationMethod if m is not AggregationMethod.WSM],
                         ids=lambda m: m.value)
def test_bracketing_search_agrees_with_a_dense_grid(method: AggregationMethod) -> None:
    decision = with_method(example(), method)
    result = weight_sensitivity(decision, grid=41)
    assert not result.exact
    base_top = evaluate(decision).top()
    for c in result.criteria:
        if c.status != "ok" or not 0.0 < c.local_weight < 1.0:
            continue
        for t, sign in ((c.increase, 1.0), (c.decrease, -1.0)):
            # the ends are included: a weight of exactly 0 can matter for WPM (x ** 0 = 1)
            end = 0.0 if sign < 0 else 1.0
            grid = np.append(np.arange(c.local_weight, end, sign * 5e-3)[1:], end)
            tops = [_top(decision, c.criterion_id, float(w)) for w in grid]
            first = next((k for k, top in enumerate(tops) if top != base_top), None)
            if t is None:
                # the coarse scan may miss a flip-and-back narrower than its spacing, nothing more
                if first is not None:
                    back = next((k for k in range(first, len(tops)) if tops[k] == base_top), None)
                    assert back is not None and abs(grid[back] - grid[first]) <= 1 / 40 + 1e-9
                continue
            assert first is not None
            lo = float(grid[first - 1]) if first else c.local_weight
            assert min(lo, grid[first]) - 1e-9 <= t.local_weight <= max(lo, grid[first]) + 1e-9, c.label
            assert t.tolerance <= 1e-9
            past = min(1.0, max(0.0, t.local_weight + 1e-7 * sign))
            assert _top(decision, c.criterion_id, past) == t.new_top_id
            assert _top(decision, c.criterion_id, t.local_weight - 1e-7 * sign) == base_top


# ------------------------------------------------------------------ red lines and the fast re-weighting


def test_no_top_option_when_every_option_is_excluded() -> None:
    # A cost ceiling of 1 $bn excludes Alpha (2), Bravo (10) and Charlie (8): nothing is
    # ranked, so no weight can "put another option ahead" of anything.
    data = small_decision().model_dump()
    data["red_lines"] = [RedLine(id="r", criterion_id="cost", limit=1, action=RedLineAction.EXCLUDE).model_dump()]
    for method in AggregationMethod:
        d = with_method(Decision.model_validate(data), method)
        result = weight_sensitivity(d)
        assert result.top_id is None, method
        assert all(c.increase is None and c.decrease is None for c in result.criteria), method
        assert result.notes == ("Every option is excluded by a red line, so the sensitivity analysis has nothing"
                                " to rank; there is no top option to test.",)
        assert result.as_dict()["notes"] == list(result.notes)


def _synthetic(n: int, m: int, seed: int) -> Decision:
    sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
    from synthetic import generate_decision

    return generate_decision(n, m, seed=seed)


def _families() -> list[Decision]:
    lonely = flat_decision([[10, 90, 50], [80, 20, 40]], [5, 0, 0])  # zero-weight siblings: equal shares
    return [example(), tree_decision(), small_decision(), lonely, _synthetic(12, 14, 4)]


@pytest.mark.parametrize("k", range(5), ids=["example", "tree", "small", "lonely", "synthetic"])
def test_leaf_weights_grid_equals_compute_weights_exactly(k: int) -> None:
    # The sensitivity computes many weight vectors at once; they must be bit-for-bit the
    # vectors compute_weights gives for the same points, or thresholds could move.
    decision = _families()[k]
    ws = np.concatenate([np.linspace(0.0, 1.0, 101), [1e-12, 0.37, 1.0 - 1e-12]])
    for crit in decision.criteria:
        fam = WeightFamily(decision, crit.id)
        grid = fam.leaf_weights_grid(ws)
        expected = np.array([compute_weights(decision.criteria, points=fam.points_at(float(w))).leaf_weights
                             for w in ws])
        np.testing.assert_array_equal(grid, expected, err_msg=crit.id)
        np.testing.assert_array_equal(fam.leaf_weights_at(0.37), expected[-2])


@pytest.mark.parametrize("method", [m for m in AggregationMethod], ids=lambda m: m.value)
def test_weight_probe_equals_a_full_evaluation_exactly(method: AggregationMethod) -> None:
    # The probe reuses the weight-free work; totals and the top option must equal those of
    # evaluating the re-weighted decision, including a red line and a missing score.
    data = _synthetic(25, 10, 7).model_dump()
    data["scores"] = data["scores"][1:]  # Option 1 misses its first score: unplaceable when that leaf has weight
    data["red_lines"] = [RedLine(id="r", criterion_id="c1", limit=20, action=RedLineAction.EXCLUDE).model_dump()]
    decision = with_method(Decision.model_validate(data), method)
    base = evaluate(decision)
    probe = WeightProbe(decision, base)
    for cid in ("c0", "g1", "c3"):
        fam = WeightFamily(decision, cid)
        for w in (0.0, 0.2, fam.w0, 0.85, 1.0):
            again = evaluate(fam.decision_at(w))
            totals, top = probe.run(fam.leaf_weights_at(w))
            np.testing.assert_array_equal(totals, again.totals, err_msg=f"{cid} {w}")
            assert top == again.top(), (cid, w)
