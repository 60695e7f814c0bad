"""Tests for the JSON exchange format (counterweight.services.exchange): format versions and the schema.

Files written by older releases open, migrated forward one version at a time; the published
JSON Schema (docs/schema) matches the format the code writes.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pytest

from counterweight.domain import (
    Breakpoint,
    Criterion,
    Decision,
    Direction,
    EvidenceRef,
    Level,
    MethodSettings,
    Normalization,
    NumericScale,
    Option,
    QualitativeScale,
    Score,
    UncertaintySettings,
    VikorSettings,
)
from counterweight.services import exchange
from tests.services.exchange_samples import format_error, good_data

REPO = Path(__file__).resolve().parents[2]
SCHEMA_FILE = REPO / "docs" / "schema" / "counterweight-decision.schema.json"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


# --------------------------------------------------------------------------- migrations


def _expected_v1_fixture() -> Decision:
    """The content of fixtures/v1_decision.json, built independently of the file."""
    levels = QualitativeScale(levels=[
        Level(label="Low", descriptor="Little public concern", value=100),
        Level(label="Medium", descriptor="Some public concern", value=50),
        Level(label="High", descriptor="Wide public concern", value=0),
    ])
    homes = NumericScale(lower=0, upper=200, breakpoints=[
        Breakpoint(x=0, value=0), Breakpoint(x=50, value=60), Breakpoint(x=200, value=100)])
    return Decision(
        id="flood-2024", title="Flood defence options", description="Which scheme to fund first",
        notice="Example data — format 1",
        options=[Option(id="wall", name="Sea wall", description="Raise the existing wall by 1 m"),
                 Option(id="marsh", name="Managed retreat", source="Coastal agency study, 2023")],
        criteria=[
            Criterion(id="impact", name="Impact", weight=2),
            Criterion(id="homes", name="Homes protected", parent_id="impact", unit="homes", weight=3, scale=homes),
            Criterion(id="concern", name="Public concern", parent_id="impact", scale=levels,
                      direction=Direction.LOWER_BETTER),
            Criterion(id="cost", name="Cost", unit="£m", scale=NumericScale(lower=0, upper=200),
                      direction=Direction.LOWER_BETTER),
        ],
        scores=[
            Score(option_id="wall", criterion_id="homes", value=120, low=100, high=150, rationale="Model run B",
                  evidence=[EvidenceRef(source="Survey 2023", locator="table 4")]),
            Score(option_id="wall", criterion_id="concern", level="Low"),
            Score(option_id="wall", criterion_id="cost", value=80, rationale="Tender estimate"),
            Score(option_id="marsh", criterion_id="homes", value=60),
            Score(option_id="marsh", criterion_id="concern", level="High", rationale="Relocation is contested"),
        ],
        method=MethodSettings(normalization=Normalization.MIN_MAX),
    )


def test_version_1_file_still_opens() -> None:
    """fixtures/v1_decision.json was written by the release that wrote format 1 (and
    whose method settings held only aggregation and normalization)."""
    path = FIXTURES / "v1_decision.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    assert raw["format_version"] == 1
    assert set(raw["decision"]["method"]) == {"aggregation", "normalization"}
    assert "elicitations" not in raw["decision"] and "red_lines" not in raw["decision"]
    env = exchange.read_envelope(path)
    assert env.format_version == exchange.FORMAT_VERSION  # upgraded on reading
    assert env.exported_at == datetime(2024, 11, 20, 9, 30, tzinfo=timezone.utc)
    assert env.app_version == "0.1.0"
    d = env.decision
    assert d == _expected_v1_fixture()
    # the new parts take their defaults
    assert d.elicitations == [] and d.red_lines == []
    assert all(s.distribution is None for s in d.scores)
    assert d.method.vikor == VikorSettings() and d.method.uncertainty == UncertaintySettings()
    # and the file writes back as the current version
    assert json.loads(exchange.dumps(d))["format_version"] == exchange.FORMAT_VERSION


def test_version_1_to_2_keeps_the_decision_unchanged() -> None:
    data = good_data()
    data["format_version"] = 1
    upgraded = exchange._MIGRATIONS[1](json.loads(json.dumps(data)))
    assert upgraded["format_version"] == 2
    assert upgraded["decision"] == data["decision"]
    assert exchange.loads(json.dumps(data)) == exchange.loads(json.dumps(good_data()))


def test_old_version_is_migrated_forward(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fake version 0 stored the decision under "model"; its migration renames it."""

    def v0_to_v1(env: dict[str, Any]) -> dict[str, Any]:
        env["decision"] = env.pop("model")
        env["format_version"] = 1
        return env

    data = good_data()
    data["model"] = data.pop("decision")
    data["format_version"] = 0
    assert "cannot read" in format_error(data).message  # no migration registered
    monkeypatch.setitem(exchange._MIGRATIONS, 0, v0_to_v1)
    assert exchange.loads(json.dumps(data)).id == "good"


def test_migration_table_only_holds_older_versions() -> None:
    assert all(isinstance(v, int) and v < exchange.FORMAT_VERSION for v in exchange._MIGRATIONS)


# --------------------------------------------------------------------------- schema


def test_schema_describes_the_envelope() -> None:
    schema = exchange.json_schema()
    assert schema["title"] == "Counterweight decision file"
    assert schema["description"]
    assert set(schema["required"]) == {"format", "format_version", "decision"}
    assert schema["properties"]["format"]["const"] == exchange.FORMAT_NAME
    assert schema["properties"]["format_version"]["const"] == exchange.FORMAT_VERSION
    assert schema["additionalProperties"] is False
    assert {"Decision", "Option", "Criterion", "Score", "NumericScale", "QualitativeScale"} <= set(schema["$defs"])


def test_committed_schema_is_up_to_date() -> None:
    committed = SCHEMA_FILE.read_text(encoding="utf-8") if SCHEMA_FILE.exists() else ""
    assert committed == exchange.schema_text(), (
        "docs/schema/counterweight-decision.schema.json is stale. Regenerate it from the repository root with:\n"
        "  PYTHONPATH=desktop python -m counterweight.services.exchange "
        "docs/schema/counterweight-decision.schema.json"
    )


def test_write_schema(tmp_path: Path) -> None:
    out = tmp_path / "schema.json"
    assert exchange.main([str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8")) == exchange.json_schema()
    assert exchange.main([]) == 2
