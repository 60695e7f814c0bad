"""Edits for several analysts: name them, record their own scores, weights and judgements, set the group rules.

Every edit follows the protocol of :mod:`counterweight.services.edits`: it applies
itself to a decision and returns its inverse, so the GUI can undo it and the
session audits it.

The audit target of every edit that concerns one analyst ends with a marker naming
the analyst's id, e.g. ``"score Alpha × Effect by Ann [analyst ann]"``
(:func:`analyst_target`), so the history can be filtered by analyst even after a
rename (:func:`target_analyst_id`). Only the target text carries it; the audit
chain is computed as for any other row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from counterweight.domain import Decision, Elicitation, Score
from counterweight.domain.analysts import Analyst, AnalystInput, GroupSettings, without_shared_reasoning
from counterweight.domain.errors import InvalidInputError
from counterweight.engine.phrase import Phrase, quoted_name
from counterweight.services.changes import ChangeSet, Part
from counterweight.services.edits import Applied, Edit, Restore, dump, name_taken_by, rebuild
from counterweight.services.elicitation import node_name, weighted_children
from counterweight.services.group import analyst_name, analyst_view

_MARK = re.compile(r" \[analyst ([A-Za-z0-9][A-Za-z0-9_.\-]{0,63})\]$")


def analyst_target(what: str, analyst_id: str) -> str:
    """``what`` followed by the marker naming ``analyst_id`` (the audit target of an analyst's edit)."""
    return f"{what} [analyst {analyst_id}]"


def target_analyst_id(target: str) -> str | None:
    """The analyst id marked at the end of an audit target, or ``None`` if there is no marker."""
    found = _MARK.search(target)
    return found.group(1) if found else None


def strip_analyst_mark(target: str) -> str:
    """The audit target without its analyst marker (unchanged when it has none)."""
    return _MARK.sub("", target)


def input_of(decision: Decision, analyst_id: str) -> AnalystInput:
    """The analyst's own inputs (empty when they gave none)."""
    item = next((i for i in decision.analyst_inputs if i.analyst_id == analyst_id), None)
    return item if item is not None else AnalystInput(analyst_id=analyst_id)


def with_input(decision: Decision, item: AnalystInput) -> list[AnalystInput]:
    """The decision's analyst inputs with ``item`` in place (dropped when empty), in analyst order."""
    out = [i for i in decision.analyst_inputs if i.analyst_id != item.analyst_id]
    if not item.is_empty:
        out.append(item)
    order = {a.id: n for n, a in enumerate(decision.analysts)}  # the order the file reads them back in
    return sorted(out, key=lambda i: order.get(i.analyst_id, len(order)))


_ANALYSTS = ChangeSet(parts=frozenset({Part.INFO}), description="Analysts")


def _refuse_taken_name(decision: Decision, analyst: Analyst, old: Analyst | None = None) -> None:
    """Refuse a name another analyst already has (case and surrounding spaces aside).

    An older project may already repeat a name; keeping an analyst's name unchanged
    still lets their role or note be edited.
    """
    other = name_taken_by(decision.analysts, analyst, old)
    if other is not None:
        raise InvalidInputError(Phrase("Another analyst is already called {name}; give each analyst a name of "
                                "their own, so that the views, the history and the brief can tell them apart.",
                                name=quoted_name(other.name)))


@dataclass(frozen=True)
class AddAnalyst(Edit):
    """Name a new analyst (at the end of the list)."""

    analyst: Analyst
    label: str = "Add analyst"

    def apply(self, decision: Decision) -> Applied:
        _refuse_taken_name(decision, self.analyst)
        new = rebuild(decision, f"Analyst {self.analyst.name!r}", analysts=[*decision.analysts, self.analyst])
        changes = ChangeSet(parts=frozenset({Part.INFO}), description=f"{self.label}: {self.analyst.name}")
        target = analyst_target(f"analyst {self.analyst.name}", self.analyst.id)
        inverse = Restore({"analysts": decision.analysts, "analyst_inputs": decision.analyst_inputs}, changes,
                          "Remove analyst", target, dump(self.analyst), None)
        return Applied(new, inverse, changes, target, None, dump(self.analyst))


@dataclass(frozen=True)
class UpdateAnalyst(Edit):
    """Rename an analyst or change their role or note (same id).

    ``check_name`` is False only for undo and redo, which put back a state the
    project already had (an older project may repeat a name).
    """

    analyst: Analyst
    label: str = "Edit analyst"
    check_name: bool = True

    def apply(self, decision: Decision) -> Applied:
        old = next((a for a in decision.analysts if a.id == self.analyst.id), None)
        if old is None:
            raise InvalidInputError(Phrase("That analyst is no longer in the project."))
        if self.check_name:
            _refuse_taken_name(decision, self.analyst, old)
        analysts = [self.analyst if a.id == old.id else a for a in decision.analysts]
        new = rebuild(decision, f"Analyst {old.name!r}", analysts=analysts)
        changes = ChangeSet(parts=frozenset({Part.INFO}), description=f"{self.label}: {self.analyst.name}")
        inverse = UpdateAnalyst(old, self.label, check_name=False)
        return Applied(new, inverse, changes, analyst_target(f"analyst {old.name}", old.id),
                       dump(old), dump(self.analyst))


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
        target = analyst_target(f"analyst {name}", old.id)
        inverse = Restore({"analysts": decision.analysts, "analyst_inputs": decision.analyst_inputs}, changes,
                          "Restore analyst", target, None, dump(old))
        return Applied(new, inverse, changes, target, dump(old), None)


@dataclass(frozen=True)
class SetAnalystScore(Edit):
    """Set (or clear, with ``score=None``, falling back to the shared score) one analyst's score of one cell.

    An analyst's first own score of a cell starts with a rationale and evidence of its
    own: whatever it repeats from the shared score (the editors start from the shared
    score shown in the analyst's view) is left out, so no one is credited with another
    person's reasoning (QA pass 19). Changing an existing own score stores it as given,
    so undo puts back exactly what was there.
    """

    analyst_id: str
    option_id: str
    criterion_id: str
    score: Score | None
    label: str = "Set analyst's score"

    def apply(self, decision: Decision) -> Applied:
        name = analyst_name(decision, self.analyst_id)
        if not decision.has_option(self.option_id) or not decision.has_criterion(self.criterion_id):
            raise InvalidInputError(Phrase("That option or criterion no longer exists."))
        key = (self.option_id, self.criterion_id)
        if self.score is not None and self.score.key != key:
            raise ValueError("score does not belong to this cell")  # programming error
        item = input_of(decision, self.analyst_id)
        old = item.score(*key)
        score = self.score
        if score is not None and old is None:
            score = without_shared_reasoning(score, decision.score(*key))
        scores = [s for s in item.scores if s.key != key] + ([score] if score is not None else [])
        where = f"{decision.option(self.option_id).name} × {decision.criterion(self.criterion_id).name}"
        new_item = AnalystInput.model_validate({**dict(item), "scores": scores})
        new = rebuild(decision, f"{name}'s score of {where}", analyst_inputs=with_input(decision, new_item))
        changes = ChangeSet(parts=frozenset({Part.SCORES}), cells=frozenset({key}),
                            description=f"{self.label}: {name}, {where}")
        inverse = SetAnalystScore(self.analyst_id, self.option_id, self.criterion_id, old, self.label)
        target = analyst_target(f"score {where} by {name}", self.analyst_id)
        return Applied(new, inverse, changes, target, dump(old), dump(score))


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
            raise InvalidInputError(Phrase("That criterion no longer exists."))
        crit = decision.criterion(self.criterion_id)
        if self.weight is not None and not (self.weight >= 0 and self.weight < float("inf")):
            raise InvalidInputError(Phrase("{analyst}'s weight of {criterion} must be a number of points, 0 or more.",
                                           analyst=name, criterion=quoted_name(crit.name)))
        item = input_of(decision, self.analyst_id)
        old = item.weights.get(self.criterion_id)
        weights = {k: v for k, v in item.weights.items() if k != self.criterion_id}
        if self.weight is not None:
            weights[self.criterion_id] = float(self.weight)
        new_item = item.model_copy(update={"weights": weights})
        new = rebuild(decision, f"{name}'s weight of {crit.name!r}", analyst_inputs=with_input(decision, new_item))
        changes = ChangeSet(parts=frozenset({Part.WEIGHTS}), criterion_ids=frozenset({crit.id}),
                            description=f"{self.label}: {name}, {crit.name}")
        inverse = SetAnalystWeight(self.analyst_id, self.criterion_id, old, self.label)
        target = analyst_target(f"weight {crit.name} by {name}", self.analyst_id)
        return Applied(new, inverse, changes, target, old, self.weight)

    def merge_key(self) -> tuple[Any, ...]:
        return ("analyst-weight", self.analyst_id, self.criterion_id)


@dataclass(frozen=True)
class SetAnalystElicitation(Edit):
    """Set (or clear, with ``elicitation=None``) one analyst's weight judgements for one node.

    In the analyst's view the judgements set the weights of the node's children
    (see :func:`~counterweight.services.group.analyst_view`). For direct points,
    give ``points``: the analyst's own points for those children are set in the
    same step (a ``None`` value removes the analyst's own points, falling back to
    the shared ones). Judgements and points change together, so one undo step
    restores both.

    Raises (from ``apply``)
    -----------------------
    InvalidInputError
        Unknown analyst or node, or judgements that do not fit the node's children.
    """

    analyst_id: str
    node_id: str | None
    elicitation: Elicitation | None
    points: dict[str, float | None] | None = None
    label: str = "Set analyst's weight judgements"

    def apply(self, decision: Decision) -> Applied:
        name = analyst_name(decision, self.analyst_id)
        kids = weighted_children(decision, self.node_id)
        if self.elicitation is not None and self.elicitation.node_id != self.node_id:
            raise ValueError("judgements do not belong to this node")  # programming error
        ids = {c.id for c in kids}
        if self.points and not set(self.points) <= ids:
            raise ValueError("points for criteria outside this node")  # programming error
        item = input_of(decision, self.analyst_id)
        old = item.elicitation(self.node_id)
        elicitations = [e for e in item.elicitations if e.node_id != self.node_id]
        if self.elicitation is not None:
            elicitations.append(self.elicitation)
        weights = dict(item.weights)
        old_points: dict[str, float | None] | None = None
        if self.points is not None:
            old_points = {k: item.weights.get(k) for k in self.points}
            for k, v in self.points.items():
                if v is None:
                    weights.pop(k, None)
                else:
                    weights[k] = float(v)
        where = node_name(decision, self.node_id)
        new_item = AnalystInput.model_validate({**dict(item), "elicitations": elicitations, "weights": weights})
        new = rebuild(decision, f"{name}'s weights under {where}", analyst_inputs=with_input(decision, new_item))
        analyst_view(new, self.analyst_id)  # judgements that do not fit the node are refused here
        changes = ChangeSet(parts=frozenset({Part.WEIGHTS}), criterion_ids=frozenset(ids),
                            description=f"{self.label}: {name}, {where}")
        inverse = SetAnalystElicitation(self.analyst_id, self.node_id, old, old_points, self.label)
        before = {"elicitation": dump(old), "weights": old_points}
        after = {"elicitation": dump(self.elicitation), "weights": self.points}
        target = analyst_target(f"judgements under {where} by {name}", self.analyst_id)
        return Applied(new, inverse, changes, target, before, after)


@dataclass(frozen=True)
class SetGroupSettings(Edit):
    """Change how the group view is aggregated."""

    settings: GroupSettings
    label: str = "Change group aggregation"

    def apply(self, decision: Decision) -> Applied:
        new = rebuild(decision, "Group aggregation", group=self.settings)
        changes = ChangeSet(parts=frozenset({Part.METHOD}), description=self.label)
        return Applied(new, SetGroupSettings(decision.group, self.label), changes, "group aggregation",
                       dump(decision.group), dump(self.settings))


__all__ = ["input_of", "with_input", 
    "AddAnalyst", "RemoveAnalyst", "SetAnalystElicitation", "SetAnalystScore", "SetAnalystWeight",
    "SetGroupSettings", "UpdateAnalyst", "analyst_target", "strip_analyst_mark", "target_analyst_id",
]
