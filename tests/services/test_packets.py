"""Offline elicitation packets: export, fill in on another copy, return, check and merge.

Every test works on two separate project files (the issuing project and the
analyst's working copy, in different folders), as on two air-gapped workstations.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from counterweight.domain import ExchangeFormatError
from counterweight.domain.analysts import Analyst
from counterweight.domain.elicitation import (
    Elicitation,
    PairwiseJudgement,
    WeightMethod,
)
from counterweight.services import packets
from counterweight.services.analyst_edits import (
    AddAnalyst,
    RemoveAnalyst,
    SetAnalystScore,
    SetAnalystWeight,
)
from counterweight.services.changes import ChangeSet
from counterweight.services.edits import Restore, SetScore, SetWeight
from counterweight.services.option_edits import RemoveOption
from counterweight.services.history import verify_audit
from counterweight.services.packet_format import request_digest, response_digest
from counterweight.services.packet_merge import import_packet, plan_import
from counterweight.services.session import ProjectSession
from counterweight.services.workspace import create_example_project

KIM = Analyst(id="kim", name="Kim Lee", role="MoD desk")


@pytest.fixture
def hub(tmp_path: Path) -> ProjectSession:
    """The issuing project: the example decision with one named analyst."""
    folder = tmp_path / "hub"
    folder.mkdir()
    session = ProjectSession.open(create_example_project(folder / "hub.counterweight"))
    session.apply(AddAnalyst(KIM))
    yield session
    session.close()


def _numeric_score(decision, n: int = 0):
    """A shared score with a number, without its rationale and evidence: an analyst's own score built
    from it carries none of the shared reasoning (QA pass 19: SetAnalystScore leaves a copy of it out)."""
    s = [s for s in decision.scores if s.value is not None][n]
    return s.model_copy(update={"rationale": "", "evidence": []})


def _export(hub: ProjectSession, tmp_path: Path) -> Path:
    out, _ = packets.export_packet(hub, "kim lee", tmp_path / "outbox" / "kim")
    return out


def _fill_in(packet: Path, tmp_path: Path, edit) -> Path:
    """The analyst's workstation: open the packet as a working copy, edit, return it."""
    work_dir = tmp_path / "analyst"
    work_dir.mkdir(exist_ok=True)
    with packets.open_packet(packet, work_dir / "work.counterweight") as work:
        edit(work)
        summary = packets.return_packet(work, tmp_path / "inbox" / "kim-answered", note="done")
    return summary.path


def _state(session: ProjectSession) -> tuple:
    log = session.audit_log()
    return session.decision, len(log), log[0].hash


@pytest.fixture(autouse=True)
def _folders(tmp_path: Path) -> None:
    (tmp_path / "outbox").mkdir()
    (tmp_path / "inbox").mkdir()


def test_round_trip_takes_the_analysts_own_values(hub: ProjectSession, tmp_path: Path) -> None:
    packet = _export(hub, tmp_path)
    assert packet.suffix == ".cwpacket"
    s = _numeric_score(hub.decision)
    new = s.model_copy(update={"value": s.high, "rationale": "Kim: higher, after the March visit"})
    leaf = hub.decision.leaves[1].id
    top = [c.id for c in hub.decision.children(None)]
    ahp = Elicitation(node_id=None, method=WeightMethod.AHP, elicited_by="Kim Lee",
                      pairwise=[PairwiseJudgement(first=top[0], second=top[1], value=3.0)])

    def edit(work: ProjectSession) -> None:
        assert [a.id for a in work.decision.analysts] == ["kim"]  # nobody else's judgements travel
        work.apply(SetAnalystScore("kim", s.option_id, s.criterion_id, new))
        work.apply(SetAnalystWeight("kim", leaf, 42.0))
        (item,) = work.decision.analyst_inputs
        work.apply(Restore({"analyst_inputs": [item.model_copy(update={"elicitations": [ahp]})]},
                           ChangeSet.everything("judgements")))

    answered = _fill_in(packet, tmp_path, edit)
    shared_before = hub.decision.scores
    plan = plan_import(hub, answered)
    assert {(i.kind, i.status) for i in plan.items} == {("score", "take"), ("weight", "take"),
                                                         ("judgements", "take")}
    import_packet(hub, answered)
    mine = next(i for i in hub.decision.analyst_inputs if i.analyst_id == "kim")
    assert mine.score(s.option_id, s.criterion_id) == new
    assert mine.weights == {leaf: 42.0}
    assert mine.elicitation(None) == ahp
    assert hub.decision.scores == shared_before  # shared inputs untouched
    entry = hub.audit_log()[0]
    assert entry.action == packets.IMPORT_ACTION and entry.new["packet_id"] == plan.packet.request.packet_id
    assert verify_audit(hub).ok


def test_conflict_is_shown_and_never_silently_overwritten(hub: ProjectSession, tmp_path: Path) -> None:
    s = _numeric_score(hub.decision)
    packet = _export(hub, tmp_path)
    theirs = s.model_copy(update={"value": s.high})
    answered = _fill_in(packet, tmp_path, lambda w: w.apply(SetAnalystScore("kim", *s.key, theirs)))
    mine = s.model_copy(update={"value": s.low})
    hub.apply(SetAnalystScore("kim", *s.key, mine))  # changed at home too, after the export
    before = _state(hub)
    plan = plan_import(hub, answered)
    assert [(c.kind, c.status, c.mine, c.theirs) for c in plan.conflicts] == [("score", "conflict", mine, theirs)]
    with pytest.raises(ExchangeFormatError, match="1 value.*changed both"):
        import_packet(hub, answered)
    assert _state(hub) == before  # nothing changed, not even the history
    import_packet(hub, answered, prefer="project")
    kim = next(i for i in hub.decision.analyst_inputs if i.analyst_id == "kim")
    assert kim.score(*s.key) == mine
    assert hub.audit_log()[0].new["conflicts_kept"] == 1


def test_prefer_packet_takes_the_analysts_value_and_undo_allows_reimport(hub, tmp_path: Path) -> None:
    s = _numeric_score(hub.decision)
    packet = _export(hub, tmp_path)
    theirs = s.model_copy(update={"value": s.high})
    answered = _fill_in(packet, tmp_path, lambda w: w.apply(SetAnalystScore("kim", *s.key, theirs)))
    hub.apply(SetAnalystScore("kim", *s.key, s.model_copy(update={"value": s.low})))
    plan = plan_import(hub, answered)
    from counterweight.services.packet_merge import import_edit

    undo = hub.apply(import_edit(hub, plan, prefer="packet"))
    assert next(i for i in hub.decision.analyst_inputs if i.analyst_id == "kim").score(*s.key) == theirs
    with pytest.raises(ExchangeFormatError, match="already imported"):
        plan_import(hub, answered)
    hub.apply(undo)
    assert next(i for i in hub.decision.analyst_inputs if i.analyst_id == "kim").score(*s.key) != theirs
    assert plan_import(hub, answered).conflicts  # importable again once undone


def test_unchanged_values_leave_home_edits_alone(hub: ProjectSession, tmp_path: Path) -> None:
    s0, s1 = _numeric_score(hub.decision, 0), _numeric_score(hub.decision, 1)
    packet = _export(hub, tmp_path)
    answered = _fill_in(packet, tmp_path,
                        lambda w: w.apply(SetAnalystScore("kim", *s1.key, s1.model_copy(update={"value": s1.high}))))
    home = s0.model_copy(update={"value": s0.low})
    hub.apply(SetAnalystScore("kim", *s0.key, home))  # only changed at home: not part of the merge
    import_packet(hub, answered)
    kim = next(i for i in hub.decision.analyst_inputs if i.analyst_id == "kim")
    assert kim.score(*s0.key) == home and kim.score(*s1.key).value == s1.high


def test_values_for_deleted_elements_are_skipped_with_a_reason(hub: ProjectSession, tmp_path: Path) -> None:
    s = _numeric_score(hub.decision)
    packet = _export(hub, tmp_path)
    answered = _fill_in(packet, tmp_path,
                        lambda w: w.apply(SetAnalystScore("kim", *s.key, s.model_copy(update={"value": s.high}))))
    hub.apply(RemoveOption(s.option_id))
    plan = plan_import(hub, answered)
    assert [(i.status, i.reason) for i in plan.items] == [
        ("skipped", "the option was deleted after the packet was exported")]
    import_packet(hub, answered)
    assert not any(i.analyst_id == "kim" and i.scores for i in hub.decision.analyst_inputs)


def test_a_removed_analyst_is_added_back(hub: ProjectSession, tmp_path: Path) -> None:
    s = _numeric_score(hub.decision)
    packet = _export(hub, tmp_path)
    answered = _fill_in(packet, tmp_path,
                        lambda w: w.apply(SetAnalystScore("kim", *s.key, s.model_copy(update={"value": s.high}))))
    hub.apply(RemoveAnalyst("kim"))
    plan = plan_import(hub, answered)
    assert plan.readd_analyst
    import_packet(hub, answered)
    assert [a.name for a in hub.decision.analysts] == ["Kim Lee"]


def test_packet_from_another_project_is_refused(hub: ProjectSession, tmp_path: Path) -> None:
    packet = _export(hub, tmp_path)
    answered = _fill_in(packet, tmp_path, lambda w: None)
    other_dir = tmp_path / "other"
    other_dir.mkdir()
    with ProjectSession.open(create_example_project(other_dir / "other.counterweight")) as other:
        other.apply(AddAnalyst(KIM))  # same example, same analyst id: still not the issuer
        before = _state(other)
        with pytest.raises(ExchangeFormatError, match="not issued by this project"):
            plan_import(other, answered)
        assert _state(other) == before


def _rewrite(path: Path, change) -> Path:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    out = path.with_name("tampered.cwpacket")
    out.write_text(json.dumps(data), encoding="utf-8")
    return out


def test_tampered_answers_are_refused(hub: ProjectSession, tmp_path: Path) -> None:
    s = _numeric_score(hub.decision)
    packet = _export(hub, tmp_path)
    answered = _fill_in(packet, tmp_path,
                        lambda w: w.apply(SetAnalystScore("kim", *s.key, s.model_copy(update={"value": s.high}))))

    def edit_value(d: dict) -> None:
        d["response"]["input"]["scores"][0]["value"] = s.low

    before = _state(hub)
    with pytest.raises(ExchangeFormatError, match="answers were altered"):
        plan_import(hub, _rewrite(answered, edit_value))
    assert _state(hub) == before


def test_altered_request_is_refused_even_with_recomputed_hashes(hub: ProjectSession, tmp_path: Path) -> None:
    packet = _export(hub, tmp_path)
    answered = _fill_in(packet, tmp_path, lambda w: None)

    def edit_without_rehash(d: dict) -> None:
        d["request"]["analyst"]["name"] = "Someone else"

    with pytest.raises(ExchangeFormatError, match="request part was altered"):
        plan_import(hub, _rewrite(answered, edit_without_rehash))

    def forge(d: dict) -> None:  # a careful forger recomputes both hashes
        d["request"]["base"]["weights"] = {hub.decision.leaves[0].id: 99.0}
        d["request_hash"] = request_digest(d["request"])
        d["response_hash"] = response_digest(d["request_hash"], d["response"])

    with pytest.raises(ExchangeFormatError, match="does not match the one this project exported"):
        plan_import(hub, _rewrite(answered, forge))


def test_unanswered_or_foreign_files_give_clear_errors(hub: ProjectSession, tmp_path: Path) -> None:
    packet = _export(hub, tmp_path)
    with pytest.raises(ExchangeFormatError, match="not been filled in"):
        plan_import(hub, packet)
    junk = tmp_path / "junk.cwpacket"
    junk.write_text("{not json", encoding="utf-8")
    with pytest.raises(ExchangeFormatError, match="junk.cwpacket.*not valid JSON.*line 1"):
        plan_import(hub, junk)
    huge = tmp_path / "huge.cwpacket"
    huge.write_text(packet.read_text(encoding="utf-8").replace('"format_version":', '"format_version": 1' + "0" * 5000
                                                                + ', "x":', 1), encoding="utf-8")
    with pytest.raises(ExchangeFormatError, match="“huge.cwpacket” holds a number too long"):
        plan_import(hub, huge)
    decision_file = tmp_path / "decision.cwpacket"
    decision_file.write_text(json.dumps({"format": "counterweight-decision"}), encoding="utf-8")
    with pytest.raises(ExchangeFormatError, match="not a Counterweight elicitation packet"):
        plan_import(hub, decision_file)
    newer = _rewrite(packet, lambda d: d.update(format_version=9))
    with pytest.raises(ExchangeFormatError, match="newer version"):
        plan_import(hub, newer)
    answered = _fill_in(packet, tmp_path, lambda w: None)
    with pytest.raises(ExchangeFormatError, match="already been filled in"):
        packets.open_packet(answered, tmp_path / "again.counterweight")


def test_export_is_recorded_and_read_only_projects_refuse(hub: ProjectSession, tmp_path: Path) -> None:
    out, _req = packets.export_packet(hub, "kim", tmp_path / "outbox" / "k.cwpacket")
    entry = hub.audit_log()[0]
    assert entry.action == packets.EXPORT_ACTION
    assert entry.new["request_hash"] == json.loads(out.read_text(encoding="utf-8"))["request_hash"]
    copy = tmp_path / "copy.counterweight"
    hub.close()
    shutil.copy(Path(hub.path), copy)
    with ProjectSession.open(copy, read_only=True) as ro:
        with pytest.raises(Exception, match="read-only"):
            packets.export_packet(ro, "kim", tmp_path / "outbox" / "ro")
    assert not (tmp_path / "outbox" / "ro.cwpacket").exists()


def test_returning_an_ordinary_project_is_refused(hub: ProjectSession, tmp_path: Path) -> None:
    with pytest.raises(Exception, match="was not made from an elicitation packet"):
        packets.return_packet(hub, tmp_path / "x")


def test_shared_edits_in_the_working_copy_are_counted_not_returned(hub: ProjectSession, tmp_path: Path) -> None:
    s = _numeric_score(hub.decision)
    packet = _export(hub, tmp_path)
    with packets.open_packet(packet, tmp_path / "w.counterweight") as work:
        work.apply(SetScore(*s.key, s.model_copy(update={"value": s.high})))
        work.apply(SetWeight(hub.decision.leaves[0].id, 77.0))
        summary = packets.return_packet(work, tmp_path / "back")
    assert summary.shared_changes == 1 and summary.scores == 0
    assert plan_import(hub, summary.path).items == []


# ------------------------------------------------------------------ QA round 6: nothing returned is dropped


def _kim(session: ProjectSession):
    from counterweight.services.analyst_edits import input_of

    return input_of(session.decision, "kim")


def _returned(path: Path):
    from counterweight.services.packet_format import read_packet

    return read_packet(path).response.input


def test_a_removed_analyst_comes_back_with_every_value_they_returned(hub: ProjectSession, tmp_path: Path) -> None:
    s0, s1 = _numeric_score(hub.decision, 0), _numeric_score(hub.decision, 1)
    leaf = hub.decision.leaves[0].id
    hub.apply(SetAnalystScore("kim", *s0.key, s0.model_copy(update={"value": s0.low})))
    hub.apply(SetAnalystWeight("kim", leaf, 5.0))  # Kim's own values at export, which she leaves alone
    packet = _export(hub, tmp_path)
    answered = _fill_in(packet, tmp_path,
                        lambda w: w.apply(SetAnalystScore("kim", *s1.key, s1.model_copy(update={"value": s1.high}))))
    hub.apply(RemoveAnalyst("kim"))
    plan = plan_import(hub, answered)
    assert plan.readd_analyst
    listed = {(i.kind, i.key): i.status for i in plan.items}
    assert listed == {("score", s0.key): "take", ("score", s1.key): "take", ("weight", (leaf,)): "take"}
    assert not plan.conflicts
    import_packet(hub, answered, prefer="project")  # even keeping the project's side loses nothing of hers
    assert _kim(hub) == _returned(answered)  # her view is exactly what she returned


def test_a_value_only_the_project_cleared_is_listed_as_kept(hub: ProjectSession, tmp_path: Path) -> None:
    s0, s1 = _numeric_score(hub.decision, 0), _numeric_score(hub.decision, 1)
    own = s0.model_copy(update={"value": s0.low})
    hub.apply(SetAnalystScore("kim", *s0.key, own))
    packet = _export(hub, tmp_path)
    answered = _fill_in(packet, tmp_path,
                        lambda w: w.apply(SetAnalystScore("kim", *s1.key, s1.model_copy(update={"value": s1.high}))))
    hub.apply(SetAnalystScore("kim", *s0.key, None))  # cleared at home after the export; Kim returned it as sent
    plan = plan_import(hub, answered)
    kept = [i for i in plan.items if i.key == s0.key]
    assert [(i.status, i.base, i.mine, i.theirs) for i in kept] == [("kept", own, None, own)]
    assert "only in this project" in kept[0].reason
    import_packet(hub, answered)
    assert _kim(hub).score(*s0.key) is None  # shown, and the project's later clearing stands
    assert hub.audit_log()[0].new["kept"] == 1


def _import_then_reopen(hub: ProjectSession, answered: Path, prefer: str) -> ProjectSession:
    """Import, then close and reopen the project: the window's undo list is gone (as after the CLI)."""
    import_packet(hub, answered, prefer=prefer)
    path = hub.path
    hub.close()
    return ProjectSession.open(path)


def test_an_import_can_be_taken_back_in_a_later_session_and_imported_again(hub, tmp_path: Path) -> None:
    from counterweight.services.packet_merge import AlreadyImportedError
    from counterweight.services.packet_undo import plan_take_back, take_back_import

    s0, s1 = _numeric_score(hub.decision, 0), _numeric_score(hub.decision, 1)
    packet = _export(hub, tmp_path)
    theirs0 = s0.model_copy(update={"value": s0.high})
    theirs1 = s1.model_copy(update={"value": s1.high})

    def edit(w: ProjectSession) -> None:
        w.apply(SetAnalystScore("kim", *s0.key, theirs0))
        w.apply(SetAnalystScore("kim", *s1.key, theirs1))

    answered = _fill_in(packet, tmp_path, edit)
    home = s0.model_copy(update={"value": s0.low})
    hub.apply(SetAnalystScore("kim", *s0.key, home))  # a conflict on s0
    before_import = _kim(hub)
    session = _import_then_reopen(hub, answered, "packet")  # the wrong side, by mistake
    try:
        assert _kim(session).score(*s0.key) == theirs0
        with pytest.raises(AlreadyImportedError, match=r"history entry #\d+.*take that import back") as caught:
            plan_import(session, answered)
        n_before, state = len(session.audit_log()), session.decision
        assert len(plan_take_back(session, answered).restored) == 2  # both cells the import set
        assert (len(session.audit_log()), session.decision) == (n_before, state)  # planning changed nothing
        back = take_back_import(session, answered)
        assert back.entry.id == caught.value.entry.id and back.left == []
        assert _kim(session) == before_import  # every value the import set is back as it was
        log = session.audit_log()
        assert len(log) == n_before + 1 and log[0].action == packets.UNDO_IMPORT_ACTION  # a new entry, none rewritten
        assert log[0].new["takes_back_entry"] == back.entry.id
        assert verify_audit(session).ok
        import_packet(session, answered, prefer="project")  # importable again, now keeping the project's side
        assert _kim(session).score(*s0.key) == home and _kim(session).score(*s1.key) == theirs1
    finally:
        session.close()


def test_taking_back_leaves_values_changed_since_the_import(hub: ProjectSession, tmp_path: Path) -> None:
    from counterweight.services.packet_undo import take_back_import

    s0, s1 = _numeric_score(hub.decision, 0), _numeric_score(hub.decision, 1)
    packet = _export(hub, tmp_path)

    def edit(w: ProjectSession) -> None:
        w.apply(SetAnalystScore("kim", *s0.key, s0.model_copy(update={"value": s0.high})))
        w.apply(SetAnalystScore("kim", *s1.key, s1.model_copy(update={"value": s1.high})))

    answered = _fill_in(packet, tmp_path, edit)
    session = _import_then_reopen(hub, answered, "project")
    try:
        later = s1.model_copy(update={"value": s1.low, "rationale": "revised after the import"})
        session.apply(SetAnalystScore("kim", *s1.key, later))
        back = take_back_import(session, answered)
        assert len(back.restored) == 1 and len(back.left) == 1 and "changed since the import" in back.left[0]
        assert _kim(session).score(*s0.key) is None  # put back: Kim had no own score there before
        assert _kim(session).score(*s1.key) == later  # later work is never undone
        with pytest.raises(ExchangeFormatError, match="nothing to take back"):
            take_back_import(session, answered)
    finally:
        session.close()


def test_taking_back_removes_an_analyst_the_import_added_back(hub: ProjectSession, tmp_path: Path) -> None:
    from counterweight.services.packet_undo import take_back_import

    s = _numeric_score(hub.decision)
    packet = _export(hub, tmp_path)
    answered = _fill_in(packet, tmp_path,
                        lambda w: w.apply(SetAnalystScore("kim", *s.key, s.model_copy(update={"value": s.high}))))
    hub.apply(RemoveAnalyst("kim"))
    before = hub.decision
    session = _import_then_reopen(hub, answered, "project")
    try:
        assert [a.id for a in session.decision.analysts] == ["kim"]
        back = take_back_import(session, answered)
        assert back.remove_analyst
        assert session.decision == before
    finally:
        session.close()


def test_an_analyst_name_shared_by_two_needs_the_id(hub: ProjectSession, tmp_path: Path) -> None:
    from counterweight.domain import InvalidInputError

    # an older project may repeat a name (naming an analyst now refuses it): write the list as such a file has it
    twin = Analyst(id="kim2", name="kim lee")
    hub.apply(Restore({"analysts": [*hub.decision.analysts, twin]}, ChangeSet.everything("analysts")))
    with pytest.raises(InvalidInputError, match=r"2 analysts .*called 'Kim Lee'.*'kim' \(MoD desk\), 'kim2'.*the id"):
        packets.find_analyst(hub.decision, "Kim Lee")
    assert packets.find_analyst(hub.decision, "kim2").id == "kim2"
    with pytest.raises(InvalidInputError, match=r"'Kim Lee' \(id 'kim'\).*Edit > Analysts"):
        packets.find_analyst(hub.decision, "Nobody")


def test_opening_a_packet_adds_the_project_ending(hub: ProjectSession, tmp_path: Path) -> None:
    packet = _export(hub, tmp_path)
    with packets.open_packet(packet, tmp_path / "work") as work:
        assert work.path == tmp_path / "work.counterweight"
    assert (tmp_path / "work.counterweight").exists() and not (tmp_path / "work").exists()


def test_taking_back_after_the_analyst_was_removed_changes_nothing_and_undoes_exactly(hub, tmp_path: Path) -> None:
    from counterweight.services.packet_undo import take_back_edit

    s = _numeric_score(hub.decision)
    packet = _export(hub, tmp_path)
    answered = _fill_in(packet, tmp_path,
                        lambda w: w.apply(SetAnalystScore("kim", *s.key, s.model_copy(update={"value": s.high}))))
    import_packet(hub, answered)
    hub.apply(RemoveAnalyst("kim"))  # nothing of the import is left in the project
    before = hub.decision
    undo = hub.apply(take_back_edit(hub, answered))
    assert hub.decision == before and hub.audit_log()[0].action == packets.UNDO_IMPORT_ACTION
    redo = hub.apply(undo)  # undoing the take-back puts back exactly what was there: still no Kim
    assert hub.decision == before and hub.audit_log()[0].action == packets.IMPORT_ACTION
    hub.apply(redo)
    import_packet(hub, answered)  # taken back again: the packet brings Kim back with her answer
    assert _kim(hub).score(*s.key).value == s.high and verify_audit(hub).ok
