"""Weight sets, scenarios and snapshots in project files (migration m008)."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from counterweight.domain import Decision, ProjectFileError
from counterweight.domain.perspectives import ScoreOverride, ScoreScenario, Snapshot, WeightSet
from counterweight.services import exchange
from counterweight.services.perspectives import AddWeightSet, RemoveSnapshot, TakeSnapshot
from counterweight.services.session import ProjectSession
from counterweight.storage import ProjectStore, schema
from tests.factories import small_decision

WHEN = dt.datetime(2025, 3, 4, 5, 6, 7, tzinfo=dt.timezone.utc)


def _decision():
    d = small_decision()
    snap = Snapshot(id="base", name="Baseline", taken_at=WHEN, taken_by="Ana", note="before the review",
                    decision=d)
    data = {name: getattr(d, name) for name in type(d).model_fields}
    data.update(
        weight_sets=[WeightSet(id="mod", name="MoD view", description="defence", weights={"risks": 3, "cost": 0.5}),
                     WeightSet(id="fm", name="FM view")],
        scenarios=[ScoreScenario(id="dd", name="Deployment doubles", overrides=[
            ScoreOverride(option_id="b", criterion_id="harm", level="Severe"),
            ScoreOverride(option_id="a", criterion_id="effect", value=7.5)])],
        snapshots=[snap],
    )
    return type(d)(**data)


def test_round_trip(folder: Path) -> None:
    d = _decision()
    path = folder / "p.counterweight"
    with ProjectStore.create(path, d) as store:
        pass
    with ProjectStore.open(path, read_only=True) as store:
        loaded = store.load()
    assert loaded == d
    assert loaded.snapshots[0].taken_at == WHEN
    assert "m008_perspectives" in schema.known_migrations()


def test_edits_write_rows_and_survive_reopening(folder: Path) -> None:
    path = folder / "p.counterweight"
    with ProjectSession.create(path, small_decision()) as session:
        session.apply(AddWeightSet(WeightSet(id="w", name="W", weights={"effect": 9})))
        session.apply(TakeSnapshot.of(session.decision, "First"))
        session.apply(TakeSnapshot.of(session.decision, "Second"))
        session.apply(RemoveSnapshot(session.decision.snapshots[0].id))
        expected = session.decision
    with ProjectStore.open(path, read_only=True) as store:
        assert store.load() == expected
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT name FROM snapshots").fetchall() == [("Second",)]
        assert conn.execute("SELECT weights FROM weight_sets").fetchone()[0] == '{"effect":9.0}'
    finally:
        conn.close()


def test_damaged_row_is_named(folder: Path) -> None:
    path = folder / "p.counterweight"
    with ProjectStore.create(path, _decision()):
        pass
    conn = sqlite3.connect(path)
    conn.execute("UPDATE scenarios SET overrides = '[{\"option_id\": \"a\", \"criterion_id\": \"effect\"}]'")
    conn.commit()
    conn.close()
    with ProjectStore.open(path, read_only=True) as store, pytest.raises(ProjectFileError) as info:
        store.load()
    assert "scenarios" in str(info.value) and "dd" in str(info.value)


# ------------------------------------------------ issue 6: a snapshot's copy is read when first used


def _decisions_validated(action: Callable[[], object]) -> int:
    """How many decisions (the project's and each snapshot's copy) ``action`` validates.

    Counted as calls of the check every decision passes, wherever it is nested.
    """
    code = Decision.__pydantic_decorators__.model_validators["_check_consistency"].func.__code__
    calls = 0

    def profile(frame, event, _arg) -> None:
        nonlocal calls
        calls += event == "call" and frame.f_code is code

    sys.setprofile(profile)
    try:
        action()
    finally:
        sys.setprofile(None)
    return calls


def _with_snapshots(path: Path, *names: str) -> list[Decision]:
    """A project at ``path`` with a snapshot per name (a weight set added after each); their copies."""
    with ProjectSession.create(path, small_decision()) as session:
        for i, name in enumerate(names):
            session.apply(TakeSnapshot.of(session.decision, name, taken_at=WHEN))
            session.apply(AddWeightSet(WeightSet(id=f"w{i}", name=f"View {i}")))
        return [s.decision for s in session.decision.snapshots]


def _set_copy(path: Path, name: str, text: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE snapshots SET decision = ? WHERE name = ?", (text, name))
    conn.commit()
    conn.close()


def test_opening_validates_no_snapshot_copy_until_one_is_used(folder: Path) -> None:
    """Issue 6: a 1,000 x 60 project with two snapshots took 1.8 s to open, most of it
    validating the snapshots' copies, which only Compare (and a few others) need."""
    path = folder / "p.counterweight"
    copies = _with_snapshots(path, "First", "Second")
    loaded: list[Decision] = []
    with ProjectStore.open(path, read_only=True) as store:
        assert _decisions_validated(lambda: loaded.append(store.load())) == 1  # the project's own only
    [d] = loaded
    assert [s.name for s in d.snapshots] == ["First", "Second"] and d.snapshots[0].taken_at == WHEN
    assert not any(s.content.loaded for s in d.snapshots)
    assert _decisions_validated(lambda: d.snapshots[1].decision) == 1  # read when used, once
    assert _decisions_validated(lambda: d.snapshots[1].decision) == 0
    assert [s.decision for s in d.snapshots] == copies


def test_a_copy_that_breaks_the_rules_is_named_when_used(folder: Path) -> None:
    path = folder / "p.counterweight"
    [copy] = _with_snapshots(path, "Before review")
    data = json.loads(copy.model_dump_json())
    data["options"][1]["id"] = data["options"][0]["id"]  # two options with one id: well-formed JSON
    _set_copy(path, "Before review", json.dumps(data))
    with ProjectStore.open(path, read_only=True) as store:
        d = store.load()  # opens: the list shows the snapshot's name and time
    assert [s.name for s in d.snapshots] == ["Before review"]
    for use in (lambda: d.snapshots[0].decision, lambda: exchange.dumps(d)):  # every use says so again
        with pytest.raises(ProjectFileError, match="snapshot 'Before review'") as info:
            use()
        assert "p.counterweight" in str(info.value) and "used twice" in str(info.value)


def test_a_garbled_copy_is_still_refused_at_open_and_named(folder: Path) -> None:
    """Text that is not JSON at all (a damaged file) is found when the file is opened, so the
    window still offers a backup then; only a well-formed copy waits until it is used."""
    path = folder / "p.counterweight"
    [copy] = _with_snapshots(path, "Before review")
    _set_copy(path, "Before review", copy.model_dump_json()[:-40])
    with ProjectStore.open(path, read_only=True) as store, pytest.raises(ProjectFileError) as info:
        store.load()
    assert "snapshot 'Before review'" in str(info.value) and "p.counterweight" in str(info.value)


def test_unread_copies_survive_delete_undo_save_as_and_export(folder: Path) -> None:
    """A snapshot never read is written back from its stored text (moved by a deletion, put back by
    undo, copied by Save As) and exported whole."""
    path = folder / "p.counterweight"
    copies = _with_snapshots(path, "First", "Second", "Third")
    with ProjectSession.open(path) as session:
        undo = session.apply(RemoveSnapshot(session.decision.snapshots[0].id))  # the others move up
        session.apply(undo)
        session.save_as(folder / "q.counterweight")
        assert not any(s.content.loaded for s in session.decision.snapshots)
        exported = exchange.loads(exchange.dumps(session.decision))
    assert [s.decision for s in exported.snapshots] == copies
    for name in ("p.counterweight", "q.counterweight"):
        with ProjectStore.open(folder / name, read_only=True) as store:
            d = store.load()
        assert [s.name for s in d.snapshots] == ["First", "Second", "Third"]
        assert [s.decision for s in d.snapshots] == copies


# ------------------------------------------------ h26b: the copy's text is read from the file when first used


def test_opening_does_not_read_a_snapshot_copy_until_one_is_used(folder: Path) -> None:
    """Session 25 still read every copy's text at open (about 9 MB, 10-80 ms a snapshot at 1,000 x 60)."""
    path = folder / "p.counterweight"
    copies = _with_snapshots(path, "First", "Second")
    with ProjectStore.open(path) as store:
        said: list[str] = []
        store._conn.set_trace_callback(said.append)
        d = store.load()
        assert [s.name for s in d.snapshots] == ["First", "Second"]
        assert not [q for q in said if "decision FROM snapshots" in q], said  # only the ends were looked at
        assert d.snapshots[1].decision == copies[1]
        assert len([q for q in said if "decision FROM snapshots" in q]) == 1  # that copy, when used


def test_a_copy_cut_at_its_start_is_refused_at_open(folder: Path) -> None:
    path = folder / "p.counterweight"
    [copy] = _with_snapshots(path, "Before review")
    _set_copy(path, "Before review", copy.model_dump_json()[40:])
    with ProjectStore.open(path, read_only=True) as store, pytest.raises(ProjectFileError, match="Before review"):
        store.load()


def test_a_copy_found_damaged_when_used_says_which_snapshot_and_what(folder: Path) -> None:
    """The window names the snapshot and the problem from the error (ui/damaged_snapshot.py)."""
    from counterweight.domain.perspectives import SnapshotCopyError

    path = folder / "p.counterweight"
    [copy] = _with_snapshots(path, "Before review")
    data = json.loads(copy.model_dump_json())
    data["options"][1]["id"] = data["options"][0]["id"]
    for text, problem in ((json.dumps(data), "used twice"), (copy.model_dump_json()[:-1] + ",}", "unreadable JSON")):
        _set_copy(path, "Before review", text)
        with ProjectSession.open(path) as session:
            snap = session.decision.snapshots[0]
            with pytest.raises(SnapshotCopyError) as info:
                snap.decision
        assert info.value.snapshot_id == snap.id and problem in info.value.problem
        assert "snapshot 'Before review'" in info.value.message


def test_an_unread_copy_follows_save_as_and_outlives_a_deletion(folder: Path) -> None:
    """Read from the new file after Save As (the old one may be gone); kept in memory before its row is deleted."""
    path = folder / "p.counterweight"
    copies = _with_snapshots(path, "First", "Second")
    with ProjectSession.open(path) as session:
        session.save_as(folder / "q.counterweight")
        path.unlink()
        assert session.decision.snapshots[0].decision == copies[0]
        undo = session.apply(RemoveSnapshot(session.decision.snapshots[1].id))
        session.apply(undo)
        assert session.decision.snapshots[1].decision == copies[1]
    with ProjectStore.open(folder / "q.counterweight", read_only=True) as store:
        assert [s.decision for s in store.load().snapshots] == copies


def test_deleting_a_snapshot_already_used_does_not_write_its_copy_out_again(folder: Path, monkeypatch) -> None:
    """Review of h26b: only a copy not read yet needs its text kept for Undo; a used one is a validated decision
    (writing it out again cost about 70 ms at 1,000 x 60, for nothing)."""
    from counterweight.domain.perspectives import SnapshotContent

    path = folder / "p.counterweight"
    copies = _with_snapshots(path, "First")
    with ProjectSession.open(path) as session:
        assert session.decision.snapshots[0].decision == copies[0]  # used: read and validated
        kept: list[object] = []
        real = SnapshotContent.keep_text
        monkeypatch.setattr(SnapshotContent, "keep_text", lambda self: kept.append(self) or real(self))
        undo = session.apply(RemoveSnapshot(session.decision.snapshots[0].id))
        assert kept == []
        session.apply(undo)
        assert session.decision.snapshots[0].decision == copies[0]
