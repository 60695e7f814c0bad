"""Weight sets, scenarios and snapshots in project files (migration m008)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from counterweight.domain import ProjectFileError
from counterweight.domain.perspectives import ScoreOverride, ScoreScenario, Snapshot, WeightSet
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
