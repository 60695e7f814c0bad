"""Red-line edits: add, update, remove; inverses restore the decision; bad input is refused.

Expected breaches are read off tests.factories.small_decision by hand: harm levels
are Alpha Low (100), Bravo High (30), Charlie Moderate (60); costs are 2, 10 and 8 $bn
(lower is better).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from counterweight.domain import InvalidInputError, RedLine, RedLineAction
from counterweight.engine import evaluate
from counterweight.services.changes import Part
from counterweight.services.red_lines import AddRedLine, RemoveRedLine, UpdateRedLine
from counterweight.services.session import ProjectSession
from tests.factories import small_decision

HARM = RedLine(id="rl-harm", criterion_id="harm", level="Moderate", action=RedLineAction.EXCLUDE,
               note="Civilian harm must not be worse than moderate")
COST = RedLine(id="rl-cost", criterion_id="cost", limit=9.0, note="Treasury ceiling")


def test_add_red_line_then_inverse_removes_it():
    d0 = small_decision()
    applied = AddRedLine(HARM).apply(d0)
    d1 = applied.decision
    assert d1.red_lines == [HARM]
    assert applied.changes.parts == frozenset({Part.METHOD})
    assert applied.before is None and applied.after["level"] == "Moderate"
    ev = evaluate(d1)
    assert ev.excluded_option_ids == ("b",)  # only Bravo (High) is worse than Moderate
    assert not ev.is_ranked("b")
    back = applied.inverse.apply(d1).decision
    assert back.red_lines == []
    assert back == d0


def test_add_at_index_and_remove_restores_position():
    d = AddRedLine(COST).apply(small_decision()).decision
    d = AddRedLine(HARM, index=0).apply(d).decision
    assert [r.id for r in d.red_lines] == ["rl-harm", "rl-cost"]
    removed = RemoveRedLine("rl-harm").apply(d)
    assert [r.id for r in removed.decision.red_lines] == ["rl-cost"]
    restored = removed.inverse.apply(removed.decision).decision
    assert [r.id for r in restored.red_lines] == ["rl-harm", "rl-cost"]


def test_update_red_line_and_its_inverse():
    d = AddRedLine(COST).apply(small_decision()).decision
    flagged = evaluate(d)
    assert {b.option_id for b in flagged.red_line_breaches} == {"b"}  # 10 > 9; Charlie's 8 is within
    assert flagged.excluded_option_ids == ()
    stricter = COST.model_copy(update={"limit": 5.0, "action": RedLineAction.EXCLUDE})
    applied = UpdateRedLine(stricter).apply(d)
    ev = evaluate(applied.decision)
    assert set(ev.excluded_option_ids) == {"b", "c"}  # 10 and 8 both exceed 5
    assert applied.before["limit"] == 9.0 and applied.after["limit"] == 5.0
    assert applied.inverse.apply(applied.decision).decision.red_lines == [COST]


@pytest.mark.parametrize("edit, words", [
    (AddRedLine(RedLine(id="x", criterion_id="nope", limit=1)), "no longer exists"),
    (AddRedLine(RedLine(id="x", criterion_id="risks", limit=1)), "group"),
    (AddRedLine(RedLine(id="x", criterion_id="harm", level="Catastrophic")), "Civilian harm"),
    (AddRedLine(RedLine(id="x", criterion_id="cost", level="High")), "Cost"),
    (UpdateRedLine(RedLine(id="missing", criterion_id="cost", limit=1)), "no longer exists"),
    (RemoveRedLine("missing"), "no longer exists"),
])
def test_bad_red_lines_are_refused_with_a_clear_message(edit, words):
    with pytest.raises(InvalidInputError, match=words):
        edit.apply(small_decision())


def test_duplicate_id_is_refused():
    d = AddRedLine(COST).apply(small_decision()).decision
    with pytest.raises(InvalidInputError, match="already exists"):
        AddRedLine(COST).apply(d)


def test_session_persists_and_audits_red_line_edits(tmp_path: Path):
    path = tmp_path / "rl.counterweight"
    with ProjectSession.create(path, small_decision()) as session:
        inverse = session.apply(AddRedLine(HARM))
        assert session.evaluation.excluded_option_ids == ("b",)
        assert session.audit_log()[0].action == "Add red line"
    with ProjectSession.open(path) as session:
        assert session.decision.red_lines == [HARM]
        session.apply(inverse)
        assert session.decision.red_lines == []
        assert session.evaluation.excluded_option_ids == ()


def test_red_lines_and_breaches_in_plain_words():
    from counterweight.services.red_lines import describe_breach, describe_red_line

    effect = RedLine(id="rl-effect", criterion_id="effect", limit=3, action=RedLineAction.EXCLUDE)
    d = small_decision()
    for line in (HARM, COST, effect):
        d = AddRedLine(line).apply(d).decision
    assert describe_red_line(d, HARM) == "Civilian harm must not be worse than Moderate"
    assert describe_red_line(d, COST) == "Cost must not exceed 9 $bn"  # lower is better
    assert describe_red_line(d, effect) == "Effect must not fall below 3 points"
    lines = sorted(describe_breach(d, b) for b in evaluate(d).red_line_breaches)
    assert lines == [
        "Alpha breaches 'Effect must not fall below 3 points' (2 points) — excluded",
        "Bravo breaches 'Civilian harm must not be worse than Moderate' (High) — excluded",
        "Bravo breaches 'Cost must not exceed 9 $bn' (10 $bn) — flagged",
    ]
