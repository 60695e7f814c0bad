"""The project's history: verify the audit chain, browse and filter it, restore a past value.

The history is never rewritten. Restoring a value is a new edit
(:class:`RestoreValue`, in :mod:`counterweight.services.history_restore` and
importable from here) that goes through the session like any other, so it is
saved, audited and undoable.

Entries can be filtered by the operating-system account that made them, by the
named analyst whose inputs they changed (:func:`entry_analyst`; entries about no
analyst belong to the shared inputs, :data:`SHARED_INPUTS`), by element and by time.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence

from counterweight.domain.analysts import Analyst
from counterweight.domain.errors import InvalidInputError
from counterweight.services.history_restore import (
    ElementRef,
    RestoreValue,
    element_of,
    entry_analyst,
    entry_dicts,
    restorable,
)
from counterweight.services.session import ProjectSession
from counterweight.storage import AuditEntry, ProjectStore
from counterweight.storage.audit_chain import MIN_HEAD_PREFIX, VerifyReport

__all__ = [
    "SHARED_INPUTS", "AuditEntry", "ElementRef", "RestoreValue", "VerifyReport", "audit_log", "element_of",
    "entry_analyst", "entry_ids", "filter_entries", "history", "restorable", "verify_audit",
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
) -> list[AuditEntry]:
    """Keep the entries matching every filter given (order kept).

    Parameters
    ----------
    entries : list of AuditEntry
        Entries to filter.
    analyst : str, optional
        The operating-system account that made the change (case-insensitive, exact).
    element : str, optional
        Text found in what was changed (case-insensitive), or an option or criterion id.
    since, until : datetime or date, optional
        Inclusive time range; a date means that whole day, naive times are local time.
    analyst_id : str, optional
        Keep the entries that changed this named analyst's inputs (or the analyst
        record itself); :data:`SHARED_INPUTS` keeps the entries about no analyst.
    analysts : sequence of Analyst
        The project's analysts, to attribute entries written before targets carried
        the analyst's id (see :func:`entry_analyst`).

    Returns
    -------
    list of AuditEntry
        The matching entries.
    """
    who = (analyst or "").strip().casefold()
    what = (element or "").strip()
    start, _ = _bound(since, end=False)
    stop, exclusive = _bound(until, end=True)
    out = []
    for entry in entries:
        if who and entry.user.casefold() != who:
            continue
        if analyst_id is not None and (entry_analyst(entry, analysts) or SHARED_INPUTS) != analyst_id:
            continue
        if what and what.casefold() not in entry.target.casefold() and what not in entry_ids(entry):
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
                          analyst_id=analyst_id, analysts=session.decision.analysts)
