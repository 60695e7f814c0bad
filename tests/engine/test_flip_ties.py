"""The robustness verdict on ties and empty decisions (QA pass 18, item 3).

Options that share first place get the verdict "tied", naming them, never
"robust" or "fragile"; a decision where no criterion carries weight, with no
criteria or with no score at all gets "not applicable" with the evaluation's own
warning as the reason. The small decisions are built by hand here; the reports,
the command line and the Sensitivity tab are tested on the same ones.
"""

from __future__ import annotations

from counterweight.domain import Decision
from counterweight.engine import evaluate
from counterweight.engine.diagnostics import ALL_WEIGHTS_ZERO, NO_CRITERIA
from counterweight.engine.flip import flip_distances
from tests.engine.helpers import flat_decision
from tests.factories import small_decision


def tied_decision() -> Decision:
    """A1 (80, 20) and A2 (20, 80) at 1:1 both total 0.5; A3 (30, 30) is third."""
    return flat_decision([[80, 20], [20, 80], [30, 30]], [1, 1])


def noisy_tie_decision() -> Decision:
    """Equal on paper, not in floating point: (0.1 + 0.2) / 3 against 0.3 / 3."""
    return flat_decision([[10, 20, 0], [30, 0, 0], [5, 5, 5]], [1, 1, 1])


def zero_weight_decision() -> Decision:
    """Both criteria at 0 points: every option scores 0 (a three-way tie)."""
    return flat_decision([[50, 60], [70, 50], [20, 90]], [0, 0])


def no_criteria_decision() -> Decision:
    return flat_decision([[], []], [])


def no_scores_decision() -> Decision:
    """File > New: two options, a criterion, nothing scored."""
    return flat_decision([[None, None], [None, None]], [1, 1])


def _warning(decision: Decision, code: str) -> str:
    return next(d.message for d in evaluate(decision).diagnostics if d.code == code)


def test_two_options_sharing_first_place_are_tied_not_robust() -> None:
    result = flip_distances(tied_decision())
    assert result.verdict == "tied" and result.reason == ""
    assert result.tied_ids == ("o1", "o2") and result.top_id == "o1"
    # any change favouring A2 puts it first: its distances are exactly zero
    a2 = {i.label: i for i in result.items}["A2 on C2"]
    assert a2.fraction == 0.0 and a2.new_top_id == "o2"
    assert result.as_dict()["tied"] == ["o1", "o2"] and result.as_dict()["reason"] is None


def test_a_tie_within_rounding_is_tied_with_exact_zero_distances() -> None:
    ev = evaluate(noisy_tie_decision())
    assert ev.totals[0] != ev.totals[1] and ev.first_place() == ("o1", "o2")
    result = flip_distances(noisy_tie_decision())
    assert result.verdict == "tied" and result.tied_ids == ("o1", "o2")
    zero = [i for i in result.items if i.kind == "score" and i.new_top_id == "o2" and i.option_id in ("o1", "o2")]
    assert zero and all(i.fraction == 0.0 for i in zero if i.exact)


def test_no_weight_is_not_applicable_with_the_warning() -> None:
    d = zero_weight_decision()
    result = flip_distances(d)
    assert (result.verdict, result.reason, result.items) == ("not_applicable", "no_weight", ())
    assert result.tied_ids == ("o1", "o2", "o3")  # every option scores 0: still named as a tie, not one leader
    assert result.notes == (_warning(d, ALL_WEIGHTS_ZERO),)
    assert result.notes[0].startswith("No criterion carries any weight")


def test_no_criteria_is_not_applicable_with_the_warning() -> None:
    d = no_criteria_decision()
    result = flip_distances(d)
    assert (result.verdict, result.reason) == ("not_applicable", "no_criteria")
    assert result.notes == (_warning(d, NO_CRITERIA),)


def test_no_scores_is_not_applicable() -> None:
    result = flip_distances(no_scores_decision())
    assert (result.verdict, result.reason) == ("not_applicable", "no_scores")
    assert result.notes == ("No option has a score yet, so every option scores 0.",)


def test_a_sole_leader_keeps_its_verdict() -> None:
    result = flip_distances(small_decision())
    assert result.verdict in ("robust", "fragile") and result.tied_ids == () and result.reason == ""
    few = flip_distances(flat_decision([[50, 50]], [1, 1]))
    assert (few.verdict, few.reason) == ("not_applicable", "few_options")
