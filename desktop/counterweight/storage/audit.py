"""The audit log: who changed what, when, from what to what.

Rows are only ever appended, in the same transaction as the change they describe,
so the log and the data cannot disagree. Each row is chained to the one before it
by a hash (:mod:`counterweight.storage.audit_chain`), so later changes to past rows show.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import getpass
import json
import os
import pathlib
import socket
import sqlite3
from typing import Any

from counterweight.storage.audit_chain import ChainHead, read_head, row_hash


@dataclasses.dataclass(frozen=True, slots=True)
class AuditEntry:
    """One row of the audit log.

    Attributes
    ----------
    id : int
        Increasing sequence number (never reused).
    at : datetime.datetime
        When the change was saved, timezone-aware UTC.
    user : str
        The operating-system account that made the change.
    action : str
        Short description, e.g. ``"Set score"``.
    target : str
        What was changed, e.g. ``"score O2 × Civilian risk"``.
    old, new : object
        The value before and after, as plain JSON data (``None`` if absent).
    hash : str
        The row's chain hash (``""`` if it has none).
    """

    id: int
    at: dt.datetime
    user: str
    action: str
    target: str
    old: Any
    new: Any
    hash: str = ""


def current_user(unknown: str = "unknown") -> str:
    """The operating-system user name, or ``unknown`` if it cannot be found.

    ``getpass.getuser`` raises when no login name is set (e.g. in some services
    and containers); an edit must never fail because of that. The one place the
    account is read: the audit trail, locks, packets, briefs and judgements' authors.
    """
    try:
        name = getpass.getuser()
    except Exception:  # noqa: BLE001 - OSError, KeyError, ImportError depending on platform
        name = os.environ.get("USER") or os.environ.get("USERNAME") or ""
    return name.strip() or unknown


def host_name() -> str:
    """This computer's name (no network access), or ``"unknown-host"``."""
    try:
        return socket.gethostname() or "unknown-host"
    except OSError:
        return "unknown-host"


def utc_now() -> str:
    """The current time as UTC ISO-8601 with milliseconds, e.g. ``2025-01-31T09:15:02.123Z``."""
    now = dt.datetime.now(dt.timezone.utc)
    return now.isoformat(timespec="milliseconds").replace("+00:00", "Z")


#: Shown for a stored time that cannot be read (the row was altered outside Counterweight).
UNREADABLE_TIME = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def _parse_time(text: str) -> dt.datetime:
    try:
        parsed = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return UNREADABLE_TIME
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=dt.timezone.utc)


def _parse_value(text: str | None) -> Any:
    """A stored JSON value; text that is not JSON (altered outside Counterweight) is kept as is."""
    if text is None:
        return None
    try:
        return json.loads(text)
    except (json.JSONDecodeError, TypeError):
        return text


def _plain(obj: object) -> object:
    """``json.dumps`` fallback: domain models, enums, sets, paths, times."""
    dump = getattr(obj, "model_dump", None)
    if callable(dump):
        return dump(mode="json")
    if isinstance(obj, enum.Enum):
        return obj.value
    if isinstance(obj, (set, frozenset)):
        return sorted((_plain(x) if not isinstance(x, (str, int, float)) else x for x in obj), key=str)
    if isinstance(obj, (dt.datetime, dt.date)):
        return obj.isoformat()
    if isinstance(obj, pathlib.PurePath):
        return str(obj)
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return dataclasses.asdict(obj)
    # Never lose an edit because its description cannot be serialised.
    return repr(obj)


def to_json(obj: object) -> str | None:
    """Serialise an audit value; ``None`` stays SQL NULL.

    Parameters
    ----------
    obj : object
        Anything: JSON types, pydantic models (and lists of them), enums, sets.

    Returns
    -------
    str or None
        Compact JSON text.
    """
    if obj is None:
        return None
    return json.dumps(obj, default=_plain, ensure_ascii=False, separators=(",", ":"))


def append(
    conn: sqlite3.Connection,
    *,
    action: str,
    target: str,
    before: object,
    after: object,
    head: ChainHead | None = None,
) -> ChainHead:
    """Insert one chained audit row on ``conn`` (inside the caller's transaction).

    Parameters
    ----------
    conn : sqlite3.Connection
        Writable project connection with a transaction open.
    action, target : str
        Short action and what it applies to.
    before, after : object
        Values before and after the change.
    head : ChainHead, optional
        Where the row attaches, if the caller knows (it saves one SELECT); read
        from the file when omitted.

    Returns
    -------
    ChainHead
        The new head: pass it to the next call once this transaction has committed.
    """
    if head is None:
        head = read_head(conn)
    row_id = head.last_id + 1
    at, user = utc_now(), current_user()
    old, new = to_json(before), to_json(after)
    digest = row_hash(row_id, at, user, action, target, old, new, head.hash)
    conn.execute(
        'INSERT INTO audit (id, at, "user", action, target, old, new, prev_hash, hash)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (row_id, at, user, action, target, old, new, head.hash, digest),
    )
    return ChainHead(row_id, digest)


def read(conn: sqlite3.Connection, limit: int | None = None, action: str | None = None) -> list[AuditEntry]:
    """Read the audit log, newest first.

    Parameters
    ----------
    conn : sqlite3.Connection
        Project connection.
    limit : int, optional
        At most this many entries (the most recent ones).
    action : str, optional
        Only entries with exactly this action (the filter runs in SQLite, so a long
        history is not read to find one kind of entry).

    Returns
    -------
    list of AuditEntry
        Newest first.
    """
    sql = 'SELECT id, at, "user", action, target, old, new, hash FROM audit'
    params: list[object] = []
    if action is not None:
        sql += " WHERE action = ?"
        params.append(action)
    sql += " ORDER BY id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(max(0, int(limit)))
    out: list[AuditEntry] = []
    for row_id, at, user, done, target, old, new, digest in conn.execute(sql, params):
        out.append(
            AuditEntry(
                id=row_id,
                at=_parse_time(at),
                user=user,
                action=done,
                target=target,
                old=_parse_value(old),
                new=_parse_value(new),
                hash=digest or "",
            )
        )
    return out
