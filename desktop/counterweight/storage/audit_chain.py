"""A hash chain over the audit log, so that changes to past entries show.

Each audit row stores ``prev_hash`` (the ``hash`` of the row before it) and
``hash``, the SHA-256 of a canonical JSON array holding the row's own content
(``id``, ``at``, ``user``, ``action``, ``target``, ``old``, ``new``, exactly as
stored) followed by ``prev_hash``. The first row chains from a *genesis* value
derived from the project's decision id and creation time, so a log cannot be
moved whole into another project unnoticed.

Walking the rows in id order and recomputing every hash detects a past entry
that was edited, deleted, inserted or moved. There is no secret key: whoever
can write the file can also recompute the whole chain. See ``docs/audit.md``
for what this does and does not guarantee.

The version-1 hash (``row_hash``/``genesis``) is frozen: migration
``m004_audit_hash_chain`` uses it to chain rows of older files, and released
files depend on it. A different hash would need a new version tag.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import sqlite3

#: Domain-separation tags: a row hash can never equal a genesis value.
_ROW_TAG = "counterweight-audit-row-v1"
_GENESIS_TAG = "counterweight-audit-genesis-v1"
#: A recorded head hash may be given shortened, but not below this many hex digits.
MIN_HEAD_PREFIX = 16

_ROW_COLUMNS = 'id, at, "user", action, target, old, new, prev_hash, hash'


@dataclasses.dataclass(frozen=True, slots=True)
class ChainHead:
    """Where the next audit row attaches.

    Attributes
    ----------
    last_id : int
        The highest id ever given to an audit row (SQLite's AUTOINCREMENT
        counter), so the next row gets ``last_id + 1`` and ids are never reused.
    hash : str
        The stored hash of the newest row, or the genesis value if there is none.
    """

    last_id: int
    hash: str


@dataclasses.dataclass(frozen=True, slots=True)
class VerifyReport:
    """The outcome of checking the audit log's hash chain.

    Attributes
    ----------
    ok : bool
        Whether every entry checked out (and the expected head, if one was given, was found).
    rows_checked : int
        Entries examined (all of them when ``ok``; up to the bad one otherwise).
    first_bad_row_id : int or None
        The first entry found altered, missing or out of place; ``None`` when
        ``ok`` or when the problem concerns the log as a whole.
    problem : str
        What is wrong, in words for the user; ``""`` when ``ok``.
    head_hash : str
        Hash of the newest entry when ``ok`` (record it elsewhere to detect a
        rewritten chain later); ``""`` otherwise.
    chained_on_upgrade : int
        How many of the oldest entries were written before the file had a hash
        chain and were chained when it was upgraded (changes made to them before
        that cannot be detected).
    upgraded_at : str
        When the chain was added to this file (UTC, ISO 8601), ``""`` if unknown.
    """

    ok: bool
    rows_checked: int
    first_bad_row_id: int | None
    problem: str
    head_hash: str
    chained_on_upgrade: int = 0
    upgraded_at: str = ""

    @property
    def note(self) -> str:
        """A caveat worth showing next to the result, or ``""``."""
        if not self.chained_on_upgrade:
            return ""
        when = self.upgraded_at[:10] or "an upgrade"
        n = self.chained_on_upgrade
        entries, they = ("entry was", "it was") if n == 1 else (f"{n} entries were", "they were")
        return (
            f"The oldest {entries} written before this file kept a hash chain; {they} chained on "
            f"{when}, so changes made before then cannot be detected."
        )


def _sha256(payload: list[object]) -> str:
    text = json.dumps(payload, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("ascii")).hexdigest()


def genesis(decision_id: str, created_at: str) -> str:
    """The value the first audit row chains from.

    Parameters
    ----------
    decision_id : str
        The project's decision id (``project.decision_id``; never changes).
    created_at : str
        The project's creation time as stored (``project.created_at``).

    Returns
    -------
    str
        64 lowercase hex digits.
    """
    return _sha256([_GENESIS_TAG, decision_id, created_at])


def row_hash(
    row_id: int,
    at: str,
    user: str,
    action: str,
    target: str,
    old: str | None,
    new: str | None,
    prev_hash: str,
) -> str:
    """SHA-256 of one audit row's content and the previous row's hash.

    ``old`` and ``new`` are the JSON texts as stored (``None`` for SQL NULL),
    so any change to the stored bytes changes the hash.

    Returns
    -------
    str
        64 lowercase hex digits.
    """
    return _sha256([_ROW_TAG, row_id, at, user, action, target, old, new, prev_hash])


def _project_genesis(conn: sqlite3.Connection) -> str:
    row = conn.execute("SELECT decision_id, created_at FROM project WHERE id = 1").fetchone()
    return genesis(*(row or ("", "")))


def read_head(conn: sqlite3.Connection) -> ChainHead:
    """Read where the next row attaches (one SELECT).

    Parameters
    ----------
    conn : sqlite3.Connection
        Project connection; call inside the writing transaction.

    Returns
    -------
    ChainHead
        The AUTOINCREMENT counter (or the highest id, if larger) and the newest row's
        hash, or the genesis value for an empty log.
    """
    seq, last_id, last_hash, decision_id, created_at = conn.execute(
        "SELECT (SELECT seq FROM sqlite_sequence WHERE name = 'audit'),"
        " (SELECT id FROM audit ORDER BY id DESC LIMIT 1),"
        " (SELECT hash FROM audit ORDER BY id DESC LIMIT 1),"
        " (SELECT decision_id FROM project WHERE id = 1),"
        " (SELECT created_at FROM project WHERE id = 1)"
    ).fetchone()
    top = max(seq or 0, last_id or 0)
    if last_id is None:
        return ChainHead(top, genesis(decision_id or "", created_at or ""))
    return ChainHead(top, last_hash or "")


def chain_existing(conn: sqlite3.Connection) -> int:
    """Fill ``prev_hash`` and ``hash`` for every row, in id order (used by m004).

    Parameters
    ----------
    conn : sqlite3.Connection
        Project connection inside the migration's transaction.

    Returns
    -------
    int
        The number of rows chained.
    """
    prev = _project_genesis(conn)
    updates: list[tuple[str, str, int]] = []
    for row in conn.execute('SELECT id, at, "user", action, target, old, new FROM audit ORDER BY id'):
        digest = row_hash(*row, prev)
        updates.append((prev, digest, row[0]))
        prev = digest
    conn.executemany("UPDATE audit SET prev_hash = ?, hash = ? WHERE id = ?", updates)
    return len(updates)


def _cutoff_text(upgraded_at: str) -> str:
    """``upgraded_at`` (any ISO form) in the audit rows' text form, cut to milliseconds."""
    try:
        when = dt.datetime.fromisoformat(upgraded_at.replace("Z", "+00:00"))
    except ValueError:
        return ""
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    when = when.astimezone(dt.timezone.utc)
    return when.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _matches_head(expected: str, digest: str | None) -> bool:
    return digest is not None and len(expected) >= MIN_HEAD_PREFIX and digest.startswith(expected)


def verify(
    conn: sqlite3.Connection, *, expect_head: str | None = None, upgraded_at: str = ""
) -> VerifyReport:
    """Walk the audit log in id order and check its hash chain.

    Reports the first of: a missing id (an entry deleted), an entry whose
    ``prev_hash`` is not the previous entry's hash (deleted, inserted or moved
    entries), an entry whose content no longer matches its hash (edited), entries
    cut from the end (the AUTOINCREMENT counter is ahead of the last id).

    Parameters
    ----------
    conn : sqlite3.Connection
        Project connection (read-only is fine).
    expect_head : str, optional
        A head hash recorded earlier (at least :data:`MIN_HEAD_PREFIX` leading hex
        digits); the check fails unless some entry still has that hash, which
        catches a chain recomputed after an edit.
    upgraded_at : str, optional
        When migration m004 was applied to this file; entries written before then
        are counted in ``chained_on_upgrade``.

    Returns
    -------
    VerifyReport
        The result; never raises for a tampered log.
    """
    expected_head = (expect_head or "").strip().lower()
    cutoff = _cutoff_text(upgraded_at) if upgraded_at else ""
    prev = _project_genesis(conn)
    expected_id = 1
    checked = 0
    early = 0
    head_seen = False

    def bad(row_id: int | None, problem: str) -> VerifyReport:
        return VerifyReport(False, checked, row_id, problem, "", early, upgraded_at)

    for row in conn.execute(f"SELECT {_ROW_COLUMNS} FROM audit ORDER BY id"):
        row_id, at, _user, _action, _target, _old, _new, prev_hash, digest = row
        checked += 1
        if row_id != expected_id:
            if row_id < expected_id:  # cannot happen with an integer primary key; be safe
                return bad(row_id, f"entry {row_id} appears out of order.")
            gone = f"entry {expected_id} is" if row_id == expected_id + 1 else \
                f"entries {expected_id} to {row_id - 1} are"
            return bad(expected_id, f"{gone} missing (deleted from the history).")
        if not digest or not prev_hash:
            return bad(row_id, f"entry {row_id} has no hash (it was added or altered outside Counterweight).")
        if prev_hash != prev:
            where = "the start of the history" if row_id == 1 else f"entry {row_id - 1}"
            return bad(row_id, f"entry {row_id} does not follow {where}: an entry before it was changed, "
                               "removed, inserted or moved.")
        if row_hash(row_id, at, _user, _action, _target, _old, _new, prev_hash) != digest:
            return bad(row_id, f"entry {row_id} was changed after it was written (its content no longer "
                               "matches its hash).")
        if cutoff and isinstance(at, str) and at < cutoff:
            early += 1
        head_seen = head_seen or _matches_head(expected_head, digest)
        prev = digest
        expected_id += 1

    seq_row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit'").fetchone()
    seq = seq_row[0] if seq_row else 0
    if seq and seq >= expected_id:
        gone = f"entry {seq} is" if seq == expected_id else f"entries {expected_id} to {seq} are"
        return bad(expected_id, f"{gone} missing from the end of the history (deleted).")
    if expected_head and not head_seen:
        return bad(None, f"the recorded head hash {expected_head[:16]}… is not in this history: "
                         "the history was rewritten, or this is a different project.")
    return VerifyReport(True, checked, None, "", prev, early, upgraded_at)
