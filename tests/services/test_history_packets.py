"""The History words a packet import by the values it changed, and its element filter finds it by them.

QA pass 19, item 3: an import's row read "packet from Ben | 1 score, 1 weight → 2 scores, 1 weight", and
filtering by an option's name missed it, so a user could not find when (or from what) a value imported
from a packet became what it is. The entry itself is unchanged: the wording reads what it recorded.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from counterweight.domain import Score
from counterweight.domain.analysts import Analyst
from counterweight.services import packets
from counterweight.services.analyst_edits import AddAnalyst, SetAnalystScore, SetAnalystWeight
from counterweight.services.history import filter_entries, history, verify_audit
from counterweight.services.history_wording import Names, describe_change
from counterweight.services.packet_merge import import_edit, plan_import
from counterweight.services.session import ProjectSession

from tests.factories import small_decision

BEN = Analyst(id="ben", name="Ben")


@pytest.fixture
def hub(tmp_path: Path) -> ProjectSession:
    """A project where Ben holds 8 on Bravo × Effect, a packet goes to him, and he returns 5 and Cost 30."""
    session = ProjectSession.create(tmp_path / "hub.counterweight", small_decision())
    session.apply(AddAnalyst(BEN))
    session.apply(SetAnalystScore("ben", "b", "effect", Score(option_id="b", criterion_id="effect", value=8)))
    packet, _ = packets.export_packet(session, "Ben", tmp_path / "ben")
    (tmp_path / "work").mkdir()
    with packets.open_packet(packet, tmp_path / "work" / "ben.counterweight") as work:
        work.apply(SetAnalystScore("ben", "b", "effect", Score(option_id="b", criterion_id="effect", value=5)))
        work.apply(SetAnalystWeight("ben", "cost", 30.0))
        returned = packets.return_packet(work, tmp_path / "ben-returned").path
    session.returned = returned  # type: ignore[attr-defined]
    yield session
    session.close()


def _packets():
    """The module that words packet rows (imported in the tests, so an older tree fails on its assertions)."""
    from counterweight.services import history_packets
    return history_packets


def _import(hub: ProjectSession):
    """Import Ben's answers; returns the inverse (what Edit > Undo applies)."""
    return hub.apply(import_edit(hub, plan_import(hub, hub.returned)))  # type: ignore[attr-defined]


def test_an_import_row_names_each_value_it_changed(hub: ProjectSession) -> None:
    head_before = hub.audit_log(1)[0].hash
    _import(hub)
    log = hub.audit_log()
    entry = log[0]
    assert entry.action == packets.IMPORT_ACTION and entry.target == "packet from Ben"
    assert describe_change(entry, hub.decision) == (
        "Bravo × Effect: 8; weight of Cost: shared value", "Bravo × Effect: 5; weight of Cost: 30")
    assert [(c.kind, c.key) for c in _packets().packet_changes(entry)] == [("score", ("b", "effect")), ("weight", ("cost",))]
    lines = _packets().packet_lines(entry, Names(hub.decision), log)
    assert lines[:2] == ["Bravo × Effect: 8 → 5", "weight of Cost: shared value → 30"]
    assert lines[2].startswith(f"packet {entry.new['packet_id'][:8]}… from Ben, answered by ")
    assert f"request hash {entry.new['request_hash'][:8]}…" in lines[2]
    # the entry is stored as before: the analyst's whole input on each side, and the chain holds
    assert entry.old["input"]["scores"][0]["value"] == 8 and entry.new["input"]["weights"] == {"cost": 30.0}
    assert log[1].hash == head_before and verify_audit(hub).ok


def test_the_element_filter_finds_an_import_by_the_values_it_changed(hub: ProjectSession) -> None:
    _import(hub)
    log = hub.audit_log()
    imported = log[0]
    assert imported in history(hub, element="bravo")  # the option's name, now
    assert imported in history(hub, element="Cost")  # a weight it set
    assert filter_entries(log, element="effect")[0] == imported  # the newest change of Bravo × Effect
    assert imported in filter_entries(log, element="b")  # an option id
    assert imported not in history(hub, element="Charlie")
    assert imported not in filter_entries(log, element="bravo")  # names need the decision; ids do not
    assert _packets().changed_ids(imported) == {"b", "effect", "cost"}


def test_an_import_taken_back_by_undo_reads_its_values_the_other_way_round(hub: ProjectSession) -> None:
    undo = _import(hub)
    redo = hub.apply(undo)  # Edit > Undo: the entry records the packet's facts only
    log = hub.audit_log()
    taken = log[0]
    assert taken.action == packets.UNDO_IMPORT_ACTION and taken.old is None and "input" not in taken.new
    assert describe_change(taken, hub.decision, log) == (
        "Bravo × Effect: 5; weight of Cost: 30", "Bravo × Effect: 8; weight of Cost: shared value")
    assert taken in history(hub, element="Bravo")
    old, new = describe_change(taken, hub.decision)  # without the history: the packet's facts, readably
    assert old == "—" and new.startswith(f"packet {taken.new['packet_id'][:8]}… from Ben, answered by")
    hub.apply(redo)  # Edit > Redo records the values again
    assert describe_change(hub.audit_log(1)[0], hub.decision)[1] == "Bravo × Effect: 5; weight of Cost: 30"
    assert verify_audit(hub).ok


def test_an_export_row_reads_as_a_sentence_with_the_hash(hub: ProjectSession) -> None:
    export = next(e for e in hub.audit_log() if e.action == packets.EXPORT_ACTION)
    pid, digest = export.new["packet_id"], export.new["request_hash"]
    assert describe_change(export, hub.decision) == (
        "—", f"packet {pid[:8]}… for Ben, file {export.new['file']}, request hash {digest[:8]}…")


def test_an_import_that_changed_nothing_says_so(hub: ProjectSession, tmp_path: Path) -> None:
    packet, _ = packets.export_packet(hub, "Ben", tmp_path / "again")
    (tmp_path / "work2").mkdir()
    with packets.open_packet(packet, tmp_path / "work2" / "ben.counterweight") as work:
        returned = packets.return_packet(work, tmp_path / "again-returned").path
    hub.apply(import_edit(hub, plan_import(hub, returned)))
    assert describe_change(hub.audit_log(1)[0], hub.decision) == ("no value changed", "no value changed")
