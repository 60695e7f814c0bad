"""Rows of the analysts' tables (migration m007): analysts, their own inputs, group settings.

Tables
------
``analysts``              one row per analyst; ``position`` is its place in the list.
``analyst_scores``        an analyst's own score of one cell (same columns as ``scores``).
``analyst_weights``       an analyst's own points for one criterion.
``analyst_elicitations``  an analyst's own weight judgements for one node, as one JSON object.
``group_settings``        one row (``id = 1``): how the group view is aggregated, JSON.

The analysts' rows point at ``analysts`` with a foreign key. Their option and
criterion ids are not foreign keys: when an option or criterion is removed the
domain drops the inputs that named it, and the rows follow in the same commit;
the domain checks every reference again when the project is loaded.

Only the inputs of analysts whose inputs changed are rewritten.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from counterweight.domain import Decision, Score
from counterweight.domain.analysts import Analyst, AnalystInput, GroupSettings
from counterweight.domain.elicitation import Elicitation

SCHEMA_7 = (
    """
    CREATE TABLE analysts (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT ''
    ) STRICT
    """,
    """
    CREATE TABLE analyst_scores (
        analyst_id TEXT NOT NULL REFERENCES analysts(id),
        option_id TEXT NOT NULL,
        criterion_id TEXT NOT NULL,
        value REAL,
        level TEXT,
        low REAL,
        high REAL,
        distribution TEXT,
        rationale TEXT NOT NULL DEFAULT '',
        evidence TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (analyst_id, option_id, criterion_id)
    ) STRICT
    """,
    """
    CREATE TABLE analyst_weights (
        analyst_id TEXT NOT NULL REFERENCES analysts(id),
        criterion_id TEXT NOT NULL,
        points REAL NOT NULL,
        PRIMARY KEY (analyst_id, criterion_id)
    ) STRICT
    """,
    """
    CREATE TABLE analyst_elicitations (
        analyst_id TEXT NOT NULL REFERENCES analysts(id),
        position INTEGER NOT NULL,
        elicitation TEXT NOT NULL
    ) STRICT
    """,
    "CREATE INDEX analyst_elicitations_by_analyst ON analyst_elicitations(analyst_id)",
    """
    CREATE TABLE group_settings (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        settings TEXT NOT NULL
    ) STRICT
    """,
)

_SCORE_COLS = (
    "analyst_id", "option_id", "criterion_id", "value", "level", "low", "high", "distribution", "rationale",
    "evidence",
)
_TABLES = ("analyst_scores", "analyst_weights", "analyst_elicitations")


def _json(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def write_analysts(conn: sqlite3.Connection, old: Decision | None, new: Decision) -> None:
    """Write what changed in the analysts, their inputs and the group settings. Runs in the caller's transaction."""
    from counterweight.storage.rows import score_row  # rows imports this module

    if old is not None and (old.analysts is new.analysts and old.analyst_inputs is new.analyst_inputs
                            and old.group is new.group):
        return
    before = {i.analyst_id: i for i in old.analyst_inputs} if old is not None else {}
    after = {i.analyst_id: i for i in new.analyst_inputs}
    stale = [k for k, v in before.items() if after.get(k) != v]
    for table in _TABLES:
        conn.executemany(f"DELETE FROM {table} WHERE analyst_id = ?", [(k,) for k in stale])
    if old is None or old.analysts != new.analysts:
        keep = {a.id for a in new.analysts}
        gone = [a.id for a in (old.analysts if old else []) if a.id not in keep]
        for table in _TABLES:  # inputs of removed analysts are gone from ``after`` already; be sure
            conn.executemany(f"DELETE FROM {table} WHERE analyst_id = ?", [(k,) for k in gone])
        conn.executemany("DELETE FROM analysts WHERE id = ?", [(k,) for k in gone])
        conn.executemany(
            "INSERT INTO analysts (id, position, name, role, note) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET position = excluded.position, name = excluded.name,"
            " role = excluded.role, note = excluded.note",
            [(a.id, i, a.name, a.role, a.note) for i, a in enumerate(new.analysts)],
        )
    fresh = [v for k, v in after.items() if before.get(k) != v]
    marks = ", ".join("?" for _ in _SCORE_COLS)
    conn.executemany(f"INSERT INTO analyst_scores ({', '.join(_SCORE_COLS)}) VALUES ({marks})",
                     [(i.analyst_id, *score_row(s)) for i in fresh for s in i.scores])
    conn.executemany("INSERT INTO analyst_weights (analyst_id, criterion_id, points) VALUES (?, ?, ?)",
                     [(i.analyst_id, k, v) for i in fresh for k, v in i.weights.items()])
    conn.executemany("INSERT INTO analyst_elicitations (analyst_id, position, elicitation) VALUES (?, ?, ?)",
                     [(i.analyst_id, n, _json(e.model_dump(mode="json"))) for i in fresh
                      for n, e in enumerate(i.elicitations)])
    if old is None or old.group != new.group:
        conn.execute("INSERT INTO group_settings (id, settings) VALUES (1, ?)"
                     " ON CONFLICT (id) DO UPDATE SET settings = excluded.settings",
                     (_json(new.group.model_dump(mode="json")),))


def read_analysts(
    conn: sqlite3.Connection, where: str
) -> tuple[list[Analyst], list[AnalystInput], GroupSettings]:
    """The analysts, their inputs and the group settings, validated.

    Raises
    ------
    ProjectFileError
        A row breaks the domain rules; the message names the table and row.
    """
    from counterweight.storage.rows import _damaged, _load_json

    analysts: list[Analyst] = []
    for row in conn.execute("SELECT id, name, role, note FROM analysts ORDER BY position, id"):
        try:
            analysts.append(Analyst.model_validate(dict(zip(("id", "name", "role", "note"), row))))
        except ValueError as exc:
            raise _damaged(where, f"table analysts, row {row[0]!r}", exc) from exc
    data: dict[str, dict[str, Any]] = {a.id: {"scores": [], "weights": {}, "elicitations": []} for a in analysts}

    def slot(aid: str, what: str) -> dict[str, Any]:
        if aid not in data:  # no foreign key check on a file edited by hand: say so
            data[aid] = {"scores": [], "weights": {}, "elicitations": []}
        return data[aid]

    for row in conn.execute(f"SELECT {', '.join(_SCORE_COLS)} FROM analyst_scores"
                            " ORDER BY analyst_id, option_id, criterion_id"):
        d = dict(zip(_SCORE_COLS, row))
        aid = d.pop("analyst_id")
        what = f"table analyst_scores, row ({aid!r}, {d['option_id']!r}, {d['criterion_id']!r})"
        d["evidence"] = _load_json(d["evidence"], where, what)
        try:
            slot(aid, what)["scores"].append(Score.model_validate(d))
        except ValueError as exc:
            raise _damaged(where, what, exc) from exc
    for aid, cid, points in conn.execute(
        "SELECT analyst_id, criterion_id, points FROM analyst_weights ORDER BY analyst_id, criterion_id"
    ):
        slot(aid, "analyst_weights")["weights"][cid] = points
    for aid, text in conn.execute(
        "SELECT analyst_id, elicitation FROM analyst_elicitations ORDER BY analyst_id, position"
    ):
        what = f"table analyst_elicitations, analyst {aid!r}"
        try:
            slot(aid, what)["elicitations"].append(Elicitation.model_validate(_load_json(text, where, what)))
        except ValueError as exc:
            raise _damaged(where, what, exc) from exc
    inputs: list[AnalystInput] = []
    for aid, d in data.items():
        if not (d["scores"] or d["weights"] or d["elicitations"]):
            continue
        try:
            inputs.append(AnalystInput.model_validate({"analyst_id": aid, **d}))
        except ValueError as exc:
            raise _damaged(where, f"the inputs of analyst {aid!r}", exc) from exc
    row = conn.execute("SELECT settings FROM group_settings WHERE id = 1").fetchone()
    group = GroupSettings()
    if row is not None:
        try:
            group = GroupSettings.model_validate(_load_json(row[0], where, "table group_settings"))
        except ValueError as exc:
            raise _damaged(where, "table group_settings", exc) from exc
    return analysts, inputs, group


__all__ = ["SCHEMA_7", "read_analysts", "write_analysts"]
