"""What a history entry is about, and putting back the value it replaced.

The history is never rewritten. Restoring a value is a new edit
(:class:`RestoreValue`) that goes through the session like any other, so it is
saved, audited and undoable.

Which audit entries can be restored depends on what they recorded: a score cell,
one weight, several weights, or an option's or criterion's fields (name,
description, direction, unit, scale...), or the recommendation and decision record
(refused when an option it names has been deleted since). Adding, deleting and moving
elements are undone with Undo, not from the history. An entry made in a named analyst's view
(its target carries the analyst marker of :mod:`counterweight.services.analyst_edits`)
restores that analyst's own score or weight, never the shared one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from counterweight.domain import Criterion, Decision, Option, Score
from counterweight.domain.analysts import Analyst
from counterweight.domain.conclusion import Conclusion
from counterweight.domain.errors import InvalidInputError, from_validation_error
from counterweight.engine.phrase import Phrase
from counterweight.services.analyst_edits import (
    SetAnalystScore,
    SetAnalystWeight,
    strip_analyst_mark,
    target_analyst_id,
)
from counterweight.services.conclusion_edits import TARGET as CONCLUSION_TARGET
from counterweight.services.conclusion_edits import SetConclusion
from counterweight.services.criterion_scale_change import implied_renames
from counterweight.services.edits import (
    Applied,
    Edit,
    SetScore,
    SetWeight,
    SetWeights,
    UpdateCriterion,
)
from counterweight.services.option_edits import UpdateOption
from counterweight.services.session import ProjectSession
from counterweight.storage import AuditEntry

__all__ = ["ElementRef", "RestoreValue", "element_of", "entry_analyst", "entry_dicts", "is_number", "restorable"]


def is_number(value: object) -> bool:
    """True for an int or float (not a bool)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def entry_dicts(entry: AuditEntry) -> list[dict[str, Any]]:
    """The JSON objects an entry recorded as its old and new values (lists are opened)."""
    found: list[dict[str, Any]] = []
    for value in (entry.old, entry.new):
        if isinstance(value, dict):
            found.append(value)
        elif isinstance(value, list):
            found += [item for item in value if isinstance(item, dict)]
    return found


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


def entry_analyst(entry: AuditEntry, analysts: Sequence[Analyst] = ()) -> str | None:
    """The id of the named analyst an entry belongs to, or ``None`` (shared inputs, project settings).

    Read from the analyst marker at the end of the target, else from an
    ``analyst_id`` in the recorded values (an imported elicitation packet records
    one). Entries written before targets carried the marker are told by their
    payload (an analyst's own record) or by a target ending in "by <name>" of one
    of ``analysts``.
    """
    marked = target_analyst_id(entry.target)
    if marked is not None:
        return marked
    carried = next((d["analyst_id"] for d in entry_dicts(entry) if isinstance(d.get("analyst_id"), str)), None)
    if carried is not None:
        return str(carried)
    if entry.target.startswith("analyst "):
        data = next((d for d in entry_dicts(entry) if isinstance(d.get("id"), str) and "name" in d), None)
        if data is not None:
            return str(data["id"])
    return next((a.id for a in analysts if entry.target.endswith(f" by {a.name}")), None)


def _weight_name(entry: AuditEntry, decision: Decision | None, aid: str | None = None) -> str:
    """The criterion name in a ``"weight NAME"`` or ``"weight NAME by ANALYST [analyst ID]"`` target."""
    target = strip_analyst_mark(entry.target)[len("weight "):]
    aid = aid if aid is not None else target_analyst_id(entry.target)
    if aid is None:
        return target
    who = next((a.name for a in decision.analysts if a.id == aid), None) if decision is not None else None
    if who is not None and target.endswith(f" by {who}"):
        return target[: -len(f" by {who}")]
    return target.rsplit(" by ", 1)[0]  # the analyst was renamed or removed since


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
    elif target.startswith("weight ") and (is_number(entry.old) or is_number(entry.new)):
        aid = entry_analyst(entry, decision.analysts) if decision is not None else None
        named = _criteria_named(decision, _weight_name(entry, decision, aid)) if decision is not None else []
        return ElementRef("weight", criterion_id=named[0].id) if len(named) == 1 else None
    elif target.startswith(("option ", "criterion ")):
        kind = "option" if target.startswith("option ") else "criterion"
        data = next((d for d in entry_dicts(entry) if isinstance(d.get("id"), str)), None)
        if data is not None:
            return ElementRef(kind, option_id=data["id"]) if kind == "option" \
                else ElementRef(kind, criterion_id=data["id"])
    return None


def restorable(entry: AuditEntry) -> bool:
    """Whether the entry recorded a value :class:`RestoreValue` can put back."""
    target, old, new = entry.target, entry.old, entry.new
    analyst = target_analyst_id(target) is not None
    if target.startswith("score "):
        return (old is None or _score_dict(old)) and (_score_dict(old) or _score_dict(new))
    if target.startswith("weights "):
        return not analyst and isinstance(old, dict) and bool(old) and all(is_number(v) for v in old.values())
    if target.startswith("weight "):
        # an analyst's first own weight replaced nothing: restoring it falls back to the shared one
        return is_number(old) or (analyst and old is None and is_number(new))
    if target.startswith(("option ", "criterion ")):
        return isinstance(old, dict) and isinstance(new, dict) and isinstance(old.get("id"), str) \
            and old.get("id") == new.get("id")
    if target == CONCLUSION_TARGET:  # the whole record (None: nothing was recorded, so restoring clears it)
        return (old is None or isinstance(old, dict)) and old != new
    return False


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
        The entry cannot be restored (kind of change, element or analyst gone, value
        no longer valid, or already current); the message names the entry.
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
        raise InvalidInputError(Phrase("The history has no entry #{n}.", n=audit_entry_id), where="history")

    def _refuse(self, why: str) -> InvalidInputError:
        return InvalidInputError(
            Phrase("History entry #{n} ({target}) cannot be restored: {why}", n=self.entry.id, target=self.entry.target,
                   why=why),
            where="history",
        )

    def _model(self, model: type[Any], data: Any) -> Any:
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            err = from_validation_error(exc, what=f"History entry #{self.entry.id}")
            raise self._refuse(Phrase("its old value is not valid any more ({problem}).", problem=err.message)) from None

    def _score(self, decision: Decision, analyst_id: str | None) -> Edit:
        ref = element_of(self.entry)
        assert ref is not None
        if not decision.has_option(ref.option_id):
            raise self._refuse(Phrase("its option no longer exists."))
        if not decision.has_criterion(ref.criterion_id):
            raise self._refuse(Phrase("its criterion no longer exists."))
        old = self.entry.old
        score = None if old is None else self._model(Score, old)
        if analyst_id is None:
            if decision.score(ref.option_id, ref.criterion_id) == score:
                raise self._refuse(Phrase("the cell already holds that value."))
            return SetScore(ref.option_id, ref.criterion_id, score)
        item = next((i for i in decision.analyst_inputs if i.analyst_id == analyst_id), None)
        if (item.score(ref.option_id, ref.criterion_id) if item else None) == score:
            raise self._refuse(Phrase("the analyst's cell already holds that value."))
        return SetAnalystScore(analyst_id, ref.option_id, ref.criterion_id, score)

    def _weight(self, decision: Decision, analyst_id: str | None) -> Edit:
        name = _weight_name(self.entry, decision, analyst_id)
        named = _criteria_named(decision, name)
        if not named:
            raise self._refuse(Phrase("no criterion is called \u201c{name}\u201d any more.", name=name))
        if len(named) > 1:
            raise self._refuse(Phrase("several criteria are now called \u201c{name}\u201d.", name=name))
        old = self.entry.old
        if analyst_id is None:
            if named[0].weight == float(old):
                raise self._refuse(Phrase("that weight is already current."))
            return SetWeight(named[0].id, float(old))
        item = next((i for i in decision.analyst_inputs if i.analyst_id == analyst_id), None)
        current = item.weights.get(named[0].id) if item else None
        if current == (None if old is None else float(old)):
            raise self._refuse(Phrase("that weight is already the analyst's."))
        return SetAnalystWeight(analyst_id, named[0].id, None if old is None else float(old))

    def _conclusion(self, decision: Decision) -> Edit:
        """The recommendation and decision record as it was, if the options it names are still there."""
        old = None if self.entry.old is None else self._model(Conclusion, self.entry.old)
        if old is not None:
            for oid, gone in ((old.recommended_option_id, Phrase("the option it recommends has been deleted since.")),
                              (old.decided_option_id, Phrase("the option it records as decided has been deleted since."))):
                if oid is not None and not decision.has_option(oid):
                    raise self._refuse(gone)
        if (None if old is None or old.is_empty else old) == decision.conclusion:
            raise self._refuse(Phrase("the record already reads so."))
        return SetConclusion(old)

    def _inner(self, decision: Decision) -> Edit:
        entry, old = self.entry, self.entry.old
        if not restorable(entry):
            from counterweight.services.history_phrases import action_phrase  # it imports this module's importer

            raise self._refuse(Phrase("\u201c{action}\u201d changes cannot be restored from the history; use Undo, or "
                                      "make the change again.", action=action_phrase(entry.action)))
        target = entry.target
        analyst_id = entry_analyst(entry, decision.analysts)
        if analyst_id is not None and not any(a.id == analyst_id for a in decision.analysts):
            raise self._refuse(Phrase("the analyst is no longer in the project."))
        if target.startswith("score "):
            return self._score(decision, analyst_id)
        if target.startswith("weights "):
            gone = [k for k in old if not decision.has_criterion(k)]
            if gone:
                raise self._refuse(Phrase("criteria no longer exist ({ids}).", ids=", ".join(sorted(gone))))
            if all(decision.criterion(k).weight == float(v) for k, v in old.items()):
                raise self._refuse(Phrase("those weights are already current."))
            return SetWeights({k: float(v) for k, v in old.items()})
        if target.startswith("weight "):
            return self._weight(decision, analyst_id)
        if target == CONCLUSION_TARGET:
            return self._conclusion(decision)
        if target.startswith("option "):
            if not decision.has_option(old["id"]):
                raise self._refuse(Phrase("the option no longer exists."))
            option = self._model(Option, old)
            if decision.option(option.id) == option:
                raise self._refuse(Phrase("the option already has those details."))
            return UpdateOption(option)
        if not decision.has_criterion(old["id"]):
            raise self._refuse(Phrase("the criterion no longer exists."))
        current = decision.criterion(old["id"])
        # Only the criterion's own fields: its place in the tree and its weight stay as they are.
        criterion = self._model(Criterion, {**old, "parent_id": current.parent_id, "weight": current.weight})
        if criterion == current:
            raise self._refuse(Phrase("the criterion already has those details."))
        # a level renamed since: the scores using the new label follow it back
        return UpdateCriterion(criterion, level_renames=implied_renames(current, criterion))

    def apply(self, decision: Decision) -> Applied:
        inner = _Labelled(self._inner(decision), counter_label="Undo restore value", label=self.label)
        try:
            done = inner.apply(decision)
        except InvalidInputError as exc:
            raise self._refuse(exc.message) from None
        changes = dataclasses.replace(done.changes, description=f"{self.label}: {done.target}")
        return dataclasses.replace(done, changes=changes)
