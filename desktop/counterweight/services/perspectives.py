"""Edits for perspectives (weight sets), score scenarios and snapshots, plus the analysis.

The edits follow :mod:`counterweight.services.edits`: pure, each returns the new
decision and its inverse. They touch :attr:`Part.INFO` only, since none of them
changes the live ranking. Adding or changing a weight set or scenario checks every
criterion and option it names against the decision of the moment; afterwards a
deleted criterion or option simply leaves a stale entry that the analysis ignores
(see :mod:`counterweight.domain.perspectives`).

The analysis lives in :mod:`counterweight.services.perspective_analysis`
(:func:`apply_perspective`, :func:`robust_choice`) and
:mod:`counterweight.services.snapshot_diff` (:func:`compare_snapshots`); both are
re-exported here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from counterweight.domain import Decision
from counterweight.domain.base import new_id
from counterweight.domain.errors import InvalidInputError
from counterweight.engine.phrase import Phrase, quoted_name
from counterweight.domain.perspectives import ScoreOverride, ScoreScenario, Snapshot, WeightSet
from counterweight.domain.scales import QualitativeScale
from counterweight.services.changes import ChangeSet, Part
from counterweight.services.edits import Applied, Edit, Restore, rebuild
from counterweight.services.perspective_analysis import (
    BASE_SCORES,
    BASE_WEIGHTS,
    PairResult,
    RobustReport,
    apply_perspective,
    robust_choice,
)
from counterweight.services.snapshot_diff import Change, SnapshotDiff, compare_snapshots

_FIELD = {"weight set": "weight_sets", "scenario": "scenarios", "snapshot": "snapshots"}


def _changes(description: str) -> ChangeSet:
    return ChangeSet(parts=frozenset({Part.INFO}), description=description)


def check_weight_set(decision: Decision, ws: WeightSet) -> None:
    """Raise :class:`InvalidInputError` if ``ws`` names a criterion ``decision`` lacks."""
    for cid in ws.weights:
        if not decision.has_criterion(cid):
            raise InvalidInputError(Phrase("Perspective {name} gives points to criterion {id}, which does not exist.",
                                           name=quoted_name(ws.name), id=quoted_name(cid)), where=ws.name)


def check_override(decision: Decision, o: ScoreOverride, scenario_name: str = "") -> None:
    """Raise :class:`InvalidInputError` unless ``o`` names a scored cell and fits its scale."""
    where = scenario_name or "scenario"
    if not decision.has_option(o.option_id):
        raise InvalidInputError(Phrase("Scenario {name} refers to option {id}, which does not exist.",
                                       name=quoted_name(where), id=quoted_name(o.option_id)), where=where)
    if not decision.has_criterion(o.criterion_id) or decision.criterion(o.criterion_id).scale is None:
        raise InvalidInputError(Phrase("Scenario {name} refers to {id}, which is not a scored criterion.",
                                       name=quoted_name(where), id=quoted_name(o.criterion_id)), where=where)
    c = decision.criterion(o.criterion_id)
    cell = Phrase("{option} on {criterion}", option=decision.option(o.option_id).name, criterion=c.name)
    scale = c.scale
    if isinstance(scale, QualitativeScale):
        if o.level is None or scale.level(o.level) is None:
            levels = ", ".join(lv.label for lv in scale.levels)
            raise InvalidInputError(Phrase("Scenario {name}: the score of {cell} must be one of the levels ({levels}).",
                                           name=quoted_name(where), cell=cell, levels=levels), where=where)
    elif o.value is None or not scale.contains(o.value):
        raise InvalidInputError(Phrase("Scenario {name}: the score of {cell} must be a number from {lower:g} to "
                                       "{upper:g}.", name=quoted_name(where), cell=cell, lower=scale.lower,
                                       upper=scale.upper), where=where)


def _check(decision: Decision, item: WeightSet | ScoreScenario,
           old: WeightSet | ScoreScenario | None = None) -> None:
    """Check the entries of ``item`` that are new or changed compared with ``old``.

    Entries kept unchanged from ``old`` are not checked again: they may name an option
    or criterion deleted since (stale references are tolerated, see
    :mod:`counterweight.domain.perspectives`), and renaming a perspective or changing
    another cell of a scenario must still work.
    """
    if isinstance(item, WeightSet):
        kept = old.weights if isinstance(old, WeightSet) else {}
        changed = {cid: v for cid, v in item.weights.items() if cid not in kept or kept[cid] != v}
        check_weight_set(decision, item.model_copy(update={"weights": changed}))
    else:
        kept_overrides = old.overrides if isinstance(old, ScoreScenario) else []
        for o in item.overrides:
            if o not in kept_overrides:
                check_override(decision, o, item.name)


def _gone(what: str) -> Phrase:
    """"That scenario no longer exists." for a weight set, a scenario or a snapshot (one sentence each, to translate)."""
    if what == "weight set":
        return Phrase("That weight set no longer exists.")
    return Phrase("That scenario no longer exists.") if what == "scenario" else Phrase("That snapshot no longer exists.")


def _what(item: WeightSet | ScoreScenario | Snapshot) -> str:
    return "weight set" if isinstance(item, WeightSet) else "scenario" if isinstance(item, ScoreScenario) \
        else "snapshot"


@dataclass(frozen=True)
class _AddItem(Edit):
    item: WeightSet | ScoreScenario | Snapshot
    label: str = "Add"

    def apply(self, decision: Decision) -> Applied:
        what = _what(self.item)
        if not isinstance(self.item, Snapshot):
            _check(decision, self.item)
        field = _FIELD[what]
        old = list(getattr(decision, field))
        new = rebuild(decision, f"{what.capitalize()} {self.item.name!r}", **{field: [*old, self.item]})
        changes = _changes(f"{self.label}: {self.item.name}")
        dump = self.item.model_dump(mode="json", exclude={"content"})
        inverse = Restore({field: old}, changes, f"Remove {what}", f"{what} {self.item.name}", dump, None)
        return Applied(new, inverse, changes, f"{what} {self.item.name}", None, dump)


@dataclass(frozen=True)
class _UpdateItem(Edit):
    item: WeightSet | ScoreScenario
    label: str = "Edit"

    def apply(self, decision: Decision) -> Applied:
        what = _what(self.item)
        field = _FIELD[what]
        items = list(getattr(decision, field))
        old = next((x for x in items if x.id == self.item.id), None)
        if old is None:
            raise InvalidInputError(_gone(what))
        _check(decision, self.item, old)
        new = rebuild(decision, f"{what.capitalize()} {old.name!r}",
                      **{field: [self.item if x.id == old.id else x for x in items]})
        inverse = type(self)(old, self.label)
        return Applied(new, inverse, _changes(f"{self.label}: {self.item.name}"), f"{what} {old.name}",
                       old.model_dump(mode="json"), self.item.model_dump(mode="json"))


@dataclass(frozen=True)
class _RemoveItem(Edit):
    item_id: str
    what: str = "weight set"
    label: str = "Delete"

    def apply(self, decision: Decision) -> Applied:
        field = _FIELD[self.what]
        items = list(getattr(decision, field))
        old = next((x for x in items if x.id == self.item_id), None)
        if old is None:
            raise InvalidInputError(_gone(self.what))
        new = rebuild(decision, f"{self.what.capitalize()} {old.name!r}",
                      **{field: [x for x in items if x.id != self.item_id]})
        changes = _changes(f"{self.label}: {old.name}")
        dump = old.model_dump(mode="json", exclude={"content"})
        inverse = Restore({field: items}, changes, f"Restore {self.what}", f"{self.what} {old.name}", None, dump)
        return Applied(new, inverse, changes, f"{self.what} {old.name}", dump, None)


class AddWeightSet(_AddItem):
    """Add a named weight set (perspective)."""

    def __init__(self, weight_set: WeightSet, label: str = "Add perspective") -> None:
        super().__init__(weight_set, label)


class UpdateWeightSet(_UpdateItem):
    """Replace a weight set (same id): rename, describe, change points."""

    def __init__(self, weight_set: WeightSet, label: str = "Edit perspective") -> None:
        super().__init__(weight_set, label)


class RemoveWeightSet(_RemoveItem):
    """Delete a weight set."""

    def __init__(self, weight_set_id: str, label: str = "Delete perspective") -> None:
        super().__init__(weight_set_id, "weight set", label)


class AddScenario(_AddItem):
    """Add a named score scenario."""

    def __init__(self, scenario: ScoreScenario, label: str = "Add scenario") -> None:
        super().__init__(scenario, label)


class UpdateScenario(_UpdateItem):
    """Replace a scenario (same id)."""

    def __init__(self, scenario: ScoreScenario, label: str = "Edit scenario") -> None:
        super().__init__(scenario, label)


class RemoveScenario(_RemoveItem):
    """Delete a scenario."""

    def __init__(self, scenario_id: str, label: str = "Delete scenario") -> None:
        super().__init__(scenario_id, "scenario", label)


class RemoveSnapshot(_RemoveItem):
    """Delete a snapshot."""

    def __init__(self, snapshot_id: str, label: str = "Delete snapshot") -> None:
        super().__init__(snapshot_id, "snapshot", label)


class TakeSnapshot(_AddItem):
    """Store a copy of the decision as it is now (without its own snapshots)."""

    def __init__(self, snapshot: Snapshot, label: str = "Take snapshot") -> None:
        super().__init__(snapshot, label)

    @classmethod
    def of(cls, decision: Decision, name: str, *, taken_by: str = "", note: str = "",
           taken_at: dt.datetime | None = None) -> TakeSnapshot:
        """The edit that snapshots ``decision`` as it is now under ``name``."""
        frozen = decision.model_copy(update={"snapshots": []})
        snap = Snapshot(id=new_id("snap"), name=name, taken_at=taken_at or dt.datetime.now(dt.timezone.utc),
                        taken_by=taken_by, note=note, decision=frozen)
        return cls(snap)


def weight_set_from_current(decision: Decision, name: str, description: str = "") -> WeightSet:
    """A weight set holding the points every criterion has now."""
    return WeightSet(id=new_id("ws"), name=name, description=description,
                     weights={c.id: c.weight for c in decision.criteria})


def find_snapshot(decision: Decision, ref: str) -> Snapshot | None:
    """The snapshot whose id, or else name (case-insensitive), is ``ref``."""
    for s in decision.snapshots:
        if s.id == ref:
            return s
    return next((s for s in decision.snapshots if s.name.casefold() == ref.strip().casefold()), None)


__all__ = [
    "BASE_SCORES", "BASE_WEIGHTS", "AddScenario", "AddWeightSet", "Change", "PairResult", "RemoveScenario",
    "RemoveSnapshot", "RemoveWeightSet", "RobustReport", "SnapshotDiff", "TakeSnapshot", "UpdateScenario",
    "UpdateWeightSet", "apply_perspective", "check_override", "check_weight_set", "compare_snapshots",
    "find_snapshot", "robust_choice", "weight_set_from_current",
]
