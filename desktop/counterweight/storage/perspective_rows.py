"""Rows of the ``weight_sets``, ``scenarios`` and ``snapshots`` tables (migration m008).

Kept apart from :mod:`counterweight.storage.rows`, which calls
:func:`write_perspectives` and :func:`read_perspectives`. Each list is diffed row
by row by id (a snapshot holds a whole decision, so an edit that does not touch a
snapshot never rewrites it).

No foreign keys: a weight set or scenario may keep naming a criterion or option
deleted after it was saved (the domain tolerates it, the analysis ignores it), so
the points and overrides are JSON inside the row. A snapshot's decision is the
JSON of the domain model (``Decision.model_dump_json``). Loading does not read that
text: it looks at its first and last bytes only (a text cut short is refused then), and
the text is read, parsed and validated the first time the snapshot's decision is used
(issue 6: a 1,000 x 60 copy takes longer to validate than the target for opening the
whole project, and 10-80 ms to read; see
:class:`~counterweight.domain.perspectives.SnapshotContent` and :class:`StoredCopies`).
A snapshot written back unread (moved by a deletion, or put back by undo) keeps its
stored text as it was; a row deleted while its copy is unread is read first.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from counterweight.bulk import gc_paused
from counterweight.domain import Decision, ProjectFileError
from counterweight.domain.perspectives import ScoreScenario, Snapshot, SnapshotContent, SnapshotCopyError, WeightSet

if TYPE_CHECKING:
    from counterweight.storage.store import ProjectStore

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
        if removed and table == "snapshots":  # undo may put back a copy not read yet: keep its text first
            gone = set(removed)
            for item in before:
                if item.id in gone and not item.content.loaded:  # a validated copy needs no text
                    item.content.keep_text()
        if removed:
            conn.executemany(f"DELETE FROM {table} WHERE id = ?", [(k,) for k in removed])
        if changed:
            conn.executemany(_upsert(table), [_row(x, i) for i, x in changed])


def read_perspectives(
    conn: sqlite3.Connection, where: str, copies: StoredCopies | None = None
) -> tuple[list[WeightSet], list[ScoreScenario], list[Snapshot]]:
    """Every weight set, scenario and snapshot, in list order, validated (a snapshot's decision when used).

    ``copies`` reads a snapshot's copy when it is first used; without it the copies are
    read now (and validated when used).

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
    return out["weight_sets"], out["scenarios"], _read_snapshots(conn, where, copies)


_SNAPSHOT_COLS = ("id", "name", "taken_at", "taken_by", "note")


class StoredCopies:
    """Reads one snapshot's stored copy of the decision, from the store that has the project now.

    The store's own connection while it is open (under its lock), else a read-only
    connection to its file opened for the read. Save As hands it to the new store.
    """

    def __init__(self, store: ProjectStore) -> None:
        self.store = store

    def __call__(self, snapshot_id: str) -> str | None:
        """The stored text of the snapshot ``snapshot_id``, or ``None`` if the file no longer holds it."""
        from counterweight.storage import sqlite_io

        store = self.store
        with store._mutex:
            if not store.closed:
                return _copy_text(store._connection(), snapshot_id)
        conn = sqlite_io.connect_read_only(store.path)
        try:
            return _copy_text(conn, snapshot_id)
        finally:
            conn.close()


def _copy_text(conn: sqlite3.Connection, snapshot_id: str) -> str | None:
    row = conn.execute("SELECT decision FROM snapshots WHERE id = ?", (snapshot_id,)).fetchone()
    return row[0] if row is not None and isinstance(row[0], str) else None


def _whole_object(conn: sqlite3.Connection, rowid: int) -> bool:
    """Whether the stored copy begins with ``{`` and ends with ``}`` (read without reading the text between)."""
    try:
        with conn.blobopen("snapshots", "decision", rowid, readonly=True) as blob:
            size = len(blob)
            return size > 1 and blob[0:1] == b"{" and blob[size - 1:size] == b"}"
    except sqlite3.OperationalError:  # not a text (the table is STRICT, so only in a damaged file)
        return False


def _read_snapshots(conn: sqlite3.Connection, where: str, copies: StoredCopies | None) -> list[Snapshot]:
    """The snapshots, each with its decision left in the file until it is used (not yet read or validated).

    A text that is not a JSON object from end to end (cut short, say) is refused now, so
    the file is found damaged when it is opened; reading it here would cost 10-80 ms for
    each snapshot of a 1,000 x 60 project, and parsing it as much as half the project's
    own reading.
    """
    from counterweight.storage.rows import _damaged

    items: list[Snapshot] = []
    query = f"SELECT rowid, {', '.join(_SNAPSHOT_COLS)} FROM snapshots ORDER BY position, id"
    for rowid, *row in conn.execute(query).fetchall():
        data: dict[str, Any] = dict(zip(_SNAPSHOT_COLS, row))
        what = f"snapshot {data['name']!r}, table snapshots, row {data['id']!r}"
        if not _whole_object(conn, rowid):
            raise _damaged(where, what, ValueError("its copy of the decision is not a whole JSON object"))
        fetch = _fetcher(where, what, data["id"], copies if copies is not None else _copy_text(conn, data["id"]))
        data["content"] = SnapshotContent.stored(fetch, _decision_reader(where, what, data["id"]))
        try:
            items.append(Snapshot.model_validate(data))
        except ValueError as exc:
            raise _damaged(where, what, exc) from exc
    return items


def _fetcher(where: str, what: str, snapshot_id: str, copies: StoredCopies | str | None) -> Callable[[], str]:
    """The function that reads a snapshot's stored copy (or returns the one read already); errors name it."""

    def fetch() -> str:
        try:
            text = copies(snapshot_id) if isinstance(copies, StoredCopies) else copies
        except (sqlite3.Error, OSError, UnicodeDecodeError, ProjectFileError) as exc:
            problem = f"its copy of the decision could not be read: {exc}"
            raise _copy_error(where, what, snapshot_id, ValueError(problem)) from exc
        if text is None:
            raise _copy_error(where, what, snapshot_id, ValueError("the file no longer holds its copy of the decision"))
        return text

    return fetch


def _decision_reader(where: str, what: str, snapshot_id: str) -> Callable[[str], Decision]:
    """The function that validates a stored snapshot's decision; its errors name the file and the snapshot."""

    def read(text: str) -> Decision:
        from counterweight.storage.rows import _load_json

        try:
            data = _load_json(text, where, what)
        except ProjectFileError as exc:  # not JSON: the detail says where it stops
            raise _copy_error(where, what, snapshot_id, ValueError(exc.detail or exc.message)) from exc
        try:
            with gc_paused():  # as ProjectStore.load: tens of thousands of objects, no cycles
                decision = Decision.model_validate(data)
            if decision.snapshots:
                raise ValueError("its copy of the decision has snapshots of its own")
        except ValueError as exc:
            raise _copy_error(where, what, snapshot_id, exc) from exc
        return decision

    return read


def _copy_error(where: str, what: str, snapshot_id: str, exc: ValueError) -> SnapshotCopyError:
    """The error for a snapshot's copy that cannot be used, as :func:`rows._damaged` words it."""
    from counterweight.storage.rows import _damaged

    err = _damaged(where, what, exc)
    return SnapshotCopyError(err.message, where=err.where, detail=err.detail, snapshot_id=snapshot_id,
                             problem=err.detail or str(exc))


__all__ = ["SCHEMA_8", "StoredCopies", "read_perspectives", "write_perspectives"]
