"""Edit objects: every user change to a decision, as a value that applies itself.

An :class:`Edit` is pure: ``apply(decision)`` returns the new decision and the
inverse edit, never touching storage or the screen. The project session persists the
result (with an audit row) and publishes a :class:`ChangeSet`; the GUI wraps each edit
in one ``QUndoCommand``, so undo is the inverse edit going through the same path.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from counterweight.domain import Criterion, Decision, MethodSettings, Score
from counterweight.domain.elements import check_score_against_scale
from counterweight.domain.decision import PREVIOUS
from counterweight.domain.errors import InvalidInputError, from_validation_error
from counterweight.engine.phrase import Phrase, quoted_name
from counterweight.domain.analysts import prune_analyst_inputs  # issue 4: analysts
from counterweight.services.changes import ChangeSet, Part
from counterweight.services import criterion_scale_change as _scale_change  # level renames
from counterweight.services.criterion_names import refuse_taken_criterion_name  # h28g: one name, one criterion


@dataclass(frozen=True)
class Applied:
    """The outcome of applying an edit to a decision."""

    decision: Decision
    inverse: Edit
    changes: ChangeSet
    target: str
    before: Any
    after: Any


def rebuild(decision: Decision, what: str, **fields: Any) -> Decision:
    """A copy of ``decision`` with ``fields`` replaced, validated.

    ``decision`` goes to the validators as the starting point (``PREVIOUS``): scores
    the edit left as they were (the same objects in the same cells, with the same
    options and scales) are known to pass their checks and are not checked again;
    every other check runs (issue 6; see ``Decision._changed_scores``).
    """
    data = {name: getattr(decision, name) for name in Decision.model_fields}
    data.update(fields)
    try:
        return Decision.model_validate(data, context={PREVIOUS: decision})
    except ValidationError as exc:
        raise from_validation_error(exc, what=what) from None


def dump(model: Any) -> Any:
    """A model as JSON-ready data for the audit log (None stays None)."""
    return None if model is None else model.model_dump(mode="json")


class Edit(ABC):
    """Base of all edits. ``label`` names the action for undo menus and the audit log."""

    label: str = "Edit"

    @abstractmethod
    def apply(self, decision: Decision) -> Applied:
        """Return the new decision, the inverse edit and what changed."""

    def merge_key(self) -> tuple[Any, ...] | None:
        """Edits with equal non-None keys in a row may merge into one undo step."""
        return None


@dataclass(frozen=True)
class Restore(Edit):
    """Put back whole parts of a decision (the inverse of structural edits)."""

    fields: dict[str, Any]
    changes: ChangeSet
    label: str = "Restore"
    target: str = ""
    before: Any = None
    after: Any = None

    def apply(self, decision: Decision) -> Applied:
        old = {k: getattr(decision, k) for k in self.fields}
        new = rebuild(decision, self.label, **self.fields)
        inverse = Restore(old, self.changes, self.label, self.target, self.after, self.before)
        return Applied(new, inverse, self.changes, self.target, self.before, self.after)


# ---------------------------------------------------------------- scores
def _replace_score(scores: list[Score], old: Score | None, new: Score | None) -> list[Score]:
    """``scores`` with ``old`` (an element of it, or None) replaced by ``new`` (or removed, if None).

    A replacement keeps the cell's place, so the list stays in canonical order and the
    decision's validator need not sort 60,000 scores again; a new cell goes at the end
    and the validator puts it in place. ``old`` is found by identity, not by comparing
    every score (issue 6: edits on large projects).
    """
    out = list(scores)
    if old is not None:
        try:
            at = list(map(id, out)).index(id(old))
        except ValueError:  # not this list's own object: fall back to comparing cells
            out = [s for s in out if s.key != old.key]
        else:
            if new is None:
                del out[at]
            else:
                out[at] = new
            return out
    if new is not None:
        out.append(new)
    return out


@dataclass(frozen=True)
class SetScore(Edit):
    """Set (or clear, with ``score=None``) one cell of the score matrix."""

    option_id: str
    criterion_id: str
    score: Score | None
    label: str = "Set score"

    def apply(self, decision: Decision) -> Applied:
        if not decision.has_option(self.option_id) or not decision.has_criterion(self.criterion_id):
            raise InvalidInputError(Phrase("That option or criterion no longer exists."))
        if self.score is not None and self.score.key != (self.option_id, self.criterion_id):
            raise ValueError("score does not belong to this cell")  # programming error
        old = decision.score(self.option_id, self.criterion_id)
        key = (self.option_id, self.criterion_id)
        scores = _replace_score(decision.scores, old, self.score)
        crit = decision.criterion(self.criterion_id)
        where = f"{decision.option(self.option_id).name} × {crit.name}"
        if self.score is not None and crit.scale is not None:
            # Said here in the cell's own words; the decision's check would name it again.
            problem = check_score_against_scale(self.score, crit.scale)
            if problem is not None:
                raise InvalidInputError(Phrase("Score of {cell}: {problem}", cell=where, problem=problem))
        new = rebuild(decision, f"Score of {where}", scores=scores)
        changes = ChangeSet(
            parts=frozenset({Part.SCORES}), cells=frozenset({key}), description=f"{self.label}: {where}"
        )
        inverse = SetScore(self.option_id, self.criterion_id, old, self.label)
        return Applied(new, inverse, changes, f"score {where}", dump(old), dump(self.score))


# ---------------------------------------------------------------- weights
@dataclass(frozen=True)
class SetWeight(Edit):
    """Set the local weight (points) of one criterion or group."""

    criterion_id: str
    weight: float
    label: str = "Change weight"

    def apply(self, decision: Decision) -> Applied:
        if not decision.has_criterion(self.criterion_id):
            raise InvalidInputError(Phrase("That criterion no longer exists."))
        old = decision.criterion(self.criterion_id)
        try:
            changed = Criterion.model_validate({**old.model_dump(), "weight": self.weight})
        except ValidationError as exc:
            raise from_validation_error(exc, what=f"Weight of {old.name!r}") from None
        criteria = [changed if c.id == self.criterion_id else c for c in decision.criteria]
        new = rebuild(decision, f"Weight of {old.name!r}", criteria=criteria)
        changes = ChangeSet(
            parts=frozenset({Part.WEIGHTS}),
            criterion_ids=frozenset({self.criterion_id}),
            description=f"{self.label}: {old.name}",
        )
        inverse = SetWeight(self.criterion_id, old.weight, self.label)
        return Applied(new, inverse, changes, f"weight {old.name}", old.weight, changed.weight)

    def merge_key(self) -> tuple[Any, ...]:
        return ("weight", self.criterion_id)


@dataclass(frozen=True)
class SetWeights(Edit):
    """Set several local weights at once (e.g. 'make siblings equal')."""

    weights: dict[str, float]
    label: str = "Change weights"

    def apply(self, decision: Decision) -> Applied:
        missing = [k for k in self.weights if not decision.has_criterion(k)]
        if missing:
            raise InvalidInputError(Phrase("Some of those criteria no longer exist."))
        before = {k: decision.criterion(k).weight for k in self.weights}
        criteria = []
        for c in decision.criteria:
            if c.id in self.weights:
                try:
                    c = Criterion.model_validate({**c.model_dump(), "weight": self.weights[c.id]})
                except ValidationError as exc:
                    raise from_validation_error(exc, what=f"Weight of {c.name!r}") from None
            criteria.append(c)
        new = rebuild(decision, "Weights", criteria=criteria)
        changes = ChangeSet(
            parts=frozenset({Part.WEIGHTS}), criterion_ids=frozenset(self.weights), description=self.label
        )
        names = ", ".join(decision.criterion(k).name for k in self.weights)
        return Applied(new, SetWeights(before, self.label), changes, f"weights {names}", before, dict(self.weights))


# ---------------------------------------------------------------- shared by the edit modules
def structural(part: Part, description: str, **ids: frozenset[str]) -> ChangeSet:
    """The change set of an edit that adds, removes or moves options or criteria."""
    return ChangeSet(parts=frozenset({part}), structural=True, description=description, **ids)


def equal_weights(decision: Decision, criterion_id: str | None, label: str = "Equal weights") -> SetWeights | None:
    """Equal points for the criteria inside a group (``criterion_id`` a group), beside a criterion, or
    at the top level (``None`` or an unknown id); ``None`` when fewer than two or already equal.

    Each gets the siblings' mean points to one decimal (50 when they all have none), so
    the weights of the criteria elsewhere keep their shares.
    """
    if criterion_id is None or not decision.has_criterion(criterion_id):
        siblings = decision.children(None)
    elif decision.criterion(criterion_id).is_group:
        siblings = decision.children(criterion_id)
    else:
        siblings = decision.children(decision.criterion(criterion_id).parent_id)
    if len(siblings) < 2:
        return None
    mean = sum(c.weight for c in siblings) / len(siblings)
    points = round(mean, 1) if mean > 0 else 50.0
    if all(c.weight == points for c in siblings):
        return None
    return SetWeights({c.id: points for c in siblings}, label=label)


def name_key(name: str) -> str:
    """How names are compared for clashes: case and surrounding spaces aside."""
    return name.strip().casefold()


def name_taken_by(items: Sequence[Any], item: Any, old: Any | None = None) -> Any | None:
    """The other element of ``items`` (options, analysts: with ``id`` and ``name``) already called
    ``item.name`` (see :func:`name_key`), or ``None``. Keeping one's own name (``old`` has it) never clashes."""
    key = name_key(item.name)
    if old is not None and name_key(old.name) == key:
        return None
    return next((other for other in items if other.id != item.id and name_key(other.name) == key), None)


# ---------------------------------------------------------------- criteria
#: What adding a criterion, or a group, is called in the undo menu and the history.
ADD_CRITERION_ACTION = "Add criterion"
ADD_GROUP_ACTION = "Add group"


@dataclass(frozen=True)
class AddCriterion(Edit):
    """Add a criterion (leaf or group) as the last child of its parent."""

    criterion: Criterion
    label: str = ""  # ADD_GROUP_ACTION for a group, else ADD_CRITERION_ACTION

    def __post_init__(self) -> None:
        if not self.label:  # QA 24: adding a group showed "Undo Add criterion"
            object.__setattr__(self, "label", ADD_GROUP_ACTION if self.criterion.is_group else ADD_CRITERION_ACTION)

    def apply(self, decision: Decision) -> Applied:
        refuse_taken_criterion_name(decision, self.criterion)
        new = rebuild(decision, f"Criterion {self.criterion.name!r}",
                      criteria=[*decision.criteria, self.criterion])
        changes = structural(Part.CRITERIA, f"{self.label}: {self.criterion.name}",
                              criterion_ids=frozenset({self.criterion.id}))
        inverse = Restore({"criteria": decision.criteria, "scores": decision.scores}, changes,
                          "Remove criterion", f"criterion {self.criterion.name}", dump(self.criterion), None)
        return Applied(new, inverse, changes, f"criterion {self.criterion.name}", None, dump(self.criterion))


@dataclass(frozen=True)
class RemoveCriterion(Edit):
    """Delete a criterion, everything under it and all their scores, together with
    the red lines on them and the weight judgements recorded for them as nodes."""

    criterion_id: str
    label: str = "Delete criterion"

    def apply(self, decision: Decision) -> Applied:
        if not decision.has_criterion(self.criterion_id):
            raise InvalidInputError(Phrase("That criterion no longer exists."))
        crit = decision.criterion(self.criterion_id)
        gone = {self.criterion_id} | {c.id for c in decision.descendants(self.criterion_id)}
        criteria = [c for c in decision.criteria if c.id not in gone]
        scores = [s for s in decision.scores if s.criterion_id not in gone]
        red_lines = [r for r in decision.red_lines if r.criterion_id not in gone]
        elicitations = [e for e in decision.elicitations if e.node_id not in gone]
        new = rebuild(decision, f"Criterion {crit.name!r}", criteria=criteria, scores=scores,
                      red_lines=red_lines, elicitations=elicitations,
                      analyst_inputs=prune_analyst_inputs(decision.analyst_inputs, criterion_ids=gone))
        changes = structural(Part.CRITERIA, f"{self.label}: {crit.name}", criterion_ids=frozenset(gone))
        removed = [dump(c) for c in decision.criteria if c.id in gone]
        inverse = Restore({"criteria": decision.criteria, "scores": decision.scores,
                           "analyst_inputs": decision.analyst_inputs,  # issue 4: analysts
                           "red_lines": decision.red_lines, "elicitations": decision.elicitations}, changes,
                          "Restore criterion", f"criterion {crit.name}", None, removed)
        return Applied(new, inverse, changes, f"criterion {crit.name}", removed, None)


@dataclass(frozen=True)
class UpdateCriterion(Edit):
    """Replace a criterion's fields (name, direction, unit, scale, description).

    ``level_renames`` maps old level labels to new ones (worked out by the criterion
    dialog from the edited rows); every score, scenario score and red line naming a
    renamed level follows it. A scale that strands scores is refused, saying why, and so is
    a name another criterion has (``check_name`` False only for undo and redo).
    """

    criterion: Criterion
    label: str = "Edit criterion"
    level_renames: Mapping[str, str] = field(default_factory=dict)
    check_name: bool = True

    def apply(self, decision: Decision) -> Applied:
        if not decision.has_criterion(self.criterion.id):
            raise InvalidInputError(Phrase("That criterion no longer exists."))
        old = decision.criterion(self.criterion.id)
        if old.parent_id != self.criterion.parent_id:
            raise ValueError("use MoveCriterion to change the parent")  # programming error
        if old.is_group != self.criterion.is_group and decision.children(old.id):
            raise InvalidInputError(Phrase("{criterion} holds other criteria, so it must stay a group.",
                                           criterion=quoted_name(old.name)))
        if self.check_name:
            refuse_taken_criterion_name(decision, self.criterion, old)
        renames = _scale_change.checked_renames(old, self.criterion, self.level_renames)
        if old.scale != self.criterion.scale:
            _scale_change.check_scale_change(decision, old, self.criterion, renames)
        carried, count = _scale_change.carry_renames(decision, old.id, renames) if renames else ({}, 0)
        criteria = [self.criterion if c.id == old.id else c for c in decision.criteria]
        new = rebuild(decision, f"Criterion {old.name!r}", criteria=criteria, **carried)
        kind_changed = old.is_group != self.criterion.is_group
        target = f"criterion {old.name}"
        if renames:  # the history shows the rename; undo puts every renamed label back at once
            target += f" ({_scale_change.rename_note(old, renames, count)})"
        cells = frozenset(s.key for s in carried.get("scores", ()) if s.criterion_id == old.id)
        changes = ChangeSet(parts=frozenset({Part.CRITERIA, *([Part.SCORES] if count else [])}), cells=cells,
                            criterion_ids=frozenset({old.id}), structural=kind_changed,
                            description=f"{self.label}: {self.criterion.name}")
        inverse: Edit = Restore({"criteria": decision.criteria, **{k: getattr(decision, k) for k in carried}},
                                changes, self.label, target, dump(self.criterion), dump(old)) \
            if renames else UpdateCriterion(old, self.label, check_name=False)
        return Applied(new, inverse, changes, target, dump(old), dump(self.criterion))


@dataclass(frozen=True)
class MoveCriterion(Edit):
    """Move a criterion (with its subtree) under ``parent_id`` at sibling position ``index``; not beside
    one of its name, which only an older project can have elsewhere (``check_name`` False: undo, redo)."""

    criterion_id: str
    parent_id: str | None
    index: int
    label: str = "Move criterion"
    check_name: bool = True

    def apply(self, decision: Decision) -> Applied:
        if not decision.has_criterion(self.criterion_id):
            raise InvalidInputError(Phrase("That criterion no longer exists."))
        crit = decision.criterion(self.criterion_id)
        if self.parent_id is not None:
            if not decision.has_criterion(self.parent_id):
                raise InvalidInputError(Phrase("The destination group no longer exists."))
            if self.parent_id == crit.id or self.parent_id in {c.id for c in decision.descendants(crit.id)}:
                raise InvalidInputError(Phrase("{criterion} cannot be moved inside itself.", criterion=quoted_name(crit.name)))
            if not decision.criterion(self.parent_id).is_group:
                raise InvalidInputError(Phrase("Criteria can only be placed inside a group."))
        if self.check_name and self.parent_id != crit.parent_id:
            refuse_taken_criterion_name(decision, crit, among=decision.children(self.parent_id))
        old_siblings = decision.children(crit.parent_id)
        old_index = next(i for i, c in enumerate(old_siblings) if c.id == crit.id)
        moved = crit.model_copy(update={"parent_id": self.parent_id})
        rest = [c for c in decision.criteria if c.id != crit.id]
        siblings = [c for c in rest if c.parent_id == self.parent_id]
        at = max(0, min(self.index, len(siblings)))
        if at < len(siblings):
            pos = rest.index(siblings[at])
        elif siblings:
            pos = rest.index(siblings[-1]) + 1
        else:
            pos = len(rest)
        rest.insert(pos, moved)
        new = rebuild(decision, f"Criterion {crit.name!r}", criteria=rest)
        changes = structural(Part.CRITERIA, f"{self.label}: {crit.name}", criterion_ids=frozenset({crit.id}))
        inverse = MoveCriterion(crit.id, crit.parent_id, old_index, self.label, check_name=False)
        return Applied(new, inverse, changes, f"criterion {crit.name}",
                       {"parent": crit.parent_id, "index": old_index}, {"parent": self.parent_id, "index": at})


# ---------------------------------------------------------------- decision-level
@dataclass(frozen=True)
class SetMethod(Edit):
    """Change the evaluation method settings (only the Trade-offs map's axes: a :attr:`Part.DISPLAY` change)."""

    method: MethodSettings
    label: str = "Change method"

    def apply(self, decision: Decision) -> Applied:
        new = rebuild(decision, "Method", method=self.method)
        axes, old = self.method.map_axes, decision.method
        shown_only = axes != old.map_axes and old.model_copy(update={"map_axes": axes}) == self.method
        part = Part.DISPLAY if shown_only else Part.METHOD  # the map's axes alone: no analysis need rerun
        changes = ChangeSet(parts=frozenset({part}), description=self.label)
        return Applied(new, SetMethod(decision.method, self.label), changes, "method",
                       dump(decision.method), dump(self.method))


@dataclass(frozen=True)
class UpdateInfo(Edit):
    """Change the decision's title, description or notice."""

    title: str
    description: str
    notice: str
    label: str = "Edit decision details"

    def apply(self, decision: Decision) -> Applied:
        new = rebuild(decision, "Decision", title=self.title, description=self.description, notice=self.notice)
        changes = ChangeSet(parts=frozenset({Part.INFO}), description=self.label)
        before = {"title": decision.title, "description": decision.description, "notice": decision.notice}
        after = {"title": new.title, "description": new.description, "notice": new.notice}
        inverse = UpdateInfo(decision.title, decision.description, decision.notice, self.label)
        return Applied(new, inverse, changes, "decision", before, after)


__all__ = [
    "AddCriterion", "Applied", "Edit", "MoveCriterion", "RemoveCriterion", "Restore", "SetMethod", "SetScore",
    "SetWeight", "SetWeights", "UpdateCriterion", "UpdateInfo", "dump", "equal_weights", "name_key", "name_taken_by",
    "rebuild", "structural",
]
