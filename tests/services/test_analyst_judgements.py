"""An analyst's own weight judgements (SetAnalystElicitation) and the history of analysts' edits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from counterweight.domain import Criterion, Decision, NumericScale, Score
from counterweight.domain.elicitation import (
    Elicitation,
    PairwiseJudgement,
    WeightMethod,
)
from counterweight.domain.errors import InvalidInputError
from counterweight.services.analyst_edits import (
    SetAnalystElicitation,
    SetAnalystScore,
    SetAnalystWeight,
    UpdateAnalyst,
    analyst_target,
    strip_analyst_mark,
    target_analyst_id,
)
from counterweight.services.edits import SetScore
from counterweight.services.group import analyst_view, group_view
from counterweight.services.history import (
    SHARED_INPUTS,
    AuditEntry,
    RestoreValue,
    entry_analyst,
    filter_entries,
    restorable,
    verify_audit,
)
from counterweight.services.session import ProjectSession

from tests.factories import small_decision

#: The three criteria under "Benefits" in :func:`three_benefits`, in tree order.
KIDS = ("effect", "cost", "speed")


def three_benefits() -> Decision:
    """small_decision with a third criterion under Benefits and two analysts, Ann and Ben, with no inputs."""
    data = small_decision().model_dump()
    data["criteria"].append(Criterion(id="speed", name="Speed", parent_id="benefits",
                                      scale=NumericScale(lower=0, upper=10), weight=1).model_dump())
    data["scores"] += [Score(option_id=o, criterion_id="speed", value=v).model_dump()
                       for o, v in (("a", 3), ("b", 5), ("c", 8))]
    data["analysts"] = [{"id": "ann", "name": "Ann"}, {"id": "ben", "name": "Ben"}]
    return Decision.model_validate(data)


def ahp(node: str | None, values: dict[tuple[str, str], float], by: str = "") -> Elicitation:
    return Elicitation(node_id=node, method=WeightMethod.AHP, elicited_by=by,
                       pairwise=[PairwiseJudgement(first=a, second=b, value=v) for (a, b), v in values.items()])


#: Two inconsistent judgement sets whose element-wise geometric mean is consistent:
#: sqrt(2*8) = 4, sqrt(4*4) = 4, sqrt(4 * 1/4) = 1, i.e. effect : cost : speed = 4 : 1 : 1.
ANN_AHP = {("effect", "cost"): 2.0, ("effect", "speed"): 4.0, ("cost", "speed"): 4.0}
BEN_AHP = {("effect", "cost"): 8.0, ("effect", "speed"): 4.0, ("cost", "speed"): 0.25}


@pytest.fixture
def session(tmp_path: Path):
    s = ProjectSession.create(tmp_path / "judgements.counterweight", three_benefits())
    yield s
    s.close()


def _input(decision: Decision, analyst_id: str):
    return next((i for i in decision.analyst_inputs if i.analyst_id == analyst_id), None)


def test_own_judgements_set_the_view_and_undo_restores(session: ProjectSession) -> None:
    before = session.decision
    inverse = session.apply(SetAnalystElicitation("ann", "benefits", ahp("benefits", ANN_AHP)))
    ann = _input(session.decision, "ann")
    assert ann is not None and ann.elicitation("benefits").pairwise[0].value == 2.0
    assert session.decision.elicitation("benefits") is None  # the shared judgements are untouched
    assert [c.weight for c in session.decision.children("benefits")] == [3, 1, 1]
    view = analyst_view(session.decision, "ann")
    assert view.elicitation("benefits").method is WeightMethod.AHP
    assert _input(session.decision, "ben") is None
    session.apply(inverse)
    assert session.decision == before


def test_aij_group_view_is_the_geometric_mean_of_the_two_matrices(session: ProjectSession) -> None:
    session.apply(SetAnalystElicitation("ann", "benefits", ahp("benefits", ANN_AHP)))
    session.apply(SetAnalystElicitation("ben", "benefits", ahp("benefits", BEN_AHP)))
    group = group_view(session.decision)  # default GroupSettings: AIJ
    judged = {(j.first, j.second): j.value for j in group.elicitation("benefits").pairwise}
    assert judged[("effect", "cost")] == pytest.approx(4.0)
    assert judged[("effect", "speed")] == pytest.approx(4.0)
    assert judged[("cost", "speed")] == pytest.approx(1.0)
    # a consistent matrix with ratios 4 : 1 : 1 has the priority vector (4, 1, 1) / 6 (Saaty 1980)
    points = {c.id: c.weight for c in group.children("benefits")}
    assert points == pytest.approx({"effect": 400 / 6, "cost": 100 / 6, "speed": 100 / 6})


def test_direct_points_are_set_with_the_judgements_in_one_step(session: ProjectSession) -> None:
    direct = Elicitation(node_id="benefits", method=WeightMethod.DIRECT)
    points = {"effect": 1.0, "cost": 1.0, "speed": 2.0}
    inverse = session.apply(SetAnalystElicitation("ben", "benefits", direct, points))
    ben = _input(session.decision, "ben")
    assert ben.weights == {"effect": 1.0, "cost": 1.0, "speed": 2.0}
    assert ben.elicitation("benefits").method is WeightMethod.DIRECT
    session.apply(inverse)
    assert _input(session.decision, "ben") is None


def test_judgements_that_do_not_fit_are_refused_and_nothing_changes(session: ProjectSession) -> None:
    before = session.decision
    ranks = Elicitation(node_id="benefits", method=WeightMethod.ROC, ranks={"effect": 1})  # cost, speed missing
    with pytest.raises(InvalidInputError, match="importance ranks"):
        session.apply(SetAnalystElicitation("ann", "benefits", ranks))
    with pytest.raises(InvalidInputError):
        session.apply(SetAnalystElicitation("zoe", "benefits", ahp("benefits", ANN_AHP)))
    assert session.decision == before


def test_analyst_edits_mark_their_target_and_the_chain_still_verifies(session: ProjectSession) -> None:
    session.apply(SetAnalystScore("ben", "a", "effect", Score(option_id="a", criterion_id="effect", value=7.0)))
    session.apply(SetAnalystWeight("ann", "cost", 4.0))
    session.apply(SetAnalystElicitation("ben", "benefits", ahp("benefits", BEN_AHP)))
    targets = [e.target for e in session.audit_log(3)]
    assert targets == ["judgements under Benefits by Ben [analyst ben]", "weight Cost by Ann [analyst ann]",
                       "score Alpha × Effect by Ben [analyst ben]"]
    assert [target_analyst_id(t) for t in targets] == ["ben", "ann", "ben"]
    assert strip_analyst_mark(targets[1]) == "weight Cost by Ann"
    assert target_analyst_id("score Alpha × Effect") is None
    assert verify_audit(session).ok


def _entry(target: str, old: object = None, new: object = None) -> AuditEntry:
    return AuditEntry(id=1, at=dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc), user="u", action="Edit",
                      target=target, old=old, new=new)


def test_entries_are_attributed_by_marker_payload_or_old_style_name() -> None:
    analysts = three_benefits().analysts
    assert entry_analyst(_entry(analyst_target("weight Cost by Ann", "ann"))) == "ann"
    # written before targets carried the id: "by <name>" of a current analyst, or the analyst's own record
    assert entry_analyst(_entry("score Alpha × Effect by Ben"), analysts) == "ben"
    assert entry_analyst(_entry("analyst Ben", new={"id": "ben", "name": "Ben"})) == "ben"
    assert entry_analyst(_entry("packet from Ben", new={"analyst_id": "ben", "input": {}})) == "ben"
    assert entry_analyst(_entry("score Alpha × Effect"), analysts) is None
    entries = [_entry("score Alpha × Effect by Ben"), _entry("weight Cost"), _entry(analyst_target("x", "ann"))]
    assert filter_entries(entries, analyst_id="ben", analysts=analysts) == entries[:1]
    assert filter_entries(entries, analyst_id=SHARED_INPUTS, analysts=analysts) == entries[1:2]


def test_history_follows_an_analyst_through_a_rename(session: ProjectSession) -> None:
    session.apply(SetAnalystWeight("ben", "cost", 2.0))
    session.apply(SetScore("a", "cost", session.decision.score("a", "cost").model_copy(update={"value": 5.0})))
    session.apply(UpdateAnalyst(session.decision.analysts[1].model_copy(update={"name": "Benjamin"})))
    log = session.audit_log()  # newest first: rename, shared score, Ben's weight, creation
    mine = filter_entries(log, analyst_id="ben", analysts=session.decision.analysts)
    assert [e.id for e in mine] == [log[0].id, log[2].id]
    shared = filter_entries(log, analyst_id=SHARED_INPUTS, analysts=session.decision.analysts)
    assert [e.id for e in shared] == [log[1].id, log[3].id]


def test_restoring_an_analysts_entry_changes_that_analyst_only(session: ProjectSession) -> None:
    first = Score(option_id="a", criterion_id="effect", value=7.0)
    session.apply(SetAnalystScore("ben", "a", "effect", first))
    session.apply(SetAnalystScore("ben", "a", "effect", Score(option_id="a", criterion_id="effect", value=8.0)))
    session.apply(SetAnalystWeight("ann", "cost", 4.0))
    log = session.audit_log()
    weight_entry, second_entry = log[0], log[1]
    assert restorable(second_entry) and restorable(weight_entry)
    shared_before = session.decision.scores
    session.apply(RestoreValue(second_entry))
    assert _input(session.decision, "ben").score("a", "effect").value == 7.0
    assert session.decision.scores == shared_before  # the shared matrix did not move
    session.apply(RestoreValue(weight_entry))  # Ann had no own weight before: back to the shared one
    assert _input(session.decision, "ann") is None
    with pytest.raises(InvalidInputError, match="already"):
        session.apply(RestoreValue(second_entry))


def test_undoing_a_rename_in_an_older_project_that_repeats_an_analyst_name_is_not_refused() -> None:
    """Before names had to differ a project could hold "Ann" and "ann"; renaming one and then
    undoing must put the old name back, not stop at the rule for new names."""
    from counterweight.domain.analysts import Analyst
    from counterweight.services.analyst_edits import UpdateAnalyst
    from tests.factories import small_decision

    base = small_decision()
    twins = base.model_validate({**dict(base), "analysts": [Analyst(id="a1", name="Ann"), Analyst(id="a2", name="ann")]})
    done = UpdateAnalyst(Analyst(id="a2", name="Bob")).apply(twins)
    undone = done.inverse.apply(done.decision)
    assert [a.name for a in undone.decision.analysts] == ["Ann", "ann"]
    assert [a.name for a in undone.inverse.apply(undone.decision).decision.analysts] == ["Ann", "Bob"]
