"""Edits of the option list: add, delete, rename or describe, and move.

They follow the protocol of :mod:`counterweight.services.edits`. Two options may not
share a name (case and surrounding spaces aside): the matrix, the charts, the brief
and the spreadsheet exchange all name options, and a spreadsheet refers to them by
name. An older project that already repeats a name keeps working: an option whose
name is not being changed can still be edited, and undo or redo puts back exactly
what was there, clash or not.
"""

from __future__ import annotations

from dataclasses import dataclass

from counterweight.domain import Decision, Option, Score
from counterweight.domain.analysts import prune_analyst_inputs  # issue 4: analysts
from counterweight.domain.errors import InvalidInputError
from counterweight.engine.phrase import Phrase, quoted_name
from counterweight.services.changes import ChangeSet, Part
from counterweight.services.conclusion_edits import without_option  # the recommendation and decision
from counterweight.services.edits import Applied, Edit, Restore, dump, name_taken_by, rebuild, structural


def refuse_taken_name(decision: Decision, option: Option, old: Option | None = None) -> None:
    """Raise :class:`InvalidInputError` when another option already has ``option``'s name.

    Keeping an option's own name (``old`` has it) is always allowed.
    """
    other = name_taken_by(decision.options, option, old)
    if other is not None:
        raise InvalidInputError(Phrase("Another option is already called {name}; give each option a name of "
                                "its own, so that the matrix, the charts and the brief can tell them apart.",
                                name=quoted_name(other.name)))


@dataclass(frozen=True)
class AddOption(Edit):
    """Insert an option at ``index`` (default: at the end), optionally with its scores."""

    option: Option
    index: int | None = None
    scores: tuple[Score, ...] = ()
    label: str = "Add option"

    def apply(self, decision: Decision) -> Applied:
        refuse_taken_name(decision, self.option)
        options = list(decision.options)
        at = len(options) if self.index is None else max(0, min(self.index, len(options)))
        options.insert(at, self.option)
        new = rebuild(decision, f"Option {self.option.name!r}", options=options,
                      scores=[*decision.scores, *self.scores])
        changes = structural(Part.OPTIONS, f"{self.label}: {self.option.name}",
                             option_ids=frozenset({self.option.id}))
        inverse = Restore({"options": decision.options, "scores": decision.scores}, changes,
                          "Remove option", f"option {self.option.name}", dump(self.option), None)
        return Applied(new, inverse, changes, f"option {self.option.name}", None, dump(self.option))


@dataclass(frozen=True)
class RemoveOption(Edit):
    """Delete an option and all its scores."""

    option_id: str
    label: str = "Delete option"

    def apply(self, decision: Decision) -> Applied:
        if not decision.has_option(self.option_id):
            raise InvalidInputError(Phrase("That option no longer exists."))
        opt = decision.option(self.option_id)
        options = [o for o in decision.options if o.id != self.option_id]
        scores = [s for s in decision.scores if s.option_id != self.option_id]
        inputs = prune_analyst_inputs(decision.analyst_inputs, option_ids={opt.id})  # issue 4: analysts
        named = without_option(decision, opt.id)  # the recommendation or decision named it: cleared there too
        new = rebuild(decision, f"Option {opt.name!r}", options=options, scores=scores, analyst_inputs=inputs,
                      **named)
        changes = structural(Part.OPTIONS, f"{self.label}: {opt.name}", option_ids=frozenset({opt.id}))
        if named:  # the window's line of the conclusion follows (Part.INFO)
            changes = ChangeSet(parts=frozenset({Part.OPTIONS, Part.INFO}), option_ids=changes.option_ids,
                                structural=True, description=changes.description)
        inverse = Restore({"options": decision.options, "scores": decision.scores,
                           "analyst_inputs": decision.analyst_inputs,
                           **({"conclusion": decision.conclusion} if named else {})}, changes,
                          "Restore option", f"option {opt.name}", None, dump(opt))
        return Applied(new, inverse, changes, f"option {opt.name}", dump(opt), None)


@dataclass(frozen=True)
class UpdateOption(Edit):
    """Replace an option's name, description or source (same id).

    ``check_name`` is False only for undo and redo, which put back a state the
    project already had.
    """

    option: Option
    label: str = "Edit option"
    check_name: bool = True

    def apply(self, decision: Decision) -> Applied:
        if not decision.has_option(self.option.id):
            raise InvalidInputError(Phrase("That option no longer exists."))
        old = decision.option(self.option.id)
        if self.check_name:
            refuse_taken_name(decision, self.option, old)
        options = [self.option if o.id == old.id else o for o in decision.options]
        new = rebuild(decision, f"Option {old.name!r}", options=options)
        changes = ChangeSet(parts=frozenset({Part.OPTIONS}), option_ids=frozenset({old.id}),
                            description=f"{self.label}: {self.option.name}")
        return Applied(new, UpdateOption(old, self.label, check_name=False), changes, f"option {old.name}",
                       dump(old), dump(self.option))


@dataclass(frozen=True)
class MoveOption(Edit):
    """Move an option to position ``index`` in the list."""

    option_id: str
    index: int
    label: str = "Move option"

    def apply(self, decision: Decision) -> Applied:
        if not decision.has_option(self.option_id):
            raise InvalidInputError(Phrase("That option no longer exists."))
        options = list(decision.options)
        old_index = next(i for i, o in enumerate(options) if o.id == self.option_id)
        opt = options.pop(old_index)
        options.insert(max(0, min(self.index, len(options))), opt)
        new = rebuild(decision, f"Option {opt.name!r}", options=options)
        changes = structural(Part.OPTIONS, f"{self.label}: {opt.name}", option_ids=frozenset({opt.id}))
        return Applied(new, MoveOption(self.option_id, old_index, self.label), changes,
                       f"option {opt.name}", old_index, self.index)


__all__ = ["AddOption", "MoveOption", "RemoveOption", "UpdateOption", "refuse_taken_name"]
