"""Red lines: breaches by direction and level, flag versus exclude, unchecked and at-risk scores."""

from __future__ import annotations

import numpy as np
import pytest

from counterweight.domain import Decision, Direction, RedLine, RedLineAction, Score
from counterweight.engine import assess_red_lines, breaches_limit, evaluate
from counterweight.engine.evaluation import ALL_EXCLUDED
from tests.engine.helpers import flat_decision
from tests.factories import small_decision

EXCLUDE, FLAG = RedLineAction.EXCLUDE, RedLineAction.FLAG


def _with(decision: Decision, *lines: RedLine, scores: list[Score] | None = None) -> Decision:
    data = decision.model_dump()
    data["red_lines"] = [line.model_dump() for line in lines]
    if scores is not None:
        data["scores"] = [s.model_dump() for s in scores]
    return Decision.model_validate(data)


@pytest.mark.parametrize("value,limit,direction,breach", [
    (4.0, 5.0, Direction.HIGHER_BETTER, True),   # below a floor
    (5.0, 5.0, Direction.HIGHER_BETTER, False),  # exactly the limit is allowed
    (6.0, 5.0, Direction.HIGHER_BETTER, False),
    (6.0, 5.0, Direction.LOWER_BETTER, True),    # above a ceiling
    (5.0, 5.0, Direction.LOWER_BETTER, False),
    (0.1 + 0.2, 0.3, Direction.LOWER_BETTER, False),  # rounding noise is not a breach
])
def test_breaches_limit(value: float, limit: float, direction: Direction, breach: bool) -> None:
    assert breaches_limit(value, limit, direction) is breach


def test_numeric_exclude_and_qualitative_flag() -> None:
    # small_decision: costs Alpha 2, Bravo 10, Charlie 8 ($bn, lower is better);
    # harm levels Alpha Low (100), Bravo High (30), Charlie Moderate (60).
    d = _with(
        small_decision(),
        RedLine(id="budget", criterion_id="cost", limit=9, action=EXCLUDE, note="Treasury ceiling"),
        RedLine(id="harm", criterion_id="harm", level="Moderate", action=FLAG),
    )
    report = assess_red_lines(d)
    assert [(b.option_id, b.red_line_id) for b in report.breaches] == [("b", "budget"), ("b", "harm")]
    assert report.excluded_option_ids == ("b",) and report.flagged_option_ids == ()
    budget, harm = report.breaches
    assert budget.excludes and budget.limit == 9 and budget.value == 10 and budget.unit == "$bn"
    assert budget.reason == (
        "'Bravo' scores 10 $bn on 'Cost', above the red line of 9 $bn (lower is better);"
        " it is excluded from the ranking. Reason for this red line: Treasury ceiling."
    )
    assert not harm.excludes and harm.limit_level == "Moderate" and harm.value_level == "High"
    assert "'High'" in harm.reason and "'Moderate'" in harm.reason and "flagged" in harm.reason
    assert [x.code for x in report.diagnostics] == ["red_line_breach", "red_line_breach"]


def test_exclusion_moves_the_option_last_without_changing_the_others() -> None:
    # Hand-computed WSM totals (test_evaluate): Alpha .6875, Bravo .55, Charlie .6.
    # Excluding Alpha leaves Charlie first and Bravo second; Alpha is listed last.
    base = evaluate(small_decision())
    d = _with(small_decision(), RedLine(id="r", criterion_id="effect", limit=5, action=EXCLUDE))
    ev = evaluate(d)
    np.testing.assert_allclose(ev.totals, base.totals)  # scores are still shown
    assert ev.ranked_option_ids() == ["c", "b", "a"]
    assert ev.excluded_option_ids == ("a",) and ev.is_excluded("a") and not ev.is_ranked("a")
    assert ev.ranks.tolist() == [3, 2, 1]
    out = ev.as_dict()
    last = out["options"][-1]
    assert last["id"] == "a" and last["rank"] is None and last["excluded"] is True
    assert last["red_line_breaches"][0]["limit"] == 5 and last["red_line_breaches"][0]["value"] == 2
    assert out["excluded_option_ids"] == ["a"]
    assert ev.breaches_of("a")[0].criterion_name == "Effect"


def test_flag_keeps_the_ranking() -> None:
    d = _with(small_decision(), RedLine(id="r", criterion_id="effect", limit=5, action=FLAG))
    ev = evaluate(d)
    assert ev.ranked_option_ids() == ["a", "c", "b"] and ev.excluded_option_ids == ()
    assert ev.is_ranked("a") and len(ev.red_line_breaches) == 1
    assert "red_line_breaches" in ev.as_dict()["options"][0]


def test_exclusion_applies_to_every_method() -> None:
    d = _with(small_decision(), RedLine(id="r", criterion_id="cost", limit=9, action=EXCLUDE))
    for method in ("wsm", "wpm", "topsis", "promethee", "vikor"):
        ev = evaluate(d, method=method)
        assert ev.ranked_option_ids()[-1] == "b", method
        assert not ev.is_ranked("b") and sorted(ev.ranks.tolist()) == [1, 2, 3], method


def test_missing_score_is_unchecked_not_breached() -> None:
    d = small_decision()
    scores = [s for s in d.scores if not (s.option_id == "b" and s.criterion_id == "cost")]
    d = _with(d, RedLine(id="r", criterion_id="cost", limit=9, action=EXCLUDE), scores=scores)
    report = assess_red_lines(d)
    assert report.breaches == () and report.excluded_option_ids == ()
    notes = [x for x in report.diagnostics if x.code == "red_line_unchecked"]
    assert len(notes) == 1 and notes[0].option_id == "b" and notes[0].severity == "warning"


def test_range_crossing_the_limit_is_noted() -> None:
    # Alpha's effect is 2 with a range 1-3 (higher is better): limit 1.5 passes on the
    # central value but the low end (1) would breach it.
    d = _with(small_decision(), RedLine(id="r", criterion_id="effect", limit=1.5))
    report = assess_red_lines(d)
    assert report.breaches == ()
    assert [(x.code, x.option_id) for x in report.diagnostics] == [("red_line_at_risk", "a")]


def test_level_equal_to_the_limit_is_no_breach() -> None:
    d = _with(small_decision(), RedLine(id="r", criterion_id="harm", level="High", action=EXCLUDE))
    assert assess_red_lines(d).breaches == ()


def test_no_red_lines_no_report() -> None:
    report = assess_red_lines(flat_decision([[1, 2]], [1, 1]))
    assert report.breaches == () and report.diagnostics == ()
    assert evaluate(small_decision()).red_line_breaches == ()


def test_exclusion_and_missing_scores_together() -> None:
    # TOPSIS cannot place o2 (missing c1); a red line on c2 (higher better, floor 25)
    # excludes o1 (20). Order: ranked o3, then the unplaceable o2, then excluded o1.
    d = flat_decision([[10, 20], [None, 30], [30, 40]], [1, 1])
    d = _with(d, RedLine(id="r", criterion_id="c2", limit=25, action=EXCLUDE))
    ev = evaluate(d, method="topsis")
    assert ev.ranked_option_ids() == ["o3", "o2", "o1"]
    assert ev.unranked_option_ids == ("o2",) and ev.excluded_option_ids == ("o1",)
    assert ev.ranks.tolist() == [2, 2, 1]


def test_no_top_option_when_every_option_is_excluded() -> None:
    # small_decision costs are 2, 10 and 8 $bn (lower is better): a ceiling of 1 $bn
    # excludes all three, so there is no top option, under every method.
    d = _with(small_decision(), RedLine(id="r", criterion_id="cost", limit=1, action=EXCLUDE))
    for method in ("wsm", "wpm", "topsis", "promethee", "vikor"):
        ev = evaluate(d, method=method)
        assert ev.excluded_option_ids == ("a", "b", "c"), method
        assert ev.top() is None, method
        assert ev.nothing_ranked() == ALL_EXCLUDED == "Every option is excluded by a red line, so no option is ranked."
    # a ceiling of 9 $bn excludes only Bravo: the top is the best ranked option, Alpha (.6875)
    ev = evaluate(_with(small_decision(), RedLine(id="r", criterion_id="cost", limit=9, action=EXCLUDE)))
    assert ev.top() == "a" and ev.nothing_ranked() == ""


def test_no_top_option_when_the_rest_cannot_be_placed() -> None:
    # TOPSIS cannot place o2 (missing c1); floors on c2 exclude o1 (20) and o3 (40 < 45).
    d = flat_decision([[10, 20], [None, 50], [30, 40]], [1, 1])
    d = _with(d, RedLine(id="r", criterion_id="c2", limit=45, action=EXCLUDE))
    ev = evaluate(d, method="topsis")
    assert ev.unranked_option_ids == ("o2",) and ev.excluded_option_ids == ("o1", "o3")
    assert ev.top() is None and "cannot place" in ev.nothing_ranked()
    assert evaluate(flat_decision([], [1])).nothing_ranked() == "The decision has no options to rank."
