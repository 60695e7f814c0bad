"""Edits for red lines: add, change and remove one red line, each one undo step.

Red lines live in ``Decision.red_lines`` (see :class:`~counterweight.domain.methods.RedLine`).
Each edit here follows the :class:`~counterweight.services.edits.Edit` protocol:
``apply(decision)`` re-validates the whole decision through
:func:`~counterweight.services.edits.rebuild` (so a limit that does not fit the
criterion is refused with a message naming it) and returns the inverse edit.
The change set touches :attr:`Part.METHOD`, as red lines are part of how the
decision is evaluated.
"""

from __future__ import annotations

from dataclasses import dataclass

from counterweight.domain.direction import limit_direction
from counterweight.domain import Decision, Direction, QualitativeScale
from counterweight.domain.errors import InvalidInputError
from counterweight.domain.methods import RedLine, RedLineAction
from counterweight.engine.red_lines import RedLineBreach
from counterweight.engine.phrase import Figure, Phrase, quoted_name
from counterweight.services.changes import ChangeSet, Part
from counterweight.services.edits import Applied, Edit, dump, rebuild


def _criterion_name(decision: Decision, criterion_id: str) -> str:
    return decision.criterion(criterion_id).name if decision.has_criterion(criterion_id) else criterion_id


def _check_criterion(decision: Decision, line: RedLine) -> str:
    """The criterion's name; refuse a red line on a criterion that cannot carry one."""
    if not decision.has_criterion(line.criterion_id):
        raise InvalidInputError(Phrase("The criterion of this red line no longer exists."))
    crit = decision.criterion(line.criterion_id)
    if crit.is_group or crit.scale is None:
        raise InvalidInputError(Phrase("{criterion} is a group, not a scored criterion, so it cannot have a red line.",
                                       criterion=quoted_name(crit.name)))
    return crit.name


def _index_of(decision: Decision, red_line_id: str) -> int:
    for i, line in enumerate(decision.red_lines):
        if line.id == red_line_id:
            return i
    raise InvalidInputError(Phrase("That red line no longer exists."))


def _changes(description: str, criterion_id: str) -> ChangeSet:
    return ChangeSet(parts=frozenset({Part.METHOD}), criterion_ids=frozenset({criterion_id}),
                     description=description)


def _amount(value: float, unit: str) -> str:
    return Figure(f"{value:g}", unit)


def describe_red_line(decision: Decision, line: RedLine) -> str:
    """The red line as a rule in plain words, e.g. "Cost must not exceed 9 $bn".

    Parameters
    ----------
    decision : Decision
        Supplies the criterion's name, unit and direction.
    line : RedLine
        The red line to describe.

    Returns
    -------
    str
        "<criterion> must not be worse than <level>" for a qualitative criterion;
        "must not exceed" (lower is better) or "must not fall below" (higher is
        better) a limit in the criterion's units otherwise.
    """
    if not decision.has_criterion(line.criterion_id):
        return Phrase("Red line on a deleted criterion ({criterion})", criterion=line.criterion_id)
    crit = decision.criterion(line.criterion_id)
    if isinstance(crit.scale, QualitativeScale) or line.level is not None:
        level = crit.scale.level(line.level or "") if isinstance(crit.scale, QualitativeScale) else None
        return Phrase("{criterion} must not be worse than {level}", criterion=crit.name,
                      level=level.label if level else line.level)
    limit = _amount(float(line.limit or 0.0), crit.unit)
    if limit_direction(crit) is Direction.LOWER_BETTER:
        return Phrase("{criterion} must not exceed {limit}", criterion=crit.name, limit=limit)
    return Phrase("{criterion} must not fall below {limit}", criterion=crit.name, limit=limit)


def describe_breach(decision: Decision, breach: RedLineBreach) -> str:
    """One line for a breach: "<option> breaches '<rule>' (<its score>) — excluded" (or flagged)."""
    line = next((r for r in decision.red_lines if r.id == breach.red_line_id), None)
    rule = describe_red_line(decision, line) if line is not None else breach.criterion_name
    got = breach.value_level if breach.value_level is not None else _amount(breach.value, breach.unit)
    return Phrase("{option} breaches '{rule}' ({score}) — excluded" if breach.action is RedLineAction.EXCLUDE
                  else "{option} breaches '{rule}' ({score}) — flagged",
                  option=breach.option_name, rule=rule, score=got)


@dataclass(frozen=True)
class AddRedLine(Edit):
    """Add a red line at position ``index`` of the list (default: at the end).

    Parameters
    ----------
    red_line : RedLine
        The new red line; its id must not be in use.
    index : int, optional
        Position in ``Decision.red_lines``; clamped to the list.
    """

    red_line: RedLine
    index: int | None = None
    label: str = "Add red line"

    def apply(self, decision: Decision) -> Applied:
        name = _check_criterion(decision, self.red_line)
        if any(r.id == self.red_line.id for r in decision.red_lines):
            raise InvalidInputError(Phrase("A red line with id {id} already exists.", id=quoted_name(self.red_line.id)))
        lines = list(decision.red_lines)
        at = len(lines) if self.index is None else max(0, min(self.index, len(lines)))
        lines.insert(at, self.red_line)
        new = rebuild(decision, f"Red line on {name!r}", red_lines=lines)
        changes = _changes(f"{self.label}: {name}", self.red_line.criterion_id)
        inverse = RemoveRedLine(self.red_line.id, label="Remove red line")
        return Applied(new, inverse, changes, f"red line on {name}", None, dump(self.red_line))


@dataclass(frozen=True)
class UpdateRedLine(Edit):
    """Replace the red line with the same id (criterion, limit or level, action, note)."""

    red_line: RedLine
    label: str = "Edit red line"

    def apply(self, decision: Decision) -> Applied:
        at = _index_of(decision, self.red_line.id)
        old = decision.red_lines[at]
        name = _check_criterion(decision, self.red_line)
        lines = list(decision.red_lines)
        lines[at] = self.red_line
        new = rebuild(decision, f"Red line on {name!r}", red_lines=lines)
        changes = ChangeSet(parts=frozenset({Part.METHOD}),
                            criterion_ids=frozenset({old.criterion_id, self.red_line.criterion_id}),
                            description=f"{self.label}: {name}")
        return Applied(new, UpdateRedLine(old, self.label), changes, f"red line on {name}",
                       dump(old), dump(self.red_line))


@dataclass(frozen=True)
class RemoveRedLine(Edit):
    """Remove the red line with id ``red_line_id``."""

    red_line_id: str
    label: str = "Remove red line"

    def apply(self, decision: Decision) -> Applied:
        at = _index_of(decision, self.red_line_id)
        old = decision.red_lines[at]
        name = _criterion_name(decision, old.criterion_id)
        lines = [r for r in decision.red_lines if r.id != self.red_line_id]
        new = rebuild(decision, f"Red line on {name!r}", red_lines=lines)
        changes = _changes(f"{self.label}: {name}", old.criterion_id)
        inverse = AddRedLine(old, at, label="Restore red line")
        return Applied(new, inverse, changes, f"red line on {name}", dump(old), None)


__all__ = ["AddRedLine", "RemoveRedLine", "UpdateRedLine", "describe_breach", "describe_red_line"]
