"""Edits for several analysts: name them, record their own scores and weights, set the group rules.

Every edit follows the protocol of :mod:`counterweight.services.edits`: it applies
itself to a decision and returns its inverse, so the GUI can undo it and the
session audits it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from counterweight.domain import Decision, Score
from counterweight.domain.analysts import Analyst, AnalystInput, GroupSettings
from counterweight.domain.errors import InvalidInputError
from counterweight.services.changes import ChangeSet, Part
from counterweight.services.edits import Applied, Edit, Restore, rebuild
from counterweight.services.group import analyst_name


def _dump(model: Any) -> Any:
    return None if model is None else model.model_dump(mode="json")


def _input_of(decision: Decision, analyst_id: str) -> AnalystInput:
    item = next((i for i in decision.analyst_inputs if i.analyst_id == analyst_id), None)
    return item if item is not None else AnalystInput(analyst_id=analyst_id)


def _with_input(decision: Decision, item: AnalystInput) -> list[AnalystInput]:
    out = [i for i in decision.analyst_inputs if i.analyst_id != item.analyst_id]
    if not item.is_empty:
        out.append(item)
    order = {a.id: n for n, a in enumerate(decision.analysts)}  # the order the file reads them back in
    return sorted(out, key=lambda i: order.get(i.analyst_id, len(order)))


_ANALYSTS = ChangeSet(parts=frozenset({Part.INFO}), description="Analysts")


@dataclass(frozen=True)
class AddAnalyst(Edit):
    """Name a new analyst (at the end of the list)."""

    analyst: Analyst
    label: str = "Add analyst"

    def apply(self, decision: Decision) -> Applied:
        new = rebuild(decision, f"Analyst {self.analyst.name!r}", analysts=[*decision.analysts, self.analyst])
        changes = ChangeSet(parts=frozenset({Part.INFO}), description=f"{self.label}: {self.analyst.name}")
        inverse = Restore({"analysts": decision.analysts, "analyst_inputs": decision.analyst_inputs}, changes,
                          "Remove analyst", f"analyst {self.analyst.name}", _dump(self.analyst), None)
        return Applied(new, inverse, changes, f"analyst {self.analyst.name}", None, _dump(self.analyst))


@dataclass(frozen=True)
class UpdateAnalyst(Edit):
    """Rename an analyst or change their role or note (same id)."""

    analyst: Analyst
    label: str = "Edit analyst"

    def apply(self, decision: Decision) -> Applied:
        old = next((a for a in decision.analysts if a.id == self.analyst.id), None)
        if old is None:
            raise InvalidInputError("That analyst is no longer in the project.")
        analysts = [self.analyst if a.id == old.id else a for a in decision.analysts]
        new = rebuild(decision, f"Analyst {old.name!r}", analysts=analysts)
        changes = ChangeSet(parts=frozenset({Part.INFO}), description=f"{self.label}: {self.analyst.name}")
        return Applied(new, UpdateAnalyst(old, self.label), changes, f"analyst {old.name}", _dump(old),
                       _dump(self.analyst))


@dataclass(frozen=True)
class RemoveAnalyst(Edit):
    """Remove an analyst together with their own scores, weights and judgements."""

    analyst_id: str
    label: str = "Remove analyst"

    def apply(self, decision: Decision) -> Applied:
        name = analyst_name(decision, self.analyst_id)
        old = next(a for a in decision.analysts if a.id == self.analyst_id)
        analysts = [a for a in decision.analysts if a.id != self.analyst_id]
        inputs = [i for i in decision.analyst_inputs if i.analyst_id != self.analyst_id]
        new = rebuild(decision, f"Analyst {name!r}", analysts=analysts, analyst_inputs=inputs)
        changes = ChangeSet(parts=frozenset({Part.INFO, Part.SCORES, Part.WEIGHTS}),
                            description=f"{self.label}: {name}")
        inverse = Restore({"analysts": decision.analysts, "analyst_inputs": decision.analyst_inputs}, changes,
                          "Restore analyst", f"analyst {name}", None, _dump(old))
        return Applied(new, inverse, changes, f"analyst {name}", _dump(old), None)


@dataclass(frozen=True)
class SetAnalystScore(Edit):
    """Set (or clear, with ``score=None``, falling back to the shared score) one analyst's score of one cell."""

    analyst_id: str
    option_id: str
    criterion_id: str
    score: Score | None
    label: str = "Set analyst's score"

    def apply(self, decision: Decision) -> Applied:
        name = analyst_name(decision, self.analyst_id)
        if not decision.has_option(self.option_id) or not decision.has_criterion(self.criterion_id):
            raise InvalidInputError("That option or criterion no longer exists.")
        key = (self.option_id, self.criterion_id)
        if self.score is not None and self.score.key != key:
            raise ValueError("score does not belong to this cell")  # programming error
        item = _input_of(decision, self.analyst_id)
        old = item.score(*key)
        scores = [s for s in item.scores if s.key != key] + ([self.score] if self.score is not None else [])
        where = f"{decision.option(self.option_id).name} × {decision.criterion(self.criterion_id).name}"
        new_item = AnalystInput.model_validate({**dict(item), "scores": scores})
        new = rebuild(decision, f"{name}'s score of {where}", analyst_inputs=_with_input(decision, new_item))
        changes = ChangeSet(parts=frozenset({Part.SCORES}), cells=frozenset({key}),
                            description=f"{self.label}: {name}, {where}")
        inverse = SetAnalystScore(self.analyst_id, self.option_id, self.criterion_id, old, self.label)
        return Applied(new, inverse, changes, f"score {where} by {name}", _dump(old), _dump(self.score))


@dataclass(frozen=True)
class SetAnalystWeight(Edit):
    """Set (or clear, with ``weight=None``) one analyst's points for one criterion."""

    analyst_id: str
    criterion_id: str
    weight: float | None
    label: str = "Change analyst's weight"

    def apply(self, decision: Decision) -> Applied:
        name = analyst_name(decision, self.analyst_id)
        if not decision.has_criterion(self.criterion_id):
            raise InvalidInputError("That criterion no longer exists.")
        crit = decision.criterion(self.criterion_id)
        if self.weight is not None and not (self.weight >= 0 and self.weight < float("inf")):
            raise InvalidInputError(f"{name}'s weight of {crit.name!r} must be a number of points, 0 or more.")
        item = _input_of(decision, self.analyst_id)
        old = item.weights.get(self.criterion_id)
        weights = {k: v for k, v in item.weights.items() if k != self.criterion_id}
        if self.weight is not None:
            weights[self.criterion_id] = float(self.weight)
        new_item = item.model_copy(update={"weights": weights})
        new = rebuild(decision, f"{name}'s weight of {crit.name!r}", analyst_inputs=_with_input(decision, new_item))
        changes = ChangeSet(parts=frozenset({Part.WEIGHTS}), criterion_ids=frozenset({crit.id}),
                            description=f"{self.label}: {name}, {crit.name}")
        inverse = SetAnalystWeight(self.analyst_id, self.criterion_id, old, self.label)
        return Applied(new, inverse, changes, f"weight {crit.name} by {name}", old, self.weight)

    def merge_key(self) -> tuple[Any, ...]:
        return ("analyst-weight", self.analyst_id, self.criterion_id)


@dataclass(frozen=True)
class SetGroupSettings(Edit):
    """Change how the group view is aggregated."""

    settings: GroupSettings
    label: str = "Change group aggregation"

    def apply(self, decision: Decision) -> Applied:
        new = rebuild(decision, "Group aggregation", group=self.settings)
        changes = ChangeSet(parts=frozenset({Part.METHOD}), description=self.label)
        return Applied(new, SetGroupSettings(decision.group, self.label), changes, "group aggregation",
                       _dump(decision.group), _dump(self.settings))


__all__ = ["AddAnalyst", "RemoveAnalyst", "SetAnalystScore", "SetAnalystWeight", "SetGroupSettings", "UpdateAnalyst"]
