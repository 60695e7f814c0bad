"""Write the old-format project files kept under ``fixtures/``.

- ``v1_example.counterweight``: file format 1, the schema after migration
  ``m001_create_schema`` only.
- ``v2_example.counterweight``: file format 2, the schema after
  ``m002_index_child_keys`` (the last migration before scores gained a
  distribution and projects gained elicitations and red lines). Its method
  settings already carry the nested TOPSIS, PROMETHEE, VIKOR and uncertainty
  settings, as files written by that version do.

The rows are written with plain SQL in each format's columns, not with today's
storage code, so the fixtures keep showing what an old file looks like as the
code moves on. They were generated once and committed; run this again only to
recreate them:

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
V2_LAST_MIGRATION = "m002_index_child_keys"
FIXTURES = Path(__file__).resolve().parent / "fixtures"

LEVELS = {
    "kind": "qualitative",
    "levels": [
        {"label": "Low", "descriptor": "Little public concern", "value": 100},
        {"label": "Medium", "descriptor": "Some public concern", "value": 50},
        {"label": "High", "descriptor": "Wide public concern", "value": 0},
    ],
}

#: Method settings as a format-2 file holds them: every nested part written out.
V2_METHOD = {
    "aggregation": "promethee",
    "normalization": "min_max",
    "topsis": {"normalization": "min_max"},
    "promethee": {
        "preferences": {
            "cost": {"function": "level", "q": 5.0, "p": 20.0, "s": None},
            "homes": {"function": "gaussian", "q": None, "p": None, "s": 30.0},
        }
    },
    "vikor": {"v": 0.25},
    "uncertainty": {
        "samples": 5000,
        "seed": 7,
        "distribution": "pert",
        "weights": "ranges",
        "weight_ranges": {"cost": {"low": 0.1, "high": 0.4}},
        "criteria_order": ["homes", "cost", "concern"],
    },
}


def _apply_up_to(conn: sqlite3.Connection, last: str) -> None:
    """Apply today's migrations up to and including ``last`` (released ones never change)."""
    db = Database(conn, execute_plugins=False)
    names = [m.name for m in schema.MIGRATIONS.pending(db)]
    assert last in names, f"{last} is not a known migration"
    schema.MIGRATIONS.apply(db, stop_before=names[names.index(last) + 1:])


def _write_rows(conn: sqlite3.Connection, method: dict[str, object], title: str) -> None:
    """The same example rows for both formats (their scores table has eight columns)."""
    conn.execute(
        "INSERT INTO project VALUES (1, 'counterweight-project', 'flood-2024', ?,"
        " 'Which scheme to fund first', 'Example data', ?, '2024-05-01T09:00:00.000Z', '0.1.0')",
        (title, json.dumps(method)),
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
        " VALUES ('2024-05-01T09:00:00.000Z', 'fixture', 'Create project', ?, NULL, NULL)",
        (title,),
    )


def _write(path: Path, last_migration: str, method: dict[str, object], title: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        _apply_up_to(conn, last_migration)
        conn.execute("BEGIN")
        _write_rows(conn, method, title)
        conn.execute("COMMIT")
    finally:
        conn.close()


def write_v1_example(path: Path) -> None:
    """Create the format-1 example project at ``path`` (which must not exist)."""
    _write(path, V1_LAST_MIGRATION, {"aggregation": "wsm", "normalization": "value_function"},
           "Flood defence options")


def write_v2_example(path: Path) -> None:
    """Create the format-2 example project at ``path`` (which must not exist)."""
    _write(path, V2_LAST_MIGRATION, V2_METHOD, "Flood defence options (format 2)")


WRITERS = {"v1_example.counterweight": write_v1_example, "v2_example.counterweight": write_v2_example}


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else FIXTURES
    out.mkdir(parents=True, exist_ok=True)
    for name, write in WRITERS.items():
        target = out / name
        target.unlink(missing_ok=True)
        write(target)
        print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
