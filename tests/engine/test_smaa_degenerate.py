"""SMAA-2 on degenerate decisions: no options, one option, no scored criteria, all weights zero.

The expected numbers follow from the definitions in Lahdelma & Salminen (2001),
"SMAA-2", *Operations Research* 49(3), eqs. 6-9: with a single option it holds
rank 1 in every draw; when every total is equal all options share rank 1 (the
engine's tie rule); the central weight vector of an option that is always first
is the mean of all weight draws, whose coordinates have mean ``1/m`` under the
uniform distribution on the simplex (each is Beta(1, m - 1)).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from counterweight.domain import Decision, RedLine, RedLineAction
from counterweight.engine import evaluate
from counterweight.engine.smaa import NOTHING_TO_RANK, SmaaResult, smaa
from tests.engine.helpers import flat_decision

MODES = ["exact", "none", "ordinal", "ranges"]


def configured(decision: Decision, mode: str, *, scores: dict[tuple[str, str], dict[str, Any]] | None = None
               ) -> Decision:
    """The decision with the weight mode ``mode`` (a full importance order for ordinal) and score ranges."""
    data = decision.model_dump()
    data["method"]["uncertainty"]["weights"] = mode
    if mode == "ordinal":
        data["method"]["uncertainty"]["criteria_order"] = [c["id"] for c in data["criteria"]]
    for s in data["scores"]:
        s.update((scores or {}).get((s["option_id"], s["criterion_id"]), {}))
    return Decision.model_validate(data)


def codes(r: SmaaResult) -> list[str]:
    return [d.code for d in r.diagnostics]


def assert_consistent(r: SmaaResult) -> None:
    """Shapes agree with the option and criterion lists; nothing is NaN or infinite; JSON works."""
    n, m = len(r.option_ids), len(r.leaf_ids)
    assert r.acceptability.shape == r.rank_counts.shape == (n, n)
    assert r.central_weights.shape == (n, m) and r.has_central.shape == (n,)
    assert r.confidence is not None and r.confidence.shape == (n,)
    for arr in (r.acceptability, r.central_weights, r.confidence):
        assert np.all(np.isfinite(arr))
    assert len(r.as_dict()["options"]) == n  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", MODES)
def test_no_options_gives_an_empty_result_with_a_diagnostic(mode: str) -> None:
    d = configured(flat_decision([[50, 60]], [1, 1]).model_copy(update={"options": [], "scores": []}), mode)
    seen: list[float] = []
    r = smaa(d, 1_000, 3, progress=seen.append)
    assert_consistent(r)
    assert r.option_ids == () and r.acceptability.shape == (0, 0)
    assert r.central_weights.shape == (0, 2)
    assert r.samples == 0 and r.samples_requested == 1_000 and not r.cancelled
    assert NOTHING_TO_RANK in codes(r)
    note = next(x for x in r.diagnostics if x.code == NOTHING_TO_RANK)
    assert "no options" in note.message
    assert seen == [1.0]
    assert r.as_dict()["options"] == []


def test_every_option_excluded_by_a_red_line_gives_zeros_and_a_diagnostic() -> None:
    # The exclude line needs at least 99 on C1; no option reaches it.
    data = flat_decision([[90, 10], [20, 60]], [1, 1]).model_dump()
    data["red_lines"] = [RedLine(id="x", criterion_id="c1", limit=99, action=RedLineAction.EXCLUDE).model_dump()]
    d = configured(Decision.model_validate(data), "none")
    assert evaluate(d).excluded_option_ids == ("o1", "o2")
    r = smaa(d, 1_000, 3)
    assert_consistent(r)
    assert r.option_ids == ("o1", "o2")
    np.testing.assert_array_equal(r.acceptability, np.zeros((2, 2)))
    assert not r.has_central.any()
    note = next(x for x in r.diagnostics if x.code == NOTHING_TO_RANK)
    assert "red line" in note.message


@pytest.mark.parametrize("mode", MODES)
def test_a_single_option_is_always_first(mode: str) -> None:
    d = configured(flat_decision([[50, 60, 10]], [1, 2, 3]), mode)
    r = smaa(d, 20_000, 5)
    assert_consistent(r)
    np.testing.assert_array_equal(r.acceptability, [[1.0]])
    np.testing.assert_array_equal(r.confidence, [1.0])
    assert r.has_central[0]
    assert r.central_weights[0].sum() == pytest.approx(1.0)


def test_a_single_option_central_weights_are_the_mean_of_all_draws() -> None:
    # Every draw puts the one option first, so its central weight vector is the mean of
    # uniform simplex draws: 1/3 per criterion (standard error about 0.0017 at 20,000 draws).
    # A ranged score exercises the second pass (confidence under varying scores).
    d = configured(flat_decision([[50, 60, 10]], [1, 2, 3]), "none",
                   scores={("o1", "c1"): {"low": 20, "high": 80}})
    r = smaa(d, 20_000, 5)
    assert r.uncertain_scores == 1
    np.testing.assert_allclose(r.central_weights[0], 1 / 3, atol=0.01)
    np.testing.assert_array_equal(r.confidence, [1.0])


@pytest.mark.parametrize("mode", MODES)
def test_no_scored_criteria_every_option_shares_first_place(mode: str) -> None:
    d = configured(Decision(id="d", title="No criteria",
                            options=flat_decision([[1], [2], [3]], [1]).options), mode)
    r = smaa(d, 1_000, 5)
    assert_consistent(r)
    assert r.central_weights.shape == (3, 0)
    # every total is 0, so all three tie for rank 1 in every draw
    np.testing.assert_array_equal(r.acceptability, [[1.0, 0, 0]] * 3)
    np.testing.assert_array_equal(r.confidence, [1.0, 1.0, 1.0])
    assert "no_criteria" in codes(r)


def test_all_weights_zero_with_exact_weights_ties_everything() -> None:
    d = configured(flat_decision([[90, 10], [20, 60], [50, 50]], [0, 0]), "exact")
    r = smaa(d, 1_000, 5)
    assert_consistent(r)
    np.testing.assert_array_equal(r.acceptability, [[1.0, 0, 0]] * 3)
    assert "all_weights_zero" in codes(r)


@pytest.mark.parametrize("mode", ["none", "ordinal", "ranges"])
def test_all_weights_zero_does_not_matter_when_weights_are_drawn(mode: str) -> None:
    # In these modes the weights are sampled, so the set weights (all zero or not) play no part.
    table = [[90, 10], [20, 60], [50, 50]]
    r0 = smaa(configured(flat_decision(table, [0, 0]), mode), 5_000, 11)
    r1 = smaa(configured(flat_decision(table, [1, 3]), mode), 5_000, 11)
    assert_consistent(r0)
    np.testing.assert_array_equal(r0.rank_counts, r1.rank_counts)
    np.testing.assert_array_equal(r0.central_weights, r1.central_weights)
    assert r0.acceptability[:, 0].sum() == pytest.approx(1.0)
