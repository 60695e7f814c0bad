"""Old files still open: migrations, backups before migrating, read-only upgrades in memory."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from counterweight.domain import (
    AggregationMethod,
    Criterion,
    CriterionPreference,
    Decision,
    Direction,
    Distribution,
    Elicitation,
    EvidenceRef,
    Level,
    MethodSettings,
    Normalization,
    NumericScale,
    Option,
    PreferenceFunction,
    PrometheeSettings,
    QualitativeScale,
    RedLine,
    RedLineAction,
    Score,
    TopsisSettings,
    UncertaintySettings,
    VikorSettings,
    WeightMethod,
    WeightRange,
    WeightUncertainty,
)
from counterweight.storage import ProjectStore, schema, sqlite_io
from tests.storage import make_fixtures
from tests.storage.builders import rebuild

FIXTURE = Path(__file__).parent / "fixtures" / "v1_example.counterweight"
FIXTURE_V2 = Path(__file__).parent / "fixtures" / "v2_example.counterweight"
V1_MIGRATIONS = ["m001_create_schema"]
V2_MIGRATIONS = ["m001_create_schema", "m002_index_child_keys"]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _applied(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute(
            "SELECT name FROM _sqlite_migrations WHERE migration_set = 'counterweight' ORDER BY id")]
    finally:
        conn.close()


def _expected_v1() -> Decision:
    """What the format-1 fixture holds, written out independently of the file."""
    numeric = NumericScale(lower=0, upper=200)
    concern = QualitativeScale(levels=[
        Level(label="Low", descriptor="Little public concern", value=100),
        Level(label="Medium", descriptor="Some public concern", value=50),
        Level(label="High", descriptor="Wide public concern", value=0),
    ])
    return Decision(
        id="flood-2024",
        title="Flood defence options",
        description="Which scheme to fund first",
        notice="Example data",
        options=[Option(id="wall", name="Sea wall", description="Raise the existing wall by 1 m"),
                 Option(id="marsh", name="Managed retreat", source="Coastal agency study, 2023")],
        criteria=[
            Criterion(id="impact", name="Impact", weight=2),
            Criterion(id="homes", name="Homes protected", parent_id="impact", unit="homes", scale=numeric, weight=3),
            Criterion(id="concern", name="Public concern", parent_id="impact", scale=concern,
                      direction=Direction.LOWER_BETTER),
            Criterion(id="cost", name="Cost", unit="£m", scale=numeric, direction=Direction.LOWER_BETTER),
        ],
        scores=[
            Score(option_id="wall", criterion_id="homes", value=120, low=100, high=150, rationale="Model run B",
                  evidence=[EvidenceRef(source="Survey 2023", locator="table 4")]),
            Score(option_id="wall", criterion_id="concern", level="Low"),
            Score(option_id="wall", criterion_id="cost", value=80, rationale="Tender estimate"),
            Score(option_id="marsh", criterion_id="homes", value=60),
            Score(option_id="marsh", criterion_id="concern", level="High", rationale="Relocation is contested"),
        ],
    )


def _expected_v2() -> Decision:
    """What the format-2 fixture holds: the format-1 content, a new title and every
    nested method setting (files of that version already stored them in ``project.method``)."""
    method = MethodSettings(
        aggregation=AggregationMethod.PROMETHEE,
        normalization=Normalization.MIN_MAX,
        topsis=TopsisSettings(normalization="min_max"),
        promethee=PrometheeSettings(preferences={
            "cost": CriterionPreference(function=PreferenceFunction.LEVEL, q=5, p=20),
            "homes": CriterionPreference(function=PreferenceFunction.GAUSSIAN, s=30),
        }),
        vikor=VikorSettings(v=0.25),
        uncertainty=UncertaintySettings(samples=5000, seed=7, distribution=Distribution.PERT,
                                        weights=WeightUncertainty.RANGES,
                                        weight_ranges={"cost": WeightRange(low=0.1, high=0.4)},
                                        criteria_order=["homes", "cost", "concern"]),
    )
    return rebuild(_expected_v1(), title="Flood defence options (format 2)", method=method)


OLD_FILES: dict[str, tuple[Path, list[str], Callable[[], Decision]]] = {
    "format 1": (FIXTURE, V1_MIGRATIONS, _expected_v1),
    "format 2": (FIXTURE_V2, V2_MIGRATIONS, _expected_v2),
}


@pytest.mark.parametrize("fmt", sorted(OLD_FILES))
def test_fixture_has_its_format_and_needs_migrating(fmt: str) -> None:
    fixture, migrations, _ = OLD_FILES[fmt]
    applied = _applied(fixture)
    assert applied == migrations
    assert schema.pending_migrations(applied), "the fixture should exercise at least one migration"


def test_fixture_v2_has_no_new_columns_or_tables() -> None:
    conn = sqlite3.connect(f"{FIXTURE_V2.as_uri()}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        score_cols = [r[1] for r in conn.execute("PRAGMA table_info(scores)")]
    finally:
        conn.close()
    assert not tables & {"elicitations", "red_lines"}
    assert "distribution" not in score_cols


@pytest.mark.parametrize("fmt", sorted(OLD_FILES))
def test_old_file_is_backed_up_then_migrated(folder: Path, fmt: str) -> None:
    fixture, migrations, expected = OLD_FILES[fmt]
    path = folder / "flood.counterweight"
    shutil.copyfile(fixture, path)
    original = _sha(path)
    with ProjectStore.open(path) as store:
        assert not store.read_only
        assert store.load() == expected()
        backup = store.migration_backup
        assert backup is not None and backup.parent == folder
        assert re.fullmatch(r"flood\.backup-\d{8}T\d{6}Z\.counterweight", backup.name)
        log = store.audit_log()
        assert log[0].action == "Upgrade project file"
        assert log[0].new["backup"] == backup.name
        assert log[-1].user == "fixture"  # old history kept
    # the backup is the file exactly as it was before migrating (same content,
    # rollback journal), and it still opens as a file of the old format
    assert _applied(backup) == migrations
    assert sqlite_dump(backup, all_rows=True) == sqlite_dump(fixture, all_rows=True)
    assert _sha(path) != original
    assert _applied(path) == schema.known_migrations()
    # a second open has nothing to migrate and makes no new backup
    with ProjectStore.open(path) as store:
        assert store.migration_backup is None
    assert len(list(folder.glob("*.backup-*"))) == 1


def sqlite_dump(path: Path, *, all_rows: bool = False) -> list[str]:
    """SQL text of the whole database; migration rows (which hold times) only if ``all_rows``."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return [line for line in conn.iterdump()
                if all_rows or "_sqlite_migrations" not in line or "CREATE" in line]
    finally:
        conn.close()


@pytest.mark.parametrize("fmt", sorted(OLD_FILES))
def test_migrated_file_takes_the_new_parts(folder: Path, fmt: str) -> None:
    fixture, _, expected = OLD_FILES[fmt]
    path = folder / "flood.counterweight"
    shutil.copyfile(fixture, path)
    old = expected()
    scores = [s.model_copy(update={"distribution": Distribution.TRIANGULAR}) if s.key == ("wall", "homes") else s
              for s in old.scores]
    new = rebuild(old, scores=scores,
                  elicitations=[Elicitation(node_id="impact", method=WeightMethod.SWING,
                                            ranks={"homes": 1, "concern": 2},
                                            swing_points={"homes": 100, "concern": 20})],
                  red_lines=[RedLine(id="r1", criterion_id="concern", level="Medium",
                                     action=RedLineAction.EXCLUDE),
                             RedLine(id="r2", criterion_id="cost", limit=150)])
    with ProjectStore.open(path) as store:
        store.commit(old, new, action="Add red lines", target="t", before=None, after=None)
    with ProjectStore.open(path) as store:
        assert store.migration_backup is None
        assert store.load() == new


@pytest.mark.parametrize("fmt", sorted(OLD_FILES))
def test_old_file_opened_read_only_is_upgraded_in_memory_only(folder: Path, fmt: str) -> None:
    fixture, _, expected = OLD_FILES[fmt]
    path = folder / "flood.counterweight"
    shutil.copyfile(fixture, path)
    original = _sha(path)
    with ProjectStore.open(path, read_only=True) as store:
        assert store.read_only
        assert store.load() == expected()
        assert store.migration_backup is None
    assert _sha(path) == original
    assert sorted(p.name for p in folder.iterdir()) == ["flood.counterweight"]


def test_fixture_script_reproduces_the_fixtures(folder: Path) -> None:
    assert make_fixtures.main(["make_fixtures.py", str(folder)]) == 0
    for fixture in (FIXTURE, FIXTURE_V2):
        fresh = folder / fixture.name
        assert sqlite_dump(fresh) == sqlite_dump(fixture)


def test_new_files_have_every_migration(folder: Path) -> None:
    path = folder / "new.counterweight"
    ProjectStore.create(path, _expected_v1()).close()
    assert _applied(path) == schema.known_migrations()
    with ProjectStore.open(path) as store:
        assert store.migration_backup is None


def test_backup_names_never_collide(folder: Path) -> None:
    path = folder / "plan.counterweight"
    when = dt.datetime(2025, 1, 31, 9, 5, 7, tzinfo=dt.timezone.utc)
    first = sqlite_io.backup_path(path, when)
    assert first.name == "plan.backup-20250131T090507Z.counterweight"
    first.write_bytes(b"x")
    second = sqlite_io.backup_path(path, when)
    assert second != first and second.name.endswith(".counterweight")
