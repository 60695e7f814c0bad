"""History service: verify, filter, and restore past values as new audited edits."""

from __future__ import annotations

import datetime as dt
import getpass
import itertools
import json
import sqlite3
from pathlib import Path

import pytest
from counterweight.domain import (
    Criterion,
    Direction,
    InvalidInputError,
    NotAProjectError,
    Option,
    ProjectFileError,
    Score,
)
from counterweight.services.edits import (
    SetScore,
    SetWeight,
    SetWeights,
    UpdateCriterion,
)
from counterweight.services.option_edits import AddOption, RemoveOption, UpdateOption
from counterweight.services.history import (
    AuditEntry,
    RestoreValue,
    element_of,
    filter_entries,
    history,
    restorable,
    verify_audit,
)
from counterweight.services.session import ProjectSession
from counterweight.storage import audit

from tests.factories import small_decision


@pytest.fixture
def session(tmp_path: Path):
    s = ProjectSession.create(tmp_path / "p.counterweight", small_decision())
    yield s
    s.close()


def _score(session: ProjectSession, option_id: str, criterion_id: str, **fields: object) -> Score:
    current = session.decision.score(option_id, criterion_id)
    assert current is not None
    return current.model_copy(update=fields)


def _last(session: ProjectSession):
    return session.audit_log(1)[0]


# ------------------------------------------------------------------ restoring


def test_restore_puts_back_an_old_score_as_a_new_audited_edit(session: ProjectSession) -> None:
    session.apply(SetScore("b", "effect", _score(session, "b", "effect", value=4.0, rationale="revised")))
    changed = _last(session)
    session.apply(SetScore("b", "effect", _score(session, "b", "effect", value=7.5)))
    assert session.decision.score("b", "effect").value == 7.5

    inverse = session.apply(RestoreValue.from_log(session, changed.id))
    # small_decision(): Bravo's effect was 9, rationale "strong", before entry ``changed``
    restored = session.decision.score("b", "effect")
    assert (restored.value, restored.rationale) == (9.0, "strong")
    entry = _last(session)
    assert entry.id > changed.id
    assert entry.action == f"Restore value from entry #{changed.id}"
    assert entry.target == changed.target
    assert entry.old["value"] == 7.5 and entry.new["value"] == 9.0
    # earlier entries are untouched and the chain still verifies
    assert [e.id for e in session.audit_log()] == list(range(entry.id, 0, -1))
    assert verify_audit(session).ok

    session.apply(inverse)  # undo
    assert session.decision.score("b", "effect").value == 7.5
    assert _last(session).action == "Undo restore value"


def test_restore_clears_a_cell_that_was_empty(session: ProjectSession) -> None:
    session.apply(SetScore("a", "effect", None))
    session.apply(SetScore("a", "effect", Score(option_id="a", criterion_id="effect", value=5)))
    filled = _last(session)
    assert filled.old is None and restorable(filled)
    session.apply(RestoreValue(filled))
    assert session.decision.score("a", "effect") is None


def test_restore_a_weight_weights_option_and_criterion(session: ProjectSession) -> None:
    session.apply(SetWeight("effect", 8))
    weight = _last(session)
    session.apply(SetWeights({"effect": 2, "cost": 5}))
    weights = _last(session)
    session.apply(UpdateOption(Option(id="c", name="Charlie 2", description="renamed")))
    option = _last(session)
    crit = session.decision.criterion("cost")
    session.apply(UpdateCriterion(crit.model_copy(update={"name": "Price", "unit": "€bn"})))
    criterion = _last(session)
    session.apply(SetWeight("cost", 9))

    session.apply(RestoreValue(weight))
    assert session.decision.criterion("effect").weight == 3  # small_decision's weight
    session.apply(RestoreValue(weights))
    assert (session.decision.criterion("effect").weight, session.decision.criterion("cost").weight) == (8, 1)
    session.apply(RestoreValue(option))
    assert session.decision.option("c") == Option(id="c", name="Charlie")
    session.apply(RestoreValue(criterion))
    cost = session.decision.criterion("cost")
    assert (cost.name, cost.unit, cost.direction) == ("Cost", "$bn", Direction.LOWER_BETTER)
    assert cost.weight == 1  # not the 5 it had when ``criterion`` was recorded: weights are left alone


def test_restoring_what_no_longer_exists_is_a_clear_error(session: ProjectSession) -> None:
    session.apply(SetScore("c", "cost", _score(session, "c", "cost", value=3)))
    entry = _last(session)
    session.apply(RemoveOption("c"))
    with pytest.raises(InvalidInputError, match=rf"entry #{entry.id} .*Charlie × Cost.*option no longer exists"):
        session.apply(RestoreValue(entry))

    session.apply(SetWeight("harm", 4))
    weight = _last(session)
    harm = session.decision.criterion("harm")
    session.apply(UpdateCriterion(harm.model_copy(update={"name": "Harm to civilians"})))
    with pytest.raises(InvalidInputError, match="no criterion is called “Civilian harm”"):
        session.apply(RestoreValue(weight))


def test_entries_that_are_not_values_are_refused(session: ProjectSession) -> None:
    session.apply(AddOption(Option(id="d", name="Delta")))
    added = _last(session)
    created = session.audit_log()[-1]
    for entry in (added, created):
        assert not restorable(entry)
        with pytest.raises(InvalidInputError, match="cannot be restored"):
            session.apply(RestoreValue(entry))
    with pytest.raises(InvalidInputError, match="no entry #999"):
        RestoreValue.from_log(session, 999)


def test_restoring_the_current_value_is_refused(session: ProjectSession) -> None:
    session.apply(SetWeight("effect", 8))
    entry = _last(session)
    session.apply(SetWeight("effect", 3))
    n = len(session.audit_log())
    with pytest.raises(InvalidInputError, match="already current"):
        session.apply(RestoreValue(entry))
    assert len(session.audit_log()) == n


def test_element_of_names_the_cell_or_criterion(session: ProjectSession) -> None:
    session.apply(SetScore("a", "cost", _score(session, "a", "cost", value=1)))
    score = _last(session)
    session.apply(SetWeight("cost", 2))
    weight = _last(session)
    assert (element_of(score).option_id, element_of(score).criterion_id) == ("a", "cost")
    assert element_of(weight, session.decision).criterion_id == "cost"
    assert element_of(session.audit_log()[-1], session.decision) is None


# ------------------------------------------------------------------ filtering


def test_history_filters_by_analyst_element_and_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    clock = itertools.count()
    base = dt.datetime(2025, 3, 9, 9, 0, tzinfo=dt.timezone.utc)

    def tick() -> str:  # one day per call: the project's creation time, then each audit row
        return (base + dt.timedelta(days=next(clock))).isoformat(timespec="milliseconds").replace("+00:00", "Z")

    monkeypatch.setattr(audit, "utc_now", tick)
    monkeypatch.setattr(getpass, "getuser", lambda: "carol")
    with ProjectSession.create(tmp_path / "h.counterweight", small_decision()) as session:  # entry 1
        for user, edit in (
            ("alice", SetWeight("effect", 5)),                                          # 2: 03-11
            ("bob", SetScore("b", "cost", _score(session, "b", "cost", value=12))),    # 3: 03-12
            ("alice", SetScore("a", "cost", _score(session, "a", "cost", value=3))),   # 4: 03-13
            ("Bob", SetWeight("cost", 2)),                                             # 5: 03-14
        ):
            monkeypatch.setattr(getpass, "getuser", lambda u=user: u)
            session.apply(edit)

        def ids(**kw: object) -> list[int]:
            return [e.id for e in history(session, **kw)]

        assert ids() == [5, 4, 3, 2, 1]
        assert [e.at.day for e in history(session)] == [14, 13, 12, 11, 10]  # March 2025, 09:00 UTC
        assert ids(analyst="alice") == [4, 2]
        assert ids(analyst="BOB") == [5, 3]
        assert ids(element="cost") == [5, 4, 3]          # the name in the target, any case
        assert ids(element="Bravo × Cost") == [3]
        assert ids(since=dt.datetime(2025, 3, 12, 12, tzinfo=dt.timezone.utc)) == [5, 4]
        assert ids(until=dt.datetime(2025, 3, 11, 9, tzinfo=dt.timezone.utc)) == [2, 1]
        local_day = dt.datetime(2025, 3, 12, 9, tzinfo=dt.timezone.utc).astimezone().date()
        assert ids(since=local_day, until=local_day) == [3]
        assert ids(analyst="alice", element="cost", since=local_day) == [4]
        assert filter_entries(session.audit_log(), analyst="nobody") == []


def test_element_filter_matches_recorded_ids_exactly() -> None:
    at = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc)
    entry = AuditEntry(id=9, at=at, user="u", action="Set score", target="score North × Speed", old=None,
                       new={"option_id": "opt-17", "criterion_id": "crit-4", "value": 1})
    assert filter_entries([entry], element="opt-17") == [entry]
    assert filter_entries([entry], element="crit-4") == [entry]
    assert filter_entries([entry], element="opt-1") == []
    assert filter_entries([entry], element="north") == [entry]


# ------------------------------------------------------------------ verification


def test_verify_a_file_and_a_session(session: ProjectSession) -> None:
    for v in (2, 4, 6):
        session.apply(SetScore("a", "effect", _score(session, "a", "effect", value=float(v), high=None, low=None)))
    live = verify_audit(session)
    assert live.ok and live.rows_checked == 4
    path = session.path
    session.close()
    from_file = verify_audit(path)
    assert from_file.ok and from_file.head_hash == live.head_hash
    assert verify_audit(path, expect_head=live.head_hash.upper()).ok

    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE audit SET new = ? WHERE id = 3", (json.dumps({"value": 100}),))
    conn.close()
    report = verify_audit(path)
    assert not report.ok and report.first_bad_row_id == 3 and "changed" in report.problem


def test_verify_refuses_what_is_not_a_project_or_not_a_hash(tmp_path: Path, session: ProjectSession) -> None:
    with pytest.raises(ProjectFileError, match="does not exist"):
        verify_audit(tmp_path / "missing.counterweight")
    other = tmp_path / "notes.json"
    other.write_text("{}", encoding="utf-8")
    with pytest.raises(NotAProjectError):
        verify_audit(other)
    with pytest.raises(InvalidInputError, match="head hash"):
        verify_audit(session, expect_head="not-a-hash-at-all!")


def test_old_format_file_verifies_with_a_note(tmp_path: Path) -> None:
    fixture = Path(__file__).resolve().parents[1] / "storage" / "fixtures" / "v1_example.counterweight"
    path = tmp_path / "old.counterweight"
    path.write_bytes(fixture.read_bytes())
    report = verify_audit(path)
    assert report.ok and report.rows_checked == 1
    assert report.chained_on_upgrade == 1 and "cannot be detected" in report.note
    assert path.read_bytes() == fixture.read_bytes()  # checking never changes the file


def test_criterion_restore_keeps_tree_place(session: ProjectSession) -> None:
    harm = session.decision.criterion("harm")
    session.apply(UpdateCriterion(harm.model_copy(update={"description": "new text"})))
    entry = _last(session)
    session.apply(SetWeight("harm", 6))
    session.apply(RestoreValue(entry))
    restored: Criterion = session.decision.criterion("harm")
    assert restored.description == "" and restored.weight == 6 and restored.parent_id == "risks"


def test_restoring_a_criterion_from_before_a_level_rename_carries_the_scores_back(session: ProjectSession) -> None:
    """Restoring the details a criterion had before one of its levels was renamed was refused
    ("'Moderate' is not one of the levels"): the scores had followed the rename, and the restore
    did not take them back. Now they follow it back, as one new audited step."""
    harm = session.decision.criterion("harm")
    session.apply(UpdateCriterion(harm.model_copy(update={"description": "harm to civilians"})))
    before_rename = _last(session)
    levels = [lv.model_copy(update={"label": "Medium"}) if lv.label == "Moderate" else lv for lv in harm.scale.levels]
    renamed = session.decision.criterion("harm").model_copy(update={"scale": harm.scale.model_copy(
        update={"levels": levels})})
    session.apply(UpdateCriterion(renamed, level_renames={"Moderate": "Medium"}))
    assert session.decision.score("c", "harm").level == "Medium"
    session.apply(RestoreValue(before_rename))
    restored = session.decision.criterion("harm")
    assert [lv.label for lv in restored.scale.levels] == ["Severe", "High", "Moderate", "Low"]
    assert restored.description == ""  # the value before that entry
    assert session.decision.score("c", "harm").level == "Moderate"
    assert verify_audit(session.path).ok


def test_a_reordering_of_levels_is_not_read_as_renames() -> None:
    from counterweight.services.criterion_scale_change import implied_renames

    harm = small_decision().criterion("harm")
    flipped = harm.model_copy(update={"scale": harm.scale.model_copy(update={"levels": harm.scale.levels[::-1]})})
    assert implied_renames(harm, flipped) == {}
    fewer = harm.model_copy(update={"scale": harm.scale.model_copy(update={"levels": harm.scale.levels[:2]})})
    assert implied_renames(harm, fewer) == {}


# ------------------------------------------------------------------ fix 16a: undo/redo entries, following the log


def test_undo_and_redo_are_audited_under_their_own_actions_and_still_verify(tmp_path: Path) -> None:
    from counterweight.services.history import replayed

    fixture = Path(__file__).resolve().parents[1] / "storage" / "fixtures" / "v1_example.counterweight"
    path = tmp_path / "old.counterweight"
    path.write_bytes(fixture.read_bytes())  # a file from before the hash chain, and before these actions
    with ProjectSession.open(path) as s:
        crit = next(c for c in s.decision.criteria if not c.is_group)
        before = crit.weight
        edit = SetWeight(crit.id, before + 2)
        inverse = s.apply(edit)
        again = s.apply(replayed(inverse, edit.label, undo=True))
        assert s.decision.criterion(crit.id).weight == before
        assert isinstance(again, SetWeight)  # the undo stack goes on holding the plain edit
        s.apply(replayed(again, edit.label, undo=False))
        assert s.decision.criterion(crit.id).weight == before + 2
        log = s.audit_log(3)
        assert [e.action for e in log] == ["Redo: Change weight", "Undo: Change weight", "Change weight"]
        assert (log[1].old, log[1].new) == (before + 2, before)
        report = verify_audit(s)
        assert report.ok and report.chained_on_upgrade == 1
    assert verify_audit(path).ok


def test_packet_actions_keep_their_exact_names_when_undone_or_redone() -> None:
    from counterweight.services.history import Replayed, replayed
    from counterweight.services.packet_origin import IMPORT_ACTION, UNDO_IMPORT_ACTION

    for label in (IMPORT_ACTION, UNDO_IMPORT_ACTION):  # looked up by exact text (packet_merge.last_import)
        edit = SetWeight("cost", 2, label=label)
        assert replayed(edit, "Import elicitation packet", undo=True) is edit
    assert isinstance(replayed(SetWeight("cost", 2), "Change weight", undo=True), Replayed)


def _tamper(path: Path, sql: str, *args: object) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(sql, args)
    conn.close()


def test_history_since_reads_and_checks_only_the_new_entries(session: ProjectSession) -> None:
    from counterweight.services.history import history_since

    for weight in (2, 3):
        session.apply(SetWeight("cost", weight))
    full = verify_audit(session)
    last = _last(session).id
    for weight in (4, 5):
        session.apply(SetWeight("cost", weight))
    tail = history_since(session, last, full)
    assert [e.id for e in tail.entries] == [last + 2, last + 1]
    assert [e.new for e in tail.entries] == [5, 4]
    again = verify_audit(session)
    assert tail.report.ok and tail.report.rows_checked == again.rows_checked == last + 2
    assert tail.report.head_hash == again.head_hash
    nothing = history_since(session, last + 2, tail.report)
    assert nothing.entries == [] and nothing.report == tail.report


def test_an_old_entry_altered_meanwhile_shows_at_the_next_full_verification(session: ProjectSession) -> None:
    from counterweight.services.history import history_since

    for weight in (2, 3, 4):
        session.apply(SetWeight("cost", weight))
    full = verify_audit(session)
    last = _last(session).id
    _tamper(session.path, "UPDATE audit SET new = '99' WHERE id = 2")  # behind the verified head
    session.apply(SetWeight("cost", 6))
    tail = history_since(session, last, full)
    assert tail.report.ok  # only the new link was checked
    report = verify_audit(session)
    assert not report.ok and report.first_bad_row_id == 2


def test_history_since_falls_back_to_a_full_check_when_the_new_links_do_not_hold(
        session: ProjectSession) -> None:
    from counterweight.services.history import history_since

    for weight in (2, 3):
        session.apply(SetWeight("cost", weight))
    full = verify_audit(session)
    last = _last(session).id
    session.apply(SetWeight("cost", 4))
    session.apply(SetWeight("cost", 5))
    conn = sqlite3.connect(session.path)
    stored = conn.execute("SELECT new FROM audit WHERE id = ?", (last + 1,)).fetchone()[0]
    conn.close()
    _tamper(session.path, "UPDATE audit SET new = '40' WHERE id = ?", last + 1)  # a new entry, altered
    tail = history_since(session, last, full)
    assert not tail.report.ok and tail.report.first_bad_row_id == last + 1
    assert history_since(session, last + 2, tail.report).report is tail.report  # stays altered

    _tamper(session.path, "UPDATE audit SET new = ? WHERE id = ?", stored, last + 1)  # put back
    assert verify_audit(session).ok
    _tamper(session.path, "UPDATE audit SET hash = ? WHERE id = ?", "0" * 64, last)  # the verified head itself
    tail = history_since(session, last, full)
    assert not tail.report.ok and tail.report.first_bad_row_id == last


def test_history_since_notices_entries_cut_from_the_end(session: ProjectSession) -> None:
    from counterweight.services.history import history_since

    for weight in (2, 3):
        session.apply(SetWeight("cost", weight))
    full = verify_audit(session)
    last = _last(session).id
    session.apply(SetWeight("cost", 4))
    _tamper(session.path, "DELETE FROM audit WHERE id = ?", last + 1)
    tail = history_since(session, last, full)
    assert tail.entries == [] and not tail.report.ok and "missing from the end" in tail.report.problem
