"""Rows of the ``weight_sets``, ``scenarios`` and ``snapshots`` tables (migration m008).

Kept apart from :mod:`counterweight.storage.rows`, which calls
:func:`write_perspectives` and :func:`read_perspectives`. Each list is diffed row
by row by id (a snapshot holds a whole decision, so an edit that does not touch a
snapshot never rewrites it).

No foreign keys: a weight set or scenario may keep naming a criterion or option
deleted after it was saved (the domain tolerates it, the analysis ignores it), so
the points and overrides are JSON inside the row. A snapshot's decision is the
JSON of the domain model (``Decision.model_dump_json``). Loading keeps the text (a
text cut short is refused then); it is parsed and validated the first time the
snapshot's decision is used (issue 6: a 1,000 x 60 copy takes
longer to validate than the target for opening the whole project; see
:class:`~counterweight.domain.perspectives.SnapshotContent`). A snapshot written back
unread (moved by a deletion, or put back by undo) keeps its stored text as it was.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from typing import Any

from counterweight.bulk import gc_paused
from counterweight.domain import Decision
from counterweight.domain.perspectives import ScoreScenario, Snapshot, SnapshotContent, WeightSet

SCHEMA_8 = (
    """
    CREATE TABLE weight_sets (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        weights TEXT NOT NULL DEFAULT '{}'
    ) STRICT
    """,
    """
    CREATE TABLE scenarios (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        overrides TEXT NOT NULL DEFAULT '[]'
    ) STRICT
    """,
    """
    CREATE TABLE snapshots (
        id TEXT PRIMARY KEY,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        taken_at TEXT NOT NULL,
        taken_by TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        decision TEXT NOT NULL
    ) STRICT
    """,
)

_COLS = {
    "weight_sets": ("id", "position", "name", "description", "weights"),
    "scenarios": ("id", "position", "name", "description", "overrides"),
    "snapshots": ("id", "position", "name", "taken_at", "taken_by", "note", "decision"),
}


def _upsert(table: str) -> str:
    cols = _COLS[table]
    sets = ", ".join(f"{c} = excluded.{c}" for c in cols if c != "id")
    return (f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})"
            f" ON CONFLICT (id) DO UPDATE SET {sets}")


def _json(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def _row(item: WeightSet | ScoreScenario | Snapshot, position: int) -> tuple[Any, ...]:
    if isinstance(item, WeightSet):
        return (item.id, position, item.name, item.description, _json(item.weights))
    if isinstance(item, ScoreScenario):
        overrides = [o.model_dump(mode="json", exclude_none=True) for o in item.overrides]
        return (item.id, position, item.name, item.description, _json(overrides))
    return (item.id, position, item.name, item.taken_at.isoformat(), item.taken_by, item.note,
            item.content.json_text())


def _key(item: Any) -> str:
    return item.id


def write_perspectives(conn: sqlite3.Connection, old: Decision | None, new: Decision) -> None:
    """Write the weight sets, scenarios and snapshots of ``new`` that differ from ``old``'s.

    Runs inside the caller's transaction; nothing refers to these tables, so the
    statements may run at any point of a commit.
    """
    from counterweight.storage.rows import _changes  # rows imports this module

    for table in _COLS:
        before: Sequence[Any] = getattr(old, table) if old is not None else []
        after: Sequence[Any] = getattr(new, table)
        if before is after:
            continue
        changed, removed = _changes(before, after, _key)
        if removed:
            conn.executemany(f"DELETE FROM {table} WHERE id = ?", [(k,) for k in removed])
        if changed:
            conn.executemany(_upsert(table), [_row(x, i) for i, x in changed])


def read_perspectives(
    conn: sqlite3.Connection, where: str
) -> tuple[list[WeightSet], list[ScoreScenario], list[Snapshot]]:
    """Every weight set, scenario and snapshot, in list order, validated (a snapshot's decision when used).

    Raises
    ------
    ProjectFileError
        A row breaks the domain rules; the message names the table and row.
    """
    from counterweight.storage.rows import _damaged, _load_json

    models: dict[str, type[Any]] = {"weight_sets": WeightSet, "scenarios": ScoreScenario}
    out: dict[str, list[Any]] = {}
    for table, model in models.items():
        cols = _COLS[table]
        items: list[Any] = []
        for row in conn.execute(f"SELECT {', '.join(cols)} FROM {table} ORDER BY position, id"):
            data = dict(zip(cols, row))
            data.pop("position")
            what = f"table {table}, row {data['id']!r}"
            for name in ("weights", "overrides"):
                if name in data:
                    data[name] = _load_json(data[name], where, what)
            try:
                items.append(model.model_validate(data))
            except ValueError as exc:
                raise _damaged(where, what, exc) from exc
        out[table] = items
    return out["weight_sets"], out["scenarios"], _read_snapshots(conn, where)


_SNAPSHOT_COLS = ("id", "name", "taken_at", "taken_by", "note", "decision")


def _read_snapshots(conn: sqlite3.Connection, where: str) -> list[Snapshot]:
    """The snapshots, each keeping its decision as the stored text (not yet parsed or validated).

    A text that is not a JSON object from end to end (cut short, say) is refused now, so
    the file is found damaged when it is opened; parsing it here would cost as much as
    half the project's own reading, for each snapshot.
    """
    from counterweight.storage.rows import _damaged

    items: list[Snapshot] = []
    for row in conn.execute(f"SELECT {', '.join(_SNAPSHOT_COLS)} FROM snapshots ORDER BY position, id"):
        data = dict(zip(_SNAPSHOT_COLS, row))
        text = data.pop("decision")
        what = f"snapshot {data['name']!r}, table snapshots, row {data['id']!r}"
        if not (isinstance(text, str) and text.startswith("{") and text.endswith("}")):
            raise _damaged(where, what, ValueError("its copy of the decision is not a whole JSON object"))
        data["content"] = SnapshotContent.stored(text, _decision_reader(where, what))
        try:
            items.append(Snapshot.model_validate(data))
        except ValueError as exc:
            raise _damaged(where, what, exc) from exc
    return items


def _decision_reader(where: str, what: str) -> Callable[[str], Decision]:
    """The function that validates a stored snapshot's decision; its errors name the file and the snapshot."""

    def read(text: str) -> Decision:
        from counterweight.storage.rows import _damaged, _load_json

        data = _load_json(text, where, what)
        try:
            with gc_paused():  # as ProjectStore.load: tens of thousands of objects, no cycles
                decision = Decision.model_validate(data)
            if decision.snapshots:
                raise ValueError("its copy of the decision has snapshots of its own")
        except ValueError as exc:
            raise _damaged(where, what, exc) from exc
        return decision

    return read


__all__ = ["SCHEMA_8", "read_perspectives", "write_perspectives"]
