"""Analysts, their inputs and the group settings in project files (migration m007)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from counterweight.domain import ProjectFileError, Score
from counterweight.domain.analysts import Analyst, AnalystInput, GroupSettings
from counterweight.domain.elicitation import Elicitation, WeightMethod
from counterweight.services.analyst_edits import AddAnalyst, RemoveAnalyst, SetAnalystScore, SetAnalystWeight
from counterweight.services.option_edits import RemoveOption
from counterweight.services.session import ProjectSession
from counterweight.storage import ProjectStore, schema

from tests.factories import small_decision


def _decision():
    d = small_decision()
    data = {name: getattr(d, name) for name in type(d).model_fields}
    data.update(
        analysts=[Analyst(id="ann", name="Ann", role="MoD", note="desk officer"), Analyst(id="bob", name="Bob")],
        analyst_inputs=[AnalystInput(
            analyst_id="ann",
            scores=[Score(option_id="b", criterion_id="effect", value=4, low=3, high=5, rationale="doubt"),
                    Score(option_id="a", criterion_id="harm", level="High")],
            weights={"benefits": 3.5},
            elicitations=[Elicitation(node_id="benefits", method=WeightMethod.SWING,
                                      swing_points={"effect": 100, "cost": 40})],
        )],
        group=GroupSettings(scores="median", weights="geometric_mean", ahp="aip", shared_voice=True),
    )
    return type(d)(**data)


def test_round_trip(folder: Path) -> None:
    d = _decision()
    path = folder / "p.counterweight"
    with ProjectStore.create(path, d):
        pass
    with ProjectStore.open(path, read_only=True) as store:
        assert store.load() == d
    assert "m007_analysts" in schema.known_migrations()
    names = schema.known_migrations()
    assert names.index("m007_analysts") > names.index("m005_evidence_sources")


def test_edits_write_only_rows_and_survive_reopening(folder: Path) -> None:
    path = folder / "p.counterweight"
    with ProjectSession.create(path, small_decision()) as session:
        session.apply(AddAnalyst(Analyst(id="ann", name="Ann")))
        session.apply(AddAnalyst(Analyst(id="bob", name="Bob")))
        session.apply(SetAnalystScore("bob", "c", "effect", Score(option_id="c", criterion_id="effect", value=7)))
        session.apply(SetAnalystScore("ann", "b", "effect", Score(option_id="b", criterion_id="effect", value=1)))
        session.apply(SetAnalystWeight("ann", "risks", 4))
        session.apply(RemoveOption("b"))  # drops Ann's score of Bravo
        expected = session.decision
    with ProjectStore.open(path, read_only=True) as store:
        assert store.load() == expected
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT analyst_id, option_id, value FROM analyst_scores").fetchall() == [
            ("bob", "c", 7.0)]
        assert conn.execute("SELECT analyst_id, criterion_id, points FROM analyst_weights").fetchall() == [
            ("ann", "risks", 4.0)]
    finally:
        conn.close()
    with ProjectSession.open(path) as session:
        session.apply(RemoveAnalyst("bob"))
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*) FROM analyst_scores").fetchone()[0] == 0
        assert conn.execute("SELECT id FROM analysts").fetchall() == [("ann",)]
    finally:
        conn.close()


def test_a_row_for_an_unknown_option_is_reported(folder: Path) -> None:
    path = folder / "p.counterweight"
    with ProjectStore.create(path, _decision()):
        pass
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE analyst_scores SET option_id = 'ghost' WHERE option_id = 'b'")
    conn.close()
    with pytest.raises(ProjectFileError, match="ghost"):
        with ProjectStore.open(path, read_only=True) as store:
            store.load()
