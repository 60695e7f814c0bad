"""Perspectives, scenarios, the minimax-regret robust choice and snapshot comparison.

Hand computation on ``tests.factories.small_decision`` (weighted sum, linear value
functions): values harm Low 1.0 / High 0.3 / Moderate 0.6 / Severe 0.0; effect
(0-10) a 0.2, b 0.9, c 0.6; cost (0-20, lower better) a 0.9, b 0.5, c 0.6.

* Base weights harm 0.5, effect 0.375, cost 0.125:
  a 68.75, b 55.00, c 60.00 (points).
* "Benefits view" (risks 0 points): harm 0, effect 0.75, cost 0.25:
  a 0.15 + 0.225 = 37.5, b 0.675 + 0.125 = 80.0, c 0.45 + 0.15 = 60.0.
* "Harm spike" (Bravo's harm Severe) under the base weights:
  a 68.75, b 0 + 33.75 + 6.25 = 40.0, c 60.0; under "Benefits view" harm has no
  weight, so the numbers equal the Benefits view's.

Regrets (best minus own):
  base x base      a 0      b 13.75  c 8.75
  base x spike     a 0      b 28.75  c 8.75
  benefits x base  a 42.5   b 0      c 20.0
  benefits x spike a 42.5   b 0      c 20.0
Worst case: a 42.5, b 28.75, c 20.0, so Charlie is the minimax-regret choice
although it is never the top option (Savage's rule).
"""

from __future__ import annotations

import pytest

from counterweight.domain import Decision, RedLine, RedLineAction, Score
from counterweight.domain.errors import InvalidInputError
from counterweight.domain.perspectives import ScoreOverride, ScoreScenario, WeightSet
from counterweight.services.edits import RemoveCriterion, SetScore
from counterweight.services.option_edits import RemoveOption
from counterweight.services.perspectives import (
    AddScenario,
    AddWeightSet,
    RemoveScenario,
    RemoveSnapshot,
    RemoveWeightSet,
    TakeSnapshot,
    UpdateScenario,
    UpdateWeightSet,
    apply_perspective,
    compare_snapshots,
    robust_choice,
)
from tests.engine.helpers import flat_decision
from tests.factories import small_decision

BENEFITS = WeightSet(id="ben", name="Benefits view", weights={"risks": 0})
SPIKE = ScoreScenario(id="spike", name="Harm spike",
                      overrides=[ScoreOverride(option_id="b", criterion_id="harm", level="Severe")])


def _with_perspectives() -> Decision:
    d = AddWeightSet(BENEFITS).apply(small_decision()).decision
    return AddScenario(SPIKE).apply(d).decision


def test_regret_matches_hand_computation() -> None:
    report = robust_choice(_with_perspectives())
    labels = [p.label for p in report.pairs]
    assert labels == ["Current weights \u00d7 Base scores", "Current weights \u00d7 Harm spike",
                      "Benefits view \u00d7 Base scores", "Benefits view \u00d7 Harm spike"]
    expected = [
        {"a": 0.0, "b": 13.75, "c": 8.75},
        {"a": 0.0, "b": 28.75, "c": 8.75},
        {"a": 42.5, "b": 0.0, "c": 20.0},
        {"a": 42.5, "b": 0.0, "c": 20.0},
    ]
    for pair, regrets in zip(report.pairs, expected):
        assert pair.regrets == pytest.approx(regrets)
    assert report.pairs[2].ranks == {"a": 3, "b": 1, "c": 2}
    assert report.max_regret == pytest.approx({"a": 42.5, "b": 28.75, "c": 20.0})
    assert report.choice_id == "c"
    assert report.reason.startswith("Charlie has the smallest worst-case regret (20.0 points, under Benefits view")


def test_dominant_option_has_no_regret() -> None:
    report = robust_choice(small_decision())
    assert len(report.pairs) == 1 and report.choice_id == "a"
    assert report.max_regret["a"] == 0.0
    assert "never has any regret" in report.reason


def test_apply_perspective_keeps_other_points_and_ignores_stale_ids() -> None:
    d = _with_perspectives()
    seen = apply_perspective(d, "ben", "spike")
    assert seen.criterion("risks").weight == 0 and seen.criterion("benefits").weight == 1
    assert seen.score("b", "harm").level == "Severe"
    assert seen.score("a", "harm").level == "Low"
    assert not seen.weight_sets and not seen.scenarios
    # Deleting the criterion a scenario and a weight set refer to leaves stale entries.
    gone = RemoveCriterion("risks").apply(d).decision
    assert gone.scenarios == d.scenarios and gone.weight_sets == d.weight_sets
    assert not apply_perspective(gone, "ben", "spike").has_criterion("harm")
    assert robust_choice(gone).choice_id is not None


def test_edits_check_references_and_undo() -> None:
    d = small_decision()
    with pytest.raises(InvalidInputError, match="nope"):
        AddWeightSet(WeightSet(id="x", name="X", weights={"nope": 1})).apply(d)
    bad = ScoreScenario(id="s", name="S", overrides=[ScoreOverride(option_id="a", criterion_id="effect", value=11)])
    with pytest.raises(InvalidInputError, match="0 to 10"):
        AddScenario(bad).apply(d)
    applied = AddWeightSet(BENEFITS).apply(d)
    assert applied.inverse.apply(applied.decision).decision == d
    renamed = UpdateWeightSet(BENEFITS.model_copy(update={"name": "Treasury"})).apply(applied.decision)
    assert renamed.decision.weight_sets[0].name == "Treasury"
    assert renamed.inverse.apply(renamed.decision).decision.weight_sets[0].name == "Benefits view"
    removed = RemoveWeightSet("ben").apply(applied.decision)
    assert removed.decision.weight_sets == []
    assert removed.inverse.apply(removed.decision).decision == applied.decision
    with_sc = AddScenario(SPIKE).apply(d).decision
    assert RemoveScenario("spike").apply(with_sc).decision.scenarios == []


def test_stale_entries_do_not_block_later_edits() -> None:
    d = _with_perspectives()
    gone = RemoveOption("b").apply(RemoveCriterion("risks").apply(d).decision).decision
    # both items now name something deleted: "risks" (weight set), option b and harm (scenario)
    renamed = UpdateWeightSet(BENEFITS.model_copy(update={"name": "Treasury"})).apply(gone).decision
    assert renamed.weight_sets[0].name == "Treasury" and renamed.weight_sets[0].weights == {"risks": 0}
    extra = ScoreOverride(option_id="a", criterion_id="effect", value=7)
    changed = UpdateScenario(SPIKE.model_copy(update={"name": "Spike 2", "overrides": [*SPIKE.overrides, extra]}))
    after = changed.apply(renamed).decision
    assert after.scenarios[0].name == "Spike 2" and after.scenarios[0].overrides[-1] == extra
    # what is new or changed is still checked
    with pytest.raises(InvalidInputError, match="nope"):
        UpdateWeightSet(BENEFITS.model_copy(update={"weights": {"risks": 0, "nope": 1}})).apply(gone)
    with pytest.raises(InvalidInputError, match="risks"):
        UpdateWeightSet(BENEFITS.model_copy(update={"weights": {"risks": 5}})).apply(gone)  # a changed stale entry
    bad = ScoreOverride(option_id="a", criterion_id="effect", value=11)
    with pytest.raises(InvalidInputError, match="0 to 10"):
        UpdateScenario(SPIKE.model_copy(update={"overrides": [*SPIKE.overrides, bad]})).apply(gone)


def test_snapshot_is_a_copy_without_snapshots() -> None:
    d = TakeSnapshot.of(small_decision(), "Baseline").apply(small_decision()).decision
    d2 = TakeSnapshot.of(d, "Second").apply(d).decision
    assert [s.name for s in d2.snapshots] == ["Baseline", "Second"]
    assert d2.snapshots[1].decision.snapshots == []
    back = RemoveSnapshot(d2.snapshots[0].id).apply(d2)
    assert [s.name for s in back.decision.snapshots] == ["Second"]
    assert back.inverse.apply(back.decision).decision == d2


def _set(d: Decision, option: str, crit: str, value: float) -> Decision:
    return SetScore(option, crit, Score(option_id=option, criterion_id=crit, value=value)).apply(d).decision


def test_snapshot_diff_names_changed_scores_and_which_moved_the_ranking() -> None:
    a = small_decision()
    # Charlie's effect 6 -> 10 raises it by 0.375 * 0.4 = 15 points to 75 > Alpha's 68.75: top changes.
    # Bravo's cost 10 -> 12 lowers it by 0.125 * 0.1 = 1.25 points to 53.75: still third, no rank moves.
    b = _set(_set(a, "c", "effect", 10), "b", "cost", 12)
    diff = compare_snapshots(a, b, "Baseline", "current")
    texts = {c.text: c for c in diff.changes}
    charlie = texts["Score of Charlie on Benefits \u203a Effect changed from 6 to 10"]
    bravo = texts["Score of Bravo on Benefits \u203a Cost changed from 10 to 12"]
    assert len(diff.changes) == 2
    assert charlie.moved_ranking is True and "Charlie the top option instead of Alpha" in charlie.effect
    assert bravo.moved_ranking is False
    assert diff.top_a == ("a",) and diff.top_b == ("c",)
    assert "Top option changed from Alpha (Baseline) to Charlie (current)" in diff.summary
    assert "MOVED THE RANKING" in diff.text()


def test_snapshot_diff_weights_options_and_criteria() -> None:
    a = small_decision()
    b = RemoveCriterion("cost").apply(a).decision
    b = b.model_copy(update={"criteria": [c.model_copy(update={"weight": 0.0}) if c.id == "risks" else c
                                          for c in b.criteria]})
    diff = compare_snapshots(a, b)
    texts = [c.text for c in diff.changes]
    assert "Weight of Risks changed from 1 to 0 points" in texts
    assert "Criterion Benefits \u203a Cost was removed" in texts
    weight = next(c for c in diff.changes if c.kind == "weight")
    # Risks at 0 points: a 0.75*0.2 + 0.25*0.9 = 37.5, b 80, c 60 -> Bravo first.
    assert weight.moved_ranking is True and "Bravo the top option" in weight.effect


def test_identical_versions_have_no_changes() -> None:
    diff = compare_snapshots(small_decision(), small_decision())
    assert diff.changes == () and "(unchanged)" in diff.summary


# ------------------------------------------------------------------ red lines and ties


def _red_line_decision(floor: float) -> Decision:
    """A 90/20, B 40/70, C 60/50 on two 0-100 criteria, weights 50:50; floor on C2.

    With a perspective "Heavy C1" (90:10). Totals by hand (points):
      base weights  A (90 + 20) / 2 = 55, B (40 + 70) / 2 = 55, C (60 + 50) / 2 = 55
      Heavy C1      A 81 + 2 = 83,        B 36 + 7 = 43,        C 54 + 5 = 59
    """
    d = flat_decision([[90, 20], [40, 70], [60, 50]], [50, 50])
    data = d.model_dump()
    data["options"] = [{**o, "name": n} for o, n in zip(data["options"], "ABC")]
    data["red_lines"] = [RedLine(id="r", criterion_id="c2", limit=floor, action=RedLineAction.EXCLUDE).model_dump()]
    data["weight_sets"] = [WeightSet(id="heavy", name="Heavy C1", weights={"c1": 90, "c2": 10}).model_dump()]
    return Decision.model_validate(data)


def test_an_excluded_option_takes_no_part_in_the_regrets() -> None:
    # A floor of 25 on C2 excludes A (20) under both pairs. Regrets are measured from the best
    # ranked score: base B 0, C 0; Heavy C1: C 59 is best, B 59 - 43 = 16. A (83 under Heavy
    # C1) neither sets the best score nor can be chosen: C wins with worst-case regret 0.
    report = robust_choice(_red_line_decision(25))
    base, heavy = report.pairs
    assert base.ranks == {"o1": None, "o2": 1, "o3": 1} and heavy.ranks == {"o1": None, "o2": 2, "o3": 1}
    assert base.regrets == {"o1": None, "o2": pytest.approx(0.0), "o3": pytest.approx(0.0)}
    assert heavy.regrets == {"o1": None, "o2": pytest.approx(16.0), "o3": pytest.approx(0.0)}
    assert heavy.scores["o1"] == pytest.approx(83.0)  # its score is still shown
    assert heavy.excluded_option_ids == ("o1",) and heavy.status("o1") == "excluded" and not heavy.is_ranked("o1")
    assert heavy.top_option_ids == ("o3",)
    assert report.candidate_ids == ("o2", "o3") and report.left_out == {"o1": (0, 1)}
    assert report.max_regret == {"o1": None, "o2": pytest.approx(16.0), "o3": pytest.approx(0.0)}
    assert report.choice_id == "o3"
    assert report.reason.startswith("C is best under every perspective and scenario (2 combinations)")
    assert "A is excluded by a red line under Current weights \u00d7 Base scores (and 1 more)" in report.notes[0]
    out = report.as_dict()
    assert out["pairs"][1]["regrets"]["o1"] is None and out["pairs"][1]["excluded_option_ids"] == ["o1"]
    assert out["options"][0]["max_regret"] is None and len(out["options"][0]["not_ranked_under"]) == 2


def test_no_robust_choice_when_every_option_is_excluded() -> None:
    # A floor of 95 on C2 excludes A (20), B (70) and C (50) under every pair.
    report = robust_choice(_red_line_decision(95))
    assert report.choice_id is None and report.candidate_ids == ()
    assert report.reason == ("Every option is excluded by a red line under Current weights \u00d7 Base scores,"
                             " so there is no robust choice.")
    assert all(p.top_option_ids == () and set(p.regrets.values()) == {None} for p in report.pairs)


def test_options_tied_best_everywhere_are_all_named() -> None:
    # A and B score 50/50 (total 50 under any weights), C 10/10: A and B are both best in
    # every pair with zero regret; the sentence names both, and says why A is the one shown.
    d = flat_decision([[50, 50], [50, 50], [10, 10]], [1, 1])
    data = d.model_dump()
    data["options"] = [{**o, "name": n} for o, n in zip(data["options"], "ABC")]
    report = robust_choice(Decision.model_validate(data))
    assert report.choice_id == "o1"
    assert report.reason == ("A and B tie: both are best under every perspective and scenario (1 combination),"
                             " so neither ever has any regret. A is named because it comes first in the option"
                             " list.")
