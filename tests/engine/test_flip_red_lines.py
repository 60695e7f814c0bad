"""The red lines breached by the option a change puts first (QA 21, item 5).

The small decision (tests/factories.py) with a red line at 'Moderate' on Civilian harm,
action *flag*: Bravo is rated 'High' (value 30, worse than Moderate's 60), so it
breaches. Totals by hand with global weights harm 0.5, effect 0.375, cost 0.125:
Alpha 0.6875, Charlie 0.6, Bravo 0.55. Raising Bravo's harm to 'Moderate' adds
0.5 x 0.3 = 0.15, so Bravo comes first (0.70) and, rated 'Moderate', no longer
breaches; lowering the weight of Risks to 17/45 puts Bravo first with its scores as
they are, still breaching. Every claim is checked again on the changed decision with
the ranking's own evaluation (``evaluate(...).red_line_breaches``).
"""

from __future__ import annotations

import pytest

from counterweight.domain import Decision
from counterweight.domain.methods import RedLine, RedLineAction
from counterweight.engine.evaluate import evaluate
from counterweight.engine.flip import flip_distances
from counterweight.engine.flip_red_lines import breached_criteria, breaches_after, new_top_breaches
from counterweight.engine.sensitivity import weight_sensitivity
from tests.factories import small_decision


def _flagged(extra: list[RedLine] | None = None) -> Decision:
    data = small_decision().model_dump()
    lines = [RedLine(id="harm-line", criterion_id="harm", level="Moderate", action=RedLineAction.FLAG)]
    data["red_lines"] = [line.model_dump() for line in lines + (extra or [])]
    return Decision.model_validate(data)


def _rescored(decision: Decision, option_id: str, criterion_id: str, level: str) -> Decision:
    data = decision.model_dump()
    for s in data["scores"]:
        if s["option_id"] == option_id and s["criterion_id"] == criterion_id:
            s["level"] = level
    return Decision.model_validate(data)


def _breaching(decision: Decision, option_id: str) -> set[str]:
    return {b.criterion_id for b in evaluate(decision).red_line_breaches if b.option_id == option_id}


def test_breaches_as_scored_and_after_a_score_change() -> None:
    d = _flagged()
    assert [b.criterion_name for b in breaches_after(d, "b")] == ["Civilian harm"]
    assert breaches_after(d, "a") == () and breaches_after(d, "c") == ()
    assert breaches_after(d, "b", "harm", "Moderate") == ()  # the limit itself is no breach
    assert [b.value_level for b in breaches_after(d, "b", "harm", "Severe")] == ["Severe"]
    assert breaches_after(d, "a", "harm", "High")[0].option_id == "a"
    for level in ("Severe", "High", "Moderate", "Low"):  # the same verdict as the ranking's own check
        assert bool(breaches_after(d, "b", "harm", level)) == ("harm" in _breaching(_rescored(d, "b", "harm", level), "b"))
    assert breaches_after(small_decision(), "b") == ()  # no red line, no breach
    assert breaches_after(d, None) == () and breaches_after(d, "nobody") == ()


def test_a_numeric_red_line_is_checked_with_the_changed_value() -> None:
    d = _flagged([RedLine(id="cost-line", criterion_id="cost", limit=9.0, action=RedLineAction.FLAG)])
    # cost is lower-is-better: Bravo's 10 is above the limit of 9
    assert breached_criteria(breaches_after(d, "b")) == ("Civilian harm", "Cost")
    assert breached_criteria(breaches_after(d, "b", "cost", 8.0)) == ("Civilian harm",)
    assert breached_criteria(breaches_after(d, "c", "cost", 9.5)) == ("Cost",)


def test_the_option_a_change_puts_first_is_checked_after_that_change() -> None:
    d = _flagged()
    sens = weight_sensitivity(d)
    flips = flip_distances(d, sensitivity=sens)
    assert flips.top_id == "a"
    risks = next(i for i in flips.items if i.kind == "weight" and i.criterion_id == "risks")
    assert risks.new_top_id == "b" and risks.target == pytest.approx(17 / 45)
    assert breached_criteria(new_top_breaches(d, risks)) == ("Civilian harm",)  # a weight leaves Bravo 'High'
    harm = next(i for i in flips.items if i.kind == "score" and (i.option_id, i.criterion_id) == ("b", "harm"))
    assert (harm.current, harm.target, harm.new_top_id) == ("High", "Moderate", "b")
    assert harm.fraction == pytest.approx(0.30)
    assert new_top_breaches(d, harm) == ()  # rated 'Moderate' it no longer breaches
    after = _rescored(d, "b", "harm", "Moderate")
    ev = evaluate(after)
    assert ev.option_ids[int(ev.order[0])] == "b" and _breaching(after, "b") == set()
    # Alpha falling behind: Charlie comes first, and Charlie breaches nothing
    alpha = next(i for i in flips.items if i.kind == "score" and (i.option_id, i.criterion_id) == ("a", "harm"))
    assert alpha.new_top_id == "c" and new_top_breaches(d, alpha) == ()
    assert all(new_top_breaches(d, i) == () for i in flips.items if i.fraction is None)
