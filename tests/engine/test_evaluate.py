"""evaluate(): hand-computed trees, data-driven methods, degenerate decisions, JSON view."""

from __future__ import annotations

import json

import numpy as np
import pytest

from counterweight.domain import (
    Criterion,
    Decision,
    Direction,
    MethodSettings,
    Normalization,
    NumericScale,
    Option,
    Score,
)
from counterweight.engine import Evaluation, evaluate
from tests.engine.helpers import assert_all_finite, flat_decision, tree_decision
from tests.factories import small_decision


def test_tree_example_by_hand() -> None:
    # Global leaf weights (test_weights): Health .45, Jobs .075, Growth .075, Safety .1, Legal .3.
    # Option X: Health 10 -> 1, Jobs 5 -> .5, Growth 0 -> 0, Safety 2 (lower better, 0-10) -> .8,
    #   Legal Compliant -> 1.   Total .45 + .0375 + 0 + .08 + .3 = .8675
    # Option Y: Health 4 -> .4, Jobs 10 -> 1, Growth 10 -> 1, Safety 0 -> 1, Legal Risky -> .25.
    #   Total .18 + .075 + .075 + .1 + .075 = .505
    ev = evaluate(tree_decision())
    assert ev.leaf_ids == ("health", "jobs", "growth", "safety", "legal")
    np.testing.assert_allclose(ev.values, [[1, 0.5, 0, 0.8, 1], [0.4, 1, 1, 1, 0.25]])
    np.testing.assert_allclose(ev.totals, [0.8675, 0.505])
    assert ev.rank_of("x") == 1 and ev.rank_of("y") == 2 and ev.top() == "x"
    assert ev.total_of("y") == pytest.approx(0.505)
    assert ev.contribution("x", "safety") == pytest.approx(0.08)
    assert ev.contribution("y", "eco") == pytest.approx(0.15)  # Jobs + Growth
    assert ev.contribution("x", "ben") == pytest.approx(0.4875)
    groups = ev.group_contributions()
    assert list(groups) == ["ben", "risk"]
    np.testing.assert_allclose(groups["ben"], [0.4875, 0.33])
    np.testing.assert_allclose(groups["risk"], [0.38, 0.175])
    np.testing.assert_allclose(groups["ben"] + groups["risk"], ev.totals)
    assert ev.global_weights["eco"] == pytest.approx(0.15)
    assert ev.local_weights["legal"] == pytest.approx(0.75)
    assert ev.diagnostics == ()
    assert_all_finite(ev)


def test_shared_small_decision_by_hand() -> None:
    # tests/factories.py: global weights harm .5, effect .375, cost .125.
    # Alpha: harm Low 1.0, effect 2/10 = .2, cost (20-2)/20 = .9 -> .5 + .075 + .1125 = .6875
    # Bravo: High .3, .9, (20-10)/20 = .5 -> .15 + .3375 + .0625 = .55
    # Charlie: Moderate .6, .6, (20-8)/20 = .6 -> .3 + .225 + .075 = .6
    ev = evaluate(small_decision())
    np.testing.assert_allclose(ev.totals, [0.6875, 0.55, 0.6])
    assert ev.ranks.tolist() == [1, 3, 2]
    assert ev.ranked_option_ids() == ["a", "c", "b"]


def test_default_normalisation_comes_from_the_decision() -> None:
    d = tree_decision().model_copy(update={"method": MethodSettings(normalization=Normalization.MIN_MAX)})
    assert evaluate(d).normalization is Normalization.MIN_MAX
    assert evaluate(d, Normalization.VALUE_FUNCTION).normalization is Normalization.VALUE_FUNCTION


def test_min_max_through_evaluate() -> None:
    # With two options, min-max gives the better one 1 and the other 0 on every leaf.
    # Legal is qualitative: its level values (100 vs 25) count as numbers, higher better.
    ev = evaluate(tree_decision(), Normalization.MIN_MAX)
    np.testing.assert_allclose(ev.values, [[1, 0, 0, 0, 1], [0, 1, 1, 1, 0]])
    np.testing.assert_allclose(ev.totals, [0.45 + 0.3, 0.075 + 0.075 + 0.1])


def test_qualitative_levels_stay_higher_is_better_under_data_driven_methods() -> None:
    crit = [c.model_copy(update={"direction": Direction.LOWER_BETTER}) if c.id == "legal" else c
            for c in tree_decision().criteria]
    d = tree_decision().model_copy(update={"criteria": crit})
    ev = evaluate(Decision.model_validate(d.model_dump()), Normalization.MAX)
    j = ev.leaf_ids.index("legal")
    np.testing.assert_allclose(ev.values[:, j], [1.0, 0.25])  # x / max of 100, 25


@pytest.mark.parametrize("method", [Normalization.MAX, Normalization.MAX_LINEAR, Normalization.SUM, Normalization.VECTOR])
def test_data_driven_totals_match_closed_forms(method: Normalization) -> None:
    table = np.array([[25, 20, 15, 30], [10, 30, 20, 30], [30, 10, 30, 10]], dtype=float)
    w = np.array([0.20, 0.15, 0.40, 0.25])
    cost = np.array([False, True, False, True])
    dirs = [Direction.LOWER_BETTER if c else Direction.HIGHER_BETTER for c in cost]
    ev = evaluate(flat_decision(table.tolist(), [20, 15, 40, 25], directions=dirs), method)
    col_max, col_min = table.max(axis=0), table.min(axis=0)
    norm2 = np.sqrt((table ** 2).sum(axis=0))
    inv = 1 / table
    expected = {
        Normalization.MAX: np.where(cost, col_min / table, table / col_max),
        Normalization.MAX_LINEAR: np.where(cost, 1 - table / col_max, table / col_max),
        Normalization.SUM: np.where(cost, inv / inv.sum(axis=0), table / table.sum(axis=0)),
        Normalization.VECTOR: np.where(cost, 1 - table / norm2, table / norm2),
    }[method]
    np.testing.assert_allclose(ev.values, expected)
    np.testing.assert_allclose(ev.totals, expected @ w)


def test_missing_score_is_worst_with_a_named_warning() -> None:
    d = flat_decision([[50, 80], [None, 20]], [1, 1])
    for method in Normalization:
        ev = evaluate(d, method)
        assert ev.values[1, 0] == 0.0 and np.isnan(ev.raw[1, 0])
        missing = [x for x in ev.diagnostics if x.code == "missing_score"]
        assert len(missing) == 1
        m = missing[0]
        assert (m.option_id, m.criterion_id, m.severity) == ("o2", "c1", "warning")
        assert "'A2'" in m.message and "'C1'" in m.message
        assert_all_finite(ev)


def test_range_without_value_is_missing_and_says_so() -> None:
    d = flat_decision([[50], [60]], [1])
    scores = [s for s in d.scores if s.option_id != "o2"]
    scores.append(Score(option_id="o2", criterion_id="c1", low=40, high=70))
    ev = evaluate(d.model_copy(update={"scores": scores}))
    (m,) = [x for x in ev.diagnostics if x.code == "missing_score"]
    assert "only a range" in m.message


def test_constant_column_under_min_max() -> None:
    ev = evaluate(flat_decision([[40, 10], [40, 90]], [1, 1]), Normalization.MIN_MAX)
    np.testing.assert_array_equal(ev.values[:, 0], [1.0, 1.0])
    notes = [(d.code, d.criterion_id, d.option_id) for d in ev.diagnostics]
    # one constant-column note (the normalisation's; the engine adds no second one), and o2 dominates o1
    assert notes == [("constant_column", "c1", None), ("dominated_option", None, "o1")]
    assert ev.rank_of("o2") == 1  # the constant column does not decide anything


def test_negative_scores_fall_back_under_ratio_methods() -> None:
    d = flat_decision([[-20, 5], [10, 5], [40, 6]], [1, 1], lower=-50, upper=50)
    ev = evaluate(d, Normalization.SUM)
    assert ev.normalization_used == (Normalization.MIN_MAX, Normalization.SUM)
    np.testing.assert_allclose(ev.values[:, 0], [0.0, 0.5, 1.0])
    (fb,) = [x for x in ev.diagnostics if x.code == "normalization_fallback"]
    assert fb.criterion_id == "c1" and "'C1'" in fb.message
    assert_all_finite(ev)


def test_all_zero_weights() -> None:
    ev = evaluate(flat_decision([[10, 90], [90, 10]], [0, 0]))
    np.testing.assert_array_equal(ev.totals, [0.0, 0.0])
    assert ev.ranks.tolist() == [1, 1]
    assert "all_weights_zero" in [d.code for d in ev.diagnostics]
    assert_all_finite(ev)


def test_zero_weights_in_one_group() -> None:
    crit = [c.model_copy(update={"weight": 0}) if c.id in ("jobs", "growth") else c
            for c in tree_decision().criteria]
    ev = evaluate(tree_decision().model_copy(update={"criteria": crit}))
    assert ev.leaf_weights.sum() == pytest.approx(1.0)
    assert ev.global_weights["health"] == pytest.approx(0.6)
    assert [d.criterion_id for d in ev.diagnostics if d.code == "zero_weight_group"] == ["eco"]
    assert_all_finite(ev)


def _empty_checks(ev: Evaluation) -> None:
    assert_all_finite(ev)
    json.dumps(ev.as_dict())
    assert ev.values.shape == (len(ev.option_ids), len(ev.leaf_ids))
    assert ev.totals.shape == ev.ranks.shape == ev.order.shape == (len(ev.option_ids),)


def test_empty_decisions_never_raise() -> None:
    nothing = Decision(id="e", title="Empty")
    ev = evaluate(nothing)
    _empty_checks(ev)
    assert ev.top() is None and ev.ranked_option_ids() == []
    assert {"no_options", "no_criteria"} <= {d.code for d in ev.diagnostics}

    no_crit = Decision(id="e", title="No criteria", options=[Option(id="a", name="A"), Option(id="b", name="B")])
    for method in Normalization:
        ev = evaluate(no_crit, method)
        _empty_checks(ev)
        assert ev.totals.tolist() == [0.0, 0.0] and ev.ranks.tolist() == [1, 1]
        assert ev.top() == "a"
        assert [d.code for d in ev.diagnostics] == ["no_criteria"]

    no_opts = Decision(id="e", title="No options", criteria=tree_decision().criteria)
    for method in Normalization:
        ev = evaluate(no_opts, method)
        _empty_checks(ev)
        assert ev.leaf_ids and [d.code for d in ev.diagnostics] == ["no_options"]
        assert list(ev.group_contributions()) == ["ben", "risk"]

    only_groups = Decision(id="e", title="Groups", options=[Option(id="a", name="A")],
                           criteria=[Criterion(id="g", name="G")])
    ev = evaluate(only_groups)
    _empty_checks(ev)
    assert {"no_criteria", "empty_group"} <= {d.code for d in ev.diagnostics}


def test_unscored_decision_warns_per_cell() -> None:
    d = tree_decision().model_copy(update={"scores": []})
    ev = evaluate(d, Normalization.VECTOR)
    assert_all_finite(ev)
    assert sum(x.code == "missing_score" for x in ev.diagnostics) == 2 * 5
    assert ev.ranks.tolist() == [1, 1]


def test_as_dict() -> None:
    ev = evaluate(tree_decision())
    out = ev.as_dict()
    json.dumps(out)
    assert out["normalization"] == "value_function"
    first = out["options"][0]
    assert first == {
        "id": "x", "name": "Option X", "score": 86.75, "rank": 1,
        "contributions": {"Health": 45.0, "Jobs": 3.75, "Growth": 0.0, "Safety incidents": 8.0,
                          "Legal exposure": 30.0},
    }
    assert [c["id"] for c in out["criteria"]] == ["ben", "health", "eco", "jobs", "growth", "risk", "safety", "legal"]
    assert out["criteria"][2]["global_weight"] == pytest.approx(0.15)


def test_as_dict_rounds_to_four_places_and_labels_duplicate_names_by_path() -> None:
    crit = [
        Criterion(id="g1", name="Now", weight=1),
        Criterion(id="c1", name="Cost", parent_id="g1", scale=NumericScale(lower=0, upper=3), weight=1),
        Criterion(id="g2", name="Later", weight=2),
        Criterion(id="c2", name="Cost", parent_id="g2", scale=NumericScale(lower=0, upper=3), weight=1),
    ]
    d = Decision(id="d", title="Dup", options=[Option(id="a", name="A")], criteria=crit,
                 scores=[Score(option_id="a", criterion_id="c1", value=1),
                         Score(option_id="a", criterion_id="c2", value=1)])
    opt = evaluate(d).as_dict()["options"][0]
    assert opt["score"] == 33.3333  # 1/3 on both leaves
    assert set(opt["contributions"]) == {"Now › Cost", "Later › Cost"}
    assert opt["contributions"]["Now › Cost"] == 11.1111


def test_arrays_are_read_only_and_lookups_fail_loudly() -> None:
    ev = evaluate(tree_decision())
    with pytest.raises(ValueError):
        ev.totals[0] = 1.0
    with pytest.raises(KeyError):
        ev.rank_of("nope")
    with pytest.raises(KeyError):
        ev.contribution("x", "nope")


def test_diagnostics_for() -> None:
    ev = evaluate(flat_decision([[None, 1], [2, None]], [1, 1]))
    assert [d.criterion_id for d in ev.diagnostics_for(option_id="o1")] == ["c1"]
    assert [d.option_id for d in ev.diagnostics_for(criterion_id="c2")] == ["o2"]
    assert len(ev.warnings) == 2


def test_big_decision_shapes() -> None:
    from tests.engine.bench_evaluate import big_decision

    ev = evaluate(big_decision(n_options=50, n_groups=4, per_group=5))
    assert ev.values.shape == (50, 20)
    assert ev.leaf_weights.sum() == pytest.approx(1.0)
    assert_all_finite(ev)
