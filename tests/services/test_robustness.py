"""Robustness services: criterion lookup, sensitivity and flips, the cancellable SMAA runner."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from counterweight.domain import Criterion, Decision, InvalidInputError, NumericScale
from counterweight.engine import evaluate
from counterweight.locations import example_decision_path
from counterweight.services import exchange
from counterweight.services.robustness import (
    criterion_lines,
    find_criterion,
    flip_analysis,
    robustness_in_slices,
    run_smaa,
    sensitivity_analysis,
)
from tests.factories import small_decision


def uncertain_example() -> Decision:
    data = exchange.read_file(example_decision_path()).model_dump()
    data["method"]["uncertainty"]["weights"] = "none"
    return Decision.model_validate(data)


def test_find_criterion_by_id_name_or_path() -> None:
    d = small_decision()
    assert find_criterion(d, "effect").id == "effect"
    assert find_criterion(d, "  civilian HARM ").id == "harm"
    assert find_criterion(d, "Benefits > Cost").id == "cost"
    assert find_criterion(d, "Benefits › Cost").id == "cost"
    with pytest.raises(InvalidInputError) as err:
        find_criterion(d, "Speed", where="--criterion")
    assert err.value.where == "--criterion" and "Speed" in err.value.message and "Effect" in err.value.message


def test_ambiguous_name_asks_for_the_path() -> None:
    data = small_decision().model_dump()
    data["criteria"].append(Criterion(id="effect2", name="Effect", parent_id="risks",
                                      scale=NumericScale(lower=0, upper=10)).model_dump())
    d = Decision.model_validate(data)
    assert find_criterion(d, "effect").id == "effect"  # an exact id wins
    with pytest.raises(InvalidInputError) as err:
        find_criterion(d, "Effect")
    assert "Benefits › Effect" in err.value.message and "Risks › Effect" in err.value.message
    assert find_criterion(d, "Risks > Effect").id == "effect2"


def test_sensitivity_and_lines_and_flips() -> None:
    d = small_decision()
    result = sensitivity_analysis(d)
    assert [c.criterion_id for c in result.criteria] == [c.id for c, _ in d.walk()]
    one = criterion_lines(d, "Risks")
    assert one.criterion_id == "risks"
    # the chart lines pass through the current totals at the current weight
    np.testing.assert_allclose(one.intercepts + one.slopes * one.local_weight, evaluate(d).totals, atol=1e-12)
    flips = flip_analysis(d, sensitivity=result)
    assert flips.top_id == evaluate(d).top() and flips.verdict in {"robust", "fragile"}


def test_run_smaa_reports_progress_to_one() -> None:
    seen: list[float] = []
    r = run_smaa(uncertain_example(), samples=5_000, seed=4, progress=seen.append)
    assert seen and seen[-1] == 1.0 and seen == sorted(seen)
    assert r.samples == 5_000 and not r.cancelled
    np.testing.assert_allclose(r.acceptability.sum(axis=1), 1.0)


def test_run_smaa_result_does_not_depend_on_chunking() -> None:
    d = uncertain_example()
    a = run_smaa(d, samples=6_000, seed=8, chunk_size=1_000)
    b = run_smaa(d, samples=6_000, seed=8)
    np.testing.assert_array_equal(a.rank_counts, b.rank_counts)
    np.testing.assert_array_equal(a.confidence, b.confidence)


def test_run_smaa_can_be_cancelled_from_another_thread() -> None:
    stop = threading.Event()
    seen: list[float] = []

    def progress(share: float) -> None:
        seen.append(share)
        if len(seen) == 3:
            stop.set()  # what a Cancel button does: set a flag the worker polls

    r = run_smaa(uncertain_example(), samples=200_000, seed=1, progress=progress, cancelled=stop.is_set)
    assert r.cancelled and r.samples < 200_000 and len(seen) == 3


def test_run_smaa_refuses_bad_settings() -> None:
    with pytest.raises(InvalidInputError) as err:
        run_smaa(small_decision(), samples=10)
    assert err.value.where == "samples" and "100" in err.value.message
    with pytest.raises(InvalidInputError) as err:
        run_smaa(small_decision(), seed=2**32)
    assert err.value.where == "seed"


def test_robustness_in_slices_gives_the_one_call_numbers_with_rising_progress() -> None:
    """The Sensitivity tab's stoppable run: the same result as one call, progress below 1 until the flips."""
    decision = uncertain_example()
    shares: list[float] = []
    result = robustness_in_slices(decision, shares.append, lambda: False)
    assert result is not None
    sens, flips = result
    whole = sensitivity_analysis(decision)
    assert len(sens.criteria) == len(whole.criteria) > 1
    for sliced, once in zip(sens.criteria, whole.criteria, strict=True):
        for field in sliced.__dataclass_fields__:
            assert np.array_equal(np.asarray(getattr(sliced, field), dtype=object),
                                  np.asarray(getattr(once, field), dtype=object)), (sliced.criterion_id, field)
    once = flip_analysis(decision, sensitivity=whole)
    assert (flips.top_id, flips.items, flips.verdict, flips.tied_ids) == (once.top_id, once.items, once.verdict,
                                                                         once.tied_ids)
    assert shares == sorted(shares) and 0 < shares[-1] < 1


def test_robustness_in_slices_stops_when_told() -> None:
    calls = iter([False, True])
    shares: list[float] = []
    assert robustness_in_slices(uncertain_example(), shares.append, lambda: next(calls, True)) is None
    assert len(shares) == 1  # one slice, then it stopped
