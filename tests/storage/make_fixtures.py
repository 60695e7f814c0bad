"""Write ``fixtures/v1_example.counterweight``: a project in file format 1.

Format 1 is the schema after migration ``m001_create_schema`` only. The rows are
written with plain SQL in that format's columns, not with today's storage code,
so the fixture keeps showing what an old file looks like as the code moves on.
It was generated once and committed; run this again only to recreate it:

    python tests/storage/make_fixtures.py [output folder]
"""

from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path

try:
    from counterweight.storage import schema
except ImportError:  # run from a checkout without installing
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "desktop"))
    from counterweight.storage import schema

from sqlite_utils import Database

V1_LAST_MIGRATION = "m001_create_schema"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

LEVELS = {
    "kind": "qualitative",
    "levels": [
        {"label": "Low", "descriptor": "Little public concern", "value": 100},
        {"label": "Medium", "descriptor": "Some public concern", "value": 50},
        {"label": "High", "descriptor": "Wide public concern", "value": 0},
    ],
}


def write_v1_example(path: Path) -> None:
    """Create the format-1 example project at ``path`` (which must not exist)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        db = Database(conn, execute_plugins=False)
        migrations = schema.MIGRATIONS.pending(db)
        assert migrations[0].name == V1_LAST_MIGRATION
        schema.MIGRATIONS.apply(db, stop_before=[m.name for m in migrations[1:]])
        conn.execute("BEGIN")
        conn.execute(
            "INSERT INTO project VALUES (1, 'counterweight-project', 'flood-2024', 'Flood defence options',"
            " 'Which scheme to fund first', 'Example data', ?, '2024-05-01T09:00:00.000Z', '0.1.0')",
            (json.dumps({"aggregation": "wsm", "normalization": "value_function"}),),
        )
        conn.executemany(
            "INSERT INTO options VALUES (?, ?, ?, ?, ?)",
            [
                ("wall", 0, "Sea wall", "Raise the existing wall by 1 m", ""),
                ("marsh", 1, "Managed retreat", "", "Coastal agency study, 2023"),
            ],
        )
        numeric = {"kind": "numeric", "lower": 0, "upper": 200, "breakpoints": []}
        conn.executemany(
            "INSERT INTO criteria VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                ("impact", None, 0, "Impact", "", "higher_better", "", None, 2.0),
                ("homes", "impact", 1, "Homes protected", "", "higher_better", "homes", json.dumps(numeric), 3.0),
                ("concern", "impact", 2, "Public concern", "", "lower_better", "", json.dumps(LEVELS), 1.0),
                ("cost", None, 3, "Cost", "", "lower_better", "£m", json.dumps(numeric), 1.0),
            ],
        )
        evidence = json.dumps([{"source": "Survey 2023", "locator": "table 4", "note": ""}])
        conn.executemany(
            "INSERT INTO scores VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                ("wall", "homes", 120.0, None, 100.0, 150.0, "Model run B", evidence),
                ("wall", "concern", None, "Low", None, None, "", "[]"),
                ("wall", "cost", 80.0, None, None, None, "Tender estimate", "[]"),
                ("marsh", "homes", 60.0, None, None, None, "", "[]"),
                ("marsh", "concern", None, "High", None, None, "Relocation is contested", "[]"),
            ],
        )
        conn.execute(
            "INSERT INTO audit (at, \"user\", action, target, old, new)"
            " VALUES ('2024-05-01T09:00:00.000Z', 'fixture', 'Create project', 'Flood defence options', NULL, NULL)"
        )
        conn.execute("COMMIT")
    finally:
        conn.close()


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else FIXTURES
    out.mkdir(parents=True, exist_ok=True)
    target = out / "v1_example.counterweight"
    target.unlink(missing_ok=True)
    write_v1_example(target)
    print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
