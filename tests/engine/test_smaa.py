"""SMAA-2 (Lahdelma & Salminen 2001) against closed forms, and its reproducibility guarantees."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from scipy import stats

from counterweight.domain import AggregationMethod, Decision, InvalidInputError, RedLine, RedLineAction
from counterweight.engine import evaluate
from counterweight.engine.smaa import BLOCK, ranks_in_order, smaa
from counterweight.locations import example_decision_path
from counterweight.services import exchange
from tests.engine.helpers import flat_decision

SAMPLES = 100_000


def configured(decision: Decision, *, scores: dict[tuple[str, str], dict[str, Any]] | None = None,
               **uncertainty: Any) -> Decision:
    """The decision with uncertainty settings and score ranges set."""
    data = decision.model_dump()
    data["method"]["uncertainty"].update(uncertainty)
    for s in data["scores"]:
        s.update((scores or {}).get((s["option_id"], s["criterion_id"]), {}))
    return Decision.model_validate(data)


def within(estimate: float, p: float, n: int = SAMPLES, z: float = 4.5) -> bool:
    """``estimate`` is within z binomial standard errors of the probability ``p``."""
    return abs(estimate - p) <= z * np.sqrt(max(p * (1 - p), 1e-12) / n) + 1e-12


# A1 = (0.9, 0.1), A2 = (0.2, 0.6) on a 0-100 scale. With w the weight of C1:
# T1 = 0.1 + 0.8 w, T2 = 0.6 - 0.4 w, so A1 is first exactly when w > 5/12.
TWO = [[90, 10], [20, 60]]


def test_two_criteria_uniform_weights_closed_form() -> None:
    # Uniform weights on the 2-simplex: w ~ U(0, 1). b_1^1 = 7/12, b_2^1 = 5/12.
    # Central weights: E[w | w > 5/12] = (5/12 + 1)/2 = 17/24 and E[w | w < 5/12] = 5/24.
    # Scores are exact, so each confidence factor is 1.
    r = smaa(configured(flat_decision(TWO, [1, 1]), weights="none"), SAMPLES, 7)
    assert within(r.acceptability[0, 0], 7 / 12) and within(r.acceptability[1, 0], 5 / 12)
    np.testing.assert_allclose(r.acceptability.sum(axis=0), 1.0)
    np.testing.assert_allclose(r.acceptability.sum(axis=1), 1.0)
    # sd of w given A1 first: (7/12)/sqrt(12); the mean's standard error is about 0.0007
    assert r.central_weights[0, 0] == pytest.approx(17 / 24, abs=0.004)
    assert r.central_weights[1, 0] == pytest.approx(5 / 24, abs=0.004)
    np.testing.assert_allclose(r.central_weights.sum(axis=1), 1.0)
    np.testing.assert_array_equal(r.confidence, [1.0, 1.0])
    assert r.samples == SAMPLES and not r.cancelled


def test_three_specialists_share_first_place_equally() -> None:
    # Each option is best on exactly one criterion: A_i wins when w_i is the largest weight,
    # probability 1/3. Its central weight is the mean of the ordered uniform spacings:
    # largest (1/3)(1 + 1/2 + 1/3) = 11/18, the others (1 - 11/18)/2 = 7/36 each.
    d = configured(flat_decision([[100, 0, 0], [0, 100, 0], [0, 0, 100]], [1, 1, 1]), weights="none")
    r = smaa(d, SAMPLES, 3)
    for i in range(3):
        assert within(r.acceptability[i, 0], 1 / 3)
        expected = np.full(3, 7 / 36)
        expected[i] = 11 / 18
        np.testing.assert_allclose(r.central_weights[i], expected, atol=0.005)


def test_dominated_option_is_never_first() -> None:
    d = configured(flat_decision([[90, 60], [20, 60], [10, 50]], [1, 1]), weights="none")
    r = smaa(d, 5_000, 1)
    assert r.acceptability[2, 0] == 0.0 and not r.has_central[2]
    assert r.acceptability[2, 2] > 0.99  # A3 is below A1 and A2 on both criteria; last unless tied
    assert r.as_dict()["options"][2]["central_weights"] is None


def test_ordinal_and_ranged_weights_closed_forms() -> None:
    # Ordinal, C2 before C1: w ~ U(0, 1/2), so P(w > 5/12) = (1/2 - 5/12) / (1/2) = 1/6.
    d = configured(flat_decision(TWO, [1, 1]), weights="ordinal", criteria_order=["c2", "c1"])
    assert within(smaa(d, SAMPLES, 5).acceptability[0, 0], 1 / 6)
    # Ranges, w in [0.3, 0.6]: P(w > 5/12) = (0.6 - 5/12) / 0.3 = 11/18; acceptance 3/7.
    d = configured(flat_decision(TWO, [1, 1]), weights="ranges", weight_ranges={"c1": {"low": 0.3, "high": 0.6}})
    r = smaa(d, SAMPLES, 5)
    assert within(r.acceptability[0, 0], 11 / 18)
    assert r.acceptance_rate == pytest.approx(3 / 7, abs=0.005)
    assert any(d.code == "unranged_weights" for d in r.diagnostics)


@pytest.mark.parametrize(("dist", "p"), [
    ("uniform", 0.3),  # U(0, 100) > 70
    ("triangular", 0.18),  # Tri(0, 50, 100): P(X > 70) = 30^2 / (100 * 50)
    ("pert", float(stats.beta(3, 3).sf(0.7))),  # PERT(0, 50, 100) = 100 * Beta(3, 3)
])
def test_score_ranges_closed_form(dist: str, p: float) -> None:
    # One criterion, A1 in [0, 100] around 50, A2 fixed at 70: A1 first iff its draw > 70.
    d = configured(flat_decision([[50], [70]], [1]), distribution=dist,
                   scores={("o1", "c1"): {"low": 0.0, "high": 100.0}})
    r = smaa(d, SAMPLES, 11)
    assert r.uncertain_scores == 1
    assert within(r.acceptability[0, 0], p)
    # a single criterion has central weight 1, so the confidence factor is the same event
    # measured on the same score draws: exactly equal to b^1
    assert r.confidence[0] == r.acceptability[0, 0]


def test_per_score_distribution_overrides_the_project_setting() -> None:
    d = configured(flat_decision([[50], [70]], [1]), distribution="uniform",
                   scores={("o1", "c1"): {"low": 0.0, "high": 100.0, "distribution": "triangular"}})
    assert within(smaa(d, SAMPLES, 12).acceptability[0, 0], 0.18)


def test_exact_weights_and_scores_reproduce_the_ranking() -> None:
    d = exchange.read_file(example_decision_path())
    data = d.model_dump()
    for s in data["scores"]:
        s.update(low=None, high=None)
    d = configured(Decision.model_validate(data), weights="exact")
    r = smaa(d, 1_000, 1)
    ev = evaluate(d)
    for i, oid in enumerate(ev.option_ids):
        assert r.acceptability[i, ev.rank_of(oid) - 1] == 1.0
        assert r.acceptability[i].sum() == 1.0
    top = ev.option_index(ev.top())
    np.testing.assert_allclose(r.central_weights[top], ev.leaf_weights)
    assert r.confidence[top] == 1.0
    assert any(x.code == "nothing_varies" for x in r.diagnostics)


def test_ties_share_the_better_rank() -> None:
    order, rank = ranks_in_order(np.array([[0.5, 0.7, 0.5 + 1e-12, 0.1], [0.2, 0.2, 0.2, 0.2]]))
    assert order[0, 0] == 1 and set(order[0, 1:3]) == {0, 2} and order[0, 3] == 3
    np.testing.assert_array_equal(rank[0], [1, 2, 2, 4])
    np.testing.assert_array_equal(rank[1], [1, 1, 1, 1])
    order, rank = ranks_in_order(np.array([[0.5, 0.7, 0.5 + 1e-6, 0.1]]))
    assert rank is None  # no ties: the rank at position p is p + 1
    np.testing.assert_array_equal(order[0], [1, 2, 0, 3])
    r = smaa(configured(flat_decision([[60, 40], [60, 40]], [1, 1]), weights="none"), 1_000, 1)
    np.testing.assert_array_equal(r.acceptability[:, 0], [1.0, 1.0])


def test_red_line_exclusions_take_no_part() -> None:
    # An exclude line needs at least 91 on C1: A1 (90) and A2 (20) are out, A3 (95) stays.
    # The flag line (C2 below 80) only flags and changes nothing.
    d = flat_decision([[90, 10], [20, 60], [95, 95]], [1, 1])
    data = d.model_dump()
    data["red_lines"] = [RedLine(id="f", criterion_id="c2", limit=80, action=RedLineAction.FLAG).model_dump(),
                         RedLine(id="x", criterion_id="c1", limit=91, action=RedLineAction.EXCLUDE).model_dump()]
    d = configured(Decision.model_validate(data), weights="none")
    assert evaluate(d).excluded_option_ids == ("o1", "o2")
    r = smaa(d, 1_000, 1)
    np.testing.assert_array_equal(r.acceptability[:2], 0.0)
    np.testing.assert_array_equal(r.acceptability[2], [1.0, 0.0, 0.0])
    assert not r.has_central[:2].any() and r.has_central[2]


# ------------------------------------------------------------------ reproducibility, progress, cancel


def uncertain_example() -> Decision:
    return configured(exchange.read_file(example_decision_path()), weights="none")


def test_same_seed_same_numbers_and_chunk_size_never_matters() -> None:
    d = uncertain_example()
    samples = 2 * BLOCK + 345  # three blocks, the last one short
    base = smaa(d, samples, 99)
    assert base.uncertain_scores > 0
    for chunk in (1, BLOCK, 2 * BLOCK, 10 * BLOCK):
        other = smaa(d, samples, 99, chunk_size=chunk)
        np.testing.assert_array_equal(other.rank_counts, base.rank_counts)
        np.testing.assert_array_equal(other.central_weights, base.central_weights)
        np.testing.assert_array_equal(other.confidence, base.confidence)
    different = smaa(d, samples, 100)
    assert not np.array_equal(different.rank_counts, base.rank_counts)


def test_ranged_weights_are_chunk_invariant_too() -> None:
    d = configured(exchange.read_file(example_decision_path()), weights="ranges",
                   weight_ranges={"civilian-risk": {"low": 0.1, "high": 0.3}, "escalation-risk": {"low": 0.1, "high": 0.2}})
    a = smaa(d, 2 * BLOCK + 500, 3, chunk_size=BLOCK)
    b = smaa(d, 2 * BLOCK + 500, 3, chunk_size=10 * BLOCK)
    np.testing.assert_array_equal(a.rank_counts, b.rank_counts)
    np.testing.assert_array_equal(a.central_weights, b.central_weights)
    assert a.acceptance_rate == b.acceptance_rate and 0 < a.acceptance_rate < 1


def test_defaults_come_from_the_decision() -> None:
    d = configured(flat_decision(TWO, [1, 1]), weights="none", samples=2_000, seed=5)
    r = smaa(d)
    assert (r.samples, r.seed) == (2_000, 5)
    np.testing.assert_array_equal(r.rank_counts, smaa(d, 2_000, 5).rank_counts)


def test_progress_is_monotone_and_reaches_one() -> None:
    seen: list[float] = []
    smaa(uncertain_example(), 5 * BLOCK, 1, chunk_size=BLOCK, progress=seen.append)
    assert seen[-1] == 1.0
    assert seen == sorted(seen) and len(seen) == 10  # 5 chunks per pass, two passes (scores vary)


def test_cancel_stops_early() -> None:
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 2

    seen: list[float] = []
    r = smaa(uncertain_example(), 20 * BLOCK, 1, chunk_size=BLOCK, progress=seen.append, cancelled=cancelled)
    assert r.cancelled and r.samples == 2 * BLOCK and r.confidence is None
    assert len(seen) == 2 and seen[-1] < 1.0
    np.testing.assert_allclose(r.acceptability.sum(axis=1), 1.0)


def test_bad_settings_are_refused_naming_the_field() -> None:
    d = flat_decision(TWO, [1, 1])
    with pytest.raises(InvalidInputError) as err:
        smaa(d, 99)
    assert err.value.where == "samples"
    with pytest.raises(InvalidInputError) as err:
        smaa(d, 1_000, -1)
    assert err.value.where == "seed"
    data = d.model_dump()
    data["method"]["aggregation"] = AggregationMethod.TOPSIS.value
    with pytest.raises(InvalidInputError) as err:
        smaa(Decision.model_validate(data), 1_000)
    assert err.value.where == "method"
    with pytest.raises(InvalidInputError) as err:
        smaa(configured(d, weights="ordinal", criteria_order=["c1"]), 1_000)
    assert err.value.where == "importance order" and "C2" in str(err.value)
    with pytest.raises(InvalidInputError) as err:
        smaa(configured(d, weights="ordinal"), 1_000)
    assert err.value.where == "importance order"
    with pytest.raises(InvalidInputError) as err:
        smaa(configured(d, weights="ranges", weight_ranges={"c1": {"low": 0.7, "high": 0.8},
                                                            "c2": {"low": 0.5, "high": 0.6}}), 1_000)
    assert err.value.where == "weight ranges" and "more than 1" in str(err.value)
