"""The plain-English summary: every number in it is the engine's, formatted as stated.

The small decision's numbers are also checked against hand calculation (see
``tests/factories.small_decision``): global weights harm 0.5, effect 0.375, cost
0.125 give totals Alpha 0.6875, Bravo 0.55, Charlie 0.60. Moving the Risks group's
local weight w (Benefits gets 1 - w) gives Alpha 0.625 w + 0.375 and Bravo
0.8 - 0.5 w, which meet at w = 0.425 / 1.125 = 0.3778; Charlie stays at 0.60 and
meets Alpha only lower, at w = 0.36.
"""

from __future__ import annotations

import numpy as np
import pytest

from counterweight.domain import AggregationMethod, Decision, Option, RedLine, RedLineAction
from counterweight.engine import evaluate
from counterweight.engine.flip import flip_distances
from counterweight.engine.sensitivity import weight_sensitivity
from counterweight.engine.smaa import smaa
from counterweight.locations import example_decision_path
from counterweight.reports.summary import pct, pts, summarise
from counterweight.services import exchange
from tests.factories import small_decision


@pytest.fixture(scope="module")
def example() -> Decision:
    return exchange.read_file(example_decision_path())


def _full(decision: Decision):  # noqa: ANN202
    sens = weight_sensitivity(decision)
    return summarise(decision, sensitivity=sens, flips=flip_distances(decision, sensitivity=sens), smaa=smaa(decision))


def test_small_decision_matches_the_hand_calculation() -> None:
    d = small_decision()
    s = _full(d)
    assert s.top_names == ("Alpha",) and s.runner_up_name == "Charlie"
    assert s.top_score == pytest.approx(0.6875) and s.margin == pytest.approx(0.0875)
    assert s.sentences[0] == "Alpha ranks first with 68.8 out of 100, 8.8 points ahead of Charlie (60.0)."
    # The whole lead comes from civilian harm: 0.5 x (1.0 - 0.6) = 0.20; Charlie gains 0.375 x 0.4 on effect.
    assert [(x.criterion_id, round(x.advantage, 9)) for x in s.drivers] == [("harm", 0.2)]
    assert [(x.criterion_id, round(x.advantage, 9)) for x in s.setbacks] == [("effect", -0.15)]
    assert "mainly because of Civilian harm, which gives it 20.0 points more than Charlie" in s.text
    assert "Charlie does better on Effect (15.0)" in s.text
    tip = s.tipping_points[0]
    assert (tip.criterion_id, tip.direction, tip.new_top_name) == ("risks", "decrease", "Bravo")
    assert tip.global_at == pytest.approx(0.425 / 1.125)
    assert "Alpha loses first place to Bravo if the weight on Risks falls below 37.8 % (now 50.0 %)." in s.text
    # Risks down and Benefits up are the same move: only one is named.
    assert len(s.tipping_points) == 1


def test_example_summary_numbers_are_the_engines(example: Decision) -> None:
    ev = evaluate(example)
    sens = weight_sensitivity(example)
    flips = flip_distances(example, sensitivity=sens)
    result = smaa(example)
    s = summarise(example, ev, sensitivity=sens, flips=flips, smaa=result)

    order = [int(i) for i in ev.order]
    top, runner = order[0], order[1]
    assert s.sentences[0] == (
        f"{ev.option_names[top]} ranks first with {100 * ev.totals[top]:.1f} out of 100, "
        f"{100 * (ev.totals[top] - ev.totals[runner]):.1f} points ahead of {ev.option_names[runner]} "
        f"({100 * ev.totals[runner]:.1f}).")
    # The first driver is the leaf with the largest contribution gap.
    gap = ev.contributions[top] - ev.contributions[runner]
    j = int(np.argmax(gap))
    assert s.drivers[0].label == ev.leaf_labels[j]
    assert f"{ev.leaf_labels[j]}, which gives it {100 * gap[j]:.1f} points more" in s.text
    # The nearest threshold over every criterion, both directions.
    candidates = [(abs(t.change), c, t) for c in sens.criteria if c.status == "ok"
                  for t in (c.increase, c.decrease) if t is not None]
    _, crit, nearest = min(candidates, key=lambda item: item[0])
    verb = "rises above" if nearest.direction == "increase" else "falls below"
    assert (f"if the weight on {crit.name} {verb} {100 * nearest.global_weight:.1f} % "
            f"(now {100 * crit.global_weight:.1f} %") in s.text
    assert f"loses first place to {nearest.new_top_name} if the weight on {crit.name}" in s.text
    # Verdict and SMAA share.
    assert s.verdict == flips.verdict
    share = result.first_rank(ev.option_ids[top])
    assert f"ranks first in {100 * share:.1f} % of the draws" in s.text
    assert f"seed {example.method.uncertainty.seed}" in s.text


def test_fragile_verdict_names_the_smallest_change(example: Decision) -> None:
    sens = weight_sensitivity(example)
    flips = flip_distances(example, sensitivity=sens)
    s = summarise(example, sensitivity=sens, flips=flips)
    fragile = flips.fragile_items
    assert fragile, "the example's result is fragile (its notice says the weights are illustrative)"
    first = fragile[0]
    assert f"{len(fragile)} single changes smaller than 10 % of the range" in s.text
    assert f"({100 * first.fraction:.1f} % of its range)" in s.text


def test_ties_share_first_place() -> None:
    d = small_decision()
    twin = Option(id="a2", name="Alpha twin")
    scores = list(d.scores) + [s.model_copy(update={"option_id": "a2"}) for s in d.scores if s.option_id == "a"]
    tied = Decision.model_validate({**d.model_dump(), "options": [*d.model_dump()["options"], twin.model_dump()],
                                    "scores": [s.model_dump() for s in scores]})
    s = summarise(tied)
    assert s.top_names == ("Alpha", "Alpha twin")
    assert s.sentences[0] == "Alpha and Alpha twin share first place with 68.8 out of 100."
    assert s.drivers == ()


def test_single_option() -> None:
    d = small_decision()
    one = Decision.model_validate({**d.model_dump(), "options": [d.options[0].model_dump()],
                                   "scores": [s.model_dump() for s in d.scores if s.option_id == "a"]})
    s = summarise(one, sensitivity=weight_sensitivity(one))
    assert s.sentences == ("Alpha is the only option ranked; it scores 68.8 out of 100.",)


def test_other_methods_say_so_and_explain_the_lead_in_their_own_terms() -> None:
    d = small_decision()
    topsis = d.model_copy(update={"method": d.method.model_copy(update={"aggregation": AggregationMethod.TOPSIS})})
    ev = evaluate(topsis)
    s = summarise(topsis, ev)
    assert s.sentences[0].startswith(f"Under {AggregationMethod.TOPSIS.label}, ")
    assert f"{100 * ev.totals[int(ev.order[0])]:.1f} out of 100" in s.sentences[0]
    # TOPSIS has no per-criterion points (tests/reports/test_lead_breakdown.py has the hand calculation)
    assert "TOPSIS does not add up points per criterion" in s.text and "points more than" not in s.text


def test_red_lines_are_mentioned() -> None:
    d = small_decision()
    # Effect at least 5 excludes Alpha (2); civilian harm no worse than Low flags Bravo and Charlie.
    lines = [RedLine(id="rl1", criterion_id="effect", limit=5, action=RedLineAction.EXCLUDE),
             RedLine(id="rl2", criterion_id="harm", level="Low")]
    ruled = Decision.model_validate({**d.model_dump(), "red_lines": [r.model_dump() for r in lines]})
    s = summarise(ruled)
    assert "Alpha is left out of the ranking by a red line." in s.text
    assert s.top_names == ("Charlie",)
    assert "Charlie breaches the red line on Civilian harm." in s.text


def test_formatting_helpers() -> None:
    assert pct(0.31849) == "31.8 %" and pct(0.5, 0) == "50 %"
    assert pts(0.6199) == "62.0"


def test_no_ranked_option() -> None:
    d = small_decision()
    empty = Decision.model_validate({**d.model_dump(), "options": [], "scores": []})
    assert summarise(empty).text == "No option can be ranked, so there is no result to summarise."


def test_scores_unused_when_missing_do_not_break_drivers() -> None:
    d = small_decision()
    scores = [s for s in d.scores if not (s.option_id == "c" and s.criterion_id == "effect")]
    gappy = Decision.model_validate({**d.model_dump(), "scores": [s.model_dump() for s in scores]})
    s = summarise(gappy)
    assert s.top_names == ("Alpha",)
    assert all(np.isfinite(x.advantage) for x in (*s.drivers, *s.setbacks))


def test_siblings_of_a_three_criterion_group_are_not_mirrors(example: Decision) -> None:
    """Risks, Costs and Benefits share the top level: moving Costs up is not the same move as moving Benefits down.

    The example's nearest weights (sensitivity of the local weight, now -> at): Benefits 45.0 -> 42.0 % (3.0
    points), Costs 19.8 -> 24.4 % (4.6), Risks 35.1 -> 39.9 % (4.8), ..., Time to effect 16.3 -> 28.6 % (12.2).
    The summary must name the two nearest, Benefits then Costs, not skip to Time to effect in another group.
    (Risks, the third, is named too: it is within 5 points and hands first place to another option.)
    """
    sens = weight_sensitivity(example)
    s = summarise(example, sensitivity=sens)
    tips = [(t.criterion_id, t.direction, round(100 * t.local_now, 1), round(100 * t.local_at, 1))
            for t in s.tipping_points]
    assert tips[:2] == [("benefits", "decrease", 45.0, 42.0), ("costs", "increase", 19.8, 24.4)]
    assert ("loses first place to Joint information campaign if the weight on Benefits falls below 42.0 % "
            "(now 45.0 %) or if the weight on Costs rises above 24.4 % (now 19.8 %)") in s.text
    assert "Time to effect" not in s.text
    # nothing nearer was left out
    nearest = sorted(abs(t.local_weight - c.local_weight) for c in sens.criteria if c.status == "ok"
                     for t in (c.increase, c.decrease) if t is not None)
    assert [round(t.distance, 9) for t in s.tipping_points][:2] == [round(x, 9) for x in nearest[:2]]


def test_a_close_tipping_point_to_another_option_is_named_too(example: Decision) -> None:
    """The example: Benefits down (3.0 points) and Costs up (4.6) both put Joint information campaign
    first; Risks up, 35.1 -> 39.9 % (4.8 points, see above), puts Continue escalation management first.
    A brief that named only the nearest two would hide that second contender. Time to effect (12.2
    points) is not close, so it stays out."""
    sens = weight_sensitivity(example)
    s = summarise(example, sensitivity=sens)
    assert [(t.criterion_id, t.new_top_name) for t in s.tipping_points] == [
        ("benefits", "Joint information campaign"), ("costs", "Joint information campaign"),
        ("risks", "Continue escalation management")]
    assert s.text.count("loses first place") == 1
    assert (", and to Continue escalation management if the weight on Risks rises above 39.9 % "
            "(now 35.1 %).") in s.text
    assert "Time to effect" not in s.text


def test_a_close_tipping_point_to_an_option_already_named_is_not_added(example: Decision) -> None:
    """Beyond the nearest two, only a new contender earns a mention: one more way for the same option
    to come first adds length, not information. Here the example's Risks threshold is made to hand first
    place to Joint information campaign, the option the two nearest already name."""
    from dataclasses import replace

    sens = weight_sensitivity(example)
    risks = sens.get("risks")
    same = replace(risks, increase=replace(risks.increase, new_top_name="Joint information campaign"))
    altered = replace(sens, criteria=tuple(same if c.criterion_id == "risks" else c for c in sens.criteria))
    s = summarise(example, sensitivity=altered)
    assert [t.criterion_id for t in s.tipping_points] == ["benefits", "costs"]
    assert "Risks" not in s.text.split("loses first place")[1]
