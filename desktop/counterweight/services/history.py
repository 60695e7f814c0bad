"""The project's history: verify the audit chain, browse and filter it, restore a past value.

The history is never rewritten. Restoring a value is a new edit
(:class:`RestoreValue`) that goes through the session like any other, so it is
saved, audited and undoable.

Which audit entries can be restored depends on what they recorded: a score cell,
one weight, several weights, or an option's or criterion's fields (name,
description, direction, unit, scale...). Adding, deleting and moving elements are
undone with Undo, not from the history.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
from typing import Any

from pydantic import ValidationError

from counterweight.domain import Criterion, Decision, Option, Score
from counterweight.domain.errors import InvalidInputError, from_validation_error
from counterweight.services.edits import (
    Applied,
    Edit,
    SetScore,
    SetWeight,
    SetWeights,
    UpdateCriterion,
    UpdateOption,
)
from counterweight.services.session import ProjectSession
from counterweight.storage import AuditEntry, ProjectStore
from counterweight.storage.audit_chain import MIN_HEAD_PREFIX, VerifyReport

__all__ = [
    "AuditEntry", "ElementRef", "RestoreValue", "VerifyReport", "audit_log", "element_of", "entry_ids",
    "filter_entries", "history", "restorable", "verify_audit",
]

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


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _dicts(entry: AuditEntry) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for value in (entry.old, entry.new):
        if isinstance(value, dict):
            found.append(value)
        elif isinstance(value, list):
            found += [item for item in value if isinstance(item, dict)]
    return found


def entry_ids(entry: AuditEntry) -> set[str]:
    """Ids of the options and criteria an entry's recorded values mention."""
    ids: set[str] = set()
    for data in _dicts(entry):
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
) -> list[AuditEntry]:
    """Keep the entries matching every filter given (order kept).

    Parameters
    ----------
    entries : list of AuditEntry
        Entries to filter.
    analyst : str, optional
        The user who made the change (case-insensitive, exact).
    element : str, optional
        Text found in what was changed (case-insensitive), or an option or criterion id.
    since, until : datetime or date, optional
        Inclusive time range; a date means that whole day, naive times are local time.

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
) -> list[AuditEntry]:
    """The session's history, newest first, filtered as in :func:`filter_entries`."""
    return filter_entries(session.audit_log(), analyst=analyst, element=element, since=since, until=until)


# ------------------------------------------------------------------ elements


@dataclasses.dataclass(frozen=True)
class ElementRef:
    """What an audit entry is about.

    ``kind`` is ``"score"``, ``"weight"``, ``"weights"``, ``"option"`` or
    ``"criterion"``; ``option_id``/``criterion_id`` are ``""`` when they do not apply.
    """

    kind: str
    option_id: str = ""
    criterion_id: str = ""


def _score_dict(value: object) -> bool:
    return isinstance(value, dict) and isinstance(value.get("option_id"), str) \
        and isinstance(value.get("criterion_id"), str)


def _criteria_named(decision: Decision, name: str) -> list[Criterion]:
    return [c for c in decision.criteria if c.name == name]


def element_of(entry: AuditEntry, decision: Decision | None = None) -> ElementRef | None:
    """The option, criterion or score cell an entry is about, if it can be told.

    A single-weight entry records the criterion's name only, so ``decision`` is
    needed to find it (by that name).
    """
    target = entry.target
    if target.startswith("score "):
        cell = next((v for v in (entry.new, entry.old) if _score_dict(v)), None)
        if cell is not None:
            return ElementRef("score", cell["option_id"], cell["criterion_id"])
    elif target.startswith("weights ") and isinstance(entry.old, dict) and entry.old:
        return ElementRef("weights", criterion_id=str(next(iter(entry.old))))
    elif target.startswith("weight ") and _is_number(entry.old):
        named = _criteria_named(decision, target[len("weight "):]) if decision is not None else []
        return ElementRef("weight", criterion_id=named[0].id) if len(named) == 1 else None
    elif target.startswith(("option ", "criterion ")):
        kind = "option" if target.startswith("option ") else "criterion"
        data = next((d for d in _dicts(entry) if isinstance(d.get("id"), str)), None)
        if data is not None:
            return ElementRef(kind, option_id=data["id"]) if kind == "option" \
                else ElementRef(kind, criterion_id=data["id"])
    return None


def restorable(entry: AuditEntry) -> bool:
    """Whether the entry recorded a value :class:`RestoreValue` can put back."""
    target, old, new = entry.target, entry.old, entry.new
    if target.startswith("score "):
        return (old is None or _score_dict(old)) and (_score_dict(old) or _score_dict(new))
    if target.startswith("weights "):
        return isinstance(old, dict) and bool(old) and all(_is_number(v) for v in old.values())
    if target.startswith("weight "):
        return _is_number(old)
    if target.startswith(("option ", "criterion ")):
        return isinstance(old, dict) and isinstance(new, dict) and isinstance(old.get("id"), str) \
            and old.get("id") == new.get("id")
    return False


# ------------------------------------------------------------------ restoring


@dataclasses.dataclass(frozen=True)
class _Labelled(Edit):
    """Runs ``inner`` under another audit label; its inverse swaps the two labels."""

    inner: Edit
    counter_label: str
    label: str = "Edit"

    def apply(self, decision: Decision) -> Applied:
        done = self.inner.apply(decision)
        inverse = _Labelled(done.inverse, counter_label=self.label, label=self.counter_label)
        return dataclasses.replace(done, inverse=inverse)


@dataclasses.dataclass(frozen=True)
class RestoreValue(Edit):
    """Put back the value an audited change replaced, as a new audited edit.

    Parameters
    ----------
    entry : AuditEntry
        The history entry whose *old* value is restored (see :meth:`from_log`).

    Raises (from ``apply``)
    -----------------------
    InvalidInputError
        The entry cannot be restored (kind of change, element gone, value no longer
        valid, or already current); the message names the entry.
    """

    entry: AuditEntry
    label: str = ""

    def __post_init__(self) -> None:
        if not self.label:  # the audit action and undo text name the entry restored
            object.__setattr__(self, "label", f"Restore value from entry #{self.entry.id}")

    @property
    def audit_entry_id(self) -> int:
        return self.entry.id

    @classmethod
    def from_log(cls, session: ProjectSession, audit_entry_id: int) -> RestoreValue:
        """The restore edit for entry ``audit_entry_id`` of ``session``'s history."""
        for entry in session.audit_log():
            if entry.id == audit_entry_id:
                return cls(entry)
        raise InvalidInputError(f"The history has no entry #{audit_entry_id}.", where="history")

    def _refuse(self, why: str) -> InvalidInputError:
        return InvalidInputError(
            f"History entry #{self.entry.id} ({self.entry.target}) cannot be restored: {why}",
            where="history",
        )

    def _model(self, model: type[Any], data: Any) -> Any:
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            err = from_validation_error(exc, what=f"History entry #{self.entry.id}")
            raise self._refuse(f"its old value is not valid any more ({err.message}).") from None

    def _inner(self, decision: Decision) -> Edit:
        entry, old = self.entry, self.entry.old
        if not restorable(entry):
            raise self._refuse(f"\u201c{entry.action}\u201d changes cannot be restored from the history; "
                               "use Undo, or make the change again.")
        target = entry.target
        if target.startswith("score "):
            ref = element_of(entry)
            assert ref is not None
            if not decision.has_option(ref.option_id):
                raise self._refuse("its option no longer exists.")
            if not decision.has_criterion(ref.criterion_id):
                raise self._refuse("its criterion no longer exists.")
            score = None if old is None else self._model(Score, old)
            if decision.score(ref.option_id, ref.criterion_id) == score:
                raise self._refuse("the cell already holds that value.")
            return SetScore(ref.option_id, ref.criterion_id, score)
        if target.startswith("weights "):
            gone = [k for k in old if not decision.has_criterion(k)]
            if gone:
                raise self._refuse(f"criteria no longer exist ({', '.join(sorted(gone))}).")
            if all(decision.criterion(k).weight == float(v) for k, v in old.items()):
                raise self._refuse("those weights are already current.")
            return SetWeights({k: float(v) for k, v in old.items()})
        if target.startswith("weight "):
            name = target[len("weight "):]
            named = _criteria_named(decision, name)
            if not named:
                raise self._refuse(f"no criterion is called \u201c{name}\u201d any more.")
            if len(named) > 1:
                raise self._refuse(f"several criteria are now called \u201c{name}\u201d.")
            if named[0].weight == float(old):
                raise self._refuse("that weight is already current.")
            return SetWeight(named[0].id, float(old))
        if target.startswith("option "):
            if not decision.has_option(old["id"]):
                raise self._refuse("the option no longer exists.")
            option = self._model(Option, old)
            if decision.option(option.id) == option:
                raise self._refuse("the option already has those details.")
            return UpdateOption(option)
        if not decision.has_criterion(old["id"]):
            raise self._refuse("the criterion no longer exists.")
        current = decision.criterion(old["id"])
        # Only the criterion's own fields: its place in the tree and its weight stay as they are.
        criterion = self._model(Criterion, {**old, "parent_id": current.parent_id, "weight": current.weight})
        if criterion == current:
            raise self._refuse("the criterion already has those details.")
        return UpdateCriterion(criterion)

    def apply(self, decision: Decision) -> Applied:
        inner = _Labelled(self._inner(decision), counter_label="Undo restore value", label=self.label)
        try:
            done = inner.apply(decision)
        except InvalidInputError as exc:
            raise self._refuse(exc.message) from None
        changes = dataclasses.replace(done.changes, description=f"{self.label}: {done.target}")
        return dataclasses.replace(done, changes=changes)
