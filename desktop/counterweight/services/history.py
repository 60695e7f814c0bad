"""The project's history: verify the audit chain, browse and filter it, restore a past value.

The history is never rewritten. Restoring a value is a new edit
(:class:`RestoreValue`, in :mod:`counterweight.services.history_restore` and
importable from here) that goes through the session like any other, so it is
saved, audited and undoable.

Entries can be filtered by the operating-system account that made them, by the
named analyst whose inputs they changed (:func:`entry_analyst`; entries about no
analyst belong to the shared inputs, :data:`SHARED_INPUTS`), by element and by time.

A long history is followed without reading it all again: :func:`history_since` reads
the entries added after the last one shown and checks only their links of the chain
(a full :func:`verify_audit` is still what opening the history and "Verify again" do).
Undo and redo are audited under their own actions (:func:`replayed`), so the history
tells them from fresh edits.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import sqlite3
from collections.abc import Sequence

from counterweight.domain.analysts import Analyst
from counterweight.domain import Decision
from counterweight.domain.errors import InvalidInputError
from counterweight.services.edits import Applied, Edit
from counterweight.services.history_restore import (
    ElementRef,
    RestoreValue,
    element_of,
    entry_analyst,
    entry_dicts,
    restorable,
)
from counterweight.services.history_packets import changed_ids, is_import
from counterweight.services.history_values import Names
from counterweight.services.packet_origin import IMPORT_ACTION, UNDO_IMPORT_ACTION
from counterweight.services.session import ProjectSession
from counterweight.storage import AuditEntry, ProjectStore
from counterweight.storage.audit_chain import MIN_HEAD_PREFIX, VerifyReport, row_hash

__all__ = [
    "EXACT_ACTIONS", "REDO_PREFIX", "SHARED_INPUTS", "UNDO_PREFIX", "AuditEntry", "ElementRef", "HistoryTail",
    "Replayed", "RestoreValue", "VerifyReport", "audit_log", "element_of", "entry_analyst", "entry_ids",
    "filter_entries", "history", "history_since", "redo_action", "replayed", "restorable", "split_action",
    "undo_action", "verify_audit",
]

#: ``analyst_id`` of :func:`filter_entries` keeping the entries that concern no named analyst.
SHARED_INPUTS = ":shared"

_HEX = re.compile(r"[0-9a-f]+")
DateBound = dt.datetime | dt.date | None


# ------------------------------------------------------------------ verification


def _store_of(session: ProjectSession) -> ProjectStore:
    # ProjectSession keeps its store private; history needs its chain check.
    return session._store  # private: ProjectSession offers no public accessor (yet)


def _clean_head(expect_head: str | None) -> str | None:
    if expect_head is None:
        return None
    text = expect_head.strip().lower()
    if not (MIN_HEAD_PREFIX <= len(text) <= 64) or not _HEX.fullmatch(text):
        raise InvalidInputError(
            f"A head hash is {MIN_HEAD_PREFIX} to 64 hexadecimal digits (0-9, a-f); "
            f"{expect_head!r} is not one.",
            where="head hash",
        )
    return text


def verify_audit(
    path_or_session: str | os.PathLike[str] | ProjectSession, *, expect_head: str | None = None
) -> VerifyReport:
    """Check that the project's history has not been altered since it was written.

    Parameters
    ----------
    path_or_session : path or ProjectSession
        A ``.counterweight`` file (opened read-only, never changed) or an open session.
    expect_head : str, optional
        A head hash recorded earlier (e.g. printed in a brief). Verification fails
        unless an entry still has it, which also catches a recomputed chain.

    Returns
    -------
    VerifyReport
        ``ok``, how many entries were checked and, if not ok, the first bad entry
        and what is wrong with it.

    Raises
    ------
    ProjectFileError
        The file is missing, unreadable or not a Counterweight project.
    InvalidInputError
        ``expect_head`` is not a (long enough) hexadecimal hash.
    """
    head = _clean_head(expect_head)
    if isinstance(path_or_session, ProjectSession):
        return _store_of(path_or_session).verify_audit(head)
    with ProjectStore.open(os.fspath(path_or_session), read_only=True) as store:
        return store.verify_audit(head)


def audit_log(path: str | os.PathLike[str], limit: int | None = None) -> list[AuditEntry]:
    """Read a project file's history, newest first, without changing the file.

    Parameters
    ----------
    path : path
        The ``.counterweight`` file.
    limit : int, optional
        At most this many (the most recent) entries.

    Returns
    -------
    list of AuditEntry
        Newest first.
    """
    with ProjectStore.open(os.fspath(path), read_only=True) as store:
        return store.audit_log(limit)


# ------------------------------------------------------------------ browsing


def entry_ids(entry: AuditEntry) -> set[str]:
    """Ids of the options and criteria an entry's recorded values mention."""
    ids: set[str] = set()
    for data in entry_dicts(entry):
        ids |= {data[k] for k in ("option_id", "criterion_id", "id") if isinstance(data.get(k), str)}
    if entry.target.startswith("weights "):
        for value in (entry.old, entry.new):
            if isinstance(value, dict):
                ids |= {k for k in value if isinstance(k, str)}
    return ids


def _mentions(entry: AuditEntry, what: str, names: Names, log: Sequence[AuditEntry]) -> bool:
    """Whether ``what`` is in the entry's target, is an id it mentions, or (a packet import) is
    in the id or the name of an option or criterion whose value it changed."""
    if what.casefold() in entry.target.casefold() or what in entry_ids(entry):
        return True
    changed = changed_ids(entry, log) if is_import(entry) else set()
    return what in changed or any(what.casefold() in names(i).casefold() for i in changed if names.knows(i))


def _bound(value: DateBound, *, end: bool) -> tuple[dt.datetime | None, bool]:
    """A time bound and whether it is exclusive. Naive times and dates are local time;
    a date covers that whole day."""
    if value is None:
        return None, False
    if isinstance(value, dt.datetime):
        return (value if value.tzinfo else value.astimezone()), False
    day = value + dt.timedelta(days=1) if end else value
    return dt.datetime.combine(day, dt.time()).astimezone(), end


def filter_entries(
    entries: list[AuditEntry],
    *,
    analyst: str | None = None,
    element: str | None = None,
    since: DateBound = None,
    until: DateBound = None,
    analyst_id: str | None = None,
    analysts: Sequence[Analyst] = (),
    decision: Decision | None = None,
    log: Sequence[AuditEntry] | None = None,
) -> list[AuditEntry]:
    """Keep the entries matching every filter given (order kept).

    Parameters
    ----------
    entries : list of AuditEntry
        Entries to filter.
    analyst : str, optional
        The operating-system account that made the change (case-insensitive, exact).
    element : str, optional
        Text found in what was changed (case-insensitive), or an option or criterion id. A
        packet import is also found by the options and criteria whose values it changed:
        by their ids, and by their names in ``decision``.
    since, until : datetime or date, optional
        Inclusive time range; a date means that whole day, naive times are local time.
    analyst_id : str, optional
        Keep the entries that changed this named analyst's inputs (or the analyst
        record itself); :data:`SHARED_INPUTS` keeps the entries about no analyst.
    analysts : sequence of Analyst
        The project's analysts, to attribute entries written before targets carried
        the analyst's id (see :func:`entry_analyst`).
    decision : Decision, optional
        Names the elements a packet import changed (for ``element``).
    log : sequence of AuditEntry, optional
        The whole history (default: ``entries``): an import taken back with Edit > Undo
        is found by the values of the import it took back, read there.

    Returns
    -------
    list of AuditEntry
        The matching entries.
    """
    who = (analyst or "").strip().casefold()
    what = (element or "").strip()
    start, _ = _bound(since, end=False)
    stop, exclusive = _bound(until, end=True)
    names, log = Names(decision), entries if log is None else log
    out = []
    for entry in entries:
        if who and entry.user.casefold() != who:
            continue
        if analyst_id is not None and (entry_analyst(entry, analysts) or SHARED_INPUTS) != analyst_id:
            continue
        if what and not _mentions(entry, what, names, log):
            continue
        if start is not None and entry.at < start:
            continue
        if stop is not None and (entry.at >= stop if exclusive else entry.at > stop):
            continue
        out.append(entry)
    return out


def history(
    session: ProjectSession,
    *,
    analyst: str | None = None,
    element: str | None = None,
    since: DateBound = None,
    until: DateBound = None,
    analyst_id: str | None = None,
) -> list[AuditEntry]:
    """The session's history, newest first, filtered as in :func:`filter_entries`."""
    return filter_entries(session.audit_log(), analyst=analyst, element=element, since=since, until=until,
                          analyst_id=analyst_id, analysts=session.decision.analysts, decision=session.decision)


# ------------------------------------------------------------------ following a growing history


@dataclasses.dataclass(frozen=True)
class HistoryTail:
    """What :func:`history_since` found: the entries added since, and the verdict over the whole log.

    Attributes
    ----------
    entries : list of AuditEntry
        The new entries, newest first.
    report : VerifyReport
        The earlier verdict extended over the new entries (or, when they do not
        continue the verified chain, a full verification's).
    """

    entries: list[AuditEntry]
    report: VerifyReport


_TAIL_SQL = 'SELECT id, at, "user", action, target, old, new, prev_hash, hash FROM audit WHERE id > ? ORDER BY id'


def _tail_rows(session: ProjectSession, after_id: int) -> tuple[str | None, list[tuple], int]:
    """The stored hash of entry ``after_id``, the rows after it (as stored) and the id counter."""
    store = _store_of(session)
    with store._mutex:  # private, as in _store_of: the store offers no "rows after" query (yet)
        conn = store._connection()
        began = not conn.in_transaction
        if began:
            conn.execute("BEGIN")  # one snapshot for the three reads
        try:
            anchor = conn.execute("SELECT hash FROM audit WHERE id = ?", (after_id,)).fetchone()
            rows = conn.execute(_TAIL_SQL, (after_id,)).fetchall()
            seq = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'audit'").fetchone()
        finally:
            if began:
                conn.execute("COMMIT")
    return (anchor[0] if anchor else None), rows, int(seq[0] if seq and seq[0] else 0)


def _links_hold(rows: list[tuple], after_id: int, head: str) -> str | None:
    """The hash of the last row if ``rows`` continue the chain ending at ``head``, else ``None``."""
    prev, expected = head, after_id + 1
    for row_id, at, user, action, target, old, new, prev_hash, digest in rows:
        if row_id != expected or not digest or prev_hash != prev \
                or row_hash(row_id, at, user, action, target, old, new, prev_hash) != digest:
            return None
        prev, expected = digest, expected + 1
    return prev


def history_since(session: ProjectSession, after_id: int, report: VerifyReport) -> HistoryTail | None:
    """The entries added after entry ``after_id``, and ``report`` extended over them.

    Only the new entries' links are checked: that each follows the one before it,
    starting from entry ``after_id`` whose hash must still be ``report.head_hash``,
    and that nothing was cut from the end. Anything amiss falls back to a full
    :func:`verify_audit`, so the verdict then names the first bad entry. A change to
    an older entry made meanwhile shows at the next full verification. A report that
    was already not ok stays as it was (appending cannot mend the chain).

    Parameters
    ----------
    session : ProjectSession
        The open project.
    after_id : int
        The newest entry already read and verified (``0``: none).
    report : VerifyReport
        The verdict over the entries up to ``after_id``.

    Returns
    -------
    HistoryTail or None
        ``None`` when the entries read do not line up with the ids after ``after_id``
        (read the whole history again).

    Raises
    ------
    ProjectFileError
        The project was closed.
    """
    try:
        anchor, rows, seq = _tail_rows(session, after_id)
    except sqlite3.DatabaseError:
        return None
    entries = session.audit_log(len(rows)) if rows else []
    if [e.id for e in entries] != [r[0] for r in reversed(rows)]:
        return None
    if not report.ok:
        return HistoryTail(entries, report)
    head = report.head_hash if after_id == 0 or anchor == report.head_hash else None
    last = _links_hold(rows, after_id, head) if head is not None else None
    last_id = rows[-1][0] if rows else after_id
    if last is None or seq > last_id:
        return HistoryTail(entries, verify_audit(session))
    return HistoryTail(entries, dataclasses.replace(report, rows_checked=report.rows_checked + len(rows),
                                                    head_hash=last))


# ------------------------------------------------------------------ undo and redo in the history

#: Start of the action of an entry written by Edit > Undo (the rest names the step undone).
UNDO_PREFIX = "Undo: "
#: Start of the action of an entry written by Edit > Redo.
REDO_PREFIX = "Redo: "


def undo_action(label: str) -> str:
    """The audit action of undoing the step called ``label``: ``"Undo: Change weight"``."""
    return UNDO_PREFIX + label


def redo_action(label: str) -> str:
    """The audit action of redoing the step called ``label``: ``"Redo: Change weight"``."""
    return REDO_PREFIX + label


def split_action(action: str) -> tuple[str | None, str]:
    """``("undo", step)``, ``("redo", step)`` or ``(None, action)`` for an ordinary entry."""
    for kind, prefix in (("undo", UNDO_PREFIX), ("redo", REDO_PREFIX)):
        if action.startswith(prefix):
            return kind, action[len(prefix):]
    return None, action


#: Actions that other code looks up by their exact text (the packet round trip). Undoing or
#: redoing them is audited under that text, which already says what happened.
EXACT_ACTIONS = frozenset({IMPORT_ACTION, UNDO_IMPORT_ACTION})


@dataclasses.dataclass(frozen=True)
class Replayed(Edit):
    """``inner`` applied by Undo or Redo, audited under ``label`` (e.g. "Undo: Change weight").

    The inverse is ``inner``'s own, so the undo stack goes on holding plain edits.
    """

    inner: Edit
    label: str = "Edit"

    def apply(self, decision: Decision) -> Applied:
        return self.inner.apply(decision)


def replayed(edit: Edit, step: str, *, undo: bool) -> Edit:
    """``edit`` (the inverse, for an undo) to apply for undoing or redoing the step called ``step``.

    Parameters
    ----------
    edit : Edit
        What undo or redo applies.
    step : str
        The undo step's name as the Edit menu shows it (the original edit's label).
    undo : bool
        Undo (``True``) or redo.

    Returns
    -------
    Edit
        ``edit`` under the action "Undo: <step>" or "Redo: <step>"; ``edit`` itself when its
        action is one of :data:`EXACT_ACTIONS`.
    """
    if edit.label in EXACT_ACTIONS:
        return edit
    return Replayed(edit, undo_action(step) if undo else redo_action(step))
