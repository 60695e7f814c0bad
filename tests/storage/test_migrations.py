"""Old files still open: migrations, backups before migrating, read-only upgrades in memory."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import sqlite3
from pathlib import Path

from counterweight.domain import (
    Criterion,
    Decision,
    Direction,
    EvidenceRef,
    Level,
    NumericScale,
    Option,
    QualitativeScale,
    Score,
)
from counterweight.storage import ProjectStore, schema, sqlite_io
from tests.storage import make_fixtures

FIXTURE = Path(__file__).parent / "fixtures" / "v1_example.counterweight"


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


def test_fixture_is_format_1_and_needs_migrating() -> None:
    applied = _applied(FIXTURE)
    assert applied == ["m001_create_schema"]
    assert schema.pending_migrations(applied), "the fixture should exercise at least one migration"


def test_old_file_is_backed_up_then_migrated(folder: Path) -> None:
    path = folder / "flood.counterweight"
    shutil.copyfile(FIXTURE, path)
    original = _sha(path)
    with ProjectStore.open(path) as store:
        assert not store.read_only
        assert store.load() == _expected_v1()
        backup = store.migration_backup
        assert backup is not None and backup.parent == folder
        assert re.fullmatch(r"flood\.backup-\d{8}T\d{6}Z\.counterweight", backup.name)
        log = store.audit_log()
        assert log[0].action == "Upgrade project file"
        assert log[0].new["backup"] == backup.name
        assert log[-1].user == "fixture"  # old history kept
    # the backup is the file exactly as it was before migrating (same content,
    # rollback journal), and it still opens as a format-1 file
    assert _applied(backup) == ["m001_create_schema"]
    assert sqlite_dump(backup, all_rows=True) == sqlite_dump(FIXTURE, all_rows=True)
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


def test_old_file_opened_read_only_is_upgraded_in_memory_only(folder: Path) -> None:
    path = folder / "flood.counterweight"
    shutil.copyfile(FIXTURE, path)
    original = _sha(path)
    with ProjectStore.open(path, read_only=True) as store:
        assert store.read_only
        assert store.load() == _expected_v1()
        assert store.migration_backup is None
    assert _sha(path) == original
    assert sorted(p.name for p in folder.iterdir()) == ["flood.counterweight"]


def test_fixture_script_reproduces_the_fixture(folder: Path) -> None:
    assert make_fixtures.main(["make_fixtures.py", str(folder)]) == 0
    fresh = folder / "v1_example.counterweight"
    assert sqlite_dump(fresh) == sqlite_dump(FIXTURE)


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
